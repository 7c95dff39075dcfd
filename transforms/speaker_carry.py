"""Speakers for quotes with no attribution of their own: carried over from the quote before, read from
the sentence or paragraph before, from a list's lead-in or a label, and shared back along a quote that
runs over several spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from transforms.quote_cues import PARTICIPLE_CUES, cue_lemma, find_cues
from transforms.quote_firstnames import given_name_gender
from transforms.quote_marks import Span
from transforms.quote_names import RUN, name_core
from transforms.quote_words import HONORIFICS
from transforms.speaker_article import ArticleContext, Attribution
from transforms.speaker_patterns import inverted_speaker
from transforms.speaker_phrases import np_before, subject_of
from transforms.speaker_records import Phrase
from transforms.speaker_roles import ROLE_HEADS
from transforms.speaker_text import HAS_WORD, MASK, WORD, drop_lead_words

__all__ = ["backfill", "carried"]

_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+$")

# A participle cue set off by a comma, the sentence's subject its own: "Ann Roe left, saying ...".
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\S+$")

# A lead into a quote in the passive: the quote is what was put to the subject.
_PASSIVE_LEAD = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|put|set)\s*:\s*$"
)

_BULLET = "\u2022 "

# An interview's answer whose speaker label the page lost: the paragraph opens on a bare colon.
_LOST_LABEL = ": "
_INTRO_REACH = 800

# A paragraph that is only a name and maybe its role, closed by a colon.
_LABEL = re.compile(r"\s*(" + RUN.pattern + r")(?:,\s+([^.!?:" + MASK + r"]{2,100}))?:$")

# The last sentence of a list's lead-in: a subject, one verb (with a particle), a colon.
_LIST_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?:]{2,80}?)\s+([a-z]+(?: (?:out|for|on))?):\s*$", re.MULTILINE
)


def _last_sentence(ctx: ArticleContext, lo: int, hi: int) -> tuple[int, int]:
    """The index in `ctx.starts` of the sentence holding the last character before `hi` (-1 before the
    first), and where that sentence starts, never before `lo`."""
    i = bisect.bisect_right(ctx.starts, hi - 1) - 1
    return i, max(lo, ctx.starts[i]) if i >= 0 else lo


def _reported_before(ctx: ArticleContext, lo: int, hi: int) -> Attribution | None:
    """A sentence that reports someone's words, right before a quote: `Mr Hayman acknowledged that ...`."""
    if hi <= lo:
        return None
    i, start = _last_sentence(ctx, lo, hi)
    if start >= hi - 1 and i > 0:
        start = max(lo, ctx.starts[i - 1])
    text = ctx.masked[start:hi]
    if MASK in text:
        return None
    cues = find_cues(text)
    first = cues[0] if cues else None
    if first and first.form in PARTICIPLE_CUES and _PARTICIPLE_AFTER_COMMA.search(text, 0, first.start + 2):
        # "Ann Roe put a brave face on it, saying it was a good sign.": what she said goes on in the quote.
        phrase = subject_of(text, start)
        return ctx.said((phrase, first.form), "loose") if phrase else None
    if not cues or cues[0].form in PARTICIPLE_CUES or cue_lemma(cues[0].form) == "according to":
        return None
    # "Prices fell, said Ann Roe." or "Ann Roe said ...".
    phrase = inverted_speaker(text, cues[0], start) or np_before(text[: cues[0].start], start)
    if not phrase or len(phrase.text.split()) > 8:
        return None
    return ctx.said((phrase, cues[0].form), "loose")


def _inverted_gap(ctx: ArticleContext, lo: int, gap: str) -> Attribution | None:
    if not gap.endswith((".", "!", "?")) or not (cues := find_cues(gap)):
        return None
    phrase = inverted_speaker(gap, cues[0], lo)
    return ctx.said((phrase, cues[0].form), "loose") if phrase else None


def _subject_before(ctx: ArticleContext, lo: int, hi: int) -> Attribution | None:
    """A person opening the sentence right before an uncued quote in the same paragraph, as what the
    sentence is about: `Arnold firmly believes in short films. "You are left alone."`."""
    if not _ENDS_SENTENCE.search(ctx.masked, max(lo, hi - 4), hi):
        return None  # a quote inside the sentence is a phrase of it (often a scare quote), not speech
    start = _last_sentence(ctx, lo, hi)[1]
    text = ctx.masked[start:hi]
    if MASK in text or not text.strip():
        return None
    offset, rest = drop_lead_words(text)
    first = WORD.match(rest)
    if first and first.group() in {"He", "She", "he", "she"}:
        phrase = Phrase(first.group(), "", start + offset)
    else:
        phrase = subject_of(text, start)
        if (
            not phrase
            or phrase.pos != start + offset
            or not all(w[:1].isupper() or w in ROLE_HEADS for w in phrase.text.split())
        ):
            return None  # only a name opening the sentence, not one deeper in it ("The firm sued Ann Roe")
    said = ctx.said((phrase, ""), "loose")
    return replace(said, cue=None) if said else None  # no verb said it


