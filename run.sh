#!/usr/bin/env bash
# newsdesk on a fresh machine: sets up its own environment (uv, a virtualenv,
# the locked dependencies), then runs what you ask for.
#
#   ./run.sh demo         ingest the bundled sample articles into ./data and show what came out
#   ./run.sh test [ARGS]  run the test suite (pytest ARGS)
#   ./run.sh lint         ruff over the project
#   ./run.sh ARGS...      any newsdesk command, e.g. ./run.sh report most_quoted_speakers
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

ensure_uv() {
    if command -v uv >/dev/null 2>&1; then return; fi
    export PATH="$HOME/.local/bin:$PWD/.tools/bin:$PATH"
    if command -v uv >/dev/null 2>&1; then return; fi
    echo "run.sh: installing uv (the package manager that sets up newsdesk's environment)" >&2
    if ! python3 -m pip install --user --quiet uv 2>/dev/null; then
        # Where the system Python refuses user installs (PEP 668), uv gets a small venv of its own.
        python3 -m venv .tools && .tools/bin/pip install --quiet uv
    fi
}

ensure_uv
# --frozen: install exactly what uv.lock pins, never re-resolve.
uv sync --frozen --quiet
export DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false

case "${1:-demo}" in
    demo)
        uv run newsdesk ingest samples
        uv run newsdesk report overview
        uv run newsdesk report most_quoted_speakers --format markdown
        echo
        echo "Try: ./run.sh sql \"SELECT speaker, text FROM quotes LIMIT 5\""
        ;;
    test)
        shift
        uv run pytest "$@"
        ;;
    lint)
        uv run ruff check .
        ;;
    *)
        uv run newsdesk "$@"
        ;;
esac
