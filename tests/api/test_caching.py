"""Conditional GET (api/caching.py): a client that has an answer gets 304 until the store or the answer changes."""

from __future__ import annotations

import time
from email.utils import format_datetime, parsedate_to_datetime

from fastapi.testclient import TestClient

from stikg.api.app import create_app

TASK = "https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
DECISION_569 = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"
UP = {"iri": TASK, "direction": "up"}


def test_an_answer_carries_validators_and_a_client_that_has_it_gets_304(client):
    first = client.get("/api/lineage", params=UP)
    assert first.status_code == 200
    tag, modified = first.headers["etag"], first.headers["last-modified"]
    assert tag.startswith('W/"') and "accept" in first.headers["vary"].lower()
    again = client.get("/api/lineage", params=UP, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == tag and again.headers["last-modified"] == modified
    # the strong form of the same tag, and a list holding it, match too (weak comparison)
    assert client.get("/api/lineage", params=UP, headers={"If-None-Match": tag[2:]}).status_code == 304
    assert client.get("/api/lineage", params=UP, headers={"If-None-Match": f'"other", {tag}'}).status_code == 304
    assert client.get("/api/lineage", params=UP, headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.head("/api/lineage", params=UP, headers={"If-None-Match": tag}).status_code == 304


def test_if_modified_since(client):
    modified = client.get("/api/lineage", params=UP).headers["last-modified"]
    assert client.get("/api/lineage", params=UP, headers={"If-Modified-Since": modified}).status_code == 304
    earlier = format_datetime(parsedate_to_datetime(modified).replace(year=2000), usegmt=True)
    assert client.get("/api/lineage", params=UP, headers={"If-Modified-Since": earlier}).status_code == 200
    assert client.get("/api/lineage", params=UP, headers={"If-Modified-Since": "yesterday"}).status_code == 200
    # If-None-Match decides when both are sent
    both = {"If-Modified-Since": modified, "If-None-Match": '"other"'}
    assert client.get("/api/lineage", params=UP, headers=both).status_code == 200


def test_each_media_type_has_its_own_tag(client):
    as_json = client.get("/api/lineage", params=UP)
    as_jsonld = client.get("/api/lineage", params=UP, headers={"Accept": "application/ld+json"})
    assert as_jsonld.headers["content-type"].startswith("application/ld+json")
    assert as_json.headers["etag"] != as_jsonld.headers["etag"]
    stale = client.get("/api/lineage", params=UP, headers={"Accept": "application/ld+json",
                                                            "If-None-Match": as_json.headers["etag"]})
    assert stale.status_code == 200 and stale.headers["content-type"].startswith("application/ld+json")


def test_linked_data_and_the_catalog_are_tagged_and_say_vary_once(client):
    for path in ("/id/doc/vn/2022/569-qd-ttg", "/.well-known/void", "/catalog", "/dumps/stikg.nt.gz"):
        answer = client.get(path, headers={"Accept": "text/turtle"})
        assert answer.status_code == 200, path
        assert answer.headers["etag"], path
        assert [v.strip().lower() for v in answer.headers["vary"].split(",")].count("accept") == 1, path
        assert client.get(path, headers={"Accept": "text/turtle", "If-None-Match": answer.headers["etag"]}
                          ).status_code == 304, path


def test_errors_and_the_sparql_endpoint_are_not_tagged(client):
    missing = client.get("/api/document", params={"iri": "https://w3id.org/stikg/id/doc/vn/1999/0-qd-ttg"})
    assert missing.status_code == 404 and "etag" not in missing.headers
    sparql = client.get("/sparql", params={"query": "SELECT (NOW() AS ?now) WHERE {}"})
    assert sparql.status_code == 200 and "etag" not in sparql.headers
    assert client.get("/sparql", params={"query": "SELECT (NOW() AS ?now) WHERE {}"},
                      headers={"If-None-Match": "*"}).status_code == 200


def test_a_write_changes_the_tag(writer_client, fixture_path):
    down = {"iri": DECISION_569, "direction": "down"}
    before = writer_client.get("/api/lineage", params=down)
    assert "Nghệ An" not in before.json()["provinces"]
    plan = fixture_path("nghe_an_plan.txt").read_bytes()
    files = {"files": [("files", ("nghe_an.txt", plan, "text/plain"))]}
    assert writer_client.post("/api/documents", **files).status_code == 201
    after = writer_client.get("/api/lineage", params=down, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200 and "Nghệ An" in after.json()["provinces"]
    assert after.headers["etag"] != before.headers["etag"]
    assert parsedate_to_datetime(after.headers["last-modified"]) >= parsedate_to_datetime(
        before.headers["last-modified"])


def test_a_new_process_changes_the_tag(store_path, make_settings):
    """A new release may render the same snapshot differently: a tag from an earlier process does not match."""
    with TestClient(create_app(make_settings(store_path))) as one:
        tag = one.get("/api/lineage", params=UP).headers["etag"]
        assert one.get("/api/lineage", params=UP, headers={"If-None-Match": tag}).status_code == 304
    time.sleep(0.01)
    with TestClient(create_app(make_settings(store_path))) as other:
        assert other.get("/api/lineage", params=UP, headers={"If-None-Match": tag}).status_code == 200


def test_a_remote_store_gets_no_tags(store_path, make_settings):
    app = create_app(make_settings(store_path, store_url="http://127.0.0.1:9/sparql"))
    assert not any(m.cls.__name__ == "ConditionalGet" for m in app.user_middleware)
