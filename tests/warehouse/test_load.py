"""Loading a run: the DDL mirrors the Arrow schemas, failures roll back, acronyms join their names."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms.ids import org_id
from transforms.records import ArticleResult, OrgMention, ParsedArticle, RawDocument
from transforms.schemas import SCHEMAS, build_tables
from warehouse.connection import ensure_schema
from warehouse.load import STAGED_TABLES, load_run

NOW = datetime(2024, 5, 1, tzinfo=UTC)


def _duck_type(t: pa.DataType) -> str:
    if pa.types.is_timestamp(t):
        return "TIMESTAMP WITH TIME ZONE" if t.tz else "TIMESTAMP"
    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    return {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.bool_(): "BOOLEAN"}[t]


def test_warehouse_tables_mirror_the_arrow_schemas() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    for name, schema in SCHEMAS.items():
        columns = con.execute(f"DESCRIBE {name}").fetchall()
        assert [(c[0], c[1]) for c in columns] == [(f.name, _duck_type(f.type)) for f in schema], name


def _article(sha: str, orgs: list[OrgMention], uri: str) -> ArticleResult:
    raw = RawDocument(uri, "txt", sha, b"")
    return ArticleResult(raw, ParsedArticle(headline="h", body="The Town Trust met."), organisations=orgs)


def _lake(tmp: Path, results: list[ArticleResult], run: str) -> dict[str, list[str]]:
    tables = build_tables(results, run_id=run, ingested_at=NOW, extractor_version="t")
    files: dict[str, list[str]] = {}
    for name, table in tables.items():
        path = tmp / f"{run}-{name}.parquet"
        pq.write_table(table, path)
        files[name] = [str(path)]
    return files


def test_a_failing_load_leaves_the_warehouse_as_it_was(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    load_run(con, _lake(tmp_path, [_article("a" * 64, [], "/in/one.txt")], "r1"), ["/in/one.txt"])
    before = con.execute("SELECT count(*) FROM articles").fetchone()
    broken = _lake(tmp_path, [_article("b" * 64, [], "/in/two.txt")], "r2")
    (tmp_path / "r2-quotes.parquet").write_bytes(b"not parquet")
    with pytest.raises(duckdb.Error):
        load_run(con, broken, ["/in/one.txt", "/in/two.txt"])
    assert con.execute("SELECT count(*) FROM articles").fetchone() == before
    assert con.execute("SELECT count(*) FROM sources").fetchone() == (1,)
    assert set(STAGED_TABLES) <= set(SCHEMAS)


def test_an_acronym_alone_joins_the_organisation_spelled_out_elsewhere(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    full = OrgMention("Harbour Residents Action Group", acronym="HRAG", aliases=["HRAG"])
    short = OrgMention("HRAG")
    lake = _lake(
        tmp_path, [_article("c" * 64, [short], "/in/a.txt"), _article("d" * 64, [full], "/in/b.txt")], "r1"
    )
    load_run(con, lake, ["/in/a.txt", "/in/b.txt"])
    rows = con.execute("SELECT DISTINCT org_id FROM article_organisations").fetchall()
    assert rows == [(org_id("Harbour Residents Action Group"),)]
    assert con.execute("SELECT name, aliases FROM organisations").fetchall() == [
        ("Harbour Residents Action Group", ["HRAG"])
    ]


def test_a_three_letter_acronym_is_too_ambiguous_to_merge_across_articles(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    full = OrgMention("Harbour Broadcasting Corporation", acronym="HBC", aliases=["HBC"])
    lake = _lake(
        tmp_path,
        [_article("e" * 64, [OrgMention("HBC")], "/in/a.txt"), _article("f" * 64, [full], "/in/b.txt")],
        "r1",
    )
    load_run(con, lake, ["/in/a.txt", "/in/b.txt"])
    assert con.execute("SELECT count(DISTINCT org_id) FROM article_organisations").fetchone() == (2,)
