"""Raw documents to clean articles: picks the layout parser for each input."""

from __future__ import annotations

from transforms.dates import date_from_name
from transforms.decode import decode_text
from transforms.errors import NoArticle
from transforms.layouts.html import parse_html
from transforms.layouts.jsonrecord import parse_record
from transforms.layouts.markdown import parse_markdown
from transforms.layouts.text import parse_text
from transforms.records import ParsedArticle, RawDocument

__all__ = ["parse_document"]


def _layout_of(doc: RawDocument) -> str:
    if isinstance(doc.payload, dict):
        return "record"
    if doc.source_format in ("html", "warc"):
        return "html"
    return "front-matter" if doc.source_format == "md" else "text"


def _parse(doc: RawDocument) -> ParsedArticle:
    if isinstance(doc.payload, dict):
        return parse_record(doc.payload)
    if doc.source_format in ("html", "warc"):
        return parse_html(doc.payload, doc.hints)
    text = decode_text(doc.payload)
    if doc.source_format == "md":
        return parse_markdown(text)
    return parse_text(text, doc.source_uri)


def parse_document(doc: RawDocument) -> ParsedArticle:
    """Parse one raw document; raises `NoArticle` when it holds no body text.

    Every dated article says where its date came from (`extra["date_source"]`):
    the layout's own metadata, or failing that a date in the file name.
    """
    article = _parse(doc)
    if not article.body.strip():
        raise NoArticle("no article text found")
    if article.published_at is None and not isinstance(doc.payload, dict):
        article.published_at = date_from_name(doc.source_uri)
        if article.published_at is not None:
            article.extra["date_source"] = "file-name"
    if article.published_at is not None:
        article.extra.setdefault("date_source", _layout_of(doc))
    return article
