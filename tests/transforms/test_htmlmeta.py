"""Structured page metadata: JSON-LD, OpenGraph, meta tags, <time>, lang and licence links."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import lxml.html
import pytest

from transforms.htmlmeta import (
    date_from_url,
    format_offset,
    header_byline,
    licence_name,
    parse_date_text,
    parse_stated_date,
    read_header,
    read_json_ld,
    read_page_meta,
    url_local_day,
    visible_dateline,
)

LD_PAGE = """<html lang="en-GB"><head>
<title>Harbour plan approved | Coastline Courier</title>
<meta property="og:title" content="Harbour plan gets the go-ahead">
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2021-03-02T08:00:00+00:00">
<meta name="author" content="Somebody Else">
<link rel="canonical" href="https://courier.example/2021/03/harbour-plan">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Coastline Courier"},
  {"@type": "Person", "@id": "#writer", "name": "Maren Okafor"},
  {"@type": "NewsArticle", "headline": "Harbour plan approved after long night",
   "datePublished": "2021-03-01T21:15:00+00:00", "author": {"@id": "#writer"},
   "publisher": {"@type": "Organization", "name": "Coastline Courier"},
   "license": "https://creativecommons.org/licenses/by-sa/4.0/"}
]}
</script></head><body><h1>Harbour plan approved</h1></body></html>"""


def _meta(html: str, latest: datetime | None = None):
    return read_page_meta(lxml.html.document_fromstring(html), latest=latest)


def test_json_ld_comes_first() -> None:
    page = _meta(LD_PAGE)
    assert page.headline == "Harbour plan approved after long night"
    assert page.headline_source == "json-ld"
    assert page.byline == "Maren Okafor"  # the @id reference is resolved through the graph
    assert page.byline_source == "json-ld"
    assert page.published_at == datetime(2021, 3, 1, 21, 15)
    assert page.date_source == "json-ld"
    assert page.publisher == "Coastline Courier"
    assert page.license == "CC BY-SA 4.0"
    assert page.language == "en"
    assert page.canonical_url == "https://courier.example/2021/03/harbour-plan"
    assert page.title == "Harbour plan approved | Coastline Courier"


def test_meta_tags_when_there_is_no_json_ld() -> None:
    page = _meta(LD_PAGE.split("<script")[0] + "</head><body></body></html>")
    assert page.headline == "Harbour plan gets the go-ahead"
    assert page.headline_source == "meta"
    assert page.byline == "Somebody Else"
    assert page.published_at == datetime(2021, 3, 2, 8, 0)
    assert page.date_source == "meta"


def test_time_element_and_printed_byline() -> None:
    page = _meta("""<html><body><article>
      <div class="byline">By Tomasz Lind | 4 May 2019</div>
      <time datetime="2019-05-04">4 May</time><p>Text.</p></article></body></html>""")
    assert page.published_at == datetime(2019, 5, 4)
    assert page.date_source == "time"
    assert page.byline == "Tomasz Lind"
    assert page.byline_source == "byline"


def test_a_date_after_the_crawl_is_refused() -> None:
    html = """<html><head><meta property="article:published_time" content="2030-01-01T00:00:00Z"></head>
      <body><time datetime="2020-06-01">June</time></body></html>"""
    page = _meta(html, latest=datetime(2021, 1, 1, tzinfo=UTC))
    assert page.published_at == datetime(2020, 6, 1)
    assert page.date_source == "time"


def test_byline_naming_the_site_is_a_last_resort() -> None:
    html = """<html><head><meta property="og:site_name" content="Valley Post">
      <meta name="author" content="Valley Post"></head><body>
      <span class="author-name">Ines Duarte</span></body></html>"""
    page = _meta(html)
    assert page.byline == "Ines Duarte"
    only_site = _meta(html.replace("Ines Duarte", ""))
    assert only_site.byline == "Valley Post"
    assert only_site.byline_source == "meta-site"


def test_comment_authors_are_not_bylines() -> None:
    page = _meta("""<html><body><article><p>Story.</p></article>
      <div class="comments"><span class="comment-author">Quinn Reader</span></div></body></html>""")
    assert page.byline is None


@pytest.mark.parametrize("broken", ["{not json", "", "<!-- -->", "[1, 2", "null"])
def test_broken_json_ld_is_ignored(broken: str) -> None:
    tree = lxml.html.document_fromstring(
        f'<html><head><script type="application/ld+json">{broken}</script></head><body><p>x</p></body></html>'
    )
    assert read_json_ld(tree) == []


def test_json_ld_inside_comment_markers_and_lists() -> None:
    tree = lxml.html.document_fromstring("""<html><head><script type="application/ld+json">
      <!-- [{"@type": "BreadcrumbList"}, {"@type": ["BlogPosting"], "headline": "Notes"}] --></script>
      </head><body></body></html>""")
    assert read_json_ld(tree)[0]["headline"] == "Notes"


@pytest.mark.parametrize(
    ("href", "name"),
    [
        ("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
        ("http://creativecommons.org/licenses/by-nc-nd/3.0/deed.en", "CC BY-NC-ND 3.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        ("https://example.org/terms", "https://example.org/terms"),
    ],
)
def test_licence_names(href: str, name: str) -> None:
    assert licence_name(href) == name


def test_licence_from_rel_license_link() -> None:
    page = _meta(
        '<html><body><a rel="license" href="https://creativecommons.org/licenses/by/2.0/">cc</a>'
        "</body></html>"
    )
    assert page.license == "CC BY 2.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-17T21:08:00+00:00", datetime(2020, 1, 17, 21, 8)),
        ("2020-01-17", datetime(2020, 1, 17)),
        ("January 17, 2020", datetime(2020, 1, 17)),
        ("17 January 2020", datetime(2020, 1, 17)),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_date_text(text: str, expected: datetime | None) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "local", "offset"),
    [
        # The wall-clock time stays as the page states it; only the offset is kept apart.
        ("2020-05-03T21:00:00-04:00", datetime(2020, 5, 3, 21, 0), timedelta(hours=-4)),
        ("2020-05-03T21:00:00.250+0530", datetime(2020, 5, 3, 21, 0), timedelta(hours=5, minutes=30)),
        ("2020-05-03T21:00:00Z", datetime(2020, 5, 3, 21, 0), timedelta(0)),
        ("2020-05-03 21:00", datetime(2020, 5, 3, 21, 0), None),
        ("2020-05-03", datetime(2020, 5, 3), None),
        ("Sun, 03 May 2020 21:00:00 -0400", datetime(2020, 5, 3, 21, 0), timedelta(hours=-4)),
        ("Written: 2020-05-03 21:00:00", datetime(2020, 5, 3, 21, 0), None),
    ],
)
def test_stated_dates_keep_local_time(text: str, local: datetime, offset: timedelta | None) -> None:
    stated = parse_stated_date(text)
    assert stated is not None
    assert (stated.local, stated.offset) == (local, offset)


@pytest.mark.parametrize(
    ("offset", "text"),
    [(timedelta(hours=-4), "-04:00"), (timedelta(hours=5, minutes=30), "+05:30"), (timedelta(0), "+00:00")],
)
def test_format_offset(offset: timedelta, text: str) -> None:
    assert format_offset(offset) == text


def test_utc_metadata_yields_to_the_local_time_of_the_same_moment() -> None:
    html = """<html><head><meta property="article:published_time" content="2021-06-02T03:15:20+00:00">
      <script>analytics.track({"created": "2021-06-01T23:15:20-04:00", "other": "2021-05-30T10:00:00-04:00"})
      </script></head><body><p>x</p></body></html>"""
    page = _meta(html)
    assert page.published_at == datetime(2021, 6, 1, 23, 15, 20)
    assert page.utc_offset == timedelta(hours=-4)


def test_a_local_time_without_offset_counts_when_it_names_the_same_moment() -> None:
    html = """<html><head><meta property="article:published_time" content="2021-06-02T03:15:20Z"></head>
      <body><p>Posted <time datetime="2021-06-01 21:15:20">June 1 at 9:15 p.m.</time></p></body></html>"""
    page = _meta(html)
    assert page.published_at == datetime(2021, 6, 1, 21, 15, 20)
    assert page.utc_offset == timedelta(hours=-6)
    # A different moment is a different date (a related story's), not a twin.
    other = _meta(html.replace("21:15:20", "21:16:00"))
    assert other.published_at == datetime(2021, 6, 2, 3, 15, 20)


def test_printed_date_when_the_markup_states_none() -> None:
    html = """<html><body><p class="date">Written: 2023-03-07 15:03 / Updated: 2023-03-09 10:00</p>
      <p>Body.</p></body></html>"""
    page = _meta(html)
    assert page.published_at == datetime(2023, 3, 7, 15, 3)
    assert page.date_source == "printed"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://paper.example/2019/10/22/a-story", datetime(2019, 10, 22)),
        ("https://paper.example/news/2019-10-22-a-story", datetime(2019, 10, 22)),
        ("https://paper.example/2019/13/40/a-story", None),
        ("https://paper.example/world/2019/nov/18/a-story", datetime(2019, 11, 18)),
        ("https://paper.example/2019/Feb/30/a-story", None),
        ("https://paper.example/2019/xyz/18/a-story", None),
        ("https://paper.example/about", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: datetime | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("attrs", "code"),
    [('lang="de-AT"', "de"), ('lang="pt_BR"', "pt"), ('lang=""', None), ("", None), ('lang="x"', None)],
)
def test_language_from_html_lang(attrs: str, code: str | None) -> None:
    assert _meta(f"<html {attrs}><body><p>x</p></body></html>").language == code


HEADLINE = "Ferry timetable cut for the winter"


def _dateline(body: str, headline: str | None = HEADLINE) -> set[date]:
    return visible_dateline(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"), headline)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The first date printed after the headline, in any written form.
        (f"<h1>{HEADLINE}</h1><p>Updated: Tue 8 Nov 2022 10:02</p>", {date(2022, 11, 8)}),
        (f"<h1>{HEADLINE}</h1><span>By Ida Brook</span><span>Nov. 8, 2022</span>", {date(2022, 11, 8)}),
        (f"<h1>{HEADLINE}</h1><p>2022-11-08 10:02</p><p>1 December 2022</p>", {date(2022, 11, 8)}),
        # Numeric dates keep both readings unless one is impossible.
        (f"<h1>{HEADLINE}</h1><p>On 11/13/22 at 4 PM</p>", {date(2022, 11, 13)}),
        (f"<h1>{HEADLINE}</h1><p>4/9/2022</p>", {date(2022, 4, 9), date(2022, 9, 4)}),
        # Nothing after the headline: the last date printed just before it (a kicker line).
        (f"<p>Transport 7 November 2022</p><h1>{HEADLINE}</h1><p>No date here.</p>", {date(2022, 11, 7)}),
        # A caption's date is the photograph's; a script's is not shown at all.
        (f"<h1>{HEADLINE}</h1><figure><figcaption>3 June 2021</figcaption></figure>", set()),
        (f"<h1>{HEADLINE}</h1><script>var d = '3 June 2021';</script>", set()),
        # A date past the window after the headline belongs to something else on the page.
        (f"<h1>{HEADLINE}</h1>" + "<p>Words.</p>" * 150 + "<p>3 June 2021</p>", set()),
        # A date inside prose is an event the story mentions.
        (
            f"<h1>{HEADLINE}</h1><p>The operator said on Monday that sailings would resume on "
            "3 March 2023 once the second vessel returns from its refit in the dry dock.</p>",
            set(),
        ),
        ("<h1>Something else entirely</h1><p>8 Nov 2022</p>", set()),
    ],
)
def test_visible_dateline(body: str, expected: set[date]) -> None:
    assert _dateline(body) == expected


def test_dateline_skips_the_site_header_and_its_copy_of_the_headline() -> None:
    body = f"""<header class="site"><span>{HEADLINE}</span><span>Tue 22 Nov 2022</span></header>
      <nav><a href="/">Home</a> 21 Nov 2022</nav>
      <main><article><header><h1>{HEADLINE}</h1><p>8 November 2022</p></header></article></main>"""
    assert _dateline(body) == {date(2022, 11, 8)}


@pytest.mark.parametrize("headline", [None, "", "ab"])
def test_no_dateline_without_a_headline(headline: str | None) -> None:
    assert _dateline(f"<h1>{HEADLINE}</h1><p>8 Nov 2022</p>", headline) == set()


def _byline(body: str, sites: tuple[str, ...] = ()) -> str | None:
    tree = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    return header_byline(read_header(tree, HEADLINE), sites)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"<h1>{HEADLINE}</h1><p>By <a href='/p/ib'>Ida Brook</a></p>", "Ida Brook"),
        (f"<h1>{HEADLINE}</h1><p>Posted by Ida Brook @ 9:40 am</p>", "Ida Brook"),
        (f"<h1>{HEADLINE}</h1><span>| By</span><span>Ida Brook</span>", "Ida Brook"),
        # Several people, each in their own link, joined by "and" or commas.
        (
            f"<h1>{HEADLINE}</h1><p>By <a>Ida Brook</a>, <a>Tom Reyes</a> and <a>Lu Chen</a></p><p>Nov 8</p>",
            "Ida Brook, Tom Reyes, Lu Chen",
        ),
        # The date or role after the names is not part of them.
        (f"<h1>{HEADLINE}</h1><p>By Ida Brook | Transport correspondent</p>", "Ida Brook"),
        (f"<h1>{HEADLINE}</h1><p>Written by: Ida Brook - 8 November 2022</p>", "Ida Brook"),
        # A byline above the headline when none follows it.
        (f"<p>By Ida Brook</p><h1>{HEADLINE}</h1><p>Text.</p>", "Ida Brook"),
        # Prose that happens to start with "By" is not a byline.
        (f"<h1>{HEADLINE}</h1><p>By the end of the month the ferry will sail twice a day.</p>", None),
        (f"<h1>{HEADLINE}</h1><p>Text.</p>", None),
        # Too far from the headline: a related story's byline.
        (f"<h1>{HEADLINE}</h1>" + "<p>Words.</p>" * 250 + "<p>By Ida Brook</p>", None),
    ],
)
def test_header_byline(body: str, expected: str | None) -> None:
    assert _byline(body) == expected


def test_header_byline_passes_over_the_site_name() -> None:
    body = f"<h1>{HEADLINE}</h1><p>By Island Courier</p><p>Written by: Ida Brook</p>"
    assert _byline(body, ("Island Courier",)) == "Ida Brook"
    assert _byline(body) == "Island Courier"


def test_stated_article_body_comes_from_the_article_object_only() -> None:
    assert _meta(LD_PAGE).article_body is None
    body = '"articleBody": "The plan was approved.", '
    stated = LD_PAGE.replace('"headline": "Harbour', body + '"headline": "Harbour')
    assert _meta(stated).article_body == "The plan was approved."
    site = '"name": "Coastline Courier"}'
    other = LD_PAGE.replace(site, site[:-1] + ', "articleBody": "x"}', 1)
    assert _meta(other).article_body is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('by <span class="author vcard fn">kestrel</span> on May 2', "kestrel"),
        ('by <span class="author nickname">moss and fern</span>', "moss and fern"),
        # Without the hCard name class a lower-case phrase is prose, not a name.
        ('<span class="author">posted late at night</span>', None),
        ('<span class="author fn">share this</span>', None),
    ],
)
def test_hcard_names_count_in_any_case(byline: str, expected: str | None) -> None:
    page = _meta(f"<html><body><article><p class='meta'>{byline}</p><p>Story.</p></article></body></html>")
    assert page.byline == expected


@pytest.mark.parametrize(
    ("stated", "url", "expected"),
    [
        # An evening story in the Americas: UTC has moved on, the path keeps the local day.
        (datetime(2019, 11, 20, 1, 53), "https://paper.example/2019-11-19/a-story", datetime(2019, 11, 19)),
        # A morning story in East Asia, stated in UTC the evening before.
        (datetime(2019, 11, 18, 20, 0), "https://paper.example/2019/11/19/a-story", datetime(2019, 11, 19)),
        # The same day needs no change.
        (datetime(2019, 11, 19, 2, 0), "https://paper.example/2019/11/19/a-story", None),
        # No newsroom clock reaches the day before from late morning UTC: another date, not the local day.
        (datetime(2019, 11, 19, 11, 45), "https://paper.example/2019/11/18/a-story", None),
        (datetime(2019, 11, 19, 2, 0), "https://paper.example/2019/11/12/a-story", None),
        (datetime(2019, 11, 19, 2, 0), "https://paper.example/a-story", None),
    ],
)
def test_url_local_day(stated: datetime, url: str, expected: datetime | None) -> None:
    assert url_local_day(stated, url) == expected
