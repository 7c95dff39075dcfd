"""The Markdown summary of a run that the Prefect UI shows as an artifact."""

from __future__ import annotations

from newsdesk.pipeline import RunReport

__all__ = ["run_markdown"]


def _table(header: tuple[str, str], rows: list[tuple[str, object]]) -> list[str]:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {str(a).replace('|', '/')} | {b} |" for a, b in rows]
    return lines


def run_markdown(report: RunReport) -> str:
    c = report.counts
    lines = [
        f"# newsdesk ingest run `{report.run_id}`",
        "",
        *_table(
            ("", "count"),
            [
                ("files seen", report.files_seen),
                ("files unchanged", report.files_unchanged),
                ("articles new", c.articles_new),
                ("articles updated", c.articles_updated),
                ("articles unchanged", c.articles_unchanged),
                ("rejected", c.rejected),
            ],
        ),
        "",
        f"Took {report.seconds:.1f}s; warehouse `{report.warehouse}`, lake `{report.lake}`.",
    ]
    if report.reject_reasons:
        lines += [
            "",
            "## Rejected, by reason",
            "",
            *_table(("reason", "inputs"), report.reject_reasons.most_common()),
        ]
    if report.skipped_records:
        lines += [
            "",
            "## Container records that are not articles (skipped)",
            "",
            *_table(("record kind", "records"), report.skipped_records.most_common()),
        ]
    if report.rejects:
        lines += ["", "## Rejected inputs", ""]
        lines += [f"- `{uri}`: {reason} ({detail})" for uri, reason, detail in report.rejects[:50]]
    for title, attr in (("Top organisations", "org_names"), ("Top speakers", "speakers")):
        top = report.top(attr)
        if top:
            lines += [
                "",
                f"## {title} of the run",
                "",
                *_table(("name", "articles" if attr == "org_names" else "quotes"), top),
            ]
    return "\n".join(lines) + "\n"
