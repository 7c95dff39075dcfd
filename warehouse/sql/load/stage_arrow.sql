-- Stage one table's rows of this run from an Arrow table registered as arrow_{table}
-- (used when the lake is remote: pyarrow reads it, so DuckDB needs no network extension).
CREATE OR REPLACE TEMP TABLE stage_{table} AS SELECT * FROM arrow_{table};
