"""Recommendations: "should stay alert", "must remain vigilant" ask for a way of acting to be kept up, where
"should stay in the squad" or "must remain a member" state where or what someone is."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
KEPT = [
    (
        "The bank warned that customers should stay alert to fake messages.",
        ["customers should stay alert to fake messages"],
    ),
    (
        "The coastguard said that walkers must remain vigilant on the cliff paths.",
        ["walkers must remain vigilant on the cliff paths"],
    ),
    ("The manager said that the captain should stay a member of the squad.", []),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_conduct(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
