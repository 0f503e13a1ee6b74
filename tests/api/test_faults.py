"""Faults: readers while a document is written, and a store that is not there (or busy) for a while."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from stikg.api.app import create_app
from stikg.graph.ingest import ingest
from stikg.graph.iris import Minter
from stikg.graph.store import GraphStore

GRAPH = "https://w3id.org/stikg/id/graph/nghe-an/2024/125-kh-ubnd"
# What a reader sees of one document: its graph's size, and its tasks in the merged default graph.
OBSERVE = f"""SELECT (COUNT(*) AS ?inGraph) ?tasks WHERE {{
  GRAPH <{GRAPH}> {{ ?s ?p ?o }}
  {{ SELECT (COUNT(DISTINCT ?task) AS ?tasks) WHERE {{
       ?task <https://w3id.org/stikg/ontology#partOfPlan> <https://w3id.org/stikg/id/doc/nghe-an/2024/125-kh-ubnd> }} }}
}} GROUP BY ?tasks"""


def observe(client) -> tuple[int, int]:
    answer = client.get("/sparql", params={"query": OBSERVE}, headers={"accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    rows = answer.json()["results"]["bindings"]
    return (int(rows[0]["inGraph"]["value"]), int(rows[0]["tasks"]["value"])) if rows else (0, 0)


def test_readers_during_writes_see_the_old_or_the_new_graph(writer_client, fixture_path):
    long_plan = fixture_path("nghe_an_plan.txt").read_bytes()
    # the same plan with its appendix cut down to one task: fewer triples, fewer tasks
    text = long_plan.decode("utf-8")
    short_plan = text[: text.index("\n2 | ")].encode("utf-8") + b"\n"
    versions = [long_plan, short_plan]

    states = {observe(writer_client)}  # absent
    for version in versions:
        posted = writer_client.post("/api/documents", params={"replace": "true"},
                                    files=[("files", ("plan.txt", version, "text/plain"))])
        assert posted.status_code == 201, posted.text
        states.add(observe(writer_client))
    assert len(states) == 3  # absent, long, short: three different answers

    stop = threading.Event()
    failures: list[str] = []

    def write() -> None:
        for turn in range(12):
            answer = writer_client.post("/api/documents", params={"replace": "true"},
                                        files=[("files", ("plan.txt", versions[turn % 2], "text/plain"))])
            if answer.status_code != 201:
                failures.append(answer.text)
        stop.set()

    writer = threading.Thread(target=write)
    writer.start()
    seen = []
    while not stop.is_set():
        seen.append(observe(writer_client))
    writer.join()
    assert not failures
    assert len(seen) > 10
    assert set(seen) <= states, f"a reader saw a mix: {set(seen) - states}"


def test_a_missing_store_is_503_until_it_is_built(tmp_path, make_settings, sample_sources):
    store_path = tmp_path / "store"
    with TestClient(create_app(make_settings(store_path))) as client:
        answer = client.get("/api/documents")
        assert answer.status_code == 503
        assert "no published snapshot" in answer.json()["detail"]
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 503

        with GraphStore(store_path) as store:  # the store comes (back): no restart needed
            ingest(store, sample_sources[:1], Minter("https://w3id.org/stikg/id/"))
        assert client.get("/api/documents").status_code == 200


def test_a_store_busy_with_another_writer_is_503_for_writes_and_reads_go_on(writer_client, writable_store,
                                                                           fixture_path):
    files = [("files", ("plan.txt", fixture_path("nghe_an_plan.txt").read_bytes(), "text/plain"))]
    with GraphStore(writable_store):  # another process (here: this one) holds the store for writing
        answer = writer_client.post("/api/documents", files=files)
        assert answer.status_code == 503
        assert "another process" in answer.text
        assert writer_client.get("/api/documents").status_code == 200
    assert writer_client.post("/api/documents", files=files).status_code == 201


def test_a_full_disk_is_503_for_writes_and_the_service_recovers(tmp_path, make_settings, sample_sources,
                                                                 write_token, fingerprint, fixture_path):
    """The store on a small file system of its own (tmpfs, mounted here: needs root), then filled up."""
    import shutil
    import subprocess

    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        store_path = disk / "store"
        with GraphStore(store_path) as store:
            ingest(store, sample_sources[4:], Minter("https://w3id.org/stikg/id/"))
        before = fingerprint(store_path)
        settings = make_settings(store_path, write_token=write_token, dumps=tmp_path / "dumps")
        files = [("files", ("plan.txt", fixture_path("nghe_an_plan.txt").read_bytes(), "text/plain"))]
        with TestClient(create_app(settings), headers={"Authorization": f"Bearer {write_token}"}) as client:
            filler = disk / "filler"
            filler.write_bytes(b"\0" * (shutil.disk_usage(disk).free - 4096))
            answer = client.post("/api/documents", files=files)
            assert answer.status_code == 503
            assert "No space left" in answer.text
            assert client.get("/api/documents").status_code == 200  # reads go on
            filler.unlink()
            assert fingerprint(store_path) == before  # nothing half-written
            assert client.post("/api/documents", files=files).status_code == 201  # and it recovers by itself
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
