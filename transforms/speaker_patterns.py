"""Where an attribution sits around a quote's marks: the cue scans before and after a span.

Each scan finds a cue in the masked words next to the marks, decides whether it reports this quote
(rather than a sentence of its own), and reads the speaker phrase on the side the cue's form calls for.
"""

from __future__ import annotations

import re

from transforms.quote_cues import PARTICIPLE_CUES, Cue, cue_lemma, find_cues
from transforms.quote_names import RUN, name_core
from transforms.speaker_phrases import np_after, np_before, participle_subject, subject_of
from transforms.speaker_records import Phrase
from transforms.speaker_text import HAS_WORD, MASK, WORD, ends_with_name, strip_adverbs

__all__ = ["according_to", "after_quote", "before_quote", "inverted_speaker", "signed"]

_LEADING_NOISE = re.compile(r"^[\s,;:\u2014\u2013\-.!?\"'\u201c\u201d\u2018\u2019" + MASK + r"]+")
_AFTER_CUE_END = re.compile(r"^\s*(?:[,.;:!?]|$)")
_OBJECT_THEN_MARK = re.compile(r"[^,.;:!?" + MASK + r"]{0,60}?(?:[:,]|\bthat)?\s*$")

# A finite verb in the words after a cue: they are a reported clause, not the cue's setting.
# Words that open a reported clause right after "said": "Ann Roe said the plan had failed" reports
# something of its own, where "Ann Roe said on Monday" only sets the cue.
_CLAUSE_OPENER = re.compile(
    r"\s*(?:that|the|it|there|he|she|they|this|his|her|its|their)(?:\s+[^\s,.;:!?]|\s*$)"
)
_CLAUSE_VERB = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must|can|may|might)\b")

