"""Recommendations: where an ask's text ends (transforms/rec_text.py)."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# A condition set off by a comma after the action ("..., if the public is to trust it") closes the clause
# of the ask; a condition run on without a comma stays part of it.
# (paragraph, the asks expected in it)
CONDITIONS = [
    (
        "The watchdog said the accounts must be opened to auditors, if savers are to keep faith in the fund.",
        ["the accounts must be opened to auditors"],
    ),
    (
        "The coach urged the club to sign a new keeper, if the money can be found.",
        ["sign a new keeper"],
    ),
    # No comma: the condition limits the action itself.
    (
        "The panel said the driver should lose his licence if the test proves positive.",
        ["the driver should lose his licence if the test proves positive"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_condition_after_comma(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
