"""The name index: the fullest form of a name and its last mention, read from one surname's runs or from
the whole index, give the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.quote_marks import find_spans
from transforms.quote_names import NameIndex
from transforms.speaker_text import mask

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "bbc"

FULLEST = [
    # (text, name asked for, expected fullest form at the end of the text)
    ("Gordon Roe opened the depot in Leeds. Mr Roe spoke later.", "Mr Roe", "Gordon Roe"),
    ("Keith Roe and his sister Mary Roe ran the shop. Mrs Roe spoke.", "Mrs Roe", "Mary Roe"),
    ("Ann Roe spoke. Later Ann Beatrice Roe wrote again.", "Ann Roe", "Ann Beatrice Roe"),
    ("The Roe family said little. Mr Roe spoke.", "Mr Roe", "Mr Roe"),
    ("Dr Ivo Lind led the study. Lind said it was small.", "Lind", "Ivo Lind"),
    ("Monroe Street was closed. Mr Roe spoke.", "Mr Roe", "Mr Roe"),
]


@pytest.mark.parametrize(("text", "name", "expected"), FULLEST)
def test_fullest_gives_the_longest_form_written_before(text: str, name: str, expected: str) -> None:
    assert NameIndex(text).fullest(name, len(text)) == expected


def test_a_name_written_only_after_the_point_is_not_used() -> None:
    text = "Mr Roe spoke first. Gordon Roe later wrote a letter."
    assert NameIndex(text).fullest("Mr Roe", text.index("Gordon")) == "Mr Roe"


def test_latest_is_the_last_mention_of_that_surname_before_the_point() -> None:
    text = "Gordon Roe arrived. Ann Lee followed. Mr Roe sat down. Ms Lee stood."
    names = NameIndex(text)
    assert names.latest("Gordon Roe", text.index("Ms Lee")).form == "Mr Roe"
    assert names.latest("Ann Lee", text.index("Mr Roe")).form == "Ann Lee"
    assert names.latest("Tom Vale", len(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ranking before a name is a title: the name still opens the sentence as its subject.
        ("World number one Ann Roe has criticised the board. Later", "Ann Roe"),
        ("British number two Ann Roe will play. Later", "Ann Roe"),
        # After a verb the ranked name is its object, and the subject before it is the one meant.
        ("Ann Roe beat world number one Eva Lind in Paris. Later", "Ann Roe"),
    ],
)
def test_a_ranking_before_a_name_reads_as_a_title(text: str, expected: str) -> None:
    found = NameIndex(text).nearest(text.index("Later"), 600)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Rovers face the Silver Harbours in Leeds.", "Silver Harbours", True),
        # Named again, or with a verb of saying after it: a person however seldom named.
        ("Ivo Marsh will start. Marsh is fit.", "Ivo Marsh", False),
        ("Rovers face the Silver Harbours. Tom Grey said so.", "Tom Grey", False),
    ],
)
def test_a_name_written_once_in_passing(text: str, name: str, expected: bool) -> None:
    names = NameIndex(text)
    mention = next(m for m in names.mentions if m.name == name)
    assert names.named_in_passing(mention) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name set off by commas after a capitalised role, a verb of saying next, is that verb's subject.
        ("Bob Lee spoke first. Director, Tom Grey, said it was late. Later", "Tom Grey"),
        ("Bob Lee spoke first. Director, Tom Grey, told us it was late. Later", "Tom Grey"),
        # In a list of names no verb follows it: the subject before is still the one meant.
        ("Bob Lee spoke first. In Leeds, Tom Grey, Ann Vale and Eve Marsh met. Later", "Bob Lee"),
    ],
)
def test_a_name_between_commas_before_a_verb_of_saying_is_its_subject(text: str, expected: str) -> None:
    found = NameIndex(text).antecedent(text.index("Later"), "he")
    assert found is not None and found.name == expected


def _answers(masked: str, whole_first: bool) -> list[tuple[str, str | None]]:
    """For every person the article names: the fullest form and the latest mention before them."""
    people = NameIndex(masked).mentions
    names = NameIndex(masked)
    if whole_first:
        names.antecedent(len(masked), "he")  # a question over every person reads the whole index
    out: list[tuple[str, str | None]] = []
    for person in people:
        latest = names.latest(person.form, person.pos)
        out.append((names.fullest(person.form, person.pos), latest.form if latest else None))
    return out


def test_surname_answers_match_the_whole_index_on_real_articles() -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    files = sorted(CORPUS.rglob("*.txt"))[:60]
    assert files
    for path in files:
        body = path.read_text(encoding="utf-8", errors="replace")
        masked = mask(body, find_spans(body))
        assert _answers(masked, whole_first=False) == _answers(masked, whole_first=True), path.name
