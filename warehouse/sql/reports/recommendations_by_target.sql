-- title: Recommendations by target
-- description: Who is being asked to act: demands and recommendations per target, how many
--   articles report them, who issued them and the commonest leading action.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id, a.published_at
    FROM filtered_articles($since, $until, $publisher, $org) AS a
)
SELECT
    mode(nullif(trim(r.target), ''))                                 AS target,
    count(*)                                                         AS recommendations,
    count(DISTINCT r.article_id)                                     AS articles,
    string_agg(DISTINCT trim(r.issuer), '; ' ORDER BY trim(r.issuer)) AS issuers,
    mode(nullif(trim(r.action), ''))                                 AS commonest_action,
    CAST(max(p.published_at) AS DATE)                                AS latest
FROM recommendations AS r
JOIN picked AS p USING (article_id)
GROUP BY lower(nullif(trim(r.target), ''))
ORDER BY recommendations DESC, articles DESC, target NULLS LAST
LIMIT 50;
