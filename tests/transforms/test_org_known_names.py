"""Well-known bodies that news copy names bare, on sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.ids import org_key
from transforms.organisations import find_organisations
from transforms.records import ParsedArticle


def keys(body: str) -> set[str]:
    return {org_key(o.name) for o in find_organisations(ParsedArticle(body=body))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phone sales will slow next year, Gartner predicted on Monday.", "Gartner"),
        ("Sega and Ubisoft both cut the price of their consoles' games.", "Ubisoft"),
        ("Members of Amicus will be balloted over the pension offer.", "Amicus"),
        ("Age Concern called the retirement plan a missed chance.", "Age Concern"),
        ("A poll by PricewaterhouseCoopers found that bosses were gloomy.", "PricewaterhouseCoopers"),
        ("The minister told GMTV on Sunday that the target would be met.", "GMTV"),
        ("Demand for flat screens lifted sales at Best Buy over the holiday.", "Best Buy"),
        ("She then paid the Securities and Exchange Commission to settle the charges.",
         "Securities and Exchange Commission"),
        ("The League Against Cruel Sports said the act had been broken.", "League Against Cruel Sports"),
        ("Lycos Europe dropped its plan after the complaints.", "Lycos Europe"),
        ("Farmers wrote to Defra about the flooded fields.", "Defra"),
        ("Staff at MG Rover's plant fear the tie-up will cost jobs.", "MG Rover"),
        ("A pocket drive from Seagate stores five gigabytes.", "Seagate"),
        ("In the 1980s the firm was a rival to Atari.", "Atari"),
        ("The award was voted for by listeners of Virgin Radio.", "Virgin Radio"),
        ("Another Marvel Comics adaptation opens in May.", "Marvel Comics"),
        # a company named for its founder, whose surname the copy then uses alone
        ("The drug maker Eli Lilly cut its forecast. Lilly said sales fell.", "Eli Lilly"),
        # "and" spelled out inside a known name is its "&"
        ("Growth will slow, added Ernst and Young's Ann Roe.", "Ernst & Young"),
    ],
)
def test_a_well_known_body_named_bare(text: str, expected: str) -> None:
    assert org_key(expected) in keys(text)


def test_a_known_name_with_a_number_inside_is_read_whole() -> None:
    """A capitalised stretch stops at "4"; the name is looked for as written, not cut to "Fathers"."""
    found = keys("A spokesman for the campaign group Fathers 4 Justice said the rally would go ahead.")
    assert org_key("Fathers 4 Justice") in found
    assert org_key("Fathers") not in found


def test_a_known_name_keeps_its_company_form() -> None:
    """"Marsh & McLennan" is one broker, not a surname with something after it."""
    found = keys("Jobs are to go at the insurance broker Marsh & McLennan this year.")
    assert org_key("Marsh & McLennan") in found
    assert org_key("Marsh") not in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Players from Sony and other Microsoft-partnered makers are catching up.", True),
        ("Staff at a Nokia-owned unit were told of the sale.", True),
        ("Weibo, a Microsoft-like giant of its own market, grew fast.", False),
    ],
)
def test_a_known_name_before_a_hyphened_word(text: str, found: bool) -> None:
    name = "Microsoft" if "Microsoft" in text else "Nokia"
    assert (org_key(name) in keys(text)) is found
