"""What a pronoun at an attribution stands for: the last fitting name, or a subject between."""

from __future__ import annotations

import pytest
from speaker_cases import attributions, said, speakers


def test_pronoun_resolves_to_the_latest_person_of_that_gender() -> None:
    got = said(
        "Mr Ivan Petrov met Ms Lena Brandt at the port.",
        '"The ships are late," she said. "We lose money daily," he added.',
    )
    assert got == [("The ships are late,", "Ms Lena Brandt"), ("We lose money daily,", "Mr Ivan Petrov")]


def test_pronoun_takes_the_name_as_last_written_and_the_full_name_apart() -> None:
    got = attributions("Nurse Maya Fenn opened the ward. Ms Fenn then spoke.", '"We are full," she said.')
    assert [(a.speaker, a.name) for a in got] == [("Ms Fenn", "Maya Fenn")]


def test_a_pronoun_prefers_a_new_subject_to_the_last_speaker() -> None:
    got = said(
        '"Costs are rising," said Mr Ross Hale, who thanked Mr Lowe.',
        "Finance chief Paul Dunn disagreed with the forecast.",
        '"It is too gloomy," he said.',
    )
    assert [speaker for _, speaker in got] == ["Mr Ross Hale", "Paul Dunn"]


def test_a_pronoun_skips_a_person_named_only_as_an_object() -> None:
    got = said('Mr Ross Hale spoke after meeting Mr Lowe. "We agreed on nothing," he said.')
    assert got == [("We agreed on nothing,", "Mr Ross Hale")]


def test_a_pronoun_means_the_lone_surname_that_opens_the_sentence_before() -> None:
    out = said(
        '"We were unlucky today," said Graham Pike after Tunde Okonedo\'s late goal.',
        'Okonedo could not hide his delight at the result. He said: "It was the best night of my career."',
    )
    assert out[1] == ("It was the best night of my career.", "Okonedo")


def test_a_pronoun_skips_a_person_named_only_as_the_subjects_agent() -> None:
    out = said(
        "Speaking through her lawyer Kit Harmon, Ines Delacroix appeared in court on Friday. "
        '"None of this is true," she said.'
    )
    assert out == [("None of this is true,", "Ines Delacroix")]


def test_a_person_named_in_a_list_after_a_comma_is_no_antecedent() -> None:
    out = said(
        "The group thanked Mayor Eileen Marsh, Chancellor Bo Tran and the schools board. "
        'Priya Natarajan said the rules help. She added, "Pupils will feel safer."'
    )
    assert out == [("Pupils will feel safer.", "Priya Natarajan")]


def test_a_place_is_never_what_a_pronoun_means() -> None:
    out = said(
        "The department is suing North Carolina over the law. "
        '"We will get there together," she said at a news conference.'
    )
    assert out == [("We will get there together,", None)]


def test_a_pronoun_means_the_owner_not_the_person_named_as_her_role() -> None:
    out = said(
        "Ines Delacroix arrived at court with her lawyer Karen Holt on Friday. "
        '"None of this is true," she said.'
    )
    assert out == [("None of this is true,", "Ines Delacroix")]


def test_a_pronoun_after_an_unnamed_spokeswoman_means_her() -> None:
    got = said(
        'Dr Helen Marsh said: "The scheme works."',
        'A spokeswoman for the Westbury Trust said the plan was sound. "It will open in May," she said.',
    )
    assert got[1] == ("It will open in May,", "A spokeswoman for the Westbury Trust")


def test_a_show_named_between_the_and_a_role_word_is_no_one_a_pronoun_means() -> None:
    got = said(
        "Milo Ferreira has joined fellow comics Ann Vale and Dev Patel in attacking modern television.",
        "Speaking to a weekly paper, the Late Lanterns star said there is too much noise. "
        '"Shows have lost their care," he complained.',
    )
    assert got == [("Shows have lost their care,", "Milo Ferreira")]


