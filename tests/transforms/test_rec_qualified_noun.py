"""Recommendations: beside an ask, a modal in a clause that qualifies a noun ("the form that tenants need
to sign") asks nothing, where "the point is that tenants need to be told" still does."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

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
