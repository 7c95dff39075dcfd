"""Recommendations: asks still being pressed or announced ("is asking X to", "will ask X to"), wanted
measures, time phrases and pronouns before a quoted modal, cued subjects opened by "a", one-word actions
and beliefs."""

from __future__ import annotations

import pytest
from rec_cases import asks_in_blocks, paragraph

# (paragraph, the asks expected in it)
PROSE = [
    # An ask still being pressed counts outside a quote; a past "asked him to" may only tell what happened.
    (
        "The residents' group is asking the council running the depot to close it at night.",
        ["close it at night"],
    ),
    ("The fans are also asking the club to keep the old stand.", ["keep the old stand"]),
    ("At the door she asked him to wait in the hall.", []),
    # Told in the perfect, an ask still stands: "has asked", "having asked"; a past perfect tells a scene.
    ("The union has asked the board to reopen the pay talks.", ["reopen the pay talks"]),
    ("The firm has now formally asked the regulator to approve the merger.", ["approve the merger"]),
    ("The watchdog was said to have asked lenders to repay the fees.", ["repay the fees"]),
    ("Before the storm he had asked her to shut the gate.", []),
    ("The buyer, who has asked not to be named, paid in cash.", []),
    # An ask announced ("will ask", "is to ask") is made public before it is put; a forecast about the
    # reader ("people will ask you to") and a plain "asked" are not.
    ("The lenders say they will ask the builder to refund the deposits.", ["refund the deposits"]),
    ("The club's owners are to ask the league to move the final.", ["move the final"]),
    ("Once you are known, people will ask you to speak at dinners.", []),
    ("Fans will ask for refunds if the match is called off.", []),
    # A ballot paper or a survey that "will ask" people puts its question; it demands nothing.
    ("The ballot will ask members to choose between the two offers.", []),
    ("Next year's census will ask households to list every car they own.", []),
    # A measure wanted, with or without "to see".
    (
        "He wants to see a gradual withdrawal of the ferries from the route, the mayor said.",
        ["a gradual withdrawal of the ferries from the route"],
    ),
    ("The captain wants to see more goals from the wingers.", []),
    # A time phrase opening a quoted sentence is no part of its subject.
    (
        "\u201cNext month the board should publish the full accounts,\u201d the auditor said.",
        ["the board should publish the full accounts"],
    ),
    # Inside a quote, "he" and "she" are others the speaker asks something of.
    (
        "\u201cThe mayor knows the rules. He should resign before the vote,\u201d the councillor said.",
        ["He should resign before the vote"],
    ),
    ("\u201cHe should be fit for the final,\u201d the coach said.", []),
    # Outside a quote, "he should" may be the one reported speaking of himself.
    ("The mayor said he should resign before the vote.", []),
    # "A call for X" opening its sentence is the subject: the sentence's verb ends what is asked.
    (
        "A call for night buses to serve the estates has been turned down by the transport board.",
        ["night buses to serve the estates"],
    ),
    # ...while "a personal appeal to X to Y" after a verb keeps its whole action.
    (
        "She ended with a personal appeal to volunteers to go out and win the vote.",
        ["go out and win the vote"],
    ),
    # A one-word action ends at the clause break after it.
    (
        "The ombudsman said the pension scheme needs to change, but not at the cost of the lowest paid.",
        ["the pension scheme needs to change"],
    ),
    # What a belief holds is no ask, even in a paragraph that makes one.
    (
        "The review urged the board to publish its minutes. It also rejects a belief that "
        "libraries need to be closed to balance the books.",
        ["publish its minutes"],
    ),
    # A film that "should win" is a forecast, not an ask.
    ("\u201cThe documentary should win but it has no chance,\u201d the critic said.", []),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_reported_forms(text: str, expected: list[str]) -> None:
    assert asks_in_blocks(paragraph(text)) == expected
