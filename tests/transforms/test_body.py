"""Bodies assembled from blocks know where every block sits."""

from __future__ import annotations

from transforms.body import BULLET, assemble
from transforms.records import Block


def test_offsets_point_at_each_block_and_bullets_stay_outside_them() -> None:
    body, blocks = assemble(
        [
            Block("p", "The council  asked for two things:"),
            Block("li", "publish the\ncontract"),
            Block("li", "hold a vote"),
            Block("p", "   "),
            Block("p", "It meets again in May."),
        ]
    )
    assert (
        body == f"The council asked for two things:\n\n{BULLET}publish the contract\n\n{BULLET}hold a vote"
        "\n\nIt meets again in May."
    )
    assert [b.text for b in blocks] == [body[b.start : b.end] for b in blocks]
    assert [b.kind for b in blocks] == ["p", "li", "li", "p"]
