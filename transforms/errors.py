"""One exception tree for everything the transforms refuse.

Each error carries the short `reason` code that lands in the `rejects` table.
"""

from __future__ import annotations

__all__ = [
    "BadRecord",
    "EmptyInput",
    "InputError",
    "NoArticle",
    "NotText",
    "TooLarge",
    "Undecodable",
    "UnsupportedFormat",
]


class InputError(Exception):
    """An input that cannot become an article. `reason` is the rejects code."""

    reason = "unreadable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class EmptyInput(InputError):
    reason = "empty"


class NotText(InputError):
    reason = "binary"


class Undecodable(InputError):
    reason = "undecodable"


class TooLarge(InputError):
    reason = "too_large"


class UnsupportedFormat(InputError):
    reason = "unsupported_format"


class BadRecord(InputError):
    reason = "bad_record"


class NoArticle(InputError):
    """The input was read but held no article text (an empty page, a record with no body)."""

    reason = "no_article"
