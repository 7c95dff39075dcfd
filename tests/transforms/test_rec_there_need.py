"""Recommendations: a quoted "there needs to be a review", stressed or not ("there does need to be"), asks
for the review to happen, where a quoted "there should be more gains" may only forecast; "does" stressing a
need is no part of its subject ("the board does need to act")."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
THERE_NEED = [
    (
        'The coach said: "There needs to be a full review of the rules."',
        ["There needs to be a full review of the rules"],
    ),
    (
        '"There does need to be a vote on this, a free vote."',
        ["There does need to be a vote on this, a free vote"],
    ),
    ('"There needs to be a reason for it."', []),
    ('"There should be more gains next year."', []),
]


@pytest.mark.parametrize(("text", "expected"), THERE_NEED)
def test_quoted_there_need(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
