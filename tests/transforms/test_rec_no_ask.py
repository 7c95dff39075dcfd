"""Recommendations: words that look like an ask's cue or modal and ask nothing (a story told "of" a
mission to a place, a place after "to", an adverb after "wanted", an infinitive before "and had to")."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
CASES = [
    # "Tells of" narrates; a capitalised word after "to" is a place, not an action.
    ("The second film tells of a relief convoy to Kosovo during the winter of 1999.", []),
    ("The film tells the story of a relief convoy to Kosovo during the winter of 1999.", []),
    ("The mayor is telling the bus firms to restore the night routes.", ["restore the night routes"]),
    # An adverb after "wanted" names no one asked.
    ('"If you wanted then to move money, you would need the code," the bank said.', []),
    # "Is believed to have hurt it and had to pull out": the infinitive is no subject of "had to".
    (
        "She is believed to have hurt her knee in the final and had to pull out of the exhibition match.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
