"""Asks made with a modal: "X must Y", "X should Y", "X needs to Y", where the sentence asks it of
someone rather than forecasting, describing or speaking of the speaker's own resolve."""

from __future__ import annotations

import re

from transforms.rec_ask import (
    ProseAsk,
    clean_target,
)
from transforms.rec_attribution import (
    CONTENT_NOUN,
    REPORTED,
    SUGGESTED,
    attributed,
    follows_attribution,
    goes_on,
    knows_already,
    quoted_should,
    they_asked,
    told_by_document,
    told_of_another,
)
from transforms.rec_cue_filters import EVIDENCE_HEAD
from transforms.rec_ends import ends_lead_in
from transforms.rec_modal_subjects import (
    INVERTED_ASIDE,
    LIST_BREAKERS,
    after_time_phrase,
    has_relative_subject,
    if_serious,
    modal_subject,
    shared_subject,
)
from transforms.rec_modal_words import (
    BE_FORMS,
    FORESEEN_TOO,
    HEDGES,
    INVERTED,
    MODAL,
    NEGATIONS,
    NO_OBLIGATION,
    REPORTED_MODALS,
    SAY_VERBS,
    SELF_SUBJECTS,
    STILL,
    SUBORDINATE,
    bare_words,
    forecasts_change,
    forecasts_only,
    grants,
    in_relative_clause,
    is_done_to_it,
    mental,
    names_what_is_wanted,
    states_how_things_are,
)
from transforms.rec_text import (
    clause_end,
    quoted_spans,
    sentence_start,
    span_containing,
    trim_span,
)

__all__ = ["modal_asks"]

# Words that make the "need" or "must" after them a noun ("the need to stop X", "a real need to").
_DETERMINERS = frozenset(["the", "a", "an", "this", "their", "our", "its", "his", "her", "real", "urgent"])

# Modals a quote uses to advise someone, when its sentence gives the speaker's view (`quoted_should`).
_QUOTED_ADVICE = frozenset(["should", "need to", "needs to"])

# A reason reported for what someone does: "because they say X must be paid for".
_REASON_SAID = re.compile(
    r"\b(?:because|as|since)\s+(?:\w+\s+){1,3}?(?:say|says|said|argue|argues|argued|insist|insists|insisted)"
    r"\s+(?:that\s+)?$",
    re.I,
)

# "withholding the information that people need to give": "that" right after a singular noun opens a relative
# clause qualifying it. Nouns that take a clause of what is held or asked ("the view that", "the demand
# that") and verbs ("the EU said that", "the board believes that") are left out.
_QUALIFIED_NOUN = re.compile(
    r"\b(?:the|a|an|any|some|this|these|those)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:view|belief|argument|case|idea|claim|suggestion|fact|hope|warning|message|demand|call|recommendation"
    r"|notion|insistence|conclusion|proposal|principle|position|point|assurance|promise|requirement|condition|rule"
    r"|line|advice|feeling|sense|understanding|expectation|agreement|decision|ruling|statement)\b)"
    r"[a-z][a-z-]*(?<![sd])\s+that\s+$"
)

# "If you believe it should be supported, let us know": a reader's view supposed, no one reported asking.
_READERS_VIEW = re.compile(r"\byou\s+(?:believe|think|feel)\b", re.I)

# "does need to", "do need to": the auxiliary stresses the need and is no part of the subject.
_EMPHATIC_DO = frozenset(["does", "do"])

# Words linking a sentence to the one before, no part of the modal's subject.
_LINKS = frozenset(["instead", "so", "rather", "also", "therefore", "now"])


