"""`newsdesk eval`: ingest every corpus that has gold and print one table of scores against targets."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsdesk.config import settings
from newsdesk.evaluate import (
    GOLD_SETS,
    HTML_INPUTS,
    Score,
    find_shared,
    gold_file,
    score_gold,
    score_html,
    speaker_ceiling,
)

__all__ = ["register"]

_COLUMNS = ("quotes", "quotes_with_speaker", "organisations", "recommendations", "fields")
_HEADERS = {"quotes_with_speaker": "quote+speaker", "organisations": "orgs", "recommendations": "recs"}
_HTML_COLUMNS = ("body_f1", "snippet_f1", "headline", "date", "author")


def _cell(score: Score, key: str) -> str:
    if key not in score.figures or (score.targets and key not in score.targets and key != "fields"):
        return "-"
    value = score.figures[key]
    target = score.targets.get(key)
    mark = "" if target is None else (" [green]ok[/green]" if value >= target else f" [red]<{target}[/red]")
    return f"{value:.3f}{mark}"


def eval_command(
    only: Annotated[list[str] | None, typer.Option("--only", help="Gold sets to score (repeatable)")] = None,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also score HTML extraction")] = True,
    shared: Annotated[
        Path | None, typer.Option(help="The shared evaluation folder [default: ../shared]")
    ] = None,
    keep: Annotated[Path | None, typer.Option(help="Keep the evaluation warehouse at this path")] = None,
) -> None:
    """Score extraction against the gold files (needs the shared corpus; skips cleanly without it)."""
    # Piped or logged output gets room for the whole table rather than rich's 80 columns.
    console = Console(width=None if sys.stdout.isatty() else 132)
    root = shared or find_shared()
    if root is None:
        console.print("no shared evaluation folder (../shared or NEWSDESK_SHARED): nothing to score")
        raise typer.Exit(0)
    sets = [g for g in GOLD_SETS if not only or g.name in only]
    do_html = html and (not only or "html" in only)
    inputs = sorted({i for g in sets for i in g.inputs} | (set(HTML_INPUTS) if do_html else set()))
    from newsdesk.pipeline import ingest, map_processes

    with tempfile.TemporaryDirectory(prefix="newsdesk-eval-") as tmp:
        warehouse = keep or Path(tmp) / "eval.duckdb"
        if keep:
            # A kept warehouse from an earlier evaluation would skip unchanged inputs and score old rows.
            for stale in (keep, keep.with_name(keep.name + ".wal")):
                stale.unlink(missing_ok=True)
        cfg = settings(warehouse_path=warehouse, lake_dir=Path(tmp) / "lake")
        started = time.perf_counter()
        report = ingest([root / "corpus" / i for i in inputs], cfg, map_batches=map_processes(cfg.workers))
        console.print(
            f"ingested {', '.join(inputs)}: {report.files_seen} files, "
            f"{report.counts.articles_new} articles, {report.counts.rejected} rejected "
            f"in {time.perf_counter() - started:.1f}s",
            highlight=False,
        )
        scores = [score_gold(root, warehouse, g) for g in sets]
        html_score = score_html(root, warehouse) if do_html else None
    table = Table(title="extraction quality (F1; fields: share right)")
    table.add_column("gold", no_wrap=True)
    for key in _COLUMNS:
        table.add_column(_HEADERS.get(key, key), no_wrap=True)
    table.add_column("not orgs")
    table.add_column("speaker ceiling")
    for s in scores:
        ceiling = speaker_ceiling(gold_file(root, s.gold))
        table.add_row(
            s.gold,
            *(_cell(s, k) for k in _COLUMNS),
            str(s.not_organisations),
            "-" if ceiling is None else f"{ceiling:.3f}",
        )
    console.print(table)
    console.print(
        "speaker ceiling: the best quote+speaker F1 reachable on that gold while `speaker` holds the "
        "person's name and a description beside it goes to `speaker_role` (README: Quality)",
        highlight=False,
    )
    if html_score:
        t = Table(title="HTML extraction")
        for key in _HTML_COLUMNS:
            t.add_column(key)
        t.add_row(*(_cell(html_score, k) for k in _HTML_COLUMNS))
        console.print(t)
    failed = [s.gold for s in [*scores, *([html_score] if html_score else [])] if not s.passed]
    console.print("all targets met" if not failed else f"below target: {', '.join(failed)}")


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
