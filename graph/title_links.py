"""Links by title: a document that names another only by its title ("triển khai Chương trình phát triển thị
trường khoa học và công nghệ quốc gia ...") is linked to the numbered document that issues what that title
names (1158/QĐ-TTg "ban hành Chương trình phát triển thị trường Khoa học và Công nghệ đến năm 2030").

The match comes from the titles in the graph, never from a table of answers: the words of the issued name,
folded, against the words of the mention, less the words that place it in a province. At or above THRESHOLD
the link is made (``sti:implements``, qualified by a citation that records the match, its confidence and the
text on both sides); below it the mention stays unresolved for a person to review.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pyoxigraph import NamedNode
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql import prepareQuery

from .ntriples import ntriples
from .queries import named_query
from .search import fold_text
from .vocab import STI

THRESHOLD = 0.8
# What a mention starts with: the kinds of document a plan carries out by name.
_KINDS = r"Chương trình|Chiến lược|Đề án|Kế hoạch|Quy hoạch|Nghị quyết|Chỉ thị|Kết luận"
_MENTION = re.compile(rf"\b(?:{_KINDS})\b(?!\s+(?:số|hành động số)\s+\d)[^;.()]*", re.IGNORECASE)
_ISSUES = re.compile(rf"\bban hành\s+((?:{_KINDS})\b[^;()]*)", re.IGNORECASE)
# Words that place a mention in a province or say it is national; they tell nothing of which document it names.
_PLACE = re.compile(r"\b(?:[Tt]rên địa bàn|của|tại) (?:tỉnh|thành phố)(?: [A-ZĐ][^\s,;.]*)+|\bquốc gia\b")


@dataclass(frozen=True)
class Known:
    """A numbered document and the name of what it issues."""

    iri: str
    name: str


@dataclass(frozen=True)
class Match:
    mention: str
    known: Known | None
    confidence: float


@lru_cache(maxsize=4096)  # the issued names are compared with every mention
def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", fold_text(_PLACE.sub(" ", text))))


def issued_name(title: str) -> str | None:
    """'ban hành Chương trình phát triển ... đến năm 2030' -> 'Chương trình phát triển ... đến năm 2030'."""
    m = _ISSUES.search(title)
    return m.group(1).strip() if m else None


def mentions(title: str) -> list[str]:
    """The names of documents a title mentions without their number."""
    if _ISSUES.search(title):  # a decision that issues a programme names it, it does not carry it out
        return []
    return [m.group(0).strip() for m in _MENTION.finditer(title)
            if m.start() > 0 and len(words(m.group(0))) >= 4]  # at the start, it is the document's own name


def confidence(mention: str, name: str) -> float:
    """How much of the issued name the mention holds, tempered by what else the mention says (0 to 1)."""
    mine, theirs = words(mention), words(name)
    if not theirs or not mine:
        return 0.0
    shared = len(mine & theirs)
    return round(0.7 * shared / len(theirs) + 0.3 * shared / len(mine | theirs), 3)


def best_match(mention: str, known: list[Known]) -> Match:
    """The known name the mention holds most of; a tie goes to the greatest IRI, which the graph of issued names
    holds, so that a document reprinting its number (569/QD-TTg for 569/QĐ-TTg) leaves other documents' links as
    they were, as ``refresh_title_links`` assumes."""
    scored = [(confidence(mention, k.name), k) for k in known]
    if not scored:
        return Match(mention, None, 0.0)
    score, candidate = max(scored, key=lambda pair: (pair[0], pair[1].iri))
    return Match(mention, candidate, score)


def known_names(documents: dict[str, dict]) -> list[Known]:
    """The numbered documents among ``documents`` whose titles say what they issue."""
    return [Known(iri, name) for iri, d in sorted(documents.items()) if d["number"]
            for name in sorted({issued_name(t) for t in d["titles"]} - {None})]


def document_links(iri: str, document: dict, known: list[Known]) -> Graph:
    """The links by title of one document (number, titles, the numbers it cites) to the ``known`` names."""
    g = Graph()  # no prefixes bound: it is written as N-Triples, and binding them took 0.17 ms a document
    for title in sorted(document["titles"]):
        for mention in mentions(title):
            match = best_match(mention, [k for k in known if k.iri != iri])
            if match.known is not None and match.known.iri in document["cites"]:
                continue  # the document already cites it by number: nothing to link, nothing to review
            node = URIRef(f"{iri}/title-mention/{hashlib.sha256(mention.encode('utf-8')).hexdigest()[:12]}")
            g.add((node, RDF.type, STI.TitleMention))
            g.add((node, STI.mentionedIn, URIRef(iri)))
            g.add((node, STI.mentionText, Literal(mention, lang="vi")))
            g.add((node, STI.confidence, Literal(str(match.confidence), datatype=XSD.decimal)))
            if match.known is None:
                continue
            g.add((node, STI.candidate, URIRef(match.known.iri)))
            g.add((node, STI.candidateName, Literal(match.known.name, lang="vi")))
            if match.confidence >= THRESHOLD:
                g.add((URIRef(iri), STI.implements, URIRef(match.known.iri)))
                g.add((node, STI.resolvedTo, URIRef(match.known.iri)))
    return g


def names_graph_iri(base: str) -> URIRef:
    """The named graph of the names documents issue (``sti:issuedName``), which mentions are matched against."""
    return URIRef(base + "graph/title-links")


def links_graph_iri(base: str, document: str) -> URIRef:
    """The named graph of one document's links by title: {base}graph/title-links/{the document's path}."""
    return URIRef(base + "graph/title-links/" + document.removeprefix(base + "doc/"))


def marks_graph_iri(base: str) -> URIRef:
    """The named graph of marks on documents whose links by title are to be found again (``refresh_title_links``)."""
    return URIRef(base + "graph/title-links-stale")


def with_marks(store, base: str, documents: set[str]) -> tuple[URIRef, str]:
    """The graph of marks with ``documents`` marked too (and those a stopped writer left), in N-Triples: it goes in
    with the change that makes their links stale."""
    marks = store.graph(str(marks_graph_iri(base)))
    for document in documents:
        marks.add((URIRef(document), STI.staleTitleLinks, Literal(True)))
    return marks_graph_iri(base), ntriples(marks)


def names_graph(base: str, known: list[Known]) -> tuple[URIRef, str]:
    """The names documents issue, as a named graph in N-Triples."""
    names = Graph()
    for k in known:
        names.add((URIRef(k.iri), STI.issuedName, Literal(k.name, lang="vi")))
    return names_graph_iri(base), ntriples(names)


def title_link_graphs(base: str, documents: dict[str, dict], known: list[Known],
                      gone: set[str] = frozenset()) -> list[tuple[URIRef, str]]:
    """The links by title of each of ``documents``, as named graphs in N-Triples; an empty graph for each of
    ``gone`` without links now, so that replacing it removes it."""
    graphs = []
    for iri in sorted(documents.keys() | gone):
        mentioning = iri in documents and any(mentions(title) for title in documents[iri]["titles"])
        links = ntriples(document_links(iri, documents[iri], known)) if mentioning else ""
        if links or iri in gone:
            graphs.append((links_graph_iri(base, iri), links))
    return graphs


def every_title_link(base: str, documents: dict[str, dict], gone: set[str] = frozenset()) -> list[tuple[URIRef, str]]:
    """The names known among ``documents`` and the links by title of each (``title_link_graphs``), found anew."""
    known = known_names(documents)
    return [names_graph(base, known), *title_link_graphs(base, documents, known, gone)]


def refresh_title_links(store, marks_iri: str) -> None:
    """Find again the links by title of the documents marked in ``marks_iri`` ({base}graph/title-links-stale), and
    drop the marks, in one transaction.

    A document's links hang on its own titles and numbers and on the names documents issue. When the names are
    those the store holds, only the marked documents' links are found again, each in its own named graph (at 5M
    triples, reading every title took 0.9 s an ingest, and rewriting one graph of all the links 0.3 s); when a
    name came or went, every document's are.

    The marks go in with the change that makes the links stale, in its transaction; this is the second. A writer
    stopped between the two leaves the marks, and the store finishes the work when next opened for writing.
    """
    base = marks_iri.removesuffix(str(marks_graph_iri("")))
    stale = {str(document) for document in store.graph(marks_iri).subjects()}
    held = {(str(s), str(o)) for s, o in store.graph(str(names_graph_iri(base))).subject_objects(STI.issuedName)}
    documents = titles_in(store, stale | {document for document, _ in held})
    known = known_names(documents)
    if {(k.iri, k.name) for k in known} == held:
        graphs = title_link_graphs(base, {iri: documents[iri] for iri in stale if iri in documents}, known, stale)
    else:
        prefix = str(links_graph_iri(base, ""))
        had = {base + "doc/" + g.removeprefix(prefix) for g in store.graphs() if g.startswith(prefix)}
        graphs = every_title_link(base, titles_in(store), had)
    store.replace_graphs([*graphs, (URIRef(marks_iri), "")])


@cache
def _titles_query():
    """``document_titles`` parsed once: rdflib parses a query given as text each time (15 of the 16 ms it took a
    generated plan's graph)."""
    return prepareQuery(named_query("document_titles").text)


def titles_in(source, only: set[str] | None = None) -> dict[str, dict]:
    """IRI -> number, titles and what it implements, for every document in a store (``only`` those, if given) or
    an rdflib graph; in a graph, those without a title too (with none): the store's entries for them may change
    when the graph is loaded."""
    if isinstance(source, Graph):
        rows = [{k: (str(v) if v is not None else None) for k, v in row.asdict().items()}
                for row in source.query(_titles_query())]
        described = {*source.subjects(RDF.type, STI.Document), *source.objects(None, STI.issues)}
    else:
        values = {} if only is None else {"document": [NamedNode(iri) for iri in sorted(only)]}
        rows, described = list(source.select(named_query("document_titles").text, **values)), set()
    documents: dict[str, dict] = {str(iri): {"number": None, "titles": set(), "cites": set()} for iri in described}
    for row in rows:
        merge_titles(documents, {row["document"]: {"number": row.get("number"), "titles": {row["title"]},
                                                   "cites": {row.get("implemented")} - {None, ""}}})
    return documents


def merge_titles(documents: dict[str, dict], more: dict[str, dict]) -> dict[str, dict]:
    """``more`` (as ``titles_in`` gives) added to ``documents``: a store's documents, then the graphs about to be
    loaded."""
    for iri, entry in more.items():
        mine = documents.setdefault(iri, {"number": None, "titles": set(), "cites": set()})
        mine["number"] = mine["number"] or entry["number"]
        mine["titles"] |= entry["titles"]
        mine["cites"] |= entry["cites"]
    return documents
