"""Attribution: where the cue stands around the marks, titles and roles resolved (pronouns and carried-over
speakers have their own files)."""

from __future__ import annotations

import pytest
from speaker_cases import attributions, said, speakers


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Cue after the quote, speaker before or after the verb.
        ('"The roads are closed," Jane Okafor said.', [("The roads are closed,", "Jane Okafor")]),
        ('"The roads are closed," said Jane Okafor.', [("The roads are closed,", "Jane Okafor")]),
        ('"Costs will rise," says the report.', [("Costs will rise,", "the report")]),
        ('"Costs will rise," the report states.', [("Costs will rise,", "the report")]),
        # Cue before, with a colon or a clause.
        ('Ms Dana Whitfield said: "We are ready."', [("We are ready.", "Ms Dana Whitfield")]),
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


def test_mid_sentence_attribution_shares_the_pronoun_speaker() -> None:
    got = said("Farmer Grace Obi spoke at the meeting.", '"We tried," she said, "but the door was locked."')
    assert got == [("We tried,", "Grace Obi"), ("but the door was locked.", "Grace Obi")]


def test_title_and_surname_stay_as_written_and_the_full_name_is_kept_apart() -> None:
    (got,) = attributions("Lawyer Ben Schokman filed the case.", '"This is unlawful," Mr Schokman said.')
    assert (got.speaker, got.name) == ("Mr Schokman", "Ben Schokman")


def test_a_short_name_is_not_stretched_to_a_later_longer_one() -> None:
    got = said('"Not yet," said Mr Alder.', "Later, Paul Alder left.")
    assert got == [("Not yet,", "Mr Alder")]


def test_scare_quotes_without_a_cue_have_no_speaker() -> None:
    assert said('The so-called "miracle diet" was sold online.') == [("miracle diet", None)]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "name", "role"),
    [
        # The appositive is the role; the speaker is the name as written.
        (
            '"Vote early," said Rob Tanaka, director of the Civic Trust.',
            "Rob Tanaka",
            "Rob Tanaka",
            "director of the Civic Trust",
        ),
        # A party and state tag is part of how the name is written; the setting is not part of the role.
        (
            '"We object," said Rep. Ann Roe (D-Ore.), the ranking member, in a statement.',
            "Rep. Ann Roe (D-Ore.)",
            "Ann Roe",
            "the ranking member",
        ),
        (
            '"We object," Sen. Tom Ruiz (R-Utah) said.',
            "Sen. Tom Ruiz (R-Utah)",
            "Tom Ruiz",
            None,
        ),
        # Role words written before the name are its role, not its name.
        (
            'Harbour board chairwoman Ada Kerr said: "Dredging starts in May."',
            "Ada Kerr",
            "Ada Kerr",
            "Harbour board chairwoman",
        ),
        # A place after the name goes with the role; a clause opened by "who" describes the speaker.
        (
            '"Not this year," said Rep. Ann Roe of Oregon, who sits on the panel.',
            "Rep. Ann Roe",
            "Ann Roe",
            "of Oregon, who sits on the panel",
        ),
        (
            '"It rained," said Kim Obi, 34, speaking from the porch.',
            "Kim Obi",
            "Kim Obi",
            "34",
        ),
    ],
)
def test_speaker_name_and_role(paragraph: str, speaker: str, name: str, role: str | None) -> None:
    (got,) = attributions(paragraph)
    assert (got.speaker, got.name, got.role) == (speaker, name, role)


def test_role_noun_resolves_to_the_person_the_article_ties_it_to() -> None:
    got = said(
        "Housing Secretary Ida Brook met tenants. Later Tom Vale spoke.",
        'The housing secretary said: "Rents must be capped."',
    )
    assert got == [("Rents must be capped.", "Ida Brook")]


def test_an_office_holder_named_just_before_is_the_office() -> None:
    got = said('The treaty was "a turning point", Mr Odum said. The president also urged "restraint".')
    assert [speaker for _, speaker in got] == ["Mr Odum", "Mr Odum"]


def test_an_untied_role_noun_that_is_not_an_office_stays_as_written() -> None:
    got = said('Tom Vale arrived. The site coordinator said: "Doors open at nine."')
    assert got == [("Doors open at nine.", "The site coordinator")]


