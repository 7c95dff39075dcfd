"""People an article names, so that "he", "Mr Brown" or "Caddell" can be read as the full name.

Names are runs of capitalised words outside quotes. A run that carries an
organisation word ("Institute", "Party") is an organisation, not a person; a
run after "in", "at", "from" or "to" is more likely a place, so it is never
taken as the person a later pronoun points back to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.orgnames import is_place
from transforms.quote_cues import cue_lemma, is_cue
from transforms.quote_firstnames import given_name_gender
from transforms.quote_words import HONORIFICS, LEAD_WORDS, ORG_WORDS, ROLE_WORDS, STOP_CAPS

__all__ = ["Mention", "NameIndex", "name_core", "name_tokens"]

_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w\u2019'\-]*\.?|Mc[A-Z]\w*)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|la|le|bin|al|el|dos|das|del)"
# The first capital is matched before the look-behind (the same test, one character on) so that the
# run opens with a character class the regex engine can scan for: three times quicker on a body.
_FIRST_CAP = r"[A-Z](?<![\w\u2019'-][A-Z])(?:(?:\.[A-Z])+\.?|[\w\u2019'\-]*\.?|(?<=M)c[A-Z]\w*)"
RUN = re.compile(rf"{_FIRST_CAP}(?:[ ](?:{_PARTICLE}[ ])*{_CAP})*")
_PARTICLE_WORD = re.compile(_PARTICLE)
_OWNER = re.compile(r"(?:[\u2019']s|s[\u2019'])$")
_POSSESSIVE = re.compile(r"[\u2019']s?$")
# What follows a name written as an owner ("Ann Roe's plan"): no subject, so never where a voice was heard.
_OWNER_ENDINGS = ("'s", "\u2019s")
# "in Leeds", "Leeds, Ohio": the run is a place. A comma alone does not say so ('"...", Mr Roe said').
# "According to Ann Roe" names the speaker, and a bracket holds a place or a tag: "(El Paso, TX)".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|(?<![Aa]ccording )to|of|for|near|into|across|outside|and)\s+(?:the\s+)?|\()$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)$")
# The same, a quote (its words masked) ending the sentence before counted too.
_SENTENCE_EDGE = r"(?:^|[.!?:\u00b7][\"'\u201d\u2019]?\s+|\n)"
_OPENS_SENTENCE = re.compile(_SENTENCE_EDGE + "$")
# A sentence's edge, and what may open the next one while a story stays with the same person: a quote, or
# a pronoun that points back to them.
_THREAD_EDGE = re.compile(r"[.!?\u00b7][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c\u00b7])|\n\s*")
_THREAD_GOES_ON = re.compile(r"[\u00b7\"\u201c]|(?:He|She|His|Her)\b")
# How far back a pronoun may look for a person whose gender fits before settling for any person.
_GENDERED_REACH = 1500
_MASK = "\u00b7"  # what stands for quoted words in the masked body
# How close a sentence-opening subject of unknown gender must stand to a pronoun to be what it means.
_OPENER_REACH = 160
# A sentence opener stays close further back while every sentence since opens on a quote or a pronoun: "Ann
# Roe admitted ..., which brings together X, Y and Z. But he ...".
_LONG_SENTENCE_REACH = 400
_STORY_GOES_ON = re.compile(r"[\u00b7\"\u201c]|(?:(?:But|And|Yet)\s+)?(?:[Hh]e|[Ss]he|His|Her)\b")
# A relative clause on people: "..., who ..." after a name marks a person rather than a team or an event.
_WHO_AFTER = re.compile(r",?[ ]+who\b")
# One or two lowercase words between a name and the person it describes: "Leeds United manager Ann Roe".
_QUALIFIER_GAP = re.compile(r"[ ]+(?:[a-z][\w-]*[ ]+){1,2}")
# Up to three capitalised or title words between a sentence's start and the name opening it:
# "British actor Ann Roe, who ..., said".
_TITLED_OPENING = re.compile(_SENTENCE_EDGE + r"((?:[A-Za-z][\w'-]*[ ]+){1,3})$")
# A subject written right before a cue: a pronoun or a capitalised word that does not open the sentence.
_CUE_SUBJECT = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)|(?<![.!?:\u00b7\"\u201d] )(?<=[a-z] )[A-Z][a-z]+)[ ]+$"
)
_NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b")
# The word after a name set off by commas: "her lawyer, Ann Roe, said".
_NEXT_AFTER_COMMA = re.compile(r",[ ]+([a-z]+)\b")
# The subject's own verb, then their possessive: "has stepped up his feud", "thanked her mother".
_OWN_PRONOUN = re.compile(
    r"[ ]+(?:(?:has|had|is|was)[ ]+)?[a-z]+(?:ed|s)(?:[ ]+(?:up|out|off|down|on))?"
    r"[ ]+(his|her)[ ]+(?!to\b|that\b|if\b)[a-z]"
)
# "The director is Ann Roe": a name after a copula is what the sentence is about, as a subject is.
_COPULAS = frozenset({"is", "was", "are", "were"})
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ ]+$")
# A player's place in a ranking, written after "number": a title before the name.
_RANKS = frozenset({"one", "two", "three", "four", "five"})
# Words an event's name ends on ("the European Indoor Championships", "the Davis Cup"): never a person.
_EVENT_WORDS = frozenset(
    {"championships", "championship", "olympics", "games", "cup", "trophy", "prix", "tournament", "festival",
     "awards", "marathon", "open"}
)  # fmt: skip
# A title word, then "of" and a lower-case field, right before a name: "minister of sport ".
_TITLE_OF = re.compile(r"\b([A-Za-z]+)[ ]+of[ ]+(?:the[ ]+)?[a-z]+[ ]+$")
# A passive with its auxiliary just before an agent's "by": "was announced ", "had been told ".
_FULL_PASSIVE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+\s+$")
# A preposition, then a capitalised owner up to its apostrophe: "from England'", "against New Zealand'".
_PREPOSITION_OWNER = re.compile(
    r"\b(?:from|to|with|against|for|of|over|on|about|at|into|past)[ ]+(?:[A-Z][\w-]*[ ]+){0,2}[A-Z][\w-]*"
    r"['\u2019]$"
)
# One or two capitalised words opening a sentence: what may qualify a role before a name ("Labour").
_CAPITAL_LEAD = re.compile(_SENTENCE_EDGE + r"(?:[A-Z][\w'-]*[ ]+){1,2}$")
# Words before a name that leave it the subject: "and Ann Roe said", "Meanwhile Ann Roe".
_SUBJECT_LEADS = LEAD_WORDS | {"and", "or", "but", "nor", "by", "the", "a", "an"}
# "her attorney Ann Roe", "his agent, Ann Roe": someone named only as another's role is spoken about,
# and a later pronoun means the owner rather than them.
_OWNED_ROLE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[ ]+[a-z][\w-]*){1,3},?[ ]+$")
# "Leeds, Ohio" or "Ann Roe, Joe Bloggs and ...": after a comma a run is a place or one of a list, unless a
# verb follows it ("Nichols, Jones repeated") or the word list knows it for a place.
_AFTER_COMMA = re.compile(r"\b[A-Z][a-z]+,\s$")
_VERB_AFTER = re.compile(r"[ ]+(?!(?:and|or|nor|of)\b)[a-z]+\b")
# A full stop after a word of three letters or more ends the sentence, so a run going on past it
# ("... Mai Aung. She added") holds two.
_RUN_SENTENCE_END = re.compile(r"(?<=[a-z]{3}\.) ")
# Lower-case title words a role before a name is made of ("Tory leader", "shadow home secretary"): the
# role words, and the jobs written as a title.
_JOB_TITLES = frozenset(
    {"boss", "skipper", "striker", "singer", "actor", "actress", "author", "writer", "presenter", "producer",
     "star", "campaigner", "frontman", "drummer", "guitarist"}
)  # fmt: skip
_TITLE_WORDS = ROLE_WORDS | _JOB_TITLES | frozenset({"winner", "champion", "expert"})
# Jobs written before a person known by one name ("midfielder Deco", "actor Sylvester"); words that also
# qualify a place or a team ("former", "host") are left out.
_ONE_NAME_TITLES = _JOB_TITLES | frozenset(
    {"midfielder", "defender", "goalkeeper", "winger", "playmaker", "sprinter", "rapper", "novelist",
     "comedian", "batsman", "bowler", "jockey", "golfer", "cyclist", "swimmer", "boxer", "coach", "captain",
     "manager", "artist", "designer"}
)  # fmt: skip
# Words that describe a person written capitalised before their name when they open a sentence ("Singer
# Ann Roe", "Rival Ann Roe", "Goalscorer Ann Roe"): never a first name there. Hyphened ones ("Scrum-half")
# are left out: the object test reads only their last part, and would take the name for an object.
_DESCRIBING_WORDS = (
    _TITLE_WORDS
    | _ONE_NAME_TITLES
    | frozenset(
        {"rival", "goalscorer", "matchwinner", "keeper", "agent", "forward", "veteran", "teenager",
         "youngster", "tycoon", "billionaire", "millionaire", "entrepreneur", "businessman", "businesswoman",
         "musician", "dancer", "photographer", "chef", "architect", "economist", "analyst", "scientist",
         "researcher", "academic", "historian"}
    )
)  # fmt: skip
# Verbs that end like a profession ("economist"): before a name they govern it.
_IST_VERBS = frozenset(
    {"assist", "resist", "insist", "persist", "exist", "enlist", "twist", "list", "consist"}
)
# A name that ends its sentence right before a quote opens: "... did not impress Ann Roe. "...," she said".
# The sentence after opens a quote, or a pronoun's cue a few words in ("At first he said: ...").
_ENDS_BEFORE_QUOTE = re.compile(
    r"[.!?]\s+(?:[\"\u201c\u2018']?\u00b7|(?:[A-Za-z]+ ){0,2}(?:[Hh]e|[Ss]he) ([a-z]+)\b)"
)
# Words opening a clause inside a sentence: a name inside one is no one the sentence turns to.
_SUBORDINATE = re.compile(r"\b(?:that|when|which|because|while|whether|although)\b")
# A capitalised participle opening a sentence ("Praising Ann Roe, she said") is no given name.
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
_ROMAN = frozenset({"II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"})


# Letters written after a person's name: honours, degrees of the bar, seats.
_POSTNOMINALS = frozenset({"MP", "MPs", "MEP", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "JP"})


def name_tokens(run: str) -> list[str]:
    return run.split()


def _acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper() and token not in _ROMAN


def _ends_name_before(token: str, low: str) -> bool:
    """Is `token`, met left of a name, no part of it? A lower-case word (a role: "analyst Ann Roe"),
    an owner ("Acme's Ann Roe") or a sentence's last word ("Leeds. Ann Roe") never is; particles are."""
    if token[0].islower():
        return _PARTICLE_WORD.fullmatch(token) is None
    if _OWNER.search(token):
        return True
    return token.endswith(".") and len(token) > 3 and low[:-1] not in HONORIFICS


