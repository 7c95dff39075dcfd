"""What a name must look like to stand as a body on its own: not a person's name, title or
post-nominal, not a bare head word; and which head words ("Court", "Centre") need a kind word to name one.
"""

from __future__ import annotations

import re

from transforms.org_records import Piece
from transforms.org_words import (
    BUILDING_HEADS,
    DOCUMENT_ENDINGS,
    GENERIC,
    NAME_PARTICLES,
    PERSON_TITLES,
    occurrences,
    stands_alone,
)
from transforms.orgnames import (
    ACRONYM_STOPWORDS,
    COMMON_CAPITALISED,
    DEMONYMS,
    EXCLUDED_NAMES,
    is_acronym,
    is_head,
    is_place,
    known_org,
    org_key,
    strip_possessive,
)
from transforms.quote_firstnames import given_name_gender

__all__ = [
    "PAPER_DAYS",
    "PRESS_LAST_WORDS",
    "abbreviated_name",
    "acceptable_plain",
    "double_given_name",
    "headed_ok",
    "looks_personal",
    "masthead",
    "person_shaped",
    "plain_person",
    "plain_words",
    "press_title",
    "surname_used_alone",
    "word_in",
]

_INITIAL = re.compile(r"[A-Z]\.?")
# Head words that are also surnames: "Natalie Press", "Rob Da Bank".
_SURNAME_HEADS = frozenset({"Press", "Bank", "Banks", "Times", "News", "Trust", "Hall"})


def looks_personal(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0] in PERSON_TITLES


def person_shaped(name: str) -> bool:
    """A given name and a surname, perhaps an initial or particle between: "Mike Leigh", "Rob Da Bank"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not (given_name_gender(words[0]) or double_given_name(words[0])):
        return False
    middle = words[1:-1]
    if middle and not (middle[0] in NAME_PARTICLES or _INITIAL.fullmatch(middle[0])):
        return False
    last = strip_possessive(words[-1])
    return last[:1].isupper() and (not is_head(last) or last in _SURNAME_HEADS)


def double_given_name(word: str) -> bool:
    """"Anne-Claire", "Jeanne-Marie": a given name counts by either part; "ASK-Raymond" is no name."""
    parts = word.split("-")
    return len(parts) == 2 and all(map(str.istitle, parts)) and any(map(given_name_gender, parts))


def _place_event(words: list[str]) -> bool:
    """"Sydney International": a tournament or an airport named for its place, not a body."""
    return (len(words) >= 2 and words[-1] == "International"
            and all(is_place(w) or w in COMMON_CAPITALISED or w in DEMONYMS for w in words[:-1]))


def acceptable_plain(name: str, *, person_ok: bool = False, short_ok: bool = False) -> bool:
    """A name found by its context alone: not a place, demonym, person, excluded or empty."""
    name = strip_possessive(name.strip(" ,.;:"))
    if not name or not name[:1].isupper() or looks_personal(name):
        return False
    key = org_key(name)
    if (not key or key in EXCLUDED_NAMES or is_place(name) or name in DEMONYMS or name in COMMON_CAPITALISED
            or name in ACRONYM_STOPWORDS):
        return False  # "the PC division of X": an abbreviation of a thing
    words = name.split()
    if len(words) == 1 and name.endswith("s") and is_acronym(name[:-1]) and name[:-1].isupper():
        return False  # "rival ISPs", "the NGOs": a plural abbreviation names a kind of body, not one
    if words[-1].endswith(("-based", "-owned", "-led")) or (person_shaped(name) and not person_ok):
        return False  # "US-based" places a body without naming it; "Mike Leigh" is a person
    if len(words) >= 3 and words[-1] in _POST_NOMINALS and person_shaped(" ".join(words[:-1])):
        return False  # "Ann Roe MP": a person and her letters
    naming = [w for w in words if w not in COMMON_CAPITALISED and w not in GENERIC and not is_head(w)]
    if not naming or (len(naming) == len(words) and all(w in DEMONYMS or is_place(w) for w in naming)):
        return False
    # A three-letter word is a name only where a cue has already said it is a company ("insurers Axa")
    return len(words) >= 2 or is_acronym(name) or len(name) >= (3 if short_ok else 4)


_POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "AM", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "KBE"})
# Before "Centre": a word that makes it a building or a product whatever the text says around it.
_VENUE_WORDS = frozenset(
    {
        "Shopping", "Exhibition", "Leisure", "Conference", "Convention", "Sports", "Garden", "Visitor",
        "Visitors", "Retail", "Media", "Trade", "Fitness", "Aquatics", "Aquatic", "Civic",
    }
)


def plain_words(words: list[str]) -> bool:
    """Words that may be a person's name: none a place, demonym, head word or common capitalised word."""
    return not any(w in DEMONYMS or w in COMMON_CAPITALISED or is_head(w) or is_place(w) for w in words
                   if w not in {"&", "and"} and w[:1].isupper())