def test_the_last_speaker_named_only_as_an_owner_gives_way_to_a_fitting_subject() -> None:
    # Ezra's gender is unknown, so only his being named as the owner of "courage" could keep his voice.
    got = said(
        '"It is a fine honour," said Ezra Quill.',
        "Singer Jane Oduya said she was moved by Quill's courage. \"He never gave up,\" she said.",
    )
    assert got[1] == ("He never gave up,", "Jane Oduya")


def test_an_unnamed_spokesman_opening_the_sentence_after_a_quote_is_who_he_means() -> None:
    got = said(
        'Mr Alan Reeve said: "We are pleased." A spokesman for the Harbour Trust said: "Talks go on." '
        'He said the port would "stay open to all ships".'
    )
    assert got[2] == ("stay open to all ships", "A spokesman for the Harbour Trust")


@pytest.mark.parametrize(
    ("lead", "holder"),
    [
        ("But a spokesman for the Hale Trust said the sums were small.", "a spokesman for the Hale Trust"),
        ("And a spokesman said the sums were small.", "a spokesman"),
        ("But the chancellor told MPs the sums were small.", "Gordon Reeve"),
    ],
)
def test_a_subject_after_an_opening_but_or_and_is_who_the_pronoun_means(lead: str, holder: str) -> None:
    got = said(
        "Chancellor Gordon Reeve met the board.",
        '"We need more," said Tom Hale, who runs the Hale Trust.',
        f'{lead} "It adds up," he said.',
    )
    assert got[1] == ("It adds up,", holder)


@pytest.mark.parametrize(
    ("lead", "holder"),
    [
        # A lower-case word naming the body or its kind right before the title.
        ("But a council spokeswoman insisted Mr Hale had the sums wrong.", "a council spokeswoman"),
        ("A Green party spokeswoman denied it.", "A Green party spokeswoman"),
        ("A Rovers club spokeswoman denied it.", "A Rovers club spokeswoman"),
    ],
)
def test_an_unnamed_spokeswoman_named_by_her_body_is_who_she_means(lead: str, holder: str) -> None:
    got = said(
        'Ms Ada Vale said: "The sums are wrong."',
        f'{lead} "He was talking about next year," she said.',
    )
    assert got[1] == ("He was talking about next year,", holder)


def test_an_unnamed_spokesperson_for_a_body_of_two_words_joined_by_and_speaks_whole() -> None:
    got = said(
        "Tom Hale criticised the rules. But a spokesperson for the Ports and Harbours Board (PHB) said "
        'the rules were fair. "We consult widely," he said.'
    )
    assert got == [("We consult widely,", "a spokesperson for the Ports and Harbours Board (PHB)")]


def test_a_pronoun_whose_gender_rules_out_the_unnamed_official_keeps_the_named_person() -> None:
    got = said('Dr Helen Marsh spoke first. A spokesman for the firm said little. "We wait," she said.')
    assert got[0] == ("We wait,", "Helen Marsh")


def test_it_stands_for_the_report_written_as_the_subject_before() -> None:
    got = said('The Hallam Institute report was gloomy. It said, in a note, that "hiring will slow sharply".')
    assert got == [("hiring will slow sharply", "The Hallam Institute report")]


def test_a_relative_known_by_a_given_name_is_who_the_pronoun_means() -> None:
    got = said(
        '"He was a gentle man," Mr Colm Dwyer said.',
        'Dwyer\'s sister Maeve said he would be missed. "He loved the sea," she said.',
    )
    assert got[1] == ("He loved the sea,", "Maeve")


def test_a_profession_before_a_name_leaves_it_the_subject_a_pronoun_means() -> None:
    got = said(
        'Mr Hale added: "Demand is weak." Bank chief economist Owen Pryce said growth had "slowed sharply". '
        '"Prices are still rising," he said.'
    )
    assert [s for _, s in got] == ["Mr Hale", "Owen Pryce", "Owen Pryce"]


