"""Reporting verbs and the small word lists attribution leans on.

Kept apart from the attribution logic so the vocabulary can grow without
touching the rules that use it.
"""

from __future__ import annotations

import re

__all__ = [
    "ADVERBS",
    "CUE",
    "DETERMINERS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INTRO_WORDS",
    "LEAD_WORDS",
    "ORG_WORDS",
    "PARTICIPLE_CUES",
    "PRONOUNS",
    "ROLE_WORDS",
    "STOP_CAPS",
    "cue_lemma",
]

# Regular reporting verbs: base form, with the -s / -ed / -ing forms derived below.
_REGULAR = (
    "add", "acknowledge", "admit", "announce", "argue", "assert", "boast", "caution", "charge", "claim",
    "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "counter", "declare",
    "emphasise", "emphasize", "echo", "explain", "exclaim", "insist", "joke", "lament", "maintain", "mutter",
    "note", "observe", "plead", "pledge", "point out", "post", "predict", "promise", "quip", "recall",
    "remark", "reply", "report", "respond", "say", "shout", "state", "stress", "suggest", "testify",
    "tweet", "urge", "vow", "warn", "whisper", "ask", "demand", "describe", "write", "tell",
    "sing", "go on", "question", "agree", "acknowledge", "recount", "reiterate", "retort", "snap",
)
_IRREGULAR = {
    "said": "say", "says": "say", "saying": "say", "say": "say",
    "told": "tell", "tells": "tell", "telling": "tell", "tell": "tell",
    "wrote": "write", "writes": "write", "writing": "write", "written": "write", "write": "write",
    "reads": "read",
    "sang": "sing", "sings": "sing", "singing": "sing", "sing": "sing",
    "went on": "go on", "goes on": "go on", "going on": "go on", "go on": "go on",
    "replied": "reply", "replies": "reply", "replying": "reply",
    "testified": "testify", "testifies": "testify", "testifying": "testify",
    "snapped": "snap", "snaps": "snap", "quipped": "quip", "quips": "quip",
    "according to": "according to", "According to": "according to",
}


def _forms(verb: str) -> dict[str, str]:
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    past = f"{head}d" if head.endswith("e") else f"{head}ed"
    third = f"{head}es" if head.endswith(("sh", "ch", "s", "x", "o")) else f"{head}s"
    return {f"{form}{tail}": verb for form in (head, third, past, f"{stem}ing")}


_LEMMA: dict[str, str] = {}
for _verb in _REGULAR:
    _LEMMA.update(_forms(_verb))
_LEMMA.update(_IRREGULAR)

# Longest first so that "pointed out" wins over a bare prefix.
CUE = re.compile(
    r"(?<![\w'\u2019-])(" + "|".join(sorted(map(re.escape, _LEMMA), key=len, reverse=True)) + r")(?![\w'\u2019-])"
)

PARTICIPLE_CUES = frozenset(form for form in _LEMMA if form.endswith("ing") or form.endswith("ing on"))


def cue_lemma(form: str) -> str:
    return _LEMMA.get(form.lower(), form.lower())


PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who"})
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
    "miss": "f", "dame": "f", "lady": "f", "dr": "", "dr.": "", "prof": "", "prof.": "", "professor": "",
    "sen.": "", "sen": "", "senator": "", "rep.": "", "rep": "", "representative": "", "gov.": "",
    "governor": "", "president": "", "chancellor": "", "mayor": "", "judge": "", "justice": "",
    "rev.": "", "father": "m", "sister": "f", "general": "", "gen.": "", "det.": "", "sgt.": "",
}
# Capitalised words that open a sentence or clause but never begin a name.
STOP_CAPS = frozenset({
    "the", "a", "an", "and", "but", "or", "so", "yet", "then", "however", "meanwhile", "also", "in", "on",
    "at", "of", "for", "from", "to", "by", "with", "as", "after", "before", "during", "when", "while",
    "if", "although", "though", "since", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "his", "her", "their", "our", "its", "my", "asked", "speaking", "still", "instead",
    "earlier", "later", "today", "yesterday", "now", "separately", "indeed", "there", "here", "what",
    "why", "how", "where", "who", "which", "according", "last", "next", "one", "another", "some",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "both", "all",
    "even", "just", "only", "not", "no", "many", "most", "several", "such", "among", "under", "over",
})
ROLE_WORDS = frozenset({
    "member", "members", "director", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
    "chair", "chairman", "chairwoman", "co-chair", "chief", "executive", "attorney", "staff", "leader",
    "speaker", "shadow", "deputy", "head", "officer", "president", "vice", "council", "counsel",
    "coordinator", "manager", "adviser", "advisor", "editor", "reporter", "correspondent", "host",
    "commissioner", "constable", "superintendent", "inspector", "ambassador", "envoy", "governor",
    "chancellor", "treasurer", "foreign", "home", "immigration", "education", "health", "affairs",
    "justice", "defence", "defense", "labour", "conservative", "tory", "democrat", "republican",
    "liberal", "green", "greens", "party", "press", "white", "house", "senior", "general", "founder",
    "ceo", "professor", "mayor", "senator", "judge", "campaign", "policy", "legislative", "national",
    "state", "federal", "city", "county", "former", "acting", "interim", "lib", "dem", "uk", "us",
})
ORG_WORDS = frozenset({
    "agency", "alliance", "association", "bank", "board", "bureau", "campaign", "center", "centre",
    "charity", "coalition", "college", "commission", "committee", "company", "congress", "corporation",
    "council", "court", "department", "foundation", "fund", "group", "inc", "inc.", "institute",
    "institution", "league", "ltd", "ministry", "network", "news", "office", "organisation",
    "organization", "parliament", "party", "police", "post", "press", "project", "radio", "service",
    "society", "times", "trust", "union", "university", "watch", "forum", "federation", "initiative",
    "programme", "program", "journal", "magazine", "tribune", "herald", "guardian", "telegraph",
    "today", "television", "channel", "school", "hospital", "authority", "administration", "senate",
    "house", "assembly", "government", "democrats", "republicans", "conservatives", "coalition",
    "international", "clinic", "council", "centers", "reuters", "bbc", "cnn", "nbc", "abc", "cbs",
})
GROUP_NOUNS = frozenset({
    "coalition", "group", "groups", "letter", "report", "statement", "organisation", "organization",
    "organisations", "organizations", "alliance", "campaign", "charity", "union", "network", "petition",
    "declaration", "submission", "release", "centre", "center", "council", "committee", "board",
    "commission", "association", "signatories", "organisers", "organizers", "document", "brief",
    "complaint", "lawsuit", "memo", "paper", "study", "survey", "analysis", "coalition's",
})
DETERMINERS = frozenset({
    "the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "this", "that", "some",
    "two", "three", "several", "many", "both",
})
# Words opening a clause that sets the scene ("In a speech at ...,", "Asked if ...,").
INTRO_WORDS = frozenset({
    "in", "at", "on", "after", "before", "during", "asked", "speaking", "responding", "writing",
    "while", "when", "as", "although", "though", "for", "from", "with", "if", "since", "because", "by",
    "under", "addressing", "answering", "referring", "commenting", "last", "according", "outside",
    "inside", "like", "unlike", "despite", "following", "over", "to", "through", "within", "without",
})
# Sentence adverbs and conjunctions that may stand before a subject: "Meanwhile Mark Oaten said".
LEAD_WORDS = frozenset({
    "and", "but", "so", "then", "now", "indeed", "moreover", "nevertheless", "similarly", "likewise",
    "however", "meanwhile", "still", "yet", "also", "instead", "earlier", "later", "separately", "today",
    "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "or",
    "finally", "again", "here", "there", "thus", "hence", "besides", "anyway", "further", "furthermore",
})
ADVERBS = frozenset({
    "also", "later", "earlier", "then", "has", "had", "have", "once", "further", "again", "previously",
    "recently", "simply", "just", "would", "will", "has also", "quickly", "firmly", "flatly", "publicly",
    "separately", "repeatedly", "reportedly", "now", "today", "yesterday", "bluntly", "angrily",
    "frequently", "often", "has previously", "subsequently", "famously", "candidly", "privately",
    "proudly", "repeated", "boldly", "loudly", "softly", "quietly", "openly", "directly", "clearly",
    "is", "was", "were", "are", "did", "does", "do", "had", "herself", "himself", "themselves",
    "memorably", "ominously", "wryly", "could", "might", "may", "can", "must", "should",
})