def _colon_lead(ctx: ArticleContext, lo: int, hi: int) -> Attribution | None:
    """A sentence a person opens that leads into the quote with a colon and no verb of saying:
    `Mr Dean is confident though: "..."`."""
    text = ctx.masked[lo:hi].rstrip()
    if not text.endswith(":"):
        return None
    start = _last_sentence(ctx, lo, hi)[1]
    sentence = ctx.masked[start:hi]
    if MASK in sentence or _PASSIVE_LEAD.search(sentence):
        return None  # "Ann Roe was asked:": what follows is put to her, not said by her
    phrase = subject_of(sentence, start)
    if not phrase or phrase.pos != start + drop_lead_words(sentence)[0]:
        return None  # only a subject opening the sentence
    said = ctx.said((phrase, ""), "loose")
    return replace(said, cue=None) if said and _plainly_a_person(said) else None


def _subject_of_gap(ctx: ArticleContext, lo: int, hi: int, para_hi: int) -> Attribution | None:
    """A person opening a sentence between two quotes of one paragraph takes the quote after only when the
    paragraph's own words name them again later (`Coach Ann Roe wants more. "..." "...," said Roe.`):
    otherwise the sentence is most often the speaker's aside about someone else."""
    said = _subject_before(ctx, lo, hi)
    if not said or not said.name:
        return None
    # The surname as a word of its own: "Roe" is not named again inside "Monroe".
    again = re.search(rf"\b{re.escape(said.name.split()[-1])}\b", ctx.masked[hi:para_hi])
    return said if again else None


def carried(ctx: ArticleContext, k: int, out: list[Attribution]) -> Attribution | None:
    """No attribution of its own: the sentence before, or the quote it continues."""
    spans, span = ctx.spans, ctx.spans[k]
    para_lo = ctx.paras[span.paragraph][0]
    same_para = k and spans[k - 1].paragraph == span.paragraph
    if same_para:
        gap_lo = spans[k - 1].mark_end
        # `"A," he went on. "B."`: a gap that only ends the quote before's sentence reports nobody new.
        new_sentence = bisect.bisect_right(ctx.starts, gap_lo) < bisect.bisect_left(
            ctx.starts, span.mark_start
        )
        gap_hi = span.mark_start
        gap = ctx.masked[gap_lo:gap_hi].rstrip()
        if not new_sentence and (said := _inverted_gap(ctx, gap_lo, gap)):
            return said  # `"A," Prices fell, said Ann Roe. "B."`: a sentence after a quote that lost its end
        if new_sentence and (
            said := _reported_before(ctx, gap_lo, gap_hi)
            or _colon_lead(ctx, gap_lo, gap_hi)
            or _subject_of_gap(ctx, gap_lo, gap_hi, ctx.paras[span.paragraph][1])
        ):
            return said
        return _carry(out[k - 1])
    if ctx.body.startswith(_BULLET, para_lo):
        return _list_lead(ctx, span.paragraph)
    if ctx.body.startswith(_LOST_LABEL, para_lo) and (said := _interviewee(ctx)):
        return said
    if span.mark_start > para_lo:
        return (
            _reported_before(ctx, para_lo, span.mark_start)
            or _colon_lead(ctx, para_lo, span.mark_start)
            or _subject_before(ctx, para_lo, span.mark_start)
        )
    if not span.paragraph:
        return None
    prev_lo, prev_hi = ctx.paras[span.paragraph - 1]
    previous = ctx.masked[prev_lo:prev_hi].rstrip()
    if k and spans[k - 1].paragraph == span.paragraph - 1 and out[k - 1].speaker:
        # The paragraph before ended on a quote (or its attribution): this one goes on with it.
        before = spans[k - 1]
        if not before.closed or len(ctx.masked[before.mark_end : prev_hi].split()) <= 14:
            return _carry(out[k - 1])
    if MASK not in previous:
        return (
            _reported_before(ctx, prev_lo, prev_lo + len(previous))
            or _label(ctx, prev_lo, previous)
            or _scene_before(ctx, span, prev_lo, prev_hi)
        )
    # The paragraph before quotes someone, then goes on in sentences of its own: the last of them may
    # report who speaks next ("Ann Roe insists he has her faith.").
    after_quote = prev_lo + previous.rfind(MASK) + 1
    prev_end = prev_lo + len(previous)
    last, lo = _last_sentence(ctx, after_quote, prev_end)
    if last < 0 or lo == after_quote:
        return None  # no sentence of its own opens after the quote
    said = _reported_before(ctx, lo, prev_end) or _scene_before(ctx, span, lo, prev_hi)
    return said if said and _plainly_a_person(said) else None


