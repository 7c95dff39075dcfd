"""Recommendations: "urging members who missed the vote to write to the chair" asks the ones a "who" clause
picks out, as "urging members to write" does; a clause whose own verb takes the "to" ("those who plan to
travel", "a boy who is sent to live") asks nothing of them."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
WHO_CLAUSE = [
    (
        "The union is urging members who missed the ballot to write to the chair.",
        ["write to the chair"],
    ),
    (
        "Officers are asking anyone who saw the red van to call the station.",
        ["call the station"],
    ),
    (
        "The leader will call on voters who feel \"ignored\" by the council to back his slate.",
        ["back his slate"],
    ),
    ("The mayor urged those who plan to travel to check the timetable first.", []),
    ("The film tells the story of a boy who is sent to live with his aunt.", []),
]


@pytest.mark.parametrize(("text", "expected"), WHO_CLAUSE)
def test_who_clause_names_the_asked(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
