"""Web pages to articles: main text by trafilatura, metadata from what the page states about itself.

The body comes from trafilatura's structured output, walked element by element
so paragraphs, headings and list items stay apart (a list of demands must
survive as a list). Headline, byline, date, publisher, language and licence
come from JSON-LD, OpenGraph and meta tags first (`transforms.htmlmeta`);
trafilatura's own metadata and layout heuristics only fill what is missing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml.etree import Comment, ParserError, XPath, _Element, strip_tags
from lxml.html import HtmlElement

from transforms.body import assemble, clean_inline
from transforms.decode import decode_text
from transforms.errors import NoArticle
from transforms.htmlmeta import (
    PageHeader,
    PageMeta,
    clean_byline,
    date_from_url,
    format_offset,
    header_byline,
    header_dateline,
    parse_date_text,
    read_header,
    read_page_meta,
    url_local_day,
)
from transforms.htmlnoise import drop_furniture
from transforms.records import Block, ParsedArticle

__all__ = ["MIN_WORDS", "body_blocks", "choose_headline", "parse_html"]

# trafilatura logs a warning or error for every page it finds thin or odd, which buries the
# pipeline's own log on a large crawl; a page it cannot read already surfaces here as NoArticle.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_WORD = re.compile(r"\w+")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\u2013\u2014\u00bb:~-]|::|/)\s+")
_TITLE_SPLIT = re.compile(r"(\s+(?:[|\u2013\u2014\u00bb~-]|::)\s+)")
_MAX_HEADLINE = 300
# A stated articleBody replaces an extraction this many times shorter, if it is long enough to be a story.
_STATED_BODY_RATIO = 3
_STATED_BODY_WORDS = 100
_LINES = re.compile(r"\s*\n\s*")
# A list of this many items or more that are each nothing but a link points to other pages.
_LINK_LIST = 2
# Fewer words than this in a page's only <h1> may be a section or site name rather than a headline.
_LONE_H1_WORDS = 4
# A precise extraction holding less than this share of the page's paragraph words may have cut the
# article; it is then compared with the balanced one and dropped when under the floor share of it.
_PRECISE_SHARE = 0.5
_PRECISE_FLOOR = 0.3
# Paragraphs shorter than this do not anchor or extend a chunked article (captions, credits).
_CHUNK_PARAGRAPH = 40
# An extraction holding at least this share of the page's paragraph words is taken as whole.
_CHUNK_SHARE = 0.6
# Fewer words than this is a menu or a notice that survived extraction, not an article.
MIN_WORDS = 10
_HOST_NOISE = frozenset({"www", "com", "org", "net", "co", "uk", "edu", "gov", "news", "blog", "m", "amp"})
_TEXT_HOLDERS = XPath("//text()[contains(., $name)]/parent::*")
_IN_COMMENTS = XPath(
    "boolean(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])"
)


def _declared_charset(data: bytes, hints: dict[str, Any]) -> str | None:
    if hints.get("charset"):
        return str(hints["charset"])
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _load_tree(data: bytes, hints: dict[str, Any]) -> HtmlElement:
    text = decode_text(data, _declared_charset(data, hints))
    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        tree = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise NoArticle(f"not parseable as HTML: {exc}") from exc
    # Script-rendered pages put empty comments inside sentences ("had suffered<!-- --> months");
    # the extractor drops a comment with the text after it, so comments go and their text stays.
    strip_tags(tree, Comment)
    _drop_inline_cards(tree)
    return tree


# A box nested in a paragraph that holds a picture and several links is a pop-up card (a person's
# photo and latest stories by a name in the text), never words of the sentence around it.
_CARD_LINKS = 3
_INLINE_CARDS = XPath(f"//p//*[self::span or self::div][.//img][count(.//a) >= {_CARD_LINKS}]")


def _drop_inline_cards(tree: HtmlElement) -> None:
    # Innermost first, so the linked name a card hangs on (its outer box) keeps its words.
    for card in reversed(_INLINE_CARDS(tree)):
        if card.find(".//img") is not None and len(card.findall(".//a")) >= _CARD_LINKS:
            card.drop_tree()


def _text_of(element: _Element) -> str:
    return clean_inline(" ".join(t for t in element.itertext() if t))


def _list_items(element: _Element) -> Iterator[Block]:
    """Items of a (possibly nested) list, each its own "li" block, nested items after their parent."""
    for item in element:
        if item.tag != "item":
            continue
        nested = [child for child in item if child.tag == "list"]
        own = clean_inline(
            (item.text or "")
            + " ".join(("" if c.tag == "list" else " ".join(c.itertext())) + (c.tail or "") for c in item)
        )
        if own:
            yield Block("li", own)
        for child in nested:
            yield from _list_items(child)


def _table_rows(element: _Element) -> Iterator[Block]:
    for row in element.iter("row"):
        cells = [_text_of(cell) for cell in row if cell.tag == "cell"]
        line = " | ".join(c for c in cells if c)
        if line:
            yield Block("p", line)


def _element_blocks(element: _Element) -> Iterator[Block]:
    tag = element.tag
    if tag == "head":
        yield Block("h", _text_of(element))
    elif tag == "list":
        yield from _list_items(element)
    elif tag == "table":
        yield from _table_rows(element)
    elif tag == "quote":
        inner = [c for c in element if c.tag in ("p", "list", "head", "quote")]
        if inner:
            for child in inner:
                for block in _element_blocks(child):
                    yield Block("quote" if block.kind == "p" else block.kind, block.text)
        else:
            yield Block("quote", _text_of(element))
    elif tag in ("graphic", "ref") and not _text_of(element):
        return
    elif tag == "div" or tag == "body" or tag == "doc":
        for child in element:
            yield from _element_blocks(child)
            if child.tail and child.tail.strip():
                yield Block("p", child.tail)
    else:
        yield Block("p", _text_of(element))


def body_blocks(body: _Element) -> list[Block]:
    """trafilatura's output tree as paragraph, heading, list-item and quote blocks."""
    blocks: list[Block] = []
    if body.text and body.text.strip():
        blocks.append(Block("p", body.text))
    for child in body:
        blocks.extend(_element_blocks(child))
        if child.tail and child.tail.strip():
            blocks.append(Block("p", child.tail))
    return [b for b in blocks if clean_inline(b.text)]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _likeness(candidate: str, reference: str) -> float:
    """Dice overlap of word sets: how far a visible heading and a stated title are the same headline."""
    a, b = _words(candidate), _words(reference)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _is_site(part: str, site_names: list[str]) -> bool:
    """Whether a title segment names the site ("The Gazette", or "gazette" from the host name)."""
    words = _words(part) - {"the"}
    squashed = "".join(_WORD.findall(part.lower()))
    for site in site_names:
        site_words = _words(site) - {"the"}
        if words and (words <= site_words or squashed == "".join(_WORD.findall(site.lower()))):
            return True
    return False


