INSERT OR REPLACE INTO runs
    (run_id, started_at, finished_at, status, files_seen, articles_new, articles_updated,
     articles_unchanged, rejected)
VALUES ($run_id, $started_at, $finished_at, $status, $files_seen, $articles_new, $articles_updated,
        $articles_unchanged, $rejected);
