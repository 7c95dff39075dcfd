-- title: Reporting verbs
-- description: How quotes are introduced: each reporting verb ("said", "wrote", "warned"...)
--   with its quotes, distinct speakers and share of all attributed quotes.
-- params: since, until, publisher, org
WITH picked AS (
    SELECT a.article_id
    FROM filtered_articles($since, $until, $publisher, $org) AS a
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
