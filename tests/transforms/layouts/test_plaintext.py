"""Plain stories: a headline line, then paragraphs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from transforms.decode import decode_text
from transforms.layouts.plaintext import parse_plaintext, strip_dateline
from transforms.layouts.text import detect_layout, parse_text

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"

STORY = """Rail fares to rise by 3% in January

Train fares in England will rise by an average of 3% from January, the transport department has said.

The increase is below inflation for the first time in four years.

Passenger groups said the rise was "still too much" for commuters, who have seen fares climb by a
third over the decade.
"""


def test_headline_then_paragraphs() -> None:
    assert detect_layout(STORY) == "plain"
    article = parse_plaintext(STORY)
    assert article.headline == "Rail fares to rise by 3% in January"
    assert [b.kind for b in article.blocks] == ["p", "p", "p"]
    assert article.blocks[2].text.endswith("who have seen fares climb by a third over the decade.")
    assert article.body.startswith("Train fares in England")


def test_story_ending_on_prose_about_donations_is_not_cut() -> None:
    text = STORY + "\nThe charity said donations from supporters and members had fallen by half this year.\n"
    assert parse_plaintext(text).body.endswith("had fallen by half this year.")


@pytest.mark.parametrize(
    ("text", "rest", "day"),
    [
        ("New York, October 21, 2014 \u2013 City agencies are not doing enough, a report found today.",
         "City agencies are not doing enough, a report found today.", 21),
        ("WASHINGTON, DC--The board has released a report on the programme and its costs this week.",
         "The board has released a report on the programme and its costs this week.", None),
        ("Tony Blair has backed the report amid claims it was too optimistic about the economy.",
         "Tony Blair has backed the report amid claims it was too optimistic about the economy.", None),
    ],
)
def test_strip_dateline(text: str, rest: str, day: int | None) -> None:
    got, when = strip_dateline(text)
    assert got == rest
    assert (when.day if when else None) == day


def _bbc_files() -> list[Path]:
    root = CORPUS / "bbc"
    if not root.exists():
        pytest.skip("shared corpus not present")
    return sorted(root.glob("*/*.txt"))


@pytest.mark.corpus
def test_bbc_stories_parse_as_plain_with_whole_bodies() -> None:
    files = _bbc_files()[::10]
    for path in files:
        text = decode_text(path.read_bytes())
        article = parse_text(text, str(path))
        first_line = text.strip().split("\n", 1)[0].strip()
        assert article.headline == first_line, path
        last = [line for line in text.strip().split("\n") if line.strip()][-1].strip().lstrip("-\u2022 ")
        assert article.body.endswith(" ".join(last.split())), path


@pytest.mark.corpus
def test_bbc_parsing_is_fast() -> None:
    texts = [decode_text(p.read_bytes()) for p in _bbc_files()[:400]]
    start = time.perf_counter()
    for text in texts:
        parse_text(text)
    per_article = (time.perf_counter() - start) / len(texts)
    assert per_article < 0.001


@pytest.mark.parametrize(
    ("line", "is_role"),
    [
        ("Minister for Regional Roads", True),
        ("Jo Bloggs MP   Shadow Minister for Housing and  Planning", True),
        ("Councillor Ann Lee Spokesperson for Parks and Gardens", True),
        ("Senator Grey must back the housing bill this week", False),
        ("Flood levy to fund new levees", False),
        ("The Shadow Minister for Housing, Jo Bloggs, today asked the council to", False),
    ],
)
def test_role_line(line: str, is_role: bool) -> None:
    from transforms.layouts.plaintext import role_line

    assert role_line(line) is is_role


def test_byline_on_the_headline_line_is_split_off() -> None:
    from transforms.layouts.plaintext import split_byline

    assert split_byline("ADDRESS TO THE PARTY CONGRESS  By The Hon. Sam Ryder") == (
        "ADDRESS TO THE PARTY CONGRESS",
        "By The Hon. Sam Ryder",
    )
    assert split_byline("Stand by me, says the coach") == ("Stand by me, says the coach", None)


@pytest.mark.parametrize(
    ("texts", "keep"),
    [
        (["The hall reopens on Monday.", "Thank you,", "The Residents' Group"], 1),
        (["The hall reopens on Monday.", "Yours sincerely", "Pat Doyle", "Secretary"], 1),
        (["The hall reopens on Monday.", "4 March 2019"], 1),
        (["The hall reopens on Monday.", "Thank you, said the mayor, to everyone who helped paint it."], 2),
        (["The hall reopens on Monday.", "It closed on 4 March 2019 after a storm."], 2),
    ],
)
def test_signoff_start(texts: list[str], keep: int) -> None:
    from transforms.layouts.plaintext import signoff_start

    assert signoff_start(texts) == keep


def test_letterhead_and_page_header_above_the_headline_are_not_the_headline() -> None:
    text = (
        "Jo Bloggs MP   Shadow Minister for Housing\n\n"
        "Flood levy to fund new levees\n\n"
        "The council will raise a flood levy to pay for two new levees, the shadow minister said.\n"
    )
    article = parse_plaintext(text)
    assert article.headline == "Flood levy to fund new levees"
    assert article.byline == "Jo Bloggs MP   Shadow Minister for Housing"
    printed = (
        "Flood levy to fund new levees  Published on Town News (http://news.example.org)\n\n"
        "Flood levy to fund new levees\n\n"
        "The council will raise a flood levy to pay for two new levees, the shadow minister said.\n"
    )
    assert parse_plaintext(printed).headline == "Flood levy to fund new levees"


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ("24 March 2010", True),
        ("Source URL:", True),
        ("The council should:", False),
        ("Australia should:", False),
        ("Media Contact: Lee Park 0400 123 456", True),
        ("For further information contact: the press office", True),
        ("The vote was held on 24 March 2010.", False),
        ("http://example.org/news/item-7", True),
        ("Jo Bloggs MP  Shadow Minister for Housing", False),
    ],
)
def test_is_stray_line(text: str, stray: bool) -> None:
    from transforms.layouts.plaintext import is_stray_line

    assert is_stray_line(text) is stray


def test_page_header_repeated_in_the_text_is_dropped() -> None:
    from transforms.layouts.plaintext import is_stray_line

    header = "Jo Bloggs MP  Shadow Minister for Housing"
    assert is_stray_line("Jo Bloggs MP Shadow Minister  for Housing", [header])
