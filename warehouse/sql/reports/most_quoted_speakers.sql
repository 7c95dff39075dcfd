-- title: Most quoted speakers
-- description: Who is quoted most often: quotes and articles per speaker, with the first and
--   last article date. Spellings that differ only in case count as one speaker; a speaker
--   that is an organisation shows its canonical name.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at
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
    mode(trim(q.speaker))                                   AS speaker,
    any_value(o.name)                                       AS organisation,
    count(*)                                                AS quotes,
    count(DISTINCT q.article_id)                            AS articles,
    count(*) FILTER (WHERE NOT coalesce(q.is_fragment, false)) AS full_quotes,
    CAST(min(p.published_at) AS DATE)                       AS first_seen,
    CAST(max(p.published_at) AS DATE)                       AS last_seen
FROM quotes AS q
JOIN picked AS p USING (article_id)
LEFT JOIN organisations AS o ON o.org_id = q.speaker_org_id
WHERE nullif(trim(q.speaker), '') IS NOT NULL
GROUP BY lower(trim(q.speaker)), q.speaker_org_id
ORDER BY quotes DESC, articles DESC, speaker
LIMIT 50;
