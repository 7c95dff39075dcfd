"""What a web page says about itself: JSON-LD, OpenGraph, meta tags, <time>, <html lang>, licence links.

Structured metadata is what publishers write for search engines and social
networks; it is far more reliable than guessing from the layout, so the HTML
parser asks here first and only falls back to heuristics for what is missing.
Every reader returns the value and where it came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from lxml.etree import iterwalk
from lxml.html import HtmlElement

from transforms.body import clean_inline
from transforms.dates import parse_date

__all__ = [
    "ARTICLE_TYPES",
    "PageHeader",
    "PageMeta",
    "StatedDate",
    "clean_byline",
    "date_from_url",
    "format_offset",
    "header_byline",
    "header_dateline",
    "licence_name",
    "parse_date_text",
    "parse_stated_date",
    "read_header",
    "read_json_ld",
    "read_page_meta",
    "url_local_day",
    "visible_dateline",
]

# schema.org types whose fields describe the article itself (not the site or a breadcrumb).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "review",
        "posting",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "faqpage", "qapage", "collectionpage"})

_LD_XPATH = "//script[@type='application/ld+json' or @type='application/json+ld']"
_COMMENT = re.compile(r"^\s*(?://[^\n]*\n|/\*.*?\*/|<!--|-->|<!\[CDATA\[|\]\]>)", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net)/", re.I)
_HANDLE = re.compile(r"^@\w+$")
_NO_NAME = re.compile(r"^(?:no author|unknown|admin|administrator|staff|null|none|anonymous)$", re.I)
_DATE_IN_URL = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|[a-z]{3})[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)", re.I
)
# The widest UTC offsets newsrooms keep (Hawaii, the Line Islands): a UTC time's local day lies within.
_WEST_MOST = timedelta(hours=10)
_EAST_MOST = timedelta(hours=14)
_ISO_PREFIX = re.compile(
    r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
# An ISO 8601 date-time as pages state it, the offset kept apart from the wall-clock time.
_ISO_STATED = re.compile(
    r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$",
    re.I,
)
# Time stamps anywhere in a page's scripts or <time> elements, for finding a UTC time's local twin.
_STAMP = re.compile(
    r"((?:19|20)\d{2})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?(?![\d:])"
)
_MAX_OFFSET = timedelta(hours=14)
_PRINTED_DATE_XPATH = (
    "//*[(contains(@class, 'date') or contains(@class, 'posted') or contains(@class, 'published'))"
    " and not(self::script or self::style or self::meta or self::input or self::body or self::html)]"
)
_REVISION_LABEL = re.compile(r"\b(?:updated|modified|last edited|revised)\b", re.I)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MDY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})", re.I)
_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+((?:19|20)\d{2})", re.I)
_WORDS = re.compile(r"\w+")
# Dates as a dateline prints them, each found where it stands in the page's text.
_PRINTED_MDY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b", re.I)
_PRINTED_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+((?:19|20)\d{2})\b", re.I
)
_PRINTED_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
# "11/13/19", "12.10.2020": month or day first, told apart only when one reading is impossible.
_PRINTED_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})(?![\d/])")
# Text a reader does not see as part of the article's header: code, hidden templates, captions
# (whose dates are the photo's), form options.
_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template", "figcaption", "select", "button"})
_CONTENT_TAGS = frozenset({"article", "main"})
# How far from the headline a printed date still counts as its dateline (characters of page text).
_DATELINE_AFTER = 600
# The stretch around the headline read for its dateline and byline (characters of page text).
_HEADER_AFTER = 1500
_HEADER_BEFORE = 300
# Longer pieces of text are prose, whose dates are events, not the article's dateline.
_DATELINE_PIECE = 100
_BYLINE_XPATH = (
    "//*[(contains(@class, 'byline') or contains(@class, 'author') or @rel='author' or @itemprop='author')"
    " and not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])"
    " and not(self::script or self::style or self::meta or self::link or self::img)]"
)
_BYLINE_LEAD = re.compile(
    r"^(?:(?:view all posts|all posts|more|stories|articles|posted|published|written|reported|words"
    r"|text)\s+)?"
    r"(?:by|von|par|por|di|door)\b\s*:?\s*",
    re.I,
)
_BY_INSIDE = re.compile(r"\b(?:by|von|par|por)\b\s*:?\s*(\S.*)", re.I)
_AUTHOR_LINK_XPATH = (
    "//a[contains(@href, '/author/') or contains(@href, '/authors/') or contains(@href, '/people/')"
    " or contains(@href, '/contributors/') or contains(@href, '/newsteam/') or contains(@href, '/staff/')"
    " or contains(@href, '/writers/') or contains(@href, '/profile/')]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
)
# A printed byline piece: "By", "| By", "Written by:", "Posted by Ann Lee".
_BY_PIECE = re.compile(
    r"^(?:[|\u2022\u00b7\u2013\u2014-]\s*)?(?:(?:written|posted|reported|words|story|text|article)\s+)?"
    r"by\b\s*:?\s*(.*)$",
    re.I,
)
_GLUE_END = re.compile(r"(?:\band|&|,)$", re.I)
_GLUE_START = re.compile(r"^(?:and\b|&|,)", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# A "By" line with the names after it spans at most this many pieces, each at most this long.
_BYLINE_PIECES = 6
_BYLINE_PIECE_CHARS = 120
_BYLINE_CUT = re.compile(
    r"\s*(?:[|\u2022\u00b7@]|\s-\s|\s\u2013\s|\bon\s+\w+\s+\d|\d{1,4}[/.:-]\d|"
    r"\b(?:updated|published|posted)\b)",
    re.I,
)
_BYLINE_NOT_NAME = re.compile(
    r"\b(?:says|said|comments?|reply|share|follow|about the author|name|email)\b|\d|[?!]", re.I
)
# hCard classes that mark an element's text as a person's name or handle.
_CARD_CLASSES = frozenset({"fn", "nickname"})
_CARD_WORDS = 4
_NAME_JOINERS = frozenset(
    {"and", "de", "la", "van", "von", "der", "den", "da", "di", "le", "du", "bin", "al", "y", "&"}
)
_CC_URL = re.compile(r"creativecommons\.org/(licenses|publicdomain)/([a-z-]+)/(\d\.\d)?", re.I)

# Meta tags in order of trust, per field: (attribute, value) pairs matched case-insensitively.
_META_HEADLINE = (
    "og:title",
    "twitter:title",
    "dc.title",
    "citation_title",
    "sailthru.title",
    "parsely-title",
)
_META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "citation_author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dcterms.creator",
    "og:article:author",
)
_META_DATE = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "published-date",
    "publication_date",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "parsely-pub-date",
    "sailthru.date",
    "date",
    "article.published",
    "og:article:published_time",
)
_META_PUBLISHER = ("og:site_name", "application-name", "publisher", "dc.publisher", "citation_publisher")


@dataclass(slots=True)
class PageMeta:
    """The structured facts a page states about its article, each with its source."""

    headline: str | None = None
    headline_source: str | None = None
    social_title: str | None = None
    title: str | None = None
    byline: str | None = None
    byline_source: str | None = None
    published_at: datetime | None = None
    utc_offset: timedelta | None = None
    date_source: str | None = None
    publisher: str | None = None
    language: str | None = None
    license: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    image_url: str | None = None
    # The article's whole text as the page states it for machines (JSON-LD articleBody).
    article_body: str | None = None


def _texts(values: Any) -> Iterator[str]:
    """Flatten the string, list and {name: ...} shapes JSON-LD uses for people and names."""
    if isinstance(values, str):
        yield values
    elif isinstance(values, dict):
        yield from _texts(values.get("name") or values.get("@value") or values.get("headline"))
    elif isinstance(values, list):
        for value in values:
            yield from _texts(value)


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, including those in @graph lists and nested items."""
    if isinstance(node, list):
        for item in node:
            yield from _objects(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), list | dict):
                yield from _objects(node[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1].lower() for k in names if k}


