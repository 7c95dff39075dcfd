"""Settings every test shares: a private Prefect home, no telemetry, the shared corpus when present."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# Before anything imports Prefect: its home (database, settings) in a temp folder,
# no telemetry lookups on an offline machine, and no logs shipped to an API.
_PREFECT_HOME = tempfile.mkdtemp(prefix="newsdesk-tests-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def shared_dir() -> Path | None:
    """The shared corpus and gold beside the checkout (absent on a user's clone)."""
    for candidate in (
        os.environ.get("NEWSDESK_SHARED"),
        ROOT.parent / "shared",
        ROOT.parent.parent / "shared",
    ):
        if candidate and (Path(candidate) / "corpus").is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("the shared corpus (../shared) is not here")
    return found


@pytest.fixture
def samples() -> Path:
    return SAMPLES
