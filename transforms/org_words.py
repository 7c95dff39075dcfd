"""Word tables and patterns that several organisation rules read: people's titles, document and
calendar words, generic qualifiers, and the cues around a body ("-backed", "-based", "the IAAF said").

Kept in one place so that a table shared by two rules cannot drift into two versions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.orgnames import LEGAL_SUFFIXES

__all__ = [
    "BACKED",
    "BLANK_LINE",
    "BODY_AFTER",
    "BUILDING_HEADS",
    "CALENDAR",
    "COMPANY_NAME_WORDS",
    "CONTINUATIONS",
    "DOCUMENT_ENDINGS",
    "DOCUMENT_WORDS",
    "GENERIC",
    "IN_TAIL",
    "IN_TAILS",
    "NAME_PARTICLES",
    "NUMBER_WORDS",
    "OPENING_HEADS",
    "PERSON_TITLES",
    "PLACED",
    "PREFIXES",
    "ROLE_NAME",
    "ROMANCE_PARTICLES",
    "SUFFIX_STEMS",
    "TITLE_OPENERS",
    "TRAILING_SMALL",
    "WORD_AFTER",
    "is_word_char",
    "occurrences",
    "stands_alone",
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
DOCUMENT_WORDS = frozenset({"Enquiry", "Inquiry", "Report", "Review", "Conference", "Submission", "Survey"})
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
DOCUMENT_ENDINGS = frozenset(
    [
        "Act", "Law", "Bill", "Review", "Report", "Strategy", "Directive", "Regulation", "Program",
        "Programme", "Plan", "Convention", "Treaty", "Protocol", "Agreement", "Declaration", "Statement",
        "Process", "Learner", "Test", "Day", "Week", "Period", "Order", "Code", "Standard", "Amendment",
        "Section", "Rule", "Policy", "Language", "Scheme", "Fund", "Summit", "Show", "Expo", "Fair",
        "Festival", "Awards", "Games", "Championships"
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
WORD_AFTER = re.compile(r"[ \t]+([\w-]+)")
TRAILING_SMALL = re.compile(r"\s+(?:the|of|for|and|on|into|under|&)$")
IN_TAIL = "in[ \t]+(?:" + "|".join(sorted(IN_TAILS)) + r")\b"  # "Khmer Girls in Action"
# The white space inside a name: a line break may wrap it, a blank line ends it.
_IN_NAME_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
# A name as written after a post; an initial may stand inside it ("Arthur D. Little").
ROLE_NAME = re.compile(
    rf"[A-Z][\w'’-]*(?:{_IN_NAME_GAP}(?:the|of|for|and|on|into|under|&|[A-Z]\.(?=\s+[A-Z])|{IN_TAIL}|[A-Z][\w'’-]*))*"
)
# Around an abbreviation, words that show it names a body: "the IAAF said", "UBS analysts", "firm TCI".
BODY_AFTER = re.compile(
    r"(?:['’]s)?,?\s+(?:spokes(?:man|woman|person)|chief|chairman|chairwoman|president|boss|officials?|staff|activists|"
    r"executives?|analysts?|economists?|attorneys?|lawyers?|shareholders|members|researchers|scientists|said|says|"
    r"told|announced|warned|"
    r"reported|added|confirmed|denied|argued|claimed|insisted|stated|urged|called|welcomed|critici[sz]ed|"
    r"published|filed|sued|is\s+(?:pressing|calling|urging|seeking|asking)|Enquiry|Inquiry|Report|Review|"
    r"Submission|Survey)\b"
)
# Head words that open a name in French, Spanish, Italian or Portuguese ("Banque du Caire", "Banco
# Central Hispano"): the name runs on after them rather than ending there.
OPENING_HEADS = frozenset({"Banco", "Banca", "Banque", "Caisse", "Caixa", "Groupe", "Grupo", "Compagnie"})
# The particles such a name holds besides those English names share ("Banca Nazionale del Lavoro").
ROMANCE_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "la"})
NAME_PARTICLES = frozenset({"Da", "De", "Di", "Van", "Von", "Le", "La", "Du"})
# Capitalised prepositions that open a work's title inside a sentence ("were In Good Company").
TITLE_OPENERS = frozenset({"In", "On", "At", "Of", "With", "From", "Into", "By", "To", "Under", "For"})
BUILDING_HEADS = frozenset({"Center", "Centre"})


def is_word_char(ch: str) -> bool:
    """A character the regex word boundary counts as part of a word ("" past the text's end is not)."""
    return ch.isalnum() or ch == "_"


def occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where each mention of `form` starts and ends in `text`, left to right and never overlapping."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        yield at, end
        at = text.find(form, end)


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is no part of a longer word: no word character touches either edge."""
    return not is_word_char(text[start - 1 : start]) and not is_word_char(text[end : end + 1])


# After a name and a hyphen: the name funds or backs what follows ("a DTI-funded centre").
BACKED = re.compile(r"-(?:funded|backed|sponsored|financed|owned|run|led)\b")
PLACED = ("-based", "-published", "-listed", "-registered", "-owned")
