"""Bodies listed as a release's sponsors or signers, and those named in photo credits: the lines are
read apart from the prose, and a person's name before a body is cut off ("Jane Roe, Example Trust").
"""

from __future__ import annotations

import re

from transforms.org_records import Name, Piece
from transforms.org_shapes import acceptable_plain, person_shaped, plain_words
from transforms.org_words import BLANK_LINE, ROLE_NAME, SUFFIX_STEMS, TRAILING_SMALL
from transforms.orgnames import DEMONYMS, head_of, is_acronym, is_head, is_place, known_org
from transforms.quote_firstnames import given_name_gender
from transforms.records import ParsedArticle

__all__ = ["credit_lines", "credit_parts", "people_tail", "signed_body", "sponsor_items"]

_TRAILING_AND = re.compile(r"\s+and$")
_TRAILING_SMALL_NO_AND = re.compile(r"\s+(?:the|of|for|&)$")
_TRAILING_STATE = re.compile(r"(?<![&f])\s+[A-Z]{2}$")  # a state's postal code after a name
_WHOLE_NAME = re.compile(r"[A-Z][\w'’!.-]*(?:,?\s+(?:the|of|for|and|on|&|[A-Z][\w'’!.-]*))*")
# Found from the label, which starts with a plain letter the engine can skip ahead to; then read in full.
_CREDIT_LABEL = re.compile(r"(?:Photo|Image|Picture|Credit)s?:")
_CREDIT = re.compile(r"\((?:Photo|Image|Picture|Credit)s?:\s*([^)]+)\)|(?:Photo|Image|Credit)s?:\s*([^\n]+)")
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\bvia\b|,|;|\||\band\b)\s*")
_INLINE_BULLET = re.compile(r"(?:^|\s)[*•]\s+")
_LEADING_BULLET = re.compile(r"\s*[*•]\s")
# A line that can only be a name: short, capitalised, no sentence inside it.
# A dot only after a capital or "Inc": "U.S. Committee", "Example Society, Inc. (New Jersey)".
_PLAIN_LINE = re.compile(r"[A-Z](?:[^.!?:;\n•*]|(?<=[A-Z]|c)\.){2,78}")
# "Jane Roe, Example Trust", "Jane Roe – Example Trust": a person, then the body after a comma or dash.
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
_PERSON = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
_PERSON_THEN_BODY = re.compile(rf"({_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?)\s*(?:,|\s[–—-])\s*(?=[A-Z])")
_SIGNER = r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
_SIGNERS = re.compile(
    rf"(?:(?:Professors?|Dr\.?|Rev\.?)\s+)?(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
    rf"(\s*(?:&|and)\s*{_SIGNER})?\s+"
)
_SPONSOR_HEADING = re.compile(
    r"sponsor|signator|members|partners|endorse|support(?:ers|ing)|organi[sz]ations|groups|coalition|co-?signers|"
    r"affiliates",
    re.IGNORECASE,
)


def sponsor_items(article: ParsedArticle) -> list[str]:
    """Items of a bulleted list that names groups: under a "Co-Sponsors" heading, or mostly head words."""
    out: list[str] = []
    blocks = article.blocks or []
    texts = [(b.kind, b.text) for b in blocks] or [("p", p) for p in BLANK_LINE.split(article.body)]
    if not any(kind in ("li", "h") or "•" in text or "*" in text or (len(text) < 80 and text.endswith(":"))
               for kind, text in texts):
        return out  # no list and no heading over one: the common case
    heading = ""
    pending: list[str] = []
    affiliations = 0

    def flush() -> None:
        nonlocal affiliations
        if not pending:
            return
        names = [_sponsor_name(p) for p in pending]
        names = [n for n in names if n]
        headed = sum(head_of(n.split()) >= 0 for n in names)
        listed = max(headed, affiliations)
        if names and (_SPONSOR_HEADING.search(heading) or listed * 2 >= len(pending) >= 3):
            out.extend(n for n in names if known_org(n) or acceptable_plain(n))
        pending.clear()
        affiliations = 0

    for kind, text in texts:
        inline = [t for t in _INLINE_BULLET.split(text) if t.strip()]
        if kind == "li" or (len(inline) == 1 and _LEADING_BULLET.match(text)):
            item, affiliated = _affiliation(inline[0] if inline else text)
            pending.append(item)
            affiliations += affiliated
            continue
        if kind != "h" and _SPONSOR_HEADING.search(heading) and _PLAIN_LINE.fullmatch(text):
            # a member list set out as plain lines under its heading, one name a line
            pending.append(_without_signers(text))
            continue
        if len(inline) >= 3 and _LEADING_BULLET.match(text):
            flush()
            pending.extend(inline)
            flush()
            heading = ""
            continue
        flush()
        heading = text if kind == "h" or len(text) < 80 else ""
    flush()
    return out


