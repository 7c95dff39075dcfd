"""The ingest run as a sequence of steps; the Prefect flow and the in-process runner share it.

discover -> plan (cheap unchanged check) -> batches (parse + extract, rows to
the lake) -> one load transaction -> a `runs` row. How batches are mapped
over workers is the caller's choice: Prefect tasks, a process pool, or a
plain loop.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

from newsdesk import progress
from newsdesk.batch import BatchJob, BatchSummary, run_batch
from newsdesk.config import Settings
from newsdesk.discover import KnownFile, chunk, discover, plan
from newsdesk.lake import lake_location
from transforms.schemas import rejects_table
from warehouse.connection import writer, writer_lock
from warehouse.load import RunCounts, known_files, load_run, record_run, run_rejects

__all__ = ["BatchMapper", "RunReport", "ingest", "map_inline", "map_processes", "process_pool"]

BatchMapper = Callable[[Sequence[BatchJob]], Iterable[BatchSummary]]


@dataclass(slots=True)
class RunReport:
    run_id: str
    started_at: datetime
    finished_at: datetime
    warehouse: Path
    lake: str
    files_seen: int = 0
    files_unchanged: int = 0
    counts: RunCounts = field(default_factory=RunCounts)
    batches: list[BatchSummary] = field(default_factory=list)
    reject_reasons: Counter[str] = field(default_factory=Counter)
    skipped_records: Counter[str] = field(default_factory=Counter)
    rejects: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()

    def top(self, attr: str, n: int = 10) -> list[tuple[str, int]]:
        total: Counter[str] = Counter()
        for b in self.batches:
            total.update(getattr(b, attr))
        return total.most_common(n)


def map_inline(jobs: Sequence[BatchJob]) -> Iterable[BatchSummary]:
    """Run batches one after another in this process: for small runs, tests and evaluation."""
    return (run_batch(job) for job in jobs)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes for batches. Spawned, not forked: the parent runs threads (Prefect's
    engine, its log shipper) and a fork taken while one holds a lock can deadlock the child."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))


def map_processes(workers: int) -> BatchMapper:
    """Run batches on a pool of `workers` processes, yielding summaries as batches finish in order."""

    def map_batches(jobs: Sequence[BatchJob]) -> Iterable[BatchSummary]:
        if workers <= 1 or len(jobs) <= 1:
            yield from map_inline(jobs)
            return
        with process_pool(workers) as pool:
            yield from pool.map(run_batch, jobs)

    return map_batches


def new_run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


def ingest(paths: Sequence[Path], cfg: Settings, map_batches: BatchMapper = map_inline) -> RunReport:
    """One ingest run over `paths` into `cfg.warehouse`, holding the writer lock throughout."""
    started = datetime.now(UTC)
    run_id = new_run_id(started)
    lake = lake_location(cfg.lake)
    report = RunReport(run_id, started, started, cfg.warehouse, lake.uri)
    with writer_lock(cfg.warehouse, cfg.lock_wait):
        files, discovery_rejects = discover(paths)
        known = {p: KnownFile(*k) for p, k in known_files(cfg.warehouse).items()}
        todo = plan(files, known)
        report.files_seen = len(files)
        report.files_unchanged = len(todo.unchanged)
        jobs = [
            BatchJob(
                run_id,
                n,
                batch,
                {
                    f.path: known[f.path].content_sha256
                    for f in batch
                    if f.path in known and known[f.path].content_sha256
                },
                lake.uri,
                started,
            )
            for n, batch in enumerate(chunk(todo.todo, cfg.batch_size), start=1)
        ]
        progress.planned(len(todo.todo), len(jobs))
        lake_files: dict[str, list[str]] = {}
        if discovery_rejects:
            path = lake.write(
                rejects_table(discovery_rejects, run_id=run_id, seen_at=started),
                "rejects",
                run_id,
                "discovery",
            )
            lake_files["rejects"] = [path] if path else []
        for summary in map_batches(jobs):
            report.batches.append(summary)
            report.files_unchanged += summary.unchanged_files
            report.reject_reasons.update(summary.reject_reasons)
            report.skipped_records.update(summary.skipped_records)
            for table, paths_ in summary.lake_files.items():
                lake_files.setdefault(table, []).extend(paths_)
            progress.batch_done(summary)
        report.reject_reasons.update(r.reason for r in discovery_rejects)
        with writer(cfg.warehouse, cfg.lock_wait, locked=True) as con:
            reader = None if lake.filesystem.type_name == "local" else lake.read
            report.counts = load_run(con, lake_files, [f.path for f in files], reader)
            report.finished_at = datetime.now(UTC)
            record_run(
                con,
                run_id=run_id,
                started_at=started,
                finished_at=report.finished_at,
                status="ok",
                files_seen=report.files_seen,
                counts=report.counts,
            )
            report.rejects = run_rejects(con, run_id)
    return report
