"""Site and release furniture around a body: contacts, appeals and footers."""

from __future__ import annotations

import pytest

from transforms.layouts.boilerplate import is_contact, trim_footer


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Media: Jane Roe, communications director, 0400 111 222, jane.roe@example.org", True),
        ("Jane Roe 0400 111 222", True),
        ("Please contact Jane Roe on 0400 111 222 for interviews.", True),
        ("Media contact: the press office", True),
        # A sentence of the story that happens to end with a number to call.
        ("Copies of the report can be had from the office or by calling the fund at 212.555.0100.", False),
        ("The council said the flood had cost 1,250,000 dollars so far this year.", False),
    ],
)
def test_is_contact(paragraph: str, expected: bool) -> None:
    assert is_contact(paragraph) is expected


def test_donor_countries_giving_us_dollars_are_not_an_appeal() -> None:
    story = [
        "The relief agency said the harvest had failed for a second year.",
        "Donor countries have made donations of US $256,000, and supporters of the programme gave more.",
        "The agency expects to feed 40,000 people through the winter.",
    ]
    assert trim_footer(story) == (story, [])


def test_an_appeal_to_the_reader_is_cut() -> None:
    story = ["The agency expects to feed 40,000 people through the winter."]
    appeal = ["Join us: every supporter counts. Donate today and become part of the movement."]
    assert trim_footer(story + appeal) == (story, appeal)
