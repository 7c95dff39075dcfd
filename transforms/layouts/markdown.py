"""Markdown articles with YAML front matter, as static-site generators keep them.

Front matter gives the metadata (title, date, authors; every other key goes
to `extra`). The Markdown body is rendered to plain blocks: links keep their
text, emphasis and escapes are undone, headings become `h` blocks (or go when
they repeat the title), list items become `li` blocks, images, tables and
other HTML are dropped. A lead subheading or wholly emphasised first line
becomes the standfirst; release markers, datelines and trailing contact
blocks are kept out of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from typing import Any

import yaml

from transforms.body import assemble
from transforms.dates import find_date, to_datetime
from transforms.layouts.boilerplate import CONTACT_LEAD, find_license, is_contact, trim_footer
from transforms.layouts.plaintext import normalise_newlines, signoff_start, strip_dateline
from transforms.records import Block, ParsedArticle

__all__ = ["parse_markdown", "render_inline", "split_front_matter"]

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~^$&\"'])")
_PROTECT_BASE = 0xF0000
_HTML_DROP = re.compile(
    r"<!--.*?-->|<(script|style|table|iframe|object|video|figure)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPH_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"`([^`]+)`")
_LEFTOVER = re.compile(r"\*\*+|__+")
_HEADING = re.compile(r"^\s{0,3}(?P<level>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(?P<indent>\s*)(?:[*+\-\u2022]|\d{1,3}[.)])\s+(?P<text>.*)$")
_REF_DEF = re.compile(r"^\s{0,3}\[\^?[^\]]+\]:\s")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_WHOLLY_EMPHASISED = re.compile(r"^\s*(?P<mark>[*_]{1,3})(?=\S)(?P<text>.+?)(?<=\S)(?P=mark)\s*$", re.DOTALL)
_RELEASE_MARK = re.compile(
    r"^\W*(?:for (?:immediate )?release|embargoed?|(?:press|media|news) release)\b", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
# A paragraph that is nothing but one link ("[Read the full story >](...)"): a pointer away, not text.
_LINK_ONLY = re.compile(r"^\s*(?:\*\*|__)?\[[^\]]+\]\([^)]*\)(?:\*\*|__)?\s*$")
_BYLINE_LINE = re.compile(r"^By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}$")
_TAIL_WINDOW = 8
_PREFACE_BLOCKS = 5
_PREFACE_WORDS = 30
_TAIL_WORDS = 60

_HEADLINE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "pubdate", "date_published")
_BYLINE_KEYS = ("authors", "author", "byline", "contributors")
_DEK_KEYS = ("subtitle", "dek", "standfirst", "deck")
_URL_KEYS = ("url", "canonical_url", "link")
_PUBLISHER_KEYS = ("publisher", "site_name", "source")
_LANGUAGE_KEYS = ("language", "lang")
_LICENSE_KEYS = ("license", "licence", "rights")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter as a dict (empty when absent or unreadable) and the Markdown after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        loaded = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError:
        loaded = _loose_front_matter(match.group("yaml"))
    return (loaded if isinstance(loaded, dict) else {}), text[match.end() :]


def _loose_front_matter(block: str) -> dict[str, Any]:
    """`key: value` lines of front matter that is not valid YAML."""
    out: dict[str, Any] = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "#")):
            out[key.strip()] = value.strip().strip("'\"")
    return out


def _protect(match: re.Match[str]) -> str:
    return chr(_PROTECT_BASE + ord(match.group(1)))


def _restore(text: str) -> str:
    return re.sub("[\U000f0000-\U000f00ff]", lambda m: chr(ord(m.group(0)) - _PROTECT_BASE), text)


def render_inline(text: str) -> str:
    """Markdown inline markup to plain text: link text kept, emphasis, code marks and tags removed."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _REF_LINK.sub(lambda m: m.group("text"), text)
    text = _AUTOLINK.sub(lambda m: m.group("url").removeprefix("mailto:"), text)
    text = _TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPH_STAR.sub(r"\1", text)
    text = _EMPH_UNDER.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    text = _LEFTOVER.sub("", text)
    text = text.replace("mailto:", "")
    return _restore(text).replace("&nbsp;", " ").replace("&amp;", "&")


