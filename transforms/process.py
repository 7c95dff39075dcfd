"""One input's bytes to articles with their extractions, or to rejects: the whole pure path.

Nothing here raises for bad content: every failure becomes a `Reject` with a
reason code, so one bad input never stops the inputs around it.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from transforms.errors import InputError
from transforms.extract import extract
from transforms.ids import sha256_hex
from transforms.parse import parse_document
from transforms.read import read_documents
from transforms.records import ArticleResult, RawDocument, Reject

__all__ = ["InputOutcome", "process_input"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class InputOutcome:
    results: list[ArticleResult] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    # Records a container holds that are not articles (a WARC's requests, metadata, non-HTML responses).
    skipped: Counter[str] = field(default_factory=Counter)


def _process_document(doc: RawDocument, outcome: InputOutcome) -> None:
    try:
        article = parse_document(doc)
        outcome.results.append(extract(doc, article))
    except InputError as exc:
        outcome.rejects.append(Reject(doc.source_uri, exc.reason, exc.detail, doc.content_sha256))
    except Exception as exc:  # a parser bug must cost one article, never the run
        log.exception("failed on %s", doc.source_uri)
        outcome.rejects.append(
            Reject(doc.source_uri, "internal_error", f"{type(exc).__name__}: {exc}", doc.content_sha256)
        )


def process_input(uri: str, data: bytes) -> InputOutcome:
    """Read, parse and extract every article in one input file's bytes."""
    outcome = InputOutcome()
    try:
        for item in read_documents(uri, data, outcome.skipped):
            if isinstance(item, Reject):
                outcome.rejects.append(item)
            else:
                _process_document(item, outcome)
    except InputError as exc:
        outcome.rejects.append(Reject(uri, exc.reason, exc.detail, sha256_hex(data)))
    except Exception as exc:
        log.exception("failed on %s", uri)
        outcome.rejects.append(
            Reject(uri, "internal_error", f"{type(exc).__name__}: {exc}", sha256_hex(data))
        )
    return outcome
