"""Past one machine: batches on a Dask cluster of worker processes, and a lake on S3 (moto's server).

Each test compares the warehouse tables with those of a plain in-process run
over the same files: where the work ran or the lake lives must not change
the content.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.serve import free_port
from newsdesk.config import settings
from newsdesk.pipeline import ingest

pytestmark = pytest.mark.slow

BUCKET = "newsdesk-lake"


@pytest.fixture
def inbox(tmp_path: Path, stories) -> Path:
    folder = tmp_path / "inbox"
    stories.write(folder)
    return folder


@pytest.fixture
def local_tables(inbox: Path, tmp_path: Path, stories) -> dict[str, list[str]]:
    """The tables of a plain in-process run over the inbox: what every other run must match."""
    cfg = settings(warehouse_path=tmp_path / "local.duckdb", lake_dir=tmp_path / "local-lake", batch_size=2)
    ingest([inbox], cfg)
    tables = stories.dump(cfg.warehouse)
    assert all(tables[t] for t in ("articles", "quotes", "organisations")), "the stories gave too little"
    return tables


@pytest.fixture
def dask_cluster() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("prefect_dask")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
    )
    try:
        yield cluster
    finally:
        cluster.close()


def test_dask_workers_produce_the_tables_of_a_local_run(
    prefect_home: Path, local_env: pytest.MonkeyPatch, inbox: Path, tmp_path: Path, dask_cluster,
    local_tables: dict[str, list[str]], stories,
) -> None:
    from distributed.diagnostics.plugin import SchedulerPlugin

    from flows.ingest import run_ingest_flow

    class BatchCounter(SchedulerPlugin):
        """Counts batch tasks the cluster finished, and on which workers."""

        def __init__(self) -> None:
            self.workers: list[str] = []

        def transition(self, key, start, finish, *args, **kwargs) -> None:
            if finish == "memory":
                self.workers.append(str(kwargs.get("worker", "")))

    counter = BatchCounter()
    dask_cluster.scheduler.add_plugin(counter)
    local_env.setenv("NEWSDESK_TASK_RUNNER", "dask")
    local_env.setenv("NEWSDESK_DASK_ADDRESS", dask_cluster.scheduler_address)
    local_env.setenv("NEWSDESK_BATCH_SIZE", "2")
    cfg = settings(warehouse_path=tmp_path / "dask.duckdb", lake_dir=tmp_path / "dask-lake")

    result = run_ingest_flow([str(inbox)], str(cfg.warehouse), str(cfg.lake), cfg)

    assert result["articles_new"] == stories.count
    assert len(counter.workers) == 3, "five files in batches of two: three batch tasks on the cluster"
    assert stories.dump(cfg.warehouse) == local_tables


@pytest.fixture
def s3_endpoint(local_env: pytest.MonkeyPatch) -> Iterator[str]:
    moto_server = pytest.importorskip("moto.server")
    boto3 = pytest.importorskip("boto3")
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    for key, value in {"AWS_ACCESS_KEY_ID": "newsdesk-test", "AWS_SECRET_ACCESS_KEY": "newsdesk-test",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL_S3": endpoint}.items():
        local_env.setenv(key, value)
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        local_env.delenv(key, raising=False)
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
    try:
        yield endpoint
    finally:
        server.stop()


def _bucket_keys(endpoint: str) -> list[str]:
    import boto3

    pages = boto3.client("s3", endpoint_url=endpoint).get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
    return [obj["Key"] for page in pages for obj in page.get("Contents", [])]


def test_s3_lake_gives_the_tables_of_a_local_run(
    prefect_home: Path, local_env: pytest.MonkeyPatch, inbox: Path, tmp_path: Path, s3_endpoint: str,
    local_tables: dict[str, list[str]], stories,
) -> None:
    from flows.ingest import run_ingest_flow

    local_env.setenv("NEWSDESK_BATCH_SIZE", "2")
    local_env.setenv("NEWSDESK_WORKERS", "1")
    cfg = settings(warehouse_path=tmp_path / "s3.duckdb", lake_dir=f"s3://{BUCKET}/lake")

    result = run_ingest_flow([str(inbox)], str(cfg.warehouse), str(cfg.lake), cfg)

    assert result["articles_new"] == stories.count
    assert result["lake"] == f"s3://{BUCKET}/lake"
    assert stories.dump(cfg.warehouse) == local_tables
    keys = _bucket_keys(s3_endpoint)
    run = result["run_id"]
    for table in ("articles", "quotes", "organisations", "files"):
        parts = [k for k in keys if k.startswith(f"lake/{table}/run_id={run}/") and k.endswith(".parquet")]
        assert len(parts) == 3, (table, parts)
    assert not (tmp_path / "s3:").exists(), "the lake URI was taken for a local folder"


def test_s3_endpoint_in_the_lake_uri(
    local_env: pytest.MonkeyPatch, inbox: Path, tmp_path: Path, s3_endpoint: str,
    local_tables: dict[str, list[str]], stories,
) -> None:
    # pyarrow's own URI options, for when the endpoint is not in the environment.
    local_env.delenv("AWS_ENDPOINT_URL_S3")
    host = s3_endpoint.removeprefix("http://")
    cfg = settings(warehouse_path=tmp_path / "uri.duckdb", batch_size=5,
                   lake_dir=f"s3://{BUCKET}/uri-lake?endpoint_override={host}&scheme=http")

    report = ingest([inbox], cfg)

    assert report.counts.articles_new == stories.count
    assert stories.dump(cfg.warehouse) == local_tables
    assert any(k.startswith(f"uri-lake/articles/run_id={report.run_id}/") for k in _bucket_keys(s3_endpoint))
