"""Recommendations: demands, asks and policy steps an article reports."""

from __future__ import annotations

from transforms.records import OrgMention, ParsedArticle, Quote, Recommendation

__all__ = ["find_recommendations"]


def find_recommendations(
    article: ParsedArticle, quotes: list[Quote], organisations: list[OrgMention]
) -> list[Recommendation]:
    return []
