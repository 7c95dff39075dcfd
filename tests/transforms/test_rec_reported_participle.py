"""Recommendations: a view reported by a participle ("joined those warning that the fund must be shared out",
"arguing that X should") is reported as "warned that" reports it."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

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