def _affiliation(item: str) -> tuple[str, bool]:
    """The body in a "Jane Roe, Example Trust" item, and whether the item had that shape: people
    listed with the group each speaks for."""
    item = item.strip()
    m = _PERSON_THEN_BODY.match(item)
    if m is None or known_org(m.group(1)):
        return item, False
    people = _AND_SPLIT.split(m.group(1))
    if not all(person_shaped(p) or plain_words(p.split()) for p in people):
        return item, False
    return item[m.end():], True


_PEOPLE_NOUN = re.compile(r" ([a-z]{3,}(?:s|ry))\b")


def people_tail(body: str, piece: Piece, name: Name, text: str) -> str:
    """"Association of British insurers": a name cannot end on "of" and a people's adjective, so a
    small-letter noun after it (a trade, an industry) is the name's last word."""
    words = piece.words
    if (len(words) < 3 or words[-2] != "of" or words[-1] not in DEMONYMS or not text.endswith(words[-1])
            or name.start + len(name.text) != piece.end - piece.start):
        return text
    noun = _PEOPLE_NOUN.match(body, piece.end)
    return f"{text} {noun.group(1)}" if noun else text


def signed_body(body: str, piece: Piece, name: Name) -> str:
    """A name opening a line may be a signatory line's: "P. Ann Roe Harbour Tenants Alliance"."""
    if name.start or (piece.start and body[piece.start - 1] != "\n"):
        return name.text
    return _without_signers(name.text)


def _without_signers(line: str) -> str:
    """"Ann Roe & Bo Lee Example Trust" -> "Example Trust": a signatory line names its people first.

    The people are known by a given name, by being two, or by a name's usual first word right after them.
    """
    m = _SIGNERS.match(line)
    if m is None or not plain_words(m.group().split()):
        return line
    rest = line[m.end():]
    named = ROLE_NAME.match(rest)
    first = rest.split(maxsplit=1)[0] if rest else ""
    if named is None or (len(named.group().split()) < 2 and not is_acronym(first)):
        return line  # "Harbourside Tenants Union": a head word alone is no name to leave behind
    opens = first in DEMONYMS or first == "The" or is_head(first) or is_place(first) or is_acronym(first)
    if not first[:1].isupper() or not (given_name_gender(m.group(1)) or m.group(2) or opens):
        return line
    return rest


def _sponsor_name(item: str) -> str | None:
    item = item.strip().rstrip(".;")
    item = _TRAILING_AND.sub("", item)
    if _WHOLE_NAME.fullmatch(item):
        return _strip_state(item)
    m = ROLE_NAME.match(item)
    if not m:
        return None
    name = m.group().strip()
    core = TRAILING_SMALL.sub("", name)
    if " " not in core and item[len(core):len(core) + 2].strip()[:1].islower():
        return None  # "Stop cruel detentions": an item opening with a verb is an action, not a name
    if len(name) < len(item) and item[len(name):len(name) + 1] == ",":
        tail = item[len(name) + 1:].strip()
        if tail.split(" ")[0].rstrip(".") in SUFFIX_STEMS:
            name = item[:len(name)] + ", " + tail.split(" ")[0]
    return _strip_state(name)


def _strip_state(name: str) -> str | None:
    """"Chinatown Voter Education Alliance NY" -> the name without its state's postal code."""
    name = _TRAILING_STATE.sub("", name.strip())
    name = _TRAILING_SMALL_NO_AND.sub("", name)
    return name if acceptable_plain(name) and not is_head(name) else None


def credit_lines(body: str) -> list[str]:
    """The text of "(Photo: ...)" and "Credit: ..." lines."""
    out = []
    pos = 0
    while (label := _CREDIT_LABEL.search(body, pos)) is not None:
        m = None
        if label.start() and body[label.start() - 1] == "(":
            m = _CREDIT.match(body, label.start() - 1)
        m = m or _CREDIT.match(body, label.start())
        if m is None:
            pos = label.end()
            continue
        out.append(m.group(1) or m.group(2))
        pos = m.end()
    return out


def credit_parts(text: str) -> list[str]:
    return [p.strip(" .()") for p in _CREDIT_SPLIT.split(text) if p.strip(" .()")]
