"""JSON article records with the field names of the data contract (first key present wins)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from transforms.body import assemble
from transforms.dates import to_datetime
from transforms.errors import BadRecord
from transforms.layouts.plaintext import blocks_from_paragraphs, normalise_newlines
from transforms.records import ParsedArticle

__all__ = ["FIELD_KEYS", "parse_record", "strip_tags"]

FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title"),
    "body": ("body", "text", "content", "maintext", "article"),
    "published_at": ("published_at", "published", "date", "date_publish", "pubDate"),
    "byline": ("byline", "author", "authors"),
    "publisher": ("publisher", "source", "source_domain", "site_name"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}
_KNOWN = frozenset(key for keys in FIELD_KEYS.values() for key in keys)
# Keys that only name the record; they say nothing the article fields do not.
_ID_KEYS = ("id",)
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|ul|ol|em|strong|b|i)\b[^>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/ul|/ol|/blockquote|/tr)\b[^>]*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]+>")
_WORDY = re.compile(r"\w")
# Markup left in a plain-text body by the tool that made the record ("<tweet author=...>",
# "<img/>"): tag-shaped only, so "a < b" and "<3" stay text. Attribute values would read as quotes.
_STRAY_TAG = re.compile(
    r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))*\s*/?>|</[A-Za-z][\w:-]*\s*>"
)


def strip_tags(html: str) -> str:
    """HTML to text: block ends become line breaks, other tags go, entities are decoded."""
    text = _DROP.sub(" ", html)
    text = _BLOCK_TAG.sub("\n", text)
    text = re.sub(r"<\s*li\b[^>]*>", "\n\u2022 ", text, flags=re.IGNORECASE)
    return unescape(_TAG.sub("", text))


def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


def _pick(record: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, Any]:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return key, value
    return None, None


def _text(value: Any) -> str | None:
    """A metadata value as one line of text; lists of names are joined with ", "."""
    if isinstance(value, list):
        parts = [_text(v) for v in value]
        joined = ", ".join(p for p in parts if p)
        return joined or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("text") or value.get("value"))
    if value is None or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text or None


def _body_text(value: Any) -> str:
    if isinstance(value, list):
        return "\n\n".join(_body_text(v) for v in value)
    if isinstance(value, dict):
        return _body_text(value.get("text") or value.get("body") or "")
    text = normalise_newlines(str(value))
    return strip_tags(text) if _LOOKS_HTML.search(text) else _STRAY_TAG.sub("", text)


def parse_record(record: dict[str, Any]) -> ParsedArticle:
    """One record to an article; each non-empty line of the body is a paragraph."""
    if not isinstance(record, dict):
        raise BadRecord(f"a record must be an object, not {type(record).__name__}")
    used: set[str] = set(_ID_KEYS)
    found: dict[str, Any] = {}
    for field, keys in FIELD_KEYS.items():
        key, value = _pick(record, keys)
        if key is not None:
            used.add(key)
            found[field] = value

    # A line with no word in it (the full stop left after an embed) is not a paragraph.
    lines = [[line] for line in _body_text(found.get("body", "")).split("\n") if _WORDY.search(line)]
    body, blocks = assemble(blocks_from_paragraphs(lines))
    return ParsedArticle(
        headline=_text(found.get("headline")),
        byline=_text(found.get("byline")),
        publisher=_text(found.get("publisher")),
        url=_text(found.get("url")),
        published_at=to_datetime(found.get("published_at")),
        language=_text(found.get("language")),
        body=body,
        blocks=blocks,
        extra={k: v for k, v in record.items() if k not in used and not (k in _KNOWN and _empty(v))},
    )
