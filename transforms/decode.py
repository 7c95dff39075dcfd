"""Bytes to text: BOMs, UTF-8, and the legacy 8-bit encodings news archives still hold."""

from __future__ import annotations

import codecs
import re

from transforms.errors import EmptyInput, NotText, Undecodable

__all__ = ["decode_text", "repair_mojibake"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text: C0 controls other than tab, newlines, form feed and escape.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_TABLE = bytes.maketrans(b"", b"")
# UTF-8 lead bytes (0xC2-0xF4) read as cp1252, followed by continuation bytes read the same way.
_CP1252_HIGH = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE_RUN = re.compile(f"(?:[\u00c2-\u00f4][{_CP1252_HIGH}]+)+")
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f\W\d_]{3,}")
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{_CP1252_HIGH}]")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL))
    return controls > max(8, len(sample) // 100)


def _mostly_latin(text: str) -> bool:
    """Non-ASCII characters only as a sprinkling (pound signs, accents, quotes), not whole words.

    Text in another script read as cp1252 turns into runs of accented letters;
    Western text has almost none.
    """
    sample = text[:20000]
    runs = len(_FOREIGN_RUN.findall(sample))
    letters = sum(c.isalpha() for c in sample) or 1
    return runs * 1000 / letters <= 1


def _cp1252_bytes() -> dict[str, int]:
    """Each character's cp1252 byte, with the five bytes cp1252 leaves undefined read as Latin-1.

    Text decoded as Latin-1 upstream carries those bytes as C1 controls (U+0080-U+009F);
    without them a doubly mis-decoded bullet ("Ã¢Â\x80Â¢") could not be taken back.
    """
    table = {chr(b): b for b in range(256)}
    table |= {bytes([b]).decode("cp1252", "ignore"): b for b in range(0x80, 0xA0)}
    table.pop("", None)
    return table


_CP1252_BYTE = _cp1252_bytes()
# Word processors' symbol-font bullets, private-use characters once the bytes are put right.
# Interlinear annotation marks, which some converters leave after a bullet, mean nothing to a reader.
_SYMBOL_BULLETS = str.maketrans(
    {"\uf0b7": "\u2022", "\uf0a7": "\u25aa", "\uf0d8": "\u2022"} | dict.fromkeys("\ufff9\ufffa\ufffb")
)


def _fix_run(match: re.Match[str]) -> str:
    run = match.group(0)
    for _ in range(2):
        try:
            fixed = bytes(_CP1252_BYTE[c] for c in run).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            break
        if fixed == run:
            break
        run = fixed
    return run.translate(_SYMBOL_BULLETS)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 somewhere upstream ("Ã©" back to "é", "â€™" to "’")."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return _MOJIBAKE_RUN.sub(_fix_run, text)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode an input's bytes: a BOM, then UTF-8, then a declared encoding, then cp1252 or a detected one.

    UTF-8 is tried first because it almost never decodes text written in
    another encoding by accident; cp1252 (Latin-1 plus curly quotes and the
    euro sign) is what most Western news text that is not UTF-8 is written
    in, so it is taken when it reads as mostly Latin text. Only other text
    goes to statistical detection. Mojibake from an earlier wrong decoding
    is repaired either way.
    """
    return repair_mojibake(_decode(data, declared))


def _decode(data: bytes, declared: str | None) -> str:
    if not data.strip():
        raise EmptyInput("the input holds no text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                detail = f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                raise Undecodable(detail) from exc
    if _looks_binary(data):
        raise NotText("the input holds binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _mostly_latin(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    if western is not None:
        return western
    raise Undecodable("not UTF-8 and no 8-bit encoding fits")