@lru_cache(maxsize=8192)
def name_core(run: str) -> tuple[str, str, bool]:
    """The personal name at the end of a capitalised run, its honorific's gender and whether it is a person.

    "Conservative Shadow chancellor Oliver Letwin" gives "Oliver Letwin"; "Mr Brown" keeps
    its honorific ("Mr Brown", "m"); a run naming an organisation comes back whole.
    """
    tokens = name_tokens(_POSSESSIVE.sub("", run) if "'" in run or "\u2019" in run else run)
    if not tokens:
        return run, "", False
    last = tokens[-1]
    if last.endswith(".") and len(last) > 3 and last[:-1].lower() not in HONORIFICS:
        tokens[-1] = last[:-1]  # a full stop ending the sentence, not an abbreviation
    # Letters after a name ("Ann Roe MP", "Ann Roe QC") are no part of it; after a lower-case word they
    # are the noun itself ("the Salford MP").
    while len(tokens) > 2 and tokens[-1] in _POSTNOMINALS and tokens[0][:1].isupper():
        tokens.pop()
    lows = [t.lower() for t in tokens]
    if lows[-1] in ORG_WORDS or lows[-1] in _EVENT_WORDS or all(_acronym(t) for t in tokens):
        return " ".join(tokens), "", False
    # The core is tokens[start:], grown leftwards from the last word.
    end = len(tokens)
    start = end
    gender = ""
    for i in range(end - 1, -1, -1):
        low = lows[i]
        if low in HONORIFICS:
            gender = HONORIFICS[low]
            if gender or end - start == 1:
                start = i
            break
        if low in ROLE_WORDS or low in STOP_CAPS or _acronym(tokens[i]):
            if start < end:
                break
            return " ".join(tokens), "", False
        if start < end and _ends_name_before(tokens[i], low):
            break
        if end - start >= 2 and low in ORG_WORDS:
            break  # "Audit Committee Ann Roe": a body's name, then whoever speaks for it
        if start < end and low in _DESCRIBING_WORDS:
            break  # "Singer Ann Roe said", "Rival Ann Roe": a description opening the sentence
        start = i
        if end - start >= 4:
            break
    if start == end or any(low.strip(".,") in ORG_WORDS for low in lows[start:]):
        return " ".join(tokens), "", False
    return " ".join(tokens[start:]), gender, True


