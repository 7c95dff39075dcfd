"""Language of an article body, as an ISO 639-1 code, by py3langid's bundled model (no download)."""

from __future__ import annotations

import re

import py3langid

__all__ = ["MIN_LETTERS", "SAMPLE_CHARS", "detect_language", "load_model"]

# The first couple of thousand characters decide as well as the whole body, at a fraction of the cost.
SAMPLE_CHARS = 2000
# Below this many letters the guess is closer to noise than to an answer.
MIN_LETTERS = 20
# MIN_LETTERS letters with anything between them: matching stops at the last one it needs
# instead of listing every letter of the sample.
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS}}}")
_WORD = re.compile(r"[a-z]+")
# Function words frequent in English and rare as words of other languages: when
# they make up a fifth of the opening words the text is English, and the model's
# feature extraction (the costliest step of the per-article path) can be skipped.
_ENGLISH_MARKERS = frozenset(
    "the of and to is that for with was said which would have has were been their from this"
    " will are not but they his its by it at who she he her".split()
)
_MARKER_SAMPLE_WORDS = 120
_MARKER_SHARE = 0.2


def detect_language(text: str | None) -> str | None:
    """The body's language ("en", "de", ...), or None when the text is too short to tell."""
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    # Counting letters in the opening is enough to tell text from numbers and symbols.
    if _ENOUGH_LETTERS.match(sample, 0, 400) is None:
        return None
    words = _WORD.findall(sample[:800].lower())[:_MARKER_SAMPLE_WORDS]
    if len(words) >= 30 and sum(map(_ENGLISH_MARKERS.__contains__, words)) >= _MARKER_SHARE * len(words):
        return "en"
    code, _score = py3langid.classify(sample)
    return str(code)


def load_model() -> None:
    """Load the language model now rather than at the first body the English fast path leaves to it.

    Loading takes a few hundred milliseconds once per process; a benchmark or a worker pool
    that wants steady per-article timings pays it up front.
    """
    py3langid.classify("load")