def _loads_lenient(raw: str) -> Any:
    text = raw.strip()
    while (m := _COMMENT.match(text)) is not None:
        text = text[m.end() :].strip()
    text = _CONTROL.sub(" ", text.removesuffix("]]>").removesuffix("-->").strip())
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # Some sites leave a trailing semicolon or put several objects one after another.
        try:
            return json.loads(text.rstrip(";"))
        except json.JSONDecodeError:
            return None


def read_json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """The page's JSON-LD objects, article types first, then web-page types, then the rest."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath(_LD_XPATH):
        data = _loads_lenient(script.text or "")
        if data is not None:
            found.extend(_objects(data))

    def rank(obj: dict[str, Any]) -> int:
        kinds = _types(obj)
        if kinds & ARTICLE_TYPES:
            return 0
        return 1 if kinds & _PAGE_TYPES else 2

    return sorted(found, key=rank)


def _meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    """All <meta> name/property/itemprop -> content values, keys lower-cased."""
    values: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                values.setdefault(key.strip().lower(), []).append(content.strip())
    return values


def _first_meta(meta: dict[str, list[str]], keys: Iterable[str]) -> tuple[str, str] | None:
    for key in keys:
        for value in meta.get(key, ()):
            return key, value
    return None


def _valid_name(name: str) -> bool:
    name = name.strip()
    return (
        bool(name)
        and len(name) <= 120
        and not _URLISH.search(name)
        and not _HANDLE.match(name)
        and not _NO_NAME.match(name)
    )


def clean_byline(raw: str, publisher_words: Iterable[str] = ()) -> str | None:
    """One byline string without "By"-style lead words, or None when no person's name is left."""
    if _BYLINE_NOT_NAME.search(raw):
        return None
    names = _join_names(re.split(r"\s*(?:,|;|\band\b)\s*", raw))
    return None if names and _names_site(names, publisher_words) else names


