"""Names found by where they stand: after a post ("director of the X"), before a kind phrase
(", a union"), after a kind noun ("campaign group the X"), with a leader named ("X chief Ann Roe"),
or at a workplace ("analyst at X").
"""

from __future__ import annotations

import re

from transforms.org_collector import Collector
from transforms.org_company_cues import company_cues, maker_starts
from transforms.org_piece_names import names_of
from transforms.org_records import Piece
from transforms.org_shapes import acceptable_plain, person_shaped
from transforms.org_words import (
    CALENDAR,
    DOCUMENT_ENDINGS,
    DOCUMENT_WORDS,
    GENERIC,
    NUMBER_WORDS,
    PERSON_TITLES,
    PLACED,
    ROLE_NAME,
    TITLE_OPENERS,
    TRAILING_SMALL,
    WORD_AFTER,
    is_word_char,
    occurrences,
)
from transforms.orgnames import (
    COMMON_CAPITALISED,
    DEMONYMS,
    head_of,
    is_acronym,
    is_place,
    known_org,
    own_possessive,
    strip_possessive,
)

__all__ = ["context_names", "group_noun_before", "kind_said_after"]

_ROLE_SUFFIXES = frozenset({"Chair", "Chairman", "Chairwoman", "Co-Chair", "President", "Director", "CEO"})
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
# "Tolvik, Norway's second-biggest oil producer,": a place's possessive, a rank and the noun for a
# trade. The rank matters: "Ann Roe, Britain's envoy" and "Acme, Britain's rival" rank nothing.
_PLACED_KIND = re.compile(
    r",\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:biggest|largest|leading|top|main|No\s?1|number\s+(?:one|two|three)|[a-z]+-(?:biggest|largest))\s+"
    r"(?:(?!(?:of|at|with|for|and)\s)[a-z][\w-]*\s+){0,3}?"
    r"(?:bank|lender|insurer|reinsurer|producer|brewer|distiller|carrier|airline|carmaker|retailer|supermarket|"
    r"operator|firm|company|group|maker|manufacturer|publisher|broadcaster|miner|steelmaker|exporter)s?"
    r"(?![\w'’-])(?!\s+(?:boss|chief|head|chairman|founder|owner)\b)"
)
# "campaign group the X", "the Catholic movement X": the noun just before a name says what it is.
# Only a body is owned or run by the state: "state-owned Rosneft", "the state-run Naftohaz company".
# Tested by their whole ending, as their last letters ("ed", "un") end most words before a name.
_STATE_RUN = ("state-owned ", "state-run ", "state-controlled ")
_NOUNS_BEFORE = frozenset(
    [
        "group", "organisation", "organization", "charity", "movement", "watchdog", "coalition", "alliance",
        "think-tank", "firm", "company", "union", "network", "ngo", "party", "campaigners", "giant",
        "newspaper", "broadcaster", "retailer", "carrier", "airline", "label", "manufacturer", "publisher",
        "magazine", "insurer", "supermarket", "bookmaker", "conglomerate", "maker", "makers", "carmaker",
        "rival", "rivals", "firms", "airlines", "carriers", "giants", "developer", "subsidiary",
        "lender", "brokerage", "consultancy", "operator", "provider", "supplier", "chain", "agency", "bank",
        "regulator", "brewer", "miner", "drugmaker", "chipmaker", "housebuilder", "telco", "school", "fund",
        "laboratory", "lab", "body", "exchange", "market", "unit", *(w.strip() for w in _STATE_RUN)
    ]
)
_NAME_LIKE_NOUNS = frozenset(
    {"brewer", "miner", "bank", "school", "agency", "regulator", "chain", "giant", "fund", "laboratory",
     "lab", "body"}
)
# The last two letters of those nouns and of "the", in either case ("state-owned" is tested whole).
_NOUN_TAILS = frozenset(
    {t for w in _NOUNS_BEFORE if not w.startswith("state-") for t in (w[-2:], w[-2:].upper())} | {"he"}
)
# After a name: the noun for what it is ("the X trade newspaper", "the X TV network", "X film studios").
_BODY_NOUN_AFTER_NAME = re.compile(
    r"\s+(?:(?:TV|television|radio|cable)\s+network|(?:(?:trade|news|music|weekly|monthly|daily)\s+)?(?:newspaper|magazine)|"
    r"broadcaster|record\s+label|(?:film|movie)\s+studios?|conglomerate|chain|(?:unit|subsidiary|division)\s+of)\b"
)
# After a name: its head or spokesman speaking for it, named ("X chief Ann Roe said").
_LEADER_AFTER = re.compile(
    r"\s+(chief(?:\s+executive)?|chairman|chairwoman|spokes(?:man|woman|person)|(?:managing|art|creative|finance|financial|marketing|commercial|technical|research)\s+director|analyst|"
    r"economist|(?:[a-z]+\s+)?(?:critic|editor|correspondent|columnist))"
    r"\s+[A-Z][a-z]"
)
# "the Acme group": a company's group, unless the word before says whose people ("the Kurdish group").
# "The Usdaw trade union said": a union's name before the noun, with "the" before it; plain prefixes,
# asked of every piece that reaches the test.
_UNION_AFTER = (" union ", " union,", " union.", " trade union ", " trade union,", " trade union.")
_GROUP_AFTER = re.compile(r"\s+group\b(?![\s-]+(?:of|stage|leader|members?|chair\w*)\b)")
# Nouns for a company's trade that may open a sentence before its name; none is also a name's head.
_OPENING_KINDS = frozenset(
    {"Bookmaker", "Miner", "Retailer", "Carmaker", "Broadcaster", "Airline", "Insurer", "Supermarket",
     "Publisher", "Brewer", "Drugmaker", "Chipmaker", "Telco", "Lender", "Brokerage", "Consultancy",
     "Developer", "Conglomerate", "Rival", "Operator", "Manufacturer", "Carrier"}
)
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
_BROADCAST_WORDS = frozenset({"TV", "Television", "Radio"})
# After a possessive, tried only where a capitalised stretch ends in "'s".
_CUES_OWNED = re.compile(
    r"(?:flotation|stock\s+market\s+debut|chief\s+executive|results|profits?|sales|boss|chairman|turnover"
    r"|shareholders|takeover|headquarters|(?:deputy\s+)?leader|subscribers|(?:radio\s+|TV\s+)?stations|factories)\b"
)
_NETWORK_AFTER = re.compile(r"\s+network\b")
_EVENT_WORDS = frozenset({"Open", "Games", "Cup", "Championships", "Olympics", "Trophy"})
# "director of the X", found from the cheap "of/at/for the X" link back to the post before it.
_ROLE_LINK = re.compile(r"\s(?:of|at|for|with)\s+(?:the\s+)?(?=[A-Z])")
_ROLE_WORD = re.compile(
    r"\b(?:[Dd]irector|[Pp]resident|[Cc]hair(?:m[ae]n|wom[ae]n|person)?|Co-Chair|[Cc]hief(?:\s+[Ee]xecutive)?|CEO|"
    r"[Ff]ounder|spokes(?:man|woman|person)|[Hh]ead|[Cc]oordinator|[Mm]anager|[Cc]ounsel|[Aa]ttorney|[Oo]fficer|"
    r"[Rr]esearchers?|[Ee]xecutives?|[Ss]hareholders|[Aa]nalysts?|[Ee]conomists?|(?:parent|holding)\s+company|subsidiary|"
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
# "president of Exhibitor Relations, which compiles ...": a clause in which the name acts makes it a
# body, never a field of work.
_ACTS = re.compile(r",\s+which\s+(?:[a-z]+s|has|is)\b")
_OWNED_POST = re.compile(r"['’]s\s+$|s['’]\s+$")
_NOT_A_POST = re.compile(r"(?:\bbest|\bon\s+the)\s+$")
# A verb right after the phrase, not a participle that goes on describing it ("the firm owned by").
_CLAUSE_GOES_ON = re.compile(
    r" (?!(?:based|owned|backed|run|founded|formed|created|known|listed|named|called|located|headquartered|"
    r"controlled|funded|led|set|hit|used|trusted|valued|ranked|rated|financed|sponsored|supported|operated|"
    r"managed|established|registered|licensed|regulated|accused|charged|blamed|involved|linked|owed)\b)"
    r"(?:[a-z]+ed|said|says|has|had|have|is|was|were|are|will|would|could|can|may|might|must|should|told|took|"
    r"made|gave|began|won|lost)\b"
)
_SIGNED = re.compile(r",\s+(?:Dr|Mr|Ms|Mrs|Prof)\b")
# A noun after a person-shaped name that makes it a body's: "the Arthur D. Little consultancy".
_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:consultancy|firm|group|company|bank|agency|charity|foundation|partnership|practice)\b"
)


