"""Names that are events, works, buildings, areas or another's programme rather than bodies,
told from the words around them ("in the Champions League", "the film In Good Company").
"""

from __future__ import annotations

import re

from transforms.org_collector import Collector
from transforms.org_records import Name, Piece
from transforms.org_words import BODY_AFTER, BUILDING_HEADS, TITLE_OPENERS, WORD_AFTER, occurrences

__all__ = ["anothers_programme", "drop_events_and_places", "names_a_work", "sport_noun_after"]


def names_a_work(body: str, piece: Piece, name: Name) -> bool:
    """A film, album or book's title: "were In Good Company", "the film Good Company".

    A preposition written with a capital inside a sentence opens a title; at a sentence's start
    it is only the sentence's first word. A noun for a work just before the name says the same.
    """
    first = piece.words[0]
    if first in TITLE_OPENERS and name.start > 0 and piece.start > 0:
        before = body[:piece.start].rstrip()
        if before and before[-1] not in _SENTENCE_BREAKS:
            return True
    if _WORK_BEFORE.search(body, max(0, piece.start - 30), piece.start) is not None:
        return True
    return _ends_a_quoted_title(body, piece) or _listed_as_works(body, piece.start)


# "The games for the console include A, B and C": a list after works and "include" lists works.
_LIST_CUES = (" include ", " includes ", " included ", " including ", " such as ")
_WORKS_NOUN = re.compile(
    r"\b(?:games|titles|films|movies|albums|songs|tracks|books|novels|shows|programmes)\b"
)
_LIST_SO_FAR = re.compile(r"(?:[A-Z0-9][\w'’:-]*|and|of|the|,|\s)*")


def _listed_as_works(body: str, start: int) -> bool:
    window = body[max(0, start - 160):start]
    at, cue = max((window.rfind(cue), cue) for cue in _LIST_CUES)
    if at < 0:
        return False
    if _LIST_SO_FAR.fullmatch(window, at + len(cue)) is None:
        return False  # the list, if any, ended before the name
    sentence = max(window.rfind(". ", 0, at), window.rfind("\n", 0, at))
    return _WORKS_NOUN.search(window, max(sentence, at - 60, 0), at) is not None


def _ends_a_quoted_title(body: str, piece: Piece) -> bool:
    """"is called 'Improving Opportunity, Strengthening Society'": a name that closes single quotes
    opened some words before it ends a quoted title, a slogan or a headline."""
    if piece.text[-1:] not in "'’":
        return False
    m = _OPEN_SINGLE_QUOTE.search(body, max(0, piece.start - 60), piece.start)
    return m is not None and m.start() + 1 < piece.start


def _in_context(body: str, form: str, before: re.Pattern[str], after: re.Pattern[str]) -> tuple[bool, bool]:
    """Whether some mention of `form` stands in the given context, and whether some stands as a body's."""
    found = acting = False
    for at, end in occurrences(body, form):
        if before.search(body, max(0, at - 40), at) or after.match(body, end):
            found = True
        if _acts_as_body(body, at, end):
            acting = True
    return found, acting


def _acts_as_body(body: str, at: int, end: int) -> bool:
    """Whether the mention at body[at:end] acts as a body does ("X said", "a spokesman for X")."""
    return bool(BODY_AFTER.match(body, end) or _BODY_ROLE_BEFORE.search(body, max(0, at - 40), at))


def drop_events_and_places(body: str, collector: Collector) -> None:
    """Competitions, conferences and buildings named like bodies: "in the Champions League", "at the
    Games Developers Conference in the summer", "the attacks on the World Trade Center".

    The head word alone cannot tell: "the Premier League said" is a body, "a Premier League
    clash" a competition. A name goes when the article uses it as an event or a place somewhere
    and never as a body (nobody speaks for it, works at it or heads it).
    """
    for org in list(collector.orgs):
        if org.canonical or org.role != "mentioned":
            continue
        forms = list(org.forms.values())
        if _dated_event(body, forms):
            collector.remove(org)  # "the Autosport International 2005 show": a year's edition of an event
            continue
        heads = {f.split()[-1] for f in forms}
        if heads <= _EVENT_HEADS:
            before, after = _EVENT_BEFORE, _EVENT_AFTER
        elif heads <= BUILDING_HEADS:
            before, after = _BUILDING_BEFORE, _BUILDING_AFTER
        elif heads <= _AREA_HEADS:
            before, after = _AREA_BEFORE, _AREA_AFTER
        else:
            continue
        seen = [_in_context(body, f, before, after) for f in forms]
        if any(found for found, _ in seen) and not any(acting for _, acting in seen):
            collector.remove(org)


# After "British Athletics": a noun that makes the pair describe a title or a team, not a body.
_SPORT_NOUNS = frozenset(
    {
        "title", "titles", "team", "teams", "squad", "championship", "championships", "record", "records",
        "trials", "final", "finals", "season", "star", "stars", "league", "cup", "coach", "captain",
        "champion", "champions", "fans", "side", "international", "internationals", "player", "players",
    }
)


