"""Whose view a modal sentence gives: reported ("X said Y should"), attributed after it ("Y should,
X says"), or quoted, and when "they" are others asked rather than the speakers themselves."""

from __future__ import annotations

import re

from transforms.rec_ask import ProseAsk
from transforms.rec_modal_words import (
    OUTCOME_VERBS,
    SELF_SUBJECTS,
)
from transforms.rec_text import sentence_end, word_set

__all__ = [
    "CONTENT_NOUN",
    "REPORTED",
    "SUGGESTED",
    "attributed",
    "follows_attribution",
    "goes_on",
    "knows_already",
    "quoted_should",
    "they_asked",
    "told_by_document",
    "told_of_another",
]

_OWN = word_set("our my no any every")

_QUOTE_OPENERS = " \"'\u201c\u2018"

_CLAUSE_WORDS = word_set("what how why where whether is are was were saying")

# The closing mark of a quote, then who said it: "\u201d he said", "\u201d, said the minister".
_QUOTE_CLOSED_BY = re.compile(
    r"[\"\u201d]\s*,?\s+(?:[^,;:.!?\"\u201c\u201d]{0,60}?\s)?(?:said|says|added|argued|insisted|told|warned)\b",
    re.I,
)

_COGNITION_BEFORE = re.compile(
    r"\b(?:understand|know|think|agree|recogni[sz]e|accept|acknowledge|realise|realize|feel|fear|worry"
    r"|expect|hope|suspect|doubt|assume|shows?|showed|found|finds)\s+(?:that\s+)?$",
    re.I,
)

# "recognise, while life is hard for many, that": an aside between a verb and the clause it takes.
_TRAILING_ASIDE = re.compile(r",[^,;:.!?\"\u201c\u201d]{1,60},\s*$")

# "I think that X must Y": the speaker's own view of what others should do, unlike "they know that X must".
# A second clause of the same view may follow "and that": "I think X is bad and that Y should".
_OWN_VIEW = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:think|believe|feel)\s+(?:that\s+|[-\u2013\u2014]\s+|[^,;:.!?\"\u201c\u201d]{1,100}?\sand\s+that\s+)?$",
    re.I,
)

# A noun phrase then "that": the clause after it qualifies the noun ("withholding the details that
# customers need to give").
_RELATIVE_THAT = re.compile(
    r"\b(?:the|a|an|any|some|this|these|those)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*(?<!\band)(?<!\bor)(?<!\bbut)\s+that\s+$",
    re.I,
)

# "If X then there should be Y": a condition answered by what must then be provided.
_THEN_THERE = re.compile(r"\sthen\s+$")

# A quoted sentence opening on a condition, up to the subject of its modal: "However, should sales
# slow, ", "But if X, ".
_CONDITION_FIRST = re.compile(
    r"\W*(?:(?:but|however|and|so)\W+)?(?:if|should|unless|once|when)\s[^;:.!?]{1,100}(?:,|\sthen)\s*$", re.I
)

# "sends the message that diversity must be suppressed", "a belief that jobs need to be cut": the modal
# says what a message or a belief holds, not what anyone asks.
CONTENT_NOUN = re.compile(
    r"\b(?:message|signal|impression|idea|notion|perception|belief|assumption|myth)\b[^,;:]{0,60}?\bthat\b",
    re.I,
)

# "added that once the deal is signed, the board should": a clause of time or condition, or a phrase
# setting the frame ("argued that as part of its duties, the board should"), may stand between the
# reporting verb and the subject of what is asked.
REPORTED = re.compile(
    r"\b(?:said|says?|argued|argues|insisted|insists|believe[sd]?|suggest(?:s|ed)?|stressed|stresses|added|adds"
    r"|maintained|maintains|warned|warns|warning|saying|arguing|insisting)\s+(?:\w+\s+){0,2}?(?:that\s+)?"
    r"(?:(?:if|once|when|before|after|until|unless|while|whilst|as\s+part\s+of|in|under|during)\s"
    r"[^,;:.!?\"\u201c\u201d]{1,80}?,\s*)?$",
    re.I,
)

# "said the public did not know whom to believe and the auditor should judge": a second reported clause.
_REPORTED_AND = re.compile(
    r"\b(?:said|says|argued|argues|insisted|insists)\s[^,;:.!?\"\u201c\u201d]{0,100}?,?\sand\s+(?:that\s+)?$",
    re.I,
)

# A single person as the subject of a reporting verb: "He said", "Mr Lee has argued".
_PERSON_REPORTER = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he)|\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Baroness)\s+[A-Z][\w'\u2019-]*)"
    r"\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?$"
)

# "Figures suggest the bank should ...": what data suggest is a reading of evidence, not an ask.
SUGGESTED = re.compile(r"\bsuggest(?:s|ed)?\s+(?:that\s+)?$", re.I)

