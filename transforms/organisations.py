"""Organisations an article names.

Rule-based and single-pass: the text is cut into capitalised stretches ("pieces"), and a piece
is an organisation when it is a well-known one, carries an organisational head word
("Institute", "Council", "Ltd"), or stands where only an organisation can stand (in a
coalition's member list, before ", an advocacy group", in a sponsors' list, in a photo credit).
Acronyms introduced in brackets or spelling a name's initials join that name; an abbreviation
nothing vouches for ("PSP", "P2P") counts only where the text treats it as a body ("a TCI
spokesman", "analysts at UBS"). Places, demonyms and people never become organisations on their own.

Sports clubs are bodies like any other, but only where the article names them as one: with a
club's head word ("Celtic FC"), or where only a body fits ("a spokeswoman for Marston Rovers").
A bare team name in a match report ("Chelsea beat Arsenal") carries no such evidence, and a
team named by its place ("England") is a place.

Events and works are not organisations even when a head word ends their name. A league or a
conference is dropped when the article uses it as an occasion somewhere ("in the Champions
League", "a Champions League clash", "at the X Conference in the summer") and never as a body
(no spokesman, no "role at", no "said"); a centre likewise when it is a building ("the attacks on
the X Center"). A capitalised preposition inside a sentence ("were In Good Company") or a noun
such as "the film" just before a name marks the title of a work.

This module runs the steps in order; the rules live in the org_* modules, one job each.
"""

from __future__ import annotations

import re

from transforms.org_acronyms import (
    acts_as_a_body,
    lone_acronyms,
    paren_acronyms,
    said_to_be_a_body,
    spellings_index,
)
from transforms.org_collector import Collector
from transforms.org_headed import distinctive
from transforms.org_mentions import as_mentions
from transforms.org_merge import join_spellings, merge_variants, regional_parties
from transforms.org_occasions import (
    anothers_programme,
    drop_events_and_places,
    names_a_work,
    sport_noun_after,
)
from transforms.org_piece_names import names_of
from transforms.org_pieces import pieces_of
from transforms.org_records import Name, Piece
from transforms.org_shapes import (
    abbreviated_name,
    acceptable_plain,
    double_given_name,
    headed_ok,
    looks_personal,
    person_shaped,
    plain_person,
    plain_words,
)
from transforms.org_words import (
    BLANK_LINE,
    CALENDAR,
    DOCUMENT_ENDINGS,
    DOCUMENT_WORDS,
    GENERIC,
    IN_TAILS,
    NAME_PARTICLES,
    PERSON_TITLES,
    PLACED,
    TITLE_OPENERS,
    WORD_AFTER,
)
from transforms.orgnames import (
    COMMON_CAPITALISED,
    DEMONYMS,
    LEGAL_SUFFIXES,
    acronym_spelling,
    head_of,
    is_acronym,
    is_head,
    is_place,
    is_strong_head,
    known_lowercase_names,
    known_org,
    matches_initials,
    org_key,
    strip_possessive,
)
from transforms.quote_firstnames import given_name_gender
from transforms.records import OrgMention, ParsedArticle

__all__ = ["Piece", "find_organisations", "pieces_of"]

