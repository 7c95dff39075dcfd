"""Sub-commands of the `newsdesk` CLI, one module each, registered on the app here."""

from __future__ import annotations

import typer

from newsdesk.commands import evaluate, ingest, query, serve

__all__ = ["register_all"]


def register_all(app: typer.Typer) -> None:
    for module in (ingest, serve, query, evaluate):
        module.register(app)
