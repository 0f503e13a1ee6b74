"""The embedded store: Oxigraph on disk, one named graph per source document.

Loading a document's graph replaces the old one in a single transaction, so a
reader sees the graph from before or from after, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

VOCABULARY_GRAPH = "vocabulary"


class GraphStore:
    """A thin wrapper over a pyoxigraph store with the operations stikg needs."""

    def __init__(self, path: Path | None) -> None:
        """``path`` is a folder (created if missing); None keeps the store in memory (tests)."""
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
        self.store = ox.Store(str(path)) if path is not None else ox.Store()

    def close(self) -> None:
        """Release the store (and its lock on the folder) now rather than when it is collected."""
        self.store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Put ``graph`` in the named graph ``graph_iri``, replacing what was there, atomically."""
        body = graph.serialize(format="nt")
        self.store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")

    def remove_graph(self, graph_iri: URIRef) -> None:
        self.store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def graph(self, graph_iri: str) -> Graph:
        """One named graph as an rdflib Graph (for validation and export)."""
        data = self.store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.NamedNode(graph_iri))
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        return self.store.dump(format=fmt) if fmt.supports_datasets else self._union_dump(fmt)

    def _union_dump(self, fmt: ox.RdfFormat) -> bytes:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.store}
        return ox.serialize(sorted(triples, key=str), format=fmt)

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run a query over the union of the named graphs."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)

    def select(self, sparql: str, **substitutions) -> Iterator[dict[str, str | None]]:
        """SELECT rows as dicts of plain values."""
        results = self.query(sparql, substitutions)
        names = [v.value for v in results.variables]
        for solution in results:
            yield {name: (solution[name].value if solution[name] is not None else None) for name in names}

    def __len__(self) -> int:
        return len(self.store)
