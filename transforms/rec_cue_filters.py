"""Cue matches that ask nothing: negated, foreseen, imagined, a noun in a verb's spelling, a hope
of the speaker's own circle, evidence read rather than a step proposed."""

from __future__ import annotations

import re

from transforms.rec_cues import (
    ANNOUNCING,
    CALL_FOR,
    DET,
    NOUN_TO,
    PLEASE,
    RECOMMEND,
    Rule,
)
from transforms.rec_modal_words import MENTAL
from transforms.rec_text import (
    clause_end,
    sentence_end,
    sentence_start,
    word_set,
)

__all__ = [
    "EVIDENCE_HEAD",
    "SHARE_HEAD",
    "STATED",
    "after_that",
    "asking_now",
    "blocked",
    "hoped_in_vain",
    "in_subject",
    "is_forecast",
    "is_participle_clause",
    "proposes",
    "refers_back",
]

_CONTACT_WORDS = re.compile(r"\b(?:information|comments?|enquiries|inquiries|details|interviews?)\b", re.I)

# "Less than half the country wants a ban": a share of those polled states a view, asks no one.
SHARE_HEAD = re.compile(
    r"(?:\d\s*%|\bper\s*cent|\b(?:half|majority|minority|most|thirds?|quarters?)\b)", re.I
)

# Whom a hope may be an ask of: not the speaker's own circle, nor someone already acting.
# "I hope that would teach him": a pronoun for a thing or an event hopes for an outcome, asks no one.
_HOPE_TARGET_OUT = word_set(
    "he she they it i we you my our his her their not n't isn't aren't doesn't don't that this which"
)

# Words that with a participle name people: "all concerned", "those affected", "everyone involved".
_PEOPLE_HEADS = word_set("all those everyone anyone")

# Heads under which "suggests" reads evidence, not a proposal.
EVIDENCE_HEAD = re.compile(
    r"\b(?:figures|data|evidence|research|survey|study|studies|poll|polls|results|findings|signs|numbers"
    r"|statistics|analysis|this|that|which|it\s+was)\b",
    re.I,
)

# A finite verb after the gerund makes it the subject of a clause: "suggested keeping troops could cost".
_GERUND_SUBJECT = re.compile(
    r"[a-z]+ing(?:\s+(?!(?:which|that|who|so|to|when|if|while)\b)[\w'\u2019-]+){0,5}?"
    r"\s+(?:could|would|will|may|might|can|is|are|was|were|has|had|costs?|means?|meant)\b",
    re.I,
)

# A bare cue verb after one of these is a forecast or an ability, not an ask made.
# "will call for", "is likely to demand": a cue foreseen, not made.
_FORECAST_HEAD = re.compile(r"\b(?:will|would|can|could|may|might|shall)\b|\blikely\s+to\s+$", re.I)

# "I would urge", "we'd ask", "we would at the very least ask": a request softened by "would", not a forecast.
_POLITE_HEAD = re.compile(
    r"\b(?:[Ww]e|I)\s*(?:would|['\u2019]d)\s+(?:(?:also|strongly|really|just|therefore|again|certainly"
    r"|at\s+the\s+very\s+least|at\s+least)\s+)*$"
)

_URGED_THAT = re.compile(r"\bthat\s+$", re.I)

STATED = re.compile(r"\b(?:is|are|was|were|has|have)\b", re.I)

# "In his speech he will call for X", "he will also highlight the anger and call for X": an ask announced for
# a set occasion, the cue bare after "will" or after a verb it shares with "will" through "and".
_SPEECH_PREVIEW = re.compile(
    r"\bwill\s+(?:also\s+|again\s+)?(?:(?:highlight|say|set\s+out|tell|warn|argue|attack|praise|urge|announce)\b"
    r"[^.;:!?]{1,100}\s+and\s+)?$",
    re.I,
)

_BARE_CUE = re.compile(r"(?:urge|call|demand|recommend|ask|press|appeal)\b", re.I)

# "This call for ..." opening a sentence refers back to a call already reported.
_REFERRING_HEAD = re.compile(r"\s*(?:(?:this|that|the|its|their|his|her)|(?:\w\s)+\w)\s*", re.I)

