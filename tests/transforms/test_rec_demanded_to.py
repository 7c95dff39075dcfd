"""Recommendations: "demanded to know X" asks whoever holds the answer to give it; "demanded to take a test"
is the asker's own step."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
DEMANDED_TO = [
    (
        "The opposition leader demanded to know who had approved the contract.",
        ["know who had approved the contract"],
    ),
    ("Parents are demanding to be told why the school was shut.", ["be told why the school was shut"]),
    ("The driver demanded to take a second breath test.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEMANDED_TO)
def test_demanded_to(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