def plain_person(name: str) -> bool:
    words = name.split()
    return person_shaped(name) or (len(words) >= 2 and bool(given_name_gender(words[0])))


def abbreviated_name(name: str) -> bool:
    """A name without a head word that the article also abbreviates: a body, unless it is a law or report."""
    words = name.split()
    return len(words) >= 3 and words[-1] not in DOCUMENT_ENDINGS and acceptable_plain(name)


# Words that make "X Court" a court of law rather than a place or a building ("Earls Court"); a longer
# name says what it judges ("Foreign Intelligence Surveillance Court").
_COURT_KINDS = frozenset(
    {
        "Supreme", "High", "Crown", "Magistrates", "Magistrates'", "Magistrates’", "County", "District",
        "Appeal", "Appeals", "Appellate", "Superior", "Federal", "Criminal", "Civil", "Family",
        "Constitutional", "Juvenile", "Youth", "Circuit", "Bankruptcy", "Claims", "Tax", "Coroner's",
        "Coroners", "Sheriff", "Commercial", "Military", "Administrative", "Arbitration", "Labour",
        "Labor", "Industrial", "Employment", "Probate", "Sessions", "Trial", "Municipal", "City",
        "State", "Chancery", "Land", "Admiralty", "Election", "Electoral", "European", "International",
        "Local",
    }
)


_PRONOUNS = frozenset({"I", "You", "Me", "We", "Us", "My", "Your", "It"})


def headed_ok(name: str) -> bool:
    key = org_key(name)
    if key in EXCLUDED_NAMES or is_place(name):
        return False
    words = name.split()
    if words[-1] in {"Court", "Courts"} and len(words) == 2 and words[0] not in _COURT_KINDS:
        return False  # "Earls Court", "Hampton Court": a place; a court of law says which kind it is
    if words[-1] in BUILDING_HEADS and len(words) >= 2 and words[-2] in _VENUE_WORDS:
        return False  # "St David's Shopping Centre", "Media Centre": a building or a product
    if _place_event(words) or person_shaped(name):
        return False
    if "Force" in words and (words[-1] != "Force" or len(words) < 2 or words[-2] not in _FORCE_KINDS):
        return False  # "Ground Force" is a show, "Air Force One" a plane; "Task Force" is a body
    if _PRONOUNS.intersection(words) and len(words) > 2:
        return False  # "Have I Got News for You", "Get Me Out of Here": a title speaks, a name does not
    if "and" in words and person_shaped(" ".join(words[len(words) - words[::-1].index("and"):])):
        return False  # "Huw Smith and Rob Da Bank": people listed together, the last one's surname a head
    return not looks_personal(name) and not (len(words) == 1 and not known_org(name))


# The words before "Force" that make it an armed service or a standing body rather than a title.
_FORCE_KINDS = frozenset(
    {"Air", "Task", "Border", "Peacekeeping", "Defence", "Defense", "Police", "Security"}
)


# "the Daily Star", "the Sunday Mirror": a paper's day or hour, then a word a masthead ends on.
PAPER_DAYS = ("Daily ", "Sunday ", "Evening ")
_MASTHEAD_WORDS = frozenset({
    "Star", "Mirror", "Mail", "Express", "Record", "Telegraph", "Times", "News", "Post", "Standard", "Herald",
    "Chronicle", "Sport", "Business", "Independent", "Echo", "Journal", "Gazette", "Tribune", "Sun",
})