def test_a_quote_signed_with_a_dash_and_a_name() -> None:
    got = said("\u201cThe buses never come on time.\u201d \u2015 Ola Brandt")
    assert got == [("The buses never come on time.", "Ola Brandt")]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # Role words in lower case, an owner's possessive or the last word of the sentence before
        # stand left of the name without being part of it.
        ('"Sales are flat," market analyst Tove Lindqvist said.', "Tove Lindqvist", "market analyst"),
        ('"No date is set," said Harbourside\'s agent Milo Brandt.', "Milo Brandt", "Harbourside's agent"),
        ('"We hold," Kestrel Fund\u2019s Imre Szabo told the paper.', "Imre Szabo", "Kestrel Fund\u2019s"),
        ('"Keep going," said Ludwig van Aalst.', "Ludwig van Aalst", None),
    ],
)
def test_words_left_of_a_name_go_to_the_role(paragraph: str, speaker: str, role: str | None) -> None:
    (said_it,) = attributions(paragraph)
    assert (said_it.speaker, said_it.role) == (speaker, role)


def test_a_sentence_ending_on_a_place_does_not_join_the_next_speaker() -> None:
    quotes = said('Crowds gathered in Tarrow. Nina Ostrova said: "We will stay."')
    assert quotes == [("We will stay.", "Nina Ostrova")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A cue word used as a noun names no speaker: after an owner, a hyphened modifier,
        # a preposition or a verb taking it as object.
        'Rhea Moss said the mayor\'s comments were "wholly unfair to tenants here".',
        'Viktor Hale complained about late-night tweets "sent by staff from the office".',
        'Amid reports of delays, Lena Kurt said: "The line opens in May."',
        'The firm denied reports it was leaving. Gil Amos said: "We remain here for good."',
        'Oren Blau had his say on the match, complaining: "That was no penalty at all."',
    ],
)
def test_a_cue_word_used_as_a_noun_is_no_attribution(paragraph: str) -> None:
    (said_it,) = attributions(paragraph)
    assert said_it.speaker in {"Rhea Moss", "Viktor Hale", "Lena Kurt", "Gil Amos", "Oren Blau"}


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            (
                "Tomas Brandt has ruled out a move abroad this summer.",
                '"I am happy here," said the 29-year-old.',
            ),
            "Tomas Brandt",
        ),
        (
            ("Lena Voss scored twice on Saturday.", '"We deserved the win," the central defender added.'),
            "Lena Voss",
        ),
    ],
)
def test_a_description_after_a_named_person_gets_their_name(paragraphs: tuple[str, ...], name: str) -> None:
    out = attributions(*paragraphs)
    assert (out[-1].speaker, out[-1].name) == (name, name)
    assert out[-1].role and out[-1].role.startswith("the ")  # the description goes to the role


def test_a_description_with_nobody_named_before_stays_unresolved() -> None:
    out = attributions('"We deserved the win," the central defender added.')
    assert out[0].name == "the central defender"


def test_a_role_written_after_the_name_without_a_comma_goes_to_the_role() -> None:
    out = attributions(
        '"The visas must be renewed," said Senator Ada Quill the party\'s housing spokesperson.'
    )
    assert (out[0].speaker, out[0].name) == ("Senator Ada Quill", "Ada Quill")
    assert out[0].role == "the party's housing spokesperson"


def test_a_role_ending_on_a_place_is_no_name_before_the_speaker() -> None:
    out = attributions('The charity\'s head of policy in Britain, Omar Haddad said: "Funding must follow."')
    assert out[0].speaker == "Omar Haddad"


