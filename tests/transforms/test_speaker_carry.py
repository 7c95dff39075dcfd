"""Speakers of quotes with no cue of their own: carried over, read from the sentence or paragraph
before, from a list's lead-in or an interview's layout."""

from __future__ import annotations

import pytest
from speaker_cases import said

from transforms.quote_marks import find_spans
from transforms.speakers import attribute


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
    assert [speaker for _, speaker in got] == ["Mr Felix Dane"] * 3


def test_colon_paragraph_introduces_the_next_quote() -> None:
    got = said("Rosa Lind, who chairs the board, said:", '"We will publish the accounts."')
    assert got == [("We will publish the accounts.", "Rosa Lind")]


def test_run_on_quotes_share_the_speaker() -> None:
    got = said('Amir Sato said: "The plan is late. "It was always going to be."')
    assert got == [("The plan is late.", "Amir Sato"), ("It was always going to be.", "Amir Sato")]


def test_the_sentence_before_names_the_speaker() -> None:
    got = said('Coach Dev Mistry warned that the season was at risk. "We have four fit players."')
    assert got == [("We have four fit players.", "Dev Mistry")]


def test_list_items_take_the_speaker_their_lead_in_names() -> None:
    body = (
        "The new rules include:\n\n"
        '\u2022 Boats over ten metres will need a "licence to moor".\n\n'
        '\u2022 Owners must "keep the river clear".'
    )
    spans = find_spans(body)
    assert [a.speaker for a in attribute(body, spans)] == ["The new rules", "The new rules"]


def test_a_list_whose_lead_in_has_no_colon_gives_no_speaker() -> None:
    body = 'The rules changed in May.\n\n\u2022 Boats will need a "licence to moor".'
    spans = find_spans(body)
    assert [a.speaker for a in attribute(body, spans)] == [None]


def test_a_quote_after_the_previous_quotes_own_cue_goes_on_with_it() -> None:
    got = said(
        'Brian Okoro said the talks had stalled. Tomas had told a paper: "I want to stay."',
        '"It is hard," he went on. "A new player needs support."',
    )
    assert got[1][1] == got[2][1]


def test_an_object_ending_the_sentence_before_a_quote_is_its_speaker() -> None:
    got = said(
        'Mr Ian Pole said: "We will act."',
        'Ms Ida Crane agreed. Her words did not convince Tom Reyes. "It is all talk," he said.',
    )
    assert got[1] == ("It is all talk,", "Tom Reyes")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A person opening the sentence before an uncued quote is who it is about, and who speaks.
        ('Tova Lind firmly believes in small venues. "You hear every breath."', "Tova Lind"),
        ('Tova Lind sang first. And she will not rush. "I take it day by day."', "Tova Lind"),
        # Nobody opens the sentence before: nobody is known.
        ('Tova Lind sang first. The hall was full. "Nobody left early."', None),
        ('The firm is suing Tova Lind over the song. "We will see."', None),
    ],
)
def test_an_uncued_quote_goes_to_the_person_opening_the_sentence_before(
    paragraph: str, speaker: str | None
) -> None:
    assert said(paragraph)[-1][1] == speaker


@pytest.mark.parametrize(
    ("closing", "middle"),
    [
        # The paragraph names the person of the sentence between the quotes again: the quote is theirs.
        ('"Not now," said Bell.', "Ana Bell"),
        # A longer name that only holds the surname ("Bellamy") names someone else: an aside.
        ('"Not now," said Bellamy.', "Ivo Lenz"),
    ],
)
def test_a_person_between_two_quotes_takes_the_next_only_when_named_again(closing: str, middle: str) -> None:
    got = said(f'"We won," said Ivo Lenz. Coach Ana Bell wants more training. "We need work." {closing}')
    assert got[1] == ("We need work.", middle)


def test_answers_opening_on_a_bare_colon_are_the_interviewee_s() -> None:
    got = said(
        "Ten years on, Nora Quist - the band's first manager - looks back on the tours.",
        "Quist managed the band from 1990 until it split.",
        ': "We played every town hall in the north."',
        ': The vans broke down often. "Once we pushed one for a mile."',
    )
    assert [s for _, s in got] == ["Quist", "Quist"]


def test_one_colon_paragraph_is_no_interview_layout() -> None:
    got = said("Nora Quist managed the band.", ': "We played every town hall."')
    assert [s for _, s in got] == [None]


def test_a_sentence_reporting_with_a_participle_gives_the_quote_after_to_its_subject() -> None:
    got = said(
        '"The fall was sudden," said Tom Vance of Acme Bank. '
        "Finance Minister Ann Roe put a brave face on the news, saying it showed strength. "
        '"The economy is growing fast."'
    )
    assert got[-1] == ("The economy is growing fast.", "Ann Roe")


def test_a_document_in_the_present_tense_speaks_for_its_own_words() -> None:
    got = said(
        'Councillor Ivo Marsh called the leaflet "crude". '
        'The leaflet shows the mayor as a clown and says "the joke is on you".'
    )
    assert got[-1] == ("the joke is on you", "The leaflet")


@pytest.mark.parametrize(
    ("last_sentence", "expected"),
    [
        # The paragraph before quotes someone, then a sentence of its own reports who speaks next.
        ("Coach David Marsh insists he trusts his keeper, who joined the club last year.", "David Marsh"),
        # A thing that "revealed" something is no one to quote.
        ("The restoration of the three old films revealed a few secrets about the sets.", None),
    ],
)
def test_a_quote_paragraph_after_a_quote_takes_the_speaker_the_last_sentence_reports(
    last_sentence: str, expected: str | None
) -> None:
    got = said('"He will play on Saturday," said Tom Vance. ' + last_sentence, '"He is the best we have."')
    assert got[-1] == ("He is the best we have.", expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A person opens the sentence that leads into the quote with a colon and no verb of saying.
        ("Mr Dean is confident though:", "Mr Dean"),
        # In the passive the quote is what was put to them: it goes on with the speaker before.
        ("Wheelchair user Tom Vance was asked:", "Ann Roe"),
    ],
)
def test_a_colon_lead_gives_the_quote_to_the_person_opening_it(lead: str, expected: str | None) -> None:
    got = said('"Sales will grow," said Ann Roe of the shop. ' + lead + ' "We will see it soon."')
    assert got[-1] == ("We will see it soon.", expected)
