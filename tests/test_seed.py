"""The article the product was specified from, against every required item it must yield."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from transforms.ids import org_key
from transforms.process import process_input
from transforms.records import ArticleResult

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "tests" / "data" / "seed_expected.json").read_text(encoding="utf-8"))
_TITLES = {"the", "mr", "ms", "mrs", "dr", "president"}


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower().replace("\u2019", "'"))


def _overlap(a: str, b: str) -> float:
    ca, cb = Counter(_words(a)), Counter(_words(b))
    common = sum((ca & cb).values())
    return 0.0 if not common else 2 * common / (sum(ca.values()) + sum(cb.values()))


@pytest.fixture(scope="module")
def seed() -> ArticleResult:
    path = ROOT / EXPECTED["input"]
    outcome = process_input(str(path), path.read_bytes())
    assert not outcome.rejects
    (result,) = outcome.results
    return result


@pytest.mark.parametrize("field", [k for k in EXPECTED["article"] if not k.startswith("body_")])
def test_article_field(seed: ArticleResult, field: str) -> None:
    assert getattr(seed.article, field) == EXPECTED["article"][field]


def test_body_edges_and_boilerplate(seed: ArticleResult) -> None:
    body = seed.article.body
    assert body.startswith(EXPECTED["article"]["body_starts_with"])
    assert body.endswith(EXPECTED["article"]["body_ends_with"])
    for text in EXPECTED["article"]["body_excludes"]:
        assert text not in body


@pytest.mark.parametrize("want", EXPECTED["quotes"], ids=lambda q: q["text"][:40])
def test_quote_found_with_its_speaker(seed: ArticleResult, want: dict) -> None:
    best = max(seed.quotes, key=lambda q: _overlap(q.text, want["text"]))
    assert _overlap(best.text, want["text"]) >= 0.8
    said = [w for w in _words(best.speaker) if w not in _TITLES]
    assert any(set(said) <= set(_words(name)) and _words(name)[-1] in said for name in want["speakers"]), (
        best.speaker
    )
    assert seed.article.body[best.char_start : best.char_end] == best.text


def test_no_quote_is_invented(seed: ArticleResult) -> None:
    long_quotes = [q for q in seed.quotes if not q.is_fragment]
    for quote in long_quotes:
        assert max(_overlap(quote.text, w["text"]) for w in EXPECTED["quotes"]) >= 0.8, quote.text


def test_organisations(seed: ArticleResult) -> None:
    found = {org_key(o.name) for o in seed.organisations} | {
        org_key(a) for o in seed.organisations for a in o.aliases
    }
    for want in EXPECTED["organisations"]:
        assert {org_key(want["name"]), *map(org_key, want["aliases"])} & found, want["name"]
    names = {org_key(o.name) for o in seed.organisations}
    assert not names & {org_key(x) for x in EXPECTED["not_organisations"]}


def test_recommendations(seed: ArticleResult) -> None:
    texts = [r.text for r in seed.recommendations]
    for want in EXPECTED["recommendations"]:
        assert max(_overlap(t, want) for t in texts) >= 0.7, want[:60]
    for rec in seed.recommendations:
        assert seed.article.body[rec.char_start : rec.char_end] == rec.text
