"""Arrow schemas of every table, defined once, and the records-to-table builders.

The DuckDB DDL in `warehouse/sql/schema.sql` mirrors these; a test keeps the
two in step.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

import pyarrow as pa

from transforms.ids import article_id, child_id, org_id
from transforms.records import ArticleResult, Reject

__all__ = [
    "ARTICLES",
    "ARTICLE_ORGANISATIONS",
    "FILES",
    "ORGANISATIONS",
    "QUOTES",
    "RECOMMENDATIONS",
    "REJECTS",
    "RUNS",
    "SCHEMAS",
    "SOURCES",
    "build_tables",
    "rejects_table",
]

_TS = pa.timestamp("us")
_TSZ = pa.timestamp("us", tz="UTC")

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_uri", pa.string()),
        ("source_format", pa.string()),
        ("content_sha256", pa.string()),
        ("headline", pa.string()),
        ("dek", pa.string()),
        ("byline", pa.string()),
        ("publisher", pa.string()),
        ("url", pa.string()),
        ("published_at", _TS),
        ("language", pa.string()),
        ("image_alt", pa.string()),
        ("image_caption", pa.string()),
        ("image_credit", pa.string()),
        ("license", pa.string()),
        ("body", pa.string()),
        ("word_count", pa.int32()),
        ("ingested_at", _TSZ),
        ("run_id", pa.string()),
        ("extractor_version", pa.string()),
        ("extra", pa.string()),
        ("date_source", pa.string()),
    ]
)

QUOTES = pa.schema(
    [
        ("quote_id", pa.string()),
        ("article_id", pa.string()),
        ("ordinal", pa.int32()),
        ("text", pa.string()),
        ("speaker", pa.string()),
        ("speaker_org_id", pa.string()),
        ("cue", pa.string()),
        ("is_fragment", pa.bool_()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("speaker_name", pa.string()),
        ("speaker_role", pa.string()),
    ]
)

ORGANISATIONS = pa.schema(
    [
        ("org_id", pa.string()),
        ("name", pa.string()),
        ("acronym", pa.string()),
        ("aliases", pa.list_(pa.string())),
    ]
)

ARTICLE_ORGANISATIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("org_id", pa.string()),
        ("mentions", pa.int32()),
        ("first_char", pa.int32()),
        ("role", pa.string()),
    ]
)

RECOMMENDATIONS = pa.schema(
    [
        ("recommendation_id", pa.string()),
        ("article_id", pa.string()),
        ("ordinal", pa.int32()),
        ("text", pa.string()),
        ("action", pa.string()),
        ("target", pa.string()),
        ("issuer", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
    ]
)

REJECTS = pa.schema(
    [
        ("source_uri", pa.string()),
        ("content_sha256", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("run_id", pa.string()),
        ("seen_at", _TSZ),
    ]
)

# Which input (file, or record inside one) yielded which article: duplicates of
# an article seen elsewhere land here too, so no input is ever silently dropped.
SOURCES = pa.schema(
    [
        ("source_uri", pa.string()),
        ("file_path", pa.string()),
        ("article_id", pa.string()),
        ("content_sha256", pa.string()),
        ("run_id", pa.string()),
    ]
)

# What the last run saw of each input file: the cheap unchanged check.
FILES = pa.schema(
    [
        ("file_path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("content_sha256", pa.string()),
        ("status", pa.string()),
        ("run_id", pa.string()),
    ]
)

RUNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("started_at", _TSZ),
        ("finished_at", _TSZ),
        ("status", pa.string()),
        ("files_seen", pa.int64()),
        ("articles_new", pa.int64()),
        ("articles_updated", pa.int64()),
        ("articles_unchanged", pa.int64()),
        ("rejected", pa.int64()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "quotes": QUOTES,
    "organisations": ORGANISATIONS,
    "article_organisations": ARTICLE_ORGANISATIONS,
    "recommendations": RECOMMENDATIONS,
    "rejects": REJECTS,
    "sources": SOURCES,
    "files": FILES,
    "runs": RUNS,
}


def _naive_utc(value: datetime | None) -> datetime | None:
    """TIMESTAMP columns hold UTC wall time without a zone."""
    if value is None or value.tzinfo is None:
        return value
    from datetime import UTC

    return value.astimezone(UTC).replace(tzinfo=None)


def build_tables(
    results: Iterable[ArticleResult], *, run_id: str, ingested_at: datetime, extractor_version: str
) -> dict[str, pa.Table]:
    """Rows of every article-level table for a batch of results.

    Organisations are returned one row per org_id seen in the batch, with the
    union of the forms seen; the warehouse merges them across batches.
    """
    cols: dict[str, dict[str, list]] = {
        name: {f.name: [] for f in SCHEMAS[name]}
        for name in (
            "articles",
            "quotes",
            "organisations",
            "article_organisations",
            "recommendations",
            "sources",
        )
    }
    orgs: dict[str, tuple[str, str | None, set[str]]] = {}
    seen_articles: set[str] = set()
    for res in results:
        raw, art = res.raw, res.article
        aid = article_id(raw.content_sha256)
        s = cols["sources"]
        file_path = raw.source_uri.split("#", 1)[0]
        for key, value in (
            ("source_uri", raw.source_uri),
            ("file_path", file_path),
            ("article_id", aid),
            ("content_sha256", raw.content_sha256),
            ("run_id", run_id),
        ):
            s[key].append(value)
        if aid in seen_articles:
            continue
        seen_articles.add(aid)
        a = cols["articles"]
        row = {
            "article_id": aid,
            "source_uri": raw.source_uri,
            "source_format": raw.source_format,
            "content_sha256": raw.content_sha256,
            "headline": art.headline,
            "dek": art.dek,
            "byline": art.byline,
            "publisher": art.publisher,
            "url": art.url,
            "published_at": _naive_utc(art.published_at),
            "language": art.language,
            "image_alt": art.image_alt,
            "image_caption": art.image_caption,
            "image_credit": art.image_credit,
            "license": art.license,
            "body": art.body,
            "word_count": len(art.body.split()),
            "ingested_at": ingested_at,
            "run_id": run_id,
            "extractor_version": extractor_version,
            "extra": json.dumps(art.extra, ensure_ascii=False, default=str) if art.extra else None,
            "date_source": art.extra.get("date_source") if art.extra else None,
        }
        for key, value in row.items():
            a[key].append(value)
        by_name: dict[str, str] = {}
        ao = cols["article_organisations"]
        for org in res.organisations:
            oid = org_id(org.name)
            by_name[org.name] = oid
            for alias in org.aliases:
                by_name.setdefault(alias, oid)
            name, acronym, aliases = orgs.get(oid, (org.name, org.acronym, set()))
            aliases |= {x for x in org.aliases if x != name}
            orgs[oid] = (name, acronym or org.acronym, aliases)
            for key, value in (
                ("article_id", aid),
                ("org_id", oid),
                ("mentions", org.mentions),
                ("first_char", org.first_char),
                ("role", org.role),
            ):
                ao[key].append(value)
        q = cols["quotes"]
        for n, quote in enumerate(res.quotes, start=1):
            for key, value in (
                ("quote_id", child_id(aid, "q", n)),
                ("article_id", aid),
                ("ordinal", n),
                ("text", quote.text),
                ("speaker", quote.speaker),
                (
                    "speaker_org_id",
                    by_name.get(quote.speaker_org or "")
                    or (org_id(quote.speaker_org) if quote.speaker_org else None),
                ),
                ("cue", quote.cue),
                ("is_fragment", quote.is_fragment),
                ("char_start", quote.char_start),
                ("char_end", quote.char_end),
                ("speaker_name", quote.speaker_name),
                ("speaker_role", quote.speaker_role),
            ):
                q[key].append(value)
        r = cols["recommendations"]
        for n, rec in enumerate(res.recommendations, start=1):
            for key, value in (
                ("recommendation_id", child_id(aid, "r", n)),
                ("article_id", aid),
                ("ordinal", n),
                ("text", rec.text),
                ("action", rec.action),
                ("target", rec.target),
                ("issuer", rec.issuer),
                ("char_start", rec.char_start),
                ("char_end", rec.char_end),
            ):
                r[key].append(value)
    o = cols["organisations"]
    for oid, (name, acronym, aliases) in sorted(orgs.items()):
        o["org_id"].append(oid)
        o["name"].append(name)
        o["acronym"].append(acronym)
        o["aliases"].append(sorted(aliases))
    return {name: pa.table(c, schema=SCHEMAS[name]) for name, c in cols.items()}


def rejects_table(rejects: Iterable[Reject], *, run_id: str, seen_at: datetime) -> pa.Table:
    rows = list(rejects)
    return pa.table(
        {
            "source_uri": [r.source_uri for r in rows],
            "content_sha256": [r.content_sha256 for r in rows],
            "reason": [r.reason for r in rows],
            "detail": [r.detail for r in rows],
            "run_id": [run_id] * len(rows),
            "seen_at": [seen_at] * len(rows),
        },
        schema=REJECTS,
    )
