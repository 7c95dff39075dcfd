"""The ingest flow: the pipeline's steps, with each batch of files a Prefect task.

Batches run on a thread task runner (Prefect's per-task cost is lowest there);
each task hands its CPU work to a process pool so both cores parse at once.
With a Dask task runner the batch runs on the Dask worker itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows.server import TemporaryPrefectServer, configured_api_url, prefect_home, use_api
from flows.summary import run_markdown
from newsdesk.batch import BatchJob, BatchSummary, run_batch
from newsdesk.config import Settings, settings
from newsdesk.pipeline import RunReport, ingest, process_pool

__all__ = ["ingest_flow", "run_ingest_flow", "task_runner_for"]

# Set by the flow for the length of a run; tasks on other machines (Dask) find None.
_POOL: Executor | None = None


@task(name="parse-and-extract-batch", retries=1, retry_delay_seconds=2)
def process_batch(job: BatchJob) -> BatchSummary:
    summary = _POOL.submit(run_batch, job).result() if _POOL is not None else run_batch(job)
    get_run_logger().info(
        "batch %d: %d files, %d articles, %d quotes, %d rejected in %.1fs",
        summary.number,
        summary.files,
        summary.articles,
        summary.quotes,
        summary.rejects,
        summary.seconds,
    )
    return summary


def _mapper(local_pool: bool):
    def map_batches(jobs: Sequence[BatchJob]) -> Iterable[BatchSummary]:
        global _POOL
        if not jobs:
            return
        workers = settings().workers
        if local_pool and workers > 1 and len(jobs) > 1:
            _POOL = process_pool(workers)
        try:
            futures = [process_batch.submit(job) for job in jobs]
            for future in futures:
                yield future.result()
        finally:
            if _POOL is not None:
                _POOL.shutdown()
            _POOL = None

    return map_batches


def task_runner_for(cfg: Settings):
    if cfg.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=cfg.dask_address) if cfg.dask_address else DaskTaskRunner()
    return ThreadPoolTaskRunner(max_workers=max(2, cfg.workers))


@flow(name="newsdesk-ingest", log_prints=False)
def ingest_flow(paths: list[str], warehouse: str | None = None, lake: str | None = None) -> dict:
    cfg = settings(warehouse_path=Path(warehouse) if warehouse else None, lake_dir=lake)
    logger = get_run_logger()
    report = ingest([Path(p) for p in paths], cfg, map_batches=_mapper(cfg.task_runner != "dask"))
    create_markdown_artifact(
        run_markdown(report), key="newsdesk-ingest-run", description=f"newsdesk ingest run {report.run_id}"
    )
    logger.info("run %s: %s", report.run_id, report.counts)
    return _as_dict(report)


def _as_dict(report: RunReport) -> dict:
    return {
        "run_id": report.run_id,
        "files_seen": report.files_seen,
        "files_unchanged": report.files_unchanged,
        "articles_new": report.counts.articles_new,
        "articles_updated": report.counts.articles_updated,
        "articles_unchanged": report.counts.articles_unchanged,
        "rejected": report.counts.rejected,
        "rejects": report.rejects,
        "seconds": report.seconds,
        "warehouse": str(report.warehouse),
        "lake": report.lake,
        "records_skipped": dict(report.skipped_records),
    }


@contextlib.contextmanager
def _api_for_workers() -> Iterator[None]:
    """Give Dask workers the API address: without one, each would start a temporary server of its own."""
    if configured_api_url():
        yield
        return
    # The same temporary server this process would start anyway (`newsdesk ingest` starts it sooner).
    with TemporaryPrefectServer(prefect_home()) as server, use_api(server.api_url):
        yield


def run_ingest_flow(paths: list[str], warehouse: str | None, lake: str | None, cfg: Settings) -> dict:
    runner = task_runner_for(cfg)
    with _api_for_workers() if cfg.task_runner == "dask" else contextlib.nullcontext():
        return ingest_flow.with_options(task_runner=runner)(paths, warehouse, lake)
