"""Company names coined from an abbreviation or a run-together word and a word for a line of business:
"SBC Communications", "BridgeHead Software". The first word is nothing in plain English, and the
second says what a company sells, so together they name a company wherever they stand.
"""

from __future__ import annotations

from transforms.orgnames import ACRONYM_STOPWORDS, COUNTRY_CODES, is_acronym, is_place

__all__ = ["coined_company"]

# Words for a line of business that end a company's name; none is a head word, and a product
# ("Windows Software") or a field ("Consumer Electronics") takes them as often, hence the coined first word.
_BUSINESS_ENDINGS = frozenset(
    {
        "Communications", "Telecommunications", "Technologies", "Pharmaceuticals", "Industries",
        "Electronics", "Software", "Systems", "Networks", "Semiconductor", "Semiconductors", "Motors",
        "Foods",
    }
)


def coined_company(name: str) -> bool:
    """Whether a plain two-word name is a coined word and a line of business ("LG Electronics")."""
    first, _, last = name.partition(" ")
    if last not in _BUSINESS_ENDINGS:
        return False
    return (_coined(first) and first not in ACRONYM_STOPWORDS and first not in COUNTRY_CODES
            and not is_place(first))


def _coined(word: str) -> bool:
    """An abbreviation ("SBC") or a word with a capital inside it ("BridgeHead", "GeCAD")."""
    return is_acronym(word) or (word[:1].isupper() and any(ch.isupper() for ch in word[1:])
                                and word.isalpha())
