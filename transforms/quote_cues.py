"""Reporting verbs: their forms, and where a text holds one as a verb rather than a noun.

Kept apart from the attribution logic so the vocabulary can grow without
touching the rules that use it; the other word lists attribution leans on are
in `quote_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "PARTICIPLE_CUES",
    "Cue",
    "cue_lemma",
    "find_cues",
    "is_cue",
]

# Regular reporting verbs: base form, with the -s / -ed / -ing forms derived below.
_REGULAR = (
    "add",
    "acknowledge",
    "admit",
    "announce",
    "argue",
    "assert",
    "boast",
    "caution",
    "charge",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "declare",
    "emphasise",
    "emphasize",
    "echo",
    "explain",
    "exclaim",
    "insist",
    "joke",
    "lament",
    "maintain",
    "mutter",
    "note",
    "observe",
    "plead",
    "pledge",
    "point out",
    "post",
    "predict",
    "promise",
    "quip",
    "recall",
    "remark",
    "reply",
    "report",
    "respond",
    "say",
    "shout",
    "state",
    "stress",
    "suggest",
    "testify",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "ask",
    "demand",
    "describe",
    "write",
    "tell",
    "sing",
    "go on",
    "question",
    "agree",
    "acknowledge",
    "recount",
    "reiterate",
    "retort",
    "snap",
    "reveal",
    "assure",
    "hint",
    # Cries from a scene or a crowd are speech too.
    "yell",
    "scream",
    "chant",
)
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "saying": "say",
    "say": "say",
    "told": "tell",
    "tells": "tell",
    "telling": "tell",
    "tell": "tell",
    "wrote": "write",
    "writes": "write",
    "writing": "write",
    "written": "write",
    "write": "write",
    "reads": "read",
    # Past "read" is a cue only after what is read (see _READ_SUBJECT): "the statement read".
    "read": "read",
    "sang": "sing",
    "sings": "sing",
    "singing": "sing",
    "sing": "sing",
    "went on": "go on",
    "goes on": "go on",
    "going on": "go on",
    "go on": "go on",
    "replied": "reply",
    "replies": "reply",
    "replying": "reply",
    "testified": "testify",
    "testifies": "testify",
    "testifying": "testify",
    "snapped": "snap",
    "snaps": "snap",
    "quipped": "quip",
    "quips": "quip",
    # A final consonant doubles before -ed and -ing.
    "admitted": "admit",
    "admitting": "admit",
    # What a report or inquiry "found" is what it says.
    "found": "find",
    "finds": "find",
    "according to": "according to",
    "According to": "according to",
}


def _forms(verb: str) -> dict[str, str]:
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    past = f"{head}d" if head.endswith("e") else f"{head}ed"
    third = f"{head}es" if head.endswith(("sh", "ch", "s", "x", "o")) else f"{head}s"
    return {f"{form}{tail}": verb for form in (head, third, past, f"{stem}ing")}


_LEMMA: dict[str, str] = {}
for _verb in _REGULAR:
    _LEMMA.update(_forms(_verb))
_LEMMA.update(_IRREGULAR)

# Every lower-case word (with a following particle, for "pointed out"), checked against the
# table: far quicker than one alternation of some three hundred verb forms.
_WORDISH = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)(?: (out|on|to)\b)?(?![\w'\u2019-])")


# Forms that are nouns as often as verbs.
_NOUN_TOO = frozenset(
    {
        "report",
        "reports",
        "post",
        "posts",
        "tweet",
        "tweets",
        "comment",
        "comments",
        "claim",
        "claims",
        "promise",
        "promises",
        "warning",
        "statement",
        "reply",
        "question",
        "demand",
        "demands",
        "note",
        "notes",
        "echo",
        "pledge",
        "vow",
        "charge",
        "quip",
        "answer",
        "questions",
        "say",
        "remark",
        "remarks",
        "state",
        "states",
    }
)
_AFTER_DETERMINER = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|our|this|that|new|latest|other|these|those|such|any)\s+"
    r"(?:(?:following|full|written|official|public|recent|final|annual|original|joint|formal|brief|lengthy"
    r"|separate|earlier|previous|private|further|first|second)\s+){0,2}$"
)
# A singular noun may also stand after a determiner and a name: "the UNHCR report". (A plural after one
# is as often a verb: "The BBC reports".)
_AFTER_NAMED_DETERMINER = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|our|this|that|new|latest)\s+(?:[A-Z][\w&.\u2019'-]*\s+){1,3}$"
)
# An owner before a word makes it a noun ("Ms Roe's remark"): no verb follows a possessive.
_AFTER_OWNER = re.compile(r"\w(?:[\u2019']s|s[\u2019'])\s+$")
# What stands before a plural noun and never before a verb: an owner ("the minister's comments"), a
# hyphened modifier ("late-night tweets"), a preposition ("amid reports") or a verb that takes the
# noun as object ("denied reports"); a subject before "-s" is singular and never one of these.
_BEFORE_PLURAL_NOUN = re.compile(
    r"(?:[\u2019']s?|\w-[a-z]+|\b(?:of|on|in|about|amid|despite|following|over|with|after|from|against|into)"
    r"|[a-z]{2,}ed)\s+$",
    re.IGNORECASE,
)


# Prepositions a bare singular noun follows ("without charge", "in answer"); a cue's "-ing" form, which may
# follow them too, is never in the noun list.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|on|in|about|amid|despite|over|with|without|from|against|into|under|beyond)\s+$", re.IGNORECASE
)


# "read" reports words only when a text is its subject ("a BBC statement read", "the sign read"); after a
# person it is reading, not saying ("She read the report").
_READ_SUBJECT = re.compile(
    r"\b(?i:statement|letter|note|message|sign|banner|notice|caption|placard|card|tweet|post|text|inscription"
    r"|headline|release|e-?mail|memo|report|order|ruling|verdict|judgment|judgement|citation|plaque)\s+$"
)


@dataclass(slots=True, frozen=True)
class Cue:
    start: int
    end: int
    form: str


# First words of every cue form: a text holding none of them has no cue, which a set test shows
# far quicker than reading it word by word.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_PARTICIPLE_ENDS = ("ed", "told", "found", "written")
# Cues that may open a sentence with the speaker after them: "Said Ms Roe: ...".
_OPENING_CUES = frozenset({"Said", "Says", "Added", "Adds"})
_HEADS = frozenset(form.split()[0] for form in _LEMMA) | _OPENING_CUES
_LETTERS = re.compile(r"[A-Za-z]+")


def _noun_here(text: str, start: int, word: str) -> bool:
    """Is the word at `start`, a form that is a noun as often as a verb, the noun here?"""
    if _AFTER_DETERMINER.search(text, max(0, start - 40), start):
        return True
    if _AFTER_OWNER.search(text, max(0, start - 4), start):
        return True
    plural = word.endswith("s") and word.lower() != "says"
    if not plural and _AFTER_PREPOSITION.search(text, max(0, start - 12), start):
        return True  # "released without charge", "under question": no verb follows a preposition bare
    if not plural and _AFTER_NAMED_DETERMINER.search(text, max(0, start - 60), start):
        return True
    return plural and bool(_BEFORE_PLURAL_NOUN.search(text, max(0, start - 12), start))


@lru_cache(maxsize=512)
def find_cues(text: str) -> tuple[Cue, ...]:
    """The reporting verbs of `text`, in order.

    Cached: attribution reads the same stretch of an article more than once (the words before a
    quote are often its whole sentence too)."""
    if _HEADS.isdisjoint(_LETTERS.findall(text)):
        return ()
    out: list[Cue] = []
    for m in _WORDISH.finditer(text):
        word = m.group(1)
        if word not in _HEADS:
            continue  # most words open no cue form
        particle = m.group(2)
        if word == "read" and not _READ_SUBJECT.search(text, max(0, m.start() - 14), m.start()):
            continue  # someone reading, not a text's words
        if word.lower() in _NOUN_TOO and _noun_here(text, m.start(), word):
            continue  # "the report", "a post": the noun, not the verb
        if particle and f"{word} {particle}" in _LEMMA:
            out.append(Cue(m.start(), m.end(), f"{word} {particle}"))
        elif word in _LEMMA and word != "According":
            if word.endswith(_PARTICIPLE_ENDS) and _PASSIVE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "they are revealed as", "was told": someone else did the saying
            out.append(Cue(m.start(), m.start(1) + len(word), word))
        elif word in _OPENING_CUES and _opens_inverted(text, m.start(), m.end()):
            out.append(Cue(m.start(), m.end(), word))
    return tuple(out)


_SENTENCE_EDGE = frozenset('.!?:"\u201d\u00b7')


def _opens_inverted(text: str, start: int, end: int) -> bool:
    """Does the capitalised cue at `start` open its sentence with a name right after it?"""
    before = text[:start].rstrip()
    if before and before[-1] not in _SENTENCE_EDGE:
        return False
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


# Forms that are cues only in the words around them.
_NEEDS_CONTEXT = frozenset({"According", "read"})


def is_cue(word: str) -> bool:
    """Is a lone word (letters only, no particle) a reporting verb? The same answer as `find_cues(word)`."""
    return word in _LEMMA and word not in _NEEDS_CONTEXT


PARTICIPLE_CUES = frozenset(form for form in _LEMMA if form.endswith("ing") or form.endswith("ing on"))


def cue_lemma(form: str) -> str:
    return _LEMMA.get(form.lower(), form.lower())
