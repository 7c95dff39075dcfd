"""find_quotes: spans, offsets, fragments, titles and what is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.body import assemble
from transforms.quote_marks import find_spans
from transforms.quotes import find_quotes
from transforms.records import Block, OrgMention, ParsedArticle

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def article(*paragraphs: str, **fields) -> ParsedArticle:
    body, blocks = assemble(Block("p", p) for p in paragraphs)
    return ParsedArticle(body=body, blocks=blocks, **fields)


def texts(body: str) -> list[str]:
    return [body[s.start : s.end] for s in find_spans(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('He said "the river is rising" today.', ["the river is rising"]),
        ("She said \u201cthe bridge will hold\u201d and left.", ["the bridge will hold"]),
        # The closing mark went missing between two quoted sentences.
        ('Ann Lee said: "The dam is old. "It needs work now."', ["The dam is old.", "It needs work now."]),
        # Single marks inside double ones belong to the quote.
        (
            "\u201cWe call it \u2018the long wait\u2019 here,\u201d she said.",
            ["We call it \u2018the long wait\u2019 here,"],
        ),
        # Wire copy that types two apostrophes for a double mark.
        ("''Rents keep climbing,'' said Mr. Ode.", ["Rents keep climbing,"]),
        # Possessives and contractions are not marks.
        ("The farmers' union didn't comment on Tom's plan.", []),
        ("A mark typed the wrong way \u201dround\u201d still opens.", ["round"]),
    ],
)
def test_spans(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_quote_over_several_paragraphs_is_one_quote_per_paragraph() -> None:
    body = '"The first part of what I said.\n\n"The second part.\n\n"And the end," she said.'
    spans = find_spans(body)
    assert [body[s.start : s.end] for s in spans] == [
        "The first part of what I said.",
        "The second part.",
        "And the end,",
    ]
    assert [s.closed for s in spans] == [False, False, True]
    assert all(s.opens_paragraph for s in spans)


def test_offsets_point_into_the_body() -> None:
    art = article("Intro line.", "\u201cWe will keep the library open,\u201d said the mayor, Joan Ruiz.")
    (quote,) = find_quotes(art, [])
    assert art.body[quote.char_start : quote.char_end] == quote.text == "We will keep the library open,"
    assert quote.speaker == "Joan Ruiz"
    assert quote.cue == "said"
    assert not quote.is_fragment


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        ('The minister called the plan "reckless" on Monday, officials said.', True),
        ('The minister said the plan was "reckless and badly timed for everyone".', False),
    ],
)
def test_fragment_flag(paragraph: str, fragment: bool) -> None:
    (quote,) = find_quotes(article(paragraph), [])
    assert quote.is_fragment is fragment


def test_titles_of_works_without_a_cue_are_not_quotes() -> None:
    art = article('Volunteers handed out copies of "The Long Road Home Again" at the fair.')
    assert find_quotes(art, []) == []


def test_a_title_case_slogan_with_a_cue_beside_it_is_kept() -> None:
    art = article('"Stop The Mine Now," the protesters chanted, said Kim Park.')
    assert [q.text for q in find_quotes(art, [])] == ["Stop The Mine Now,"]


def test_only_the_body_is_read() -> None:
    art = article(
        '"Fund the clinics," said Dr Omar Haddad.',
        dek='"Fund the clinics," a doctor says',
        pull_quotes=["Fund the clinics"],
    )
    assert [q.text for q in find_quotes(art, [])] == ["Fund the clinics,"]


def test_group_speaker_links_to_the_issuing_organisation() -> None:
    art = article('"Water is a right," wrote the network, which includes River Aid and Clean Taps.')
    orgs = [
        OrgMention("River Aid", role="member"),
        OrgMention("Open Wells Network", role="issuer"),
        OrgMention("Clean Taps", role="member"),
    ]
    (quote,) = find_quotes(art, orgs)
    assert quote.speaker == "the network"
    assert quote.speaker_org == "Open Wells Network"


def test_named_organisation_speaker_links_to_itself() -> None:
    art = article('"The audit is overdue," said River Aid, a charity that runs wells in the north.')
    (quote,) = find_quotes(art, [OrgMention("River Aid", role="quoted")])
    assert quote.speaker == "River Aid"
    assert quote.speaker_org == "River Aid"


@pytest.mark.parametrize("body", ["", "No quotes at all here.", '"', '" "', "\u201c\u201d"])
def test_bodies_with_nothing_to_find(body: str) -> None:
    assert find_quotes(ParsedArticle(body=body), []) == []


@pytest.mark.corpus
def test_seed_article_quotes_are_well_formed() -> None:
    path = CORPUS / "seed" / "coalition-urges-diplomacy.txt"
    if not path.exists():
        pytest.skip("shared corpus not available")
    from transforms.parse import parse_document
    from transforms.read import read_documents

    (doc,) = list(read_documents(str(path), path.read_bytes()))
    art = parse_document(doc)
    quotes = find_quotes(art, [])
    long_ones = [q for q in quotes if not q.is_fragment]
    assert len(long_ones) >= 10
    for q in quotes:
        assert art.body[q.char_start : q.char_end] == q.text
        assert q.text[:1] not in '"\u201c\u201d' and q.text[-1:] not in '"\u201c\u201d'
    # Every long quote in this article has a speaker the article names.
    assert all(q.speaker for q in long_ones)


def test_a_transcript_set_off_by_marks_is_not_a_quote() -> None:
    art = article(
        "The interview went as follows:",
        '"HOST: Will the ferry run on Sunday?',
        '"MAYOR: It will, and on Monday too.',
        '"HOST: Thank you."',
    )
    assert find_quotes(art, []) == []


def test_an_excerpt_that_never_closes_keeps_only_the_quotes_inside_it() -> None:
    art = article(
        "The council's report put it this way:",
        '"The ferry was late again. \u201cWe waited an hour,\u201d said Ada Kerr, a commuter.',
        "The council has not replied.",
    )
    assert [(q.text, q.speaker) for q in find_quotes(art, [])] == [("We waited an hour,", "Ada Kerr")]


def test_a_quote_over_several_paragraphs_that_closes_is_kept() -> None:
    art = article('"The ferry is late.', '"It is always late," said Ada Kerr.')
    assert [q.text for q in find_quotes(art, [])] == ["The ferry is late.", "It is always late,"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'The so-called "folly" on the hill was built in 1820.',
        "Ada Kerr said on \u201cThe Harbour Hour\u201d that fares would rise.",
        "Mr Vale told \u201cMorning Tide\u201d he would stand.",
    ],
)
def test_scare_quotes_and_names_of_shows_are_left_out(paragraph: str) -> None:
    assert find_quotes(article(paragraph), []) == []


def test_a_short_quote_with_a_speaker_is_kept_as_a_fragment() -> None:
    (quote,) = find_quotes(article('Ada Kerr said the fares were "daylight robbery".'), [])
    assert (quote.text, quote.speaker, quote.is_fragment) == ("daylight robbery", "Ada Kerr", True)


def test_a_capitalised_title_after_the_is_a_work_not_a_quote() -> None:
    body, blocks = assemble(
        [
            Block(
                "p",
                "The \u201cHarbour Safety Review\u201d sets out nine steps the port "
                "agreed in two separate reports.",
            )
        ]
    )
    assert find_quotes(ParsedArticle(headline="h", body=body, blocks=blocks), []) == []


def test_a_statement_one_paragraph_to_a_quote_that_never_closes_is_one_quote_a_paragraph() -> None:
    art = article(
        "\u201cThe new shelter is welcome,\u201d said Councillor Rhea Moss.",
        "\u201cIt will house forty families by winter.",
        "\u201cWe urge the state to fund a second one.",
    )
    got = [(q.text, q.speaker) for q in find_quotes(art, [])]
    assert got == [
        ("The new shelter is welcome,", "Councillor Rhea Moss"),
        ("It will house forty families by winter.", "Councillor Rhea Moss"),
        ("We urge the state to fund a second one.", "Councillor Rhea Moss"),
    ]


def test_an_excerpt_in_straight_marks_after_a_curly_quote_stays_out() -> None:
    art = article(
        "\u201cWe were there all night,\u201d said Ada Kerr.",
        '"The hall was full.',
        '"Nobody left early.',
    )
    assert [q.text for q in find_quotes(art, [])] == ["We were there all night,"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The closing mark is missing and the narration runs on: it stops where the narration begins.
        (
            '"We have told the board as much. Mr Vale was careful, saying the talks would go on.',
            "We have told the board as much.",
        ),
        (
            'He added: "We survived two moves. Each one cost jobs. All firms said they were hiring.',
            "We survived two moves. Each one cost jobs.",
        ),
        # Speech that reports speech in the first person is still speech.
        ('"We lost. I said we would lose.', "We lost. I said we would lose."),
        # A sentence ending on a quoted phrase ends there too.
        (
            "\"It would be wrong to say, 'sorry'. He said the rules should change.",
            "It would be wrong to say, 'sorry'.",
        ),
    ],
)
def test_a_quote_that_lost_its_closing_mark_stops_before_the_narration(paragraph: str, expected: str) -> None:
    assert texts(paragraph)[0] == expected


def test_a_relative_sharing_a_surname_keeps_her_own_gender() -> None:
    # Kofi Mensah is a man; Efua Mensah (a given name the name list does not know) is not him,
    # so "she" after her quote still finds her.
    found = find_quotes(
        article(
            "Police stopped Kofi Mensah on Tuesday. An officer shouted at Mensah to get out of the car.",
            "Efua Mensah can be heard on the recording from across the road.",
            '"Leave him," she says. "Leave him alone. He has done nothing."',
        ),
        [],
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Leave him,", "Efua Mensah"),
        ("Leave him alone. He has done nothing.", "Efua Mensah"),
    ]


@pytest.mark.parametrize("verb", ["yelled", "screamed", "chanted"])
def test_cries_are_speech(verb: str) -> None:
    found = find_quotes(article(f'"Open the gates," Tomas Berg {verb} from the crowd.'), [])
    assert [(q.text, q.speaker) for q in found] == [("Open the gates,", "Tomas Berg")]
