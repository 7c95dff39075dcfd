"""The personal name at the end of a capitalised run: letters after it and a body's name before it are
no part of it."""

from __future__ import annotations

import pytest
from speaker_cases import speakers

from transforms.quote_names import name_core

CORES = [
    # (run, expected core, is a person)
    ("Nadia Fell MP", "Nadia Fell", True),
    ("Ivo Brandt QC", "Ivo Brandt", True),
    ("Water Review Board Nadia Fell", "Nadia Fell", True),
    ("Harbour Trust Ivo Brandt MSP", "Ivo Brandt", True),
    ("Union Carbide", "Union Carbide", False),  # a body whose name ends on a lone word stays a body
    ("the Brookfield MP", "the Brookfield MP", False),  # the letters are the noun
    ("Mr Ivo Brandt", "Mr Ivo Brandt", True),
    ("Singer Nadia Fell", "Nadia Fell", True),  # a description opening a sentence
    ("Rival Ivo Brandt", "Ivo Brandt", True),
    ("Tom Singer", "Tom Singer", True),  # the same word as a surname stays
]


@pytest.mark.parametrize(("run", "core", "person"), CORES)
def test_name_core(run: str, core: str, person: bool) -> None:
    got, _, is_person = name_core(run)
    assert (got, is_person) == (core, person)


def test_a_role_of_a_body_then_a_name_in_apposition_gives_the_name() -> None:
    got = speakers('Director of River Safety, Ivo Brandt QC, who sits on the panel, said: "It is stricter."')
    assert got == ["Ivo Brandt"]


def test_a_pronoun_after_a_role_of_a_body_and_a_name_in_apposition_is_the_name() -> None:
    got = speakers(
        "Director of River Safety, Tom Brandt QC, who sits on the panel, said the rules were clear. "
        '"It is a stricter regime," he said.'
    )
    assert got == ["Tom Brandt"]


def test_the_chair_of_a_committee_named_before_a_person_speaks_as_that_person() -> None:
    got = speakers('Chairman of the Water Review Board Nadia Fell MP, said: "The plan is muddled."')
    assert got == ["Nadia Fell"]