def _strip_site(title: str, site_names: list[str]) -> str:
    """A title without the site-name segments at its ends ("Headline | Site" is "Headline")."""
    pieces = _TITLE_SPLIT.split(title.strip())
    parts, separators = pieces[::2], pieces[1::2]
    while len(parts) > 1 and _is_site(parts[-1], site_names):
        parts, separators = parts[:-1], separators[:-1]
    while len(parts) > 1 and _is_site(parts[0], site_names):
        parts, separators = parts[1:], separators[1:]
    out = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        out += separator + part
    return out.strip()


def _title_core(title: str, site_names: list[str]) -> str:
    """A <title> or og:title reduced to its headline: site names dropped, else the longest segment."""
    stripped = _strip_site(title, site_names)
    if stripped != title.strip():
        return stripped
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title.strip()


def _is_masthead(h1: _Element, text: str) -> bool:
    """An <h1> that is the site's name linking to its home page, as blog themes print it."""
    links = h1.findall(".//a")
    if len(links) != 1 or _text_of(links[0]) != text:
        return False
    return urlsplit(links[0].get("href") or "").path in ("", "/")


def _heading_texts(tree: HtmlElement) -> list[tuple[str, bool]]:
    """Visible <h1> texts, each with whether it sits in the article's own markup."""
    found: list[tuple[str, bool]] = []
    for h1 in tree.iter("h1"):
        text = _text_of(h1)
        if not text or len(text) > _MAX_HEADLINE or _is_masthead(h1, text):
            continue
        inside = bool(h1.xpath("ancestor::article or ancestor::main or @itemprop='headline'"))
        found.append((text, inside))
    return found