def _names_site(names: str, site_names: Iterable[str]) -> bool:
    """Whether a byline is just the name of the site or publication."""
    words = set(_WORDS.findall(names.lower())) - {"the"}
    return any(words == set(_WORDS.findall(site.lower())) - {"the"} for site in site_names)


def _join_names(names: Iterable[str]) -> str | None:
    kept: list[str] = []
    for raw in names:
        name = _BYLINE_LEAD.sub("", clean_inline(raw)).strip(" ,;|")
        if _valid_name(name) and name.lower() not in {k.lower() for k in kept}:
            kept.append(name)
    return ", ".join(kept) or None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date as the page states it: the publication's wall-clock time and, when given, its UTC offset."""

    local: datetime
    offset: timedelta | None = None

    def instant(self) -> datetime:
        """The moment in UTC (a time without an offset is taken as UTC)."""
        zone = timezone(self.offset) if self.offset is not None else UTC
        return self.local.replace(tzinfo=zone)


def format_offset(offset: timedelta) -> str:
    """A UTC offset as ISO 8601 writes it ("+05:30", "-04:00")."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _offset(text: str | None) -> timedelta | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return timedelta(0)
    digits = text[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return -delta if text[0] == "-" else delta


def _iso_stated(text: str) -> StatedDate | None:
    if (m := _ISO_STATED.match(text)) is None:
        return None
    year, month, day, hour, minute, second, zone = m.groups()
    try:
        local = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    offset = _offset(zone) if hour else None
    if offset is not None and abs(offset) > timedelta(hours=14):
        offset = None
    return StatedDate(local, offset)


def _split_zone(moment: datetime) -> StatedDate:
    offset = moment.utcoffset()
    return StatedDate(moment.replace(tzinfo=None), offset)


def parse_stated_date(text: str | None) -> StatedDate | None:
    """A date or date-time in any of the forms pages use: ISO 8601, RFC 2822, "March 3, 2020".

    The wall-clock time is kept as the page states it (not moved to UTC) and the
    offset, when the page gives one, is kept beside it. The project's date reader
    (`transforms.dates`) covers the written forms shared with text inputs.
    """
    if not text or not (text := text.strip()):
        return None
    if (stated := _iso_stated(text)) is not None:
        return stated
    if "," in text[:5] and ":" in text:
        # RFC 2822 ("Tue, 05 May 2020 21:00:00 -0400") carries a time and zone worth keeping.
        try:
            return _split_zone(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    if (m := _ISO_PREFIX.search(text)) is not None:
        # Read here rather than by the shared reader, which moves stated times to UTC.
        year, month, day, hour, minute, second = m.groups()
        try:
            return StatedDate(
                datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
            )
        except ValueError:
            pass
    if (shared := parse_date(text)) is not None:
        return StatedDate(shared)
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        if (m := pattern.search(text)) is not None:
            first, second, year = m.groups()
            month_word, day = (first, second) if order == "mdy" else (second, first)
            month = _MONTHS.get(month_word.lower().rstrip("."))
            try:
                return StatedDate(datetime(int(year), month or 0, int(day)))
            except ValueError:
                continue
    return None


def parse_date_text(text: str | None) -> datetime | None:
    """The wall-clock date-time a page states (see `parse_stated_date`), without its offset."""
    stated = parse_stated_date(text)
    return stated.local if stated else None


def date_from_url(url: str | None) -> datetime | None:
    """The /2020/01/31/ date many news sites put in their article paths."""
    if not url or (m := _DATE_IN_URL.search(url)) is None:
        return None
    year, month, day = m.groups()
    # Some sites spell the month ("/2019/nov/18/").
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
    try:
        return datetime(int(year), number or 0, int(day))
    except ValueError:
        return None


def url_local_day(stated: datetime, url: str | None) -> datetime | None:
    """The day in the article's path when it is the local day of a UTC publication time.

    Newsrooms date their paths by their own clock while their metadata often
    states UTC, so an evening story in the Americas carries yesterday's date in
    its path. The path's day counts only when it is another day that some real
    UTC offset reaches from the stated time.
    """
    found = date_from_url(url)
    if found is None or found.date() == stated.date():
        return None
    if not (stated - _WEST_MOST).date() <= found.date() <= (stated + _EAST_MOST).date():
        return None
    return found


def licence_name(href: str) -> str:
    """A Creative Commons URL as its short name ("CC BY-SA 4.0"); any other licence link as given."""
    m = _CC_URL.search(href)
    if m is None:
        return href.strip()
    kind, code, version = m.groups()
    if kind.lower() == "publicdomain":
        return "CC0 1.0" if code.lower() == "zero" else "Public Domain Mark"
    name = "CC " + code.upper()
    return f"{name} {version}" if version else name


def _plausible(stated: StatedDate | None, latest: datetime) -> bool:
    return stated is not None and stated.local.year >= 1990 and stated.instant() <= latest


def _ld_field(
    objects: list[dict[str, Any]], *keys: str, article_only: bool = False, kinds: frozenset[str] = frozenset()
) -> Any:
    """The first value of any of `keys`, from article objects only or from objects of the given kinds."""
    for obj in objects:
        if article_only and not _types(obj) & ARTICLE_TYPES:
            continue
        if kinds and not _types(obj) & kinds:
            continue
        for key in keys:
            value = obj.get(key)
            if value:
                return value
    return None


def _time_elements(tree: HtmlElement) -> Iterator[str]:
    """Datetime values of <time> elements, marked publication times first."""
    times = tree.xpath("//time[@datetime]")
    marked = [
        t
        for t in times
        if t.get("pubdate") is not None
        or "publish" in (t.get("itemprop") or "").lower()
        or "publish" in (t.get("class") or "").lower()
    ]
    for element in (*marked, *times):
        yield element.get("datetime", "")


def _printed_dates(tree: HtmlElement) -> Iterator[str]:
    """Short texts of elements styled as dates ("Written: 2023-11-07 15:03"), revision dates cut off."""
    for element in tree.xpath(_PRINTED_DATE_XPATH)[:30]:
        text = element.text_content()
        if len(text) > 160:
            continue
        published = _REVISION_LABEL.split(text, maxsplit=1)[0]
        if published.strip():
            yield published


def _date_candidates(
    tree: HtmlElement, ld: list[dict[str, Any]], meta: dict[str, list[str]]
) -> Iterator[tuple[str, Any]]:
    """Stated publication dates in order of trust; lazy, since the first plausible one ends the search."""
    yield "json-ld", _ld_field(ld, "datePublished", "dateCreated", article_only=True)
    yield "json-ld", _ld_field(ld, "datePublished", "dateCreated")
    for key in _META_DATE:
        for value in meta.get(key, ()):
            yield "meta", value
    for value in _time_elements(tree):
        yield "time", value
    for value in _printed_dates(tree):
        yield "printed", value


def _read_date(
    tree: HtmlElement, ld: list[dict[str, Any]], meta: dict[str, list[str]], latest: datetime
) -> tuple[StatedDate | None, str | None]:
    for source, value in _date_candidates(tree, ld, meta):
        if isinstance(value, list):
            value = value[0] if value else None
        stated = parse_stated_date(value if isinstance(value, str) else None)
        if stated is not None and _plausible(stated, latest):
            return _local_twin(tree, stated), source
    return None, None


def _local_twin(tree: HtmlElement, stated: StatedDate) -> StatedDate:
    """The same moment as the publication's local clock showed it, when the page gives it elsewhere.

    Many sites state times in UTC in their metadata and in local time in their
    analytics scripts or visible <time> elements; the local reading is the one
    the publication dates its story by. A twin must name the same instant: either
    with its own offset, or without one but apart by a whole quarter-hour offset
    and agreeing to the second.
    """
    if stated.offset != timedelta(0) or stated.local.time() == datetime.min.time():
        return stated
    instant = stated.instant()
    texts = [t.get("datetime", "") for t in tree.iter("time")]
    texts += [script.text or "" for script in tree.iter("script")]
    for text in texts:
        for m in _STAMP.finditer(text):
            try:
                local = datetime(*(int(v) for v in m.groups()[:6]))
            except ValueError:
                continue
            if m.group(7) is not None:
                twin = StatedDate(local, _offset(m.group(7)))
                if twin.offset and abs(twin.offset) <= _MAX_OFFSET and twin.instant() == instant:
                    return twin
                continue
            shift = local - stated.local
            if shift and abs(shift) <= _MAX_OFFSET and shift % timedelta(minutes=15) == timedelta(0):
                return StatedDate(local, shift)
    return stated


def _visible_texts(root: HtmlElement) -> Iterator[str]:
    """The page's visible text pieces in reading order, whitespace squashed.

    Hidden elements are skipped, and so are navigation bars and the site's own
    header (a <header> outside any <article> or <main>), whose sticky copy of
    the headline and today's date would pass for the article's dateline.
    """
    walk = iterwalk(root, events=("start", "end"))
    inside = 0
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if (
                not isinstance(tag, str)
                or tag in _UNSEEN_TAGS
                or tag == "nav"
                or (tag == "header" and not inside)
            ):
                walk.skip_subtree()
                continue
            inside += tag in _CONTENT_TAGS
            if element.text and (text := " ".join(element.text.split())):
                yield text
        else:
            inside -= tag in _CONTENT_TAGS
            if element is not root and element.tail and (tail := " ".join(element.tail.split())):
                yield tail


def _numeric_readings(first: str, second: str, year: str) -> set[date]:
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    readings: set[date] = set()
    for month, day in ((first, second), (second, first)):
        try:
            readings.add(date(full_year, int(month), int(day)))
        except ValueError:
            continue
    return readings


def _printed_days(text: str) -> list[tuple[int, set[date]]]:
    """Every date printed in a short text, by position, each with its possible readings.

    Dates with the month in words ("6 January 2020", "Mar 12, 2020") and ISO
    dates have one reading; numeric ones ("12/10/2020") may have two.
    """
    found: list[tuple[int, set[date]]] = []
    for pattern in (_PRINTED_MDY, _PRINTED_DMY, _PRINTED_ISO, _PRINTED_NUMERIC):
        for m in pattern.finditer(text):
            first, second, third = m.groups()
            if pattern is _PRINTED_NUMERIC:
                readings = _numeric_readings(first, second, third)
            else:
                try:
                    if pattern is _PRINTED_ISO:
                        readings = {date(int(first), int(second), int(third))}
                    elif pattern is _PRINTED_MDY:
                        readings = {date(int(third), _MONTHS[first.lower().rstrip(".")], int(second))}
                    else:
                        readings = {date(int(third), _MONTHS[second.lower().rstrip(".")], int(first))}
                except (KeyError, ValueError):
                    continue
            if readings:
                found.append((m.start(), readings))
    return sorted(found, key=lambda hit: hit[0])


@dataclass(frozen=True, slots=True)
class PageHeader:
    """The visible text around the article's headline: where datelines and bylines are printed.

    `before` holds the pieces just before the headline in reading order;
    `after` the pieces after it, each with its distance in characters from the
    headline's end.
    """

    before: tuple[str, ...] = ()
    after: tuple[tuple[int, str], ...] = ()


def read_header(tree: HtmlElement, headline: str | None) -> PageHeader:
    """The page's text around its headline, read only as far as the window after it.

    The headline is taken at its first showing outside the site's own header
    and navigation (see `_visible_texts`); a page that does not show the
    headline has no header.
    """
    wanted = " ".join((headline or "").split())
    body = tree.find("body")
    if len(wanted) < 3 or body is None:
        return PageHeader()
    text, starts, pieces = "", [], []
    found = -1
    for piece in _visible_texts(body):
        starts.append(len(text) + 1)
        pieces.append(piece)
        text += " " + piece
        if found < 0:
            found = text.find(wanted, max(0, len(text) - len(piece) - len(wanted) - 1))
        elif len(text) > found + len(wanted) + _HEADER_AFTER:
            break
    if found < 0:
        return PageHeader()
    end = found + len(wanted)
    placed = list(zip(starts, pieces, strict=True))
    return PageHeader(
        before=tuple(piece for at, piece in placed if found - _HEADER_BEFORE <= at < found),
        after=tuple((at - end, piece) for at, piece in placed if end <= at <= end + _HEADER_AFTER),
    )


def header_dateline(header: PageHeader) -> set[date]:
    """The possible days of the date printed nearest the headline: first after it, else last before it.

    Sites that revise a story often print only the revision date under the
    headline ("Updated Mar 12, 2020") while their metadata keeps the first
    publication; the printed line is what the article is dated by for its
    readers. Only short pieces of text count, since a date inside the opening
    paragraph is one the story mentions, not its dateline.
    """
    for distance, piece in header.after:
        if distance > _DATELINE_AFTER:
            break
        if len(piece) <= _DATELINE_PIECE and (days := _printed_days(piece)):
            return days[0][1]
    for piece in reversed(header.before):
        if len(piece) <= _DATELINE_PIECE and (days := _printed_days(piece)):
            return days[-1][1]
    return set()


def visible_dateline(tree: HtmlElement, headline: str | None) -> set[date]:
    """`header_dateline` of the page's header around `headline`."""
    return header_dateline(read_header(tree, headline))


