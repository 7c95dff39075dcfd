"""Recommendations: advice to the public or a class of people ("advises consumers to compare tariffs") is
an ask; advice to one person in a story, and a passive ("was advised to rest"), tell what happened."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
ADVICE = [
    ("The watchdog advises consumers to compare tariffs every year.", ["compare tariffs every year"]),
    (
        "The maker advised users not to leave the chargers plugged in overnight.",
        ["not to leave the chargers plugged in overnight"],
    ),
    ("The linesman advised the referee to award a penalty.", []),
    ("She was advised to rest for a month.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE)
def test_advice_to_the_public(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
