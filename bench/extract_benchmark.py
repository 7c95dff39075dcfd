"""Benchmark: parse and extraction alone, on one core, in articles per second.

    uv run python bench/extract_benchmark.py FOLDER [--limit N]

Reads every input under FOLDER into memory first, then times
transforms.process.process_input (decode, layout, language, organisations,
quotes, recommendations) over them in this one process, by CPU time, under
the garbage-collector setting a pipeline batch uses. This is
the per-core figure; `ingest_benchmark.py` gives the whole run's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=5000, help="at most this many files (default 5000)")
    args = ap.parse_args()

    from newsdesk.batch import fewer_collections
    from transforms.language import load_model
    from transforms.process import process_input

    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    inputs = [(str(p), p.read_bytes()) for p in files[: args.limit]]
    # The language model and word lists load once per process, not per article.
    load_model()
    process_input(*inputs[0])
    # The collector setting a pipeline batch runs under (newsdesk.batch.run_batch).
    with fewer_collections():
        started = time.process_time()
        articles = sum(len(process_input(uri, data).results) for uri, data in inputs)
        cpu = time.process_time() - started
    words = sum(len(data.split()) for _, data in inputs) / max(1, len(inputs))
    print(
        f"{articles} articles from {len(inputs)} files (~{words:.0f} words each) in {cpu:.1f}s CPU "
        f"-> {articles / cpu:.0f} articles/s per core ({cpu / max(1, articles) * 1000:.2f} ms each)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
