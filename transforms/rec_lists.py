"""Asks made as a list: items after a lead-in that names demands, recommendations, calls,
steps or ways to act ("AALDEF demands that the district:", "Australia should:").

The items are list-item blocks, or, where the source had no bullets, a run of
short paragraphs under the lead-in; numbered items inside one paragraph
("...calls for: (1) ...; (2) ...") count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.rec_text import sentence_start, trim_span
from transforms.records import Block

__all__ = ["ListAsk", "find_list_asks", "lead_in_parties"]


@dataclass(slots=True)
class ListAsk:
    start: int
    end: int
    issuer: str | None
    target: str | None


_LEAD_CUE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|recommend\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?(?:\s+(?:on|upon|for))?"
    r"|asks?|asked|asking|request(?:s|ed|ing)?|ways|steps|actions|measures|should|must|needs?\s+to|ought\s+to"
    r"|want(?:s|ed)?\s+\w+\s+to)\b",
    re.I,
)
_NEED_QUESTION = re.compile(r"\b(?:need|needs|should|must)\b", re.I)
_PREPOSITIONS = frozenset(
    ["in", "for", "on", "at", "within", "under", "from", "across", "by", "among", "regarding"]
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c(]*[A-Z])")

# Verbs that end the subject of a lead-in ("the coalition | pointed out several ways").
_LEAD_VERBS = frozenset(
    [
        "pointed",
        "made",
        "makes",
        "make",
        "issued",
        "issues",
        "released",
        "releases",
        "outlined",
        "outlines",
        "listed",
        "lists",
        "set",
        "sets",
        "demands",
        "demand",
        "demanded",
        "urges",
        "urge",
        "urged",
        "calls",
        "call",
        "called",
        "recommends",
        "recommend",
        "recommended",
        "adopts",
        "adopted",
        "offers",
        "offered",
        "proposed",
        "proposes",
        "wants",
        "want",
        "says",
        "said",
        "included",
        "includes",
        "include",
        "has",
        "have",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "should",
        "must",
        "needs",
        "need",
        "asks",
        "asked",
        "presented",
        "gave",
        "gives",
        "put",
        "puts",
        "laid",
        "lays",
        "identified",
        "identifies",
        "suggested",
        "suggests",
        "sent",
        "sets",
        "out",
        "also",
    ]
)
_BY_ISSUER = re.compile(
    r"\b(?:demands|recommendations|calls|requests)\s+(?:by|from|of)\s+(?P<who>[^,:;]+?)(?=\s+(?:are|is|were|was|include|to)\b|[,:;]|$)"
)
_TARGET_PATTERNS = (
    re.compile(r"\bways[\"'\u201d\u2019]?\s+(?P<who>.+?)\s+(?:can|could|should|must|might|may)\b", re.I),
    re.compile(r"\b(?:that|on|upon)\s+(?P<who>[^:]+?)\s*(?:to\s+\w+\s*)?:\s*$", re.I),
    re.compile(r"\brecommendations\s+to\s+(?P<who>[^:]+?)\s*:\s*$", re.I),
    re.compile(r"\b(?:with|to)\s+(?P<who>[^:]+?)\s*:\s*$", re.I),
    re.compile(r"(?:^|[,;]\s*)(?P<who>[^,;]+?)\s+(?:should|must|needs?\s+to|ought\s+to)\b", re.I),
)

# "The judge said she must:": the one asked comes after the reporting verb.
_REPORTED_HEAD = re.compile(
    r"^.*\b(?:said|says|ruled|rules|told|tells|added|insisted|insists)\s+(?:that\s+)?", re.I
)
_MAX_ITEM_WORDS = 70
# A marker may sit flush against its item ("2.Structured review"), but only before a capital,
# so decimals ("1.5") and abbreviations ("e.g.") are not read as markers.
_MARKER = re.compile(r"(?:(?<=\s)|(?<=:))\(?(?P<mark>\d{1,2}|[a-h])[.)](?:\s+|(?=[A-Z]))")
# A number opening a paragraph set among list items ("11 Preventive ..."): the source lost its bullet.
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.)]?\s*(?=[A-Z])")
# Among paragraphs standing for items only a marked number is one ("2.Structured"), not "10 Downing".
_MARKED_NUMBER = re.compile(r"\(?\d{1,2}[.)]\s*(?=[A-Z])")
_MAX_HEADING_WORDS = 12


def _last_sentence(text: str) -> str:
    parts = _SENTENCE_BREAK.split(text)
    return parts[-1] if parts else text


def is_lead_in(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith(":"):
        return _LEAD_CUE.search(_last_sentence(stripped)) is not None
    if stripped.endswith("?"):
        return len(stripped.split()) <= 12 and _NEED_QUESTION.search(stripped) is not None
    return False


def lead_in_parties(text: str) -> tuple[str | None, str | None]:
    """Who asks and who is asked, as far as a lead-in sentence says."""
    sentence = _last_sentence(text.strip())
    target = None
    for pattern in _TARGET_PATTERNS:
        m = pattern.search(sentence)
        if m:
            target = _REPORTED_HEAD.sub("", m.group("who")).strip(" \"'\u201c\u201d")
            if len(target.split()) > 8:
                target = None
            if target:
                break
    by = _BY_ISSUER.search(sentence)
    if by:
        return by.group("who").strip(), target
    cue = _LEAD_CUE.search(sentence)
    head = sentence[: cue.start()] if cue else sentence
    head = head.rsplit(",", 1)[-1]
    words: list[str] = []
    for word in head.split():
        if word.lower().strip(".,") in _LEAD_VERBS:
            break
        words.append(word)
    issuer = " ".join(words).strip(" \"'\u201c\u201d") or None
    if issuer and (len(words) > 10 or issuer == target):
        issuer = None
    return issuer, target


def _is_subheading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and text.rstrip()[-1] not in ".!?:;," and words[0].lower() in _PREPOSITIONS


def _li_run(blocks: list[Block], first: int) -> list[Block]:
    run: list[Block] = []
    for block in blocks[first:]:
        if block.kind != "li":
            break
        run.append(block)
    return run


def _sentences(text: str) -> int:
    return len(_SENTENCE_BREAK.split(text.strip()))


def _paragraph_run(blocks: list[Block], first: int) -> list[Block]:
    """Short paragraphs under a lead-in that stand for list items a source wrote without bullets.

    The run keeps the style of its first item: bare fragments run until one ends
    with a full stop (the usual last item); full sentences run while each is a
    single sentence. Prepositional sub-headings ("In countries of origin") are skipped.
    """
    run: list[Block] = []
    fragments: bool | None = None
    j = first
    while j < len(blocks):
        block = blocks[j]
        text = block.text.strip()
        if block.kind != "p" or not text:
            break
        if _is_subheading(text):
            if j + 1 < len(blocks) and blocks[j + 1].kind == "p" and (fragments is None or run):
                j += 1
                continue
            break
        words = len(text.split())
        if text[0] in '"\u201c' or text.endswith(":") or words > _MAX_ITEM_WORDS or words < 2:
            break
        ends_stop = text[-1] in ".!"
        if fragments is None:
            fragments = not ends_stop
        if fragments:
            if _sentences(text) > 2:
                break
            run.append(block)
            if ends_stop and not (j + 1 < len(blocks) and _is_subheading(blocks[j + 1].text.strip())):
                break
        else:
            if not ends_stop or _sentences(text) > 1:
                break
            run.append(block)
        j += 1
    return run if len(run) >= 2 else []


def _inline_items(body: str, block: Block) -> list[tuple[int, int]]:
    """Numbered items inside one paragraph after a lead-in colon: "(1) ... (2) ..." or "a) ... b) ..."."""
    colon = block.text.find(":")
    if colon < 0 or not _LEAD_CUE.search(_last_sentence(block.text[:colon])):
        return []
    base = block.start
    marks = list(_MARKER.finditer(body, base + colon, block.end))
    expected = None
    chain: list[re.Match[str]] = []
    for m in marks:
        mark = m.group("mark")
        if expected is None:
            if mark in ("1", "a"):
                chain = [m]
                expected = chr(ord(mark) + 1) if mark == "a" else "2"
            continue
        if mark == expected:
            chain.append(m)
            expected = chr(ord(mark) + 1) if mark.isalpha() else str(int(mark) + 1)
    if len(chain) < 2:
        return []
    items = []
    for k, m in enumerate(chain):
        stop = chain[k + 1].start() if k + 1 < len(chain) else block.end
        s, e = trim_span(body, m.end(), stop)
        for tail in (" and", " or"):
            if body[s:e].endswith(tail):
                s, e = trim_span(body, s, e - len(tail))
        if e > s:
            items.append((s, e))
    return items


def _is_group_heading(text: str) -> bool:
    """A short line naming a group of items ("Preserve Family Reunification", "For detainees:")."""
    words = text.split()
    if not 0 < len(words) <= _MAX_HEADING_WORDS or text[0] in "\"\u201c\u2018'":
        return False
    return text[-1] not in ".!?;," and _sentences(text) == 1


def _numbered_between_items(blocks: list[Block], j: int) -> bool:
    """A numbered paragraph set between two list items is one of them."""
    block = blocks[j]
    return (
        block.kind == "p"
        and 0 < j < len(blocks) - 1
        and blocks[j - 1].kind == "li"
        and blocks[j + 1].kind == "li"
        and _ITEM_NUMBER.match(block.text) is not None
        and len(block.text.split()) <= _MAX_ITEM_WORDS
    )


def _grouped_li_run(blocks: list[Block], first: int) -> list[Block]:
    """List items under a lead-in, read across the short headings that divide them into groups.

    Each group is a heading line followed by list items; the run ends at the first block that
    is neither, so a paragraph of prose closes the list. Items straight after the lead-in
    make an ungrouped list, which ends at the first block that is not an item. In a grouped
    list a heading line with no items of its own, followed by a group that has some, is an
    item worded as a heading.
    """
    run: list[Block] = []
    # Only a list that opens with a heading is grouped; after plain items a heading starts
    # something else ("Notes to editors", a list of speakers).
    grouped = first < len(blocks) and blocks[first].kind == "p"
    j = first
    while j < len(blocks):
        block = blocks[j]
        if block.kind == "li":
            items = _li_run(blocks, j)
            run += items
            j += len(items)
            continue
        if run and _numbered_between_items(blocks, j):
            run.append(block)
            j += 1
            continue
        text = block.text.strip()
        if not grouped or block.kind != "p" or not text or not _is_group_heading(text):
            break
        if j + 1 < len(blocks) and blocks[j + 1].kind == "li":
            j += 1
            continue
        nested = j + 2 < len(blocks) and blocks[j + 2].kind == "li"
        if nested and _is_group_heading(blocks[j + 1].text.strip()) and not text.endswith(":"):
            run.append(block)
            j += 1
            continue
        break
    return run


def _item_span(block: Block, among_items: bool) -> tuple[int, int]:
    """The item's text without a number the source left on a paragraph."""
    if block.kind == "p":
        m = (_ITEM_NUMBER if among_items else _MARKED_NUMBER).match(block.text)
        if m:
            return block.start + m.end(), block.end
    return block.start, block.end


