"""Reading the speaker phrase beside a cue: the noun phrase that ends the words before it, the one right
after an inverted cue, and the subject that opens a sentence.

These return the phrase as written with its appositive and position; who it stands for is left to
`speaker_resolve`.
"""

from __future__ import annotations

import re

from transforms.quote_names import RUN, name_core
from transforms.quote_words import DETERMINERS, INTRO_WORDS, ORG_WORDS, PRONOUNS
from transforms.speaker_pronouns import UNNAMED_OFFICIAL
from transforms.speaker_records import Phrase
from transforms.speaker_roles import ROLE_HEADS
from transforms.speaker_text import (
    ADDRESS_TITLES,
    BRACKETED,
    MASK,
    NAME_ABBREVIATIONS,
    WORD,
    drop_lead_words,
    ends_with_name,
    first_word,
    is_place_name,
    last_name_run,
    segments,
    split_bracket,
    strip_adverbs,
)

__all__ = ["np_after", "np_before", "participle_subject", "subject_of"]

# A title's or an initial's full stop inside a name: "said Sen. Ann Roe", "said Ann B. Roe".
_ABBREV_DOT = r"(?:\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")\.|\b[A-Z]\.)"
# Words that end the speaker's noun phrase after an inverted cue and open its setting: a preposition or a
# word of time ("said Ann Roe in Leeds", "said Ann Roe yesterday").
_SETTING_WORDS = "|".join(
    ("in", "on", "at", "during", "after", "before", "when", "while", "via", "from", "for", "to", "about",
     "of", "as", "afterwards", "later", "earlier", "yesterday", "today", "tonight", "recently", "last",
     "this", "ahead", "following", "despite", "because", "amid", "with", "since", "upon", "outside", "inside")
)  # fmt: skip
_NP_AFTER = re.compile(
    r"^\s*((?:" + _ABBREV_DOT + r"|[^,.;:!?()" + MASK + r"\u2014\u2013])+?)"
    # A relative pronoun ends it too, with or without a comma: "said Ann Roe who runs the firm".
    rf"(?=\s+(?:{_SETTING_WORDS}|who|whose|which)\b|[,.;:!?(\u2014\u2013]|$)"
)


_SETTING_SET = frozenset(_SETTING_WORDS.split("|"))
# Head words of a body's name or of a title that its name goes on after "of"/"for": "the Department for
# Transport", "the Royal College of Physicians", "Chancellor of the Exchequer".
_BODY_HEADS = ORG_WORDS | frozenset(
    {"department", "ministry", "office", "college", "bank", "secretary", "director", "chancellor", "chairman",
     "chairwoman", "governor", "president", "minister", "commissioner", "head", "editor", "professor"}
)  # fmt: skip
_BODY_TAIL = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\u2019'&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*(?:[A-Z]\.|[A-Z][\w\u2019'&-]*))*"
)


# A time opening the words before a cue, ahead of their subject: "this year", "last week", "on Monday".
_TIME_LEAD = re.compile(
    r"(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat)\s+(?:year|week|month|morning|afternoon|evening|weekend|spring|"
    r"summer|autumn|winter|[A-Z][a-z]+day)|[Oo]n\s+[A-Z][a-z]+day|[Ii]n\s+(?:19|20)\d\d)\s+(?=[a-zA-Z])"
)


def _not_after(words: tuple[str, ...]) -> str:
    """Lookbehinds that no word of `words` ends right before; each must be one width, so they go by length."""
    widths = sorted({len(w) for w in words})
    return "".join(r"(?<!\b(?:" + "|".join(w for w in words if len(w) == n) + "))" for n in widths)


# The end of the appositive after an inverted name: a sentence's end, not a title's stop ("the aide to
# Sen. Lee").
_SENTENCE_END = re.compile(r"(?<![A-Z])" + _not_after(ADDRESS_TITLES) + r"[.!?](?:\s|$)")

# Words no noun phrase ends in: a phrase ending so was cut from the middle of a clause ("the car and").
_DANGLING = frozenset(
    ("and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "about",
     "as", "than", "the", "a", "an", "that")
)  # fmt: skip

