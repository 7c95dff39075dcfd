"""Bytes to text: encodings, byte-order marks, mojibake, and inputs that are not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from transforms.decode import decode_text, repair_mojibake
from transforms.errors import EmptyInput, NotText, Undecodable

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
SAMPLE = "The fee rose to \u00a35m \u2013 a \u201crecord\u201d for the caf\u00e9"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252"],
)
def test_decodes_each_encoding_to_the_same_text(data: bytes) -> None:
    assert decode_text(data) == SAMPLE


def test_latin1_pound_signs_survive() -> None:
    text = "Fined \u00a3100,000 for the breach"
    assert decode_text(text.encode("latin-1")) == text


def test_declared_encoding_is_used_when_utf8_fails() -> None:
    text = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f"
    assert decode_text(text.encode("cp1251"), declared="cp1251") == text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Australia\u00e2\u20ac\u2122s record", "Australia\u2019s record"),
        ("caf\u00c3\u00a9 \u00c2\u00a35", "caf\u00e9 \u00a35"),
        ("plain ASCII stays", "plain ASCII stays"),
        ("na\u00efve r\u00e9sum\u00e9 stays", "na\u00efve r\u00e9sum\u00e9 stays"),
    ],
)
def test_repairs_utf8_read_as_cp1252(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


def _misread_twice(text: str) -> str:
    """UTF-8 read as Latin-1, written out as UTF-8 and read as Latin-1 again, as some archives did."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(
    ("original", "fixed"),
    [
        ("\u2022 Fund the clinics", "\u2022 Fund the clinics"),
        ("\u25cf\ufffb\ufffb next", "\u25cf next"),
        # A word processor's symbol-font bullet becomes the bullet it showed.
        ("\uf0b7 Close the camp", "\u2022 Close the camp"),
        ("the caf\u00e9\u2019s owners", "the caf\u00e9\u2019s owners"),
    ],
)
def test_repairs_utf8_misread_twice(original: str, fixed: str) -> None:
    assert repair_mojibake(_misread_twice(original)) == fixed


def test_doubly_misread_bullets_are_restored_in_decoded_text() -> None:
    data = _misread_twice("The panel asks that:\n\n\u2022 the camp close\n\u2022 the review start").encode()
    assert decode_text(data) == "The panel asks that:\n\n\u2022 the camp close\n\u2022 the review start"


@pytest.mark.parametrize(("data", "error"), [(b"", EmptyInput), (b" \n\t\r\n ", EmptyInput)])
def test_empty_inputs_are_refused(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_text(data)


def test_binary_input_is_refused() -> None:
    with pytest.raises(NotText) as info:
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert info.value.reason == "binary"


def test_bad_bytes_after_a_bom_are_undecodable() -> None:
    with pytest.raises(Undecodable) as info:
        decode_text(codecs.BOM_UTF8 + b"caf\xe9 au lait")
    assert info.value.reason == "undecodable"


@pytest.mark.corpus
def test_bbc_latin1_story_keeps_its_pound_signs() -> None:
    path = CORPUS / "bbc" / "sport" / "199.txt"
    if not path.exists():
        pytest.skip("shared corpus not present")
    text = decode_text(path.read_bytes())
    assert "\u00a3" in text
    assert "\ufffd" not in text
