from __future__ import annotations

import pytest

from transforms.org_words import stands_alone


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Shell said", "Shell", True),  # at the very start
        ("said Shell", "Shell", True),  # at the very end
        ("(Shell)", "Shell", True),
        ("Shellfish prices", "Shell", False),
        ("Royal Shell_Co", "Shell", False),  # "_" counts as a word character, as in a regex
        ("eShell", "Shell", False),
        ("Channel 4, he said", "Channel 4", True),
        ("Channel 42", "Channel 4", False),
    ],
)
def test_a_span_stands_alone_when_no_word_character_touches_it(text: str, word: str, expected: bool) -> None:
    at = text.find(word)
    assert stands_alone(text, at, at + len(word)) is expected
