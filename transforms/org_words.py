"""Word tables and patterns that several organisation rules read: people's titles, document and
calendar words, generic qualifiers, and the cues around a body ("-backed", "-based", "the IAAF said").

Kept in one place so that a table shared by two rules cannot drift into two versions.
"""

from __future__ import annotations

import re

from transforms.orgnames import LEGAL_SUFFIXES

__all__ = [
    "BLANK_LINE",
    "CALENDAR",
    "COMPANY_NAME_WORDS",
    "CONTINUATIONS",
    "GENERIC",
    "IN_TAILS",
    "NAME_PARTICLES",
    "NUMBER_WORDS",
    "PERSON_TITLES",
    "PLACED",
    "PREFIXES",
    "SUFFIX_STEMS",
]

PREFIXES = ("Non-", "Anti-", "Ex-", "Pro-", "non-", "anti-", "ex-", "pro-")
SUFFIX_STEMS = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)
BLANK_LINE = re.compile(r"\n\s*\n")
PERSON_TITLES = frozenset(
    [
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor", "Senator",
        "Sen", "Rep", "Gov", "Governor", "Mayor", "President", "Chancellor", "Minister", "Secretary",
        "Judge", "Justice", "Speaker", "Rev", "Reverend", "Father", "Sister", "Brother", "Councillor",
        "Ambassador", "Member"
    ]
)
# Words that qualify a head without naming anything ("the NGO Coalition", "an Advisory Group").
GENERIC = frozenset(
    [
        "NGO", "NGOs", "National", "International", "Joint", "Advisory", "Federal", "State", "Local",
        "Regional", "Executive", "Expert", "Independent", "Special", "Select", "Standing", "General",
        "Public", "Private", "Civil", "Central", "Main", "New", "Old", "Interim", "First", "Second",
        "Third", "Global", "Community", "Working", "The", "A", "An", "Our", "Their", "Its"
    ]
)
# "in" before these ends a group's name of the "Women in Action" kind rather than placing it.
IN_TAILS = frozenset({"Action", "Need", "Crisis"})
# After its head word a name goes on only through these ("Bank of England", "Commission into ...").
CONTINUATIONS = frozenset({"of", "for", "on", "into", "under", "in", "de", "du", "des", "la"})
# "University on Friday", "Council in March": a date after a small word ends the name.
CALENDAR = frozenset(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"
    ]
)
NUMBER_WORDS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"})
# Words that carry a company's name on to a longer one of its own ("Nissan Motor", "Sony Computer
# Entertainment America", "Fiat Auto"), where a product name would not stand.
COMPANY_NAME_WORDS = frozenset(
    {
        "Motor", "Motors", "Auto", "Computer", "Entertainment", "Electronics", "Music", "Pictures", "Studios",
        "Records", "Networks", "Systems", "Technologies", "Communications", "Capital", "Financial", "Energy",
        "Pharmaceuticals", "Telecom", "Telecommunications", "Sun", "Developer", "Corporation", "Corp",
        "Industries", "Insurance", "Investments", "Media", "Games", "Interactive", "Software", "Solutions",
        "Stores", "Management",
    }
)
NAME_PARTICLES = frozenset({"Da", "De", "Di", "Van", "Von", "Le", "La", "Du"})
PLACED = ("-based", "-published", "-listed", "-registered", "-owned")
