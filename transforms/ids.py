"""Stable identifiers: the same input gives the same id on every run and machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["article_id", "child_id", "org_id", "org_key", "sha256_hex"]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_id(content_sha256: str) -> str:
    """An article is its content: two inputs with the same bytes are one article."""
    return content_sha256[:16]


def child_id(parent: str, kind: str, ordinal: int) -> str:
    return _short(f"{parent}:{kind}:{ordinal}")


_LEADING_THE = re.compile(r"^the\s+")
_NOT_WORD = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"\s+")


def org_key(name: str) -> str:
    """The form under which two spellings of one organisation name compare equal.

    Dots, case, a leading "the" and punctuation do not distinguish names:
    "the E.U." and "EU" share a key.
    """
    key = unicodedata.normalize("NFKC", name).lower().replace(".", "")
    key = key.replace("&", " and ").replace("\u2019", "'")
    key = _LEADING_THE.sub("", key.strip())
    key = _NOT_WORD.sub(" ", key)
    return _SPACES.sub(" ", key).strip()


def org_id(canonical_name: str) -> str:
    return _short("org:" + org_key(canonical_name))
