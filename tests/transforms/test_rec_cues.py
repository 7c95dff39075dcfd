"""Recommendations read from a cue verb or noun (transforms/rec_cues.py, rec_cue_filters.py): which
requests, demands, advice and wishes ask someone to act, and which only tell what happened."""

from __future__ import annotations

import re

import pytest
from rec_cases import asks_in

# A thing or step someone asks for ("asked for an inquiry"), and the uses of "ask for" that request nothing
# of anyone: a passive, a past scene, a manner judged, a bare word after "for".
# (paragraph, the asks expected in it)
ASKED_FOR = [
    (
        "The regulator has asked for a full account of the missing funds.",
        ["a full account of the missing funds"],
    ),
    ("The union is asking for a pay review before the summer.", ["a pay review before the summer"]),
    (
        "The mayor wrote to the minister asking for a timetable for the new bridge.",
        ["a timetable for the new bridge"],
    ),
    # The question is put to the subject, who is asked, not asking.
    ("The pupils were asked for their opinions on the menu.", []),
    ("Asked for his view, the coach smiled.", []),
    # A past scene, a manner judged, a possibility: nothing sought of anyone now.
    ("Two tourists were asking for directions to the museum.", []),
    ("Guards improperly asked for passports at the gate.", []),
    ("You could not ask for a better start to the season.", []),
    # A bare word after "for" names no step.
    ("Fans who jeer the keeper are asking for trouble.", []),
    ("The manager was asking for more from his forwards.", []),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_FOR)
