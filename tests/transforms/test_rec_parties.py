"""Recommendations: who asks and who is asked."""

from __future__ import annotations

import pytest

from transforms.body import assemble
from transforms.rec_parties import resolve_issuer
from transforms.recommendations import find_recommendations
from transforms.records import Block, ParsedArticle


@pytest.mark.parametrize(
    ("issuer", "issuers", "fall_back", "expected"),
    [
        # "we" and "the coalition" stand for the one group a release speaks for.
        ("we", ["Harbour Watch"], False, "Harbour Watch"),
        ("the coalition", ["Harbour Watch"], False, "Harbour Watch"),
        # A named asker stays as named.
        ("the port authority", ["Harbour Watch"], True, "the port authority"),
        # An unnamed asker is the group's only where the article speaks for it.
        (None, ["Harbour Watch"], True, "Harbour Watch"),
        (None, ["Harbour Watch"], False, None),
        # With two groups or none, nothing is resolved.
        ("we", ["Harbour Watch", "Dock Union"], True, "we"),
        ("we", [], True, "we"),
    ],
)
def test_resolve_issuer(
    issuer: str | None, issuers: list[str], fall_back: bool, expected: str | None
) -> None:
    assert resolve_issuer(issuer, issuers, fall_back) == expected


@pytest.mark.parametrize(
    ("sentence", "issuer", "target"),
    [
        ("The tenants' union urged the council to freeze rents.", "The tenants' union", "the council"),
        # An auxiliary and an adverb after it, or an adverb of time alone, are no part of the asker.
        ("The fans are also asking the club to keep the old stand.", "The fans", "the club"),
        ("The lenders have already asked the builder to repay the deposits.", "The lenders", "the builder"),
        ("As well as suing, the tenants have asked the court to halt the sale.", "the tenants", "the court"),
        # A leading adverbial clause is passed over.
        ("On Monday, the league called on clubs to cut ticket prices.", "the league", "clubs"),
        ("The fans previously urged the club to keep the old stand.", "The fans", "the club"),
        # "is to ask" and "says it will ask": the one announcing the ask, not the pronoun or "are to".
        ("The club's owners are to ask the league to move the final.", "The club's owners", "the league"),
        ("The lenders' group said it will ask the bank to pay.", "The lenders' group", "the bank"),
    ],
)
def test_parties_of_a_prose_ask(sentence: str, issuer: str, target: str) -> None:
    body, placed = assemble([Block("p", sentence)])
    recs = find_recommendations(ParsedArticle(body=body, blocks=placed), [], [])
    assert [(r.issuer, r.target) for r in recs] == [(issuer, target)]
