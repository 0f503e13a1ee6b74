import gzip

from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, VOID

BASE = "https://w3id.org/stikg/id/"
STI = "https://w3id.org/stikg/ontology#"


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


def test_a_description_pages_the_links_to_a_resource(client, monkeypatch):
    """Every statement about a province and every one pointing to it but the lineage indexes, once, in pages that
    say where the next one is."""
    from stikg.api import linked_data

    monkeypatch.setattr(linked_data, "LINKS_PAGE", 7)
    iri = URIRef(BASE + "jurisdiction/tay-ninh")
    pages, link = [], "/id/jurisdiction/tay-ninh?format=nt"
    while link:
        response = client.get(link)
        assert response.status_code == 200
        pages.append(Graph().parse(data=response.text, format="nt"))
        link = response.links.get("next", {}).get("url")
    assert len(pages) > 2 and all(len(list(g.triples((None, None, iri)))) == 7 for g in pages[:-1])
    assert all(not list(g.triples((iri, None, None))) for g in pages[1:])  # what it says: on the first page
    every = Graph().parse(data=client.post("/sparql", data={"query": f"""CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }}
        WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}>
        FILTER(?q NOT IN (<{STI}carriesOut>, <{STI}tallyOf>)) }} }}"""}, headers={"Accept": "text/turtle"}).text)
    assert sum(len(g) for g in pages) == len(every) and set().union(*map(set, pages)) == set(every)
    assert client.get("/id/jurisdiction/tay-ninh", params={"page": len(pages) + 1}).status_code == 404
    decision = client.get("/id/doc/vn/2022/569-qd-ttg", params={"format": "nt"}).text
    assert f"<{STI}carriesOut> <{BASE}doc/vn/2022/569-qd-ttg>" not in decision  # the closure: asked by SPARQL


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
