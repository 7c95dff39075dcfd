"""Groups named for what they campaign for, on sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.ids import org_key
from transforms.organisations import find_organisations
from transforms.records import ParsedArticle


def keys(body: str) -> set[str]:
    return {org_key(o.name) for o in find_organisations(ParsedArticle(body=body))}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Save the Valley Hospitals will field a candidate in two seats.", True),
        ("Banners reading Save Our Harbour hung in red.", False),
        ("Save Our Harbour said the vote was a disgrace.", True),
        # the paper's drive, not a group
        ("Readers backed the Gazette's Save Our Harbour campaign, which has said it will go on.", False),
        ("He shouted Save the Whales and left.", False),
    ],
)
def test_a_campaign_name_is_a_group_where_it_acts(text: str, found: bool) -> None:
    name = next(n for n in ("Save the Valley Hospitals", "Save Our Harbour", "Save the Whales") if n in text)
    assert (org_key(name) in keys(text)) is found