_ROLE_SUFFIXES = frozenset({"Chair", "Chairman", "Chairwoman", "Co-Chair", "President", "Director", "CEO"})
# The nouns after which a list of groups may follow, found by plain string search: an
# alternation of words would be tried at every position of the body.
_GROUP_NOUN_WORDS = (
    "Coalition", "coalition", "groups", "organisations", "organizations", "Alliance", "alliance", "partners",
    "members", "agencies", "signatories", "sponsors", "NGOs", "bodies", "unions", "charities", "associations",
    "parties", "institutions", "organisers", "organizers"
)
_LIST_TRIGGER = re.compile(
    r"\b(?:which\s+includes?|includ(?:es|ing)|led\s+by|comprising|comprised\s+of|made\s+up\s+of|"
    r"members\s+(?:are|include)|joined\s+by|signed\s+by|such\s+as|are|were)\s+"
)
_LIST_GAP = re.compile(r"[.;:\"“”]")
_ITEM_SPLIT = re.compile(r",\s*|\s+and\s+the\s+")
_LEADING_JOIN = re.compile(r"^(?:and|or)\s+")
_LEADING_THE = re.compile(r"^the\s+")
_TRAILING_JOIN = re.compile(r"\s+(?:the|of|for|and|&)$")
_TRAILING_AND = re.compile(r"\s+and$")
_TRAILING_SMALL_NO_AND = re.compile(r"\s+(?:the|of|for|&)$")
_TRAILING_STATE = re.compile(r"(?<![&f])\s+[A-Z]{2}$")  # a state's postal code after a name
_WHOLE_NAME = re.compile(r"[A-Z][\w'’!.-]*(?:,?\s+(?:the|of|for|and|on|&|[A-Z][\w'’!.-]*))*")
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)|[\"“”]")
_KIND_PHRASE = (
    # "X, the godfather of the group" is a person: an "of" before the noun makes it another's, as
    # "at" or "with" makes it where the person works ("an analyst at brokerage Y").
    r"(?:a|an|the)\s+(?:(?!(?:of|at|with|for)\s)[\w'-]+\s+){0,4}?(?:group|organi[sz]ation|coalition|charity|alliance|network|"
    r"think[- ]tank|non-?profit|NGO|campaign|union|body|watchdog|association|company|firm|movement|party|"
    r"institute|foundation|agency|society|federation|council|subsidiary|division|retailer|chain|lender|insurer|airline|"
    r"carrier|carmaker|manufacturer|maker|operator|publisher|supplier|provider|newspaper|consultancy|brokerage|conglomerate)\b"
    r"(?!['’])"  # "X, the bank's chief economist": the noun only qualifies another's post
    # "X, the council leader" is a person: the group noun there only qualifies their post.
    r"(?![\s-]+(?:leader|chief|member|head|spokes\w+|official|chair\w*|president|director|secretary|boss|"
    r"advis[eo]r|officer|worker|executive|manager|founder|veteran|candidate|minister|lawyer|employee)s?\b)"
)
# "X, a union", "X - an international property company -": the phrase after the name says what it is.
_APPOSITIVE = re.compile(r"(?:,|[ \t][-–—])\s+" + _KIND_PHRASE)
# "X is a specialist steel firm": said of the name as the subject of its clause.
_COPULA_KIND = re.compile(r"\s+(?:is|was)\s+" + _KIND_PHRASE)
# "campaign group the X", "the Catholic movement X": the noun just before a name says what it is.
_NOUNS_BEFORE = frozenset(
    [
        "group", "organisation", "organization", "charity", "movement", "watchdog", "coalition", "alliance",
        "think-tank", "firm", "company", "union", "network", "ngo", "party", "campaigners", "giant",
        "newspaper", "broadcaster", "retailer", "carrier", "airline", "label", "manufacturer", "publisher",
        "magazine", "insurer", "supermarket", "bookmaker", "conglomerate", "maker", "makers", "carmaker",
        "rival", "rivals", "firms", "airlines", "carriers", "giants", "developer", "subsidiary",
        "lender", "brokerage", "consultancy", "operator", "provider", "supplier", "chain", "agency", "bank",
        "regulator", "brewer", "miner", "drugmaker", "chipmaker", "telco", "school", "fund", "laboratory",
        "lab", "body", "exchange", "market", "unit"
    ]
)
_NAME_LIKE_NOUNS = frozenset(
    {"brewer", "miner", "bank", "school", "agency", "regulator", "chain", "giant", "fund", "laboratory",
     "lab", "body"}
)
# The last two letters of those nouns and of "the", in either case.
_NOUN_TAILS = frozenset({w[-2:] for w in _NOUNS_BEFORE} | {w[-2:].upper() for w in _NOUNS_BEFORE} | {"he"})
# After a name: the noun for what it is ("the X trade newspaper", "the X TV network").
_BODY_NOUN_AFTER_NAME = re.compile(
    r"\s+(?:(?:TV|television|radio|cable)\s+network|(?:trade\s+|news\s+|music\s+)?(?:newspaper|magazine)|"
    r"broadcaster|record\s+label|conglomerate|chain|(?:unit|subsidiary|division)\s+of)\b"
)
# After a name: its head or spokesman speaking for it, named ("X chief Ann Roe said").
_LEADER_AFTER = re.compile(
    r"\s+(chief(?:\s+executive)?|chairman|chairwoman|spokes(?:man|woman|person)|(?:managing|art|creative|finance|financial|marketing|commercial|technical|research)\s+director|analyst|"
    r"economist|(?:[a-z]+\s+)?(?:critic|editor|correspondent|columnist))"
    r"\s+[A-Z][a-z]"
)
# "the Acme group": a company's group, unless the word before says whose people ("the Kurdish group").
_GROUP_AFTER = re.compile(r"\s+group\b(?![\s-]+(?:of|stage|leader|members?|chair\w*)\b)")
_BROADCAST_WORDS = frozenset({"TV", "Television", "Radio"})
# What only a company has, after its name ("X shares", "X, the world's biggest"), after its possessive
# only ("X's flotation"), or before it ("shares in X"). Found by plain string search: a pattern tried
# at every position of every body costs more than the rest of this step.
# Grouped by a shared opening, so that each group costs one scan of the body.
_CUES_AFTER = (
    ("share", ("shares", "share price", "shareholders")),
    ("has ", ("has appointed", "has named a", "has named its")),
    ("reported ",
     ("reported profits", "reported a profit", "reported a loss", "reported losses", "reported pre-tax",
      "reported net", "reported a net", "reported record profits")),
    ("posted ",
     ("posted profits", "posted a profit", "posted a loss", "posted losses", "posted pre-tax", "posted net",
      "posted a net", "posted a pre-tax", "posted record profits")),
    ("said its ",
     ("said its profits", "said its profit", "said its sales", "said its shares", "said its revenue",
      "said its earnings", "said its turnover", "said its pre-tax", "said its net")),
)
# After a possessive, tried only where a capitalised stretch ends in "'s".
_CUES_OWNED = re.compile(
    r"(?:flotation|stock\s+market\s+debut|chief\s+executive|results|profits?|sales|boss|chairman|turnover"
    r"|shareholders|takeover|headquarters|(?:deputy\s+)?leader)\b"
)
# Each phrase costs a scan of every body: only those that often open a company's name.
_CUES_BEFORE = (
    "shares in ", "Shares in ", "owned by ", "a deal with ", "stake in ", "takeover of ", "merger with ",
    "acquisition of ",
)
# "X, which owns ...": what a company does, in the clause after its name.
_WHICH_CUE = re.compile(r", which\s+(?:owns|makes|runs|operates|sells|manufactures|publishes)\b")
_WORLD_RANK = re.compile(r"the\s+world['’]s\s+(?:biggest|largest)\b")
_NETWORK_AFTER = re.compile(r"\s+network\b")
_EVENT_WORDS = frozenset({"Open", "Games", "Cup", "Championships", "Olympics", "Trophy"})
# "director of the X", found from the cheap "of/at/for the X" link back to the post before it.
_ROLE_LINK = re.compile(r"\s(?:of|at|for|with)\s+(?:the\s+)?(?=[A-Z])")
_ROLE_WORD = re.compile(
    r"\b(?:[Dd]irector|[Pp]resident|[Cc]hair(?:m[ae]n|wom[ae]n|person)?|Co-Chair|[Cc]hief\s+[Ee]xecutive|CEO|"
    r"[Ff]ounder|spokes(?:man|woman|person)|[Hh]ead|[Cc]oordinator|[Mm]anager|[Cc]ounsel|[Aa]ttorney|[Oo]fficer|"
    r"[Rr]esearchers?|[Aa]nalysts?|[Ee]conomists?|(?:parent|holding)\s+company|subsidiary|"
    r"(?:[Mm]anaging|[Ss]enior|[Ee]xecutive|[Ff]ounding|[Ee]quity)\s+partner)$"
)
_AT_AFTER = re.compile(r"\s+at\s")
_WITH_ROLES = ("analyst", "economist", "researcher", "Analyst", "Economist", "Researcher")
# Before "at X": a post with its field of work, or the speaker of a quote named after "said".
_FIELD_POST = re.compile(
    r"\b(?:[Hh]ead|[Dd]irector|[Cc]hief|[Mm]anager|[Cc]hairman|[Pp]resident|[Vv]ice[- ]president|[Oo]fficer)"
    r"\s+of(?:\s+[a-z][\w-]*){1,4}$"
)
_SAID_PERSON = re.compile(r"\b(?:said|says|according\s+to)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}$")
_PLACE_JOINS = frozenset({"on", "in", "into", "under"})
_CLAUSE_END = re.compile(r"[.,;:]|\s[-–—]\s|$")
_COMMA_NAME = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
_PORTFOLIO_ENDINGS = frozenset({"Affairs", "Policy", "Relations", "Advocacy", "Outreach", "Operations"})
_NOT_LED = _PORTFOLIO_ENDINGS | _EVENT_WORDS  # "Foreign Affairs chief", "Open champion": no body's head
_OWNED_POST = re.compile(r"['’]s\s+$|s['’]\s+$")
_NOT_A_POST = re.compile(r"(?:\bbest|\bon\s+the)\s+$")
_TRAILING_SMALL = re.compile(r"\s+(?:the|of|for|and|on|into|under|&)$")
_SIGNED = re.compile(r",\s+(?:Dr|Mr|Ms|Mrs|Prof)\b")
_IN_TAIL = "in[ \t]+(?:" + "|".join(sorted(IN_TAILS)) + r")\b"  # "Khmer Girls in Action"
# The white space inside a name: a line break may wrap it, a blank line ends it.
_IN_NAME_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
# A name as written after a post; an initial may stand inside it ("Arthur D. Little").
_ROLE_NAME = re.compile(
    rf"[A-Z][\w'’-]*(?:{_IN_NAME_GAP}(?:the|of|for|and|on|into|under|&|[A-Z]\.(?=\s+[A-Z])|{_IN_TAIL}|[A-Z][\w'’-]*))*"
)
# A noun after a person-shaped name that makes it a body's: "the Arthur D. Little consultancy".
_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:consultancy|firm|group|company|bank|agency|charity|foundation|partnership|practice)\b"
)
_LOWER_COMMITTEE = re.compile(
    r"\bthe\s+(?:(?:joint|select|standing|parliamentary|special)\s+)?(committee|commission|panel|inquiry)\s+(on|into|for)\s+"
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*)*)"
)
_LOWER_ALLIANCE = re.compile(
    r"\b[Tt]he\s+([A-Z][\w'’-]*(?:\s+(?:at|for|of|[A-Z][\w'’-]*|\d+))*)\s+(alliance|coalition)\b"
)
# Found from the label, which starts with a plain letter the engine can skip ahead to; then read in full.
_CREDIT_LABEL = re.compile(r"(?:Photo|Image|Picture|Credit)s?:")
_CREDIT = re.compile(r"\((?:Photo|Image|Picture|Credit)s?:\s*([^)]+)\)|(?:Photo|Image|Credit)s?:\s*([^\n]+)")
_NAMED_FORCE = re.compile(r"\b([A-Z][a-z]+)\s+(police|constabulary)\b")
# "New York City police": the last word of a longer place names no force.
_PLACE_LEVELS = frozenset({"City", "State", "County", "Town", "Local", "Federal", "National"})
_COMMITTEE_WORDS = ("committee", "commission", "panel", "inquiry")
_COALITION = re.compile(r"coalition", re.IGNORECASE)
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\bvia\b|,|;|\||\band\b)\s*")
_INLINE_BULLET = re.compile(r"(?:^|\s)[*•]\s+")
_LEADING_BULLET = re.compile(r"\s*[*•]\s")
# A line that can only be a name: short, capitalised, no sentence inside it.
# A dot only after a capital or "Inc": "U.S. Committee", "Example Society, Inc. (New Jersey)".
_PLAIN_LINE = re.compile(r"[A-Z](?:[^.!?:;\n•*]|(?<=[A-Z]|c)\.){2,78}")
# "Jane Roe, Example Trust", "Jane Roe – Example Trust": a person, then the body after a comma or dash.
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
_PERSON = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
_PERSON_THEN_BODY = re.compile(rf"({_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?)\s*(?:,|\s[–—-])\s*(?=[A-Z])")
_SIGNER = r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
_SIGNERS = re.compile(
    rf"(?:(?:Professors?|Dr\.?|Rev\.?)\s+)?(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
    rf"(\s*(?:&|and)\s*{_SIGNER})?\s+"
)
_LISTED = rf"[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z0-9][\w&'’-]*|{_IN_TAIL})){{0,3}}"
# The first item starts a word ("iTunes" holds no "Tunes"); the last must end where the name does: not before
# another capitalised word, "of" or "for".
_NAME_LIST = re.compile(
    rf"(?<!\bof )(?<!\bfor )(?<!\bon )(?<!\bin )(?<![\w&'’-])"
    rf"{_LISTED}(?:,[ \t]+{_LISTED})*,?[ \t]+(?:and|or)[ \t]+{_LISTED}"
    r"(?![\w&'’-]|[ \t]+(?:[A-Z0-9]|of\b|for\b|and\b|&))"
)
# "insurers A, B and C", "firms such as Germany's A and B": a plural noun for a kind of company, then
# a list of them.
_COMPANY_PLURALS = (
    "companies", "firms", "insurers", "reinsurers", "banks", "lenders", "carriers", "airlines", "retailers",
    "carmakers", "operators", "groups", "rivals", "giants", "makers", "manufacturers", "publishers",
    "broadcasters", "supermarkets", "brokers", "chains",
)
# What follows such a noun when a list does: scanned from the plural's final "s", a plain letter the
# scan finds fast, and the word ending there checked after. "such as" is the first group.
_COMPANY_LIST_CUE = re.compile(
    r"s[ \t]+(?:(such\s+as|including|like)\s+"
    # "travel companies took a hit, with A sliding 2% and B ...": a market report's list
    r"|(?:[a-z]+[ \t]+){1,4}[a-z]+,[ \t]+with[ \t]+)?(?=[A-Z])"
)
_COMPANY_PLURAL_SET = frozenset(_COMPANY_PLURALS)
# One item: a country's possessive that only places the company, then up to four capitalised words.
_COMPANY_ITEM = re.compile(
    r"(?:([A-Z][\w-]*)['’]s[ \t]+)?([A-Z][\w&'’-]*(?:[ \t]+[A-Z0-9][\w&'’-]*){0,3})"
)
# Between items: a comma or "and", perhaps after a price move ("A sliding 1.5% and B").
_COMPANY_ITEM_GAP = re.compile(
    r"(?:[ \t]+[a-z]+[ \t]+(?:by[ \t]+)?[\d.]+%)?(?:,?[ \t]+and[ \t]+|,[ \t]+(?:and[ \t]+)?)"
)
_PEOPLE_NOUNS = frozenset(
    {"senators", "mps", "members", "leaders", "ministers", "officials", "voters", "supporters"}
)
_JOINS = frozenset({" and ", " or "})
_LIST_REACH = 160
_LIST_SEPARATOR = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")
_SPONSOR_HEADING = re.compile(
    r"sponsor|signator|members|partners|endorse|support(?:ers|ing)|organi[sz]ations|groups|coalition|co-?signers|"
    r"affiliates",
    re.IGNORECASE,
)


