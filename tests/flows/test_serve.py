"""`newsdesk serve`: schedules, console lines, and a served inbox end to end."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.serve import Schedule, free_port, summary_line
from newsdesk.cli import app


@pytest.mark.parametrize(("schedule", "described"), [
    (Schedule(interval=10), "every 10 s"),
    (Schedule(interval=300.0), "every 300 s"),
    (Schedule(interval=2.5), "every 2.5 s"),
    (Schedule(cron="*/15 * * * *"), "cron '*/15 * * * *'"),
])
def test_schedule_describes_itself(schedule: Schedule, described: str) -> None:
    assert schedule.describe() == described


@pytest.mark.parametrize("kwargs", [{}, {"cron": "0 * * * *", "interval": 60}, {"interval": 0},
                                    {"interval": -5}])
def test_schedule_needs_exactly_one_positive_rule(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Schedule(**kwargs)


@pytest.mark.parametrize(("args", "message"), [
    (["--cron", "0 * * * *", "--interval", "60"], "not both"),
    (["--interval", "0"], "positive"),
])
def test_serve_refuses_bad_schedules_before_starting_anything(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Should the check ever fail to stop it, the command must not find a server or real data.
    monkeypatch.setenv("NEWSDESK_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    result = CliRunner().invoke(app, ["serve", *args, "--inbox", str(tmp_path / "inbox"),
                                      "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "inbox").exists()
    assert not (tmp_path / "data").exists()


def test_summary_line_reads_like_the_runs_row() -> None:
    result = {"run_id": "20250101T000000-abcd1234", "files_seen": 3, "articles_new": 2,
              "articles_updated": 1, "articles_unchanged": 0, "rejected": 1, "seconds": 0.42}
    assert summary_line(result) == ("run 20250101T000000-abcd1234: 3 files seen, 2 new, 1 updated, "
                                    "0 unchanged, 1 rejected in 0.4s")


def test_free_port_can_be_bound() -> None:
    import socket

    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


class _Output:
    """The lines a child process prints, collected by a thread so waits can time out."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(process,), daemon=True).start()

    def _pump(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self._queue.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float) -> re.Match[str]:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=min(1.0, max(0.01, deadline - time.monotonic())))
            except queue.Empty:
                continue
            self.lines.append(line)
            if found := regex.search(line):
                return found
        raise AssertionError(f"no line matching {pattern!r} within {timeout:.0f}s; output:\n"
                             + "\n".join(self.lines))


def _newsdesk() -> list[str]:
    script = Path(sys.executable).with_name("newsdesk")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from newsdesk.cli import app; app()"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _stop(process: subprocess.Popen[str]) -> int:
    """Ctrl-C, then SIGTERM, then SIGKILL: the exit code of whichever worked."""
    for sig, grace in ((signal.SIGINT, 40), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        if process.poll() is not None:
            break
        process.send_signal(sig)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            continue
    return process.wait(5)


def _serve_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWSDESK_"))}
    env.update({
        "NEWSDESK_DATA": str(tmp_path / "data"),
        "NEWSDESK_WORKERS": "1",
        "PREFECT_HOME": str(tmp_path / "prefect-client"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    })
    return env


@pytest.mark.slow
def test_serve_ingests_what_lands_in_the_inbox_on_schedule(tmp_path: Path, stories) -> None:
    inbox, warehouse = tmp_path / "inbox", tmp_path / "served.duckdb"
    stories.write(inbox, count=1)
    process = subprocess.Popen(
        [*_newsdesk(), "serve", "--interval", "10", "--inbox", str(inbox), "--warehouse", str(warehouse),
         "--lake", str(tmp_path / "lake")],
        env=_serve_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )
    output = _Output(process)
    server_pid = None
    try:
        ready = output.wait_for(r"Prefect server ready \(pid (\d+)\); UI: (http://127\.0\.0\.1:\d+)", 120)
        server_pid, ui = int(ready[1]), ready[2]
        output.wait_for(r"serving newsdesk-ingest/inbox every 10 s", 60)
        first = output.wait_for(r"run (\S+): 1 files seen, 1 new", 60)

        # A second story while serve runs, moved in whole so no run can see it half-written.
        (staged,) = stories.write(tmp_path / "staging", count=1, start=1)
        staged.rename(inbox / staged.name)
        second = output.wait_for(r"run (\S+): 2 files seen, 1 new, 0 updated, 1 unchanged, 0 rejected", 60)
        with urllib.request.urlopen(f"{ui}/api/health", timeout=5) as response:
            assert response.status == 200
    finally:
        code = _stop(process)
        if server_pid and _alive(server_pid):
            os.kill(server_pid, signal.SIGKILL)
            pytest.fail("the Prefect server outlived the serve command")

    assert code == 0, "\n".join(output.lines)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{ui}/api/health", timeout=2)
    printed = {m[1] for m in map(re.compile(r"run (\S+): \d+ files seen").search, output.lines) if m}
    assert {first[1], second[1]} <= printed
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        headlines = {r[0] for r in con.execute("SELECT headline FROM articles").fetchall()}
        runs = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
    finally:
        con.close()
    assert headlines == {stories.headline(0), stories.headline(1)}
    # One row per run: every run the console reported, plus at most the one cut short by the stop.
    assert printed <= set(runs)
    assert len(runs) - len(printed) <= 1
    assert set(runs.values()) == {"ok"}