def _names_after_by(pieces: list[str], at: int) -> str | None:
    """The names a "By" line gives, starting at piece `at`: "By Ann Lee", or "By" then "Ann Lee and Bo Ng"."""
    m = _BY_PIECE.match(pieces[at])
    if m is None:
        return None
    text = m.group(1)
    for piece in pieces[at + 1 : at + _BYLINE_PIECES]:
        # Names in their own links arrive as separate pieces joined by "and" or commas.
        if text and not _GLUE_END.search(text) and not _GLUE_START.match(piece):
            break
        text = f"{text}{'' if piece.startswith(',') else ' '}{piece}".strip()
    found = _byline_text(text)
    return _join_names(_NAME_SPLIT.split(found)) if found else None


def header_byline(header: PageHeader, site_names: Iterable[str] = ()) -> str | None:
    """The byline printed by the headline ("By Ann Lee", "Written by: Ann Lee and Bo Ng").

    Lines naming the site itself are passed over; the first line after the
    headline naming people wins, else the nearest one before it.
    """
    sites = list(site_names)
    after = [piece for _, piece in header.after]
    before = list(header.before)
    for pieces, order in ((after, range(len(after))), (before, range(len(before) - 1, -1, -1))):
        for at in order:
            if len(pieces[at]) > _BYLINE_PIECE_CHARS:
                continue
            names = _names_after_by(pieces, at)
            if names and not _names_site(names, sites):
                return names
    return None


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Replace {"@id": ...} references to people and organisations by the objects they name."""
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _byline_text(raw: str) -> str | None:
    """A byline element's text reduced to the names: no "By", no date, no job title after a bar."""
    text = clean_inline(raw)
    if (m := _BY_INSIDE.search(text)) is not None:
        text = m.group(1)
    text = _BYLINE_CUT.split(text, maxsplit=1)[0]
    text = _BYLINE_LEAD.sub("", text).strip(" ,;:-")
    words = text.split()
    if not 1 <= len(words) <= 8 or _BYLINE_NOT_NAME.search(text):
        return None
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _NAME_JOINERS)
    return text if capitalised == len(words) else None


