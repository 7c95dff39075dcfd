"""Press and media releases converted from PDF or saved from a page.

What such text looks like: a preamble of release markers ("MEDIA RELEASE",
"For immediate release: <date>", "Embargoed until ..."), the issuer's name
and title, a date line and the headline; then hard-wrapped lines (sometimes
double-spaced) with page headers, footers and page numbers between them; and
a tail of media contacts, "ENDS" and authorisation lines. The preamble becomes
metadata, the wrapped lines become paragraphs, the furniture goes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from transforms.body import assemble
from transforms.dates import find_date
from transforms.layouts.boilerplate import is_contact, is_furniture
from transforms.layouts.plaintext import (
    BULLET_LINE,
    blocks_from_paragraphs,
    body_end,
    ends_sentence,
    is_stray_line,
    looks_like_title,
    normalise_newlines,
    role_line,
    strip_dateline,
    strip_quotes,
)
from transforms.records import ParsedArticle

__all__ = ["dehyphenate_join", "looks_like_release", "parse_release", "rejoin_lines"]

_MARKER = re.compile(
    r"\b(?:(?:media|press|news) (?:releases?|statements?|alert|advisory)|for (?:immediate )?release|"
    r"embargo(?:ed)?)\b",
    re.IGNORECASE,
)
# A banner set letter by letter ("M E D I A  R E L E A S E") reads as a marker once closed up.
_SPACED_MARKER = re.compile(r"(?:RELEASE|STATEMENT)$", re.IGNORECASE)
# A name and post set after the headline on one line: "TITLE Laurie Brereton - Shadow Minister for X".
_ROLE_TAIL = re.compile(
    r"\s+(?:[A-Z][\w'\u2019.-]+\s+){2}[-\u2013\u2014]\s+(?:(?:Shadow|Acting|Assistant|Federal)\s+)*"
    r"(?:Minister|Senator|Spokes(?:person|man|woman)|Leader|Member)\b.*$"
)
# A headline run into the first sentence on one line: "Senate renews call for X The Senate today ...".
_FUSED_HEAD = re.compile(
    r"^(?P<head>[A-Z][^.!?:\u201c\"]{10,140}?[a-z)])\s+(?P<rest>(?:The|A|An|This)\s+[A-Za-z].*)$"
)
_REF = re.compile(r"^[A-Z]{0,4}\s?\d{1,4}(?:/\d{1,4})?$")
_ROMAN_MARK = re.compile(r"^(?:[ivx]{1,5}|\d{1,2})$")
_KEEP_HYPHEN = frozenset(
    {
        "self", "non", "anti", "co", "cross", "well", "long", "short", "high", "low", "full", "part",
        "half", "multi", "post", "pre", "re", "ex", "all", "so", "one", "two", "three", "four", "five",
        "first", "second", "third", "mid", "inter", "pro", "semi", "sub", "super", "ultra", "over",
        "under", "counter", "far", "near",
    }
)
_SOFT_LEAD = re.compile(r"^(?:>\s*|\u00c2\s*)+")
_MAX_PREAMBLE = 12
# How much longer than the median line the longest tenth of wrapped lines may run.
_WRAP_SPREAD = 1.4


def _letterspaced(line: str) -> bool:
    """"M E D I A  R E L E A S E": three in five words or more are a single character."""
    lengths = list(map(len, line.split()))
    return len(lengths) >= 4 and 5 * lengths.count(1) >= 3 * len(lengths)


def _unspace(line: str) -> str:
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", line.strip())]
    text = " ".join(w for w in words if w)
    return text.title() if text.isupper() else text


def looks_like_release(text: str) -> bool:
    """Release markers near the top, or the hard-wrapped shape of text converted from PDF."""
    lines = [line.strip() for line in normalise_newlines(text[:20000]).split("\n") if line.strip()]
    if any(len(line) <= 200 and _MARKER.search(line) and len(line.split()) <= 16 for line in lines[:10]):
        return True
    top = lines[:10]
    spaced = [_letterspaced(line) for line in top]  # asked twice below: the split is the cost
    if any(s and _SPACED_MARKER.search(line.replace(" ", "")) for s, line in zip(spaced, top, strict=True)):
        return True
    if len(lines) < 8:
        return False
    if sum(spaced[:5]) >= 2:
        return True
    # Hard wrapping: lines that stop mid-sentence and go on in lower case on the next line.
    wrapped = sum(
        not ends_sentence(line) and after[:1].islower() for line, after in pairwise(lines)
    )
    lengths = sorted(len(line) for line in lines)
    return wrapped / len(lines) > 0.2 and 40 <= lengths[len(lengths) // 2] <= 120


def _garbled(line: str) -> bool:
    """A scanned letterhead's logo read as text: mostly symbols, few letters or digits."""
    visible = line.replace(" ", "")
    return bool(visible) and sum(c.isalnum() for c in visible) < 0.5 * len(visible)


