-- title: Rejected inputs by reason
-- description: Inputs that could not become articles, grouped by reason code, with when the
--   reason was last seen and one example input and detail.
-- params: since, until
SELECT
    r.reason                               AS reason,
    count(*)                               AS rejects,
    count(DISTINCT r.source_uri)           AS inputs,
    max(r.seen_at)                         AS last_seen,
    arg_max(r.source_uri, r.seen_at)       AS example_input,
    arg_max(r.detail, r.seen_at)           AS example_detail
FROM rejects AS r
WHERE ($since IS NULL OR r.seen_at >= CAST($since AS DATE))
  AND ($until IS NULL OR r.seen_at < CAST($until AS DATE) + INTERVAL 1 DAY)
GROUP BY r.reason
ORDER BY rejects DESC, reason;
