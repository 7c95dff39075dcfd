"""Roles and offices tied to names: the word tables that say which nouns stand for one person, and the
lookups that find the person "the prime minister", "his lawyer" or "the 31-year-old" means.

An article ties a role to a name once ("Prime Minister Ann Roe", "Ann Roe, the prime minister") and
then writes the role alone; these rules follow that tie back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.quote_firstnames import given_name_gender
from transforms.quote_names import RUN, Mention, NameIndex, name_core
from transforms.quote_words import HONORIFICS, ROLE_WORDS
from transforms.speaker_records import Who
from transforms.speaker_text import is_place_name

__all__ = [
    "OFFICE_NOUNS",
    "OWNERS",
    "PERSON_ROLES",
    "ROLE_HEADS",
    "described_person",
    "named_person",
    "owned_role",
    "role_holder",
    "tied_holder",
    "written_person",
]

# Titles that are jobs rather than forms of address: written before a name, they are its role.
_OFFICE_TITLES = frozenset({"president", "chancellor", "mayor", "governor", "general", "judge", "justice"})
# Heads of a role noun phrase that stands for one person: "the prime minister", "the party's spokesman".
PERSON_ROLES = frozenset(
    {
        "minister",
        "premier",
        "president",
        "chancellor",
        "secretary",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commissioner",
        "ambassador",
        "nominee",
        "candidate",
        "constable",
        "superintendent",
        "prosecutor",
        "chief",
        "mp",
        "mep",
        "msp",
        "cardinal",
        "archbishop",
        "bishop",
    }
)
# Offices held by one person at a time, so that a later "the prime minister" is the holder last named.
OFFICE_NOUNS = ("minister", "premier", "president", "chancellor", "mayor", "governor")
_OFFICES = frozenset(OFFICE_NOUNS)
_ROLE_MODIFIERS = frozenset({"prime", "premier", "vice", "first"}) | ROLE_WORDS
_OFFICE_REACH = 400
# Roles most often held by someone the article never names.
_UNNAMED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s|\n)$")
# How far back the person a role opening a sentence goes on about may open the sentence before.
_THREAD_REACH = 400


# Nouns that describe one private or public person ("the 74-year-old comedian", "the central defender"):
# written after that person is named, they stand for them. Officials' titles are left out, as
# "the spokesman" is most often someone the article never names.
_DESCRIPTION_HEADS = frozenset(
    {
        "actor", "actress", "agent", "athlete", "author", "batsman", "billionaire", "boss", "bowler",
        "boxer", "broadcaster", "businessman", "businesswoman", "campaigner", "captain", "centre-back",
        "champion", "chef", "coach", "comedian", "cyclist", "dancer", "defender", "designer", "drummer",
        "entrepreneur", "father", "forward", "founder", "frontman", "full-back", "goalkeeper", "golfer",
        "grandfather", "grandmother", "guitarist", "husband", "investor", "jockey", "keeper", "manager",
        "midfielder", "millionaire", "mother", "musician", "novelist", "pensioner", "player", "playmaker",
        "presenter", "producer", "rapper", "runner", "singer", "skipper", "sprinter", "star", "striker",
        "swimmer", "teenager", "tycoon", "veteran", "widow", "wife", "winger", "writer", "youngster",
    }
)  # fmt: skip
# Heads of a role written before the name it belongs to.
ROLE_HEADS = ROLE_WORDS | PERSON_ROLES | _DESCRIPTION_HEADS
_DESCRIPTION_GENDER = {
    "actress": "f", "businesswoman": "f", "grandmother": "f", "mother": "f", "widow": "f", "wife": "f",
    "actor": "m", "businessman": "m", "frontman": "m", "grandfather": "m", "father": "m", "husband": "m",
}  # fmt: skip
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
# A nationality noun stands for a person as a description does: "said the American", "the Spaniard added".
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:an|ese|ard|ander)|(?:French|Dutch|English|Scots|Welsh|Irish|Cornish)(?:wo)?man|"
    r"Scot|Briton|Swede|Dane|Pole|Finn|Swiss|Czech|Greek|Turk|Serb|Croat|Israeli|Iraqi|Pakistani|Kiwi|Aussie"
)
# Places on a team's field and posts off it.
_POSITIONS = frozenset(
    {"defender", "centre-back", "full-back", "midfielder", "striker", "forward", "winger", "goalkeeper",
     "keeper", "playmaker"}
)  # fmt: skip
_STAFF = frozenset({"boss", "manager", "coach", "chairman", "owner"})
# How far back the person a description stands for may be named.
_DESCRIPTION_REACH = 600


def described_person(text: str, names: NameIndex, pos: int, previous: str | None = None) -> Who | None:
    """The person a description stands for: "the 31-year-old added" after a paragraph naming them, or
    the `previous` speaker while every sentence since opens on a quote or on a pronoun for them."""
    words = text.split()
    if len(words) < 2 or len(words) > 7 or words[0].lower() != "the":
        return None
    head = words[-1].lower().replace("\u2019", "'").removesuffix("'s").split("-of-")[0]
    if head not in _DESCRIPTION_HEADS and not _AGE.search(text) and not _DEMONYM.fullmatch(words[-1]):
        return None
    gender = _DESCRIPTION_GENDER.get(head, "")
    kept = names.kept_voice(pos, _DESCRIPTION_REACH, previous, gender) if previous else None
    mention = kept or names.nearest(pos, _DESCRIPTION_REACH, gender)
    # "City boss Ann Roe" runs the side "the defender" plays in: a position on the field and a post
    # off it are never one person, so the description means someone named before her.
    other = _STAFF if head in _POSITIONS else _POSITIONS if head in _STAFF else None
    while mention and other and names.word_before(mention) in other:
        mention = names.nearest(mention.pos, _DESCRIPTION_REACH - (pos - mention.pos), gender)
    if not kept:
        mention = _past_one_offs(mention, names, pos, gender)
    if not mention:
        return None
    # The speaker is the person as last written; the description goes to the role.
    return Who(mention.form, names.fullest(mention.form, pos), noun=text)


def _one_off(mention: Mention, names: NameIndex) -> bool:
    """A run the article writes once, with no gender and no given name to mark it as a person: as often
    an event, a place or a title ("Grand Slam", "the Faroe Islands") as someone a description could mean."""
    if mention.gender or (mention.tokens > 1 and given_name_gender(mention.name.split()[0])):
        return False
    return names.named_in_passing(mention)


def _past_one_offs(mention: Mention | None, names: NameIndex, pos: int, gender: str) -> Mention | None:
    """The nearest mention that is no one-off, when one stands within reach; else `mention` itself."""
    found = mention
    while found and _one_off(found, names):
        found = names.nearest(found.pos, _DESCRIPTION_REACH - (pos - found.pos), gender)
    return found or mention


def named_person(core: str, names: NameIndex, pos: int, noun: str = "") -> Who:
    """The person a name core stands for at `pos`, written as the article last wrote them."""
    mention = names.latest(core, pos)
    return Who(mention.form if mention else core, names.fullest(core, pos), noun=noun)


def written_person(text: str, names: NameIndex, pos: int, before: str = "") -> Who | None:
    """A name as written, split into the role words before it and the name with its honorific."""
    core, _, person = name_core(text) if RUN.search(text) else (text, "", False)
    if not person:
        return Who(core, core) if core else None
    at = text.rfind(core)
    lead = text[:at].split() if at > 0 else []
    written = core
    title = lead[-1] if lead else ""
    if title.lower() in HONORIFICS and title[:1].isupper() and title.lower() not in _OFFICE_TITLES:
        written = f"{lead.pop()} {core}"
    before = " ".join([before, *lead]).strip()
    return Who(written, names.fullest(core, pos), before)


def _spaced(role: str) -> str:
    return r"\s+".join(re.escape(w) for w in role.split())


@lru_cache(maxsize=256)
def _role_pattern(role: str) -> re.Pattern[str]:
    """The role's own words, in any case: a tie holds them, and this pattern is some thirty times
    quicker to build than the tie's own."""
    return re.compile(rf"(?i:{_spaced(role)})")


