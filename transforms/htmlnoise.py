"""Blocks of a web page's main text that are page furniture rather than the article.

Text extraction keeps whatever sits inside the article container, and many
sites put there more than the story: the headline again, "Related:" link lists,
newsletter and follow-us appeals, bare time stamps and links. These rules look
at one block's wording and its place, never at a site's markup, so they hold
for pages not seen before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.records import Block

__all__ = ["drop_furniture", "is_appeal", "is_bare_token"]

_WORD = re.compile(r"\w+")
# Lead-ins of lines that point elsewhere or ask something of the reader.
_APPEAL = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|coverage|content))?\s*:|(?:read|see)\s+(?:more|also)\s*:"
    r"|more\s*:|also\s+(?:on|read|see)\b|don[\u2019']?t\s+miss\b|recommended\s*:|watch\s*:|listen\s*:"
    r"|like\s+this\s+story\b|sign\s+up\b|subscribe\s+(?:to|now|here|for)\b|get\s+the\s+latest\b"
    r"|click\s+here\b|have\s+a\s+(?:news\s+)?tip\b|follow\s+us\b"
    r"|(?:e-?mail|write\s+to|contact)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s+at\s+\S+@"
    r"|follow\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s+on\s+(?:twitter|facebook|instagram)\b)",
    re.I,
)
# A short block asking the reader to sign up or write in is an appeal wherever the words sit in it.
_APPEAL_WORDS = re.compile(
    r"\b(?:sign(?:ing)?\s+up|newsletters?|subscribe|letters?\s+to\s+the\s+editor|click\s+here)\b"
    r"|^\(?(?:photo\s+|image\s+)?credit\s*:",
    re.I,
)
_SHORT_APPEAL = 30
# An author's note that sends the reader to a social account is longer than an appeal but as foreign.
_SOCIAL = re.compile(
    r"\bfollow\s+(?:us|him|her|them|me)\s+(?:on|at)\s+(?:twitter|facebook|instagram|linkedin)\b", re.I
)
_SHORT_NOTE = 60
# A note that the site is paid through the links it carries speaks of the site, not the story.
_DISCLOSURE = re.compile(
    r"\b(?:we|i)\s+(?:may|might|could|will)?\s*(?:receive|earn|get|be\s+paid)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:compensation|commissions?|a\s+share\s+of\s+(?:sales|revenue))\b"
    r"|\b(?:contains?|may\s+contain|includes?)\s+(?:affiliate\s+links|references\s+to\s+products)\b"
    r"|^(?:advertising|affiliate|amazon\s+associates?)\s+disclos",
    re.I,
)
_SHORT_DISCLOSURE = 80
_LABEL_CHARS = 20
_TEASER_RUN = 3
_TEASER_WORDS = 4
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_STAMP_ONLY = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)

# How far into the text a repeated headline may sit (kicker, date, byline before it).
_HEADLINE_REACH = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def is_bare_token(text: str) -> bool:
    """A block that is only a link or a time stamp: metadata that leaked into the text."""
    stripped = text.strip()
    return bool(_URL_ONLY.match(stripped) or _STAMP_ONLY.match(stripped))


def is_appeal(text: str) -> bool:
    """A "Related:", "Read more:", sign-up, write-to-us or follow-us line, photo credit or paid-links note."""
    stripped = text.strip()
    if _APPEAL.match(stripped) is not None:
        return True
    words = len(stripped.split())
    if words <= _SHORT_APPEAL and _APPEAL_WORDS.search(stripped) is not None:
        return True
    if words <= _SHORT_DISCLOSURE and _DISCLOSURE.search(stripped) is not None:
        return True
    return words <= _SHORT_NOTE and _SOCIAL.search(stripped) is not None


def _repeats(text: str, headline: str) -> bool:
    return bool(headline) and _words(text) == _words(headline)


def _is_headline(block: Block) -> bool:
    return block.kind == "h" and len(_words(block.text)) >= _TEASER_WORDS


def _teaser_runs(blocks: Sequence[Block]) -> set[int]:
    """Indexes of headline-length headings in runs of `_TEASER_RUN` or more with no text between them.

    A story's own headings each head some text; a stack of bare headlines is a
    strip of teasers for other stories, each linking elsewhere. Short headings
    ("Ingredients", "Method") may stack in a story whose text under them was lost.
    """
    found: set[int] = set()
    start = 0
    for index in range(len(blocks) + 1):
        if index < len(blocks) and _is_headline(blocks[index]):
            continue
        if index - start >= _TEASER_RUN:
            found.update(range(start, index))
        start = index + 1
    return found


def drop_furniture(blocks: Sequence[Block], headline: str | None = None) -> list[Block]:
    """The blocks without page furniture; list items right after a dropped appeal go with it.

    Nothing is dropped when it would leave no block at all.
    """
    kept: list[Block] = []
    after_appeal = False
    teasers = _teaser_runs(blocks)
    for index, block in enumerate(blocks):
        if block.kind == "li" and after_appeal:
            continue
        after_appeal = False
        if index in teasers:
            continue
        if index < _HEADLINE_REACH and headline and _repeats(block.text, headline):
            continue
        if is_appeal(block.text):
            after_appeal = True
            continue
        if block.kind != "li" and is_bare_token(block.text):
            continue
        kept.append(block)
    # A heading with no text after it, or only a label ("Comments" under "Tell us what you think"),
    # is the title of a box the page puts after the story.
    if len(kept) > 1 and kept[-2].kind == "h" and len(kept[-1].text) <= _LABEL_CHARS:
        kept.pop()
    while kept and kept[-1].kind == "h":
        kept.pop()
    return kept or list(blocks)
