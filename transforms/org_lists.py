"""Lists of bodies: after a group noun ("members include A, B and C"), after a plural for a kind of
company ("insurers A, B and C"), and names coordinated with a body the article already names.
"""

from __future__ import annotations

import re

from transforms.org_collector import Collector
from transforms.org_shapes import (
    acceptable_plain,
    double_given_name,
    looks_personal,
    person_shaped,
    plain_person,
    plain_words,
    surname_used_alone,
)
from transforms.org_words import IN_TAIL, ROLE_NAME, TRAILING_SMALL, is_word_char, occurrences, stands_alone
from transforms.orgnames import (
    COMMON_CAPITALISED,
    DEMONYMS,
    head_of,
    is_acronym,
    is_head,
    is_place,
    is_strong_head,
    org_key,
)

__all__ = ["company_list", "coordinated_names", "list_items", "listed_parts"]

# The nouns after which a list of groups may follow, found by plain string search: an
# alternation of words would be tried at every position of the body.
_GROUP_NOUN_WORDS = (
    "Coalition", "coalition", "groups", "organisations", "organizations", "Alliance", "alliance", "partners",
    "members", "agencies", "signatories", "sponsors", "NGOs", "bodies", "unions", "charities", "associations",
    "parties", "institutions", "organisers", "organizers"
)
_LIST_TRIGGER = re.compile(
    r"\b(?:which\s+includes?|includ(?:es|ing)|led\s+by|comprising|comprised\s+of|made\s+up\s+of|"
    r"members\s+(?:are|include)|joined\s+by|signed\s+by|such\s+as|are|were)\s+"
)
_LIST_GAP = re.compile(r"[.;:\"“”]")
_ITEM_SPLIT = re.compile(r",\s*|\s+and\s+the\s+")
_LEADING_JOIN = re.compile(r"^(?:and|or)\s+")
_LEADING_THE = re.compile(r"^the\s+")
_TRAILING_JOIN = re.compile(r"\s+(?:the|of|for|and|&)$")
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)|[\"“”]")
_LISTED = rf"[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z0-9][\w&'’-]*|{IN_TAIL})){{0,3}}"
# The first item starts a word ("iTunes" holds no "Tunes"); the last must end where the name does: not before
# another capitalised word, "of" or "for".
_NAME_LIST = re.compile(
    rf"(?<!\bof )(?<!\bfor )(?<!\bon )(?<!\bin )(?<![\w&'’-])"
    rf"{_LISTED}(?:,[ \t]+{_LISTED})*,?[ \t]+(?:and|or)[ \t]+{_LISTED}"
    r"(?![\w&'’-]|[ \t]+(?:[A-Z0-9]|of\b|for\b|and\b|&))"
)
# "insurers A, B and C", "firms such as Germany's A and B": a plural noun for a kind of company, then
# a list of them.
_COMPANY_PLURALS = (
    "companies", "firms", "insurers", "reinsurers", "banks", "lenders", "carriers", "airlines", "retailers",
    "carmakers", "operators", "groups", "rivals", "giants", "makers", "manufacturers", "publishers",
    "broadcasters", "supermarkets", "brokers", "chains",
    # "portals such as A", "newspapers including B". Not "competitors" (films compete for awards), nor
    # "organisations" or "charities", whose long names an "and" or a "the" inside cuts short.
    "studios", "providers", "producers", "portals", "newspapers", "agencies",
)
# What follows such a noun when a list does: scanned from the plural's final "s", a plain letter the
# scan finds fast, and the word ending there checked after. "such as" is the first group.
_COMPANY_LIST_CUE = re.compile(
    # "operators, like A and B", "firms that make chips include A and B"
    r"s(?:,?[ \t]+(such\s+as|including|like)\s+|[ \t]+that[ \t][^.;:,\"“”]{1,60}?[ \t](include)[ \t]+"
    # "travel companies took a hit, with A sliding 2% and B ...": a market report's list
    r"|[ \t]+(?:(?:[a-z]+[ \t]+){1,4}[a-z]+,[ \t]+with[ \t]+)?)(?=[A-Z])"
)
_COMPANY_PLURAL_SET = frozenset(_COMPANY_PLURALS)
# Plurals that also name people ("her rivals", "the giants of jazz"): a list after them counts only joined
# straight on ("rivals such as A"), not after a comma.
_PEOPLE_TOO = frozenset({"rivals", "groups", "giants", "makers"})
# One item: a country's possessive that only places the company, then up to four capitalised words, which an
# ampersand may join ("Brindle & Crane").
_COMPANY_ITEM = re.compile(
    r"(?:([A-Z][\w-]*)['’]s[ \t]+)?([A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w&'’-]*){0,3})"
)
# Between items: a comma or "and", perhaps after a price move ("A sliding 1.5% and B").
_COMPANY_ITEM_GAP = re.compile(
    r"(?:[ \t]+[a-z]+[ \t]+(?:by[ \t]+)?[\d.]+%)?(?:,?[ \t]+and[ \t]+|,[ \t]+(?:and[ \t]+)?)"
)
_PEOPLE_NOUNS = frozenset(
    {"senators", "mps", "members", "leaders", "ministers", "officials", "voters", "supporters"}
)
_JOINS = frozenset({" and ", " or "})
_LIST_REACH = 160
_LIST_SEPARATOR = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")


