"""Recommendations put in someone's mouth (transforms/rec_attribution.py): reporting participles, a
report after ", and", a pronoun for another party, and a dash opening the clause a modal asks in."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# A view reported by a participle ("joined those warning that the fund must be shared out", "arguing that X
# should") is reported as "warned that" reports it.
# (paragraph, the asks expected in it)
REPORTED = [
    (
        "The bishop joined those warning that the relief fund must be shared out fairly.",
        ["the relief fund must be shared out fairly"],
    ),
    (
        "The tenants wrote to the paper, arguing that the council should repair the lifts first.",
        ["the council should repair the lifts first"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_by_participle(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# A second clause after a comma and "and" ("says the plan has failed, and the council must act") is
# reported by the same verb as the first.
REPORTED_AND = [
    (
        "Now the union says the old deal has run its course, and the owners must open new talks.",
        ["the owners must open new talks"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_AND)
def test_reported_after_comma_and(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# Outside a quote, "he" or "she" after a reporting verb is someone else when the reporter is a group or a
# person of the other sex ("the unions said he should resign"); "Mr Smith said he should resign" may be the
# man speaking of himself.
# (paragraph, the asks expected in it)
PRONOUNS = [
    ("The tenants' groups said he should resign over the repairs.", ["he should resign over the repairs"]),
    ("Mrs Okafor said he must repay the grant in full.", ["he must repay the grant in full"]),
    (
        "Most of those surveyed by the paper said she should step down as chair.",
        ["she should step down as chair"],
    ),
    # The reporter may be the one the pronoun names.
    ("Mr Smith said he should resign over the repairs.", []),
    ("He has said he should be judged on results.", []),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_of_another(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# A lone dash opens the clause of a modal ("what I think - the league should act"), so the view before it
# is the speaker's and the subject after it is the one asked; a pair of dashes sets off an aside inside the
# subject and opens nothing.
# (paragraph, the asks expected in it)
DASHES = [
    (
        "\u201cIt only confirms what I think - there should be a replay panel at every ground,\u201d "
        "the coach said.",
        ["there should be a replay panel at every ground"],
    ),
    (
        "“I said so last year and I think the same - the council must fix the roof,” she said.",
        ["the council must fix the roof"],
    ),
    # The aside between two dashes stays inside the subject's phrase: no clause of its own.
    (
        "The minister said his remarks - made years ago - needed to be read in context.",
        ["his remarks - made years ago - needed to be read in context"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHES)
def test_dash_opens_clause(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
