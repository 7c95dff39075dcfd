"""Recommendations: "I would urge parents to check the labels", "we would ask them to keep rises low" are the
speaker asking, softened by "would"; a "would" of someone else's ("they would urge", "he said he would urge")
still tells what may be done, not an ask made."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
POLITE = [
    ('"I would urge parents to check the labels," the nurse said.', ["check the labels"]),
    (
        "The minister urged the boards to plan ahead."
        ' "We would at the very least ask them to keep rises low."',
        ["plan ahead", "keep rises low"],
    ),
    ('"We would strongly urge drivers to slow down near schools."', ["slow down near schools"]),
    ('"They would urge parents to check the labels," the nurse said.', []),
    ("The nurse said she would urge parents to check the labels.", []),
]


@pytest.mark.parametrize(("text", "expected"), POLITE)
def test_polite_would(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
