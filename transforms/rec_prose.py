"""Asks made in running prose: "urged Congress to renew the Act", "called for a delay",
"the report recommends that ...", "X must Y" where the paragraph is making demands.

`find_prose_asks` scans one stretch of body text and returns raw asks: the
span of the requested action, the target when the wording names one, and the
offset of the cue (used to find who is asking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.rec_text import (
    clause_end,
    quoted_spans,
    sentence_end,
    sentence_start,
    span_containing,
    trim_span,
)

__all__ = ["ProseAsk", "find_prose_asks", "has_ask_cue"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(slots=True)
class ProseAsk:
    start: int
    end: int
    cue: int
    target: str | None
    in_quote: bool
    # "cue": asked by the sentence's subject; "passive": the subject is the one asked;
    # "modal": "X must Y", the subject is the one asked and the asker is whoever says it.
    kind: str = "cue"


# Words that begin a noun phrase; "to" before one is a preposition, not an infinitive.
_DET = r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|all|any|every|some)"
# An -ing word after "to" makes it a preposition ("appeal to working families"), bar a few verbs.
_TO_VERB = (
    rf"\s+to\s+(?!{_DET}\b)(?!(?!(?:br|s|str|sw|spr|cl|fl|st|wr|sl)ing\b)[a-z]+ing\b)(?=[\"\u201c]?[A-Za-z])"
)
# Someone asked: a few words with no sentence punctuation (dots allowed for "U.S.").
_NOT_IN_WHO = (
    r"(?:to|if|whether|when|because|why|how|what|where|while|who|which|is|are|was|were|has|have|had"
    # A subject pronoun and its verb open a clause of its own: "telling the board he wants players to come".
    r"|(?:he|she|we|they|I)\s+(?:want|wants|wanted|wish|wishes|would|will|expects?|expected|hopes?|hoped)"
    r"|['\u2018][a-z]\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[-\u2013\u2014]+\s"
)
_WHO = (
    r"(?P<target>(?!for\b|" + _NOT_IN_WHO + r")[^\s;:!?\"\u201c\u201d]+"
    r"(?:\s+(?!" + _NOT_IN_WHO + r")[^\s;:!?\"\u201c\u201d]+){0,8}?)"
)

# "calls once more upon", "called again on": a repetition may stand between the verb and its particle.
_AGAIN = r"(?:\s+(?:once\s+(?:more|again)|again|anew|repeatedly|today|now))?"
# "urging an expansion to remove barriers": an action named by a noun is what is asked, not
# someone asked.
_ACTION_NOUN = (
    r"an?\s+(?:[a-z]+\s+)?(?:[a-z]+(?:tion|sion|ment|ance|ence|ure|al)|review|ban|freeze|halt|rethink"
    r"|increase|rise|cut|end|inquiry|overhaul|moratorium|boost)\b"
)
_VERB_WHO_TO = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?" + _AGAIN + r"\s+(?:on|upon)|press(?:es|ed|ing)"
    r"|appeal(?:s|ed|ing)?\s+to|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|petition(?:s|ed|ing)?"
    r"|tell(?:s|ing))\s+(?!" + _ACTION_NOUN + ")" + _WHO + _TO_VERB,
    re.I,
)
# "urge" with what is asked as its object: "urged an inquiry", "urging greater care".
# "urged that the men should receive help": the clause after "that" is what is asked; "urged a limit on
# X" asks for the thing named, unless someone to act follows ("urged a group of MPs to vote").
_URGE_OBJECT = re.compile(
    r"\burg(?:e|es|ed|ing)\s+(?:that\s+|(?=" + _ACTION_NOUN + r"|(?:more|greater|further|urgent|immediate)\s"
    r"|(?:caution|restraint|calm|patience|vigilance)\b|an?\s+(?![^.;:]{0,60}?\bto\s+[a-z])))",
    re.I,
)
# "Please take a minute to call your senator": an appeal to the reader; pointers to contacts,
# pages or donations are the site's furniture, not asks.
_PLEASE = re.compile(
    r"\bplease,?\s+(?!(?:contact|visit|see|note|click|read|e-?mail|refer|share|subscribe|follow|like|donate"
    r"|let|feel|do\s+not|don['\u2019]t|find|go|print|forward|direct|send|check)\b)(?=[a-z])",
    re.I,
)
_CONTACT_WORDS = re.compile(r"\b(?:information|comments?|enquiries|inquiries|details|interviews?)\b", re.I)
_ASK_WHO_TO = re.compile(r"\bask(?:s|ed|ing)?\s+" + _WHO + _TO_VERB, re.I)
# "warned the rival camps to stop", "wants the regulator to investigate": someone named, then what they
# should do. These verbs also take clauses ("warned that the plan would force firms to close"), so the
# one asked is a short phrase holding no verb of its own, and outcomes and states of mind after "to"
# ("want the bill to pass", "warned investors to expect") are wishes or forecasts, not asks.
_VERB_FREE = (
    r"(?!(?:that|which|who|if|to|will|would|could|can|may|might|should|must|is|are|was|were|has|have|had"
    r"|do|does|did)\b)[^\s;:!?\"\u201c\u201d,]+"
)
# "wants his new party to change politics" plans for the asker's own; "wants a tariff rise to fund X" wants a
# thing for a purpose.
_NAMED_WHO = (
    r"(?P<target>(?!(?:of|against|about|it|there|this|how|his|her|their|its|our|my)\b|"
    + _ACTION_NOUN
    + ")"
    + _VERB_FREE
    + r"(?:\s+"
    + _VERB_FREE
    + r"){0,4}?)"
)
_NOT_ACTIONS = (
    r"(?!(?:be|become|know|feel|think|believe|see|understand|have|get|come|go|succeed|pass|work|win|grow|happen"
    r"|continue|remain|stay|look|hear|expect|learn|enjoy|realise|realize)\b)"
)
_WARN_WANT_TO = re.compile(
    r"\b(?:warn(?:s|ed)?|want(?:s|ed)?)\s+" + _NAMED_WHO + _TO_VERB + _NOT_ACTIONS, re.I
)
# "wants a public inquiry into X", "wanted a statutory limit on Y": a measure named as what is wanted.
_WANT_OBJECT = re.compile(
    r"\bwant(?:s|ed)?\s+(?=an?\s+(?:(?!to\b)[\w-]+\s+){0,3}?(?:inquiry|investigation|review|ban|limit|cap|moratorium"
    r"|referendum|freeze|halt|rethink|overhaul|probe|apology|cut|cuts)\b)",
    re.I,
)
# "Less than half the country wants a ban": a share of those polled states a view, asks no one.
_SHARE_HEAD = re.compile(
    r"(?:\d\s*%|\bper\s*cent|\b(?:half|majority|minority|most|thirds?|quarters?)\b)", re.I
)
_PASSIVE_TO = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?(?:urged|asked|called\s+(?:on|upon)|pressed|implored)"
    + _TO_VERB,
    re.I,
)
# "called on Thursday for", "called last week for": a time may stand between verb and "for".
_WHEN = (
    r"(?:\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|yesterday|today|again|earlier|repeatedly))?"
)
_CALL_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?:\s+out)?|press(?:es|ed|ing)|appeal(?:s|ed|ing)?)"
    + _WHEN
    + r"\s+for\s+(?!example\b|instance\b)",
    re.I,
)
_DEMAND = re.compile(
    rf"\bdemand(?:s|ed|ing)?\s+(?:that\s+|(?={_DET}\s))",
    re.I,
)
_RECOMMEND = re.compile(r"\brecommend(?:s|ed|ing)?\s+(?:that\s+)?(?!by\b|to\b|in\b|on\b)(?=\w)", re.I)
_AS_RECOMMENDED = re.compile(
    r",\s*as\s+[^,.;]{1,60}?\s+(?:recommended|urged|demanded|requested|proposed)\s*,\s*", re.I
)
# "the panel's recommendations to", "the Senate supported calls to": the noun names asks made,
# by an owner or by others whom the sentence's verb takes up.
_NOUN_TO = re.compile(
    r"(?:['\u2019]s?|\bthe|\bits|\btheir|\bhis|\bher|\bour"
    r"|\b(?:support|back|renew|repeat|echo|heed|answer|join)(?:s|ed|es|ing)?)\s+(?:\w+\s+)?"
    r"(?:recommendation|demand|request|plea|call|appeal)s?" + _TO_VERB,
    re.I,
)
_TIME_FOR = re.compile(
    r"\b(?:(?:it\s+is|it['\u2019]s|it\s+was)\s+(?:high\s+|now\s+|about\s+)?time"
    r"|the\s+time\s+has\s+(?:now\s+)?come)\s+for\s+" + _WHO + _TO_VERB,
    re.I,
)
_PRUDENT = re.compile(
    r"\bit\s+(?:would|will|is|might)\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:prudent|wise|sensible|advisable)"
    r"(?:\s+for\s+" + _WHO + r")?" + _TO_VERB,
    re.I,
)
_HOPE = re.compile(
    r"\b(?:we|I)\s+(?:would\s+|do\s+|very\s+much\s+)?hope\s+(?:that\s+)?" + _WHO + r"\s+(?:will|would)\s+",
    re.I,
)
# Whom a hope may be an ask of: not the speaker's own circle, nor someone already acting.
# "I hope that would teach him": a pronoun for a thing or an event hopes for an outcome, asks no one.
_HOPE_TARGET_OUT = _words(
    "he she they it i we you my our his her their not n't isn't aren't doesn't don't that this which"
)
# "recommendations ..., such as A, B and C": an enumeration of asks.
_ENUMERATION = re.compile(
    r"\b(?:recommendations|demands|calls)\b[^.:;]{0,80}?,?\s+(?:such\s+as|including)\s+(?=\w)", re.I
)
# "recommendations on a range of issues including X": the list names topics, not the asks.
_TOPIC_NOUN = re.compile(r"\b(?:issues|topics|areas|subjects|matters|themes|concerns|fields)\b", re.I)
# Small words inside a name ("the United Kingdom", "Bosnia and Herzegovina").
_NAME_GLUE = _words("the of and de")
# Words that with a participle name people: "all concerned", "those affected", "everyone involved".
_PEOPLE_HEADS = _words("all those everyone anyone")
_ENUM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=[a-z]+ing\b)")

# Lower case only: a modal in a capitalised headline is a slogan, not a sentence.
_MODAL = re.compile(
    r"\b(?P<modal>must|should|ought\s+to|needs?\s+to|needed\s+to|has\s+to|have\s+to|had\s+to)\s+"
    r"(?:(?:also|still|now|urgently|immediately|clearly|really|therefore|further|instead|then|first|surely)\s+)*"
)
# "should still": what is expected despite something, not what is asked ("must still pay" is).
_STILL = re.compile(r"\sstill\s")
# Subjects that make a modal the speaker's own resolve or a generality, not an ask of someone.
_SELF_SUBJECTS = _words(
    "i we you it this that which who what one he she they everyone everybody nobody anyone us "
    "someone somebody something anything nothing"
)
# A modal after one of these is a forecast ("he will have to raise taxes").
_FORECAST = frozenset(["will", "would", "may", "might", "could", "can", "shall"])
# Words just before a modal that make it a forecast or a description of how things are
# ("teams are likely to need to", "they still have to face trial").
_HEDGES = _FORECAST | _words(
    "likely unlikely going set bound expected due still already even often usually sometimes always never"
)
_SAY_VERBS = _words("say says said believe believes believed think thinks thought claim claims claimed")
# After a quoted "should", verbs that forecast how things will go rather than name an action.
_OUTCOME_VERBS = _words(
    "continue lead uplift subside rise fall grow slow improve recover ease pick end help see benefit happen "
    "result boost follow fade settle outstrip stabilise stabilize peak increase decrease decline drop climb"
)
# "should help cut the rate": after "help", a verb of change makes the modal a forecast.
_HELPED_CHANGES = _words("cut reduce boost raise lower bring make keep ease to")
# "our plan should", "no driver should" in a quote: the speaker's own, a rule for everyone.
# What a "have" after a modal may grant: "have a say", "have the right", "have more powers".
_ENTITLEMENTS = _words(
    "say right rights vote veto power powers access choice chance greater bigger stronger final"
)
_MORE = _words("more greater better fewer less")
# Punctuation and closing quote marks around a word after a modal ("be cut,\u201d").
_WORD_EDGE = ",.;:!?\"'\u201d\u2019"
# Words opening a clause that qualifies or asks about a modal rather than asserting it.
_SUBORDINATE = _words("although though whereas while whilst because since unless how what why where whether")
_OWN = _words("our my no any every")
_QUOTE_OPENERS = " \"'\u201c\u2018"
_CLAUSE_WORDS = _words("what how why where whether is are was were saying")
# The closing mark of a quote, then who said it: "\u201d he said", "\u201d, said the minister".
_QUOTE_CLOSED_BY = re.compile(
    r"[\"\u201d]\s*,?\s+(?:[^,;:.!?\"\u201c\u201d]{0,60}?\s)?(?:said|says|added|argued|insisted|told|warned)\b",
    re.I,
)
# Before "has to" or "need to", a negation lifts the obligation: "does not have to" asks nothing.
_NEGATIONS = _words("not never no")
_NO_OBLIGATION = frozenset(["has to", "have to", "had to", "needs to", "need to", "needed to"])
# Modals a reporting verb makes an ask of someone: "X should/must Y", "X needs to Y", and in reported
# speech the past "said X needed to Y" (unreported, "needed to" only tells what happened).
_REPORTED_MODALS = frozenset(["should", "must", "needs to", "need to"])
_BE_FORMS = _words("is are was were be been being")
# Verbs after a modal that state how things are or should be, not an action someone takes.
_STATIVE = _words("have fit suit go come remain stay mean cost look seem sound last lie belong depend matter")
# "should remain in Frankfurt", "must stay within the rules": keeping something where it is is an
# action asked for ("should remain in line with" is a forecast).
# "should be ready/willing to V": a readiness to take an action.
_READY = _words("ready willing")
_KEEP_VERBS = _words("remain stay")
_KEEP_PLACES = _words("in at within inside")
# Past participles that do not end in -ed or -en ("must be shut down", "should be put to a vote").
_PARTICIPLES = _words(
    "made paid put set kept held shut cut brought bought built sent spent sold told taught left done met "
    "heard led won found run struck lost read thrown withdrawn dealt"
)
# Irregular participles a regret ("should have thought") may use, beyond those listed above.
_IRREGULAR_DONE = _words("got thought come become begun sought fought taught caught stood")
# Words after "have" that cannot open a thing provided.
_NOT_PROVIDED = _words("its his this us was is as has had to it their our no")
# Verbs after a modal that report a state of mind rather than an action asked for.
_MENTAL = _words(
    "hope think believe know remember admit accept recognise recognize realise realize say wonder hear "
    "expect feel agree understand wait occur happen"
)
_COGNITION_BEFORE = re.compile(
    r"\b(?:understand|know|think|agree|recogni[sz]e|accept|acknowledge|realise|realize|feel|fear|worry"
    r"|expect|hope|suspect|doubt|assume|shows?|showed|found|finds)\s+(?:that\s+)?$",
    re.I,
)
# "recognise, while life is hard for many, that": an aside between a verb and the clause it takes.
_TRAILING_ASIDE = re.compile(r",[^,;:.!?\"\u201c\u201d]{1,60},\s*$")
# "I think that X must Y": the speaker's own view of what others should do, unlike "they know that X must".
_OWN_VIEW = re.compile(r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:think|believe|feel)\s+(?:that\s+)?$", re.I)
# "If the council is serious about X, it must Y": the pronoun stands for the one named in the condition.
_IF_SERIOUS = re.compile(
    r"^\W*if\s+(?P<who>[^,;:]{1,50}?)\s+(?:is|are)\s+(?:\w+ly\s+)?serious\s+about\b[^;:.!?]*$", re.I
)
# A quoted sentence opening on a condition, up to the subject of its modal: "However, should sales
# slow, ", "But if X, ".
_CONDITION_FIRST = re.compile(
    r"\W*(?:(?:but|however|and|so)\W+)?(?:if|should|unless|once|when)\s[^;:.!?]{1,100},\s*$", re.I
)
# Words right after a modal that invert a condition: "X, should it become Y, must Z".
_INVERTED = _words("it he she they we i you there")
_INVERTED_ASIDE = re.compile(r",\s*(?:should|were|had)\s+(?:it|he|she|they|we|there)\b[^,;:]*,\s*$")
# "sends the message that diversity must be suppressed": the modal says what a message conveys.
_CONTENT_NOUN = re.compile(
    r"\b(?:message|signal|impression|idea|notion|perception)\b[^,;:]{0,60}?\bthat\b", re.I
)
# "added that once the deal is signed, the board should": a clause of time or condition may stand between
# the reporting verb and the subject of what is asked.
_REPORTED = re.compile(
    r"\b(?:said|says?|argued|argues|insisted|insists|believe[sd]?|suggest(?:s|ed)?|stressed|stresses|added|adds"
    r"|maintained|maintains)\s+(?:\w+\s+){0,2}?(?:that\s+)?"
    r"(?:(?:if|once|when|before|after|until|unless|while|whilst)\s[^,;:.!?\"\u201c\u201d]{1,80}?,\s*)?$",
    re.I,
)
# "said the public did not know whom to believe and the auditor should judge": a second reported clause.
_REPORTED_AND = re.compile(
    r"\b(?:said|says|argued|argues|insisted|insists)\s[^,;:.!?\"\u201c\u201d]{0,100}?\sand\s+(?:that\s+)?$",
    re.I,
)
# A single person as the subject of a reporting verb: "He said", "Mr Lee has argued".
_PERSON_REPORTER = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he)|\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Baroness)\s+[A-Z][\w'\u2019-]*)"
    r"\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?$"
)
# "suggests doubling X, while cutting Y": the second gerund is part of the same proposal.
_WHILE_TOO = re.compile(r",\s+(?:while|whilst)\s+[a-z]+ing\b")
# "Figures suggest the bank should ...": what data suggest is a reading of evidence, not an ask.
_SUGGESTED = re.compile(r"\bsuggest(?:s|ed)?\s+(?:that\s+)?$", re.I)
# "X should Y, the group said": the asker's attribution closes the sentence.
_ATTRIBUTION_AFTER = re.compile(
    r"\s*,[\"\u201d]?\s+(?:according\s+to\b|[^,;:.!?]{0,120}?\b(?:said|says|argued|argues|insisted|insists|stated|warned"
    r"|added|adds|concluded)\b)",
    re.I,
)
# "X must Y - or Z will suffer, says the watchdog.": the attribution closes the sentence after an aside.
_ATTRIBUTION_TAIL = re.compile(
    r",[\"\u201d]?\s+(?:[^,;:.!?]{0,60}?\s)?(?:has\s+|have\s+)?(?:said|says|argued|argues|insisted|insists|stated"
    r"|warned)(?:\s+[^,;:!?]{0,80}?)?[.!?]?[\"\u201d]?\s*$",
    re.I,
)
# "there should be more funding": what a reported "there should be" names is asked for, unless it
# only states a belief ("there must be a reason", "there should be no doubt").
_THERE_BE_OUT = _words("reason doubt way something nothing some no little question problem")
# "should think again", "must think carefully": a state of mind turned into an action asked for.
_DELIBERATE = _words("again carefully twice hard harder long seriously")
_CLAUSE_OPEN = re.compile(
    r"(?:[,;:(]|\b(?:and|but|if|when|said|says?|argued|argues|insisted|insists|believe[sd]?|suggest(?:s|ed)?)\b"
    r"|\bthat\b(?!['\u2019]))\s*",
    re.I,
)

# Cues strong enough to make their paragraph a paragraph of demands.
_ASK_CUE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|demand(?:s|ed|ing)?|recommend\w*"
    r"|press(?:es|ed|ing)\s+for)\b",
    re.I,
)
_AND_ONLY = re.compile(r"\s*,?\s*and\s*")
# "The report suggests doubling the limit": a report, body or person proposing an action named
# by a gerund ("suggesting" itself mostly describes evidence: "research suggesting ...").
_SUGGEST_GERUND = re.compile(r"\bsuggest(?:s|ed)\s+(?!being\b|having\b)(?=[a-z]+ing\s)")
# Heads under which "suggests" reads evidence, not a proposal.
_EVIDENCE_HEAD = re.compile(
    r"\b(?:figures|data|evidence|research|survey|study|studies|poll|polls|results|findings|signs|numbers"
    r"|statistics|analysis|this|that|which|it\s+was)\b",
    re.I,
)
# A finite verb after the gerund makes it the subject of a clause: "suggested keeping troops could cost".
_GERUND_SUBJECT = re.compile(
    r"[a-z]+ing(?:\s+(?!(?:which|that|who|so|to|when|if|while)\b)[\w'\u2019-]+){0,5}?"
    r"\s+(?:could|would|will|may|might|can|is|are|was|were|has|had|costs?|means?|meant)\b",
    re.I,
)
_AND_TO = re.compile(r",?\s+and\s+(?:for\s+" + _WHO + r"\s+)?to\s+(?!" + _DET + r"\b)(?=[a-z])", re.I)
# An infinitive inside an action, which an "and to ..." that follows may continue.
_INNER_TO = re.compile(
    r"\bto\s+(?!" + _DET + r"\b|at\b|least\b|\d)(?:bring|spring|string|swing|[a-z]+\b(?<!ing))"
)
# A bare cue verb after one of these is a forecast or an ability, not an ask made.
_FORECAST_HEAD = re.compile(r"\b(?:will|would|can|could|may|might|shall)\b", re.I)
_URGED_THAT = re.compile(r"\bthat\s+$", re.I)
_STATED = re.compile(r"\b(?:is|are|was|were|has|have)\b", re.I)
_SPEECH_PREVIEW = re.compile(r"\bwill\s+(?:also\s+|again\s+)?$", re.I)
_BARE_CUE = re.compile(r"(?:urge|call|demand|recommend|ask|press|appeal)\b", re.I)
# "This call for ..." opening a sentence refers back to a call already reported.
_REFERRING_HEAD = re.compile(r"\s*(?:(?:this|that|the|its|their|his|her)|(?:\w\s)+\w)\s*", re.I)
# "the areas they want the government to focus on": what is asked about stands before the cue, in a
# relative clause, and the action left after it is only a verb and its particle.
# ("fight on", "carry on": "on" as going on is an action of its own).
_STRANDED = re.compile(
    r"(?!(?:fight|carry|press|battle|soldier|hold|move|push|keep)\s)\S+\s+(?:on|in|for|with|about|at|to|from|into)",
    re.I,
)
_AFTER_CAUSE = re.compile(
    r"\s+after\s+(?!\d|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|the\s+(?:election|summer|vote|war|end|poll|referendum))\b)",
    re.I,
)
_INFINITIVE = re.compile(r"\bto\s+[a-z]")
# A forecast joined to a modal's clause ("should be made quickly and could be done by May").
_FORESEEN_TOO = re.compile(
    r"(?:(?!\b(?:that|which|who|if|when)\b)[^,;:])*?\s+and\s+(?:\w+\s+)?(?:could|would|will|may|might)"
    r"\s+(?:even\s+|also\s+)?be\b"
)
_CONJUNCTION_START = re.compile(r"(?:and|or|but|nor)\b", re.I)
_PRO_FORM = re.compile(r"(?:do|does|did|act)(?:\s+(?:so|it|that|this|\w+ly))?(?=\s+and\s|\s+or\s|$)", re.I)
# An object named before "called for" leaves only a phrase of place or time after it.
_PREPOSITION_START = re.compile(r"(?:under|by|in|at|since|because|after|before|during|on|as|from)\b", re.I)
# The verb of a clause whose subject a following "and must ..." shares.
_SHARED_VERBS = _words("has have had is are was were holds hold bears bear owes owe knows know")
# Words that show a stretch between commas is a clause, not one part of a listed subject.
_LIST_BREAKERS = _words("is are was were has have had be been will would said says that which who if when")
# Determiners and possessives that open a second noun phrase inside a modal's subject.
_INNER_DET = _words("the a an our their his her its my your this these those")
_PREPOSITIONS = _words("of for in on to with at by from about over under into than like as and or")
# A cue under a negation asks nothing: "opted not to call on", "did not recommend", "never urged".
_NEGATED_HEAD = re.compile(
    r"(?:(?:\b(?:not|never)|n['\u2019]t)\s+(?:(?:to|have|has|had|be|been|\w+ly)\s+){0,2}"
    r"|(?:\b(?:not|never)|n['\u2019]t)\s+(?:be\s+)?\w+\s+to\s+"
    r"|\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+"
    # "his failure to call for", "laws that allow doctors to recommend": no ask made, or only one possible.
    r"|\b(?:failure|failing|fail(?:s|ed)?|refusal|reluctance)\s+to\s+"
    r"|\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:\w+\s+){1,3}?to\s+)$",
    re.I,
)
# A passive "be"/"being" with no finite verb before it is an ask imagined, not one made:
# "an honour to be asked to", "nothing beats being asked to".
_FINITE_BE_HEAD = re.compile(
    r"(?:\b(?:will|would|shall|should|must|may|might|can|could|is|are|was|were|am)|['\u2019](?:re|s|m))"
    r"\s+(?:(?:not|\w+ly)\s+)?$",
    re.I,
)
# Words before "demand", "recommended" or "call" that make it a noun or an adjective:
# "pent-up demand that", "the recommended term", "port of call for".
_NOUN_HEAD = re.compile(rf"(?:\b{_DET}|\bsuch|\bno|\w-\w+|\d|\w['\u2019]s|\b[a-z]+est)\s+$", re.I)
# A capitalised cue after "of" or another capitalised word is part of a name ("Court of Appeals for").
_NAME_HEAD = re.compile(r"(?:\bof|\b[A-Z]\w*)\s+$")
_CALL_NOUN_HEAD = re.compile(r"\b(?:port\s+of|conference|phone|roll|wake-up|close)\s+$", re.I)
# "is likely to face further calls for", "there may be louder calls for": calls foreseen, none made.
_CALLS_FORESEEN_HEAD = re.compile(
    r"\b(?:may|might|could|will|would|likely\s+to|expected\s+to|set\s+to|bound\s+to)\s+(?:\w+\s+)?"
    r"(?:face|be|see|prompt|spark|trigger|fuel|provoke|bring|lead\s+to)\s+(?:\w+\s+)?$",
    re.I,
)
# "and that calls for a new levee": a demonstrative subject makes "calls for" mean "requires".
_REQUIRES_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:this|that)\s+$", re.I)
# "there has been no consolidated appeal for": a call or appeal that was never made.
_NONE_MADE_HEAD = re.compile(r"\bno\s+(?:[a-z]+\s+)?$", re.I)
# "set up a panel to recommend a way forward": an infinitive after a noun names the body's purpose,
# not an ask made; after a verb of wanting or a modal it is one ("we want to urge", "I'd like to call on").
_PURPOSE_HEAD = re.compile(
    r"\b(?!(?:want|wants|wanted|wish|wishes|like|continue|continues|going|got|need|needs|ought|have|has"
    r"|had|used|intend|intends|write|writing|wrote|rise|rose|stand|stood|meet|meeting|met|unite|united"
    r"|join|joined)\b)[a-z]+(?<!ed)\s+to\s+$"
)
# "demand that has grown", "pressing reasons to": a noun or an adjective, not a cue verb.
_NOUN_AFTER = re.compile(
    r"(?:demands?\s+that\s+(?:has|had|is|was|are|were|will|would|could|can|may|might)\b"
    r"|pressing\s+(?:\w+\s+)?(?:reasons?|needs?|issues?|concerns?|problems?|matters?|questions?|business)\b)",
    re.I,
)
_POSSESSOR_HEAD = re.compile(
    r"(?:s?['\u2019]s?|\b(?:the|its|their|his|her|our|this|that))\s+(?:\w+\s+)?$", re.I
)
# A cue in -ing after these is the clause's own verb or its object, not a modifier of the subject.
_GERUND_HEAD = re.compile(r"\b(?:by|in|from|of|for|after|before|without|on|keep|keeps|kept|am|are)\s+$", re.I)
# The sentence's verb after such a subject; one after a pronoun or a relative belongs to a clause inside.
_FINITE_AUX = re.compile(
    r"(?<=\w)(?<!\bwhich)(?<!\bthat)(?<!\bwho)(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bI)"
    r"(?<!\byou)\s+(?:was|were|is|are|has|have|had|will|would)\s+(?!to\b)",
    re.I,
)
# Plain verbs that often follow a subject holding an ask ("the call to close X mirrors calls ...",
# "a plea for calm came from ..."): the subject ends before them.
_PLAIN_VERB = re.compile(
    r"\s+(?:mirror|echo|follow|reflect|match|repeat|come|came|join|gain|won|win|receive|dr[ae]w|attract|spark"
    r"|prompt|met|meet|went|goe|got|get|face|found|stood|stand|remain|seem|appear|deserve|put|set|add)"
    r"(?:s|es|ed)?\s+(?!to\b|of\b)",
    re.I,
)
_REPORTING_IN = re.compile(r"\b(?:said|says|told|tells|that|and|but)\b", re.I)
_ABILITY_HEAD = re.compile(r"\b(?:could|might|may|can)\s+$", re.I)
_PASSIVE_HEAD = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    triggers: frozenset[str]  # words of which one must occur for the pattern to have a chance
    weak: bool = False  # counts only inside a quote or a paragraph of demands
    splits: bool = False  # "to A and to B" are two asks
    kind: str = "cue"
    # A cheap pattern that must match in the stretch before the full (slower) pattern is tried.
    hint: re.Pattern[str] | None = None


# Hints: what a slow pattern's match must hold, found by a search that starts on a literal word.
_NOUN_TO_HINT = re.compile(r"(?:recommendation|demand|request|plea|call|appeal)s?\s+to\s", re.I)
_WARN_WANT_HINT = re.compile(r"\bwa(?:rn|nt)(?:s|ed)?\s+(?!to\b|that\b)", re.I)
_PASSIVE_HINT = re.compile(r"(?:urged|asked|pressed|implored|called\s+(?:on|upon))\s+to\s", re.I)

_RULES = (
    _Rule(
        _VERB_WHO_TO,
        _words("urg call pressed pressing presses appeal implor exhort petition tells telling"),
        splits=True,
    ),
    _Rule(_URGE_OBJECT, _words("urg")),
    _Rule(_WARN_WANT_TO, _words("warn want"), splits=True, hint=_WARN_WANT_HINT),
    _Rule(_WANT_OBJECT, _words("want")),
    _Rule(_PLEASE, _words("please")),
    _Rule(_ASK_WHO_TO, _words("ask"), weak=True, splits=True),
    _Rule(
        _PASSIVE_TO,
        _words("urg ask call pressed implor"),
        weak=True,
        splits=True,
        kind="passive",
        hint=_PASSIVE_HINT,
    ),
    _Rule(_CALL_FOR, _words("call pressed pressing presses appeal")),
    _Rule(_DEMAND, _words("demand")),
    _Rule(_RECOMMEND, _words("recommend"), splits=True),
    _Rule(_AS_RECOMMENDED, _words("recommend urg demand request propos")),
    _Rule(_NOUN_TO, _words("recommend demand request plea call appeal"), hint=_NOUN_TO_HINT),
    _Rule(_TIME_FOR, frozenset(("time for", "time has")), splits=True),
    _Rule(_PRUDENT, _words("prudent wise sensible advisable")),
    _Rule(_HOPE, _words("hope")),
    _Rule(_SUGGEST_GERUND, _words("suggest")),
)


# The word stems the rules above start from; a paragraph without any is skipped cheaply
# (plain substring tests: far faster than one case-blind regex over the paragraph).
_STEMS = (
    *_words(
        "urg call pressed pressing presses appeal implor exhort petition ask demand recommend request "
        "plea propos prudent wise sensible advisable hope must should ought need please tells telling "
        "suggest warn want"
    ),
    "time for",
    "time has",
    "has to",
    "have to",
    "had to",
)
_ENUM_TRIGGERS = _words("recommend demand call")
_MODAL_TRIGGERS = frozenset(("must", "should", "ought", "need", "has to", "have to", "had to"))


def has_ask_cue(text: str, start: int, end: int) -> bool:
    return _ASK_CUE.search(text, start, end) is not None


def _clean_target(target: str | None) -> str | None:
    if not target:
        return None
    target = target.strip(" ,\"'\u201c\u201d")
    return target or None


def _split_and_to(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "A and to B" / "A and for X to B" into the two actions A and B.

    Not when A holds an infinitive of its own ("do all it can to end the war and
    to avoid ..."), where "and to" may continue that infinitive instead.
    """
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _AND_TO.finditer(body, start, end):
        # "A, and for B to C" names a second one asked, so it opens a second ask whatever A holds.
        if m.group("target") is None and _INNER_TO.search(body, pos, m.start()):
            continue
        if m.start() > pos:
            parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts


