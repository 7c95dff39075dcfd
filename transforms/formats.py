"""Which input formats exist and how a file name maps to one."""

from __future__ import annotations

from pathlib import PurePath

__all__ = ["SUPPORTED_SUFFIXES", "format_of"]

_BY_SUFFIX = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
SUPPORTED_SUFFIXES = frozenset(_BY_SUFFIX)


def format_of(name: str) -> tuple[str | None, bool]:
    """The format a file name declares, and whether it is gzipped.

    `a.warc.gz` is ("warc", True); `a.pdf` is (None, False).
    """
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gz:
        suffixes = suffixes[:-1]
    if not suffixes:
        return None, gz
    return _BY_SUFFIX.get(suffixes[-1]), gz
