"""The ingest run without Prefect: re-runs, changed files, duplicates and bad inputs."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import duckdb
import pytest

from newsdesk.config import settings
from newsdesk.pipeline import RunReport, ingest
from warehouse.load import STAGED_TABLES

STORY = """Harbour council keeps the early ferry

The council voted on Tuesday to keep the 6am ferry after a petition signed by 2,000 commuters.

"We listened to the people who use it every day," said Ines Okafor, the council leader.

The Harbour Residents Association urged the council to publish the ferry contract.
"""

SECOND = """Library opening hours extended

The town library will open on Sundays from March, the Library Trust said.

"Reading should not wait for the working week," said Tom Reyes, the trust's chair.
"""

# Every table a run writes (runs grows by one row a run, by design).
TABLES = STAGED_TABLES


def _run(inbox: Path, tmp: Path) -> RunReport:
    return ingest([inbox], settings(warehouse_path=tmp / "w.duckdb", lake_dir=tmp / "lake"))


def _dump(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [
                r[0]
                for r in con.execute(f"DESCRIBE {table}").fetchall()
                if r[0] not in ("run_id", "ingested_at", "seen_at")
            ]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


def _scalar(db: Path, query: str, params: list | None = None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, params or []).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    (box / "ferry.txt").write_text(STORY, encoding="utf-8")
    (box / "library.txt").write_text(SECOND, encoding="utf-8")
    return box


def test_first_run_loads_every_article(inbox: Path, tmp_path: Path) -> None:
    report = _run(inbox, tmp_path)
    db = tmp_path / "w.duckdb"
    assert (report.counts.articles_new, report.counts.rejected) == (2, 0)
    assert _scalar(db, "SELECT count(*) FROM articles") == 2
    assert _scalar(db, "SELECT count(*) FROM quotes WHERE speaker IS NOT NULL") >= 2
    assert _scalar(db, "SELECT status FROM runs") == "ok"
    # Offsets count code points in the body: the span is the quote text.
    con = duckdb.connect(str(db), read_only=True)
    for body, text, start, end in con.execute(
        "SELECT a.body, q.text, q.char_start, q.char_end FROM quotes q JOIN articles a USING (article_id)"
    ).fetchall():
        assert body[start:end] == text
    con.close()


def test_second_run_changes_nothing(inbox: Path, tmp_path: Path) -> None:
    _run(inbox, tmp_path)
    before = _dump(tmp_path / "w.duckdb")
    report = _run(inbox, tmp_path)
    assert report.files_unchanged == 2
    assert (report.counts.articles_new, report.counts.articles_updated) == (0, 0)
    assert report.counts.articles_unchanged == 2
    assert _dump(tmp_path / "w.duckdb") == before
    assert _scalar(tmp_path / "w.duckdb", "SELECT count(*) FROM runs") == 2


def test_touched_but_identical_file_is_unchanged(inbox: Path, tmp_path: Path) -> None:
    _run(inbox, tmp_path)
    before = _dump(tmp_path / "w.duckdb")
    os.utime(inbox / "ferry.txt", ns=(1_000_000_000, 1_000_000_000))
    report = _run(inbox, tmp_path)
    assert report.counts.articles_new + report.counts.articles_updated == 0
    after = _dump(tmp_path / "w.duckdb")
    assert {t: after[t] for t in TABLES if t != "files"} == {t: before[t] for t in TABLES if t != "files"}


def test_changed_file_replaces_its_rows(inbox: Path, tmp_path: Path) -> None:
    _run(inbox, tmp_path)
    db = tmp_path / "w.duckdb"
    old_id = _scalar(db, "SELECT article_id FROM articles WHERE source_uri LIKE '%ferry.txt'")
    (inbox / "ferry.txt").write_text(STORY.replace("6am", "7am").replace("2,000", "3,000"), encoding="utf-8")
    report = _run(inbox, tmp_path)
    assert report.counts.articles_updated == 1
    assert _scalar(db, "SELECT count(*) FROM articles") == 2
    assert _scalar(db, "SELECT count(*) FROM articles WHERE article_id = ?", [old_id]) == 0
    assert _scalar(db, "SELECT count(*) FROM quotes WHERE article_id = ?", [old_id]) == 0
    assert _scalar(db, "SELECT count(*) FROM article_organisations WHERE article_id = ?", [old_id]) == 0
    assert "7am" in _scalar(db, "SELECT body FROM articles WHERE source_uri LIKE '%ferry.txt'")


def test_duplicate_content_is_one_article_with_two_sources(inbox: Path, tmp_path: Path) -> None:
    (inbox / "copy-of-ferry.txt").write_text(STORY, encoding="utf-8")
    _run(inbox, tmp_path)
    db = tmp_path / "w.duckdb"
    assert _scalar(db, "SELECT count(*) FROM articles") == 2
    assert _scalar(db, "SELECT count(*) FROM sources") == 3
    # The copy goes: the article stays, carried by the original.
    (inbox / "ferry.txt").unlink()
    (inbox / "ferry.txt").write_text(SECOND.replace("Sundays", "Saturdays"), encoding="utf-8")
    _run(inbox, tmp_path)
    assert _scalar(db, "SELECT count(*) FROM articles") == 3
    assert _scalar(db, "SELECT source_uri FROM articles WHERE body LIKE '%6am%'").endswith(
        "copy-of-ferry.txt"
    )


def test_bad_inputs_become_rejects_and_the_run_goes_on(inbox: Path, tmp_path: Path) -> None:
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.md").write_text("   \n\n  ", encoding="utf-8")
    (inbox / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inbox / "utf16-no-bom.txt").write_bytes("Plain words".encode("utf-16-le") + b"\xff\xfe\x00\xd8")
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (inbox / "broken.json").write_text('{"headline": "Half a record", ', encoding="utf-8")
    (inbox / "records.jsonl").write_text(
        json.dumps({"id": "good", "title": "A record", "text": "The Town Council met on Monday."})
        + "\n"
        + "not json at all\n"
        + json.dumps(["a", "list"])
        + "\n",
        encoding="utf-8",
    )
    (inbox / "truncated.txt.gz").write_bytes(gzip.compress(STORY.encode())[:40])
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    report = _run(inbox, tmp_path)
    db = tmp_path / "w.duckdb"
    reasons = dict(
        duckdb.connect(str(db), read_only=True)
        .execute("SELECT regexp_extract(source_uri, '[^/]+$'), reason FROM rejects")
        .fetchall()
    )
    assert reasons == {
        "empty.txt": "empty",
        "blank.md": "empty",
        "image.html": "binary",
        "utf16-no-bom.txt": "binary",
        "notes.pdf": "unsupported_format",
        "broken.json": "bad_record",
        "records.jsonl#2": "bad_record",
        "records.jsonl#3": "bad_record",
        "truncated.txt.gz": "unreadable",
        "gone.txt": "unreadable",
    }
    assert report.counts.articles_new == 3  # ferry, library and the good JSON Lines record
    assert _scalar(db, "SELECT count(*) FROM articles WHERE source_uri LIKE '%records.jsonl#good'") == 1
    # A second run neither repeats nor loses the rejects.
    before = _dump(db)
    _run(inbox, tmp_path)
    assert _dump(db) == before


def test_missing_path_is_a_reject(tmp_path: Path) -> None:
    report = _run(tmp_path / "no-such-folder", tmp_path)
    assert report.counts.rejected == 1
    assert [r[1] for r in report.rejects] == ["not_found"]


def test_warc_pages_become_articles_and_other_records_are_counted(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Harbour ferry kept</title></head><body><article><h1>Harbour ferry kept</h1>"
        "<p>The council voted on Tuesday to keep the early ferry after a petition from commuters.</p>"
        "<p>\u201cWe listened to the people who use it every day,\u201d said Ines Okafor after the vote.</p>"
        "</article></body></html>"
    ).encode()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "http://example.org/ferry", "response", payload=io.BytesIO(page), http_headers=headers
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "http://example.org/ferry", "request", payload=io.BytesIO(b"GET /ferry HTTP/1.1\r\n\r\n")
        )
    )
    box = tmp_path / "crawl"
    box.mkdir()
    (box / "crawl.warc.gz").write_bytes(buf.getvalue())
    report = _run(box, tmp_path)
    assert report.counts.articles_new == 1
    assert report.skipped_records == {"request": 1}
    uri = _scalar(tmp_path / "w.duckdb", "SELECT source_uri FROM articles")
    assert uri.startswith(str(box / "crawl.warc.gz") + "#urn:uuid:")
    assert _scalar(tmp_path / "w.duckdb", "SELECT url FROM articles") == "http://example.org/ferry"
