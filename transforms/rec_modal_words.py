"""Word tables and tests on the words right after a modal ("must", "should", "needs to"): whether
they name an action asked for or state a forecast, a state of mind or how things are."""

from __future__ import annotations

import re

from transforms.rec_text import word_set

__all__ = [
    "BE_FORMS",
    "FORESEEN_TOO",
    "HEDGES",
    "INVERTED",
    "MENTAL",
    "MODAL",
    "NEGATIONS",
    "NO_OBLIGATION",
    "OUTCOME_VERBS",
    "REPORTED_MODALS",
    "SAY_VERBS",
    "SELF_SUBJECTS",
    "STILL",
    "SUBORDINATE",
    "bare_words",
    "forecasts_change",
    "forecasts_only",
    "grants",
    "in_relative_clause",
    "is_done_to_it",
    "mental",
    "names_what_is_wanted",
    "states_how_things_are",
]

# Lower case only: a modal in a capitalised headline is a slogan, not a sentence.
MODAL = re.compile(
    r"\b(?P<modal>must|should|ought\s+to|needs?\s+to|needed\s+to|has\s+to|have\s+to|had\s+to)\s+"
    r"(?:(?:also|still|now|urgently|immediately|clearly|really|therefore|further|instead|then|first|surely)\s+)*"
)

# "should still": what is expected despite something, not what is asked ("must still pay" is).
STILL = re.compile(r"\sstill\s")

# Subjects that make a modal the speaker's own resolve or a generality, not an ask of someone.
SELF_SUBJECTS = word_set(
    "i we you it this that which who what one he she they everyone everybody nobody anyone us "
    "someone somebody something anything nothing"
)

# A modal after one of these is a forecast ("he will have to raise taxes").
_FORECAST = frozenset(["will", "would", "may", "might", "could", "can", "shall"])

# Words just before a modal that make it a forecast or a description of how things are
# ("teams are likely to need to", "they still have to face trial").
HEDGES = _FORECAST | word_set(
    "likely unlikely going set bound expected due still already even often usually sometimes always never"
)

SAY_VERBS = word_set("say says said believe believes believed think thinks thought claim claims claimed")

# After a quoted "should", verbs that forecast how things will go rather than name an action ("the film
# should win").
OUTCOME_VERBS = word_set(
    "continue lead uplift subside rise fall grow slow improve recover ease pick end help see benefit happen "
    "result boost follow fade settle outstrip stabilise stabilize peak increase decrease decline drop climb "
    "win emerge weather"
)

# "should follow the rest of Europe", "should follow suit": what follows "follow" when a lead is taken.
_LEADS_FOLLOWED = word_set("the suit its their his her a an this that these those")

# "should help cut the rate": after "help", a verb of change makes the modal a forecast.
_HELPED_CHANGES = word_set("cut reduce boost raise lower bring make keep ease to")

# "our plan should", "no driver should" in a quote: the speaker's own, a rule for everyone.
# What a "have" after a modal may grant: "have a say", "have the right", "have more powers".
_ENTITLEMENTS = word_set(
    "say right rights vote veto power powers access choice chance greater bigger stronger final role voice"
)

_MORE = word_set("more greater better fewer less")

# "should be looking out for X": after "should" or "ought to" a progressive names an action under way that
# is asked for, bar the -ing forms that tell how things go or are ("should be getting better"). After "must"
# it is mostly an inference ("he must be planning cuts", "must be wondering").
_DRIFTING = word_set(
    "going getting coming becoming having being rising falling growing improving recovering increasing "
    "decreasing declining dropping climbing slowing easing seeing happening continuing joking kidding "
    "feeling living wondering thinking hoping"
)

# Punctuation and closing quote marks around a word after a modal ("be cut,\u201d").
_WORD_EDGE = ",.;:!?\"'\u201d\u2019"

# Words opening a clause that qualifies or asks about a modal rather than asserting it.
SUBORDINATE = word_set("although though whereas while whilst because since unless how what why where whether")

# Before "has to" or "need to", a negation lifts the obligation: "does not have to" asks nothing.
NEGATIONS = word_set("not never no")

NO_OBLIGATION = frozenset(["has to", "have to", "had to", "needs to", "need to", "needed to"])

# Modals a reporting verb makes an ask of someone: "X should/must Y", "X needs to Y", and in reported
# speech the past "said X needed to Y" (unreported, "needed to" only tells what happened).
REPORTED_MODALS = frozenset(["should", "must", "needs to", "need to"])

BE_FORMS = word_set("is are was were be been being")

# Verbs after a modal that state how things are or should be, not an action someone takes.
_STATIVE = word_set(
    "have fit suit go come remain stay mean cost look seem sound last lie belong depend matter"
)

# "should remain in Frankfurt", "must stay within the rules": keeping something where it is is an
# action asked for ("should remain in line with" is a forecast).
# "should be ready/willing to V": a readiness to take an action.
_READY = word_set("ready willing")

