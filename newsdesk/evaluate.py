"""Extraction quality against the shared gold files: ingest each corpus that has gold, score it.

The corpora and scorers live outside the project (`../shared` beside the
checkout, or NEWSDESK_SHARED); where they are absent there is nothing to score.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GOLD_SETS",
    "GoldSet",
    "Score",
    "find_shared",
    "gold_file",
    "score_gold",
    "score_html",
    "speaker_ceiling",
]


@dataclass(frozen=True, slots=True)
class GoldSet:
    name: str
    inputs: tuple[str, ...]  # relative to shared/corpus
    targets: dict[str, float]


# The targets the project holds itself to (quotes, quote+speaker, organisations, recommendations).
GOLD_SETS = (
    GoldSet(
        "seed",
        ("seed",),
        {"quotes": 0.98, "quotes_with_speaker": 0.95, "organisations": 0.95, "recommendations": 1.0},
    ),
    GoldSet(
        "advocacy_dev",
        ("advocacy",),
        {"quotes": 0.95, "quotes_with_speaker": 0.90, "organisations": 0.90, "recommendations": 0.85},
    ),
    GoldSet(
        "bbc_dev",
        ("bbc",),
        {"quotes": 0.95, "quotes_with_speaker": 0.90, "organisations": 0.90, "recommendations": 0.80},
    ),
    GoldSet("polnear_dev", ("polnear/dev.jsonl",), {"quotes": 0.93, "quotes_with_speaker": 0.85}),
    GoldSet("polnear_test", ("polnear/test.jsonl",), {"quotes": 0.93, "quotes_with_speaker": 0.85}),
)
HTML_INPUTS = ("html",)
HTML_TARGETS = {"body_f1": 0.97, "snippet_f1": 0.95, "headline": 0.90, "date": 0.95, "author": 0.85}


@dataclass(frozen=True, slots=True)
class Score:
    gold: str
    figures: dict[str, float]
    targets: dict[str, float]
    not_organisations: int = 0
    articles_not_found: int = 0

    @property
    def passed(self) -> bool:
        return (
            all(self.figures.get(k, 0.0) >= v for k, v in self.targets.items()) and not self.not_organisations
        )


def find_shared(start: Path | None = None) -> Path | None:
    """The shared evaluation folder: NEWSDESK_SHARED, else `../shared` beside the checkout."""
    env = os.environ.get("NEWSDESK_SHARED")
    candidates = [Path(env)] if env else []
    here = (start or Path(__file__)).resolve()
    candidates += [p / "shared" for p in here.parents] + [p.parent / "shared" for p in here.parents]
    for c in candidates:
        if (c / "eval" / "score.py").is_file() and (c / "corpus").is_dir():
            return c
    return None


def gold_file(shared: Path, name: str) -> Path:
    """Where the shared folder keeps the gold annotations of one gold set."""
    return shared / "eval" / "gold" / f"{name}.json"


def score_gold(shared: Path, warehouse: Path, gold: GoldSet) -> Score:
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            "--warehouse",
            str(warehouse),
            "--gold",
            str(gold_file(shared, gold.name)),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout)
    figures = {
        k: result[k]["f1"] for k in ("quotes", "quotes_with_speaker", "organisations", "recommendations")
    }
    fields = result["article_fields"]
    figures["fields"] = fields["right"] / fields["judged"] if fields["judged"] else 1.0
    return Score(
        gold.name,
        figures,
        gold.targets,
        result["countries_or_people_called_organisations"],
        len(result["articles_not_found"]),
    )


def score_html(shared: Path, warehouse: Path) -> Score:
    out = subprocess.run(
        [sys.executable, str(shared / "eval" / "score_html.py"), "--warehouse", str(warehouse)],
        check=True,
        capture_output=True,
        text=True,
    )
    summary = out.stdout.strip().splitlines()[-1]
    figures = {}
    for part in summary.removeprefix("summary:").split():
        key, _, value = part.partition("=")
        if key != "found":
            figures[key] = float(value)
    return Score("html", figures, HTML_TARGETS)


# A description set off beside the name: "Ann Roe, a lawyer", "Ann Roe (D-Ohio)".
_DESCRIBED = re.compile(r"[^,(]\s*[,(]\s*\S")


def _described(speaker: str) -> bool:
    return bool(_DESCRIBED.search(speaker.strip(" \t\"'.,;:!?()[]-")))


def speaker_ceiling(gold_file: Path) -> float | None:
    """The best quote+speaker F1 a run can reach on this gold when it names speakers as the project does.

    `quotes.speaker` holds the name (the description goes to `speaker_role`), and the
    scorer wants every word of a prediction inside one gold form including its last word,
    so a quote whose every gold form carries a description beside the name can never be
    right. With all else perfect, precision and recall are both (judged - described) / judged.
    None when the gold judges no speakers.
    """
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    # A gold file holds one article, a list of them, or {"articles": [...]}.
    articles = data.get("articles", [data]) if isinstance(data, dict) else data
    judged = described = 0
    for article in articles:
        for quote in article.get("quotes", []):
            if quote.get("optional") or not quote.get("speakers"):
                continue
            judged += 1
            described += all(_described(s) for s in quote["speakers"])
    return (judged - described) / judged if judged else None
