"""The `newsdesk` command. Each sub-command lives in `newsdesk/commands/`."""

from __future__ import annotations

import typer

from newsdesk.commands import register_all

__all__ = ["app"]

app = typer.Typer(
    name="newsdesk",
    help="News articles in; who said what, which organisations, and what they demanded of whom, out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """newsdesk: news articles in; quotes, organisations and recommendations out."""


register_all(app)
