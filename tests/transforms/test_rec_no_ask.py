"""Recommendations: words that look like an ask's cue or modal and ask nothing (a story told "of" a
mission to a place, a place after "to", an adverb after "wanted", an infinitive before "and had to",
telephone calls, a forecast beside an ask) and where a look-alike would run an ask on too far."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
CASES = [
    # "Tells of" narrates; a capitalised word after "to" is a place, not an action.
    ("The second film tells of a relief convoy to Kosovo during the winter of 1999.", []),
    ("The film tells the story of a relief convoy to Kosovo during the winter of 1999.", []),
    ("The mayor is telling the bus firms to restore the night routes.", ["restore the night routes"]),
    # "A right of appeal to the tribunal": "appeal" as a noun appeals to no one.
    (
        "He said the tenants had a right of appeal to the housing panel and the decision to evict them "
        "was upheld there.",
        [],
    ),
    ("The mayor is appealing to the bus firms to restore the night routes.", ["restore the night routes"]),
    # A second "wants" names no one asked: the first one's object ends before it.
    ('"He wants a long contract and wants to make sure it suits him," his agent said.', []),
    # An adverb after "wanted" names no one asked.
    ('"If you wanted then to move money, you would need the code," the bank said.', []),
    # "Calls" at the head of the sentence's subject: the sentence's own verb ends what was asked.
    (
        "But calls for a second ferry have fallen on deaf ears at the council.",
        ["a second ferry"],
    ),
    # A version number ends its sentence when a capital follows.
    (
        "The makers recommended that users upgrade to version 2.4.1. The fault affects every older copy.",
        ["users upgrade to version 2.4.1"],
    ),
    # ... and so does a sum of money.
    (
        '"We are calling for the fare to be cut to \u00a31.45. That is what riders want," the group said.',
        ["the fare to be cut to \u00a31.45"],
    ),
    # An attribution closing the sentence is no part of the ask.
    (
        "Ministers urged the county to reopen the depot despite its costs, the council has indicated.",
        ["reopen the depot despite its costs"],
    ),
    # Beside an ask, a "should" of how things will go is still a forecast.
    (
        '"The council must repair the sea wall. The harbour should emerge with little damage," she said.',
        ["The council must repair the sea wall"],
    ),
    # What is recommended was named before when only its receivers follow.
    ('"We prefer paper forms and we recommend this to all our members too," the secretary said.', []),
    # Telephone calls listed are no demands.
    ("The free calls do not include calls to mobiles, numbers such as 0870 or overseas lines.", []),
    (
        "The union set out calls such as a pay rise, shorter shifts and a new canteen.",
        ["a pay rise", "shorter shifts and a new canteen"],
    ),
    # "Is believed to have hurt it and had to pull out": the infinitive is no subject of "had to".
    (
        "She is believed to have hurt her knee in the final and had to pull out of the exhibition match.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
