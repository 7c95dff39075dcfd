"""Acronyms: introduced in brackets after a name, spelling a name's initials, or standing alone,
counted only where the text treats them as a body ("a TCI spokesman", "analysts at UBS").
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.org_pieces import runs
from transforms.org_records import Piece
from transforms.org_words import BACKED, BODY_AFTER, DOCUMENT_WORDS, PREFIXES, occurrences
from transforms.orgnames import (
    ACRONYM_STOPWORDS,
    COMMON_CAPITALISED,
    COUNTRY_CODES,
    LEGAL_SUFFIXES,
    initial_spellings,
    is_acronym,
    is_location_code,
    is_place,
    matches_initials,
)

__all__ = [
    "acts_as_a_body",
    "lone_acronyms",
    "names_a_thing",
    "paren_acronyms",
    "said_to_be_a_body",
    "spellings_index",
    "spells_a_common_noun",
]

_BODY_BEFORE = re.compile(
    r"\b(?:firm|company|group|body|agency|watchdog|regulator|organi[sz]ation|union|party|bank|broadcaster|rivals?|"
    r"carrier|operator|maker|giant|federation|association|airline|insurer|retailer|chain|publisher|council|"
    r"authority|channel|operators?|firms|pioneer|at|joined|told|against|according\s+to|"
    r"(?:run|owned|operated|led|funded|managed)\s+by|(?:stake|shares)\s+in|takeover\s+of|merger\s+with|"
    r"(?:chair(?:man|woman)?|head|leader|members?|president|director|boss|chief)\s+of|"
    r"(?:investigation|inquiry|review|audit)\s+by(?:\s+the\s+[A-Z][\w'’-]*\s+(?:or|and))?)\s+(?:the\s+)?$"
)
_PAREN_ACRONYM = re.compile(r"\s*(?:\(|/)\s*([A-Z][A-Za-z.&-]{1,11})\s*\)?")


def paren_acronyms(text: str, pieces: list[Piece]) -> list[tuple[Piece, str]]:
    """Pieces followed by "(ACRONYM)" or "/ACRONYM"."""
    out = []
    for piece in pieces:
        after = text[piece.end:piece.end + 16]
        if "(" not in after and "/" not in after:
            continue
        m = _PAREN_ACRONYM.match(after)
        # "(NY)", "(NZ)", "(AUS)" after a name say where the body is, not what it is called.
        if not m or not is_acronym(m.group(1)) or is_location_code(m.group(1), piece.text):
            continue
        # "Sega / ESPN" pairs two bodies; a slash gives a name's abbreviation only when it spells it
        if "(" not in m.group(0) and not matches_initials(m.group(1).replace(".", ""), piece.text):
            continue
        out.append((piece, m.group(1)))
    return out


@lru_cache(maxsize=8)
def lone_acronyms(text: str) -> tuple[tuple[str, int], ...]:
    """Capital-letter abbreviations that stand alone in running text ("ACM", "NATSILS")."""
    out = []
    for run in runs(text):
        for idx, (tok, start, _) in enumerate(run):
            if tok[1:].islower() or not tok[:1].isupper():
                continue  # an ordinary word, capitalised or not: most tokens
            if tok.startswith(PREFIXES):  # "Non-EU" abbreviates the Union
                cut = tok.index("-") + 1
                tok, start = tok[cut:], start + cut
            if "-" in tok and BACKED.match(tok, tok.rindex("-")):
                tok = tok[:tok.rindex("-")]  # "DTI-funded": the abbreviation before the funding
            if len(tok) < 2 or not tok[0].isupper() or tok[1:].islower():
                continue
            if not is_acronym(tok) or any(ch.isdigit() for ch in tok) or tok.endswith("s"):
                continue
            bare = tok.replace(".", "")
            if len(bare) < 3 and "." not in tok:
                continue
            if bare in ACRONYM_STOPWORDS or tok in ACRONYM_STOPWORDS or bare in COUNTRY_CODES:
                continue
            if is_place(tok):
                continue
            if bare in LEGAL_SUFFIXES or text[max(0, start - 1):start] in {"#", "@"}:
                continue
            # Only white space parts the tokens of a run, so the neighbours are in it.
            prev = run[idx - 1][0] if idx else ""
            nxt = run[idx + 1][0] if idx + 1 < len(run) else ""
            if (prev[:1].isupper() and prev.isalpha() and not prev.isupper()
                    and prev not in COMMON_CAPITALISED):
                continue  # the end of a longer name ("Newtown H.S.")
            if (len(prev) > 1 and prev.isupper()) or (len(nxt) > 1 and nxt.isupper() and nxt.isalpha()):
                continue  # a line in capitals, not an abbreviation
            if nxt[:1].isupper() and nxt not in DOCUMENT_WORDS and not is_acronym(nxt):
                continue  # a qualifier inside a longer name ("ETC Building")
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            if line == tok:
                continue
            out.append((tok, start))
    return tuple(out)


def spellings_index(names: dict[str, None]) -> dict[str, str]:
    """Each spelling of initials, to the first name (in the order met) that it abbreviates."""
    index: dict[str, str] = {}
    for name in names:
        for spelling in initial_spellings(name):
            index.setdefault(spelling, name)
    return index


def said_to_be_a_body(body: str, acronym: str, spelled: str | None) -> bool:
    """Whether the article treats an abbreviation (or the name it spells) as a body somewhere:
    a spokesman, "said", "analysts" after it, or "firm", "joined", "at" before it."""
    for form in filter(None, (acronym, spelled)):
        for at, end in occurrences(body, form):
            if not body[end:end + 1].isalnum() and (BODY_AFTER.match(body, end)
                                                    or _BODY_BEFORE.search(body, max(0, at - 40), at)):
                return True
    return False


_SMALL_WORDS = re.compile(r"\b[a-z][a-z-]*\b")
# What follows an abbreviation used as a subject or an owner: "AALDEF has ...", "AALDEF's lawyers".
_SUBJECT_AFTER = re.compile(
    r"(?:['’]s\s+[a-z]|\s+(?:has|have|is|was|will|would|also|adopts|believes|represents|supports|opposes|"
    r"demands|works|provides|helps|released|launched|opened|filed|won|wants|plans|hopes|said|says)\b)"
)


def spells_a_common_noun(body: str, acronym: str) -> bool:
    """"an initial public offer (IPO)", "the trusted platform module (TPM)": letters in brackets
    after small-letter words they spell abbreviate a thing, not a body's name."""
    at = body.find(f"({acronym})")
    if at < 0:
        return False
    words = _SMALL_WORDS.findall(body, max(0, at - 12 * len(acronym) - 12), at)
    return len(words) >= len(acronym) and "".join(w[0] for w in words[-len(acronym):]).upper() == acronym


