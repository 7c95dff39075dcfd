"""Raw documents to clean articles: picks the layout parser for each input."""

from __future__ import annotations

from transforms.decode import decode_text
from transforms.errors import NoArticle
from transforms.records import ParsedArticle, RawDocument

__all__ = ["parse_document"]


def parse_document(doc: RawDocument) -> ParsedArticle:
    """Parse one raw document; raises `NoArticle` when it holds no body text."""
    if isinstance(doc.payload, dict):
        from transforms.layouts.jsonrecord import parse_record

        article = parse_record(doc.payload)
    elif doc.source_format in ("html", "warc"):
        from transforms.layouts.html import parse_html

        article = parse_html(doc.payload, doc.hints)
    else:
        text = decode_text(doc.payload)
        if doc.source_format == "md":
            from transforms.layouts.markdown import parse_markdown

            article = parse_markdown(text)
            if article.published_at is None:
                from transforms.dates import date_from_name

                article.published_at = date_from_name(doc.source_uri)
        else:
            from transforms.layouts.text import parse_text

            article = parse_text(text, doc.source_uri)
    if not article.body.strip():
        raise NoArticle("no article text found")
    return article
