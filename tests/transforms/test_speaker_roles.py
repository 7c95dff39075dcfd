from __future__ import annotations

import pytest
from speaker_cases import attributions

from transforms.speaker_roles import tied_holder


@pytest.mark.parametrize(
    ("text", "role", "office", "expected"),
    [
        ("Prime Minister Ann Roe spoke. Later", "prime minister", False, "Ann Roe"),
        ("Ann Roe, the prime minister, spoke. Later", "prime minister", False, "Ann Roe"),
        # The latest tie wins.
        ("Mayor Ann Roe left; Mayor Bob Lee came. Later", "mayor", False, "Bob Lee"),
        # Another office, or one held before, is no tie.
        ("Vice President Ann Roe spoke. Later", "president", False, None),
        ("former president Ann Roe spoke. Later", "president", False, None),
        # A place before the role is where it happened, not its holder.
        ("It rained in Leeds, the mayor said. Later", "mayor", False, None),
        # A shadow holder counts for the role noun, but not for the office itself.
        ("shadow chancellor Ann Roe spoke. Later", "chancellor", False, "Ann Roe"),
        ("shadow chancellor Ann Roe spoke. Later", "chancellor", True, None),
        ("Chancellor Bob Lee and shadow chancellor Ann Roe met. Later", "chancellor", True, "Bob Lee"),
        ("Nobody holds it. Later", "chancellor", False, None),
    ],
)
def test_the_person_an_article_ties_to_a_role(
    text: str, role: str, office: bool, expected: str | None
) -> None:
    assert tied_holder(role, text, text.index("Later"), office) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A place on the field never means the one who runs the side, named closer.
        (
            (
                "Ivo Marsh wants a new deal at the club.",
                'He was dropped by Rovers boss Tom Grey but won his place. The defender said: "I stay."',
            ),
            "Ivo Marsh",
        ),
        # Nor a post off the field the player named closer.
        (
            (
                "Tom Grey has run the club since May.",
                'He was told by Rovers striker Ivo Marsh to stay on. The manager said: "I will."',
            ),
            "Tom Grey",
        ),
        # With no other role in the way the nearest person is meant.
        (("Ivo Marsh wants a new deal at the club.", 'Now the defender said: "I am staying."'), "Ivo Marsh"),
    ],
)
def test_a_description_skips_a_person_named_in_a_role_of_the_other_side(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert [a.name for a in attributions(*paragraphs)] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A role opening the sentence after one a named person opens goes on about them.
        (("Ann Roe denied a split.", 'The Green leader said the talks were "useful".'), "Ann Roe"),
        # Someone else named between leaves the role as written.
        (
            ("Ann Roe denied a split, as Bob Lee claimed.", 'The Green leader said: "We are one."'),
            "The Green leader",
        ),
        # A spokesman is most often someone the article never names.
        (("Ann Roe denied a split.", 'The party spokesman said: "We are one."'), "The party spokesman"),
        # A role the words after it only qualify stands for the person it would alone.
        (
            ("Director Ivo Marsh has a new film.", '"They will love it," said the director behind Harbour.'),
            "Ivo Marsh",
        ),
    ],
)
def test_a_role_goes_on_about_the_person_the_story_is_about(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert attributions(*paragraphs)[-1].speaker == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A capitalised run written once, with no gender or given name, is as often a team, a place or an
        # event as a person: the description goes past it to the person the story keeps naming.
        (
            (
                "Ivo Marsh will start on the wing. Marsh is fit again.",
                'Rovers face the Silver Harbours in Leeds on Sunday. "We are ready," said the 25-year-old.',
            ),
            "Ivo Marsh",
        ),
        # Named once but with a verb of saying after the name: a person, and the nearest.
        (
            (
                "Ivo Marsh will start on the wing. Marsh is fit again.",
                'Tom Grey said the side was fit. "We are ready," said the 25-year-old.',
            ),
            "Tom Grey",
        ),
    ],
)
def test_a_description_goes_past_a_name_written_once_in_passing(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert attributions(*paragraphs)[-1].name == expected

