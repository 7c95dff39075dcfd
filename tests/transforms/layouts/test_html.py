"""Web pages to articles: main text as blocks, metadata from the page's own statements."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from transforms.body import BULLET
from transforms.errors import NoArticle
from transforms.layouts.html import _continued_chunks, _drop_link_lists, _paragraph_words, parse_html
from transforms.records import Block

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "html"

PARAGRAPHS = [
    "The regional water board announced on Monday that it would spend four years rebuilding the "
    "reservoir dam above Millbrook, after inspectors found cracks in the spillway last winter.",
    "Engineers told the board that the dam was safe for now, but that a wet spring could put the "
    "spillway under more strain than it was designed to carry, and that repairs could not wait.",
    "Residents who packed the town hall meeting asked why the cracks had gone unreported for so long, "
    "and several said they had never been told the dam was inspected at all.",
]
DEMANDS = [
    "publish every inspection report since 2010",
    "set up an independent panel to oversee the repairs",
    "pay for flood insurance for homes below the dam",
]


def _page(*, head: str = "", byline: str = "By Ruth Almeida", lang: str = "en") -> bytes:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    items = "".join(f"<li>{d}</li>" for d in DEMANDS)
    html = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Dam repairs will take four years - Millbrook Gazette</title>
<meta property="og:site_name" content="Millbrook Gazette">
{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<main><article>
<h1>Dam repairs will take four years</h1>
<div class="byline">{byline}</div>
<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>
<figure><img src="dam.jpg" alt="The spillway seen from below">
<figcaption>The cracked spillway in March. <span class="credit">Photo: Lee Park</span></figcaption></figure>
{paragraphs}
<h2>What residents want</h2>
<p>The residents' association set out three demands in a letter to the board:</p>
<ul>{items}</ul>
<p>The board said it would answer the letter before its next meeting in May.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">School roof to be replaced after storm damage</a></li>
<li><a href="/b">Bus timetable changes from June</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment">
<p>I have lived here thirty years and nobody ever told us anything about this dam.</p></div>
</section></main>
<footer><p>Copyright Millbrook Gazette. All rights reserved.</p></footer>
</body></html>"""
    return html.encode("utf-8")


def test_body_is_the_article_without_navigation_comments_or_related_stories() -> None:
    article = parse_html(_page(), {})
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    for noise in ("Sport", "Weather", "Bus timetable", "nobody ever told us", "All rights reserved"):
        assert noise not in article.body


def test_lists_stay_lists_and_headings_stay_headings() -> None:
    article = parse_html(_page(), {})
    kinds = {block.text: block.kind for block in article.blocks}
    for demand in DEMANDS:
        assert kinds[demand] == "li"
        assert BULLET + demand in article.body
    assert kinds["What residents want"] == "h"
    assert kinds[PARAGRAPHS[0]] == "p"


def test_block_offsets_point_into_the_body() -> None:
    article = parse_html(_page(), {})
    assert article.blocks
    for block in article.blocks:
        assert article.body[block.start : block.end] == block.text


def test_metadata_from_the_page() -> None:
    article = parse_html(_page(), {"url": "https://gazette.example/news/dam"})
    assert article.headline == "Dam repairs will take four years"
    assert article.byline == "Ruth Almeida"
    assert article.published_at == datetime(2022, 4, 11, 9, 30)
    assert article.extra["date_source"] == "time"
    assert article.publisher == "Millbrook Gazette"
    assert article.language == "en"
    assert article.url == "https://gazette.example/news/dam"
    assert article.image_alt == "The spillway seen from below"
    assert article.image_caption == "The cracked spillway in March."
    assert article.image_credit == "Photo: Lee Park"


