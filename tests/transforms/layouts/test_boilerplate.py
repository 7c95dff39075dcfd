"""Site and release furniture around a body: contacts, appeals and footers."""

from __future__ import annotations

import pytest

from transforms.layouts.boilerplate import is_address, is_contact, trim_footer


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Media: Jane Roe, communications director, 0400 111 222, jane.roe@example.org", True),
        ("Jane Roe 0400 111 222", True),
        ("Please contact Jane Roe on 0400 111 222 for interviews.", True),
        ("Media contact: the press office", True),
        ("Media opportunity: the senator will speak at the town hall at 10am on Friday", True),
        ("CONTACTS Jane Roe, chair; Sam Poe, treasurer", True),
        ("Contact us for more on this statement or to join the campaign.", True),
        ("For further details: the press office of the union", True),
        # The bare words in a sentence of the story.
        ("Contact lenses are now sold in forty of the chain's shops.", False),
        ("Enquiries rose by a fifth after the council's leaflet went out.", False),
        # A sentence of the story that happens to end with a number to call.
        ("Copies of the report can be had from the office or by calling the fund at 212.555.0100.", False),
        ("The council said the flood had cost 1,250,000 dollars so far this year.", False),
    ],
)
def test_is_contact(paragraph: str, expected: bool) -> None:
    assert is_contact(paragraph) is expected


def test_donor_countries_giving_us_dollars_are_not_an_appeal() -> None:
    story = [
        "The relief agency said the harvest had failed for a second year.",
        "Donor countries have made donations of US $256,000, and supporters of the programme gave more.",
        "The agency expects to feed 40,000 people through the winter.",
    ]
    assert trim_footer(story) == (story, [])


def test_an_appeal_to_the_reader_is_cut() -> None:
    story = ["The agency expects to feed 40,000 people through the winter."]
    appeal = ["Join us: every supporter counts. Donate today and become part of the movement."]
    assert trim_footer(story + appeal) == (story, appeal)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Level 4, 88 Harbour Street", True),
        ("12 Quarry Lane", True),
        ("PO Box 4410", True),
        ("Northgate QLD 4013", True),
        ("Albany, NY 12207", True),
        ("Leeds LS1 4AP", True),
        ("The march went down Harbour Street to the town hall.", False),
        ("Northgate Residents Association", False),
        ("In 2019 the fund paid out 4013 claims.", False),
    ],
)
def test_is_address(line: str, expected: bool) -> None:
    assert is_address(line) is expected


def test_a_closing_postal_address_and_the_name_over_it_are_cut() -> None:
    story = [
        "The tenants union said repairs were overdue across the estate.",
        "\u201cWe will keep pressing the council until every flat is warm,\u201d the chair said.",
    ]
    address = ["Riverton Tenants Union", "Level 2, 14 Mill Road", "Riverton NSW 2999"]
    assert trim_footer(story + address) == (story, address)


def test_a_closing_pointer_to_the_full_report_is_cut() -> None:
    story = ["The report counts 412 unsafe crossings on rural roads."]
    pointer = ["Link to the report - www.example.org/reports/crossings 2024 final version"]
    assert trim_footer(story + pointer) == (story, pointer)


def test_a_signatory_list_ending_a_statement_stays() -> None:
    story = [
        "The following groups signed the letter.",
        "Riverton Tenants Union",
        "Northgate Residents Association",
    ]
    assert trim_footer(story) == (story, [])
