"""Text copied from an article page: image alt text, credited caption, headline, standfirst, body, footer.

The shape this reads:

    short alt text of the lead image           (optional)
    caption sentence. (Photo: Credit Name)     (or "Photo: ...", "Credit: ...", "Image: ...")
    Headline
    standfirst (often a pull quote)            (optional)
    body paragraphs, pull quotes, "  \u2022 item" bullets
    site footer (appeal, licence)              (optional)
"""

from __future__ import annotations

import re

from transforms.body import assemble
from transforms.layouts.boilerplate import find_license, trim_footer
from transforms.layouts.plaintext import blocks_from_paragraphs, looks_like_title, paragraphs, strip_dateline
from transforms.records import Block, ParsedArticle

__all__ = ["find_caption", "parse_webcopy", "split_caption"]

_CREDIT_WORD = r"(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video|source|courtesy)(?:\s+by)?"
_CREDIT_TAIL = re.compile(
    r"^(?P<caption>.*?)\s*[(\[]\s*" + _CREDIT_WORD + r"\s*[:\-]?\s*(?P<credit>[^()\[\]]{2,120})[)\]]\s*$",
    re.IGNORECASE | re.DOTALL,
)
_CREDIT_SUFFIX = re.compile(
    r"^(?P<caption>.*?[.!?])\s+(?:\|\s*)?" + _CREDIT_WORD + r"\s*:\s*(?P<credit>[^()\[\]]{2,120}?)\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_CREDIT_ONLY = re.compile(r"^\s*" + _CREDIT_WORD + r"\s*:\s*(?P<credit>.{2,120}?)\s*$", re.IGNORECASE)
_CREDIT_WORDS = ("photo", "image", "picture", "pic", "credit", "illustration", "video", "source", "courtesy")
_QUOTE_OPEN = "\"\u201c\u00ab"
_QUOTE_CLOSE = "\"\u201d\u00bb"
_WORD = re.compile(r"[\w']+")


def split_caption(text: str) -> tuple[str | None, str] | None:
    """(caption, credit) when `text` is a caption ending in a photo credit, or a bare credit line."""
    tail = text[-160:].lower()
    if not any(word in tail for word in _CREDIT_WORDS):
        return None
    for pattern in (_CREDIT_TAIL, _CREDIT_SUFFIX):
        match = pattern.match(text.strip())
        if match:
            return match.group("caption").strip() or None, match.group("credit").strip()
    match = _CREDIT_ONLY.match(text)
    if match and len(text.split()) <= 14:
        return None, match.group("credit").strip()
    return None


def find_caption(paras: list[list[str]], within: int = 4) -> int | None:
    """Index of the credited caption among the first paragraphs, if there is one."""
    for i, lines in enumerate(paras[:within]):
        if len(lines) == 1 and split_caption(lines[0]):
            return i
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _standalone_quote(text: str) -> str | None:
    """The inner text of a paragraph that is nothing but one quotation."""
    t = text.strip()
    if len(t) < 3 or t[0] not in _QUOTE_OPEN or t[-1] not in _QUOTE_CLOSE:
        return None
    inner = t[1:-1]
    if any(q in inner for q in _QUOTE_OPEN + _QUOTE_CLOSE):
        return None
    return inner.strip()


def _repeated(inner: str, others: list[str]) -> bool:
    """True when the quotation's words run, in order, inside another paragraph."""
    want = " ".join(_words(inner))
    return bool(want) and any(want in " ".join(_words(other)) for other in others)


def parse_webcopy(text: str) -> ParsedArticle:
    paras = paragraphs(text)
    article = ParsedArticle()
    at = find_caption(paras)
    if at is not None:
        caption, credit = split_caption(paras[at][0]) or (None, "")
        article.image_caption, article.image_credit = caption, credit or None
        if at >= 1 and len(paras[at - 1]) == 1 and looks_like_title(paras[at - 1][0], 16):
            article.image_alt = paras[at - 1][0].strip()
        paras = paras[at + 1:]
    if paras and len(paras[0]) == 1 and looks_like_title(paras[0][0]):
        article.headline = paras.pop(0)[0].strip()

    blocks = blocks_from_paragraphs(paras)
    kept, footer = trim_footer([b.text for b in blocks])
    for line in footer:
        article.license = article.license or find_license(line)
    blocks = blocks[: len(kept)]

    texts = [b.text for b in blocks]
    body: list[Block] = []
    for i, block in enumerate(blocks):
        inner = _standalone_quote(block.text) if block.kind == "p" else None
        if inner and _repeated(inner, texts[:i] + texts[i + 1:]):
            if not body and article.dek is None:
                article.dek = block.text.strip()
            else:
                article.pull_quotes.append(inner)
            continue
        body.append(block)
    if body and body[0].kind == "p":
        rest, when = strip_dateline(body[0].text)
        body[0] = Block("p", rest)
        article.published_at = when
    article.body, article.blocks = assemble(body)
    return article
