"""Asks told as what matters: "it is vital that residents register to vote", "it is important that
retailers respect the ratings", "it's about time the charges came to an end". The clause after "that"
is asked of the party it opens on; the speaker's own step ("it is vital that we start now") and a thing
that merely happens ("it is essential that it is reflected") ask nothing."""

from __future__ import annotations

import re

from transforms.rec_ask import ProseAsk
from transforms.rec_attribution import REPORTED
from transforms.rec_text import (
    clause_end,
    quoted_spans,
    sentence_start,
    span_containing,
    trim_span,
    word_set,
)

__all__ = ["matters_hint", "vital_asks"]


def matters_hint(lowered: str) -> bool:
    """Whether a lower-cased paragraph may hold such an ask: plain substring tests, written out because
    they run on every paragraph and a loop over a word list costs several times more."""
    return "that" in lowered and (
        "vital" in lowered
        or "crucial" in lowered
        or "essential" in lowered
        or "important" in lowered
        or "imperative" in lowered
        or "time that" in lowered
    )


# The adjective and its "that", found by a scan that starts on literal words; what leads up to it
# ("it is", "it's", "it was") is checked looking back. Only adverbs of degree or linking stand between
# "is" and the adjective: "is not vital" asks nothing.
_MATTERS_THAT = re.compile(
    r"(?:vital|crucial|essential|important|imperative|(?:about|high)\s+time)\s+that\s+"
)
_IT_IS = re.compile(
    r"\b(?:[Ii]t\s+(?P<tense>is|was|remains)|[Ii]t['\u2019]s)\s+"
    r"(?:(?:\w+ly|so|very|therefore|also|now|still|just|equally|as|most|more)\s+){0,2}$"
)

# First words after "that" that open no party asked: the speaker's own step, a thing, a clause.
_NO_PARTY = word_set(
    "we i it this that there what how why whether if when while as although because since before after "
    "once until our my"
)


# "..., advocates argue.": who holds the view closes the sentence and is no part of the clause asked.
_SAID_TAIL = re.compile(
    r",[\"\u201d]?\s+(?:[^,;:.!?\"\u201c\u201d\s]+\s+){0,5}?(?:has\s+|have\s+)?"
    r"(?:said|say|says|added|adds|argued|argue|argues|insisted|insists|warned|warns|told)\b"
)


# "it's essential that the law is fully enforced": a present passive names a state of things wished for,
# where "that the law be enforced" or "that councils enforce the law" asks a step of someone.
_STATE_WISHED = re.compile(r"(?:(?!that\b)\S+\s+){1,6}?(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")


def vital_asks(body: str, start: int, end: int, quotes: list[tuple[int, int]] | None) -> list[ProseAsk]:
    asks: list[ProseAsk] = []
    for m in _MATTERS_THAT.finditer(body, start, end):
        window = max(start, m.start() - 40)
        lead = _IT_IS.search(body[window : m.start()])
        if lead is None:
            continue
        lead_at = window + lead.start()
        follow = body[m.end() : m.end() + 30].split()
        if not follow or follow[0].lower().strip("\"'\u201c\u2018") in _NO_PARTY:
            continue
        if _STATE_WISHED.match(body, m.end(), m.end() + 80):
            continue
        if quotes is None:
            quotes = quoted_spans(body, start, end)
        quote = span_containing(quotes, lead_at)
        if lead.group("tense") == "was" and quote is None:
            # "It was vital that the team won" tells of the past; "he said it was vital that" reports a view.
            sent = sentence_start(body, lead_at, start)
            if REPORTED.search(body[sent:lead_at]) is None:
                continue
        limit = quote[1] if quote else end
        stop = clause_end(body, m.end(), limit)
        tail = _SAID_TAIL.search(body, m.end(), stop)
        s, e = trim_span(body, m.end(), tail.start() if tail else stop)
        if e - s > 2:
            asks.append(ProseAsk(s, e, m.start(), None, quote is not None, "modal"))
    return asks
