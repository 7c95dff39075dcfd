"""One article through every extractor, in the order their inputs need."""

from __future__ import annotations

from transforms.language import detect_language
from transforms.organisations import find_organisations
from transforms.quotes import find_quotes
from transforms.recommendations import find_recommendations
from transforms.records import ArticleResult, ParsedArticle, RawDocument

__all__ = ["ENGLISH_RULES", "extract"]

# The quote, organisation and recommendation rules are written for English.
ENGLISH_RULES = frozenset({"en"})


def extract(raw: RawDocument, article: ParsedArticle) -> ArticleResult:
    if not article.language:
        article.language = detect_language(article.body)
    result = ArticleResult(raw=raw, article=article)
    # "en-GB", "EN" and "en_US" are English too: only the primary language subtag decides.
    primary = article.language.replace("_", "-").split("-")[0].lower() if article.language else None
    if primary not in (None, *ENGLISH_RULES):
        return result
    result.organisations = find_organisations(article)
    result.quotes = find_quotes(article, result.organisations)
    result.recommendations = find_recommendations(article, result.quotes, result.organisations)
    return result