@lru_cache(maxsize=256)
def _tie_pattern(role: str) -> re.Pattern[str]:
    words = _spaced(role)
    # "Vice President Ann Roe" or "former president Ann Roe" holds another office than "the president".
    return re.compile(
        rf"(?<![Vv]ice )(?<![Vv]ice-)(?<![Ff]ormer )(?i:{words}),?\s+({RUN.pattern})"
        rf"|({RUN.pattern}),\s+(?i:the\s+{words})\b"
    )


@lru_cache(maxsize=256)
def _owned_tie_pattern(role: str) -> re.Pattern[str]:
    """`Mr Roe's son Tom` or `his lawyer, Ann Lee`: the person a possessive role names."""
    words = _spaced(role)
    return re.compile(rf"(?:[\u2019']s?|\b(?i:his|her|their|its))\s+(?i:{words}),?\s+({RUN.pattern})")


OWNERS = frozenset({"his", "her", "their", "its"})
_OWNED_REACH = 2000
_PLACE_LEAD = re.compile(r"\b(?:in|at|from|near|to|into|across|outside)\s+(?:the\s+)?$")


def owned_role(text: str, names: NameIndex, masked: str, pos: int) -> Who | None:
    """The person "his son" or "her lawyer" stands for, when the article has named them in that role."""
    words = text.lower().replace("\u2019", "'").split()
    if not 2 <= len(words) <= 3 or words[0] not in OWNERS:
        return None
    role, lo = " ".join(words[1:]), max(0, pos - _OWNED_REACH)
    if not _role_pattern(role).search(masked, lo, pos):
        return None
    ties = _owned_tie_pattern(role).finditer(masked, lo, pos)
    for m in reversed(list(ties)):
        core, _, person = name_core(m.group(1))
        if person:
            return named_person(core, names, pos, noun=text)
    return None