def _is_word_char(ch: str) -> bool:
    """A character the regex word boundary counts as part of a word ("" past the text's end is not)."""
    return ch.isalnum() or ch == "_"


def _group_noun_ends(text: str) -> list[int]:
    """Where each group noun standing as a whole word ends, in order."""
    ends = []
    for word in _GROUP_NOUN_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            whole = not (at and _is_word_char(text[at - 1])) and not _is_word_char(text[end:end + 1])
            if whole:
                ends.append(end)
            at = text.find(word, end)
    ends.sort()
    return ends


def _list_items(text: str) -> list[str]:
    """Names in lists: a coalition's members, the groups an article says include or are led by."""
    items: list[str] = []
    for noun_end in _group_noun_ends(text):
        trig = _LIST_TRIGGER.search(text, noun_end, noun_end + 80)
        if trig is None or _LIST_GAP.search(text, noun_end, trig.start()):
            continue
        rest = text[trig.end():trig.end() + 600]
        stop = _SENTENCE_END.search(rest)
        slot = rest[:stop.start()] if stop else rest
        for raw in _ITEM_SPLIT.split(slot):
            item = _LEADING_THE.sub("", _LEADING_JOIN.sub("", raw.strip()))
            m = _ROLE_NAME.match(item)
            if not m:
                break
            name = _TRAILING_JOIN.sub("", m.group().strip())
            parts = name.split(" and ")
            # "A and B" is two names unless a head word makes it one ("Legal Defense and Education Fund");
            # a name complete at its head before "and" ("Bay Youth Alliance and ...") ends there
            items.extend(parts if len(parts) > 1 and head_of(name.split()) < 0 else _split_at_heads(parts))
    return items


