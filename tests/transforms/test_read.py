"""Input files to raw documents, and whole files that cannot be read."""

from __future__ import annotations

import json

import pytest

from transforms.errors import BadRecord, EmptyInput, NotText, UnsupportedFormat
from transforms.read import read_documents
from transforms.records import RawDocument, Reject


def _read(name: str, data: bytes) -> list[RawDocument | Reject]:
    return list(read_documents(name, data))


def test_text_file_is_one_document() -> None:
    (doc,) = _read("/in/story.txt", b"Headline\n\nBody text.")
    assert isinstance(doc, RawDocument)
    assert doc.source_format == "txt"
    assert doc.payload == b"Headline\n\nBody text."


def test_jsonl_lines_become_records_and_bad_lines_rejects() -> None:
    lines = [json.dumps({"id": "x1", "title": "A", "body": "B."}), "{not json", "", json.dumps([1, 2])]
    docs = _read("/in/batch.jsonl", "\n".join(lines).encode())
    assert [type(d).__name__ for d in docs] == ["RawDocument", "Reject", "Reject"]
    assert docs[0].source_uri == "/in/batch.jsonl#x1"
    assert {d.reason for d in docs[1:]} == {BadRecord.reason}


def test_json_list_positions_name_records_without_ids() -> None:
    docs = _read("/in/batch.json", json.dumps([{"title": "A"}, {"title": "B"}]).encode())
    assert [d.source_uri for d in docs] == ["/in/batch.json#1", "/in/batch.json#2"]


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("/in/a.txt", b"", EmptyInput),
        ("/in/a.txt", b"  \n\n  ", EmptyInput),
        ("/in/a.json", b"[]", EmptyInput),
        ("/in/a.jsonl", b"\n\n", EmptyInput),
        ("/in/a.json", b"{broken", BadRecord),
        ("/in/a.pdf", b"%PDF-1.4", UnsupportedFormat),
        ("/in/a.json", b"\x00\x01\x02binary\x00" * 20, NotText),
    ],
)
def test_unreadable_files_raise_with_a_reason(name: str, data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        _read(name, data)
