"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["LakeOpt", "WarehouseOpt"]

WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="DuckDB file [env NEWSDESK_WAREHOUSE; default data/newsdesk.duckdb]"),
]
LakeOpt = Annotated[
    Path | None,
    typer.Option("--lake", help="Parquet lake folder [env NEWSDESK_LAKE; default data/lake]"),
]
