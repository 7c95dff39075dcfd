-- title: Overview
-- description: One line of totals: articles, publishers, dated range, words, quotes, speakers,
--   organisations and recommendations.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at, a.publisher, a.word_count
    FROM filtered_articles($since, $until, $publisher, $org) AS a
)
SELECT
    (SELECT count(*) FROM picked)                                         AS articles,
    (SELECT count(DISTINCT publisher) FROM picked)                        AS publishers,
    (SELECT CAST(min(published_at) AS DATE) FROM picked)                  AS earliest,
    (SELECT CAST(max(published_at) AS DATE) FROM picked)                  AS latest,
    (SELECT CAST(coalesce(sum(word_count), 0) AS BIGINT) FROM picked)     AS words,
    (SELECT count(*) FROM quotes JOIN picked USING (article_id))          AS quotes,
    (SELECT count(DISTINCT lower(trim(speaker))) FROM quotes JOIN picked USING (article_id)) AS speakers,
    (SELECT count(DISTINCT org_id) FROM article_organisations JOIN picked USING (article_id)) AS organisations,
    (SELECT count(*) FROM recommendations JOIN picked USING (article_id)) AS recommendations;
