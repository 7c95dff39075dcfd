"""Plain-text stories (a headline line, then paragraphs) and the text helpers other layouts share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from transforms.body import assemble
from transforms.dates import find_date
from transforms.layouts.boilerplate import CONTACT_LEAD, is_furniture, trim_footer
from transforms.records import Block, ParsedArticle

__all__ = [
    "BULLET_LINE",
    "blocks_from_paragraphs",
    "body_end",
    "ends_sentence",
    "is_stray_line",
    "looks_like_title",
    "normalise_newlines",
    "paragraphs",
    "parse_plaintext",
    "role_line",
    "signoff_start",
    "split_byline",
    "strip_dateline",
    "strip_quotes",
]

_BLANK_RUN = re.compile(r"\n[ \t\u00a0]*\n\s*")
BULLET_LINE = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7*\u2013-]|\(?\d{1,2}[.)])\s+(?P<item>\S.*)$"
)
_DATELINE = re.compile(
    r"^(?P<head>(?:[A-Z][\w.'\u2019]*|\d{1,4}(?:st|nd|rd|th)?,?)"
    r"(?:[ ,]+(?:[A-Z][\w.'\u2019]*|\d{1,4}(?:st|nd|rd|th)?|of|de|la|upon)){0,7})"
    r"\s*,?\s*(?:\u2014|\u2013|--|\s-\s)\s*(?=[A-Z\"\u201c\u2018'])"
)
# Words that name a post: a line of them and of names is the issuer's letterhead, not a headline.
_ROLE = re.compile(
    r"\b(?:MP|MLA|MLC|Senator|Minister|Ministers|Spokes(?:person|man|woman)|Shadow|Secretary|Attorney-General|"
    r"Hon|Premier|Treasurer|Chair|Chairman|Director|Leader|Member for|Parliamentary)\b",
    re.IGNORECASE,
)
_MINOR_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "&", "-", "\u2013", "\u2014"}
)
# A byline set on the headline's line after a wide gap: "TITLE  By The Honourable A Name".
_TRAILING_BYLINE = re.compile(r"\s{2,}(?P<byline>[Bb]y\s+[A-Z][^!?]{2,80})$")
_VALEDICTION = re.compile(
    r"^(?:thank you|thanks|many thanks|sincerely|yours (?:sincerely|truly|faithfully)|"
    r"(?:best |kind |warm )?regards|in solidarity)\W*$",
    re.IGNORECASE,
)
_SIGNOFF_LINE_WORDS = 8
# A saved page's field label left alone on its line; list intros ("Australia should:") are text.
_LABEL = re.compile(
    r"^(?:source|source url|url|links?|related(?: links)?|tags?|topics?|categories|filed under|"
    r"share(?: this)?|print|attachments?):$",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")
_TERMINAL = re.compile(r"[.!?:;,][\"'\u201d\u2019)]*$")
_EDGE_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated paragraphs, each as its non-empty stripped lines."""
    out: list[list[str]] = []
    for chunk in _BLANK_RUN.split(normalise_newlines(text).strip()):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if lines:
            out.append(lines)
    return out


def _continues_item(blocks: list[Block], run: list[str], line: str) -> bool:
    """An indented, lower-case line right after a list item carries on that item."""
    if not blocks or blocks[-1].kind != "li" or run:
        return False
    return line[:1].isspace() and line.strip()[:1].islower()


def blocks_from_paragraphs(paras: Iterable[list[str]]) -> list[Block]:
    """Paragraph lines to blocks: bullet lines become list items, other runs of lines one paragraph."""
    blocks: list[Block] = []
    for lines in paras:
        run: list[str] = []
        for line in lines:
            bullet = BULLET_LINE.match(line)
            if bullet:
                if run:
                    blocks.append(Block("p", " ".join(run)))
                    run = []
                blocks.append(Block("li", bullet.group("item")))
            elif _continues_item(blocks, run, line):
                blocks[-1].text += " " + line.strip()
            else:
                run.append(line.strip())
        if run:
            blocks.append(Block("p", " ".join(run)))
    return blocks


def looks_like_title(text: str, max_words: int = 30) -> bool:
    """A headline-shaped line: short, and not ending the way a sentence of prose ends."""
    words = text.split()
    if not words or len(words) > max_words:
        return False
    stripped = text.rstrip(_EDGE_QUOTES)
    return not stripped.endswith((".", ",", ";", ":")) or stripped.endswith("...")


