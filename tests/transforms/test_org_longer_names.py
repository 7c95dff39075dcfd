"""A body's name opening a longer name that brackets abbreviate (sentences written for these tests)."""

from __future__ import annotations

from transforms.ids import org_key
from transforms.organisations import find_organisations
from transforms.records import ParsedArticle


def keys(body: str) -> set[str]:
    return {org_key(o.name) for o in find_organisations(ParsedArticle(body=body))}


def test_a_found_body_opening_a_longer_abbreviated_name_gives_the_longer_body() -> None:
    text = ("Shares in Halden Motors rose after it agreed to sell Halden Motors Finance Planners (HMFP). "
            "HMFP lends to car buyers.")
    found = keys(text)
    assert org_key("Halden Motors Finance Planners") in found
    assert org_key("Halden Motors") in found


def test_a_longer_name_the_brackets_do_not_spell_is_not_made_a_body() -> None:
    text = "Shares in Halden Motors rose. Its Halden Motors Road Tester (HRX) sold well."
    assert org_key("Halden Motors Road Tester") not in keys(text)
