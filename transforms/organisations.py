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
from collections.abc import Iterable

from transforms.org_acronyms import (
    acts_as_a_body,
    lone_acronyms,
    names_a_thing,
    paren_acronyms,
    said_to_be_a_body,
    spellings_index,
    spells_a_common_noun,
)
from transforms.org_campaigns import campaign_groups
from transforms.org_coined import coined_company
from transforms.org_collector import Collector
from transforms.org_context import context_names
from transforms.org_headed import distinctive
from transforms.org_lists import company_list, coordinated_names, list_items, listed_parts
from transforms.org_mentions import as_mentions
from transforms.org_merge import join_spellings, merge_variants, only_inside_longer, regional_parties
from transforms.org_occasions import (
    anothers_programme,
    drop_events_and_places,
    names_a_work,
    sport_noun_after,
)
from transforms.org_pieces import pieces_of
from transforms.org_records import Piece
from transforms.org_revisions import (
    drop_named_people,
    drop_opening_words,
    drop_surname_possessives,
    web_names,
    whole_remits,
)
from transforms.org_shapes import (
    PAPER_DAYS,
    PRESS_LAST_WORDS,
    abbreviated_name,
    acceptable_plain,
    headed_ok,
    masthead,
    press_title,
)
from transforms.org_sponsors import credit_lines, credit_parts, people_tail, signed_body, sponsor_items
from transforms.org_words import GENERIC, NAME_PARTICLES, occurrences, stands_alone
from transforms.orgnames import (
    COMMON_CAPITALISED,
    DEMONYMS,
    acronym_spelling,
    head_of,
    is_acronym,
    is_place,
    known_lowercase_names,
    known_numbered_names,
    known_org,
    matches_initials,
    org_key,
)
from transforms.quote_firstnames import given_name_gender
from transforms.records import OrgMention, ParsedArticle

__all__ = ["Piece", "find_organisations", "pieces_of"]

_LOWER_COMMITTEE = re.compile(
    r"\bthe\s+(?:(?:joint|select|standing|parliamentary|special)\s+)?(committee|commission|panel|inquiry)\s+(on|into|for)\s+"
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*)*)"
)
_LOWER_ALLIANCE = re.compile(
    r"\b[Tt]he\s+([A-Z][\w'’-]*(?:\s+(?:at|for|of|[A-Z][\w'’-]*|\d+))*)\s+(alliance|coalition)\b"
)
# "West Yorkshire police", "Greater Manchester police": a compass word or "Greater" opens the force's area.
_NAMED_FORCE = re.compile(
    r"\b((?:(?:North|South|East|West|Greater|Mid)\s+)?[A-Z][a-z]+)\s+(police|constabulary)\b"
)
# "New York City police": the last word of a longer place names no force.
_PLACE_LEVELS = frozenset({"City", "State", "County", "Town", "Local", "Federal", "National"})
_COMMITTEE_WORDS = ("committee", "commission", "panel", "inquiry")
_COALITION = re.compile(r"coalition", re.IGNORECASE)


