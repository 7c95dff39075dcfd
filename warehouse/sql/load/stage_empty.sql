-- A table with no rows this run still gets a stage, so the load reads the same either way.
CREATE OR REPLACE TEMP TABLE stage_{table} AS SELECT * FROM {table} LIMIT 0;