def _works_at(body: str, word_end: int) -> str:
    """Whether the words before "at X" say that someone works at X: a post and its field ("head of
    third party services at X", "post"), or a quote's speaker ("said Ann Roe at X", "said")."""
    if _FIELD_POST.search(body, max(0, word_end - 60), word_end):
        return "post"
    return "said" if _SAID_PERSON.search(body, max(0, word_end - 50), word_end) else ""


def _said_person_of(body: str, word_end: int) -> bool:
    """Whether the words before "of X" are a quote's speaker named in full ("said Ann Roe of X"), not a
    post ("said UK Chancellor of the Exchequer") nor a title before the name ("said Supervisor Ann Roe
    of X", where X is as often the place she serves)."""
    low = max(0, word_end - 50)
    if body.find("sa", low, word_end) < 0 and body.find("according", low, word_end) < 0:
        return False  # no "said", "says" or "according to" near: no speaker
    m = _SAID_PERSON.search(body, low, word_end)
    if m is None:
        return False
    words = m.group().split()[1:]
    return 2 <= len(words) <= 3 and person_shaped(" ".join(words))


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
    if how == "said of" and len(words) < 2:
        return False  # "said Ann Roe of Kelso": one word after "of" is as often her town
    if how.startswith("said"):
        return _CLAUSE_END.match(body, end) is not None and not any(
            w in CALENDAR or w in _PLACE_JOINS for w in words)
    return True


