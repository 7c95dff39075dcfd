"""Text helpers for recommendations: quoted spans, sentence and clause ends, trimming.

Every function works on code-point offsets into the article body, so the spans
they return can be cut straight out of it.
"""

from __future__ import annotations

import re

__all__ = [
    "clause_end",
    "leading_action",
    "quoted_spans",
    "sentence_end",
    "sentence_start",
    "span_containing",
    "trim_span",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """A word table written as one space-separated string."""
    return frozenset(text.split())


_OPEN = "\u201c"
_CLOSE = "\u201d"
_QUOTE_MARK = re.compile('["\u201c\u201d]')
_CLOSERS = "\"'\u201d\u2019"

# A full stop after one of these does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "hon",
        "rev",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "al",
        "approx",
        "dept",
        "est",
    ]
)

_SENTENCE_MARK = re.compile(r"[.!?]+(?=[\"'\u201d\u2019)\]]*(?:\s|$))")
_NEXT_WORD = re.compile(r"[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]*(\S)")

# Where the clause of an ask ends before its sentence does: a relative or
# concessive clause, a participle aside, an attribution, a dash.
_WORD = re.compile(r"[A-Za-z]{2}")
_CLAUSE_BREAK = re.compile(
    r"""\s*;
      | \s*:(?=\s|$)
      | \s+[\u2013\u2014]\s | \s+--?\s
      | ,\s+(?:which|who|whom|whose|while|whilst|whereas|but|although|though|because|since|saying|adding
               |arguing|warning|claiming|according|as|despite|unless|when|where|amid|after|before)\b
      | ,\s+(?!including\b|during\b|according\b)[a-z]\w*(?<!thing)ing\b
      | ,\s+instead\s+[a-z]+ing\b
      | ,["\u201d]?\s+(?:and\s+|but\s+)?(?:he|she|they|it|we|I)
          \s+(?:said|says|added|told|stated|argued|warned|insisted|wrote)\b
      | ,\s+and\s+(?=[A-Z])
      | (?:,\s+|,?\s+and\s+)that\s+(?=\S+(?:\s+\S+){0,5}\s+(?:should|must)\s)
      | ,\s+and\s+(?:(?:is|are|was|were)\s+[a-z]+ing|(?:has|have|had)\s+(?!been\b)[a-z]+(?:ed|en|wn))\b
      | \s+and\s+(?:has|have|had)\s+[a-z]+ed\s+to\s
      | ,?\s+and\s+(?=(?:the|a|an|this|that|these|those|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?
                      ["\u201c]?(?:(?:is|are|was|were|has|have|had|will|would)\s|[a-z]+ly\s+[a-z]+s\b))
      | ,\s+(?:said|says|added|argued|warned)\b
      | \s+(?:arguing|saying|claiming|insisting)\s+that\b
      | \s+and\s+(?:believe|think|say|claim)s?\b
      | ,\s+(?:we|I|you|they|he|she)\s+(?!and\b)
      | ,\s+it\s+(?:is|was|has|had)\s
      | \s+and\s+(?:said|says|added|argued|warned|insisted)\b
      | \s+and\s+(?:we|I|he|she|they|it)\s
      | \s+(?:after|because|since|although|though|while|whereas|unless)\s+(?:he|she|they|it|we|I|you)\s
      | ,?\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|added|told|stated|argued|warned|insisted|wrote)\b
      | \s+but\s
      | ,\s+and\s+[a-z]+ed\s+(?=(?:it|them|its|their|the|a|an|this|that|these|his|her)\s)
      | ,\s+an?\s+(?:[a-z]+\s+)?(?:move|step|measure|decision|change)\s+(?:that|which)\b
      | (?:,|,?\s+and)\s+if\s+(?!necessary\b|possible\b|needed\b|appropriate\b|required\b)
      | ,?\s+and\s+(?=(?:[\w'\u2019-]+\s+){1,4}(?:should|must)\s)
      | \s+because\s+(?!of\b)
      | \s+as\s+(?=\d|(?:it|they|he|she|we|I|there)\s)
      | \s+and\s+(?:also\s+)?(?:recommend(?:s|ed)|urg(?:es|ed)|call(?:s|ed)|demand(?:s|ed)|ask(?:s|ed)
                              |suggest(?:s|ed)|propos(?:es|ed))\b
      | ,["\u201d]?\s+(?=[^,;:]{0,120}?\b(?:said|says?|told|stated|argued|warned|insisted|add(?:s|ed)
                                         |indicated)\b
                         [^,;:]{0,120}$)
    """,
    re.X,
)

_DANGLING = re.compile(r"\s(?:and|or|but|nor)$")
_EDGE = " \t\n\"'\u201c\u201d\u2018\u2019,;:.-\u2013\u2014"
_LEAD_EDGE = " \t\n\"'\u201c\u2018(-\u2013\u2014"

# Words that open a noun phrase, not a verb: an item starting with one has no action verb.
_NOT_VERBS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "all",
        "any",
        "each",
        "every",
        "some",
        "more",
        "most",
        "less",
        "fewer",
        "further",
        "greater",
        "increased",
        "better",
        "stronger",
        "new",
        "clear",
        "humane",
        "fair",
        "consistent",
        "safety",
        "there",
        "it",
        "they",
        "we",
        "he",
        "she",
        "i",
        "no",
        "one",
        "two",
        "three",
    ]
)
_CHAIN_VERBS = frozenset(
    ["be", "continue", "start", "stop", "begin", "try", "seek", "help", "work", "get", "keep"]
)


