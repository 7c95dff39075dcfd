-- The inputs one run rejected, for its summary.
SELECT source_uri, reason, detail FROM rejects WHERE run_id = $run_id ORDER BY source_uri;
