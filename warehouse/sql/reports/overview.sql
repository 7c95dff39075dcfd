-- title: Overview
-- description: One line of totals: articles, publishers, dated range, words, quotes, speakers,
--   organisations and recommendations.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at, a.publisher, a.word_count
    FROM articles AS a
    WHERE ($since IS NULL OR a.published_at >= CAST($since AS DATE))
      AND ($until IS NULL OR a.published_at < CAST($until AS DATE) + INTERVAL 1 DAY)
      AND ($publisher IS NULL OR lower(a.publisher) = lower($publisher))
      AND ($org IS NULL OR a.article_id IN (
            SELECT ao.article_id
            FROM article_organisations AS ao
            JOIN organisations AS o USING (org_id)
            WHERE lower($org) IN (lower(o.name), lower(o.acronym))
               OR list_contains(list_transform(o.aliases, lambda x: lower(x)), lower($org))))
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
