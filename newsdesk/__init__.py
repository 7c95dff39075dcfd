"""newsdesk: news articles in; quotes, organisations and recommendations out, in Parquet and DuckDB."""

from __future__ import annotations

__all__ = ["EXTRACTOR_VERSION", "__version__"]

__version__ = "0.1.0"
# Bumped whenever extraction output changes, so rows say which rules made them.
EXTRACTOR_VERSION = "1"
