"""What surrounds an article without being part of it: site footers, contact blocks, licences.

Every layout ends its body the same way: trailing paragraphs that carry
footer signals (a licence line, a donation appeal, a media contact, an end
marker such as "###" or "ENDS", an "about us" paragraph) are cut off. The
signals are generic vocabulary and shapes, never one site's sentences.
"""

from __future__ import annotations

import re

__all__ = [
    "CONTACT_LEAD",
    "find_license",
    "is_address",
    "is_contact",
    "is_footer",
    "is_furniture",
    "trim_footer",
]

_QUOTE_CHARS = '"\u201c\u201d\u00ab\u00bb'

_LICENSE_CODE = re.compile(
    r"\bCC[ -]?(?:BY|0)(?:[ -](?:NC|ND|SA)){0,3}(?:[ -]\d\.\d)?\b(?:\s+(?:International|Unported))?"
)
_LICENSE_WORDS = re.compile(
    r"\b(?:licen[cs]ed under|under (?:a|the) [\w\- ]{0,40}licen[cs]e|creative commons|public domain)\b",
    re.IGNORECASE,
)
_CC_NAME = re.compile(r"Creative Commons(?: [A-Z][\w-]*)+(?: \d\.\d)?(?: International)?")

_APPEAL = re.compile(
    r"\b(?:donat\w*|contribution|(?:every|each) (?:single )?supporter|supporters?\b|stand with us|"
    r"join (?:the|our|us)\b|become (?:a |part of)|subscribe\w*|sign up|newsletter|non-?profit|"
    r"people-powered|membership|chip in|give today|support (?:us|our work|independent))"
)
# Case matters for "us": "US" is the country, as in "US $2m from donor countries".
_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Ww]e're|[Oo]ur|[Uu]s|YOU|YOUR|WE|OUR)\b")
_APPEAL_VERB = re.compile(
    r"^\W*(?:join|donate|support|subscribe|become|sign up|give|chip in)\b", re.IGNORECASE
)
_END_MARKER = re.compile(
    r"^\s*(?:#{3,}|-\s*30\s*-|\*\s*\*\s*\*|-*\s*ends?\s*-*|\[?end\]?)\s*$", re.IGNORECASE
)
# A contact block's lead-in: "Media contact:", "Enquiries -", "For further information", "Press office".
# The bare word needs a colon or dash, capitals or "us": "Contact lenses ..." and "Enquiries rose" are text.
CONTACT_LEAD = re.compile(
    r"^\W*(?:media |press |further )?(?:contacts?|enquiries|inquiries)\s*(?:[:\-\u2013\u2014]|$)|"
    r"^\W*(?-i:CONTACTS?|ENQUIRIES|INQUIRIES)\b|^\W*contact us\b|"
    r"^\W*for (?:further|more) (?:information|comments?|details)\b|"
    r"^\W*for (?:media )?(?:enquiries|inquiries)\b|"
    r"^\W*(?:media|press) (?:contacts?|enquiries|inquiries|office)\b|"
    r"^\W*media (?:opportunit(?:y|ies)|call|availability)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w$.,])\+?\(?\d[\d ().-]{6,}\d(?![\w%])")
