"""Attribution: where the cue stands, carried-over speakers, pronouns and titles resolved."""

from __future__ import annotations

import pytest

from transforms.body import assemble
from transforms.quote_marks import find_spans
from transforms.records import Block
from transforms.speakers import attribute


def said(*paragraphs: str, style: str = "name") -> list[tuple[str, str | None]]:
    body, _ = assemble(Block("p", p) for p in paragraphs)
    spans = find_spans(body)
    return [
        (body[s.start : s.end], a.speaker) for s, a in zip(spans, attribute(body, spans, style), strict=True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Cue after the quote, speaker before or after the verb.
        ('"The roads are closed," Jane Okafor said.', [("The roads are closed,", "Jane Okafor")]),
        ('"The roads are closed," said Jane Okafor.', [("The roads are closed,", "Jane Okafor")]),
        ('"Costs will rise," says the report.', [("Costs will rise,", "the report")]),
        ('"Costs will rise," the report states.', [("Costs will rise,", "the report")]),
        # Cue before, with a colon or a clause.
        ('Ms Dana Whitfield said: "We are ready."', [("We are ready.", "Dana Whitfield")]),
        (
            'The union pointed out that "pay has fallen for a decade".',
            [("pay has fallen for a decade", "The union")],
        ),
        (
            'According to the inspectors, "the wiring was unsafe."',
            [("the wiring was unsafe.", "the inspectors")],
        ),
        # Attribution in the middle: two quotes, one speaker.
        (
            '"We tried," said Ola Berg, "but the door was locked."',
            [("We tried,", "Ola Berg"), ("but the door was locked.", "Ola Berg")],
        ),
        (
            'While "prices are high," the group noted, "wages are rising."',
            [("prices are high,", "the group"), ("wages are rising.", "the group")],
        ),
        # An appositive after the name is not part of the name.
        ('"Vote early," said Rob Tanaka, director of the Civic Trust.', [("Vote early,", "Rob Tanaka")]),
        (
            'Pia Holm, of the Tenants Forum, told reporters: "Fix the lifts."',
            [("Fix the lifts.", "Pia Holm")],
        ),
        # A role before the name is not part of it either.
        ('Shadow housing minister Carla Mendes said: "Build more."', [("Build more.", "Carla Mendes")]),
    ],
)
def test_attribution_positions(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert said(paragraph) == expected


def test_pronoun_resolves_to_the_latest_person_of_that_gender() -> None:
    got = said(
        "Mr Ivan Petrov met Ms Lena Brandt at the port.",
        '"The ships are late," she said. "We lose money daily," he added.',
    )
    assert got == [("The ships are late,", "Lena Brandt"), ("We lose money daily,", "Ivan Petrov")]


def test_mid_sentence_attribution_shares_the_pronoun_speaker() -> None:
    got = said("Farmer Grace Obi spoke at the meeting.", '"We tried," she said, "but the door was locked."')
    assert got == [("We tried,", "Grace Obi"), ("but the door was locked.", "Grace Obi")]


def test_title_and_surname_resolve_to_the_full_name_given_earlier() -> None:
    got = said("Lawyer Ben Schokman filed the case.", '"This is unlawful," Mr Schokman said.')
    assert got == [("This is unlawful,", "Ben Schokman")]


def test_a_short_name_is_not_stretched_to_a_later_longer_one() -> None:
    got = said('"Not yet," said Mr Alder.', "Later, Paul Alder left.")
    assert got == [("Not yet,", "Mr Alder")]


def test_speaker_carries_over_to_quote_only_paragraphs() -> None:
    got = said(
        '"The first thing is money," said Nora Quist.',
        '"The second thing is time."',
        "Then the vote was held.",
        '"Nobody expected that."',
    )
    assert got[:2] == [
        ("The first thing is money,", "Nora Quist"),
        ("The second thing is time.", "Nora Quist"),
    ]
    assert got[2] == ("Nobody expected that.", None)


def test_multi_paragraph_quote_takes_the_attribution_of_its_last_paragraph() -> None:
    got = said('"Our plan has three parts.', '"Each costs little.', '"All are overdue," added Mr Felix Dane.')
    assert [speaker for _, speaker in got] == ["Felix Dane"] * 3


def test_colon_paragraph_introduces_the_next_quote() -> None:
    got = said("Rosa Lind, who chairs the board, said:", '"We will publish the accounts."')
    assert got == [("We will publish the accounts.", "Rosa Lind")]


def test_run_on_quotes_share_the_speaker() -> None:
    got = said('Amir Sato said: "The plan is late. "It was always going to be."')
    assert got == [("The plan is late.", "Amir Sato"), ("It was always going to be.", "Amir Sato")]


def test_the_sentence_before_names_the_speaker() -> None:
    got = said('Coach Dev Mistry warned that the season was at risk. "We have four fit players."')
    assert got == [("We have four fit players.", "Dev Mistry")]


def test_scare_quotes_without_a_cue_have_no_speaker() -> None:
    assert said('The so-called "miracle diet" was sold online.') == [("miracle diet", None)]


def test_phrase_style_keeps_the_speaker_as_written_with_its_appositive() -> None:
    got = said('"Vote early," said Rob Tanaka, director of the Civic Trust.', style="phrase")
    assert got == [("Vote early,", "Rob Tanaka, director of the Civic Trust")]
