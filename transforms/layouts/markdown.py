"""Markdown with YAML front matter."""

from __future__ import annotations

from transforms.layouts.plaintext import parse_plaintext
from transforms.records import ParsedArticle

__all__ = ["parse_markdown"]


def parse_markdown(text: str) -> ParsedArticle:
    return parse_plaintext(text)
