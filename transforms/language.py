"""Language of an article body, as an ISO 639-1 code, by py3langid's bundled model (no download)."""

from __future__ import annotations

import re

import py3langid

__all__ = ["MIN_LETTERS", "SAMPLE_CHARS", "detect_language"]

# The first couple of thousand characters decide as well as the whole body, at a fraction of the cost.
SAMPLE_CHARS = 2000
# Below this many letters the guess is closer to noise than to an answer.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def detect_language(text: str | None) -> str | None:
    """The body's language ("en", "de", ...), or None when the text is too short to tell."""
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