def _person(value: Any) -> str | None:
    """An author entry as a name: a string, a {name: ...} mapping, or a site's path to a profile file."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if not isinstance(value, str) or not value.strip():
        return None
    name = value.strip()
    if "/" in name or name.endswith(".md"):
        name = name.rsplit("/", 1)[-1].removesuffix(".md").replace("-", " ").replace("_", " ").title()
    return name


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, Any]:
    lowered = {str(k).lower(): k for k in meta}
    for key in keys:
        if key in lowered and meta[lowered[key]] not in (None, "", []):
            return lowered[key], meta[lowered[key]]
    return None, None


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _apply_front_matter(meta: dict[str, Any], article: ParsedArticle) -> None:
    used: set[str] = set()

    def take(keys: tuple[str, ...]) -> Any:
        key, value = _first(meta, keys)
        if key is not None:
            used.add(key)
        return value

    headline = take(_HEADLINE_KEYS)
    article.headline = " ".join(str(headline).split()) if headline else None
    article.published_at = to_datetime(take(_DATE_KEYS))
    people = take(_BYLINE_KEYS)
    names = [_person(p) for p in (people if isinstance(people, list) else [people])] if people else []
    article.byline = ", ".join(n for n in names if n) or None
    for keys, attr in (
        (_DEK_KEYS, "dek"),
        (_PUBLISHER_KEYS, "publisher"),
        (_LANGUAGE_KEYS, "language"),
        (_LICENSE_KEYS, "license"),
    ):
        value = take(keys)
        if isinstance(value, str) and value.strip():
            setattr(article, attr, value.strip())
    url = take(_URL_KEYS)
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        article.url = url
    article.extra = {str(k): _jsonable(v) for k, v in meta.items() if k not in used}


def _same_words(a: str, b: str) -> bool:
    """Two titles that are the same words, or one a near-complete run of the other."""
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    if not wa or not wb:
        return False
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return " ".join(shorter) in " ".join(longer) and len(shorter) >= 0.6 * len(longer)


# A Markdown hard line break: two or more spaces, or a backslash, before the newline.
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_ENTRY_CHARS = 100


def _line_per_entry(run: list[str], hard: list[bool]) -> bool:
    """Lines broken by hand, three or more and all short: a list set line by line, not prose."""
    breaks = sum(hard[:-1])
    return len(run) >= 3 and breaks >= len(run) - 2 and all(len(line) <= _ENTRY_CHARS for line in run)


def _raw_blocks(markdown: str) -> list[tuple[str, str, bool]]:
    """(kind, raw text, wholly emphasised) for each heading, list item and paragraph."""
    out: list[tuple[str, str, bool]] = []
    for chunk in re.split(r"\n[ \t]*\n", markdown):
        lines = [line for line in chunk.split("\n") if line.strip()]
        run: list[str] = []
        hard: list[bool] = []
        item: list[str] | None = None

        def flush() -> None:
            nonlocal run, hard, item
            if item is not None:
                out.append(("li", " ".join(item), False))
                item = None
            if run and _line_per_entry(run, hard) and not is_contact(" ".join(run)):
                # A signatory list set line by line: each line is its own entry, so names on
                # neighbouring lines never run together. A contact block stays whole, to be dropped whole.
                out.extend(("p", line.strip(), False) for line in run)
                run = []
            elif run:
                joined = " ".join(line.strip() for line in run)
                out.append(("p", joined, bool(_WHOLLY_EMPHASISED.match(joined))))
                run = []
            hard = []

        for line in lines:
            if _REF_DEF.match(line) or _RULE.match(line):
                continue
            heading = _HEADING.match(line)
            bullet = _ITEM.match(line)
            if heading:
                flush()
                out.append(("h", heading.group("text"), False))
            elif bullet:
                flush()
                item = [bullet.group("text").strip()]
            elif item is not None and (line[:1].isspace() or not run):
                item.append(line.strip())
            else:
                if item is not None:
                    flush()
                run.append(line.lstrip("> ").rstrip())
                hard.append(_HARD_BREAK.search(line) is not None)
        flush()
    return out


def _prepare(markdown: str) -> str:
    text = _ESCAPE.sub(_protect, normalise_newlines(markdown))
    text = _HTML_DROP.sub("\n", text)
    return _TEMPLATE.sub("", text)


def _plain(markdown: str) -> str:
    """A block's text as the body shows it: rendered, white space folded."""
    return " ".join(render_inline(markdown).split())


def _near_title(text: str, title: str) -> bool:
    """The title again, allowing a typo or two ("OUTRAGE OVER X" for "Outrage over X")."""
    wa, wb = _WORD.findall(text.lower()), _WORD.findall(title.lower())
    if len(wb) < 4 or not 0.8 * len(wb) <= len(wa) <= 1.2 * len(wb):
        return False
    shared = sum((Counter(wa) & Counter(wb)).values())
    return shared >= 0.85 * max(len(wa), len(wb))


