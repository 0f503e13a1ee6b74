import pytest
from rdflib import Graph, Literal, URIRef

from stikg.graph.ntriples import ntriples
from stikg.graph.store import GraphStore

G = URIRef("https://example.org/graph/a")
S = URIRef("https://example.org/s")
P = URIRef("https://example.org/p")


def graph_of(*values):
    g = Graph()
    for v in values:
        g.add((S, P, Literal(v)))
    return g


def test_replace_graph_replaces_only_that_graph(tmp_path):
    store = GraphStore(tmp_path / "store")
    other = URIRef("https://example.org/graph/b")
    store.replace_graph(G, graph_of("old", "older"))
    store.replace_graph(other, graph_of("kept"))
    store.replace_graph(G, graph_of("new"))
    assert store.graphs() == [str(G), str(other)]
    assert sorted(str(o) for o in store.graph(str(G)).objects()) == ["new"]
    assert sorted(r["o"] for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")) == ["kept", "new"]


def test_a_failing_load_leaves_the_graph_as_it_was(tmp_path):
    store = GraphStore(tmp_path / "store")
    store.replace_graph(G, graph_of("before"))
    broken = graph_of("x")
    broken.add((S, P, URIRef("https://example.org/has space")))  # not a valid IRI for Oxigraph
    with pytest.raises(ValueError, match="not a valid IRI: <https://example.org/has space>"):
        store.replace_graph(G, broken)
    assert sorted(str(o) for o in store.graph(str(G)).objects()) == ["before"]


def test_store_persists_on_disk(tmp_path):
    GraphStore(tmp_path / "store").replace_graph(G, graph_of("v"))
    reopened = GraphStore(tmp_path / "store")
    assert reopened.graphs() == [str(G)]


def test_queries_see_the_merge_of_graphs_as_a_set(tmp_path):
    store = GraphStore(tmp_path / "store")
    store.replace_graph(G, graph_of("a", "shared"))
    store.replace_graph(URIRef("https://example.org/graph/b"), graph_of("b", "shared"))
    rows = list(store.select("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"))
    assert [r["o"] for r in rows] == ["a", "b", "shared"]  # a triple two documents assert counts once
    store.remove_graph(G)
    rows = list(store.select("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"))
    assert [r["o"] for r in rows] == ["b", "shared"]  # still asserted by graph b
    store.remove_graph(URIRef("https://example.org/graph/b"))
    assert list(store.select("SELECT ?o WHERE { ?s ?p ?o }")) == []


def test_a_failing_first_load_leaves_the_store_empty(tmp_path, monkeypatch):
    """The first load into an empty store on disk goes through the bulk loader (no transaction): a load that
    fails, whether on text Oxigraph can't read or after the documents are in, empties the store again, and
    leaves no marker to empty it at the next open."""
    store = GraphStore(tmp_path / "store")
    good = [(URIRef(f"https://example.org/graph/{i}"), ntriples(graph_of(f"v{i}"))) for i in range(3)]
    broken = f"<{S}> <{P}> <https://example.org/has space> .\n"
    with pytest.raises(SyntaxError, match="Invalid IRI"):
        store.load_new_graphs([*good, (G, broken)])
    assert len(store) == 0

    def fail(*_):
        assert len(store) > 0  # the documents are in
        raise RuntimeError("stopped")

    monkeypatch.setattr(GraphStore, "_add_lineage", fail)
    with pytest.raises(RuntimeError, match="stopped"):
        store.load_new_graphs(good)
    assert len(store) == 0
    assert not (tmp_path / "store.first-load").exists()
    monkeypatch.undo()
    store.load_new_graphs(good)  # and it takes a first load again
    assert store.graphs() == sorted(str(g) for g, _ in good)


def test_a_graph_stored_as_it_is_is_not_written_again(tmp_path):
    """Every ingest hands the store the reference graphs again; one it holds unchanged costs no update."""

    class CountingUpdates:
        def __init__(self, inner):
            self.inner, self.updates = inner, 0

        def update(self, *args, **kwargs):
            self.updates += 1
            return self.inner.update(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(self.inner, name)

    store = GraphStore(tmp_path / "store")
    store.replace_graph(G, graph_of("a", "b"))
    store.store = counting = CountingUpdates(store.store)
    store.replace_graph(G, graph_of("b", "a"))
    assert counting.updates == 0
    store.replace_graph(G, graph_of("a"))
    assert counting.updates == 1
    assert sorted(str(o) for o in store.graph(str(G)).objects()) == ["a"]
