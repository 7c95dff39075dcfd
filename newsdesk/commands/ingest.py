"""`newsdesk ingest`: one run of the ingest flow, with progress and a summary."""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsdesk.commands.options import LakeOpt, WarehouseOpt
from newsdesk.config import settings
from warehouse.errors import WarehouseError

if TYPE_CHECKING:
    from flows.server import TemporaryPrefectServer

__all__ = ["register"]

console = Console(stderr=True)


class _Bar:
    """A rich progress bar fed by the pipeline's per-batch reports."""

    def __init__(self) -> None:
        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[articles]} articles"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        self.task = self.progress.add_task("ingest", total=None, articles=0)
        self.articles = 0

    def planned(self, files: int, batches: int) -> None:
        self.progress.update(self.task, total=files)
        if not console.is_terminal:
            console.print(f"{files} files to read in {batches} batches")

    def batch_done(self, summary: Any) -> None:
        self.articles += summary.articles
        self.progress.update(self.task, advance=summary.files, articles=self.articles)
        if not console.is_terminal:
            console.print(
                f"batch {summary.number}: {summary.files} files, {summary.articles} articles, "
                f"{summary.rejects} rejected ({summary.seconds:.1f}s)"
            )


def _print_summary(result: dict) -> None:
    table = Table(title=f"run {result['run_id']}", show_header=False, box=None)
    for key in (
        "files_seen",
        "files_unchanged",
        "articles_new",
        "articles_updated",
        "articles_unchanged",
        "rejected",
    ):
        table.add_row(key.replace("_", " "), str(result[key]))
    skipped = result.get("records_skipped") or {}
    if skipped:
        detail = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items()))
        table.add_row("records skipped", f"{sum(skipped.values())} ({detail})")
    table.add_row("seconds", f"{result['seconds']:.1f}")
    table.add_row("warehouse", result["warehouse"])
    table.add_row("lake", result["lake"])
    Console().print(table)
    if result["rejects"]:
        Console().print(f"[yellow]{len(result['rejects'])} input(s) rejected:[/yellow]")
        for uri, reason, detail in result["rejects"][:50]:
            Console().print(f"  {reason:<18} {uri}  [dim]{detail}[/dim]", highlight=False)
        if len(result["rejects"]) > 50:
            Console().print(
                f"  ... and {len(result['rejects']) - 50} more: newsdesk report rejects_by_reason"
            )


def ingest_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files and folders to ingest [default: the inbox]")
    ] = None,
    warehouse: WarehouseOpt = None,
    lake: LakeOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs")] = False,
) -> None:
    """Run the ingest flow once over files and folders (default: the inbox)."""
    from flows.runtime import prepare_prefect
    from flows.server import TemporaryPrefectServer, prefect_home

    prepare_prefect(verbose)
    # Prefect's temporary server boots while the pipeline is imported and the inputs are listed.
    server = TemporaryPrefectServer(prefect_home())
    server.launch()
    try:
        _ingest(paths, warehouse, lake, server)
    finally:
        server.stop()


def _ingest(
    paths: list[Path] | None, warehouse: Path | None, lake: str | None, server: TemporaryPrefectServer
) -> None:
    cfg = settings(warehouse_path=warehouse, lake_dir=lake)
    targets = paths or [cfg.inbox]
    if not paths:
        cfg.inbox.mkdir(parents=True, exist_ok=True)
    console.print(
        f"ingesting {', '.join(map(str, targets))} -> {cfg.warehouse} "
        "(starting Prefect; the first start takes ~15s)"
    )
    # The pipeline is imported here, not at module level, so that a fault in it
    # never stops the read-only commands from starting.
    from flows.ingest import run_ingest_flow
    from flows.server import ServerStartFailed, configured_api_url, use_api
    from newsdesk import progress

    api = contextlib.nullcontext()
    if configured_api_url():
        server.stop()  # the run goes to the server the user configured
    bar = _Bar()
    progress.listen(bar)
    started = time.perf_counter()
    try:
        if server.process is not None:
            server.wait_ready()
            api = use_api(server.api_url)
        with bar.progress, api:
            result = run_ingest_flow([str(p) for p in targets], str(cfg.warehouse), str(cfg.lake), cfg)
    except ServerStartFailed as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    except WarehouseError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except OSError as exc:
        # An unreachable lake (S3 endpoint down, disk full) is the run's failure, said plainly.
        console.print(f"[red]error:[/red] the run failed: {exc}")
        raise typer.Exit(1) from exc
    finally:
        progress.listen(None)
    _print_summary(result)
    console.print(f"done in {time.perf_counter() - started:.1f}s", highlight=False)
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