def _group_noun_ends(text: str) -> list[int]:
    """Where each group noun standing as a whole word ends, in order."""
    ends = []
    for word in _GROUP_NOUN_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if stands_alone(text, at, end):
                ends.append(end)
            at = text.find(word, end)
    ends.sort()
    return ends


def list_items(text: str) -> list[str]:
    """Names in lists: a coalition's members, the groups an article says include or are led by."""
    items: list[str] = []
    for noun_end in _group_noun_ends(text):
        trig = _LIST_TRIGGER.search(text, noun_end, noun_end + 80)
        if trig is None or _LIST_GAP.search(text, noun_end, trig.start()):
            continue
        rest = text[trig.end():trig.end() + 600]
        stop = _SENTENCE_END.search(rest)
        slot = rest[:stop.start()] if stop else rest
        for raw in _ITEM_SPLIT.split(slot):
            item = _LEADING_THE.sub("", _LEADING_JOIN.sub("", raw.strip()))
            m = ROLE_NAME.match(item)
            if not m:
                break
            name = _TRAILING_JOIN.sub("", m.group().strip())
            parts = name.split(" and ")
            # "A and B" is two names unless a head word makes it one ("Legal Defense and Education Fund");
            # a name complete at its head before "and" ("Bay Youth Alliance and ...") ends there
            items.extend(parts if len(parts) > 1 and head_of(name.split()) < 0 else _split_at_heads(parts))
    return items


def company_list(text: str) -> list[tuple[str, str | None]]:
    """Companies listed after a plural noun for their kind: "airlines such as A and Japan's B"; each
    with the country's possessive that placed it, if one did ("Japan's ")."""
    names: list[tuple[str, str | None]] = []
    for cue in _COMPANY_LIST_CUE.finditer(text):
        start = cue.start()
        while start and is_word_char(text[start - 1]):
            start -= 1
        noun = text[start:cue.start() + 1]
        if noun[:1].lower() + noun[1:] not in _COMPANY_PLURAL_SET:
            continue
        if noun[0].isupper() and cue.group(1) is None and cue.group(2) is None:
            continue  # capitalised, the noun may open a headline ("Groups Call for ..."): only a cue lists
        if text[cue.start() + 1] == "," and noun.lower() in _PEOPLE_TOO:
            continue  # "her rivals, including Bush and ...": after a comma these may be people
        at = cue.end()
        while True:
            m = _COMPANY_ITEM.match(text, at)
            if m is None:
                break
            owner, name = m.group(1), TRAILING_SMALL.sub("", m.group(2)).rstrip(".")
            if owner is not None and not is_place(owner):
                break  # "rivals Smith's Foods": the possessive belongs to the name, which is read elsewhere
            if (is_place(name) or name in DEMONYMS or looks_personal(name) or person_shaped(name)
                    or double_given_name(name.split()[0])):
                break  # a place or a person ends the list: what follows is no longer the companies
            names.append((name, f"{owner}'s " if owner else None))
            gap = _COMPANY_ITEM_GAP.match(text, m.start(2) + len(name))
            if gap is None:
                break
            at = gap.end()
    return names


def _split_at_heads(parts: list[str]) -> list[str]:
    """Rejoin the parts of "A and B and C" into names, each ending where a part ends on a head word."""
    out: list[str] = []
    current: list[str] = []
    for part in parts:
        current.append(part)
        if is_strong_head(part.split()[-1]):
            out.append(" and ".join(current))
            current = []
    if current:
        out.append(" and ".join(current))
    return out


