"""Recommendations: a need someone states for a change or more of something ("fresh rules are needed to curb
late-night noise, residents said") asks for it; a fact of how things work ("a permit is needed to park"), the
reason for a step already in hand ("the job cuts are needed to pay for X") and an unreported need ask nothing."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
NEEDED = [
    (
        "Fresh rules are needed to curb late-night noise in the old town, residents said.",
        ["Fresh rules are needed to curb late-night noise in the old town"],
    ),
    (
        "She said more teachers were needed in rural schools.",
        ["more teachers were needed in rural schools"],
    ),
    (
        "\"A proper review of the tender is needed before any money changes hands.\"",
        ["A proper review of the tender is needed before any money changes hands"],
    ),
    (
        "Stronger flood walls are needed along the estuary, engineers have told the council.",
        ["Stronger flood walls are needed along the estuary"],
    ),
    ("The firm says the job cuts are needed to pay for a new depot.", []),
    ("A permit is needed to park in the centre, the council said.", []),
    ("New staff are needed to run the larger store.", []),
    ("The boilers burn more gas than is needed to heat the hall, he said.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEEDED)
def test_stated_need(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
