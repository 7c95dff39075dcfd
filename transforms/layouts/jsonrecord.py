"""JSON article records with the field names of the data contract."""

from __future__ import annotations

from typing import Any

from transforms.body import assemble
from transforms.records import Block, ParsedArticle

__all__ = ["parse_record"]


def parse_record(record: dict[str, Any]) -> ParsedArticle:
    body = str(record.get("body") or record.get("text") or "")
    paragraphs = [p for p in body.split("\n") if p.strip()]
    text, blocks = assemble(Block("p", p) for p in paragraphs)
    return ParsedArticle(headline=record.get("headline") or record.get("title"), body=text, blocks=blocks)