def _mark_opens(text: str, i: int) -> bool | None:
    """Whether the quote mark at `i` opens (True) or closes (False) a quote; None when it cannot say.

    Curly marks say so themselves; a straight mark opens after a space and
    before a word, and closes after a word and before a space or punctuation.
    """
    ch = text[i]
    if ch == _OPEN:
        return True
    if ch == _CLOSE:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]"):
        return False
    return None


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside double quotation marks between start and end.

    Marks pair by direction where it shows, and toggle where it does not. An
    opening mark inside an open quote starts a new quote: the one before ran on
    unclosed, as a quote continued over merged paragraphs does. A quote left
    open runs to `end`.
    """
    spans: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_MARK.finditer(text, start, end):
        i = m.start()
        opens = _mark_opens(text, i)
        if opened < 0:
            if opens is not False:
                opened = i + 1
        elif opens is True:
            spans.append((opened, i))
            opened = i + 1
        else:
            spans.append((opened, i))
            opened = -1
    if opened >= 0:
        spans.append((opened, end))
    return spans


def span_containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return None


def _is_sentence_end(text: str, mark: int, limit: int) -> bool:
    """True when the full stop (or ! ?) at `mark` ends a sentence, not an abbreviation."""
    if text[mark] != ".":
        return True
    word_start = mark
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '"(\u201c':
        word_start -= 1
    word = text[word_start:mark]
    # "No." abbreviates "number" only before one: "vote no. Then ..." ends a sentence.
    numbered = word.lower() != "no" or text[mark + 1 : mark + 3].strip()[:1].isdigit()
    # "U.S." abbreviates; "version 4.7.1." or "\u00a3105.45." ends its sentence when a capital follows.
    dotted = "." in word and not word.strip("\u00a3$\u20ac").replace(".", "").isdigit()
    if dotted or (len(word) == 1 and word.isalpha()) or (word.lower() in _ABBREVIATIONS and numbered):
        return False
    follow = _NEXT_WORD.match(text, mark + 1, limit)
    return not (follow and follow.group(1).islower())


def sentence_end(text: str, start: int, limit: int) -> int:
    """Offset just past the sentence mark ending the sentence that holds `start` (or `limit`)."""
    for m in _SENTENCE_MARK.finditer(text, start, limit):
        if _is_sentence_end(text, m.start(), limit):
            return m.start()
    return limit


def sentence_start(text: str, pos: int, floor: int) -> int:
    """Offset where the sentence holding `pos` begins (never before `floor`)."""
    i = pos
    while i > floor:
        ch = text[i - 1]
        if ch in ".!?" and i < len(text) and text[i].isspace() and _is_sentence_end(text, i - 1, pos):
            return i
        # A sentence ending inside a quotation: the mark, then the closing quote.
        if (
            ch in _CLOSERS
            and i >= floor + 2
            and text[i - 2] in ".!?"
            and i < len(text)
            and text[i].isspace()
            and _is_sentence_end(text, i - 2, pos)
        ):
            return i
        if ch == "\n" and i - 2 >= floor and text[i - 2] == "\n":
            return i
        i -= 1
    return floor


def clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause that begins at `start`: its sentence's end or an earlier clause break."""
    end = sentence_end(text, start, limit)
    # A break right at the start (an empty clause) is not one.
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > start + 1 and _WORD.search(text, start, m.start()):
            return m.start()
    return end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding space, quote marks and clause punctuation."""
    while start < end and text[start] in _LEAD_EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    # A clause cut just after its joining word ("must be marked and | though ...") leaves that word behind.
    dangling = _DANGLING.search(text, max(start, end - 5), end)
    if dangling and dangling.start() > start:
        end = dangling.start()
        while end > start and text[end - 1] in _EDGE:
            end -= 1
    # Keep a closing bracket or quotation mark that pairs with one inside the span.
    if end < len(text) and _closes_inside(text[start:end], text[end]):
        end += 1
    return start, end


def _closes_inside(span: str, mark: str) -> bool:
    """Whether `mark` just after the span closes a bracket or quotation it opens."""
    if mark == ")":
        return "(" in span
    return mark in '"\u201d' and _opens_unclosed(span)


def _opens_unclosed(span: str) -> bool:
    """A span holding a quotation mark that opens and is not closed inside it: 'progress "at intervals'."""
    if "\u201c" in span:
        return span.count("\u201c") > span.count("\u201d")
    return span.count('"') % 2 == 1


def leading_action(text: str) -> str | None:
    """The verb phrase an ask opens with ("Continue to reject", "Signal"), or None for a noun phrase."""
    words = text.split()
    if not words:
        return None
    first = words[0].strip("\"'\u201c\u2018(")
    if not first or not first[0].isalpha() or first.lower() in _NOT_VERBS or first[0].isdigit():
        return None
    taken = [first]
    i = 1
    if first.lower() in _CHAIN_VERBS and i < len(words) and words[i].lower() not in ("to", "a", "an", "the"):
        taken.append(words[i])
        i += 1
    while i + 1 < len(words) and words[i].lower() == "to" and words[i + 1].lower() not in _NOT_VERBS:
        taken += words[i : i + 2]
        i += 2
    return " ".join(taken).rstrip(",;:.")