def _company_list(text: str) -> list[tuple[str, str | None]]:
    """Companies listed after a plural noun for their kind: "airlines such as A and Japan's B"; each
    with the country's possessive that placed it, if one did ("Japan's ")."""
    names: list[tuple[str, str | None]] = []
    for cue in _COMPANY_LIST_CUE.finditer(text):
        start = cue.start()
        while start and _is_word_char(text[start - 1]):
            start -= 1
        noun = text[start:cue.start() + 1]
        if noun[:1].lower() + noun[1:] not in _COMPANY_PLURAL_SET:
            continue
        if noun[0].isupper() and cue.group(1) is None:
            continue  # capitalised, the noun may open a headline ("Groups Call for ..."): only a cue lists
        at = cue.end()
        while True:
            m = _COMPANY_ITEM.match(text, at)
            if m is None:
                break
            owner, name = m.group(1), _TRAILING_SMALL.sub("", m.group(2)).rstrip(".")
            if owner is not None and not is_place(owner):
                break  # "rivals Smith's Foods": the possessive belongs to the name, which is read elsewhere
            if (is_place(name) or name in DEMONYMS or looks_personal(name) or person_shaped(name)
                    or double_given_name(name.split()[0])):
                break  # a place or a person ends the list: what follows is no longer the companies
            names.append((name, f"{owner}'s " if owner else None))
            gap = _COMPANY_ITEM_GAP.match(text, m.start(2) + len(name))
            if gap is None:
                break
            at = gap.end()
    return names


def _split_at_heads(parts: list[str]) -> list[str]:
    """Rejoin the parts of "A and B and C" into names, each ending where a part ends on a head word."""
    out: list[str] = []
    current: list[str] = []
    for part in parts:
        current.append(part)
        if is_strong_head(part.split()[-1]):
            out.append(" and ".join(current))
            current = []
    if current:
        out.append(" and ".join(current))
    return out


def _sponsor_items(article: ParsedArticle) -> list[str]:
    """Items of a bulleted list that names groups: under a "Co-Sponsors" heading, or mostly head words."""
    out: list[str] = []
    blocks = article.blocks or []
    texts = [(b.kind, b.text) for b in blocks] or [("p", p) for p in BLANK_LINE.split(article.body)]
    if not any(kind in ("li", "h") or "•" in text or "*" in text or (len(text) < 80 and text.endswith(":"))
               for kind, text in texts):
        return out  # no list and no heading over one: the common case
    heading = ""
    pending: list[str] = []
    affiliations = 0

    def flush() -> None:
        nonlocal affiliations
        if not pending:
            return
        names = [_sponsor_name(p) for p in pending]
        names = [n for n in names if n]
        headed = sum(head_of(n.split()) >= 0 for n in names)
        listed = max(headed, affiliations)
        if names and (_SPONSOR_HEADING.search(heading) or listed * 2 >= len(pending) >= 3):
            out.extend(n for n in names if known_org(n) or acceptable_plain(n))
        pending.clear()
        affiliations = 0

    for kind, text in texts:
        inline = [t for t in _INLINE_BULLET.split(text) if t.strip()]
        if kind == "li" or (len(inline) == 1 and _LEADING_BULLET.match(text)):
            item, affiliated = _affiliation(inline[0] if inline else text)
            pending.append(item)
            affiliations += affiliated
            continue
        if kind != "h" and _SPONSOR_HEADING.search(heading) and _PLAIN_LINE.fullmatch(text):
            # a member list set out as plain lines under its heading, one name a line
            pending.append(_without_signers(text))
            continue
        if len(inline) >= 3 and _LEADING_BULLET.match(text):
            flush()
            pending.extend(inline)
            flush()
            heading = ""
            continue
        flush()
        heading = text if kind == "h" or len(text) < 80 else ""
    flush()
    return out


def _affiliation(item: str) -> tuple[str, bool]:
    """The body in a "Jane Roe, Example Trust" item, and whether the item had that shape: people
    listed with the group each speaks for."""
    item = item.strip()
    m = _PERSON_THEN_BODY.match(item)
    if m is None or known_org(m.group(1)):
        return item, False
    people = _AND_SPLIT.split(m.group(1))
    if not all(person_shaped(p) or plain_words(p.split()) for p in people):
        return item, False
    return item[m.end():], True


_PEOPLE_NOUN = re.compile(r" ([a-z]{3,}(?:s|ry))\b")


def _people_tail(body: str, piece: Piece, name: Name, text: str) -> str:
    """"Association of British insurers": a name cannot end on "of" and a people's adjective, so a
    small-letter noun after it (a trade, an industry) is the name's last word."""
    words = piece.words
    if (len(words) < 3 or words[-2] != "of" or words[-1] not in DEMONYMS or not text.endswith(words[-1])
            or name.start + len(name.text) != piece.end - piece.start):
        return text
    noun = _PEOPLE_NOUN.match(body, piece.end)
    return f"{text} {noun.group(1)}" if noun else text


def _signed_body(body: str, piece: Piece, name: Name) -> str:
    """A name opening a line may be a signatory line's: "P. Ann Roe Harbour Tenants Alliance"."""
    if name.start or (piece.start and body[piece.start - 1] != "\n"):
        return name.text
    return _without_signers(name.text)


def _without_signers(line: str) -> str:
    """"Ann Roe & Bo Lee Example Trust" -> "Example Trust": a signatory line names its people first.

    The people are known by a given name, by being two, or by a name's usual first word right after them.
    """
    m = _SIGNERS.match(line)
    if m is None or not plain_words(m.group().split()):
        return line
    rest = line[m.end():]
    named = _ROLE_NAME.match(rest)
    first = rest.split(maxsplit=1)[0] if rest else ""
    if named is None or (len(named.group().split()) < 2 and not is_acronym(first)):
        return line  # "Harbourside Tenants Union": a head word alone is no name to leave behind
    opens = first in DEMONYMS or first == "The" or is_head(first) or is_place(first) or is_acronym(first)
    if not first[:1].isupper() or not (given_name_gender(m.group(1)) or m.group(2) or opens):
        return line
    return rest


def _sponsor_name(item: str) -> str | None:
    item = item.strip().rstrip(".;")
    item = _TRAILING_AND.sub("", item)
    if _WHOLE_NAME.fullmatch(item):
        return _strip_state(item)
    m = _ROLE_NAME.match(item)
    if not m:
        return None
    name = m.group().strip()
    core = _TRAILING_SMALL.sub("", name)
    if " " not in core and item[len(core):len(core) + 2].strip()[:1].islower():
        return None  # "Stop cruel detentions": an item opening with a verb is an action, not a name
    if len(name) < len(item) and item[len(name):len(name) + 1] == ",":
        tail = item[len(name) + 1:].strip()
        if tail.split(" ")[0].rstrip(".") in {s.rstrip(".") for s in LEGAL_SUFFIXES}:
            name = item[:len(name)] + ", " + tail.split(" ")[0]
    return _strip_state(name)


