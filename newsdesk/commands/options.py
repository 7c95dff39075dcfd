"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["LakeOpt", "WarehouseOpt"]

WarehouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", "-w", help="DuckDB file [env NEWSDESK_WAREHOUSE; default data/newsdesk.duckdb]"
    ),
]
# Text, not a Path: a Path would turn s3://bucket/lake into s3:/bucket/lake.
LakeOpt = Annotated[
    str | None,
    typer.Option(
        "--lake", help="Parquet lake: a folder or s3://bucket/prefix [env NEWSDESK_LAKE; default data/lake]"
    ),
]
