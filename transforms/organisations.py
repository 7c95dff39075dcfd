"""Organisations an article names."""

from __future__ import annotations

from transforms.records import OrgMention, ParsedArticle

__all__ = ["find_organisations"]


def find_organisations(article: ParsedArticle) -> list[OrgMention]:
    return []
