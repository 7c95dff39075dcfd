"""Recommendations: demands, asks and policy steps an article reports.

Two sources: list items under a lead-in naming demands or ways to act
(`transforms.rec_lists`), and asks in prose, quoted or reported
(`transforms.rec_prose`). A list item is taken whole; prose asks inside an
item already taken are not counted again, and of overlapping prose asks the
one starting first wins. Who asks and who is asked are found by
`transforms.rec_parties`.
"""

from __future__ import annotations

from collections.abc import Iterator

from transforms.rec_lists import find_list_asks
from transforms.rec_parties import prose_parties, resolve_issuer
from transforms.rec_prose import find_prose_asks
from transforms.rec_text import leading_action
from transforms.records import Block, OrgMention, ParsedArticle, Quote, Recommendation

__all__ = ["find_recommendations"]

_TERMINAL = '.!?:;"\u201d\u2019)'


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
        issuer = resolve_issuer(item.issuer, issuers, True)
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
            issuer, target = prose_parties(body, ask, quotes, start)
            # In a release, an asker left unnamed is the group the release speaks for.
            issuer = resolve_issuer(issuer, issuers, voiced)
            found.append(Recommendation(text, ask.start, ask.end, leading_action(text), target, issuer))
    found.sort(key=lambda r: r.char_start)
    return found
