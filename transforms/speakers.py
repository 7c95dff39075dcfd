"""Who said each quoted span: the attribution around its marks, carried over and resolved.

Attribution is read from the text outside quotes (quoted words are masked so
their verbs never count as cues):

* after the span, `"...," Mr Blair said` or `"...," said Mr Howard, a ...`;
* before it, `Ms Kelly said: "..."`, `the coalition pointed out that "..."`,
  `According to the report, "..."`;
* otherwise the speaker carries over from the previous span of the paragraph,
  or from the paragraph before when this one only continues the quoting.

Speakers are then resolved: "he"/"she" to the latest fitting person named
before, "Mr Brown" to the fullest form the article gives ("Gordon Brown"),
and role-laden runs ("Tory shadow education secretary Tim Collins") to the
name itself. Groups and documents ("the coalition", "the letter") stay as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.orgnames import is_place
from transforms.quote_cues import (
    ADVERBS,
    DETERMINERS,
    HONORIFICS,
    INTRO_WORDS,
    LEAD_WORDS,
    PARTICIPLE_CUES,
    PRONOUNS,
    ROLE_WORDS,
    STOP_CAPS,
    cue_lemma,
    find_cues,
)
from transforms.quote_marks import Span, paragraphs
from transforms.quote_names import RUN, NameIndex, name_core

__all__ = ["Attribution", "attribute"]

MASK = "\u00b7"
# Written to open with a character class (not a repeat) so the regex engine scans ahead for it.
_BOUNDARY = re.compile(r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Del|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Ltd|Co|Corp|vs|No|Prof|Rev|Hon|Mt|"
    r"Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Det|Supt|Insp)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SEGMENT = re.compile(r"\s*(?:,|;|--|\u2014|\u2013|\s-\s)\s*")
_WORD = re.compile(r"[^\s]+")
_BRACKET_CHAR = re.compile(r"[()]")
_LEADING_NOISE = re.compile(r"^[\s,;:\u2014\u2013\-.!?\"'\u201c\u201d\u2018\u2019" + MASK + r"]+")
_AFTER_CUE_END = re.compile(r"^\s*(?:[,.;:!?]|$)")
_OBJECT_THEN_MARK = re.compile(r"[^,.;:!?" + MASK + r"]{0,60}?(?:[:,]|\bthat)?\s*$")
_ABBREV_DOT = r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Del|Gov|Gen|Lt|Col|Jr|Sr|Prof|Rev|Hon|Det)\.|\b[A-Z]\.)"
_NP_AFTER = re.compile(
    r"^\s*((?:" + _ABBREV_DOT + r"|[^,.;:!?()" + MASK + r"\u2014\u2013])+?)(?=\s+(?:in|on|at|"
    r"during|after|before|when|while|via|from|for|to|about|of|as|afterwards|later|earlier|yesterday|today|"
    r"tonight|recently|last|this|ahead|following|despite|because|amid|with|since|upon|outside|inside)\b|[,.;:!?(\u2014\u2013]|$)"
)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!\b(?:Mrs|Sen|Rep|Del|Gov))[.!?](?:\s|$)")
# A finite verb in the words after a cue: they are a reported clause, not the cue's setting.
_CLAUSE_VERB = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must|can|may|might)\b")
_HAS_WORD = re.compile(r"[^\W\d_]")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+$")
_VERB_NEXT = re.compile(r" [a-z]+\b")
_NEGATION = re.compile(r"n[\u2019']t$")
_TRAILING_PUNCT = re.compile(r"[\s,;:\u2014\u2013-]+$")
_BULLET = "\u2022 "
# A body opening its sentence before a past-tense verb: "The union welcomed", "Telecom analysts Ovum
# (OV) also backed" - a determiner and a noun or two, or words ending in a capitalised name.
_GROUP_SUBJECT = re.compile(
    r"((?:the|The|A|An) (?:[A-Za-z-]+ ){0,2}?(?!(?:also|has|have|had|was|were)\b)[a-z-]+"
    r"|(?:[A-Za-z][\w&-]* ){0,3}(?:\([A-Z]{2,6}\) )?[A-Z][\w.&\u2019'-]*[\w&]"
    r"(?: (?:magazine|newspaper|website|paper|union|group|party|council|firm|company|agency|charity))?)"
    r" (?:also |has |have |had )?(?:[a-z]+ed|was|were)\b"
)
_RELATIVES = frozenset({"which", "where", "when", "whose"})
_COORDINATED = re.compile(r"[a-z]\s+(?:and|but)\s+$")
_QUOTED_AS = re.compile(r"\s+(?:is|was|were|are|has been|had been)\s+(?:quoted|reported)\s+as\s+$")
_BRACKETED = re.compile(r" \([^()]*\)")
# An interview's answer whose speaker label the page lost: the paragraph opens on a bare colon.
_LOST_LABEL = ": "
_INTRO_REACH = 800
# The rest of a role's phrase up to a comma, then a name closing the clause.
_ROLE_THEN_NAME = re.compile(
    r"[^.;:!?()" + MASK + r"]{0,80}?,\s+(" + RUN.pattern + r")(?=\s*(?:[,.;:!?(\u2014\u2013]|$))"
)
# A paragraph that is only a name and maybe its role, closed by a colon.
_LABEL = re.compile(r"\s*(" + RUN.pattern + r")(?:,\s+([^.!?:" + MASK + r"]{2,100}))?:$")
_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013]\s*(" + RUN.pattern + r")[.\s]*$")
# The last sentence of a list's lead-in: a subject, one verb (with a particle), a colon.
_LIST_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?:]{2,80}?)\s+([a-z]+(?: (?:out|for|on))?):\s*$", re.MULTILINE
)


@dataclass(slots=True)
class Attribution:
    speaker: str | None  # as written at the attribution; pronouns and tied role nouns resolved
    cue: str | None
    group: bool = False  # a group or document rather than a person ("the coalition", "the letter")
    strength: str = ""  # "tight" (cue beside the marks), "loose" (elsewhere in the sentence), "carried"
    name: str | None = None  # the fullest name the article gives the speaker
    role: str | None = None  # the role the attribution gives: appositive, or the words before the name


@dataclass(slots=True)
class _Phrase:
    text: str
    appositive: str
    pos: int
    bracket: str = ""  # a party/state tag written after the name: "(D-S.C.)"
    # A lone capitalised word taken for a surname: a person only if the article named them in full before.
    surname: bool = False


@dataclass(slots=True)
class _Who:
    """A resolved speaker, in the pieces the attribution writes it with."""

    written: str  # "Mr Schokman", "Rep. Jim Clyburn", "the coalition"
    name: str
    before: str = ""  # role words written before the name: "White House press secretary"
    bracket: str = ""
    role: str = ""  # the appositive, cut to what describes the speaker
    group: bool = False
    noun: str = ""  # the role noun the attribution used for a named person: "the prime minister"


# ---------------------------------------------------------------- text helpers


def mask(body: str, spans: list[Span]) -> str:
    """The body with every quoted span's words blanked, offsets unchanged."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(body[pos : span.start])
        parts.append(MASK * (span.end - span.start))
        pos = span.end
    parts.append(body[pos:])
    return "".join(parts)