def context_names(body: str, pieces: list[Piece], collector: Collector) -> None:
    for link in _ROLE_LINK.finditer(body):
        word_end = link.start()
        while word_end and body[word_end - 1].isspace():
            word_end -= 1
        if body.startswith("with", link.start() + 1) and not body.endswith(_WITH_ROLES, 0, word_end):
            continue  # "an analyst with X" names where she works; "a meeting with X" does not
        role = _ROLE_WORD.search(body, max(0, word_end - 24), word_end)
        at_work = role is None and (
            (body.startswith("at", link.start() + 1) and _works_at(body, word_end))
            # "said Ann Roe of Harlo Research.": a quote's speaker and where she works, as with "at"
            or (body.startswith("of", link.start() + 1) and _said_person_of(body, word_end) and "said of")
        )
        if not at_work and (not role or _NOT_A_POST.search(body, max(0, role.start() - 8), role.start())):
            continue  # "best director for X" is an award, "on the head of X" a price
        m = ROLE_NAME.match(body, link.end())
        if m is None or _AT_AFTER.match(body, m.end(), m.end() + 5):
            continue  # "Director of Voting Rights at the Center": a post inside the organisation after "at"
        name = TRAILING_SMALL.sub("", m.group())
        if at_work and not _works_at_name(body, name, m.end(), at_work):
            continue
        if name.split()[0] in PERSON_TITLES or _portfolio(body, name, m.end()) or _field_then_person(name):
            continue
        field_word = name.split()[-1] in _PORTFOLIO_ENDINGS and not _ACTS.match(body, m.end())
        if _headless(name) and role and (_OWNED_POST.search(body, max(0, role.start() - 4), role.start())
                                or field_word):
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
    cue_after, cue_before = company_cues(body)
    made_by = maker_starts(body)
    whole: set[str] = set()
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
        if piece.words[0] in _OPENING_KINDS and len(piece.words) > 1 and _opens_sentence(body, start):
            # "Bookmaker Ladbrokes said ...": a sentence opening on the noun for what the name is
            rest = piece.text.split(None, 1)[1]
            head, _, place = rest.rpartition(" of ")
            if head and is_place(place):
                rest = head  # "Consultancy Strategy Analytics of Boston": where the firm is
            if not person_shaped(rest) and piece.words[1] not in PERSON_TITLES:
                candidates.append(rest)
                named_kind = True
        elif (comma or end in kind_at) and _kind_said_after(body, start, end, comma):
            # "Staff Representative of the Union of Analysts, a union": what the phrase describes is
            # the last name before it, not a post ahead of it.
            last = piece.names[-1] if piece.names else None
            candidates.append(last.text if last is not None else piece.text)
        elif comma and (body[end + 2:end + 3].isupper() or body.startswith(", the ", end)) and (
                ranked := _ranked_in_a_place(body, piece)):
            candidates.append(ranked)
            named_kind = True  # "Tolvik, Norway's biggest oil producer": the rank vouches for one word
        elif word_before and (body[start - 3:start - 1] in _NOUN_TAILS or body[start - 2] == ","
                              or body.endswith(_STATE_RUN, 0, start) or body.endswith(_NAMING_ENDS, 0, start)
                              or body[start - 2].isspace()) and (
                piece.words[0] not in PERSON_TITLES and group_noun_before(body, start)):  # cheap test first
            placed = piece.words[0].endswith(PLACED) and len(piece.words) > 1
            candidates.append(piece.text.split(None, 1)[1] if placed else piece.text)  # "UK-based X"
            named_kind = len(piece.words) == 1  # "mobile content firm Zed": the noun vouches for a short name
        elif piece.words[0] in PERSON_TITLES:
            pass  # "owned by Mr Roe", "Lord Roe's chairman": a person, whatever follows
        elif start in made_by and _maker(body, piece):
            # "a survey by GMIPoll found ...": who made it; "by Earthlink and Webroot" are two makers,
            # "by the Pew Internet and American Life Project" one
            pair = _plain_pair(piece.text)
            if len(pair) == 2 and (" " in pair[0] or " " in pair[1]):
                whole.add(piece.text)
            candidates.append(piece.text)
        elif end in cue_after or start in cue_before or (
                piece.words[-1].endswith(("'s", "’s", "s'", "s’")) and body[end:end + 1] == " "
                and _CUES_OWNED.match(body, end + 1)
                and f"{piece.text} of " not in body):  # "Lloyd's of London": the "'s" is the name's own
            # "Kestrel shares fell", "shares in Kestrel", "Kestrel's flotation": only a company has these
            owner = piece.text if own_possessive(piece.text) else strip_possessive(piece.text)
            if end in cue_after or start in cue_before or not (
                    len(piece.words) == 1 and _ends_a_longer_name(body, owner)):
                candidates.append(owner)  # "United's chief executive" speaks of "Manchester United"
                company = _company_name(body, piece, owner)
                if end in cue_after and (owned := _owned_tail(owner)):
                    candidates.append(owned)  # "Delta Air Lines' Comair subsidiary": the cue speaks of Comair
        # "the Harbour Gazette trade newspaper", unless the noun introduces the name after it
        # ("Financial newspaper Nihon Keizai")
        elif ((noun := _BODY_NOUN_AFTER_NAME.match(body, end)) is not None
              and not _NAME_NEXT.match(body, noun.end()) and not _counted(body, piece)) or (
                _GROUP_AFTER.match(body, end) and body.endswith("the ", 0, start)
                and _own_group(piece.words)) or (
                body.startswith(_UNION_AFTER, end)
                and (piece.words[0] == "The" or body.endswith("the ", 0, start))
                and _own_group(piece.words)) or (
                piece.words[-1] in _BROADCAST_WORDS and _NETWORK_AFTER.match(body, end)) or (
                piece.words[-1] not in _NOT_LED and _led_here(body, piece)):
            # "the Harbour Gazette trade newspaper", "Kestrel chief Ann Roe said": a body's noun or
            # its head speaking for it; in "the CBS TV network" the known name is the body
            known = [n.text for n in piece.names if n.kind == "known"]
            opener = len(piece.words) == 2 and piece.words[0] in TITLE_OPENERS
            if opener and not known and not _opens_sentence(body, start):
                # "told To Vima newspaper": a capitalised "To" inside a sentence is the title's own
                # article, not the English word
                collector.add(piece.text)
                continue
            candidates.extend(known or [piece.text])
        elif "-based " in piece.text and (based := _based_in_a_place(piece)):
            candidates.append(based)  # "Santa Monica-based Harlo": a body said to be based in a place
        words = piece.words
        if (comma and len(words) >= 3 and words[-1] in _ROLE_SUFFIXES and _SIGNED.match(body, end, end + 80)
                and not any(map(known_org, words))):
            candidates.append(" ".join(words[:-1]))
        if company is not None:
            collector.add(company)
            continue
        if not candidates:
            continue
        for cand in [p for c in candidates for p in ([c] if c in whole else _plain_pair(c))]:
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


