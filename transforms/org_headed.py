"""Names built around head words inside one piece ("Institute", "Council", "Ltd"): where a name
starts and ends around its head, and where a parent body's name splits off ("X of the Y").
"""

from __future__ import annotations

from transforms.org_records import Name, Piece
from transforms.org_words import (
    COMPANY_NAME_WORDS,
    CONTINUATIONS,
    GENERIC,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OPENING_HEADS,
    PLACED,
    ROMANCE_PARTICLES,
    SUFFIX_STEMS,
)
from transforms.orgnames import (
    COMMON_CAPITALISED,
    CONNECTORS,
    LEGAL_SUFFIXES,
    head_of,
    is_acronym,
    is_head,
    is_place,
    is_strong_head,
    own_possessive,
    strip_possessive,
)
from transforms.quote_firstnames import given_name_gender

__all__ = ["distinctive", "headed_names", "sub", "word_spans"]


def word_spans(piece: Piece) -> list[tuple[int, int]]:
    """Character offsets of each word of a piece, in the piece's text."""
    spans = []
    pos = 0
    for word in piece.words:
        at = piece.text.find(word, pos)
        spans.append((at, at + len(word)))
        pos = at + len(word)
    return spans


def sub(piece: Piece, spans: list[tuple[int, int]], a: int, b: int) -> tuple[str, int]:
    text = piece.text[spans[a][0]:spans[b - 1][1]]
    if b == len(piece.words) and piece.text.endswith("."):
        text = piece.text[spans[a][0]:]
    return (text if own_possessive(text) else strip_possessive(text)), piece.start + spans[a][0]


_PLACED_TAILS = ("-based", "-owned", "-led")
_OWNER_TAILS = ("-held", "-run", "-controlled", "-backed", "-funded")


def _trim(words: list[str], a: int, b: int) -> tuple[int, int]:
    # "San Francisco-based US Court of Appeals": what precedes "-based" places the body, not names it
    for k in range(b - 1, a - 1, -1):
        if words[k].endswith(_PLACED_TAILS):
            a = k + 1
            break
    # "Privately-held X Group", "State-run X Bank": an opening word says who owns or runs the body
    if a < b and words[a].endswith(_OWNER_TAILS):
        a += 1
    while a < b and (words[a] in COMMON_CAPITALISED or words[a] == "the" or (
            words[a].lower() in CONNECTORS and not (words[a] in NAME_PARTICLES and a + 1 < b))):
        a += 1  # but a capitalised particle opens a name: "La Fuente, Inc.", "De Beers"
    while b > a and (words[b - 1].lower() in CONNECTORS or words[b - 1] == "the"):
        b -= 1
    return a, b


def distinctive(words: list[str]) -> bool:
    """Some word besides head words, connectors and generic qualifiers."""
    return any(not is_head(w) and w.lower() not in CONNECTORS and w != "the" and w not in GENERIC
               and w not in COMMON_CAPITALISED for w in words)


_AWARD_WORDS = frozenset({"Awards", "Award", "Prize", "Prizes", "Lecture", "Medal", "Trophy"})


def _names_itself(words: list[str]) -> bool:
    """Whether the words before a head name a body rather than place one: "Riverside Tenants" do,
    while "America" in "Workers of America District" only says where a branch is."""
    return any(not is_place(w) and w not in NUMBER_WORDS for w in words if distinctive([w]))


def _opens_a_name(words: list[str]) -> bool:
    """Whether words reach a head word with no connector on the way: "Home Office ..." does, while
    "Skills and the Department" and "Social Justice of Medgar Evers College" go on an earlier name."""
    for word in words:
        if is_head(word):
            return True
        if word.lower() in CONNECTORS or word == "the":
            return False
    return False


def _parent_split(words: list[str], a: int, b: int) -> int:
    """Where "of" leads from a complete name to the body it belongs to, or -1: "Center for Law and
    Social Justice of Medgar Evers College". The first name must run on past its head ("for Law"),
    and the second be a name of its own (a distinctive word before its head)."""
    first = next((i for i in range(a, b) if is_head(words[i])), -1)
    if first < 0 or first + 1 >= b or words[first + 1].lower() not in CONTINUATIONS:
        return -1
    for k in range(first + 3, b - 2):
        if words[k] == "of" and not is_head(words[k - 1]):
            rest = words[k + 2:b] if words[k + 1] == "the" else words[k + 1:b]
            if rest and not is_head(rest[0]) and _opens_a_name(rest) and head_of(rest) == len(rest) - 1:
                return k
    return -1


def _inside_of_phrase(words: list[str], a: int, h: int, b: int) -> bool:
    """Whether the head at `h` sits in the "of" phrase of an earlier head and plain capitalised words,
    none of them a head, follow it to the end."""
    first = next((i for i in range(a, h) if is_strong_head(words[i])), -1)
    if first < 0 or words[first + 1] not in {"of", "for"}:
        return False
    return all(w[:1].isupper() and not is_head(w) and w.lower() not in CONNECTORS for w in words[h + 1:b])


def _opens_on(words: list[str], k: int, b: int) -> bool:
    """Whether a capitalised word follows at k, perhaps after a particle ("du Caire")."""
    if words[k] in ROMANCE_PARTICLES and k + 1 < b:
        k += 1
    return words[k][:1].isupper()