def test_json_ld_beats_the_layout() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Dam repairs will take four years", "datePublished": "2022-04-12",
      "author": [{"@type": "Person", "name": "Ruth Almeida"}, {"@type": "Person", "name": "Omar Vance"}]}
      </script>"""
    article = parse_html(_page(head=head), {})
    assert article.byline == "Ruth Almeida, Omar Vance"
    # The <time> printed by the headline shows an earlier day: a date the page mentions, not a revision.
    assert article.published_at == datetime(2022, 4, 12)
    assert article.extra["date_source"] == "json-ld"


def _dated_page(printed: str, stated: str = "2022-04-02") -> bytes:
    head = f'<meta property="article:published_time" content="{stated}T08:00:00+00:00">'
    return _page(head=head).replace(
        b'<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>', printed.encode()
    )


@pytest.mark.parametrize(
    ("printed", "expected", "source"),
    [
        # Only a revision date printed under the headline: the reader dates the story by it.
        ("<p class='meta'>Updated Apr 9, 2022 at 4:10 pm</p>", datetime(2022, 4, 9), "dateline"),
        ("<span>Saturday, 9 April 2022</span>", datetime(2022, 4, 9), "dateline"),
        # The printed line agrees with the metadata (its first date is the stated one): keep the time.
        (
            "<p>Published 2 April 2022 | Updated 9 April 2022</p>",
            datetime(2022, 4, 2, 8, 0),
            "meta",
        ),
        # An earlier printed day is a date the story mentions.
        ("<span>30 March 2022</span>", datetime(2022, 4, 2, 8, 0), "meta"),
        # A numeric date that reads two ways cannot overrule the metadata.
        ("<span>4/9/2022</span>", datetime(2022, 4, 2, 8, 0), "meta"),
        # A date inside a paragraph of prose is an event, not a dateline.
        (
            "<p>The board will hold a public hearing on the plans in the town hall on April 20, 2022, "
            "and residents may send written questions before then.</p>",
            datetime(2022, 4, 2, 8, 0),
            "meta",
        ),
    ],
)
def test_a_later_printed_dateline_overrules_the_stated_date(
    printed: str, expected: datetime, source: str
) -> None:
    article = parse_html(_dated_page(printed), {"fetched_at": datetime(2022, 5, 1, tzinfo=UTC)})
    assert article.published_at == expected
    assert article.extra["date_source"] == source


def test_a_printed_dateline_later_than_the_crawl_is_ignored() -> None:
    page = _dated_page("<span>Updated 9 April 2022</span>")
    article = parse_html(page, {"fetched_at": datetime(2022, 4, 5, tzinfo=UTC)})
    assert article.published_at == datetime(2022, 4, 2, 8, 0)


def test_published_time_is_the_local_time_the_page_states() -> None:
    head = '<meta property="article:published_time" content="2022-04-10T21:45:00-05:00">'
    page = _page(head=head).replace(b'<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>', b"")
    article = parse_html(page, {})
    assert article.published_at == datetime(2022, 4, 10, 21, 45)
    assert article.published_at.tzinfo is None
    assert article.extra["published_utc_offset"] == "-05:00"


def test_no_date_later_than_the_crawl() -> None:
    head = '<meta property="article:published_time" content="2022-05-01T00:00:00Z">'
    fetched = datetime(2022, 4, 20, tzinfo=UTC)
    article = parse_html(_page(head=head), {"fetched_at": fetched})
    assert article.published_at == datetime(2022, 4, 11, 9, 30)


def test_date_from_the_url_as_a_last_resort() -> None:
    page = _page().replace(b'<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>', b"")
    article = parse_html(page, {"url": "https://gazette.example/2022/04/09/dam-repairs"})
    assert article.published_at is not None
    assert article.published_at.date().isoformat() in ("2022-04-09", "2022-04-11")


@pytest.mark.parametrize(
    ("stamp", "expected", "source"),
    [
        # Stated in UTC after midnight, dated by the newsroom the evening before.
        ("2022-04-10T02:15:00Z", datetime(2022, 4, 9), "url-local"),
        # A stated offset is the local clock already: the path's day does not overrule it.
        ("2022-04-10T02:15:00+01:00", datetime(2022, 4, 10, 2, 15), "meta"),
    ],
)
def test_the_path_gives_the_local_day_of_a_utc_time(stamp: str, expected: datetime, source: str) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    page = _page(head=head).replace(b'<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>', b"")
    article = parse_html(page, {"url": "https://gazette.example/2022/04/09/dam-repairs"})
    assert article.published_at == expected
    assert article.extra["date_source"] == source


def test_the_path_date_comes_before_a_date_the_text_mentions() -> None:
    page = _page().replace(
        b'<time datetime="2022-04-11T09:30:00+00:00">11 April 2022</time>',
        b"<p>The inspection of March 3, 2021 found the first cracks.</p>",
    )
    article = parse_html(page, {"url": "https://gazette.example/news/2022/apr/09/dam-repairs"})
    assert article.published_at == datetime(2022, 4, 9)
    assert article.extra["date_source"] == "url"


def test_declared_legacy_charset() -> None:
    page = _page().replace(b'<meta charset="utf-8">', b'<meta charset="windows-1252">')
    page = page.replace(b"Almeida", "Almeída".encode("cp1252"))
    assert parse_html(page, {}).byline == "Ruth Almeída"


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        b"<html><body></body></html>",
    ],
)
def test_a_page_without_article_text_is_refused(page: bytes) -> None:
    with pytest.raises(NoArticle):
        parse_html(page, {})


def _corpus_pages(limit: int) -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not available")
    return sorted(CORPUS.rglob("*.htm*"))[:limit]


@pytest.mark.corpus
def test_real_pages_give_text_and_headlines() -> None:
    pages = _corpus_pages(30)
    with_headline = 0
    for path in pages:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        article = parse_html(data, {})
        assert len(article.body.split()) > 30, path.name
        assert all(article.body[b.start : b.end] == b.text for b in article.blocks)
        with_headline += bool(article.headline)
    assert with_headline >= len(pages) * 0.9


def test_site_name_h1_linking_home_is_not_the_headline() -> None:
    page = _page().replace(
        b"<h1>Dam repairs will take four years</h1>",
        b'<h1><a href="https://gazette.example/">Millbrook Gazette</a></h1>',
    )
    head = '<meta property="og:title" content="Dam repairs will take four years">'
    article = parse_html(page.replace(b"</head>", head.encode() + b"</head>"), {})
    assert article.headline == "Dam repairs will take four years"


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # A deck printed inside the <h1> after the stated headline is left out ...
        (
            "Dam repairs will take four years <span>Engineers warn of a wet spring</span>",
            "Dam repairs will take four years",
        ),
        # ... but a longer headline that only continues the stated one is the reader's headline.
        ("Dam repairs will take four years to finish", "Dam repairs will take four years to finish"),
    ],
)
def test_deck_inside_the_h1(h1: str, expected: str) -> None:
    page = _page().replace(b"<h1>Dam repairs will take four years</h1>", f"<h1>{h1}</h1>".encode())
    assert parse_html(page, {}).headline == expected


@pytest.mark.parametrize(
    ("head", "printed", "expected", "source"),
    [
        # A page stating no person: the printed "By" line names the writer.
        ("", '<p class="meta">By Ruth Almeida</p>', "Ruth Almeida", "header"),
        # The stated author is only the site: the printed line wins.
        (
            '<meta name="author" content="Millbrook Gazette">',
            "<p>By Ruth Almeida</p>",
            "Ruth Almeida",
            "header",
        ),
        # A bare first name stated, the full name printed.
        ('<meta name="author" content="Ruth">', "<p>By Ruth Almeida</p>", "Ruth Almeida", "header"),
        # A full stated name stands against a different printed one.
        ('<meta name="author" content="Omar Vance">', "<p>By Ruth Almeida</p>", "Omar Vance", "meta"),
    ],
)
def test_printed_byline_by_the_headline(head: str, printed: str, expected: str, source: str) -> None:
    page = _page(head=head).replace(b'<div class="byline">By Ruth Almeida</div>', printed.encode())
    article = parse_html(page, {})
    assert article.byline == expected
    assert article.extra["byline_source"] == source


def test_h1_agreeing_with_the_social_title_beats_a_different_json_ld_headline() -> None:
    head = """<meta property="og:title" content="Dam repairs will take four years">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Millbrook reservoir spillway cracks: board sets out repair timetable"}</script>"""
    page = _page(head=head).replace(
        b"<title>Dam repairs will take four years - Millbrook Gazette", b"<title>News"
    )
    article = parse_html(page, {})
    assert article.headline == "Dam repairs will take four years"
    assert article.extra["headline_source"] == "h1"
    # Without the social title the visible <h1> matches nothing stated, and the JSON-LD headline stands.
    bare = page.replace(b'<meta property="og:title" content="Dam repairs will take four years">', b"")
    assert (
        parse_html(bare, {}).headline
        == "Millbrook reservoir spillway cracks: board sets out repair timetable"
    )


