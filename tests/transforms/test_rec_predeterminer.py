"""Recommendations: "all the minutes should be released" is one noun phrase before its modal, where a
second noun phrase after a noun ("the fee our members must pay") opens a relative clause."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
SUBJECTS = [
    (
        "The councillor says all the minutes should now be released.",
        ["all the minutes should now be released"],
    ),
    (
        "The auditor said both the depots must be sold before the summer.",
        ["both the depots must be sold before the summer"],
    ),
    # A second phrase after a noun still marks a relative clause.
    ("The treasurer said the fee our members must pay was too high.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_predeterminer_subject(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