# A cue under a negation asks nothing: "opted not to call on", "did not recommend", "never urged".
_NEGATED_HEAD = re.compile(
    r"(?:(?:\b(?:not|never)|n['\u2019]t)\s+(?:(?:to|have|has|had|be|been|\w+ly)\s+){0,2}"
    r"|(?:\b(?:not|never)|n['\u2019]t)\s+(?:be\s+)?\w+\s+to\s+"
    r"|\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+"
    # "can cut crime without asking people to pay more": an ask the speaker means not to make.
    r"|\bwithout\s+(?:\w+ly\s+)?"
    # "his failure to call for", "laws that allow doctors to recommend": no ask made, or only one possible.
    r"|\b(?:failure|failing|fail(?:s|ed)?|refusal|reluctance)\s+to\s+"
    r"|\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:\w+\s+){1,3}?to\s+)$",
    re.I,
)

# A passive "be"/"being" with no finite verb before it is an ask imagined, not one made:
# "an honour to be asked to", "nothing beats being asked to".
_FINITE_BE_HEAD = re.compile(
    r"(?:\b(?:will|would|shall|should|must|may|might|can|could|is|are|was|were|am)|['\u2019](?:re|s|m))"
    r"\s+(?:(?:not|\w+ly)\s+)?$",
    re.I,
)

# Words before "demand", "recommended" or "call" that make it a noun or an adjective:
# "pent-up demand that", "the recommended term", "port of call for".
_NOUN_HEAD = re.compile(rf"(?:\b{DET}|\bsuch|\bno|\w-\w+|\d|\w['\u2019]s|\b[a-z]+est)\s+$", re.I)

# A capitalised cue after "of" or another capitalised word is part of a name ("Court of Appeals for").
_NAME_HEAD = re.compile(r"(?:\bof|\b[A-Z]\w*)\s+$")

_CALL_NOUN_HEAD = re.compile(r"\b(?:port\s+of|conference|phone|roll|wake-up|close)\s+$", re.I)

# "is likely to face further calls for", "there may be louder calls for": calls foreseen, none made.
_CALLS_FORESEEN_HEAD = re.compile(
    r"\b(?:may|might|could|will|would|likely\s+to|expected\s+to|set\s+to|bound\s+to)\s+(?:\w+\s+)?"
    r"(?:face|be|see|prompt|spark|trigger|fuel|provoke|bring|lead\s+to)\s+(?:\w+\s+)?$",
    re.I,
)

# "and that calls for a new levee": a demonstrative subject makes "calls for" mean "requires".
_REQUIRES_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:this|that)\s+$", re.I)

# "there has been no consolidated appeal for": a call or appeal that was never made.
_NONE_MADE_HEAD = re.compile(r"\bno\s+(?:[a-z]+\s+)?$", re.I)

# "set up a panel to recommend a way forward": an infinitive after a noun names the body's purpose,
# not an ask made; after a verb of wanting or a modal it is one ("we want to urge", "I'd like to call on").
_PURPOSE_HEAD = re.compile(
    r"\b(?!(?:want|wants|wanted|wish|wishes|like|continue|continues|going|got|need|needs|ought|have|has"
    r"|had|used|intend|intends|write|writing|wrote|rise|rose|stand|stood|meet|meeting|met|unite|united"
    r"|join|joined)\b)[a-z]+(?<!ed)\s+to\s+$"
)

# "demand that has grown", "pressing reasons to": a noun or an adjective, not a cue verb.
_NOUN_AFTER = re.compile(
    r"(?:demands?\s+that\s+(?:has|had|is|was|are|were|will|would|could|can|may|might)\b"
    r"|pressing\s+(?:\w+\s+)?(?:reasons?|needs?|issues?|concerns?|problems?|matters?|questions?|business)\b)",
    re.I,
)

_POSSESSOR_HEAD = re.compile(
    r"(?:s?['\u2019]s?|\b(?:the|its|their|his|her|our|this|that))\s+(?:\w+\s+)?$", re.I
)

_ONGOING = re.compile(r"\b(?:is|are|am)\s+(?:now\s+|also\s+)?$", re.I)

# "Menatep says it will ask Rosneft to repay the loan", "the owners are to ask the buyer to pay": an ask
# announced, the demand made public before it is put.
_ANNOUNCED = re.compile(
    rf"(?:\bwill|['\u2019]ll|\b(?:{ANNOUNCING}))\s+(?:also\s+|now\s+|formally\s+)?$",
    re.I,
)

# "Yukos has asked the court to send the dispute to arbitration", "reported as having asked firms to pay":
# an ask told in the perfect still stands, where a plain past "asked him to wait" may only tell a scene.
_STANDING = re.compile(
    r"\b(?:has|have|having)\s+(?:(?:already|now|also|formally|since|even|[a-z]+ly)\s+){0,2}$", re.I
)

