-- title: Recent runs
-- description: The latest ingest runs, newest first: status, duration, files seen, articles
--   new, updated and unchanged, and inputs rejected.
-- params: since, until
SELECT
    r.run_id                                                          AS run_id,
    r.started_at                                                      AS started_at,
    r.status                                                          AS status,
    round(epoch(r.finished_at) - epoch(r.started_at), 1)              AS seconds,
    r.files_seen                                                      AS files_seen,
    r.articles_new                                                    AS new,
    r.articles_updated                                                AS updated,
    r.articles_unchanged                                              AS unchanged,
    r.rejected                                                        AS rejected
FROM runs AS r
WHERE ($since IS NULL OR r.started_at >= CAST($since AS DATE))
  AND ($until IS NULL OR r.started_at < CAST($until AS DATE) + INTERVAL 1 DAY)
ORDER BY r.started_at DESC NULLS LAST
LIMIT 20;