def _based_in_a_place(piece: Piece) -> str:
    """The name after a place and "-based" opening a piece ("Santa Monica-based Harlo" gives "Harlo"), or
    "" when the word before "-based" is no place ("Windows-based", "net-based")."""
    words = piece.words
    for k, word in enumerate(words[:3]):
        if word.endswith("-based"):
            # One word after the place, not a possessive: "London-based Levy's novel", "US-based Ann Roe"
            # are people as often as bodies.
            if (k + 2 == len(words) and words[-1] == strip_possessive(words[-1])
                    and (is_place(" ".join([*words[:k], word[:-6]])) or is_place(word[:-6]))):
                return words[-1]
            return ""
    return ""


def _counted(body: str, piece: Piece) -> bool:
    """"Three film studios", "the 20th Century Fox film studio": a number opens the words before the
    noun, so they count the bodies or hold only part of a name."""
    if piece.words[0] in NUMBER_WORDS:
        return True
    before = body[max(0, piece.start - 8):piece.start]
    word = before.rstrip().rpartition(" ")[2]
    return before.endswith(" ") and word[:1].isdigit() and word[-1:].isalnum()  # not "In 1970, X"


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
        m = _APPOSITIVE.match(body, end, end + 80)
        # "Altogether, the agency ordered ...", "from chief executive Ann Roe, the company says": a
        # phrase that goes straight on into its verb is the subject of a clause, not a word about the
        # name before the comma, wherever that name stands in its sentence
        return m is not None and not (comma and _CLAUSE_GOES_ON.match(body, m.end()))
    before = body[start - 1:start]
    return (body.startswith((" is a", " was a"), end) and not is_word_char(before or " ") and before != "-"
            and _COPULA_KIND.match(body, end, end + 80) is not None)


