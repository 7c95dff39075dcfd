"""The evaluation helpers that read gold files without running the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.evaluate import GOLD_SETS, gold_file, speaker_ceiling


def _gold(tmp_path: Path, speakers: list[list[str]], wrapped: bool = True) -> Path:
    quotes = [{"text": f"quote {i}", "speakers": s} for i, s in enumerate(speakers)]
    quotes.append({"text": "an aside", "speakers": ["Ann Roe, a lawyer"], "optional": True})
    article = {"file": "a.txt", "quotes": quotes}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"articles": [article]} if wrapped else article), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        ([["Ann Roe", "Ms Roe"], ["the council"]], 1.0),
        ([["Ann Roe, a lawyer at the firm"], ["Ben Oduya"]], 0.5),
        ([["Rep. Cal Dee (D-Ohio)"], ["Cal Dee, 61,"], ["Ann Roe"], ["Ann Roe."]], 0.5),
        # One bare form among the acceptable ones is enough.
        ([["Ann Roe, a lawyer", "Ann Roe"]], 1.0),
        ([[]], None),
    ],
)
def test_speaker_ceiling(tmp_path: Path, speakers: list[list[str]], expected: float | None) -> None:
    assert speaker_ceiling(_gold(tmp_path, speakers)) == expected


def test_speaker_ceiling_reads_a_single_article_file(tmp_path: Path) -> None:
    assert speaker_ceiling(_gold(tmp_path, [["Ann Roe, a lawyer"], ["Ann Roe"]], wrapped=False)) == 0.5


@pytest.mark.corpus
def test_gold_sets_have_reachable_speaker_targets_except_polnear(shared: Path) -> None:
    ceilings = {g.name: speaker_ceiling(gold_file(shared, g.name)) for g in GOLD_SETS}
    for g in GOLD_SETS:
        reachable = ceilings[g.name] >= g.targets["quotes_with_speaker"]
        # PolNeAR's gold writes the description beside the speaker's name; the others name the person.
        assert reachable == (not g.name.startswith("polnear")), (g.name, ceilings[g.name])