# "should be cautious", "must be more transparent": adjectives of conduct, which name how to act.
_CONDUCT = word_set("careful cautious vigilant wary alert transparent honest")

_KEEP_VERBS = word_set("remain stay")

# "should look into", "must look again at": looking as an action, where "should look good" is a state.
_LOOKED_INTO = word_set("into at again afresh closely carefully for")

_KEEP_PLACES = word_set("in at within inside")

# Past participles that do not end in -ed or -en ("must be shut down", "should be put to a vote").
_PARTICIPLES = word_set(
    "made paid put set kept held shut cut brought bought built sent spent sold told taught left done met "
    "heard led won found run struck lost read thrown withdrawn dealt"
)

# Irregular participles a regret ("should have thought") may use, beyond those listed above.
_IRREGULAR_DONE = word_set("got thought come become begun sought fought taught caught stood")

# Words after "have" that cannot open a thing provided.
_NOT_PROVIDED = word_set("its his this us was is as has had to it their our no")

# Verbs after a modal that report a state of mind rather than an action asked for.
MENTAL = word_set(
    "hope think believe know remember admit accept recognise recognize realise realize say wonder hear "
    "expect feel agree understand wait occur happen"
)

# Words right after a modal that invert a condition: "X, should it become Y, must Z".
INVERTED = word_set("it he she they we i you there")

# "there should be more funding": what a reported "there should be" names is asked for, unless it
# only states a belief ("there must be a reason", "there should be no doubt").
_THERE_BE_OUT = word_set("reason doubt way something nothing some no little question problem")

# "should think again", "must think carefully": a state of mind turned into an action asked for.
_DELIBERATE = word_set("again carefully twice hard harder long seriously")

# A forecast joined to a modal's clause ("should be made quickly and could be done by May").
FORESEEN_TOO = re.compile(
    r"(?:(?!\b(?:that|which|who|if|when)\b)[^,;:])*?\s+and\s+(?:\w+\s+)?(?:could|would|will|may|might)"
    r"\s+(?:even\s+|also\s+)?be\b"
)


def bare_words(words: list[str]) -> list[str]:
    """Words as compared with the word lists: lower case, without punctuation at their edges."""
    return [w.lower().strip(_WORD_EDGE) for w in words]


def forecasts_change(follow: list[str], bare: list[str]) -> bool:
    """ "the reforms should help cut the jobless rate", "prices should ease": how things will go.
    "Help" or "follow" with nothing after it in the clause ("should also help, they say", "cuts should
    follow.") forecasts; "follow" taking someone's lead ("should follow the rest of Europe", "should follow
    suit") asks."""
    words = bare[:3]
    skip = 0
    if words[0].endswith("ly") and len(words) > 1:
        words, skip = words[1:], 1  # "should \u201csignificantly uplift earnings\u201d"
    ends_clause = follow[skip].rstrip("\"'\u201d\u2019")[-1:] in (",", ".", ";", ":", "!", "?")
    if words[0] == "lead":
        return words[1:2] == ["to"]  # "should lead to job cuts" forecasts; "should lead the way" asks
    if words[0] == "follow" and not ends_clause:
        return words[1:2] == [] or words[1] not in _LEADS_FOLLOWED
    if words[0] != "help":
        return words[0] in OUTCOME_VERBS
    return ends_clause or (words[1:2] != [] and words[1] in _HELPED_CHANGES)


# Verbs of change that take no one's action: after "should" they only forecast, even beside an ask.
_CHANGES_ONLY = word_set(
    "rise fall grow slow recover ease improve emerge weather subside fade settle peak stabilise stabilize "
    "climb decline outstrip uplift"
)


def forecasts_only(bare: list[str]) -> bool:
    """ "the economies should emerge with minimal damage", "growth should slow": a verb that only tells
    how things will go, where "should drop the plan" or "should see for himself" may ask."""
    words = bare[1:2] if bare[0].endswith("ly") and len(bare) > 1 else bare[:1]
    return words[0] in _CHANGES_ONLY


# "wake up to", "distract from" the fact: a preposition ties the verb to the fact ("use the fact" acts on it).
_FACT_LINKS = word_set("to from of over about with")


def _faces_a_fact(bare: list[str]) -> bool:
    """ "must wake up to the fact that", "should not distract from the fact that": a verb bearing on a
    fact only asks that something be recognised, no action."""
    words = bare[:6]
    return any(
        words[i - 1] in _FACT_LINKS and words[i] == "the" and words[i + 1] == "fact"
        for i in range(2, len(words) - 1)
    )