def sport_noun_after(body: str, end: int) -> bool:
    after = WORD_AFTER.match(body, end)
    return after is not None and after.group(1) in _SPORT_NOUNS


def anothers_programme(body: str, piece: Piece) -> bool:
    """"the IPPR's Digital Society initiative": a name between another's possessive and a noun for a
    programme names the programme, not a body."""
    if body[max(0, piece.start - 3):piece.start] not in {"'s ", "’s "}:
        return False
    # The noun as a whole word, perhaps plural: "the government's Cabinet Office showed" shows nothing.
    noun = next((n for n in _PROGRAMME_NOUNS if body.startswith(n, piece.end)), None)
    if noun is None:
        return False
    end = piece.end + len(noun)
    end += body.startswith("s", end)
    return not body[end:end + 1].isalpha()


_PROGRAMME_NOUNS = (
    " initiative", " programme", " program", " project", " scheme", " campaign", " series", " show", " film",
    " album",
)
# A single quote opening a phrase that runs up to the name with no sentence break.
_OPEN_SINGLE_QUOTE = re.compile(r"(?<![\w'’])['‘](?=\w)[^'‘’.!?;:\"“”\n]*$")
_SENTENCE_BREAKS = frozenset(".!?:;\n\"“”'‘’(•*#|-")
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|album|single|song|play|musical|novel|book|sitcom|series|documentary|show|drama|comedy|"
    r"thriller|game)(?:\s+(?:the\s+)?|,\s+)[\"“‘']?$"
)
# A competition or a conference: where the head word names an occasion as often as a body.
_EVENT_HEADS = frozenset({"League", "Conference"})
# After a name: a year and the noun for an occasion, "X 2005 show".
_OCCASION_NOUNS = (
    r"(?:show|exhibition|fair|festival|expo|conference|convention|awards|games|tournament|championships?|"
    r"event|season)\b"
)
_DATED_EVENT = re.compile(r" (?:19|20)\d\d\s+" + _OCCASION_NOUNS)


def _dated_event(body: str, forms: list[str]) -> bool:
    """Whether some form stands before a year and an occasion's noun, and none acts as a body."""
    spans = [span for form in forms for span in occurrences(body, form)]
    # a digit just after a space first: most names are followed by no year anywhere
    if not any(body[end + 1:end + 2].isdigit() and _DATED_EVENT.match(body, end) for _, end in spans):
        return False
    return not any(_acts_as_body(body, at, end) for at, end in spans)


_EVENT_BEFORE = re.compile(
    r"(?:\b(?:in|into|at|out\s+of|wins?|won|winning|reach(?:ed|es|ing)?|qualif\w+\s+for|play(?:s|ed|ing)?\s+in|"
    r"during|host(?:s|ed|ing)?|attend(?:s|ed|ing)?|(?:stage|final|round|edition|winners?)\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’]+['’]s\s+)?|\bnon-)$"
)
_EVENT_AFTER = re.compile(
    r"\s+(?:finals?|semi-finals?|quarter-finals?|clash|games?|match(?:es)?|ties?|football|troph(?:y|ies)|title|"
    r"campaign|success|defeat|draw|place|spot|qualification|qualifiers?|season|fixtures?|debut|ambitions|"
    r"contenders|representatives|group|stage|round|winners|in\s+(?:the\s+)?(?:summer|spring|autumn|winter)|"
    r"(?:next|this|last)\s+(?:week|month|year))\b"
)
_BUILDING_BEFORE = re.compile(
    r"\b(?:attacks?\s+on|site\s+of|towers\s+of|collapse\s+of|rubble\s+of|outside|near|inside|beside)\s+"
    r"(?:the\s+)?$"
)
_BUILDING_AFTER = re.compile(
    r"\s+(?:site|towers?|building|attacks?|collapse|disaster|memorial|ruins|rubble)\b"
)
# A district is a body ("Storm Lake School District") or an area ("a Financial District resident").
_AREA_HEADS = frozenset({"District"})
_AREA_BEFORE = re.compile(r"\b(?:in|near|around|across|throughout|downtown|of)\s+(?:the\s+)?$")
_AREA_AFTER = re.compile(r"\s+(?:residents?|neighbou?rhoods?|streets?|area|apartments?|offices|buildings)\b")
# Before a name: someone who works for it, speaks for it or heads it, so it is a body.
_BODY_ROLE_BEFORE = re.compile(
    r"\b(?:role|job|post|works?|worked|executive|chief|head|officials?|spokes(?:man|woman|person)|chair(?:man|woman)?|"
    r"president|director|members?|according)\s+(?:at|of|for|with|to)\s+(?:the\s+)?$"
)
