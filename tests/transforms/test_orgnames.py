"""Name normalisation, acronyms and the word lists behind the organisation extractor."""

from __future__ import annotations

import pytest

from transforms.orgnames import (
    acronym_letters,
    comparison_key,
    head_of,
    is_acronym,
    is_head,
    is_location_code,
    is_place,
    known_org,
    matches_initials,
    strip_possessive,
)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("NATO", True),
        ("E.U.", True),
        ("VietAID", True),
        ("APIAVote", True),
        ("Labour", False),
        ("A", False),
        ("YKASECEmpowering", False),
        ("Hello", False),
    ],
)
def test_is_acronym(token: str, expected: bool) -> None:
    assert is_acronym(token) is expected


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("CPD", "Centre for Public Debate", True),
        ("OCA", "Organization of Chinese Americans", True),
        ("DOE", "Department of Energy", True),
        ("VAID", "Valley Arts Initiative for Development", True),
        ("RANZCS", "Royal Australian and New Zealand College of Surgeons", True),
        ("XYZ", "Centre for Public Debate", False),
        ("CP", "Centre", False),
    ],
)
def test_matches_initials(acronym: str, name: str, expected: bool) -> None:
    assert matches_initials(acronym, name) is expected


def test_acronym_letters_drop_dots_and_small_letters() -> None:
    assert acronym_letters("U.N.") == "UN"
    assert acronym_letters("VietAID") == "VAID"


def test_known_bodies_share_one_canonical_name_across_spellings() -> None:
    assert known_org("E.U.").canonical == known_org("EU").canonical == known_org("European Union").canonical
    assert known_org("Tories").canonical == known_org("Conservatives").canonical == "Conservative Party"
    assert known_org("Lib Dems").canonical == "Liberal Democrats"
    assert known_org("Radio 4").canonical == "BBC"


def test_known_acronyms_must_be_written_in_capitals() -> None:
    assert known_org("ICE") is not None
    assert known_org("Ice") is None
    assert known_org("the thing") is None


def test_heads_and_places() -> None:
    assert is_head("Institute") and is_head("Ltd") and is_head("Organisation-Australia")
    assert not is_head("Thursday")
    assert head_of(["Institute", "for", "Fiscal", "Studies"]) == 0
    assert head_of(["Fiscal", "Studies"]) == -1
    assert is_place("Moscow") and is_place("the United States") and is_place("Britain's")
    assert not is_place("Oxfam")


def test_comparison_key_ignores_spelling_variants() -> None:
    assert comparison_key("NYC Council") == comparison_key("New York City Council")
    assert comparison_key("Institute for Fiscal Studies") == comparison_key("Institute of Fiscal Studies")
    assert comparison_key("National Honors Society") == comparison_key("National Honor Society")
    assert comparison_key("Kestrel Power Corp") == comparison_key("Kestrel Power Corporation")
    assert comparison_key("Dep't of Education") == comparison_key("Department of Education")
    assert comparison_key("Centre for Ageing") != comparison_key("Centre for Housing")


def test_strip_possessive() -> None:
    assert strip_possessive("Council's") == "Council"
    assert strip_possessive("Voters’") == "Voters"
    assert strip_possessive("Oxfam") == "Oxfam"


LOCATION_CODES = [
    ("NY", "Oakfield Tenants Alliance", True),  # a listed state code
    ("NZ", "Harbour Workers Centre", True),  # any pair of capitals that is not the initials
    ("AUS", "Swim Club of Tasmania", True),  # a three-letter country code
    ("U.K.", "Oakfield Tenants Alliance", True),
    ("HT", "Harbour Trust", False),  # a pair that spells the initials is the name's acronym
    ("OTA", "Oakfield Tenants Alliance", False),
]


@pytest.mark.parametrize(("code", "name", "expected"), LOCATION_CODES)
def test_codes_that_place_a_body_are_no_acronyms(code: str, name: str, expected: bool) -> None:
    assert is_location_code(code, name) is expected
