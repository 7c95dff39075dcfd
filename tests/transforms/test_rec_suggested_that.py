"""Recommendations: "the coach suggested that younger players should get a chance" proposes a step, as it does
without "that"; what figures or a survey "suggested that X should" is still a reading of evidence."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
SUGGESTED_THAT = [
    (
        "The coach suggested that younger players should get a chance in the cup.",
        ["younger players should get a chance in the cup"],
    ),
    (
        "Ms Rowe suggests that smaller councils should share their payroll staff.",
        ["smaller councils should share their payroll staff"],
    ),
    ("The figures suggested that the bank should hold rates for now.", []),
    ("A survey suggests that the market should steady itself by spring.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUGGESTED_THAT)
def test_suggested_that_should(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
