"""Press releases converted from PDF: preamble metadata, rejoined lines, no page furniture or contacts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from transforms.decode import decode_text
from transforms.layouts.press_release import dehyphenate_join, parse_release, rejoin_lines
from transforms.layouts.text import detect_layout, parse_text

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "advocacy" / "trove_au_parliament"

RELEASE = """Councillor Mary Fenn  Spokesperson for Transport
MEDIA RELEASE
Thursday 14 March 2019

Bus lanes for the northern corridor

The council will build twelve kilometres of bus lanes on the northern corridor, cutting
journey times for thirty thousand daily passengers, Councillor Fenn announced today.

"Buses stuck in traffic serve nobody. These lanes put the bus back in front," Councillor
Fenn said.

Page 1 of 2

Work starts in May and will be finished before the school year, with a well-
known contractor and a self-
funded maintenance plan.

Media contact: Lee Park 0400 123 456

Authorised by M. Fenn, Town Hall, Northam.
"""


def test_preamble_becomes_metadata() -> None:
    assert detect_layout(RELEASE) == "release"
    article = parse_release(RELEASE)
    assert article.headline == "Bus lanes for the northern corridor"
    assert article.published_at == datetime(2019, 3, 14)
    assert article.byline == "Councillor Mary Fenn  Spokesperson for Transport"


def test_body_is_rejoined_and_free_of_furniture() -> None:
    article = parse_release(RELEASE)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("The council will build twelve kilometres")
    assert paragraphs[0].endswith("Councillor Fenn announced today.")
    assert paragraphs[1].endswith("Councillor Fenn said.")
    assert paragraphs[2] == (
        "Work starts in May and will be finished before the school year, with a well-known contractor "
        "and a self-funded maintenance plan."
    )
    for furniture in ("Page 1", "0400", "Authorised", "MEDIA RELEASE"):
        assert furniture not in article.body


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the govern-", "ment said", "the government said"),
        ("a self-", "funded plan", "a self-funded plan"),
        ("in 2019-", "20 budget", "in 2019-20 budget"),
        ("the end of", "the line", "the end of the line"),
        ("an Asia-", "Pacific deal", "an Asia-Pacific deal"),
    ],
)
def test_dehyphenate_join(left: str, right: str, joined: str) -> None:
    assert dehyphenate_join(left, right, set()) == joined


def test_known_compound_keeps_its_hyphen() -> None:
    assert dehyphenate_join("a cease-", "fire now", {"cease-fire"}) == "a cease-fire now"


def test_double_spaced_pages_are_rejoined() -> None:
    page = (
        "Doctors have called for an inquiry into\n\nall centres run by the company. The call\n\n"
        "follows reports on television last\n\nnight.\n\nA second paragraph starts here and goes on\n\n"
        "to its end.\n"
    )
    paras = rejoin_lines(page.split("\n"))
    assert [" ".join(p) for p in paras] == [
        "Doctors have called for an inquiry into all centres run by the company. The call follows reports "
        "on television last night.",
        "A second paragraph starts here and goes on to its end.",
    ]


def test_one_paragraph_per_line_keeps_list_items_apart() -> None:
    # Blank lines between every line, but lines of every length: not a wrapped page.
    page = (
        "MEDIA RELEASE\n\n3 May 2021\n\nCyclists want safer streets\n\n"
        "The cycling club today set out what it wants from the council before the summer season, after "
        "a spring in which three riders were hurt on the ring road and the club lost two of its marshals.\n\n"
        "The council should:\n\n"
        "Paint protected lanes on the ring road\n\n"
        "Lower the limit near schools\n\n"
        "Fix the potholes on Mill Lane before the race in June, which the club has asked for since 2019\n\n"
        "Meet riders every season.\n\n"
        "Which streets come first?\n\n"
        "On the ring road\n\n"
        "Wider lanes at the roundabouts\n\n"
        "Club secretary Ann Dale said the requests were modest and that riders had waited long enough for "
        "the council to act on them, adding that the club would keep counting the crashes.\n"
    )
    article = parse_release(page)
    texts = [block.text for block in article.blocks]
    assert article.extra["layout"] == "press_release"
    start = texts.index("The council should:")
    assert texts[start + 1 : start + 5] == [
        "Paint protected lanes on the ring road",
        "Lower the limit near schools",
        "Fix the potholes on Mill Lane before the race in June, which the club has asked for since 2019",
        "Meet riders every season.",
    ]
    assert texts[start + 5 : start + 8] == [
        "Which streets come first?",
        "On the ring road",
        "Wider lanes at the roundabouts",
    ]


def test_date_in_the_file_name_is_the_fallback() -> None:
    text = RELEASE.replace("Thursday 14 March 2019\n", "")
    assert parse_text(text, "/in/2019-03-15-fenn-mary-1.txt").published_at == datetime(2019, 3, 15)
    assert parse_text(RELEASE, "/in/2019-03-15-fenn-mary-1.txt").published_at == datetime(2019, 3, 14)


@pytest.mark.corpus
def test_trove_releases_parse_without_contacts_or_page_numbers() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        pytest.skip("shared corpus not present")
    for path in files:
        article = parse_text(decode_text(path.read_bytes()), str(path))
        assert article.headline and article.body, path
        assert article.published_at is not None, path
        assert "Page 1 of" not in article.body, path
        assert "Media contact" not in article.body, path


LETTERHEAD_FIRST = """Flood levy to fund new levees

