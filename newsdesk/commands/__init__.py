"""Sub-commands of the `newsdesk` CLI, one module each, registered on the app here."""

from __future__ import annotations

import importlib

import typer

__all__ = ["register_all"]

_MODULES = ("ingest", "query", "serve", "evaluate")


def register_all(app: typer.Typer) -> None:
    for name in _MODULES:
        try:
            module = importlib.import_module(f"newsdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsdesk.commands.{name}":
                raise
            continue
        module.register(app)
