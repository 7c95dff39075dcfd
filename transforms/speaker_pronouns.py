"""What a pronoun at an attribution stands for.

"he" and "she" mean the last fitting name unless a subject the name index cannot hold comes between:
an unnamed official ("a spokeswoman for the firm"), a relative known by a given name ("her son Tom"),
an office or role the article ties to a name ("the chancellor"). "it" means the body or document last
written as a subject, "who" the name right before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transforms.quote_names import NameIndex
from transforms.speaker_records import Who
from transforms.speaker_roles import (
    OFFICE_NOUNS,
    PERSON_ROLES,
    named_person,
    role_holder,
    tied_holder,
    written_person,
)
from transforms.speaker_text import BRACKETED, last_name_run

__all__ = ["UNNAMED_GENDER", "UNNAMED_OFFICIAL", "pronoun_speaker"]


def _opening(*after: str) -> str:
    """Where a subject may open: the text's start, after a sentence or a line break, or after `after`."""
    return r"(?:^|(?<=[.!?]\s)|(?<=\n)" + "".join(f"|(?<={a})" for a in after) + ")"


# A subject opens its sentence; some may also follow an opening clause, or a quote ending the sentence.
_SENTENCE_OPEN = _opening()
# A conjunction opening the sentence leaves the subject after it the sentence's own: "But a spokesman said".
_CLAUSE_OPEN = _opening(r",\s") + r"(?:(?:But|And|Yet)\s)?"
# An unnamed official may also open the sentence after a quote that ends one: '"..." A spokesman for ...'.
_OFFICIAL_OPEN = _opening(r",\s", r"[\"\u201d]\s") + r"(?:(?:But|And|Yet)\s)?"

# An unnamed official as a subject, the verb right after: "A spokeswoman for the university said", "On
# Monday, Ann Roe's official spokesman declined".
UNNAMED_OFFICIAL = re.compile(
    _OFFICIAL_OPEN + r"((?:An?|The|(?<=(?:But|And|Yet)\s)(?:an?|the)|"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[\u2019']s)\s+"
    # and a lower-case word naming the body or its kind may stand right before the title: "An executive
    # spokeswoman", "A Labour party spokesman", "An All England club spokesperson"
    r"(?:(?:[A-Z][\w.&\u2019'-]*|official|chief|senior|deputy|press)\s+){0,3}(?:[a-z]+\s+)?"
    r"(spokes(?:wo)?man|spokesperson)"
    # what they speak for, its name maybe of two joined by "and" and its letters after it
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w.&\u2019'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&\u2019'-]*)*"
    r"(?:\s+\([A-Z]{2,6}\))?)?)(?=\s+[a-z])"
)
# The sex an unnamed official's title tells.
UNNAMED_GENDER = {"spokeswoman": "f", "spokesman": "m"}
# How far back an unnamed subject may be when no fitting name comes before the pronoun.
_UNNAMED_REACH = 600

# An office holder as a sentence's subject: "In a furious response, the first minister said ...".
_OFFICES = "|".join(OFFICE_NOUNS)
_OFFICE_SUBJECT = re.compile(
    _CLAUSE_OPEN + r"([Tt]he\s+(?:(?:prime|first|deputy|foreign|home|shadow|vice)\s+)?"
    rf"(?:{_OFFICES}))(?=\s+(?:[a-z]+ed|said|says|told|wrote)\b)"
)
_OFFICE_WORD = re.compile(_OFFICES)

# A described person as a sentence's subject, the verb right after: "On Friday, the cardinal will ask".
_DESCRIBED_SUBJECT = re.compile(
    _CLAUSE_OPEN + r"([Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+))"
    r"(?=\s+(?:[a-z]+ed|said|says|told|wrote|will|would|has|had|is|was)\b)"
)
# The role words that subject must end on, in any case, after the space before them.
_PERSON_ROLE_WORD = re.compile(r"\s(?i:" + "|".join(sorted(PERSON_ROLES, key=len, reverse=True)) + r")\b")

