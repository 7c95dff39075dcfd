-- Stage one table's rows of this run from the lake. {table} is one of the
-- pipeline's own table names (never user input); $1 is the list of Parquet files.
CREATE OR REPLACE TEMP TABLE stage_{table} AS SELECT * FROM read_parquet($1, hive_partitioning = false);
