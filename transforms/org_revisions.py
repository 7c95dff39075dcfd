"""Second readings of the names found, once every step has added its own: forms the text shows to be
longer ("Department for Culture, Media and Sport", "Shopping.com") or no body at all (a word capitalised
only where it opens a sentence, a person's possessive that looks like a well-known "'s" name)."""

from __future__ import annotations

import re

from transforms.org_collector import Collector
from transforms.org_context import group_noun_before, kind_said_after
from transforms.org_shapes import surname_used_alone, word_in
from transforms.org_words import PERSON_TITLES, is_word_char, occurrences, stands_alone
from transforms.orgnames import COMMON_CAPITALISED, DEMONYMS, LEGAL_SUFFIXES, is_acronym, is_place, known_org
from transforms.quote_firstnames import given_name_gender

__all__ = ["drop_named_people", "drop_opening_words", "drop_surname_possessives", "web_names", "whole_remits"]


# "Department for Culture, Media and Sport": a body's remit listed with commas, which end a piece.
_REMIT_HEADS = (
    "Department", "Ministry", "Office", "Committee", "Commission", "Institute", "Centre", "Center", "Council",
    "Agency", "Authority",
)
_REMIT_FORM = re.compile(r"(?:" + "|".join(_REMIT_HEADS) + r")\s+(?:for|of)\s+[A-Z][a-z]+")
_REMIT_REST = re.compile(r",((?:\s+[A-Z][a-z]+,)*\s+[A-Z][a-z]+,?\s+and(?:\s+[A-Z][a-z]+)+)\b")


def whole_remits(body: str, collector: Collector) -> None:
    """A name found as "Department for Culture" that the text goes on listing with commas stands for
    the whole name; only such names found are looked up in the text."""
    for org, form in collector.single_forms():
        if not form.startswith(_REMIT_HEADS) or not _REMIT_FORM.fullmatch(form):
            continue
        at = body.find(form + ",")
        rest = _REMIT_REST.match(body, at + len(form)) if at >= 0 else None
        if rest is not None:
            collector.remove(org)
            collector.add(form + "," + rest.group(1))


_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk)\b")


def web_names(body: str, collector: Collector) -> None:
    """"Shopping.com": a one-word name the article always writes with its web address ending is
    called by the whole address, not by the word before the dot."""
    if not any(suffix in body for suffix in (".com", ".net", ".org", ".co.uk")):
        return  # most articles hold no web address
    for org, word in collector.single_forms():
        at = body.find(word)
        suffixes = set()
        while at >= 0 and suffixes is not None:
            end = at + len(word)
            if stands_alone(body, at, end):
                m = _WEB_SUFFIX.match(body, end)
                suffixes = suffixes | {m.group()} if m else None
            at = body.find(word, end) if suffixes is not None else -1
        if suffixes and len(suffixes) == 1:
            collector.remove(org)
            collector.add(word + suffixes.pop())


# A hyphened word that describes ("Travel-related shares", "Singapore-listed") names nothing itself.
_DESCRIBING_ENDINGS = ("-related", "-listed", "-born", "-based", "-owned", "-led", "-backed", "-style")
_SENTENCE_ENDS = frozenset('.!?:"”\n')


def drop_opening_words(body: str, collector: Collector) -> None:
    """"Airline shares closed lower", "Separately, ...": a one-word name the article writes only at
    the start of a sentence, where any word takes a capital, is an ordinary word when the article
    also writes it in small letters, or when it is an adverb before a comma."""
    for org, word in collector.single_forms():
        if " " in word or is_acronym(word):
            continue
        if word.endswith(_DESCRIBING_ENDINGS):
            collector.remove(org)
            continue
        at = body.find(word)
        if at < 0:
            continue
        adverb = word.endswith("ly") and body.startswith(",", at + len(word))
        only_opening = True
        while at >= 0:
            end = at + len(word)
            before = body[max(0, at - 3):at].rstrip()
            if before and before[-1] not in _SENTENCE_ENDS and stands_alone(body, at, end):
                only_opening = False
                break
            at = body.find(word, end)
        if only_opening and (adverb or re.search(rf"\b{re.escape(word.lower())}\b", body)):
            collector.remove(org)


