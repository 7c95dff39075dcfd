-- title: Who demanded what
-- description: Every demand or recommendation with who issued it, whom it targets, its leading
--   action and the article reporting it; newest first.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at, a.headline, a.publisher
    FROM filtered_articles($since, $until, $publisher, $org) AS a
)
SELECT
    r.issuer                           AS issuer,
    r.target                           AS target,
    r.action                           AS action,
    r.text                             AS text,
    p.headline                         AS headline,
    p.publisher                        AS publisher,
    CAST(p.published_at AS DATE)       AS published,
    r.article_id                       AS article_id
FROM recommendations AS r
JOIN picked AS p USING (article_id)
ORDER BY p.published_at DESC NULLS LAST, r.article_id, r.ordinal
LIMIT 500;
