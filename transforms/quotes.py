"""Quotes and their speakers."""

from __future__ import annotations

import re

from transforms.records import OrgMention, ParsedArticle, Quote

__all__ = ["find_quotes"]

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,}?)[\"\u201d]")


def find_quotes(article: ParsedArticle, organisations: list[OrgMention]) -> list[Quote]:
    out = []
    for m in _QUOTED.finditer(article.body):
        text = m.group(1)
        out.append(Quote(text, m.start(1), m.end(1), is_fragment=len(text.split()) <= 3))
    return out