CHUNKS = [
    [
        "The ferry company said on Tuesday that the winter timetable would begin a month early this year.",
        "Islanders who commute to the mainland said the change left them with no evening crossing at all.",
    ],
    [
        "A spokesperson for the company said fuel prices had doubled since the spring "
        "and fares could not rise."
    ],
    ["The council has asked the company to keep at least one late sailing on weekdays until March."],
]


def _chunked_page() -> HtmlElement:
    chunks = "".join(
        f'<div class="story-chunk">{"".join(f"<p>{p}</p>" for p in chunk)}</div>'
        '<div class="ad-slot"><p>Advertisement: book your winter holiday with our partners today.</p></div>'
        for chunk in CHUNKS
    )
    return lxml.html.document_fromstring(f"<html><body><div class='story'>{chunks}</div></body></html>")


def test_chunks_after_the_one_the_extraction_stopped_in_are_added() -> None:
    tree = _chunked_page()
    first = [Block("p", text) for text in CHUNKS[0]]
    added = _continued_chunks(tree, first, prose_words=_paragraph_words(tree))
    assert [b.text for b in added] == CHUNKS[1] + CHUNKS[2]  # the ad slots between them stay out


def test_a_whole_extraction_gets_no_chunks_added() -> None:
    tree = _chunked_page()
    kept = [Block("p", text) for chunk in CHUNKS for text in chunk]
    assert _continued_chunks(tree, kept[:2], prose_words=len(" ".join(CHUNKS[0]).split())) == []
    assert _continued_chunks(tree, [], prose_words=100) == []


