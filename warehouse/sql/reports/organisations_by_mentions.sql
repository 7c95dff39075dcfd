-- title: Organisations by mentions
-- description: Organisations ranked by how many articles mention them, with the total number
--   of mentions and how often they are quoted as a speaker. With --org, the organisation
--   itself and those mentioned in the same articles.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at
    FROM filtered_articles($since, $until, $publisher, $org) AS a
),
-- One row per article and organisation even where the loader keeps a row per role.
mentioned AS (
    SELECT ao.article_id, ao.org_id, max(ao.mentions) AS mentions, any_value(p.published_at) AS published_at
    FROM article_organisations AS ao
    JOIN picked AS p USING (article_id)
    GROUP BY ao.article_id, ao.org_id
),
spoken AS (
    SELECT q.speaker_org_id AS org_id, count(*) AS quotes
    FROM quotes AS q
    JOIN picked AS p USING (article_id)
    WHERE q.speaker_org_id IS NOT NULL
    GROUP BY q.speaker_org_id
)
SELECT
    o.name                                   AS organisation,
    o.acronym                                AS acronym,
    count(*)                                 AS articles,
    CAST(coalesce(sum(m.mentions), 0) AS BIGINT) AS mentions,
    coalesce(any_value(s.quotes), 0)         AS quoted,
    CAST(min(m.published_at) AS DATE)        AS first_seen,
    CAST(max(m.published_at) AS DATE)        AS last_seen
FROM mentioned AS m
JOIN organisations AS o USING (org_id)
LEFT JOIN spoken AS s USING (org_id)
GROUP BY o.org_id, o.name, o.acronym
ORDER BY articles DESC, mentions DESC, organisation
LIMIT 50;
