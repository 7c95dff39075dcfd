"""File names to input formats."""

from __future__ import annotations

import pytest

from transforms.formats import format_of

CASES = [
    ("story.txt", ("txt", False)),
    ("STORY.TXT", ("txt", False)),
    ("release.md", ("md", False)),
    ("page.htm", ("html", False)),
    ("records.ndjson", ("jsonl", False)),
    ("crawl.warc.gz", ("warc", True)),
    ("dump.json.gz", ("json", True)),
    ("notes.pdf", (None, False)),
    ("archive.gz", (None, True)),
    ("no-suffix", (None, False)),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_format_of(name: str, expected: tuple[str | None, bool]) -> None:
    assert format_of(name) == expected
