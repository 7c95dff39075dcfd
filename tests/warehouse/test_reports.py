"""Canned reports: headers, bound filters, and the figures they give on the sample warehouse."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from warehouse.connection import connect_read
from warehouse.reports import (
    PARAMETERS,
    ReportParameterError,
    UnknownReport,
    catalogue,
    parse_report,
    report_table,
    run_report,
)

_REQUIRED = {
    "most_quoted_speakers",
    "organisations_by_mentions",
    "recommendations_by_target",
    "articles_by_publisher_month",
    "quotes_per_organisation",
    "who_demanded_what",
    "rejects_by_reason",
    "recent_runs",
}
_EXAMPLE = {
    "since": date(2024, 1, 1), "until": date(2024, 12, 31), "org": "NSFU", "publisher": "Harbour Gazette",
}


def test_the_catalogue_has_the_reports_analysts_expect() -> None:
    reports = catalogue()
    assert set(reports) >= _REQUIRED
    for name, report in reports.items():
        assert report.name == name
        assert report.title and len(report.description) > 30
        assert set(report.params) <= set(PARAMETERS)


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_report_runs_unfiltered_and_with_all_its_filters(warehouse: Path, name: str) -> None:
    report = catalogue()[name]
    with connect_read(warehouse) as con:
        unfiltered = run_report(con, name)
        filtered = run_report(con, name, {p: _EXAMPLE[p] for p in report.params})
    assert unfiltered.num_rows >= 1
    assert filtered.column_names == unfiltered.column_names


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("-- description: no title here\nSELECT 1", "title"),
        ("-- title: T\n-- description: D\n-- params: since\nSELECT 1", "uses"),
        ("-- title: T\n-- description: D\nSELECT $org", "uses"),
        ("-- title: T\n-- description: D\n-- params: colour\nSELECT $colour", "unknown parameters"),
    ],
)
def test_a_header_that_disagrees_with_its_sql_is_refused(header: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_report("broken", header)


def test_header_description_continues_over_indented_lines() -> None:
    text = "-- title: T\n-- description: first half\n--   second half\n-- params: org\nSELECT $org"
    report = parse_report("ok", text)
    assert report.description == "first half second half"
    assert report.params == ("org",)


def test_most_quoted_speakers_merges_spellings_that_differ_in_case(warehouse: Path) -> None:
    rows = report_table(warehouse, "most_quoted_speakers").to_pylist()
    top = rows[0]
    # q1, q7 ("Mayor Ines Okafor") and q6 ("mayor ines okafor"), in articles a1 and a4
    assert (top["speaker"], top["quotes"], top["articles"]) == ("Mayor Ines Okafor", 3, 2)
    assert (top["first_seen"], top["last_seen"]) == (date(2024, 1, 15), date(2024, 3, 5))
    union = next(r for r in rows if r["speaker"] == "the union")
    assert union["organisation"] == "North Sea Fishermen's Union"
    assert (union["quotes"], union["full_quotes"]) == (2, 1)  # q4 is a fragment
    assert all(r["speaker"] for r in rows)  # the unattributed quote is not a speaker


def test_date_filters_are_inclusive_days(warehouse: Path) -> None:
    # a2 on 3 February and a3 at 06:45 on 20 February; the undated a5 drops out once a date is asked for
    rows = report_table(
        warehouse, "articles_by_publisher_month", {"since": date(2024, 2, 3), "until": date(2024, 2, 20)}
    ).to_pylist()
    assert [(r["publisher"], r["month"], r["articles"]) for r in rows] == [
        ("Harbour Gazette", "2024-02", 1),
        ("Valley Courier", "2024-02", 1),
    ]


def test_articles_by_month_keeps_undated_articles_apart(warehouse: Path, sample: SimpleNamespace) -> None:
    rows = report_table(warehouse, "articles_by_publisher_month").to_pylist()
    assert sum(r["articles"] for r in rows) == len(sample.articles)
    undated = [r for r in rows if r["month"] is None]
    assert [(r["publisher"], r["articles"], r["quotes"], r["recommendations"]) for r in undated] == [
        ("Harbour Gazette", 1, 1, 1)
    ]


@pytest.mark.parametrize("publisher", ["Valley Courier", "valley courier", "VALLEY COURIER"])
def test_publisher_filter_ignores_case(warehouse: Path, publisher: str) -> None:
    rows = report_table(warehouse, "who_demanded_what", {"publisher": publisher}).to_pylist()
    assert {r["article_id"] for r in rows} == {"a3"}


@pytest.mark.parametrize("org", ["Coastal Rail Coalition", "CRC", "crc", "the coalition"])
def test_org_filter_matches_name_acronym_or_alias(warehouse: Path, org: str) -> None:
    rows = report_table(warehouse, "who_demanded_what", {"org": org}).to_pylist()
    assert [r["action"] for r in rows] == ["Restore", "Publish"]  # a3's two, in their order


def test_filter_values_are_data_not_sql(warehouse: Path, sample: SimpleNamespace) -> None:
    hostile = "x') OR 1=1; DROP TABLE quotes; --"
    assert report_table(warehouse, "most_quoted_speakers", {"org": hostile}).num_rows == 0
    assert report_table(warehouse, "overview").to_pylist()[0]["quotes"] == len(sample.quotes)


def test_recommendations_by_target_groups_case_variants(warehouse: Path) -> None:
    rows = report_table(warehouse, "recommendations_by_target").to_pylist()
    first = rows[0]
    assert first["target"].lower() == "the transport minister"
    assert (first["recommendations"], first["articles"]) == (2, 1)
    assert first["issuers"] == "the coalition"
    assert {r["target"] for r in rows[1:]} == {"the fisheries minister", "ferry operators"}


def test_organisations_by_mentions_counts_articles_and_mentions(warehouse: Path) -> None:
    rows = {r["acronym"]: r for r in report_table(warehouse, "organisations_by_mentions").to_pylist()}
    assert (rows["HPA"]["articles"], rows["HPA"]["mentions"], rows["HPA"]["quoted"]) == (3, 4, 0)
    assert (rows["NSFU"]["articles"], rows["NSFU"]["quoted"]) == (1, 2)


def test_organisations_by_mentions_with_org_shows_its_neighbours(warehouse: Path) -> None:
    rows = report_table(warehouse, "organisations_by_mentions", {"org": "CRC"}).to_pylist()
    # a3 mentions the coalition and the port authority; nothing else mentions the coalition
    assert {r["acronym"]: r["articles"] for r in rows} == {"CRC": 1, "HPA": 1}


def test_quotes_per_organisation(warehouse: Path) -> None:
    rows = {r["acronym"]: r for r in report_table(warehouse, "quotes_per_organisation").to_pylist()}
    assert (rows["NSFU"]["quotes_by_organisation"], rows["NSFU"]["quotes_in_its_articles"]) == (2, 2)
    # HPA speaks in no quote, but a1 (2 quotes), a3 (1) and a5 (1) mention it
    assert (rows["HPA"]["quotes_by_organisation"], rows["HPA"]["quotes_in_its_articles"]) == (0, 4)
    assert rows["HPA"]["articles_mentioning_it"] == 3


def test_rejects_by_reason_and_its_date_filter(warehouse: Path) -> None:
    everything = report_table(warehouse, "rejects_by_reason").to_pylist()
    assert [(r["reason"], r["rejects"]) for r in everything] == [("empty", 2), ("unsupported_format", 1)]
    assert everything[0]["example_input"] == "/inbox/notes.md"  # the latest one seen
    recent = report_table(warehouse, "rejects_by_reason", {"since": date(2024, 3, 5)}).to_pylist()
    assert [(r["reason"], r["rejects"]) for r in recent] == [("empty", 1), ("unsupported_format", 1)]


def test_recent_runs_newest_first_with_durations(warehouse: Path) -> None:
    rows = report_table(warehouse, "recent_runs").to_pylist()
    assert [(r["run_id"], r["seconds"], r["new"]) for r in rows] == [
        ("run-2024-03-08", 90.0, 2),
        ("run-2024-03-01", 42.0, 3),
    ]


def test_quote_cues_shares_add_up(warehouse: Path) -> None:
    rows = report_table(warehouse, "quote_cues").to_pylist()
    assert rows[0]["cue"] == "said"
    assert rows[0]["quotes"] == 4  # q1, q2, q3, q6
    assert sum(r["percent"] for r in rows) == pytest.approx(100, abs=0.5)


def test_unknown_report_lists_the_known_ones(warehouse: Path) -> None:
    with pytest.raises(UnknownReport) as caught:
        report_table(warehouse, "top_speakers")
    assert "most_quoted_speakers" in str(caught.value)
    assert caught.value.known == sorted(catalogue())


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("recent_runs", {"org": "CRC"}, "does not take --org"),
        ("rejects_by_reason", {"publisher": "Valley Courier"}, "does not take --publisher"),
        ("most_quoted_speakers", {"since": "2024-01-01"}, "must be a date"),
    ],
)
def test_filters_a_report_cannot_apply_are_refused(
    warehouse: Path, name: str, params: dict[str, object], message: str
) -> None:
    with pytest.raises(ReportParameterError, match=message):
        report_table(warehouse, name, params)


def test_filters_left_unset_are_ignored(warehouse: Path) -> None:
    rows = report_table(warehouse, "recent_runs", {"org": None, "publisher": None}).to_pylist()
    assert len(rows) == 2