@dataclass(slots=True)
class Mention:
    pos: int
    name: str  # without honorific
    surname: str
    gender: str
    tokens: int
    # May a later "he"/"she" point back to it? None until first asked: whether a place word stands
    # before the run is read then.
    antecedent: bool | None
    form: str = ""  # as written, honorific kept: "Mr Brown"
    # Stands after a verb or preposition, so a pronoun rarely means it; None until first asked, as
    # most articles never ask it of most mentions.
    object: bool | None = None
    run_start: int = 0  # where the capitalised run holding the name begins

    @property
    def end(self) -> int:
        """Where the name as written ends in the body."""
        return self.pos + len(self.form or self.name)


def _title_word(word: str) -> bool:
    return (
        word in _TITLE_WORDS
        or word in _ONE_NAME_TITLES
        or (word.endswith(("ist", "yst")) and word not in _IST_VERBS)  # "chief economist Ann Roe"
    )


def _object_at(masked: str, at: int) -> bool:
    """Does the run at `at` follow a verb or preposition of its sentence ("sent Mr Bush", "told Ms Roe")?"""
    owned = _OWNED_ROLE.search(masked, max(0, at - 48), at)
    if owned:
        # "attacked his party leader, Ann Roe" is an object; "His party leader, Ann Roe, argued" opens
        # the sentence with its subject.
        return owned.group()[0].islower()
    m = _WORD_BEFORE.search(masked, max(0, at - 24), at)
    # "depicted Tory leader Ann Roe": the title before a name is read past to the word that governs both;
    # a capitalised word only belongs to it once a title word has been read ("Tory leader").
    steps = 0
    while m and steps < 4:
        if m.group(1) in _RANKS and masked.endswith("number ", max(0, m.start() - 7), m.start()):
            # "World number one Ann Roe": a ranking is a title, read past to what stands before it
            m = _WORD_BEFORE.search(masked, max(0, m.start() - 24), m.start())
        elif not (_title_word(m.group(1).lower()) or (steps and m.group(1)[:1].isupper())):
            lower = m.group(1).islower()
            office = _TITLE_OF.search(masked, max(0, m.start() - 40), m.end()) if lower else None
            if not office or not _title_word(office.group(1).lower()):
                break
            m = office  # "minister of sport Ann Roe": a title and what it is of stand before her as one title
        steps += 1
        m = _WORD_BEFORE.search(masked, max(0, m.start() - 24), m.start())
    if steps and m and _opening_modifier(masked, m):
        return False  # "Labour election chief Ann Roe denied": the word before the title is part of it
    if m and m.group(1) == "s" and not steps and _owned_after_preposition(masked, m.start()):
        return True  # "kicking from England's Ann Roe": a place or team owns her, a preposition governs both
    if not m or ((steps or m.group(1) == "s") and masked[m.start() - 1 : m.start()] in "'\u2019"):
        return False  # "That's Life host Ann Roe", "the party's leader Ann Roe": a possessive, no verb
    word = m.group(1)
    if word == "by" and not _FULL_PASSIVE.search(masked, max(0, m.start() - 32), m.start()):
        # "the cuts proposed by Ann Roe were": the agent of a thing the sentence talks about, not its subject;
        # after "was announced by Ann Roe" she is the doer a later pronoun may well mean.
        return True
    if not word.islower() or word in _SUBJECT_LEADS or word in ROLE_WORDS or word in _COPULAS:
        return False
    if is_cue(word):
        if _CUE_SUBJECT.search(masked, max(0, m.start() - 24), m.start()):
            return True  # "he said Mr Blair had lost": the cue has its subject, the name opens what was said
        # An inverted cue ("said Mr Roe") leaves its name the subject; these verbs take a person as object,
        # and after a participle the name is part of what the subject says ("suggesting Ann Roe would").
        return cue_lemma(word) in {"tell", "ask", "urge", "question"} or word.endswith("ing")
    return True


