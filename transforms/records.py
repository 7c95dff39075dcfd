"""Typed records that flow between pipeline stages.

Every stage speaks in these dataclasses; `transforms.schemas` turns them into
Arrow tables with one schema per warehouse table, defined once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = [
    "ArticleResult",
    "Block",
    "OrgMention",
    "ParsedArticle",
    "Quote",
    "RawDocument",
    "Recommendation",
    "Reject",
]

BlockKind = Literal["p", "li", "h", "quote"]


@dataclass(slots=True)
class RawDocument:
    """One article candidate cut out of an input file, before parsing.

    `payload` is the record's bytes (text, Markdown, HTML) or, for JSON inputs,
    the decoded object. `hints` carries metadata the container knows but the
    payload may not (a WARC record's target URI and date, for instance).
    """

    source_uri: str
    source_format: str
    content_sha256: str
    payload: bytes | dict[str, Any]
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Reject:
    """An input, or a record inside one, that could not become an article."""

    source_uri: str
    reason: str
    detail: str
    content_sha256: str | None = None


@dataclass(slots=True)
class Block:
    """A paragraph, list item or heading of the body, with its code-point offsets in the body."""

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class ParsedArticle:
    """A clean article: metadata fields plus the body as blocks joined by blank lines."""

    headline: str | None = None
    dek: str | None = None
    byline: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    image_alt: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    license: str | None = None
    body: str = ""
    blocks: list[Block] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Quote:
    text: str
    char_start: int
    char_end: int
    speaker: str | None = None
    speaker_org: str | None = None
    cue: str | None = None
    is_fragment: bool = False
    # The fullest name the article gives the speaker ("Ben Schokman" where the
    # attribution says "Mr Schokman"), and the role it gives ("a Democrat from Ohio").
    speaker_name: str | None = None
    speaker_role: str | None = None


@dataclass(slots=True)
class OrgMention:
    """An organisation as one article names it: canonical name, the other forms seen, where and how."""

    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    first_char: int = 0
    role: str = "mentioned"


@dataclass(slots=True)
class Recommendation:
    text: str
    char_start: int
    char_end: int
    action: str | None = None
    target: str | None = None
    issuer: str | None = None


@dataclass(slots=True)
class ArticleResult:
    """Everything one article yields: the parsed article and its extractions."""

    raw: RawDocument
    article: ParsedArticle
    quotes: list[Quote] = field(default_factory=list)
    organisations: list[OrgMention] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