def _visible_byline(tree: HtmlElement) -> str | None:
    """The byline printed on the page, from the innermost element marked as author or byline."""
    marked = tree.xpath(_BYLINE_XPATH)
    inner = (
        [e for e in marked if not any(d in marked for d in e.iterdescendants())]
        if len(marked) < 200
        else marked
    )
    for element in inner[:40]:
        if (name := _byline_text(element.text_content()) or _card_name(element)) is not None:
            return name
    return None


def _card_name(element: HtmlElement) -> str | None:
    """The name in an hCard author's formatted-name element, kept even as a lower-case handle ("oz").

    The markup itself says the text is a name, so the capitals that tell a
    name from prose in an unmarked byline are not needed.
    """
    if not _CARD_CLASSES & set((element.get("class") or "").split()):
        return None
    text = clean_inline(element.text_content()).strip(" ,;:")
    if not 1 <= len(text.split()) <= _CARD_WORDS or _BYLINE_NOT_NAME.search(text):
        return None
    return text if _valid_name(text) else None


def _linked_author(tree: HtmlElement) -> str | None:
    """The first link to an author page whose text is a full name (two words or more)."""
    for link in tree.xpath(_AUTHOR_LINK_XPATH)[:10]:
        name = _byline_text(link.text_content())
        if name and len(name.split()) >= 2:
            return name
    return None


