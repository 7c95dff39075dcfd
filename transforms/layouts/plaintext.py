"""Plain-text articles: a headline line, then paragraphs separated by blank lines."""

from __future__ import annotations

from transforms.body import assemble
from transforms.records import Block, ParsedArticle

__all__ = ["parse_plaintext"]


def parse_plaintext(text: str) -> ParsedArticle:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    headline = lines.pop(0).strip() if lines else None
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    body, blocks = assemble(Block("p", p) for p in paragraphs)
    return ParsedArticle(headline=headline, body=body, blocks=blocks)