# "X should Y, the group said": the asker's attribution closes the sentence (a quoted phrase may end the
# ask: 'X should review it "at once", the group said').
_ATTRIBUTION_AFTER = re.compile(
    r"\s*[\"\u201d]?,[\"\u201d]?\s+(?:according\s+to\b|[^,;:.!?]{0,120}?\b(?:said|says|argued|argues|insisted|insists|stated|warned"
    r"|added|adds|concluded)\b)",
    re.I,
)

# "X must Y - or Z will suffer, says the watchdog.": the attribution closes the sentence after an aside.
# A plural asker closes it too ("..., the Lib Dems say."): there "say" can only be the reporting verb.
_ATTRIBUTION_TAIL = re.compile(
    r",[\"\u201d]?\s+(?:[^,;:.!?]{0,60}?\s)?(?:has\s+|have\s+)?(?:said|says?|argued|argues|insisted|insists|stated"
    r"|warned)(?:\s+[^,;:!?]{0,80}?)?[.!?]?[\"\u201d]?\s*$",
    re.I,
)

# "They must warn people sooner, the regulator said.": the sentence ends on one speaker's name, so "they"
# are others that speaker asks something of.
_SAID_AFTER = re.compile(
    r",\s+(?P<who>(?:[^,;:.!?\"\u201c\u201d\s]+\s+){0,5}?)(?:has\s+)?(?:said|says|added|argued|insisted|warned)"
    r"\s*[.!?]"
)

_AND_ONLY = re.compile(r"\s*,?\s*and\s*")


# "It should also assess progress, the report adds.": a document named after the sentence cannot be the
# "it" that acts, so "it" is a party the document advises.
_DOCUMENT_SAYS = re.compile(
    r"[\"\u201d]?,[\"\u201d]?\s+(?:the|a|an|its|this)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:report|review|study|paper|inquiry|audit|survey|guidance|document|analysis)\s+(?:also\s+)?"
    r"(?:said|says|adds|added|concluded|concludes|argued|argues|stated|states)\b",
    re.I,
)


def told_by_document(body: str, end: int, limit: int) -> bool:
    """A document's attribution closes the clause that ends at `end`: "..., the report adds"."""
    return _DOCUMENT_SAYS.match(body, end, limit) is not None


# A sentence closed by its speaker: ", said Sandvine.", ", the firm said.".
_CLOSED_BY_SPEAKER = re.compile(
    r",[\"\u201d]?\s+(?:(?:said|says|added|warned)\s+(?:[A-Z]|(?:the|a|an|its|their)\s)[^,;:.!?\"\u201c\u201d]{1,60}"
    r"|[^,;:.!?\"\u201c\u201d]{1,60}\s(?:said|says|added|warned))\.[\"\u201d]?\s*$"
)


def follows_attribution(body: str, sent: int, floor: int) -> bool:
    """ "..., said Sandvine. Service providers now need to X": a modal sentence right after one its
    speaker closes, in the same paragraph, goes on giving that speaker's view."""
    return _CLOSED_BY_SPEAKER.search(body, max(floor, sent - 90), sent) is not None


def attributed(body: str, before: str, reported: re.Match[str] | None, end: int, limit: int) -> bool:
    """A modal sentence reported as someone's view: "X said Y should", "Y should, X says"."""
    if reported or _REPORTED_AND.search(before) or _ATTRIBUTION_AFTER.match(body, end, limit):
        return True
    return _ATTRIBUTION_TAIL.search(body, end, sentence_end(body, end, limit)) is not None


def quoted_should(
    body: str,
    before: str,
    reported: re.Match[str] | None,
    end: int,
    quote_end: int,
    subject: list[str],
    follow: list[str],
) -> bool:
    """A quoted "should" asks when the speaker reports a view inside the quote ("The panel believes
    that X should Y") or the quote closes on its sentence and then names its speaker ("X should Y,
    making Z," she said), unless it speaks of the speaker's own ("our plan should") or forecasts
    ("growth should slow")."""
    if subject[0] in _OWN or follow[0].lower() in OUTCOME_VERBS:
        return False
    if not _CLAUSE_WORDS.isdisjoint(subject):
        return False  # "what politicians should do", "it is all very well saying X should": no one asked
    if reported or _OWN_VIEW.search(before):
        return True  # "we believe there should be an inquiry": a view the speaker reports
    if _RELATIVE_THAT.search(before):
        return False  # "the details that people need to give": the modal's clause qualifies a noun
    if subject[0] == "there" and not _THEN_THERE.search(before):
        return False  # "there should be more gains": a forecast
    if subject[0] in ("the", "they", "there") and _CONDITION_FIRST.match(before):
        # "But if sales slow, the bank should cut rates", "If the board wants it, they should say so":
        # advice on what to do when it comes.
        return True
    if _opens_quote(before, subject):
        return True  # "\u201cThe council should repair the bridge.\u201d": the sentence opens on its view
    if sentence_end(body, end, quote_end) < quote_end - 1:
        return False  # another sentence follows inside the quote
    return _QUOTE_CLOSED_BY.match(body, quote_end, min(len(body), quote_end + 80)) is not None


