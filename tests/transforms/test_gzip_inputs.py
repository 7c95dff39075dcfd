"""Gzipped inputs of every kind read exactly like their plain versions; a bomb hits the size cap."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import transforms.read as read
from transforms.errors import InputError, TooLarge
from transforms.read import read_documents
from transforms.records import RawDocument

STORY = (
    "Tram line to reopen\n\nThe city's tram line will reopen next week after three months of track "
    "repairs, the transport authority said on Friday.\n"
)
PAGE = (
    "<html><head><title>Tram line to reopen</title></head><body><article><h1>Tram line to reopen</h1>"
    "<p>The city's tram line will reopen next week after three months of track repairs.</p>"
    "</article></body></html>"
)
RECORDS = [
    {"id": "t1", "headline": "Tram line to reopen", "body": "The tram line reopens next week."},
    {"id": "t2", "headline": "Bridge closed", "body": "The old bridge closes for a month."},
]


def _warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://trams.example/", "response", payload=io.BytesIO(PAGE.encode()), http_headers=headers
        )
    )
    return out.getvalue()


INPUTS = {
    "story.txt": STORY.encode("utf-8"),
    "story.md": ("# Tram line to reopen\n\n" + STORY).encode("utf-8"),
    "story.html": PAGE.encode("utf-8"),
    "stories.json": json.dumps(RECORDS).encode("utf-8"),
    "stories.jsonl": "\n".join(json.dumps(r) for r in RECORDS).encode("utf-8"),
    "crawl.warc": _warc(),
}


def _summary(docs: list) -> list[tuple[str, str, str]]:
    assert all(isinstance(d, RawDocument) for d in docs)
    return [
        (d.source_uri.split("#", 1)[-1] if "#" in d.source_uri else "", d.source_format, d.content_sha256)
        for d in docs
    ]


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_gzipped_input_reads_like_the_plain_one(name: str) -> None:
    plain = list(read_documents(name, INPUTS[name]))
    packed = list(read_documents(name + ".gz", gzip.compress(INPUTS[name])))
    assert plain
    assert _summary(plain) == _summary(packed)
    assert [d.payload for d in plain] == [d.payload for d in packed]


def test_decompression_bomb_hits_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_INPUT_BYTES", 64 * 1024)
    bomb = gzip.compress(b"a" * (4 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    with pytest.raises(TooLarge):
        list(read_documents("bomb.txt.gz", bomb))


def test_under_the_cap_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_INPUT_BYTES", 64 * 1024)
    docs = list(read_documents("story.txt.gz", gzip.compress(INPUTS["story.txt"])))
    assert docs[0].payload == INPUTS["story.txt"]


@pytest.mark.parametrize("data", [b"not gzip at all", gzip.compress(INPUTS["story.txt"])[:-12]])
def test_corrupt_gzip_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError):
        list(read_documents("story.txt.gz", data))
