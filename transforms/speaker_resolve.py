"""From a phrase read at an attribution to the speaker it names: pronouns and role nouns resolved, groups
and documents kept as written, and the appositive cut to the role it gives."""

from __future__ import annotations

import re

from transforms.quote_names import RUN, NameIndex, name_core
from transforms.quote_words import DETERMINERS, HONORIFICS, INTRO_WORDS, ORG_WORDS, PRONOUNS, STOP_CAPS
from transforms.speaker_pronouns import pronoun_speaker
from transforms.speaker_records import Phrase, Who
from transforms.speaker_roles import (
    OWNERS,
    ROLE_HEADS,
    described_person,
    owned_role,
    role_holder,
    written_person,
)
from transforms.speaker_text import HAS_WORD, NEGATION, segments

__all__ = ["compose", "resolve"]

_BRACKET = re.compile(r"\s*(\([^()]{1,40}\))")

# Words that open a clause rather than a noun phrase naming a role.
_NOT_ROLE = frozenset({"which", "where", "when", "said", "says", "told", "and", "but", "then", "also"})

# A role noun phrase, then the words qualifying it: "the director behind Ran", "the coach of the Lions".
_QUALIFIED = re.compile(
    r"((?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:behind|of|at|for|from)\s+\S"
)

# What a body or post is of or for: "of the Audit Committee", "for Transport".
_OF_WHAT = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|of|for|and|the|&))*"

# "The Bank of England", "University of Leeds": a body's head word, then what it is of or for. The
# capitalised run after "of" is no person's name, however much it looks like one ("England").
_BODY_OF = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.\u2019'-]*\s+)*([A-Z][\w\u2019'-]*)" + _OF_WHAT)

# A post of a named body, up to two capitalised words before it: "Director of Public Prosecutions".
_TITLE_OF = (
    r"(?:[A-Z][\w-]*\s+){0,2}(?i:director|secretary|chairman|chairwoman|chair|president|head|governor|"
    r"minister|leader|commissioner|editor|mayor|chancellor|professor|chief executive|general secretary)"
)
# That post written as a title with no name: "Director of Public Prosecutions", "Chairman of the Audit
# Committee". Its holder may follow in apposition.
_TITLE_OF_BODY = re.compile(_TITLE_OF + _OF_WHAT)

# The same title with its holder's name run on after the body's ("Secretary of Homeland Security Ann Roe",
# "Secretary of State for Health Ann Roe"): which capitalised words are the body's is not written.
_TITLE_OF_BODY_NAME = re.compile(
    r"(?P<lead>" + _TITLE_OF + r"\s+(?:(?:of|for|the|and|[A-Z][\w-]*)\s+)*?(?:of|for)\s+(?:the\s+)?)"
    r"(?P<rest>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){2,})"
)
_INITIAL = re.compile(r"[A-Z]\.?")

# Where the speaker is from, leading an appositive: "of New York", "from the Office of Fair Trading".
_WHERE_FROM = re.compile(r"(?:of|from)\s+(?:the\s+)?[A-Z]")

# "Senator Ann Roe the party's health spokesperson": a role written after the name with no comma.
_APPENDED_ROLE = re.compile(rf"({RUN.pattern})\s+((?:the|a|an)\s+.+)")


def _role_piece(piece: str) -> bool:
    """Does a comma-separated piece describe the speaker ("the party's leader", "who runs a firm", "25")
    rather than set the scene ("in a statement", "speaking on Monday")?"""
    words = piece.split()
    if not words:
        return False
    first = words[0].lower()
    if first in INTRO_WORDS or first in _NOT_ROLE or first.endswith("ing") or first in PRONOUNS - {"who"}:
        return False
    return bool(HAS_WORD.search(first[:1])) or first[:1].isdigit()


def _cut_role(appositive: str) -> tuple[str, str]:
    """The party/state tag and the role noun phrase an appositive gives, clauses and settings left out.

    `(D-S.C.), the assistant leader, in a statement` -> (`(D-S.C.)`, `the assistant leader`).
    """
    bracket = ""
    m = _BRACKET.match(appositive)
    if m:
        bracket, appositive = m.group(1), appositive[m.end() :]
    text = appositive.strip(" ,")
    role: list[str] = []
    for a, b in segments(text):
        piece = text[a:b].strip()
        if not role and _WHERE_FROM.match(piece):
            role.append(piece)  # "of New York", "from the Office of Fair Trading", then maybe the role
            continue
        if not _role_piece(piece):
            break
        role.append(piece)
    return bracket, ", ".join(role)