def _strip_state(name: str) -> str | None:
    """"Chinatown Voter Education Alliance NY" -> the name without its state's postal code."""
    name = _TRAILING_STATE.sub("", name.strip())
    name = _TRAILING_SMALL_NO_AND.sub("", name)
    return name if acceptable_plain(name) and not is_head(name) else None


def _mentions_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _credit_lines(body: str) -> list[str]:
    """The text of "(Photo: ...)" and "Credit: ..." lines."""
    out = []
    pos = 0
    while (label := _CREDIT_LABEL.search(body, pos)) is not None:
        m = None
        if label.start() and body[label.start() - 1] == "(":
            m = _CREDIT.match(body, label.start() - 1)
        m = m or _CREDIT.match(body, label.start())
        if m is None:
            pos = label.end()
            continue
        out.append(m.group(1) or m.group(2))
        pos = m.end()
    return out


def _credit_parts(text: str) -> list[str]:
    return [p.strip(" .()") for p in _CREDIT_SPLIT.split(text) if p.strip(" .()")]


def find_organisations(article: ParsedArticle) -> list[OrgMention]:
    body = article.body or ""
    extra_texts = [t for t in (article.headline, article.dek, article.image_caption) if t]
    collector = Collector()
    body_pieces = pieces_of(body)
    extra_pieces = [p for t in extra_texts for p in pieces_of(t)]
    plain_seen: dict[str, None] = {}

    # 1. names that carry their own evidence: well-known bodies and head words
    for piece in body_pieces:
        if piece.titled or piece.after_title:
            continue
        for name in piece.names:
            if name.kind == "known":
                collector.add(name.text, known=True)
            elif (name.kind == "headed" and headed_ok(name.text) and not names_a_work(body, piece, name)
                  and not anothers_programme(body, piece)):
                collector.add(_people_tail(body, piece, name, _signed_body(body, piece, name)))
            elif name.kind == "sport" and not sport_noun_after(body, piece.end):
                collector.add(name.text)  # "Athletics Ireland", "UK Athletics": a sport's governing body
            else:
                plain_seen.setdefault(name.text)
    for piece in extra_pieces:
        for name in piece.names:
            if name.kind == "known":
                collector.add(name.text, known=True)

    # 2. "X police" for a named force
    for m in _NAMED_FORCE.finditer(body) if "police" in body or "constabulary" in body else ():
        if m.group(1) not in DEMONYMS | COMMON_CAPITALISED | _PLACE_LEVELS:
            form = f"{m.group(1)} {m.group(2)}"
            collector.add(form, known=known_org(form) is not None)

    for m in _LOWER_COMMITTEE.finditer(body) if _mentions_any(body, _COMMITTEE_WORDS) else ():
        name = f"{m.group(1).capitalize()} {m.group(2)} {m.group(3)}"
        if not is_place(m.group(3)):
            collector.add(name)
    for m in _LOWER_ALLIANCE.finditer(body) if "alliance" in body or "coalition" in body else ():
        first = m.group(1).split()[0]
        if not (known_org(m.group(1)) or is_place(m.group(1)) or first in DEMONYMS | COMMON_CAPITALISED):
            collector.add(f"{m.group(1)} {m.group(2)}")

    # 3. names found by their context
    _context_names(body, body_pieces, collector)
    items = _list_items(body)
    role = "member" if items and _COALITION.search(body) else None
    for name in items:
        if acceptable_plain(name):
            collector.add(name, role=role)
    placed: set[str] = set()
    for name, owner in _company_list(body):
        if acceptable_plain(name, short_ok=True):
            collector.add(name)
            if owner:
                placed.add(owner)
    for name in _sponsor_items(article):
        for part in _listed_parts(name, collector):
            collector.add(part, role="member")

    # 4. acronyms: introduced in brackets, spelling a name's initials, or standing alone
    for piece, acronym in paren_acronyms(body, body_pieces):
        long_names = [n.text for n in piece.names]
        target = next((n for n in reversed(long_names) if org_key(n) in collector.by_key), None)
        if target:
            collector.link(target, acronym)
        else:
            collector.rejected.add(acronym.replace(".", ""))
    spelled_by: dict[str, str] | None = None  # built when first needed: most articles never ask
    for acronym, _ in lone_acronyms(body):
        bare = acronym.replace(".", "")
        if org_key(acronym) in collector.by_key or bare in collector.rejected:
            continue
        target = next((o for o in collector.orgs if any(matches_initials(bare, f) for f in o.forms.values())),
                      None)
        if target is not None:
            collector.link(next(iter(target.forms.values())), acronym)
        else:
            if spelled_by is None:
                spelled_by = spellings_index(plain_seen)
            letters = acronym_spelling(bare)
            spelled = spelled_by.get(letters) if letters else None
            if not said_to_be_a_body(body, acronym, spelled) and not acts_as_a_body(body, acronym):
                continue  # "PSP", "P2P", "VHS" abbreviate things, unless the text treats them as a body
            if spelled is None:
                collector.add(acronym)
            elif abbreviated_name(spelled):
                # "Australasian Correctional Management ... ACM": a name used often enough to be abbreviated
                collector.add(spelled)
                collector.link(spelled, acronym)

    # 5. photo credits
    credits = [article.image_credit, *_credit_lines(body)]
    for text in filter(None, credits):
        for part in _credit_parts(text):
            if known_org(part) or (head_of(part.split()) >= 0 and distinctive(part.split())):
                collector.add(part, known=known_org(part) is not None, role="image_credit")

    # 6. names listed alongside a body the article already names ("Vodafone, O2 and NTL")
    if collector.orgs:
        _coordinated_names(body, collector)
        _family_names(body, body_pieces, collector)
    for owner in placed:  # the country read as part of a company's name by the steps above
        collector.drop_lone(owner)

    # "eBay", "easyJet": well-known names that open with a small letter are no capitalised piece
    for form in _LOWER_KNOWN:
        at = body.find(form)
        if at >= 0 and not _is_word_char(body[at - 1:at] or " ") and not _is_word_char(
                body[at + len(form):at + len(form) + 1] or " "):
            collector.add(form)

    drop_events_and_places(body, collector)
    regional_parties(body, collector)
    join_spellings(collector)
    merge_variants(collector)
    return as_mentions(article, collector, body_pieces, extra_pieces)


def _family_names(body: str, pieces: list[Piece], collector: Collector) -> None:
    """"Virgin Megastores" found as a company makes "Virgin Trains" another of the family: two-word
    names sharing a distinctive first word with a found one."""
    families: dict[str, set[str]] = {}
    for org in collector.orgs:
        for form in org.forms.values():
            words = form.split()
            if len(words) == 2 and head_of(words) < 0 and _family_word(words[0]):
                families.setdefault(words[0], set()).add(words[1])
    if not families:
        return
    for piece in pieces:
        if piece.titled or piece.after_title:
            continue
        for name in piece.names:
            words = name.text.split()
            known_seconds = families.get(words[0], ())
            if (name.kind == "plain" and len(words) == 2 and known_seconds and words[1] not in known_seconds
                    and not is_place(words[1]) and words[1] not in COMMON_CAPITALISED
                    and acceptable_plain(name.text) and not _named_as_a_thing(body, name.text)):
                collector.add(name.text)


