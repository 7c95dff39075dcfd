"""Recommendations: a lone dash opens the clause of a modal ("what I think - the league should act"), so
the view before it is the speaker's and the subject after it is the one asked; a pair of dashes sets
off an aside inside the subject and opens nothing."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

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
