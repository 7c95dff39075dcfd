"""The names a piece holds: well-known bodies first, the rest split around head words.

Also the word tables that decide whether a common-word name ("Labour", "Treasury") or a company's name
runs on into the words after it. Results are cached per distinct piece across articles.
"""

from __future__ import annotations

from functools import lru_cache

from transforms.org_headed import headed_names, sub, word_spans
from transforms.org_records import Name, Piece
from transforms.org_words import COMPANY_NAME_WORDS, CONTINUATIONS, NUMBER_WORDS, PERSON_TITLES, SUFFIX_STEMS
from transforms.orgnames import (
    CONNECTORS,
    DEMONYMS,
    LEGAL_SUFFIXES,
    comparison_key,
    head_of,
    is_acronym,
    is_head,
    is_place,
    is_strong_head,
    known_first_words,
    known_org,
    org_key,
    own_possessive,
    strip_possessive,
)
from transforms.quote_firstnames import given_name_gender

__all__ = ["names_of"]

# Head words that complete a known name rather than name another body: "Google Inc", "Labor Party".
_COMPLETING_HEADS = frozenset(
    {"Company", "Corporation", "Group", "Holdings", "Partners", "Airlines", "Airways", "Party"}
)
_ARTICLES = frozenset({"The", "A", "An"})
_KNOWN_FIRST_WORDS = known_first_words()


@lru_cache(maxsize=65536)
def names_of(text: str, words: tuple[str, ...]) -> tuple[Name, ...]:
    """The names a piece holds, each placed from the piece's start: well-known ones first, the rest
    split around head words.

    Cached across articles: the same capitalised stretches ("Mr Blair", "The") recur everywhere.
    """
    return tuple(Name(n.text, n.start, n.kind, org_key(n.text), comparison_key(n.text))
                 for n in _split_names(Piece(text, 0, len(text), list(words))))


def _qualifies_a_head(word: str) -> bool:
    return is_strong_head(word) and word not in LEGAL_SUFFIXES and word not in _COMPLETING_HEADS


# Well-known bodies whose name is also an ordinary word ("labour", "parliament", "the greens").
_COMMON_WORD_NAMES = frozenset(
    [
        "Labor", "Labour", "Parliament", "Cabinet", "Treasury", "Congress", "Senate", "Commons", "Lords",
        "Met", "Greens", "Liberal", "Democrat", "Democrats", "Republican", "Republicans", "Conservative",
        "Conservatives", "Tory", "Tories", "Pentagon", "Kremlin"
    ]
)
# Words after such a name that leave it the body's: a member's post ("Labor Senator", "Tory MP").
# A given name does too ("Democrat John Kerry").
_MEMBER_WORDS = PERSON_TITLES | frozenset(
    [
        "Leader", "Government", "Opposition", "Whip", "Peer", "Candidate", "Spokesman", "Spokeswoman",
        "Spokesperson", "Congressman", "Congresswoman", "Senators", "Ministers", "Chairman", "Members",
        "Minority", "Majority", "Backbencher", "Frontbencher", "Shadow", "Deputy", "Chief", "Former"
    ]
)
# A party's wing that is a body of its own ("Parliamentary Labour Party", "Young Conservatives").
_WING_WORDS = frozenset({"Parliamentary", "Young"})
_LEVEL_WORDS = frozenset({"State", "County", "Provincial", "Municipal", "Student", "Youth", "Regional"})


def _qualifies_a_name(words: list[str], at: int) -> bool:
    """Whether words[at:] run, through capitalised words only, to a head naming another body."""
    for word in words[at:]:
        if is_head(word):
            return _qualifies_a_head(word)
        if not word[:1].isupper() or is_acronym(word) or word in PERSON_TITLES:
            return False
    return False


def _common_word_qualifier(words: list[str], at: int) -> bool:
    word = strip_possessive(words[at])
    if word not in _COMMON_WORD_NAMES or word != words[at] or at + 1 >= len(words):
        return False
    nxt = words[at + 1]
    plural_acronym = nxt.endswith("s") and is_acronym(nxt[:-1])  # "Labour MPs"
    return (nxt[:1].isupper() and not is_acronym(nxt) and not plural_acronym and nxt not in _MEMBER_WORDS
            and not is_head(nxt) and not given_name_gender(nxt)
            and known_org(nxt) is None)


