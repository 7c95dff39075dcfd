"""A voice that goes on past a name dropped in passing: a description after a quote, and "he"/"she"
after quotes only, still mean the person quoted just before."""

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


def test_he_after_only_quotes_keeps_the_voice_of_the_last_attribution() -> None:
    got = speakers(
        'Mr Omar Lund said he would "gladly stay away" from the set. He once appeared in a short film, '
        'in which his part was played by Kevin Brack. "I cannot act at all," said the label founder. '
        '"Film people rarely get music right.',
        '"This story is about the singer," he said.',
    )
    assert got == ["Mr Omar Lund"] * 4


def test_he_after_a_narrative_sentence_is_read_as_before() -> None:
    got = speakers(
        '"It was fine," said Mr Omar Lund. His brother Kevin Brack disagreed.',
        '"It was a disaster," he said.',
    )
    assert got == ["Mr Omar Lund", "Kevin Brack"]


def test_an_unnamed_spokesman_keeps_his_voice_over_an_earlier_speaker() -> None:
    got = speakers(
        '"We will appeal," added Mr Ivo Stern. A city hall spokesman said: "We are aware of the delays." '
        '"We will do our best to help," he added.'
    )
    assert got == ["Mr Ivo Stern", "A city hall spokesman", "A city hall spokesman"]


def test_it_goes_on_with_the_body_quoted_just_before() -> None:
    got = speakers(
        'The NRTA said: "Pay is too low." It added: "Staff are leaving in large numbers." '
        "According to the union's own figures, four hundred left last year."
    )
    assert got == ["The NRTA", "The NRTA"]


def test_it_after_a_sentence_of_its_own_is_left_to_the_other_rules() -> None:
    got = speakers(
        'Ann Vey of the NRTA said: "Pay is too low." The figures were published on Monday. '
        'It added: "Staff are leaving in large numbers." According to the union, four hundred left.'
    )
    assert got[0] == "Ann Vey"
    assert got[1] != "Ann Vey"
