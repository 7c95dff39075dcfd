-- title: Articles by publisher and month
-- description: Articles per publisher per month of publication (month empty when the date is
--   unknown), with their words, quotes and recommendations.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at, a.publisher, a.word_count
    FROM filtered_articles($since, $until, $publisher, $org) AS a
),
quoted AS (
    SELECT article_id, count(*) AS quotes FROM quotes GROUP BY article_id
),
asked AS (
    SELECT article_id, count(*) AS recommendations FROM recommendations GROUP BY article_id
)
SELECT
    p.publisher                                      AS publisher,
    strftime(date_trunc('month', p.published_at), '%Y-%m') AS month,
    count(*)                                         AS articles,
    CAST(coalesce(sum(p.word_count), 0) AS BIGINT) AS words,
    CAST(coalesce(sum(q.quotes), 0) AS BIGINT) AS quotes,
    CAST(coalesce(sum(r.recommendations), 0) AS BIGINT) AS recommendations
FROM picked AS p
LEFT JOIN quoted AS q USING (article_id)
LEFT JOIN asked AS r USING (article_id)
GROUP BY ALL
ORDER BY publisher NULLS LAST, month NULLS LAST;
