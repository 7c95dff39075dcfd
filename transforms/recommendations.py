"""Recommendations: demands, asks and policy steps an article reports.

Two sources: list items under a lead-in naming demands or ways to act
(`transforms.rec_lists`), and asks in prose, quoted or reported
(`transforms.rec_prose`). A list item is taken whole; prose asks inside an
item already taken are not counted again, and of overlapping prose asks the
one starting first wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.rec_lists import find_list_asks
from transforms.rec_prose import ProseAsk, find_prose_asks
from transforms.rec_text import leading_action, sentence_start
from transforms.records import Block, OrgMention, ParsedArticle, Quote, Recommendation

__all__ = ["find_recommendations"]

_TERMINAL = '.!?:;"\u201d\u2019)'
# Words standing for the issuing group itself, resolved to its name when the article has one.
_GROUP_WORDS = re.compile(
    r"^(?:we|us|our|the\s+(?:coalition|groups?|organi[sz]ations?|letter|signatories|alliance|campaign|statement|network))$",
    re.I,
)
_SUBJECT_END = re.compile(
    r"\s+(?:has|have|had|is|was|are|were|will|would|also|today|yesterday|again|repeatedly|now|then|last\s+\w+)\s*$",
    re.I,
)
# "It was the committee who called for ...": the one asking stands inside the cleft.
_CLEFT = re.compile(r"^\s*it\s+(?:was|is|has\s+been)\s+(?P<who>.+?)\s+(?:who|that)\s*$", re.I)
_RELATIVE_END = re.compile(r"\s+(?:who|which|that)\s*$", re.I)
_CONJUNCTIONS = frozenset(["but", "and", "so", "yet", "meanwhile", "however", "also", "now"])
_REPORTING = re.compile(
    r"\b(?:said|says|argued|argues|insisted|insists|told|tells|wrote|writes|added|warned|ruled|stated)\b",
    re.I,
)
_ADVERBIAL_HEAD = frozenset(
    [
        "on",
        "in",
        "at",
        "after",
        "before",
        "last",
        "earlier",
        "meanwhile",
        "however",
        "but",
        "and",
        "yesterday",
        "today",
        "also",
        "so",
        "even",
        "while",
        "when",
    ]
)


def _segments(article: ParsedArticle) -> Iterator[tuple[int, int, str]]:
    """Stretches of body to scan for prose asks, with the kind of their first block.

    A paragraph that stops mid-sentence and is followed by one opening in lower
    case (a line break in a scanned page) is read together with it.
    """
    blocks = article.blocks or [Block("p", article.body, 0, len(article.body))]
    i = 0
    while i < len(blocks):
        first = blocks[i]
        end = first.end
        j = i
        while (
            j + 1 < len(blocks)
            and blocks[j].kind == "p"
            and blocks[j + 1].kind == "p"
            and blocks[j].text.rstrip()[-1:] not in _TERMINAL
            and blocks[j + 1].text[:1].islower()
        ):
            j += 1
            end = blocks[j].end
        yield first.start, end, first.kind
        i = j + 1


def _speaker_at(quotes: list[Quote], pos: int) -> str | None:
    for quote in quotes:
        if quote.char_start <= pos < quote.char_end and quote.speaker:
            return quote.speaker
    return None


def _subject_before(body: str, cue: int, floor: int) -> str | None:
    """Who makes a prose ask: the subject of the sentence up to the cue verb."""
    head = body[sentence_start(body, cue, floor) : cue]
    # "They are also | asking": the auxiliary and an adverb after it both go.
    head = _SUBJECT_END.sub("", _SUBJECT_END.sub("", head.rstrip()))
    cleft = _CLEFT.match(head)
    if cleft:
        head = cleft.group("who")
    head = _RELATIVE_END.sub("", head)
    parts = [p.strip() for p in head.split(",") if p.strip()]
    # "Vincent Cable, for the Liberal Democrats, called on" -> the first part; skip a leading adverbial.
    while parts and parts[0].split()[0].lower() in _ADVERBIAL_HEAD and len(parts) > 1:
        parts.pop(0)
    if not parts:
        return None
    subject = parts[0].strip(" \"'\u201c\u201d")
    words = subject.split()
    while len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]
    subject = " ".join(words)
    if not words or len(words) > 10 or (subject[:1].islower() and words[0].lower() not in ("the", "we")):
        return None
    return subject


def _resolve(issuer: str | None, issuers: list[str], fall_back: bool) -> str | None:
    """The issuer as named, with "we" or "the coalition" resolved to the one issuing group; with
    `fall_back`, an ask whose asker goes unnamed is that group's."""
    if len(issuers) != 1:
        return issuer
    if issuer and _GROUP_WORDS.match(issuer.strip()):
        return issuers[0]
    return issuer or (issuers[0] if fall_back else None)


def _reporter_before(body: str, at: int, floor: int) -> str | None:
    """Who says "X should Y" in reported speech: the subject of the reporting verb before it."""
    start = sentence_start(body, at, floor)
    verbs = list(_REPORTING.finditer(body, start, at))
    return _subject_before(body, verbs[-1].start(), floor) if verbs else None


def _prose_parties(
    body: str, ask: ProseAsk, quotes: list[Quote], floor: int
) -> tuple[str | None, str | None]:
    """(issuer, target) of a prose ask: who asks and who is asked, as far as the sentence says."""
    if ask.kind == "passive":
        # "Councils were urged to act": the subject is the one asked; an asker is rarely named.
        return (_speaker_at(quotes, ask.cue) if ask.in_quote else None), _subject_before(body, ask.cue, floor)
    if ask.in_quote:
        return _speaker_at(quotes, ask.cue), ask.target
    if ask.kind == "modal":
        return _reporter_before(body, ask.cue, floor), ask.target
    return _subject_before(body, ask.cue, floor), ask.target


def find_recommendations(
    article: ParsedArticle, quotes: list[Quote], organisations: list[OrgMention]
) -> list[Recommendation]:
    body = article.body
    if not body:
        return []
    issuers = [o.name for o in organisations if o.role == "issuer"]
    voiced = article.extra.get("layout") == "press_release"
    found: list[Recommendation] = []
    taken: list[tuple[int, int]] = []
    for item in find_list_asks(body, article.blocks):
        text = body[item.start : item.end]
        # A list of demands with no asker named is the main group's own.
        issuer = _resolve(item.issuer, issuers, True)
        found.append(Recommendation(text, item.start, item.end, leading_action(text), item.target, issuer))
        taken.append((item.start, item.end))
    for start, end, _kind in _segments(article):
        if any(s <= start and end <= e for s, e in taken):
            continue
        last_end = -1
        for ask in find_prose_asks(body, start, end, voiced):
            if ask.start < last_end or any(s < ask.end and ask.start < e for s, e in taken):
                continue
            last_end = ask.end
            text = body[ask.start : ask.end]
            issuer, target = _prose_parties(body, ask, quotes, start)
            # In a release, an asker left unnamed is the group the release speaks for.
            issuer = _resolve(issuer, issuers, voiced)
            found.append(Recommendation(text, ask.start, ask.end, leading_action(text), target, issuer))
    found.sort(key=lambda r: r.char_start)
    return found
