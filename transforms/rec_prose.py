"""Asks made in running prose: "urged Congress to renew the Act", "called for a delay",
"the report recommends that ...", "X must Y" where the paragraph is making demands.

`find_prose_asks` scans one stretch of body text and returns raw asks: the
span of the requested action, the target when the wording names one, and the
offset of the cue (used to find who is asking).

The cue patterns are in `rec_cues`, cue matches that ask nothing in `rec_cue_filters`, where a cued
ask ends in `rec_ends`, and the "X must Y" rule in `rec_modals` (with `rec_modal_words`,
`rec_modal_subjects` and `rec_attribution`).
"""

from __future__ import annotations

import re

from transforms.org_words import is_word_char
from transforms.rec_ask import (
    ProseAsk,
    clean_target,
)
from transforms.rec_cue_filters import (
    EVIDENCE_HEAD,
    SHARE_HEAD,
    STATED,
    after_that,
    asking_now,
    blocked,
    hoped_in_vain,
    in_subject,
    is_forecast,
    is_participle_clause,
    proposes,
    refers_back,
)
from transforms.rec_cues import (
    CALL_FOR,
    ENUM_TRIGGERS,
    ENUMERATION,
    HOPE,
    MODAL_TRIGGERS,
    NOUN_FOR_WHO_TO,
    RULES,
    STEMS,
    SUGGEST_COULD,
    SUGGEST_GERUND,
    URGE_OBJECT,
    WANT_OBJECT,
    Rule,
    has_ask_cue,
)
from transforms.rec_ends import (
    CONJUNCTION_START,
    FINITE_AUX,
    PLAIN_VERB,
    PREPOSITION_START,
    PRO_FORM,
    STRANDED,
    WHILE_TOO,
    before_cause,
    ends_lead_in,
    past_relative_aside,
    split_and_to,
    whole_before_colon,
)
from transforms.rec_modals import modal_asks
from transforms.rec_needed import needed_asks
from transforms.rec_text import (
    clause_end,
    quoted_spans,
    sentence_end,
    sentence_start,
    span_containing,
    trim_span,
    word_set,
)
from transforms.rec_vital import matters_hint, vital_asks

__all__ = ["find_prose_asks"]

# "recommendations on a range of issues including X": the list names topics, not the asks.
_TOPIC_NOUN = re.compile(r"\b(?:issues|topics|areas|subjects|matters|themes|concerns|fields)\b", re.I)

# Small words inside a name ("the United Kingdom", "Bosnia and Herzegovina").
_NAME_GLUE = word_set("the of and de")
_FOLD_TRAPS = ("\u0131", "\u017f", "\u0307")

_ENUM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=[a-z]+ing\b)")


def _enumerated(body: str, m: re.Match[str], limit: int, quote: tuple[int, int] | None) -> list[ProseAsk]:
    if _TOPIC_NOUN.search(m.group()):
        return []
    end = sentence_end(body, m.end(), limit)
    asks: list[ProseAsk] = []
    pos = m.end()
    for piece in [*_ENUM_SPLIT.finditer(body, m.end(), end), None]:
        stop = piece.start() if piece else end
        s, e = trim_span(body, pos, stop)
        if e - s > 3:
            asks.append(ProseAsk(s, e, m.start(), None, quote is not None))
        if piece:
            pos = piece.end()
    if all(_is_name(body[a.start : a.end]) for a in asks):
        return []  # "recommendations from its peers including Canada, Norway and Ghana": who, not what
    return asks if len(asks) > 1 else []


def _is_name(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in _NAME_GLUE]
    return bool(words) and all(w[:1].isupper() for w in words)


