"""`newsdesk serve`: keep running the ingest flow over the inbox on a schedule, until stopped."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsdesk.commands.options import LakeOpt, WarehouseOpt
from newsdesk.config import settings

__all__ = ["register"]

console = Console(highlight=False, soft_wrap=True)


def _say(message: str) -> None:
    """A console line stamped like the per-run lines the flow runs print."""
    console.print(f"{time.strftime('%H:%M:%S')} {message}")


def _schedule(cron: str | None, interval: float | None):
    from flows.serve import DEFAULT_INTERVAL, Schedule

    if cron is not None and interval is not None:
        console.print("[red]error:[/red] give --cron or --interval, not both")
        raise typer.Exit(2)
    try:
        if cron is not None:
            return Schedule(cron=cron)
        return Schedule(interval=DEFAULT_INTERVAL if interval is None else interval)
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def serve_command(
    cron: Annotated[str | None, typer.Option("--cron", help="Cron expression, e.g. '*/15 * * * *'")] = None,
    interval: Annotated[
        float | None, typer.Option("--interval", help="Seconds between runs [default: 300]")
    ] = None,
    inbox: Annotated[
        Path | None, typer.Option("--inbox", help="Folder to ingest [env NEWSDESK_INBOX; default data/inbox]")
    ] = None,
    warehouse: WarehouseOpt = None,
    lake: LakeOpt = None,
    now: Annotated[bool, typer.Option("--now/--no-now", help="Also run once at start")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs")] = False,
) -> None:
    """Run the ingest flow over the inbox on a schedule (Prefect) until Ctrl-C or SIGTERM.

    Uses the Prefect server in PREFECT_API_URL when set; otherwise starts one on
    127.0.0.1 for as long as this command runs (its UI address is printed).
    """
    from flows.runtime import prepare_prefect

    prepare_prefect(verbose)
    schedule = _schedule(cron, interval)
    cfg = settings(warehouse_path=warehouse, lake_dir=lake, inbox_dir=inbox)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    lake_text = cfg.lake if isinstance(cfg.lake, str) else str(cfg.lake.absolute())

    from flows.serve import (
        LocalPrefectServer,
        ServerStartFailed,
        configured_api_url,
        serve_ingest,
        stop_on_sigterm,
        use_api,
    )

    stop_on_sigterm()
    server: LocalPrefectServer | None = None
    try:
        api_url = configured_api_url()
        if api_url is None:
            home = Path(os.environ.get("NEWSDESK_PREFECT_HOME") or cfg.data_dir / "prefect").absolute()
            server = LocalPrefectServer(home)
            _say(f"starting a Prefect server on {server.url} (home {home}; the first start takes ~15s)")
            try:
                server.start()
            except ServerStartFailed as exc:
                _say(f"[red]error:[/red] {exc}")
                raise typer.Exit(1) from exc
            api_url = server.api_url
            _say(f"Prefect server ready (pid {server.process.pid}); UI: {server.url}")
        else:
            _say(f"using the Prefect server at {api_url}")
        _say(
            f"serving newsdesk-ingest/inbox {schedule.describe()}: {cfg.inbox.absolute()} -> "
            f"{cfg.warehouse.absolute()} (lake {lake_text}); Ctrl-C to stop"
        )
        with use_api(api_url):
            serve_ingest(cfg.inbox.absolute(), cfg.warehouse.absolute(), lake_text, schedule, run_now=now)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            _say("stopping the Prefect server")
            server.stop()
    _say("stopped")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
