"""Attribution run over paragraphs written in a test, the way the quote extractor runs it on a body."""

from __future__ import annotations

from transforms.body import assemble
from transforms.quote_marks import find_spans
from transforms.records import Block
from transforms.speakers import Attribution, attribute

__all__ = ["attributions", "body_of", "said", "speakers"]


def body_of(*paragraphs: str) -> str:
    """The body the paragraphs make, joined as parsing joins an article's blocks."""
    body, _ = assemble(Block("p", p) for p in paragraphs)
    return body


def attributions(*paragraphs: str) -> list[Attribution]:
    """Every quote's attribution, in body order."""
    body = body_of(*paragraphs)
    return attribute(body, find_spans(body))


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quote's text with the speaker it was given."""
    body = body_of(*paragraphs)
    spans = find_spans(body)
    return [(body[s.start : s.end], a.speaker) for s, a in zip(spans, attribute(body, spans), strict=True)]


def speakers(*paragraphs: str) -> list[str | None]:
    """Only the speakers, in body order."""
    return [a.speaker for a in attributions(*paragraphs)]