# Nouns for things an abbreviation may stand before: "its PSP console", "P2P technology", "MMS messages".
_THING_AFTER = re.compile(
    r"\s+(?:consoles?|handhelds?|devices?|players?|handsets?|phones?|technolog(?:y|ies)|messages?|"
    r"services?|systems?|software|formats?|standards?|chips?|discs?|files?)\b"
)
# A well-known or found body's possessive before it: "Sony's PSP", "Sony's new PSP".
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*(?:['’]s|s['’])\s+(?:new\s+|latest\s+|own\s+)?$")


def names_a_thing(body: str, acronym: str) -> bool:
    """Whether the text treats an abbreviation as a thing: written in the plural ("PSPs"), as another
    body's own ("Sony's PSP"), or before a noun for a device or a technology ("its PSP console").
    Such an abbreviation may still be the subject of "is" or "has", as a thing often is."""
    for at, end in occurrences(body, acronym):
        if body[at - 1:at].isalnum():
            continue
        if body.startswith("s", end) and not body[end + 1:end + 2].isalnum():
            return True
        if _THING_AFTER.match(body, end) or _OWNER_BEFORE.search(body, max(0, at - 30), at):
            return True
    return False


def acts_as_a_body(body: str, acronym: str) -> bool:
    """Whether an abbreviation acts twice or more as a subject or owner: what a body does, while an
    abbreviation for a thing ("GDP", "DVD") is rarely the one that acts."""
    acts = 0
    at = body.find(acronym)
    while at >= 0:
        end = at + len(acronym)
        if not body[at - 1:at].isalnum() and BACKED.match(body, end):
            return True  # "a DTI-funded centre": only a body funds or backs
        if not body[at - 1:at].isalnum() and _SUBJECT_AFTER.match(body, end):
            acts += 1
            if acts >= 2:
                return True
        at = body.find(acronym, end)
    return False
