"""Scheduled ingest runs: the ingest flow served on a schedule, and a local Prefect server to serve it.

Schedules only fire on a running Prefect server (the temporary one that a
single `newsdesk ingest` starts has no scheduler), so when no server is
configured the serve command starts `prefect server start` on loopback as a
child process and stops it again on the way out.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

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
_HOST = "127.0.0.1"


class ServerStartFailed(RuntimeError):
    """The local Prefect server exited or never answered its health check."""


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


def free_port(host: str = _HOST) -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def configured_api_url() -> str | None:
    """The Prefect API the user configured (environment or active profile), if any."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, ask for SIGTERM should the parent die without cleaning up."""
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class LocalPrefectServer:
    """`prefect server start` on loopback as a child process, with its own PREFECT_HOME."""

    def __init__(self, home: Path, port: int | None = None, host: str = _HOST) -> None:
        self.home = home
        self.host = host
        self.port = port or free_port(host)
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    @property
    def log_path(self) -> Path:
        return self.home / "server.log"

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
        env.update(
            {
                "PREFECT_HOME": str(self.home),
                "DO_NOT_TRACK": "1",
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_UI_API_URL": self.api_url,
            }
        )
        return env

    def start(self, timeout: float = 120.0) -> None:
        """Start the server and wait until it answers its health check."""
        self.home.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        command = [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            self.host,
            "--port",
            str(self.port),
        ]
        # A session of its own: Ctrl-C in the terminal reaches the serve process only, which
        # stops its runner first and the server after, instead of both at once.
        self.process = subprocess.Popen(
            command,
            env=self._env(),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        self._wait_healthy(timeout)

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                raise ServerStartFailed(f"the Prefect server exited during start-up; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        self.stop()
        raise ServerStartFailed(
            f"the Prefect server did not answer within {timeout:.0f}s; see {self.log_path}"
        )

    def stop(self, grace: float = 15.0) -> None:
        """SIGTERM, a grace period, then SIGKILL."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(grace)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def use_api(api_url: str) -> Iterator[None]:
    """Point this process (and the flow-run processes it spawns) at `api_url`."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


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