def _ranked_in_a_place(body: str, piece: Piece) -> str:
    """The name a place's ranking describes after a comma ("Tolvik, Norway's second-biggest oil
    producer"), or "": the possessive must be a place's, and a name with a well-known body in it is
    that body's branch, found already; a sentence's opening "-ing" word is not part of the name."""
    if body.find("'s ", piece.end, piece.end + 40) < 0 and body.find("’s ", piece.end, piece.end + 40) < 0:
        return ""  # most commas after a name lead to no possessive at all
    m = _PLACED_KIND.match(body, piece.end, piece.end + 90)
    if m is None or not is_place(m.group(1)) or any(name.kind == "known" for name in piece.names):
        return ""
    words = piece.words
    if len(words) > 1 and words[0].endswith("ing") and _opens_sentence(body, piece.start):
        words = words[1:]  # "Combining Tolvik, Norway's ...": the clause's verb, then the name
    return " ".join(words)


def _owned_tail(name: str) -> str:
    """The words after a possessive inside a stretch ("Comair" in "Delta Air Lines' Comair"), or ""."""
    words = name.split()
    for k in range(len(words) - 2, -1, -1):
        if words[k].endswith(("'s", "’s", "s'", "s’")):
            # "Alibaba's New York-listed shares": a word that describes ends in small letters
            return "" if words[-1].rpartition("-")[2][:1].islower() else " ".join(words[k + 1:])
    return ""


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
    after = ROLE_NAME.match(body, comma.end()) if comma else None
    return after is not None and (head_of(after.group().split()) >= 0 or known_org(after.group()) is not None)


def _field_then_person(name: str) -> bool:
    """"Director of Legal Advocacy Daniel Webb": a post's field of work and then the person holding it."""
    words = name.split()
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _PORTFOLIO_ENDINGS), -1)
    return 0 <= k < len(words) - 2 and person_shaped(" ".join(words[k + 1:]))