def test_a_possessive_after_the_verb_tells_the_gender_of_an_unlisted_given_name() -> None:
    # "Ysolde" is in no list of given names; "raised her glass" says she is who "she" can be.
    got = said(
        "Ann Brook chaired the panel. Ysolde Quarrie raised her glass to the crew, who had worked "
        "through the storm for three days and nights without sleep or hot food, and thanked each of "
        "them by name on deck. "
        '"I loved every minute," she said.'
    )
    assert [s for _, s in got] == ["Ysolde Quarrie"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A name deep inside a clause of the sentence before is not who that sentence turns to.
        (
            "Tomas Orlov said he would hear the families out. But no change may undo the ruling that nurses "
            'could stop treatment for patient Ben Delaney. "We will not reopen that question," he said.',
            "Tomas Orlov",
        ),
        # Named last in a sentence whose subject is no person, as the one it turns to: the quote is his.
        ('Ann Lee left early. The plan did not impress Tom Delaney. "It is a mess," he said.', "Tom Delaney"),
    ],
)
def test_he_after_a_sentence_ending_on_a_name(paragraph: str, expected: str) -> None:
    assert speakers(paragraph) == [expected]


def test_a_noun_qualifying_a_title_leaves_the_name_the_subject() -> None:
    out = said(
        'Mr Omar Keel will tour the coast. Green election chief Tom Okafor denied the party would "hide" its '
        "leader.",
        'He promised "the liveliest race the party has seen".',
    )
    assert out[-1] == ("the liveliest race the party has seen", "Tom Okafor")


def test_a_verb_before_a_title_still_makes_the_name_its_object() -> None:
    out = said(
        "Ms Ada Brook spoke first. Labour attacked finance minister Ruth Okafor over the figures.",
        '"It is a scandal," she said.',
    )
    assert out == [("It is a scandal,", "Ms Ada Brook")]


def test_a_name_owned_by_a_place_after_a_preposition_is_an_object() -> None:
    out = said(
        "Kicker Tomas Ruiz praised his pack. Ruiz admitted poor goal-kicking from England's Tom Price had "
        "helped.",
        '"I know how hard kicking is," he said.',
    )
    assert out == [("I know how hard kicking is,", "Ruiz")]


def test_a_pronoun_means_an_owned_unnamed_spokesman_opening_a_clause() -> None:
    out = said(
        '"Talks will go on," the board said in a statement.',
        "On Tuesday, Ann Roe's official spokesman declined to say more. He said: \"We wait for the report.\"",
    )
    assert out[-1] == ("We wait for the report.", "Ann Roe's official spokesman")


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ('"Rents are too high," the tenants said.', "the tenants"),
        ('"Rents are too high," the MEPs said.', "MEPs"),
        ('"Rents are too high," the council said.', None),  # one body is an "it"
        ('"Rents are too high," Mr Ivor Jones said.', None),  # a name ending in "s" is one person
    ],
)
def test_they_goes_on_with_a_plural_speaker_before(first: str, expected: str | None) -> None:
    out = said(first, 'Landlords should "share the burden", they said.')
    assert out[-1] == ("share the burden", expected)


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Mr Ivo Lind sold the car. The buyer waited to sue, her lawyer, Tom Vance, said.", "Tom Vance"),
        # The name a cue follows only after a verb of its own is still that verb's object.
        ("Tom Vance, who represents Mr Ivo Lind, said the buyer waited.", "Tom Vance"),
    ],
)
def test_a_name_set_off_by_commas_before_a_cue_is_its_subject(report: str, expected: str) -> None:
    out = said(report + ' The shop "failed its customer," he said.')
    assert out[-1] == ("failed its customer,", expected)


@pytest.mark.parametrize(
    "opening",
    ["But Lind is keen to move on and said:", "Yet Lind wanted to move on, saying:"],
)
def test_a_surname_after_a_lead_word_is_the_subject_of_a_later_cue(opening: str) -> None:
    out = said("Tomas Lind has signed a new deal.", opening + ' "I have grown up a lot."')
    assert out == [("I have grown up a lot.", "Lind")]


