-- title: Most quoted speakers
-- description: Who is quoted most often: quotes and articles per speaker, with the first and
--   last article date. Spellings that differ only in case count as one speaker; a speaker
--   that is an organisation shows its canonical name.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at
    FROM filtered_articles($since, $until, $publisher, $org) AS a
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
