"""A small warehouse for the read-side tests: five articles from two local papers.

`build_warehouse(path)` writes it; the `warehouse` fixture gives its path and
`sample` the rows it holds. Tests take the rows from the fixture rather than
importing this module: pytest may hold another folder's conftest under the
same module name. The numbers the tests expect follow from these rows and
are worked out in the tests, next to the assertion.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from warehouse.connection import ensure_schema

__all__ = ["ARTICLES", "QUOTES", "RECOMMENDATIONS", "build_warehouse"]

_RUN_1 = "run-2024-03-01"
_RUN_2 = "run-2024-03-08"
_LOADED = datetime(2024, 3, 8, 9, 0, tzinfo=UTC)

# article_id, headline, publisher, published_at, word_count, body
ARTICLES = [
    ("a1", "Council backs new ferry timetable", "Harbour Gazette", datetime(2024, 1, 15, 8, 30), 310,
     "The council voted on Tuesday to keep the early ferry. \"We listened,\" said Mayor Ines Okafor."),
    ("a2", "Fishermen's union demands quota review", "Harbour Gazette", datetime(2024, 2, 3, 17, 0), 420,
     "The North Sea Fishermen's Union asked the fisheries minister to review the cod quota."),
    ("a3", "Rail coalition urges minister to restore night trains", "Valley Courier",
     datetime(2024, 2, 20, 6, 45), 515,
     "The Coastal Rail Coalition wrote to the transport minister about the night trains."),
    ("a4", "Library hours cut as budget tightens", "Valley Courier", datetime(2024, 3, 5, 12, 0), 280,
     "Opening hours at the Dunmore library will shrink from April, the mayor said."),
    ("a5", "Port authority note on berth repairs", "Harbour Gazette", None, 150,
     "The port authority said berth four will close for repairs [phase 1] | weekends only."),
]

# quote_id, article_id, ordinal, text, speaker, speaker_org_id, cue, is_fragment
QUOTES = [
    ("q1", "a1", 1, "We listened", "Mayor Ines Okafor", None, "said", False),
    ("q2", "a1", 2, "an early boat matters to nurses", "Tomas Reyes", None, "said", False),
    ("q3", "a2", 1, "The quota was set on old counts", "the union", "o1", "said", False),
    ("q4", "a2", 2, "a slow squeeze", "the union", "o1", "called", True),
    ("q5", "a3", 1, "Night trains carry shift workers home", "the coalition", "o2", "wrote", False),
    ("q6", "a4", 1, "We had no good choices", "mayor ines okafor", None, "said", False),
    ("q7", "a4", 2, "It is a sad week for readers", "Mayor Ines Okafor", None, "told", False),
    ("q8", "a5", 1, "phase 1 | weekends only", None, None, None, True),
]

# org_id, name, acronym, aliases
ORGANISATIONS = [
    ("o1", "North Sea Fishermen's Union", "NSFU", ["the union", "Fishermen's Union"]),
    ("o2", "Coastal Rail Coalition", "CRC", ["the coalition"]),
    ("o3", "Harbour Port Authority", "HPA", ["the port authority"]),
]

# article_id, org_id, mentions, first_char, role
ARTICLE_ORGANISATIONS = [
    ("a1", "o3", 2, 40, "mentioned"),
    ("a2", "o1", 3, 4, "quoted"),
    ("a3", "o2", 2, 4, "quoted"),
    ("a3", "o3", 1, 90, "mentioned"),
    ("a5", "o3", 1, 4, "quoted"),
]

# recommendation_id, article_id, ordinal, text, action, target, issuer
RECOMMENDATIONS = [
    ("r1", "a2", 1, "Review the cod quota before the spring season", "Review", "the fisheries minister",
     "the union"),
    ("r2", "a3", 1, "Restore the night trains between Port Ellis and Dunmore", "Restore",
     "the transport minister", "the coalition"),
    ("r3", "a3", 2, "Publish the rolling stock audit", "Publish", "The transport minister", "the coalition"),
    ("r4", "a5", 1, "Give skippers a week's notice of closures", "Give", "ferry operators",
     "the port authority"),
]

# source_uri, content_sha256, reason, detail, run_id, seen_at
REJECTS = [
    ("/inbox/blank.txt", "e3b0", "empty", "the file holds no text", _RUN_1,
     datetime(2024, 3, 1, 9, 1, tzinfo=UTC)),
    ("/inbox/notes.md", "e3b1", "empty", "only a heading, no body", _RUN_2,
     datetime(2024, 3, 8, 9, 1, tzinfo=UTC)),
    ("/inbox/scan.pdf", "9f2c", "unsupported_format", "PDF is not read", _RUN_2,
     datetime(2024, 3, 8, 9, 2, tzinfo=UTC)),
]

# run_id, started_at, finished_at, status, files_seen, new, updated, unchanged, rejected
RUNS = [
    (_RUN_1, datetime(2024, 3, 1, 9, 0, tzinfo=UTC), datetime(2024, 3, 1, 9, 0, 42, tzinfo=UTC),
     "completed", 4, 3, 0, 0, 1),
    (_RUN_2, datetime(2024, 3, 8, 9, 0, tzinfo=UTC), datetime(2024, 3, 8, 9, 1, 30, tzinfo=UTC),
     "completed", 6, 2, 0, 3, 2),
]


def build_warehouse(path: Path) -> Path:
    """Write the sample warehouse to `path` (schema from the project's own DDL) and close it."""
    con = duckdb.connect(str(path))
    try:
        ensure_schema(con)
        con.executemany(
            "INSERT INTO articles (article_id, source_uri, source_format, headline, publisher, published_at,"
            " word_count, body, ingested_at, run_id) VALUES (?, ?, 'txt', ?, ?, ?, ?, ?, ?, ?)",
            [(a, f"/inbox/{a}.txt", h, p, t, w, b, _LOADED, _RUN_1) for a, h, p, t, w, b in ARTICLES],
        )
        con.executemany(
            "INSERT INTO quotes (quote_id, article_id, ordinal, text, speaker, speaker_org_id, cue,"
            " is_fragment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            QUOTES,
        )
        con.executemany("INSERT INTO organisations VALUES (?, ?, ?, ?)", ORGANISATIONS)
        con.executemany("INSERT INTO article_organisations VALUES (?, ?, ?, ?, ?)", ARTICLE_ORGANISATIONS)
        con.executemany(
            "INSERT INTO recommendations (recommendation_id, article_id, ordinal, text, action, target,"
            " issuer) VALUES (?, ?, ?, ?, ?, ?, ?)",
            RECOMMENDATIONS,
        )
        con.executemany("INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?)", REJECTS)
        con.executemany("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", RUNS)
    finally:
        con.close()
    return path


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return build_warehouse(tmp_path / "newsdesk.duckdb")


@pytest.fixture
def sample() -> SimpleNamespace:
    return SimpleNamespace(
        articles=ARTICLES, quotes=QUOTES, organisations=ORGANISATIONS,
        article_organisations=ARTICLE_ORGANISATIONS, recommendations=RECOMMENDATIONS,
        rejects=REJECTS, runs=RUNS,
    )