def choose_headline(tree: HtmlElement, page: PageMeta, site_names: list[str]) -> tuple[str | None, str]:
    """The headline as the reader sees it: the <h1> that matches the stated title, else the stated title.

    Stated titles (JSON-LD, og:title, <title>) are often the search-engine
    version of the headline or carry the site name; the visible <h1> is what
    the article is called on the page, so it wins whenever it agrees with them.
    """
    # The social-card title is kept beside the JSON-LD headline: sites write one for search engines
    # and the other for the headline the reader sees, and either may be the one the <h1> prints.
    references = list(dict.fromkeys(r for r in (page.headline, page.social_title, page.title) if r))
    headings = _heading_texts(tree)
    best, best_score = None, 0.0
    for text, _inside in headings:
        score = max((_likeness(text, ref) for ref in references), default=0.0)
        words = _words(text)
        contained = len(words) >= 2 and any(words <= _words(ref) for ref in references)
        if contained:
            score = max(score, 0.75)
        if score > best_score:
            best, best_score = text, score
    if best is not None and best_score >= 0.5:
        for ref in references:
            stated = _strip_site(ref, site_names)
            # A kicker printed inside the <h1> ("Open Progress" before the headline) is not part of it.
            if len(stated) < len(best) and best.endswith(stated) and len(_words(stated)) >= 3:
                return stated, "h1"
            # Nor is a deck printed inside it after the headline the page states (a new capitalised
            # phrase, not the headline's own continuation).
            deck = best[len(stated) :].lstrip() if best.startswith(stated) else ""
            if deck[:1].isupper() and len(_words(stated)) >= 3:
                return stated, "h1"
            # A stated headline (not the <title>, which carries site branding) that continues the
            # <h1> after a dash or bar carries its second deck.
            rest = stated[len(best) :] if ref == page.headline and stated.startswith(best) else ""
            if rest and _TITLE_SPLIT.match(rest) and len(_words(rest)) >= 2:
                return stated, page.headline_source or "meta"
        return best, "h1"
    if page.headline and page.headline_source == "json-ld":
        return page.headline, "json-ld"
    inside = [text for text, marked in headings if marked]
    # The page's one <h1> written as a headline is what the reader sees, however the page titles itself.
    lone = len(headings) == 1 and len(_words(headings[0][0])) >= _LONE_H1_WORDS
    if len(inside) == 1 or lone or (not references and headings):
        return (inside or [headings[0][0]])[0], "h1"
    for ref in references:
        return _title_core(ref, site_names), "meta" if ref == page.headline else "title"
    return None, "none"


def _figure_caption(tree: HtmlElement) -> tuple[str | None, str | None, str | None]:
    """Alt text, caption and credit of the article's lead figure."""
    figures = tree.xpath("(//article//figure | //main//figure | //figure)[.//img][1]")
    if not figures:
        return None, None, None
    figure = figures[0]
    image = figure.xpath(".//img")[0]
    alt = clean_inline(image.get("alt") or "") or None
    captions = figure.xpath(".//figcaption")
    caption = _text_of(captions[0]) if captions else None
    credit_nodes = figure.xpath(".//*[contains(@class, 'credit') or contains(@class, 'copyright')]")
    credit = _text_of(credit_nodes[0]) if credit_nodes else None
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip() or None
    return alt, caption or None, credit or None


