"""Documents' graphs as N-Triples and N-Quads text, the form they go into a store in.

Text, because Oxigraph parses it far faster than it takes terms one Python object at a time (a ``pyoxigraph.Quad``
costs 3 µs to make; a first build of 1M triples spent 8 of its 26 s making them), and because a SPARQL update
carries its data as text anyway. A document's text is written where its graph is built (in a worker process,
for a large build), so the process that loads has only text to pass on.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef

from .search import token_triples

_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def term_text(term) -> str:
    """An rdflib term in N-Triples syntax; an IRI N-Triples can't write is an error naming it."""
    if isinstance(term, URIRef):
        if _NOT_IN_IRI.search(term):
            raise ValueError(f"not a valid IRI: <{term}>")
        return f"<{term}>"
    if isinstance(term, Literal):
        quoted = f'"{_escaped(term)}"'
        if term.language:
            return f"{quoted}@{term.language}"
        return f"{quoted}^^{term_text(term.datatype)}" if term.datatype else quoted
    return f"_:{term}"


class _TermTexts(dict):
    """Terms already written, by term."""

    def __missing__(self, term) -> str:
        text = self[term] = term_text(term)
        return text


def ntriples(graph: Graph) -> str:
    """What a document's graph stores (its triples and its search tokens, ``token_triples``) as N-Triples: the
    form the store takes a graph in."""
    texts = _TermTexts()
    return "".join(f"{texts[s]} {texts[p]} {texts[o]} .\n"
                   for triples in (graph, token_triples(graph)) for s, p, o in triples)


def nquads(graphs: Iterable[tuple[URIRef, str]]) -> io.BufferedReader:
    """A binary file of N-Quads from graphs in N-Triples: each triple in its named graph and again in the default
    graph (the merged graph; the store keeps a triple two documents assert once). Written as it is read, a graph at
    a time: the whole text of a national graph would take 2 GB. (Buffered by the megabyte: Oxigraph reads 2 kB at
    a time, and a load of 1M triples took 17 s unbuffered, 15 s buffered.)"""
    return io.BufferedReader(_NQuadsReader(graphs), 1 << 20)


class _NQuadsReader(io.RawIOBase):
    """The file behind ``nquads``."""

    def __init__(self, graphs: Iterable[tuple[URIRef, str]]) -> None:
        # every line of N-Triples ends in " .\n" (a line break inside a literal is escaped)
        self._chunks = ((text.replace(" .\n", f" {term_text(URIRef(graph_iri))} .\n") + text).encode()
                        for graph_iri, text in graphs)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
