"""One article as the attribution rules read it, and the record each quote's attribution becomes."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from transforms.quote_cues import cue_lemma
from transforms.quote_marks import Span
from transforms.quote_names import NameIndex
from transforms.speaker_pronouns import UNNAMED_GENDER
from transforms.speaker_records import Phrase
from transforms.speaker_resolve import compose, resolve

__all__ = ["ArticleContext", "Attribution"]

# Endings of a word ending in "s" that is no plural: "the bus", "the press", "the Times".
_SINGULAR_S = ("ss", "us", "is", "Times", "News")
# What a sentence made only of quoting opens on, in the masked body.
_QUOTE_OPENERS = frozenset('\u00b7"\u201c')
_GENDERS = {"he": "m", "she": "f"}
# How far after the attribution before it "it" may still mean that speaker.
_IT_REACH = 400
# A plural written as an acronym: "MPs", "MEPs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


@dataclass(slots=True)
class Attribution:
    speaker: str | None  # as written at the attribution; pronouns and tied role nouns resolved
    cue: str | None
    group: bool = False  # a group or document rather than a person ("the coalition", "the letter")
    strength: str = ""  # "tight" (cue beside the marks), "loose" (elsewhere in the sentence), "carried"
    name: str | None = None  # the fullest name the article gives the speaker
    role: str | None = None  # the role the attribution gives: appositive, or the words before the name
    at: int = -1  # where the attribution's phrase ends in the body (-1 when carried or not read there)


@dataclass(slots=True)
class ArticleContext:
    body: str
    masked: str
    spans: list[Span]
    starts: list[int]
    paras: list[tuple[int, int]]
    last_person: str | None = None
    # The last attribution read beside its quote, to go on with when only quotes follow it.
    last_voice: Attribution | None = None
    # Who spoke last: a later "they said" may go on with them when they are many.
    last_said: Attribution | None = None
    _names: NameIndex | None = None

    @property
    def names(self) -> NameIndex:
        # Built on first need: many articles resolve every speaker without it.
        if self._names is None:
            self._names = NameIndex(self.masked)
        return self._names

    def said(self, hit: tuple[Phrase, str] | None, strength: str, voice: bool = False) -> Attribution | None:
        """An attribution from a pattern's hit; `voice`: a pronoun right after a quote may go on
        with the previous speaker (`"...," he said`)."""
        if not hit:
            return None
        phrase, cue = hit
        previous = self.last_person if voice else None
        cue = cue_lemma(cue) if cue[:1].isupper() else cue
        if voice and (kept := self._kept_voice(phrase, cue, strength)):
            return kept
        who = resolve(phrase, self.names, self.masked, previous)
        if not who:
            return self._they(phrase, cue, strength) or self._it(phrase, cue, strength)
        role = who.role or who.before or who.noun or None
        at = phrase.pos + len(phrase.text)
        return Attribution(compose(who), cue, who.group, strength, who.name, role, at)

    def _kept_voice(self, phrase: Phrase, cue: str, strength: str) -> Attribution | None:
        """ `"...," said the club's founder. "..." / "...," he said`: when every sentence since the last
        person's attribution opens on a quote, "he" or "she" after a quote is still that person, whoever
        was named before that attribution."""
        last = self.last_voice
        pronoun = phrase.text.strip(" ,").lower()
        if not last or last.at < 0 or pronoun not in _GENDERS or not last.speaker:
            return None
        if not self._only_quoting(last.at, phrase.pos) or self.names.named_between(last.at, phrase.pos):
            return None
        # Only a person whose sex the article makes known: a named man or woman, or an unnamed spokesman.
        mention = self.names.latest(last.speaker, phrase.pos)
        gender = mention.gender if mention else UNNAMED_GENDER.get(last.speaker.split()[-1].lower(), "")
        if gender != _GENDERS[pronoun]:
            return None
        written = mention.form if mention else last.speaker
        return Attribution(written, cue, False, strength, last.name, None, phrase.pos + len(phrase.text))

    def _it(self, phrase: Phrase, cue: str, strength: str) -> Attribution | None:
        """ `The SARFT said: "..." It added: "..."`: "it", with no body named as a subject since, goes on
        with the speaker just before when that is one body or document, not a person nor many."""
        last = self.last_said
        if phrase.text.strip(" ,").lower() != "it" or not last or not last.speaker or last.at < 0:
            return None
        if phrase.pos - last.at > _IT_REACH or self._many(last):
            return None
        if not self._only_quoting(last.at, phrase.pos):
            return None
        head = last.speaker.split()[-1].lower()
        mention = None if last.group else self.names.latest(last.speaker, phrase.pos)
        if head in UNNAMED_GENDER or (mention and mention.gender):
            return None
        at = phrase.pos + len(phrase.text)
        return Attribution(last.speaker, cue, last.group, strength, last.name, last.role, at)

    def _only_quoting(self, lo: int, hi: int) -> bool:
        """Does every sentence opening between the two offsets open on a quote?"""
        first = bisect.bisect_right(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi)
        return all(self.masked[s] in _QUOTE_OPENERS for s in self.starts[first:last])

    @staticmethod
    def _many(said: Attribution) -> bool:
        """Does the speaker stand for many ("the MPs", "MEPs") rather than one?"""
        head = said.speaker.split()[-1] if said.speaker else ""
        plural_group = said.group and head.endswith("s") and not head.endswith(_SINGULAR_S)
        return bool(_PLURAL_ACRONYM.fullmatch(head) or plural_group)

    def _they(self, phrase: Phrase, cue: str, strength: str) -> Attribution | None:
        """ "The MPs said ... "...," they said": "they" goes on with the speaker before when that is many
        ("the MPs", "campaigners") rather than one person or body ("Mr Jones", "the council")."""
        last = self.last_said
        if phrase.text.strip(" ,").lower() != "they" or not last or not last.speaker:
            return None
        if not self._many(last):
            return None
        return Attribution(last.speaker, cue, last.group, strength, last.name, last.role)
