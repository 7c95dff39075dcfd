"""Markdown with YAML front matter."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from transforms.body import BULLET
from transforms.layouts.markdown import parse_markdown, render_inline, split_front_matter

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "advocacy"

RELEASE = """---
title: Tenants Win Repairs Order Against City Landlord
authors: ["staff/jo-bloggs.md", "Sam Smith"]
#layout: layouts/post.njk
date: 2019-06-04T10:00:00+0000
tags: [housing]
---
### Court gives the landlord ninety days to fix heating in 300 flats

Riverton, June 4, 2019 \u2014 A housing court **ordered** the owner of the Elm Street estate to repair
heating systems in every flat, in a case brought by the [Riverton Tenants Union](https://example.org/rtu).

"This is a win for every family that spent last winter in coats," said the union's \\_chair\\_, Ana Ruiz.

![boiler room](/uploads/boiler.jpg)

## What the order requires

* Working heating in all 300 flats;
* Monthly reports to the court; and
* A hotline for tenants.

The Riverton Tenants Union is a nonprofit organization that represents renters across the county.

**Contact:**

Jo Bloggs
555\\.010.2233
[jo@example.org](mailto:jo@example.org)
"""


def test_front_matter_gives_the_metadata() -> None:
    article = parse_markdown(RELEASE)
    assert article.headline == "Tenants Win Repairs Order Against City Landlord"
    assert article.published_at == datetime(2019, 6, 4, 10, 0)
    assert article.byline == "Jo Bloggs, Sam Smith"
    assert article.extra == {"tags": ["housing"]}


def test_body_is_rendered_plain_text() -> None:
    article = parse_markdown(RELEASE)
    assert article.dek == "Court gives the landlord ninety days to fix heating in 300 flats"
    assert article.body.startswith("A housing court ordered the owner")
    assert "Riverton Tenants Union." in article.body.split("\n\n")[0]
    assert "](" not in article.body and "**" not in article.body and "![" not in article.body
    assert "_chair_" in article.body
    assert [b.text for b in article.blocks if b.kind == "h"] == ["What the order requires"]
    assert f"{BULLET}Monthly reports to the court; and" in article.body


def test_contact_and_about_paragraphs_stay_out() -> None:
    article = parse_markdown(RELEASE)
    assert article.body.endswith("A hotline for tenants.")
    assert "555" not in article.body
    assert "nonprofit organization" not in article.body


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("see [the report](/r.pdf) now", "see the report now"),
        ("*one* and _two_ and __three__", "one and two and three"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("a <a href='x'>link</a> here", "a link here"),
        ("cost 212\\.966 and \\[1\\]", "cost 212.966 and [1]"),
    ],
)
def test_render_inline(markdown: str, plain: str) -> None:
    from transforms.layouts.markdown import _ESCAPE, _protect

    assert render_inline(_ESCAPE.sub(_protect, markdown)) == plain


def test_no_or_broken_front_matter() -> None:
    assert split_front_matter("# Title\n\nText.") == ({}, "# Title\n\nText.")
    meta, rest = split_front_matter("---\ntitle: A: B: C\ndate: 2020-01-02\n---\nBody text here.")
    assert meta["date"] is not None and rest == "Body text here."
    article = parse_markdown("# Only A Heading Title\n\nThe body is one paragraph long and says little.")
    assert article.headline == "Only A Heading Title"
    assert article.body == "The body is one paragraph long and says little."


def test_pclob_samples_drop_release_lines_tables_and_contacts() -> None:
    for path in sorted(SAMPLES.glob("*.md")):
        article = parse_markdown(path.read_text(encoding="utf-8"))
        assert article.headline and article.published_at, path
        assert "FOR RELEASE" not in article.body
        assert "<" not in article.body and "{{" not in article.body
        assert "For further information" not in article.body
        assert not article.body.rstrip().endswith("###")


@pytest.mark.corpus
def test_advocacy_markdown_bodies_are_clean() -> None:
    files = sorted((CORPUS / "aaldef").glob("*.md"))
    if not files:
        pytest.skip("shared corpus not present")
    for path in files:
        article = parse_markdown(path.read_text(encoding="utf-8"))
        assert article.headline and article.published_at, path
        assert article.body, path
        for leftover in ("related_programs", "layouts/post.njk", "](", "mailto:"):
            assert leftover not in article.body, (path, leftover)


SIGNATORIES = (
    "---\ntitle: Groups back the harbour plan\n---\n\n"
    "Twelve groups signed the letter to the port board on Monday asking for the plan to be published.\n\n"
    "Signed by:  \nIda Brook Harbour Residents Association  \nTom Reyes Library Trust  \n"
    "Ana Lima Port Workers Union  \n"
)
PROSE_WITH_ONE_BREAK = (
    "---\ntitle: A note\n---\n\nThe board met on Monday and agreed to publish the plan,  \n"
    "which the groups had asked for since the spring of last year.\n"
)


def test_lines_broken_by_hand_in_a_list_become_separate_entries() -> None:
    article = parse_markdown(SIGNATORIES)
    assert [b.text for b in article.blocks][-3:] == [
        "Ida Brook Harbour Residents Association",
        "Tom Reyes Library Trust",
        "Ana Lima Port Workers Union",
    ]


def test_a_single_hard_break_in_prose_keeps_the_paragraph_whole() -> None:
    article = parse_markdown(PROSE_WITH_ONE_BREAK)
    assert len(article.blocks) == 1
    assert article.body.startswith("The board met on Monday and agreed to publish the plan, which the groups")


SIGNED_POST = """---
title: Library Hours Extended
date: 2020-02-03
---
The county library will stay open until nine on weekdays from March, the trustees decided on Monday.

"Students asked for evenings and we listened," said trustee Lee Marsh.

[Read the trustees' minutes >](https://example.org/minutes.pdf)

By Dana Holt

[Read at Town Herald >](https://example.org/story)
"""

CONTACT_THEN_ABOUT = """---
title: Clinic Opens in Eastside
date: 2021-07-09
---
A free legal clinic opens in Eastside next week, offering help with leases and wages.

"Nobody should face a landlord alone," said director Sam Ortiz.

**Contact:**

Kim Reyes
Press Officer
555\\.010.4455

_The Eastside Law Project, founded in 1990, is a national organization that defends tenants and workers._
"""


def test_closing_links_and_author_line_leave_the_body() -> None:
    article = parse_markdown(SIGNED_POST)
    assert article.body.endswith("said trustee Lee Marsh.")
    assert article.byline == "By Dana Holt"


def test_contact_block_ends_the_post_with_the_notes_after_it() -> None:
    article = parse_markdown(CONTACT_THEN_ABOUT)
    assert article.body.endswith("said director Sam Ortiz.")
    for gone in ("Kim Reyes", "founded in 1990", "Contact"):
        assert gone not in article.body


def test_closing_thank_you_and_signature_leave_the_body() -> None:
    post = "---\ntitle: Call Your Senator\n---\nDear friends,\n\n"
    post += "Please call your senator today about the bill.\n\nThank you,\n\nThe Tenants Network\n"
    assert parse_markdown(post).body.endswith("about the bill.")


PASTED_RELEASE = """---
title: Tenants Union Condemns Heating Cuts in Winter
date: 2021-01-12
---
Note: the release below was sent to members first

Contact: Jo Bloggs, Riverton Tenants Union: 555-010-2233

**TENANTS UNION CONDEMNS HEATNG CUTS IN WINTER**

January 12, 2021 \u2014 The Riverton Tenants Union today condemned the landlord's decision to cut heating \
hours in three blocks during the coldest month of the year.

The union asked the housing court to order the heating back on.
"""


def test_a_pasted_release_starts_after_its_own_title_line() -> None:
    article = parse_markdown(PASTED_RELEASE)
    assert article.headline == "Tenants Union Condemns Heating Cuts in Winter"
    assert article.body.startswith("The Riverton Tenants Union today condemned")
    assert "555" not in article.body and "Note:" not in article.body


def test_a_first_paragraph_unlike_the_title_is_kept() -> None:
    title_line = "**TENANTS UNION CONDEMNS HEATNG CUTS IN WINTER**"
    text = PASTED_RELEASE.replace(title_line, "**A statement from the union**")
    assert parse_markdown(text).body.startswith("Note: the release below")
