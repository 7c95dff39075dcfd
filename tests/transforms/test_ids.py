"""Stable identifiers: same input, same id; spellings of one organisation share a key."""

from __future__ import annotations

import pytest

from transforms.ids import article_id, child_id, org_id, org_key, sha256_hex

ORG_KEYS = [
    ("the E.U.", "eu"),
    ("EU", "eu"),
    ("The Harbour Residents' Association", "harbour residents association"),
    ("Smith & Daughters Ltd.", "smith and daughters ltd"),
    ("  Library   Trust ", "library trust"),
]


@pytest.mark.parametrize(("name", "key"), ORG_KEYS)
def test_org_key(name: str, key: str) -> None:
    assert org_key(name) == key


def test_org_id_is_shared_by_spellings_and_differs_between_names() -> None:
    assert org_id("the E.U.") == org_id("EU")
    assert org_id("Library Trust") != org_id("Harbour Trust")


def test_article_ids_follow_content() -> None:
    one, two = sha256_hex(b"ferry story"), sha256_hex(b"library story")
    assert article_id(one) == article_id(sha256_hex(b"ferry story"))
    assert article_id(one) != article_id(two)
    assert child_id(article_id(one), "q", 1) != child_id(article_id(one), "q", 2)
