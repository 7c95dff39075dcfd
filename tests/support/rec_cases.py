"""Recommendations found in paragraphs or blocks written in a test, as the extractor meets a parsed body."""

from __future__ import annotations

from transforms.body import assemble
from transforms.recommendations import find_recommendations
from transforms.records import Block, BlockKind, ParsedArticle

__all__ = ["asks_in", "asks_in_blocks", "paragraph"]


def paragraph(text: str) -> tuple[BlockKind, str]:
    """A body paragraph, for asks_in_blocks beside list items ("li", text)."""
    return ("p", text)


def asks_in_blocks(*blocks: tuple[BlockKind, str]) -> list[str]:
    """The text of every ask in a body made of these (kind, text) blocks, with no quotes or organisations."""
    body, placed = assemble(Block(kind, text) for kind, text in blocks)
    return [r.text for r in find_recommendations(ParsedArticle(body=body, blocks=placed), [], [])]


def asks_in(*paragraphs: str) -> list[str]:
    """The text of every ask found in a body of plain paragraphs."""
    return asks_in_blocks(*(paragraph(p) for p in paragraphs))
