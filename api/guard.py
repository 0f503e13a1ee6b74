"""What a public, read-only endpoint refuses before a query reaches the store.

Oxigraph never fetches remote data, but a clear refusal beats a silent empty
answer: updates, SERVICE, and datasets naming graphs this store does not hold.
"""

from __future__ import annotations

import re


class Refused(ValueError):
    """A request this endpoint will not run; the message says why."""


# Strings, IRIs and comments, scanned left to right so a '#' inside an IRI or a string is not a comment.
_TOKENS = re.compile(
    r'(?P<string>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<comment>#[^\n]*)'
)
_IRIS = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*|BASE\s+)<[^>]*>\s*)*", re.IGNORECASE)
_UPDATE = re.compile(r"^(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_FORM = re.compile(r"^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_FROM = re.compile(r"\bFROM\s+(?:NAMED\s+)?<([^>]*)>", re.IGNORECASE)


def _without_strings(sparql: str) -> str:
    """The query with string literals blanked and comments removed (IRIs kept)."""
    return _TOKENS.sub(lambda m: '""' if m["string"] else m["iri"] or "", sparql)


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (None if it is none of them: malformed or an update)."""
    body = _PROLOGUE.sub("", _without_strings(sparql))
    m = _FORM.match(body.lstrip())
    return m.group(1).upper() if m else None


def check_query(sparql: str, known_graphs: set[str]) -> None:
    """Raise ``Refused`` for an update, a SERVICE call, or FROM naming a graph outside this dataset."""
    text = _without_strings(sparql)
    body = _PROLOGUE.sub("", text).lstrip()
    if _UPDATE.match(body):
        raise Refused("SPARQL Update is refused: this endpoint is read-only")
    if re.search(r"\bSERVICE\b", _IRIS.sub("<>", text), re.IGNORECASE):
        raise Refused("SERVICE is refused: this endpoint does not query other endpoints")
    for graph in _FROM.findall(text):
        check_graph(graph, known_graphs)


def check_graph(graph: str, known_graphs: set[str]) -> None:
    if graph not in known_graphs:
        raise Refused(f"<{graph}> is not a graph of this dataset; this endpoint never fetches remote data")