_QUESTION_PAPER = re.compile(
    r"\b(?:ballot|referendum|questionnaire|survey|poll|census)(?:\s+paper)?s?\s*$", re.I
)

# "A call for X has been rejected", "But calls for X have fallen on deaf ears": opening its sentence
# (a linking word aside), the call is the subject.
# A sentence opening on a condition whose clause still runs at the cue: what it supposes is asked
# of no one.
_IF_OPENING = re.compile(r"[\s\"'\u201c\u2018]*(?:but\s+|and\s+)?if\s[^,;:.!?]*$", re.I)

_ARTICLE_OPENING = re.compile(r"\W*(?:(?:but|and|yet|so|however,?)\s+)?(?:an?\s+(?:\w+\s+)?)?$", re.I)

# A cue in -ing after these is the clause's own verb or its object, not a modifier of the subject.
_GERUND_HEAD = re.compile(r"\b(?:by|in|from|of|for|after|before|without|on|keep|keeps|kept|am|are)\s+$", re.I)

_REPORTING_IN = re.compile(r"\b(?:said|says|told|tells|that|and|but)\b", re.I)

_ABILITY_HEAD = re.compile(r"\b(?:could|might|may|can)\s+$", re.I)

_PASSIVE_HEAD = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


def blocked(body: str, rule: Rule, cue: re.Match[str], floor: int) -> bool:
    """A cue that asks nothing here: negated, imagined, or a noun or adjective in a verb's spelling."""
    head = body[max(floor, cue.start() - 40) : cue.start()]
    word = cue.group().split()[0].lower()
    if rule.pattern is PLEASE:
        opening = body[sentence_start(body, cue.start(), floor) : cue.start()]
        close = sentence_end(body, cue.end(), len(body))
        return (
            bool(opening.strip(" \"'\u201c\u2018"))
            or _CONTACT_WORDS.search(body, cue.end(), close) is not None
        )
    if _NEGATED_HEAD.search(head):
        return True
    if _IF_OPENING.match(body, sentence_start(body, cue.start(), floor), cue.start()):
        return True  # "If a party rings voters and goes on to encourage them to X, it may be in breach"
    if rule.kind == "passive" and word in ("be", "being") and not _FINITE_BE_HEAD.search(head):
        return True
    if rule.kind == "passive" and word == "be" and _ABILITY_HEAD.search(head):
        return True  # "could be called upon to": a possibility, not an ask
    if _NOUN_AFTER.match(body, cue.start()):
        return True
    if word in ("demand", "demands", "recommended") and _NOUN_HEAD.search(head):
        return True
    if word.startswith("call") and _CALL_NOUN_HEAD.search(head):
        return True
    if word == "calls" and (_CALLS_FORESEEN_HEAD.search(head) or _REQUIRES_HEAD.search(head)):
        return True
    if word.startswith(("call", "appeal", "demand", "plea")) and _NONE_MADE_HEAD.search(head):
        return True
    if rule.pattern is RECOMMEND and word == "recommend" and _PURPOSE_HEAD.search(head):
        return True
    if cue.group()[:1].isupper() and _NAME_HEAD.search(head):
        return True
    # "a penalty was called for", "local purchase is recommended": what is asked for stands
    # before the cue, not after it.
    passive = word.endswith("ed") and _PASSIVE_HEAD.search(head) is not None
    return passive and rule.pattern in (CALL_FOR, RECOMMEND)


def is_forecast(body: str, cue: re.Match[str], floor: int) -> bool:
    """ "Other countries will ... recommend improvements": a bare cue verb under will/can."""
    if not _BARE_CUE.fullmatch(body, cue.start(), cue.start() + len(cue.group().split()[0])):
        return False
    head = body[sentence_start(body, cue.start(), floor) : cue.start()]
    if _SPEECH_PREVIEW.search(head) and cue.group()[:3].lower() in ("cal", "urg"):
        return False  # "In his speech he will call for X": an ask announced for a set occasion
    if _POLITE_HEAD.search(head):
        return False  # "we would ask them to exercise restraint": the speaker asking, put politely
    if _announced(body, cue, floor):
        return False
    return _FORECAST_HEAD.search(head) is not None and not re.search(r"\b(?:we|I)\s+$", head)