# A subject described by a participle phrase: "Protesters marching through the streets", "Residents living
# near the site" - the words before the participle are the subject.
_PARTICIPLE_AFTER = re.compile(
    r"((?:[A-Za-z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)\s+[a-z]{2,}ing\s+"
    r"(?:in|on|at|near|outside|inside|through|along|around|across|from|for|with|by|into|next|behind|under|"
    r"over|above|below|beside|beyond|the|a|an|their|his|her|its|our)\s"
)

_VERB_NEXT = re.compile(r" [a-z]+\b")

_TRAILING_PUNCT = re.compile(r"[\s,;:\u2014\u2013-]+$")

# A body opening its sentence before a past-tense verb: "The union welcomed", "Telecom analysts Ovum
# (OV) also backed" - a determiner and a noun or two, or words ending in a capitalised name.
_GROUP_SUBJECT = re.compile(
    r"((?:the|The|A|An) (?:(?!(?:has|have|had)\b)[A-Za-z-]+ ){0,2}?"
    r"(?!(?:also|has|have|had|was|were)\b)[a-z-]+"
    r"|(?:[A-Za-z][\w&-]* ){0,3}(?:\([A-Z]{2,6}\) )?[A-Z][\w.&\u2019'-]*[\w&]"
    r"(?: (?:magazine|newspaper|website|paper|union|group|party|council|firm|company|agency|charity))?)"
    r" (?:also |has |have |had )?(?:already )?(?:[a-z]+ed|was|were)\b"
)
# The same in the present tense, after a determiner only and with a verb a document or body writes
# ("The poster shows ... and says"): a plural noun ("gave a thumbs-up") ends in "s" too.
_PRESENT_GROUP_SUBJECT = re.compile(
    r"((?:the|The|A|An) (?:[A-Za-z-]+ ){0,2}?[a-z-]+) (?:also )?(?:says|shows|claims|states|reads|adds|warns"
    r"|argues|insists|suggests|notes|concludes|describes|calls|urges|features|depicts|employs|ends)\b"
)
_RELATIVES = frozenset({"which", "where", "when", "whose"})
# A relative clause inside the words before a cue, its own subject after it: "the bill which critics".
_RELATIVE_SUBJECT = re.compile(r".*\bwhich\s+")

# The rest of a role's phrase up to a comma, then a name closing the clause.
_ROLE_THEN_NAME = re.compile(
    r"[^.;:!?()" + MASK + r"]{0,80}?,\s+(" + RUN.pattern + r")(?=\s*(?:[,.;:!?(\u2014\u2013]|$))"
)

# Where a named person comes from, closing the phrase: "of Ohio", "from Leeds United", "of the Office of
# Fair Trading", "from the agency's Office of Drug Safety". Searched leftmost, so the whole body's name
# (small joining words and all) goes with the role rather than ending the speaker's name.
_CAP_WORDS = r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*"
_OF_PLACE = re.compile(
    rf"\s+((?:of|from)\s+(?:the\s+)?(?:[\w.-]+[\u2019']s\s+)?{_CAP_WORDS}"
    rf"(?:\s+(?:of|for|and|on|&)\s+(?:the\s+)?{_CAP_WORDS})*)\s*$"
)
_POST_NAME = re.compile(
    r"\s*(\([^()]{1,40}\)|of\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)"
)


def _participle_piece(text: str) -> bool:
    """A clause opening on a participle ("Wearing a red coat by Ann Roe,") describes the subject after it."""
    words = text.split()
    return (
        len(words) >= 2 and len(words[0]) > 5 and words[0].lower().endswith("ing") and words[1][:1].islower()
    )


# A preposition and "the" right before a capital: the word is what a title is of or for, not a person.
_OBJECT_OF_TITLE = re.compile(r"\b(?:of|for|to|on|in|at|with)\s+the\s+$")


