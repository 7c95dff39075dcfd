"""Asks told as a need: "new powers are needed to close unruly bars, police chiefs said", "a major
change of direction is needed". The thing needed is what is asked for, when someone says so and the
thing is a change or more of something, not a fact of how things work ("a licence is needed to fish")
nor a reason given for a step already taken ("the cuts are needed to fund X")."""

from __future__ import annotations

import re

from transforms.rec_ask import ProseAsk
from transforms.rec_attribution import REPORTED, attributed
from transforms.rec_modal_subjects import modal_subject
from transforms.rec_text import (
    clause_end,
    quoted_spans,
    sentence_end,
    sentence_start,
    span_containing,
    trim_span,
    word_set,
)

__all__ = ["needed_asks"]

_NEEDED = re.compile(
    r"\s(?:is|are|was|were)\s+(?:(?:urgently|badly|also|now|still|clearly|desperately)\s+)?needed\b"
)

# Words that make the thing needed a change or more of something: "new powers", "more resources",
# "a major overhaul", "lower taxes", "tough choices".
_CHANGE_WORDS = word_set(
    "new more further greater urgent major tough tougher lower higher sustained radical fundamental fresh "
    "extra additional better stronger clearer wider proper swift immediate quick real serious significant"
)

# A subject opening on these names something already there or in hand (the reason for a step taken),
# or is no noun phrase at all.
_NOT_NEW = word_set(
    "the this these that those its their his her our my your it they such what which who whatever than "
    "how why where when whether if there"
)

# Words that show the stretch before "is needed" is a clause, not one noun phrase.
_CLAUSE_WORDS = word_set("is are was were be been has have had will would can could may might than who which")

# "..., police chiefs have told MPs.": who told whom closes the sentence, no part of the thing needed.
_TOLD_TAIL = re.compile(
    r",[\"\u201d]?\s+(?:[^,;:.!?\"\u201c\u201d]{1,60}?\s)?(?:has\s+|have\s+|had\s+)?told\s[^,;:.!?]{1,40}[.!?]?[\"\u201d]?\s*$"
)

_EDGE = ",.;:!?\"'\u201c\u201d\u2018\u2019()"


def needed_asks(
    body: str, start: int, end: int, quotes: list[tuple[int, int]] | None
) -> list[ProseAsk]:
    asks: list[ProseAsk] = []
    for m in _NEEDED.finditer(body, start, end):
        if quotes is None:
            quotes = quoted_spans(body, start, end)
        quote = span_containing(quotes, m.start())
        sent = sentence_start(body, m.start(), quote[0] if quote else start)
        subject_at = modal_subject(body, m.start(), sent)
        words = [w.strip(_EDGE).lower() for w in body[subject_at : m.start()].split()]
        words = [w for w in words if w]
        if not words or len(words) > 8 or words[0] in _NOT_NEW:
            continue
        if not _CLAUSE_WORDS.isdisjoint(words) or _CHANGE_WORDS.isdisjoint(words):
            continue
        limit = quote[1] if quote else end
        s, e = trim_span(body, subject_at, clause_end(body, m.end(), limit))
        told = _TOLD_TAIL.search(body, m.end(), sentence_end(body, m.end(), limit) + 1)
        if told:
            s, e = trim_span(body, s, min(e, told.start()))
        elif quote is None:
            before = body[sent:subject_at]
            if not attributed(body, before, REPORTED.search(before), e, limit):
                continue
        asks.append(ProseAsk(s, e, m.start(), None, quote is not None, "modal"))
    return asks
