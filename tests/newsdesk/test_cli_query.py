"""`newsdesk sql`, `report` and `export` as a user runs them: output, exit codes, messages."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app


def _sample_module() -> ModuleType:
    # The sample warehouse lives with the warehouse tests; load it by path so
    # that no other folder's conftest can stand in for it.
    path = Path(__file__).resolve().parents[1] / "warehouse" / "conftest.py"
    spec = importlib.util.spec_from_file_location("newsdesk_sample_warehouse", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _sample_module()
runner = CliRunner()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return SAMPLE.build_warehouse(tmp_path / "newsdesk.duckdb")


def test_sql_prints_csv(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT article_id, publisher FROM articles ORDER BY article_id",
                                 "--warehouse", str(warehouse), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["article_id", "publisher"]
    assert [r[0] for r in rows[1:]] == [a[0] for a in SAMPLE.ARTICLES]


@pytest.mark.parametrize("args", [[], ["-"]])
def test_sql_reads_the_query_from_stdin(warehouse: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["sql", *args, "-w", str(warehouse), "-f", "json"],
                           input="SELECT count(*) AS n FROM quotes;\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": len(SAMPLE.QUOTES)}]


def test_sql_with_nothing_on_stdin_is_a_usage_error(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "-w", str(warehouse)], input="")
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_sql_refuses_writes(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "DELETE FROM quotes", "-w", str(warehouse)])
    assert result.exit_code == 1
    assert "read-only" in result.stderr and "DELETE" in result.stderr
    check = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM quotes", "-w", str(warehouse), "-f", "csv"])
    assert check.stdout.splitlines()[1] == str(len(SAMPLE.QUOTES))


def test_bad_sql_shows_duckdbs_message(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT speakr FROM quotes", "-w", str(warehouse)])
    assert result.exit_code == 1
    assert "speakr" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["sql", "SELECT 1"], ["report", "overview"], ["export", "--to", "out"]])
def test_no_warehouse_is_one_line_and_exit_2(tmp_path: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no warehouse at" in result.stderr and "Traceback" not in result.output


def test_report_without_a_name_lists_them(warehouse: Path) -> None:
    result = runner.invoke(app, ["report", "-w", str(warehouse), "-f", "json"])
    assert result.exit_code == 0
    listed = {r["report"]: r for r in json.loads(result.stdout)}
    assert {"most_quoted_speakers", "who_demanded_what", "recent_runs"} <= set(listed)
    assert listed["recent_runs"]["filters"] == "--since, --until"


def test_unknown_report_lists_the_names(warehouse: Path) -> None:
    result = runner.invoke(app, ["report", "top_people", "-w", str(warehouse)])
    assert result.exit_code == 2
    assert "top_people" in result.stderr and "most_quoted_speakers" in result.stderr


def test_report_with_filters(warehouse: Path) -> None:
    result = runner.invoke(app, ["report", "who_demanded_what", "-w", str(warehouse), "-f", "json",
                                 "--org", "NSFU", "--since", "2024-01-01", "--until", "2024-02-29"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["issuer"], r["target"], r["action"]) for r in rows] == [
        ("the union", "the fisheries minister", "Review")
    ]


def test_report_markdown_has_its_title(warehouse: Path) -> None:
    result = runner.invoke(app, ["report", "rejects_by_reason", "-w", str(warehouse), "-f", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("### Rejected inputs by reason")
    assert "| empty | 2 |" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["recent_runs", "--publisher", "Valley Courier"], "does not take --publisher"),
        (["overview", "--since", "2024-02-30"], "--since"),
        (["overview", "--html", "x.html"], "leave out the report name"),
    ],
)
def test_report_usage_errors(warehouse: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["report", *args, "-w", str(warehouse)])
    assert result.exit_code == 2
    assert message in result.output


def test_report_html_writes_the_page(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "pages" / "report.html"
    result = runner.invoke(app, ["report", "--html", str(out), "-w", str(warehouse)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Most quoted speakers" in page and "Mayor Ines Okafor" in page


def test_export_writes_every_table(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--to", str(out), "-w", str(warehouse),
                                 "--partition-by", "publisher"])
    assert result.exit_code == 0, result.output
    assert (out / "articles" / "publisher=Valley%20Courier").is_dir()
    assert (out / "quotes.parquet").is_file()
    assert "tables exported" in result.stdout


def test_export_bad_partition_column(warehouse: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--to", str(tmp_path / "x"), "-w", str(warehouse),
                                 "--partition-by", "colour"])
    assert result.exit_code == 1
    assert "colour" in result.stderr


_HOLD_WRITER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(2.0)
con.close()
"""


def test_commands_wait_for_a_loading_process(warehouse: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_WRITER, str(warehouse)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = runner.invoke(app, ["report", "overview", "-w", str(warehouse), "-f", "json"])
    finally:
        holder.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["articles"] == len(SAMPLE.ARTICLES)


def test_a_busy_warehouse_past_the_wait_exits_3(warehouse: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_WRITER, str(warehouse)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = runner.invoke(app, ["sql", "SELECT 1", "-w", str(warehouse), "--wait", "0.2"])
    finally:
        holder.wait(timeout=30)
    assert result.exit_code == 3
    assert "--wait" in result.stderr