def masthead(body: str, piece: Piece, name: str) -> bool:
    """Whether a two-word name is a newspaper's title ("against the Daily Star at the High Court"):
    "the" before it, a masthead's word closing it, and no capitalised word running on after it."""
    words = name.split()
    if len(words) != 2 or words[1] not in _MASTHEAD_WORDS or name != piece.text.removeprefix("The "):
        return False
    return piece.text.startswith("The ") or body.endswith("the ", 0, piece.start)


# Words a newspaper's title ends on that seldom end anything else; "Star", "Sun", "News", "Sport" and
# "Business" end stars, programmes and sections as often, and only the day's papers above take them.
_PRESS_ENDINGS = (_MASTHEAD_WORDS - {"Star", "Sun", "News", "Sport", "Business"}) | {
    "Observer", "Guardian", "Courier", "Argus", "Inquirer", "Examiner"}
# The last word of a piece that may close a paper's title, possessive or not: asked before anything else.
PRESS_LAST_WORDS = frozenset({f"{w}{tail}" for w in _PRESS_ENDINGS for tail in ("", "'s", "’s")})
# A paper is told things or written in, or it reports what it found; "to the" is left out, as a
# standard or a star is reached too ("geared to the Gold Standard").
_PRESS_BEFORE = ("told the ", " in the ", " with the ", "according to the ", "According to the ")
# Mastheads of one word, each also a common word ("an independent", "an observer"): a paper only where
# the sentence treats it as one. "Sun" and "Star" name the sky as often, and "Times" and "Guardian"
# are well-known names already.
_ONE_WORD_PAPERS = frozenset({"Observer", "Independent", "Herald", "Mirror", "Mail", "Express"})
_PRESS_AFTER = re.compile(
    r"\s+(?:newspaper|paper|reported|reports|said|says|claimed|claims|alleged|suggested|revealed|quoted|"
    r"also\s+(?:reported|said|highlighted|claimed))\b"
)


def press_title(body: str, piece: Piece) -> str:
    """A newspaper's title of two to four words ("the Northern Echo", "the South Wales Evening Post")
    or of one masthead word ("the Observer"), or "": a masthead's word closes it, "the" opens it,
    and the sentence treats it as a paper (told it, wrote in it, or it reported). The whole piece
    must be the title, so "the Evening Standard Theatre Awards" and "the Texas Electronic Mail and
    Solicitation Act" run on and name none."""
    title = piece.text.removeprefix("The ")
    words = title.split()
    if not (2 <= len(words) <= 4 or (len(words) == 1 and strip_possessive(words[0]) in _ONE_WORD_PAPERS)):
        return ""
    if strip_possessive(words[-1]) not in _PRESS_ENDINGS:
        return ""
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[:-1]):
        return ""
    if piece.text.startswith("The "):
        told = False  # a title opening a sentence or a film's name ("starring in The Polar Express")
    elif body.endswith("the ", 0, piece.start):
        told = body.endswith(_PRESS_BEFORE, 0, piece.start)
    else:
        return ""
    if not told and not _PRESS_AFTER.match(body, piece.end):
        return ""
    # "told the Mail on Sunday": the weekly paper's own title runs on past the small word
    return strip_possessive(title) + (_ON_SUNDAY if body.startswith(_ON_SUNDAY, piece.end) else "")


_ON_SUNDAY = " on Sunday"


def surname_used_alone(body: str, name: str) -> bool:
    """"U2, Usher and Tamsin Orde" where the article also writes "Orde was named best female": a name
    of two or three plain words whose last word the article uses alone is a person met by surname,
    as news copy does with people and seldom with a company's or a band's last word."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words[-2:]):
        return False
    last = words[-1]
    if not plain_words(words[-2:]) or word_in(body, last.lower()):
        return False  # "Rugby union" opening a sentence is the common word "rugby"
    for at, end in occurrences(body, last):
        if (stands_alone(body, at, end) and not _CAPITAL_NEXT.match(body, end)
                and not _CAPITAL_BEFORE.search(body, max(0, at - 30), at)):
            return True  # "Weil, Gotshal & Manges": a word after a capitalised one belongs to its name
    return False


def word_in(body: str, word: str) -> bool:
    """Whether the body writes `word` as a word of its own somewhere."""
    return any(stands_alone(body, at, end) for at, end in occurrences(body, word))


# A surname's mention that runs into or on from another capitalised word is part of another name.
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*,?[ \t]+$")
