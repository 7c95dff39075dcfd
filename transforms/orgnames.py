"""Organisation names: word lists, acronyms, the forms that compare equal and canonical naming.

Everything here is loaded once at import from the lists under `transforms/data/`, which the
project writes itself. The extractor in `transforms.organisations` asks this module what a
word is (a head word such as "Institute", a place, a demonym) and what a name is called
canonically, so that one organisation gets one name, and so one id, in every article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from transforms.ids import org_key as _org_key

__all__ = [
    "ACRONYM_STOPWORDS",
    "COMMON_CAPITALISED",
    "CONNECTORS",
    "COUNTRY_CODES",
    "DEMONYMS",
    "EXCLUDED_NAMES",
    "LEGAL_SUFFIXES",
    "PLACES",
    "KnownOrg",
    "acronym_letters",
    "acronym_spelling",
    "comparison_key",
    "head_of",
    "initial_spellings",
    "initials",
    "is_acronym",
    "is_head",
    "is_location_code",
    "is_place",
    "is_strong_head",
    "known_first_words",
    "known_lowercase_names",
    "known_numbered_names",
    "known_org",
    "matches_initials",
    "org_key",
    "own_possessive",
    "strip_possessive",
]

_DATA = Path(__file__).resolve().parent / "data"

# The same names recur within and across articles: their keys are worth remembering.
org_key = lru_cache(maxsize=65536)(_org_key)


def _lines(filename: str) -> list[str]:
    text = (_DATA / filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class KnownOrg:
    """A well-known organisation: the name every article uses for it, and the other names it goes by."""

    canonical: str
    acronym: str | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=16384)
def is_acronym(token: str) -> bool:
    """Capitals throughout ("NATO"), dotted ("E.U."), or capitals with a short tail ("VietAID")."""
    letters = token.replace(".", "").replace("-", "").replace("&", "")
    if len(letters) < 2 or not letters.isalnum() or not letters[0].isupper():
        return False
    uppers = sum(ch.isupper() for ch in letters)
    if letters.isupper():
        return True
    # Mixed forms such as "VietAID" or "APIAVote": most letters capitals, at least three of them.
    lowers = sum(ch.islower() for ch in letters)
    return uppers >= 3 and lowers <= 3 and not letters[1:].islower()


def acronym_letters(token: str) -> str:
    """The capitals an acronym is spelled with: "E.U." -> "EU", "VietAID" -> "VAID"."""
    return "".join(ch for ch in token if ch.isupper() or ch.isdigit())


_INITIAL_WORD = re.compile(r"[\w'’&]+")
_MINOR_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "into", "under", "&", "de", "a",
                          "an"})


def initials(name: str, *, keep_minor: bool = False) -> str:
    """First letters of a name's words, upper case; hyphenated words give one letter per part."""
    out = []
    for word in _INITIAL_WORD.findall(name):
        if word.lower() in _MINOR_WORDS and not keep_minor:
            continue
        if word == "&":
            continue
        out.append(word[0].upper())
    return "".join(out)


def acronym_spelling(acronym: str) -> str:
    """The capitals an acronym stands for, as `initial_spellings` writes them; "" when under two."""
    letters = acronym_letters(acronym).upper() if not acronym.isupper() else acronym.replace(".", "")
    return letters.upper() if len(letters) >= 2 else ""


def matches_initials(acronym: str, name: str) -> bool:
    """True when `acronym` spells the initials of `name` ("CPD", "Center for Popular Democracy")."""
    letters = acronym_spelling(acronym)
    return bool(letters) and letters in _initial_spellings(name)


def initial_spellings(name: str) -> frozenset[str]:
    """Every way a name's initials may be spelled (see `matches_initials`)."""
    return _initial_spellings(name)


@lru_cache(maxsize=16384)
def _initial_spellings(name: str) -> frozenset[str]:
    """Every way a name's initials may be spelled: with or without its small words, hyphens as spaces."""
    if len(_NAME_WORD.findall(name)) < 2:
        return frozenset()
    hyphen_split = name.replace("-", " ")
    spellings = {initials(name), initials(name, keep_minor=True), initials(hyphen_split),
                 initials(hyphen_split, keep_minor=True)}
    # "UKA" for "UK Athletics": an abbreviation opening the name gives all its letters
    words = [w for w in name.split() if w.lower() not in _MINOR_WORDS]
    if len(words) >= 2 and len(words[0]) in (2, 3) and words[0].isupper() and words[0].isalpha():
        spellings.add(words[0] + "".join(w[0].upper() for w in words[1:]))
    return frozenset(spellings)


_NAME_WORD = re.compile(r"[\w'’]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name) if name[-1:] in "'’s" else name


def own_possessive(form: str) -> bool:
    """Whether a form ending in "'s" is a well-known name as written ("McDonald's", "Moody's"), so
    the "'s" is the name's own rather than a possessive."""
    return form[-2:] in ("'s", "’s") and org_key(form) in _KNOWN_BY_KEY


_EXPANSIONS = (
    (re.compile(r"\bnyc\b"), "new york city"),
    (re.compile(r"\bu s\b|\bus\b|\bunited states\b"), "united states"),
    (re.compile(r"\bdep t\b|\bdept\b"), "department"),
    (re.compile(r"\bcentre\b"), "center"),
    (re.compile(r"\borganisation\b"), "organization"),
    (re.compile(r"\bcorp\b"), "corporation"),
)


# "Institute for Fiscal Studies" and "Institute of Fiscal Studies" are one name.
_KEY_FILLERS = frozenset({"of", "for", "the", "and", "on"})


@lru_cache(maxsize=65536)
def comparison_key(name: str) -> str:
    """A looser key than `org_key`, for deciding that two forms in one article are one organisation.

    Spelling variants (NYC / New York City, Centre / Center), plurals and apostrophes do not count.
    """
    key = org_key(strip_possessive(name)).replace("'", " ")
    for pattern, replacement in _EXPANSIONS:
        key = pattern.sub(replacement, key)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in key.split() if w not in _KEY_FILLERS]
    return " ".join(words)