def _after_preface(blocks: list[tuple[str, str, bool]], title: str | None) -> list[tuple[str, str, bool]]:
    """Drop a pasted release's preface: the short notes above its own copy of the title.

    Releases copied into a post often keep their header ("Contact: ...", "Warning: ...")
    and title line; when the title comes again within the first few blocks and only
    short unquoted notes stand above it, the story starts after it.
    """
    if not title:
        return blocks
    for i, (_, text, _) in enumerate(blocks[:_PREFACE_BLOCKS]):
        plain = _plain(text)
        if _near_title(plain, title):
            return blocks[i + 1 :]
        if len(plain.split()) > _PREFACE_WORDS or _quoted(plain):
            return blocks
    return blocks


def _lead(blocks: list[tuple[str, str, bool]], article: ParsedArticle) -> list[tuple[str, str, bool]]:
    """Read the lead-in before the first body paragraph: title repeats, release lines, standfirst."""
    rest = _after_preface(list(blocks), article.headline)
    while rest:
        kind, text, emphasised = rest[0]
        plain = _plain(text)
        repeats_title = kind == "h" and bool(article.headline) and _same_words(plain, article.headline)
        dated = kind == "p" and (_RELEASE_MARK.match(plain) or (len(plain.split()) <= 6 and find_date(plain)))
        if not plain or repeats_title:
            rest.pop(0)
        elif kind == "h" and article.headline is None:
            article.headline = plain
            rest.pop(0)
        elif dated:
            article.published_at = article.published_at or find_date(plain)
            rest.pop(0)
        elif kind == "p" and is_contact(plain) and len(plain.split()) <= 30:
            rest.pop(0)
        elif (kind == "h" or emphasised) and article.dek is None and len(plain.split()) <= 60:
            article.dek = plain
            rest.pop(0)
        else:
            break
    return rest


def _quoted(text: str) -> bool:
    return any(q in text for q in '"\u201c\u201d')


def _before_contact_tail(raw: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Cut a post after the head of its closing contact block ("Contact:", "For more information:").

    The block ends the post when nothing after it is longer than a signature or an
    "about us" note and nobody is quoted there. The head itself is kept, so the
    footer pass that follows still sees a footer and trims the notes above it.
    """
    for i in range(max(1, len(raw) - _TAIL_WINDOW), len(raw)):
        head = _plain(raw[i][1])
        after = [_plain(t) for _, t, _ in raw[i:]]
        if (
            CONTACT_LEAD.match(head)
            and not any(_quoted(t) for t in after)
            and all(len(t.split()) <= _TAIL_WORDS for t in after)
        ):
            return raw[: i + 1]
    return raw


def _pointer_or_byline(block: Block, raw_text: str, article: ParsedArticle) -> bool:
    """A closing paragraph that only links away or names the author; a byline found so is kept."""
    if block.kind != "p":
        return False
    if _LINK_ONLY.match(raw_text):
        return True
    if _BYLINE_LINE.match(block.text):
        article.byline = article.byline or block.text
        return True
    return False


def parse_markdown(text: str) -> ParsedArticle:
    meta, markdown = split_front_matter(text)
    article = ParsedArticle()
    _apply_front_matter(meta, article)
    raw = _before_contact_tail(_lead(_raw_blocks(_prepare(markdown)), article))
    pairs = [(Block(kind, _plain(t)), t) for kind, t, _ in raw]
    pairs = [(b, t) for b, t in pairs if b.text]
    blocks = [b for b, _ in pairs]
    while True:
        kept, footer = trim_footer([b.text for b in blocks])
        for line in footer:
            article.license = article.license or find_license(line)
        blocks = blocks[: len(kept)]
        last = len(blocks) - 1
        if blocks and (blocks[-1].kind == "h" or _pointer_or_byline(blocks[-1], pairs[last][1], article)):
            blocks.pop()
            continue
        break
    blocks = blocks[: signoff_start([b.text for b in blocks])]
    if blocks and blocks[0].kind == "p":
        rest, when = strip_dateline(blocks[0].text)
        blocks[0] = Block("p", rest)
        article.published_at = article.published_at or when
    if article.headline is None and blocks and blocks[0].kind == "h":
        article.headline = blocks.pop(0).text
    article.body, article.blocks = assemble(blocks)
    return article
