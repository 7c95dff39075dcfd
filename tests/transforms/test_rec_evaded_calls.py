"""Recommendations: calls someone sidesteps, dodges or fends off ("dodged demands to resign") were still
made by others, as calls resisted or rejected are."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
EVADED = [
    (
        "The chief executive sidestepped calls to cap the bonuses paid to traders.",
        ["cap the bonuses paid to traders"],
    ),
    ("The chairman has dodged demands to resign over the losses.", ["resign over the losses"]),
    ("For months the board fended off calls to sell the stadium.", ["sell the stadium"]),
    # A telephone call dodged is no call made of anyone.
    ("The striker dodged calls from reporters all week.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVADED)
def test_evaded_calls(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