def _crawl_time(hints: dict[str, Any]) -> datetime:
    fetched = hints.get("fetched_at")
    if isinstance(fetched, datetime):
        return fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _no_later(moment: datetime | None, latest: datetime) -> bool:
    if moment is None:
        return False
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware <= latest


def _host_name(url: str | None) -> str | None:
    """The distinctive part of a URL's host ("nytimes" of www.nytimes.com)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    labels = [p for p in host.split(".") if p not in _HOST_NOISE]
    return max(labels, key=len) if labels else None


def _extract(tree: HtmlElement, url: str | None, *, precise: bool) -> Any:
    """trafilatura's main text; its metadata pass is skipped since `read_page_meta` states most of it."""
    from trafilatura import bare_extraction

    return bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, favor_precision=precise
    )


def _paragraph_words(tree: HtmlElement) -> int:
    """Words of prose the page holds: in <p> elements, and loose in <div>s (text split by <br>)."""
    words = sum(len(_WORD.findall(p.text_content())) for p in tree.iter("p"))
    for div in tree.iter("div"):
        loose = [div.text or "", *(child.tail or "" for child in div if child.tag == "br")]
        words += sum(len(_WORD.findall(text)) for text in loose if len(text) > 40)
    return words


def _main_text(tree: HtmlElement, url: str | None, prose_words: int) -> Any:
    """The precise extraction, unless it kept so little of the page's prose that it cut the article.

    Precision mode drops the related-story lists, sign-up boxes and captions the
    balanced mode keeps, and is faster; on some layouts it keeps only a fragment,
    which shows as a small share of the words the page holds in paragraphs.
    """
    precise = _extract(tree, url, precise=True)
    kept = len(_WORD.findall(precise.text or "")) if precise is not None else 0
    if kept >= _PRECISE_SHARE * prose_words:
        return precise
    balanced = _extract(tree, url, precise=False)
    if balanced is None:
        return precise
    if precise is None or kept < _PRECISE_FLOOR * len(_WORD.findall(balanced.text or "")):
        return balanced
    return precise


def _chunk_of(paragraph: _Element) -> _Element | None:
    """The nearest container of a paragraph that has siblings of its own tag and class: one chunk
    of an article its site prints in several (between which it places ads and pictures)."""
    for ancestor in paragraph.iterancestors():
        if ancestor.tag in ("body", "html", "article", "main"):
            return None
        kind = ancestor.get("class")
        if not kind:
            continue
        parent = ancestor.getparent()
        if parent is not None and any(
            sibling is not ancestor and sibling.tag == ancestor.tag and sibling.get("class") == kind
            for sibling in parent
        ):
            return ancestor
    return None


def _continued_chunks(tree: HtmlElement, blocks: list[Block], prose_words: int) -> list[Block]:
    """Paragraphs of the chunks after the one the extraction ended in, when it stopped there.

    Sites that split an article into sibling containers of one class lose all
    but the first to the extractor; the chunks after the one holding the last
    extracted paragraph carry on the same article.
    """
    paragraphs = [b for b in blocks if b.kind == "p" and len(b.text) >= _CHUNK_PARAGRAPH]
    kept = sum(len(_WORD.findall(b.text)) for b in blocks)
    if not paragraphs or kept >= _CHUNK_SHARE * prose_words:
        return []
    last = paragraphs[-1].text[:_CHUNK_PARAGRAPH]
    holder = next((p for p in tree.iter("p") if last in clean_inline(p.text_content())), None)
    chunk = _chunk_of(holder) if holder is not None else None
    if chunk is None:
        return []
    seen = {b.text for b in blocks}
    more: list[Block] = []
    for sibling in chunk.itersiblings():
        if sibling.tag != chunk.tag or sibling.get("class") != chunk.get("class"):
            continue
        for paragraph in sibling.iter("p"):
            text = clean_inline(paragraph.text_content())
            if len(text) >= _CHUNK_PARAGRAPH and text not in seen:
                more.append(Block("p", text))
    return more


