"""`newsdesk sql`, `newsdesk report` and `newsdesk export`: the read side of the warehouse.

All three open the warehouse read-only and wait while an ingest run holds it.
Exit codes: 0 done; 1 the query or export failed (DuckDB's message is shown);
2 bad usage or no warehouse yet; 3 the warehouse stayed busy past --wait.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import typer
from rich.console import Console
from rich.markup import escape

from newsdesk.commands.options import WarehouseOpt
from newsdesk.config import settings
from warehouse.errors import WarehouseBusy, WarehouseError, WarehouseMissing
from warehouse.export import ExportError, export_warehouse
from warehouse.html_report import write_html
from warehouse.query import QueryFailed, render, run_query
from warehouse.reports import ReportParameterError, UnknownReport, catalogue, report_table

__all__ = ["register"]

_err = Console(stderr=True, highlight=False)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


class ExportFormatChoice(StrEnum):
    parquet = "parquet"
    csv = "csv"


FormatOpt = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="How to print the rows", case_sensitive=False)
]
WaitOpt = Annotated[
    float, typer.Option("--wait", min=0, help="Seconds to wait while an ingest run holds the warehouse")
]
_DATE_FORMATS = ["%Y-%m-%d"]
SinceOpt = Annotated[
    datetime | None,
    typer.Option("--since", formats=_DATE_FORMATS, help="Articles published on or after DATE"),
]
UntilOpt = Annotated[
    datetime | None,
    typer.Option("--until", formats=_DATE_FORMATS, help="Articles published on or before DATE"),
]
OrgOpt = Annotated[
    str | None,
    typer.Option("--org", help="Only articles mentioning this organisation (name, acronym or alias)"),
]
PublisherOpt = Annotated[str | None, typer.Option("--publisher", help="Only articles from this publisher")]


def _fail(message: str, code: int) -> typer.Exit:
    _err.print(f"[bold red]newsdesk:[/bold red] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def _clear_errors() -> Iterator[None]:
    """Turn the warehouse's errors into one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except UnknownReport as exc:
        raise _fail(f"{exc}", 2) from None
    except (WarehouseMissing, ReportParameterError) as exc:
        raise _fail(str(exc), 2) from None
    except WarehouseBusy as exc:
        raise _fail(f"{exc}; try again when the run finishes, or pass a longer --wait", 3) from None
    except (QueryFailed, ExportError, WarehouseError, OSError) as exc:
        raise _fail(str(exc), 1) from None


def _read_query(query: str | None) -> str:
    if query is not None and query != "-":
        return query
    if sys.stdin.isatty():
        raise _fail("give a QUERY, or pipe one on stdin (`echo 'SELECT 1' | newsdesk sql`)", 2)
    text = sys.stdin.read()
    if not text.strip():
        raise _fail("the query read from stdin is empty", 2)
    return text


def sql_command(
    query: Annotated[str | None, typer.Argument(help="SQL to run; omit or '-' to read it from stdin")] = None,
    warehouse: WarehouseOpt = None,
    fmt: FormatOpt = OutputFormat.table,
    wait: WaitOpt = 60.0,
) -> None:
    """Run ad-hoc SQL against the warehouse, read-only (statements that change it are refused)."""
    text = _read_query(query)
    path = settings(warehouse_path=warehouse).warehouse
    with _clear_errors():
        rows = run_query(path, text, wait=wait)
    render(rows, fmt.value, sys.stdout)


def _catalogue_table() -> pa.Table:
    reports = list(catalogue().values())
    return pa.table(
        {
            "report": [r.name for r in reports],
            "title": [r.title for r in reports],
            "filters": [", ".join(f"--{p}" for p in r.params) for r in reports],
            "description": [r.description for r in reports],
        }
    )


def _as_date(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def report_command(
    name: Annotated[str | None, typer.Argument(help="Report to run; omit to list them")] = None,
    warehouse: WarehouseOpt = None,
    fmt: FormatOpt = OutputFormat.table,
    since: SinceOpt = None,
    until: UntilOpt = None,
    org: OrgOpt = None,
    publisher: PublisherOpt = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write every report as one HTML page with charts to FILE")
    ] = None,
    wait: WaitOpt = 60.0,
) -> None:
    """Run a canned report (no NAME: list them), or write them all as an HTML page with --html."""
    params = {"since": _as_date(since), "until": _as_date(until), "org": org, "publisher": publisher}
    path = settings(warehouse_path=warehouse).warehouse
    if html is not None:
        if name is not None:
            raise _fail("--html writes every report on one page; leave out the report name", 2)
        with _clear_errors():
            written = write_html(path, html, params, wait=wait)
        _err.print(f"wrote {written}")
        return
    if name is None:
        render(_catalogue_table(), fmt.value, sys.stdout, title="Reports (newsdesk report NAME)")
        return
    with _clear_errors():
        rows = report_table(path, name, params, wait=wait)
    title = catalogue()[name].title if fmt in (OutputFormat.table, OutputFormat.markdown) else None
    render(rows, fmt.value, sys.stdout, title=title)


def export_command(
    to: Annotated[Path, typer.Option("--to", help="Folder to write the tables into")],
    warehouse: WarehouseOpt = None,
    partition_by: Annotated[
        str | None,
        typer.Option("--partition-by", help="Hive-partition the tables having this column (e.g. publisher)"),
    ] = None,
    fmt: Annotated[
        ExportFormatChoice, typer.Option("--format", "-f", help="File format", case_sensitive=False)
    ] = ExportFormatChoice.parquet,
    wait: WaitOpt = 60.0,
) -> None:
    """Export every warehouse table to Parquet (zstd) or CSV files in a folder."""
    path = settings(warehouse_path=warehouse).warehouse
    with _clear_errors():
        written = export_warehouse(path, to, partition_by=partition_by, fmt=fmt.value, wait=wait)
    for table in written:
        layout = f"partitioned by {partition_by}" if table.partitioned else "one file"
        typer.echo(f"{table.table:<24} {table.rows:>9} rows  {layout:<28} {table.path}")
    typer.echo(f"{len(written)} tables exported to {to}")


def register(app: typer.Typer) -> None:
    app.command("sql")(sql_command)
    app.command("report")(report_command)
    app.command("export")(export_command)