def strip_quotes(text: str) -> str:
    """Drop quotation marks that wrap a whole line (a quoted headline)."""
    inner = text.strip()
    if len(inner) > 2 and inner[0] in _EDGE_QUOTES and inner[-1] in _EDGE_QUOTES:
        inner = inner[1:-1].strip()
    return inner


def role_line(text: str) -> bool:
    """A letterhead line: it names a post and, small words aside, is all capitalised words (names, titles)."""
    if not _ROLE.search(text) or text.rstrip().endswith(","):
        # A line ending in a comma is prose wrapped mid-sentence ("The Minister for X, Jo Bloggs,").
        return False
    words = [w.strip("\"'\u2018\u2019\u201c\u201d(),:;") for w in text.split()]
    words = [w for w in words if w and w.lower() not in _MINOR_WORDS]
    if not words or len(words) > 30:
        return False
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return capitalised / len(words) >= 0.75


def split_byline(title: str) -> tuple[str, str | None]:
    """A headline line and the byline set after it on the same line, if one is."""
    match = _TRAILING_BYLINE.search(title)
    if not match or match.start() < 10:
        return title, None
    return title[: match.start()].strip(), match.group("byline").strip()


def signoff_start(texts: list[str]) -> int:
    """Where a body's sign-off begins: a closing "Thank you," and the signature under it, or a lone date line.

    Returns len(texts) when the body ends in text.
    """
    end = len(texts)
    while end > 1 and len(texts[end - 1].split()) <= 6 and find_date(texts[end - 1]) is not None:
        end -= 1
    for i in range(max(1, end - 4), end):
        if _VALEDICTION.match(texts[i].strip()) and all(
            len(t.split()) <= _SIGNOFF_LINE_WORDS for t in texts[i + 1 : end]
        ):
            return i
    return end


def body_end(texts: list[str]) -> int:
    """How many paragraphs are the body: footers and sign-offs cut from the end until none is left."""
    end = len(texts)
    while True:
        kept, _ = trim_footer(texts[:end])
        cut = signoff_start(kept)
        if cut == end:
            return end
        end = cut


def _same_line(a: str, b: str) -> bool:
    return _WS.sub(" ", a).strip().lower() == _WS.sub(" ", b).strip().lower()


def is_stray_line(text: str, headers: Iterable[str] = ()) -> bool:
    """A paragraph that is page furniture wherever it stands in a printed text.

    A lone date, a bare label ("Source URL:"), a contact block that names itself,
    or a repeat of the page's header lines (printed again at the top of each page).
    """
    words = len(text.split(None, 61))  # exact up to 61: only "at most 6" and "at most 60" are asked
    if words <= 6 and find_date(text) is not None and not ends_sentence(text.rstrip(".")):
        return True
    if _LABEL.match(text.strip()) or (text.startswith(("http://", "https://", "www.")) and words <= 3):
        return True
    if CONTACT_LEAD.match(text) and words <= 60 and not any(q in text for q in "\"\u201c\u201d"):
        return True
    return any(_same_line(text, header) for header in headers if header)


def strip_dateline(text: str) -> tuple[str, datetime | None]:
    """Remove a leading dateline ("New York, March 3, 2012 \u2014 ") and return the date it gives."""
    match = _DATELINE.match(text)
    if not match or len(text) - match.end() < 40:
        return text, None
    return text[match.end():], find_date(match.group("head"))


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def parse_plaintext(text: str) -> ParsedArticle:
    """A headline line, then paragraphs separated by blank lines (the BBC News layout)."""
    paras = paragraphs(text)
    headline = byline = None
    headers: list[str] = []
    # A printed page's header (title and address) or the issuer's letterhead above the headline.
    while len(paras) > 1 and len(paras[0]) == 1 and looks_like_title(paras[1][0], 40) and (
        "://" in paras[0][0] or role_line(paras[0][0])
    ):
        first = paras.pop(0)[0].strip()
        headers.append(first)
        byline = byline or (first if "://" not in first else None)
    if paras and len(paras[0]) == 1 and looks_like_title(paras[0][0], 40):
        headline = paras.pop(0)[0].strip()
    elif paras and looks_like_title(paras[0][0], 40):
        headline = paras[0].pop(0).strip()
    if headline:
        headline, stated = split_byline(headline)
        byline = stated or byline
    blocks = blocks_from_paragraphs(p for p in paras if not (len(p) == 1 and is_furniture(p[0])))
    blocks = [b for b in blocks if not is_stray_line(b.text, headers)]
    blocks = blocks[: body_end([b.text for b in blocks])]
    body, placed = assemble(blocks)
    return ParsedArticle(headline=headline, byline=byline, body=body, blocks=placed)
