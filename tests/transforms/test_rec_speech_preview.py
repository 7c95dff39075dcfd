"""Recommendations: an ask announced for a speech ("she will praise the staff and call for a pay review")
is reported as "she will call for" is, where "prices will rise and call for new budgets" has no speaker."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
PREVIEWS = [
    (
        "In Leeds the minister will praise the nurses and call for a review of agency fees.",
        ["a review of agency fees"],
    ),
    ("In her speech she will call for a ban on fixed-odds machines.", ["a ban on fixed-odds machines"]),
    ("Costs will climb and call for bigger budgets.", []),
]


@pytest.mark.parametrize(("text", "expected"), PREVIEWS)
def test_speech_preview(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
