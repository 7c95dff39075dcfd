"""What only a company has, found by plain string search: shares, takeovers, mergers, "the world's
biggest"; each group of cues with a shared opening costs one scan of the body.
"""

from __future__ import annotations

import re

__all__ = ["company_cues", "maker_starts"]

# What only a company has, after its name ("X shares", "X, the world's biggest"), after its possessive
# only ("X's flotation"), or before it ("shares in X"). Found by plain string search: a pattern tried
# at every position of every body costs more than the rest of this step.
# Grouped by a shared opening, so that each group costs one scan of the body.
_CUES_AFTER = (
    ("share", ("shares", "share price", "shareholders")),
    ("subsidiar", ("subsidiary", "subsidiaries")),
    ("has ", ("has appointed", "has named a", "has named its")),
    ("reported ",
     ("reported profits", "reported a profit", "reported a loss", "reported losses", "reported pre-tax",
      "reported net", "reported a net", "reported record profits")),
    ("posted ",
     ("posted profits", "posted a profit", "posted a loss", "posted losses", "posted pre-tax", "posted net",
      "posted a net", "posted a pre-tax", "posted record profits")),
    ("said its ",
     ("said its profits", "said its profit", "said its sales", "said its shares", "said its revenue",
      "said its earnings", "said its turnover", "said its pre-tax", "said its net")),
)
# Each phrase costs a scan of every body: only those that often open a company's name.
_CUES_BEFORE = (
    "shares in ", "Shares in ", "owned by ", "a deal with ", "stake in ", "takeover of ", "merger with ",
    "acquisition of ", "subsidiary of ",
)
# "X, which owns ...": what a company does, in the clause after its name.
# "X, which runs from 6 to 9 January" is an event's dates, not a company running something.
_WHICH_CUE = re.compile(
    r", which\s+(?:owns|makes|runs(?!\s+(?:from|until|till|to|for|between|over|through)\b)|operates|sells|"
    r"manufactures|publishes)\b"
)
_WORLD_RANK = re.compile(r"the\s+world['’]s\s+(?:biggest|largest)\b")


def company_cues(body: str) -> tuple[set[int], set[int]]:
    """Where a company's name may end (after it a cue) and where one may start ("shares in X")."""
    after = {end for opening, cues in _CUES_AFTER for end in _name_ends_before(body, opening, cues)}
    before: set[int] = set()
    for cue in _CUES_BEFORE:
        at = body.find(cue)
        while at >= 0:
            start = at + len(cue)
            start += 4 if body.startswith("the ", start) else 0
            before.add(start)
            at = body.find(cue, start)
    at = body.find(", the world")
    while at >= 0:
        if _WORLD_RANK.match(body, at + 2):
            after.add(at)
        at = body.find(", the world", at + 2)
    at = body.find(", which ")
    while at >= 0:
        if _WHICH_CUE.match(body, at):
            after.add(at)
        at = body.find(", which ", at + 8)
    return after, before


def _name_ends_before(body: str, opening: str, cues: tuple[str, ...]) -> list[int]:
    """Where a name ends that a space and then one of `cues` (all starting with `opening`), as whole
    words, follow."""
    ends = []
    at = body.find(opening)
    while at >= 0:
        if at and body[at - 1] == " ":
            for cue in cues:
                end = at + len(cue)
                if body.startswith(cue, at) and not body[end:end + 1].isalpha():
                    ends.append(at - 1)
                    break
        at = body.find(opening, at + len(opening))
    return ends


# "a survey by GMIPoll", "figures compiled by Chart-Track": what a study, report or poll is made by.
_MADE_BY = re.compile(
    r"\b(?:report|survey|study|poll|research|analysis|figures)"
    r"(?:\s+(?:published|conducted|carried\s+out|compiled|released|commissioned))?$"
)


def maker_starts(body: str) -> set[int]:
    """Where a name may start that made a report, survey, study or poll named just before it:
    found from each plain " by ", with the few words before it then checked."""
    starts: set[int] = set()
    at = body.find(" by ")
    while at >= 0:
        if _MADE_BY.search(body, max(0, at - 30), at):
            start = at + 4
            starts.add(start + 4 if body.startswith("the ", start) else start)
        at = body.find(" by ", at + 4)
    return starts