def _read_byline(
    tree: HtmlElement, ld: list[dict[str, Any]], meta: dict[str, list[str]], publisher_words: list[str]
) -> tuple[str | None, str | None]:
    by_id = {obj["@id"]: obj for obj in ld if isinstance(obj.get("@id"), str) and obj.get("name")}

    candidates: list[tuple[str, Any]] = [
        (
            "json-ld",
            lambda: _join_names(
                _texts(_resolve(_ld_field(ld, "author", "creator", article_only=True), by_id))
            ),
        ),
        # Some themes state the author on the WebPage object and give the article none.
        (
            "json-ld",
            lambda: _join_names(_texts(_resolve(_ld_field(ld, "author", kinds=_PAGE_TYPES), by_id))),
        ),
        *(("meta", lambda key=key: _join_names(meta.get(key, ()))) for key in _META_AUTHOR),
        ("byline", lambda: _visible_byline(tree)),
        ("rel-author", lambda: _join_names(a.text_content() for a in tree.xpath("//a[@rel='author']")[:4])),
        ("author-link", lambda: _linked_author(tree)),
    ]
    # A byline naming the publication itself is kept only when no person is named anywhere.
    corporate: tuple[str | None, str | None] = (None, None)
    for source, read in candidates:
        names = read()
        if not names:
            continue
        if not _names_site(names, publisher_words):
            return names, source
        if corporate[0] is None:
            corporate = names, source + "-site"
    return corporate