# Relatives a subject may be known by, and the gender each tells: "her son Tom said" is a "he".
_KIN = {
    "daughter": "f", "son": "m", "wife": "f", "husband": "m", "mother": "f", "father": "m",
    "sister": "f", "brother": "m", "widow": "f", "widower": "m",
}  # fmt: skip
_KIN_NOUNS = "|".join(_KIN)
# A relative named by a given name alone, as a subject: "Ann Roe's daughter Jill said"; also right after a
# quote that ends the sentence before.
_KIN_SUBJECT = re.compile(
    _opening(r"[\"\u201d]\s") + r"((?:[A-Z][\w-]*[\u2019']s|[Hh]is|[Hh]er|[Tt]heir)\s+"
    rf"(?:(?:late|elder|younger|eldest|youngest)\s+)?({_KIN_NOUNS}))\s+([A-Z][a-z]+)(?=\s+[a-z])"
)
_KIN_WORD = re.compile(rf" (?:{_KIN_NOUNS}) [A-Z]")

# Documents and bodies written in lower case after their name: "the NIESR report", "its Treasury department".
_THING_NOUNS = "|".join(
    ("report", "study", "survey", "statement", "company", "firm", "group", "bank", "government",
     "department", "ministry", "agency", "committee")
)  # fmt: skip
# Words a body's own name ends on: "The American Film Institute".
_BODY_NAME_ENDS = "|".join(
    ("Institute", "Association", "Council", "Commission", "Foundation", "Trust", "Society", "Union",
     "University", "Authority", "Organisation", "Organization", "Federation", "Agency", "Board",
     "Institution", "Alliance", "Coalition", "Centre", "Center", "Chambers?", "Confederation", "Fund",
     "Forum", "League")
)  # fmt: skip
# A body or document named as a sentence's subject (after any opening clause): "the NIESR report was".
_THING = re.compile(
    _opening(", ", r"[\"\u201d]\s") + r"((?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w.&\u2019'-]*\s+){1,3}"
    rf"(?:{_THING_NOUNS}))"
    r"(?=\s+(?:was|is|has|had|said|says|also|warned|added|predicted|forecast|found|[a-z]+ed)\b)"
    # or a body whose name ends on what it is: "The American Film Institute (AFI) hailed ..."
    r"|" + _SENTENCE_OPEN + r"((?:The\s+)?(?:[A-Z][\w.&\u2019'-]*\s+){0,3}"
    rf"(?:{_BODY_NAME_ENDS})"
    # and what it is of: "The Chamber of Trade and Industry welcomed ..."
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&\u2019'-]*(?:\s+(?:and\s+)?[A-Z][\w&\u2019'-]*){0,2})?(?:\s+\([A-Z]{2,6}\))?)"
    r"(?=\s+(?:also\s+)?(?:was|is|has|had|said|says|[a-z]+ed)\b)"
)
_THING_REACH = 400


@lru_cache(maxsize=2)
def _kin_subjects(masked: str) -> tuple[re.Match[str], ...]:
    """Every relative named as a subject in the article, read once: most articles name none."""
    found: list[re.Match[str]] = []
    # The full pattern is read only near each kin word, which a pattern opening on a space finds fast.
    for word in _KIN_WORD.finditer(masked):
        for m in _KIN_SUBJECT.finditer(masked, max(0, word.start() - 40), word.end() + 30):
            if m.start(2) == word.start() + 1 and (not found or found[-1].start() != m.start()):
                found.append(m)
    return tuple(found)


def _unnamed_subject(masked: str, lo: int, pos: int, names: NameIndex, pronoun: str) -> Who | None:
    """ "A spokeswoman for the firm said ... "...," she said": a person the article describes but never
    names, as the subject after the last named one, is who the pronoun means."""
    found = kin = None
    for m in UNNAMED_OFFICIAL.finditer(masked, lo, pos):
        found = m
    kin_lo = found.end() if found else lo
    for m in _kin_subjects(masked):
        if m.start() >= kin_lo and m.end() <= pos:
            kin = m
    want = "f" if pronoun == "she" else "m"
    if kin:
        # Known only by a given name, so the name index never holds them.
        if _KIN[kin.group(2).lower()] != want:
            return None
        return Who(kin.group(3), kin.group(3), noun=kin.group(1))
    if not found:
        return None
    gender = UNNAMED_GENDER.get(found.group(2).lower(), "")
    if gender and gender != want:
        return None
    text = found.group(1)
    return Who(text, text, noun=text)


