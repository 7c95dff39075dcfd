"""The forms of organisations an article names, gathered and merged as they are found.

`Collector.add` files a form under its key (and a well-known body's canonical name); `link` ties an
acronym to its long name; `absorb` folds two entries that turned out to be one body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.org_words import BACKED, PLACED, TITLE_OPENERS
from transforms.orgnames import (
    comparison_key,
    head_of,
    is_acronym,
    is_place,
    known_org,
    matches_initials,
    org_key,
    own_possessive,
    strip_possessive,
)

__all__ = ["Collector", "Org"]


@dataclass(slots=True)
class Org:
    forms: dict[str, str] = field(default_factory=dict)  # org_key -> form as written, first seen
    canonical: str | None = None
    acronym: str | None = None
    role: str = "mentioned"
    positions: list[int] = field(default_factory=list)
    mentions: int = 0

    def longest_form(self) -> str:
        """The form with the most words (the first written, of equals)."""
        return max(self.forms.values(), key=lambda f: len(f.split()))


class Collector:
    """Gathers forms of organisations and merges those that name one body."""

    def __init__(self) -> None:
        self.orgs: list[Org] = []
        self.by_key: dict[str, Org] = {}
        self.rejected: set[str] = set()

    def add(self, form: str, *, known: bool = False, role: str | None = None) -> Org | None:
        form = form.strip(" ,;:")
        if not own_possessive(form):
            form = strip_possessive(form)
        first, _, rest = form.partition(" ")
        if first in TITLE_OPENERS and rest[:1].isdigit():
            # "In 2002 S&N and United agreed": a sentence's opening phrase swallowed with the name
            form = rest.partition(" ")[2]
            first, _, rest = form.partition(" ")
        if "-" in first and BACKED.fullmatch(first, first.rindex("-")):
            # "NEC-backed HD-DVD": the backer is the body, when it is a name rather than a place
            backer = first[:first.rindex("-")]
            if not (is_acronym(backer) or known_org(backer)):
                return None
            form, first, rest = backer, backer, ""
        owned = self._owned_part(form) if ("'s " in form or "s' " in form or "’s " in form) else None
        if owned is not None:
            owner, part = owned
            if not owner:  # "the District of Columbia's Court of Appeals": a place's body
                return self.add(part, known=known, role=role)
            found = self.add(owner, known=known_org(owner) is not None)
            if known_org(part) is not None or head_of(part.split()) >= 0:
                return self.add(part, known=known, role=role)
            return found
        placed_key = None
        if rest and (first.endswith(PLACED) or (first.endswith(("'s", "’s")) and is_place(first))):
            # "California-based Wells Fargo", "London's X Company": the first word only places the
            # body, though the text may still find the body by the whole phrase ("... (AMBO)")
            placed_key, form = org_key(form), rest
        key = org_key(form)
        if not key:
            return None
        org = self.by_key.get(key) or self.by_key.get(comparison_key(form))
        entry = known_org(form) if known or not org else None
        if org is None and entry is not None:
            org = self.by_key.get(org_key(entry.canonical))
        if org is None:
            org = Org()
            self.orgs.append(org)
        if entry is not None:
            org.canonical = entry.canonical
            org.acronym = org.acronym or entry.acronym
            self.by_key.setdefault(org_key(entry.canonical), org)
        org.forms.setdefault(key, form)
        self.by_key[key] = org
        self.by_key.setdefault(comparison_key(form), org)
        if is_acronym(form) and " " not in form:
            org.acronym = org.acronym or form
        if role and org.role == "mentioned":
            org.role = role
        if placed_key:
            self.by_key.setdefault(placed_key, org)
        return org

    def _owned_part(self, form: str) -> tuple[str, str] | None:
        """"Toyota's US", "Deutsche Telekom's T-Mobile": a body's possessive inside a stretch ends that
        body's name, and what follows is its part or its product. The owner, when it is a body the
        article names (empty when it is a place), and the part; None when the possessive belongs to
        the name ("Women's Tennis Association", "Information Commissioner's Office")."""
        words = form.split()
        for k in range(len(words) - 1):
            if not words[k].endswith(("'s", "’s", "s'", "s’")) or own_possessive(" ".join(words[:k + 1])):
                continue
            owner = strip_possessive(" ".join(words[:k + 1]))
            if known_org(owner) is not None or org_key(owner) in self.by_key:
                return owner, " ".join(words[k + 1:])
            if is_place(owner) and k > 0:  # a first word's place: the placing rule below has it
                return "", " ".join(words[k + 1:])
            part = " ".join(words[k + 1:])
            plural = k > 0 and words[k].endswith(("s'", "s’"))
            if plural and head_of(part.split()) < 0 and head_of(words[:k + 1]) < 0:
                # "Delta Air Lines' Comair subsidiary": a plural possessive after a name of several words
                # ends that name, unless a head word makes it the name's own ("Transport Workers' Union")
                return owner, part
            return None
        return None

    def link(self, long_form: str, acronym: str) -> None:
        org = self.by_key.get(org_key(long_form))
        if org is None:
            return
        earlier = self.by_key.get(org_key(acronym))
        if earlier is not None and earlier is not org:
            if earlier.canonical and not org.canonical and matches_initials(acronym, long_form):
                # "Environmental Protection Agency (EPA)": the article's own expansion outranks a
                # well-known body that happens to share the letters.
                self.by_key.pop(org_key(earlier.canonical), None)
                earlier.canonical = None
            self.absorb(earlier, org)
        org.acronym = org.acronym or acronym
        org.forms.setdefault(org_key(acronym), acronym)
        self.by_key[org_key(acronym)] = org

    def single_forms(self) -> list[tuple[Org, str]]:
        """Each body found by one form alone and no list of known names, with that form: the bodies a
        later reading of the text may still correct."""
        return [(o, next(iter(o.forms.values()))) for o in self.orgs if not o.canonical and len(o.forms) == 1]

    def drop_lone(self, part: str) -> None:
        """Forget each body known only by a form holding this part: another reading showed the part is
        no name's ("Japan's X", "A and Japan's X" after "companies such as Japan's X")."""
        for org in [o for o in self.orgs if len(o.forms) == 1 and part in next(iter(o.forms.values()))]:
            self.remove(org)

    def remove(self, org: Org) -> None:
        """Forget a body and every form that leads to it."""
        self.orgs.remove(org)
        for key in [k for k, o in self.by_key.items() if o is org]:
            del self.by_key[key]

    def absorb(self, gone: Org, into: Org) -> None:
        """Fold one organisation's forms into another's: they turned out to be one body."""
        for key, form in gone.forms.items():
            into.forms.setdefault(key, form)
        for key, org in list(self.by_key.items()):
            if org is gone:
                self.by_key[key] = into
        into.acronym = into.acronym or gone.acronym
        into.canonical = into.canonical or gone.canonical
        if gone.role != "mentioned" and into.role == "mentioned":
            into.role = gone.role
        if gone in self.orgs:
            self.orgs.remove(gone)