def _modal_subject(body: str, modal_at: int, floor: int) -> int:
    """Offset where the subject of a modal begins: the opening of its clause."""
    begin = max(floor, modal_at - 120)
    opens = list(_CLAUSE_OPEN.finditer(body, begin, modal_at))
    # "registration, as opposed to X, should": a comma right before the modal closes an aside
    # inside the subject, which then starts before the aside's opening comma.
    if (
        len(opens) >= 2
        and opens[-1].group().startswith(",")
        and not body[opens[-1].end() : modal_at].strip()
        and opens[-2].group().startswith(",")
        and body[opens[-2].end() : opens[-2].end() + 1].islower()
    ):
        opens = opens[:-2]
    listed = _list_start(body, opens, begin)
    last = opens[-1] if opens else None
    pos = listed if listed is not None else last.end() if last else begin
    while pos < modal_at and body[pos] in " \"'\u201c\u201d\n":
        pos += 1
    return pos


def _shared_subject(body: str, modal_at: int, sent: int) -> tuple[int, list[str]]:
    """ "The board has a duty to act and must publish X": a modal right after "and" shares the subject
    of the clause before it, which then opens the ask. Its subject runs up to that clause's verb."""
    head = body[sent:modal_at].rstrip()
    if not head.lower().endswith(" and"):
        return modal_at, []
    and_at = sent + len(head) - 3
    clause_at = _modal_subject(body, and_at, sent)
    words = body[clause_at:and_at].split()
    for i, word in enumerate(words[:7]):
        if word.lower() in _SHARED_VERBS:
            return clause_at, words[:i]
    return modal_at, []


