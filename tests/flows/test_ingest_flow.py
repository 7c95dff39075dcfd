"""The ingest flow through the real CLI and Prefect's temporary server (one start per run)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.summary import run_markdown
from newsdesk.batch import BatchSummary
from newsdesk.pipeline import RunReport
from warehouse.load import RunCounts

ROOT = Path(__file__).resolve().parents[2]


def _newsdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=300)


@pytest.mark.slow
def test_cli_ingest_runs_the_flow_on_the_samples_twice(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "NEWSDESK_DATA": str(tmp_path / "data")}
    first = _newsdesk("ingest", str(ROOT / "samples"), env=env)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "articles new        4" in first.stdout
    db = tmp_path / "data" / "newsdesk.duckdb"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] > 20
    con.close()
    second = _newsdesk("ingest", str(ROOT / "samples"), env=env)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "articles unchanged  4" in second.stdout
    # Offline, Prefect must not have tried its telemetry hosts.
    assert "analytics" not in (first.stderr + second.stderr).lower()
    # The runs went to the temporary server newsdesk started on this PREFECT_HOME, which is gone again.
    home = tmp_path / "prefect"
    assert (home / "prefect.db").exists()
    assert (home / "temporary-server.log").exists()
    assert not _processes_with(f"PREFECT_HOME={home}")


def _processes_with(variable: str) -> list[int]:
    """Live processes whose environment holds `variable` (Linux /proc; elsewhere none are found)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if variable.encode() + b"\0" in environ.read_bytes() + b"\0":
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


def test_run_summary_markdown_names_counts_rejects_and_top_names() -> None:
    now = datetime(2024, 5, 1, tzinfo=UTC)
    batch = BatchSummary(number=1, files=3, articles=2, rejects=1,
                         reject_reasons=Counter({"empty": 1}), speakers=Counter({"Ines Okafor": 3}),
                         org_names=Counter({"Harbour Residents Association": 2}))
    report = RunReport("run-1", now, now, Path("w.duckdb"), "lake", files_seen=3,
                       counts=RunCounts(articles_new=2, rejected=1), batches=[batch],
                       reject_reasons=Counter({"empty": 1}), rejects=[("/in/empty.txt", "empty", "no text")])
    text = run_markdown(report)
    assert "| articles new | 2 |" in text
    assert "| empty | 1 |" in text
    assert "`/in/empty.txt`: empty (no text)" in text
    assert "| Ines Okafor | 3 |" in text
    assert "| Harbour Residents Association | 2 |" in text
