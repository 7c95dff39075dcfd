"""Language detection on short passages written for these tests."""

from __future__ import annotations

import time

import pytest

from transforms.language import SAMPLE_CHARS, detect_language, load_model

CASES = [
    ("The council voted on Tuesday to close the old library and open a new one near the station.", "en"),
    (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu schließen "
        "und am Bahnhof neu zu bauen.",
        "de",
    ),
    (
        "Le conseil municipal a décidé mardi de fermer l'ancienne bibliothèque "
        "et d'en ouvrir une près de la gare.",
        "fr",
    ),
    (
        "El ayuntamiento decidió el martes cerrar la antigua biblioteca "
        "y abrir una nueva junto a la estación.",
        "es",
    ),
    (
        "A câmara municipal decidiu na terça-feira fechar a antiga biblioteca "
        "e abrir uma nova perto da estação.",
        "pt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_the_language_of_a_sentence(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", [None, "", "   ", "OK", "12 345 678 -- 9", "Yes, no."])
def test_too_little_text_gives_no_answer(text: str | None) -> None:
    assert detect_language(text) is None


def test_only_the_opening_is_read() -> None:
    # A German opening followed by a long English tail is judged on the opening alone.
    german = CASES[1][0] + " " + CASES[1][0]
    text = german + " " * (SAMPLE_CHARS - len(german)) + CASES[0][0] * 200
    assert detect_language(text) == "de"


def test_fast_enough_for_every_article() -> None:
    body = CASES[0][0] * 60
    start = time.perf_counter()
    for _ in range(200):
        detect_language(body)
    assert (time.perf_counter() - start) / 200 < 0.005


def test_loading_the_model_ahead_leaves_answers_unchanged() -> None:
    load_model()
    load_model()  # a second call costs nothing and changes nothing
    assert detect_language("Die Regierung hat am Montag neue Regeln für den Verkehr beschlossen.") == "de"
