"""Who makes a recommendation and who is asked, as far as the article says: the speaker of a quoted ask,
the subject before a cue verb or a reporting verb, and "we" or "the coalition" resolved to the
one group a release speaks for."""

from __future__ import annotations

import re

from transforms.rec_ask import ProseAsk
from transforms.rec_cues import ANNOUNCING
from transforms.rec_text import sentence_start
from transforms.records import Quote

__all__ = ["prose_parties", "resolve_issuer"]

# Words standing for the issuing group itself, resolved to its name when the article has one.
_GROUP_WORDS = re.compile(
    r"^(?:we|us|our|the\s+(?:coalition|groups?|organi[sz]ations?|letter|signatories|alliance|campaign|statement|network))$",
    re.I,
)
_SUBJECT_END = re.compile(
    r"\s+(?:has|have|had|is|was|are|were|will|would|also|today|yesterday|again|repeatedly|previously|earlier|now"
    r"|already|formally"
    r"|then|last\s+\w+"
    # "The owners are to ask", "the group plans to ask": an ask announced.
    rf"|{ANNOUNCING})\s*$",
    re.I,
)
# "Menatep Group says it will ask": the pronoun after a reporting verb is the one reporting.
_SAYS_PRONOUN = re.compile(r"\s+(?:says|said)\s+(?:that\s+)?(?:it|they)$", re.I)
# "It was the committee who called for ...": the one asking stands inside the cleft.
_CLEFT = re.compile(r"^\s*it\s+(?:was|is|has\s+been)\s+(?P<who>.+?)\s+(?:who|that)\s*$", re.I)
_RELATIVE_END = re.compile(r"\s+(?:who|which|that)\s*$", re.I)
_CONJUNCTIONS = frozenset(["but", "and", "so", "yet", "meanwhile", "however", "also", "now"])
_REPORTING = re.compile(
    r"\b(?:said|says|argued|argues|insisted|insists|told|tells|wrote|writes|added|warned|ruled|stated)\b",
    re.I,
)
_ADVERBIAL_HEAD = frozenset(
    [
        "on",
        "in",
        "at",
        "after",
        # "As well as suing, the firm has asked ...": a clause of manner or time, not the asker.
        "as",
        "before",
        "last",
        "earlier",
        "meanwhile",
        "however",
        "but",
        "and",
        "yesterday",
        "today",
        "also",
        "so",
        "even",
        "while",
        "when",
    ]
)


def _speaker_at(quotes: list[Quote], pos: int) -> str | None:
    for quote in quotes:
        if quote.char_start <= pos < quote.char_end and quote.speaker:
            return quote.speaker
    return None


def _subject_before(body: str, cue: int, floor: int) -> str | None:
    """Who makes a prose ask: the subject of the sentence up to the cue verb."""
    head = body[sentence_start(body, cue, floor) : cue]
    # "They are also | asking": the auxiliary and an adverb after it both go.
    head = _SUBJECT_END.sub("", _SUBJECT_END.sub("", head.rstrip()))
    head = _SAYS_PRONOUN.sub("", head)
    cleft = _CLEFT.match(head)
    if cleft:
        head = cleft.group("who")
    head = _RELATIVE_END.sub("", head)
    parts = [p.strip() for p in head.split(",") if p.strip()]
    # "Vincent Cable, for the Liberal Democrats, called on" -> the first part; skip a leading adverbial.
    while parts and parts[0].split()[0].lower() in _ADVERBIAL_HEAD and len(parts) > 1:
        parts.pop(0)
    if not parts:
        return None
    subject = parts[0].strip(" \"'\u201c\u201d")
    words = subject.split()
    while len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]
    subject = " ".join(words)
    if not words or len(words) > 10 or (subject[:1].islower() and words[0].lower() not in ("the", "we")):
        return None
    return subject


def resolve_issuer(issuer: str | None, issuers: list[str], fall_back: bool) -> str | None:
    """The issuer as named, with "we" or "the coalition" resolved to the one issuing group; with
    `fall_back`, an ask whose asker goes unnamed is that group's."""
    if len(issuers) != 1:
        return issuer
    if issuer and _GROUP_WORDS.match(issuer.strip()):
        return issuers[0]
    return issuer or (issuers[0] if fall_back else None)


def _reporter_before(body: str, at: int, floor: int) -> str | None:
    """Who says "X should Y" in reported speech: the subject of the reporting verb before it."""
    start = sentence_start(body, at, floor)
    verbs = list(_REPORTING.finditer(body, start, at))
    return _subject_before(body, verbs[-1].start(), floor) if verbs else None


def prose_parties(body: str, ask: ProseAsk, quotes: list[Quote], floor: int) -> tuple[str | None, str | None]:
    """(issuer, target) of a prose ask: who asks and who is asked, as far as the sentence says."""
    if ask.kind == "passive":
        # "Councils were urged to act": the subject is the one asked; an asker is rarely named.
        return (_speaker_at(quotes, ask.cue) if ask.in_quote else None), _subject_before(body, ask.cue, floor)
    if ask.in_quote:
        return _speaker_at(quotes, ask.cue), ask.target
    if ask.kind == "modal":
        return _reporter_before(body, ask.cue, floor), ask.target
    return _subject_before(body, ask.cue, floor), ask.target