_COORDINATED = re.compile(r"[a-z]\s+(?:and|but)\s+$")
# Words opening a clause set against the one holding the quote: `called it "..." while the union said ...`.
_CONTRASTS = frozenset({"while", "whereas", "but"})
_CONJUNCTIONS = frozenset({"and", "but"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_THAT = re.compile(r"\s*(?:that\b)?")
_QUOTED_AS = re.compile(r"\s+(?:is|was|were|are|has been|had been)\s+(?:quoted|reported)\s+as\s+$")
# The speaker as the object of a source that passes the words on: "Reuters quoted a bank official as saying".
_PASSED_ON = re.compile(
    r"[^.!?\u00b7]{0,60}?\b(?:quoted|quotes|reported|reports|cited|cites)\s+([^.!?\u00b7]{2,80}?)\s+as\s+saying\b"
)

_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013]\s*(" + RUN.pattern + r")[.\s]*$")

_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")

# A name right after an inverted cue that ends its clause: "..., said Ms Roe." or "said Ann Roe, the ...".
_NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*\s*(?:[.,;]|$)")


def after_quote(tail: str, base: int, quote_text: str) -> tuple[Phrase, str] | None:
    """`"...," X said` or `"...," said X` right after the closing mark."""
    lead = _LEADING_NOISE.match(tail)
    start = lead.end() if lead else 0
    body = tail[start:]
    if not body:
        return None
    if " as saying" in body and (source := _PASSED_ON.match(body)):
        # "the paper quoted Ann Roe as saying": she said it, the paper only passes it on
        phrase = np_before(source.group(1), base + start + source.start(1))
        return (phrase, "saying") if phrase else None
    cues = find_cues(body)
    if not cues:
        return None
    m = cues[0]
    cue = m.form
    before = body[: m.start]
    after = body[m.end :]
    if cue_lemma(cue) == "according to" and before.strip():
        return None  # its source comes after it, and according_to reads that
    if not before.strip():
        if cue_lemma(cue) == "tell" or cue in PARTICIPLE_CUES:
            return None
        phrase = np_after(after, base + start + m.end)
        return (phrase, cue) if phrase else None
    if MASK in before or len(before.split()) > 45:
        return None
    if _CLAUSE_OPENER.match(after) and before.split()[0].lower() in _CONTRASTS:
        return None  # `"...", while Ann Roe said it was late`: her cue reports a clause of its own
    if inverted := inverted_speaker(body, m, base + start):
        if before.lstrip()[:1].isupper():
            return None  # `"...," Prices fell, said Ann Roe.`: the cue reports a new sentence, not the quote
        # `sales are "on the up" in Leeds, said Ann Roe`: the quote is a piece of the clause she reports.
        return inverted, cue
    ended = quote_text.rstrip()[-1:] in ".\u2026"
    if ended and not (
        _AFTER_CUE_END.match(after) or (len(after.split()) <= 6 and not _CLAUSE_VERB.search(after))
    ):
        return None  # a new sentence that merely reports something else: `"..." Ann said her son was ill.`
    if ended and cue_lemma(cue) in ("say", "add") and _CLAUSE_OPENER.match(after):
        return None  # `"..." Ann Roe said the rebate remained.`: short, but a report of its own
    if ended and _CLAUSE_VERB.search(before):
        return None  # `"..." The judge was also satisfied, she added.`: a sentence of its own reporting more
    if ended and after.rstrip().endswith(":"):
        return None  # a new sentence that introduces the next quote: `"..." Ann Roe told the paper: "..."`
    if cue in PARTICIPLE_CUES:
        passive = _QUOTED_AS.search(before)
        if not passive:
            return None
        before = before[: passive.start()]  # "the coach is quoted as saying": the coach said it
    phrase = np_before(before, base + start)
    return (phrase, cue) if phrase else None


def inverted_speaker(text: str, cue: Cue, base: int) -> Phrase | None:
    """`<clause>, said Ann Roe`: a cue after a comma with its subject behind it reports that clause, and
    the name after it is the speaker. None when the cue is not inverted so (a name closing its clause
    always gives a phrase, so None never means an inverted cue with no speaker)."""
    before, after = text[: cue.start], text[cue.end :]
    if not before.rstrip().endswith(",") or len(before.split()) <= 3 or not _NAME_ENDS_CLAUSE.match(after):
        return None
    # "The firm's chief, Ann Roe, said ..." or "Ann Roe, the firm's chief, told Ms Lee": a name opening or
    # closing the words before is the cue's own subject.
    pieces = before.strip(" ,").split(",")
    if ends_with_name(pieces[0]) or ends_with_name(pieces[-1]):
        return None
    return np_after(after, base + cue.end)


def before_quote(
    lead: str,
    base: int,
    tight: bool,
    sentence: tuple[str, int] | None = None,
) -> tuple[Phrase, str] | None:
    """`X said: "..."` (tight: the cue closes the lead) or `X said the plan was "..."`."""
    for m in reversed(find_cues(lead)):
        cue = m.form
        if tight and not _OBJECT_THEN_MARK.match(lead, m.end):
            return None
        if cue_lemma(cue) == "according to":
            phrase = np_after(lead[m.end :], base + m.end)
            return (phrase, cue) if phrase else None
        pre = lead[: m.start]
        if not HAS_WORD.search(pre.split(MASK)[-1]):
            if cue in PARTICIPLE_CUES and sentence:
                phrase = subject_of(*sentence)
            else:
                phrase = np_after(lead[m.end :], base + m.end)
            if phrase:
                return phrase, cue
            continue
        if cue in PARTICIPLE_CUES:
            if own := participle_subject(pre, base):
                return own, cue
            if sentence and (phrase := subject_of(*sentence)):
                return phrase, cue
            continue
        if sentence and (shared := _shared_subject(pre, cue, base, tight, sentence)):
            return shared, cue
        phrase = np_before(pre, base)
        if phrase and (held := find_cues(phrase.text)):
            inner = _inner_subject(phrase, held)
            if not inner and (phrase.text[held[-1].end :].strip() or len(phrase.text.split()) <= 2):
                continue  # "He added: said ...", "That said, ...": the cue before is the one that reports
            phrase = inner or phrase
        if phrase:
            return phrase, cue
        if tight:
            return None
    return None


def _shared_subject(pre: str, cue: str, base: int, tight: bool, sentence: tuple[str, int]) -> Phrase | None:
    """The speaker of a cue whose own subject lies further back: "Ann Roe thanked the police and
    (then) said: ...", and right before the quote "Ann Roe went on to say: ..."."""
    words = strip_adverbs(list(WORD.finditer(pre)))
    if len(words) < 2 or not (words[-2].group()[-1:].isalpha() or words[-2].group().endswith(",")):
        return None
    last = words[-1].group().lower()
    if last in _CONJUNCTIONS or _COORDINATED.search(pre):
        return subject_of(*sentence)
    if last != "to" or not tight or cue_lemma(cue) != cue.lower():
        return None  # "the decision to announce ...", "bow to demands": not an infinitive that reports
    before = words[-2].group().lower()
    if before in _OBJECT_PRONOUNS:
        # "leading him to quip": the one told to speak is the speaker.
        return Phrase(_OBJECT_PRONOUNS[before], "", base + words[-2].start())
    return subject_of(*sentence)


def _inner_subject(phrase: Phrase, held: tuple[Cue, ...]) -> Phrase | None:
    """`The firm said auditors had found "..."`: a phrase that holds a cue with words after it is a
    reporting clause, and the quote is the words of that cue's own subject ("auditors")."""
    inner = [c for c in held if HAS_WORD.search(phrase.text, c.end)]
    if not inner:
        return None
    cut = _THAT.match(phrase.text, inner[-1].end).end()
    found = np_before(phrase.text[cut:], phrase.pos + cut)
    return found if found and HAS_WORD.search(found.text) else None


def according_to(tail: str, base: int, quote_text: str) -> tuple[Phrase, str] | None:
    m = _ACCORDING_TO.search(tail)
    if not m:
        return None
    if quote_text.rstrip()[-1:] in ".!?\u2026" and len(tail[: m.start()].split()) > 3:
        return None  # a new sentence that sources some other claim: `"..." Sales doubled, according to X.`
    phrase = np_after(tail[m.end() :], base + m.end())
    return (phrase, "according to") if phrase else None


def signed(tail: str, base: int) -> tuple[Phrase, str] | None:
    """A quote signed with a dash and a name that ends the paragraph: `"..." \u2015 Ann Roe`."""
    m = _SIGNATURE.match(tail)
    if not m or not name_core(m.group(1))[2]:
        return None
    return Phrase(m.group(1), "", base + m.start(1)), "signed"
