"""POST and DELETE /api/documents: the token, one transaction per request, idempotence, conflicts."""

from __future__ import annotations

from fastapi.testclient import TestClient

from stikg.api.app import create_app

NGHE_AN = "https://w3id.org/stikg/id/doc/nghe-an/2024/125-kh-ubnd"
DECISION_569 = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"


def upload(*files: tuple[str, bytes]) -> dict:
    return {"files": [("files", (name, data, "text/plain")) for name, data in files]}


def test_writes_are_off_without_a_configured_token(store_path, fixture_path, make_settings, write_token):
    with TestClient(create_app(make_settings(store_path))) as client:
        answer = client.post("/api/documents", headers={"Authorization": f"Bearer {write_token}"},
                             **upload(("a.txt", fixture_path("nghe_an_plan.txt").read_bytes())))
        assert answer.status_code == 403
        assert "STIKG_WRITE_TOKEN" in answer.json()["detail"]
        assert client.delete("/api/documents/vn/2022/569-qd-ttg").status_code == 403


def test_a_missing_or_wrong_token_is_refused(writer_client, writable_store, fixture_path, fingerprint, write_token):
    before = fingerprint(writable_store)
    files = upload(("a.txt", fixture_path("nghe_an_plan.txt").read_bytes()))
    for auth in ("", "Bearer wrong", f"Basic {write_token}"):
        headers = {"Authorization": auth}
        answer = writer_client.post("/api/documents", headers=headers, **files)
        assert answer.status_code == 401, headers
        assert answer.headers["www-authenticate"] == "Bearer"
    assert writer_client.delete("/api/documents/vn/2022/569-qd-ttg", headers={"Authorization": ""}).status_code == 401
    assert fingerprint(writable_store) == before


def test_post_loads_validates_and_answers_with_the_summary(writer_client, writable_store, fixture_path, fingerprint):
    assert writer_client.get("/api/document", params={"iri": NGHE_AN}).status_code == 404
    plan = fixture_path("nghe_an_plan.txt").read_bytes()
    answer = writer_client.post("/api/documents", **upload(("nghe_an.txt", plan)))
    assert answer.status_code == 201, answer.text
    [document] = answer.json()["documents"]
    assert document["number"] == "125/KH-UBND" and document["id"] == "nghe-an/2024/125-kh-ubnd"
    assert document["extraction"]["tasks"] > 0 and document["triples"] > 0
    assert document["report"]["conforms"] is True and document["report"]["violations"] == []
    # readers see it at once (the write published a new snapshot)
    assert writer_client.get("/api/document", params={"iri": NGHE_AN}).status_code == 200
    down = writer_client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down"}).json()
    assert "Nghệ An" in down["provinces"]


def test_resending_a_file_changes_nothing(writer_client, writable_store, fixture_path, fingerprint):
    files = upload(("nghe_an.txt", fixture_path("nghe_an_plan.txt").read_bytes()))
    assert writer_client.post("/api/documents", **files).status_code == 201
    once = fingerprint(writable_store)
    assert writer_client.post("/api/documents", **files).status_code == 201
    assert fingerprint(writable_store) == once


def test_delete_restores_the_graph_from_before(writer_client, writable_store, fixture_path, fingerprint):
    before = fingerprint(writable_store)
    posted = writer_client.post("/api/documents", **upload(("n.txt", fixture_path("nghe_an_plan.txt").read_bytes())))
    document_id = posted.json()["documents"][0]["id"]
    answer = writer_client.delete(f"/api/documents/{document_id}")
    assert answer.status_code == 200 and answer.json()["removed"].endswith(document_id)
    assert fingerprint(writable_store) == before
    assert writer_client.get("/api/document", params={"iri": NGHE_AN}).status_code == 404
    assert writer_client.delete(f"/api/documents/{document_id}").status_code == 404


def test_reference_graphs_cannot_be_deleted(writer_client, writable_store, fingerprint):
    before = fingerprint(writable_store)
    for name in ("ontology", "vocabulary", "closure", "../graph/ontology", "vn/2022/../../ontology"):
        assert writer_client.delete(f"/api/documents/{name}").status_code == 404, name
    assert fingerprint(writable_store) == before


def test_same_number_different_text_is_a_conflict(writer_client, writable_store, fixture_path, fingerprint):
    text = fixture_path("nghe_an_plan.txt").read_text("utf-8")
    assert writer_client.post("/api/documents", **upload(("n.txt", text.encode()))).status_code == 201
    before = fingerprint(writable_store)
    other = text.replace("Sở Khoa học và Công nghệ chủ trì", "Sở Tài chính chủ trì", 1) + "\n"
    answer = writer_client.post("/api/documents", **upload(("other.txt", other.encode())))
    assert answer.status_code == 409
    assert answer.json()["conflicts"][0]["held_from"] == "n.txt"
    assert fingerprint(writable_store) == before
    assert writer_client.post("/api/documents", params={"replace": "true"},
                              **upload(("other.txt", other.encode()))).status_code == 201
    assert fingerprint(writable_store) != before


def test_two_files_of_one_number_in_a_request_conflict(writer_client, writable_store, fixture_path, fingerprint):
    text = fixture_path("nghe_an_plan.txt").read_bytes()
    before = fingerprint(writable_store)
    answer = writer_client.post("/api/documents", **upload(("a.txt", text), ("b.txt", text + b"\n\n")))
    assert answer.status_code == 409
    assert fingerprint(writable_store) == before


def test_one_bad_file_and_nothing_of_the_request_is_loaded(writer_client, writable_store, fixture_path, fingerprint):
    before = fingerprint(writable_store)
    answer = writer_client.post("/api/documents", **upload(
        ("good.txt", fixture_path("nghe_an_plan.txt").read_bytes()), ("bad.txt", b"\x00\x01\x02" * 100)))
    assert answer.status_code == 422
    assert [r["file"] for r in answer.json()["refused"]] == ["bad.txt"]
    assert fingerprint(writable_store) == before


def test_a_body_without_files_is_a_clear_400(writer_client):
    assert writer_client.post("/api/documents", data={"other": "x"}).status_code == 400
    answer = writer_client.post("/api/documents", content=b"not multipart", headers={"content-type": "text/plain"})
    assert answer.status_code == 400
