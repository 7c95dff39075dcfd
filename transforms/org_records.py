"""The records a text is read into: a capitalised stretch (`Piece`) and the names found in it (`Name`).

Both are shared by the cutting, the name splitting and every context rule, so they live apart from all.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Name", "Piece"]


@dataclass(slots=True)
class Piece:
    """A capitalised stretch of text that may name an organisation, with its place in the text."""

    text: str
    start: int
    end: int
    words: list[str]
    titled: bool = False
    after_title: bool = False
    names: tuple[Name, ...] = ()


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    start: int
    kind: str  # "known", "headed", "plain", "bare" (head words only), "product" (after a company's name),
    # "sport" (a sport's governing body: "Athletics Ireland")
    key: str = ""  # org_key and comparison_key of the text, worked out once per distinct piece
    loose: str = ""