def _sentence_starts(body: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[int]:
    starts = [lo for lo, _ in paras]
    span_starts = [s.start for s in spans]
    for m in _BOUNDARY.finditer(body):
        j = m.end()
        k = bisect.bisect_right(span_starts, j) - 1
        if k >= 0 and spans[k].start < j < spans[k].end:
            continue  # a full stop inside a quote does not end the reporting sentence
        if body[m.start()] == "." and _abbreviation_at(body, m.start()):
            continue
        starts.append(j)
    return sorted(set(starts))


def _abbreviation_at(body: str, dot: int) -> bool:
    """Does the full stop at `dot` end an abbreviation ("Mr.", "U.S.") rather than a sentence?"""
    # Every abbreviation is a word of at most four letters ending in a letter: most sentences end in
    # a longer word or a figure, which is told without the regex.
    if dot < 1 or body[dot - 1] not in _ASCII_LETTERS or (dot >= 5 and body[dot - 5 : dot].isalnum()):
        return False
    return bool(_ABBREVIATION.search(body, max(0, dot - 12), dot + 1))


_AUXILIARIES = frozenset(
    {"did", "does", "do", "not", "never", "could", "should", "may", "might", "must", "can"}
)


def _strip_adverbs(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop adverbs and auxiliaries between a subject and its cue: "He didn't suggest" -> "He"."""
    while words:
        word = words[-1].group().lower().strip(",")
        if word not in ADVERBS and word not in _AUXILIARIES and not _NEGATION.search(word):
            break
        words.pop()
    return words


def _segments(text: str) -> list[tuple[int, int]]:
    """Comma- and dash-separated pieces of `text` (offsets), keeping brackets whole."""
    out: list[tuple[int, int]] = []
    pos = 0
    # A separator never holds a bracket, so it lies wholly inside or outside one: only the depth at
    # its start matters (a stray closing bracket leaves the depth at nought).
    brackets = [m.start() for m in _BRACKET_CHAR.finditer(text)] if "(" in text else []
    depth = 0
    b = 0
    for m in _SEGMENT.finditer(text):
        while b < len(brackets) and brackets[b] < m.start():
            depth = depth + 1 if text[brackets[b]] == "(" else max(0, depth - 1)
            b += 1
        if depth == 0:
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _participle_piece(text: str) -> bool:
    """A clause opening on a participle ("Wearing a red coat by Ann Roe,") describes the subject after it."""
    words = text.split()
    return (
        len(words) >= 2 and len(words[0]) > 5 and words[0].lower().endswith("ing") and words[1][:1].islower()
    )


def _first_word(text: str) -> str:
    m = _WORD.search(text)
    return m.group().lower().strip(",.:;") if m else ""


def _drop_lead_words(text: str) -> tuple[int, str]:
    """Skip sentence adverbs before a subject: "Meanwhile Mark Oaten" -> "Mark Oaten"."""
    offset = 0
    for m in _WORD.finditer(text):
        if m.group().lower().strip(",") not in LEAD_WORDS:
            offset = m.start()
            break
    else:
        return len(text), ""
    return offset, text[offset:]


def _last_run(text: str, pos: int = 0) -> re.Match[str] | None:
    runs = list(RUN.finditer(text, pos))
    return runs[-1] if runs else None


def _ends_with_name(text: str) -> bool:
    m = _last_run(text)
    return bool(m) and not text[m.end() :].strip() and m.group().split()[-1].lower() not in STOP_CAPS


def _person_seg(text: str) -> bool:
    m = _last_run(text)
    if not m or text[m.end() :].strip():
        return False
    core, _, person = name_core(m.group())
    return person and not _place(core)


def _subject_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10:
        return False
    first = words[0].lower()
    if first in INTRO_WORDS:
        return False
    if first in DETERMINERS or first.endswith(("\u2019s", "'s", "s\u2019", "s'")):
        return True
    return _ends_with_name(text)


def _trailing_np(text: str) -> tuple[int, str]:
    """The noun phrase that ends `text`: a capitalised run with what modifies it, or a short `the ...`."""
    offset, rest = _drop_lead_words(text)
    if not rest:
        return 0, ""
    if len(rest.split()) <= 8 and _subject_like(rest):
        return offset, rest.strip()
    last_run = _last_run(text)
    if last_run and not text[last_run.end() :].strip():
        return last_run.start(), last_run.group()
    words = list(_WORD.finditer(text))
    for w in reversed(words[-5:]):
        if w.group().lower() in DETERMINERS:
            return w.start(), text[w.start() :].strip()
    return words[-1].start(), words[-1].group()


def _np_before(text: str, base: int) -> _Phrase | None:
    """The speaker phrase that ends `text` (the text right before a cue verb)."""
    words = _strip_adverbs(list(_WORD.finditer(text)))
    if not words:
        return None
    last = words[-1]
    if last.group().lower() in PRONOUNS:
        return _Phrase(last.group(), "", base + last.start())
    clause = text[: last.end()]
    clause_start = clause.rfind(MASK) + 1
    segs = [(a + clause_start, b + clause_start) for a, b in _segments(clause[clause_start:])]
    if not segs:
        return None
    pieces = [clause[a:b] for a, b in segs]
    i = 0
    # Scene-setting clauses come first ("In a speech in Leeds, Ohio, he said"): skip them.
    while i < len(segs) - 1 and (
        _first_word(pieces[i]) in INTRO_WORDS
        or _participle_piece(pieces[i])
        or (i and len(pieces[i].split()) == 1 and _first_word(pieces[i - 1]) in INTRO_WORDS)
        # "Looking ahead to May, which is close, Ann Roe said"
        or (i and _first_word(pieces[i]) in _RELATIVES)
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
    head, bracket = _split_bracket(pieces[i])
    if not _subject_like(_drop_lead_words(head)[1]) and i < len(segs) - 1:
        a, b = segs[-1]
        last, bracket = _split_bracket(pieces[-1])
        offset, np = _trailing_np(last)
        return _Phrase(np, "", base + a + offset, bracket) if np else None
    appositive = clause[b:].strip(" ,")
    place = _OF_PLACE.search(head)
    if place and _ends_with_name(head[: place.start()]):
        # "Rep. Ann Roe of Ohio": the place goes with the role, not the name.
        appositive = f"{place.group(1)}, {appositive}".strip(" ,")
        head = head[: place.start()]
    offset, np = _trailing_np(head)
    if not np:
        return None
    return _Phrase(np, appositive, base + a + offset, bracket)


def _np_after(text: str, base: int) -> _Phrase | None:
    """The speaker phrase right after an inverted cue: `said Mr Howard, who ...`."""
    m = _NP_AFTER.match(text)
    if not m:
        return None
    np = m.group(1).strip()
    words = np.split()
    if not words or len(words) > 10:
        return None
    first = words[0].lower()
    if not (first in DETERMINERS or first in PRONOUNS or any(w[0].isupper() for w in words)):
        return None
    rest = text[m.end(1) :]
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
    return _Phrase(np, appositive, base + m.start(1))


def _name_after_role(np: str, rest: str, base: int) -> _Phrase | None:
    """`said Greens spokesperson for health, Senator Ann Roe`: a role first, the name after a comma."""
    words = np.split()
    # Any common noun may head the role ("EEF chief economist, Ann Roe"): the name after the comma decides.
    head = words[-1]
    common = len(words) >= 2 and head.isalpha() and head.islower() and words[0].lower() not in PRONOUNS
    if not common and (words[-1].lower() not in _ROLE_HEADS or name_core(np)[2]):
        return None
    m = _ROLE_THEN_NAME.match(rest)
    if not m:
        return None
    core, _, person = name_core(m.group(1))
    if not person or _place(core):
        return None
    return _Phrase(m.group(1), f"{np}{rest[: m.start(1)]}".strip(" ,"), base + m.start(1))


def _subject_of(sentence: str, base: int) -> _Phrase | None:
    """The subject that opens a sentence, for cues like `..., saying: "..."`."""
    text = sentence.split(MASK)[0]
    segs = _segments(text)
    i = 0
    while i < len(segs) - 1 and (
        _first_word(text[segs[i][0] : segs[i][1]]) in INTRO_WORDS
        or _participle_piece(text[segs[i][0] : segs[i][1]])
    ):
        i += 1
    if not segs:
        return None
    a, b = segs[i]
    piece = text[a:b]
    first = _WORD.search(piece)
    if first and first.group().lower() in PRONOUNS:
        return _Phrase(first.group(), "", base + a + first.start())
    if official := _UNNAMED.match(piece):
        return _Phrase(official.group(1), "", base + a + official.start(1))
    offset, rest = _drop_lead_words(piece)
    group = _GROUP_SUBJECT.match(rest)
    for run in RUN.finditer(piece):
        if run.start() > 60:
            break
        core, gender, person = name_core(run.group())
        if person and (len(core.split()) >= 2 or gender):
            return _Phrase(piece[offset : run.end()], "", base + a + offset)
        verb = _VERB_NEXT.match(piece, run.end())
        # "Ireland coach Ann Roe wants": a role noun after the word, so the name comes later.
        opens = run.start() == _drop_lead_words(piece)[0]
        if person and opens and verb and verb.group()[1:] not in _ROLE_HEADS:
            if group and group.end(1) > run.end() - offset:
                break  # "Telecom analysts Ovum welcomed": the capitalised word only qualifies the subject
            # "Roe paid tribute to Lee, saying": a bare surname as the subject, its verb right after.
            return _Phrase(run.group(), "", base + a + run.start(), surname=True)
    if group:
        # "Telecom analysts Ovum welcomed the move, saying ...", "The union backed it, saying ...".
        return _Phrase(_BRACKETED.sub("", group.group(1)), "", base + a + offset)
    return None


# ---------------------------------------------------------------- attribution patterns


def _after_quote(tail: str, base: int, quote_text: str) -> tuple[_Phrase, str] | None:
    """`"...," X said` or `"...," said X` right after the closing mark."""
    lead = _LEADING_NOISE.match(tail)
    start = lead.end() if lead else 0
    body = tail[start:]
    if not body:
        return None
    cues = find_cues(body)
    if not cues:
        return None
    m = cues[0]
    cue = m.form
    before = body[: m.start]
    after = body[m.end :]
    if cue_lemma(cue) == "according to" and before.strip():
        return None  # its source comes after it, and _according_to reads that
    if not before.strip():
        if cue_lemma(cue) == "tell" or cue in PARTICIPLE_CUES:
            return None
        phrase = _np_after(after, base + start + m.end)
        return (phrase, cue) if phrase else None
    if MASK in before or len(before.split()) > 45:
        return None
    if _inverted_after_clause(before, after):
        if before.lstrip()[:1].isupper():
            return None  # `"...," Prices fell, said Ann Roe.`: the cue reports a new sentence, not the quote
        # `sales are "on the up" in Leeds, said Ann Roe`: the quote is a piece of the clause she reports.
        phrase = _np_after(after, base + start + m.end)
        return (phrase, cue) if phrase else None
    ended = quote_text.rstrip()[-1:] in ".\u2026"
    if ended and not (
        _AFTER_CUE_END.match(after) or (len(after.split()) <= 6 and not _CLAUSE_VERB.search(after))
    ):
        return None  # a new sentence that merely reports something else: `"..." Ann said her son was ill.`
    if ended and _CLAUSE_VERB.search(before):
        return None  # `"..." The judge was also satisfied, she added.`: a sentence of its own reporting more
    if ended and after.rstrip().endswith(":"):
        return None  # a new sentence that introduces the next quote: `"..." Ann Roe told the paper: "..."`
    if cue in PARTICIPLE_CUES:
        passive = _QUOTED_AS.search(before)
        if not passive:
            return None
        before = before[: passive.start()]  # "the coach is quoted as saying": the coach said it
    phrase = _np_before(before, base + start)
    return (phrase, cue) if phrase else None


def _inverted_after_clause(before: str, after: str) -> bool:
    """`<clause>, said Ann Roe`: a cue after a comma with its subject behind it reports that clause."""
    if not before.rstrip().endswith(",") or len(before.split()) <= 3 or not _NAME_ENDS_CLAUSE.match(after):
        return False
    # "The firm's chief, Ann Roe, said ..." or "Ann Roe, the firm's chief, told Ms Lee": a name opening or
    # closing the words before is the cue's own subject.
    pieces = before.strip(" ,").split(",")
    return not (_ends_with_name(pieces[0]) or _ends_with_name(pieces[-1]))


def _before_quote(
    lead: str,
    base: int,
    tight: bool,
    sentence: tuple[str, int] | None = None,
) -> tuple[_Phrase, str] | None:
    """`X said: "..."` (tight: the cue closes the lead) or `X said the plan was "..."`."""
    for m in reversed(find_cues(lead)):
        cue = m.form
        if tight and not _OBJECT_THEN_MARK.match(lead, m.end):
            return None
        if cue_lemma(cue) == "according to":
            phrase = _np_after(lead[m.end :], base + m.end)
            return (phrase, cue) if phrase else None
        pre = lead[: m.start]
        if not _HAS_WORD.search(pre.split(MASK)[-1]):
            if cue in PARTICIPLE_CUES and sentence:
                phrase = _subject_of(*sentence)
            else:
                phrase = _np_after(lead[m.end :], base + m.end)
            if phrase:
                return phrase, cue
            continue
        if cue in PARTICIPLE_CUES:
            if own := _participle_subject(pre, base):
                return own, cue
            if sentence and (phrase := _subject_of(*sentence)):
                return phrase, cue
            continue
        if sentence and _COORDINATED.search(pre) and (phrase := _subject_of(*sentence)):
            # "Ann Roe thanked the police and said: ...": the cue shares the sentence's subject.
            return phrase, cue
        phrase = _np_before(pre, base)
        if phrase:
            return phrase, cue
        if tight:
            return None
    return None


def _participle_subject(pre: str, base: int) -> _Phrase | None:
    """A person named right before a participle cue, with no comma between, is its own subject:
    `footage of Ann Roe saying "..."`, `with Roe adding: "..."`."""
    tail = pre[-60:]
    run = _last_run(tail)
    if not run or tail[run.end() :].strip() or not pre[: len(pre) - len(tail) + run.start()].strip():
        return None  # nothing before the name: it opens the sentence, which _subject_of reads
    core, _, person = name_core(run.group())
    if not person or _place(core):
        return None
    # A lone surname is a person only if named in full before ("footage of Roe saying").
    return _Phrase(run.group(), "", base + len(pre) - len(tail) + run.start(), surname=" " not in core)


def _according_to(tail: str, base: int, quote_text: str) -> tuple[_Phrase, str] | None:
    m = _ACCORDING_TO.search(tail)
    if not m:
        return None
    if quote_text.rstrip()[-1:] in ".!?\u2026" and len(tail[: m.start()].split()) > 3:
        return None  # a new sentence that sources some other claim: `"..." Sales doubled, according to X.`
    phrase = _np_after(tail[m.end() :], base + m.end())
    return (phrase, "according to") if phrase else None


# ---------------------------------------------------------------- resolution

_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
_BRACKET = re.compile(r"\s*(\([^()]{1,40}\))")
_OF_PLACE = re.compile(r"\s+(of\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)\s*$")
_POST_NAME = re.compile(
    r"\s*(\([^()]{1,40}\)|of\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)"
)
# Words that open a clause rather than a noun phrase naming a role.
_NOT_ROLE = frozenset({"which", "where", "when", "said", "says", "told", "and", "but", "then", "also"})
# Titles that are jobs rather than forms of address: written before a name, they are its role.
_OFFICE_TITLES = frozenset({"president", "chancellor", "mayor", "governor", "general", "judge", "justice"})
# Heads of a role noun phrase that stands for one person: "the prime minister", "the party's spokesman".
_PERSON_ROLES = frozenset(
    {
        "minister",
        "premier",
        "president",
        "chancellor",
        "secretary",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commissioner",
        "ambassador",
        "nominee",
        "candidate",
        "constable",
        "superintendent",
        "prosecutor",
        "chief",
        "mp",
        "mep",
        "msp",
        "cardinal",
        "archbishop",
        "bishop",
    }
)
# Offices held by one person at a time, so that a later "the prime minister" is the holder last named.
_OFFICES = frozenset({"minister", "premier", "president", "chancellor", "mayor", "governor"})
_ROLE_MODIFIERS = frozenset({"prime", "premier", "vice", "first"}) | ROLE_WORDS
_OFFICE_REACH = 400


# Nouns that describe one private or public person ("the 74-year-old comedian", "the central defender"):
# written after that person is named, they stand for them. Officials' titles are left out, as
# "the spokesman" is most often someone the article never names.
_DESCRIPTION_HEADS = frozenset(
    {
        "actor", "actress", "agent", "athlete", "author", "batsman", "billionaire", "boss", "bowler",
        "boxer", "broadcaster", "businessman", "businesswoman", "campaigner", "captain", "centre-back",
        "champion", "chef", "coach", "comedian", "cyclist", "dancer", "defender", "designer", "drummer",
        "entrepreneur", "father", "forward", "frontman", "full-back", "goalkeeper", "golfer", "grandfather",
        "grandmother", "guitarist", "husband", "investor", "jockey", "keeper", "manager", "midfielder",
        "millionaire", "mother", "musician", "novelist", "pensioner", "player", "playmaker", "presenter",
        "producer", "rapper", "runner", "singer", "skipper", "sprinter", "star", "striker", "swimmer",
        "teenager", "tycoon", "veteran", "widow", "wife", "winger", "writer", "youngster",
    }
)  # fmt: skip
# Heads of a role written before the name it belongs to.
_ROLE_HEADS = ROLE_WORDS | _PERSON_ROLES | _DESCRIPTION_HEADS
_DESCRIPTION_GENDER = {
    "actress": "f", "businesswoman": "f", "grandmother": "f", "mother": "f", "widow": "f", "wife": "f",
    "actor": "m", "businessman": "m", "frontman": "m", "grandfather": "m", "father": "m", "husband": "m",
}  # fmt: skip
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
# A nationality noun stands for a person as a description does: "said the American", "the Spaniard added".
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:an|ese|ard|ander)|(?:French|Dutch|English|Scots|Welsh|Irish|Cornish)(?:wo)?man|"
    r"Scot|Briton|Swede|Dane|Pole|Finn|Swiss|Czech|Greek|Turk|Serb|Croat|Israeli|Iraqi|Pakistani|Kiwi|Aussie"
)
# How far back the person a description stands for may be named.
_DESCRIPTION_REACH = 600
# "Senator Ann Roe the party's health spokesperson": a role written after the name with no comma.
_APPENDED_ROLE = re.compile(rf"({RUN.pattern})\s+((?:the|a|an)\s+.+)")
# An unnamed official as a subject, the verb right after: "A spokeswoman for the university said".
_UNNAMED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:An?|The)\s+(?:[A-Z][\w.&\u2019'-]*\s+){0,3}(spokes(?:wo)?man|spokesperson)"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w.&\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.&\u2019'-]*)*)?)(?=\s+[a-z])"
)
# An office holder as a sentence's subject: "In a furious response, the first minister said ...".
_OFFICE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Tt]he\s+(?:(?:prime|first|deputy|foreign|home|shadow|vice)\s+)?"
    r"(?:minister|premier|president|chancellor|mayor|governor))(?=\s+(?:[a-z]+ed|said|says|told|wrote)\b)"
)
_OFFICE_WORD = re.compile(r"minister|premier|president|chancellor|mayor|governor")
# A name right after an inverted cue that ends its clause: "..., said Ms Roe." or "said Ann Roe, the ...".
_NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*\s*(?:[.,;]|$)")
# A described person as a sentence's subject, the verb right after: "On Friday, the cardinal will ask".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+))"
    r"(?=\s+(?:[a-z]+ed|said|says|told|wrote|will|would|has|had|is|was)\b)"
)
_UNNAMED_GENDER = {"spokeswoman": "f", "spokesman": "m"}
# A relative named by a given name alone, as a subject: "Ann Roe's daughter Jill said".
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[\"\u201d]\s))((?:[A-Z][\w-]*[\u2019']s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|elder|younger|eldest|"
    r"youngest)\s+)?(daughter|son|wife|husband|mother|father|sister|brother|widow|widower))\s+([A-Z][a-z]+)"
    r"(?=\s+[a-z])"
)
_KIN_WORD = re.compile(r" (?:daughter|son|wife|husband|mother|father|sister|brother|widow|widower) [A-Z]")
_KIN_GENDER = dict.fromkeys(("daughter", "wife", "mother", "sister", "widow"), "f") | dict.fromkeys(
    ("son", "husband", "father", "brother", "widower"), "m"
)
_UNNAMED_REACH = 600
# A body or document named as a sentence's subject (after any opening clause): "the NIESR report was".
_THING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, ))((?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w.&\u2019'-]*\s+){1,3}"
    r"(?:report|study|survey|statement|company|firm|group|bank|government|department|ministry|agency|committee))"
    r"(?=\s+(?:was|is|has|had|said|says|also|warned|added|predicted|forecast|claimed|found)\b)"
    # or a body whose name ends on what it is: "The American Film Institute (AFI) hailed ..."
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))((?:The\s+)?(?:[A-Z][\w.&\u2019'-]*\s+){0,3}(?:Institute|Association|Council|"
    r"Commission|Foundation|Trust|Society|Union|University|Authority|Organisation|Organization|Federation|"
    r"Agency|Board|Institution|Alliance|Coalition|Centre|Center|Chambers?|Confederation|Fund|Forum|League)"
    # and what it is of: "The Chamber of Trade and Industry welcomed ..."
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&\u2019'-]*(?:\s+(?:and\s+)?[A-Z][\w&\u2019'-]*){0,2})?(?:\s+\([A-Z]{2,6}\))?)"
    r"(?=\s+(?:also\s+)?(?:was|is|has|had|said|says|[a-z]+ed)\b)"
)
_THING_REACH = 400
# Compass words that make "east London" a part of a place rather than a person.
_COMPASS = re.compile(
    r"^(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+"
)


def _place(name: str) -> bool:
    return is_place(name) or bool(_COMPASS.match(name) and is_place(_COMPASS.sub("", name)))


def _described(text: str, names: NameIndex, pos: int) -> _Who | None:
    """The person a description stands for: "the 31-year-old added" after a paragraph naming them."""
    words = text.split()
    if len(words) < 2 or len(words) > 7 or words[0].lower() != "the":
        return None
    head = words[-1].lower().replace("\u2019", "'").removesuffix("'s").split("-of-")[0]
    if head not in _DESCRIPTION_HEADS and not _AGE.search(text) and not _DEMONYM.fullmatch(words[-1]):
        return None
    mention = names.nearest(pos, _DESCRIPTION_REACH, _DESCRIPTION_GENDER.get(head, ""))
    if not mention:
        return None
    # The speaker is the person as last written; the description goes to the role.
    return _Who(mention.form, names.fullest(mention.form, pos), noun=text)


@lru_cache(maxsize=2)
def _kin_subjects(masked: str) -> tuple[re.Match[str], ...]:
    """Every relative named as a subject in the article, read once: most articles name none."""
    found: list[re.Match[str]] = []
    # The full pattern is read only near each kin word, which a pattern opening on a space finds fast.
    for word in _KIN_WORD.finditer(masked):
        for m in _KIN_SUBJECT.finditer(masked, max(0, word.start() - 40), word.end() + 30):
            if m.start(2) == word.start() + 1 and (not found or found[-1].start() != m.start()):
                found.append(m)
    return tuple(found)


def _unnamed_subject(masked: str, lo: int, pos: int, pronoun: str) -> _Who | None:
    """ "A spokeswoman for the firm said ... "...," she said": a person the article describes but never
    names, as the subject after the last named one, is who the pronoun means."""
    found = kin = None
    for m in _UNNAMED.finditer(masked, lo, pos):
        found = m
    kin_lo = found.end() if found else lo
    for m in _kin_subjects(masked):
        if m.start() >= kin_lo and m.end() <= pos:
            kin = m
    want = "f" if pronoun == "she" else "m"
    if kin:
        # Known only by a given name, so the name index never holds them.
        if _KIN_GENDER[kin.group(2).lower()] != want:
            return None
        return _Who(kin.group(3), kin.group(3), noun=kin.group(1))
    if not found:
        return None
    gender = _UNNAMED_GENDER.get(found.group(2).lower(), "")
    if gender and gender != want:
        return None
    text = found.group(1)
    return _Who(text, text, noun=text)


def _described_subject(masked: str, lo: int, pos: int, names: NameIndex, pronoun: str) -> _Who | None:
    """ "Ann Roe spoke first. Later the cardinal will ask ... he will say": a person's role as a subject
    after the last person named is who the pronoun means, once the article ties it to a name."""
    found = None
    for m in _DESCRIBED_SUBJECT.finditer(masked, lo, pos):
        found = m
    if not found:
        return None
    if found.group(2).lower() not in _PERSON_ROLES:
        return None
    who = _role_holder(found.group(1), names, masked, found.start(1))
    mention = names.latest(who.written, pos) if who else None
    if mention and mention.gender and mention.gender != ("f" if pronoun == "she" else "m"):
        return None  # "the first minister said ... He told Ms Roe": the holder found is not who "he" is
    return who


def _named(core: str, names: NameIndex, pos: int, noun: str = "") -> _Who:
    """The person a name core stands for at `pos`, written as the article last wrote them."""
    mention = names.latest(core, pos)
    return _Who(mention.form if mention else core, names.fullest(core, pos), noun=noun)


def _office_subject(masked: str, lo: int, pos: int, names: NameIndex) -> _Who | None:
    """ "the chancellor said ... He told ...": an office as the subject after the last person named is who
    the pronoun means, when the article ties a holder to it ("Chancellor Ann Roe")."""
    found = None
    if not _OFFICE_WORD.search(masked, lo, pos):
        return None  # most stretches name no office: skip the slower scan for a sentence's subject
    for m in _OFFICE_SUBJECT.finditer(masked, lo, pos):
        found = m
    if not found:
        return None
    text = found.group(1)
    role = " ".join(text.lower().split()[1:])
    for tie in reversed(list(_tie_pattern(role).finditer(masked, 0, found.start()))):
        if masked[max(0, tie.start() - 7) : tie.start()].lower() == "shadow ":
            continue  # "shadow chancellor Ann Roe" holds no office yet
        core, _, person = name_core(tie.group(1) or tie.group(2))
        if person and not _place(core):
            return _named(core, names, pos, noun=text)
    # Untied, the office may well be the person the usual rules find: leave it to them.
    return None


def _thing_subject(masked: str, pos: int) -> _Who | None:
    """What "it" stands for at a sentence's start: the organisation or document last written as the subject
    of a sentence just before ("the NIESR report was optimistic. It said ...")."""
    found = None
    for m in _THING.finditer(masked, max(0, pos - _THING_REACH), pos):
        found = m
    if not found:
        return None
    text = found.group(1) or _BRACKETED.sub("", found.group(2))
    return _Who(text, text, group=True)


def _split_bracket(text: str) -> tuple[str, str]:
    """`Rep. Ann Roe (D-Ohio)` -> (`Rep. Ann Roe`, `(D-Ohio)`)."""
    if text.endswith(")") and "(" in text:
        at = text.rfind("(")
        if at > 0:
            return text[:at].rstrip(), text[at:]
    return text, ""


def _role_piece(piece: str) -> bool:
    """Does a comma-separated piece describe the speaker ("the party's leader", "who runs a firm", "25")
    rather than set the scene ("in a statement", "speaking on Monday")?"""
    words = piece.split()
    if not words:
        return False
    first = words[0].lower()
    if first in INTRO_WORDS or first in _NOT_ROLE or first.endswith("ing") or first in PRONOUNS - {"who"}:
        return False
    return bool(_HAS_WORD.search(first[:1])) or first[:1].isdigit()


def _cut_role(appositive: str) -> tuple[str, str]:
    """The party/state tag and the role noun phrase an appositive gives, clauses and settings left out.

    `(D-S.C.), the assistant leader, in a statement` -> (`(D-S.C.)`, `the assistant leader`).
    """
    bracket = ""
    m = _BRACKET.match(appositive)
    if m:
        bracket, appositive = m.group(1), appositive[m.end() :]
    text = appositive.strip(" ,")
    role: list[str] = []
    for a, b in _segments(text):
        piece = text[a:b].strip()
        if not role and piece.startswith("of ") and piece[3:4].isupper():
            role.append(piece)  # "of New York", then maybe the role itself
            continue
        if not _role_piece(piece):
            break
        role.append(piece)
    return bracket, ", ".join(role)


def _named_in_apposition(phrase: _Phrase) -> tuple[_Phrase, str]:
    """`the mayor, Joan Ruiz` names the speaker in the appositive: the name, and the role before it."""
    if not phrase.appositive or not _is_group(phrase.text):
        return phrase, ""
    first = _segments(phrase.appositive)[0] if _segments(phrase.appositive) else (0, 0)
    piece = phrase.appositive[first[0] : first[1]].strip()
    run = RUN.fullmatch(piece)
    if run and len(piece.split()) <= 4:
        core, _, person = name_core(piece)
        if person and len(core.split()) >= 2:
            named = _Phrase(piece, phrase.appositive[first[1] :].strip(" ,"), phrase.pos + len(phrase.text))
            return named, phrase.text.strip(" ,") + ","
    return phrase, ""


def _is_group(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:])


def _person(text: str, names: NameIndex, pos: int, before: str = "") -> _Who | None:
    """A name as written, split into the role words before it and the name with its honorific."""
    core, _, person = name_core(text) if RUN.search(text) else (text, "", False)
    if not person:
        return _Who(core, core) if core else None
    at = text.rfind(core)
    lead = text[:at].split() if at > 0 else []
    written = core
    title = lead[-1] if lead else ""
    if title.lower() in HONORIFICS and title[:1].isupper() and title.lower() not in _OFFICE_TITLES:
        written = f"{lead.pop()} {core}"
    before = " ".join([before, *lead]).strip()
    return _Who(written, names.fullest(core, pos), before)


@lru_cache(maxsize=256)
def _tie_pattern(role: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in role.split())
    # "Vice President Ann Roe" or "former president Ann Roe" holds another office than "the president".
    return re.compile(
        rf"(?<![Vv]ice )(?<![Vv]ice-)(?<![Ff]ormer )(?i:{words}),?\s+({RUN.pattern})"
        rf"|({RUN.pattern}),\s+(?i:the\s+{words})\b"
    )


@lru_cache(maxsize=256)
def _owned_tie_pattern(role: str) -> re.Pattern[str]:
    """`Mr Roe's son Tom` or `his lawyer, Ann Lee`: the person a possessive role names."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    return re.compile(rf"(?:[\u2019']s?|\b(?i:his|her|their|its))\s+(?i:{words}),?\s+({RUN.pattern})")


_OWNERS = frozenset({"his", "her", "their", "its"})
_OWNED_REACH = 2000
_PLACE_LEAD = re.compile(r"\b(?:in|at|from|near|to|into|across|outside)\s+(?:the\s+)?$")


def _owned_role(text: str, names: NameIndex, masked: str, pos: int) -> _Who | None:
    """The person "his son" or "her lawyer" stands for, when the article has named them in that role."""
    words = text.lower().replace("\u2019", "'").split()
    if not 2 <= len(words) <= 3 or words[0] not in _OWNERS:
        return None
    ties = _owned_tie_pattern(" ".join(words[1:])).finditer(masked, max(0, pos - _OWNED_REACH), pos)
    for m in reversed(list(ties)):
        core, _, person = name_core(m.group(1))
        if person:
            return _named(core, names, pos, noun=text)
    return None


def _role_holder(text: str, names: NameIndex, masked: str, pos: int) -> _Who | None:
    """The person a role noun stands for: "the prime minister" after "Prime Minister Ann Roe" or
    "Ann Roe, the prime minister"; for an office held by one person, its holder named just before."""
    words = text.lower().replace("\u2019", "'").split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _PERSON_ROLES:
        return None
    role = " ".join(words[1:])
    for m in reversed(list(_tie_pattern(role).finditer(masked, 0, pos))):
        run = m.group(1) or m.group(2)
        core, _, person = name_core(run)
        if m.group(2) and (_place(core) or _PLACE_LEAD.search(masked, max(0, m.start(2) - 16), m.start(2))):
            continue  # "in Leeds, the mayor said": a place, not the holder
        if person:
            return _named(core, names, pos)
    if words[-1] in _OFFICES and all(w in _ROLE_MODIFIERS for w in words[1:-1]):
        mention = names.nearest(pos, _OFFICE_REACH)
        if mention:
            return _Who(mention.form, names.fullest(mention.form, pos))
    return None


def _resolve(phrase: _Phrase, names: NameIndex, masked: str, previous: str | None = None) -> _Who | None:
    phrase, before = _named_in_apposition(phrase)
    text = phrase.text.strip(" ,")
    low = text.lower()
    bracket, role = _cut_role(phrase.appositive)
    bracket = phrase.bracket or bracket
    if low in PRONOUNS:
        if low == "who":
            prior = masked[: phrase.pos].rstrip(" ,")
            run = _last_run(prior, max(0, len(prior) - 80))
            if run and not prior[run.end() :].strip():
                return _person(run.group(), names, phrase.pos)
            return None
        if low in {"he", "she"}:
            mention = names.antecedent(phrase.pos, low, previous)
            lo = mention.pos if mention else max(0, phrase.pos - _UNNAMED_REACH)
            if unnamed := (
                _unnamed_subject(masked, lo, phrase.pos, low)
                or _office_subject(masked, lo, phrase.pos, names)
                or _described_subject(masked, lo, phrase.pos, names, low)
            ):
                return unnamed
            return _Who(mention.form, names.fullest(mention.form, phrase.pos)) if mention else None
        if low == "it":
            return _thing_subject(masked, phrase.pos)
        return None
    words = low.split()
    if not words or (len(words) == 1 and (words[0] in STOP_CAPS or _NEGATION.search(words[0]))):
        return None  # "when", "didn't": the words before a cue, but nobody
    group = _is_group(text)
    # "the Ofsted chief" is a role noun as much as "the chief executive" is.
    holder = _role_holder(text, names, masked, phrase.pos) if group or low.startswith("the ") else None
    if group and not holder and low.split()[0] in _OWNERS:
        holder = _owned_role(text, names, masked, phrase.pos)
    if holder:
        holder.noun = text
        return holder
    if low.startswith("the ") and (described := _described(text, names, phrase.pos)):
        return described
    if group or (words[0] in DETERMINERS and text.split()[-1].islower() and words[-1] not in _ROLE_HEADS):
        # A group or a document, whatever names qualify it: "the coalition", "the IMF report".
        return _Who(text, text, bracket=bracket, role=role, group=True)
    appended = _APPENDED_ROLE.fullmatch(text)
    if appended and name_core(appended.group(1))[2]:
        text, role = appended.group(1), role or appended.group(2)
    who = _person(text, names, phrase.pos, before)
    if who and phrase.surname and who.name == text:
        return None  # no one of that surname named in full before: a team, a place, a firm
    if who:
        who.bracket, who.role = bracket, role
    return who


def _compose(who: _Who) -> str:
    """The speaker as written at the attribution: the name and any party tag, never its description
    (that goes to speaker_role, so one rule serves every corpus)."""
    return f"{who.written} {who.bracket}".strip()


# ---------------------------------------------------------------- the article


@dataclass(slots=True)
class _Context:
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

    def said(self, hit: tuple[_Phrase, str] | None, strength: str, voice: bool = False) -> Attribution | None:
        """An attribution from a pattern's hit; `voice`: a pronoun right after a quote may go on
        with the previous speaker (`"...," he said`)."""
        if not hit:
            return None
        phrase, cue = hit
        previous = self.last_person if voice else None
        who = _resolve(phrase, self.names, self.masked, previous)
        if not who:
            return None
        cue = cue_lemma(cue) if cue[:1].isupper() else cue
        role = who.role or who.before or who.noun or None
        return Attribution(_compose(who), cue, who.group, strength, who.name, role)


def attribute(body: str, spans: list[Span]) -> list[Attribution]:
    """One attribution per span, in order (speaker None when the article leaves it unknown)."""
    masked = mask(body, spans)
    paras = paragraphs(body)
    ctx = _Context(body, masked, spans, _sentence_starts(body, spans, paras), paras)
    out: list[Attribution] = []
    for k in range(len(spans)):
        said = _own(ctx, k) or _carried(ctx, k, out) or Attribution(None, None)
        out.append(said)
        if said.speaker and not said.group:
            ctx.last_person = said.name
    _backfill(spans, out)
    return out


def _own(ctx: _Context, k: int) -> Attribution | None:
    """The attribution in the span's own sentence, tightest pattern first."""
    span, spans, starts, masked = ctx.spans[k], ctx.spans, ctx.starts, ctx.masked
    prev = spans[k - 1] if k and spans[k - 1].paragraph == span.paragraph else None
    nxt = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
    para_lo, para_hi = ctx.paras[span.paragraph]
    sent = starts[bisect.bisect_right(starts, span.mark_start) - 1]
    lead_lo = max(sent, prev.mark_end if prev else para_lo)
    lead = masked[lead_lo : span.mark_start]
    after_end = bisect.bisect_right(starts, span.mark_end + 1)
    tail_hi = min(
        starts[after_end] if after_end < len(starts) else para_hi, para_hi, nxt.mark_start if nxt else para_hi
    )
    tail = masked[span.mark_end : tail_hi]
    sentence = (masked[sent : span.mark_start], sent)
    return (
        ctx.said(_before_quote(lead, lead_lo, True, sentence), "tight")
        or ctx.said(_after_quote(tail, span.mark_end, ctx.body[span.start : span.end]), "tight", voice=True)
        or ctx.said(_before_quote(sentence[0], sent, False, sentence), "loose")
        or ctx.said(_according_to(tail, span.mark_end, ctx.body[span.start : span.end]), "loose")
        or ctx.said(_signed(tail, span.mark_end), "tight")
    )


def _signed(tail: str, base: int) -> tuple[_Phrase, str] | None:
    """A quote signed with a dash and a name that ends the paragraph: `"..." \u2015 Ann Roe`."""
    m = _SIGNATURE.match(tail)
    if not m or not name_core(m.group(1))[2]:
        return None
    return _Phrase(m.group(1), "", base + m.start(1)), "signed"


def _reported_before(ctx: _Context, lo: int, hi: int) -> Attribution | None:
    """A sentence that reports someone's words, right before a quote: `Mr Hayman acknowledged that ...`."""
    if hi <= lo:
        return None
    i = bisect.bisect_right(ctx.starts, hi - 1) - 1
    start = max(lo, ctx.starts[i]) if i >= 0 else lo
    if start >= hi - 1 and i > 0:
        start = max(lo, ctx.starts[i - 1])
    text = ctx.masked[start:hi]
    if MASK in text:
        return None
    cues = find_cues(text)
    if not cues or cues[0].form in PARTICIPLE_CUES or cue_lemma(cues[0].form) == "according to":
        return None
    pre, post = text[: cues[0].start], text[cues[0].end :]
    if _inverted_after_clause(pre, post):
        phrase = _np_after(post, start + cues[0].end)  # "Prices fell, said Ann Roe."
    else:
        phrase = _np_before(pre, start)
    if not phrase or len(phrase.text.split()) > 8:
        return None
    return ctx.said((phrase, cues[0].form), "loose")


def _inverted_gap(ctx: _Context, lo: int, gap: str) -> Attribution | None:
    if not gap.endswith((".", "!", "?")) or not (cues := find_cues(gap)):
        return None
    cue = cues[0]
    post = gap[cue.end :]
    if not _inverted_after_clause(gap[: cue.start], post) or not (phrase := _np_after(post, lo + cue.end)):
        return None
    return ctx.said((phrase, cue.form), "loose")


def _subject_before(ctx: _Context, lo: int, hi: int) -> Attribution | None:
    """A person opening the sentence right before an uncued quote in the same paragraph, as what the
    sentence is about: `Arnold firmly believes in short films. "You are left alone."`."""
    if not _ENDS_SENTENCE.search(ctx.masked, max(lo, hi - 4), hi):
        return None  # a quote inside the sentence is a phrase of it (often a scare quote), not speech
    i = bisect.bisect_right(ctx.starts, hi - 1) - 1
    start = max(lo, ctx.starts[i]) if i >= 0 else lo
    text = ctx.masked[start:hi]
    if MASK in text or not text.strip():
        return None
    offset, rest = _drop_lead_words(text)
    first = _WORD.match(rest)
    if first and first.group() in {"He", "She", "he", "she"}:
        phrase = _Phrase(first.group(), "", start + offset)
    else:
        phrase = _subject_of(text, start)
        if (
            not phrase
            or phrase.pos != start + offset
            or not all(w[:1].isupper() or w in _ROLE_HEADS for w in phrase.text.split())
        ):
            return None  # only a name opening the sentence, not one deeper in it ("The firm sued Ann Roe")
    said = ctx.said((phrase, ""), "loose")
    return replace(said, cue=None) if said else None  # no verb said it


def _subject_of_gap(ctx: _Context, lo: int, hi: int, para_hi: int) -> Attribution | None:
    """A person opening a sentence between two quotes of one paragraph takes the quote after only when the
    paragraph's own words name them again later (`Coach Ann Roe wants more. "..." "...," said Roe.`):
    otherwise the sentence is most often the speaker's aside about someone else."""
    said = _subject_before(ctx, lo, hi)
    if not said or not said.name:
        return None
    return said if said.name.split()[-1] in ctx.masked[hi:para_hi] else None


def _carried(ctx: _Context, k: int, out: list[Attribution]) -> Attribution | None:
    """No attribution of its own: the sentence before, or the quote it continues."""
    spans, span = ctx.spans, ctx.spans[k]
    para_lo = ctx.paras[span.paragraph][0]
    same_para = k and spans[k - 1].paragraph == span.paragraph
    if same_para:
        gap_lo = spans[k - 1].mark_end
        # `"A," he went on. "B."`: a gap that only ends the quote before's sentence reports nobody new.
        new_sentence = bisect.bisect_right(ctx.starts, gap_lo) < bisect.bisect_left(
            ctx.starts, span.mark_start
        )
        gap_hi = span.mark_start
        gap = ctx.masked[gap_lo:gap_hi].rstrip()
        if not new_sentence and (said := _inverted_gap(ctx, gap_lo, gap)):
            return said  # `"A," Prices fell, said Ann Roe. "B."`: a sentence after a quote that lost its end
        if new_sentence and (
            said := _reported_before(ctx, gap_lo, gap_hi)
            or _subject_of_gap(ctx, gap_lo, gap_hi, ctx.paras[span.paragraph][1])
        ):
            return said
        return _carry(out[k - 1])
    if ctx.body.startswith(_BULLET, para_lo):
        return _list_lead(ctx, span.paragraph)
    if ctx.body.startswith(_LOST_LABEL, para_lo) and (said := _interviewee(ctx)):
        return said
    if span.mark_start > para_lo:
        return _reported_before(ctx, para_lo, span.mark_start) or _subject_before(
            ctx, para_lo, span.mark_start
        )
    if not span.paragraph:
        return None
    prev_lo, prev_hi = ctx.paras[span.paragraph - 1]
    previous = ctx.masked[prev_lo:prev_hi].rstrip()
    if k and spans[k - 1].paragraph == span.paragraph - 1 and out[k - 1].speaker:
        # The paragraph before ended on a quote (or its attribution): this one goes on with it.
        before = spans[k - 1]
        if not before.closed or len(ctx.masked[before.mark_end : prev_hi].split()) <= 14:
            return _carry(out[k - 1])
    if MASK not in previous:
        return (
            _reported_before(ctx, prev_lo, prev_lo + len(previous))
            or _label(ctx, prev_lo, previous)
            or _scene_before(ctx, span, prev_lo, prev_hi)
        )
    return None


def _scene_before(ctx: _Context, span: Span, prev_lo: int, prev_hi: int) -> Attribution | None:
    """A paragraph setting the scene around a person ("Ann Roe spoke in Leeds on Monday."), then one that
    is only the quote: the person the last sentence is about said it. Words after the quote (a name
    signing it) leave it to them."""
    if _HAS_WORD.search(ctx.masked, span.mark_end, ctx.paras[span.paragraph][1]):
        return None
    return _subject_before(ctx, prev_lo, min(prev_hi + 1, len(ctx.masked)))


def _label(ctx: _Context, lo: int, previous: str) -> Attribution | None:
    """A paragraph that only names the speaker and ends on a colon, the statement below it:
    `Ann Roe, Director at the Centre:`."""
    if not previous.endswith(":") or not (m := _LABEL.match(previous)):
        return None
    if not name_core(m.group(1))[2]:
        return None
    said = ctx.said((_Phrase(m.group(1), m.group(2) or "", lo), ""), "loose")
    return replace(said, cue=None) if said else None


def _interviewee(ctx: _Context) -> Attribution | None:
    """Answers printed as paragraphs opening on a bare colon (the speaker's label lost from the page) are
    the words of the person the introduction names as its subject: `Ann Roe remembers ... : "..."`."""
    body = ctx.body
    first = body.find("\n" + _LOST_LABEL)
    if first < 0 or body.count("\n" + _LOST_LABEL) < 2:
        return None
    mention = ctx.names.nearest(first, _INTRO_REACH)
    if not mention:
        return None
    return Attribution(mention.form, None, False, "carried", ctx.names.fullest(mention.form, first), None)


def _list_lead(ctx: _Context, paragraph: int) -> Attribution | None:
    """A list item's words belong to whoever its lead-in names: `The proposals include:` or `Ms Roe said:`."""
    i = paragraph - 1
    while i >= 0 and ctx.body.startswith(_BULLET, ctx.paras[i][0]):
        i -= 1
    if i < 0:
        return None
    lo, hi = ctx.paras[i]
    lead = _LIST_LEAD.search(ctx.masked, lo, hi)
    if not lead or MASK in lead.group():
        return None
    cue = find_cues(lead.group(2))
    phrase = _np_before(lead.group(1), lead.start(1))
    if not phrase or len(phrase.text.split()) > 8:
        return None
    return ctx.said((phrase, cue[0].form if cue else lead.group(2)), "carried")


def _carry(said: Attribution) -> Attribution:
    return Attribution(said.speaker, said.cue, said.group, "carried", said.name, said.role)


def _backfill(spans: list[Span], out: list[Attribution]) -> None:
    """An unclosed span takes the speaker of the span it runs on into.

    `"A. "B," she said` attributes B only; A shares it. So does each paragraph of a quote
    spread over several, whose attribution often comes only with the last.
    """
    for k in range(len(spans) - 2, -1, -1):
        if out[k].strength == "tight" or spans[k].closed or not out[k + 1].speaker:
            continue
        nxt = spans[k + 1]
        runs_on = nxt.paragraph == spans[k].paragraph
        goes_on = nxt.paragraph == spans[k].paragraph + 1 and nxt.opens_paragraph
        if (runs_on and not out[k].speaker) or (goes_on and out[k + 1].strength in ("tight", "carried")):
            out[k] = _carry(out[k + 1])