_NAME_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def drop_surname_possessives(body: str, collector: Collector) -> None:
    """"McDonald's cameo" where the article names "Michael McDonald": a well-known name ending in "'s"
    is a person's possessive when the article gives that surname a given name or a title."""
    for org in [o for o in collector.orgs if o.canonical and o.canonical[-2:] in ("'s", "’s")]:
        surname = org.canonical[:-2]
        # where the article never writes the name's own "'s", any given name may stand before the
        # surname, even one no list holds ("Sebastien Sainsbury")
        owned = re.search(rf"{re.escape(surname)}['’]s\b", body)
        at = body.find(surname)
        while at >= 0:
            before = _NAME_BEFORE.search(body, max(0, at - 20), at)
            if before and (before.group(1) in PERSON_TITLES or given_name_gender(before.group(1)) or (
                    owned is None and _unlisted_word(body, before))):
                collector.remove(org)
                break
            at = body.find(surname, at + 1)


def _unlisted_word(body: str, before: re.Match[str]) -> bool:
    """Whether the capitalised word before a surname may be a given name: no common capitalised word,
    trade noun, place, people or well-known body."""
    word = before.group(1)
    return not (word in COMMON_CAPITALISED or word in DEMONYMS or word.lower() in _TRADE_NOUNS
                or is_place(word) or known_org(word) is not None)


# "Supermarket Sainsbury", "Rival Sainsbury": a sentence may open on the noun for what a company is.
_TRADE_NOUNS = frozenset({"supermarket", "supermarkets", "grocer", "rival", "rivals", "retailer", "chain",
                          "firm", "group", "brand", "burger", "restaurant", "agency", "insurer", "broker"})


# Nouns for what a person does, written just before their name: "guitarist Ann Roe", "striker Ann Roe".
_PERSON_NOUNS = (
    "guitarist", "singer", "drummer", "bassist", "pianist", "musician", "rapper", "actor", "actress",
    "comedian", "presenter", "writer", "author", "novelist", "poet", "artist", "dancer",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "player", "coach", "boxer", "golfer",
    "spokesman", "spokeswoman", "economist", "analyst", "lawyer", "businessman", "businesswoman",
)
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(_PERSON_NOUNS) + r")\s+$")


def drop_named_people(body: str, collector: Collector) -> None:
    """"the O'Jays and Buddy Guy" where the article also writes "guitarist Buddy Guy", or "Ann Roe" where
    it later writes "Ms Roe": a name of two or three plain words that a noun for a person's trade stands
    before, or whose last word follows a person's title, is a person, found as a body only by the
    company it keeps or the noun before it ("publisher Ann Roe")."""
    for org, form in collector.single_forms():
        words = form.split()
        if len(words) == 1 and _surname_of_a_named_person(body, form):
            collector.remove(org)
            continue
        if (not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words)
                or words[-1] in LEGAL_SUFFIXES):
            continue
        if _titled_surname(body, words[-1]) or _met_by_surname(body, form) or any(
                _PERSON_BEFORE.search(body, max(0, at - 14), at) and stands_alone(body, at, end)
                for at, end in occurrences(body, form)):
            collector.remove(org)


def _surname_of_a_named_person(body: str, word: str) -> bool:
    """"Goldfine said" where the article has named "Dean Goldfine": one plain word the text also
    writes after a given name is that person's surname, unless a noun for a body stands before the
    two ("housebuilder George Wimpey") or the text says what kind of body the word is ("Ford, the
    US car company")."""
    if not (word[:1].isupper() and word[1:].islower()) or known_org(word):
        return False
    named = False
    for at, end in occurrences(body, " " + word):
        if is_word_char(body[end:end + 1]):
            continue
        begin = max(body.rfind(" ", 0, at), body.rfind("\n", 0, at)) + 1
        given = body[begin:at]
        if given.istitle() and given_name_gender(given):
            if group_noun_before(body, begin):
                return False
            named = True
    return named and not kind_said_after(body, word)


def _met_by_surname(body: str, form: str) -> bool:
    """"chief executive Tamsin Orde ... Orde said": two plain words whose second the article uses alone
    and whose first it never writes as a common word, so "Shareholders United" (with "shareholders"
    and "United") stays a body. Well-known companies named for a person ("Eli Lilly") are kept."""
    first, _, _ = form.partition(" ")
    return (form.count(" ") == 1 and not known_org(form) and surname_used_alone(body, form)
            and not word_in(body, first.lower()))


# The titles news copy puts before a surname once it has named the person in full.
_SURNAME_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})


def _titled_surname(body: str, last: str) -> bool:
    """Whether the text also writes this word after a person's title ("Mr Camus" after "Philippe
    Camus"), which makes the name it ends a person's. Each mention of the word is found once and the
    word before it read, rather than each title looked for."""
    for at, end in occurrences(body, " " + last):
        if not is_word_char(body[end:end + 1]):
            space = max(body.rfind(" ", max(0, at - 6), at), body.rfind("\n", max(0, at - 6), at))
            if (space >= 0 or at <= 5) and body[space + 1:at] in _SURNAME_TITLES:
                return True
    return False
