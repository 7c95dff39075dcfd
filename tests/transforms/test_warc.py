"""Web archives: archived HTML pages become documents, everything else is skipped and counted."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from transforms.errors import BadRecord
from transforms.ids import sha256_hex
from transforms.layouts.html import parse_html
from transforms.read import read_documents
from transforms.records import RawDocument, Reject
from transforms.warc import warc_documents, warc_record_counts

STORY = (
    "<html><head><title>Ferry service resumes</title></head><body><article>"
    "<h1>Ferry service resumes</h1>"
    "<p>The island ferry sailed again on Thursday morning after a week tied up in harbour while "
    "engineers replaced a damaged propeller shaft, the operator said.</p>"
    "<p>Passengers queued from dawn, and the first crossing left twenty minutes late because of the "
    "number of cars waiting to board, according to the harbour master.</p>"
    "<p>The operator said it would add two extra sailings on Saturday to clear the backlog of bookings "
    "made during the week the ferry was out of service.</p>"
    "</article></body></html>"
)


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    extra: list[tuple[str, str]] | None = None,
    date: str = "2023-05-04T10:20:30Z",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *(extra or [])], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_record(record)


def _archive(*, gzipped: bool = False) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "newsdesk tests"}))
    request = StatusAndHeaders("GET /ferry HTTP/1.1", [("Host", "isles.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://isles.example/ferry", "request", http_headers=request)
    )
    _response(writer, "https://isles.example/ferry", STORY.encode("utf-8"))
    _response(writer, "https://isles.example/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png")
    _response(
        writer, "https://isles.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found"
    )
    _response(
        writer,
        "https://isles.example/ferry-gz",
        gzip.compress(STORY.encode("utf-8")),
        content_type="application/xhtml+xml",
        extra=[("Content-Encoding", "gzip")],
    )
    writer.write_record(
        writer.create_revisit_record(
            "https://isles.example/ferry",
            digest="sha1:AAAA",
            refers_to_uri="https://isles.example/ferry",
            refers_to_date="2023-05-04T10:20:30Z",
        )
    )
    return out.getvalue()


@pytest.mark.parametrize("gzipped", [False, True])
def test_html_responses_become_documents(gzipped: bool) -> None:
    docs = list(warc_documents("crawl.warc", _archive(gzipped=gzipped)))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.hints["url"] for d in docs] == ["https://isles.example/ferry", "https://isles.example/ferry-gz"]
    first = docs[0]
    assert first.source_format == "warc"
    assert first.source_uri.startswith("crawl.warc#urn:uuid:")
    assert "<" not in first.source_uri
    assert first.payload == STORY.encode("utf-8")
    assert first.content_sha256 == sha256_hex(STORY.encode("utf-8"))
    assert first.hints["fetched_at"] == datetime(2023, 5, 4, 10, 20, 30, tzinfo=UTC)
    assert first.hints["charset"] == "utf-8"
    # The Content-Encoding of the second page is undone before parsing.
    assert docs[1].payload == STORY.encode("utf-8")


def test_record_counts_say_what_was_skipped() -> None:
    counts = warc_record_counts(_archive())
    assert counts == {
        "warcinfo": 1,
        "request": 1,
        "html": 2,
        "non_html_response": 1,
        "non_200_response": 1,
        "revisit": 1,
    }


def test_archived_page_parses_with_its_crawl_date() -> None:
    doc = next(d for d in warc_documents("crawl.warc", _archive()) if isinstance(d, RawDocument))
    article = parse_html(doc.payload, doc.hints)
    assert article.headline == "Ferry service resumes"
    assert "propeller shaft" in article.body
    assert article.url == "https://isles.example/ferry"


def test_warc_gz_through_read_documents() -> None:
    plain = [d.content_sha256 for d in read_documents("crawl.warc", _archive())]
    packed = [d.content_sha256 for d in read_documents("crawl.warc.gz", gzip.compress(_archive()))]
    per_record = [d.content_sha256 for d in read_documents("crawl.warc.gz", _archive(gzipped=True))]
    assert plain == packed == per_record
    assert len(plain) == 2


def test_not_an_archive() -> None:
    with pytest.raises(BadRecord):
        list(warc_documents("junk.warc", b"this is not a web archive at all\r\n\r\n"))


def test_damage_after_good_records_keeps_them() -> None:
    data = _archive() + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated"
    out = list(warc_documents("crawl.warc", data))
    assert sum(isinstance(d, RawDocument) for d in out) == 2


def test_oversized_page_is_a_reject() -> None:
    out = list(warc_documents("crawl.warc", _archive(), limit=100))
    assert out and all(isinstance(d, Reject) and d.reason == "too_large" for d in out)
