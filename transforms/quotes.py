"""Quotes and their speakers, from the article body only (pull quotes and the standfirst are not read)."""

from __future__ import annotations

import re

from transforms.quote_marks import Span, find_spans
from transforms.records import OrgMention, ParsedArticle, Quote
from transforms.speakers import Attribution, attribute

__all__ = ["find_quotes"]

_WORDS = re.compile(r"[\w\u2019'-]+")
_LETTER = re.compile(r"[^\W\d_]")
FRAGMENT_WORDS = 3


def _title_case(text: str) -> bool:
    """Looks like the name of a work: most words capitalised."""
    words = [w for w in _WORDS.findall(text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _keep(span: Span, text: str, said: Attribution) -> bool:
    if not _LETTER.search(text):
        return False
    if said.strength == "tight":
        return True
    # Unless a cue stands right beside it, a mid-sentence run of capitalised words is a title, not speech.
    return not (_title_case(text) and not span.opens_paragraph)


def _speaker_org(said: Attribution, organisations: list[OrgMention]) -> str | None:
    if not said.speaker:
        return None
    key = said.speaker.lower().removeprefix("the ").strip()
    for org in organisations:
        forms = {org.name.lower().removeprefix("the "), *(a.lower() for a in org.aliases)}
        if org.acronym:
            forms.add(org.acronym.lower())
        if key in forms:
            return org.name
    if said.group:
        issuers = [org for org in organisations if org.role == "issuer"]
        if issuers:
            return issuers[0].name
    return None


def find_quotes(article: ParsedArticle, organisations: list[OrgMention]) -> list[Quote]:
    body = article.body
    spans = find_spans(body)
    attributions = attribute(body, spans)
    out: list[Quote] = []
    for span, said in zip(spans, attributions, strict=True):
        text = body[span.start : span.end]
        if not _keep(span, text, said):
            continue
        out.append(
            Quote(
                text=text,
                char_start=span.start,
                char_end=span.end,
                speaker=said.speaker,
                speaker_org=_speaker_org(said, organisations),
                cue=said.cue,
                is_fragment=len(_WORDS.findall(text)) <= FRAGMENT_WORDS,
                speaker_name=said.name,
                speaker_role=said.role,
            )
        )
    return out
