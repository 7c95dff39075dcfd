"""A slash after a name: its abbreviation, or a second body beside it (sentences written for these tests)."""

from __future__ import annotations

from transforms.ids import org_key
from transforms.organisations import find_organisations
from transforms.records import OrgMention, ParsedArticle


def orgs(body: str) -> list[OrgMention]:
    return find_organisations(ParsedArticle(body=body))


def forms(found: list[OrgMention], name: str) -> set[str]:
    org = next(o for o in found if org_key(o.name) == org_key(name))
    return {org_key(org.name), *(org_key(a) for a in org.aliases)}


def test_a_slash_before_another_body_does_not_make_it_an_abbreviation() -> None:
    found = orgs("The cable channel ESPN signed a deal. Fans liked the Sega / ESPN games best.")
    assert org_key("ESPN") in {org_key(o.name) for o in found}
    assert org_key("ESPN") not in forms(found, "Sega")


def test_a_slash_before_the_initials_of_the_name_abbreviates_it() -> None:
    found = orgs("The Coastal Rescue Trust/CRT said the boats were old. The CRT wants new ones.")
    assert org_key("CRT") in forms(found, "Coastal Rescue Trust")
