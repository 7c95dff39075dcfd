"""Benchmark: one ingest run through the Prefect flow, then a no-change re-run.

    uv run python bench/ingest_benchmark.py INBOX [--make N] [--keep DIR]

With --make N, first writes an inbox of N distinct real-text articles with the
shared corpus's make_corpus.py (needs ../shared). Both runs are `newsdesk ingest`
processes, as a user or a cron job starts them, so the wall time holds all a user
waits for: the command's start, Prefect's, the run. Prints articles per second,
the time inside the flow, the re-run's time and the peak memory of the largest
process (a run's main process or a worker).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest waited-for child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _summary(printed: str) -> dict[str, str]:
    """The rows of the summary table `newsdesk ingest` prints, by label."""
    rows = {}
    for line in printed.splitlines():
        label, _, value = line.strip().rpartition(" ")
        if label and value:
            rows[label.strip()] = value
    return rows


def _timed_ingest(inbox: Path, warehouse: Path, lake: Path) -> tuple[float, dict[str, str]]:
    """One `newsdesk ingest` process over the inbox: its wall time and its summary."""
    command = [sys.executable, "-m", "newsdesk", "ingest", str(inbox), "--warehouse", str(warehouse)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--lake", str(lake)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, _summary(done.stdout)


def _make_inbox(target: Path, articles: int) -> None:
    from newsdesk.evaluate import find_shared

    shared = find_shared()
    if shared is None:
        sys.exit("--make needs the shared corpus (../shared or NEWSDESK_SHARED)")
    subprocess.run(
        [sys.executable, str(shared / "bench" / "make_corpus.py"), str(target), "--articles", str(articles)],
        check=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inbox", type=Path)
    ap.add_argument("--make", type=int, metavar="N", help="first write N benchmark articles into INBOX")
    ap.add_argument("--keep", type=Path, help="keep the warehouse and lake in this folder")
    ap.add_argument(
        "--workers", type=int, help="worker processes (default: one per core); 1 gives a per-core figure"
    )
    args = ap.parse_args()
    if args.make:
        _make_inbox(args.inbox, args.make)

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        where = args.keep or Path(tmp)
        warehouse, lake = where / "bench.duckdb", where / "lake"
        if args.workers:
            # The flow reads its settings from the environment, as a served flow does.
            os.environ["NEWSDESK_WORKERS"] = str(args.workers)
        first_s, first = _timed_ingest(args.inbox, warehouse, lake)
        second_s, second = _timed_ingest(args.inbox, warehouse, lake)
    from newsdesk.config import settings

    workers = settings().workers  # what the runs read: NEWSDESK_WORKERS, else one per core
    own, children = _peak_mib()
    articles = int(first["articles new"])
    print(f"files: {first['files seen']}  articles: {articles}  rejected: {first['rejected']}")
    print(
        f"first run: {first_s:.1f}s wall, command and Prefect start included "
        f"-> {articles / first_s:.0f} articles/s"
    )
    inside = float(first["seconds"])
    print(
        f"  inside the flow (parse, extract, write, load): {inside:.1f}s "
        f"-> {articles / inside:.0f} articles/s with {workers} worker(s)"
    )
    print(
        f"no-change re-run, the same way: {second_s:.1f}s "
        f"(articles new {second['articles new']}, unchanged {second['articles unchanged']})"
    )
    print(f"peak RSS: largest process {children:.0f} MiB (this one {own:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
