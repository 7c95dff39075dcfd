"""Scheduled ingest runs: the ingest flow served on a schedule, and a local Prefect server to serve it.

Schedules only fire on a running Prefect server (the temporary one that a
single `newsdesk ingest` starts has no scheduler), so when no server is
configured the serve command starts `prefect server start` on loopback as a
child process and stops it again on the way out.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.server import (
    LocalPrefectServer,
    ServerStartFailed,
    configured_api_url,
    free_port,
    use_api,
)

__all__ = [
    "DEFAULT_INTERVAL",
    "DEPLOYMENT_NAME",
    "LocalPrefectServer",
    "Schedule",
    "ServerStartFailed",
    "configured_api_url",
    "free_port",
    "serve_ingest",
    "stop_on_sigterm",
    "summary_line",
    "use_api",
]

DEFAULT_INTERVAL = 300.0
DEPLOYMENT_NAME = "inbox"


@dataclass(frozen=True, slots=True)
class Schedule:
    """When the ingest flow runs: a cron expression or a fixed interval in seconds."""

    cron: str | None = None
    interval: float | None = None

    def __post_init__(self) -> None:
        if (self.cron is None) == (self.interval is None):
            raise ValueError("give either a cron expression or an interval, not both or neither")
        if self.interval is not None and self.interval <= 0:
            raise ValueError("the interval must be a positive number of seconds")

    def describe(self) -> str:
        if self.cron is not None:
            return f"cron '{self.cron}'"
        return f"every {self.interval:g} s"


def summary_line(result: dict[str, Any]) -> str:
    """One line per finished run, for the serve console."""
    return (
        f"run {result['run_id']}: {result['files_seen']} files seen, {result['articles_new']} new, "
        f"{result['articles_updated']} updated, {result['articles_unchanged']} unchanged, "
        f"{result['rejected']} rejected in {result['seconds']:.1f}s"
    )


def _print_completed(flow: Any, flow_run: Any, state: Any) -> None:
    # Runs in the flow-run process, whose stdout is the serve console's.
    try:
        result = state.result(raise_on_failure=False)
    except Exception:  # the result was not kept in memory: a bare line beats none
        result = None
    stamp = time.strftime("%H:%M:%S")
    if isinstance(result, dict) and "run_id" in result:
        print(f"{stamp} {summary_line(result)}", flush=True)
    else:
        print(f"{stamp} flow run {flow_run.name} completed", flush=True)


def _print_failed(flow: Any, flow_run: Any, state: Any) -> None:
    print(
        f"{time.strftime('%H:%M:%S')} flow run {flow_run.name} {state.name.lower()}: {state.message}",
        flush=True,
    )


def serve_ingest(inbox: Path, warehouse: Path, lake: str, schedule: Schedule, run_now: bool = True) -> None:
    """Serve the ingest flow over `inbox` on `schedule` until interrupted (blocks).

    With `run_now`, one run starts at once rather than a schedule tick later
    (the server's scheduler and the runner's polling add up to ~20 s).
    """
    import asyncio

    from prefect.deployments import run_deployment
    from prefect.runner import Runner

    from flows.ingest import ingest_flow, task_runner_for
    from newsdesk.config import settings

    served = ingest_flow.with_options(
        task_runner=task_runner_for(settings()),
        on_completion=[_print_completed],
        on_failure=[_print_failed],
        on_crashed=[_print_failed],
    )
    # One run at a time: runs take the warehouse's writer lock anyway.
    runner = Runner(name=f"newsdesk-{DEPLOYMENT_NAME}", limit=1)
    deployment_id = runner.add_flow(
        served,
        name=DEPLOYMENT_NAME,
        interval=schedule.interval,
        cron=schedule.cron,
        parameters={"paths": [str(inbox)], "warehouse": str(warehouse), "lake": lake},
        description=f"newsdesk ingest over {inbox}",
        tags=["newsdesk"],
    )
    if run_now:
        run_deployment(deployment_id, timeout=0)
    asyncio.run(runner.start())


def stop_on_sigterm() -> None:
    """Treat SIGTERM like Ctrl-C until Prefect's runner starts (it then stops gracefully on SIGTERM itself).

    Either way a service manager's stop ends the runner first and the local
    server after it.
    """

    def _raise(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _raise)
