"""Benchmark: one ingest run through the Prefect flow, then a no-change re-run.

    uv run python bench/ingest_benchmark.py INBOX [--make N] [--keep DIR]

With --make N, first writes an inbox of N distinct real-text articles with the
shared corpus's make_corpus.py (needs ../shared). Prints articles per second
(wall time including Prefect start-up), the re-run's time and the peak memory
of this process and of its children (worker processes, Prefect's server).
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


def _count(summary: str, label: str) -> int:
    """A count from the summary `newsdesk ingest` prints."""
    for line in summary.splitlines():
        if line.strip().startswith(label):
            return int(line.split()[-1])
    return -1


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

    from flows.runtime import prepare_prefect

    prepare_prefect()
    from flows.ingest import run_ingest_flow
    from newsdesk.config import settings

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        where = args.keep or Path(tmp)
        warehouse, lake = where / "bench.duckdb", where / "lake"
        if args.workers:
            # The flow reads its settings from the environment, as a served flow does.
            os.environ["NEWSDESK_WORKERS"] = str(args.workers)
        cfg = settings(warehouse_path=warehouse, lake_dir=lake)
        started = time.perf_counter()
        first = run_ingest_flow([str(args.inbox)], str(warehouse), str(lake), cfg)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        # The re-run is a fresh `newsdesk ingest` process, as a user or a cron job would start it:
        # it pays Prefect's start-up again.
        rerun = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsdesk",
                "ingest",
                str(args.inbox),
                "--warehouse",
                str(warehouse),
                "--lake",
                str(lake),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        second_s = time.perf_counter() - started
        second = {k: _count(rerun.stdout, k) for k in ("articles new", "articles unchanged")}
    own, children = _peak_mib()
    articles = first["articles_new"]
    print(f"files: {first['files_seen']}  articles: {articles}  rejected: {first['rejected']}")
    print(f"first run: {first_s:.1f}s wall including flow start-up -> {articles / first_s:.0f} articles/s")
    print(
        f"  inside the flow (parse, extract, write, load): {first['seconds']:.1f}s "
        f"-> {articles / first['seconds']:.0f} articles/s with {cfg.workers} worker(s)"
    )
    print(
        f"no-change re-run (a new process, Prefect start-up included): {second_s:.1f}s "
        f"(articles new {second['articles new']}, unchanged {second['articles unchanged']})"
    )
    print(f"peak RSS: main process {own:.0f} MiB, largest child {children:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