def _person_seg(text: str) -> bool:
    m = last_name_run(text)
    if not m or text[m.end() :].strip():
        return False
    core, _, person = name_core(m.group())
    if person and " " not in core and _OBJECT_OF_TITLE.search(text, 0, m.start()):
        return False  # "Secretary of State for the Family": one capital after "for the" names a thing
    return person and not is_place_name(core)


def _ends_with_person(text: str) -> bool:
    """Whether `text` closes on a person's name: "Ann Roe" does, "The Bank" (of England) does not."""
    if not ends_with_name(text):
        return False
    core, _, person = name_core(last_name_run(text).group())
    return person and not is_place_name(core)


def _subject_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10:
        return False
    first = words[0].lower()
    if first in INTRO_WORDS:
        return False
    if first in DETERMINERS or first.endswith(("\u2019s", "'s", "s\u2019", "s'")):
        return True
    return ends_with_name(text)


def _trailing_np(text: str) -> tuple[int, str]:
    """The noun phrase that ends `text`: a capitalised run with what modifies it, or a short `the ...`."""
    offset, rest = drop_lead_words(text)
    if not rest:
        return 0, ""
    if (when := _TIME_LEAD.match(rest)) and when.end() < len(rest):
        # "Earlier this year the Royal College of Physicians said": the time goes with the sentence.
        offset, rest = offset + when.end(), rest[when.end() :]
    if len(rest.split()) <= 8 and _subject_like(rest):
        return offset, rest.strip()
    last_run = last_name_run(text)
    if last_run and not text[last_run.end() :].strip():
        return last_run.start(), last_run.group()
    if (described := _PARTICIPLE_AFTER.match(rest)) and _participle_head(described.group(1)):
        return offset, described.group(1)
    words = list(WORD.finditer(text))
    for w in reversed(words[-5:]):
        if w.group().lower() in DETERMINERS:
            return w.start(), text[w.start() :].strip()
    return words[-1].start(), words[-1].group()


def np_before(text: str, base: int) -> Phrase | None:
    """The speaker phrase that ends `text` (the text right before a cue verb)."""
    words = strip_adverbs(list(WORD.finditer(text)))
    if not words:
        return None
    last = words[-1]
    if last.group().lower() in PRONOUNS:
        return Phrase(last.group(), "", base + last.start())
    clause = text[: last.end()]
    clause_start = clause.rfind(MASK) + 1
    segs = [(a + clause_start, b + clause_start) for a, b in segments(clause[clause_start:])]
    if not segs:
        return None
    pieces = [clause[a:b] for a, b in segs]
    i = 0
    # Scene-setting clauses come first ("In a speech in Leeds, Ohio, he said"): skip them.
    while i < len(segs) - 1 and (
        first_word(pieces[i]) in INTRO_WORDS
        or _participle_piece(pieces[i])
        or (i and len(pieces[i].split()) == 1 and first_word(pieces[i - 1]) in INTRO_WORDS)
        # "Looking ahead to May, which is close, Ann Roe said"
        or (i and first_word(pieces[i]) in _RELATIVES)
    ):
        i += 1
    # A role before the name it belongs to: "Greens' spokesperson, Sen. Sarah Hanson-Young".
    if (
        i + 1 < len(segs)
        and not _person_seg(pieces[i])
        and _person_seg(pieces[i + 1])
        and len(pieces[i + 1].split()) <= 6
    ):
        i += 1
    a, b = segs[i]
    head, bracket = split_bracket(pieces[i])
    if not _subject_like(drop_lead_words(head)[1]) and i < len(segs) - 1:
        j = len(segs) - 1
        if j > i and first_word(pieces[j]) == "who":
            j -= 1  # "said the man, who later fled, claimed": the clause only says which man
        a, b = segs[j]
        last, bracket = split_bracket(pieces[j])
        offset, np = _trailing_np(last)
        return Phrase(np, "", base + a + offset, bracket) if np and not _dangles(np) else None
    appositive = clause[b:].strip(" ,")
    place = _OF_PLACE.search(head)
    if place and _ends_with_person(head[: place.start()]):
        # "Rep. Ann Roe of Ohio": the place goes with the role, not the name.
        appositive = f"{place.group(1)}, {appositive}".strip(" ,")
        head = head[: place.start()]
    offset, np = _trailing_np(head)
    if not np or _dangles(np):
        return None
    if (relative := _RELATIVE_SUBJECT.search(np)) and 0 < len(np[relative.end() :].split()) <= 2:
        # "a bill which critics claim ...": the relative clause's own short subject is who says it.
        offset += relative.end()
        np = np[relative.end() :]
    return Phrase(np, appositive, base + a + offset, bracket)


