"""The project's SQL lives in .sql files beside this module; this reads them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["SQL_DIR", "sql"]

SQL_DIR = Path(__file__).resolve().parent / "sql"


@cache
def sql(name: str) -> str:
    """The text of `warehouse/sql/NAME.sql` (NAME may include a sub-folder)."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")