def _opening_modifier(masked: str, word: re.Match[str]) -> bool:
    """Is the lower-case word read before a title a noun qualifying it ("election" in "Labour election
    chief"), not a verb governing the name? So it is when only a capitalised word stands between it and
    the sentence's start; a verb there would read as one by its ending ("Labour attacked")."""
    text = word.group(1)
    if not text.islower() or text.endswith(("ed", "ing")) or text in _SUBJECT_LEADS or is_cue(text):
        return False
    lead = _CAPITAL_LEAD.search(masked, max(0, word.start() - 40), word.start())
    return bool(lead)


def _owned_after_preposition(masked: str, at: int) -> bool:
    """Does a capitalised owner end at `at` ("England's", its "s" read at `at`), a preposition before it?"""
    owner = _PREPOSITION_OWNER.search(masked, max(0, at - 40), at)
    return bool(owner)


def _strip_honorific(name: str) -> tuple[str, str]:
    tokens = name.split()
    if len(tokens) > 1 and tokens[0].lower() in HONORIFICS:
        return " ".join(tokens[1:]), HONORIFICS[tokens[0].lower()]
    return name, ""


@dataclass(slots=True, frozen=True)
class _RunName:
    """What a capitalised run tells of the person it names, wherever it stands; the mention reads the rest
    (what comes before it) from the body."""

    offset: int  # of the name's first word in the run
    possessive: bool
    kept: tuple[str, str, str, str, int]  # bare name, form, surname, gender, words
    # The same, its first word dropped, for a run of three or more words (or two, the first a participle)
    # whose first is no given name: at a sentence's start that word is a capitalised verb ("Asked Ann Roe").
    dropped: tuple[str, str, str, str, int] | None


