"""The service over a SPARQL 1.1 server (STIKG_STORE=http://…): the same API, reads and writes, and a 503 while
the server is down that ends by itself when it is back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from stikg.api.app import create_app
from stikg.graph.backends import open_store
from stikg.graph.ingest import ingest
from stikg.graph.iris import Minter


@pytest.fixture
def remote_client(virtuoso, remote_base, sample_sources, write_token):
    settings = virtuoso.settings(remote_base, write_token=write_token, query_timeout=20.0)
    ingest(open_store(settings), sample_sources, Minter(remote_base))
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {write_token}"}) as client:
        yield client, remote_base


def test_reads_through_the_api(remote_client):
    client, base = remote_client
    decision = base + "doc/vn/2022/569-qd-ttg"
    down = client.get("/api/lineage", params={"iri": decision, "direction": "down"})
    assert down.status_code == 200 and "Hải Dương" in down.json()["provinces"]
    found = client.get("/api/documents", params={"number": "569/QĐ-TTg"}).json()
    assert [item["iri"] for item in found["items"]] == [decision]
    assert client.get("/api/documents", params={"q": "chien luoc"}).json()["total"] > 0
    sparql = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                        headers={"accept": "application/sparql-results+json"})
    assert sparql.status_code == 200
    assert int(sparql.json()["results"]["bindings"][0]["n"]["value"]) > 10_000  # the merged graph, once
    assert client.get("/sparql", params={"query": "SELECT * WHERE {"}).status_code == 400
    outside = client.get("/sparql", params={"query": "SELECT * FROM <http://example.org/x> WHERE { ?s ?p ?o }"})
    assert outside.status_code == 400


def test_writes_through_the_api(remote_client, fixture_path):
    client, base = remote_client
    plan = fixture_path("nghe_an_plan.txt").read_bytes()
    document = base + "doc/nghe-an/2024/125-kh-ubnd"

    def plans() -> set[str]:  # an answer the service keeps until a write
        return {p["iri"] for p in client.get("/api/plans", params={"size": 500}).json()["items"]}

    assert document not in plans()
    posted = client.post("/api/documents", files=[("files", ("nghe_an.txt", plan, "text/plain"))])
    assert posted.status_code == 201, posted.text
    assert client.get("/api/document", params={"iri": document}).status_code == 200
    assert document in plans()  # seen at once, though a SPARQL server has no snapshot to tell the change by
    down = client.get("/api/lineage", params={"iri": base + "doc/vn/2022/569-qd-ttg", "direction": "down"})
    assert "Nghệ An" in down.json()["provinces"]
    assert client.delete("/api/documents/nghe-an/2024/125-kh-ubnd").status_code == 200
    assert client.get("/api/document", params={"iri": document}).status_code == 404
    assert document not in plans()


def test_a_server_that_is_down_is_503_and_the_service_recovers(remote_client, virtuoso):
    client, base = remote_client
    params = {"number": "569/QĐ-TTg"}
    virtuoso.stop()
    try:
        answer = client.get("/api/documents", params=params)
        assert answer.status_code == 503
        assert "SPARQL server" in answer.json()["detail"]
    finally:
        virtuoso.start()
    assert client.get("/api/documents", params=params).status_code == 200
