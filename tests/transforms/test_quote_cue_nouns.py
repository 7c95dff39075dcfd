"""Words that report speech as verbs but stand as nouns after a preposition."""

from __future__ import annotations

import pytest
from speaker_cases import speakers

from transforms.quote_cues import find_cues


@pytest.mark.parametrize(
    "text",
    [
        "The two men were freed without charge by the police.",
        "She spoke in answer to the panel.",
        "The deal is under question again.",
    ],
)
def test_a_cue_word_right_after_a_preposition_is_a_noun(text: str) -> None:
    assert find_cues(text) == ()


def test_the_verb_after_a_subject_is_still_a_cue() -> None:
    assert [c.form for c in find_cues("The union will charge that the firm lied.")] == ["charge"]


def test_a_noun_after_a_preposition_after_a_question_gives_no_speaker() -> None:
    got = speakers(
        'Mr Ode Lamb said: "Who will pay for it?"',
        '"Who signed it?" The two men were freed without charge by the police.',
    )
    assert got == ["Mr Ode Lamb", "Mr Ode Lamb"]
