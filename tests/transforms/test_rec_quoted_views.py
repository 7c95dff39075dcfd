"""Recommendations: a quoted sentence that opens on what a named party should do, forecasts behind an adverb,
and what someone recognises with an aside before the clause."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraphs, the asks expected in them)
CASES = [
    # A quote opening on a named party and "should": the speaker's view of what that party should do,
    # even when further sentences follow inside the quote or the speaker was named before it.
    (
        (
            "The ferry firm was criticised. \u201cThe operator should refund every passenger. "
            "It was a shambles,\u201d "
            "said a councillor.",
        ),
        ["The operator should refund every passenger"],
    ),
    (
        ("A local trader said: \u201cThe council should repair the bridge before the winter.\u201d",),
        ["The council should repair the bridge before the winter"],
    ),
    # ... but not a pronoun, a generality or a forecast at the head of the quote.
    (("\u201cThey should repair the bridge. It is dangerous,\u201d a trader said.",), []),
    (("\u201cIt should be a good season for us. We are ready,\u201d the captain said.",), []),
    (("\u201cPrices should ease in the spring. Demand is falling,\u201d the analyst said.",), []),
    # A later sentence of the quote opening the same way is a view too; one opening on a clause is not.
    (
        ("\u201cWe are worried. The council should repair the bridge. It is old,\u201d a trader said.",),
        ["The council should repair the bridge"],
    ),
    (("\u201cWe are worried. Sadly the council should know better. It is old,\u201d a trader said.",), []),
    # An adverb before the forecast verb still makes a forecast.
    (("The firm said the sale should \u201csignificantly uplift earnings\u201d next year.",), []),
    (("The bank said the cuts should gradually ease pressure on margins.",), []),
    # An aside between a verb of recognising and its clause: what is recognised, not an ask.
    (
        (
            "\u201cWe want a plan that recognises, while money is tight, "
            "every child should get a place,\u201d "
            "she said.",
        ),
        [],
    ),
    # "every child should": a rule for everyone, asked of no one.
    (
        ("\u201cEvery child should get a place at a local school,\u201d she said.",),
        [],
    ),
    # A quoted "they need to" closed by its speaker puts a need to others, as a quoted "should" does;
    # not when the ones who need say so themselves, nor in a clause tied to a noun by "that".
    (
        ("The shop was fined. “They need to train their staff,” a shopper said.",),
        ["They need to train their staff"],
    ),
    (("“The rules are steps that they need to follow on site,” she said.",), []),
    (("“The firms, who say they need to cut costs, are waiting,” he said.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quoted_views_and_forecasts(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert asks_in(*paragraphs) == expected
