"""Exporting the warehouse: every table, zstd Parquet or CSV, optional hive partitions."""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from warehouse.connection import connect_read
from warehouse.errors import WarehouseMissing
from warehouse.export import ExportError, export_warehouse, table_columns


def _tables(warehouse: Path) -> dict[str, list[str]]:
    with connect_read(warehouse) as con:
        return table_columns(con)


def test_every_table_becomes_one_zstd_parquet_file(
    warehouse: Path, tmp_path: Path, sample: SimpleNamespace
) -> None:
    out = tmp_path / "export"
    written = {t.table: t for t in export_warehouse(warehouse, out)}
    assert set(written) == set(_tables(warehouse))
    assert {"articles", "quotes", "organisations", "article_organisations", "recommendations", "rejects",
            "runs"} <= set(written)
    for table in written.values():
        assert table.path == out / f"{table.table}.parquet" and table.path.is_file()
        assert not table.partitioned
    quotes = pq.read_table(out / "quotes.parquet")
    assert quotes.num_rows == written["quotes"].rows == len(sample.quotes)
    assert quotes.column_names == _tables(warehouse)["quotes"]
    meta = pq.read_metadata(out / "articles.parquet")
    assert {meta.row_group(0).column(i).compression for i in range(meta.num_columns)} == {"ZSTD"}
    aliases = {r["acronym"]: r["aliases"] for r in pq.read_table(out / "organisations.parquet").to_pylist()}
    assert aliases["NSFU"] == ["the union", "Fishermen's Union"]  # lists survive as lists
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind


def test_duckdb_reads_the_export_back_unchanged(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_warehouse(warehouse, out)
    query = "SELECT quote_id, speaker, char_start FROM {} ORDER BY quote_id"
    with connect_read(warehouse) as con:
        original = con.execute(query.format("quotes")).fetchall()
    exported = duckdb.sql(query.format(f"read_parquet('{out / 'quotes.parquet'}')")).fetchall()
    assert exported == original


def test_partitioned_export_writes_hive_folders_for_tables_with_the_column(
    warehouse: Path, tmp_path: Path, sample: SimpleNamespace
) -> None:
    out = tmp_path / "export"
    written = {t.table: t for t in export_warehouse(warehouse, out, partition_by="publisher")}
    assert written["articles"].partitioned and written["articles"].path == out / "articles"
    assert not written["quotes"].partitioned  # quotes have no publisher column
    folders = sorted(p.name for p in (out / "articles").iterdir())
    assert folders == ["publisher=Harbour%20Gazette", "publisher=Valley%20Courier"]

    by_arrow = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert sorted(zip(by_arrow.column("article_id").to_pylist(), by_arrow.column("publisher").to_pylist(),
                      strict=True)) == sorted((a[0], a[2]) for a in sample.articles)

    by_duckdb = duckdb.sql(
        f"SELECT publisher, count(*) FROM read_parquet('{out}/articles/**/*.parquet', "
        "hive_partitioning = true) GROUP BY publisher ORDER BY publisher"
    ).fetchall()
    assert by_duckdb == [("Harbour Gazette", 3), ("Valley Courier", 2)]


def test_empty_tables_stay_single_files_when_partitioning(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    written = {t.table: t for t in export_warehouse(warehouse, out, partition_by="run_id")}
    assert written["runs"].partitioned and written["rejects"].partitioned
    # `sources` has a run_id column but no rows: a folder would hold no file and lose the schema
    assert not written["sources"].partitioned
    assert pq.read_table(out / "sources.parquet").column_names == _tables(warehouse)["sources"]


def test_reexport_replaces_the_previous_layout(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_warehouse(warehouse, out)
    export_warehouse(warehouse, out, partition_by="publisher")
    assert (out / "articles").is_dir() and not (out / "articles.parquet").exists()
    export_warehouse(warehouse, out)
    assert (out / "articles.parquet").is_file() and not (out / "articles").exists()


def test_csv_export(warehouse: Path, tmp_path: Path, sample: SimpleNamespace) -> None:
    out = tmp_path / "export"
    written = {t.table: t for t in export_warehouse(warehouse, out, fmt="csv")}
    assert written["recommendations"].path == out / "recommendations.csv"
    with (out / "recommendations.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(sample.recommendations)
    assert {r["target"] for r in rows} >= {"the fisheries minister", "ferry operators"}


def test_a_column_no_table_has_is_an_error(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no table has a column 'colour'"):
        export_warehouse(warehouse, tmp_path / "export", partition_by="colour")
    assert list((tmp_path / "export").iterdir()) == []


def test_too_many_partitions_is_an_error(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("warehouse.export.MAX_PARTITIONS", 3)
    with pytest.raises(ExportError, match="would split"):
        export_warehouse(warehouse, tmp_path / "export", partition_by="article_id")


def test_missing_warehouse(tmp_path: Path) -> None:
    with pytest.raises(WarehouseMissing):
        export_warehouse(tmp_path / "absent.duckdb", tmp_path / "export")
