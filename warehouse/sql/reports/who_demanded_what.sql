-- title: Who demanded what
-- description: Every demand or recommendation with who issued it, whom it targets, its leading
--   action and the article reporting it; newest first.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at, a.headline, a.publisher
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
