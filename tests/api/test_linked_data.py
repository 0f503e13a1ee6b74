import gzip

from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, VOID

BASE = "https://w3id.org/stikg/id/"


def test_iris_dereference_with_content_negotiation(client):
    iri = URIRef(BASE + "doc/vn/2022/569-qd-ttg")
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")):
        response = client.get("/id/doc/vn/2022/569-qd-ttg", headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
        g = Graph().parse(data=response.text, format=fmt)
        assert (iri, None, None) in g
    page = client.get("/id/doc/vn/2022/569-qd-ttg", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html") and "569/QĐ-TTg" in page.text
    assert client.get("/id/doc/vn/1999/nothing").status_code == 404


def test_dumps_are_complete_and_gzipped(client):
    response = client.get("/dumps/stikg.nt.gz")
    assert response.status_code == 200
    g = Graph().parse(data=gzip.decompress(response.content).decode(), format="nt")
    count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                                   "WHERE { ?s ?p ?o } }"}).json()
    assert len(g) == int(count["results"]["bindings"][0]["n"]["value"])
    assert client.get("/dumps/stikg.ttl.gz").status_code == 200
    assert client.get("/dumps/other.zip").status_code == 404


def test_void_and_dcat_for_portals(client):
    void = Graph().parse(data=client.get("/.well-known/void").text, format="turtle")
    dataset = next(void.subjects(VOID.sparqlEndpoint, None))
    assert int(void.value(dataset, VOID.triples)) > 5000
    assert len(list(void.objects(dataset, VOID.dataDump))) == 4
    catalog = Graph().parse(data=client.get("/catalog", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (None, DCAT.dataset, dataset) in catalog
    assert len(list(catalog.objects(dataset, DCAT.distribution))) == 4
