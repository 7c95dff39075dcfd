"""The local Prefect servers newsdesk starts: a lasting one for `newsdesk serve`, a temporary one for a run.

Both run as child processes on loopback and are stopped on the way out. The temporary one is the
server Prefect itself would start for a run with no API configured (the API app under uvicorn, the UI
and background services off), launched by newsdesk as soon as the command starts: it boots while the
pipeline is imported and the inputs are listed, and this process never imports the server's own code,
which Prefect's built-in start does first (about 3.5 s of a run's ~9 s start on a two-core machine).
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
from pathlib import Path
from typing import IO

__all__ = [
    "LocalPrefectServer",
    "ServerStartFailed",
    "TemporaryPrefectServer",
    "configured_api_url",
    "free_port",
    "prefect_home",
    "use_api",
]

_HOST = "127.0.0.1"


class ServerStartFailed(RuntimeError):
    """The local Prefect server exited or never answered its health check."""


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

    def _command(self) -> list[str]:
        return [
            sys.executable, "-m", "prefect", "server", "start", "--host", self.host, "--port", str(self.port),
        ]  # fmt: skip

    def start(self, timeout: float = 120.0) -> None:
        """Start the server and wait until it answers its health check."""
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        """Start the server's process and return at once; `wait_ready` waits for it to answer."""
        self.home.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        # A session of its own: Ctrl-C in the terminal reaches the serve process only, which
        # stops its runner first and the server after, instead of both at once.
        self.process = subprocess.Popen(
            self._command(),
            env=self._env(),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )

    def wait_ready(self, timeout: float = 120.0) -> None:
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


class TemporaryPrefectServer(LocalPrefectServer):
    """The server Prefect starts for a run with no API configured, started by newsdesk instead.

    The same app with the same settings as Prefect's own temporary server (no UI, only the services a
    temporary server runs) and the same PREFECT_HOME, so runs land in the database they always did.
    """

    @property
    def log_path(self) -> Path:
        return self.home / "temporary-server.log"

    def _command(self) -> list[str]:
        return [
            sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
            "--host", self.host, "--port", str(self.port), "--log-level", "error", "--lifespan", "on",
        ]  # fmt: skip

    def _env(self) -> dict[str, str]:
        env = super()._env()
        # What Prefect sets for its own temporary server: no UI, only the services such a server runs.
        env.update(
            {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        )
        return env


def prefect_home() -> Path:
    """The PREFECT_HOME Prefect itself would use: the environment's, else ~/.prefect."""
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()


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
