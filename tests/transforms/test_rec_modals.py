"""Recommendations read from a modal (transforms/rec_modals.py, rec_modal_subjects.py, rec_modal_words.py):
its subject, the conduct it asks to keep, and the modal readings that ask nothing."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# "all the minutes should be released" is one noun phrase before its modal, where a second noun phrase
# after a noun ("the fee our members must pay") opens a relative clause.
# (paragraph, the asks expected in it)
SUBJECTS = [
    (
        "The councillor says all the minutes should now be released.",
        ["all the minutes should now be released"],
    ),
    (
        "The auditor said both the depots must be sold before the summer.",
        ["both the depots must be sold before the summer"],
    ),
    # A second phrase after a noun still marks a relative clause.
    ("The treasurer said the fee our members must pay was too high.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_predeterminer_subject(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# Beside an ask, a modal in a clause that qualifies a noun ("the form that tenants need to sign") asks
# nothing, where "the point is that tenants need to be told" still does.
# (paragraph, the asks expected in it)
QUALIFIED = [
    (
        "The ombudsman urged landlords to return deposits promptly. \u201cThe trouble is agents holding back "
        "the form that tenants need to sign,\u201d she said.",
        ["return deposits promptly"],
    ),
    (
        "The ombudsman urged landlords to return deposits promptly. \u201cThe point is that tenants need to "
        "be told their rights,\u201d she said.",
        ["return deposits promptly", "tenants need to be told their rights"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_qualified_noun(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "should stay alert", "must remain vigilant" ask for a way of acting to be kept up, where "should stay in
# the squad" or "must remain a member" state where or what someone is.
# (paragraph, the asks expected in it)
KEPT = [
    (
        "The bank warned that customers should stay alert to fake messages.",
        ["customers should stay alert to fake messages"],
    ),
    (
        "The coastguard said that walkers must remain vigilant on the cliff paths.",
        ["walkers must remain vigilant on the cliff paths"],
    ),
    ("The manager said that the captain should stay a member of the squad.", []),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_conduct(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "the coach suggested that younger players should get a chance" proposes a step, as it does without
# "that"; what figures or a survey "suggested that X should" is still a reading of evidence.
# (paragraph, the asks expected in it)
SUGGESTED_THAT = [
    (
        "The coach suggested that younger players should get a chance in the cup.",
        ["younger players should get a chance in the cup"],
    ),
    (
        "Ms Rowe suggests that smaller councils should share their payroll staff.",
        ["smaller councils should share their payroll staff"],
    ),
    ("The figures suggested that the bank should hold rates for now.", []),
    ("A survey suggests that the market should steady itself by spring.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUGGESTED_THAT)
def test_suggested_that_should(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# A quoted "there needs to be a review", stressed or not ("there does need to be"), asks for the review to
# happen, where a quoted "there should be more gains" may only forecast; "does" stressing a need is no part
# of its subject ("the board does need to act").
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