def test_asked_for(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "asked that X do Y" asks as "demanded that" does; "asked that question" and the noun "requests that" do not.
# A relative aside on the clause's subject ("the sign, which names the firm, be taken down") is part of it.
# (paragraph, the asks expected in it)
ASKED_THAT = [
    (
        "The mayor asked that the council publish the survey before the vote.",
        ["the council publish the survey before the vote"],
    ),
    (
        "The tenants requested that the old sign, which still names the landlord, be taken down.",
        ["the old sign, which still names the landlord, be taken down"],
    ),
    ("The reporter asked that question twice.", []),
    ("Banks fear a wave of requests that could drain their reserves.", []),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_THAT)
def test_asked_that(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "demanded to know X" asks whoever holds the answer to give it; "demanded to take a test" is the asker's
# own step.
# (paragraph, the asks expected in it)
DEMANDED_TO = [
    (
        "The opposition leader demanded to know who had approved the contract.",
        ["know who had approved the contract"],
    ),
    ("Parents are demanding to be told why the school was shut.", ["be told why the school was shut"]),
    ("The driver demanded to take a second breath test.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEMANDED_TO)
def test_demanded_to(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# Calls someone sidesteps, dodges or fends off ("dodged demands to resign") were still made by others, as
# calls resisted or rejected are.
# (paragraph, the asks expected in it)
EVADED = [
    (
        "The chief executive sidestepped calls to cap the bonuses paid to traders.",
        ["cap the bonuses paid to traders"],
    ),
    ("The chairman has dodged demands to resign over the losses.", ["resign over the losses"]),
    ("For months the board fended off calls to sell the stadium.", ["sell the stadium"]),
    # A telephone call dodged is no call made of anyone.
    ("The striker dodged calls from reporters all week.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVADED)
def test_evaded_calls(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# Advice to the public or a class of people ("advises consumers to compare tariffs") is an ask; advice to
# one person in a story, and a passive ("was advised to rest"), tell what happened.
# (paragraph, the asks expected in it)
ADVICE = [
    ("The watchdog advises consumers to compare tariffs every year.", ["compare tariffs every year"]),
    (
        "The maker advised users not to leave the chargers plugged in overnight.",
        ["not to leave the chargers plugged in overnight"],
    ),
    ("The linesman advised the referee to award a penalty.", []),
    ("She was advised to rest for a month.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE)
def test_advice_to_the_public(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "suggested the fees could be capped" proposes a step to be taken on a thing; "suggested a price war could
# break out" foresees, and evidence that "suggested the dip could be ..." proposes nothing.
# (paragraph, the asks expected in it)
SUGGESTED = [
    (
        "The inspectors suggested schools could be graded on their sports facilities.",
        ["schools could be graded on their sports facilities"],
    ),
    (
        "The mayor has suggested the surplus could be spent on new cycle lanes.",
        ["the surplus could be spent on new cycle lanes"],
    ),
    ("Some traders suggested a price war could break out.", []),
    ("The figures suggested the dip could be explained by the weather.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUGGESTED)
def test_suggested_could_be(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# A demand, plea, request, push or pressure "for X to Y" asks X to do Y ("a union demand for the board to
# publish its pay rates"); "demand for coal continues to rise" names a market, and "pleas for help to find
# X" a thing wanted, with no one asked.
# (paragraph, the asks expected in it)
NOUN_FOR_TO = [
    (
        "The talks went ahead despite a union demand for the board to publish its pay rates.",
        ["publish its pay rates"],
    ),
    ("Residents sent a stream of requests for her to visit the estate.", ["visit the estate"]),
    (
        "The club resisted pressure for the accounts to be opened to fans, instead saying an audit will do.",
        ["the accounts to be opened to fans"],
    ),
    ("Demand for coal continues to rise in the north.", []),
    ("Farmers made pleas for help to find the missing sheep.", []),
    ("There was a push for a new stadium to lift the town's profile.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_FOR_TO)
def test_noun_for_someone_to_act(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "wants it to sell the stake" asks a body, named before as "it", to act; "the tune we want it to play"
# ends on the bare verb of a relative clause and asks no one anything.
# (paragraph, the asks expected in it)
WANTS_IT = [
    (
        "The pension fund holds 3% of the bank and wants it to sell its insurance arm.",
        ["sell its insurance arm"],
    ),
    ("Shareholders want it to return cash rather than buy rivals.", ["return cash rather than buy rivals"]),
    # States and outcomes after "to" stay wishes; a bare verb ending the clause asks nothing.
    ("The club wants it to be a long stay.", []),
    ("Pick the song you want it to play.", []),
]


@pytest.mark.parametrize(("text", "expected"), WANTS_IT)
def test_wants_it_to(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "urging members who missed the vote to write to the chair" asks the ones a "who" clause picks out, as
# "urging members to write" does; a clause whose own verb takes the "to" ("those who plan to travel", "a
# boy who is sent to live") asks nothing of them.
# (paragraph, the asks expected in it)
WHO_CLAUSE = [
    (
        "The union is urging members who missed the ballot to write to the chair.",
        ["write to the chair"],
    ),
    (
        "Officers are asking anyone who saw the red van to call the station.",
        ["call the station"],
    ),
    (
        'The leader will call on voters who feel "ignored" by the council to back his slate.',
        ["back his slate"],
    ),
    ("The mayor urged those who plan to travel to check the timetable first.", []),
    ("The film tells the story of a boy who is sent to live with his aunt.", []),
]


@pytest.mark.parametrize(("text", "expected"), WHO_CLAUSE)
def test_who_clause_names_the_asked(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# "I would urge parents to check the labels", "we would ask them to keep rises low" are the speaker asking,
# softened by "would"; a "would" of someone else's ("they would urge", "he said he would urge") still tells
# what may be done, not an ask made.
# (paragraph, the asks expected in it)
POLITE = [
    ('"I would urge parents to check the labels," the nurse said.', ["check the labels"]),
    (
        "The minister urged the boards to plan ahead."
        ' "We would at the very least ask them to keep rises low."',
        ["plan ahead", "keep rises low"],
    ),
    ('"We would strongly urge drivers to slow down near schools."', ["slow down near schools"]),
    ('"They would urge parents to check the labels," the nurse said.', []),
    ("The nurse said she would urge parents to check the labels.", []),
]


@pytest.mark.parametrize(("text", "expected"), POLITE)
def test_polite_would(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# An ask announced for a speech ("she will praise the staff and call for a pay review") is reported as "she
# will call for" is, where "prices will rise and call for new budgets" has no speaker.
# (paragraph, the asks expected in it)
PREVIEWS = [
    (
        "In Leeds the minister will praise the nurses and call for a review of agency fees.",
        ["a review of agency fees"],
    ),
    ("In her speech she will call for a ban on fixed-odds machines.", ["a ban on fixed-odds machines"]),
    ("Costs will climb and call for bigger budgets.", []),
]


@pytest.mark.parametrize(("text", "expected"), PREVIEWS)
def test_speech_preview(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


# The cue patterns read case-blind, and their cheap pre-checks read the lower-cased paragraph: a cue
# in capitals is still found, and a paragraph holding a letter that folds to ASCII only in a
# case-blind match (a long s) still reaches the full pattern.
CUES_IN_CAPITALS = [
    ("Councils were URGED TO review their budgets.", ["review their budgets"]),
    ("Charities renewed their CALL TO scrap the tax.", ["scrap the tax"]),
    ("The union WANTS the council to reopen the library.", ["reopen the library"]),
    ("Councils were urged to review their budgets, the \u017fheriff said.", ["review their budgets"]),
]


@pytest.mark.parametrize(("text", "expected"), CUES_IN_CAPITALS)
def test_cues_in_capitals(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected


def test_hints_are_written_for_lower_cased_text() -> None:
    from transforms.rec_cues import RULES

    for rule in RULES:
        if rule.hint is not None:
            assert not rule.hint.flags & re.IGNORECASE, rule.hint.pattern
            unescaped = re.sub(r"\\.", "", rule.hint.pattern)
            assert unescaped == unescaped.lower(), rule.hint.pattern