@pytest.mark.parametrize(
    "paragraph",
    [
        'According to Nancy Orr, of the tenants (Leeds), "rents doubled." She notes, "nobody listened."',
        'Bea Lund of the union (El Paso, TX) spoke first. She notes, "nobody listened."',
    ],
)
def test_a_pronoun_skips_a_place_in_brackets_and_keeps_a_name_after_according_to(paragraph: str) -> None:
    assert attributions(paragraph)[-1].speaker in {"Nancy Orr", "Bea Lund"}


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Inverted cues beyond "said": the verb's forms and a sentence opened by the cue.
        (('"We were slow at the start," admitted Okafor.',), ["Okafor"]),
        (('"The score flattered us," assured Mr Lindqvist.',), ["Mr Lindqvist"]),
        (("Nobody expected the vote.", 'Said Harlow: "It was close."'), ["Harlow"]),
        # A sentence after a closed quote that ends on a colon introduces the next quote, not the last.
        (
            ('"He likes our style of play." Ines Moreau had told the paper: "I want to stay here."',),
            [None, "Ines Moreau"],
        ),
        # A name after "is" is what the sentence is about: a later "he" means them.
        (
            (
                '"Rehearsals start soon," said Mr Pagel.',
                'The show\'s director is Martin Amsel. "It will be loud," he said.',
            ),
            ["Mr Pagel", "Martin Amsel"],
        ),
        # A role noun tied to a name by a comma, and a role owned by someone named in it.
        (
            (
                "Harbour board chief, Wendy Aalto, spoke on Monday.",
                '"Dredging is due," the harbour board chief said.',
            ),
            ["Wendy Aalto"],
        ),
        (
            ("Mr Brack's daughter Ruth kept the letters.", '"He wrote every week," his daughter said.'),
            ["Ruth"],
        ),
        # An inverted cue, the role first and the name after a comma.
        (
            ('"The bill is overdue," said Labor spokesperson for housing, Senator Ana Pike.',),
            ["Senator Ana Pike"],
        ),
        # A place before "the mayor" is no mayor.
        (
            (
                "Mayor Dina Kovac visited the site.",
                'Speaking in Harwick, the mayor said: "We will rebuild."',
            ),
            ["Dina Kovac"],
        ),
    ],
)
def test_attribution_patterns(paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert [speaker for _, speaker in said(*paragraphs)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "The call follows the release of the UNHCR report into claims.",
        "Ms Roe made the following comment:",
        "The senator dismissed Mr Diaz's remark.",
    ],
)
def test_nouns_that_look_like_cues(text: str) -> None:
    from transforms.quote_cues import find_cues

    assert find_cues(text) == ()


def test_saying_after_an_unnamed_official_subject_gives_that_official() -> None:
    got = said(
        'A Treasury spokesperson rejected the figures, saying it was "within its rules". "Plans are set."'
    )
    assert got == [
        ("within its rules", "A Treasury spokesperson"),
        ("Plans are set.", "A Treasury spokesperson"),
    ]


@pytest.mark.parametrize("adverb", ["afterwards", "later", "yesterday"])
def test_an_adverb_after_an_inverted_name_is_not_part_of_it(adverb: str) -> None:
    assert said(f'"We held on," said Okafor {adverb}.') == [("We held on,", "Okafor")]


def test_a_name_after_a_title_in_the_object_does_not_take_the_next_pronoun() -> None:
    got = said(
        "Mr Harlan Vey designed the leaflet, which cast harbour chief John Sand as a villain. "
        'In a note, he said: "It was a joke."'
    )
    assert got == [("It was a joke.", "Mr Harlan Vey")]


def test_a_possessive_before_a_title_leaves_the_name_the_subject() -> None:
    got = said('Nina\'s Garden host Ruth Pell said the guests were kind. "They were lovely," she said.')
    assert got == [("They were lovely,", "Ruth Pell")]


def test_the_accuser_keeps_the_voice_over_the_man_he_accuses() -> None:
    got = said(
        'Mr Dale Ives said: "We are not hiding."',
        'Mr Oswin Tarr accused Mr Ives of stalling. "He must act," he told the paper.',
    )
    assert got[1] == ("He must act,", "Mr Oswin Tarr")