# Reporters that are groups named by a participle: "those polled said", "most of those asked said".
_GROUP_PARTICIPLES = word_set("polled surveyed asked questioned interviewed")

# Words ending in "s" before a reporting verb that are no plural reporter ("he has said", "she always says").
_NOT_PLURAL = word_set("has is was does always perhaps thus this his its as us yes less unless also")

_FEMALE = word_set("she She Mrs Ms Miss Lady Baroness Dame")
_MALE = word_set("he He Mr Lord Sir")


def knows_already(before: str) -> bool:
    """ "they know that X must", "policies that recognise, while life is hard, all should": what someone
    knows or accepts, an aside allowed between the verb and its clause; "I think X must" is a view."""
    core = _TRAILING_ASIDE.sub(" ", before)
    return any(_COGNITION_BEFORE.search(h) for h in (before, core)) and not any(
        _OWN_VIEW.search(h) for h in (before, core)
    )


def _opens_quote(before: str, subject: list[str]) -> bool:
    """A quoted sentence that opens on the modal's subject, a party named rather than a pronoun,
    gives the speaker's view of what that party should do."""
    return (
        not before.strip(_QUOTE_OPENERS)
        and subject[0] not in SELF_SUBJECTS
        and subject[0] != "they"
        and not subject[-1].endswith(")")
    )


def they_asked(
    body: str,
    before: str,
    reported: re.Match[str] | None,
    modal: str,
    end: int,
    quote: tuple[int, int] | None,
    subject: list[str],
    follow: list[str],
) -> bool:
    """ "They should not be sent out alone," she said; "he said they must pay": "they" are others the
    speaker asks something of, where "they said they must" or an unreported "they should" is a
    group speaking of itself or a generality."""
    modal = " ".join(modal.split())
    if quote is not None and modal == "need to":
        # '"They need to rethink the bill," he said': a quoted need put to others advises as "should"
        # does. A group that says it needs ("who have said they need to") and a need a "that" clause
        # ties to a noun ("things that they need to do") ask nothing.
        if reported is not None and _PERSON_REPORTER.search(before, 0, reported.start()) is None:
            return False
        if reported is None and before.rstrip().lower().endswith("that"):
            return False
        return quoted_should(body, before, reported, end, quote[1], subject, follow)
    if quote is not None and modal in ("should", "must"):
        return quoted_should(body, before, reported, end, quote[1], subject, follow)
    if modal not in ("should", "must"):
        return False
    # One person reporting ("He said they should") speaks of others; a group ("the party argues that
    # they should") speaks of itself.
    if reported is not None:
        return _PERSON_REPORTER.search(before, 0, reported.start()) is not None
    said = _SAID_AFTER.match(body, end)
    return said is not None and _one_speaker(said.group("who").split())


def _one_speaker(words: list[str]) -> bool:
    """ "he", "Icstis", "the watchdog": one speaker, where "they", "we" or "the unions" may be the very
    ones the sentence speaks of."""
    if not words:
        return False
    last = words[-1]
    if last.lower() in ("they", "we"):
        return False
    return last[:1].isupper() or not last.endswith("s")


def told_of_another(before: str, pronoun: str) -> bool:
    """ "Those polled said he should return", "Mrs Lee said he must resign": the "he" or "she" after a
    reporting verb is someone else when the reporter is a group or a person of the other sex, so the
    modal asks something of that other one."""
    reported = REPORTED.search(before)
    if reported is None:
        return False
    words = before[: reported.start()].split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in ("they", "we"):
        return True
    if "those" in words[-6:-1] and any(w in _GROUP_PARTICIPLES for w in words[-5:]):
        return True  # "those polled for the paper said he should"
    if last.islower() and last.endswith("s") and not last.endswith(("ss", "'s")) and last not in _NOT_PLURAL:
        return True  # "the unions said he should": a plural reporter
    other = _FEMALE if pronoun == "he" else _MALE
    return any(w in other for w in words[-4:])


def goes_on(body: str, asks: list[ProseAsk], subject_at: int) -> bool:
    """ "says there should be X and candidates should be able to Y": a modal clause joined by "and"
    to an ask just taken is reported by the same words."""
    if not asks or asks[-1].kind != "modal":
        return False
    return _AND_ONLY.fullmatch(body, asks[-1].end, subject_at) is not None
