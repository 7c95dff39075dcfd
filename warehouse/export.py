"""Export every warehouse table to Parquet (zstd) or CSV files.

Each table becomes `DIR/TABLE.parquet`, or with a partition column that the
table has, a hive layout `DIR/TABLE/COLUMN=VALUE/data_0.parquet` (values URL-
escaped, NULL as `__HIVE_DEFAULT_PARTITION__`, which pyarrow and DuckDB's
`read_parquet(..., hive_partitioning = true)` both read back). Files are first
written to a staging folder inside DIR and moved into place only when every
table is done, so a failed export leaves the previous one intact.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from warehouse.connection import connect_read
from warehouse.errors import ExportError

__all__ = [
    "EXPORT_FORMATS",
    "ExportError",
    "ExportFormat",
    "ExportedTable",
    "export_warehouse",
    "table_columns",
]

ExportFormat = Literal["parquet", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("parquet", "csv")

# A partition column with more distinct values than this would scatter a
# table over that many folders of tiny files: almost surely a typo'd column.
MAX_PARTITIONS = 5000


@dataclass(frozen=True, slots=True)
class ExportedTable:
    table: str
    path: Path
    rows: int
    partitioned: bool


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The warehouse's own tables (not temporary ones), each with its columns in order."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal "
        "AND table_name IN (SELECT table_name FROM duckdb_tables() "
        "    WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary) "
        "ORDER BY table_name, column_index"
    ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def _options(fmt: ExportFormat, partition_by: str | None) -> str:
    options = ["FORMAT parquet", "COMPRESSION zstd"] if fmt == "parquet" else ["FORMAT csv", "HEADER true"]
    if partition_by:
        options.append(f"PARTITION_BY ({_ident(partition_by)})")
    return ", ".join(options)


def _partition_column(
    con: duckdb.DuckDBPyConnection, table: str, columns: list[str], wanted: str | None
) -> str | None:
    """`wanted` if this table can be partitioned by it, else None.

    An empty table is written as one file even when it has the column: a
    partitioned folder with no files in it would lose the table's schema.
    """
    if not wanted or wanted not in columns:
        return None
    rows, distinct = con.execute(
        f"SELECT count(*), count(DISTINCT {_ident(wanted)}) FROM {_ident(table)}"
    ).fetchone()
    if distinct > MAX_PARTITIONS:
        raise ExportError(
            f"--partition-by {wanted} would split {table} into {distinct} folders "
            f"(more than {MAX_PARTITIONS}); pick a column with fewer distinct values"
        )
    return wanted if rows else None


def _copy_table(
    con: duckdb.DuckDBPyConnection, table: str, target: Path, fmt: ExportFormat, partition_by: str | None
) -> int:
    statement = f"COPY {_ident(table)} TO {_literal(str(target))} ({_options(fmt, partition_by)})"
    try:
        result = con.execute(statement).fetchone()
    except duckdb.Error as exc:
        raise ExportError(f"exporting {table} failed: {exc}") from exc
    return int(result[0]) if result else 0


def _replace(staged: Path, final: Path, table: str) -> None:
    """Move one staged table over any previous export of it, partitioned or not, in either format."""
    for old in (final.parent / table, *(final.parent / f"{table}.{f}" for f in EXPORT_FORMATS)):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
    staged.rename(final)


def export_warehouse(
    path: Path,
    dest: Path,
    partition_by: str | None = None,
    fmt: ExportFormat = "parquet",
    wait: float = 60.0,
) -> list[ExportedTable]:
    """Write every table of the warehouse at `path` into `dest`; return what was written.

    With `partition_by`, the tables having that column are written partitioned
    by it and the others as single files; a column no table has is an error.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {dest}: {exc.strerror}") from exc
    staging = dest / f".export-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        with connect_read(path, wait=wait) as con:
            tables = table_columns(con)
            if partition_by and not any(partition_by in columns for columns in tables.values()):
                raise ExportError(f"no table has a column {partition_by!r} to partition by")
            staged: list[tuple[ExportedTable, Path]] = []
            for table, columns in tables.items():
                split = _partition_column(con, table, columns, partition_by)
                name = table if split else f"{table}.{fmt}"
                rows = _copy_table(con, table, staging / name, fmt, split)
                staged.append((ExportedTable(table, dest / name, rows, split is not None), staging / name))
        for done, source in staged:
            _replace(source, done.path, done.table)
        return [done for done, _ in staged]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