def _named_as_a_thing(body: str, name: str) -> bool:
    """"the Crystal Harmony", "a Mac Mini": a name taking an article is a product or a ship."""
    at = body.find(name)
    while at >= 0:
        if body.endswith(("the ", "The ", "a ", "A ", "an ", "An "), 0, at):
            return True
        at = body.find(name, at + len(name))
    return False


def _family_word(word: str) -> bool:
    """A first word distinctive enough to mark a family of companies ("Virgin"), not a place, a
    given name, a common or generic word, a particle ("La") or an abbreviation."""
    return len(word) >= 4 and not (
        word in NAME_PARTICLES or word in DEMONYMS or word in COMMON_CAPITALISED or word in GENERIC
        or is_place(word) or given_name_gender(word) or is_acronym(word)
    )


def _coordinated_names(body: str, collector: Collector) -> None:
    """A name listed with bodies is one of them: "advertisers include Nat West, Vodafone, O2 and NTL".

    The whole list must fit: a place or a person in it makes it a list of something else.
    """
    for m in _lists_near_bodies(body, collector):
        items = [i for i in _LIST_SEPARATOR.split(m.group()) if i]
        if _person_opens_line(body, m.start(), items[0]):
            items = items[1:]  # "• Ann Roe, Example Trust and Bay Union": a person before their groups
        items = [_without_verb(i, collector) for i in items]
        if not any(org_key(i) in collector.by_key for i in items):
            continue
        if any(plain_person(i) or i.split()[-1].lower() in _PEOPLE_NOUNS for i in items):
            continue  # "the Armory and Richard Roe School", "Liberal and Labor Senators": no list of bodies
        fresh = [i for i in items
                 if org_key(i) not in collector.by_key and not _inside_a_found_name(i, collector)]
        if all(acceptable_plain(i) and not is_place(i) for i in fresh):
            for item in fresh:
                collector.add(item)


def _without_verb(item: str, collector: Collector) -> str:
    """"CLSJ Announcing the Map": a title-case verb after a found name or an abbreviation is no part of it."""
    words = item.split()
    if len(words) < 2 or not words[-1].endswith("ing") or is_head(words[-1]):
        return item
    rest = " ".join(words[:-1])
    return rest if org_key(rest) in collector.by_key or (len(words) == 2 and is_acronym(rest)) else item


def _person_opens_line(body: str, at: int, first: str) -> bool:
    """Whether a list's first item is two plain words that open a line before a comma: the shape of
    a person named with the groups they speak for. A search window may have cut the line's first word."""
    if body[at + len(first):at + len(first) + 1] != ",":
        return False
    line_start = body.rfind("\n", 0, at) + 1
    words = (body[line_start:at].strip(" \t•*-") + " " + first).split()
    return len(words) == 2 and plain_words(words) and not any(is_acronym(w) for w in words)


def _lists_near_bodies(body: str, collector: Collector) -> list[re.Match[str]]:
    """The lists of names that hold a name already found: only the text around a found name that
    a comma or "and" joins to another is searched, as most names stand in no list."""
    windows: set[tuple[int, int]] = set()
    for org in collector.orgs:
        for form in org.forms.values():
            at = body.find(form)
            while at >= 0:
                end = at + len(form)
                joined = body[end:end + 1] == "," or body[end:end + 5] in _JOINS
                if joined or body[max(0, at - 5):at] in _JOINS or body[max(0, at - 2):at] == ", ":
                    windows.add((max(0, at - _LIST_REACH), min(len(body), end + _LIST_REACH)))
                at = body.find(form, end)
    found: dict[int, re.Match[str]] = {}
    for start, end in sorted(windows):
        for m in _NAME_LIST.finditer(body, start, end):
            if m.start() not in found or m.end() > found[m.start()].end():
                found[m.start()] = m  # a window's edge may cut a list short
    return list(found.values())


def _inside_a_found_name(item: str, collector: Collector) -> bool:
    """"Legal Defense" in "Legal Defense and Education Fund": a part of a name already found."""
    return any(item in form and item != form for org in collector.orgs for form in org.forms.values())


def _listed_parts(name: str, collector: Collector) -> list[str]:
    """"NILP and La Fuente" in a list is two bodies when the part before "and" is one on its own (an
    abbreviation, or a name the article gives alone); "Legal Defense and Education Fund" stays whole."""
    left, sep, right = name.partition(" and ")
    if sep and right[:1].isupper() and (is_acronym(left) or org_key(left) in collector.by_key):
        return [left, right]
    return [name]


def _works_at(body: str, word_end: int) -> str:
    """Whether the words before "at X" say that someone works at X: a post and its field ("head of
    third party services at X", "post"), or a quote's speaker ("said Ann Roe at X", "said")."""
    if _FIELD_POST.search(body, max(0, word_end - 60), word_end):
        return "post"
    return "said" if _SAID_PERSON.search(body, max(0, word_end - 50), word_end) else ""


def _works_at_name(body: str, name: str, end: int, how: str) -> bool:
    """Whether a name after "at" is the whole name of where someone works: not a qualifier of a noun
    ("at Aids charity X"), cut short before a number ("at Number 10"), nor two names ("at White Hart
    Lane and Santini"); after a quote's speaker it must end the clause ("said Ann Roe at Wimbledon
    on Monday" says where she spoke)."""
    after = WORD_AFTER.match(body, end)
    if after and (after.group(1).lower() in _NOUNS_BEFORE or after.group(1)[:1].isdigit()):
        return False
    words = name.split()
    if "and" in words and head_of(words) < 0:
        return False
    if how == "said":
        return _CLAUSE_END.match(body, end) is not None and not any(
            w in CALENDAR or w in _PLACE_JOINS for w in words)
    return True