def refers_back(body: str, cue: re.Match[str], floor: int) -> bool:
    head = body[sentence_start(body, cue.start(), floor) : cue.start()]
    if not head.strip() and cue.group()[:1].islower():
        return False  # "calls for X;" as an item under "Labor:": the lead-in's subject goes on
    return _REFERRING_HEAD.fullmatch(head) is not None or not head.strip()


def hoped_in_vain(body: str, m: re.Match[str], target: str | None) -> bool:
    """A hope that is no ask: of the speaker's own circle, or that people will think or say something."""
    verb = body[m.end() : m.end() + 20].split()[:1]
    # "I hope you will enjoy it" wishes; "I hope you can take swift action" asks the one addressed.
    modal_words = m.group().lower().split()[-2:]
    addressed = (target or "").lower() == "you" and not {"can", "could"}.isdisjoint(modal_words)
    if not addressed and not _HOPE_TARGET_OUT.isdisjoint((target or "").lower().split()):
        return True
    return bool(verb) and verb[0].lower().strip(".,;:!?\"'\u201d") in MENTAL


def in_subject(body: str, rule: Rule, cue: re.Match[str], floor: int) -> bool:
    """ "A motion calling for X was passed", "the group's call for X is welcome": the cue sits in
    the sentence's subject, so the sentence's own verb ends what is asked."""
    word = cue.group().split()[0].lower()
    head = body[max(floor, cue.start() - 40) : cue.start()]
    if rule.pattern is NOUN_TO:
        # "The panel's call to close X ...": an owned ask opening its sentence is the subject.
        opening = body[sentence_start(body, cue.start(), floor) : cue.start()]
        return len(opening.split()) <= 3 and not _REPORTING_IN.search(opening)
    if word.endswith("ing"):
        return bool(head.strip()) and not _PASSIVE_HEAD.search(head) and not _GERUND_HEAD.search(head)
    if word not in ("call", "calls", "plea", "appeal"):
        return False
    if _POSSESSOR_HEAD.search(head):
        return True
    return _ARTICLE_OPENING.match(body, sentence_start(body, cue.start(), floor), cue.start()) is not None


def asking_now(body: str, cue: re.Match[str], floor: int) -> bool:
    """ "The party is asking the regulator to act", "it will ask the buyer to repay": an ask still being
    pressed or announced, where a past "asked him to wait" often only tells what happened."""
    if cue.group()[:6].lower() == "asking":
        return _ONGOING.search(body, max(floor, cue.start() - 12), cue.start()) is not None
    if cue.group()[:5].lower() == "asked":
        return _standing(body, cue, floor)
    return _announced(body, cue, floor)


def _standing(body: str, cue: re.Match[str], floor: int) -> bool:
    """ "The US has asked the WTO to investigate": an ask made and not yet answered."""
    # "has asked not to be named": the one asking wants something withheld, no one is asked to act.
    if cue.group()[6:10].lower() == "not ":
        return False
    return _STANDING.search(body, max(floor, cue.start() - 32), cue.start()) is not None


def _announced(body: str, cue: re.Match[str], floor: int) -> bool:
    """ "it will ask Rosneft to repay": someone asked, then what, after "will" or "is to"."""
    words = cue.group()[:8].lower().split()
    # "People will ask you to write for them": what is in store for the reader, told as a forecast.
    if words[:1] != ["ask"] or words[1:2] in (["for"], ["you"]):
        return False
    announced = _ANNOUNCED.search(body, max(floor, cue.start() - 24), cue.start())
    if announced is None:
        return False
    # "The ballot will ask members to choose": a paper's question, not someone's demand.
    return _QUESTION_PAPER.search(body, max(floor, announced.start() - 16), announced.start()) is None


def after_that(body: str, at: int) -> bool:
    return _URGED_THAT.search(body, max(0, at - 8), at) is not None


def proposes(body: str, m: re.Match[str], floor: int, limit: int) -> bool:
    head = body[sentence_start(body, m.start(), floor) : m.start()]
    if EVIDENCE_HEAD.search(head):
        return False
    return _GERUND_SUBJECT.match(body, m.end(), clause_end(body, m.end(), limit)) is None


def is_participle_clause(target: str) -> bool:
    """ "voters needed" ends in a participle of a clause; "all concerned", "those affected" name people."""
    words = target.split()
    last = words[-1]
    if not (last.endswith("ed") and last.islower()):
        return False
    return not (len(words) == 2 and words[0].lower() in _PEOPLE_HEADS)