def tied_holder(role: str, masked: str, end: int, office: bool = False) -> str | None:
    """The name core of the person the article last ties to `role` before `end`: "Prime Minister Ann Roe"
    or "Ann Roe, the prime minister". With `office`, only a holder of the office itself: "shadow chancellor
    Ann Roe" is then no tie for "chancellor".

    Role nouns ("the chancellor added") read shadow ties too; whether they should is a change of who is
    quoted, not of this lookup, so the two readers share the scan and differ in that one test."""
    if not _role_pattern(role).search(masked, 0, end):
        return None  # the role is written nowhere before: no tie, and no tie pattern to build for it
    for m in reversed(list(_tie_pattern(role).finditer(masked, 0, end))):
        if office and masked[max(0, m.start() - 7) : m.start()].lower() == "shadow ":
            continue
        core, _, person = name_core(m.group(1) or m.group(2))
        if m.group(2) and _PLACE_LEAD.search(masked, max(0, m.start(2) - 16), m.start(2)):
            continue  # "in Leeds, the mayor said": a place, not the holder
        if person and not is_place_name(core):
            return core
    return None


def role_holder(text: str, names: NameIndex, masked: str, pos: int) -> Who | None:
    """The person a role noun stands for: "the prime minister" after "Prime Minister Ann Roe" or
    "Ann Roe, the prime minister"; for an office held by one person, its holder named just before."""
    words = text.lower().replace("\u2019", "'").split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in PERSON_ROLES:
        return None
    core = tied_holder(" ".join(words[1:]), masked, pos)
    if core:
        return named_person(core, names, pos)
    if words[-1] in _OFFICES and all(w in _ROLE_MODIFIERS for w in words[1:-1]):
        mention = names.nearest(pos, _OFFICE_REACH)
        if mention:
            return Who(mention.form, names.fullest(mention.form, pos))
    if words[-1] not in _UNNAMED_ROLES and _SENTENCE_OPENS.search(masked, max(0, pos - 3), pos):
        # A role opening a sentence right after one a named person opens goes on about them.
        mention = names.thread_subject(pos, _THREAD_REACH)
        if mention:
            return Who(mention.form, names.fullest(mention.form, pos))
    return None
