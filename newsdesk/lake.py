"""The Parquet lake: every run's rows, one folder per table and run.

The lake is the run-by-run record (append-only); the warehouse holds the
current state built from it. A lake may be a local folder or an S3 URI
(`s3://bucket/prefix`), through pyarrow's filesystems.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow import fs

__all__ = ["LakeLocation", "lake_location"]


class LakeLocation:
    """Where a run's Parquet files go: a pyarrow filesystem plus a base path on it."""

    def __init__(self, filesystem: fs.FileSystem, base: str, uri: str) -> None:
        self.filesystem = filesystem
        self.base = base.rstrip("/")
        self.uri = uri.rstrip("/")

    def run_path(self, table: str, run_id: str) -> str:
        return f"{self.base}/{table}/run_id={run_id}"

    def write(self, table: pa.Table, name: str, run_id: str, part: str) -> str | None:
        """Write one batch of one table; returns its path on the filesystem (None when empty)."""
        if table.num_rows == 0:
            return None
        folder = self.run_path(name, run_id)
        self.filesystem.create_dir(folder, recursive=True)
        path = f"{folder}/{part}.parquet"
        pq.write_table(table, path, filesystem=self.filesystem, compression="zstd")
        return path

    def read(self, paths: list[str]) -> pa.Table:
        """The rows of several lake files of one table, as one Arrow table."""
        return pa.concat_tables([pq.read_table(p, filesystem=self.filesystem) for p in paths])


def lake_location(where: str | Path) -> LakeLocation:
    """A lake from a local folder or a URI pyarrow understands (s3://...)."""
    text = str(where)
    if "://" in text:
        filesystem, base = fs.FileSystem.from_uri(text)
        return LakeLocation(filesystem, base, text)
    local = Path(text).expanduser().absolute()
    return LakeLocation(fs.LocalFileSystem(), str(local), str(local))
