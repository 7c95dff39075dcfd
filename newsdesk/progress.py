"""Progress of a running ingest, reported to whoever listens (the CLI's progress bar).

The flow cannot take a callback as a parameter (flow parameters are data),
so the CLI registers a listener here and the pipeline calls it per batch.
"""

from __future__ import annotations

from typing import Protocol

from newsdesk.batch import BatchSummary

__all__ = ["Listener", "batch_done", "listen", "planned"]


class Listener(Protocol):
    def planned(self, files: int, batches: int) -> None: ...

    def batch_done(self, summary: BatchSummary) -> None: ...


_listeners: list[Listener] = []


def listen(listener: Listener | None) -> None:
    """Make `listener` the one that hears about runs in this process (None: nobody)."""
    _listeners[:] = [listener] if listener else []


def planned(files: int, batches: int) -> None:
    for listener in _listeners:
        listener.planned(files, batches)


def batch_done(summary: BatchSummary) -> None:
    for listener in _listeners:
        listener.batch_done(summary)
