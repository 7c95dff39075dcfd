"""Recommendations: list items under ask lead-ins, prose asks, and what is not an ask."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from transforms.body import assemble
from transforms.recommendations import find_recommendations
from transforms.records import Block, OrgMention, ParsedArticle, Quote

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def article(*blocks: tuple[str, str]) -> ParsedArticle:
    body, placed = assemble(Block(kind, text) for kind, text in blocks)  # type: ignore[arg-type]
    return ParsedArticle(body=body, blocks=placed)


def texts(
    art: ParsedArticle, quotes: list[Quote] | None = None, orgs: list[OrgMention] | None = None
) -> list[str]:
    recs = find_recommendations(art, quotes or [], orgs or [])
    for rec in recs:
        assert art.body[rec.char_start : rec.char_end] == rec.text
    return [r.text for r in recs]


# (sentence, the one ask expected in it)
PROSE_ASKS = [
    ("The tenants' union urged the council to freeze rents for two years.", "freeze rents for two years"),
    ("Residents called on the mayor to reopen the library on Sundays.", "reopen the library on Sundays"),
    ("The nurses have called for a pay review before the summer.", "a pay review before the summer"),
    ("Campaigners called for the bypass to be scrapped.", "the bypass to be scrapped"),
    ("The ombudsman recommends that the board publish its minutes.", "the board publish its minutes"),
    ("The inquiry recommended closing the old depot.", "closing the old depot"),
    ("Parents demanded that the school restore the bus service.", "the school restore the bus service"),
    ("\u201cWe asked the minister to delay the levy,\u201d the farmer said.", "delay the levy"),
    ("The league pressed the federation to publish the accounts.", "publish the accounts"),
    ("The charity appealed to donors to give blankets, which are scarce.", "give blankets"),
    ("The ministry has not adopted the panel's recommendation to cap fees, which it could do.", "cap fees"),
    ("The mayor was urged to cut the fares at the first meeting.", "cut the fares at the first meeting"),
    ("\u201cWe call on the mayor to resign,\u201d said the group.", "resign"),
    (
        "The auditor has not yet published, as the committee recommended, a list of every grant.",
        "a list of every grant",
    ),
    (
        "\u201cIt would be prudent to pause the scheme for a year,\u201d she said.",
        "pause the scheme for a year",
    ),
    (
        "\u201cWe would hope that the council will publish the report in full.\u201d",
        "publish the report in full",
    ),
    # A negation inside the ask is part of what is asked.
    ("The coach urged the board not to sell the striker.", "not to sell the striker"),
    # A reported "should" with a passive action, and a quoted "must" with an action verb.
    ("The union said the night rota should be scrapped.", "the night rota should be scrapped"),
    ("\u201cThe council must publish it,\u201d the auditor said.", "The council must publish it"),
    # "is pressing for" is the group asking, not a passive.
    ("The charity is pressing for a review of the fund.", "a review of the fund"),
    ("The senator made an appeal to working parents to back the bill.", "back the bill"),
    # The clause of an ask ends at a tacked-on attribution or a new clause.
    ("The union made the call for longer breaks, said the report.", "longer breaks"),
    ("The mayor has called for a review, we need to act now, she said.", "a review"),
    ("The Greens called for Mr Lee to resign and said the vote was rigged.", "Mr Lee to resign"),
    # A "should" sentence that names its asker only at the end, after a comma.
    (
        "The port authority should reopen the ferry link, the chamber of commerce said on Monday.",
        "The port authority should reopen the ferry link",
    ),
    (
        "Mr Hale should resign before the vote, the opposition leader has insisted.",
        "Mr Hale should resign before the vote",
    ),
    # A day or a time between "called" and "for".
    ("A panel of judges called on Tuesday for tighter rules on bail.", "tighter rules on bail"),
    ("The bishop called last week for a truce in the dispute.", "a truce in the dispute"),
    # A reason given after the ask is not part of it.
    ("Tenants urged the council to fix the lifts because residents are stranded.", "fix the lifts"),
    ("The review said the fee should be cut as 40% of members had left.", "the fee should be cut"),
    ("The time has come for the board to publish its accounts.", "publish its accounts"),
    # An aside between a reported subject and its "should" stays inside the subject.
    (
        "The chair said a single ticket, as opposed to two fares, should be brought in soon.",
        "a single ticket, as opposed to two fares, should be brought in soon",
    ),
    # A cue inside the sentence's subject: the sentence's own verb ends the ask.
    ("A petition calling for a night bus was handed in by pupils.", "a night bus"),
    ("The doctors' call for a safety audit is welcome news.", "a safety audit"),
    # ...but a verb inside a relative clause of the ask does not.
    (
        "Residents signed a letter calling for a park that was promised in 2010.",
        "a park that was promised in 2010",
    ),
    # A lower-case "no." before a capital ends its sentence.
    ("The union urged members to vote no. Talks resume on Friday.", "vote no"),
    # An appeal to the reader, complete before the colon that leads into its details.
    (
        "Please spend five minutes writing to your councillor about the following points:",
        "spend five minutes writing to your councillor about the following points",
    ),
    # "telling X to" in the present reports an ask being made.
    ("The ministry is telling hospitals to clear their waiting lists.", "clear their waiting lists"),
    # "urge" whose object is the action, named by a noun, with or without a "to" after it.
    ("The league is urging a review of the transfer rules.", "a review of the transfer rules"),
    (
        "The charity is urging an extension to cover four more districts: Ashby, Deane, Fell and Holm.",
        "an extension to cover four more districts",
    ),
    ("Vets urged greater care with the new vaccine.", "greater care with the new vaccine"),
    # A modal joined by "and" shares the subject of the clause before it.
    (
        "\u201cThe trust has a duty to its patients and must reopen the ward this month.\u201d",
        "The trust has a duty to its patients and must reopen the ward this month",
    ),
    # An owned ask that is the sentence's subject ends at its plain present-tense verb.
    (
        "\u201cThe auditors\u2019 call to shut the annex mirrors demands made by staff for a decade.\u201d",
        "shut the annex",
    ),
    # Plural asks owned by someone, and asks others made that the sentence's subject takes up.
    (
        "\u201cThe board took up the inspectors\u2019 recommendations to hire more wardens,\u201d he said.",
        "hire more wardens",
    ),
    (
        "The assembly backed calls to rename the bridge after the engineer.",
        "rename the bridge after the engineer",
    ),
    # A subject listing several things keeps all of them.
    (
        "Grants to clubs, theatres, libraries and museums should be frozen, the treasurer said.",
        "Grants to clubs, theatres, libraries and museums should be frozen",
    ),
    # A repetition between "calls" and "upon"; people named by "all" and a participle.
    ("The council calls once more upon the port to cut its night traffic.", "cut its night traffic"),
    ("The union urges all concerned to return to the table.", "return to the table"),
    # The ask first, the one reporting it after "says", even past an aside.
    (
        "Bus fares should be frozen for a year, says a new watchdog report.",
        "Bus fares should be frozen for a year",
    ),
    (
        "Councils must mend their roads - or drivers will pay more, says the motoring group.",
        "Councils must mend their roads",
    ),
    (
        "Ferry crews should think again about the strike, the mayor said.",
        "Ferry crews should think again about the strike",
    ),
    # An existence asked for under "says there should be"; an emphatic "does urge".
    ("The panel says there should be a cap on rents.", "there should be a cap on rents"),
    ("Still, the board does urge clubs to sell cheaper tickets.", "sell cheaper tickets"),
    # A report proposing an action named by a gerund.
    ("The review suggests merging the two depots.", "merging the two depots"),
    # Reported duties: a past "needed to" under "said", a person's suggestion, keeping something in place.
    ("Two councillors said the mayor needed to publish it.", "the mayor needed to publish it"),
    ("The ex-minister even suggested the board should sell the ground.", "the board should sell the ground"),
    ("The union said the depot should stay in the town centre.", "the depot should stay in the town centre"),
    # Someone warned or wanted to act, the ask ending where the asker's own next step begins.
    ("Both unions warned the rival bosses to end the lockout.", "end the lockout"),
    ("The growers want the ministry to review the quota.", "review the quota"),
    (
        "The board wants drivers to use the park-and-ride, and is considering higher parking fees.",
        "use the park-and-ride",
    ),
    # A quoted "should" that the quote closes on before naming its speaker, or that the speaker reports.
    (
        "\u201cClubs should publish their accounts, making fans partners,\u201d she said.",
        "Clubs should publish their accounts",
    ),
    ("\u201cThe board believes that tolls should be cut.\u201d", "tolls should be cut"),
    # A reported clause after "said ... and", and a "have" that grants something.
    ("She said the talks had stalled and the regulator should decide.", "the regulator should decide"),
    ("The union said staff should have a greater say in pay.", "staff should have a greater say in pay"),
    # "after" tells why a thing was called for, unless it times an infinitive asked for.
    ("Parents called for the head's removal after months of complaints.", "the head's removal"),
    ("Unions called for talks to be held after the vote.", "talks to be held after the vote"),
    ("Fans called for a replay after March.", "a replay after March"),
    # "urged that ..." and "urged a ...": the clause or the thing urged.
    ("The council urged that the depot should stay open.", "the depot should stay open"),
    ("The mayor urged a cap on fares.", "a cap on fares"),
    # An ask announced for a set occasion, and an argument after it.
    ("In a speech on Monday she will call for a ban on fireworks.", "a ban on fireworks"),
    ("She will also call on councils to share depots.", "share depots"),
    ("The bishop called for more tolerance arguing that fear had grown.", "more tolerance"),
    ("\u201cWe believe that fees should be scrapped,\u201d the union said.", "fees should be scrapped"),
    # A country spelled "US", a plain "say", an attribution by "according to", a view reported in a quote.
    ("The union said that the US should lift the tariff.", "the US should lift the tariff"),
    ("Critics say the depot should be put up for sale.", "the depot should be put up for sale"),
    ("Ferries should run all night, according to the island council.", "Ferries should run all night"),
    (
        "\u201cWe believe there should be an inquiry into the fire,\u201d she said.",
        "there should be an inquiry into the fire",
    ),
    # "and" opening a clause with its own subject and verb ends the ask.
    (
        "The petition argues fares should be set by a panel and the levy \u201cunfairly hits\u201d us.",
        "fares should be set by a panel",
    ),
    # Attribution by "added" after the ask; "stressed" and "maintained" report like "said".
    (
        "A national fund to cover gaps in key areas should be set up in response, the panel added.",
        "A national fund to cover gaps in key areas should be set up in response",
    ),
    (
        "But she stressed that the council needed to get out of property.",
        "the council needed to get out of property",
    ),
    # A reported "had to", and "be more ..." asking for a change of conduct.
    (
        "The chairman said Wales had to set an example when it took over the chair.",
        "Wales had to set an example when it took over the chair",
    ),
    (
        "The watchdog said regions needed to be more open about grants.",
        "regions needed to be more open about grants",
    ),
    # A clause of time or condition between the reporting verb and the one asked.
    (
        "He added that once the strike is over, the ministry should publish its figures.",
        "the ministry should publish its figures",
    ),
    (
        "It says before a new agency is created, a check should be made of the charities.",
        "a check should be made of the charities",
    ),
    # The speaker's own view in a quote; an inverted condition is an aside, not a modal of its own.
    (
        "\u201cI think that the rail firm, should it stay in public hands, must be sold,\u201d she said.",
        "the rail firm, should it stay in public hands, must be sold",
    ),
    # "If X is serious about Y, it must Z": the pronoun stands for X.
    (
        "\u201cIf the council is serious about the river it needs to find a better way of cleaning it.\u201d",
        "it needs to find a better way of cleaning it",
    ),
    # A measure named as what someone wants.
    (
        "Ms Hale wants a public inquiry into the new ferry contract.",
        "a public inquiry into the new ferry contract",
    ),
    (
        "He also wants a statutory three-year limit on any such board.",
        "a statutory three-year limit on any such board",
    ),
    # Accepting a thing offered and having a thing provided are actions asked for.
    (
        "The mayor said both unions should accept a similar cut in their own pay.",
        "both unions should accept a similar cut in their own pay",
    ),
    (
        "The minister said farmers should have background checks before buying guns.",
        "farmers should have background checks before buying guns",
    ),
    # "they" reported by one person are others asked; a gerund proposal goes on after "while".
    ("Ms Okafor said they should repay the grant in full.", "they should repay the grant in full"),
    (
        "\u201cThey should not be sent out alone at night,\u201d she said.",
        "They should not be sent out alone at night",
    ),
    (
        "The review suggests halving the fee for members, while raising it for visitors.",
        "halving the fee for members, while raising it for visitors",
    ),
    # A quoted sentence opening on the party it asks of, though more of the quote follows.
    ("\u201cThe port should open a new dock. It has room,\u201d he said.", "The port should open a new dock"),
    # A second reported clause opened by "and that"; "lead the way" is an action, not a forecast.
    (
        "The chair has said the club needs a new stand and that members should lead the way on funding it.",
        "members should lead the way on funding it",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PROSE_ASKS)
def test_prose_asks(sentence: str, expected: str) -> None:
    assert texts(article(("p", sentence))) == [expected]


# (sentence, no ask in it)
NOT_ASKS = [
    "We will sue the council if the rents rise again.",
    "The council raised rents by 4% last year.",
    "Experts think the scheme will fail within a year.",
    "Other states will question the minister and recommend changes.",
    "\u201cI think it was a mistake,\u201d she said.",
    "\u201cWe must stand together against this,\u201d the organiser said.",
    "Candidates must be 21 to stand for the council.",
    "\u201cYou just have to keep going,\u201d the coach said.",
    "He said he will have to raise prices next year.",
    "This call for calm follows a week of protests in the square.",
    "Volunteers were asked to show their badges at the door.",
    "\u201cNo driver should ignore the signs,\u201d he said.",
    # Modals that state how things are or should be, in quotes: praise, goals, qualities.
    "\u201cPraise must go to the whole squad,\u201d the captain said.",
    "\u201cThe cup must be our first goal this season,\u201d the manager said.",
    "\u201cLeaders must have the nerve to change course,\u201d an economist said.",
    "\u201cThe choice our town must make is a hard one,\u201d she said.",
    # Modals that describe or forecast.
    "The two sprinters still have to face a hearing next month.",
    "The coach may even have to apologise for the remarks.",
    "Studios are likely to need to hire more staff.",
    "The demands of the job are heavy. Engineers need to work nights in winter.",
    # Cues that ask nothing: negated, imagined, or nouns and adjectives.
    "The referee opted not to call on the video official to check the try.",
    "\u201cIt is an honour to be asked to sing at the final,\u201d she said.",
    "\u201cNothing beats being asked to play for your country,\u201d he said.",
    "\u201cI asked my father if it was fine to leave school,\u201d the singer said.",
    "The board held a conference call on Monday and is set to publish its verdict.",
    "The caf\u00e9 is the first port of call for walkers on the hill.",
    "The lawyer called the recommended sentence harsh.",
    "Few members spend the alliance's recommended share on research.",
    "Factories could not meet the pent-up demand that built up over the winter.",
    "\u201cA firm response is called for because of the damage done,\u201d the judge said.",
    "The agency is busy writing rules called for under the 2012 act.",
    "The case goes before the Court of Appeals for the Ninth Circuit next week.",
    "His appeal to working families won him the seat.",
    "Widening his appeal to the floating voters needed to win the seat was hard.",
    "\u201cSome of the things they ask you to do and say are silly,\u201d he said.",
    "The board is not prepared to recommend the offer to its members.",
    "The club refused to call for a replay.",
    "The app shows the nearest recommended caf\u00e9.",
    "Local sourcing of grain is recommended wherever possible, the agency said.",
    "The farmers asked for more money to repair the dykes.",
    "\u201cWe want to appeal to core fans - to give them more detail,\u201d he said.",
    "Sales were lifted by strong demand that has since faded.",
    "There are pressing economic reasons to sign the treaty.",
    "\u201cIt is a gadget that appeals to people who want their desks to look tidy,\u201d she said.",
    "If needed, a map could be called upon to guide the visitors.",
    "\u201cI hope the fans will understand.\u201d",
    # Hopes that ask nothing of anyone.
    "\u201cI hope he is not rushed back in a way that would harm his knee,\u201d the physio said.",
    "\u201cWe hope they will do it again next year,\u201d the organiser said.",
    "\u201cI hope people will say she did a good job,\u201d she said.",
    # A "should" under a reporting verb inside a relative clause is a forecast, not an ask.
    "In a deal ministers say should cut bills next winter, the tariff falls.",
    # A failure to ask, a power to ask, and a second modal after a first ask nothing.
    "\u201cThe mayor's failure to call for a recount leaves voters unheard,\u201d she said.",
    "The new rules allow nurses to recommend that patients be moved to another ward.",
    # What a message conveys is no ask of anyone.
    "\u201cIt sends a message to pupils that their languages must be hidden,\u201d he said.",
    # Pointers to a contact or a page, a past order, and an urged state of affairs.
    "For further comments please ring the press office on 0400 111 222.",
    "Please see the attached timetable.",
    "The guard told the boys to leave the yard.",
    "As nurses urge that rest is vital, the wards stay full.",
    # Evidence "suggests", and a gerund that is the subject of what is suggested.
    "Recent figures suggest falling demand for new cars.",
    "She suggested closing the depot would cost three hundred jobs.",
    # Who made recommendations, not what they were; a body's purpose; an outcome hoped for.
    "The state received forty recommendations from its neighbours including Norway, Chile and New Zealand.",
    "The council set up a working group to recommend a new route for the tram.",
    "\u201cI hope that would teach them some manners,\u201d he said.",
    # An appeal never made.
    "There has been no formal appeal for help from the islands so far.",
    # "there must be a reason" states a belief.
    "There must be a reason for the delay, the driver said.",
    # What evidence suggests; a purpose; what happened; the asker's own plans; a thing wanted; a forecast.
    "Figures suggest the bank should raise rates soon.",
    "The firm said investment was needed to keep the plant open.",
    "The team needed to win the final match.",
    "The singer wants his new band to tour Asia.",
    "The firm wants a price rise of 10% to pay for new pipes.",
    "Shares fell after a profit warning following delays to two new games.",
    "The lobby group warned that the tax would force shops to close.",
    "Analysts warned investors to expect lower returns.",
    "The club wants the new stadium to succeed.",
    # Unreported "had to" tells what happened; a regret; accepting a fact; a wish for an outcome.
    "The ferry had to turn back because of the storm.",
    "The minister said the board should have seen the danger sooner.",
    "The chairman said members should accept that the vote was lost.",
    "The growers want a fair price for their crop.",
    "Less than half the town wants a ban on night flights, the survey suggests.",
    "The bank said the new rules should help cut the cost of loans.",
    "The firm said most of its drivers had had to be replaced.",
    # Quoted "should": a forecast, the speaker's own plan, a wh-clause, more said after it, a regret.
    "\u201cGrowth should slow next year,\u201d the economist said.",
    "\u201cOur plan should make this clear,\u201d the leader said.",
    "\u201cThat is not what councils should do,\u201d she said.",
    "The union said the firm should have been told earlier.",
    # A modal in a concession or a question of how.
    "Sales fell, although big chains should weather the slump, according to the survey.",
    "The plan does not say how councils should pay for it.",
    # A view urged, and a lead-in to asks listed after it.
    "Doctors urge that rest is vital for recovery.",
    "The league urged that the following rules be adopted:",
    # The object asked about stands before the cue, leaving a verb and a particle.
    "These are the issues voters want the parties to focus on.",
    # A group reporting what "they" should do speaks of itself; an unreported "they should" is no ask.
    "The league argues that they should be free to pick their own referees.",
    "They should finish the stand by spring.",
    # "should lead to" forecasts.
    "The chair said the new stand should lead to higher gate receipts.",
]


@pytest.mark.parametrize("sentence", NOT_ASKS)
def test_not_asks(sentence: str) -> None:
    assert texts(article(("p", sentence))) == []


def test_a_reported_modal_joined_by_and_is_a_second_ask() -> None:
    sentence = (
        "It also says there should be more grants for clubs and coaches should be able to claim fuel costs."
    )
    assert texts(article(("p", sentence))) == [
        "there should be more grants for clubs",
        "coaches should be able to claim fuel costs",
    ]


def test_a_second_verb_of_proposing_ends_the_first_ask() -> None:
    sentence = "The board does urge clubs to sell cheaper tickets and suggests selling them online."
    assert texts(article(("p", sentence))) == ["sell cheaper tickets", "selling them online"]


def test_items_under_a_party_name_lead_in_ask_in_their_own_verbs() -> None:
    art = article(
        ("p", "The Greens:"),
        ("p", "welcome the new harbour plan;"),
        ("p", "calls for the closure of the old quarry within two years;"),
        ("p", "urges all concerned to protect the wetland from drainage;"),
    )
    assert texts(art) == [
        "the closure of the old quarry within two years",
        "protect the wetland from drainage",
    ]


def test_an_adverb_after_and_is_no_subject_even_among_demands() -> None:
    # The paragraph makes an ask, so its modals count; but "urgently" names nobody asked.
    para = "We urged the city to open the hall. The ushers are busy, and urgently need to hear from you."
    assert texts(article(("p", para))) == ["open the hall"]


def test_a_reopened_quote_ends_the_one_left_open() -> None:
    # The first quote never closes; the mark before "There" opens a new one, so the last
    # sentence is the writer's, and the writer's "must" is no ask.
    art = article(
        (
            "p",
            'The manager said: "We know where we stand. "There has been no offer. We want him to stay." '
            "The club must weigh up the bid.",
        )
    )
    assert texts(art) == []


def test_an_ask_in_the_paragraph_admits_modals_that_name_actions() -> None:
    art = article(
        ("p", "The league urged clubs to cut prices. Fans should be the priority. Clubs must publish fees.")
    )
    assert texts(art) == ["cut prices", "Clubs must publish fees"]


def test_lifted_obligation_is_no_ask_even_among_demands() -> None:
    art = article(("p", "The union urged the firm to raise pay. Staff do not have to work on Sundays."))
    assert texts(art) == ["raise pay"]


def test_only_a_release_makes_every_modal_an_ask() -> None:
    sentence = "Councils must fund the shelters."
    news = article(("p", sentence))
    # An organisation the article is about does not make the article speak for it.
    assert texts(news, orgs=[OrgMention("Shelter Watch", role="issuer", mentions=3)]) == []
    release = article(("p", sentence))
    release.extra["layout"] = "press_release"
    [rec] = find_recommendations(release, [], [OrgMention("Shelter Watch", role="issuer", mentions=3)])
    assert (rec.text, rec.target, rec.issuer) == (sentence[:-1], "Councils", "Shelter Watch")


def test_list_items_after_a_lead_in_are_asks() -> None:
    art = article(
        ("p", "The residents' group set out three ways the council can help:"),
        ("li", "Repair the lifts within a month;"),
        ("li", "Publish the maintenance budget; and"),
        ("li", "Meet tenants every quarter."),
        ("p", "The council has not replied."),
    )
    recs = find_recommendations(art, [], [])
    assert [r.text for r in recs] == [
        "Repair the lifts within a month;",
        "Publish the maintenance budget; and",
        "Meet tenants every quarter.",
    ]
    assert [r.action for r in recs] == ["Repair", "Publish", "Meet"]
    assert {r.target for r in recs} == {"the council"}
    assert {r.issuer for r in recs} == {"The residents' group"}


def test_the_one_asked_in_a_reported_lead_in() -> None:
    art = article(
        ("p", "Judge Ann Cole said he must:"),
        ("li", "Attend a safety course"),
        ("li", "Pay the fine within a month"),
    )
    recs = find_recommendations(art, [], [])
    assert [r.text for r in recs] == ["Attend a safety course", "Pay the fine within a month"]
    assert {r.target for r in recs} == {"he"}


def test_a_list_of_findings_is_not_asks() -> None:
    art = article(
        ("p", "Key findings of the survey:"),
        ("li", "Most tenants waited a week for repairs."),
        ("li", "A third had no working lift."),
    )
    assert texts(art) == []


def test_list_without_bullets_runs_until_the_last_item() -> None:
    art = article(
        ("p", "The region should:"),
        ("p", "Fund more night buses"),
        ("p", "Extend the tram line to the airport"),
        ("p", "Cap fares for students."),
        ("p", "The region is large and sparsely populated. Its councils disagree on transport."),
    )
    assert texts(art) == [
        "Fund more night buses",
        "Extend the tram line to the airport",
        "Cap fares for students.",
    ]


def test_numbered_items_inside_a_paragraph() -> None:
    art = article(
        ("p", "The union demands the following: (1) a 5% rise; (2) a shorter week; and (3) safer rotas.")
    )
    assert texts(art) == ["a 5% rise", "a shorter week", "safer rotas"]


def test_two_actions_joined_by_and_to_are_two_asks() -> None:
    art = article(("p", "We urge the board to commit to cutting fees by half and to publish its accounts."))
    assert texts(art) == ["commit to cutting fees by half", "publish its accounts"]


def test_and_for_someone_to_opens_a_second_ask() -> None:
    art = article(
        (
            "p",
            "The panel recommended the clubs have a vote on fixtures held next to derbies, and for "
            "the league to publish its fixture rules.",
        )
    )
    assert texts(art) == [
        "the clubs have a vote on fixtures held next to derbies",
        "publish its fixture rules",
    ]


def test_and_to_continuing_an_inner_infinitive_stays_one_ask() -> None:
    art = article(("p", "They urged him to do all he can to end the strike and to avoid any lockout."))
    assert texts(art) == ["do all he can to end the strike and to avoid any lockout"]


def test_modal_asks_count_in_a_paragraph_of_demands() -> None:
    art = article(
        (
            "p",
            "The clinic urges the trust to hire nurses. The ward must reopen by June. "
            "These reports must include waiting times.",
        )
    )
    assert texts(art) == [
        "hire nurses",
        "The ward must reopen by June",
        "These reports must include waiting times",
    ]


def test_a_second_modal_after_a_first_is_no_ask_even_in_a_release() -> None:
    art = article(("p", "No family should have to sell its home to pay for care. The council must act."))
    art.extra["layout"] = "press_release"
    assert texts(art) == ["The council must act"]


def test_two_cue_verbs_joined_by_and_make_two_asks() -> None:
    art = article(("p", "The inquiry called for a new regulator and recommended that fines be doubled."))
    assert texts(art) == ["a new regulator", "fines be doubled"]


def test_enumerated_recommendations() -> None:
    art = article(
        (
            "p",
            "The report makes 40 recommendations to ministers, such as raising the school age, "
            "funding libraries, and stronger rules on damp homes.",
        )
    )
    assert texts(art) == ["raising the school age", "funding libraries", "stronger rules on damp homes"]


def test_issuer_of_a_quoted_ask_is_the_speaker() -> None:
    art = article(("p", "\u201cWe call on the minister to resign,\u201d said Ann Lee."))
    quote = Quote("We call on the minister to resign,", 1, 35, speaker="Ann Lee")
    [rec] = find_recommendations(art, [quote], [])
    assert (rec.text, rec.target, rec.issuer, rec.action) == ("resign", "the minister", "Ann Lee", "resign")


def test_we_resolves_to_the_issuing_group() -> None:
    art = article(("p", "We urge the council to fix the roads."))
    [rec] = find_recommendations(art, [], [OrgMention("Road Safety Now", role="issuer")])
    assert rec.issuer == "Road Safety Now"


def test_a_sentence_broken_across_paragraphs_is_read_whole() -> None:
    art = article(("p", "The doctors called for an inquiry into"), ("p", "all the detention centres."))
    [text] = texts(art)
    assert " ".join(text.split()) == "an inquiry into all the detention centres"


def test_empty_and_blockless_articles() -> None:
    assert find_recommendations(ParsedArticle(), [], []) == []
    bare = ParsedArticle(body="The group urged ministers to act now.")
    assert [r.text for r in find_recommendations(bare, [], [])] == ["act now"]


def test_speed_on_a_long_article() -> None:
    paragraph = (
        "The minister said the plan would be published next week, and critics argued that it came too late. "
        "Officials expect the debate to continue for some time, with several councils yet to respond."
    )
    art = article(*[("p", paragraph)] * 20)
    start = time.perf_counter()
    for _ in range(50):
        find_recommendations(art, [], [])
    assert (time.perf_counter() - start) / 50 < 0.005


def test_seed_article_yields_its_six_demands() -> None:
    sample = Path(__file__).resolve().parents[2] / "samples" / "coalition-urges-diplomacy.txt"
    if not sample.exists():
        pytest.skip("sample article missing")
    from transforms.parse import parse_document
    from transforms.read import read_documents

    [doc] = list(read_documents(str(sample), sample.read_bytes()))
    art = parse_document(doc)
    recs = find_recommendations(art, [], [])
    actions = [r.action for r in recs if r.text.startswith(("Continue", "Signal", "Reject", "Be ", "Commit"))]
    assert actions[:2] == ["Continue to reject", "Signal"]
    assert len(actions) == 6
    assert all(r.target == "the president" for r in recs if r.action in actions)


def test_corpus_articles_run_clean() -> None:
    corpus = SHARED / "corpus" / "bbc" / "politics"
    if not corpus.is_dir():
        pytest.skip("shared corpus not available")
    from transforms.parse import parse_document
    from transforms.read import read_documents

    files = sorted(corpus.glob("*.txt"))[:60]
    total = 0
    for path in files:
        for doc in read_documents(str(path), path.read_bytes()):
            art = parse_document(doc)
            for rec in find_recommendations(art, [], []):
                assert art.body[rec.char_start : rec.char_end] == rec.text
                assert rec.text.strip() == rec.text and rec.text
                total += 1
    # Politics news reports asks, but far from one per paragraph.
    assert total < 3 * len(files)


def test_questions_under_a_lead_in_are_no_asks() -> None:
    art = article(
        ("p", "Readers of the audit will ask two questions:"),
        ("li", "Why did the ferry service lose half its riders in a year?"),
        ("li", "Who signed off the new timetable?"),
        ("p", "Neither has an easy answer."),
    )
    assert texts(art) == []


def test_topics_after_recommendations_are_no_asks() -> None:
    art = article(
        (
            "p",
            "The island received recommendations on a range of issues including the rights of tenants, "
            "the cost of ferries and the future of the harbour.",
        )
    )
    assert texts(art) == []


def test_items_under_group_headings_are_asks_and_headings_are_not() -> None:
    art = article(
        ("p", "The tenants' federation makes the following recommendations to the city:"),
        ("p", "Make Repairs Faster"),
        ("li", "Answer every repair request within two days."),
        ("li", "Publish a monthly list of open repairs."),
        ("p", "For families in temporary housing:"),
        ("li", "Place children within reach of their school."),
        ("p", "Protect Tenants From Eviction"),
        ("li", "End evictions without a stated ground."),
        ("p", "The city said it would study the proposals and reply in the spring."),
        ("li", "Council offices are closed on Mondays."),
    )
    assert texts(art) == [
        "Answer every repair request within two days.",
        "Publish a monthly list of open repairs.",
        "Place children within reach of their school.",
        "End evictions without a stated ground.",
    ]


def test_a_heading_with_no_items_of_its_own_is_an_item() -> None:
    art = article(
        ("p", "The panel recommends:"),
        ("p", "Fund School Meals"),
        ("p", "Train More Teachers"),
        ("li", "Pay trainees a full salary."),
        ("li", "Waive the fees of the teaching course."),
    )
    assert texts(art) == [
        "Fund School Meals",
        "Pay trainees a full salary.",
        "Waive the fees of the teaching course.",
    ]


def test_a_heading_after_plain_items_starts_something_else() -> None:
    art = article(
        ("p", "The coalition demands that the board:"),
        ("li", "Reinstate the night shift."),
        ("li", "Hire two more nurses."),
        ("p", "Speakers at the rally"),
        ("li", "Mary Stone, ward sister"),
        ("li", "Tom Reed, porter"),
    )
    assert texts(art) == ["Reinstate the night shift.", "Hire two more nurses."]


@pytest.mark.parametrize(
    "blocks",
    [
        # a heading followed by prose: no items to read
        (
            ("p", "The group calls on the state to act:"),
            ("p", "Background"),
            ("p", "The law dates from 1990."),
        ),
        # a lead-in that names no asks, however its items are grouped
        (("p", "The report covers these areas:"), ("p", "Housing"), ("li", "Rents rose by a tenth.")),
    ],
)
def test_grouped_items_need_a_lead_in_naming_asks(blocks: tuple[tuple[str, str], ...]) -> None:
    assert texts(article(*blocks)) == []


def test_a_numbered_paragraph_among_items_is_one_without_its_number() -> None:
    art = article(
        ("p", "These recommendations include:"),
        ("li", "Inspections should be unannounced."),
        ("p", "2 Inspectors should report to parliament."),
        ("li", "Reports should be published in full."),
    )
    assert texts(art) == [
        "Inspections should be unannounced.",
        "Inspectors should report to parliament.",
        "Reports should be published in full.",
    ]


def test_numbers_set_flush_against_items() -> None:
    paragraphs = article(
        ("p", "The inquiry recommends:"),
        ("p", "1.Regular review of every detention order."),
        ("p", "2.Independent visits to every centre."),
    )
    assert texts(paragraphs) == [
        "Regular review of every detention order.",
        "Independent visits to every centre.",
    ]
    inline = article(("p", "The union demands: 1.A pay rise of 1.5 per cent 2.Safer rotas."))
    assert texts(inline) == ["A pay rise of 1.5 per cent", "Safer rotas"]


# (sentence, the asks expected in it)
RECOGNITION_AND_ULTIMATUMS = [
    (
        "\u201cEither they need to settle their feud and work together or they will lose the vote,\u201d "
        "the councillor said.",
        ["settle their feud and work together"],
    ),
    (
        "The head of the exam board said recently that the old certificates should go.",
        ["the old certificates should go"],
    ),
    ("The head of the exam board said the old certificates should go to the archive.", []),
    (
        "\u201cThe weekly swings in the index should not distract from the fact that rents are rising,\u201d "
        "the agency said.",
        [],
    ),
    ("The mayor said the council must wake up to the fact that the bridge is failing.", []),
    (
        "The mayor said the new treasurer should use the fact he is an outsider to reopen the accounts.",
        ["the new treasurer should use the fact he is an outsider to reopen the accounts"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOGNITION_AND_ULTIMATUMS)
def test_recognising_a_fact_is_no_ask_and_an_ultimatum_is(sentence: str, expected: list[str]) -> None:
    assert texts(article(("paragraph", sentence))) == expected
