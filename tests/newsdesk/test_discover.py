"""Finding inputs, the cheap unchanged check, and batching."""

from __future__ import annotations

from pathlib import Path

from newsdesk.discover import InputFile, KnownFile, chunk, discover, plan


def test_discover_walks_folders_skips_hidden_and_documentation(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "two.md").write_text("x")
    (tmp_path / ".swap.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("x")
    (tmp_path / "README.TXT").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    files, rejects = discover([tmp_path, tmp_path / "a" / "one.txt", tmp_path / "missing"])
    assert [Path(f.path).name for f in files] == ["one.txt", "notes.pdf", "two.md"]
    assert [(Path(r.source_uri).name, r.reason) for r in rejects] == [("missing", "not_found")]


def test_a_named_readme_is_read_like_any_file(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("x")
    files, _ = discover([tmp_path / "README.txt"])
    assert len(files) == 1


def test_plan_skips_files_with_the_same_size_and_mtime() -> None:
    same, touched, new = InputFile("/a", 10, 1), InputFile("/b", 10, 2), InputFile("/c", 5, 1)
    known = {"/a": KnownFile(10, 1, "h", "ok"), "/b": KnownFile(10, 1, "h", "ok")}
    result = plan([same, touched, new], known)
    assert result.unchanged == [same]
    assert result.todo == [touched, new]


def test_chunk_by_count_and_bytes() -> None:
    files = [InputFile(f"/{i}", 40, 0) for i in range(5)]
    assert [len(b) for b in chunk(files, max_files=2)] == [2, 2, 1]
    assert [len(b) for b in chunk(files, max_files=10, max_bytes=100)] == [2, 2, 1]