def _classify(line: str) -> str:
    words = line.split()
    if _letterspaced(line):
        return "marker" if _SPACED_MARKER.search(line.replace(" ", "")) else "letterspaced"
    if _MARKER.search(line) and len(words) <= 16:
        return "marker"
    if is_furniture(line) or _REF.match(line) or line.startswith(("http://", "https://", "www.")):
        return "furniture"
    if len(words) <= 8 and find_date(line):
        return "date"
    return "furniture" if _garbled(line) else "text"


def _body_like(line: str, chunk: str, after_marker: bool, alone: bool) -> bool:
    """Whether a preamble line opens the body; `chunk` is the line with the lines wrapped after it."""
    words = len(line.split())
    if len(chunk.split()) >= 20 and chunk != line and ends_sentence(chunk):
        # Prose hard-wrapped into short lines: the paragraph, not the line, is what reads as body.
        return True
    if role_line(line):
        return False
    if after_marker and ((alone and words <= 16) or (words <= 40 and not line.rstrip().endswith("."))):
        return False
    return words >= 14 or (ends_sentence(line) and words >= 8)


def _chunk_at(lines: list[str], index: int) -> tuple[str, bool]:
    """The line at `index` joined with the non-blank lines after it, and whether blank lines surround it."""
    parts: list[str] = []
    for line in lines[index:]:
        if not line.strip():
            break
        parts.append(_SOFT_LEAD.sub("", line.strip()))
    alone = len(parts) == 1 and (index == 0 or not lines[index - 1].strip())
    return " ".join(parts), alone


def _read_preamble(lines: list[str], article: ParsedArticle) -> int:
    """Read the preamble into `article`; returns the index of the first body line."""
    kinds: list[tuple[str, str]] = []
    index = 0
    seen = 0
    has_headline_slot = True
    while index < len(lines) and seen < _MAX_PREAMBLE:
        line = _SOFT_LEAD.sub("", lines[index].strip())
        if not line:
            index += 1
            continue
        kind = _classify(line)
        after_marker = bool(kinds) and kinds[-1][0] in ("marker", "date") and has_headline_slot
        chunk, alone = _chunk_at(lines, index)
        if kind == "text" and _body_like(line, chunk, after_marker, alone):
            break
        if kind == "text" and after_marker:
            has_headline_slot = False
        kinds.append((kind, line))
        index += 1
        seen += 1
    for kind, line in kinds:
        if kind in ("marker", "date") and article.published_at is None:
            article.published_at = find_date(line)
    spaced = [_unspace(line) for kind, line in kinds if kind == "letterspaced"]
    if spaced:
        article.publisher = " ".join(spaced)
    marks = [i for i, (kind, _) in enumerate(kinds) if kind in ("marker", "date")]
    texts = _title_lines([(i, line) for i, (kind, line) in enumerate(kinds) if kind == "text"])
    roles = [line for _, line in texts if role_line(line)]
    titles = [(i, line) for i, line in texts if not role_line(line)]
    after = [line for i, line in titles if marks and i > marks[-1]]
    before = [line for i, line in titles if not marks or i < marks[-1]]
    if after:
        article.headline = after[0]
        article.byline = roles[0] if roles else (before[0] if before else None)
    elif before:
        article.headline = before[0]
        article.byline = roles[0] if roles else (before[1] if len(before) > 1 else None)
    elif roles:
        article.byline = roles[0]
    if article.headline:
        article.headline = re.sub(r"\s{2,}", " ", strip_quotes(article.headline))
    return index