def _context_names(body: str, pieces: list[Piece], collector: Collector) -> None:
    for link in _ROLE_LINK.finditer(body):
        word_end = link.start()
        while word_end and body[word_end - 1].isspace():
            word_end -= 1
        if body.startswith("with", link.start() + 1) and not body.endswith(_WITH_ROLES, 0, word_end):
            continue  # "an analyst with X" names where she works; "a meeting with X" does not
        role = _ROLE_WORD.search(body, max(0, word_end - 24), word_end)
        at_work = role is None and body.startswith("at", link.start() + 1) and _works_at(body, word_end)
        if not at_work and (not role or _NOT_A_POST.search(body, max(0, role.start() - 8), role.start())):
            continue  # "best director for X" is an award, "on the head of X" a price
        m = _ROLE_NAME.match(body, link.end())
        if m is None or _AT_AFTER.match(body, m.end(), m.end() + 5):
            continue  # "Director of Voting Rights at the Center": a post inside the organisation after "at"
        name = _TRAILING_SMALL.sub("", m.group())
        if at_work and not _works_at_name(body, name, m.end(), at_work):
            continue
        if name.split()[0] in PERSON_TITLES or _portfolio(body, name, m.end()) or _field_then_person(name):
            continue
        if _headless(name) and role and (_OWNED_POST.search(body, max(0, role.start() - 4), role.start())
                                or name.split()[-1] in _PORTFOLIO_ENDINGS):
            # "the Centre's Director of Human Rights Advocacy", "spokesperson for Immigration and
            # Multicultural Affairs": a field of work, not a body
            continue
        # "director for Mike Leigh" is a person, unless a noun says otherwise ("the Arthur D. Little firm")
        called_a_body = _BODY_NOUN_AFTER.match(body, m.end()) is not None
        if person_shaped(name) and not called_a_body:
            continue
        found_names = names_of(name, tuple(name.split()))
        if any(found.kind == "known" for found in found_names) and (at_work or " and " not in name):
            # "at BT Retail", "chief executive of BT Wholesale": the known body, not its branch's
            # leftover word
            found_names = tuple(found for found in found_names if found.kind == "known" or (
                not at_work and (" " in found.text or is_acronym(found.text))))
        for found in found_names:
            if found.kind == "known":
                collector.add(found.text, known=True)
            elif found.kind != "product" and acceptable_plain(found.text, person_ok=called_a_body):
                collector.add(found.text)
    cue_after, cue_before = _company_cues(body)
    kind_at = _positions(body, _KIND_OPENINGS)
    for piece in pieces:
        if piece.titled or piece.after_title:
            continue
        end = piece.end
        comma = body[end:end + 1] == ","
        candidates: list[str] = []
        company: str | None = None
        named_kind = False
        # Only a word and a space can stand before a name as its noun: skip sentence starts at once.
        start = piece.start
        word_before = start >= 2 and (body[start - 2].isalpha() or body[start - 2:start] in {"  ", ", "}
                                      or body[start - 2:start].isspace())
        if (comma or end in kind_at) and _kind_said_after(body, start, end, comma):
            # "Staff Representative of the Union of Analysts, a union": what the phrase describes is
            # the last name before it, not a post ahead of it.
            last = piece.names[-1] if piece.names else None
            candidates.append(last.text if last is not None else piece.text)
        elif word_before and (body[start - 3:start - 1] in _NOUN_TAILS or body[start - 2] == ","
                              or body[start - 2].isspace()) and (
                piece.words[0] not in PERSON_TITLES and _noun_before(body, start)):  # cheap test first
            placed = piece.words[0].endswith(PLACED) and len(piece.words) > 1
            candidates.append(piece.text.split(None, 1)[1] if placed else piece.text)  # "UK-based X"
            named_kind = len(piece.words) == 1  # "mobile content firm Zed": the noun vouches for a short name
        elif piece.words[0] in PERSON_TITLES:
            pass  # "owned by Mr Roe", "Lord Roe's chairman": a person, whatever follows
        elif end in cue_after or start in cue_before or (
                piece.words[-1].endswith(("'s", "’s", "s'", "s’")) and body[end:end + 1] == " "
                and _CUES_OWNED.match(body, end + 1)
                and f"{piece.text} of " not in body):  # "Lloyd's of London": the "'s" is the name's own
            # "Kestrel shares fell", "shares in Kestrel", "Kestrel's flotation": only a company has these
            owner = strip_possessive(piece.text)
            if end in cue_after or start in cue_before or not (
                    len(piece.words) == 1 and _ends_a_longer_name(body, owner)):
                candidates.append(owner)  # "United's chief executive" speaks of "Manchester United"
                company = _company_name(body, piece, owner)
        elif _BODY_NOUN_AFTER_NAME.match(body, end) or (
                _GROUP_AFTER.match(body, end) and body.endswith("the ", 0, start)
                and _own_group(piece.words)) or (
                piece.words[-1] in _BROADCAST_WORDS and _NETWORK_AFTER.match(body, end)) or (
                piece.words[-1] not in _NOT_LED and _led_here(body, piece)):
            # "the Harbour Gazette trade newspaper", "Kestrel chief Ann Roe said": a body's noun or
            # its head speaking for it; in "the CBS TV network" the known name is the body
            known = [n.text for n in piece.names if n.kind == "known"]
            candidates.extend(known or [piece.text])
        words = piece.words
        if (comma and len(words) >= 3 and words[-1] in _ROLE_SUFFIXES and _SIGNED.match(body, end, end + 80)
                and not any(map(known_org, words))):
            candidates.append(" ".join(words[:-1]))
        if company is not None:
            collector.add(company)
            continue
        if not candidates:
            continue
        for cand in [p for c in candidates for p in _plain_pair(c)]:
            for name in names_of(cand, tuple(cand.split())):
                if name.kind == "known":
                    collector.add(name.text, known=True)
                elif name.kind != "product" and acceptable_plain(name.text, short_ok=named_kind):
                    collector.add(name.text)


# What opens a phrase after a name that may say what the name is: checked before the phrase itself.
_KIND_OPENINGS = (" - ", " – ", " — ", " is a", " was a")


def _positions(body: str, openings: tuple[str, ...]) -> set[int]:
    """Where in the body any of `openings` starts: found by plain search once, asked of every piece."""
    found: set[int] = set()
    for opening in openings:
        at = body.find(opening)
        while at >= 0:
            found.add(at)
            at = body.find(opening, at + 1)
    return found


def _own_group(words: list[str]) -> bool:
    """Whether a group noun after these words names a body of theirs, not a people or a place's group."""
    last = strip_possessive(words[-1])
    return not (last in DEMONYMS or last in COMMON_CAPITALISED or is_place(" ".join(words)) or is_place(last))


_HYPHENED_TAIL = re.compile(r"-[a-z]+$")


def _led_here(body: str, piece: Piece) -> bool:
    """Whether the name's head or spokesman follows it ("Kestrel chief Ann Roe"). An analyst or
    economist after a single word opening a sentence follows a field ("Aviation analyst Ann Roe")."""
    leader = _LEADER_AFTER.match(body, piece.end)
    if leader is None:
        return False
    if _HYPHENED_TAIL.search(piece.words[-1]):
        return False  # "Oscar-winning director Ann Roe": an honour, not a body she heads
    before = body[max(0, piece.start - 4):piece.start].rstrip(" \"“”")
    opens = not before or before[-1] in ".!?\n"  # "...market," Investec economist: mid-sentence
    return not (len(piece.words) == 1 and leader.group(1) in {"analyst", "economist"} and opens)


def _kind_said_after(body: str, start: int, end: int, comma: bool) -> bool:
    """Whether a phrase after the name says what kind of body it is: "X, a union", "X - an
    international property company -", or "X is a specialist steel firm" where X is a whole word."""
    if comma or body.startswith((" - ", " – ", " — "), end):
        return _APPOSITIVE.match(body, end, end + 80) is not None
    before = body[start - 1:start]
    return (body.startswith((" is a", " was a"), end) and not _is_word_char(before or " ") and before != "-"
            and _COPULA_KIND.match(body, end, end + 80) is not None)


