"""Fixtures for the flow tests: one quiet Prefect home per session, small inboxes, table dumps."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

# Tables compared between runs, and the columns that differ by run rather than by content.
COMPARED = ("articles", "quotes", "organisations", "article_organisations", "recommendations")
RUN_COLUMNS = ("run_id", "ingested_at", "seen_at")

# (file name, text): short stories with a quote, a named organisation and a demand each.
STORIES = (
    ("ferry.txt", """Harbour council keeps the early ferry

The harbour council voted on Tuesday to keep the 6am ferry after a petition signed by 2,000 commuters.

"We listened to the people who use it every day," said Ines Okafor, the council leader.

The Harbour Residents Association urged the council to publish the ferry contract.
"""),
    ("library.txt", """Library opening hours extended

The town library will open on Sundays from March, the Library Trust said on Monday.

"Reading should not wait for the working week," said Tom Reyes, the trust's chair.

The National Union of Students called on the trust to open until 9pm during exams.
"""),
    ("orchard.txt", """Community orchard wins a reprieve

Plans to build a car park over the Millbrook community orchard were withdrawn on Friday.

"Forty apple trees are worth more than forty parking spaces," said Priya Lal of the Millbrook Garden Society.

The Millbrook Garden Society asked the county council to give the orchard protected status.
"""),
    ("bridge.txt", """Footbridge to close for repairs

The river footbridge will close for six weeks from June while engineers replace its deck.

"Nobody will be stranded: a shuttle bus will run every ten minutes," said Marco Bell,
a spokesman for the Regional Transport Authority.

Cyclists for Safer Streets urged the authority to keep one lane open at weekends.
"""),
    ("market.txt", """Farmers' market moves to the square

The Saturday farmers' market will move to Station Square in April, the Chamber of Commerce said.

"Stallholders asked for more room and more passing trade," said Hana Kim, who chairs the chamber.

Traders called on the council to waive pitch fees for the first month.
"""),
)


class Stories:
    """The test stories, and what became of them in a warehouse (offered to tests as a fixture)."""

    count = len(STORIES)

    @staticmethod
    def write(folder: Path, count: int | None = None, start: int = 0) -> list[Path]:
        """Write stories start..start+count into `folder` (all of them by default)."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in STORIES[start:None if count is None else start + count]:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
        return written

    @staticmethod
    def headline(index: int) -> str:
        return STORIES[index][1].splitlines()[0]

    @staticmethod
    def dump(warehouse: Path, tables: tuple[str, ...] = COMPARED) -> dict[str, list[str]]:
        """Every row of `tables`, run columns left out, sorted: equal dumps mean equal content."""
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            out = {}
            for table in tables:
                cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in RUN_COLUMNS]
                rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
                out[table] = sorted(map(repr, rows))
            return out
        finally:
            con.close()


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A throw-away PREFECT_HOME for the session, so the temporary server starts once and offline."""
    home = tmp_path_factory.mktemp("prefect-home")
    patch = pytest.MonkeyPatch()
    patch.delenv("PREFECT_API_URL", raising=False)
    for key, value in {
        "PREFECT_HOME": str(home),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }.items():
        patch.setenv(key, value)
    from prefect.settings import PREFECT_HOME, temporary_settings

    try:
        # Prefect may have read its settings already (another test imported it): update them too.
        with temporary_settings(updates={PREFECT_HOME: home}):
            yield home
    finally:
        patch.undo()


@pytest.fixture
def local_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No inherited NEWSDESK_* settings: each test states the ones it needs."""
    for key in list(os.environ):
        if key.startswith("NEWSDESK_"):
            monkeypatch.delenv(key)
    return monkeypatch


@pytest.fixture
def stories() -> type[Stories]:
    return Stories
