"""Recommendations: a need someone states for a change or more of something ("fresh rules are needed to curb
late-night noise, residents said") asks for it; a fact of how things work ("a permit is needed to park"),
the reason for a step already in hand ("the job cuts are needed to pay for X") and an unreported need ask
nothing. What someone says matters ("it is vital that X do Y") asks too."""

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


# What someone says matters ("it is vital that X do Y") asks it of the party the clause opens on; the
# speaker's own step, a negation and a past judgment nobody reports ask nothing.
MATTERS = [
    (
        "\u201cIt is vital that landlords check every smoke alarm,\u201d the fire chief said.",
        ["landlords check every smoke alarm"],
    ),
    (
        "It is important that parents read the labels on toys, campaigners argue.",
        ["parents read the labels on toys"],
    ),
    ("The coach said it was crucial that the referees were consistent.", ["the referees were consistent"]),
    ("\u201cIt is vital that we finish the bridge by spring,\u201d the mayor said.", []),
    ("It is not vital that the club sells its ground.", []),
    # A present passive names a state wished for, where a bare "be" asks the step.
    ("It is essential that the new code is fully applied, she said.", []),
    ("It is essential that the new code be fully applied, she said.", ["the new code be fully applied"]),
    ("It was important that the side won the opening game.", []),
]


@pytest.mark.parametrize(("text", "expected"), MATTERS)
def test_what_matters(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
