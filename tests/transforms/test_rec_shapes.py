"""Recommendations: sentence shapes that look like asks and are not, and where an ask's clause ends."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (sentence, the asks expected in it)
SHAPES = [
    # Calls foreseen, not made: the sentence tells what may come.
    ("The mayor is likely to face further calls for a recount once the ballots are checked.", []),
    ("If anything, there may be louder calls for a fare freeze next winter.", []),
    ("The mayor will face calls for a recount.", []),
    # ... while a call renewed at a set occasion is still made.
    ("The union will renew calls for a fare freeze at its conference.", ["a fare freeze at its conference"]),
    # "That calls for X" means "that requires X": nobody is asked.
    ("The river keeps flooding, and that calls for a new kind of levee.", []),
    ("This calls for a rethink of the whole timetable.", []),
    ("The council passed a motion that calls for a fare freeze.", ["a fare freeze"]),
    # An ask that is not made: "without asking".
    ("The mayor said the town could fix its roads without asking residents to pay higher rates.", []),
    # What the asker pressed for stands before the cue; "and X" after "for" is another phrase.
    ("It was the plan the clubs had been pressing for and fans will welcome it.", []),
    # A clause with its own subject and verb inside the one asked is no one asked.
    ("The coach was heard telling the board he wants younger players to come to the club.", []),
    # ", and" then a verb in the past with its object: the asker's next deed, not part of the ask.
    (
        "The panel recommended a small rise in the fee, and phased it over two years to help the clubs.",
        ["a small rise in the fee"],
    ),
    # An appositive on what is asked ends the clause.
    (
        "The firm should sell its bus depots, a move that would raise some cash, analysts have said.",
        ["The firm should sell its bus depots"],
    ),
    # "and if ..." opens a condition of its own.
    (
        "\u201cThe new rules must be applied to every landlord and if that works we will see rents "
        "fall,\u201d "
        "she said.",
        ["The new rules must be applied to every landlord"],
    ),
    # A modal inside a relative clause whose noun has no article: "the points voters should weigh were".
    ("The priest said the points voters should weigh were housing and jobs.", []),
    # Readiness to act is an action asked for.
    (
        "The economist said the central bank should be ready to lower rates if sales fall.",
        ["the central bank should be ready to lower rates if sales fall"],
    ),
    (
        "The head said the school should be willing to open on Saturdays.",
        ["the school should be willing to open on Saturdays"],
    ),
    ("The head said the school should be ready for the inspectors.", []),
    # Quoted advice for a case foreseen: a condition first, then what a named body should do.
    (
        "\u201cSales were flat,\u201d said the trade body's economist. \u201cBut if the slowdown spreads, "
        "the bank should stand ready to lower rates.\u201d",
        ["the bank should stand ready to lower rates"],
    ),
    (
        "\u201cSales were flat,\u201d said the trade body's economist. \u201cIf costs keep climbing, "
        "the prices should increase too.\u201d",
        [],
    ),
    # "should still", "should not expect": what is expected, not what is asked.
    ("The chief executive said takings should still beat the forecasts.", []),
    ("The developers said players should not expect a sequel before 2030.", []),
    ("The chief executive said the staff must still pay the fee.", ["the staff must still pay the fee"]),
    # A modal inside an indirect question.
    ("The main point was whether the league should keep a single division for all clubs.", []),
    # An ask cut at a concession after "and" leaves no "and" behind.
    (
        "The analyst said paid links must be marked clearly and though they help some searches they mislead.",
        ["paid links must be marked clearly"],
    ),
    # The speaker's own changes, then what they could achieve: a plan described, not an ask.
    (
        "The minister said the cuts should be made quickly and could be finished by next spring.",
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SHAPES)
def test_sentence_shapes(sentence: str, expected: list[str]) -> None:
    assert asks_in(sentence) == expected
