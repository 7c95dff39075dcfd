"""Recommendations: "suggested the fees could be capped" proposes a step to be taken on a thing; "suggested
a price war could break out" foresees, and evidence that "suggested the dip could be ..." proposes nothing."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
SUGGESTED = [
    (
        "The inspectors suggested schools could be graded on their sports facilities.",
        ["schools could be graded on their sports facilities"],
    ),
    (
        "The mayor has suggested the surplus could be spent on new cycle lanes.",
        ["the surplus could be spent on new cycle lanes"],
    ),
    ("Some traders suggested a price war could break out.", []),
    ("The figures suggested the dip could be explained by the weather.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUGGESTED)
def test_suggested_could_be(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