# Lower-case words outside addresses: a contact block is names, posts and numbers, not a sentence.
_PROSE_WORD = re.compile(r"(?<![@\w.])[a-z]{2,}\b(?![@.]\w)")
_PROSE_WORDS = 10
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ABOUT = re.compile(
    r"^(?:about [A-Z][^.]{0,80}$|"
    r"(?:the )?[A-Z][^.\"\u201c]{2,150}?\b(?:is|are) (?:a|an|the|one of|[A-Z][\w']*'?s?)\b"
    r"[^.]{0,160}?\b(?:organi[sz]ation|institute|group|coalition|alliance|network|association|foundation|"
    r"fund|union|non-?profit|charity|firm|agency|centre|center|council|society|movement|party|body|"
    r"watchdog|company|publication)s?\b)",
)
_AVAILABLE = re.compile(r"\bavailable for (?:interviews?|comment)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)\s*\d{4}|\bcopyright\s+(?:\d{4}|\u00a9)|all rights reserved|\bauthori[sz]ed by\b|"
    r"\bunsubscribe\b|"
    r"\bprinter friendly\b|^\W*(?:ABN|ACN)\W*\d)",
    re.IGNORECASE,
)
_PAGE = re.compile(
    r"(?:^|\s|/)page\s+\d+(?:\s+of\s+\d+)?\s*$|^\s*page\s+\d+\s+of\s+\d+\b|"
    r"^\s*\d{1,3}\s*$|^\s*-\s*\d{1,3}\s*-\s*$",
    re.IGNORECASE,
)
_VISIT = re.compile(r"\b(?:visit|see|follow)\s+(?:us\s+(?:at|on)\s+)?(?:https?://|www\.)", re.IGNORECASE)
_NOTE = re.compile(r"^(?:[ivx]{1,4}|\d{1,2}|\[\^?\d+\])[\s.:)]+[A-Z\u201c\"]")
# Cheap substring test before the furniture patterns run.
_FURNITURE_WORDS = (
    "\u00a9",
    "(c)",
    "copyright",
    "reserved",
    "authori",
    "unsubscribe",
    "printer",
    "abn",
    "acn",
)
_NOTE_WORDS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})
_NOTE_MARKS = re.compile(r"(?<!\S)(?:ii|iii|iv|vi|vii|viii|ix)(?!\S)")
_NAV = re.compile(r"(?:[^|]{1,30}\|){3,}")
# A postal address closing a release, one line at a time: the street ("Level 3, 12 High Street",
# "PO Box 99") and the town with its postcode ("Springfield VIC 3000", "Albany, NY 12207").
_STREET = re.compile(
    r"^(?:(?:Level|Suite|Floor|Unit)\s+\d+\w*,?\s+)?\d+[A-Za-z]?(?:[-\u2013/]\d+)?,?\s+"
    r"(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Place|Pl|Drive|Terrace|Tce|"
    r"Parade|Boulevard|Blvd|Way|Square|Sq|Highway|Hwy|Court|Crescent)\b\.?(?:,[^.]{0,80})?$|"
    r"^(?:G\.?P\.?O\.?|P\.?\s?O\.?)\s*Box\s+\d+"
)
_TOWN = re.compile(
    r"^[A-Z][A-Za-z.'\u2019 -]{1,40},?\s+(?:[A-Z]{2,3}\.?\s+\d{4,5}(?:-\d{4})?|"
    r"\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
)
# A line of capitalised words and no sentence: below a footer, the name heading an address or contact.
_NAME_LINE = re.compile(r"^(?:(?:[A-Z][\w'\u2019.-]*|&|and|of|for|the|in|on)\s+){0,7}[A-Z][\w'\u2019.-]*$")
_LINK_LEAD = re.compile(r"^\W*(?:links?|read more|more information|full report)\b", re.IGNORECASE)


def find_license(text: str) -> str | None:
    """The licence a line declares ("CC BY-NC-ND 3.0", "public domain"), if it declares one."""
    code = _LICENSE_CODE.search(text)
    if code and (_LICENSE_WORDS.search(text) or "(" in text):
        return code.group(0).replace("-0", " 0").strip()
    if not _LICENSE_WORDS.search(text):
        return None
    name = _CC_NAME.search(text)
    if name:
        return name.group(0)
    if re.search(r"public domain", text, re.IGNORECASE):
        return "public domain"
    return None


def _words(text: str, most: int) -> int:
    """How many words `text` holds, exact up to `most`: a longer text counts `most` + 1, which
    spares splitting the rest of a long paragraph to compare it with a small bound."""
    return len(text.split(None, most))


def is_contact(paragraph: str) -> bool:
    """A media contact: a contact lead-in, or a short paragraph that is mostly names and numbers."""
    if CONTACT_LEAD.match(paragraph):
        return True
    if _words(paragraph, 40) > 40 or _quoted(paragraph):
        return False
    if "contact" not in paragraph.lower() and len(_PROSE_WORD.findall(paragraph)) >= _PROSE_WORDS:
        # A sentence that ends with a number to call is still the story ("... by calling the office at ...").
        return False
    return bool(("@" in paragraph and _EMAIL.search(paragraph)) or _PHONE.search(paragraph))


