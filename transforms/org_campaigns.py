"""Groups named for what they campaign for: "Save the Scottish Regiments", "Save Our Community".

Their names open on a verb, so no head word marks them; the same words may also name a newspaper's
drive ("the paper's Save Our Family Farms campaign") or a slogan. A name counts as a group only
where the text makes it act: the subject of a verb such as "will", "said" or "has".
"""

from __future__ import annotations

import re

from transforms.org_collector import Collector
from transforms.org_words import occurrences

__all__ = ["campaign_groups"]

_CAMPAIGN_NAME = re.compile(r"\b(?:Save|Stop)\s+(?:the|The|Our|our)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
# After the name: a verb whose subject is a group, or the group's own people speaking for it.
_ACTS_AFTER = re.compile(
    r"\s+(?:will|would|has|had|have|said|says|is|was|wants|wanted|called|urged|warned|claimed|argued|"
    r"spokes(?:man|woman|person)|chairman|chairwoman|chair|founder|campaigners)\b"
)
# After the name: the drive or the plea it names, not a group.
_DRIVE_AFTER = re.compile(r"\s+(?:campaign|appeal|drive|petition|fund|day|week|rally|march)\b")


def campaign_groups(body: str, collector: Collector) -> None:
    if "Save " not in body and "Stop " not in body:
        return  # most articles name no such group
    for name in dict.fromkeys(m.group() for m in _CAMPAIGN_NAME.finditer(body)):
        ends = [end for _, end in occurrences(body, name)]
        acts = any(_ACTS_AFTER.match(body, end) for end in ends)
        if acts and not any(_DRIVE_AFTER.match(body, end) for end in ends):
            collector.add(name)