def _read_licence(tree: HtmlElement, ld: list[dict[str, Any]]) -> str | None:
    stated = _ld_field(ld, "license")
    if isinstance(stated, str) and stated.strip():
        return licence_name(stated)
    for link in tree.xpath("//*[self::a or self::link][contains(concat(' ', @rel, ' '), ' license ')]"):
        href = link.get("href") or ""
        if href.strip():
            return licence_name(href)
    for link in tree.xpath(
        "//a[contains(@href, 'creativecommons.org/licenses') "
        "or contains(@href, 'creativecommons.org/publicdomain')]"
    ):
        return licence_name(link.get("href", ""))
    return None


def _read_language(tree: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    raw = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not raw:
        found = _first_meta(meta, ("content-language", "language", "dc.language", "og:locale"))
        raw = found[1] if found else None
    if not raw:
        return None
    code = re.split(r"[-_,;\s]", raw.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def read_page_meta(
    tree: HtmlElement, *, latest: datetime | None = None, site_name: str | None = None
) -> PageMeta:
    """Read every structured field of a parsed page; dates later than `latest` (the crawl) are refused.

    `site_name` (the host, say) helps tell a byline naming the site from one naming a person.
    """
    latest = _aware(latest or datetime.now(UTC))
    ld = read_json_ld(tree)
    meta = _meta_values(tree)
    page = PageMeta()

    headline = _ld_field(ld, "headline", "alternativeHeadline", article_only=True)
    headline_text = next(_texts(headline), None) if headline else None
    if headline_text and clean_inline(headline_text):
        page.headline, page.headline_source = clean_inline(headline_text), "json-ld"
    elif (found := _first_meta(meta, _META_HEADLINE)) is not None:
        page.headline, page.headline_source = clean_inline(found[1]), "meta"
    if (found := _first_meta(meta, ("og:title", "twitter:title"))) is not None:
        page.social_title = clean_inline(found[1]) or None
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        page.title = clean_inline(title.text_content())

    publisher = _ld_field(ld, "publisher", "sourceOrganization")
    page.publisher = next(_texts(publisher), None) if publisher else None
    if not page.publisher and (found := _first_meta(meta, _META_PUBLISHER)) is not None:
        page.publisher = found[1]
    publisher_words = [name for name in (page.publisher, *meta.get("og:site_name", ()), site_name) if name]
    page.byline, page.byline_source = _read_byline(tree, ld, meta, publisher_words)
    stated, page.date_source = _read_date(tree, ld, meta, latest)
    if stated is not None:
        page.published_at, page.utc_offset = stated.local, stated.offset
    page.language = _read_language(tree, meta)
    page.license = _read_licence(tree, ld)

    canonical = tree.xpath("//link[@rel='canonical']/@href")
    og_url = meta.get("og:url")
    page.canonical_url = (canonical[0].strip() if canonical else None) or (og_url[0] if og_url else None)
    found = _first_meta(meta, ("description", "og:description", "twitter:description"))
    page.description = clean_inline(found[1]) if found else None
    image = _ld_field(ld, "image", "thumbnailUrl", article_only=True)
    image_url = (
        next(iter(_texts(image if not isinstance(image, dict) else image.get("url"))), None)
        if image
        else None
    )
    found = _first_meta(meta, ("og:image", "og:image:url", "twitter:image"))
    page.image_url = image_url or (found[1] if found else None)
    stated_body = _ld_field(ld, "articleBody", article_only=True)
    if isinstance(stated_body, str) and stated_body.strip():
        page.article_body = stated_body
    return page