def _cued_asks(
    body: str, rule: Rule, m: re.Match[str], floor: int, limit: int, in_quote: bool
) -> list[ProseAsk]:
    """The asks one cue match makes, or none when the cue turns out not to ask anything."""
    if m.end() >= limit or is_forecast(body, m, floor) or blocked(body, rule, m, floor):
        return []
    if rule.pattern is CALL_FOR and refers_back(body, m, floor):
        return []
    target = clean_target(m.groupdict().get("target"))
    begin = m.end()
    if target and target.lower().endswith(" not"):
        # "urged him not to sign": the negation belongs to the action asked for.
        target = target[:-4].rstrip()
        begin = m.start("target") + len(target) + 1
    if rule.pattern is NOUN_FOR_WHO_TO and body.startswith("be ", m.end()):
        begin = m.start("target")  # "a demand for the files to be released": the thing and what is done to it
    if target and is_participle_clause(target):
        return []  # "the swing voters needed to win": a participle, not someone asked
    if rule.pattern is HOPE and hoped_in_vain(body, m, target):
        return []
    if rule.pattern is SUGGEST_COULD and EVIDENCE_HEAD.search(
        body, sentence_start(body, m.start(), floor), m.start()
    ):
        return []  # "figures suggested the slowdown could be ...": what evidence points to, not a proposal
    if rule.pattern is SUGGEST_GERUND and not proposes(body, m, floor, limit):
        return []
    if rule.pattern is WANT_OBJECT and SHARE_HEAD.search(
        body, sentence_start(body, m.start(), floor), m.start()
    ):
        return []
    stop = clause_end(body, m.end(), limit)
    if body.startswith(", wh", stop) and after_that(body, m.end()):
        stop = past_relative_aside(body, stop, sentence_end(body, m.end(), limit))
    if in_subject(body, rule, m, floor):
        verbs = [
            v.start()
            for v in (FINITE_AUX.search(body, m.end(), stop), PLAIN_VERB.search(body, m.end(), stop))
            if v
        ]
        stop = min(verbs, default=stop)
    first, last = trim_span(body, m.end(), stop)
    if CONJUNCTION_START.match(body, first, last):
        return []  # "the plan they had been pressing for and fans will welcome": what was asked stands before
    if ends_lead_in(body, last, limit) and not whole_before_colon(body, rule, first, last):
        return []
    if rule.pattern is CALL_FOR and PREPOSITION_START.match(body, first):
        return []
    if rule.pattern is CALL_FOR:
        stop = before_cause(body, first, stop)
    if rule.pattern is URGE_OBJECT and after_that(body, first) and STATED.search(body, first, stop):
        return []  # "experts urge that distancing is essential": a view urged, not an action
    if first < stop and body[first:stop].split()[0].endswith("ing"):
        also = WHILE_TOO.match(body, stop)
        if also:
            stop = clause_end(body, also.end(), limit)
    pieces = split_and_to(body, begin, stop) if rule.splits else [(begin, stop)]
    asks = []
    for ps, pe in pieces:
        s, e = trim_span(body, ps, pe)
        if e - s > 2 and not PRO_FORM.match(body, s, e) and not STRANDED.fullmatch(body, s, e):
            asks.append(ProseAsk(s, e, m.start(), target, in_quote, rule.kind))
    return asks


def _opens_a_word(text: str, stem: str) -> bool:
    """Whether `stem` starts a word somewhere in `text`.

    Every cue pattern starts its stem at a word break, so a stem met only inside a word
    ("competition", "brought", "surgery", "task") cannot fire a rule: skipping it saves a fifth of
    the rule scans on news text."""
    at = text.find(stem)
    while at > 0:
        if not is_word_char(text[at - 1]):
            return True
        at = text.find(stem, at + 1)
    return at == 0


def find_prose_asks(body: str, start: int, end: int, voiced: bool = False) -> list[ProseAsk]:
    """Every ask cued in body[start:end], in order; overlapping asks are left for the caller.

    `voiced` says the article speaks for the asking group (a press release), so
    its own "X must Y" sentences are asks even without a cue verb nearby.
    """
    lowered = body[start:end].lower()
    found = {stem for stem in STEMS if stem in lowered and _opens_a_word(lowered, stem)}
    vital = matters_hint(lowered)
    if not found and not vital:
        return []
    # Three letters match an ASCII letter in a case-blind scan but are not lower-cased to one
    # (dotless i, long s, and the dotted capital I, which lower-cases to two characters): where one
    # stands, the lower-case hints could miss, so they are not asked and the full patterns decide.
    hints_hold = lowered.isascii() or not any(c in lowered for c in _FOLD_TRAPS)
    # Most paragraphs hold a trigger word and no cue: their quotes and whether they make demands
    # are worked out only once a cue turns up.
    quotes: list[tuple[int, int]] | None = None
    demanding: bool | None = None
    asks: list[ProseAsk] = []
    for rule in RULES:
        if rule.triggers.isdisjoint(found) or (rule.hint and hints_hold and not rule.hint.search(lowered)):
            continue
        for m in rule.pattern.finditer(body, start, end):
            if quotes is None:
                quotes = quoted_spans(body, start, end)
            quote = span_containing(quotes, m.start())
            if rule.weak and not quote and not asking_now(body, m, start):
                if demanding is None:
                    demanding = has_ask_cue(body, start, end)
                if not demanding:
                    continue
            asks += _cued_asks(body, rule, m, start, quote[1] if quote else end, quote is not None)
    if not ENUM_TRIGGERS.isdisjoint(found):
        for m in ENUMERATION.finditer(body, start, end):
            if quotes is None:
                quotes = quoted_spans(body, start, end)
            quote = span_containing(quotes, m.start())
            asks += _enumerated(body, m, quote[1] if quote else end, quote)
    if not MODAL_TRIGGERS.isdisjoint(found):
        # A cue word alone ("the demands of the job") does not make a paragraph one of demands:
        # an ask found in it does.
        asks += modal_asks(body, start, end, quotes, bool(asks), voiced)
        if "needed" in lowered:
            asks += needed_asks(body, start, end, quotes)
    if vital:
        asks += vital_asks(body, start, end, quotes)
    asks.sort(key=lambda a: (a.start, -a.end))
    return asks