def mental(bare: list[str]) -> bool:
    """ "should hope", "must accept that": a state of mind, not an action asked for. Deliberating ("must
    think again") and accepting a thing offered ("should accept a cut in pay") are actions."""
    if _faces_a_fact(bare):
        return True
    words = bare[:4]
    if words[0] == "not":
        words = words[1:]  # "should not expect miracles": what to expect, not what to do
    if words[0] not in MENTAL:
        return False
    if len(words) < 2:
        return True
    if words[1] in _DELIBERATE:
        return False
    return not (words[0] == "accept" and words[1] != "that" and words[1:3] != ["the", "fact"])


def grants(bare: list[str]) -> bool:
    """ "should have a greater say", "must have more powers": a modal's "have" giving a right, a power
    or more of something asks that it be given, where "should have the nerve" only states a quality."""
    words = bare[:3]
    if len(words) < 3 or words[0] != "have":
        return False
    if words[1] in ("a", "an", "the"):
        return words[2] in _ENTITLEMENTS
    if words[1] in _MORE or words[1] in _ENTITLEMENTS:
        return True
    # "should have background checks", "must have lessons in X": things to be provided, where a
    # participle after "have" looks back ("should have seen its chance").
    if _done(words[1]) or words[1] in _NOT_PROVIDED:
        return False
    return any(len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in words[1:3])


def in_relative_clause(follow: list[str], bare: list[str]) -> bool:
    """ "the points voters should weigh were housing": a finite "be" right after the modal's verb
    belongs to the sentence, so the modal sits in a clause qualifying the noun before it."""
    if len(follow) < 2 or follow[0][-1:] in _WORD_EDGE:
        return False
    first, second = bare[:2]
    return first not in BE_FORMS and second in ("is", "are", "was", "were")


def _done(word: str) -> bool:
    return word.endswith(("ed", "en", "wn", "ne")) or word in _PARTICIPLES or word in _IRREGULAR_DONE


# Participles that turn "it should be ..." into a remark on the speaker's own words ("it must be said").
_REMARKED = word_set(
    "said noted stressed emphasised emphasized remembered pointed borne added recognised recognized "
    "understood accepted acknowledged assumed expected hoped considered admitted seen known"
)


def is_done_to_it(bare: list[str]) -> bool:
    """ "it should be delayed", "it must be scrapped": something asked to be done to a thing named
    before, where "it should be said" only remarks on what the speaker says."""
    words = bare[:3]
    if words[:1] == ["not"]:
        words = bare[1:4]
    return len(words) > 1 and words[0] == "be" and _done(words[1]) and words[1] not in _REMARKED


def states_how_things_are(follow: list[str], bare: list[str], modal: str) -> bool:
    """True when the words after a modal state a condition ("must be the priority", "should have the
    will", "must go to the players") rather than name an action ("must be scrapped", "must publish")."""
    words = bare
    if words and words[0] == "not":
        words = words[1:]
    if not words:
        return True
    if grants(words):
        return False
    if words[0] in _KEEP_VERBS and words[1:2] and words[1] in _KEEP_PLACES and words[2:3] != ["line"]:
        return False
    if words[0] in _KEEP_VERBS and words[1:2] and words[1] in _CONDUCT:
        return False  # "should stay alert", "must remain vigilant": a way of acting kept up
    if words[0] == "go" and follow[0].rstrip("\"'\u201d\u2019").endswith((".", ";", "!")):
        return False  # "the old exams should go.": a thing to be done away with
    if words[0] == "look" and words[1:2] and words[1] in _LOOKED_INTO:
        return False  # "should look into the affair": an inquiry asked for, not how something looks
    if words[0] in _STATIVE:
        return True
    if words[0] != "be":
        return False
    rest = [w for w in words[1:] if not w.endswith("ly")]
    if not rest:
        return True
    nxt = rest[0]
    if nxt in _READY and rest[1:2] == ["to"]:
        return False  # "should be ready to cut rates": readiness to act is asked for
    if nxt in _CONDUCT:
        return False  # "doctors should be \u201ccautious\u201d about the drugs": a way of acting asked for
    if modal in ("should", "ought to") and nxt.endswith("ing") and nxt not in _DRIFTING and len(rest) > 1:
        return False
    # "must be more open about X": a change of conduct asked for.
    return not (nxt.endswith(("ed", "en", "wn")) or nxt in _PARTICIPLES or nxt in _MORE)


def names_what_is_wanted(words: list[str], bare: list[str]) -> bool:
    """ "there should be more funding", "candidates should be able to spend": an existence or an
    ability asked for, where "be" otherwise only states how things are."""
    rest = bare
    if rest[:1] == ["not"]:
        rest = rest[1:]
    if rest[:3] == ["be", "able", "to"] and len(rest) > 3:
        return True
    if [w.lower() for w in words] != ["there"] or rest[:1] != ["be"] or len(rest) < 3:
        return False
    named = rest[2] if rest[1] in ("a", "an") else rest[1]
    return named not in _THERE_BE_OUT
