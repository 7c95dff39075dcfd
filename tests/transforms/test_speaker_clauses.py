"""The speaker of a quote whose sentence holds more than one clause: a subject described by a participle
phrase, a cue sharing its subject with an earlier verb, and a cue reported inside another cue's clause."""

from __future__ import annotations

import pytest
from speaker_cases import attributions, speakers

_FUNCTION_WORDS = {"and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "the", "a", "an"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('Cyclists riding along the canal path shouted "Slow down!" at the barge.', "Cyclists"),
        ('Tenants living above the bakery told the council: "The ovens keep us awake."', "Tenants"),
        ('Nurses standing outside the ward said "We need more staff."', "Nurses"),
        # A clause opening on a preposition is no subject, whatever participle follows.
        ('Despite receiving a warning from Ann Roe which said the plan had "failed", nothing changed.', None),
    ],
)
def test_a_subject_described_by_a_participle_phrase(paragraph: str, expected: str | None) -> None:
    assert speakers(paragraph) == [expected]


def test_a_name_ending_on_ing_opening_the_sentence_is_its_subject_not_a_participle() -> None:
    got = speakers(
        'Nia Pell wrote it, invited by its creator Bo Manning. "It took a year," she said. '
        'Manning praised the cast, saying: "They gave it everything."'
    )
    assert got == ["Nia Pell", "Manning"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A long first clause, an adverb between the conjunction and the cue.
        (
            (
                'Mara Quist waved at the crowd. "Hello," she says.',
                'She then asks her brother to step away from the van and quietly says, "Please go home," '
                "before leaving.",
            ),
            ["Mara Quist", "Mara Quist"],
        ),
        # The conjunction after a comma.
        (
            ('The minister, Olu Bankole, would not discuss the leak, but insisted he was "not distracted".',),
            ["Olu Bankole"],
        ),
        # An infinitive right before the quote: the sentence's subject speaks.
        (
            ('Pia Lund was asked about the result. Lund was at a loss to explain it: "I can\'t say why."',),
            ["Lund"],
        ),
    ],
)
def test_a_cue_sharing_its_subject_with_an_earlier_verb(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert speakers(*paragraphs) == expected


def test_a_noun_before_to_is_no_speaker_phrase() -> None:
    # "a plan to announce": no infinitive that reports, and "the board to" is no speaker.
    found = speakers('The board approved a plan to announce "record profits" next week.')
    assert found[0] is None or found[0].split()[-1].lower() not in _FUNCTION_WORDS


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The cue that reports the quote sits inside a reporting clause: its own subject speaks.
        ('The ministry said inspectors had found "serious faults in the wiring".', "inspectors"),
        ('Tom Vale\'s memoir claims that Ida Berg told him: "You will never win."', "Ida Berg"),
        # A phrase that is only a reporting clause ("She added:") gives way to the cue before it.
        ('Eve Marsh spoke to pupils. She added: said "Voting matters."', "Eve Marsh"),
    ],
)
def test_a_cue_inside_a_reporting_clause(paragraph: str, expected: str) -> None:
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Ann Roe saluted the fans and shouted "We did it!" from the bus.',
        'The coach went on to claim "only one side got the decisions".',
        'The pair gave a thumbs-up and shout "onwards" to the crowd.',
        'Some of the firms declined to comment on "rumours" about the deal.',
    ],
)
def test_a_speaker_never_ends_on_a_conjunction_or_preposition(paragraph: str) -> None:
    for speaker in speakers(paragraph):
        assert speaker is None or speaker.split()[-1].lower() not in _FUNCTION_WORDS


def test_a_possessive_name_is_not_the_subject() -> None:
    found = speakers(
        "Leo Hart's sister, June, visited him in hospital.",
        'Leo Hart\'s sister, June, said he was tired and would call him "a fighter".',
    )
    assert found == ["June"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The subject of a relative clause holding the cue said it, not the noun the clause hangs on.
        ('Ministers defended a levy which farmers say will "ruin the smallest dairies".', "farmers"),
        ('The council backed a plan which local traders claim could "empty the street".', "local traders"),
    ],
)
def test_a_cue_inside_a_relative_clause_takes_that_clause_s_subject(paragraph: str, expected: str) -> None:
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('The Greens dismissed it as "a cruel joke", while the Liberals said it was fair.', "The Greens"),
        ('Fans booed the "worst display in many years" while the manager said it was a blip.', None),
    ],
)
def test_a_cue_in_a_contrasting_clause_after_the_quote_reports_its_own_clause(
    paragraph: str, expected: str | None
) -> None:
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A relative clause between an unnamed subject and its cue only says which one is meant.
        ('Ms Ida Berg said the driver, who later left, shouted the road was "shut".', "the driver"),
        ('However, one trader, who asked not to be named, told us sales were "far off".', "one trader"),
    ],
)
def test_a_relative_clause_before_the_cue_leaves_the_noun_it_hangs_on_the_speaker(
    paragraph: str, expected: str
) -> None:
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("said glider pilot Ivo Marsh who built the kit.", "Ivo Marsh"),
        ("said Ivo Marsh who is the harbour master.", "Ivo Marsh"),
        ("said the survey which asked 300 firms.", "the survey"),
    ],
)
def test_a_relative_without_a_comma_ends_the_speaker_after_an_inverted_cue(tail: str, expected: str) -> None:
    assert [a.name or a.speaker for a in attributions(f'"The wind rose fast," {tail}')] == [expected]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Mr Omar Reyes last week said the plan was a", "Mr Omar Reyes"),
        ("The harbour board on Friday said the plan was a", "The harbour board"),
        ("Neighbours have already told the court the plan was a", "Neighbours"),
        ("Ms Ada Quint has still said the plan was a", "Ms Ada Quint"),
    ],
)
def test_a_time_or_adverb_between_a_subject_and_its_cue_is_no_speaker(lead: str, expected: str) -> None:
    assert speakers(f'{lead} "grave mistake" for the town.') == [expected]
