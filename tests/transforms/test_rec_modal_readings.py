"""Recommendations: how the words around a modal or cue decide whether it asks something ("look into",
"follow" a lead, "help" with nothing after it, an asker named after the sentence with "say", a quoted
"needs to", an aside before "to"), and a few shapes that ask nothing ("because they say X must")."""

from __future__ import annotations

import pytest
from rec_cases import asks_in

# (paragraph, the asks expected in it)
CASES = [
    # A plural asker closing the sentence with "say" reports the ask, and is no part of it.
    (
        "Bus fares should be frozen for pensioners, the Greens say.",
        ["Bus fares should be frozen for pensioners"],
    ),
    # "Look into" or "look at" names an inquiry; "look" alone tells how something appears.
    (
        "An auditor should look into the missing funds as questions remain, the councillors say.",
        ["An auditor should look into the missing funds as questions remain"],
    ),
    ("The new stand should look splendid by the summer, the club says.", []),
    # "Follow" taking someone's lead asks; "follow" with nothing after it forecasts.
    (
        "The coach says the league should follow the rest of the county and move to a spring start.",
        ["the league should follow the rest of the county and move to a spring start"],
    ),
    ("Further cuts in the fares should follow, the analysts say.", []),
    ("Cheaper fuel should also help, traders say.", []),
    # A quoted "needs to" gives advice where the sentence is the speaker's view of what others do.
    (
        '"Councils need to publish their repair lists every month," she said.',
        ["Councils need to publish their repair lists every month"],
    ),
    ('"Tenants need to know what is planned," she said.', []),
    # A quote opening on a condition that names a party advises "they", the party it names.
    (
        '"If the council wants the hall sold, they should put it to a vote of residents. '
        'Then we can all decide," she said.',
        ["they should put it to a vote of residents"],
    ),
    # "It should be delayed": a thing to be done to what "it" names, when someone is reported asking it;
    # "it must be said" only remarks on the speaker's own words.
    (
        "The mayor wants the bypass built this year. The county surveyor said it should be delayed "
        "until the survey is done.",
        ["it should be delayed until the survey is done"],
    ),
    ("The surveyor said it must be said that the bypass is late.", []),
    ("The surveyor said it should be noted that nobody objected.", []),
    ("If you believe it should be repaired, write to the parish clerk.", []),
    # "It should X, the report adds": a document does not act, so "it" is the party it advises; a
    # quoted phrase closing the ask keeps both its quotation marks.
    (
        'The trust could also hire more nurses. It should review the rota "every month", the report adds.',
        ['It should review the rota "every month"'],
    ),
    ("It should review the rota every month, the trust adds.", []),
    # A second clause run on after a comma ("..., it was a careless tackle") is no part of the ask.
    (
        '"The lad should apologise to the referee, it was a careless tackle," the coach said.',
        ["The lad should apologise to the referee"],
    ),
    # A quote opening on the modal leaves its subject outside it; a frame set before that subject still
    # lets the reporting verb lead to it.
    (
        'The chairman argued that as part of their charter, the clubs "should publish the fixtures" '
        "before the season starts.",
        ['the clubs "should publish the fixtures" before the season starts'],
    ),
    # A reason reported for what someone does asks nothing.
    ("The landlords refuse to refund deposits because they say repairs must be paid for.", []),
    # An ask the speaker means not to make: "without asking people to".
    (
        "The mayor urged the council to publish the accounts. "
        "The party can mend the roads without asking drivers to pay more tax.",
        ["publish the accounts"],
    ),
    ("The party is asking drivers to pay more tax.", ["pay more tax"]),
    # "If X then there should be Y": what a condition calls for.
    (
        '"If the hall is to be sold then there should be a vote of residents," she said.',
        ["there should be a vote of residents"],
    ),
    # A sentence right after one its speaker closes goes on giving that speaker's view; an inverted
    # negation ("Neither does X have to") lifts the obligation.
    (
        "Traffic on the ring road doubled in a year, said the county surveyor. "
        "Bus firms now need to add more routes into town.",
        ["Bus firms now need to add more routes into town"],
    ),
    (
        "Some residents said they would stay at home. Bus firms now need to add more routes into town.",
        [],
    ),
    (
        "The party will not win the council, said its agent. "
        "Neither does the party have to stand in every ward.",
        [],
    ),
    # "I think X and that Y should": the second clause of the speaker's own view.
    (
        '"I think the delays are a scandal and that the line should be handed back to the council," he said.',
        ["the line should be handed back to the council"],
    ),
    # A warning that someone should act reports an ask.
    (
        "The auditors warned that the trust should not be put off new clinics by one failure.",
        ["the trust should not be put off new clinics by one failure"],
    ),
    # An aside on the one asked may stand between them and what they are asked.
    (
        "The mayor urged the bus firms, which run the night routes, to restore them by May.",
        ["restore them by May"],
    ),
    (
        "The group is calling on the parish council - the smallest in the county - to reopen the hall.",
        ["reopen the hall"],
    ),
    # Hoping the one addressed can act asks it of them; hoping they will enjoy something does not.
    (
        '"I hope you can therefore repair the bridge before winter," she told the council.',
        ["repair the bridge before winter"],
    ),
    ('"I hope you will enjoy the show," she told the audience.', []),
    # A cue inside a condition opening the sentence supposes an ask; after the condition it makes one.
    (
        "If a landlord rings tenants and goes on to urge them to leave, he may be in breach of the rules.",
        [],
    ),
    ("If the council refuses, the group urges tenants to withhold rent.", ["withhold rent"]),
    # "Should be cautious": an adjective of conduct names how to act; most adjectives only describe.
    (
        'The health board said nurses should be "careful" about lifting patients alone.',
        ['nurses should be "careful" about lifting patients alone'],
    ),
    ("The organisers said the course should be dry by Saturday.", []),
    # "Should have a role/voice in X" asks that a part be given.
    (
        "The warden said the parish council should have a role in running the car park.",
        ["the parish council should have a role in running the car park"],
    ),
    # "... and has vowed to X": the subject's own next step ends the ask.
    (
        "The mayor said the county must build the bypass and has vowed to raise the money himself.",
        ["the county must build the bypass"],
    ),
    # ... but not inside a clause qualifying a noun.
    (
        '"The worst of it is the landlord keeping back the forms that tenants need to send," she said.',
        [],
    ),
    # "'ll" before the modal tells a future, even where the paragraph asks something else.
    (
        "“We urge the club to keep its captain. If a rival bids high we'll have to listen,” "
        "the chairman said.",
        ["keep its captain"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert asks_in(text) == expected
