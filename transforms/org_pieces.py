"""Cutting a text into pieces: capitalised stretches joined by the small words a name may hold.

The tokens, the runs they form, wrapped lines and headings are settled here, once per text (runs
are cached), so every later rule reads the same pieces.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from transforms.org_piece_names import names_of
from transforms.org_records import Name, Piece
from transforms.org_words import (
    BLANK_LINE,
    CALENDAR,
    IN_TAILS,
    OPENING_HEADS,
    PERSON_TITLES,
    PREFIXES,
    ROMANCE_PARTICLES,
    SUFFIX_STEMS,
    TITLE_OPENERS,
)
from transforms.orgnames import CONNECTORS, LEGAL_SUFFIXES, head_of, is_place, known_org

__all__ = ["pieces_of", "runs"]

# Only the tokens a name can hold: capitalised words, abbreviations, the small words that join a
# name's parts, "&" and ",". Anything else between two tokens breaks a name, so it need not be a token.
_DOTTED = r"[A-Za-z]\.(?:[A-Za-z]\.)+"
_ABBREVIATED = r"(?:St|Mt|Ft)\."
_WORD = r"[A-Z](?:[\w'’\-]*\w)?(?:['’](?!\w))?"
_SMALL = r"\b(?:of|for|and|on|into|under|de|du|des|del|della|di|la|von|van|der|the|their|in|plc)\b"
_TOKEN = re.compile(rf"{_DOTTED}|{_ABBREVIATED}|{_WORD}|{_SMALL}|&|,")
# A stretch of tokens with only white space between them, starting with a capitalised one.
# The first token is written with its capital taken out in front, which lets the engine skip ahead.
_RUN = re.compile(
    r"(?P<first>[A-Z](?:\.(?:[A-Za-z]\.)+|(?<=[SMF])t\.|(?:[\w'’\-]*\w)?(?:['’](?!\w))?))"
    rf"(?:\s*(?:{_DOTTED}|{_ABBREVIATED}|{_WORD}|{_SMALL}|&|,))*"
)
_COMPANY_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Corp", "Co"})
_FORMER = frozenset({"Ex-", "ex-"})
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z'’-]{3}")
_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_IN_JOINS = frozenset({"Commission", "Inquiry", "Committee", "Taskforce", "Tribunal"})
# Possessives that stay inside a name: whose the body is ("Women's Tennis Association").
_PEOPLE_PLURALS = frozenset({"Women", "Men", "Children", "People", "Citizens", "Workers", "Girls", "Boys"})
# Short words a title-case heading may leave in lower case.
_TITLE_LOWER = frozenset({"with", "from", "into", "over", "than", "that", "about", "upon", "after", "onto"})
# A number that ends a name ("Transport 2000 said"): up to four digits, then the clause goes on in
# lower case or stops. A capitalised word after it is a date's month or a score's other side
# ("Friday 11 March", "Arsenal 2 Chelsea 1"), and a digit, a decimal or a unit after it a quantity.
# A plural noun or a unit after the number counts something ("American Express 20 years ago").
_COUNTED = (r"(?!(?:says|has|was|is|does)\b)[a-z]*[^s\W]s"
            r"|per|percent|million|billion|bn|m|of|to|or|and|more|times|am|pm")
_ENDING_NUMBER = re.compile(
    r" \d{1,4}(?=['’]s\b|[,;:)!?\"”’]|\.(?!\d)|\s*$"
    r"|[ \t]+(?!(?:" + _COUNTED + r")\b)[a-z])"
)
_MIN_WRAPPED_LINE = 70
_MAX_WRAPPED_LINE = 110


def _titled(text: str) -> bool:
    """A heading or title-case line: most long words capitalised, or written in capitals."""
    if len(text) > 300:
        return False  # a paragraph, not a heading
    ends_sentence = text.rstrip().endswith((".", "!", "?", "”", '"'))
    if ends_sentence and len(text) >= 80 and not _CAPITALS_RUN.search(text):
        return False  # a sentence with no word in capitals: the common case, decided cheaply
    words = [w for w in _LETTER_WORD.findall(text) if len(w) > 3]
    if len(words) < 3:
        return bool(words) and all(w[0].isupper() for w in words) and len(text) < 80
    lower = [w for w in words if not w[0].isupper() and w not in _TITLE_LOWER]
    upper = sum(w.isupper() for w in words)
    if upper / len(words) >= 0.6:
        return True
    # A sentence that happens to be all names still ends like a sentence.
    return not lower and not ends_sentence


class _Segments:
    """Paragraph-like segments of a text; whether one is a heading is decided when first asked."""

    __slots__ = ("_at", "_ends", "_flags", "_starts", "_text")

    def __init__(self, text: str) -> None:
        starts, ends = [0], []
        for match in BLANK_LINE.finditer(text):
            ends.append(match.start())
            starts.append(match.end())
        ends.append(len(text))
        self._text, self._starts, self._ends = text, starts, ends
        self._flags: list[bool | None] = [None] * len(starts)
        self._at = 0  # the segment asked about last: positions mostly come in order

    def titled_at(self, pos: int) -> bool:
        i = self._at
        if not self._starts[i] <= pos < self._ends[i]:
            i = self._at = max(0, bisect_right(self._starts, pos) - 1)
            if pos >= self._ends[i]:
                return False
        flag = self._flags[i]
        if flag is None:
            flag = self._flags[i] = _titled(self._text[self._starts[i]:self._ends[i]])
        return flag

    def span_at(self, pos: int) -> tuple[int, int]:
        """The segment `titled_at` last placed `pos` in, or an empty span when it fell between two."""
        i = self._at
        if self._starts[i] <= pos < self._ends[i]:
            return self._starts[i], self._ends[i]
        return -1, -1


def _cut_prefix(text: str, start: int, end: int, words: list[str]) -> tuple[int, list[str]]:
    """A leading "Non-", "Anti-", "Ex-" or "Pro-" is cut off unless it belongs to the name
    ("Anti-Nazi League"). "Ex-" never does: it makes a former member of the body ("Ex-Home Office
    Minister")."""
    first = words[0]
    if first.startswith(PREFIXES) and first[first.index("-") + 1:][:1].isupper():
        cut = first.index("-") + 1
        rest = [first[cut:], *words[1:]]
        # "Non-European Union" names the Union
        if head_of(words) < 0 or first[:cut] in _FORMER or known_org(text[start + cut:end]):
            return start + cut, rest
    return start, words


def _number_end(text: str, end: int, words: list[str] | tuple[str, ...]) -> int:
    """Where a name that runs on over a number ends ("Transport 2000"), or `end` when none follows.

    Not after a date's month or day ("March 2005,"), nor after an opening word ("In 1999, ...").
    """
    if text[end + 1:end + 2].isdigit() and text[end:end + 1] == " ":
        last = words[-1]
        # a possessive before the number owns what it counts: "the Commission's 15 members"
        if (last not in CALENDAR and not last.endswith(("'", "’", "'s", "’s"))
                and not (len(words) == 1 and last in TITLE_OPENERS)):
            number = _ENDING_NUMBER.match(text, end)
            if number is not None:
                return number.end()
    return end


def _unknown(names: tuple[Name, ...]) -> bool:
    """No well-known name among a piece's names. A known name before a number is a score's side or a
    product's maker ("Nintendo 64"), and one that ends in a number ("Channel 4") is found as written."""
    return all(n.kind != "known" for n in names)


def _run_on_number(
    text: str, start: int, end: int, words: tuple[str, ...], names: tuple[Name, ...]
) -> tuple[int, tuple[str, ...], tuple[Name, ...]]:
    """The piece text[start:end] run on over a number that ends its name ("Transport 2000"): its new
    end, words and names, or the ones given where no number ends it or a well-known name stands in it."""
    number_end = _number_end(text, end, words)
    if number_end > end and _unknown(names):
        numbered_words = (*words, text[end + 1:number_end])
        numbered = names_of(text[start:number_end], numbered_words)
        if _unknown(numbered):
            return number_end, numbered_words, numbered
    return end, words, names


def _piece(text: str, start: int, end: int, words: list[str], titled: bool, after_title: bool) -> Piece:
    start, words = _cut_prefix(text, start, end, words)
    name = text[start:end]
    return Piece(name, start, end, words, titled, after_title, names_of(name, tuple(words)))


@lru_cache(maxsize=8)
def runs(text: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    """The text's tokens, grouped in runs that only white space separates and that start capitalised.

    Cached: the body is cut once however many passes read it. Words outside a run can neither
    start nor continue a name, so they are never cut into tokens.
    """
    out = []
    for run in _RUN.finditer(text):
        start, end = run.span()
        if run.end("first") == end:
            out.append(((run[0], start, end),))
        else:
            out.append(tuple([(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]))
    return tuple(out)


def _joinable_gap(text: str, prev_end: int, next_start: int) -> bool:
    # Inside a run the gap is white space; only a line break needs a look.
    if next_start - prev_end < 2 or "\n" not in text[prev_end:next_start]:
        return True
    # A hard-wrapped line (scanned releases) continues its name on the next line: both lines
    # are of a printed line's length, the first one full.
    line_start = text.rfind("\n", 0, prev_end) + 1
    next_end = text.find("\n", next_start)
    next_len = (next_end if next_end >= 0 else len(text)) - next_start
    return prev_end - line_start >= _MIN_WRAPPED_LINE and next_len <= _MAX_WRAPPED_LINE


def _connects(token: str, joined: list[str], words: list[str], following: str) -> bool:
    """A lower-case word that may sit inside a name: "of", "for", "of the"; "in" only after a commission
    or before a word such as "Action" that ends a name ("Khmer Girls in Action")."""
    if token.lower() in CONNECTORS:
        return True
    if token in ROMANCE_PARTICLES:
        return words[0] in OPENING_HEADS  # "Banca Nazionale del Lavoro"
    if token in {"the", "their"}:
        return bool(joined)
    return token == "in" and (following in IN_TAILS or any(w in _IN_JOINS for w in words))


def _after_title(text: str, start: int, before: tuple[str, int, int] | None) -> bool:
    """Whether the token just before `start` (perhaps across punctuation) is a person's title."""
    if before is None or before[0] not in PERSON_TITLES:
        return False
    return _TOKEN.search(text, before[2], start) is None


# The names a single capitalised word holds, by the word: a plain dict, cheaper to ask than the
# cache of `names_of`; emptied when it grows past a bound, as a long run meets ever more words.
_WORD_NAMES: dict[str, tuple[Name, ...]] = {}
_WORD_NAMES_MAX = 65536


def pieces_of(text: str) -> list[Piece]:
    """Cut a text into capitalised stretches joined by connectors ("of", "for", "and", "&")."""
    segments = _Segments(text)
    pieces: list[Piece] = []
    before: tuple[str, int, int] | None = None  # the last token of the run before
    # The segment last asked about and its answer: most words in a row fall in one segment.
    seg_start = seg_end = -1
    seg_titled = False
    for run in runs(text):
        if len(run) == 1:
            # A run opens on a capital and never ends on "-", so its one token may start a name.
            tok, start, end = run[0]
            # inlined _after_title: this branch runs for most capitalised words of every body
            after_title = (before is not None and before[0] in PERSON_TITLES
                           and _TOKEN.search(text, before[2], start) is None)
            if not seg_start <= start < seg_end:
                seg_titled = segments.titled_at(start)
                seg_start, seg_end = segments.span_at(start)
            titled = seg_titled
            if tok.startswith(PREFIXES) or tok in _COMPANY_ABBREVIATIONS:
                if text[end:end + 1] == "." and tok in _COMPANY_ABBREVIATIONS:
                    end += 1
                pieces.append(_piece(text, start, end, [tok], titled, after_title))
            else:
                names = _WORD_NAMES.get(tok)
                if names is None:
                    if len(_WORD_NAMES) >= _WORD_NAMES_MAX:
                        _WORD_NAMES.clear()
                    names = _WORD_NAMES[tok] = names_of(tok, (tok,))
                words = [tok]
                if text[end + 1:end + 2].isdigit():  # rare: the common path builds no new string
                    end, numbered, names = _run_on_number(text, start, end, (tok,), names)
                    tok, words = text[start:end], list(numbered)
                pieces.append(Piece(tok, start, end, words, titled, after_title, names))
        else:
            run_start, run_end = run[0][1], run[-1][2]
            run_text = text[run_start:run_end]
            if "\n" in run_text:  # a line break may end a name, depending on the lines around it
                layouts = _lay_out(text, run)
                run_start = 0
            else:
                layouts = _run_layouts(run_text, text[run_end:run_end + 1])
            for first, start, end, words, titled, names in layouts:
                start += run_start
                end += run_start
                if end == run_end and text[end + 1:end + 2].isdigit():
                    end, words, names = _run_on_number(text, start, end, words, names)
                prev = run[first - 1] if first else before
                pieces.append(Piece(text[start:end], start, end, list(words),
                                    titled or segments.titled_at(run[first][1]),
                                    _after_title(text, run[first][1], prev), names))
        before = run[-1]
    return pieces


# Where a piece lies in its run: the index of its first token, its start and end, its words, whether
# its words in capitals make it a heading, and the names it holds.
_Layout = tuple[int, int, int, tuple[str, ...], bool, tuple["Name", ...]]


@lru_cache(maxsize=65536)
def _run_layouts(run_text: str, following: str) -> tuple[_Layout, ...]:
    """The pieces of a run that holds no line break, placed from the run's start.

    Such a run is cut the same wherever it stands, so the same run met again ("Prime Minister
    Boris Johnson") is not cut again. `following` is the character after the run, which decides
    whether a company's abbreviation takes its full stop ("Ltd.").
    """
    tokens = tuple((m[0], m.start(), m.end()) for m in _TOKEN.finditer(run_text))
    return tuple(_lay_out(run_text + following, tokens))


def _place_at(tokens: tuple[tuple[str, int, int], ...], k: int) -> bool:
    """Whether a place is named from token k on, in one word or two ("Cape Town")."""
    return is_place(tokens[k][0]) or (k + 1 < len(tokens) and is_place(f"{tokens[k][0]} {tokens[k + 1][0]}"))


def _lay_out(text: str, tokens: tuple[tuple[str, int, int], ...]) -> list[_Layout]:
    out: list[_Layout] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok, start, _ = tokens[i]
        if not tok[:1].isupper() or tok.endswith("-"):
            i += 1
            continue
        words = [tok]
        capitals = len(tok) > 1 and tok.isupper()  # words written in capitals so far
        last = i
        j = i + 1
        while j < n:
            if (words[-1].endswith(("'s", "’s")) and not (len(words) > 1 and words[-2] in CONNECTORS)
                    and words[-1][:-2] not in _PEOPLE_PLURALS):
                # "Edinburgh's Napier University"; but "Committee on Australia's Detention Network",
                # and a people's possessive is part of a name: "Women's Tennis Association"
                break
            nxt, nstart, _ = tokens[j]
            if nstart - tokens[j - 1][2] > 1 and not _joinable_gap(text, tokens[j - 1][2], nstart):
                break
            if nxt[:1].isupper() and not nxt.endswith("-"):
                upper = nxt.isupper()
                if not upper and capitals >= 2:
                    break  # a heading in capitals runs into the sentence after it
                words.append(nxt)
                capitals += upper and len(nxt) > 1
                last = j
                j += 1
                continue
            # connectors, possibly "of the", lead to another capitalised word
            k = j
            joined: list[str] = []
            while k < n and _connects(tokens[k][0], joined, words, tokens[k + 1][0] if k + 1 < n else ""):
                gap_start = tokens[k - 1][2]
                if tokens[k][1] - gap_start > 1 and not _joinable_gap(text, gap_start, tokens[k][1]):
                    break
                joined.append(tokens[k][0])
                k += 1
            if (joined and k < n and tokens[k][0][:1].isupper() and tokens[k][0] not in CALENDAR
                    and _joinable_gap(text, tokens[k - 1][2], tokens[k][1])
                    and not (joined[-1] == "in" and _place_at(tokens, k))):
                words.extend(joined)
                words.append(tokens[k][0])
                capitals += len(tokens[k][0]) > 1 and tokens[k][0].isupper()
                last = k
                j = k + 1
                continue
            if nxt in LEGAL_SUFFIXES:  # "Orwin Holdings plc"
                words.append(nxt)
                capitals += len(nxt) > 1 and nxt.isupper()
                last = j
                j += 1
                continue
            # ", Inc." and the like stay inside a company's name
            if nxt == "," and j + 1 < n and tokens[j + 1][0].rstrip(".") in SUFFIX_STEMS:
                words.append(tokens[j + 1][0])
                capitals += len(tokens[j + 1][0]) > 1 and tokens[j + 1][0].isupper()
                last = j + 1
                j += 2
                continue
            break
        piece_end = tokens[last][2]
        if words[-1] in _COMPANY_ABBREVIATIONS and text[piece_end:piece_end + 1] == ".":
            piece_end += 1
        titled = capitals >= 2 and sum(len(w) > 1 and w.isupper() and not known_org(w) for w in words) >= 2
        start, words = _cut_prefix(text, start, piece_end, words)
        name = text[start:piece_end]
        out.append((i, start, piece_end, tuple(words), titled, names_of(name, tuple(words))))
        i = last + 1
    return out
