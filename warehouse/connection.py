"""Opening the warehouse: one writer at a time, readers that wait out a load.

DuckDB lets one process hold a database file for writing and refuses every
other process, read-only ones included, while it does. Writers therefore take
an advisory lock on a sidecar file first (so a second run waits its turn, or
leaves with a clear message, instead of failing half-way), and readers retry
the lock error for a while instead of failing at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from warehouse.errors import WarehouseBusy, WarehouseMissing
from warehouse.sqlfiles import sql

__all__ = ["SCHEMA_VERSION", "connect_read", "ensure_schema", "writer", "writer_lock"]

SCHEMA_VERSION = 1
_LOCK_MARKERS = ("Could not set lock", "Conflicting lock", "database is locked", "lock on file")


def _is_lock_error(exc: Exception) -> bool:
    return any(m in str(exc) for m in _LOCK_MARKERS)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(sql("schema"))
    con.execute(sql("schema_version"), {"version": SCHEMA_VERSION})


@contextlib.contextmanager
def writer_lock(path: Path, wait: float) -> Iterator[None]:
    """Hold the advisory writer lock for `path`, waiting up to `wait` seconds for it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another newsdesk run is loading {path}; waited {wait:.0f}s. "
                        "Try again when it finishes (or pass a longer --wait)."
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                if _is_lock_error(exc):
                    raise WarehouseBusy(f"{path} stayed locked by another process for {wait:.0f}s") from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


@contextlib.contextmanager
def writer(path: Path, wait: float = 600.0, *, locked: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection with the schema in place, under the writer lock.

    `locked=True` says the caller holds the writer lock already (a run takes it
    for its whole length, and a second flock from the same process would wait
    on itself).
    """
    with contextlib.nullcontext() if locked else writer_lock(path, wait):
        con = _open(path, read_only=False, wait=wait)
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def connect_read(path: Path, wait: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection that waits (up to `wait` s) while a run holds the file."""
    if not path.exists():
        raise WarehouseMissing(f"no warehouse at {path}: run `newsdesk ingest` first, or pass --warehouse")
    con = _open(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()
