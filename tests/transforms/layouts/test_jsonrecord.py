"""JSON article records read by the contract's field names."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from transforms.errors import BadRecord
from transforms.layouts.jsonrecord import parse_record, strip_tags
from transforms.read import read_documents

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "polnear"


def test_contract_keys_fill_the_fields() -> None:
    record = {
        "id": "a-1",
        "title": "Ferry service resumes",
        "maintext": "The island ferry ran again on Sunday.\n\nTimetables are unchanged.",
        "date_publish": "2021-07-04 08:15:00",
        "authors": ["Kim Lee", "Dan Ode"],
        "source_domain": "islandnews.example",
        "link": "https://islandnews.example/ferry",
        "lang": "en",
        "section": "Transport",
    }
    article = parse_record(record)
    assert article.headline == "Ferry service resumes"
    assert article.body == "The island ferry ran again on Sunday.\n\nTimetables are unchanged."
    assert article.published_at == datetime(2021, 7, 4, 8, 15)
    assert article.byline == "Kim Lee, Dan Ode"
    assert article.publisher == "islandnews.example"
    assert article.url == "https://islandnews.example/ferry"
    assert article.language == "en"
    assert article.extra == {"section": "Transport"}


def test_first_key_present_wins_and_empty_values_are_skipped() -> None:
    article = parse_record({"headline": "", "title": "Second choice", "body": "One.", "text": "Other."})
    assert article.headline == "Second choice"
    assert article.body == "One."
    assert article.extra == {"text": "Other."}


def test_each_body_line_is_a_paragraph() -> None:
    article = parse_record({"body": "First line.\nSecond line.\n\n\nThird line."})
    assert [b.text for b in article.blocks] == ["First line.", "Second line.", "Third line."]


def test_html_body_is_stripped_to_text() -> None:
    html = "<p>Rain &amp; wind</p><ul><li>Roads shut</li></ul><script>x()</script>"
    article = parse_record({"content": html})
    assert article.body == "Rain & wind\n\n\u2022 Roads shut"
    assert strip_tags("a<br>b") == "a\nb"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An embed placeholder left by the scraper: its attribute values are not quotes.
        (
            'The mayor spoke.\n<post author="cityhall" stamp="1474387200">Roads open at noon.</post>.',
            "The mayor spoke.\n\nRoads open at noon..",
        ),
        (
            'The mayor spoke.\n<post post-id="7781"><post/>.\nRoads open at noon.',
            "The mayor spoke.\n\nRoads open at noon.",
        ),
        # Angle brackets that are not tags stay.
        (
            "Turnout was < 40% in ward 3.\nWe <3 the library.",
            "Turnout was < 40% in ward 3.\n\nWe <3 the library.",
        ),
    ],
)
def test_stray_markup_in_a_plain_body_goes(body: str, expected: str) -> None:
    assert parse_record({"body": body}).body == expected


def test_record_without_body_gives_an_empty_body() -> None:
    assert parse_record({"title": "Only a title"}).body == ""


def test_non_object_is_a_bad_record() -> None:
    with pytest.raises(BadRecord):
        parse_record(["not", "an", "object"])  # type: ignore[arg-type]


@pytest.mark.corpus
def test_polnear_records() -> None:
    path = CORPUS / "dev.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not present")
    docs = [d for d in read_documents(str(path), path.read_bytes()) if hasattr(d, "payload")]
    assert docs
    for doc in docs:
        article = parse_record(doc.payload)
        record = doc.payload
        assert article.headline == " ".join(record["headline"].split())
        assert article.publisher == record["publisher"]
        last = [line for line in record["body"].split("\n") if line.strip()][-1]
        assert article.body.endswith(" ".join(last.split()).lstrip("-\u2022* ")), doc.source_uri
        assert json.dumps(article.extra) is not None