def _pieces(words: list[str], form: str, gender: str) -> tuple[str, str, str, str, int]:
    gender = gender or (given_name_gender(words[0]) if len(words) > 1 else "")
    return " ".join(words), form, words[-1], gender, len(words)


@lru_cache(maxsize=8192)
def _run_name(run: str) -> _RunName | None:
    """The person a run names, or None when it names none."""
    if " " not in run and run.lower() in STOP_CAPS:
        return None
    core, gender, person = name_core(run)
    if not person or is_place(core):
        return None
    bare, honorific_gender = _strip_honorific(core)
    gender = gender or honorific_gender
    words = bare.split()
    dropped = None
    if (len(words) >= 3 or (len(words) == 2 and _GERUND.fullmatch(words[0]))) and not given_name_gender(
        words[0]
    ):
        rest = " ".join(words[1:])
        dropped = _pieces(words[1:], rest, gender)
    offset = max(0, run.rfind(core.split()[0]))
    # "Blair's Cabinet" is no person to point back to; in "Labour's Ann Roe" the owner comes before a
    # full name, which stays a person.
    owner_only = offset > 0 and len(words) > 1 and bool(given_name_gender(words[0]))
    possessive = ("\u2019" in run or "'" in run) and bool(
        (_POSSESSIVE.search(run.split()[0]) and not owner_only) or _POSSESSIVE.search(run)
    )
    return _RunName(offset, possessive, _pieces(words, core, gender), dropped)