def _runs_on(words: list[str], at: int) -> bool:
    """Whether plain capitalised words run on after a one-word well-known name: mostly its product
    ("Sony PSP", "Microsoft Outlook"). A possessive ends the name first ("Sony's Qrio"), and a place,
    a head word or a post makes a name of its own ("Nintendo Europe", "Google News")."""
    word = words[at]
    if (at + 1 >= len(words) or is_acronym(word) or word != strip_possessive(word)
            or word in _COMMON_WORD_NAMES):
        return False
    nxt = strip_possessive(words[at + 1])
    return (nxt[:1].isupper() and nxt.lower() not in CONNECTORS and not is_head(nxt) and not is_place(nxt)
            and nxt not in DEMONYMS and nxt not in _MEMBER_WORDS and nxt not in NUMBER_WORDS
            and nxt not in COMPANY_NAME_WORDS and known_org(nxt) is None)


def _capitalised_end(words: list[str], at: int, *, heads: bool) -> int:
    """Where the capitalised words from `at` end: at a connector or a well-known name, and unless
    `heads`, at a head word."""
    while (at < len(words) and words[at][:1].isupper() and (heads or not is_head(words[at]))
           and known_org(words[at]) is None):
        at += 1
    return at


def _company_runs_on(words: list[str], at: int) -> bool:
    """Whether a one-word well-known name goes on into a longer company name: "Nissan Motor"."""
    word = words[at]
    return (at + 1 < len(words) and word == strip_possessive(word) and not is_acronym(word)
            and strip_possessive(words[at + 1]) in COMPANY_NAME_WORDS)


def _company_form_end(words: list[str], at: int) -> int:
    """Where a company form ("Corp", "Ltd") ends plain capitalised words from `at`, or 0 without one."""
    k = at
    while k < len(words) and k - at < 3:
        word = words[k]
        if word.rstrip(".") in SUFFIX_STEMS:
            return k + 1 if k > at else 0
        if (not word[:1].isupper() or word != strip_possessive(word) or is_head(word) or is_place(word)
                or word in PERSON_TITLES or known_org(word) is not None):
            return 0
        k += 1
    return 0


def _title_start(words: list[str], a: int, i: int) -> int:
    """Where words[a:i] start to lengthen a one-word title whose known name starts with "The" into
    another, past an opening article; -1 where they do not."""
    known = known_org(words[i])
    if known is None or not known.canonical.startswith("The ") or words[i - 1] in _ARTICLES:
        return -1
    if words[a] in {"and", "&"} and a + 2 < i and words[a + 1] in _ARTICLES:
        a += 1  # "The Times and The Sunday Telegraph": the longer title opens after "and"
    if not all(w[:1].isupper() and w.lower() not in CONNECTORS and w not in PERSON_TITLES
               for w in words[a:i]):
        return -1
    return a + (words[a] in _ARTICLES)


def _in_a_headed_phrase(words: list[str], a: int, b: int) -> bool:
    """Whether words[a:b] run on from a head word through a connector: "Department of ..." or
    "Institute for the Study of ...", so that a name after them ends that body's name."""
    return is_head(words[b - 1]) or any(
        is_strong_head(words[k]) and words[k + 1].lower() in CONTINUATIONS for k in range(a, b - 1))


# "a Twitter-like site" compares a thing with the body's product; it names no body.
_LIKENESS = frozenset({"like", "style", "type", "esque"})
_BUILDING_WORDS = frozenset({"Theatre", "Theater", "Stadium", "Arena", "Pavilion", "Auditorium", "Ballpark"})


