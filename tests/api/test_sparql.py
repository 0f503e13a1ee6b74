"""The SPARQL endpoint's limits: read-only, no SERVICE, time and row caps, and other requests served meanwhile."""

import threading
import time

import pytest
from fastapi.testclient import TestClient

from stikg.api.app import create_app

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def limited(store_path, make_settings):
    settings = make_settings(store_path, query_timeout=2.0, row_cap=100, workers=2)
    with TestClient(create_app(settings)) as client:
        yield client


def test_results_by_accept_header(client):
    query = {"query": "SELECT ?n WHERE { ?d <https://w3id.org/stikg/ontology#documentNumber> ?n } LIMIT 2"}
    for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values"):
        response = client.get("/sparql", params=query, headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert client.get("/sparql", params={**query, "format": "csv"}).text.startswith("n\r\n")
    assert client.get("/sparql", params=query, headers={"Accept": "image/png"}).status_code == 406


def test_malformed_query_gets_the_parser_message(client):
    response = client.get("/sparql", params={"query": "SELEC ?x WHERE {}"})
    assert response.status_code == 400 and "error at" in response.text


def test_update_and_service_and_remote_from_are_refused(client):
    for data in ({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}, {"query": "DELETE WHERE { ?s ?p ?o }"}):
        response = client.post("/sparql", data=data)
        assert response.status_code == 403 and "read-only" in response.text
    response = client.post("/sparql", content="INSERT DATA { <a:b> <a:c> <a:d> }",
                           headers={"Content-Type": "application/sparql-update"})
    assert response.status_code == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": service})
    assert response.status_code == 400 and "SERVICE is refused" in response.text
    response = client.get("/sparql", params={"query": "SELECT * FROM <http://example.com/x.ttl> WHERE { ?s ?p ?o }"})
    assert response.status_code == 400 and "never fetches" in response.text
    count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
    assert int(count["results"]["bindings"][0]["n"]["value"]) > 5000  # nothing was written or dropped


def test_row_cap(limited):
    response = limited.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 413 and "more than 100 rows" in response.text
    assert limited.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 100"}).status_code == 200


def test_a_query_past_the_limit_is_stopped_while_others_are_served(limited):
    outcome = {}

    def slow():
        started = time.monotonic()
        outcome["response"] = limited.get("/sparql", params={"query": SLOW})
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = limited.get("/api/documents", params={"number": "569/QĐ-TTg"})
    quick_seconds = time.monotonic() - started
    thread.join(timeout=30)
    assert quick.status_code == 200 and quick_seconds < 1.5
    assert outcome["response"].status_code == 503
    assert "time limit of 2 s" in outcome["response"].text
    assert outcome["seconds"] < 6
    # the stopped worker was replaced: the service still answers
    assert limited.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_oversized_and_malformed_requests(client):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_000_000
    response = client.post("/sparql", content=big, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413 and "larger than 100000 bytes" in response.text
    response = client.get("/sparql?query=SELECT%20%3Fx%20%7B%7D%20%23%FF%FE")
    assert response.status_code == 400 and "not valid UTF-8" in response.text
    response = client.post("/sparql", content=b"ASK {} # \xff", headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400 and "not valid UTF-8" in response.text


def test_the_service_description_names_every_graph_and_counts_the_dataset_in_every_format(client):
    from rdflib import Graph, Namespace
    from rdflib.compare import isomorphic

    sd, void = Namespace("http://www.w3.org/ns/sparql-service-description#"), Namespace("http://rdfs.org/ns/void#")

    def count(query: str) -> list[str]:
        answer = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
        return [b["x"]["value"] for b in answer.json()["results"]["bindings"]]

    graphs = count("SELECT DISTINCT ?x WHERE { GRAPH ?x { ?s ?p ?o } }")
    described = {}
    for fmt, rdflib_format in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml")):
        described[fmt] = Graph().parse(data=client.get("/sparql", params={"format": fmt}).content,
                                       format=rdflib_format)
    g = described["ttl"]
    assert all(isomorphic(g, other) for other in described.values())
    names = [str(n) for n in g.objects(None, sd.name)]
    assert len(graphs) > 5 and sorted(names) == sorted(graphs)  # each once
    (dataset,) = g.objects(None, sd.defaultDataset)
    (triples,) = g.objects(dataset, void.triples)
    assert int(triples) == int(count("SELECT (COUNT(*) AS ?x) WHERE { ?s ?p ?o }")[0])
