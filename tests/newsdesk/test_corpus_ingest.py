"""The real corpora ingest whole: no rejects, duplicates folded, and a re-run changes nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsdesk.config import settings
from newsdesk.pipeline import ingest, map_processes

TABLES = ("articles", "quotes", "organisations", "article_organisations", "recommendations", "sources")


def _snapshot(db: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        snap = {}
        for t in TABLES:
            rows = (
                f"SELECT * EXCLUDE (run_id) FROM {t}"
                if t in ("articles", "sources")
                else f"SELECT * FROM {t}"
            )
            snap[t] = con.execute(f"SELECT count(*), sum(hash(r)) FROM ({rows}) AS r").fetchone()
        return snap
    finally:
        con.close()


@pytest.mark.corpus
def test_text_corpora_ingest_without_rejects(shared: Path, tmp_path: Path) -> None:
    cfg = settings(warehouse_path=tmp_path / "w.duckdb", lake_dir=tmp_path / "lake")
    inputs = [shared / "corpus" / name for name in ("seed", "advocacy", "bbc", "polnear")]
    report = ingest(inputs, cfg, map_batches=map_processes(2))
    assert report.rejects == []
    con = duckdb.connect(str(cfg.warehouse), read_only=True)
    bbc = con.execute("SELECT count(*) FROM articles WHERE source_uri LIKE '%/bbc/%'").fetchone()[0]
    bbc_inputs = con.execute("SELECT count(*) FROM sources WHERE source_uri LIKE '%/bbc/%'").fetchone()[0]
    pound = con.execute("SELECT body FROM articles WHERE source_uri LIKE '%/bbc/sport/199.txt'").fetchone()[0]
    con.close()
    assert (bbc, bbc_inputs) == (2127, 2225)  # the corpus holds 98 exact duplicates
    assert "\u00a3" in pound
    before = _snapshot(cfg.warehouse)
    again = ingest(inputs, cfg, map_batches=map_processes(2))
    assert (again.counts.articles_new, again.counts.articles_updated, again.counts.rejected) == (0, 0, 0)
    assert _snapshot(cfg.warehouse) == before