def modal_asks(
    body: str, start: int, end: int, quotes: list[tuple[int, int]] | None, demanding: bool, voiced: bool
) -> list[ProseAsk]:
    """ "X must Y" asks. In a release any such sentence counts; elsewhere (a paragraph that already
    makes an ask, a quote, a reported "said X should") only one that names an action.

    `quotes` are the quoted spans of the stretch, or None when they are still to be found."""
    asks: list[ProseAsk] = []
    for m in MODAL.finditer(body, start, end):
        if quotes is None:
            quotes = quoted_spans(body, start, end)
        quote = span_containing(quotes, m.start())
        if quote and quote[0] == m.start():
            # 'broadcasters "should make the decision"': a quote opening on the modal, after its subject.
            quote = None
        modal = m.group("modal")
        follow = body[m.end() : m.end() + 40].split()
        if not follow or follow[0].lower() in INVERTED:
            continue
        # The word tables compare words as bare words; cut once for every test below.
        bare = bare_words(follow)
        if mental(bare):
            continue
        if modal == "should" and follow[0] == "have" and not grants(bare):
            continue  # "should have been": a regret about the past
        if in_relative_clause(follow, bare):
            continue  # "the points voters should weigh were": the modal's clause qualifies a noun
        if body[max(start, m.start() - 7) : m.start()].split()[-1:] in (["should"], ["must"], ["will"]):
            continue  # "should have to rely": the first modal already spoke
        sent = sentence_start(body, m.start(), quote[0] if quote else start)
        subject_at = after_time_phrase(body, modal_subject(body, m.start(), sent), m.start())
        # "X, should it become Y, must Z": the inverted condition is an aside, not part of the subject.
        words = INVERTED_ASIDE.sub("", body[subject_at : m.start()]).split()
        if all(w.endswith("ly") for w in words):
            # "..., and urgently need to": an adverb opening the clause is no subject.
            subject_at, words = shared_subject(body, subject_at, sent)
        if not words or len(words) > 12:
            continue
        lowered = [w.lower() for w in words]
        if len(words) == 2 and lowered[0] in _LINKS:
            subject_at = body.find(words[1], body.find(words[0], subject_at) + len(words[0]))
            words, lowered = words[1:], lowered[1:]  # "Instead they should": a link opening the sentence
        if len(words) > 1 and lowered[-1] in _EMPHATIC_DO and modal.startswith("need"):
            words, lowered = words[:-1], lowered[:-1]  # "there does need to be": "does" only stresses
        # "Either they need to X or Y": an ultimatum puts the choice to the ones it names.
        ultimatum = lowered[0] == "either" and len(words) > 1
        if ultimatum:
            subject_at = body.find(words[1], body.find(words[0], subject_at) + len(words[0]))
            words, lowered = words[1:], lowered[1:]
        last = lowered[-1]
        if last.endswith(("'ll", "\u2019ll")):
            continue  # "I'll have to discuss it", "they'll have to wait": a future told, no ask
        if last in _DETERMINERS:
            continue  # "the need to stop X", "a must": the word is a noun, no modal
        serious = if_serious(body, sent, m.start(), words[-1]) if last in ("it", "they") else None
        if serious:
            subject_at, words, lowered = m.start() - len(words[-1]) - 1, [serious], [last]
        # "the US should" names a country, not "us".
        # Who "they" are is settled below: only others reported on are asked. Inside a quote "he" or
        # "she" is never the speaker, so they are others too.
        others = lowered == ["they"] or (quote is not None and lowered in (["he"], ["she"]))
        # Outside a quote, "he" or "she" reported by a group or by someone of the other sex is another.
        another = (
            quote is None
            and lowered in (["he"], ["she"])
            and told_of_another(body[sent:subject_at], lowered[0])
        )
        others = others or another
        # "Mr Lee said it should be delayed": a thing done to what "it" names is asked of whoever does it.
        done_to_it = (
            lowered == ["it"]
            and modal in ("should", "must")
            and (
                (is_done_to_it(bare) and not _READERS_VIEW.search(body, sent, m.start()))
                or told_by_document(body, clause_end(body, m.end(), quote[1] if quote else end), end)
            )
        )
        self_subject = (
            last in SELF_SUBJECTS and words[-1] != "US" and not serious and not others and not done_to_it
        )
        if self_subject or words[0].lower() in ("i", "we") or last in SAY_VERBS:
            continue  # "a move ministers say should keep rises down": the modal's subject is elsewhere
        if has_relative_subject(lowered) or lowered[0] in SUBORDINATE:
            continue  # "although the big economies should weather it", "how firms should be convinced"
        if "whether" in lowered or (modal == "should" and STILL.search(m.group())):
            continue  # "the question was whether X should", "sales should still top forecasts"
        if not HEDGES.isdisjoint(lowered[-3:]):
            continue
        # "Neither does the party have to": an inverted negation opens the subject.
        negated = last in NEGATIONS or last.endswith(("n't", "n\u2019t")) or lowered[0] in ("neither", "nor")
        if negated and " ".join(modal.split()) in NO_OBLIGATION:
            continue
        before = body[sent:subject_at]
        if CONTENT_NOUN.search(before):
            continue
        if knows_already(before):
            continue
        if _REASON_SAID.search(before):
            continue  # "refuse to pay because they say calls must be paid for": a reason given, no ask
        suggested = SUGGESTED.search(before)
        # Evidence is looked for before the verb only: the "that" after it ("suggested that X should")
        # opens the clause suggested and names no evidence.
        if suggested and EVIDENCE_HEAD.search(before, 0, suggested.start()):
            continue
        # Whether a reporting verb leads up to the modal's subject ("said that X should"): found once.
        reported = REPORTED.search(before)
        passive = not BE_FORMS.isdisjoint(lowered[-2:])
        past = modal.startswith(("needed", "had"))
        if past and (passive or not reported):
            # Unreported, "needed/had to" tells what happened; "investment was needed to" names a purpose.
            continue
        if past and (last in ("had", "has", "have") or not LIST_BREAKERS.isdisjoint(lowered)):
            continue  # "had had to be replaced", "the flexibility which the firm now had to grow": no ask
        limit = quote[1] if quote else end
        s, e = trim_span(body, subject_at, clause_end(body, m.end(), limit))
        if FORESEEN_TOO.match(body, m.end(), e):
            continue  # "the cuts should be made quickly and could be done by May": a plan described
        if ultimatum:
            # The action runs from the modal's verb to the "or" that states the alternative.
            alternative = body.find(" or ", m.end(), e)
            s, e = trim_span(body, m.end(), alternative if alternative > 0 else e)
        if (
            others
            and not ultimatum
            and not another
            and not they_asked(body, before, reported, modal, e, quote, lowered, follow)
        ):
            continue
        if not voiced:
            if demanding or serious or ultimatum:
                # Beside an ask, a "should" of how things will go ("should emerge with minimal damage")
                # is still a forecast, and a clause qualifying a noun still asks nothing.
                ok = not (modal == "should" and forecasts_only(bare)) and not _QUALIFIED_NOUN.search(before)
            elif quote:
                # A quoted "X needs to Y" advises as a quoted "should" does, on the same terms.
                # "There needs to be an inquiry": a need forecasts nothing ("there should be gains" may).
                ok = modal in ("must", "ought to") or (lowered == ["there"] and modal.startswith("need")) or (
                    " ".join(modal.split()) in _QUOTED_ADVICE
                    and quoted_should(body, before, reported, e, quote[1], lowered, follow)
                )
            else:
                ok = (
                    ends_lead_in(body, e, limit)
                    or (
                        " ".join(modal.split()) in REPORTED_MODALS
                        and attributed(body, before, reported, e, limit)
                    )
                    or past  # reported, as checked above
                    or goes_on(body, asks, subject_at)
                    or (modal != "should" and bare[0] != "be" and follows_attribution(body, sent, start))
                ) and not (modal == "should" and forecasts_change(follow, bare))
            how = states_how_things_are(follow, bare, " ".join(modal.split()))
            if not ok or (how and not names_what_is_wanted(words, bare)):
                continue
        if e > m.end():
            target = clean_target(" ".join(words))
            asks.append(ProseAsk(s, e, m.start(), target, quote is not None, "modal"))
    return asks