def _fallback_date(tree: HtmlElement, url: str | None, latest: datetime) -> datetime | None:
    """htmldate's search of the page text, only for pages whose markup states no date."""
    from htmldate import find_date

    found = find_date(
        tree, url=url, extensive_search=True, original_date=True, max_date=latest.strftime("%Y-%m-%d")
    )
    moment = parse_date_text(found) if found else None
    return moment if _no_later(moment, latest) else None


def _later_dateline(header: PageHeader, stated: datetime, latest: datetime) -> datetime | None:
    """The day printed by the headline when it is later than the stated publication day.

    A page whose reader-facing dateline shows a later day than its metadata has
    been revised and dates itself by the revision. An earlier printed day is more
    likely a date the story mentions, and a numeric date that reads two ways
    cannot overrule the metadata, so the stated date stands then.
    """
    days = header_dateline(header)
    if len(days) != 1 or (day := next(iter(days))) <= stated.date():
        return None
    printed = datetime(day.year, day.month, day.day)
    return printed if _no_later(printed, latest) else None


def _header_byline(
    page: PageMeta, header: PageHeader, site_names: list[str]
) -> tuple[str | None, str | None]:
    """The stated byline, unless the "By" line printed by the headline names the people better.

    The printed line stands in when the page states no person (nothing, or only
    the site's name), and when the stated name is a bare first name that the
    printed line gives in full.
    """
    stated, source = page.byline, page.byline_source
    if stated is not None and not (source or "").endswith("-site") and len(stated.split()) > 1:
        return stated, source
    printed = header_byline(header, site_names)
    if printed is None:
        return stated, source
    if stated is None or (source or "").endswith("-site"):
        return printed, "header"
    if stated.lower() in printed.lower().split():
        return printed, "header"
    return stated, source


def _only_in_comments(tree: HtmlElement, name: str) -> bool:
    """Whether every place the page prints `name` is its comments (a commenter, not the author)."""
    holders = _TEXT_HOLDERS(tree, name=name.strip())
    return bool(holders) and all(_IN_COMMENTS(holder) for holder in holders)


def _fallback_byline(tree: HtmlElement, site_names: list[str]) -> tuple[str | None, str | None]:
    """trafilatura's own reading of the page's author, for pages where ours finds no person."""
    from trafilatura.metadata import examine_meta, extract_author, extract_meta_json

    stated = extract_meta_json(tree, examine_meta(tree))
    found = stated.author or extract_author(tree)
    if not found or _only_in_comments(tree, found):
        return None, None
    if (named := clean_byline(found, site_names)) is not None:
        return named, "trafilatura"
    return clean_byline(found), "trafilatura-site"


def _stated_body(page: PageMeta, blocks: list[Block]) -> list[Block]:
    """The page's stated article text, when the extraction found only a fraction of it.

    Script-rendered pages may print the story only inside their data, so the
    markup holds a caption or a teaser; the JSON-LD articleBody then has it all.
    """
    stated = page.article_body
    if not stated:
        return blocks
    stated_words = len(_WORD.findall(stated))
    found_words = sum(len(_WORD.findall(b.text)) for b in blocks)
    if stated_words < _STATED_BODY_WORDS or found_words * _STATED_BODY_RATIO > stated_words:
        return blocks
    paragraphs = [clean_inline(line) for line in _LINES.split(stated)]
    return [Block("p", text) for text in paragraphs if text]


def _link_items(tree: HtmlElement) -> set[str]:
    """Texts of the page's list items that are one link and nothing else."""
    found: set[str] = set()
    for item in tree.iter("li"):
        links = item.findall(".//a")
        if len(links) == 1 and (text := _text_of(item)) and _text_of(links[0]) == text:
            found.add(text)
    return found


