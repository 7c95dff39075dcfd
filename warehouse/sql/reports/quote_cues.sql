-- title: Reporting verbs
-- description: How quotes are introduced: each reporting verb ("said", "wrote", "warned"...)
--   with its quotes, distinct speakers and share of all attributed quotes.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id
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
    lower(trim(q.cue))                                    AS cue,
    count(*)                                              AS quotes,
    count(DISTINCT lower(trim(q.speaker)))                AS speakers,
    round(100.0 * count(*) / sum(count(*)) OVER (), 1)    AS percent
FROM quotes AS q
JOIN picked AS p USING (article_id)
WHERE nullif(trim(q.cue), '') IS NOT NULL
GROUP BY lower(trim(q.cue))
ORDER BY quotes DESC, cue
LIMIT 50;
