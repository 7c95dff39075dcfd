"""Language of an article body."""

from __future__ import annotations

__all__ = ["detect_language"]


def detect_language(text: str) -> str | None:
    return None