def coordinated_names(body: str, collector: Collector) -> None:
    """A name listed with bodies is one of them: "advertisers include Nat West, Vodafone, O2 and NTL".

    The whole list must fit: a place or a person in it makes it a list of something else.
    """
    for m in _lists_near_bodies(body, collector):
        if _names_prizes(body, m.end()):
            continue  # "the Pendle Society and British Tiling awards": what is listed are prizes
        items = [i for i in _LIST_SEPARATOR.split(m.group()) if i]
        if _person_opens_line(body, m.start(), items[0]):
            items = items[1:]  # "• Ann Roe, Example Trust and Bay Union": a person before their groups
        items = [_without_verb(i, collector) for i in items]
        if not any(org_key(i) in collector.by_key for i in items):
            continue
        if any(plain_person(i) or i.split()[-1].lower() in _PEOPLE_NOUNS or surname_used_alone(body, i)
               for i in items):
            continue  # "the Armory and Richard Roe School", "Liberal and Labor Senators": no list of bodies
        fresh = [i for i in items
                 if org_key(i) not in collector.by_key and not _inside_a_found_name(i, collector)]
        if all(acceptable_plain(i) and not is_place(i) for i in fresh):
            for item in fresh:
                if item.partition(" ")[0] not in COMMON_CAPITALISED:  # "Both Boeing", "While EDS"
                    collector.add(item)


# Lower-case nouns after a list that make its names those of prizes or contests, not of bodies.
_PRIZE_NOUNS = (" awards", " award", " prizes", " prize", " trophies", " championships")


def _names_prizes(body: str, end: int) -> bool:
    noun = next((n for n in _PRIZE_NOUNS if body.startswith(n, end)), None)
    return noun is not None and not body[end + len(noun):end + len(noun) + 1].isalpha()


def _without_verb(item: str, collector: Collector) -> str:
    """"CLSJ Announcing the Map": a title-case verb after a found name or an abbreviation is no part of it."""
    words = item.split()
    if len(words) < 2 or not words[-1].endswith("ing") or is_head(words[-1]):
        return item
    rest = " ".join(words[:-1])
    return rest if org_key(rest) in collector.by_key or (len(words) == 2 and is_acronym(rest)) else item


def _person_opens_line(body: str, at: int, first: str) -> bool:
    """Whether a list's first item is two plain words that open a line before a comma: the shape of
    a person named with the groups they speak for. A search window may have cut the line's first word."""
    if body[at + len(first):at + len(first) + 1] != ",":
        return False
    line_start = body.rfind("\n", 0, at) + 1
    words = (body[line_start:at].strip(" \t•*-") + " " + first).split()
    return len(words) == 2 and plain_words(words) and not any(is_acronym(w) for w in words)


def _lists_near_bodies(body: str, collector: Collector) -> list[re.Match[str]]:
    """The lists of names that hold a name already found: only the text around a found name that
    a comma or "and" joins to another is searched, as most names stand in no list."""
    windows: set[tuple[int, int]] = set()
    for org in collector.orgs:
        for form in org.forms.values():
            for at, end in occurrences(body, form):
                joined = body[end:end + 1] == "," or body[end:end + 5] in _JOINS
                if joined or body[max(0, at - 5):at] in _JOINS or body[max(0, at - 2):at] == ", ":
                    windows.add((max(0, at - _LIST_REACH), min(len(body), end + _LIST_REACH)))
    found: dict[int, re.Match[str]] = {}
    for start, end in sorted(windows):
        for m in _NAME_LIST.finditer(body, start, end):
            if m.start() not in found or m.end() > found[m.start()].end():
                found[m.start()] = m  # a window's edge may cut a list short
    return list(found.values())


def _inside_a_found_name(item: str, collector: Collector) -> bool:
    """"Legal Defense" in "Legal Defense and Education Fund": a part of a name already found."""
    return any(item in form and item != form for org in collector.orgs for form in org.forms.values())


def listed_parts(name: str, collector: Collector) -> list[str]:
    """"NILP and La Fuente" in a list is two bodies when the part before "and" is one on its own (an
    abbreviation, or a name the article gives alone); "Legal Defense and Education Fund" stays whole."""
    left, sep, right = name.partition(" and ")
    if sep and right[:1].isupper() and (is_acronym(left) or org_key(left) in collector.by_key):
        return [left, right]
    return [name]
