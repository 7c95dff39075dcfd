"""Recommendations: "wants it to sell the stake" asks a body, named before as "it", to act; "the tune
we want it to play" ends on the bare verb of a relative clause and asks no one anything."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
WANTS_IT = [
    (
        "The pension fund holds 3% of the bank and wants it to sell its insurance arm.",
        ["sell its insurance arm"],
    ),
    ("Shareholders want it to return cash rather than buy rivals.", ["return cash rather than buy rivals"]),
    # States and outcomes after "to" stay wishes; a bare verb ending the clause asks nothing.
    ("The club wants it to be a long stay.", []),
    ("Pick the song you want it to play.", []),
]


@pytest.mark.parametrize(("text", "expected"), WANTS_IT)
def test_wants_it_to(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
