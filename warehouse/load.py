"""Loading one run's lake files into the warehouse, in one transaction.

The run's rows are staged from Parquet (no keys to check row by row), then
applied with set-based SQL: a changed input replaces its article's rows in
every table, an unchanged one is left alone, and a failure leaves the
warehouse exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.connection import connect_read
from warehouse.errors import WarehouseMissing
from warehouse.sqlfiles import sql

__all__ = ["STAGED_TABLES", "RunCounts", "known_files", "load_run", "record_run", "run_rejects"]

STAGED_TABLES = (
    "articles",
    "quotes",
    "organisations",
    "article_organisations",
    "recommendations",
    "sources",
    "rejects",
    "files",
)


@dataclass(frozen=True, slots=True)
class RunCounts:
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    rejected: int = 0


def known_files(path: Path) -> dict[str, tuple[int, int, str | None, str]]:
    """What the warehouse remembers of each input file: size, mtime_ns, content hash, status."""
    try:
        with connect_read(path) as con:
            rows = con.execute(sql("load/known_files")).fetchall()
    except (WarehouseMissing, duckdb.CatalogException):
        return {}  # no warehouse yet, or one no run has finished loading: every file is new
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


LakeReader = Callable[[list[str]], pa.Table]


def _stage_arrow(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    con.register(f"arrow_{table}", rows)
    con.execute(sql("load/stage_arrow").format(table=table))
    con.unregister(f"arrow_{table}")


def _stage(
    con: duckdb.DuckDBPyConnection,
    lake_files: dict[str, list[str]],
    seen_files: list[str],
    reader: LakeReader | None,
) -> None:
    for table in STAGED_TABLES:
        paths = lake_files.get(table)
        if not paths:
            con.execute(sql("load/stage_empty").format(table=table))
        elif reader is None:
            con.execute(sql("load/stage_parquet").format(table=table), [paths])
        else:
            _stage_arrow(con, table, reader(paths))
    _stage_arrow(con, "seen_files", pa.table({"file_path": pa.array(seen_files, pa.string())}))


def load_run(
    con: duckdb.DuckDBPyConnection,
    lake_files: dict[str, list[str]],
    seen_files: list[str],
    reader: LakeReader | None = None,
) -> RunCounts:
    """Apply one run's lake files; all or nothing.

    Local lake files are read by DuckDB itself; for a remote lake, `reader`
    (pyarrow with the lake's filesystem) reads them into Arrow first.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        _stage(con, lake_files, seen_files, reader)
        row = con.execute(sql("load/run_counts")).fetchone()
        counts = RunCounts(*(int(v or 0) for v in row))
        con.execute(sql("load/apply"))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def run_rejects(con: duckdb.DuckDBPyConnection, run_id: str) -> list[tuple[str, str, str]]:
    """(source_uri, reason, detail) of every input the run rejected."""
    return [tuple(r) for r in con.execute(sql("load/run_rejects"), {"run_id": run_id}).fetchall()]


def record_run(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    started_at: datetime,
    finished_at: datetime,
    status: str,
    files_seen: int,
    counts: RunCounts,
) -> None:
    con.execute(
        sql("load/record_run"),
        {
            "run_id": run_id,
            "started_at": started_at,
            "finished_at": finished_at,
            "status": status,
            "files_seen": files_seen,
            "articles_new": counts.articles_new,
            "articles_updated": counts.articles_updated,
            "articles_unchanged": counts.articles_unchanged,
            "rejected": counts.rejected,
        },
    )