Jo Bloggs - Shadow Minister for Housing

Media Statement - 3 May 2001

The Shadow Minister for Housing, Jo Bloggs,
today called on the council to raise a flood
levy to pay for two new levees on the river.

"The river has flooded the town three times in
ten years", Ms Bloggs said.

Authorised by P. Smith, 4 High Street,
Northam 6401.
"""


def test_headline_above_the_letterhead_and_wrapped_first_paragraph() -> None:
    article = parse_release(LETTERHEAD_FIRST)
    assert article.headline == "Flood levy to fund new levees"
    assert article.byline == "Jo Bloggs - Shadow Minister for Housing"
    assert article.published_at == datetime(2001, 5, 3)
    assert article.body.startswith("The Shadow Minister for Housing, Jo Bloggs, today called on")
    assert article.body.endswith('Ms Bloggs said.')
    assert "Northam" not in article.body


FUSED = (
    "Senator Kim Lowe Senator for the North Spokesperson for Rivers\n\n"
    "Press Release Dated: 9 Jul 2002 Press Release Number: 02/118\n\n"
    "Senate backs river clean-up plan The Senate today passed a motion calling on the government"
    " to fund a clean-up of the northern rivers before the wet season.\n\n"
    '"The rivers cannot wait another year," said Senator Lowe.\n'
)


def test_headline_run_into_the_first_sentence_is_split_off() -> None:
    article = parse_release(FUSED)
    assert article.headline == "Senate backs river clean-up plan"
    assert article.byline == "Senator Kim Lowe Senator for the North Spokesperson for Rivers"
    assert article.published_at == datetime(2002, 7, 9)
    assert article.body.startswith("The Senate today passed a motion")


SHORT_HEADLINE = """Councillor Ann Lee  Spokesperson for Parks

Media Release

27 April 2018

Parks need more shade trees.

Councillor Lee has asked the council to plant five hundred shade trees in the city's parks before summer,
after residents complained that the playgrounds were too hot to use in the afternoon.

"Children should be able to play outside in summer," Councillor Lee said.
"""


def test_short_headline_ending_in_a_full_stop_after_the_date() -> None:
    article = parse_release(SHORT_HEADLINE)
    assert article.headline == "Parks need more shade trees."
    assert article.byline == "Councillor Ann Lee  Spokesperson for Parks"
    assert article.body.startswith("Councillor Lee has asked the council")


def test_headline_wrapped_onto_a_lower_case_line_is_joined() -> None:
    text = (
        "Media Release\n\n12/03/99\n\nCouncil \nsays \"No more parking\"\nResidents welcome the decision\n\n"
        + SHORT_HEADLINE.split("Parks need more shade trees.\n\n", 1)[1]
    )
    assert parse_release(text).headline == 'Council says "No more parking"'


def test_letter_spaced_release_banner_marks_a_release() -> None:
    text = (
        "Jo Bloggs MP   Shadow Minister for Housing\n\nFlood levy to fund new levees\n\n"
        "The council will raise a flood levy for two new levees, the shadow minister said today.   M\n\n"
        "E D I A  R E L E A S E\n\n"
        '"The river has flooded the town three times in ten years," Ms Bloggs said.\n'
    )
    assert detect_layout(text) == "release"
    article = parse_text(text)
    assert article.headline == "Flood levy to fund new levees"
    assert "E D I A" not in article.body