class NameIndex:
    """Every person-like name outside quotes, by position, with what their honorifics tell of gender.

    Built lazily: most articles only ask for the fullest form of a speaker's name, which needs the
    mentions of one surname alone, so the whole index is read only when a question spans every person
    (a pronoun's antecedent, the nearest subject)."""

    def __init__(self, masked: str) -> None:
        self._masked = masked
        self._runs: list[tuple[int, str]] | None = None
        self._all: list[Mention] | None = None
        self._positions: list[int] = []
        self._by_surname: dict[str, list[Mention]] = {}

    @property
    def mentions(self) -> list[Mention]:
        if self._all is None:
            self._all = self._read(self._pieces())
            self._positions = [mention.pos for mention in self._all]
        return self._all

    def _pieces(self) -> list[tuple[int, str]]:
        """Each capitalised run outside quotes, cut where a sentence ends inside it, with its offset."""
        if self._runs is None:
            self._runs = []
            for m in RUN.finditer(self._masked):
                run, at = m.group(), m.start()
                if ". " not in run:
                    self._runs.append((at, run))
                    continue
                cuts = [0, *(c.end() for c in _RUN_SENTENCE_END.finditer(run))]
                self._runs.extend(
                    (at + a, run[a:b].rstrip()) for a, b in zip(cuts, [*cuts[1:], len(run)], strict=True)
                )
        return self._runs

    def _named(self, surname: str) -> list[Mention]:
        """The mentions of one surname, in order. What a mention is (its gender above all) depends only
        on the mentions sharing its surname, and a surname is part of the run naming it, so reading the
        runs that hold the word gives the same mentions the whole index holds."""
        found = self._by_surname.get(surname)
        if found is None:
            if self._all is not None:
                found = [mention for mention in self._all if mention.surname == surname]
            else:
                pieces = [(at, piece) for at, piece in self._pieces() if surname in piece]
                found = [mention for mention in self._read(pieces) if mention.surname == surname]
            self._by_surname[surname] = found
        return found

    def _read(self, pieces: list[tuple[int, str]]) -> list[Mention]:
        masked = self._masked
        mentions: list[Mention] = []
        gender_of: dict[str, str] = {}
        for at, piece in pieces:
            named = _run_name(piece)
            if named is not None:
                mentions.append(self._mention(masked, at, named, gender_of))
        full: set[str] = set()
        # Full names that gave their surname a gender: "Keith Roe" says nothing of "Mary Roe".
        gendered_full: dict[str, set[str]] = {}
        for mention in mentions:
            if mention.tokens > 1:
                full.add(mention.surname)
                if mention.gender:
                    gendered_full.setdefault(mention.surname, set()).add(mention.name)
        for mention in mentions:
            if not mention.gender:
                # Relatives share a surname: a full name takes its gender from a short form ("Mr Roe"),
                # never from another full name.
                kin = mention.tokens > 1 and bool(gendered_full.get(mention.surname, set()) - {mention.name})
                if not kin:
                    mention.gender = gender_of.get(mention.surname, "")
            if mention.tokens == 1 and mention.surname not in full and not mention.gender:
                # One word and never a full name is a team or a place, unless a title names it a person
                # known by one name ("Barca midfielder Deco").
                mention.antecedent = self._titled_single(mention) if mention.antecedent is None else False
        return mentions

    def _titled_single(self, mention: Mention) -> bool | None:
        """None (read later, as any name) for a one-word name a title word stands before, else False."""
        m = _WORD_BEFORE.search(self._masked, max(0, mention.run_start - 24), mention.run_start)
        return None if m and m.group(1) in _ONE_NAME_TITLES else False

    @staticmethod
    def _mention(masked: str, at: int, named: _RunName, gender_of: dict[str, str]) -> Mention:
        pieces, pos = named.kept, at + named.offset
        # Read only for a run holding words before the name, as few do.
        office = (named.dropped or named.offset) and _PLACE_BEFORE.search(masked, max(0, at - 12), at)
        if named.dropped and _SENTENCE_START.search(masked, max(0, at - 3), at):
            pieces = named.dropped
        elif named.dropped and named.dropped[3] and office:
            # "Chief Secretary to the Treasury Paul Boateng": the run's first word ends an office's
            # name, and the person begins at the given name after it.
            pieces, pos = named.dropped, masked.index(" ", pos) + 1
        bare, form, surname, gender, tokens = pieces
        if gender:
            gender_of[surname] = gender
        elif tokens > 1 and surname not in gender_of:
            # A given name the list does not know: "Arsene Roe has stepped up his feud" says he is a man.
            own = _OWN_PRONOUN.match(masked, pos + len(form))
            if own:
                gender_of[surname] = "m" if own.group(1) == "his" else "f"
        antecedent = False if named.possessive else None
        # After an office's "of/to/for the", the place word is the office's, not the person's.
        start = pos if office and pos > at and gender and tokens > 1 else at
        return Mention(pos, bare, surname, gender, tokens, antecedent, form, run_start=start)

    def _is_antecedent(self, mention: Mention) -> bool:
        if mention.antecedent is None:
            at = mention.run_start
            lo = max(0, at - 12)
            place = _PLACE_BEFORE.search(self._masked, lo, at)
            if place and mention.gender and place.group().startswith("to"):
                place = None  # "put to Tom Pike": a gendered name is a person, not a destination
            mention.antecedent = not (
                place
                or (_AFTER_COMMA.search(self._masked, lo, at) and self._listed_or_place(mention))
                or self._whose_role(mention)
            )
        return mention.antecedent

    def _whose_role(self, mention: Mention) -> bool:
        """ "the Two Ronnies star said", "the Black Sabbath singer": between "the" and a role word, the
        name only says whose role it is; the person is the role's holder."""
        after = _NEXT_WORD.match(self._masked, mention.end)
        return after is not None and _title_word(after.group(1)) and self.word_before(mention) == "the"

    def _subject(self, mention: Mention) -> bool:
        """A person a pronoun may point back to, named as a subject."""
        return self._is_antecedent(mention) and not self._as_object(mention)

    def _listed_or_place(self, mention: Mention) -> bool:
        end = mention.end
        if is_place(mention.name) or _VERB_AFTER.match(self._masked, end):
            return is_place(mention.name)
        # "Director, Ann Roe, said": a name set off by commas before a verb of saying is that verb's subject.
        cue = _NEXT_AFTER_COMMA.match(self._masked, end)
        return not (cue and is_cue(cue.group(1)) and not cue.group(1).endswith("ing"))

    def _opens_sentence(self, mention: Mention) -> bool:
        at = mention.run_start
        if _OPENS_SENTENCE.search(self._masked, max(0, at - 4), at):
            return True
        titled = _TITLED_OPENING.search(self._masked, max(0, at - 48), at)
        return bool(titled) and all(
            w[:1].isupper() or _title_word(w) for w in titled.group(1).split()
        )

    def _opener(self, mention: Mention, pos: int) -> bool:
        """A person opening a sentence close before `pos`, who may be a pronoun's antecedent."""
        # Quoted words between them (masked) do not set the two apart.
        gap = pos - mention.pos - self._masked.count(_MASK, mention.pos, pos)
        return (
            (gap <= _OPENER_REACH
             or (gap <= _LONG_SENTENCE_REACH and self._sentences_open_on(_STORY_GOES_ON, mention.end, pos)))
            and self._opens_sentence(mention)
            and self._is_antecedent(mention)
            and not self._as_object(mention)
        )

    def _sentences_open_on(self, opener: re.Pattern[str], lo: int, hi: int) -> bool:
        """Does every sentence starting between `lo` and `hi` open on what `opener` matches (a quote, a
        pronoun): does the story go on with the same person?"""
        edges = _THREAD_EDGE.finditer(self._masked, lo, hi)
        return all(opener.match(self._masked, edge.end()) for edge in edges)

    def _introduces_quote(self, mention: Mention) -> bool:
        """Named last in a sentence before a quote whose subject is no person ("Her plan did not
        impress Ann Roe."), as the one it turns to: the quote is theirs."""
        end = mention.end
        ends = _ENDS_BEFORE_QUOTE.match(self._masked, end)
        if not ends or (ends.group(1) and not is_cue(ends.group(1))):
            return False
        lo = max(self._masked.rfind(stop, 0, mention.pos) for stop in (". ", "? ", "! ", "\n"))
        if _SUBORDINATE.search(self._masked, lo, mention.pos):
            return False  # "a court ruled that nurses could stop care for Ann Roe.": deep in a clause
        mentions = self.mentions
        first = bisect.bisect_right(self._positions, lo)
        last = bisect.bisect_left(self._positions, mention.pos)
        return not any(self._subject(mentions[j]) for j in range(first, last))

    def _as_object(self, mention: Mention) -> bool:
        if mention.object is None:
            end = mention.end
            verb = _NEXT_WORD.match(self._masked, end)
            if verb is None and self._masked[mention.run_start - 2 : mention.run_start] == ", ":
                verb = _NEXT_AFTER_COMMA.match(self._masked, end)
            # "..., Ann Roe said", "her lawyer, Ann Roe, said": whatever stands before her, a name its cue
            # follows is that cue's subject.
            said = verb is not None and is_cue(verb.group(1)) and not verb.group(1).endswith("ing")
            mention.object = not said and _object_at(self._masked, mention.pos)
        return mention.object

    def _qualifies(self, mention: Mention, person: Mention) -> bool:
        """Does `mention` only qualify the name right after it ("Leeds United manager Ann Roe")?"""
        if person is mention:
            return False
        between = self._masked[mention.end : person.run_start]
        return bool(_QUALIFIER_GAP.fullmatch(between)) and all(_title_word(w) for w in between.split())

    def antecedent(self, pos: int, pronoun: str, speaker: str | None = None) -> Mention | None:
        """The person before `pos` that `pronoun` can stand for.

        The speaker of the quote before, when named lately and of a fitting gender, wins: a
        "he said" after a quote goes on with the same voice, unless another person of that
        gender has since been named as a subject. Otherwise the most recent subject whose gender
        is known and fits, before one of unknown gender, before a person named only as an object.
        """
        want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun.lower(), "")
        mentions = self.mentions
        i = bisect.bisect_left(self._positions, pos)
        surname = speaker.split()[-1] if speaker else None
        if surname:
            for j in range(i - 1, -1, -1):
                mention = mentions[j]
                if pos - mention.pos > _GENDERED_REACH:
                    break
                if mention.surname == surname:
                    if self._as_object(mention) or self._masked.startswith(_OWNER_ENDINGS, mention.end):
                        # "Ann Roe accused Mr Lee", "praised Mr Lee's work": named as an object or an owner,
                        # he has not the voice there
                        continue
                    # A gender the pronoun rules out ends the voice; one never learnt does not.
                    if not mention.gender or mention.gender == want or not want:
                        return mention
                    break
                if (
                    want
                    and mention.gender == want
                    and (self._subject(mention) or self._introduces_quote(mention))
                ):
                    break
                if not mention.gender and self._opener(mention, pos):
                    break  # someone of unknown gender opening a sentence just before is who is meant
        fallback: Mention | None = None
        as_object: Mention | None = None
        near_object: Mention | None = None
        while i > 0:
            i -= 1
            mention = mentions[i]
            if not self._is_antecedent(mention):
                continue
            if mention.gender:
                if not want or mention.gender == want:
                    if not self._as_object(mention) or self._introduces_quote(mention):
                        return mention
                    as_object = as_object or mention
            elif fallback is None and self._as_object(mention):
                # Named only as an object and of unknown gender, but as a person ("who"): taken when nobody
                # else fits, and only close by ("cheered on star Ann Roe, who waved. He said ...").
                if pos - mention.pos <= _OPENER_REACH and _WHO_AFTER.match(self._masked, mention.end):
                    near_object = near_object or mention
            else:
                fallback = fallback or mention
                if self._opener(mention, pos):
                    # "Mendes could not believe it. He said: ..." names the one he means just before,
                    # however well an earlier speaker's gender is known.
                    after = mentions[i + 1] if i + 1 < len(mentions) else None
                    return after if after and self._qualifies(mention, after) else mention
            if pos - mention.pos > _GENDERED_REACH:
                break
        if near_object and (not fallback or pos - fallback.pos > _OPENER_REACH):
            fallback = near_object  # the one named just before beats a subject named long ago
        return as_object or fallback

    def latest(self, name: str, pos: int) -> Mention | None:
        """The last mention before `pos` of the person `name` names, to quote it as last written."""
        surname = _strip_honorific(name)[0].split()[-1]
        found = None
        for mention in self._named(surname):
            if mention.pos >= pos:
                break
            found = mention
        return found

    def nearest(self, pos: int, reach: int, gender: str = "") -> Mention | None:
        """The closest person named as a subject before `pos`, no further back than `reach`, whose
        gender (when both are known) is `gender`."""
        mentions = self.mentions
        i = bisect.bisect_left(self._positions, pos)
        while i > 0:
            i -= 1
            mention = mentions[i]
            if pos - mention.pos > reach:
                return None
            if gender and mention.gender and mention.gender != gender:
                continue
            if self._subject(mention):
                return mention
        return None

    def named_in_passing(self, mention: Mention) -> bool:
        """Is the mention the only one of its surname in the whole article, and no verb of saying right
        after it ("Ann Roe said" is a person however seldom the article names her)?"""
        if len(self._named(mention.surname)) != 1:
            return False
        verb = _NEXT_WORD.match(self._masked, mention.end)
        return not (verb and is_cue(verb.group(1)))

    def named_between(self, lo: int, hi: int) -> bool:
        """Is anyone named between the two offsets?"""
        mentions = self.mentions  # read first: it sets the positions
        i = bisect.bisect_left(self._positions, lo)
        return i < len(mentions) and mentions[i].pos < hi

    def kept_voice(self, pos: int, reach: int, speaker: str, gender: str = "") -> Mention | None:
        """The latest mention of `speaker` within `reach` before `pos`, when every sentence since opens
        on a quote or a pronoun: a description after a quote goes on with the voice before it, past a
        name dropped in passing ("Ann Roe left. She was played by Jo Lee. '...,' said the founder")."""
        surname = speaker.split()[-1]
        mention = self.latest(speaker, pos)
        if not mention or pos - mention.pos > reach or mention.surname != surname or self._as_object(mention):
            return None
        if gender and mention.gender and mention.gender != gender:
            return None
        return mention if self._sentences_open_on(_THREAD_GOES_ON, mention.end, pos) else None

    def thread_subject(self, pos: int, reach: int) -> Mention | None:
        """The person opening the sentence before `pos` as its subject, no one named since and no further
        back than `reach`: whom a role opening the next sentence goes on about ("Ann Roe has denied ...
        The Tory leader said ...")."""
        mentions = self.mentions  # read first: it sets the positions
        i = bisect.bisect_left(self._positions, pos)
        if not i:
            return None
        mention = mentions[i - 1]
        if pos - mention.pos > reach or not self._opens_sentence(mention) or not self._subject(mention):
            return None
        return mention

    def word_before(self, mention: Mention) -> str:
        """The word written right before the run that holds the mention, lower case ("" at none)."""
        m = _WORD_BEFORE.search(self._masked, max(0, mention.run_start - 24), mention.run_start)
        return m.group(1).lower() if m else ""

    def fullest(self, name: str, pos: int) -> str:
        """The longest form of a person's name the article gives: "Mr Brown" -> "Gordon Brown"."""
        bare, gender = _strip_honorific(name)
        tokens = bare.split()
        if not tokens:
            return name
        surname = tokens[-1]
        best: Mention | None = None
        for mention in self._named(surname):
            if mention.pos >= pos:
                break
            if mention.tokens <= len(tokens):
                continue
            if gender and mention.gender and mention.gender != gender:
                continue
            if not set(tokens) <= set(mention.name.split()):
                continue
            if best is None or mention.tokens >= best.tokens:
                best = mention
        if best:
            return best.name
        return bare if len(tokens) > 1 else name
