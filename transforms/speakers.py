"""Who said each quoted span: the attribution around its marks, carried over and resolved.

Attribution is read from the text outside quotes (quoted words are masked so
their verbs never count as cues):

* after the span, `"...," Mr Blair said` or `"...," said Mr Howard, a ...`;
* before it, `Ms Kelly said: "..."`, `the coalition pointed out that "..."`,
  `According to the report, "..."`;
* otherwise the speaker carries over from the previous span of the paragraph,
  or from the paragraph before when this one only continues the quoting.

Speakers are then resolved: "he"/"she" to the latest fitting person named
before, "Mr Brown" to the fullest form the article gives ("Gordon Brown"),
and role-laden runs ("Tory shadow education secretary Tim Collins") to the
name itself. Groups and documents ("the coalition", "the letter") stay as written.
"""

from __future__ import annotations

import bisect

from transforms.quote_marks import Span, paragraphs
from transforms.speaker_article import ArticleContext, Attribution
from transforms.speaker_carry import backfill, carried
from transforms.speaker_evaluative import verdict
from transforms.speaker_patterns import according_to, after_quote, before_quote, signed
from transforms.speaker_text import mask, sentence_starts

__all__ = ["Attribution", "attribute"]


def attribute(body: str, spans: list[Span]) -> list[Attribution]:
    """One attribution per span, in order (speaker None when the article leaves it unknown)."""
    masked = mask(body, spans)
    paras = paragraphs(body)
    ctx = ArticleContext(body, masked, spans, sentence_starts(body, spans, paras), paras)
    out: list[Attribution] = []
    for k in range(len(spans)):
        said = _own(ctx, k) or carried(ctx, k, out) or Attribution(None, None)
        out.append(said)
        if said.speaker and not said.group:
            ctx.last_person = said.name
        if said.speaker:
            ctx.last_said = said
            if said.at >= 0:
                ctx.last_voice = said
    backfill(spans, out)
    return out


def _own(ctx: ArticleContext, k: int) -> Attribution | None:
    """The attribution in the span's own sentence, tightest pattern first."""
    span, spans, starts, masked = ctx.spans[k], ctx.spans, ctx.starts, ctx.masked
    prev = spans[k - 1] if k and spans[k - 1].paragraph == span.paragraph else None
    nxt = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
    para_lo, para_hi = ctx.paras[span.paragraph]
    sent = starts[bisect.bisect_right(starts, span.mark_start) - 1]
    lead_lo = max(sent, prev.mark_end if prev else para_lo)
    lead = masked[lead_lo : span.mark_start]
    after_end = bisect.bisect_right(starts, span.mark_end + 1)
    tail_hi = min(
        starts[after_end] if after_end < len(starts) else para_hi, para_hi, nxt.mark_start if nxt else para_hi
    )
    tail = masked[span.mark_end : tail_hi]
    sentence = (masked[sent : span.mark_start], sent)
    return (
        ctx.said(before_quote(lead, lead_lo, True, sentence), "tight")
        or ctx.said(after_quote(tail, span.mark_end, ctx.body[span.start : span.end]), "tight", voice=True)
        or ctx.said(before_quote(sentence[0], sent, False, sentence), "loose")
        or ctx.said(according_to(tail, span.mark_end, ctx.body[span.start : span.end]), "loose")
        or ctx.said(signed(tail, span.mark_end), "tight")
        or ctx.said(verdict(*sentence), "loose")
    )
