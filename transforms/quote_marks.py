"""Quoted spans of a body: where each pair of quotation marks opens and closes.

Marks are read paragraph by paragraph. Straight marks (and the doubled
apostrophes some wire copy uses for them) are told apart as openers or closers
by what stands either side; curly marks are trusted unless their neighbours
plainly say the typesetter got them the wrong way round. A quote left open at a
paragraph's end stops there (the next paragraph reopens it), and an opener met
while a quote is still open starts a new quote: copy often drops the closing
mark between two quoted sentences (`"A. "B."`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "find_spans", "paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+")
# Doubled apostrophes are read as one mark, not two; a lone apostrophe is no mark. The pattern opens
# with one character class so that the regex engine can scan ahead for it.
_MARK = re.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'](?:(?<=')'|(?<!'))")
_OPEN_ONLY = frozenset("\u201c\u201e\u201f\u00ab")
_CLOSE_ONLY = frozenset("\u201d\u00bb")
_BEFORE_OPENER = frozenset("([{\u2014\u2013-/:;")
_AFTER_CLOSER = frozenset(".,;:!?)]}\u2014\u2013-/\u2026'\u2019")
# Where a sentence after the first of a span begins: a full stop after a word of two letters or more
# that is no title ("Mr.", "Dr.").
_NEXT_SENTENCE = re.compile(
    r"(?:(?<=[^\W_]{2}[.!?])|(?<=[^\W_]['\u2019)][.!?])|(?<=[^\W_][.!?]['\u2019]))"
    r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co)\.)(?<!\b(?:Mrs|Rev|Gen|Sen|Rep|Gov)\.)\s+(?=[A-Z])"
)
# A sentence reporting what someone said, in the third person: narration, not the speaker's words.
_REPORTING = re.compile(r"\b(?:said|says|saying|added|told)\b")
# The same words anywhere, as a quick first look (a pattern opening on a word boundary is slow to scan).
_REPORTING_GATE = re.compile(r"(?:sa(?:id|ys|ying)|added|told)")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b")


@dataclass(slots=True)
class Span:
    """The text between one pair of marks: code-point offsets in the body, end exclusive."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    paragraph: int
    opens_paragraph: bool
    closed: bool


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Offsets of each non-empty line of the body: blocks, list items and stray line breaks alike."""
    return [m.span() for m in _PARAGRAPH.finditer(body)]


def _role(body: str, pos: int, length: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the mark at body[pos:pos+length]."""
    prev = body[pos - 1] if pos > lo else " "
    nxt = body[pos + length] if pos + length < hi else " "
    opens = (prev.isspace() or prev in _BEFORE_OPENER) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSER)
    mark = body[pos]
    if mark in _OPEN_ONLY:
        return "close" if closes and not opens else "open"
    if mark in _CLOSE_ONLY:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _narration_start(body: str, start: int, end: int) -> int:
    """Where a quote that lost its closing mark runs on into the narration: the first sentence after its
    first that reports speech in the third person (`... to the talks. Mr Roe was careful, saying ...`).
    Speech seldom reports itself without an "I" or a "we"; `end` when no sentence does."""
    if not _REPORTING_GATE.search(body, start, end):
        return end  # most quotes: no reporting verb at all
    for m in _NEXT_SENTENCE.finditer(body, start, end):
        stop = _NEXT_SENTENCE.search(body, m.end(), end)
        sentence = body[m.end() : stop.start() if stop else end]
        if _REPORTING.search(sentence) and not _FIRST_PERSON.search(sentence):
            return m.start()
    return end


def _paragraph_spans(body: str, index: int, lo: int, hi: int, marks: list[re.Match[str]]) -> list[Span]:
    spans: list[Span] = []
    open_at: int | None = None
    open_mark = 0

    def close(end: int, mark_end: int, closed: bool) -> None:
        if not closed:
            end = mark_end = min(mark_end, _narration_start(body, open_at, end))
        start, stop = _trimmed(body, open_at, end)
        if stop > start:
            spans.append(Span(start, stop, open_mark, mark_end, index, open_mark == lo, closed))

    for m in marks:
        role = _role(body, m.start(), m.end() - m.start(), lo, hi)
        if open_at is None:
            if role != "close":
                open_at, open_mark = m.end(), m.start()
            continue
        if role == "open":
            # An opener inside an open quote: the previous quote lost its closing mark.
            close(m.start(), m.start(), False)
            open_at, open_mark = m.end(), m.start()
        else:
            close(m.start(), m.end(), True)
            open_at = None
    if open_at is not None:
        close(hi, hi, False)
    return spans


def find_spans(body: str) -> list[Span]:
    """Every quoted span of the body, in order."""
    spans: list[Span] = []
    # One pass over the body for the marks (none spans a line break), dealt out to the paragraphs
    # holding them: most paragraphs hold none.
    marks = list(_MARK.finditer(body))
    if not marks:
        return spans
    k = 0
    for index, (lo, hi) in enumerate(paragraphs(body)):
        first = k
        while k < len(marks) and marks[k].start() < hi:
            k += 1
        if k > first:
            spans.extend(_paragraph_spans(body, index, lo, hi, marks[first:k]))
        if k == len(marks):
            break
    return spans
