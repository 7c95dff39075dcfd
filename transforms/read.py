"""Input files to raw documents: one per text/HTML file, one per JSON record or WARC response.

`read_documents` never raises for bad content inside a container: a bad JSON
line or WARC record becomes a `Reject` and its neighbours still come through.
A file that cannot be read at all raises an `InputError`.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from transforms.decode import decode_text
from transforms.errors import BadRecord, EmptyInput, InputError, TooLarge, UnsupportedFormat
from transforms.formats import format_of
from transforms.ids import sha256_hex
from transforms.records import RawDocument, Reject

__all__ = ["MAX_INPUT_BYTES", "gunzip_capped", "read_documents", "record_id"]

MAX_INPUT_BYTES = 512 * 1024 * 1024
_ID_KEYS = ("id", "url", "uri")


def gunzip_capped(data: bytes, limit: int | None = None) -> bytes:
    """Decompress gzip data as a stream, refusing to grow past `limit` bytes (a zip bomb guard).

    The default limit is read at call time, so configuration can lower `MAX_INPUT_BYTES`.
    """
    limit = MAX_INPUT_BYTES if limit is None else limit
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise TooLarge(f"decompresses to more than {limit:,} bytes")
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"not a readable gzip stream: {exc}") from exc
    return out.getvalue()


def record_id(record: dict[str, Any], position: int) -> str:
    """A record's id: its first id-like key, else its 1-based position in the file."""
    for key in _ID_KEYS:
        value = record.get(key)
        if value not in (None, ""):
            return str(value)
    return str(position)


def _record_document(uri: str, fmt: str, record: Any, position: int) -> RawDocument | Reject:
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Reject(f"{uri}#{position}", BadRecord.reason, f"record {position} is a {kind}, not an object")
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return RawDocument(f"{uri}#{record_id(record, position)}", fmt, sha256_hex(canonical), record)


def _json_documents(uri: str, data: bytes) -> Iterator[RawDocument | Reject]:
    text = decode_text(data)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"not valid JSON: {exc}") from exc
    records = parsed if isinstance(parsed, list) else [parsed]
    if not records:
        raise EmptyInput("the JSON list holds no records")
    for position, record in enumerate(records, start=1):
        yield _record_document(uri, "json", record, position)


def _jsonl_documents(uri: str, data: bytes) -> Iterator[RawDocument | Reject]:
    text = decode_text(data)
    seen = 0
    for position, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(f"{uri}#{position}", BadRecord.reason, f"line {position} is not valid JSON: {exc}")
            continue
        yield _record_document(uri, "jsonl", record, position)
    if not seen:
        raise EmptyInput("the JSON Lines file holds no records")


def read_documents(
    uri: str, data: bytes, skipped: Counter[str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Cut one input file's bytes into raw documents.

    Raises `InputError` (with a rejects reason) when the file as a whole is
    unusable: an unknown suffix, empty, binary, undecodable, corrupt gzip.
    """
    fmt, gzipped = format_of(uri)
    if fmt is None:
        raise UnsupportedFormat(
            "not a supported input type (.txt .md .html .json .jsonl .warc, or those gzipped)"
        )
    if gzipped:
        data = gunzip_capped(data)
    if not data.strip():
        raise EmptyInput("the input is empty")
    if fmt == "json":
        yield from _json_documents(uri, data)
    elif fmt == "jsonl":
        yield from _jsonl_documents(uri, data)
    elif fmt == "warc":
        from transforms.warc import warc_documents

        yield from warc_documents(uri, data, skipped=skipped)
    else:
        yield RawDocument(uri, fmt, sha256_hex(data), data)
