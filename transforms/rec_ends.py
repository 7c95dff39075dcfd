"""Where an ask cued by a verb ends: at the sentence's own verb when the cue sits in its subject,
before a cause ("after months of criticism"), at a second "and to", or at a lead-in's colon."""

from __future__ import annotations

import re

from transforms.rec_cue_filters import after_that
from transforms.rec_cues import (
    DET,
    PLEASE,
    URGE_OBJECT,
    WHO,
    Rule,
)
from transforms.rec_text import clause_end

__all__ = [
    "CONJUNCTION_START",
    "FINITE_AUX",
    "PLAIN_VERB",
    "PREPOSITION_START",
    "PRO_FORM",
    "STRANDED",
    "WHILE_TOO",
    "before_cause",
    "ends_lead_in",
    "past_relative_aside",
    "split_and_to",
    "whole_before_colon",
]

# "suggests doubling X, while cutting Y": the second gerund is part of the same proposal.
WHILE_TOO = re.compile(r",\s+(?:while|whilst)\s+[a-z]+ing\b")

_AND_TO = re.compile(r",?\s+and\s+(?:for\s+" + WHO + r"\s+)?to\s+(?!" + DET + r"\b)(?=[a-z])", re.I)

# An infinitive inside an action, which an "and to ..." that follows may continue.
_INNER_TO = re.compile(
    r"\bto\s+(?!" + DET + r"\b|at\b|least\b|\d)(?:bring|spring|string|swing|[a-z]+\b(?<!ing))"
)

# "the areas they want the government to focus on": what is asked about stands before the cue, in a
# relative clause, and the action left after it is only a verb and its particle.
# ("fight on", "carry on": "on" as going on is an action of its own).
STRANDED = re.compile(
    r"(?!(?:fight|carry|press|battle|soldier|hold|move|push|keep)\s)\S+\s+(?:on|in|for|with|about|at|to|from|into)",
    re.I,
)

_AFTER_CAUSE = re.compile(
    r"\s+after\s+(?!\d|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|the\s+(?:election|summer|vote|war|end|poll|referendum))\b)",
    re.I,
)

_INFINITIVE = re.compile(r"\bto\s+[a-z]")

CONJUNCTION_START = re.compile(r"(?:and|or|but|nor)\b", re.I)

PRO_FORM = re.compile(
    r"(?:do|does|did|act)(?:\s+(?:so|it|that|this|\w+ly))?(?=\s+and\s|\s+or\s|$)"
    # "we recommend this to all our clients": what is recommended was named before, only its receivers here.
    r"|(?:this|that|it|these|those|them)\s+to\s+(?:all\s+|every\s+)?(?:our|their|its|his|her|your|the)\s",
    re.I,
)

# An object named before "called for" leaves only a phrase of place or time after it.
PREPOSITION_START = re.compile(r"(?:under|by|in|at|since|because|after|before|during|on|as|from)\b", re.I)

# The sentence's verb after such a subject; one after a pronoun or a relative belongs to a clause inside.
FINITE_AUX = re.compile(
    r"(?<=\w)(?<!\bwhich)(?<!\bthat)(?<!\bwho)(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bI)"
    r"(?<!\byou)\s+(?:was|were|is|are|has|have|had|will|would)\s+(?!to\b)",
    re.I,
)

# Plain verbs that often follow a subject holding an ask ("the call to close X mirrors calls ...",
# "a plea for calm came from ..."): the subject ends before them.
PLAIN_VERB = re.compile(
    r"\s+(?:mirror|echo|follow|reflect|match|repeat|come|came|join|gain|won|win|receive|dr[ae]w|attract|spark"
    r"|prompt|met|meet|went|goe|got|get|face|found|stood|stand|remain|seem|appear|deserve|put|set|add)"
    r"(?:s|es|ed)?\s+(?!to\b|of\b)",
    re.I,
)


def split_and_to(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "A and to B" / "A and for X to B" into the two actions A and B.

    Not when A holds an infinitive of its own ("do all it can to end the war and
    to avoid ..."), where "and to" may continue that infinitive instead.
    """
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _AND_TO.finditer(body, start, end):
        # "A, and for B to C" names a second one asked, so it opens a second ask whatever A holds.
        if m.group("target") is None and _INNER_TO.search(body, pos, m.start()):
            continue
        if m.start() > pos:
            parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts


def ends_lead_in(body: str, end: int, limit: int) -> bool:
    """True when the span runs up to a colon: it names who or how many, what follows says what."""
    rest = body[end:limit].lstrip(" \"'\u201d")
    return rest.startswith(":")


def whole_before_colon(body: str, rule: Rule, first: int, last: int) -> bool:
    """An appeal to the reader, or an ask named by a noun phrase of some length ("urging an
    expansion to cover three more groups: A, B and C"), is complete before a colon that follows."""
    if rule.pattern is PLEASE:
        return True
    if rule.pattern is not URGE_OBJECT or after_that(body, first):
        return False  # "urged that the following be made:" leads in to the asks listed
    return len(body[first:last].split()) >= 5


def before_cause(body: str, first: int, stop: int) -> int:
    """ "called for the chief's removal after months of criticism": after a thing asked for, named by a
    noun phrase, "after" tells why or when the call came. Not inside an infinitive ("for talks to be
    held after the vote"), nor before a date or a number."""
    after = _AFTER_CAUSE.search(body, first, stop)
    if after is None or _INFINITIVE.search(body, first, after.start()):
        return stop
    return after.start()


# "asked that a line from the poster, which claimed X, be removed": a relative aside on the subject of the
# clause after "that", closed by a comma before the clause's own verb.
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)\s")
_VERB_AFTER_ASIDE = re.compile(r"\s+(?:be|should|must|shall|not)\s")


def past_relative_aside(body: str, stop: int, end: int) -> int:
    """Where a clause cut at `stop` by a relative aside on its subject goes on after the aside, the end
    of the clause; else `stop`."""
    if not _RELATIVE_OPENING.match(body, stop):
        return stop
    close = body.find(",", stop + 1, end)
    if close < 0 or not _VERB_AFTER_ASIDE.match(body, close + 1):
        return stop
    return clause_end(body, close + 1, end)
