"""A quote that is the verdict a sentence's subject passes with a verb of praise or blame: `Ann Roe
hailed it as "..."`; and the stretches between verb and quote that leave the words someone else's."""

from __future__ import annotations

import pytest
from speaker_cases import speakers

from transforms.quote_cues import find_cues


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The verdict after "as", with the object and its clause between.
        (
            (
                'Kip Ostrander said the league would wait. "We have time," he said.',
                "Festival chair Wanda Pell praised the jury's choice for steering the prize back to "
                'its roots as a "return to what matters," and for ignoring the "noise of the market".',
            ),
            ["Kip Ostrander", "Wanda Pell", "Wanda Pell"],
        ),
        # The quote completes a short object; an appositive between subject and verb.
        (('Coach Dario Meng, back from injury, called it "the best hour of my career".',), ["Dario Meng"]),
        (('Ruth Abara, a councillor, branded the scheme "a waste of public money".',), ["Ruth Abara"]),
        # The article before the quote leaves it the complement: "called it a "..."".
        (('Ann Roe cut fuel duty. The Tories called it a "tax now, pay later" plan.',), ["The Tories"]),
        (('Mayor Ivo Lind branded the scheme an "expensive fantasy for the few".',), ["Ivo Lind"]),
        (
            ('The mayor spoke first. Later Tomas Orlov dubbed the budget "the dullest in years".',),
            ["Tomas Orlov"],
        ),
        # The charge brought with "accused", straight after "of" or after a verb in "ing" and its words.
        (('Imogen Tate accused the builders of "cutting every corner they could".',), ["Imogen Tate"]),
        (
            ('Opposition chief Rafe Dunmore accused ministers of playing a "shabby game with the figures".',),
            ["Rafe Dunmore"],
        ),
        # A body known for the subject by the verb after it; an auxiliary between subject and verb.
        (('The union branded the plan "a disgrace to the trade".',), ["The union"]),
        (
            ('The Greens have already accused the council of "selling off the parks".',),
            ["The Greens"],
        ),
        (('Coach Dario Meng has dismissed the rumours as "idle talk from idle people".',), ["Dario Meng"]),
        # What the praise or blame is for, the quote ending it.
        (
            (
                'Ada Quist said: "Radio is dying."',
                'Singer Omar Vell criticised radio stations for being "too timid by half".',
            ),
            ["Ada Quist", "Omar Vell"],
        ),
    ],
)
def test_the_subject_passing_the_verdict_said_it(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # What is welcomed is quoted from whoever offers it, unless "as" gives the verdict.
        'Health adviser Nia Brook welcomed the new targets "to cut waits for surgery".',
        # What is dismissed is quoted from whoever said it, unless "as" gives the verdict.
        'Coach Dario Meng dismissed claims that the squad was "falling apart".',
        # The claim quoted is someone else's.
        'Energy minister Luis Carrow criticised the claim that "prices will halve".',
        # A demand, not a verdict.
        'Union leader Pat Odum called for "a fair deal for drivers".',
        # The verb is not the subject's own.
        'The cuts, which critics branded as "reckless", will go ahead.',
        # The subject is the one accused, by someone unnamed or named after "by".
        'The firm was accused last year of "ignoring the safety rules for years".',
        'Rafe Dunmore was accused by the mayor of "wasting the money again".',
    ],
)
def test_a_stretch_that_quotes_someone_else_gives_no_verdict(paragraph: str) -> None:
    assert speakers(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('The band was booed. "We regret the noise," the venue\'s statement read.', "the venue's statement"),
        ('Ann Roe waved. "Closed for repairs," a sign read.', "a sign"),
    ],
)
def test_a_text_read_out_says_its_words(paragraph: str, expected: str) -> None:
    assert speakers(paragraph)[-1] == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("the council's statement read", ["read"]),
        ("a note pinned to the door read", []),  # what is read stands right before the verb
        ("She read the report twice", []),  # someone reading, not a text's words
        ("Ann Roe read out", []),
    ],
)
def test_read_is_a_cue_only_after_a_text(text: str, cues: list[str]) -> None:
    assert [c.form for c in find_cues(text)] == cues
