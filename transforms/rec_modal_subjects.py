"""Where the subject of a modal begins: its clause's opening, a listed subject, a subject shared
across "and", and the one a condition ("if the council is serious about X, it must") names."""

from __future__ import annotations

import re

from transforms.rec_text import word_set

__all__ = [
    "INVERTED_ASIDE",
    "LIST_BREAKERS",
    "after_time_phrase",
    "has_relative_subject",
    "if_serious",
    "modal_subject",
    "shared_subject",
]

# "If the council is serious about X, it must Y": the pronoun stands for the one named in the condition.
_IF_SERIOUS = re.compile(
    r"^\W*if\s+(?P<who>[^,;:]{1,50}?)\s+(?:is|are)\s+(?:\w+ly\s+)?serious\s+about\b[^;:.!?]*$", re.I
)

INVERTED_ASIDE = re.compile(r",\s*(?:should|were|had)\s+(?:it|he|she|they|we|there)\b[^,;:]*,\s*$")

_CLAUSE_OPEN = re.compile(
    r"(?:[,;:(]|\s[-\u2013\u2014]\s|\b(?:and|but|if|when|said|says?|argued|argues|insisted|insists|believe[sd]?"
    r"|suggest(?:s|ed)?)\b"
    r"|\bthat\b(?!['\u2019])|(?<=\s)then(?=\s+there\s))\s*",
    re.I,
)

# The verb of a clause whose subject a following "and must ..." shares.
_SHARED_VERBS = word_set("has have had is are was were holds hold bears bear owes owe knows know")

# "The ports must check cargo and should share what they find": a modal before "and" shares its subject too.
_SHARED_MODALS = frozenset(["must", "should"])

# Words that show a stretch between commas is a clause, not one part of a listed subject.
LIST_BREAKERS = word_set("is are was were has have had be been will would said says that which who if when")

# Determiners and possessives that open a second noun phrase inside a modal's subject.
_INNER_DET = word_set("the a an our their his her its my your this these those")

_TIME_LEAD = re.compile(
    r"(?:(?:next|this|last)\s+(?:week|month|year|time|spring|summer|autumn|winter|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|today|tomorrow|now|in\s+(?:the\s+)?future|from\s+now\s+on)\s*,?\s+"
    r"(?=\S+\s)",
    re.I,
)

# Words that stand before a determiner inside one noun phrase.
_PREDETERMINERS = word_set("all both half")

_DASHES = frozenset("-\u2013\u2014")

_PREPOSITIONS = word_set("of for in on to with at by from about over under into than like as and or")


def modal_subject(body: str, modal_at: int, floor: int) -> int:
    """Offset where the subject of a modal begins: the opening of its clause."""
    begin = max(floor, modal_at - 120)
    opens = _unpaired_dashes(list(_CLAUSE_OPEN.finditer(body, begin, modal_at)))
    # "registration, as opposed to X, should": a comma right before the modal closes an aside
    # inside the subject, which then starts before the aside's opening comma.
    if (
        len(opens) >= 2
        and opens[-1].group().startswith(",")
        and not body[opens[-1].end() : modal_at].strip()
        and opens[-2].group().startswith(",")
        and body[opens[-2].end() : opens[-2].end() + 1].islower()
    ):
        opens = opens[:-2]
    listed = _list_start(body, opens, begin)
    last = opens[-1] if opens else None
    pos = listed if listed is not None else last.end() if last else begin
    while pos < modal_at and body[pos] in " \"'\u201c\u201d\n":
        pos += 1
    return pos


def _unpaired_dashes(opens: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "what I feel - there should be X": a lone dash opens the modal's clause; two ("his remarks - made
    years ago - needed to", "under the plan - which could cost £1bn - countries must") set off an aside
    inside the subject or its frame, and open nothing."""
    dashes = [o for o in opens if o.group().strip() in _DASHES]
    if len(dashes) % 2:
        return opens
    return [o for o in opens if o.group().strip() not in _DASHES] if dashes else opens


def shared_subject(body: str, modal_at: int, sent: int) -> tuple[int, list[str]]:
    """ "The board has a duty to act and must publish X", "the ports must check cargo and should share
    what they find": a modal right after "and" shares the subject of the clause before it, which then
    opens the ask. Its subject runs up to that clause's verb or modal."""
    head = body[sent:modal_at].rstrip()
    if not head.lower().endswith(" and"):
        return modal_at, []
    and_at = sent + len(head) - 3
    clause_at = modal_subject(body, and_at, sent)
    words = body[clause_at:and_at].split()
    if words[:1] == ["to"]:
        return modal_at, []  # "is believed to have hurt it and had to pull out": an infinitive, no subject
    for i, word in enumerate(words[:7]):
        if word.lower() in _SHARED_VERBS or word in _SHARED_MODALS:
            return clause_at, words[:i]
    return modal_at, []


def _is_list_piece(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and not any(w.lower() in LIST_BREAKERS or w.endswith("ed") for w in words)


def _list_start(body: str, opens: list[re.Match[str]], begin: int) -> int | None:
    """Where a subject listing several things begins ("pensions, schools and health should"): the
    clause opens at "and", but the commas before it join further parts of the same subject."""
    if len(opens) < 2 or opens[-1].group().strip().lower() != "and":
        return None
    k = len(opens) - 2
    commas = 0
    while k >= 0 and opens[k].group().strip() == ",":
        piece = body[opens[k].end() : opens[k + 1].start()]
        if piece.strip():  # ", and" leaves an empty piece between the comma and the "and"
            if not _is_list_piece(piece):
                return None
            commas += 1
        k -= 1
    first_at = opens[k].end() if k >= 0 else begin
    if not commas or not _is_list_piece(body[first_at : opens[k + 1].start()]):
        return None
    return first_at


def after_time_phrase(body: str, subject_at: int, modal_at: int) -> int:
    """ "Next week the minister should Y": a time phrase opening the clause is no part of the subject,
    which starts after it."""
    m = _TIME_LEAD.match(body, subject_at, modal_at)
    return m.end() if m else subject_at


def has_relative_subject(words: list[str]) -> bool:
    """ "the question our country must answer": a second noun phrase right after a noun is the
    subject of a relative clause, and the modal belongs to that clause, not to the sentence. A word
    that goes before a determiner ("all the advice", "both the firms") opens the same phrase."""
    return any(
        w in _INNER_DET
        and words[i - 1] not in _PREPOSITIONS
        and words[i - 1] not in _INNER_DET
        and words[i - 1] not in _PREDETERMINERS
        for i, w in enumerate(words)
        if i > 0
    )


def if_serious(body: str, sent: int, modal_at: int, pronoun: str) -> str | None:
    """ "If the council is serious about X it must Y": the pronoun before the modal names the one
    the condition puts to the test, so the modal asks something of it."""
    head = body[sent:modal_at].rstrip()
    m = _IF_SERIOUS.match(head[: len(head) - len(pronoun)])
    return m.group("who") if m else None
