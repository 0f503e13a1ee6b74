"""Diacritics-insensitive text search: folding, and the tokens the graph indexes for it.

Each searchable text (document titles and subjects, task titles, target indicators) gets one
``sti:searchToken`` triple per distinct folded word, so a search starts from an index lookup of
its rarest-looking word and checks the whole phrase (``phrase_key``: punctuation and stop words
aside) only on those candidates.
"""

from __future__ import annotations

import re
import unicodedata

# Words so common in plans that an index lookup by them finds nearly everything.
STOPWORDS = frozenset({
    "va", "cac", "cua", "trong", "cho", "voi", "tai", "theo", "tren", "den", "tu", "de", "la", "co", "duoc",
    "nhung", "mot", "ve",
})


def fold_text(text: str) -> str:
    """Lower case, no diacritics, đ -> d: 'Khoa học' -> 'khoa hoc'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def phrase_key(text: str) -> str:
    """A text as phrases are matched: its folded words without stop words, one space between:
    'Sở Khoa học và Công nghệ' -> 'so khoa hoc cong nghe', so a search for 'khoa học, công nghệ' finds it."""
    return " ".join(w for w in re.findall(r"[a-z0-9]+", fold_text(text)) if w not in STOPWORDS)


def number_key(number: str) -> str:
    """A document number as it is compared: folded, without spaces: '569 / QĐ-TTg' -> '569/qd-ttg'."""
    return "".join(fold_text(number).split())


def search_tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold_text(text)) if len(w) > 1 and w not in STOPWORDS}


def key_token(query: str) -> str | None:
    """The word of a query to look up first: the longest one that is not a stop word."""
    tokens = sorted(search_tokens(query), key=lambda w: (-len(w), w))
    return tokens[0] if tokens else None
