-- title: Quotes per organisation
-- description: For each organisation, the quotes attributed to it as speaker and the quotes in
--   the articles that mention it.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id
    FROM filtered_articles($since, $until, $publisher, $org) AS a
),
spoken AS (
    SELECT q.speaker_org_id AS org_id, count(*) AS quotes, count(DISTINCT q.article_id) AS articles
    FROM quotes AS q
    JOIN picked AS p USING (article_id)
    WHERE q.speaker_org_id IS NOT NULL
    GROUP BY q.speaker_org_id
),
-- A row per article and organisation, whatever the number of roles kept for the pair.
mentioned AS (
    SELECT DISTINCT ao.article_id, ao.org_id
    FROM article_organisations AS ao
    JOIN picked AS p USING (article_id)
),
around AS (
    SELECT m.org_id, count(DISTINCT m.article_id) AS articles, count(q.quote_id) AS quotes
    FROM mentioned AS m
    LEFT JOIN quotes AS q USING (article_id)
    GROUP BY m.org_id
)
SELECT
    o.name                        AS organisation,
    o.acronym                     AS acronym,
    coalesce(s.quotes, 0)         AS quotes_by_organisation,
    coalesce(s.articles, 0)       AS articles_quoting_it,
    coalesce(ar.quotes, 0)        AS quotes_in_its_articles,
    coalesce(ar.articles, 0)      AS articles_mentioning_it
FROM organisations AS o
LEFT JOIN spoken AS s USING (org_id)
LEFT JOIN around AS ar USING (org_id)
WHERE s.org_id IS NOT NULL OR ar.org_id IS NOT NULL
ORDER BY quotes_by_organisation DESC, quotes_in_its_articles DESC, organisation
LIMIT 100;