def _known_orgs() -> tuple[dict[str, KnownOrg], dict[str, KnownOrg]]:
    """Two maps from a form to its organisation: one for forms in capitals (exact), one by key."""
    exact: dict[str, KnownOrg] = {}
    by_key: dict[str, KnownOrg] = {}
    for line in _lines("known_organisations.txt"):
        forms = [part.strip() for part in line.split("|") if part.strip()]
        acronym = next((f for f in forms if is_acronym(f) and " " not in f), None)
        org = KnownOrg(forms[0], acronym, tuple(forms[1:]))
        for form in forms:
            if is_acronym(form) and " " not in form:
                exact.setdefault(form.replace(".", ""), org)
            else:
                by_key.setdefault(org_key(form), org)
    return exact, by_key


_KNOWN_EXACT, _KNOWN_BY_KEY = _known_orgs()


@lru_cache(maxsize=16384)
def known_org(form: str) -> KnownOrg | None:
    """The well-known organisation a form names, if any. Acronyms must be written in capitals."""
    form = form.strip()
    if not own_possessive(form):
        form = strip_possessive(form)
    if is_acronym(form) and " " not in form:
        return _KNOWN_EXACT.get(form.replace(".", ""))
    if form[:1].islower():
        return None
    return _KNOWN_BY_KEY.get(org_key(form))


def known_lowercase_names() -> tuple[str, ...]:
    """Forms of well-known organisations that open with a small letter ("eBay", "easyJet"): no
    capitalised stretch holds them, so they are looked for as written."""
    forms = {f for org in [*_KNOWN_BY_KEY.values(), *_KNOWN_EXACT.values()]
             for f in (org.canonical, *org.aliases) if f[:1].islower()}
    return tuple(sorted(forms))


_SPACED_NUMBER = re.compile(r"\s\d")


def known_numbered_names() -> tuple[str, ...]:
    """Forms of well-known organisations that end in a number after a space ("Channel 4", "Radio 4"):
    a capitalised stretch stops before the number, so they too are looked for as written."""
    forms = {f for org in [*_KNOWN_BY_KEY.values(), *_KNOWN_EXACT.values()]
             for f in (org.canonical, *org.aliases) if _SPACED_NUMBER.search(f)}
    return tuple(sorted(forms))


def known_first_words() -> frozenset[str]:
    """The first word, lower case, of every form that names a well-known organisation."""
    words = {k.split()[0] for k in _KNOWN_BY_KEY if k} | {k.lower() for k in _KNOWN_EXACT}
    return frozenset(words | {"the"})


def _heads() -> tuple[frozenset[str], frozenset[str]]:
    strong, weak = set(), set()
    for word in _lines("org_heads.txt"):
        (weak if word.endswith("*") else strong).add(word.rstrip("*"))
    return frozenset(strong), frozenset(weak)


_STRONG_HEADS, _WEAK_HEADS = _heads()
LEGAL_SUFFIXES = frozenset(_lines("legal_suffixes.txt"))
PLACES = frozenset(org_key(p) for p in _lines("places.txt"))
DEMONYMS = frozenset(_lines("demonyms.txt"))
COMMON_CAPITALISED = frozenset(_lines("common_capitalised.txt"))
ACRONYM_STOPWORDS = frozenset(_lines("acronym_stopwords.txt"))
COUNTRY_CODES = frozenset(_lines("country_codes.txt"))
EXCLUDED_NAMES = frozenset(org_key(n) for n in _lines("excluded_names.txt"))
CONNECTORS = frozenset({"of", "for", "and", "&", "on", "into", "under", "de", "du", "des", "la", "von", "van",
                        "der"})


def _head_word(word: str) -> str:
    word = strip_possessive(word)
    return word[:1].upper() + word[1:].lower() if word.isupper() and len(word) > 3 else word


def is_strong_head(word: str) -> bool:
    return _head_word(word) in _STRONG_HEADS or word in LEGAL_SUFFIXES


def is_head(word: str) -> bool:
    """A word that makes a capitalised name an organisation's: "Council", "University", "Ltd"."""
    word = _head_word(word)
    if word in _STRONG_HEADS or word in _WEAK_HEADS or word in LEGAL_SUFFIXES:
        return True
    # "Organisation-Australia": a hyphenated word counts when one of its parts is a head.
    return "-" in word and any(part in _STRONG_HEADS for part in word.split("-"))


def head_of(words: list[str]) -> int:
    """Index of the last head word in a name, or -1."""
    for i in range(len(words) - 1, -1, -1):
        if is_head(words[i]):
            return i
    return -1


def is_location_code(code: str, name: str) -> bool:
    """Whether "(XX)" after `name` places the body rather than abbreviating it: a listed code, or any
    pair of capitals that does not spell the name's initials ("(NZ)", "(FR)", "(AUS)")."""
    bare = code.replace(".", "")
    if bare in ACRONYM_STOPWORDS:
        return True
    return (len(bare) == 2 or bare in COUNTRY_CODES) and not matches_initials(bare, name)


def is_place(name: str) -> bool:
    """A country, state, city or region, or one of those with "the" or a possessive."""
    key = org_key(strip_possessive(name))
    return key in PLACES