def test_a_reported_sentence_after_a_quote_is_not_its_cue() -> None:
    got = said(
        '"She never missed a show," Mr Colm Dwyer said. "She was kind."',
        'Her son Piet said his mother would be missed. "She loved the stage," he said.',
    )
    assert [s for _, s in got] == ["Mr Colm Dwyer", "Mr Colm Dwyer", "Piet"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The surname belongs to a person named in full before: a person.
        (
            (
                "Lena Varga beat Ada Holt in three sets.",
                'Holt praised Varga, saying: "She was better today."',
            ),
            "Holt",
        ),
        # No one of that name before: a club or a firm, not a person.
        (('Arsenal praised the board, saying: "It was brave."',), None),
    ],
)
def test_a_bare_surname_is_a_subject_only_for_someone_named_in_full(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert said(*paragraphs)[-1][1] == speaker


def test_a_description_means_the_subject_not_the_person_named_as_an_object() -> None:
    got = said(
        "Tomas Reo has been linked with a move. The Dane thought he was talking to club director "
        'Lars Vik when he spoke. "I want to go," the 22-year-old said.'
    )
    assert got == [("I want to go,", "Tomas Reo")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A role headed by any common noun, the name after a comma.
        (
            ('"Orders fell again," said TMA chief economist, Rhona Peel.',),
            [("Orders fell again,", "Rhona Peel")],
        ),
        # A nationality noun stands for the person last named, as a description does.
        (
            ('Tessa Brandt lost the final in three sets. "I was tired," said the German.',),
            [("I was tired,", "Tessa Brandt")],
        ),
        # A person with role words before the name opens a sentence mid-paragraph: the quote after is theirs.
        (
            (
                '"We won," said Ivo Lenz. Ireland coach Maria Okoro wants more training. "We need work." '
                '"A lot of it. "Really," said Okoro.',
            ),
            [
                ("We won,", "Ivo Lenz"),
                ("We need work.", "Maria Okoro"),
                ("A lot of it.", "Maria Okoro"),
                ("Really,", "Okoro"),
            ],
        ),
        # A paragraph that only names the speaker and ends on a colon.
        (
            ("Petra Vance, Policy Officer at the Tenants Union:", '"Rents must be capped this year."'),
            [("Rents must be capped this year.", "Petra Vance")],
        ),
    ],
)
def test_roles_descriptions_and_labels_name_the_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


def test_according_to_in_a_later_sentence_sources_that_sentence_not_the_quote() -> None:
    got = said(
        '"Phones sell on looks," said Ms Ruiz.',
        '"Buyers want style. "And music too." Sales will triple by 2009, according to Quill Research.',
    )
    assert [s for _, s in got] == ["Ms Ruiz", "Ms Ruiz", "Ms Ruiz"]


def test_a_sentence_of_its_own_after_a_finished_quote_does_not_attribute_it() -> None:
    got = said(
        'The club\'s spokeswoman said: "Few staff know. "We will not look again." '
        "The league's referee - the Fixtures Panel - was also content, she added."
    )
    assert [s for _, s in got] == ["The club's spokeswoman", "The club's spokeswoman"]


@pytest.mark.parametrize(
    "reporting",
    [
        "Ivo Marsh said the levy remained fair.",
        "The treasurer meanwhile said the levy remained fair.",
        "Ivo Marsh added that the levy stayed.",
    ],
)
def test_a_short_reported_clause_after_a_finished_quote_is_a_sentence_of_its_own(reporting: str) -> None:
    got = said('Tova Brill said: "The levy must go.', f'"It costs the town too much." {reporting}')
    assert [s for _, s in got] == ["Tova Brill", "Tova Brill"]


def test_a_time_after_the_cue_still_attributes_the_finished_quote() -> None:
    got = said('Tova Brill said: "The levy must go.', '"It costs too much." Ivo Marsh said on Monday.')
    assert [s for _, s in got] == ["Tova Brill", "Ivo Marsh"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # An office's "to the"/"for" complement runs into the name: the person starts at the given name.
        (
            ('Chief Secretary to the Treasury Paul Oduya attacked the plans. "They are empty," he said.',),
            ["Paul Oduya"],
        ),
        (
            ('Secretary of State for Health Ann Brook rejected it. "It is false," she said.',),
            ["Ann Brook"],
        ),
        # "His party leader, X," opening a sentence is its subject, not an object of the sentence before.
        (
            (
                'Mr Lund said: "Taxes are too high." His party leader, Tom Varga, argued for cuts. '
                '"We will cut waste," he said.',
            ),
            ["Mr Lund", "Tom Varga"],
        ),
        # A party's possessive before a full name leaves the name a person "she" can mean.
        (
            ('Labour\'s Ann Brook held the seat. She says she will campaign "as a hard-working local MP".',),
            ["Ann Brook"],
        ),
        # "he said Mr Lund had lost ...": the name after a cue that has its subject is what was said.
        (
            (
                'Tom Varga spoke first. "We have grown," he said. But he said Mr Lund had lost support. '
                '"There is no trust left in Mr Lund," he said.',
            ),
            ["Tom Varga", "Tom Varga"],
        ),
        # "..., Brook said": a name its cue follows is a subject, whatever stands before it.
        (
            (
                "Ann Brook left the show on Friday.",
                "Tom Lee had worried about her children, Brook said. The writer said the show had acted "
                '"like a bully in a playground".',
            ),
            ["Brook"],
        ),
    ],
)
def test_offices_owners_and_cues_leave_the_right_person_the_subject(
    paragraphs: tuple[str, ...], expected: list[str | None]
) -> None:
    assert [s for _, s in said(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A body as the subject of a sentence whose participle cue introduces the quote.
        (
            'Market analysts Brightline welcomed the deal, saying the bank had "moved a long way".',
            "Brightline",
        ),
        ('Broadband firm (BBF) Netwave also backed the plan saying "we are content with it".', "Netwave"),
        ('The union welcomed the offer, saying it had "listened at last".', "The union"),
        # "It" after a sentence opened by a body whose name ends on what it is.
        (
            'The National Drama Institute (NDI) praised the play. It claimed its cast "rewrote the rules".',
            "The National Drama Institute",
        ),
    ],
)
def test_a_body_opening_the_sentence_is_the_speaker(paragraph: str, expected: str) -> None:
    assert [s for _, s in said(paragraph)] == [expected]


