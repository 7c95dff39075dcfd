"""What a pronoun stands for: besides the last fitting name, a subject the article describes but never
names (an unnamed spokeswoman, a relative known by a given name), an office or role tied to a name, and
for "it" the body or document last written as a subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.quote_names import NameIndex, name_core
from transforms.speaker_records import Who
from transforms.speaker_roles import PERSON_ROLES, named_person, role_holder, tie_pattern
from transforms.speaker_text import BRACKETED, is_place_name

__all__ = [
    "UNNAMED_OFFICIAL",
    "UNNAMED_REACH",
    "described_subject",
    "office_subject",
    "thing_subject",
    "unnamed_subject",
]

# An unnamed official as a subject, the verb right after: "A spokeswoman for the university said".
UNNAMED_OFFICIAL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:An?|The)\s+(?:[A-Z][\w.&\u2019'-]*\s+){0,3}(spokes(?:wo)?man|spokesperson)"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w.&\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.&\u2019'-]*)*)?)(?=\s+[a-z])"
)
# An office holder as a sentence's subject: "In a furious response, the first minister said ...".
_OFFICE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Tt]he\s+(?:(?:prime|first|deputy|foreign|home|shadow|vice)\s+)?"
    r"(?:minister|premier|president|chancellor|mayor|governor))(?=\s+(?:[a-z]+ed|said|says|told|wrote)\b)"
)
_OFFICE_WORD = re.compile(r"minister|premier|president|chancellor|mayor|governor")

# A described person as a sentence's subject, the verb right after: "On Friday, the cardinal will ask".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+))"
    r"(?=\s+(?:[a-z]+ed|said|says|told|wrote|will|would|has|had|is|was)\b)"
)
_UNNAMED_GENDER = {"spokeswoman": "f", "spokesman": "m"}
# A relative named by a given name alone, as a subject: "Ann Roe's daughter Jill said".
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[\"\u201d]\s))((?:[A-Z][\w-]*[\u2019']s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|elder|younger|eldest|"
    r"youngest)\s+)?(daughter|son|wife|husband|mother|father|sister|brother|widow|widower))\s+([A-Z][a-z]+)"
    r"(?=\s+[a-z])"
)
_KIN_WORD = re.compile(r" (?:daughter|son|wife|husband|mother|father|sister|brother|widow|widower) [A-Z]")
_KIN_GENDER = dict.fromkeys(("daughter", "wife", "mother", "sister", "widow"), "f") | dict.fromkeys(
    ("son", "husband", "father", "brother", "widower"), "m"
)
UNNAMED_REACH = 600
# A body or document named as a sentence's subject (after any opening clause): "the NIESR report was".
_THING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, ))((?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w.&\u2019'-]*\s+){1,3}"
    r"(?:report|study|survey|statement|company|firm|group|bank|government|department|ministry|agency|committee))"
    r"(?=\s+(?:was|is|has|had|said|says|also|warned|added|predicted|forecast|claimed|found)\b)"
    # or a body whose name ends on what it is: "The American Film Institute (AFI) hailed ..."
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))((?:The\s+)?(?:[A-Z][\w.&\u2019'-]*\s+){0,3}(?:Institute|Association|Council|"
    r"Commission|Foundation|Trust|Society|Union|University|Authority|Organisation|Organization|Federation|"
    r"Agency|Board|Institution|Alliance|Coalition|Centre|Center|Chambers?|Confederation|Fund|Forum|League)"
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


def unnamed_subject(masked: str, lo: int, pos: int, pronoun: str) -> Who | None:
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
        if _KIN_GENDER[kin.group(2).lower()] != want:
            return None
        return Who(kin.group(3), kin.group(3), noun=kin.group(1))
    if not found:
        return None
    gender = _UNNAMED_GENDER.get(found.group(2).lower(), "")
    if gender and gender != want:
        return None
    text = found.group(1)
    return Who(text, text, noun=text)


def described_subject(masked: str, lo: int, pos: int, names: NameIndex, pronoun: str) -> Who | None:
    """ "Ann Roe spoke first. Later the cardinal will ask ... he will say": a person's role as a subject
    after the last person named is who the pronoun means, once the article ties it to a name."""
    found = None
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


def office_subject(masked: str, lo: int, pos: int, names: NameIndex) -> Who | None:
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
    role = " ".join(text.lower().split()[1:])
    for tie in reversed(list(tie_pattern(role).finditer(masked, 0, found.start()))):
        if masked[max(0, tie.start() - 7) : tie.start()].lower() == "shadow ":
            continue  # "shadow chancellor Ann Roe" holds no office yet
        core, _, person = name_core(tie.group(1) or tie.group(2))
        if person and not is_place_name(core):
            return named_person(core, names, pos, noun=text)
    # Untied, the office may well be the person the usual rules find: leave it to them.
    return None


def thing_subject(masked: str, pos: int) -> Who | None:
    """What "it" stands for at a sentence's start: the organisation or document last written as the subject
    of a sentence just before ("the NIESR report was optimistic. It said ...")."""
    found = None
    for m in _THING.finditer(masked, max(0, pos - _THING_REACH), pos):
        found = m
    if not found:
        return None
    text = found.group(1) or BRACKETED.sub("", found.group(2))
    return Who(text, text, group=True)