def test_a_paragraph_outside_any_chunk_run_gets_nothing_added() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for chunk in CHUNKS for p in chunk)
        + "</article></body></html>"
    )
    first = [Block("p", CHUNKS[0][0])]
    assert _continued_chunks(tree, first, prose_words=_paragraph_words(tree)) == []


def test_empty_comments_inside_a_sentence_keep_the_words_after_them() -> None:
    # Script-rendered pages leave "<!-- -->" between the pieces of one sentence.
    split = PARAGRAPHS[1].replace("for now, but", "for now,<!-- --> but").replace("spring", "<!-- -->spring")
    page = _page().replace(PARAGRAPHS[1].encode(), split.encode())
    assert split != PARAGRAPHS[1]
    article = parse_html(page, {})
    assert PARAGRAPHS[1] in article.body


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # The page's only <h1>, outside the article markup, is the headline the reader sees ...
        ("Board votes to rebuild the dam spillway", "Board votes to rebuild the dam spillway"),
        # ... unless it is too short to be more than a section name.
        ("Local news", "Dam repairs will take four years"),
    ],
)
def test_a_lone_h1_outside_the_article_beats_a_different_social_title(h1: str, expected: str) -> None:
    page = (
        _page()
        .replace(b"<h1>Dam repairs will take four years</h1>", b"")
        .replace(b"<main>", f"<header><h1>{h1}</h1></header><main>".encode())
    )
    head = '<meta property="og:title" content="Dam repairs will take four years | Millbrook Gazette">'
    article = parse_html(page.replace(b"</head>", head.encode() + b"</head>"), {})
    assert article.headline == expected