def _participle_head(head: str) -> bool:
    """Is `head` a subject a participle phrase may describe: capitalised or led by a determiner, ending on
    a noun-like word ("Protesters", "Some residents"), not itself a participle or a function word?"""
    words = head.split()
    first, last = words[0], words[-1].lower()
    return (
        (first[:1].isupper() or first.lower() in DETERMINERS)
        and first.lower() not in INTRO_WORDS  # "Despite receiving an email", "In a statement announcing"
        and last not in _DANGLING
        and last not in DETERMINERS
        and not any(w.endswith("ing") for w in words)
    )


def _dangles(np: str) -> bool:
    return np.rsplit(None, 1)[-1].lower() in _DANGLING


def _body_name_end(text: str, np: str, end: int) -> int:
    """Where a phrase ending on a body's head word or a title runs on to when its name goes on with
    "of"/"for" ("said the Bank of Japan chief Ann Roe", "said Chancellor of the Exchequer Ann Roe"): `end`
    when it does not."""
    head = np.rsplit(None, 1)[-1]
    if not head[:1].isupper() or head.lower() not in _BODY_HEADS:
        return end
    body = _BODY_TAIL.match(text, end)
    if not body:
        return end
    more = _NP_AFTER.match(text[body.end() :])
    if more and more.group(1).split()[0].lower() not in _SETTING_SET:
        return body.end() + more.end(1)
    return body.end()


def np_after(text: str, base: int) -> Phrase | None:
    """The speaker phrase right after an inverted cue: `said Mr Howard, who ...`."""
    m = _NP_AFTER.match(text)
    if not m:
        return None
    end = m.end(1)
    if " of " in text or " for " in text:
        end = _body_name_end(text, m.group(1).rstrip(), end)
    np = text[m.start(1) : end].strip()
    words = np.split()
    if not words or len(words) > 10:
        return None
    first = words[0].lower()
    if not (first in DETERMINERS or first in PRONOUNS or any(w[0].isupper() for w in words)):
        return None
    rest = text[end:]
    named = _name_after_role(np, rest, base + m.end(1))
    if named:
        return named
    appositive = ""
    post = _POST_NAME.match(rest)
    if post and len(words) >= 2:
        # "Rep. Ann Roe (D-Ohio)" or "Rep. Ann Roe of Ohio": the tag and place go with the attribution.
        rest = rest[post.end() :]
    if rest.startswith(","):
        appositive = rest[1:].split(MASK)[0]
        appositive = _SENTENCE_END.split(appositive)[0]
        appositive = _TRAILING_PUNCT.sub("", appositive).strip()
    if post and len(words) >= 2:
        appositive = f"{post.group(1)}, {appositive}".strip(" ,")
    return Phrase(np, appositive, base + m.start(1))


def _name_after_role(np: str, rest: str, base: int) -> Phrase | None:
    """`said Greens spokesperson for health, Senator Ann Roe`: a role first, the name after a comma."""
    words = np.split()
    # Any common noun may head the role ("EEF chief economist, Ann Roe"): the name after the comma decides.
    head = words[-1]
    common = len(words) >= 2 and head.isalpha() and head.islower() and words[0].lower() not in PRONOUNS
    if not common and (words[-1].lower() not in ROLE_HEADS or name_core(np)[2]):
        return None
    m = _ROLE_THEN_NAME.match(rest)
    if not m:
        return None
    core, _, person = name_core(m.group(1))
    if not person or is_place_name(core):
        return None
    return Phrase(m.group(1), f"{np}{rest[: m.start(1)]}".strip(" ,"), base + m.start(1))


