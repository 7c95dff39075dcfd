"""Recommendations: a thing or step someone asks for ("asked for an inquiry"), and the uses of "ask for" that
request nothing of anyone: a passive, a past scene, a manner judged, a bare word after "for"."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
ASKED_FOR = [
    (
        "The regulator has asked for a full account of the missing funds.",
        ["a full account of the missing funds"],
    ),
    ("The union is asking for a pay review before the summer.", ["a pay review before the summer"]),
    (
        "The mayor wrote to the minister asking for a timetable for the new bridge.",
        ["a timetable for the new bridge"],
    ),
    # The question is put to the subject, who is asked, not asking.
    ("The pupils were asked for their opinions on the menu.", []),
    ("Asked for his view, the coach smiled.", []),
    # A past scene, a manner judged, a possibility: nothing sought of anyone now.
    ("Two tourists were asking for directions to the museum.", []),
    ("Guards improperly asked for passports at the gate.", []),
    ("You could not ask for a better start to the season.", []),
    # A bare word after "for" names no step.
    ("Fans who jeer the keeper are asking for trouble.", []),
    ("The manager was asking for more from his forwards.", []),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_FOR)
def test_asked_for(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
