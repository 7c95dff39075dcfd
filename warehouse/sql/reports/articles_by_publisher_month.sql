-- title: Articles by publisher and month
-- description: Articles per publisher per month of publication (month empty when the date is
--   unknown), with their words, quotes and recommendations.
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
