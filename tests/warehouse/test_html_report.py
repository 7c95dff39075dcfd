"""The HTML report: self-contained, escaped, and rendered by a real browser with the figures in it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from warehouse.connection import connect_read
from warehouse.html_report import Bar, bar_chart, build_html, column_chart, month_series, write_html

_CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
needs_chromium = pytest.mark.skipif(
    _CHROMIUM is None,
    reason="chromium is not installed (apt-get install chromium), so the page cannot be rendered",
)


@pytest.mark.parametrize(
    ("rows", "series", "undated"),
    [
        ([{"month": "2024-01", "articles": 2}, {"month": "2024-03", "articles": 1}],
         [("2024-01", 2), ("2024-02", 0), ("2024-03", 1)], 0),
        ([{"month": "2023-11", "articles": 1}, {"month": "2024-01", "articles": 1},
          {"month": "2023-11", "articles": 4}, {"month": None, "articles": 3}],
         [("2023-11", 5), ("2023-12", 0), ("2024-01", 1)], 3),
        ([{"month": None, "articles": 2}], [], 2),
        ([], [], 0),
    ],
)
def test_month_series_sums_publishers_and_fills_quiet_months(
    rows: list[dict[str, object]], series: list[tuple[str, int]], undated: int
) -> None:
    assert month_series(rows) == (series, undated)


def test_bar_chart_escapes_labels_and_scales_to_the_largest() -> None:
    svg = bar_chart([Bar("<script>alert(1)</script>", 4), Bar("Tomas & Reyes", 2)], "Speakers")
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg and "Tomas &amp; Reyes" in svg
    widths = [float(w) for w in re.findall(r'<rect class="bar[^"]*"[^>]*width="([\d.]+)"', svg)]
    assert len(widths) == 2 and widths[0] == pytest.approx(2 * widths[1])


def test_charts_say_so_when_there_is_nothing_to_draw() -> None:
    assert "Nothing to show" in bar_chart([], "Speakers")
    assert "No dated articles" in column_chart([], "Articles over time")


def test_page_is_self_contained(warehouse: Path) -> None:
    with connect_read(warehouse) as con:
        page = build_html(con)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched from anywhere
    assert "<link" not in page and "@import" not in page and "<script" not in page
    headings = ("Articles over time", "Most quoted speakers", "Organisations", "Recommendations by target")
    for heading in headings:
        assert f"<h2>{heading}</h2>" in page


def test_page_follows_the_filters(warehouse: Path) -> None:
    with connect_read(warehouse) as con:
        page = build_html(con, {"publisher": "Valley Courier", "since": date(2024, 2, 1), "org": None})
    assert "Filters: publisher Valley Courier, since 2024-02-01" in page
    assert "the coalition" in page
    assert "the union" not in page  # quoted only in the Harbour Gazette


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert _CHROMIUM is not None
    return subprocess.run(
        [_CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


@needs_chromium
def test_rendered_page_shows_the_charts_and_figures(warehouse: Path, tmp_path: Path) -> None:
    page = write_html(warehouse, tmp_path / "out" / "report.html")
    result = _chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    for title in ("Articles over time", "Most quoted speakers", "Organisations", "Recommendations by target",
                  "Who demanded what"):
        assert title in dom
    # Mayor Okafor's bar carries her three quotes; the port authority's bar its three articles
    # (the serialised DOM closes <rect> explicitly)
    bar_value = r"</text><rect[^>]*>(?:</rect>)?<text[^>]*>{}</text>"
    assert re.search("Mayor Ines Okafor" + bar_value.format(3), dom)
    assert re.search("Harbour Port Authority" + bar_value.format(3), dom)
    assert re.search("the transport minister" + bar_value.format(2), dom)
    assert re.search(r"<b>8</b><span>quotes</span>", dom)
    assert "1 article has no publication date" in dom


@needs_chromium
def test_rendered_page_screenshot(warehouse: Path, tmp_path: Path) -> None:
    page = write_html(warehouse, tmp_path / "report.html")
    shot = tmp_path / "report.png"
    result = _chromium(f"--screenshot={shot}", "--window-size=1200,1800", page.as_uri(),
                       profile=tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kilobytes
