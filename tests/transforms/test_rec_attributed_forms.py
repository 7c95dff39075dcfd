"""Recommendations: modal asks named by what follows them (a speaker after the sentence, a progressive
after "should"), cued nouns that name what is asked, and where such asks end."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
CASES = [
    # "they" asked by the one speaker named after the sentence.
    (
        "Ferry firms were slow to act. "
        "They must tell travellers sooner about cancelled sailings, the regulator said.",
        ["They must tell travellers sooner about cancelled sailings"],
    ),
    (
        "It was too late by then. Instead they should be visiting village halls much earlier, she said.",
        ["they should be visiting village halls much earlier"],
    ),
    # ... but not when those who speak may be the very ones spoken of, or nobody is named.
    ("They must tell travellers sooner about cancelled sailings, the ferry firms said.", []),
    ("They must tell travellers sooner about cancelled sailings.", []),
    # After "should" a progressive asks for an action under way; one that tells how things go does not.
    (
        '"We pass on the list of bad numbers and they should be checking every bill for them," she said.',
        ["they should be checking every bill for them"],
    ),
    ('"The trains should be getting better by the spring," she said.', []),
    # After "must" a progressive is an inference about someone, not an ask.
    ('"The councillor must be planning cuts to pay for it," she said.', []),
    # Calls a sentence's subject resists or faces are asks made by others.
    (
        "The council has resisted calls to open the minutes, saying they stay private.",
        ["open the minutes"],
    ),
    ("The club has faced calls to sell the ground.", ["sell the ground"]),
    # A thing demanded without a determiner; a demand only foreseen asks nothing yet.
    (
        "The councillor demanded assurances that no library would close.",
        ["assurances that no library would close"],
    ),
    ("The panel is likely to demand action on the backlog.", []),
    # "want the publication of X": a measure wanted.
    (
        "Both opposition groups say they want the publication of the full audit.",
        ["the publication of the full audit"],
    ),
    # A second modal after "and" shares the subject of the first.
    (
        "The ports must expect delays and should share what they find, says a freight adviser.",
        ["The ports must expect delays and should share what they find"],
    ),
    # "we need X to Y": a body or people needed to act are asked; a means needed for a purpose is not.
    (
        '"We need the County Council to reopen the footpath," she said.',
        ["reopen the footpath"],
    ),
    ('"We need more money to pay the coaches," she said.', []),
    # "the need to X" is a noun: no modal, and nothing asked.
    (
        "A nurse urged the board to reopen the ward. She stressed not only the need for more staff, "
        "but the need to stop closures.",
        ["reopen the ward"],
    ),
    # Wanting a thing to stop or last is a wish about how it goes; wanting someone to act is an ask.
    ("Each side wants the quarrel to stop, but neither will give way.", []),
    ("The residents want the council to investigate.", ["investigate"]),
    # A measure proposed, named by a noun of action.
    (
        "The candidate also proposed the abolition of parking charges in the town centre.",
        ["the abolition of parking charges in the town centre"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