def _plainly_a_person(said: Attribution) -> bool:
    """A person by the name written, not a thing or a capitalised phrase ("The restoration of the film
    revealed", "Strong Oscar contenders"): a name with an honorific or a given name first, or one word."""
    if said.group or not said.speaker:
        return False
    words = said.speaker.split()
    return len(words) == 1 or words[0].lower() in HONORIFICS or bool(given_name_gender(words[0]))


def _scene_before(ctx: ArticleContext, span: Span, prev_lo: int, prev_hi: int) -> Attribution | None:
    """A paragraph setting the scene around a person ("Ann Roe spoke in Leeds on Monday."), then one that
    is only the quote: the person the last sentence is about said it. Words after the quote (a name
    signing it) leave it to them."""
    if HAS_WORD.search(ctx.masked, span.mark_end, ctx.paras[span.paragraph][1]):
        return None
    return _subject_before(ctx, prev_lo, min(prev_hi + 1, len(ctx.masked)))


def _label(ctx: ArticleContext, lo: int, previous: str) -> Attribution | None:
    """A paragraph that only names the speaker and ends on a colon, the statement below it:
    `Ann Roe, Director at the Centre:`."""
    if not previous.endswith(":") or not (m := _LABEL.match(previous)):
        return None
    if not name_core(m.group(1))[2]:
        return None
    said = ctx.said((Phrase(m.group(1), m.group(2) or "", lo), ""), "loose")
    return replace(said, cue=None) if said else None


def _interviewee(ctx: ArticleContext) -> Attribution | None:
    """Answers printed as paragraphs opening on a bare colon (the speaker's label lost from the page) are
    the words of the person the introduction names as its subject: `Ann Roe remembers ... : "..."`."""
    body = ctx.body
    first = body.find("\n" + _LOST_LABEL)
    if first < 0 or body.count("\n" + _LOST_LABEL) < 2:
        return None
    mention = ctx.names.nearest(first, _INTRO_REACH)
    if not mention:
        return None
    return Attribution(mention.form, None, False, "carried", ctx.names.fullest(mention.form, first), None)


def _list_lead(ctx: ArticleContext, paragraph: int) -> Attribution | None:
    """A list item's words belong to whoever its lead-in names: `The proposals include:` or `Ms Roe said:`."""
    i = paragraph - 1
    while i >= 0 and ctx.body.startswith(_BULLET, ctx.paras[i][0]):
        i -= 1
    if i < 0:
        return None
    lo, hi = ctx.paras[i]
    lead = _LIST_LEAD.search(ctx.masked, lo, hi)
    if not lead or MASK in lead.group():
        return None
    cue = find_cues(lead.group(2))
    phrase = np_before(lead.group(1), lead.start(1))
    if not phrase or len(phrase.text.split()) > 8:
        return None
    return ctx.said((phrase, cue[0].form if cue else lead.group(2)), "carried")


def _carry(said: Attribution) -> Attribution:
    return Attribution(said.speaker, said.cue, said.group, "carried", said.name, said.role)


def backfill(spans: list[Span], out: list[Attribution]) -> None:
    """An unclosed span takes the speaker of the span it runs on into.

    `"A. "B," she said` attributes B only; A shares it. So does each paragraph of a quote
    spread over several, whose attribution often comes only with the last.
    """
    for k in range(len(spans) - 2, -1, -1):
        if out[k].strength == "tight" or spans[k].closed or not out[k + 1].speaker:
            continue
        nxt = spans[k + 1]
        runs_on = nxt.paragraph == spans[k].paragraph
        goes_on = nxt.paragraph == spans[k].paragraph + 1 and nxt.opens_paragraph
        if (runs_on and not out[k].speaker) or (goes_on and out[k + 1].strength in ("tight", "carried")):
            out[k] = _carry(out[k + 1])
