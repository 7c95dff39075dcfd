"""Read-only SQL against the warehouse, and the four ways of printing a result.

Every query runs on a read-only connection (`connect_read`), so a statement
that would change the warehouse is refused by DuckDB itself; this module only
turns that refusal into a message that says why.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TextIO

import duckdb
import pyarrow as pa
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from warehouse.connection import connect_read
from warehouse.errors import QueryFailed, WriteRefused

__all__ = [
    "FORMATS",
    "Format",
    "QueryFailed",
    "WriteRefused",
    "fetch",
    "render",
    "run_query",
]

Format = Literal["table", "csv", "json", "markdown"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json", "markdown")

# Terminal cells longer than this are cut: article bodies would otherwise
# turn one row into a screenful. The other formats never cut anything.
_CELL_LIMIT = 160
_READ_ONLY_MARKER = "read-only mode"


def fetch(con: duckdb.DuckDBPyConnection, query: str, params: Mapping[str, object] | None = None) -> pa.Table:
    """Run `query` (named `$params` bound, never spliced in) and return its rows as Arrow.

    A statement that yields no rows (SET, PRAGMA...) gives an empty table.
    """
    try:
        relation = con.sql(query, params=dict(params) if params else None)
        if relation is None:
            return pa.table({})
        return relation.to_arrow_table()
    except duckdb.Error as exc:
        message = str(exc).strip()
        if _READ_ONLY_MARKER in message:
            raise WriteRefused(
                f"read-only: statements that change the warehouse are refused here ({message})"
            ) from exc
        raise QueryFailed(message) from exc


def run_query(
    path: Path, query: str, params: Mapping[str, object] | None = None, wait: float = 60.0
) -> pa.Table:
    """Open the warehouse at `path` read-only (waiting out a load) and run `query`."""
    with connect_read(path, wait=wait) as con:
        return fetch(con, query, params)


def render(table: pa.Table, fmt: Format, out: TextIO, title: str | None = None) -> None:
    """Write `table` to `out` as a terminal table, CSV, JSON (a list of objects) or Markdown."""
    if fmt == "table":
        _render_rich(table, out, title)
    elif fmt == "csv":
        out.write(_to_csv(table))
    elif fmt == "json":
        out.write(_to_json(table))
    elif fmt == "markdown":
        out.write(_to_markdown(table, title))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _rows(table: pa.Table) -> list[dict[str, Any]]:
    return table.to_pylist()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_jsonable(v) for v in value]
    return value


def _text(value: Any) -> str:
    """One cell as plain text: empty for NULL, lists as JSON, times in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping) or (isinstance(value, Sequence) and not isinstance(value, bytes)):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    if isinstance(value, Decimal | timedelta):
        return str(_jsonable(value))
    # str() keeps the space-separated form DuckDB and spreadsheets read back.
    return str(value)


def _to_csv(table: pa.Table) -> str:
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(table.column_names)
    for row in _rows(table):
        out.writerow(_text(v) for v in row.values())
    return buffer.getvalue()


def _to_json(table: pa.Table) -> str:
    return json.dumps([_jsonable(row) for row in _rows(table)], ensure_ascii=False, indent=2) + "\n"


def _markdown_cell(value: Any) -> str:
    return _text(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def _to_markdown(table: pa.Table, title: str | None) -> str:
    names = table.column_names
    if not names:
        return ""
    lines = [f"### {title}", ""] if title else []
    lines.append("| " + " | ".join(_markdown_cell(n) for n in names) + " |")
    aligns = [
        "---:" if pa.types.is_integer(f.type) or pa.types.is_floating(f.type) else "---" for f in table.schema
    ]
    lines.append("| " + " | ".join(aligns) + " |")
    lines.extend("| " + " | ".join(_markdown_cell(v) for v in row.values()) + " |" for row in _rows(table))
    return "\n".join(lines) + "\n"


def _cut(text: str) -> str:
    return text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "…"


def _render_rich(table: pa.Table, out: TextIO, title: str | None) -> None:
    console = Console(file=out, soft_wrap=False, highlight=False)
    grid = Table(title=escape(title) if title else None, show_lines=False, title_justify="left")
    for field in table.schema:
        numeric = pa.types.is_integer(field.type) or pa.types.is_floating(field.type)
        grid.add_column(escape(field.name), justify="right" if numeric else "left", overflow="fold")
    for row in _rows(table):
        # Text cells, not markup: a quote containing "[b]" must print as written.
        grid.add_row(*(Text(_cut(_text(v))) for v in row.values()))
    console.print(grid)
    noun = "row" if table.num_rows == 1 else "rows"
    console.print(f"{table.num_rows} {noun}", style="dim")
