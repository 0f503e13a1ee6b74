"""Source files -> validated named graphs in the store. The one path ``stikg build`` (and the API) take."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from functools import cache, partial

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .build import DocumentIndex, SourceDocument, build_graph, vocabulary_graph
from .ingest_log import IngestLog, LogEntry, now
from .iris import Minter
from .ntriples import ntriples
from .queries import named_query
from .reference import national_targets_graph, reorganisation_graph
from .search import number_key
from .store import GraphStore
from .title_links import every_title_link, merge_titles, refresh_title_links, titles_in, with_marks
from .validate import Report, ontology, validate


@dataclass
class Loaded:
    """What became of one source document."""

    source: SourceDocument
    graph_iri: URIRef
    triples: int
    report: Report
    loaded: bool
    text: str = field(repr=False)  # what the store stores of it, as N-Triples (``ntriples``)
    titles: dict[str, dict] = field(repr=False)  # its documents' titles (``titles_in``)


def known_documents(store: GraphStore, keys: set[str]) -> DocumentIndex:
    """The documents in the store with one of these numbers, to resolve undated references against them."""
    index = DocumentIndex()
    rows = store.select(named_query("known_documents").text, key=[ox.Literal(number_key(k)) for k in sorted(keys)])
    for row in rows:
        province = None if row["jurisdiction"].endswith("/jurisdiction/vn") else row["province"]
        index.add(province, row["number"], int(row["issuedOn"][:4]) if row["issuedOn"] else None)
    return index


REFERENCE_GRAPHS = ("ontology", "vocabulary", "national-targets", "reorganisation-2025")


def reference_graphs(minter: Minter) -> list[tuple[URIRef, Graph]]:
    """The ontology, the concept schemes, the national targets and the 2025 reorganisation, each in a named
    graph of its own."""
    return [(URIRef(minter.base + "graph/ontology"), ontology()),
            (URIRef(minter.base + "graph/vocabulary"), vocabulary_graph(minter)),
            (URIRef(minter.base + "graph/national-targets"), national_targets_graph(minter)),
            (URIRef(minter.base + "graph/reorganisation-2025"), reorganisation_graph(minter))]


@cache
def _reference_texts(base: str) -> tuple[tuple[URIRef, str], ...]:
    """The reference graphs as the store takes them, made once a process: they change only with stikg itself, and
    every ingest hands them to the store (which leaves them alone when it holds them as they are). Making them took
    0.2 s an ingest."""
    return tuple((graph_iri, ntriples(graph)) for graph_iri, graph in reference_graphs(Minter(base)))


@cache
def _reference_titles(base: str) -> dict[str, dict]:
    """The titles of the documents the reference graphs describe (569/QĐ-TTg, with the national targets): a new
    store's first load matches mentions against the names they issue too, as every later ingest does, reading
    them from the store."""
    documents: dict[str, dict] = {}
    for _, graph in reference_graphs(Minter(base)):
        merge_titles(documents, titles_in(graph))
    return documents


def prepare_graphs(store: GraphStore, sources: Iterable[SourceDocument], minter: Minter,
                   pool: Executor | None = None) -> list[Loaded]:
    """Build and validate each document's graph against what the store knows; nothing is written. In ``pool``'s
    worker processes when given: build and validation are most of a national build's time."""
    sources = list(sources)
    index = known_documents(store, {key for source in sources for key in DocumentIndex.keys_of(source.record)})
    for source in sources:
        index.add_record(source.record)
    if pool is None:
        return _build_and_validate(index, minter, sources)
    size = max(1, min(64, len(sources) // 16))  # a few batches a worker: the index goes with each
    batches = [sources[i:i + size] for i in range(0, len(sources), size)]
    return [item for batch in pool.map(partial(_build_and_validate, index, minter), batches) for item in batch]


def _build_and_validate(index: DocumentIndex, minter: Minter, sources: list[SourceDocument]) -> list[Loaded]:
    """Each document's graph, built, validated, and written as the store takes it: a worker process sends back
    text, not the graph (unpickling rdflib's graphs took the loading process 7 ms a plan)."""
    vocabulary = vocabulary_graph(minter)
    built = []
    for source in sources:
        graph_iri, graph = build_graph(source, index, minter)
        report = validate(graph, linked=vocabulary)
        built.append(Loaded(source, graph_iri, len(graph), report, report.conforms, ntriples(graph), titles_in(graph)))
    return built


def load(store: GraphStore, prepared: list[Loaded], minter: Minter, log: IngestLog | None = None) -> None:
    """Load the conforming graphs (with the reference graphs) in one transaction, find the links by title of the
    documents they describe, publish a snapshot, log it."""
    graphs = dict(_reference_texts(minter.base))
    latest = {item.graph_iri: item for item in prepared if item.loaded}  # the same document twice: the later wins
    loading = list(latest.values())
    for item in loading:
        graphs[item.graph_iri] = item.text
    if not any(_is_document_graph(g) for g in store.graphs()):  # a new store: all at once, the closure computed once
        documents = merge_titles({}, _reference_titles(minter.base))  # a copy, which the documents' titles join
        for item in loading:
            merge_titles(documents, item.titles)
        graphs.update(every_title_link(minter.base, documents))
        store.load_new_graphs(list(graphs.items()))
    else:
        marks = with_marks(store, minter.base, {iri for item in loading for iri in item.titles}
                           | _graph_documents(store, [item.graph_iri for item in loading]))
        store.replace_graphs([*graphs.items(), marks])
        refresh_title_links(store, str(marks[0]))
    store.flush()
    store.publish()
    if log is not None:
        at = now()
        log.record([LogEntry(at, "loaded", str(item.graph_iri), _document_of(item.graph_iri, minter),
                             item.source.record.document.number, item.source.record.document.title,
                             item.source.sha256) for item in prepared if item.loaded])


def ingest(store: GraphStore, sources: Iterable[SourceDocument], minter: Minter,
           log: IngestLog | None = None, pool: Executor | None = None) -> list[Loaded]:
    """Build, validate and load each document's graph; a graph with violations is not loaded."""
    prepared = prepare_graphs(store, sources, minter, pool)
    load(store, prepared, minter, log)
    return prepared


def remove(store: GraphStore, graph_iri: URIRef, minter: Minter, log: IngestLog | None = None) -> None:
    """Remove one document's graph (and what only it asserted), find the links by title of what it described
    again, publish."""
    marks = with_marks(store, minter.base, _graph_documents(store, [graph_iri]))
    store.replace_graphs([marks])
    store.remove_graph(graph_iri)
    refresh_title_links(store, str(marks[0]))
    store.flush()
    store.publish()
    if log is not None:
        log.record([LogEntry(now(), "removed", str(graph_iri), _document_of(graph_iri, minter))])


def _graph_documents(store: GraphStore, graph_iris: list[URIRef]) -> set[str]:
    if not graph_iris:
        return set()
    rows = store.select(named_query("graph_documents").text, graph=[ox.NamedNode(str(g)) for g in graph_iris])
    return {row["document"] for row in rows}


def _document_of(graph_iri: URIRef, minter: Minter) -> str:
    return minter.base + "doc/" + str(graph_iri)[len(minter.base + "graph/"):]


def _is_document_graph(graph_iri: str) -> bool:
    """Not a reference graph, the closure, nor a graph of links by title (graph/title_links.py)."""
    return not (graph_iri.endswith(tuple(f"/graph/{name}" for name in (*REFERENCE_GRAPHS, "closure")))
                or "/graph/title-links" in graph_iri)


def validate_store(store: GraphStore, minter: Minter) -> dict[str, Report]:
    """Validate every document graph in the store, each with the vocabulary."""
    vocabulary = vocabulary_graph(minter)
    reports = {}
    for graph_iri in store.graphs():
        if not _is_document_graph(graph_iri):
            continue
        reports[graph_iri] = validate(store.graph(graph_iri), linked=vocabulary)
    return reports

