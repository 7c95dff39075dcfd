"""A voice that goes on past a name dropped in passing: a description after a quote still means the
person quoted just before."""

from __future__ import annotations

from speaker_cases import speakers


def test_a_description_goes_on_with_the_voice_past_a_name_in_passing() -> None:
    got = speakers(
        'Mr Omar Lund said he would "gladly stay away" from the set. He once appeared in a short film, '
        'in which his part was played by Kevin Brack. "I cannot act at all," said the label founder.'
    )
    assert got == ["Mr Omar Lund", "Mr Omar Lund"]


def test_a_description_means_someone_new_who_opens_a_sentence() -> None:
    got = speakers(
        '"We were lucky," said Tomas Vell.',
        'Carl Pike was less happy with the result. "We should have won," said the 29-year-old.',
    )
    assert got == ["Tomas Vell", "Carl Pike"]