LINKED_LIST = """<html><body><article><p>The board met on Monday.</p>
<ul><li><a href="/a">School roof to be replaced</a></li><li><a href="/b">Bus timetable changes</a></li></ul>
<ul><li>Publish every <a href="/r">inspection report</a></li><li>Set up a panel</li></ul>
<ul><li><a href="/c">Sole linked item</a></li></ul>
</article></body></html>"""


def test_lists_made_only_of_links_are_dropped_and_lists_with_prose_kept() -> None:
    tree = lxml.html.document_fromstring(LINKED_LIST)
    blocks = [
        Block("p", "The board met on Monday."),
        Block("li", "School roof to be replaced"),
        Block("li", "Bus timetable changes"),
        Block("p", "Residents set out their demands."),
        Block("li", "Publish every inspection report"),
        Block("li", "Set up a panel"),
        Block("p", "A single linked item stays."),
        Block("li", "Sole linked item"),
    ]
    kept = [b.text for b in _drop_link_lists(tree, blocks)]
    assert kept == [
        "The board met on Monday.",
        "Residents set out their demands.",
        "Publish every inspection report",
        "Set up a panel",
        "A single linked item stays.",
        "Sole linked item",
    ]


def test_a_pop_up_card_inside_a_sentence_is_dropped_and_the_name_it_hangs_on_kept() -> None:
    card = (
        '<span class="person"><a href="/people/ruth">Ruth Almeida</a><span class="card"><span>'
        '<img src="ruth.jpg"><a href="/people/ruth">Ruth Almeida</a>'
        '<a href="/x">Ferry fares rise again</a> <a href="/y">Harbour wall repaired</a></span></span></span>'
    )
    split = PARAGRAPHS[2].replace("several said", f"several, among them {card}, said")
    article = parse_html(_page().replace(PARAGRAPHS[2].encode(), split.encode()), {})
    assert "several, among them Ruth Almeida, said they had never been told" in article.body
    assert "Ferry fares rise again" not in article.body


def _stated_body_page(visible: str, stated: str) -> bytes:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Dam repairs", "articleBody": stated})
    return f"""<html><head><title>Dam repairs</title><script type="application/ld+json">{ld}</script>
</head><body><article><h1>Dam repairs</h1><p>{visible}</p></article></body></html>""".encode()


def test_the_stated_article_body_stands_in_for_an_extraction_that_found_only_a_caption() -> None:
    caption = "The cracked spillway seen from the valley floor in March, before the repairs began."
    stated = "\n".join(PARAGRAPHS * 2)
    article = parse_html(_stated_body_page(caption, stated), {})
    assert caption not in article.body
    assert [b.text for b in article.blocks] == PARAGRAPHS * 2


def test_the_stated_article_body_does_not_replace_a_whole_extraction() -> None:
    visible = " ".join(PARAGRAPHS)
    article = parse_html(_stated_body_page(visible, visible + " A shorter teaser is not used."), {})
    assert article.body == visible


def test_a_name_printed_only_among_the_comments_is_no_byline() -> None:
    commenters = (
        b'<ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">'
        b'<a href="https://photos.example" rel="external nofollow" class="url">Tobias Wren</a></span>'
        b' on <a href="/older">Older story</a></li></ul>'
    )
    page = _page(byline="Millbrook Gazette").replace(b"<main>", commenters + b"<main>")
    assert parse_html(page, {}).byline == "Millbrook Gazette"
    # The same name printed as the story's byline is the author.
    signed = _page(byline="By Tobias Wren").replace(b"<main>", commenters + b"<main>")
    assert parse_html(signed, {}).byline == "Tobias Wren"