def _mentions_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


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
        if piece.words[-1] in PRESS_LAST_WORDS and (title := press_title(body, piece)) and all(
                name.kind != "known" for name in piece.names):
            collector.add(title)  # "told the Northern Echo": a paper's whole title, not its last word
            continue
        for name in piece.names:
            if name.kind == "known":
                collector.add(name.text, known=True)
            elif (name.kind == "headed" and headed_ok(name.text) and not names_a_work(body, piece, name)
                  and not anothers_programme(body, piece)):
                collector.add(people_tail(body, piece, name, signed_body(body, piece, name)))
            elif name.kind == "sport" and not sport_noun_after(body, piece.end):
                collector.add(name.text)  # "Athletics Ireland", "UK Athletics": a sport's governing body
            elif name.text.startswith(PAPER_DAYS) and masthead(body, piece, name.text):
                collector.add(name.text)
            elif name.kind == "plain" and coined_company(name.text):
                collector.add(name.text)  # "SBC Communications": a coined word and a line of business
            else:
                plain_seen.setdefault(name.text)
    for piece in extra_pieces:
        for name in piece.names:
            if name.kind == "known":
                collector.add(name.text, known=True)

    # 2. "X police" for a named force
    for m in _NAMED_FORCE.finditer(body) if "police" in body or "constabulary" in body else ():
        if m.group(1).split()[-1] not in DEMONYMS | COMMON_CAPITALISED | _PLACE_LEVELS:
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
    context_names(body, body_pieces, collector)
    campaign_groups(body, collector)
    items = list_items(body)
    role = "member" if items and _COALITION.search(body) else None
    for name in items:
        if acceptable_plain(name):
            collector.add(name, role=role)
    placed: set[str] = set()
    for name, owner in company_list(body):
        if acceptable_plain(name, short_ok=True):
            collector.add(name)
            if owner:
                placed.add(owner)
    for name in sponsor_items(article):
        for part in listed_parts(name, collector):
            collector.add(part, role="member")

    # 4. acronyms: introduced in brackets, spelling a name's initials, or standing alone
    for piece, acronym in paren_acronyms(body, body_pieces):
        long_names = [n.text for n in piece.names]
        last = long_names[-1] if long_names else ""
        if (last and piece.names[-1].kind == "bare" and org_key(last) not in collector.by_key
                and matches_initials(acronym.replace(".", ""), last) and headed_ok(last)):
            # "the Securities and Exchange Commission (SEC)": a name of head words alone is too
            # generic to stand by itself, but one the letters in brackets spell out is a body's
            collector.add(last)
        elif (last and piece.names[-1].kind == "plain" and org_key(last) not in collector.by_key
              and _opens_with_a_body(last, collector) and matches_initials(acronym.replace(".", ""), last)):
            # "American Express Financial Advisors (AEFA)": a body's name opening a longer one whose
            # initials the brackets spell names one of that body's own, in full
            collector.add(last)
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
            if not said_to_be_a_body(body, acronym, spelled) and (
                    not acts_as_a_body(body, acronym) or names_a_thing(body, acronym)):
                continue  # "PSP", "P2P", "VHS" abbreviate things, unless the text treats them as a body
            if spelled is None and spells_a_common_noun(body, bare):
                continue
            if spelled is None:
                collector.add(acronym)
            elif abbreviated_name(spelled):
                # "Australasian Correctional Management ... ACM": a name used often enough to be abbreviated
                collector.add(spelled)
                collector.link(spelled, acronym)

    # 5. photo credits
    credits = [article.image_credit, *credit_lines(body)]
    for text in filter(None, credits):
        for part in credit_parts(text):
            if known_org(part) or (head_of(part.split()) >= 0 and distinctive(part.split())):
                collector.add(part, known=known_org(part) is not None, role="image_credit")

    # 6. names listed alongside a body the article already names ("Vodafone, O2 and NTL")
    if collector.orgs:
        coordinated_names(body, collector)
        _family_names(body, body_pieces, collector)
    for owner in placed:  # the country read as part of a company's name by the steps above
        collector.drop_lone(owner)

    # "eBay", "easyJet": well-known names that open with a small letter are no capitalised piece
    for form in _written_whole(body, _LOWER_KNOWN):
        collector.add(form)
    # "Channel 4": a well-known name ending in a number, which no capitalised piece holds whole
    for form in _written_whole(body, _NUMBERED_KNOWN):
        collector.add(form, known=True)

    drop_surname_possessives(body, collector)
    drop_opening_words(body, collector)
    drop_named_people(body, collector)
    web_names(body, collector)
    whole_remits(body, collector)
    drop_events_and_places(body, collector)
    regional_parties(body, collector)
    join_spellings(collector)
    only_inside_longer(body, collector)
    merge_variants(collector)
    return as_mentions(article, collector, body_pieces, extra_pieces)


def _opens_with_a_body(name: str, collector: Collector) -> bool:
    """Whether a name of three words or more opens with the name, in one or two words, of a body
    well known or already found in the article."""
    words = name.split()
    if len(words) < 3:
        return False
    for k in (1, 2):
        head = " ".join(words[:k])
        if org_key(head) in collector.by_key or known_org(head):
            return True
    return False


def _written_whole(body: str, forms: Iterable[str]) -> list[str]:
    """The forms whose first appearance in the body stands as a word of its own."""
    found = []
    for form in forms:
        at = body.find(form)
        if at >= 0 and stands_alone(body, at, at + len(form)):
            found.append(form)
    return found


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
    return any(body.endswith(_ARTICLES, 0, at) for at, _ in occurrences(body, name))


_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")


def _family_word(word: str) -> bool:
    """A first word distinctive enough to mark a family of companies ("Virgin"), not a place, a
    given name, a common or generic word, a particle ("La") or an abbreviation."""
    return len(word) >= 4 and not (
        word in NAME_PARTICLES or word in DEMONYMS or word in COMMON_CAPITALISED or word in GENERIC
        or is_place(word) or given_name_gender(word) or is_acronym(word)
    )


# Well-known names that open with a small letter ("eBay"), found by plain search.
_LOWER_KNOWN = known_lowercase_names()
_NUMBERED_KNOWN = known_numbered_names()
