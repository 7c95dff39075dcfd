"""Bodies the text itself marks as organisations, on sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.ids import org_key
from transforms.organisations import find_organisations
from transforms.records import ParsedArticle


def keys(body: str) -> set[str]:
    return {org_key(o.name) for o in find_organisations(ParsedArticle(body=body))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Incorporated" spelled out is a company form like "Inc"
        ("Last year Trask Incorporated moved its offices to the coast.", "Trask Incorporated"),
        # an ampersand joins one listed company's name, and the list goes on after it
        # a body's name that is also a head word, then a head word, names another body
        ("A Cabinet Office spokesman said the review would take a year.", "Cabinet Office"),
        # a verb that merely starts like a programme noun ("showed") leaves the name a body's
        ("Data from the city's Tenancy Advice Bureau showed a rise in evictions.", "Tenancy Advice Bureau"),
        # a coined word and a line of business name a company wherever they stand
        ("Last week, QRT Communications agreed to buy a smaller rival.", "QRT Communications"),
        ("Staff at DataHarbor Software were told on Friday.", "DataHarbor Software"),
        # "film studios" after a name says what it is
        ("Next month Koruma film studios will be honoured at the festival.", "Koruma"),
        # a broadcaster's numbered channel is the broadcaster
        ("She appeared on ITV1's breakfast show on Monday.", "ITV"),
        ("The film will be shown on BBC2 next spring.", "BBC"),
        # a market's or a sector's leader is a company
        ("The deal makes a giant big enough to rival sector leader Brantwell.", "Brantwell"),
        # only a body is owned or run by the state
        ("Gas flows through pipes of the state-owned Verdana company.", "Verdana"),
        ("Last year a deal with state-run Kelmar was signed.", "Kelmar"),
        # a group noun before "called", "named" or "known as" says the name is a body's
        ("The fires were blamed on a shadowy group known as Meibion Tarsa.", "Meibion Tarsa"),
        ("After leaving, he founded a company called Orwell Lane.", "Orwell Lane"),
        # a place and "-based" before one word say it is a body
        ("The deal with Leeds-based Harlo was signed on Monday.", "Harlo"),
        ("Talks with Palo Alto-based Quorvex ended last week.", "Quorvex"),
        ("The Gibraltar-based Tenwick fund sold its shares.", "Tenwick"),
        # a comma before "like", or a clause before "include", still lists the companies
        ("It bought several European operators, like Italy's Telvia and Orvo.", "Orvo"),
        ("Other firms that have invested in the region include Harlo, Quenby and Marsh Tull.", "Marsh Tull"),
        ("The agency bought firms such as Brindle & Crane and Halvor Media.", "Brindle & Crane"),
        ("The agency bought firms such as Brindle & Crane and Halvor Media.", "Halvor Media"),
        # a paper's whole title, told things or reporting them, not its masthead word alone
        ("The mayor told the Wexham Evening Courier that he would stay.", "Wexham Evening Courier"),
        ("Writing in the Fenland Echo, the vicar praised the choir.", "Fenland Echo"),
        ("The Dorset Herald reported on Friday that the mill had shut.", "Dorset Herald"),
        # a one-word masthead that is also a common word, where the sentence treats it as a paper
        ("The Observer reported on Sunday that the mill would close.", "Observer"),
        ("According to the Independent, the vote was lost.", "Independent"),
        ("The coach told the Mail on Sunday that he would stay.", "Mail on Sunday"),
        # a place's possessive and a rank before a trade's noun say what the name before them is
        ("Talks went on with Tolvik, Norway's second-biggest oil producer, all week.", "Tolvik"),
        ("Brenmoor Mutual, Wales's largest insurer, cut its payouts.", "Brenmoor Mutual"),
        # a list after the plural for a kind of body beyond the usual companies
        ("Generic producers such as Veltrex can copy the pill once its patent ends.", "Veltrex"),
        ("Local newspapers including El Faro said the roads were shut.", "El Faro"),
        ("The film was made by producers Harrow Gate for a small fee.", "Harrow Gate"),
        # a quote's speaker named in full, then "of" and where she works
        ('"Prices will rise," said Ann Roe of Harlo Research.', "Harlo Research"),
        # a participle after the kind goes on describing the name: "financed by" opens no clause
        ("Viewers watch Kestrel Vision, the satellite network financed by the state.", "Kestrel Vision"),
        # unless a noun for a body stands before the full name, or the text says what kind of body it is
        ("Wexham chairman Ann Roe praised housebuilder Colin Marsh. Profits rose for both Marsh and Wexham.",
         "Marsh"),
        ("Ann Roe praised Marsh, the building products group. Colin Marsh founded it; Marsh and Wexham grew.",
         "Marsh"),
        # a name's last word used alone is no surname when its first is a common word of the text
        ("The campaign group Shareholders Together met. Most shareholders back it; Together is growing.",
         "Shareholders Together"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert org_key(expected) in keys(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("The town was Incorporated in 1902 after a vote.", "Incorporated"),
        ("A Cabinet Office spokesman said the review would take a year.", "Cabinet"),
        ("The council's Digital Society programmes begin in May.", "Digital Society"),
        ("Most Mobile Systems on sale use it, and IT Systems staff agreed.", "Mobile Systems"),
        ("Most Mobile Systems on sale use it, and IT Systems staff agreed.", "IT Systems"),
        ("Three film studios are said to want the rights.", "Three"),
        ("The market leader Ann Roe spoke first.", "Ann Roe"),
        ("Talk of a state-owned Scotland sounded odd to him.", "Scotland"),
        ("He beat US-based Ann Kerrow in the race.", "Ann Kerrow"),
        ("London-based Levy's novel won the prize.", "Levy"),
        ("They sell Windows-based Harlo to schools.", "Harlo"),
        ("Her rivals, including Bush and Kerrow Hale, spoke at length.", "Kerrow Hale"),
        # a person or a product "called" something is no body
        ("He met a man called Tomas Kerrow at the port.", "Tomas Kerrow"),
        ("The firm sells a handset called Tarsa Nine.", "Tarsa Nine"),
        # names listed before "awards" are prizes, though a body's name stands among them
        ("The shop won Harbour Retail, Pendle Trade Society and Northern Baking awards.", "Harbour Retail"),
        ("The shop won Harbour Retail, Pendle Trade Society and Northern Baking awards.", "Northern Baking"),
        # a masthead's word without a paper's cue, or a name running on past it, names no paper
        ("The plan was geared to the Silver Standard of service.", "Silver Standard"),
        ("She starred in The Arctic Express last winter.", "Arctic Express"),
        ("He won at the Wexham Evening Courier Arts Awards in May.", "Wexham Evening Courier"),
        ("Voters chose the Independent candidate over the Labour one.", "Independent"),
        ("An Observer said the count was fair.", "Observer"),
        # another body's possessive, or a post after the trade, ranks no body in a place
        ("Money came from Tolvik, Harlo's biggest lender, last year.", "Tolvik"),
        ("Talks went on with Kerrow, Norway's top carmaker boss, all week.", "Kerrow"),
        # films compete for prizes, so a list after "competitors" may be films
        ("The film beat competitors The Harbour and Long Road at the awards.", "Long Road"),
        # one word after "of" is as often the speaker's town, and a post before "of" is no speaker
        ('"Prices will rise," said Ann Roe of Kelsby.', "Kelsby"),
        ('"Prices will rise," said UK Chancellor of the Exchequer Ann Roe.', "Exchequer Ann Roe"),
        # a name whose last word the text also writes after a person's title is a person's
        ("He spoke of his friend, the publisher Kelda Marrow. Mrs Marrow has not commented.", "Kelda Marrow"),
        # or whose last word it goes on to use alone, as news copy calls a person met in full
        ("The comedian and broadcaster Tamsin Orde has died aged 90. Orde will be missed.", "Tamsin Orde"),
        # "the company says" after a name opens a clause of its own: it says nothing of the name
        ("The letter came from chief executive Tamsin Orde, the company says.", "Tamsin Orde"),
        ("Most users chose the program Veltorrent, the firm said.", "Veltorrent"),
        # one word the text also writes after a given name is that person's surname
        ("Wexham chairman Ann Roe expects no quick end to captain Colin Marsh's move. The switch would pay "
         "well for both Marsh and Wexham.", "Marsh"),
    ],
)
def test_not_found(text: str, not_expected: str) -> None:
    assert org_key(not_expected) not in keys(text)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # a well-known company and its formal name are one company
        ("Output at Nissan Motor fell, though Nissan expects a better spring.", {"Nissan", "Nissan Motor"}),
    ],
)
def test_formal_name_joins_short_name(text: str, forms: set[str]) -> None:
    found = find_organisations(ParsedArticle(body=text))
    holding = [o for o in found if {org_key(f) for f in forms} & {org_key(n) for n in (o.name, *o.aliases)}]
    assert len(holding) == 1
    assert {org_key(f) for f in forms} <= {org_key(n) for n in (holding[0].name, *holding[0].aliases)}


def test_a_division_stays_its_own_company() -> None:
    found = find_organisations(ParsedArticle(body="Sony Pictures made the film and Sony sold the discs."))
    assert len(found) == 2


def test_abbreviation_keeps_the_letters_of_an_abbreviated_first_word() -> None:
    found = find_organisations(
        ParsedArticle(body="UK Rowing named a coach on Monday. UKR chief executive Ann Roe was pleased."))
    assert [(o.name, o.aliases) for o in found] == [("UK Rowing", ["UKR"])]


def test_known_name_only_inside_a_longer_one_is_that_body() -> None:
    found = find_organisations(
        ParsedArticle(body="The fund is suing Lloyds, Barclays and Credit Suisse First Boston."))
    holding = [o for o in found if any("Credit Suisse" in n for n in (o.name, *o.aliases))]
    assert len(holding) == 1
    forms = {org_key(n) for n in (holding[0].name, *holding[0].aliases)}
    assert org_key("Credit Suisse First Boston") in forms