def _company_name(body: str, piece: Piece, owner: str) -> str | None:
    """A company's whole name where only a company fits and no head word splits it ("General Motors
    reported a loss" is one name, not "Motors"), less a sentence's opening word ("Yesterday")."""
    words = owner.split()
    if words and words[0] in COMMON_CAPITALISED and len(words) > 1 and _opens_sentence(body, piece.start):
        words = words[1:]
    if words and words[0].endswith(PLACED):
        words = words[1:]  # "shares in Ireland-based Elan"
    name = " ".join(words)
    if (not 2 <= len(words) <= 3 or head_of(words) >= 0 or any(map(known_org, words[1:])) or "and" in words
            or any(w in TITLE_OPENERS or not w[0].isupper() for w in words)
            or _word_before(body, piece.start)[0] in PERSON_TITLES):
        return None
    if words[0] in COMMON_CAPITALISED and words[0] not in GENERIC:
        return None
    return name if acceptable_plain(name) else None


def _opens_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?\n\"”"


def _ends_a_longer_name(body: str, word: str) -> bool:
    """Whether a word also ends a longer capitalised name: "United" for "Manchester United"."""
    return re.search(rf"[A-Z][\w'’-]*[ \t]+{re.escape(word)}\b", body) is not None


def _company_cues(body: str) -> tuple[set[int], set[int]]:
    """Where a company's name may end (after it a cue) and where one may start ("shares in X")."""
    after = {end for opening, cues in _CUES_AFTER for end in _name_ends_before(body, opening, cues)}
    before: set[int] = set()
    for cue in _CUES_BEFORE:
        at = body.find(cue)
        while at >= 0:
            start = at + len(cue)
            start += 4 if body.startswith("the ", start) else 0
            before.add(start)
            at = body.find(cue, start)
    at = body.find(", the world")
    while at >= 0:
        if _WORLD_RANK.match(body, at + 2):
            after.add(at)
        at = body.find(", the world", at + 2)
    at = body.find(", which ")
    while at >= 0:
        if _WHICH_CUE.match(body, at):
            after.add(at)
        at = body.find(", which ", at + 8)
    return after, before


def _name_ends_before(body: str, opening: str, cues: tuple[str, ...]) -> list[int]:
    """Where a name ends that a space and then one of `cues` (all starting with `opening`), as whole
    words, follow."""
    ends = []
    at = body.find(opening)
    while at >= 0:
        if at and body[at - 1] == " ":
            for cue in cues:
                end = at + len(cue)
                if body.startswith(cue, at) and not body[end:end + 1].isalpha():
                    ends.append(at - 1)
                    break
        at = body.find(opening, at + len(opening))
    return ends


def _plain_pair(name: str) -> list[str]:
    """"plane makers Airvane and Skybolt": two names, where no head word makes "A and B" one."""
    left, sep, right = name.partition(" and ")
    return [left, right] if sep and right[:1].isupper() and head_of(name.split()) < 0 else [name]


def _headless(name: str) -> bool:
    return head_of(name.split()) < 0 and known_org(name) is None


def _portfolio(body: str, name: str, end: int) -> bool:
    """"Director of Policy and Research, Fair Play Trust": a headless name after a post, then a
    named body after a comma, is the post's field inside that body."""
    if not _headless(name):
        return False
    comma = _COMMA_NAME.match(body, end, end + 8)
    after = _ROLE_NAME.match(body, comma.end()) if comma else None
    return after is not None and (head_of(after.group().split()) >= 0 or known_org(after.group()) is not None)


def _field_then_person(name: str) -> bool:
    """"Director of Legal Advocacy Daniel Webb": a post's field of work and then the person holding it."""
    words = name.split()
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _PORTFOLIO_ENDINGS), -1)
    return 0 <= k < len(words) - 2 and person_shaped(" ".join(words[k + 1:]))


def _noun_before(body: str, start: int) -> bool:
    """Whether the word before a name (skipping "the" or a comma) says it is a group: "campaign group
    the X", "energy drinks company, X"."""
    if body[max(0, start - 2):start] == ", ":
        begin = max(body.rfind(" ", 0, start - 2), body.rfind("\n", 0, start - 2)) + 1
        word = body[begin:start - 2]
        # "Altria Group, X" lists companies, but "Gale Brewer, Ann Roe" lists people: a noun that is
        # also a surname or a name's word counts only as written in small letters.
        return word.lower() in _NOUNS_BEFORE and (word.islower() or word.lower() not in _NAME_LIKE_NOUNS)
    tail = body[max(0, start - 3):start - 1]
    if tail not in _NOUN_TAILS and not tail[-1:].isspace():
        # Most names follow one space and a word that ends like no group noun (nor "the"): no need
        # to cut that word out.
        return False
    word, begin = _word_before(body, start)
    if word == "the":
        if body.endswith("according to the ", 0, start):
            return _source_named(body, start)
        word, begin = _word_before(body, begin)
    if word in _EXCHANGE_NOUNS:
        # "derivatives market X" names a bourse; "jointly market the X" sells a product
        return _word_before(body, begin)[0] in _EXCHANGE_KINDS
    return word.lower() in _NOUNS_BEFORE and not body.endswith("money lender ", 0, start)


_EXCHANGE_NOUNS = frozenset({"market", "exchange"})
_EXCHANGE_KINDS = frozenset({"derivatives", "stock", "futures", "options", "commodities", "metals", "energy"})
# Single words that, after "according to the", name a person's office or a document, not a body.
_SOURCE_NOT_BODY = PERSON_TITLES | DOCUMENT_ENDINGS | DOCUMENT_WORDS | frozenset(
    {"Bishop", "Archbishop", "Pope", "Queen", "King", "Prince", "Princess", "Index", "Census", "Bible"}
)


def _source_named(body: str, start: int) -> bool:
    """"according to the Nationwide, ...": a source that speaks is a body, unless the name only
    qualifies a noun after it ("the Linpack benchmark") or is an office or a document."""
    m = _ROLE_NAME.match(body, start)
    if m is None or body[m.end():m.end() + 2].lstrip(" ")[:1] not in {",", ".", ";", ":", "(", ")", "\n", ""}:
        return False
    return m.group().split()[-1] not in _SOURCE_NOT_BODY


def _word_before(body: str, start: int) -> tuple[str, int]:
    """The word that ends, across white space, just before `start`, and where it begins."""
    end = start
    while end and body[end - 1].isspace():
        end -= 1
    if end == start:
        return "", start  # glued to what precedes it: "(Tidewatch", "“Tidewatch"
    low = max(0, end - 40)
    begin = max(body.rfind(" ", low, end), body.rfind("\n", low, end), low - 1) + 1
    return body[begin:end], begin


# Well-known names that open with a small letter ("eBay"), found by plain search.
_LOWER_KNOWN = known_lowercase_names()