def test_a_lone_capitalised_subject_is_still_no_speaker_unless_named_in_full() -> None:
    # A team or place opening the sentence is not taken for a body: only a qualified name is.
    assert [s for _, s in said('Ashford thanked the fans, saying the win "meant everything".')] == [None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "Del." is a delegate's title, not a sentence's end.
        (('"This wastes everyone\'s time," said Del. Rosa Quint of Guam.',), ["Del. Rosa Quint"]),
        # A name right before a participle cue, no comma between, is its own subject.
        (
            (
                "Tom Varga lost the debate. The advert ends with footage of Varga saying at a rally, "
                "\u201cThat proves it,\u201d to loud cheers.",
            ),
            ["Varga"],
        ),
        (('The fans sang on, with Ann Brook adding: "We will be back."',), ["Ann Brook"]),
        # A paragraph that only sets the scene around a person, then a paragraph that is only the quote.
        (
            ("Ann Brook spoke at a housing conference in Leeds on Monday.", '"These figures show progress."'),
            ["Ann Brook"],
        ),
        # A name signing the quote after its marks is left to the signature, not the scene before.
        (
            (
                "Ann Brook spoke at a housing conference in Leeds on Monday.",
                '"These figures show progress." Tom Lee, Director',
            ),
            [None],
        ),
    ],
)
def test_titles_participles_and_scene_paragraphs_name_the_speaker(
    paragraphs: tuple[str, ...], expected: list[str | None]
) -> None:
    assert [s for _, s in said(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "The MP" stands for the MP the article named.
        (
            ("Tory MP Ann Brook has asked for a review.", 'The MP told reporters: "It is a mess."'),
            ["Ann Brook"],
        ),
        # "is quoted as saying": the subject before the passive said it.
        (
            (
                '"He is a disgrace," Mark Lund said on Saturday.',
                "Later, according to one paper, Tom Varga spoke to a small group. "
                '"We owe them nothing," the club boss is quoted as saying.',
            ),
            ["Mark Lund", "Tom Varga"],
        ),
        # "the paper quoted X as saying": X said it, the paper only passed it on.
        (
            (
                '"He is a disgrace," Mark Lund said on Saturday.',
                '"We owe them nothing," a local paper quoted club treasurer Tom Varga as saying.',
                '"Prices will rise," the agency reports a senior trader as saying.',
            ),
            ["Mark Lund", "Tom Varga", "a senior trader"],
        ),
        # An office holder as the subject after someone else spoke: "he" is the holder the article named.
        (
            (
                "Chancellor Tom Varga set out his plans. Mr Lund, for the opposition, attacked them. "
                '"It is a con," he said. In reply, the chancellor said the plans were sound. '
                'He told MPs: "We will hold firm."',
            ),
            ["Mr Lund", "Tom Varga"],
        ),
        # A shadow office is no office held: "the chancellor" is not the shadow chancellor.
        (
            (
                "Chancellor Tom Varga set out his plans. Shadow chancellor Mark Lund attacked them. "
                '"It is a con," he said. In reply, the chancellor said the plans were sound. '
                'He told MPs: "We will hold firm."',
            ),
            ["Mark Lund", "Tom Varga"],
        ),
    ],
)
def test_roles_and_passive_cues_point_to_the_named_person(
    paragraphs: tuple[str, ...], expected: list[str | None]
) -> None:
    assert [s for _, s in said(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A second verb joined to the first by "and" shares the sentence's subject.
        (
            ('Nora Quill thanked the volunteers for their patience and said: "The flood barriers held."',),
            "Nora Quill",
        ),
        # A capitalised participle opening the sentence is no person a pronoun can mean.
        (
            (
                "Nora Quill spoke to reporters.",
                'Thanking Harbour and Dockside for their help, she said: "Both crews worked all night."',
            ),
            "Nora Quill",
        ),
        # A sentence adverb between the subject and the cue.
        (
            (
                "The council asked Ivo Brandt to resign.",
                'Mr Brandt meanwhile told the paper: "I will stay until the audit is finished."',
            ),
            "Mr Brandt",
        ),
        # A body described by a state rather than an action, then the participle cue.
        (
            ('Lantern magazine was defiant about the pictures, saying: "Every image was checked."',),
            "Lantern magazine",
        ),
        # Named as the one a question was put to, then a pronoun a few words into the next sentence.
        (
            (
                'Ivo Brandt spoke first. "We will appeal," he said.',
                'The claims were put to Peter Orme. At first he said: "I never saw the letter."',
            ),
            "Peter Orme",
        ),
    ],
)
def test_the_subject_of_a_cue_behind_other_words(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert said(*paragraphs)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A name opening its sentence behind a nationality and a trade is who "he" means next.
        (
            (
                'Martin Pike said the dinner meant a lot. He said: "I loved every minute."',
                "Welsh singer Elwyn Tarrant, who won a prize for his mural in Cardiff, "
                'said the show was "a joy". He said: "Just to be here is enough."',
            ),
            "Elwyn Tarrant",
        ),
        # Named only as an object, of unknown gender, but the one person just before the pronoun.
        (
            (
                "The loudest applause went to the Riverside star Teodor Vasko, who stopped to wave. "
                'He said the welcome was "louder than anything I have heard".',
            ),
            "Teodor Vasko",
        ),
        # A title before the name opening a sentence: the word before the title is no verb governing it.
        (
            (
                "The crowd grew quiet.",
                "Best newcomer winner Ilse Marrow, who wore silver, told reporters the night was long. "
                'She said: "I did not expect this."',
            ),
            "Ilse Marrow",
        ),
        # "the bishop" as a later sentence's subject, tied to the name by the title, is who "he" means.
        (
            (
                "Bishop Aldous Fenwick spoke at the abbey. Archdeacon Dr Ruth Calloway then spoke. "
                "Dr Calloway has since written about the harvest.",
                'On Sunday, the bishop will address the choir. "Sing as one," he will say.',
            ),
            "Aldous Fenwick",
        ),
        # An inverted cue whose subject is a name after it ends no clause here: the quote goes on.
        (
            (
                '"Demand is high," said Tova Lind, head of sales. "The boats sell fast," '
                'Prices are up - giving builders more work, said Mr Oster. "Orders doubled."',
            ),
            "Mr Oster",
        ),
        # A body whose name runs on with "of ...", then "it said".
        (
            ('The Chamber of Shipping and Trade welcomed the plan. "This is a good day," it said.',),
            "The Chamber of Shipping and Trade",
        ),
        # A time phrase after an inverted cue is not part of the name.
        (('"We are ready," said Castell ahead of the final.',), "Castell"),
    ],
)
def test_pronouns_descriptions_and_inverted_cues(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert said(*paragraphs)[-1][1] == speaker


def test_an_inverted_cue_after_a_clause_leaves_the_quote_before_it_to_its_speaker() -> None:
    got = said(
        '"Demand is high," said Tova Lind, head of sales. "The boats sell fast," '
        "Prices are up - giving builders more work, said Mr Oster."
    )
    assert [s for _, s in got] == ["Tova Lind", "Tova Lind"]


def test_a_named_subject_before_an_inverted_looking_cue_keeps_it() -> None:
    got = said(
        "The club's chairman, Rafe Holm, said the league faces a number of questions.",
        '"Every team must answer them."',
    )
    assert got[-1][1] == "Rafe Holm"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A quote inside a clause that an inverted cue reports belongs to the name after the cue.
        (('Fares are "far too high" for most riders in the city, said Mr Quaye.',), "Mr Quaye"),
        # A band's name only qualifies the member named after it: "he" is the member.
        (
            (
                "Harbour Lights frontman Otis Merrow has asked for more funding for venues. "
                '"Small rooms keep music alive," he said.',
            ),
            "Otis Merrow",
        ),
        # A club named as an object is no one a pronoun can mean; with nobody else, the quote stays unknown.
        (
            (
                "Tove has been linked with Harbour Rovers and Castle Town. "
                'He said: "I will decide in the summer."',
            ),
            None,
        ),
        # The holder a role leads to must fit the pronoun's gender.
        (
            (
                "Ms Dora Quill wrote to the first minister. In reply, the first minister said he was hurt. "
                'He told Ms Quill: "You have misread me."',
            ),
            None,
        ),
    ],
)
def test_clause_quotes_qualifiers_and_objects(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert said(*paragraphs)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A participle clause opening the sentence describes the subject after it, whoever it names.
        (
            (
                "Claire Voss arrived early and greeted fans.",
                "Wearing a hat made by the milliner Peter Strand, Voss told reporters the evening was "
                '"long and chilly".',
            ),
            "Voss",
        ),
        # A description with a capitalised modifier, its verb joined by "and" to the cue.
        (
            (
                "Claire Voss arrived early and greeted fans.",
                "Shivering in a thin silk gown, the Welsh-born actress stopped to sign programmes and joked: "
                '"It is cold but I love it."',
            ),
            "Claire Voss",
        ),
        # A relative clause after an opening participle is no subject.
        (
            ('Looking ahead to the vote, which is due in May, Mr Tallis said: "We will win more seats."',),
            "Mr Tallis",
        ),
    ],
)
def test_opening_participles_and_descriptions(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert said(*paragraphs)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A surname that is also an auxiliary stays part of the name before the cue.
        ('Rhoda May said: "We are ready."', "Rhoda May"),
        ('Housing minister Rhoda May said: "We are ready."', "Rhoda May"),
        # The capital after "for the" is what the office is for; the name comes after the comma.
        ('The Minister of State for the Coast, Rhoda Lyle, said: "We are ready."', "Rhoda Lyle"),
        # A description opening its own piece still names the speaker in the next.
        ('When Ivo Marsh lost again, a second defeat, the Dane said: "Well played."', "Ivo Marsh"),
    ],
)
def test_names_after_offices_and_names_that_look_like_other_words(paragraph: str, expected: str) -> None:
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Where a person is from ends their name, however long the body's own name is.
        ('Ann Roe of the Office of Fair Trading said: "Prices are too high."', "Ann Roe"),
        ('Ann Roe from the Office of Fair Trading said: "Prices are too high."', "Ann Roe"),
        ('Ann Roe from Leeds said: "Prices are too high."', "Ann Roe"),
        ('Tom Pike from Northfield Rovers said: "We deserved it."', "Tom Pike"),
        (
            'On Friday, Ann Roe from the agency\'s Office of Drug Safety told MPs that "the drug is risky".',
            "Ann Roe",
        ),
        ('"We were wrong," said Lord Pike of Kirkby.', "Lord Pike"),
        # A body named with "of" or "for" speaks whole: no person is called England or Transport.
        ('The Bank of England said: "Rates will rise."', "The Bank of England"),
        ('The Department for Transport said: "We will publish a bill."', "The Department for Transport"),
        ('The National Union of Drivers said: "Fares must fall."', "The National Union of Drivers"),
    ],
)
def test_where_a_speaker_is_from_ends_the_name(paragraph: str, expected: str) -> None:
    assert speakers("A headline", paragraph) == [expected]


def test_where_a_speaker_is_from_goes_to_the_role() -> None:
    found = attributions("A headline", 'Ann Roe from the Office of Fair Trading said: "Prices are too high."')
    assert [(a.speaker, a.role) for a in found] == [("Ann Roe", "from the Office of Fair Trading")]
