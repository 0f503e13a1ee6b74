"""The service as users meet it: `stikg serve` on 127.0.0.1, with SPARQLWrapper and plain HTTP."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store_path):
    port = free_port()
    env = {**os.environ, "STIKG_STORE": str(store_path), "STIKG_PORT": str(port), "STIKG_HOST": "127.0.0.1"}
    process = subprocess.Popen([sys.executable, "-m", "stikg.cli", "serve"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/openapi.json", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stdout.read().decode()) from None
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("the server did not start in 30 s")
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_sparqlwrapper_select(server):
    sparql = SPARQLWrapper(server + "/sparql")
    sparql.setQuery("""
        PREFIX sti: <https://w3id.org/stikg/ontology#>
        SELECT ?plan ?number WHERE { ?plan sti:implements/sti:documentNumber "569/QĐ-TTg" ;
                                           sti:documentNumber ?number }""")
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["number"]["value"] for r in rows] == ["4346/KH-UBND"]


def test_sparqlwrapper_ask_and_construct(server):
    sparql = SPARQLWrapper(server + "/sparql")
    sparql.setQuery("ASK { ?t a <https://w3id.org/stikg/ontology#Task> }")
    sparql.setReturnFormat(JSON)
    assert sparql.queryAndConvert()["boolean"] is True
    sparql.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/stikg/ontology#Jurisdiction> ; ?p ?o }")
    sparql.setReturnFormat(TURTLE)
    assert b"jurisdiction/tay-ninh" in sparql.queryAndConvert()


def test_sparqlwrapper_post_and_refused_update(server):
    sparql = SPARQLWrapper(server + "/sparql")
    sparql.setMethod("POST")
    sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    sparql.setReturnFormat(JSON)
    assert int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"]) > 5000
    updater = SPARQLWrapper(server + "/sparql", updateEndpoint=server + "/sparql")
    updater.setMethod("POST")
    updater.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception, match="403|read-only"):  # noqa: B017 - SPARQLWrapper's own error classes vary
        updater.query()


def test_http_lineage(server):
    url = server + "/api/lineage?direction=down&iri=https://w3id.org/stikg/id/doc/vn/2021/1158-qd-ttg"
    body = json.load(urllib.request.urlopen(url, timeout=10))
    tasks = [t["id"] for plan in body["provinces"]["Bình Định"] for t in plan["tasks"]]
    assert [f"appendix:{n}" for n in range(1, 11)] == [t for t in tasks if t.startswith("appendix:")]