def _leads_in(text: str, segs: list[tuple[int, int]], i: int) -> bool:
    """Does segment `i` only lead in to the subject: an opening word's clause, or a participle's ("Wearing a
    red coat,") unless a participle opens the next one too ("Groening praised it, saying": a name on -ing)."""
    piece = text[segs[i][0] : segs[i][1]]
    if first_word(piece) in INTRO_WORDS:
        return True
    return _participle_piece(piece) and not first_word(text[segs[i + 1][0] : segs[i + 1][1]]).endswith("ing")


def subject_of(sentence: str, base: int) -> Phrase | None:
    """The subject that opens a sentence, for cues like `..., saying: "..."`."""
    text = sentence.split(MASK)[0]
    segs = segments(text)
    i = 0
    while i < len(segs) - 1 and _leads_in(text, segs, i):
        i += 1
    if not segs:
        return None
    a, b = segs[i]
    piece = text[a:b]
    first = WORD.search(piece)
    if first and first.group().lower() in PRONOUNS:
        return Phrase(first.group(), "", base + a + first.start())
    if official := UNNAMED_OFFICIAL.match(piece):
        return Phrase(official.group(1), "", base + a + official.start(1))
    offset, rest = drop_lead_words(piece)
    group = _GROUP_SUBJECT.match(rest) or _PRESENT_GROUP_SUBJECT.match(rest)
    found = _named_subject(piece, 0, offset, group)
    if found:
        return Phrase(found[0], "", base + a + found[1], surname=found[2])
    if group:
        # "Telecom analysts Ovum welcomed the move, saying ...", "The union backed it, saying ...".
        return Phrase(BRACKETED.sub("", group.group(1)), "", base + a + offset)
    if offset and (found := _named_subject(piece, offset, offset, None)):
        # "But Dunne is keen to move on and said": the run "But Dunne" hid a bare surname.
        return Phrase(found[0], "", base + a + found[1], surname=found[2])
    return None


def _named_subject(
    piece: str, start: int, offset: int, group: re.Match[str] | None
) -> tuple[str, int, bool] | None:
    """A name opening the piece as its subject, read from `start` (`offset`: where the lead words end):
    its text, where it starts and whether it is a bare surname."""
    for run in RUN.finditer(piece, start):
        if run.start() > 60:
            break
        if run.group().endswith(("'s", "\u2019s")):
            continue  # "Ann Roe's father, Tom, said": the name only says whose
        core, gender, person = name_core(run.group())
        if person and (len(core.split()) >= 2 or gender):
            return piece[offset : run.end()], offset, False
        verb = _VERB_NEXT.match(piece, run.end())
        # "Ireland coach Ann Roe wants": a role noun after the word, so the name comes later.
        opens = run.start() == offset
        if person and opens and verb and verb.group()[1:] not in ROLE_HEADS:
            if group and group.end(1) > run.end() - offset:
                return None  # "Telecom analysts Ovum welcomed": the capital word only qualifies the subject
            # "Roe paid tribute to Lee, saying": a bare surname as the subject, its verb right after.
            return run.group(), run.start(), True
    return None


def participle_subject(pre: str, base: int) -> Phrase | None:
    """A person named right before a participle cue, with no comma between, is its own subject:
    `footage of Ann Roe saying "..."`, `with Roe adding: "..."`."""
    tail = pre[-60:]
    run = last_name_run(tail)
    if not run or tail[run.end() :].strip() or not pre[: len(pre) - len(tail) + run.start()].strip():
        return None  # nothing before the name: it opens the sentence, which subject_of reads
    core, _, person = name_core(run.group())
    if not person or is_place_name(core):
        return None
    # A lone surname is a person only if named in full before ("footage of Roe saying").
    return Phrase(run.group(), "", base + len(pre) - len(tail) + run.start(), surname=" " not in core)