def _drop_furniture_chunks(lines: list[str]) -> list[str]:
    """Blank out whole runs of lines (between blank lines) that together read as furniture.

    An authorisation or copyright line wrapped over two lines leaves its second
    half ("Barton ACT 2600.") behind when lines are judged one by one.
    """
    out = list(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or not lines[end]:
            run = " ".join(lines[start:end])
            if end - start > 1 and len(run) <= 300 and is_furniture(run):
                out[start:end] = [""] * (end - start)
            start = end + 1
    return out


def _title_lines(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Preamble text lines with a headline's wrapped tail joined back on and any post set after it split off.

    A line opening in lower case carries on the line before it ("Coalition" / "says ...").
    """
    out: list[tuple[int, str]] = []
    for i, line in texts:
        if out and line[:1].islower() and not role_line(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()} {line.strip()}")
            continue
        tail = _ROLE_TAIL.search(line)
        if tail and len(line[: tail.start()].split()) >= 3:
            out.append((i, line[: tail.start()].strip()))
            out.append((i, line[tail.start():].strip()))
        else:
            out.append((i, line))
    return out


def _split_fused_headline(text: str) -> tuple[str, str] | None:
    """(headline, first sentence) for a headline run into the text that follows it on one line."""
    match = _FUSED_HEAD.match(text)
    if not match or len(match.group("rest").split()) < 12 or role_line(match.group("head")):
        return None
    head = match.group("head").strip()
    return (head, match.group("rest")) if 4 <= len(head.split()) <= 20 else None


def _dropped_line(line: str) -> bool:
    return bool(is_furniture(line) or _letterspaced(line) or _ROMAN_MARK.match(line) or _link_line(line))


def _link_line(line: str) -> bool:
    """A printed page's address line: a link with at most a date or a few words beside it."""
    if line.startswith(("http://", "https://", "www.")) and not ends_sentence(line):
        # An address heading a line of page-footer fields ("... Last modified: ...").
        return True
    return "://" in line and len(line.split()) <= 8 and not ends_sentence(line)


def dehyphenate_join(left: str, right: str, vocabulary: set[str]) -> str:
    """Join two wrapped lines, removing a line-end hyphen only where it split one word."""
    match = re.search(r"(\w+)-$", left)
    if match and (right[:1].isupper() or right[:1].isdigit()):
        # A compound broken at its own hyphen: "Asia-" + "Pacific", "2019-" + "20".
        return left + right
    if match and right[:1].islower():
        head, tail = match.group(1), re.match(r"\w*", right).group(0)
        keep = (
            head.lower() in _KEEP_HYPHEN
            or head[:1].isdigit()
            or f"{head}-{tail}".lower() in vocabulary
        ) and (head + tail).lower() not in vocabulary
        return left + right if keep else left[:-1] + right
    return f"{left} {right}"


def _double_spaced(raw: list[str]) -> bool:
    """Lines of a page each followed by a blank line, many of them ending mid-sentence.

    The lines must also share one width, as wrapped lines do: text with one
    paragraph per line (headings and list items between them leave many lines
    open-ended too) has lines of every length, and each of its lines stands alone.
    """
    filled = [i for i, line in enumerate(raw) if line.strip()]
    if len(filled) < 8:
        return False
    spaced = sum(i + 1 < len(raw) and not raw[i + 1].strip() for i in filled) / len(filled)
    open_ended = sum(not ends_sentence(raw[i]) for i in filled) / len(filled)
    if spaced <= 0.8 or open_ended <= 0.3:
        return False
    lengths = sorted(len(raw[i].strip()) for i in filled)
    return lengths[int(len(lengths) * 0.9) - 1] <= _WRAP_SPREAD * lengths[len(lengths) // 2]


def rejoin_lines(raw: list[str]) -> list[list[str]]:
    """Hard-wrapped lines to paragraphs (each a list of lines), for text converted from PDF."""
    filled = [line.strip() for line in raw if line.strip()]
    lengths = sorted(len(line) for line in filled) or [0]
    width = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]
    soft_blank = _double_spaced(raw)

    groups: list[list[str]] = [[]]
    blanks = 0
    for line in raw:
        text = line.strip()
        if not text:
            blanks += 1
            continue
        if groups[-1] and blanks and (not soft_blank or blanks >= 2):
            groups.append([])
        blanks = 0
        groups[-1].append(text)

    paras: list[list[str]] = []
    for group in groups:
        current: list[str] = []
        for text in group:
            if current and BULLET_LINE.match(text):
                paras.append(current)
                current = []
            current.append(text)
            if ends_sentence(text) and len(text) < 0.8 * width:
                paras.append(current)
                current = []
        if current:
            paras.append(current)

    merged: list[list[str]] = []
    for para in paras:
        if merged and not ends_sentence(merged[-1][-1]) and para[0][:1].islower():
            merged[-1].extend(para)
        else:
            merged.append(para)
    return merged


def _join(lines: list[str], vocabulary: set[str]) -> list[str]:
    """One paragraph's lines joined into one line, bullet lines kept apart."""
    out: list[str] = []
    for line in lines:
        if out and not BULLET_LINE.match(line):
            out[-1] = dehyphenate_join(out[-1], line, vocabulary)
        else:
            out.append(line)
    return out


def parse_release(text: str) -> ParsedArticle:
    article = ParsedArticle()
    lines = normalise_newlines(text).split("\n")
    start = _read_preamble(lines, article)

    body_lines = _drop_furniture_chunks([_SOFT_LEAD.sub("", line.strip()) for line in lines[start:]])
    body_lines = ["" if line and _dropped_line(line) else line for line in body_lines]

    vocabulary = {w.lower() for w in re.findall(r"\w+(?:-\w+)?", text)}
    paras = [_join(p, vocabulary) for p in rejoin_lines(body_lines)]
    paras = [p for p in paras if not is_contact(" ".join(p))]
    headers = [line.strip() for line in lines[:start] if line.strip()]
    blocks = [b for b in blocks_from_paragraphs(paras) if not is_stray_line(b.text, headers)]
    blocks = blocks[: body_end([b.text for b in blocks])]
    if blocks and blocks[0].kind == "p":
        rest, when = strip_dateline(blocks[0].text)
        blocks[0].text = rest
        article.published_at = article.published_at or when
    fused = _split_fused_headline(blocks[0].text) if article.headline is None and blocks else None
    if fused:
        article.headline, blocks[0].text = fused
    elif article.headline is None and blocks and looks_like_title(blocks[0].text):
        article.headline = blocks.pop(0).text
    article.body, article.blocks = assemble(blocks)
    # Extractors read this: a release speaks for its issuer, so its own "X must Y" are asks.
    article.extra["layout"] = "press_release"
    return article
