"""One article as the attribution rules read it, and the record each quote's attribution becomes."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.quote_cues import cue_lemma
from transforms.quote_marks import Span
from transforms.quote_names import NameIndex
from transforms.speaker_records import Phrase
from transforms.speaker_resolve import compose, resolve

__all__ = ["ArticleContext", "Attribution"]


@dataclass(slots=True)
class Attribution:
    speaker: str | None  # as written at the attribution; pronouns and tied role nouns resolved
    cue: str | None
    group: bool = False  # a group or document rather than a person ("the coalition", "the letter")
    strength: str = ""  # "tight" (cue beside the marks), "loose" (elsewhere in the sentence), "carried"
    name: str | None = None  # the fullest name the article gives the speaker
    role: str | None = None  # the role the attribution gives: appositive, or the words before the name


@dataclass(slots=True)
class ArticleContext:
    body: str
    masked: str
    spans: list[Span]
    starts: list[int]
    paras: list[tuple[int, int]]
    last_person: str | None = None
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
        who = resolve(phrase, self.names, self.masked, previous)
        if not who:
            return None
        cue = cue_lemma(cue) if cue[:1].isupper() else cue
        role = who.role or who.before or who.noun or None
        return Attribution(compose(who), cue, who.group, strength, who.name, role)
