"""Joining the forms one body goes by once every name is found: spellings that differ only in
spaces or hyphens, a short form inside a longer one, a company's short name, a party by region.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.org_collector import Collector, Org
from transforms.org_words import COMPANY_NAME_WORDS, occurrences
from transforms.orgnames import (
    COMMON_CAPITALISED,
    DEMONYMS,
    comparison_key,
    is_acronym,
    is_head,
    is_location_code,
    is_place,
    known_org,
    matches_initials,
    org_key,
)

__all__ = ["join_spellings", "merge_variants", "only_inside_longer", "regional_parties"]


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _merge_into_longer(collector: Collector, org: Org) -> None:
    """"Democrats" in an article that names the "Australian Democrats": a well-known short name the
    article only ever writes as the end of a longer name it also gives means that longer body."""
    tails = [comparison_key(f).split() for f in org.forms.values()]
    if not tails or not all(tails):
        return
    for other in collector.orgs:
        if other is org or other.canonical == org.canonical:
            continue
        for form in other.forms.values():
            long = comparison_key(form).split()
            # Only a place's adjective may stand before: "Liberal Democrat" is another party.
            if all(len(long) > len(t) and long[-len(t):] == t for t in tails) and all(
                    w.capitalize() in DEMONYMS or is_place(w) for w in long[:len(long) - len(tails[0])]):
                collector.absorb(org, other)
                return


# Words that end a company's formal name rather than name a division of it: "Nissan Motor" is Nissan,
# where "Nissan Europe" or "Sony Pictures" is another company of the group.
_FORMAL_TAIL = frozenset(
    {"Motor", "Motors", "Corporation", "Corp", "Company", "Co", "Group", "Holdings", "Inc", "Incorporated",
     "Ltd", "Limited", "plc", "PLC"}
)


def only_inside_longer(body: str, collector: Collector) -> None:
    """"Credit Suisse" found inside "Credit Suisse First Boston": a well-known name the body only ever
    writes as the opening of a longer name also found is that longer body's, not a second one."""
    for org in [o for o in collector.orgs if o.canonical]:
        forms = list(org.forms.values())
        for other in collector.orgs:
            if other is org or other.canonical:
                continue
            long = other.longest_form()
            short = next((f for f in forms if long.startswith(f + " ")), None)
            if short is not None and all(body.startswith(long, at) for at, _ in occurrences(body, short)):
                collector.absorb(org, other)
                break


def _merge_into_formal(collector: Collector, org: Org) -> None:
    """"Nissan" beside "Nissan Motor": a well-known body's name and its formal one, the same name and a
    company form after it, the article gives as two names of one company."""
    shorts = [f.split() for f in org.forms.values()]
    for other in collector.orgs:
        if other is org or (other.canonical and other.canonical != org.canonical):
            continue
        for form in other.forms.values():
            long = form.split()
            if any(len(long) == len(s) + 1 and long[:-1] == s and long[-1] in _FORMAL_TAIL for s in shorts):
                collector.absorb(org, other)
                return


# Words that may follow a company's short name to make its full one ("WMC Resources").
_COMPANY_TAIL = frozenset(
    {
        "Resources", "Investors", "Holdings", "Group", "Partners", "Securities", "International", "Fund",
        "Management",
        "Corporation", "Corp", "Company", "Co", "Inc", "Ltd", "Limited", "plc", "PLC", "AG", "SA", "NV",
        "Industries", "Technologies", "Systems", "Capital", "Energy", "Motors", "Airlines", "Airways",
        "Communications", "Telecom", "Electronics",
    }
)
# Cues that an article is Australian, where "the Democrats" are the Australian Democrats.
_AUSTRALIAN_CUES = re.compile(r"\b(?:Australian?|Canberra|ALP)\b")
_REGIONAL_PARTIES = {"Democratic Party": ("Australian Democrats", _AUSTRALIAN_CUES)}


def regional_parties(body: str, collector: Collector) -> None:
    """"Democrats" in an Australian release are that country's party, not the US one, unless the
    article names the US party in full."""
    for org in collector.orgs:
        swap = _REGIONAL_PARTIES.get(org.canonical or "")
        if (swap is None or org_key(org.canonical or "") in org.forms or org_key(swap[0]) in collector.by_key
                or not swap[1].search(body)):
            continue  # the party named in full is joined to its short form later
        collector.by_key.pop(org_key(org.canonical or ""), None)
        org.canonical = swap[0]
        collector.by_key.setdefault(org_key(swap[0]), org)


@lru_cache(maxsize=16384)
def _glued_key(form: str) -> str:
    """"LatinoJustice", "Latino Justice" and "Latino-Justice" are one spelling."""
    return "".join(ch for ch in org_key(form) if ch.isalnum())


