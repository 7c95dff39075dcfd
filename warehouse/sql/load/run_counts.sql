-- What this run did, counted from the staged rows before they are applied.
SELECT
    (SELECT count(DISTINCT a.article_id) FROM stage_articles a
      WHERE a.article_id NOT IN (SELECT article_id FROM articles)
        AND split_part(a.source_uri, '#', 1) NOT IN (SELECT file_path FROM files)) AS articles_new,
    (SELECT count(DISTINCT a.article_id) FROM stage_articles a
      WHERE a.article_id NOT IN (SELECT article_id FROM articles)
        AND split_part(a.source_uri, '#', 1) IN (SELECT file_path FROM files)) AS articles_updated,
    (SELECT count(DISTINCT article_id) FROM sources
      WHERE file_path IN (SELECT file_path FROM stage_seen_files)
        AND file_path NOT IN (SELECT file_path FROM stage_files WHERE status <> 'unchanged'))
    + (SELECT count(DISTINCT article_id) FROM stage_sources
        WHERE article_id IN (SELECT article_id FROM articles)) AS articles_unchanged,
    (SELECT count(*) FROM stage_rejects) AS rejected;
