"""`.txt` inputs: recognise the layout (web copy, press release, plain story) and parse it."""

from __future__ import annotations

from transforms.layouts.plaintext import parse_plaintext
from transforms.records import ParsedArticle

__all__ = ["parse_text"]


def parse_text(text: str) -> ParsedArticle:
    return parse_plaintext(text)