def is_address(paragraph: str) -> bool:
    """One line of a postal address: a street or a town with its postcode."""
    text = paragraph.strip()
    return len(text) <= 90 and bool(_STREET.match(text) or _TOWN.match(text))


def is_furniture(line: str) -> bool:
    """Page furniture of printed releases and saved pages: page numbers, authorisations, menus."""
    if len(line) > 300:
        return False
    low = line.lower()
    if _NAV.match(line) if "|" in line else False:
        return True
    if ("page" in low or len(line) <= 9) and _PAGE.search(line):
        return True
    return any(word in low for word in _FURNITURE_WORDS) and bool(_COPYRIGHT.search(line))


def _quoted(text: str) -> bool:
    return any(q in text for q in _QUOTE_CHARS)


def _strong(paragraph: str) -> bool:
    """Signals that open a site footer: whatever follows them is footer too."""
    if _END_MARKER.match(paragraph):
        return True
    words = _words(paragraph, 100)
    if words <= 40 and find_license(paragraph):
        return True
    if words > 100 or _quoted(paragraph):
        return False
    # Matching the lower-cased text is several times faster than an IGNORECASE pattern.
    hits = len(_APPEAL.findall(paragraph.lower()))
    if hits == 1 and words <= 10 and not paragraph.rstrip().endswith((".", ",", ";")):
        # A heading-shaped appeal ("Support Local Reporting: Donate Today") opens a footer.
        return True
    if hits < 2:
        return False
    # An appeal speaks to the reader ("your contribution", "join us") or opens with an imperative.
    return bool(_ADDRESS.search(paragraph) or _APPEAL_VERB.match(paragraph))


def _edged_by_note_mark(text: str) -> bool:
    words = text.split()
    return words[0] in _NOTE_WORDS or words[-1] in _NOTE_WORDS


def is_footer(paragraph: str, in_footer: bool = False) -> bool:
    """Any footer signal; used when walking back from the end of a body.

    The weaker signals (an "about us" paragraph, a media-availability line, a
    "visit our site" line) only count `in_footer`, below a footer already found.
    """
    text = paragraph.strip()
    if not text or _strong(text) or is_contact(text) or is_furniture(text) or is_address(text):
        return True
    if _NOTE.match(text) and _URL.search(text):
        # Endnotes: numbered sources with their links.
        return True
    if _edged_by_note_mark(text) and len(_NOTE_MARKS.findall(text)) >= 2:
        return True
    if _LINK_LEAD.match(text) and _URL.search(text) and _words(text, 40) <= 40:
        # A pointer to the full text ("Link to the report: ..."), wherever the footer starts.
        return True
    if not in_footer or _quoted(text):
        return False
    if _NAME_LINE.match(text):
        # A name over an address or a contact: the block's own heading.
        return True
    if _NOTE.match(text):
        return True
    if _AVAILABLE.search(text) and _words(text, 30) <= 30:
        return True
    if _URL.fullmatch(text) or (_URL.search(text) and _words(text, 6) <= 6):
        return True
    if _VISIT.search(text) and _words(text, 100) <= 100:
        return True
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return bool(_ABOUT.match(first)) and " said" not in text


def trim_footer(paragraphs: list[str], window: int = 8) -> tuple[list[str], list[str]]:
    """Split paragraphs into the article and its trailing footer.

    Two passes: drop footer paragraphs from the end, and cut at the earliest
    strong footer signal in the last `window` paragraphs when nothing after it
    is quoted speech (a footer never quotes anyone; an article's ending often does).
    """
    total = end = len(paragraphs)
    while end > 1 and is_footer(paragraphs[end - 1], end < total):
        end -= 1
    first = max(1, end - window)
    # Only paragraphs after the last quoted one may open a footer: the quote test is the cheap one.
    quoted = [i for i in range(first, end) if _quoted(paragraphs[i])]
    for i in range(quoted[-1] + 1 if quoted else first, end):
        if _strong(paragraphs[i]):
            end = i
            break
    while end > 1 and is_footer(paragraphs[end - 1], end < total):
        end -= 1
    return paragraphs[:end], paragraphs[end:]
