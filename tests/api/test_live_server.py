"""The service as users meet it: `stikg serve` on 127.0.0.1, with SPARQLWrapper and plain HTTP."""

import json
import os
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

TASK = "https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"


@pytest.fixture(scope="module")
def server(store_path, running_server):
    with running_server(store_path) as url:
        yield url


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



def _processes_serving(port: int) -> list[int]:
    """The processes of the server on this port: they inherit its environment."""
    mark = f"STIKG_PORT={port}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and mark in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            pass
    return [pid for pid in found if pid != os.getpid()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_several_web_processes_answer_alike_and_stop_together(store_path, running_server):
    with running_server(store_path, STIKG_PROCESSES="2", STIKG_WORKERS="1") as server:
        port = urlsplit(server).port
        # the supervisor, two web processes, a query worker each (and multiprocessing's resource trackers)
        assert len(_processes_serving(port)) >= 5
        url = server + "/api/lineage?direction=up&iri=" + TASK
        with ThreadPoolExecutor(8) as threads:
            answers = list(threads.map(lambda _: urllib.request.urlopen(url, timeout=30).read(), range(40)))
        assert len(set(answers)) == 1 and json.loads(answers[0])["paths"]
    deadline = time.monotonic() + 10
    while _processes_serving(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_serving(port) == []


@pytest.mark.parametrize("setting, logged", [("on", True), ("off", False)])
def test_the_access_log_can_be_turned_off(store_path, running_server, setting, logged):
    with running_server(store_path, STIKG_ACCESS_LOG=setting) as server:
        urllib.request.urlopen(server + "/api/lineage?direction=up&iri=" + TASK, timeout=30).read()
        log = store_path.parent / f"serve-{urlsplit(server).port}.log"  # where running_server sends its output
        deadline = time.monotonic() + 5
        while logged and "GET /api/lineage" not in log.read_text("utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ("GET /api/lineage" in log.read_text("utf-8")) is logged