def join_spellings(collector: Collector) -> None:
    """Join the forms of one body the article spells differently: run together or apart
    ("LatinoJustice", "Latino Justice"), an abbreviation of another's name ("WEF", "World Economic
    Forum") and an abbreviation with a place code after it ("ICNA NY")."""
    if len(collector.orgs) < 2:
        return
    seen: dict[str, Org] = {}
    for org in list(collector.orgs):
        keys = {_glued_key(f) for f in org.forms.values()}
        # "LatinoJustice PRLDEF" also goes by its first word alone
        keys |= {_glued_key(w[0]) for w in (f.split() for f in org.forms.values())
                 if len(w) == 2 and is_acronym(w[1]) and not is_acronym(w[0])}
        into = next((seen[k] for k in keys if k in seen and seen[k] is not org), None)
        if into is not None:
            collector.absorb(org, into)
            org = into
        for k in keys:
            seen.setdefault(k, org)
    for org in list(collector.orgs):
        if org not in collector.orgs or org.canonical or len(org.forms) != 1:
            continue
        form = next(iter(org.forms.values()))
        words = form.split()
        if len(words) == 2 and is_acronym(words[0]) and is_location_code(words[1], form):
            target = collector.by_key.get(org_key(words[0]))
        elif len(words) == 1 and is_acronym(form):
            target = next((o for o in collector.orgs if o is not org and not o.acronym
                           and any(matches_initials(form, f) for f in o.forms.values())), None)
        else:
            continue
        if target is not None and target is not org:
            collector.absorb(org, target)


def _merge_into_company(collector: Collector, org: Org, acronym: str) -> None:
    """"WMC" in an article that also names "WMC Resources": an abbreviation that opens a company's
    name, the rest of which are company words, is that company's short name."""
    for other in collector.orgs:
        if other is org:
            continue
        words = other.longest_form().split()
        if len(words) >= 2 and words[0] == acronym and (
                all(w in _COMPANY_TAIL for w in words[1:]) or _coined_second_word(acronym, words)):
            collector.absorb(org, other)
            other.acronym = other.acronym or acronym
            return


def _coined_second_word(acronym: str, words: list[str]) -> bool:
    """"HACAN" beside "HACAN Clearskies": an unknown abbreviation before one more coined word is the
    same body's short name; a known one ("BT" beside "BT Openzone") stays a body of its own."""
    return (len(words) == 2 and known_org(acronym) is None and not is_head(words[1])
            and known_org(words[1]) is None and words[1] not in COMMON_CAPITALISED
            and not is_place(words[1]))


def _first_word_short_form(short: str, longest: str) -> bool:
    """"Baikal" beside "Baikal Finance Group": a coined one-word name that opens a longer one the
    article also gives is that body's short form; a place or a body known in its own right is not."""
    words = longest.split()
    first = words[0]
    if "and" in words or "'s" in longest or "’s" in longest:
        return False  # "X and Y's Z" is two names run together, not one body's full name
    return (" " not in short and short == first and len(short) > 2 and short not in DEMONYMS
            and short not in COMMON_CAPITALISED and not is_place(short) and known_org(short) is None)


# Words that end a company's full name and that its short form leaves out ("Circuit City Stores").
_COMPANY_TAIL_KEYS = frozenset(
    comparison_key(w)
    for w in (*COMPANY_NAME_WORDS, "Group", "Holdings", "Company", "Inc", "Ltd", "plc", "Co")
)


def _company_tail(short: list[str], long: list[str]) -> bool:
    """Whether a name of two words or more is a longer one without the company words that end it:
    "Circuit City" for "Circuit City Stores", "Orwin Foods" for "Orwin Foods Group"."""
    return (len(short) >= 2 and long[:len(short)] == short
            and all(w in _COMPANY_TAIL_KEYS for w in long[len(short):]))


def merge_variants(collector: Collector) -> None:
    """Join short forms into the longer name they abbreviate ("Brennan Center", "City Council")."""
    orgs = collector.orgs
    for org in list(orgs):
        if org.canonical:
            _merge_into_longer(collector, org)
            if org in orgs:
                _merge_into_formal(collector, org)
            continue
        mine = org.longest_form()
        short = comparison_key(mine).split()
        if is_acronym(mine) and " " not in mine:
            _merge_into_company(collector, org, mine)
            continue
        if not short:
            continue
        for other in orgs:
            if other is org or other not in orgs:
                continue
            longest = other.longest_form()
            long = comparison_key(longest).split()
            if len(long) <= len(short) or not _subsequence(short, long):
                continue
            heads = [w for w in short if is_head(w.capitalize()) or is_head(w)]
            if not heads and not known_org(longest):
                if _first_word_short_form(mine, longest) or _company_tail(short, long):
                    collector.absorb(org, other)
                    break
                continue
            # "Expert Review Panel" for the "Trade Center Expert Technical Review Panel": the short
            # form keeps the long one's first word, its last words, or (with two words or more) its head,
            # also where the long name runs on past it ("Fact Finding Mission" for the "Independent
            # Fact-Finding Mission on Myanmar").
            if short[0] != long[0] and long[-len(short):] != short and not (
                    len(short) >= 2 and is_head(short[-1].capitalize())
                    and short[-1] == next((w for w in reversed(long) if is_head(w.capitalize())), None)):
                continue
            collector.absorb(org, other)
            break
