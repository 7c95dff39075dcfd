"""Settings with embedded defaults: everything works with no config file.

Each setting can be overridden by an environment variable (NEWSDESK_*) and,
for the commands that take them, by command-line options.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "settings"]


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: _env_path("NEWSDESK_DATA", Path("data")))
    warehouse_path: Path | None = None
    lake_dir: Path | str | None = None
    inbox_dir: Path | None = None
    # Read when settings are made, not at import: a served flow or a test may set them later.
    batch_size: int = field(default_factory=lambda: int(os.environ.get("NEWSDESK_BATCH_SIZE", "1000")))
    workers: int = field(
        default_factory=lambda: int(os.environ.get("NEWSDESK_WORKERS", str(os.cpu_count() or 1)))
    )
    task_runner: str = field(default_factory=lambda: os.environ.get("NEWSDESK_TASK_RUNNER", "threads"))
    dask_address: str | None = field(default_factory=lambda: os.environ.get("NEWSDESK_DASK_ADDRESS"))
    lock_wait: float = field(default_factory=lambda: float(os.environ.get("NEWSDESK_LOCK_WAIT", "600")))

    @property
    def warehouse(self) -> Path:
        return self.warehouse_path or _env_path("NEWSDESK_WAREHOUSE", self.data_dir / "newsdesk.duckdb")

    @property
    def lake(self) -> Path | str:
        """A local folder, or a URI (s3://bucket/prefix) kept as text: a Path would fold its '//'."""
        where = self.lake_dir or os.environ.get("NEWSDESK_LAKE")
        if isinstance(where, str) and "://" in where:
            return where
        return Path(where).expanduser() if where else self.data_dir / "lake"

    @property
    def inbox(self) -> Path:
        return self.inbox_dir or _env_path("NEWSDESK_INBOX", self.data_dir / "inbox")


def settings(**overrides: object) -> Settings:
    """Settings from the environment, with non-None overrides (e.g. from CLI options) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
