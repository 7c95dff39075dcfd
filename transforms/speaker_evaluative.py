"""Quotes a sentence's subject gives as their verdict on something: `Ann Roe hailed it as "a triumph"`,
`the union branded the plan "a disgrace"`.

Verbs of praise and blame report no speech by themselves, so the cue scans pass them by; but when the
quote is the verdict they pass (the words after "as", or the complement of a short object), the words are
the subject's own. A longer stretch between verb and quote ("criticised Ann Roe's claim that ...") may
quote someone else, and is left to the other rules.
"""

from __future__ import annotations

import re

from transforms.quote_cues import is_cue
from transforms.speaker_phrases import subject_of
from transforms.speaker_records import Phrase
from transforms.speaker_text import MASK

__all__ = ["verdict"]

_VERBS = (
    "praised", "praises", "hailed", "hails", "condemned", "condemns", "branded", "brands", "labelled",
    "labels", "labeled", "dubbed", "dubs", "criticised", "criticises", "criticized", "criticizes",
    "slammed", "slams", "welcomed", "welcomes", "applauded", "applauds", "denounced", "denounces",
    "called", "calls", "lauded", "lauds", "attacked", "attacks", "accused", "accuses", "dismissed",
    "dismisses",
)  # fmt: skip
_VERB_SET = frozenset(_VERBS)
_VERB = re.compile(r"\b(" + "|".join(_VERBS) + r")\b")
_WORD = re.compile(r"[a-z]+")
# What may stand between the verb and the quote: its object and "as" (`praised the move as a "..."`), or a
# short object the quote completes (`called it "..."`, `branded the plan "..."`, `called it a "..."`).
_AS_GAP = re.compile(r"\s+(?:[\w\u2019'-]+\s+){0,14}?as\s+(?:(?:a|an|the)\s+)?")
_OBJECT_GAP = re.compile(
    r"\s+(?:it|him|her|them|this|(?:the|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:(?:a|an)\s+)?"
)
# The charge after "accused": its object, "of", maybe a verb in "ing" and its words (`accused the firm of
# "greed"`, `accused him of being "reckless"`, `accused ministers of playing a "shabby game"`).
_OF_GAP = re.compile(
    r"\s+(?!by\b)(?:[\w.\u2019'-]+\s+){1,6}?of\s+(?:[a-z]+ing\s+(?:[\w\u2019'-]+\s+){0,6}?)?"
    r"(?:(?:a|an|the)\s+)?"
)
_CHARGES = frozenset({"accused", "accuses"})
# What the praise or blame is for, the quote ending it: `criticised the BBC for being "too safe"`, `praised
# his minister for an "excellent job"`.
_FOR_GAP = re.compile(
    r"\s+(?:[\w.\u2019'-]+\s+){1,6}?for\s+(?:[a-z]+ing\s+(?:[\w\u2019'-]+\s+){0,6}?)?"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?"
)
# What is welcomed is often quoted from whoever offers it (`welcomed the targets "to cut waits"`): only
# "welcomed it as" gives the subject's own verdict. So too "dismissed it as": what is dismissed is often
# quoted from whoever made it ("dismissed claims he was "unfit"").
_AS_ONLY = frozenset({"welcomed", "welcomes", "dismissed", "dismisses"})
# "called ... for" asks rather than judges; what is welcomed or dismissed is quoted from whoever offers it.
_NO_FOR = frozenset({"called", "calls"}) | _AS_ONLY
# "criticised the claim that "..."": the words quoted are the claim's, someone else's.
_OTHERS_WORDS = re.compile(
    r"\b(?:claims?|suggestions?|assertions?|arguments?|notion|idea|view|remarks?|comments?|statements?)\s+that\s+$"
)
# What may stand between subject and verb: an appositive (`Ann Roe, the club's captain, hailed ...`) and
# the verb's auxiliary (`Ann Roe has already branded ...`).
_SUBJECT_GAP = re.compile(r"(?:,[^,;:" + MASK + r"]{1,90},)?\s*(?:(?:has|have|had|also|already)\s+)*")


def verdict(sentence: str, base: int) -> tuple[Phrase, str] | None:
    """The subject of `sentence` (the words of a sentence up to a quote's opening mark) when its verb
    passes a verdict the quote gives, with that verb."""
    if _VERB_SET.isdisjoint(_WORD.findall(sentence)):
        return None  # most sentences hold no such verb: skip the patterns
    verb = _VERB.search(sentence)
    if not verb or MASK in sentence[: verb.start()]:
        return None
    if verb.group() in _CHARGES:
        if not _charge(sentence, verb):
            return None
    elif not (
        _AS_GAP.fullmatch(sentence, verb.end())
        or _reason(sentence, verb)
        or (
            verb.group() not in _AS_ONLY
            and _OBJECT_GAP.fullmatch(sentence, verb.end())
            and not _OTHERS_WORDS.search(sentence, verb.end())
        )
    ):
        return None
    if sentence[verb.end() : verb.end() + 4] in (" for", " on "):
        return None  # "called for", "called on": a demand, not a verdict
    # Read with its verb: a body's name is known for a subject by the verb after it ("The union branded").
    subject = subject_of(sentence[: verb.end()], base)
    if not subject:
        return None
    if not _SUBJECT_GAP.fullmatch(sentence, subject.pos - base + len(subject.text), verb.start()):
        return None  # the verb is not the subject's own: "Ann Roe said the move, which others hailed as"
    return subject, verb.group()


def _charge(sentence: str, verb: re.Match[str]) -> bool:
    """Does the quote give the charge the subject brings with "accused"? Not when what the accused said is
    quoted ("accused him of saying ..."). (A passive, "was accused of", leaves a verb between subject and
    "accused", which `verdict` turns down.)"""
    if not _OF_GAP.fullmatch(sentence, verb.end()):
        return False
    return not any(is_cue(word) for word in _WORD.findall(sentence, verb.end()))


def _reason(sentence: str, verb: re.Match[str]) -> bool:
    """Does the quote end what the subject praises or blames someone for (not what they said: "criticised
    him for saying ...")?"""
    if verb.group() in _NO_FOR or not _FOR_GAP.fullmatch(sentence, verb.end()):
        return False
    return not any(is_cue(word) for word in _WORD.findall(sentence, verb.end()))
