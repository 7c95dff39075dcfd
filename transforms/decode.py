"""Bytes to text: BOMs, UTF-8, and the legacy 8-bit encodings news archives still hold."""

from __future__ import annotations

import codecs

from transforms.errors import EmptyInput, NotText, Undecodable

__all__ = ["decode_text"]

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


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL))
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode an input's bytes, trying a BOM, then UTF-8, then a declared or detected encoding.

    UTF-8 is tried first because it almost never decodes text written in
    another encoding by accident; cp1252 is the usual fallback for Western
    news text (it is Latin-1 plus the curly quotes and the euro sign).
    """
    if not data.strip():
        raise EmptyInput("the input holds no text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise Undecodable(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
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
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise Undecodable(f"not UTF-8 and no 8-bit encoding fits: {exc}") from exc
