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
_LABEL = re.compile(r"[A-Z][A-Z.'\u2019 -]{1,30}:\s")
_WORK_BEFORE = re.compile(
    r"(?:\b(?:on|in|of|to|told|titled|called|dubbed|book|show|program|programme|film|song|[Tt]he|[Aa]n?)"
    r"|[\u2019']s)"
    r"\s+[\"\u201c\u201e]$"
)


def _title_case(long_words: list[str]) -> bool:
    """Looks like the name of a work: most words capitalised."""
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _named_work(body: str, span: Span, text: str, long_words: list[str]) -> bool:
    """A capitalised run after "on", "told", "'s" or an article names a work: `on "Face the Nation"`,
    `the "Annual Harbour Report"` (speech is never introduced by "the")."""
    capitalised = bool(long_words) and all(w[0].isupper() for w in long_words)
    if not capitalised or len(text.split()) > 8:
        return False
    return bool(_WORK_BEFORE.search(body, max(0, span.mark_start - 24), span.mark_start + 1))


def _straight(body: str, span: Span) -> bool:
    return body[span.mark_start] in "\"'"


def _goes_on(body: str, spans: list[Span], attributions: list[Attribution], k: int) -> bool:
    """The span before k closes a quote someone is said to have said in the paragraph just above, with
    marks of the same kind: a statement set out one paragraph to a quote, each opening and none closing,
    goes on from it. (An excerpt set off by straight marks holds curly ones for the quotes inside it.)"""
    if k == 0:
        return False
    prev, span = spans[k - 1], spans[k]
    return (
        prev.closed
        and prev.paragraph == span.paragraph - 1
        and _straight(body, prev) == _straight(body, span)
        and bool(attributions[k - 1].speaker)
    )


def _excerpts(body: str, spans: list[Span], attributions: list[Attribution]) -> set[int]:
    """Paragraphs that open with a mark no paragraph ever closes: an excerpt or a transcript set off by
    marks, not speech. A quote over several paragraphs ends with one that closes (marks of the same
    kind); these never do, and what closes inside them is a quote within the excerpt. A run that goes
    on from a quote whose speaker is known is that speaker's statement, one quote a paragraph."""
    out: set[int] = set()
    chain: list[int] = []
    spoken = False

    def drop(chain: list[int]) -> None:
        if not spoken or any(_LABEL.match(body, spans[i].start) for i in chain):
            out.update(chain)

    for k, span in enumerate(spans):
        last = spans[chain[-1]] if chain else None
        if last and span.paragraph > last.paragraph + 1:
            drop(chain)
            chain, last = [], None
        if span.opens_paragraph and not span.closed:
            if last and span.paragraph != last.paragraph + 1 and span.paragraph != last.paragraph:
                drop(chain)
                chain = []
            if not chain:
                spoken = _goes_on(body, spans, attributions, k)
            chain.append(k)
        elif last and span.closed and _straight(body, span) == _straight(body, last):
            # The closing part of a quote over several paragraphs, or of a run-on quote; a transcript
            # (speakers' names in capitals as labels) is closed the same way and is still no quote.
            if any(_LABEL.match(body, spans[i].start) for i in chain):
                out.update([*chain, k])
            chain = []
    drop(chain)
    return out


def _keep(body: str, span: Span, text: str, words: list[str], said: Attribution) -> bool:
    if not _LETTER.search(text):
        return False
    if not said.speaker and len(words) <= FRAGMENT_WORDS:
        return False  # a scare quote: a word or two nobody is said to have said
    long_words = [w for w in words if len(w) > 3]
    if _named_work(body, span, text, long_words):
        return False
    if said.strength == "tight":
        return True
    # Unless a cue stands right beside it, a mid-sentence run of capitalised words is a title, not speech.
    return not (_title_case(long_words) and not span.opens_paragraph)


def _org_forms(organisations: list[OrgMention]) -> dict[str, str]:
    """Each lower-cased form an organisation goes by (name without "the", alias, acronym) -> its name;
    where two share a form, the first listed keeps it."""
    out: dict[str, str] = {}
    for org in organisations:
        forms = {org.name.lower().removeprefix("the "), *(a.lower() for a in org.aliases)}
        if org.acronym:
            forms.add(org.acronym.lower())
        for form in forms:
            out.setdefault(form, org.name)
    return out


def _speaker_org(said: Attribution, forms: dict[str, str], organisations: list[OrgMention]) -> str | None:
    if not said.speaker:
        return None
    key = said.speaker.lower().removeprefix("the ").strip()
    if key in forms:
        return forms[key]
    if said.group:
        issuers = [org for org in organisations if org.role == "issuer"]
        if issuers:
            return issuers[0].name
    return None


def find_quotes(article: ParsedArticle, organisations: list[OrgMention]) -> list[Quote]:
    body = article.body
    spans = find_spans(body)
    if not spans:
        return []  # one article in seven quotes nobody: no attribution to read
    attributions = attribute(body, spans)
    excerpts = _excerpts(body, spans, attributions)
    forms: dict[str, str] | None = None
    out: list[Quote] = []
    for k, (span, said) in enumerate(zip(spans, attributions, strict=True)):
        text = body[span.start : span.end]
        if k in excerpts:
            continue
        words = _WORDS.findall(text)
        if not _keep(body, span, text, words, said):
            continue
        if forms is None and said.speaker:
            forms = _org_forms(organisations)
        out.append(
            Quote(
                text=text,
                char_start=span.start,
                char_end=span.end,
                speaker=said.speaker,
                speaker_org=_speaker_org(said, forms, organisations) if forms is not None else None,
                cue=said.cue,
                is_fragment=len(words) <= FRAGMENT_WORDS,
                speaker_name=said.name,
                speaker_role=said.role,
            )
        )
    return out
