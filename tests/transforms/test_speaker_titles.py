"""A title of a named body with its holder's name: the speaker is the holder, however the body's name
and the title are written around it."""

from __future__ import annotations

import pytest
from speaker_cases import speakers

CASES = [
    # (text, expected speaker)
    ('"We are ready," Secretary of Inland Waterways Ivo Brandt said.', "Ivo Brandt"),
    ('"We are ready," Minister for Rural Water Supply Nadia Fell said.', "Nadia Fell"),
    ('"We are ready," Secretary of State for Rural Water Nadia Fell said.', "Nadia Fell"),
    ('"We are ready," said Mr Ivo Brandt of the Harbour Board.', "Mr Ivo Brandt"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_of_a_body_then_a_name(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