def _drop_link_lists(tree: HtmlElement, blocks: list[Block]) -> list[Block]:
    """The blocks without lists made only of links: other stories, not the article's own list."""
    if not any(b.kind == "li" for b in blocks):
        return blocks
    links = _link_items(tree)
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block("p", "")]:
        if block.kind == "li":
            run.append(block)
            continue
        if len(run) < _LINK_LIST or not all(item.text in links for item in run):
            kept.extend(run)
        run = []
        if block.text:
            kept.append(block)
    return kept


def _site_names(tree: HtmlElement, page: PageMeta, url: str | None) -> list[str]:
    from trafilatura.metadata import extract_sitename

    found = extract_sitename(tree)
    return [n for n in (page.publisher, found, _host_name(url), urlsplit(url or "").hostname) if n]


def parse_html(data: bytes, hints: dict[str, Any]) -> ParsedArticle:
    """Parse one web page; raises `NoArticle` when it holds no article text."""
    tree = _load_tree(data, hints)
    latest = _crawl_time(hints)
    hinted_url = hints.get("url")
    page = read_page_meta(tree, latest=latest, site_name=_host_name(hinted_url))
    url = hinted_url or page.canonical_url
    prose_words = _paragraph_words(tree)
    doc = _main_text(tree, url, prose_words)
    if doc is None or doc.body is None:
        raise NoArticle("no main text found on the page")
    site_names = _site_names(tree, page, url)
    headline, headline_source = choose_headline(tree, page, site_names)
    if not headline:
        from trafilatura.metadata import extract_title

        if title := extract_title(tree):
            headline, headline_source = clean_inline(title), "trafilatura"
    found_blocks = _stated_body(page, body_blocks(doc.body))
    body, blocks = assemble(
        drop_furniture(
            _drop_link_lists(tree, found_blocks + _continued_chunks(tree, found_blocks, prose_words)),
            headline,
        )
    )
    if len(_WORD.findall(body)) < MIN_WORDS:
        raise NoArticle(f"the page's main text has fewer than {MIN_WORDS} words")

    published, date_source = page.published_at, page.date_source
    header = read_header(tree, headline)
    if published is not None and (printed := _later_dateline(header, published, latest)):
        published, date_source = printed, "dateline"
    if (
        published is page.published_at
        and page.utc_offset == timedelta(0)
        and (local := url_local_day(published, url)) is not None
    ):
        published, date_source = local, "url-local"
    # A full date in the article's path is the site's own record; htmldate's search of the text
    # may return a date the story only mentions.
    if published is None and _no_later(found := date_from_url(url), latest):
        published, date_source = found, "url"
    if published is None and (found := _fallback_date(tree, url, latest)) is not None:
        published, date_source = found, "htmldate"

    byline, byline_source = _header_byline(page, header, site_names)
    if byline is None or (byline_source or "").endswith("-site"):
        fallback, fallback_source = _fallback_byline(tree, site_names)
        if fallback and (byline is None or fallback_source == "trafilatura"):
            byline, byline_source = fallback, fallback_source
    alt, caption, credit = _figure_caption(tree)
    extra: dict[str, Any] = {
        "date_source": date_source,
        "headline_source": headline_source,
        "byline_source": byline_source,
    }
    if published is not None and published is page.published_at and page.utc_offset is not None:
        extra["published_utc_offset"] = format_offset(page.utc_offset)
    if page.image_url:
        extra["image_url"] = page.image_url
    if page.description:
        extra["description"] = page.description
    return ParsedArticle(
        headline=headline,
        byline=byline,
        publisher=page.publisher or (site_names[1] if len(site_names) > 1 and not page.publisher else None),
        url=url or None,
        published_at=published,
        language=page.language,
        image_alt=alt,
        image_caption=caption,
        image_credit=credit,
        license=page.license,
        body=body,
        blocks=blocks,
        extra=extra,
    )
