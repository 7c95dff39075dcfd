"""The canned reports: one .sql file each under warehouse/sql/reports/.

Each file opens with a header of `-- key: value` comment lines (title,
description, params); an indented comment line continues the key above it.
Parameters are DuckDB named parameters (`$since`), always bound, and every
report treats a NULL parameter as "no filter", so callers pass only what the
user asked for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.connection import connect_read
from warehouse.errors import ReportParameterError, UnknownReport
from warehouse.query import fetch
from warehouse.sqlfiles import SQL_DIR, sql

__all__ = [
    "PARAMETERS",
    "Report",
    "ReportParameterError",
    "UnknownReport",
    "catalogue",
    "get_report",
    "parse_report",
    "report_table",
    "run_report",
]

# Every filter a report may accept, and the Python type it is bound as.
PARAMETERS: dict[str, type] = {"since": date, "until": date, "org": str, "publisher": str}

_REPORTS_DIR = SQL_DIR / "reports"
_HEADER_KEY = re.compile(r"^--\s*(title|description|params):\s*(.*)$")
_CONTINUATION = re.compile(r"^--\s+(\S.*)$")
_PLACEHOLDER = re.compile(r"\$([a-z_]+)\b")


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    title: str
    description: str
    params: tuple[str, ...]
    text: str


def parse_report(name: str, text: str) -> Report:
    """Read a report's header; refuse one whose declared parameters differ from those its SQL uses."""
    fields: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if match := _HEADER_KEY.match(line):
            last = match.group(1)
            fields[last] = match.group(2).strip()
        elif last and (more := _CONTINUATION.match(line)):
            fields[last] = f"{fields[last]} {more.group(1).strip()}"
        else:
            last = None
    if "title" not in fields or "description" not in fields:
        raise ValueError(f"report {name}: the header needs `-- title:` and `-- description:` lines")
    params = tuple(p.strip() for p in fields.get("params", "").split(",") if p.strip())
    unknown = [p for p in params if p not in PARAMETERS]
    if unknown:
        raise ValueError(f"report {name}: unknown parameters {unknown}; known: {list(PARAMETERS)}")
    used = set(_PLACEHOLDER.findall(text))
    if used != set(params):
        raise ValueError(f"report {name}: header declares {sorted(params)} but the SQL uses {sorted(used)}")
    return Report(name, fields["title"], fields["description"], params, text)


@cache
def catalogue() -> dict[str, Report]:
    """Every report, by name, in name order."""
    names = sorted(path.stem for path in Path(_REPORTS_DIR).glob("*.sql"))
    return {name: parse_report(name, sql(f"reports/{name}")) for name in names}


def get_report(name: str) -> Report:
    reports = catalogue()
    if name not in reports:
        raise UnknownReport(name, list(reports))
    return reports[name]


def _bind(report: Report, params: Mapping[str, object]) -> dict[str, object]:
    """The report's parameters with the caller's values, NULL for the rest.

    A value given for a filter the report does not take is an error rather
    than silently ignored: the user would otherwise read unfiltered numbers.
    """
    given = {k: v for k, v in params.items() if v is not None}
    refused = sorted(set(given) - set(report.params))
    if refused:
        takes = ", ".join(f"--{p}" for p in report.params) or "no filters"
        raise ReportParameterError(
            f"report {report.name!r} does not take {', '.join('--' + p for p in refused)} (it takes {takes})"
        )
    for key, value in given.items():
        expected = PARAMETERS[key]
        if not isinstance(value, expected):
            raise ReportParameterError(f"--{key} must be a {expected.__name__}, got {value!r}")
    return {p: given.get(p) for p in report.params}


def run_report(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> pa.Table:
    """The rows of report `name` on an open connection, filters bound as parameters."""
    report = get_report(name)
    con.execute(sql("filters"))  # the shared filters, as a temporary macro (allowed read-only)
    return fetch(con, report.text, _bind(report, params or {}))


def report_table(
    path: Path, name: str, params: Mapping[str, object] | None = None, wait: float = 60.0
) -> pa.Table:
    """Open the warehouse read-only and run report `name`."""
    get_report(name)  # an unknown name fails before the warehouse is even opened
    with connect_read(path, wait=wait) as con:
        return run_report(con, name, params)
