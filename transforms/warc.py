"""Web archives (WARC) to raw documents: one per archived HTML page.

Only `response` records of successful (200) HTML fetches become documents;
requests, metadata, revisits and non-HTML responses are skipped and counted
(`warc_record_counts`). A record's document is named
`{file uri}#{WARC-Record-ID without its angle brackets}`, e.g.
`crawl.warc.gz#urn:uuid:0f...`, so the name stays a plain URI fragment.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from transforms.errors import BadRecord, TooLarge
from transforms.ids import sha256_hex
from transforms.records import RawDocument, Reject

__all__ = ["HTML_TYPES", "MAX_RECORD_BYTES", "warc_documents", "warc_record_counts"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# One archived page larger than this is not an article; the guard also stops a decompression bomb.
MAX_RECORD_BYTES = 32 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _record_kind(record: Any) -> str:
    """What a record is, for counting: "html" for the pages that become documents, else why not."""
    if record.rec_type != "response":
        return record.rec_type or "unknown"
    if record.http_headers is None:
        return "non_http_response"
    if record.http_headers.get_statuscode() != "200":
        return "non_200_response"
    mime = (record.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    return "html" if mime in HTML_TYPES else "non_html_response"


def _records(data: bytes) -> Iterator[tuple[str, Any]]:
    # warcio would read any text as an old-style ARC record; only WARC (maybe gzipped per record) is taken.
    if not data.lstrip().startswith((b"WARC/", _GZIP_MAGIC)):
        raise BadRecord("not a WARC archive (it does not start with a WARC/1.x record)")
    seen = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            seen += 1
            yield _record_kind(record), record
    except ArchiveLoadFailed as exc:
        raise BadRecord(f"not a readable WARC archive: {exc}") from exc
    except Exception as exc:  # warcio trips over damaged headers in many ways; all end the archive here
        raise BadRecord(f"damaged WARC record: {type(exc).__name__}: {exc}") from exc
    if not seen:
        raise BadRecord("the file holds no WARC records")


def warc_record_counts(data: bytes) -> Counter[str]:
    """How many records of each kind an archive holds ("html" are the ones read as articles)."""
    return Counter(kind for kind, _record in _records(data))


def _record_id(record: Any, position: int) -> str:
    raw = record.rec_headers.get_header("WARC-Record-ID") or f"record-{position}"
    return raw.strip().removeprefix("<").removesuffix(">")


def _fetched_at(record: Any) -> datetime | None:
    raw = record.rec_headers.get_header("WARC-Date")
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _payload(record: Any, limit: int) -> bytes:
    """The HTTP body, de-chunked and decompressed as the server's headers say (warcio does both)."""
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        raise TooLarge(f"the archived page is larger than {limit:,} bytes")
    return body


def _document(uri: str, record: Any, position: int, limit: int) -> RawDocument | Reject:
    source = f"{uri}#{_record_id(record, position)}"
    try:
        payload = _payload(record, limit)
    except TooLarge as exc:
        return Reject(source, exc.reason, exc.detail)
    except Exception as exc:  # a damaged compressed body must not end the archive
        return Reject(source, BadRecord.reason, f"the archived body cannot be read: {exc}")
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = _CHARSET.search(content_type)
    hints: dict[str, Any] = {
        "url": record.rec_headers.get_header("WARC-Target-URI"),
        "fetched_at": _fetched_at(record),
        "charset": charset.group(1) if charset else None,
    }
    return RawDocument(source, "warc", sha256_hex(payload), payload, hints)


def warc_documents(
    uri: str, data: bytes, *, limit: int = MAX_RECORD_BYTES, skipped: Counter[str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Each archived HTML page as a raw document; other records are skipped, and counted in `skipped`.

    A file that is not a WARC at all raises `BadRecord`; damage after the
    first good record ends the archive with one `Reject` and keeps what came before.
    """
    position = 0
    try:
        for kind, record in _records(data):
            position += 1
            if kind == "html":
                yield _document(uri, record, position, limit)
            elif skipped is not None:
                skipped[kind] += 1
    except BadRecord as exc:
        if position == 0:
            raise
        yield Reject(f"{uri}#record-{position + 1}", exc.reason, exc.detail)