def _opened_names(piece: Piece, spans: list[tuple[int, int]], a: int, b: int, out: list[Name]) -> bool:
    """Names around a head word that opens a name ("Banque Misr", "Banca Nazionale del Lavoro"): the
    name runs from that word over capitalised words and particles, and what stands before it is a name
    of its own ("Santander and Banco Central Hispano"). False where no such head opens a name."""
    words = piece.words
    o = next((k for k in range(a, b - 1) if words[k] in OPENING_HEADS and _opens_on(words, k + 1, b)), -1)
    if o < 0:
        return False
    if o > a:
        headed_names(piece, spans, a, o - 1 if words[o - 1] in {"and", "&"} else o, out)
    end = o + 1
    while end < b and (words[end][:1].isupper() or (words[end] in ROMANCE_PARTICLES and end + 1 < b)):
        end += 1
    text, start = sub(piece, spans, o, end)
    out.append(Name(text, start, "headed"))
    if end < b:
        headed_names(piece, spans, end, b, out)
    return True


def headed_names(piece: Piece, spans: list[tuple[int, int]], a: int, b: int, out: list[Name]) -> None:
    """Split words[a:b] around head words: "X College of Y and Z Association" gives two names."""
    words = piece.words
    for k in range(a + 1, b - 1):
        if words[k] in {"and", "&"} and words[k + 1].endswith(PLACED):
            # "Atticus Capital and UK-based TCI Fund": the place opens another name
            headed_names(piece, spans, a, k, out)
            headed_names(piece, spans, k + 1, b, out)
            return
    a, b = _trim(words, a, b)
    if a >= b:
        return
    if not OPENING_HEADS.isdisjoint(words[a:b]) and _opened_names(piece, spans, a, b, out):
        return
    # "A Council and B Association", "A and the B", "A and The B Bureau", "ACR and B": two names.
    for k in range(a + 1, b - 1):
        if words[k] not in {"and", "&"}:
            continue
        left_named = any(is_strong_head(w) for w in words[a:k]) and _opens_a_name(words[k + 1:b])
        if left_named or words[k + 1] in {"the", "The"} or (k == a + 1 and is_acronym(words[a])):
            headed_names(piece, spans, a, k, out)
            headed_names(piece, spans, k + 1, b, out)
            return
    parent = _parent_split(words, a, b)
    if parent > 0:
        headed_names(piece, spans, a, parent, out)
        headed_names(piece, spans, parent + 1, b, out)
        return
    h = head_of(words[a:b])
    # A weak head with a capitalised word after it is no head there: "Press Release", "News Review".
    while (h >= 0 and not is_strong_head(words[a + h]) and a + h + 1 < b and words[a + h + 1][:1].isupper()
           and words[a + h + 1] not in NUMBER_WORDS):
        h = head_of(words[a:a + h])
    # "Jane Doe of the X Alliance", "Hamlet for the Y Company": the name starts after "of" or "for"
    # when nothing before it is a head.
    if h >= 0:
        for k in range(a + 1, a + h):
            if words[k] in {"of", "for"} and head_of(words[a:k]) < 0 and (
                    _names_itself(words[k + 1:b]) or (k - a == 2 and given_name_gender(words[a]))):
                # "Paul Roe of the Lisbon Council": a person's name before it, even where the body's
                # own words only place it
                headed_names(piece, spans, a, k, out)
                headed_names(piece, spans, k + 1, b, out)
                return
    if h == 0 and b - a > 1 and words[a] in LEGAL_SUFFIXES:
        h = -1  # a company form opening a name is its owner's initials: "AG Edwards & Co"
    if h < 0:
        text, start = sub(piece, spans, a, b)
        out.append(Name(text, start, "plain"))
        return
    h += a
    # "Columbus Police Department Intelligence Unit": a weak head after a strong one and plain words
    # names a unit apart from the body before it.
    if not is_strong_head(words[h]):
        inner = next((k for k in range(h - 2, a, -1) if is_strong_head(words[k])), -1)
        if inner > a and words[inner + 1][:1].isupper() and not is_head(words[inner + 1]):
            headed_names(piece, spans, a, inner + 1, out)
            headed_names(piece, spans, inner + 1, b, out)
            return
    # After the last head only a connector ("of", "for") or a company suffix continues the name.
    stop = h + 1
    if stop < b and words[stop].lower() in CONTINUATIONS:
        stop = b
    elif stop < b and (words[stop].rstrip(".") in SUFFIX_STEMS or words[stop] in NUMBER_WORDS):
        stop += 1  # "Orwin Holdings plc", "Workers District One"
    elif stop < b and words[stop] in COMPANY_NAME_WORDS and stop + 1 == b:
        stop += 1  # "Giant Company Software": a company word ends the name
    elif stop < b and _inside_of_phrase(words, a, h, b):
        stop = b  # "Association of Chief Police Officers": "Police" only qualifies the officers
    if stop < b and words[stop] in _AWARD_WORDS:
        # "the Screen Actors Guild Awards", "the Royal Society Prize": the body's prize, an event
        text, start = sub(piece, spans, a, b)
        out.append(Name(text, start, "plain"))
        return
    text, start = sub(piece, spans, a, stop)
    if distinctive(words[a:stop]):
        out.append(Name(text, start, "headed"))
    else:
        out.append(Name(text, start, "bare"))
    if stop < b:
        headed_names(piece, spans, stop, b, out)
