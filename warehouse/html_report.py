"""The reports as one self-contained HTML page, with charts drawn as inline SVG.

Nothing on the page is fetched: the style sheet is inline in the template and
every chart is SVG markup written here, so the file reads the same offline,
attached to an email or archived. Every value from the warehouse is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from string import Template
from typing import Any

import duckdb

from warehouse.connection import connect_read
from warehouse.reports import get_report, run_report

__all__ = ["Bar", "bar_chart", "build_html", "column_chart", "month_series", "write_html"]

_TEMPLATE = Path(__file__).resolve().parent / "templates" / "report.html"
_TOP = 15  # bars per ranking chart: more stops being readable
_TABLE_ROWS = 30  # rows per table on the page; the CLI report gives them all
_LABEL_CHARS = 38


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    note: str = ""  # shown on hover, e.g. the organisation behind a speaker


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _empty_svg(width: int, message: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} 60" width="{width}" height="60" role="img" aria-label="{_esc(message)}">'
        f'<text class="empty" x="{width / 2:.0f}" y="34" text-anchor="middle">{_esc(message)}</text></svg>'
    )


def bar_chart(bars: Sequence[Bar], title: str, width: int = 500, tone: str = "") -> str:
    """A horizontal bar chart: labels on the left, one bar per row, its value at the bar's end."""
    if not bars:
        return _empty_svg(width, "Nothing to show for these filters")
    label_w, row_h, pad = 190, 24, 6
    plot_w = width - label_w - 46
    top = max(b.value for b in bars) or 1
    height = row_h * len(bars) + pad * 2
    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{_esc(title)}"><title>{_esc(title)}</title>'
    ]
    for i, bar in enumerate(bars):
        y = pad + i * row_h
        length = max(1.0, plot_w * bar.value / top)
        hover = f"{bar.label}: {bar.value}" + (f" ({bar.note})" if bar.note else "")
        parts.append(
            f"<g><title>{_esc(hover)}</title>"
            f'<text class="label" x="{label_w - 8}" y="{y + row_h * 0.68:.1f}" text-anchor="end">'
            f"{_esc(_short(bar.label))}</text>"
            f'<rect class="bar {tone}" x="{label_w}" y="{y + 3}" width="{length:.1f}" '
            f'height="{row_h - 6}" rx="2"/>'
            f'<text class="value" x="{label_w + length + 5:.1f}" y="{y + row_h * 0.68:.1f}">'
            f"{bar.value}</text></g>"
        )
    parts.append(f'<line class="axis" x1="{label_w}" y1="{pad}" x2="{label_w}" y2="{height - pad}"/></svg>')
    return "".join(parts)


def column_chart(points: Sequence[tuple[str, int]], title: str, width: int = 1000) -> str:
    """A vertical column chart over ordered categories (months), every nth label shown."""
    if not points:
        return _empty_svg(width, "No dated articles for these filters")
    height, left, bottom, top_pad = 260, 44, 36, 22
    plot_w, plot_h = width - left - 12, height - bottom - top_pad
    step = plot_w / len(points)
    peak = max(v for _, v in points) or 1
    every = max(1, round(len(points) / 14))
    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{_esc(title)}"><title>{_esc(title)}</title>',
        f'<line class="axis" x1="{left}" y1="{top_pad + plot_h}" x2="{width - 12}" y2="{top_pad + plot_h}"/>',
        f'<text class="tick" x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{peak}</text>',
        f'<text class="tick" x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
    ]
    for i, (label, value) in enumerate(points):
        bar_h = plot_h * value / peak
        x = left + i * step + step * 0.15
        y = top_pad + plot_h - bar_h
        parts.append(
            f"<g><title>{_esc(label)}: {value}</title>"
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{bar_h:.1f}"/>'
        )
        if value and len(points) <= 40:
            parts.append(
                f'<text class="value" x="{x + step * 0.35:.1f}" y="{y - 4:.1f}" '
                f'text-anchor="middle">{value}</text>'
            )
        if i % every == 0:
            parts.append(
                f'<text class="tick" x="{x + step * 0.35:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{_esc(label)}</text>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def month_series(rows: Sequence[Mapping[str, Any]]) -> tuple[list[tuple[str, int]], int]:
    """Articles per month over every publisher, empty months filled in; and the undated count.

    The gaps are filled so that a quiet month shows as a gap, not as two
    distant months drawn side by side.
    """
    totals: dict[str, int] = {}
    undated = 0
    for row in rows:
        if row["month"] is None:
            undated += row["articles"]
        else:
            totals[row["month"]] = totals.get(row["month"], 0) + row["articles"]
    if not totals:
        return [], undated
    series, month, last = [], min(totals), max(totals)
    while month <= last:
        series.append((month, totals.get(month, 0)))
        month = _next_month(month)
    return series, undated


def _section(title: str, about: str, content: str, note: str = "") -> str:
    tail = f'<p class="note">{_esc(note)}</p>' if note else ""
    return f'<section><h2>{_esc(title)}</h2><p class="about">{_esc(about)}</p>{content}{tail}</section>'


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return '<p class="note">No rows for these filters.</p>'
    numeric = {c for c in columns if all(isinstance(r[c], int | float) or r[c] is None for r in rows)}
    align = {c: ' class="num"' if c in numeric else "" for c in columns}
    head = "".join(f"<th{align[c]}>{_esc(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td{align[c]}>{_esc(row[c])}</td>" for c in columns) + "</tr>"
        for row in rows[:_TABLE_ROWS]
    )
    more = len(rows) - _TABLE_ROWS
    tail = f'<p class="note">{more} more rows: see `newsdesk report`.</p>' if more > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{tail}"


