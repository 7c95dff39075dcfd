"""A batch of files: transient read errors retried, vanished files rejected, rows written to the lake."""

from __future__ import annotations

import builtins
import errno
import gc
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsdesk.batch import BatchJob, fewer_collections, read_with_retry, run_batch
from newsdesk.discover import InputFile

STORY = "Ferry kept\n\nThe council kept the early ferry, the Harbour Residents Association said.\n"


def _job(tmp_path: Path, files: list[Path], known: dict[str, str] | None = None) -> BatchJob:
    inputs = [InputFile(str(f), 1, 1) for f in files]
    return BatchJob("run-1", 1, inputs, known or {}, str(tmp_path / "lake"), datetime(2024, 5, 1, tzinfo=UTC))


def test_a_file_that_vanishes_before_reading_is_rejected_not_fatal(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text(STORY, encoding="utf-8")
    summary = run_batch(_job(tmp_path, [tmp_path / "gone.txt", kept]))
    assert (summary.articles, summary.rejects) == (1, 1)
    assert summary.reject_reasons == {"vanished": 1}
    rejects = pq.read_table(summary.lake_files["rejects"][0]).to_pylist()
    assert rejects[0]["source_uri"].endswith("gone.txt")


def test_transient_errors_are_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "busy.txt"
    path.write_text(STORY, encoding="utf-8")
    real_open = builtins.open
    failures = iter([OSError(errno.EBUSY, "busy"), OSError(errno.EAGAIN, "again")])

    def flaky_open(file, *args, **kwargs):
        if str(file) == str(path):
            error = next(failures, None)
            if error is not None:
                raise error
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", flaky_open)
    assert read_with_retry(str(path), pause=0.001) == STORY.encode()


def test_permanent_errors_are_not_retried(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_with_retry(str(tmp_path), pause=0.001)


def test_identical_content_is_recognised_by_hash(tmp_path: Path) -> None:
    path = tmp_path / "same.txt"
    path.write_text(STORY, encoding="utf-8")
    from transforms.ids import sha256_hex

    summary = run_batch(_job(tmp_path, [path], {str(path): sha256_hex(STORY.encode())}))
    assert (summary.unchanged_files, summary.articles) == (1, 0)
    files = pq.read_table(summary.lake_files["files"][0]).to_pylist()
    assert files[0]["status"] == "unchanged"


def test_fewer_collections_holds_only_for_the_block() -> None:
    before = gc.get_threshold()
    with fewer_collections(12_345):
        assert gc.get_threshold() == (12_345, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections(12_345):
        raise RuntimeError("a failing batch")
    assert gc.get_threshold() == before


def test_a_batch_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    before = gc.get_threshold()
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_batch(_job(tmp_path, [story])).articles == 1
    assert gc.get_threshold() == before
