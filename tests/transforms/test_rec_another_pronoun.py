"""Recommendations: outside a quote, "he" or "she" after a reporting verb is someone else when the reporter
is a group or a person of the other sex ("the unions said he should resign"); "Mr Smith said he should
resign" may be the man speaking of himself."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
PRONOUNS = [
    ("The tenants' groups said he should resign over the repairs.", ["he should resign over the repairs"]),
    ("Mrs Okafor said he must repay the grant in full.", ["he must repay the grant in full"]),
    (
        "Most of those surveyed by the paper said she should step down as chair.",
        ["she should step down as chair"],
    ),
    # The reporter may be the one the pronoun names.
    ("Mr Smith said he should resign over the repairs.", []),
    ("He has said he should be judged on results.", []),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_of_another(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
