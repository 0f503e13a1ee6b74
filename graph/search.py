"""Diacritics-insensitive text search: folding, and the tokens the graph indexes for it.

Each searchable text (document titles and subjects, task titles, target indicators, agency names) carries its
phrase key (``sti:searchText``: folded words, punctuation and stop words aside), and the store indexes each key by
its words, one ``sti:searchToken`` triple a word (``token_triples``), so a search starts from an index lookup of its
rarest word (``rarest_token``) and checks the whole phrase only on those candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from .vocab import STI

if TYPE_CHECKING:
    from .lineage import RowSource

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


def key_words(key: str) -> set[str]:
    """The words a phrase key is looked up by: those of two letters or more."""
    return {w for w in key.split() if len(w) > 1}


def search_tokens(text: str) -> set[str]:
    return key_words(phrase_key(text))


def token_triples(graph: Graph) -> Iterator[tuple[URIRef, URIRef, Literal]]:
    """The ``sti:searchToken`` triples of a graph's phrase keys. Added where a graph is stored rather than built
    into it: they are two in five of a plan's triples, and nothing checks or reads them before the store."""
    for subject, key in graph.subject_objects(STI.searchText):
        for word in sorted(key_words(str(key))):
            yield subject, STI.searchToken, Literal(word)


COUNTED_WORDS = 8  # a long query: its longest words are counted, not every one


def rarest_token(store: RowSource, query: str) -> str | None:
    """The word of a query to look up first: the one the fewest items hold (counted up to 1000, the longest among
    equals), so a search for a phrase no title holds costs what its rarest word costs, not its longest (at 5M
    triples: 0.2-0.4 s when the longest word was a common one). The first and last words may be parts of longer
    words (the phrase is matched as a substring: "thị trường vũ tr" as it is typed); one that no item holds is not
    looked up, where an inner word that no item holds means no item holds the phrase."""
    by_length = sorted(search_tokens(query), key=lambda w: (-len(w), w))[:COUNTED_WORDS]
    if len(by_length) < 2:
        return by_length[0] if by_length else None
    words = phrase_key(query).split()
    edges = {words[0], words[-1]}
    counts = {w: int(store.named_rows("search_token_count", token=ox.Literal(w))[0]["count"]) for w in by_length}
    usable = [w for w in by_length if counts[w] or w not in edges] or by_length
    return min(usable, key=lambda w: counts[w])  # min keeps the first of equals: the longest
