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


AFTER_CUE = [
    # (text, expected speaker): the body's name goes on after "of"/"for" past an inverted cue
    ('"We are ready," said the Department for Inland Waterways.', "the Department for Inland Waterways"),
    ('"We are ready," said the Royal College of Pipers in a statement.', "the Royal College of Pipers"),
    ('"We are ready," said Harbour Bank of Leith chief Ivo Brandt, who took office in May.', "Ivo Brandt"),
    ('"We are ready," said Chancellor of the Inland Exchequer Nadia Fell.', "Nadia Fell"),
    ('"We are ready," said the Bank of Leith yesterday.', "the Bank of Leith"),
    ('"We are ready," said Ivo Brandt of the Harbour Board.', "Ivo Brandt"),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_CUE)
def test_a_body_named_after_an_inverted_cue_runs_on_past_of(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


TIME_LEADS = [
    # (text, expected speaker): a time ahead of the subject before a cue is no part of it
    ('Earlier this year the Royal College of Pipers said shifts were "long".', "the Royal College of Pipers"),
    ('This week a magistrate claimed the town was "out of control".', "a magistrate"),
    ('On Tuesday Nadia Fell said the plan was "muddled".', "Nadia Fell"),
]


@pytest.mark.parametrize(("text", "expected"), TIME_LEADS)
def test_a_time_before_the_subject_is_left_out(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