def _name_whole(
    piece: Piece, spans: list[tuple[int, int]], out: list[Name], rest_from: int, i: int, end: int,
    *, at: int | None = None, kind: str = "headed",
) -> int:
    """Read the words from `rest_from` to `i` for names of their own, then file the words from `at` (by
    default `i`) to `end` as one name; returns `end`, where reading goes on."""
    if rest_from < i:
        headed_names(piece, spans, rest_from, i, out)
    text, start = sub(piece, spans, i if at is None else at, end)
    out.append(Name(text, start, kind))
    return end


def _split_names(piece: Piece) -> list[Name]:
    words = piece.words
    if len(words) == 2 and (words[0] in _SPORTS or words[1] in _SPORTS) and _sport_body(words):
        return [Name(piece.text, piece.start, "sport")]
    if len(words) == 1 and not piece.text.endswith("."):
        word = words[0] if own_possessive(words[0]) else strip_possessive(words[0])
        kind = "known" if known_org(word) else "bare" if is_head(word) else "plain"
        if kind == "plain" and "-" in word:
            # "Microsoft-partnered", "Nato-led": a known body's name before a hyphened word of its doing
            body, _, rest = word.partition("-")
            if rest[:1].islower() and rest not in _LIKENESS and known_org(body):
                return [Name(body, piece.start, "known")]
        return [Name(word, piece.start, kind)]
    spans = word_spans(piece)
    out: list[Name] = []
    i = 0
    rest_from = 0
    n = len(words)
    while i < n:
        match_end = 0
        if strip_possessive(words[i]).lower().replace(".", "") not in _KNOWN_FIRST_WORDS:
            i += 1
            continue
        for j in range(min(n, i + 8), i, -1):
            text, _ = sub(piece, spans, i, j)
            if known_org(text):
                match_end = j
                break
        if not match_end:
            i += 1
            continue
        # A known name qualified by what follows ("UN Human Rights Council") or by a
        # regional adjective ("Victorian AMA") is a body of its own.
        tail_head = head_of(words[match_end:n])
        if (tail_head >= 0 and is_acronym(words[i]) and match_end == i + 1
                and words[i] == strip_possessive(words[i])):
            i = match_end
            continue
        # "Labor Department", "Cabinet Office", "Senate Judiciary Committee": a known name before the
        # words of a name that ends on a head word qualifies another body; a company's or party's own
        # head ("Google Inc", "Labor Party") only completes it.
        # A possessive ends the known name: "Bank of England's Monetary Policy Committee" is two bodies.
        if (_qualifies_a_name(words, match_end) and not is_head(words[match_end - 1])
                and words[match_end - 1] == strip_possessive(words[match_end - 1])):
            i = match_end
            continue
        # "Cabinet Office": a common-word name that is itself a head word, then a head word, is one body;
        # a longer known name ending on a head ("Labour Party Conference") goes on as before.
        if (match_end == i + 1 and words[i] in _COMMON_WORD_NAMES and match_end < n
                and _qualifies_a_head(words[match_end]) and is_head(words[i])):
            i = rest_from = _name_whole(piece, spans, out, rest_from, i, match_end + 1)
            continue
        # "State Department of Health": a known name ending on a head word that goes on with "of" and
        # a capitalised word is only the start of a longer name.
        if (match_end + 1 < n and words[match_end] in {"of", "for"} and is_head(words[match_end - 1])
                and words[match_end + 1][:1].isupper() and match_end - i >= 2):
            i = match_end
            continue
        # "Labor Liaison", "Parliament House": a name that is also a common word, followed by another
        # capitalised word, is part of some other name.
        if match_end == i + 1 and _common_word_qualifier(words, i):
            i = match_end
            continue
        # "the Acme Arena": a sponsor's name on a building names the place, not the sponsor.
        if match_end < n and words[match_end] in _BUILDING_WORDS:
            i = match_end + 1
            continue
        # "General Motors Acceptance Corp": a known name, plain capitalised words and a company form name
        # a company of its group as a whole.
        form_end = _company_form_end(words, match_end)
        if form_end:
            i = rest_from = _name_whole(piece, spans, out, rest_from, i, form_end)
            continue
        # "Nissan Motor", "Barclays Capital": a company's name and a word that carries it on name one of
        # its companies, as far as the capitalised words go.
        one_word = match_end == i + 1 or (match_end == i + 2 and words[i] in _ARTICLES)  # "(The) Sony"
        if one_word and _company_runs_on(words, match_end - 1):
            j = _capitalised_end(words, match_end, heads=True)
            i = rest_from = _name_whole(piece, spans, out, rest_from, i, j, at=match_end - 1)
            continue
        # "Microsoft Outlook", "Nintendo DS": a product after a company's name names only the company.
        if one_word and _runs_on(words, match_end - 1):
            _name_whole(piece, spans, out, rest_from, i, match_end, kind="known")
            j = _capitalised_end(words, match_end, heads=False)
            i = rest_from = _name_whole(piece, spans, out, match_end, match_end, j, kind="product")
            continue
        # "Department of Labor", "Minister for Labour": a common-word name after a head and "of" ends
        # that body's name rather than naming the party.
        if (match_end == i + 1 and words[i] in _COMMON_WORD_NAMES and i - 2 >= rest_from
                and words[i - 1] in {"of", "for"} and _in_a_headed_phrase(words, rest_from, i - 1)):
            i = match_end
            continue
        # "BBC America", "UNICEF Australia": a known body followed by a place is its branch there; the
        # branch's possessive ends it before what it owns ("ITV Wales' Waterfront programme").
        if (match_end < n and is_place(words[match_end])
                and words[match_end] not in DEMONYMS
                and (match_end + 1 == n or not words[match_end + 1][:1].isupper()
                     or words[match_end] != strip_possessive(words[match_end]))):
            i = rest_from = _name_whole(piece, spans, out, rest_from, i, match_end + 1)
            continue
        # "Sunday Times", "East Anglian Daily Times": a title known as "The Times" swallowed by a longer one
        # of plain capitalised words is that longer title.
        title_start = _title_start(words, rest_from, i) if match_end == i + 1 and i > rest_from else -1
        if title_start >= 0:
            text, start = sub(piece, spans, title_start, match_end)
            out.append(Name(text, start, "headed"))
            i = rest_from = match_end
            continue
        start_word = i
        kind = "known"
        # "State Senate": a level of government before a common-word name makes it that level's
        # body, not the national one.
        if (match_end == i + 1 and words[i] in _COMMON_WORD_NAMES and i - 1 >= rest_from
                and words[i - 1] in _LEVEL_WORDS):
            start_word, kind = i - 1, "headed"
        if rest_from < start_word:
            headed_names(piece, spans, rest_from, start_word, out)
        # "Victorian AMA", "Australian Red Cross": a regional adjective makes a known name another body,
        # and so does a party's wing ("Parliamentary Labour Party").
        if (i > 0 and (words[i - 1] in DEMONYMS or words[i - 1] in _WING_WORDS) and i - 1 >= rest_from
                and (is_acronym(words[i]) or match_end - i >= 2)):
            start_word = i - 1
            out.pop() if out and out[-1].start >= piece.start + spans[i - 1][0] else None
        text, start = sub(piece, spans, start_word, match_end)
        out.append(Name(text, start, kind))
        i = rest_from = match_end
    if rest_from < n:
        headed_names(piece, spans, rest_from, n, out)
    return out


_SPORTS = frozenset(
    {
        "Athletics", "Swimming", "Cricket", "Rugby", "Hockey", "Tennis", "Golf", "Cycling", "Rowing",
        "Sailing", "Netball", "Basketball", "Badminton", "Boxing", "Triathlon", "Gymnastics", "Judo",
        "Squash", "Canoeing", "Archery", "Volleyball", "Snooker", "Skating", "Diving", "Fencing", "Taekwondo",
        "Wrestling",
    }
)


def _sport_body(words: list[str]) -> bool:
    """A sport and the country it is governed in, in either order: "Athletics Ireland", "UK Athletics",
    "British Cycling". A longer stretch is something else ("UK Athletics Championships")."""
    first, last = words
    if first in _SPORTS:
        last = strip_possessive(last)
        return is_place(last) and last not in DEMONYMS
    return last in _SPORTS and (is_place(first) or first in DEMONYMS)
