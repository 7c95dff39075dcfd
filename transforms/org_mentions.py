"""The collector's bodies as the article's `OrgMention` records: canonical name, aliases, acronym,
first position and count, and the role of the body that issues what the article reports.
"""

from __future__ import annotations

import re

from transforms.org_acronyms import lone_acronyms
from transforms.org_collector import Collector
from transforms.org_records import Piece
from transforms.orgnames import org_key
from transforms.records import OrgMention, ParsedArticle

__all__ = ["as_mentions"]


def as_mentions(article: ParsedArticle, collector: Collector, body_pieces: list[Piece],
              extra_pieces: list[Piece]) -> list[OrgMention]:
    keys = collector.by_key
    seen: set[int] = set()
    for piece in body_pieces:
        for name in piece.names:
            org = keys.get(name.key) or keys.get(name.loose)
            at = piece.start + name.start
            if org is not None and at not in seen:
                seen.add(at)
                org.mentions += 1
                org.positions.append(at)
    for acronym, start in lone_acronyms(article.body or ""):
        org = keys.get(org_key(acronym))
        if org is not None and start not in seen:
            seen.add(start)
            org.mentions += 1
            org.positions.append(start)
    for piece in extra_pieces:
        for name in piece.names:
            org = keys.get(name.key)
            if org is not None:
                org.mentions += 1
    credit = org_key(article.image_credit or "")
    body = article.body or ""
    out = []
    for org in collector.orgs:
        forms = list(org.forms.values())
        name = org.canonical or max(forms, key=lambda f: (len(f.split()), -forms.index(f)))
        aliases = [f for f in forms if org_key(f) != org_key(name)]
        role = org.role
        if role == "mentioned" and credit and any(org_key(f) in credit for f in forms):
            role = "image_credit"
        if not org.positions:
            found = [at for f in forms if (at := body.find(f)) >= 0]
            org.positions = found[:1] if not found else [min(found)]
        out.append(OrgMention(
            name=name,
            acronym=org.acronym,
            aliases=aliases,
            mentions=max(org.mentions, 1),
            first_char=min(org.positions) if org.positions else -1,
            role=role,
        ))
    _mark_issuer(article, out)
    return out


# Verbs by which a group issues what an article reports: "X calls on", "X (XA) today released".
_ISSUING_VERBS = (
    r"(?:calls?|call(?:ed|ing)|urg(?:es|ed|ing)|demand(?:s|ed)?|releas(?:es|ed)|announc(?:es|ed)|says|said|"
    r"welcom(?:es|ed)|condemn(?:s|ed)|commend(?:s|ed)|fil(?:es|ed)|asks?|asked|issu(?:es|ed)|launch(?:es|ed)|"
    r"applaud(?:s|ed)|denounc(?:es|ed)|critici[sz](?:es|ed)|warn(?:s|ed)|testif(?:ies|ied)|submit(?:s|ted)|"
    r"respond(?:s|ed)|statement|report|letter|comments?|recommend(?:s|ed)|seeks?|sought|sues?|sued|"
    r"praises?|praised|opposes?|opposed|supports?|endorses?|endorsed|expresses|expressed|joins?|joined)"
)
# What follows an issuer's name: an optional "(ACRONYM)" or ", a group that ...,", then the verb.
_AFTER_ISSUER = re.compile(
    r"(?:\s*\([^)]{1,15}\))?(?:,[^.,]{0,80},)?\s+(?:[a-z]+\s+){0,2}?" + _ISSUING_VERBS + r"\b"
)


def _issues_here(form: str, text: str) -> bool:
    """Whether `form` stands in `text` as the subject of an issuing verb."""
    start = text.find(form)
    while start != -1:
        if _AFTER_ISSUER.match(text, start + len(form)):
            return True
        start = text.find(form, start + 1)
    return False


def _mark_issuer(article: ParsedArticle, orgs: list[OrgMention]) -> None:
    """The group that issued what the article reports: the subject of an issuing verb up front.

    "AALDEF calls on the city to ..." in a headline or opening names its issuer;
    an organisation merely named early ("a clash with NATO") does not, and an
    article about an unnamed coalition of members has no issuing organisation.
    """
    opening = " ".join(filter(None, [article.headline, (article.body or "")[:600]]))
    contenders = [o for o in orgs if o.role == "mentioned"
                  and any(_issues_here(form, opening) for form in [o.name, *o.aliases] if form)]
    if contenders:
        max(contenders, key=lambda o: o.mentions).role = "issuer"
