"""The W3C SPARQL 1.1 Protocol test manifest, run against the app.

Every query test runs as written. The update tests do not apply (the endpoint
is read-only): each must get a clear refusal instead. The service's dataset
holds the graphs the manifest names (data1-3 from its files; data0.rdf, which
the manifest names but gives no data for, empty).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from stikg.api.app import create_app

W3C = Path(__file__).resolve().parents[3] / "shared" / "w3c" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DATA = "http://kasei.us/2009/09/sparql/data/"

# Tests that do not apply to a read-only endpoint: they must be refused clearly.
UPDATE_TESTS = {"update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
                "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri"}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    statuses: set[str]
    boolean: bool | None
    fmt: str | None


@dataclass
class ProtocolTest:
    name: str
    title: str
    requests: list[Request]


def load_manifest() -> list[ProtocolTest]:
    if not (W3C / "manifest.ttl").exists():
        return []
    g = Graph().parse(W3C / "manifest.ttl", format="turtle", publicID="http://example.org/manifest.ttl")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        requests = []
        for req in Collection(g, g.value(g.value(entry, MF.action), HT.requests)):
            headers = {str(g.value(h, HT.fieldName)): str(g.value(h, HT.fieldValue))
                       for h in Collection(g, g.value(req, HT.headers))} if g.value(req, HT.headers) else {}
            body = g.value(req, HT.body)
            resp = g.value(req, HT.resp)
            statuses = {str(s).rsplit("StatusCode", 1)[-1] for s in g.objects(resp, MF.expectedStatus)}
            boolean = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            requests.append(Request(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)), headers,
                                    str(g.value(body, CNT.chars)) if body else None, statuses,
                                    boolean.toPython() if boolean is not None else None,
                                    str(fmt) if fmt is not None else None))
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[-1], str(g.value(entry, MF.name)), requests))
    return tests


TESTS = load_manifest()
QUERY_TESTS = [t for t in TESTS if t.name not in UPDATE_TESTS]


@pytest.fixture(scope="module")
def w3c_client(tmp_path_factory, make_settings):
    path = tmp_path_factory.mktemp("w3c") / "store"
    store = ox.Store(str(path))
    for n in (1, 2, 3):
        for triple in ox.parse(path=str(W3C / f"data{n}.nt"), format=ox.RdfFormat.N_TRIPLES):
            store.add(ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(f"{DATA}data{n}.rdf")))
    store.add_graph(ox.NamedNode(f"{DATA}data0.rdf"))
    store.flush()
    del store
    with TestClient(create_app(make_settings(path))) as client:
        yield client


def send(client: TestClient, req: Request):
    path = req.path.replace("/sparql/", "/sparql", 1)
    content = req.body.encode("utf-8") if req.body is not None else None
    if content is not None and "utf-16" in req.headers.get("content-type", "").lower():
        content = req.body.encode("utf-16")
    return client.request(req.method, path, content=content, headers=req.headers)


def boolean_of(response) -> bool:
    media = response.headers["content-type"].split(";")[0]
    if "json" in media:
        return json.loads(response.text)["boolean"]
    root = ET.fromstring(response.text)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


TABULAR = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"}


@pytest.mark.skipif(not TESTS, reason="the W3C manifest (../shared/w3c) is not beside the checkout")
@pytest.mark.parametrize("test", QUERY_TESTS, ids=[t.name for t in QUERY_TESTS])
def test_query_protocol(w3c_client, test: ProtocolTest):
    for req in test.requests:
        response = send(w3c_client, req)
        status_class = f"{response.status_code // 100}xx"
        assert status_class in req.statuses, f"{test.title}: {response.status_code} {response.text[:200]}"
        if response.status_code >= 400:
            assert response.text.strip(), "an error says what was wrong"
            continue
        media = response.headers["content-type"].split(";")[0]
        if req.fmt == "boolean" or req.boolean is not None:
            value = boolean_of(response)
            assert value is req.boolean if req.boolean is not None else isinstance(value, bool)
        if req.fmt == "tabular":
            assert media in TABULAR
        if req.fmt == "RDF":
            assert media in RDF_TYPES
            Graph().parse(data=response.text, format={"text/turtle": "turtle", "application/n-triples": "nt",
                                                       "application/rdf+xml": "xml",
                                                       "application/ld+json": "json-ld"}[media])


UPDATES = [t for t in TESTS if t.name in UPDATE_TESTS]


@pytest.mark.skipif(not TESTS, reason="the W3C manifest (../shared/w3c) is not beside the checkout")
@pytest.mark.parametrize("test", UPDATES, ids=[t.name for t in UPDATES])
def test_update_tests_get_a_clear_refusal(w3c_client, test: ProtocolTest):
    first = test.requests[0]
    response = send(w3c_client, first)
    assert response.status_code == 403
    assert "read-only" in response.text


def test_the_manifest_was_read():
    if TESTS:
        assert len(TESTS) == 34 and len(UPDATES) == 7


def test_service_description(w3c_client):
    response = w3c_client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=response.text, format="turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    endpoint = next(g.subjects(RDF.type, sd.Service))
    assert (endpoint, sd.endpoint, endpoint) in g
    assert str(endpoint).endswith("/sparql")
    names = {str(n) for n in g.objects(None, sd.name)}
    assert f"{DATA}data1.rdf" in names
    assert RDFS.label not in set(g.predicates())  # only the description, no stray data


def test_browsers_get_a_page(w3c_client):
    response = w3c_client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200 and "<form" in response.text



