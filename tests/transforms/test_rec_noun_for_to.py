"""Recommendations: a demand, plea, request, push or pressure "for X to Y" asks X to do Y ("a union demand
for the board to publish its pay rates"); "demand for coal continues to rise" names a market, and "pleas for
help to find X" a thing wanted, with no one asked."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
NOUN_FOR_TO = [
    (
        "The talks went ahead despite a union demand for the board to publish its pay rates.",
        ["publish its pay rates"],
    ),
    ("Residents sent a stream of requests for her to visit the estate.", ["visit the estate"]),
    (
        "The club resisted pressure for the accounts to be opened to fans, instead saying an audit will do.",
        ["the accounts to be opened to fans"],
    ),
    ("Demand for coal continues to rise in the north.", []),
    ("Farmers made pleas for help to find the missing sheep.", []),
    ("There was a push for a new stadium to lift the town's profile.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_FOR_TO)
def test_noun_for_someone_to_act(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
