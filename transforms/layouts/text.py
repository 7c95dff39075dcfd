"""`.txt` inputs: recognise the layout (web copy, press release, plain story) and parse it."""

from __future__ import annotations

from transforms.dates import date_from_name
from transforms.layouts.plaintext import paragraphs, parse_plaintext
from transforms.layouts.press_release import looks_like_release, parse_release
from transforms.layouts.webcopy import find_caption, parse_webcopy
from transforms.records import ParsedArticle

__all__ = ["detect_layout", "parse_text"]

_HEAD = 4000


def detect_layout(text: str) -> str:
    """"webcopy", "release" or "plain", judged from the top of the text."""
    head = text[:_HEAD]
    if find_caption(paragraphs(head)) is not None:
        return "webcopy"
    if looks_like_release(text):
        return "release"
    return "plain"


def parse_text(text: str, source_uri: str | None = None) -> ParsedArticle:
    """Parse by the detected layout; a date in the file name stands in when the text gives none."""
    layout = detect_layout(text)
    if layout == "webcopy":
        article = parse_webcopy(text)
    elif layout == "release":
        article = parse_release(text)
    else:
        article = parse_plaintext(text)
    if article.published_at is None:
        article.published_at = date_from_name(source_uri)
    return article
