"""Page furniture left inside a web article's main text: appeals, repeated headlines, bare stamps."""

from __future__ import annotations

import pytest

from transforms.htmlnoise import drop_furniture, is_appeal, is_bare_token
from transforms.records import Block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Related: Ten bridges that changed the city", True),
        ("READ MORE: Council to vote on the ferry budget", True),
        ("Don't miss", True),
        ("Sign up for our morning briefing", True),
        ("Email Nadia Brook at nbrook@paper.example or follow her on social media.", True),
        ("Follow Ivo Grant on Twitter for more updates.", True),
        ("Have a tip? Send it to the newsroom.", True),
        ("Never miss the ferry news: get our weekly newsletter in your inbox.", True),
        ("Tell us what you think: write a letter to the editor.", True),
        ("(Photo credit: Harbour Authority)", True),
        ("Get the harbour guide every month. Click here for details.", True),
        (
            "Nadia Brook has covered the islands for ten years and wrote a book about their ferries, "
            "out this spring from a small press. Follow her on Twitter @nbrook. Follow us on Facebook.",
            True,
        ),
        ("She told her followers on Twitter the ferry was late again.", False),
        ("The council said more money was related to the ferry.", False),
        (
            "Islanders who subscribe to the ferry pass " + "will pay less than last year, " * 6 + "it said.",
            False,
        ),
        ("Readers who signed up early were told the ferry would run in May.", False),
        ("Follow-up inspections found no further damage.", False),
        # Notes that the site is paid through its links.
        (
            "This guide contains references to products from our partners. We may receive compensation "
            "when you buy through them.",
            True,
        ),
        ("This page may contain affiliate links, and we earn a commission on qualifying orders.", True),
        ("Affiliate disclosure", True),
        ("The ferry operator said it would receive compensation from the council for lost sailings.", False),
        ("Her recipe contains references to the island's old bakeries.", False),
    ],
)
def test_appeals(text: str, expected: bool) -> None:
    assert is_appeal(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://paper.example/2020/01/ferry", True),
        ("2019-11-19T08:57:40+01:00", True),
        ("2019-11-19", True),
        ("Ferry", False),
        ("The ferry sails at 08:57 on 2019-11-19.", False),
    ],
)
def test_bare_tokens(text: str, expected: bool) -> None:
    assert is_bare_token(text) is expected


def test_furniture_is_dropped_and_the_story_kept() -> None:
    blocks = [
        Block("p", "Ferry service to resume in May"),
        Block("p", "The island ferry will run again from May, the operator said on Tuesday."),
        Block("p", "Related: Other island stories"),
        Block("li", "Harbour wall repaired"),
        Block("li", "New timetable for buses"),
        Block("p", "Repairs to the ramp took longer than planned, the operator added."),
        Block("li", "Tickets go on sale in April."),
        Block("p", "2021-03-02T10:00:00Z"),
    ]
    kept = drop_furniture(blocks, "Ferry service to resume in May")
    assert [b.text for b in kept] == [
        "The island ferry will run again from May, the operator said on Tuesday.",
        "Repairs to the ramp took longer than planned, the operator added.",
        "Tickets go on sale in April.",
    ]


def test_a_headline_deep_in_the_text_is_kept() -> None:
    story = [Block("p", f"Paragraph {n} of the story about the ferry.") for n in range(4)]
    blocks = [*story, Block("p", "Ferry service to resume in May")]
    assert drop_furniture(blocks, "Ferry service to resume in May") == blocks


def test_nothing_dropped_when_nothing_would_be_left() -> None:
    blocks = [Block("p", "Related: more stories")]
    assert drop_furniture(blocks) == blocks


@pytest.mark.parametrize(
    "tail",
    [
        [Block("h", "Tell us what you think")],
        [Block("h", "Tell us what you think"), Block("p", "Comments")],
        [Block("h", "More from the islands"), Block("h", "Sign in")],
    ],
)
def test_a_box_title_after_the_story_is_dropped(tail: list[Block]) -> None:
    story = [Block("p", "The island ferry will run again from May."), Block("h", "What comes next")]
    story.append(Block("p", "Tickets go on sale in April."))
    assert drop_furniture([*story, *tail]) == story


def test_a_heading_followed_by_its_text_is_kept() -> None:
    blocks = [
        Block("p", "The island ferry will run again from May."),
        Block("h", "Timetable"),
        Block("p", "Boats leave the harbour hourly from seven until seven."),
    ]
    assert drop_furniture(blocks) == blocks


STORY = [
    Block("p", "The island ferry will run again from May, the operator said on Tuesday."),
    Block("p", "Repairs to the ramp took longer than planned, the operator added."),
]
TEASERS = [
    Block("h", "Harbour wall repaired after the winter storms"),
    Block("h", "New bus timetable for the island from June"),
    Block("h", "Lighthouse keeper retires after forty years"),
]


def test_a_stack_of_teaser_headlines_is_dropped() -> None:
    assert drop_furniture([STORY[0], *TEASERS, STORY[1]]) == STORY


def test_two_headings_in_a_row_and_short_stacked_headings_are_kept() -> None:
    pair = [STORY[0], TEASERS[0], TEASERS[1], STORY[1]]
    assert drop_furniture(pair) == pair
    recipe = [STORY[0], Block("h", "Ferry cake"), Block("h", "Ingredients"), Block("h", "Method"), STORY[1]]
    assert drop_furniture(recipe) == recipe


def test_a_list_after_an_appeal_and_a_teaser_stack_is_kept() -> None:
    steps = [Block("li", "Book a seat online."), Block("li", "Arrive ten minutes early.")]
    blocks = [STORY[0], Block("p", "Sign up for our newsletter"), *TEASERS, *steps]
    assert drop_furniture(blocks) == [STORY[0], *steps]
