"""Ad-hoc read-only SQL: results as Arrow, writes refused, the four output formats, waiting out a writer."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pyarrow as pa
import pytest

from warehouse.connection import connect_read
from warehouse.errors import WarehouseBusy, WarehouseMissing
from warehouse.query import QueryFailed, WriteRefused, fetch, render, run_query


def test_rows_come_back_as_arrow(warehouse: Path, sample: SimpleNamespace) -> None:
    table = run_query(warehouse, "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker ORDER BY n DESC")
    assert isinstance(table, pa.Table)
    assert table.column_names == ["speaker", "n"]
    assert sum(table.column("n").to_pylist()) == len(sample.quotes)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO quotes (quote_id, article_id) VALUES ('q9', 'a1')",
        "DELETE FROM quotes",
        "UPDATE articles SET headline = 'changed'",
        "DROP TABLE recommendations",
        "CREATE TABLE notes (x INTEGER)",
    ],
)
def test_statements_that_change_the_warehouse_are_refused(
    warehouse: Path, sample: SimpleNamespace, statement: str
) -> None:
    with pytest.raises(WriteRefused, match="read-only"):
        run_query(warehouse, statement)
    counts = run_query(
        warehouse, "SELECT (SELECT count(*) FROM quotes) AS q, (SELECT count(*) FROM runs) AS r"
    )
    assert counts.to_pylist() == [{"q": len(sample.quotes), "r": len(sample.runs)}]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("SELEC 1", "syntax error"),
        ("SELECT nothing FROM quotes", "nothing"),
        ("SELECT * FROM no_such_table", "no_such_table"),
    ],
)
def test_bad_sql_carries_duckdbs_message(warehouse: Path, statement: str, message: str) -> None:
    with pytest.raises(QueryFailed, match=message) as caught:
        run_query(warehouse, statement)
    assert not isinstance(caught.value, WriteRefused)


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WarehouseMissing, match="newsdesk ingest"):
        run_query(tmp_path / "absent.duckdb", "SELECT 1")
    assert not (tmp_path / "absent.duckdb").exists()


def test_parameters_are_bound_not_spliced(warehouse: Path) -> None:
    hostile = "x'; DROP TABLE quotes; --"
    with connect_read(warehouse) as con:
        assert fetch(con, "SELECT $v AS v", {"v": hostile}).to_pylist() == [{"v": hostile}]
        matched = fetch(con, "SELECT count(*) AS n FROM quotes WHERE speaker = $s", {"s": hostile})
        assert matched.to_pylist() == [{"n": 0}]


def test_statement_without_rows_gives_an_empty_table(warehouse: Path) -> None:
    with connect_read(warehouse) as con:
        table = fetch(con, "SET threads = 2")
    assert table.num_rows == 0


_AWKWARD = pa.table({
    "speaker": ["Mayor Ines Okafor", 'the "night train" group', None],
    "text": ["We listened, mostly", "line one\nline two", "a | b"],
    "n": [3, 1, 0],
    "aliases": [["the mayor"], [], None],
    "day": [date(2024, 1, 15), None, date(2024, 3, 5)],
    "at": [datetime(2024, 1, 15, 8, 30), None, None],
})


def _render(table: pa.Table, fmt: str) -> str:
    out = io.StringIO()
    render(table, fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def test_csv_output_round_trips_commas_quotes_and_newlines() -> None:
    rows = list(csv.reader(io.StringIO(_render(_AWKWARD, "csv"))))
    assert rows[0] == ["speaker", "text", "n", "aliases", "day", "at"]
    assert rows[1] == ["Mayor Ines Okafor", "We listened, mostly", "3", '["the mayor"]', "2024-01-15",
                       "2024-01-15 08:30:00"]
    assert rows[2][:2] == ['the "night train" group', "line one\nline two"]
    assert rows[3][0] == ""  # NULL prints as an empty cell


def test_json_output_is_a_list_of_objects() -> None:
    rows = json.loads(_render(_AWKWARD, "json"))
    assert len(rows) == 3
    assert rows[0] == {"speaker": "Mayor Ines Okafor", "text": "We listened, mostly", "n": 3,
                       "aliases": ["the mayor"], "day": "2024-01-15", "at": "2024-01-15T08:30:00"}
    assert rows[2]["speaker"] is None and rows[2]["aliases"] is None


def test_markdown_output_escapes_pipes_and_newlines() -> None:
    lines = _render(_AWKWARD, "markdown").splitlines()
    assert lines[0] == "| speaker | text | n | aliases | day | at |"
    assert lines[1] == "| --- | --- | ---: | --- | --- | --- |"
    assert len(lines) == 5  # header, rule, three rows: the newline inside a cell did not split a row
    assert "line one<br>line two" in lines[3]
    assert "a \\| b" in lines[4]


def test_terminal_table_prints_cells_as_written() -> None:
    text = _render(pa.table({"speaker": ["[bold]the union[/bold]"], "n": [2]}), "table")
    assert "[bold]the union[/bold]" in text  # printed as written, not read as markup
    assert "1 row" in text


def test_terminal_table_cuts_long_cells() -> None:
    text = _render(pa.table({"body": ["word " * 200]}), "table")
    assert "…" in text
    assert text.count("word") < 60


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of"):
        _render(_AWKWARD, "xml")


_HOLD_WRITER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("SELECT count(*) FROM articles").fetchone()
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def hold_writer(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Start a process that holds a read-write connection to `path`; return once it holds it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WRITER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_reader_waits_while_another_process_writes(warehouse: Path, sample: SimpleNamespace) -> None:
    proc = hold_writer(warehouse, 2.0)
    try:
        started = time.monotonic()
        table = run_query(warehouse, "SELECT count(*) AS n FROM quotes", wait=30)
        waited = time.monotonic() - started
    finally:
        proc.wait(timeout=30)
    assert table.to_pylist() == [{"n": len(sample.quotes)}]
    assert waited > 0.5, "the read should have had to wait for the writer"


def test_reader_gives_up_after_its_wait(warehouse: Path) -> None:
    proc = hold_writer(warehouse, 3.0)
    try:
        with pytest.raises(WarehouseBusy):
            run_query(warehouse, "SELECT 1", wait=0.3)
    finally:
        proc.wait(timeout=30)
