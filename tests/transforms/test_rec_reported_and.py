"""Recommendations: a second clause after a comma and "and" ("says the plan has failed, and the council must
act") is reported by the same verb as the first."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# A second reported clause joined by a comma and "and".
REPORTED_AND = [
    (
        "Now the union says the old deal has run its course, and the owners must open new talks.",
        ["the owners must open new talks"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_AND)
def test_reported_after_comma_and(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
