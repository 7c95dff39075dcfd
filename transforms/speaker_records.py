"""The two records an attribution passes through: a phrase as read beside a cue, and the speaker it
resolves to, in the pieces the attribution is written with."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Phrase", "Who"]


@dataclass(slots=True)
class Phrase:
    text: str
    appositive: str
    pos: int
    bracket: str = ""  # a party/state tag written after the name: "(D-S.C.)"
    # A lone capitalised word taken for a surname: a person only if the article named them in full before.
    surname: bool = False


@dataclass(slots=True)
class Who:
    """A resolved speaker, in the pieces the attribution writes it with."""

    written: str  # "Mr Schokman", "Rep. Jim Clyburn", "the coalition"
    name: str
    before: str = ""  # role words written before the name: "White House press secretary"
    bracket: str = ""
    role: str = ""  # the appositive, cut to what describes the speaker
    group: bool = False
    noun: str = ""  # the role noun the attribution used for a named person: "the prime minister"
