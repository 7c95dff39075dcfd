"""A prose ask as the rules find it: the span of the action asked for, the one asked, the cue."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ProseAsk", "clean_target"]


@dataclass(slots=True)
class ProseAsk:
    start: int
    end: int
    cue: int
    target: str | None
    in_quote: bool
    # "cue": asked by the sentence's subject; "passive": the subject is the one asked;
    # "modal": "X must Y", the subject is the one asked and the asker is whoever says it.
    kind: str = "cue"


def clean_target(target: str | None) -> str | None:
    if not target:
        return None
    target = target.strip(" ,\"'\u201c\u201d")
    return target or None
