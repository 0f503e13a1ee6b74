import pyoxigraph as ox
import pytest
from rdflib import XSD, Graph, Literal, URIRef

from stikg.graph.ntriples import nquads, ntriples, term_text

S = URIRef("https://example.org/s")
P = URIRef("https://example.org/p")
AWKWARD = [Literal('say "hi"\\ then\nnew line\r\tand tab'), Literal("Khoa học, công nghệ", lang="vi"),
           Literal(""), Literal("40", datatype=XSD.decimal), Literal("2030", datatype=XSD.gYear),
           URIRef("https://example.org/đổi-mới?x=1#y")]


def graph_of(objects) -> Graph:
    g = Graph()
    for o in objects:
        g.add((S, P, o if isinstance(o, (Literal, URIRef)) else Literal(o)))
    return g


def as_rdflib(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> Graph:
    return Graph().parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode(), format="nt")


def test_awkward_terms_reach_the_store_as_they_were():
    g = graph_of(AWKWARD)
    store = ox.Store()
    store.load(nquads([(URIRef("https://example.org/graph/a"), ntriples(g))]), format=ox.RdfFormat.N_QUADS)
    assert set(as_rdflib(store, ox.NamedNode("https://example.org/graph/a"))) == set(g)
    assert set(as_rdflib(store, ox.DefaultGraph())) == set(g)  # the merged graph too
    assert set(Graph().parse(data=ntriples(g), format="nt")) == set(g)


def test_a_triple_two_graphs_assert_is_once_in_the_default_graph():
    store = ox.Store()
    store.load(nquads([(URIRef("https://example.org/graph/a"), ntriples(graph_of(["x", "a"]))),
                       (URIRef("https://example.org/graph/b"), ntriples(graph_of(["x"])))]),
               format=ox.RdfFormat.N_QUADS)
    assert len(store) == 3 + 2
    assert sorted(q.object.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == ["a", "x"]


def test_the_text_is_the_same_read_in_small_pieces():
    graphs = [(URIRef(f"https://example.org/graph/{i}"), ntriples(graph_of([f"value {i}", *AWKWARD])))
              for i in range(30)]
    whole = nquads(graphs).read()
    pieces, reader = [], nquads(graphs)
    while piece := reader.read(7):
        pieces.append(piece)
    assert b"".join(pieces) == whole and whole.count(b"\n") == 2 * 30 * (1 + len(AWKWARD))


@pytest.mark.parametrize("iri", ["https://example.org/has space", "https://example.org/<x>", 'https://e.org/"q"'])
def test_an_iri_ntriples_cannot_write_is_named_in_the_error(iri):
    with pytest.raises(ValueError, match=f"not a valid IRI: <{iri}>"):
        term_text(URIRef(iri))