def test_a_pronoun_opening_a_bracketed_aside_is_resolved() -> None:
    out = said('Mr Tom Vance may stay (he once said there are two kinds of boss: "the quick and the dead.")')
    assert out == [("the quick and the dead.", "Mr Tom Vance")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A player known by one name, a job before it, is the person a pronoun means.
        ("Rovers midfielder Dinho, once coached at Leeds, agreed.", "Dinho"),
        # A one-word name after a word that is no job stays a team or a place.
        ("Former Rovers, once coached at Leeds, agreed.", "Mr Tom Vance"),
    ],
)
def test_a_one_word_name_after_a_job_is_a_person(lead: str, expected: str) -> None:
    out = said("Mr Tom Vance left the club.", lead + ' "It was not normal," he said.')
    assert out[-1] == ("It was not normal,", expected)


def test_a_surname_that_is_also_an_auxiliary_is_a_speaker() -> None:
    out = said('Guitarist Brian May will tour again. May said: "The band is back."')
    assert out == [("The band is back.", "May")]


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        # The agent of a thing the sentence talks about is not who a later "he" means.
        ("Mr Karl Vane spoke. He said the fees set by rival Tom Pike were unfair.", "Mr Karl Vane"),
        ("Mr Karl Vane spoke. The plan drawn up by Tom Pike was dropped, he said.", "Mr Karl Vane"),
        # After a full passive the agent is the doer, and may well be the one who goes on.
        ("Mr Karl Vane lost the vote. The result was announced by Mr Omar Pike on Monday.", "Mr Omar Pike"),
    ],
)
def test_an_agent_after_by_is_skipped_unless_the_passive_is_full(report: str, expected: str) -> None:
    assert speakers(report, 'Later he said: "We will carry on."') == [expected]


def test_a_baroness_is_who_a_later_she_means() -> None:
    got = speakers(
        "Labour peer Baroness Quill, who is chairing the Harbour Inquiry into shipping, said trust was low.",
        '"It will get worse," she said.',
    )
    assert got == ["Baroness Quill"]


def test_it_after_a_quote_means_the_body_that_opened_the_sentence_after_it() -> None:
    got = speakers(
        'Mr Tal Orr said: "They kept me for months." The Veldt government rejected the account.'
        ' In a short note, it said: "He was held lawfully."',
    )
    assert got == ["Mr Tal Orr", "The Veldt government"]


@pytest.mark.parametrize(
    "lead",
    [
        "Harbour Hawks director of rugby Pierre Valmont has reopened the debate.",
        "The coach and Spain's minister of sport Pierre Valmont met on Monday.",
    ],
)
def test_a_title_of_a_field_before_a_name_leaves_the_name_a_subject(lead: str) -> None:
    got = attributions(lead, '"We need more time," said the minister. "It is hard," he said.')
    assert [a.name for a in got] == ["Pierre Valmont", "Pierre Valmont"]


@pytest.mark.parametrize("event", ["Northern Cross Country Championships", "Harbour Cup", "Lake Festival"])
def test_an_event_is_never_who_a_pronoun_means(event: str) -> None:
    got = speakers(
        "Jo Kestrel will skip the Lakeside Open to prepare for the Northern Indoor Championships in March."
        f" The 31-year-old was third in last week's {event} but she prefers the track.",
        '"I am wary of injuries," she said.',
    )
    assert got == ["Jo Kestrel"]


@pytest.mark.parametrize(
    "story",
    [
        # One long sentence between the subject and the pronoun, naming others in passing.
        "Rua Tane admitted the fear of injury weighed on his mind before the charity match, which brings "
        "together famous names such as George Hall, Andrew Mist and Chris Lang. But he admitted the cause "
        'won him over. "I did not hesitate for a moment."',
        # Two sentences, the second opening on "He", before a quote and its "he said".
        "Rua Tane is hoping to repeat his success at the spring games with a medal in the relay for the "
        "national side. He drew the loudest cheer of the evening when he walked out on to the track. "
        '"I was always a huge fan of this meeting," he said.',
    ],
)
def test_a_subject_the_story_stays_with_beats_a_man_named_long_before(story: str) -> None:
    got = said("Coach Sir Tom Ward will name his squad next month.", story)
    assert [speaker for _, speaker in got] == ["Rua Tane"]
