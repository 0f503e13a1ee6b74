"""Source files -> validated named graphs in the store. The one path ``stikg build`` (and the API) take."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from .build import DocumentIndex, SourceDocument, build_graph, vocabulary_graph
from .iris import Minter
from .queries import named_query
from .store import GraphStore
from .validate import Report, ontology, validate


@dataclass
class Loaded:
    """What became of one source document."""

    source: SourceDocument
    graph_iri: URIRef
    triples: int
    report: Report
    loaded: bool


def known_documents(store: GraphStore) -> DocumentIndex:
    """The documents already in the store, to resolve undated references against them."""
    index = DocumentIndex()
    for row in store.select(named_query("known_documents").text):
        province = None if row["jurisdiction"].endswith("/jurisdiction/vn") else row["province"]
        index.add(province, row["number"], int(row["issuedOn"][:4]) if row["issuedOn"] else None)
    return index


def load_reference_graphs(store: GraphStore, minter: Minter) -> None:
    """The ontology and the concept schemes, each in a named graph of its own."""
    store.replace_graph(URIRef(minter.base + "graph/ontology"), ontology())
    store.replace_graph(URIRef(minter.base + "graph/vocabulary"), vocabulary_graph(minter))


def ingest(store: GraphStore, sources: Iterable[SourceDocument], minter: Minter) -> list[Loaded]:
    """Build, validate and load each document's graph; a graph with violations is not loaded."""
    sources = list(sources)
    index = known_documents(store)
    for source in sources:
        index.add_record(source.record)
    first_build = not any(_is_document_graph(g) for g in store.graphs())
    load_reference_graphs(store, minter)
    vocabulary = vocabulary_graph(minter)
    results: list[Loaded] = []
    batch: dict[URIRef, object] = {}  # a new store: load all at once, compute the closure once
    for source in sources:
        graph_iri, graph = build_graph(source, index, minter)
        report = validate(graph + vocabulary)
        if report.conforms and first_build:
            batch[graph_iri] = graph  # the same document twice: the later file wins, as one by one
        elif report.conforms:
            store.replace_graph(graph_iri, graph)
        results.append(Loaded(source, graph_iri, len(graph), report, report.conforms))
    if batch:
        store.load_new_graphs(list(batch.items()))
    store.flush()
    return results


def _is_document_graph(graph_iri: str) -> bool:
    return not graph_iri.endswith(("/graph/ontology", "/graph/vocabulary", "/graph/closure"))


def validate_store(store: GraphStore, minter: Minter) -> dict[str, Report]:
    """Validate every document graph in the store, each with the vocabulary."""
    vocabulary = vocabulary_graph(minter)
    reports = {}
    for graph_iri in store.graphs():
        if not _is_document_graph(graph_iri):
            continue
        reports[graph_iri] = validate(store.graph(graph_iri) + vocabulary)
    return reports