# An item saying what someone should or must do ("The council should publish its rules.").
_ITEM_MODAL = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?!have\s+been\b)[a-z]")


def _modal_items(blocks: list[Block], i: int) -> list[Block]:
    """List items after a colon whose lead-in names no demands ("Points raised in the report
    included:") but which nearly all say what someone should or must do: asks all the same."""
    items = _li_run(blocks, i + 1)
    asking = sum(_ITEM_MODAL.search(item.text) is not None for item in items)
    return items if len(items) >= 2 and asking * 4 >= len(items) * 3 else []


def find_list_asks(body: str, blocks: list[Block]) -> list[ListAsk]:
    asks: list[ListAsk] = []
    for i, block in enumerate(blocks):
        if block.kind == "li":
            continue
        inline = _inline_items(body, block)
        if inline:
            sentence = body[sentence_start(body, block.start + block.text.find(":"), block.start) : block.end]
            issuer, target = lead_in_parties(sentence.split(":", 1)[0] + ":")
            asks += [ListAsk(s, e, issuer, target) for s, e in inline]
            continue
        if not is_lead_in(block.text):
            # A group heading inside a list already taken ("For detainees:") starts no list of its own.
            if block.text[-1:] == ":" and not (asks and block.start < asks[-1].end):
                # Such a lead-in names neither asker nor asked: its subject is the points themselves.
                asks += [ListAsk(item.start, item.end, None, None) for item in _modal_items(blocks, i)]
            continue
        items = _grouped_li_run(blocks, i + 1)
        among_items = bool(items)
        items = items or _paragraph_run(blocks, i + 1)
        if not items:
            continue
        issuer, target = lead_in_parties(block.text)
        for item in items:
            # A question under "two questions to ask:" asks what, not that anyone act.
            if len(item.text.split()) >= 2 and not item.text.rstrip().endswith("?"):
                asks.append(ListAsk(*_item_span(item, among_items), issuer, target))
    return asks