def _totals(row: Mapping[str, Any]) -> str:
    keys = ("articles", "publishers", "quotes", "speakers", "organisations", "recommendations")
    cards = "".join(f'<div class="total"><b>{_esc(row[k])}</b><span>{k}</span></div>' for k in keys)
    return f'<div class="totals">{cards}</div>'


def _rows(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object]) -> list[dict[str, Any]]:
    report = get_report(name)
    return run_report(con, name, {k: v for k, v in params.items() if k in report.params}).to_pylist()


def _ranking(rows: Sequence[Mapping[str, Any]], label: str, value: str, note: str | None = None) -> list[Bar]:
    return [
        Bar(
            str(r[label]) if r[label] is not None else "(not stated)",
            int(r[value] or 0),
            str(r[note]) if note and r[note] else "",
        )
        for r in rows[:_TOP]
    ]


def _filters_text(params: Mapping[str, object]) -> str:
    given = [f"{k} {v}" for k, v in params.items() if v is not None]
    return "Filters: " + ", ".join(given) if given else "All articles in the warehouse"


def _body(con: duckdb.DuckDBPyConnection, params: Mapping[str, object]) -> str:
    overview = _rows(con, "overview", params)[0]
    months, undated = month_series(_rows(con, "articles_by_publisher_month", params))
    speakers = _rows(con, "most_quoted_speakers", params)
    orgs = _rows(con, "organisations_by_mentions", params)
    targets = _rows(con, "recommendations_by_target", params)
    demands = _rows(con, "who_demanded_what", params)
    runs = _rows(con, "recent_runs", params)
    rejects = _rows(con, "rejects_by_reason", params)
    undated_note = (
        f"{undated} article{'s have' if undated != 1 else ' has'} no publication date and "
        f"{'are' if undated != 1 else 'is'} not drawn."
        if undated
        else ""
    )
    parts = [
        _totals(overview),
        _section(
            "Articles over time",
            "Articles per month of publication, every publisher together.",
            column_chart(months, "Articles over time"),
            undated_note,
        ),
        '<div class="grid2">',
        _section(
            "Most quoted speakers",
            get_report("most_quoted_speakers").description,
            bar_chart(_ranking(speakers, "speaker", "quotes", "organisation"), "Most quoted speakers"),
        ),
        _section(
            "Organisations",
            get_report("organisations_by_mentions").description,
            bar_chart(_ranking(orgs, "organisation", "articles"), "Organisations", tone="alt"),
        ),
        "</div>",
        _section(
            "Recommendations by target",
            get_report("recommendations_by_target").description,
            bar_chart(
                _ranking(targets, "target", "recommendations"),
                "Recommendations by target",
                width=1000,
                tone="soft",
            ),
        ),
        _section(
            "Who demanded what",
            get_report("who_demanded_what").description,
            _table(demands, ["issuer", "target", "action", "text", "headline", "published"]),
        ),
        _section(
            "Recent runs",
            get_report("recent_runs").description,
            _table(runs, ["run_id", "started_at", "status", "seconds", "files_seen", "new", "rejected"]),
        ),
        _section(
            "Rejected inputs",
            get_report("rejects_by_reason").description,
            _table(rejects, ["reason", "rejects", "last_seen", "example_input", "example_detail"]),
        ),
    ]
    return "\n".join(parts)


def build_html(
    con: duckdb.DuckDBPyConnection, params: Mapping[str, object] | None = None, source: str = "the warehouse"
) -> str:
    """The whole page for the warehouse open on `con`, with the report filters in `params`."""
    chosen = {k: v for k, v in (params or {}).items() if v is not None}
    page = Template(_TEMPLATE.read_text(encoding="utf-8"))
    return page.substitute(
        title="newsdesk report",
        subtitle=_esc(_filters_text(chosen)),
        body=_body(con, chosen),
        warehouse=_esc(source),
        generated=_esc(datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    )


def write_html(path: Path, out: Path, params: Mapping[str, object] | None = None, wait: float = 60.0) -> Path:
    """Open the warehouse read-only and write the page to `out`."""
    with connect_read(path, wait=wait) as con:
        page = build_html(con, params, source=str(path))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
