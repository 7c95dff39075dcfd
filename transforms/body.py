"""Building a body from blocks, so that every block knows its offsets in the body."""

from __future__ import annotations

from collections.abc import Iterable

from transforms.records import Block

__all__ = ["BULLET", "assemble", "clean_inline"]

BULLET = "\u2022 "


def clean_inline(text: str) -> str:
    """Fold runs of white space inside one block to single spaces.

    Every Unicode space counts (no-break, thin, em, line separator), and
    str.split does this several times faster than a pattern on every block.
    """
    return " ".join(text.split())


def assemble(blocks: Iterable[Block]) -> tuple[str, list[Block]]:
    """Join blocks with blank lines; list items are kept as `• item` lines.

    Returns the body and the blocks with `start`/`end` set to the code-point
    span of each block's text inside the body (the bullet is not part of it).
    """
    parts: list[str] = []
    placed: list[Block] = []
    pos = 0
    for block in blocks:
        text = clean_inline(block.text)
        if not text:
            continue
        if parts:
            pos += 2
        prefix = BULLET if block.kind == "li" else ""
        start = pos + len(prefix)
        parts.append(prefix + text)
        pos += len(prefix) + len(text)
        placed.append(Block(block.kind, text, start, pos))
    return "\n\n".join(parts), placed
