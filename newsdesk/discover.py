"""Finding input files and deciding which of them need reading this run."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from transforms.records import Reject

__all__ = ["InputFile", "KnownFile", "Plan", "chunk", "discover", "plan"]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class KnownFile:
    """What the warehouse remembers of a file from the last run that read it."""

    size: int
    mtime_ns: int
    content_sha256: str | None
    status: str


@dataclass(slots=True)
class Plan:
    todo: list[InputFile]
    unchanged: list[InputFile]


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        # Hidden folders and files (.git, .DS_Store, editors' swap files) are never articles.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def discover(paths: Iterable[Path]) -> tuple[list[InputFile], list[Reject]]:
    """Every input file under `paths`, by absolute path, and rejects for paths that cannot be read.

    Files of unsupported types are returned too: reading them yields a reject
    row, and the cheap unchanged check then spares them on later runs.
    Hidden files and a folder's README or LICENSE are not inputs.
    """
    found: dict[str, InputFile] = {}
    rejects: list[Reject] = []
    for given in paths:
        root = Path(given).expanduser().absolute()
        if not root.exists():
            rejects.append(Reject(str(root), "not_found", "no such file or folder"))
            continue
        for path in [root] if root.is_file() else _walk(root):
            uri = str(path)
            if uri in found:
                continue
            if path is not root and _is_documentation(path.name):
                continue
            try:
                st = path.stat()
            except OSError as exc:
                rejects.append(Reject(uri, "unreadable", str(exc)))
                continue
            found[uri] = InputFile(uri, st.st_size, st.st_mtime_ns)
    return sorted(found.values(), key=lambda f: f.path), rejects


# A corpus folder's own documentation is not an article; named explicitly, it is read like any file.
_DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "copying", "notice"})


def _is_documentation(name: str) -> bool:
    return name.split(".", 1)[0].lower() in _DOC_STEMS


def plan(files: list[InputFile], known: dict[str, KnownFile]) -> Plan:
    """Split files into those to read and those unchanged since the last run (same size and mtime).

    Size and mtime are the cheap check; a file that fails it is still compared
    by content hash when read, so a touched-but-identical file costs one read.
    """
    todo, unchanged = [], []
    for f in files:
        k = known.get(f.path)
        if k is not None and k.size == f.size and k.mtime_ns == f.mtime_ns:
            unchanged.append(f)
        else:
            todo.append(f)
    return Plan(todo, unchanged)


def chunk(files: list[InputFile], max_files: int, max_bytes: int = 64 << 20) -> list[list[InputFile]]:
    """Batches of at most `max_files` files and about `max_bytes` bytes each."""
    batches: list[list[InputFile]] = []
    current: list[InputFile] = []
    size = 0
    for f in files:
        if current and (len(current) >= max_files or size + f.size > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(f)
        size += f.size
    if current:
        batches.append(current)
    return batches