def _named_in_apposition(phrase: Phrase) -> tuple[Phrase, str]:
    """`the mayor, Joan Ruiz` or `Director of Public Safety, Joan Ruiz QC` names the speaker in the
    appositive: the name, and the role before it."""
    if not phrase.appositive or not (_is_group(phrase.text) or _TITLE_OF_BODY.fullmatch(phrase.text)):
        return phrase, ""
    first = segments(phrase.appositive)[0] if segments(phrase.appositive) else (0, 0)
    piece = phrase.appositive[first[0] : first[1]].strip()
    run = RUN.fullmatch(piece)
    if run and len(piece.split()) <= 4:
        core, _, person = name_core(piece)
        if person and len(core.split()) >= 2:
            named = Phrase(piece, phrase.appositive[first[1] :].strip(" ,"), phrase.pos + len(phrase.text))
            return named, phrase.text.strip(" ,") + ","
    return phrase, ""


def _title_holder(text: str, names: NameIndex, pos: int) -> Who | None:
    """ "Secretary of Homeland Security Ann Roe": after a body's name a person's is its last two words (three
    with an initial between), the words before it the body's."""
    if " of " not in text and " for " not in text:
        return None
    m = _TITLE_OF_BODY_NAME.fullmatch(text)
    if not m:
        return None
    core, _, person = name_core(m.group("rest"))
    tokens = core.split()
    if not person or len(tokens) <= 2 or tokens[0].lower() in HONORIFICS:
        return None
    name = " ".join(tokens[-3:] if _INITIAL.fullmatch(tokens[-2]) else tokens[-2:])
    return Who(name, names.fullest(name, pos), text[: text.rindex(name)].strip())


def _is_group(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:])


def _qualified_role(text: str, names: NameIndex, masked: str, pos: int) -> Who | None:
    """ "the director behind Ran", "the manager of Leeds": a role noun the words after it only qualify
    stands for the person it would alone."""
    m = _QUALIFIED.match(text)
    if not m:
        return None
    head = m.group(1)
    who = role_holder(head, names, masked, pos) or described_person(head, names, pos)
    if who:
        who.noun = text
    return who


def resolve(phrase: Phrase, names: NameIndex, masked: str, previous: str | None = None) -> Who | None:
    phrase, before = _named_in_apposition(phrase)
    text = phrase.text.strip(" ,(")  # "(he once said ...": the bracket opens an aside, not the name
    low = text.lower()
    bracket, role = _cut_role(phrase.appositive)
    bracket = phrase.bracket or bracket
    if low in PRONOUNS:
        return pronoun_speaker(low, phrase.pos, names, masked, previous)
    words = low.split()
    if not words or (len(words) == 1 and (words[0] in STOP_CAPS or NEGATION.search(words[0]))):
        return None  # "when", "didn't": the words before a cue, but nobody
    group = _is_group(text)
    # "the Ofsted chief" is a role noun as much as "the chief executive" is.
    holder = role_holder(text, names, masked, phrase.pos) if group or low.startswith("the ") else None
    if group and not holder and low.split()[0] in OWNERS:
        holder = owned_role(text, names, masked, phrase.pos)
    if holder:
        holder.noun = text
        return holder
    if low.startswith("the ") and (described := described_person(text, names, phrase.pos, previous)):
        return described
    if low.startswith("the ") and (qualified := _qualified_role(text, names, masked, phrase.pos)):
        return qualified
    if group or (words[0] in DETERMINERS and text.split()[-1].islower() and words[-1] not in ROLE_HEADS):
        # A group or a document, whatever names qualify it: "the coalition", "the IMF report".
        return Who(text, text, bracket=bracket, role=role, group=True)
    if (body := _BODY_OF.fullmatch(text)) and body.group(1).lower() in ORG_WORDS:
        return Who(text, text, bracket=bracket, role=role, group=True)
    appended = _APPENDED_ROLE.fullmatch(text)
    if appended and name_core(appended.group(1))[2]:
        text, role = appended.group(1), role or appended.group(2)
    who = _title_holder(text, names, phrase.pos) or written_person(text, names, phrase.pos, before)
    if who and phrase.surname and who.name == text:
        return None  # no one of that surname named in full before: a team, a place, a firm
    if who:
        who.bracket, who.role = bracket, role
    return who


def compose(who: Who) -> str:
    """The speaker as written at the attribution: the name and any party tag, never its description
    (that goes to speaker_role, so one rule serves every corpus)."""
    return f"{who.written} {who.bracket}".strip()
