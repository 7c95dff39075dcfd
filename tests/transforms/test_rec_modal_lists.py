"""Recommendations: list items that each say what someone should or must do are asks even when their
lead-in names no demands."""

from __future__ import annotations

import pytest
from rec_cases import asks_in_blocks, paragraph


def test_items_that_each_say_what_should_be_done_are_asks() -> None:
    items = [
        "The council should publish its spending on roads every quarter.",
        "No new car parks should be approved without a transport study.",
        "The mayor must set a date for the tram extension.",
    ]
    blocks = [paragraph("The committee's main points included:"), *(("li", item) for item in items)]
    assert asks_in_blocks(*blocks) == items


@pytest.mark.parametrize(
    "items",
    [
        # Findings with a stray modal among them are no asks.
        (
            "Most tenants waited a week for repairs.",
            "A third said the lift should have been fixed.",
            "Rents rose by 4%.",
            "Fewer than half knew how to complain.",
        ),
        # One item is no list.
        ("The council should publish its spending on roads every quarter.",),
    ],
)
def test_lists_of_findings_stay_out(items: tuple[str, ...]) -> None:
    blocks = [paragraph("The survey found:"), *(("li", item) for item in items)]
    assert asks_in_blocks(*blocks) == []


def test_a_heading_inside_a_list_already_taken_adds_nothing() -> None:
    blocks = [
        paragraph("The college recommends:"),
        paragraph("For children:"),
        ("li", "Schools should offer a free lunch to every pupil."),
        ("li", "Each school should have a nurse."),
        paragraph("For parents:"),
        ("li", "Parents should be told of every test result."),
        ("li", "Evening classes should be free."),
    ]
    asks = asks_in_blocks(*blocks)
    assert len(asks) == len(set(asks)) == 4