def _is_list_piece(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and not any(w.lower() in _LIST_BREAKERS or w.endswith("ed") for w in words)


def _list_start(body: str, opens: list[re.Match[str]], begin: int) -> int | None:
    """Where a subject listing several things begins ("pensions, schools and health should"): the
    clause opens at "and", but the commas before it join further parts of the same subject."""
    if len(opens) < 2 or opens[-1].group().strip().lower() != "and":
        return None
    k = len(opens) - 2
    commas = 0
    while k >= 0 and opens[k].group().strip() == ",":
        piece = body[opens[k].end() : opens[k + 1].start()]
        if piece.strip():  # ", and" leaves an empty piece between the comma and the "and"
            if not _is_list_piece(piece):
                return None
            commas += 1
        k -= 1
    first_at = opens[k].end() if k >= 0 else begin
    if not commas or not _is_list_piece(body[first_at : opens[k + 1].start()]):
        return None
    return first_at


def _has_relative_subject(words: list[str]) -> bool:
    """ "the question our country must answer": a second noun phrase right after a noun is the
    subject of a relative clause, and the modal belongs to that clause, not to the sentence."""
    return any(
        w in _INNER_DET and words[i - 1] not in _PREPOSITIONS and words[i - 1] not in _INNER_DET
        for i, w in enumerate(words)
        if i > 0
    )


def _if_serious(body: str, sent: int, modal_at: int, pronoun: str) -> str | None:
    """ "If the council is serious about X it must Y": the pronoun before the modal names the one
    the condition puts to the test, so the modal asks something of it."""
    head = body[sent:modal_at].rstrip()
    m = _IF_SERIOUS.match(head[: len(head) - len(pronoun)])
    return m.group("who") if m else None


def _bare(words: list[str]) -> list[str]:
    """Words as compared with the word lists: lower case, without punctuation at their edges."""
    return [w.lower().strip(_WORD_EDGE) for w in words]


def _forecasts(follow: list[str]) -> bool:
    """ "the reforms should help cut the jobless rate", "prices should ease": how things will go."""
    words = _bare(follow[:3])
    if words[0].endswith("ly") and len(words) > 1:
        words = words[1:]  # "should \u201csignificantly uplift earnings\u201d"
    if words[0] == "lead":
        return words[1:2] == ["to"]  # "should lead to job cuts" forecasts; "should lead the way" asks
    if words[0] != "help":
        return words[0] in _OUTCOME_VERBS
    return words[1:2] != [] and words[1] in _HELPED_CHANGES


# "wake up to", "distract from" the fact: a preposition ties the verb to the fact ("use the fact" acts on it).
_FACT_LINKS = _words("to from of over about with")


def _faces_a_fact(follow: list[str]) -> bool:
    """ "must wake up to the fact that", "should not distract from the fact that": a verb bearing on a
    fact only asks that something be recognised, no action."""
    words = _bare(follow[:6])
    return any(
        words[i - 1] in _FACT_LINKS and words[i] == "the" and words[i + 1] == "fact"
        for i in range(2, len(words) - 1)
    )


def _mental(follow: list[str]) -> bool:
    """ "should hope", "must accept that": a state of mind, not an action asked for. Deliberating ("must
    think again") and accepting a thing offered ("should accept a cut in pay") are actions."""
    if _faces_a_fact(follow):
        return True
    words = _bare(follow[:4])
    if words[0] == "not":
        words = words[1:]  # "should not expect miracles": what to expect, not what to do
    if words[0] not in _MENTAL:
        return False
    if len(words) < 2:
        return True
    if words[1] in _DELIBERATE:
        return False
    return not (words[0] == "accept" and words[1] != "that" and words[1:3] != ["the", "fact"])


def _grants(follow: list[str]) -> bool:
    """ "should have a greater say", "must have more powers": a modal's "have" giving a right, a power
    or more of something asks that it be given, where "should have the nerve" only states a quality."""
    words = _bare(follow[:3])
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


def _in_relative_clause(follow: list[str]) -> bool:
    """ "the points voters should weigh were housing": a finite "be" right after the modal's verb
    belongs to the sentence, so the modal sits in a clause qualifying the noun before it."""
    if len(follow) < 2 or follow[0][-1:] in _WORD_EDGE:
        return False
    first, second = _bare(follow[:2])
    return first not in _BE_FORMS and second in ("is", "are", "was", "were")


def _done(word: str) -> bool:
    return word.endswith(("ed", "en", "wn", "ne")) or word in _PARTICIPLES or word in _IRREGULAR_DONE


def _states_how_things_are(follow: list[str]) -> bool:
    """True when the words after a modal state a condition ("must be the priority", "should have the
    will", "must go to the players") rather than name an action ("must be scrapped", "must publish")."""
    words = _bare(follow)
    if words and words[0] == "not":
        words = words[1:]
    if not words:
        return True
    if _grants(words):
        return False
    if words[0] in _KEEP_VERBS and words[1:2] and words[1] in _KEEP_PLACES and words[2:3] != ["line"]:
        return False
    if words[0] == "go" and follow[0].rstrip("\"'\u201d\u2019").endswith((".", ";", "!")):
        return False  # "the old exams should go.": a thing to be done away with
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
    # "must be more open about X": a change of conduct asked for.
    return not (nxt.endswith(("ed", "en", "wn")) or nxt in _PARTICIPLES or nxt in _MORE)


def _attributed(body: str, before: str, end: int, limit: int) -> bool:
    """A modal sentence reported as someone's view: "X said Y should", "Y should, X says"."""
    if _REPORTED.search(before) or _REPORTED_AND.search(before) or _ATTRIBUTION_AFTER.match(body, end, limit):
        return True
    return _ATTRIBUTION_TAIL.search(body, end, sentence_end(body, end, limit)) is not None


def _quoted_should(
    body: str, before: str, end: int, quote_end: int, subject: list[str], follow: list[str]
) -> bool:
    """A quoted "should" asks when the speaker reports a view inside the quote ("The panel believes
    that X should Y") or the quote closes on its sentence and then names its speaker ("X should Y,
    making Z," she said), unless it speaks of the speaker's own ("our plan should") or forecasts
    ("growth should slow")."""
    if subject[0] in _OWN or follow[0].lower() in _OUTCOME_VERBS:
        return False
    if not _CLAUSE_WORDS.isdisjoint(subject):
        return False  # "what politicians should do", "it is all very well saying X should": no one asked
    if _REPORTED.search(before) or _OWN_VIEW.search(before):
        return True  # "we believe there should be an inquiry": a view the speaker reports
    if subject[0] == "there":
        return False  # "there should be more gains": a forecast
    if subject[0] == "the" and _CONDITION_FIRST.match(before):
        return True  # "But if sales slow, the bank should cut rates": advice on what to do when it comes
    if _opens_quote(before, subject):
        return True  # "\u201cThe council should repair the bridge.\u201d": the sentence opens on its view
    if sentence_end(body, end, quote_end) < quote_end - 1:
        return False  # another sentence follows inside the quote
    return _QUOTE_CLOSED_BY.match(body, quote_end, min(len(body), quote_end + 80)) is not None


def _knows_already(before: str) -> bool:
    """ "they know that X must", "policies that recognise, while life is hard, all should": what someone
    knows or accepts, an aside allowed between the verb and its clause; "I think X must" is a view."""
    core = _TRAILING_ASIDE.sub(" ", before)
    return any(_COGNITION_BEFORE.search(h) for h in (before, core)) and not any(
        _OWN_VIEW.search(h) for h in (before, core)
    )


def _opens_quote(before: str, subject: list[str]) -> bool:
    """A quoted sentence that opens on the modal's subject, a party named rather than a pronoun,
    gives the speaker's view of what that party should do."""
    return (
        not before.strip(_QUOTE_OPENERS)
        and subject[0] not in _SELF_SUBJECTS
        and subject[0] != "they"
        and not subject[-1].endswith(")")
    )


def _they_asked(
    body: str,
    before: str,
    modal: str,
    end: int,
    quote: tuple[int, int] | None,
    subject: list[str],
    follow: list[str],
) -> bool:
    """ "They should not be sent out alone," she said; "he said they must pay": "they" are others the
    speaker asks something of, where "they said they must" or an unreported "they should" is a
    group speaking of itself or a generality."""
    if modal not in ("should", "must"):
        return False
    if quote is not None:
        return _quoted_should(body, before, end, quote[1], subject, follow)
    reported = _REPORTED.search(before)
    # One person reporting ("He said they should") speaks of others; a group ("the party argues that
    # they should") speaks of itself.
    return reported is not None and _PERSON_REPORTER.search(before, 0, reported.start()) is not None


def _goes_on(body: str, asks: list[ProseAsk], subject_at: int) -> bool:
    """ "says there should be X and candidates should be able to Y": a modal clause joined by "and"
    to an ask just taken is reported by the same words."""
    if not asks or asks[-1].kind != "modal":
        return False
    return _AND_ONLY.fullmatch(body, asks[-1].end, subject_at) is not None


def _names_what_is_wanted(words: list[str], follow: list[str]) -> bool:
    """ "there should be more funding", "candidates should be able to spend": an existence or an
    ability asked for, where "be" otherwise only states how things are."""
    rest = _bare(follow)
    if rest[:1] == ["not"]:
        rest = rest[1:]
    if rest[:3] == ["be", "able", "to"] and len(rest) > 3:
        return True
    if [w.lower() for w in words] != ["there"] or rest[:1] != ["be"] or len(rest) < 3:
        return False
    named = rest[2] if rest[1] in ("a", "an") else rest[1]
    return named not in _THERE_BE_OUT


def _modal_asks(
    body: str, start: int, end: int, quotes: list[tuple[int, int]], demanding: bool, voiced: bool
) -> list[ProseAsk]:
    """ "X must Y" asks. In a release any such sentence counts; elsewhere (a paragraph that already
    makes an ask, a quote, a reported "said X should") only one that names an action."""
    asks: list[ProseAsk] = []
    for m in _MODAL.finditer(body, start, end):
        quote = span_containing(quotes, m.start())
        modal = m.group("modal")
        follow = body[m.end() : m.end() + 40].split()
        if not follow or follow[0].lower() in _INVERTED or _mental(follow):
            continue
        if modal == "should" and follow[0] == "have" and not _grants(follow):
            continue  # "should have been": a regret about the past
        if _in_relative_clause(follow):
            continue  # "the points voters should weigh were": the modal's clause qualifies a noun
        if body[max(start, m.start() - 7) : m.start()].split()[-1:] in (["should"], ["must"], ["will"]):
            continue  # "should have to rely": the first modal already spoke
        sent = sentence_start(body, m.start(), quote[0] if quote else start)
        subject_at = _modal_subject(body, m.start(), sent)
        # "X, should it become Y, must Z": the inverted condition is an aside, not part of the subject.
        words = _INVERTED_ASIDE.sub("", body[subject_at : m.start()]).split()
        if all(w.endswith("ly") for w in words):
            # "..., and urgently need to": an adverb opening the clause is no subject.
            subject_at, words = _shared_subject(body, subject_at, sent)
        if not words or len(words) > 12:
            continue
        lowered = [w.lower() for w in words]
        # "Either they need to X or Y": an ultimatum puts the choice to the ones it names.
        ultimatum = lowered[0] == "either" and len(words) > 1
        if ultimatum:
            subject_at = body.find(words[1], body.find(words[0], subject_at) + len(words[0]))
            words, lowered = words[1:], lowered[1:]
        last = lowered[-1]
        serious = _if_serious(body, sent, m.start(), words[-1]) if last in ("it", "they") else None
        if serious:
            subject_at, words, lowered = m.start() - len(words[-1]) - 1, [serious], [last]
        # "the US should" names a country, not "us".
        others = lowered == ["they"]  # who "they" are is settled below: only others reported on are asked
        self_subject = last in _SELF_SUBJECTS and words[-1] != "US" and not serious and not others
        if self_subject or words[0].lower() in ("i", "we") or last in _SAY_VERBS:
            continue  # "a move ministers say should keep rises down": the modal's subject is elsewhere
        if _has_relative_subject(lowered) or lowered[0] in _SUBORDINATE:
            continue  # "although the big economies should weather it", "how firms should be convinced"
        if "whether" in lowered or (modal == "should" and _STILL.search(m.group())):
            continue  # "the question was whether X should", "sales should still top forecasts"
        if not _HEDGES.isdisjoint(lowered[-3:]):
            continue
        negated = last in _NEGATIONS or last.endswith(("n't", "n\u2019t"))
        if negated and " ".join(modal.split()) in _NO_OBLIGATION:
            continue
        before = body[sent:subject_at]
        if _CONTENT_NOUN.search(before):
            continue
        if _knows_already(before):
            continue
        if _SUGGESTED.search(before) and _EVIDENCE_HEAD.search(before):
            continue
        passive = not _BE_FORMS.isdisjoint(lowered[-2:])
        past = modal.startswith(("needed", "had"))
        if past and (passive or not _REPORTED.search(before)):
            # Unreported, "needed/had to" tells what happened; "investment was needed to" names a purpose.
            continue
        if past and (last in ("had", "has", "have") or not _LIST_BREAKERS.isdisjoint(lowered)):
            continue  # "had had to be replaced", "the flexibility which the firm now had to grow": no ask
        limit = quote[1] if quote else end
        s, e = trim_span(body, subject_at, clause_end(body, m.end(), limit))
        if _FORESEEN_TOO.match(body, m.end(), e):
            continue  # "the cuts should be made quickly and could be done by May": a plan described
        if ultimatum:
            # The action runs from the modal's verb to the "or" that states the alternative.
            alternative = body.find(" or ", m.end(), e)
            s, e = trim_span(body, m.end(), alternative if alternative > 0 else e)
        if others and not ultimatum and not _they_asked(body, before, modal, e, quote, lowered, follow):
            continue
        if not voiced:
            if demanding or serious or ultimatum:
                ok = True
            elif quote:
                ok = modal in ("must", "ought to") or (
                    modal == "should" and _quoted_should(body, before, e, quote[1], lowered, follow)
                )
            else:
                ok = (
                    _ends_lead_in(body, e, limit)
                    or (" ".join(modal.split()) in _REPORTED_MODALS and _attributed(body, before, e, limit))
                    or past  # reported, as checked above
                    or _goes_on(body, asks, subject_at)
                ) and not (modal == "should" and _forecasts(follow))
            if not ok or (_states_how_things_are(follow) and not _names_what_is_wanted(words, follow)):
                continue
        if e > m.end():
            target = _clean_target(" ".join(words))
            asks.append(ProseAsk(s, e, m.start(), target, quote is not None, "modal"))
    return asks


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


def _blocked(body: str, rule: _Rule, cue: re.Match[str], floor: int) -> bool:
    """A cue that asks nothing here: negated, imagined, or a noun or adjective in a verb's spelling."""
    head = body[max(floor, cue.start() - 40) : cue.start()]
    word = cue.group().split()[0].lower()
    if rule.pattern is _PLEASE:
        opening = body[sentence_start(body, cue.start(), floor) : cue.start()]
        close = sentence_end(body, cue.end(), len(body))
        return (
            bool(opening.strip(" \"'\u201c\u2018"))
            or _CONTACT_WORDS.search(body, cue.end(), close) is not None
        )
    if _NEGATED_HEAD.search(head):
        return True
    if rule.kind == "passive" and word in ("be", "being") and not _FINITE_BE_HEAD.search(head):
        return True
    if rule.kind == "passive" and word == "be" and _ABILITY_HEAD.search(head):
        return True  # "could be called upon to": a possibility, not an ask
    if _NOUN_AFTER.match(body, cue.start()):
        return True
    if word in ("demand", "demands", "recommended") and _NOUN_HEAD.search(head):
        return True
    if word.startswith("call") and _CALL_NOUN_HEAD.search(head):
        return True
    if word == "calls" and (_CALLS_FORESEEN_HEAD.search(head) or _REQUIRES_HEAD.search(head)):
        return True
    if word.startswith(("call", "appeal", "demand", "plea")) and _NONE_MADE_HEAD.search(head):
        return True
    if rule.pattern is _RECOMMEND and word == "recommend" and _PURPOSE_HEAD.search(head):
        return True
    if cue.group()[:1].isupper() and _NAME_HEAD.search(head):
        return True
    # "a penalty was called for", "local purchase is recommended": what is asked for stands
    # before the cue, not after it.
    passive = word.endswith("ed") and _PASSIVE_HEAD.search(head) is not None
    return passive and rule.pattern in (_CALL_FOR, _RECOMMEND)


def _is_forecast(body: str, cue: re.Match[str], floor: int) -> bool:
    """ "Other countries will ... recommend improvements": a bare cue verb under will/can."""
    if not _BARE_CUE.fullmatch(body, cue.start(), cue.start() + len(cue.group().split()[0])):
        return False
    head = body[sentence_start(body, cue.start(), floor) : cue.start()]
    if _SPEECH_PREVIEW.search(head) and cue.group()[:3].lower() in ("cal", "urg"):
        return False  # "In his speech he will call for X": an ask announced for a set occasion
    return _FORECAST_HEAD.search(head) is not None and not re.search(r"\b(?:we|I)\s+$", head)


def _refers_back(body: str, cue: re.Match[str], floor: int) -> bool:
    head = body[sentence_start(body, cue.start(), floor) : cue.start()]
    if not head.strip() and cue.group()[:1].islower():
        return False  # "calls for X;" as an item under "Labor:": the lead-in's subject goes on
    return _REFERRING_HEAD.fullmatch(head) is not None or not head.strip()


def _ends_lead_in(body: str, end: int, limit: int) -> bool:
    """True when the span runs up to a colon: it names who or how many, what follows says what."""
    rest = body[end:limit].lstrip(" \"'\u201d")
    return rest.startswith(":")


def _hoped_in_vain(body: str, m: re.Match[str], target: str | None) -> bool:
    """A hope that is no ask: of the speaker's own circle, or that people will think or say something."""
    if not _HOPE_TARGET_OUT.isdisjoint((target or "").lower().split()):
        return True
    verb = body[m.end() : m.end() + 20].split()[:1]
    return bool(verb) and verb[0].lower().strip(".,;:!?\"'\u201d") in _MENTAL


def _in_subject(body: str, rule: _Rule, cue: re.Match[str], floor: int) -> bool:
    """ "A motion calling for X was passed", "the group's call for X is welcome": the cue sits in
    the sentence's subject, so the sentence's own verb ends what is asked."""
    word = cue.group().split()[0].lower()
    head = body[max(floor, cue.start() - 40) : cue.start()]
    if rule.pattern is _NOUN_TO:
        # "The panel's call to close X ...": an owned ask opening its sentence is the subject.
        opening = body[sentence_start(body, cue.start(), floor) : cue.start()]
        return len(opening.split()) <= 3 and not _REPORTING_IN.search(opening)
    if word.endswith("ing"):
        return bool(head.strip()) and not _PASSIVE_HEAD.search(head) and not _GERUND_HEAD.search(head)
    return word in ("call", "calls", "plea", "appeal") and _POSSESSOR_HEAD.search(head) is not None


def _after_that(body: str, at: int) -> bool:
    return _URGED_THAT.search(body, max(0, at - 8), at) is not None


def _whole_before_colon(body: str, rule: _Rule, first: int, last: int) -> bool:
    """An appeal to the reader, or an ask named by a noun phrase of some length ("urging an
    expansion to cover three more groups: A, B and C"), is complete before a colon that follows."""
    if rule.pattern is _PLEASE:
        return True
    if rule.pattern is not _URGE_OBJECT or _after_that(body, first):
        return False  # "urged that the following be made:" leads in to the asks listed
    return len(body[first:last].split()) >= 5


def _proposes(body: str, m: re.Match[str], floor: int, limit: int) -> bool:
    head = body[sentence_start(body, m.start(), floor) : m.start()]
    if _EVIDENCE_HEAD.search(head):
        return False
    return _GERUND_SUBJECT.match(body, m.end(), clause_end(body, m.end(), limit)) is None


def _is_participle_clause(target: str) -> bool:
    """ "voters needed" ends in a participle of a clause; "all concerned", "those affected" name people."""
    words = target.split()
    last = words[-1]
    if not (last.endswith("ed") and last.islower()):
        return False
    return not (len(words) == 2 and words[0].lower() in _PEOPLE_HEADS)


def _before_cause(body: str, first: int, stop: int) -> int:
    """ "called for the chief's removal after months of criticism": after a thing asked for, named by a
    noun phrase, "after" tells why or when the call came. Not inside an infinitive ("for talks to be
    held after the vote"), nor before a date or a number."""
    after = _AFTER_CAUSE.search(body, first, stop)
    if after is None or _INFINITIVE.search(body, first, after.start()):
        return stop
    return after.start()


def _cued_asks(
    body: str, rule: _Rule, m: re.Match[str], floor: int, limit: int, in_quote: bool
) -> list[ProseAsk]:
    """The asks one cue match makes, or none when the cue turns out not to ask anything."""
    if m.end() >= limit or _is_forecast(body, m, floor) or _blocked(body, rule, m, floor):
        return []
    if rule.pattern is _CALL_FOR and _refers_back(body, m, floor):
        return []
    target = _clean_target(m.groupdict().get("target"))
    begin = m.end()
    if target and target.lower().endswith(" not"):
        # "urged him not to sign": the negation belongs to the action asked for.
        target = target[:-4].rstrip()
        begin = m.start("target") + len(target) + 1
    if target and _is_participle_clause(target):
        return []  # "the swing voters needed to win": a participle, not someone asked
    if rule.pattern is _HOPE and _hoped_in_vain(body, m, target):
        return []
    if rule.pattern is _SUGGEST_GERUND and not _proposes(body, m, floor, limit):
        return []
    if rule.pattern is _WANT_OBJECT and _SHARE_HEAD.search(
        body, sentence_start(body, m.start(), floor), m.start()
    ):
        return []
    stop = clause_end(body, m.end(), limit)
    if _in_subject(body, rule, m, floor):
        verbs = [
            v.start()
            for v in (_FINITE_AUX.search(body, m.end(), stop), _PLAIN_VERB.search(body, m.end(), stop))
            if v
        ]
        stop = min(verbs, default=stop)
    first, last = trim_span(body, m.end(), stop)
    if _CONJUNCTION_START.match(body, first, last):
        return []  # "the plan they had been pressing for and fans will welcome": what was asked stands before
    if _ends_lead_in(body, last, limit) and not _whole_before_colon(body, rule, first, last):
        return []
    if rule.pattern is _CALL_FOR and _PREPOSITION_START.match(body, first):
        return []
    if rule.pattern is _CALL_FOR:
        stop = _before_cause(body, first, stop)
    if rule.pattern is _URGE_OBJECT and _after_that(body, first) and _STATED.search(body, first, stop):
        return []  # "experts urge that distancing is essential": a view urged, not an action
    if first < stop and body[first:stop].split()[0].endswith("ing"):
        also = _WHILE_TOO.match(body, stop)
        if also:
            stop = clause_end(body, also.end(), limit)
    pieces = _split_and_to(body, begin, stop) if rule.splits else [(begin, stop)]
    asks = []
    for ps, pe in pieces:
        s, e = trim_span(body, ps, pe)
        if e - s > 2 and not _PRO_FORM.match(body, s, e) and not _STRANDED.fullmatch(body, s, e):
            asks.append(ProseAsk(s, e, m.start(), target, in_quote, rule.kind))
    return asks


def find_prose_asks(body: str, start: int, end: int, voiced: bool = False) -> list[ProseAsk]:
    """Every ask cued in body[start:end], in order; overlapping asks are left for the caller.

    `voiced` says the article speaks for the asking group (a press release), so
    its own "X must Y" sentences are asks even without a cue verb nearby.
    """
    lowered = body[start:end].lower()
    found = {stem for stem in _STEMS if stem in lowered}
    if not found:
        return []
    quotes = quoted_spans(body, start, end)
    demanding = has_ask_cue(body, start, end)
    asks: list[ProseAsk] = []
    for rule in _RULES:
        if rule.triggers.isdisjoint(found) or (rule.hint and not rule.hint.search(body, start, end)):
            continue
        for m in rule.pattern.finditer(body, start, end):
            quote = span_containing(quotes, m.start())
            if rule.weak and not (quote or demanding):
                continue
            asks += _cued_asks(body, rule, m, start, quote[1] if quote else end, quote is not None)
    if not _ENUM_TRIGGERS.isdisjoint(found):
        for m in _ENUMERATION.finditer(body, start, end):
            quote = span_containing(quotes, m.start())
            asks += _enumerated(body, m, quote[1] if quote else end, quote)
    if not _MODAL_TRIGGERS.isdisjoint(found):
        # A cue word alone ("the demands of the job") does not make a paragraph one of demands:
        # an ask found in it does.
        asks += _modal_asks(body, start, end, quotes, bool(asks), voiced)
    asks.sort(key=lambda a: (a.start, -a.end))
    return asks
