"""The cue patterns of prose asks: verbs and phrases that make an ask ("urged X to", "called for",
"recommends that", "it is time for X to"), each as a `Rule` with the cheap word tests that must pass
before its pattern is tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.rec_text import word_set

__all__ = [
    "ANNOUNCING",
    "ASKED_THAT",
    "ASK_FOR",
    "CALL_FOR",
    "DET",
    "ENUMERATION",
    "ENUM_TRIGGERS",
    "HOPE",
    "MODAL_TRIGGERS",
    "NOUN_FOR_WHO_TO",
    "NOUN_TO",
    "PLEASE",
    "RECOMMEND",
    "RULES",
    "STEMS",
    "SUGGEST_COULD",
    "SUGGEST_GERUND",
    "URGE_OBJECT",
    "WANT_OBJECT",
    "WHO",
    "Rule",
    "has_ask_cue",
]

# Words that begin a noun phrase; "to" before one is a preposition, not an infinitive.
DET = r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|all|any|every|some)"
# An ask made public before it is put: "the owners are to ask", "the group plans to call for".
ANNOUNCING = r"(?:is|are)\s+to|(?:plans?|planning|intends?)\s+to"

# An -ing word after "to" makes it a preposition ("appeal to working families"), bar a few verbs.
_TO_VERB = (
    rf"\s+to\s+(?!{DET}\b)(?!(?!(?:br|s|str|sw|spr|cl|fl|st|wr|sl)ing\b)[a-z]+ing\b)(?=[\"\u201c][A-Za-z]|(?-i:[a-z]))"
)

# Someone asked: a few words with no sentence punctuation (dots allowed for "U.S.").
_NOT_IN_WHO = (
    r"(?:to|if|whether|when|because|why|how|what|where|while|who|which|is|are|was|were|has|have|had"
    # A subject pronoun and its verb open a clause of its own: "telling the board he wants players to come".
    r"|(?:he|she|we|they|I)\s+(?:want|wants|wanted|wish|wishes|would|will|expects?|expected|hopes?|hoped)"
    r"|['\u2018][a-z]\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[-\u2013\u2014]+\s"
)

WHO = (
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

# "urged Bogdanovic, who has had run-ins with officials, to seize his chance", "calling on the blogsphere -
# the community of bloggers - to help": an aside on the one asked before what they are asked.
_ASIDE = (
    r"(?:,\s+(?:who|which)\s[^,;:.!?\"\u201c\u201d]{1,80},"
    r"|\s+[-\u2013\u2014]\s[^;:.!?\"\u201c\u201d\u2013\u2014-]{1,80}\s[-\u2013\u2014])?"
)

# "urging readers who back the campaign to write to their MP": a clause after "who" says which of them are
# asked. One whose verb takes a "to" of its own ("people who want their PCs to look cool", "those who plan to
# go", "a girl who is sent to live") is left out: the "to" belongs to it. These words end the clause.
_WHO_CLAUSE_STOPS = "|".join(
    sorted(
        word_set(
            "to that which who and but or is are was were be been being have has had want wants wanted "
            "need needs needed like likes liked wish wishes hope hopes hoped plan plans planned try tries "
            "tried expect expects expected used going able allow allows allowed ask asks asked tell tells "
            "told get gets got help helps helped choose chose chooses decide decides decided refuse refuses "
            "refused fail fails failed seem seems seemed"
        )
    )
)

_WHO_CLAUSE = r"(?:\s+who(?:\s+(?!(?:" + _WHO_CLAUSE_STOPS + r")\b)[^\s;:!?,.]+){1,10}?)?"

_VERB_WHO_TO = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?" + _AGAIN + r"\s+(?:on|upon)|press(?:es|ed|ing)"
    # "a right of appeal to the tribunal": a noun after "of", no one appealed to ("an appeal to parents
    # to back the bill" still asks).
    r"|(?<!\bof\s)appeal(?:s|ed|ing)?\s+to"
    r"|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|petition(?:s|ed|ing)?"
    r"|tell(?:s|ing))\s+(?!of\b)(?!" + _ACTION_NOUN + ")" + WHO + _WHO_CLAUSE + _ASIDE + _TO_VERB,
    re.I,
)

# "urge" with what is asked as its object: "urged an inquiry", "urging greater care".
# "urged that the men should receive help": the clause after "that" is what is asked; "urged a limit on
# X" asks for the thing named, unless someone to act follows ("urged a group of MPs to vote").
URGE_OBJECT = re.compile(
    r"\burg(?:e|es|ed|ing)\s+(?:that\s+|(?=" + _ACTION_NOUN + r"|(?:more|greater|further|urgent|immediate)\s"
    r"|(?:caution|restraint|calm|patience|vigilance)\b|an?\s+(?![^.;:]{0,60}?\bto\s+[a-z])))",
    re.I,
)

# "Please take a minute to call your senator": an appeal to the reader; pointers to contacts,
# pages or donations are the site's furniture, not asks.
PLEASE = re.compile(
    r"\bplease,?\s+(?!(?:contact|visit|see|note|click|read|e-?mail|refer|share|subscribe|follow|like|donate"
    r"|let|feel|do\s+not|don['\u2019]t|find|go|print|forward|direct|send|check)\b)(?=[a-z])",
    re.I,
)

# "advises consumers to shop around", "advised users to turn off their consoles": advice to the public or a
# class of people. Advice to one person ("advised them not to confront the man", "advised the referee to
# award a penalty") mostly tells what happened, and a passive ("was advised not to jump") is told of the
# one advised.
_ADVISE_PUBLIC = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\badvis(?:e|es|ed|ing)\s+(?P<target>(?:all\s+|the\s+|its\s+|their\s+)?"
    r"(?:consumers|users|customers|people|everyone|everybody|public|travellers|travelers|parents|motorists|drivers"
    r"|investors|shoppers|passengers|residents|patients|savers|borrowers|homeowners|members|voters|owners))"
    # "advised users not to leave them on": the negation belongs to the action advised.
    r"\s+(?:to\s+(?=[a-z])|(?=not\s+to\s+[a-z]))",
    re.I,
)

# The verb's forms, not "adviser" or "advisory": those are common words in paragraphs that ask nothing.
_ADVISE_STEMS = frozenset(("advise ", "advises", "advised", "advising"))

_ASK_WHO_TO = re.compile(r"\bask(?:s|ed|ing)?\s+" + WHO + _WHO_CLAUSE + _TO_VERB, re.I)

# "warned the rival camps to stop", "wants the regulator to investigate": someone named, then what they
# should do. These verbs also take clauses ("warned that the plan would force firms to close"), so the
# one asked is a short phrase holding no verb of its own ("wants a long-term deal and wants to make sure"
# names no one), and outcomes and states of mind after "to" ("want the bill to pass", "warned investors
# to expect") are wishes or forecasts, not asks.
_VERB_FREE = (
    r"(?!(?:that|which|who|if|to|will|would|could|can|may|might|should|must|is|are|was|were|has|have|had"
    r"|do|does|did|want|wants|wanted)\b)[^\s;:!?\"\u201c\u201d,]+"
)

# "wants his new party to change politics" plans for the asker's own; "wants a tariff rise to fund X" wants a
# thing for a purpose; "if you wanted then to transfer funds": an adverb, no one asked. "Wants it to buy back
# its shares" asks a body of an action, where "the command we want it to run" ends on the bare verb.
_NAMED_WHO = (
    r"(?P<target>(?!(?:of|against|about|it(?!\s+to\s+[a-z]+\s+[\w\"\u201c])|there|this|how|his|her|their|its|our|my"
    r"|then|now|also|still|only)\b|"
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

# "wants the row to stop", "want each half to last": a bare verb ending the clause tells how a thing
# should go, a wish rather than an ask of anyone.
_NOT_BARE_OUTCOME = r"(?!(?:stop|end|last|apply|fail|finish|close)\s*[.,;:!?\"\u201d])"

_WARN_WANT_TO = re.compile(
    r"\b(?:warn(?:s|ed)?|want(?:s|ed)?)\s+" + _NAMED_WHO + _TO_VERB + _NOT_ACTIONS + _NOT_BARE_OUTCOME, re.I
)

# "We need the House of Lords to summon the attorney", "we need public figures to tell the truth": the
# speaker needing a body or people to act asks it of them, where "we need money to pay staff" names a means.
_NEED_WHO_TO = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:really\s+|now\s+|also\s+)?need\s+(?P<target>(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}"
    r"|(?:[a-z]+\s+){0,2}(?:people|figures|politicians|ministers|leaders|parents|voters|everyone|everybody)"
    r"(?:\s+[a-z]+){0,2}?)" + _TO_VERB + _NOT_ACTIONS
)

# "wants a public inquiry into X", "wanted a statutory limit on Y", "wants to see a phased withdrawal",
# "want the publication of the advice": a measure named as what is wanted.
WANT_OBJECT = re.compile(
    r"\bwant(?:s|ed)?\s+(?:to\s+see\s+)?(?=an?\s+(?:(?!to\b)[\w-]+\s+){0,3}?(?:inquiry|investigation|review"
    r"|ban|limit|cap|moratorium|referendum|freeze|halt|rethink|overhaul|probe|apology|cut|cuts|withdrawal)\b"
    r"|the\s+(?:full\s+)?(?:publication|release|resignation|abolition|removal|repeal|withdrawal|scrapping)\s+of\b)",
    re.I,
)

# "asked for an unequivocal statement", "is asking for restitution": a thing or step requested. A passive
# ("were asked for tips") puts the question to its subject; a past scene ("the voters were asking for
# directions") or a manner judged ("improperly asked for IDs") tells what happened, not what is sought; a
# bare word after "for" ("asking for more", "asking for help", "ask for trouble") names no one's step.
ASK_FOR = re.compile(
    r"\b(?=ask)(?<!\bto\s)(?<!\bwho\s)(?<!\b(?:il|un)lawfully\s)(?<!\bimproperly\s)(?<!\bwrongly\s)"
    r"(?<!\billegally\s)(?:ask|asks|(?<![Ww]as\s)(?<![Ww]ere\s)asking"
    r"|(?<![Ww]as\s)(?<![Ww]ere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)asked)\s+for\s+"
    r"(?!(?:more|help|trouble|it|them|him|her|me|us|you|nothing|anything|something|everything|is|was|are|were"
    r"|by|and|or|from|in|on|with|at|to|the\s+(?:moon|earth))\b)(?=[\"\u201c\u2018]?[A-Za-z0-9$\u00a3])"
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

CALL_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?:\s+out)?|press(?:es|ed|ing)|appeal(?:s|ed|ing)?)"
    + _WHEN
    + r"\s+for\s+(?!example\b|instance\b)",
    re.I,
)

# "demanded assurances that X", "demanding answers": a thing asked for named without a determiner.
# "an EU demand for Turkey to recognise Cyprus", "requests for him to read the letter", "pressure for judges
# to be responsible": the one asked follows "for", then the action. The one asked must open on a determiner,
# a name, a pronoun or a plural ("judges"): "demand for storage continues to grow", "demand for heating oil
# was predicted to" and "pleas for help to retrieve" name a market or a thing wanted, no one asked.
_ASKED_OPENING = (
    r"(?:(?P<indef>an?\s+)|(?:the|all|its|their|his|her|our|this|these|those|every|each|some|any)\s+|(?-i:[A-Z]))"
    r"[^\s;:!?\"\u201c\u201d,]*"
    r"(?:\s+(?!" + _NOT_IN_WHO + r"|as\b|and\b|or\b|but\b)[^\s;:!?\"\u201c\u201d,]+){0,5}?"
    r"|(?:him|her|them|us|me)\b|(?-i:[a-z]+(?<!s)s)"
)

NOUN_FOR_WHO_TO = re.compile(
    r"\b(?:demand|plea|request|push|pressure)s?\s+for\s+(?P<target>" + _ASKED_OPENING + ")" + _TO_VERB
    # "a push for a constitutional amendment to overturn X": after a thing named with "a", an active verb
    # gives its purpose ("a meeting to be held" is still the step asked).
    + r"(?(indef)(?=be\b))",
    re.I,
)

_DEMANDED_THINGS = (
    r"assurances?|answers|guarantees?|explanations?|clarification|action|changes|compensation|apolog(?:y|ies)"
    r"|justice"
)

# "demanded to know who signed it", "demanding to see the papers": to be told or shown is asked of whoever
# holds the answer, where "demanded to take a test" is the asker's own step.
_TOLD = r"to\s+(?=(?:know|see|be\s+(?:told|given|shown|consulted))\b)"

_DEMAND = re.compile(
    rf"\bdemand(?:s|ed|ing)?\s+(?:that\s+|{_TOLD}|(?={DET}\s|(?:{_DEMANDED_THINGS})\b))",
    re.I,
)

# "He asked that the county provide the video", "requested that the congressman refrain": the clause after
# "that" is the step asked, as after "demanded that". "Asked that question" has no clause: a subject must open
# it. "Requests that" is left out: mostly a noun with a clause of its own ("requests that could bankrupt it").
ASKED_THAT = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:ed|ing))\s+that\s+"
    r"(?=(?:the|a|an|all|any|its|their|his|her|our|this|these|those|he|she|it|they|we|I)\s|(?-i:[A-Z]))",
    re.I,
)

RECOMMEND = re.compile(r"\brecommend(?:s|ed|ing)?\s+(?:that\s+)?(?!by\b|to\b|in\b|on\b)(?=\w)", re.I)

_AS_RECOMMENDED = re.compile(
    r",\s*as\s+[^,.;]{1,60}?\s+(?:recommended|urged|demanded|requested|proposed)\s*,\s*", re.I
)

# "the panel's recommendations to", "the Senate supported calls to": the noun names asks made,
# by an owner or by others whom the sentence's verb takes up, resists or faces ("resisted calls to publish").
NOUN_TO = re.compile(
    r"(?:['\u2019]s?|\bthe|\bits|\btheir|\bhis|\bher|\bour"
    r"|\b(?:support|back|renew|repeat|echo|heed|answer|join|resist|reject|rebuff|ignore|dismiss|spurn|deflect|bow"
    r"|yield)(?:s|ed|es|ing)?"
    # "sidestepped calls to require", "dodging demands to quit": calls evaded are still calls made.
    r"|\b(?:sidestep(?:s|ped|ping)?|dodg(?:e|es|ed|ing)|evad(?:e|es|ed|ing)|fend(?:s|ed|ing)?\s+off)"
    r"|\b(?:fac(?:e|es|ed|ing)|growing|mounting|renewed|fresh|repeated))\s+(?:\w+\s+)?"
    r"(?:recommendation|demand|request|plea|call|appeal)s?" + _TO_VERB,
    re.I,
)

_TIME_FOR = re.compile(
    r"\b(?:(?:it\s+is|it['\u2019]s|it\s+was)\s+(?:high\s+|now\s+|about\s+)?time"
    r"|the\s+time\s+has\s+(?:now\s+)?come)\s+for\s+" + WHO + _TO_VERB,
    re.I,
)

_PRUDENT = re.compile(
    r"\bit\s+(?:would|will|is|might)\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:prudent|wise|sensible|advisable)"
    r"(?:\s+for\s+" + WHO + r")?" + _TO_VERB,
    re.I,
)

HOPE = re.compile(
    r"\b(?:we|I)\s+(?:would\s+|do\s+|very\s+much\s+)?hope\s+(?:that\s+)?" + WHO
    # "I hope you can take swift action": hoping the one addressed can act asks it of them.
    + r"\s+(?:will|would|(?<=\byou\s)(?:can|could))\s+(?:(?:therefore|also|now|then|please)\s+)?",
    re.I,
)

# "recommendations ..., such as A, B and C": an enumeration of asks.
# "calls to mobiles, numbers such as 0870": telephone calls, not demands.
ENUMERATION = re.compile(
    r"\b(?:recommendations|demands|(?<!free\s)(?<!phone\s)calls(?!\s+(?:to|from)\s))\b[^.:;]{0,80}?,?\s+(?:such\s+as|including)\s+(?=\w)",
    re.I,
)

# Cues strong enough to make their paragraph a paragraph of demands.
_ASK_CUE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|demand(?:s|ed|ing)?|recommend\w*"
    r"|press(?:es|ed|ing)\s+for)\b",
    re.I,
)

# "proposed the legalisation of drugs": a measure named by a noun of action is what is proposed.
_PROPOSED_MEASURE = re.compile(
    r"\bpropos(?:es|ed|ing)\s+(?=(?:the|an?)\s+(?:[a-z-]+\s+)?[a-z]+(?:tion|sion|ment|al)\s+(?:of|to|in|on)\s)",
    re.I,
)

# "The report suggests doubling the limit": a report, body or person proposing an action named
# by a gerund ("suggesting" itself mostly describes evidence: "research suggesting ...").
SUGGEST_GERUND = re.compile(r"\bsuggest(?:s|ed)\s+(?!being\b|having\b)(?=[a-z]+ing\s)")


# "The panel suggested different kinds of murder could be graded", "suggested the cash could be shared out":
# a step proposed for someone to take on a thing, told as what could be done to it. "Suggested a bidding war
# could break out" or "could be more than a blip" foresees; only a passive of a done-to verb proposes.
SUGGEST_COULD = re.compile(
    r"\bsuggest(?:s|ed)\s+(?:that\s+)?"
    r"(?=(?!(?:it|there|this|they|he|she|we|i)\s)(?:[\w'\u2019-]+\s+){1,5}?could\s+be\s+[\"\u201c]?"
    r"(?:[a-z]+(?:ed|en)|spent|cut|put|set|sold|paid|made|held|kept|sent|built|split|shut|bought|lent|run)\b)",
)

@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    triggers: frozenset[str]  # words of which one must occur for the pattern to have a chance
    weak: bool = False  # counts only inside a quote or a paragraph of demands
    splits: bool = False  # "to A and to B" are two asks
    kind: str = "cue"
    # A cheap pattern that must match in the stretch before the full (slower) pattern is tried.
    # Written in lower case and read on the lower-cased stretch: a case-blind scan costs about
    # four times as much.
    hint: re.Pattern[str] | None = None


# Hints: what a slow pattern's match must hold, found by a search that starts on a literal word.
# Opens on the literal "for " so the scan skips ahead fast; the nouns are checked looking back from it.
_ASK_NOUNS_FOR = word_set("demand demands plea pleas request requests push pressure")
_NOUN_FOR_HINT = re.compile(
    r"for\s(?:" + "|".join(rf"(?<={noun}\sfor\s)" for noun in sorted(_ASK_NOUNS_FOR)) + ")"
)

_NOUN_TO_HINT = re.compile(r"(?:recommendation|demand|request|plea|call|appeal)s?\s+to\s")

_WARN_WANT_HINT = re.compile(r"\bwa(?:rn|nt)(?:s|ed)?\s+(?!to\b|that\b)")

# Opens on a literal, so the scan for it skips ahead fast where the full pattern tests every word break.
_ASK_FOR_HINT = re.compile(r"ask(?:s|ed|ing)?\s+for\s")

_SUGGEST_COULD_HINT = re.compile(r"could\s+be\s")

# Opens on the literal "that"; the verb's ending is checked looking back from it.
_ASKED_THAT_HINT = re.compile(r"that\s(?:(?<=ed\sthat\s)|(?<=ing\sthat\s)|(?<=ks\sthat\s))")

_PASSIVE_HINT = re.compile(r"(?:urged|asked|pressed|implored|called\s+(?:on|upon))\s+to\s")

RULES = (
    Rule(
        _VERB_WHO_TO,
        word_set("urg call pressed pressing presses appeal implor exhort petition tells telling"),
        splits=True,
    ),
    Rule(URGE_OBJECT, word_set("urg")),
    Rule(_WARN_WANT_TO, word_set("warn want"), splits=True, hint=_WARN_WANT_HINT),
    Rule(_NEED_WHO_TO, frozenset(["need"]), splits=True),
    Rule(WANT_OBJECT, word_set("want")),
    Rule(PLEASE, word_set("please")),
    Rule(_ASK_WHO_TO, word_set("ask"), weak=True, splits=True),
    Rule(ASK_FOR, word_set("ask"), hint=_ASK_FOR_HINT),
    Rule(_ADVISE_PUBLIC, _ADVISE_STEMS),
    Rule(
        _PASSIVE_TO,
        word_set("urg ask call pressed implor"),
        weak=True,
        splits=True,
        kind="passive",
        hint=_PASSIVE_HINT,
    ),
    Rule(CALL_FOR, word_set("call pressed pressing presses appeal")),
    Rule(_DEMAND, word_set("demand")),
    Rule(ASKED_THAT, word_set("ask request"), hint=_ASKED_THAT_HINT),
    Rule(RECOMMEND, word_set("recommend"), splits=True),
    Rule(_AS_RECOMMENDED, word_set("recommend urg demand request propos")),
    Rule(NOUN_TO, word_set("recommend demand request plea call appeal"), hint=_NOUN_TO_HINT),
    Rule(
        NOUN_FOR_WHO_TO,
        frozenset(("demand", "plea", "request", "push for", "pressure for")),
        hint=_NOUN_FOR_HINT,
    ),
    Rule(_TIME_FOR, frozenset(("time for", "time has")), splits=True),
    Rule(_PRUDENT, word_set("prudent wise sensible advisable")),
    Rule(HOPE, word_set("hope")),
    Rule(SUGGEST_GERUND, word_set("suggest")),
    Rule(SUGGEST_COULD, word_set("suggest"), hint=_SUGGEST_COULD_HINT),
    Rule(_PROPOSED_MEASURE, word_set("propos")),
)

# The word stems the rules above start from; a paragraph without any is skipped cheaply
# (plain substring tests: far faster than one case-blind regex over the paragraph).
STEMS = (
    *word_set(
        "urg call pressed pressing presses appeal implor exhort petition ask demand recommend request "
        "plea propos prudent wise sensible advisable hope must should ought need please tells telling "
        "suggest warn want"
    ),
    *_ADVISE_STEMS,
    "push for",
    "pressure for",
    "time for",
    "time has",
    "has to",
    "have to",
    "had to",
)

ENUM_TRIGGERS = word_set("recommend demand call")

MODAL_TRIGGERS = frozenset(("must", "should", "ought", "need", "has to", "have to", "had to"))


def has_ask_cue(text: str, start: int, end: int) -> bool:
    return _ASK_CUE.search(text, start, end) is not None