def _described_subject(masked: str, lo: int, pos: int, names: NameIndex, pronoun: str) -> Who | None:
    """ "Ann Roe spoke first. Later the cardinal will ask ... he will say": a person's role as a subject
    after the last person named is who the pronoun means, once the article ties it to a name."""
    found = None
    if not _PERSON_ROLE_WORD.search(masked, lo, pos):
        return None  # four stretches in five name no such role: skip the slower scan for a subject
    for m in _DESCRIBED_SUBJECT.finditer(masked, lo, pos):
        found = m
    if not found:
        return None
    if found.group(2).lower() not in PERSON_ROLES:
        return None
    who = role_holder(found.group(1), names, masked, found.start(1))
    mention = names.latest(who.written, pos) if who else None
    if mention and mention.gender and mention.gender != ("f" if pronoun == "she" else "m"):
        return None  # "the first minister said ... He told Ms Roe": the holder found is not who "he" is
    return who


def _office_subject(masked: str, lo: int, pos: int, names: NameIndex, pronoun: str) -> Who | None:
    """ "the chancellor said ... He told ...": an office as the subject after the last person named is who
    the pronoun means, when the article ties a holder to it ("Chancellor Ann Roe")."""
    found = None
    if not _OFFICE_WORD.search(masked, lo, pos):
        return None  # most stretches name no office: skip the slower scan for a sentence's subject
    for m in _OFFICE_SUBJECT.finditer(masked, lo, pos):
        found = m
    if not found:
        return None
    text = found.group(1)
    core = tied_holder(" ".join(text.lower().split()[1:]), masked, found.start(), office=True)
    if core:
        return named_person(core, names, pos, noun=text)
    # Untied, the office may well be the person the usual rules find: leave it to them.
    return None


def _thing_subject(pronoun: str, pos: int, names: NameIndex, masked: str, previous: str | None) -> Who | None:
    """What "it" stands for at a sentence's start: the organisation or document last written as the subject
    of a sentence just before ("the NIESR report was optimistic. It said ...")."""
    found = None
    for m in _THING.finditer(masked, max(0, pos - _THING_REACH), pos):
        found = m
    if not found:
        return None
    text = found.group(1) or BRACKETED.sub("", found.group(2))
    return Who(text, text, group=True)


def _relative_antecedent(
    pronoun: str, pos: int, names: NameIndex, masked: str, previous: str | None
) -> Who | None:
    """ "..., said Ann Roe, who ...": the name right before the relative pronoun."""
    prior = masked[:pos].rstrip(" ,")
    run = last_name_run(prior, max(0, len(prior) - 80))
    if run and not prior[run.end() :].strip():
        return written_person(run.group(), names, pos)
    return None


# Subjects that may come between the last fitting name and "he"/"she" and take the pronoun from it, in the
# order they are tried: none of them is a name the index holds.
_SUBJECTS_BETWEEN: tuple[Callable[[str, int, int, NameIndex, str], Who | None], ...] = (
    _unnamed_subject,
    _office_subject,
    _described_subject,
)


def _personal_antecedent(
    pronoun: str, pos: int, names: NameIndex, masked: str, previous: str | None
) -> Who | None:
    """The person "he" or "she" means: a subject between, else the last fitting name (`previous`, the last
    speaker, may keep the voice)."""
    mention = names.antecedent(pos, pronoun, previous)
    lo = mention.pos if mention else max(0, pos - _UNNAMED_REACH)
    for subject in _SUBJECTS_BETWEEN:
        if who := subject(masked, lo, pos, names, pronoun):
            return who
    return Who(mention.form, names.fullest(mention.form, pos)) if mention else None


# The pronouns that stand for someone at an attribution, and how each finds them; the rest ("I", "we",
# "they") name nobody the article can give.
_ANTECEDENTS: dict[str, Callable[[str, int, NameIndex, str, str | None], Who | None]] = {
    "who": _relative_antecedent,
    "he": _personal_antecedent,
    "she": _personal_antecedent,
    "it": _thing_subject,
}


def pronoun_speaker(
    pronoun: str, pos: int, names: NameIndex, masked: str, previous: str | None
) -> Who | None:
    """Who the lower-cased `pronoun` written at `pos` stands for, or None."""
    rule = _ANTECEDENTS.get(pronoun)
    return rule(pronoun, pos, names, masked, previous) if rule else None