def group_noun_before(body: str, start: int) -> bool:
    """Whether the word before a name (skipping "the" or a comma) says it is a group: "campaign group
    the X", "energy drinks company, X", "products group James Hardie"."""
    if body[max(0, start - 2):start] == ", ":
        begin = max(body.rfind(" ", 0, start - 2), body.rfind("\n", 0, start - 2)) + 1
        word = body[begin:start - 2]
        # "Altria Group, X" lists companies, but "Gale Brewer, Ann Roe" lists people: a noun that is
        # also a surname or a name's word counts only as written in small letters.
        if not (word.lower() in _NOUNS_BEFORE and (word.islower() or word.lower() not in _NAME_LIKE_NOUNS)):
            return False
        # "the head of the state gas company, Ann Roe, said": the name after the comma is the post's holder
        return _POST_OF.search(body, max(0, begin - 80), begin) is None
    tail = body[max(0, start - 3):start - 1]
    if body.endswith(_NAMING_ENDS, 0, start):
        return _named_group(body, start)
    if tail not in _NOUN_TAILS and not tail[-1:].isspace() and not body.endswith(_STATE_RUN, 0, start):
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
    if word == "leader":
        # "market leader X" leads a trade, so is a company; "party leader X" is a person
        return _word_before(body, begin)[0] in _TRADE_SPHERES
    return word.lower() in _NOUNS_BEFORE and not body.endswith("money lender ", 0, start)


_TRADE_SPHERES = frozenset({"market", "sector", "industry"})
# "a group called X", "a shadowy group known as X": the noun before the naming words says what X is.
_NAMING_ENDS = (" called ", " named ", " known as ", " called the ", " named the ", " known as the ")
_NAMED_KINDS = frozenset(
    {"group", "organisation", "organization", "movement", "network", "charity", "coalition", "alliance",
     "company", "firm", "faction", "union", "society", "association", "body", "party"}
)


def _named_group(body: str, start: int) -> bool:
    """Whether a group noun stands before the words that name the body: "a group called X"."""
    word, begin = _word_before(body, start)
    if word == "the":
        word, begin = _word_before(body, begin)
    if word == "as":
        word, begin = _word_before(body, begin)
    return _word_before(body, begin)[0].lower() in _NAMED_KINDS


# A post held in the body a noun phrase names, close before it: "the head of the ... company".
_POST_OF = re.compile(
    r"\b(?:head|chief|boss|chairman|chairwoman|founder|owner|president|director|leader)\s+of\s+(?:the|its|a)\s+"
    r"[^.,;:]*$"
)
_EXCHANGE_NOUNS = frozenset({"market", "exchange"})
_EXCHANGE_KINDS = frozenset({"derivatives", "stock", "futures", "options", "commodities", "metals", "energy"})
# Single words that, after "according to the", name a person's office or a document, not a body.
_SOURCE_NOT_BODY = PERSON_TITLES | DOCUMENT_ENDINGS | DOCUMENT_WORDS | frozenset(
    {"Bishop", "Archbishop", "Pope", "Queen", "King", "Prince", "Princess", "Index", "Census", "Bible"}
)


def _source_named(body: str, start: int) -> bool:
    """"according to the Nationwide, ...": a source that speaks is a body, unless the name only
    qualifies a noun after it ("the Linpack benchmark") or is an office or a document."""
    m = ROLE_NAME.match(body, start)
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


# After the maker of a study: the clause goes on ("found", "for the BBC", ","), not a noun that the
# name only qualifies ("figures released by CES organisers").
_MAKER_END = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:and|for|in|on|last|this|earlier|found|finds|suggests?|suggested|predicts?|"
    r"predicted|shows?|showed|says|said|revealed|reveals|claims?|claimed|estimates?|estimated|indicates?|"
    r"indicated|published|released|concluded|has|had|was|is)\b"
)


def _maker(body: str, piece: Piece) -> bool:
    """Whether the name after "a survey by" is who made it and a body: it ends the phrase, and it is
    no person (a one-word name the article also gives a given name or a title is a surname)."""
    if _MAKER_END.match(body, piece.end) is None:
        return False
    if any(name.kind != "plain" for name in piece.names):
        return False  # a head word or a well-known name already vouches for it, alone
    words = piece.words
    if is_acronym(words[0]):
        return True
    if len(words) > 1:
        # a person's two names are turned away later, as every found name's are, and so is one
        # described after a comma ("an analysis by Ann Roe, a former tax aide")
        return not body.startswith((", a ", ", an ", ", the "), piece.end)
    return re.search(rf"\b[A-Z][a-z]+\s+{re.escape(words[0])}\b", body) is None


def kind_said_after(body: str, name: str) -> bool:
    """Whether a phrase after some mention of the name says what kind of body it is ("Ford, the US
    car company", "Kestrel is a steel firm")."""
    return any(_APPOSITIVE.match(body, end, end + 80) or _COPULA_KIND.match(body, end, end + 80)
               for _, end in occurrences(body, name))
