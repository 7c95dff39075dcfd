-- Record the schema version once, when the warehouse is created.
INSERT INTO schema_version (version)
SELECT $version WHERE NOT EXISTS (SELECT 1 FROM schema_version);
