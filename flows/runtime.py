"""Prefect settings for a quiet, offline-safe local run, applied before Prefect is imported."""

from __future__ import annotations

import os

__all__ = ["prepare_prefect"]

_DEFAULTS = {
    # An offline machine cannot reach the telemetry hosts; asking logs an error per run.
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The temporary server's first start can take longer than Prefect's 20 s default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "1",
    # A Dask cluster logs its start and stop at INFO, some thirty lines a run.
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


def prepare_prefect(verbose: bool = False) -> None:
    """Set Prefect's environment defaults unless the user set them already."""
    for key, value in _DEFAULTS.items():
        os.environ.setdefault(key, value)
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
