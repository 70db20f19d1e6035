"""“Checked before”: find earlier reviewed claims that say the same thing as a new one.

This module's first part is the key that makes the same wording one claim: case, accents, quote
marks, punctuation and spacing do not count.
"""

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """“Dat konden we NIET doen,” → "dat konden we niet doen": folded case and accents, words
    separated by one space, punctuation and quote marks gone."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain.casefold()).split())


def text_key(text: str) -> str:
    """The exact-match key stored on every claim (`Claim.text_key`)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
