"""The article's text as the attribution rules read it: quoted words masked, sentences cut, words and
comma-separated pieces picked out.

Every rule that looks for a speaker reads the masked body, so a verb inside a quote never counts as a
cue; the helpers here are the few ways those rules look at words, shared so each is written once.
"""

from __future__ import annotations

import bisect
import re

from transforms.orgnames import is_place
from transforms.quote_marks import Span
from transforms.quote_names import RUN
from transforms.quote_words import ADVERBS, LEAD_WORDS, STOP_CAPS

__all__ = [
    "ADDRESS_TITLES",
    "BRACKETED",
    "HAS_WORD",
    "MASK",
    "NAME_ABBREVIATIONS",
    "NEGATION",
    "WORD",
    "drop_lead_words",
    "ends_with_name",
    "first_word",
    "is_place_name",
    "last_name_run",
    "mask",
    "segments",
    "sentence_starts",
    "split_bracket",
    "strip_adverbs",
]

MASK = "\u00b7"

_BOUNDARY = re.compile(r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(A-Z0-9])")
# Words written with a full stop that ends no sentence. Forms of address and ranks come before a name,
# so the phrase rules read through their stop too; the rest only keep a sentence from ending. Each is at
# most four letters: `_abbreviation_at` tells longer words apart without the pattern.
ADDRESS_TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Del", "Gov")
NAME_ABBREVIATIONS = (*ADDRESS_TITLES, "Gen", "Lt", "Col", "Jr", "Sr", "Prof", "Rev", "Hon", "Det")
_OTHER_ABBREVIATIONS = (
    "Capt", "Sgt", "Supt", "Insp",  # ranks seldom written before a full name
    "Inc", "Ltd", "Co", "Corp", "vs", "No", "Mt",
    "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
# Besides the words: a single capital ("John F. Kennedy") and dotted letters ("U.S.", "a.m.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:"
    + "|".join(NAME_ABBREVIATIONS + _OTHER_ABBREVIATIONS)
    + r")|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SEGMENT = re.compile(r"\s*(?:,|;|--|\u2014|\u2013|\s-\s)\s*")
WORD = re.compile(r"[^\s]+")
_BRACKET_CHAR = re.compile(r"[()]")

HAS_WORD = re.compile(r"[^\W\d_]")

NEGATION = re.compile(r"n[\u2019']t$")

BRACKETED = re.compile(r" \([^()]*\)")


def mask(body: str, spans: list[Span]) -> str:
    """The body with every quoted span's words blanked, offsets unchanged."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(body[pos : span.start])
        parts.append(MASK * (span.end - span.start))
        pos = span.end
    parts.append(body[pos:])
    return "".join(parts)


def sentence_starts(body: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[int]:
    starts = [lo for lo, _ in paras]
    span_starts = [s.start for s in spans]
    for m in _BOUNDARY.finditer(body):
        j = m.end()
        k = bisect.bisect_right(span_starts, j) - 1
        if k >= 0 and spans[k].start < j < spans[k].end:
            continue  # a full stop inside a quote does not end the reporting sentence
        if body[m.start()] == "." and _abbreviation_at(body, m.start()):
            continue
        starts.append(j)
    return sorted(set(starts))


def _abbreviation_at(body: str, dot: int) -> bool:
    """Does the full stop at `dot` end an abbreviation ("Mr.", "U.S.") rather than a sentence?"""
    # Every abbreviation is a word of at most four letters ending in a letter: most sentences end in
    # a longer word or a figure, which is told without the regex.
    if dot < 1 or body[dot - 1] not in _ASCII_LETTERS or (dot >= 5 and body[dot - 5 : dot].isalnum()):
        return False
    return bool(_ABBREVIATION.search(body, max(0, dot - 12), dot + 1))


_AUXILIARIES = frozenset(
    {"did", "does", "do", "not", "never", "could", "should", "may", "might", "must", "can"}
)


# A time set between a subject and its cue: "Ann Roe last week said", "the firm on Monday said".
_TIME_OPENERS = frozenset({"last", "this", "on", "earlier", "later", "next"})
# Lower-case words ending in "ly" that name someone rather than say how: "the Roe family said", "the US
# daily reported".
_LY_NOUNS = frozenset(
    {"family", "ally", "assembly", "monopoly", "supply", "bully", "rally", "anomaly", "daily", "weekly",
     "monthly", "quarterly"}
)  # fmt: skip
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_TIME_NOUNS = frozenset(
    {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def _manner(word: str, words: list[re.Match[str]]) -> bool:
    """ "he bitterly said", "Ann Roe initially claimed": a word in "ly" (`word`, the last of `words`) after
    the subject says how, whatever the word (no list holds them all)."""
    return (
        word.endswith("ly")
        and len(words) > 1
        and len(word) > 4
        and word[:1].islower()
        and word not in _LY_NOUNS
        and (words[-2].group()[:1].isupper() or words[-2].group().lower() in _SUBJECT_PRONOUNS)
    )


def strip_adverbs(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop adverbs and auxiliaries between a subject and its cue: "He didn't suggest" -> "He"."""
    while words:
        written = words[-1].group()
        word = written.lower().strip(",")
        if len(words) > 2 and word in _TIME_NOUNS and words[-2].group().lower() in _TIME_OPENERS:
            del words[-2:]
            continue
        stays = word not in ADVERBS and word not in _AUXILIARIES and not NEGATION.search(word)
        if stays and not _manner(written, words):
            break
        if written[:1].isupper():
            break  # "Theresa May said", "May said": a capital before a cue is a name, not the auxiliary
        words.pop()
    return words


def segments(text: str) -> list[tuple[int, int]]:
    """Comma- and dash-separated pieces of `text` (offsets), keeping brackets whole."""
    out: list[tuple[int, int]] = []
    pos = 0
    # A separator never holds a bracket, so it lies wholly inside or outside one: only the depth at
    # its start matters (a stray closing bracket leaves the depth at nought).
    brackets = [m.start() for m in _BRACKET_CHAR.finditer(text)] if "(" in text else []
    depth = 0
    b = 0
    for m in _SEGMENT.finditer(text):
        while b < len(brackets) and brackets[b] < m.start():
            depth = depth + 1 if text[brackets[b]] == "(" else max(0, depth - 1)
            b += 1
        if depth == 0:
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def first_word(text: str) -> str:
    m = WORD.search(text)
    return m.group().lower().strip(",.:;") if m else ""


_MARKS = "\"'\u201c\u201d\u2018\u2019\u2014\u2013-"


def drop_lead_words(text: str) -> tuple[int, str]:
    """Skip sentence adverbs before a subject: "Meanwhile Mark Oaten" -> "Mark Oaten"."""
    offset = 0
    for m in WORD.finditer(text):
        word = m.group().lower().strip(",")
        # A stray quote mark or dash left by the masked quote before the subject is no word.
        if word not in LEAD_WORDS and word.strip(_MARKS):
            offset = m.start()
            break
    else:
        return len(text), ""
    return offset, text[offset:]


def last_name_run(text: str, pos: int = 0) -> re.Match[str] | None:
    runs = list(RUN.finditer(text, pos))
    return runs[-1] if runs else None


def ends_with_name(text: str) -> bool:
    m = last_name_run(text)
    return bool(m) and not text[m.end() :].strip() and m.group().split()[-1].lower() not in STOP_CAPS


_COMPASS = re.compile(
    r"^(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+"
)


def is_place_name(name: str) -> bool:
    return is_place(name) or bool(_COMPASS.match(name) and is_place(_COMPASS.sub("", name)))


def split_bracket(text: str) -> tuple[str, str]:
    """`Rep. Ann Roe (D-Ohio)` -> (`Rep. Ann Roe`, `(D-Ohio)`)."""
    if text.endswith(")") and "(" in text:
        at = text.rfind("(")
        if at > 0:
            return text[:at].rstrip(), text[at:]
    return text, ""
