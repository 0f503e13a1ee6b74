"""Hostile and broken input: each gets a clear 4xx (or a CLI error naming the file and why) and the
graph stays exactly as it was (the store's fingerprint before and after).

The corpus: tests/fixtures/hostile/ (an HTML page, JSON, a plan with no number, a truncated plan, a
plan claiming another's number) and inputs made here (empty, binary, 50 MB, other encodings).
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from stikg.api.app import create_app
from stikg.cli import app as cli

FIXTURES = Path(__file__).parents[1] / "fixtures"
HOSTILE = FIXTURES / "hostile"
PLAN = (FIXTURES / "nghe_an_plan.txt").read_bytes()

# name -> (file name, bytes, status, what the answer says)
REFUSED = {
    "empty": ("empty.txt", b"", 422, "the file is empty"),
    "whitespace only": ("blank.txt", b" \n\t\r\n" * 100, 422, "the file is empty"),
    "binary": ("scan.txt", bytes(range(256)) * 64, 422, "binary data"),
    "html page": ("page.html", (HOSTILE / "page.html").read_bytes(), 422, "an HTML page"),
    "json": ("record.json", (HOSTILE / "record.json").read_bytes(), 422, "JSON data"),
    "no number": ("no_number.txt", (HOSTILE / "no_number.txt").read_bytes(), 422, "no document number"),
    "truncated": ("truncated.txt", (HOSTILE / "truncated.txt").read_bytes(), 422, "looks truncated"),
    "bytes cut inside a character": ("cut.txt", PLAN[:PLAN.index("Kế".encode()) + 2], 422, "not UTF-8"),
    "parent directory in the name": ("../../etc/passwd.txt", PLAN, 422, "plain name"),
    "path separator in the name": ("plans/125.txt", PLAN, 422, "plain name"),
    "backslash in the name": ("..\\125.txt", PLAN, 422, "plain name"),
    "english text": ("english.txt", b"This is a plan about science and technology. " * 40, 422, "not Vietnamese"),
}


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 writes a tone mark as a combining character after a base letter it has."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in list(marks):
            combined = unicodedata.normalize("NFC", base + mark)
            try:
                combined.encode("cp1258")
            except UnicodeEncodeError:
                continue
            base = combined
            marks.remove(mark)
        out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


@pytest.fixture(scope="module")
def hostile_store(store_path, tmp_path_factory):
    copy = tmp_path_factory.mktemp("hostile") / "store"
    shutil.copytree(store_path, copy)
    return copy


@pytest.fixture(scope="module")
def api(hostile_store, make_settings, write_token):
    settings = make_settings(hostile_store, write_token=write_token, dumps=hostile_store.parent / "dumps",
                             max_upload_bytes=1_000_000, query_timeout=3.0, row_cap=1000)
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {write_token}"}) as client:
        yield client


@pytest.fixture
def unchanged(hostile_store, fingerprint):
    """Asserts, after the test, that the store holds exactly what it held before."""
    before = fingerprint(hostile_store)
    yield
    assert fingerprint(hostile_store) == before, "the graph changed"


def post(api, name: str, data: bytes, **params):
    return api.post("/api/documents", params=params, files=[("files", (name, data, "text/plain"))])


@pytest.mark.parametrize("case", REFUSED)
def test_refused_with_a_reason_and_nothing_changed(api, unchanged, case):
    name, data, status, reason = REFUSED[case]
    answer = post(api, name, data)
    assert answer.status_code == status, answer.text
    assert reason in answer.text


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(api, unchanged):
    answer = post(api, "big.txt", PLAN * (50_000_000 // len(PLAN)))  # 50 MB
    assert answer.status_code == 413
    assert "STIKG_MAX_UPLOAD_BYTES" in answer.json()["detail"]


def test_a_body_without_a_length_is_refused(api, unchanged):
    def chunks():
        yield b"--x\r\n"

    answer = api.post("/api/documents", content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert answer.status_code == 411


def test_same_number_and_jurisdiction_with_other_text_is_a_conflict(api, hostile_store, fingerprint):
    assert post(api, "125.txt", PLAN).status_code == 201
    before = fingerprint(hostile_store)
    answer = post(api, "other.txt", (HOSTILE / "same_number_other_text.txt").read_bytes())
    assert answer.status_code == 409 and "replace=true" in answer.text
    assert fingerprint(hostile_store) == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "windows-1258"])
def test_other_encodings_are_decoded_to_the_same_records(api, encoding):
    text = PLAN.decode("utf-8")
    data = to_windows_1258(text) if encoding == "windows-1258" else text.encode(encoding)
    answer = post(api, f"plan.{encoding}.txt", data, replace="true")
    assert answer.status_code == 201, answer.text
    [document] = answer.json()["documents"]
    reference = post(api, "plan.txt", PLAN, replace="true").json()["documents"][0]
    for field in ("number", "title", "id", "extraction", "triples"):
        assert document[field] == reference[field], field


@pytest.mark.parametrize("case", ["empty", "binary", "html page", "json", "bytes cut inside a character"])
def test_the_cli_names_the_file_and_the_reason(tmp_path, case, store_path, fingerprint):
    name, data, _, reason = REFUSED[case]
    store = tmp_path / "store"
    shutil.copytree(store_path, store)
    before = fingerprint(store)
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["build", str(path)], env={"STIKG_STORE": str(store)})
    assert result.exit_code == 1
    assert f"{path}: " in result.output and reason in result.output
    assert fingerprint(store) == before


def test_the_cli_refuses_a_file_over_the_limit_without_reading_it(tmp_path, store_path, fingerprint):
    store = tmp_path / "store"
    shutil.copytree(store_path, store)
    before = fingerprint(store)
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50_000_000)  # a sparse 50 MB file: reading it would show in the time this takes
    result = CliRunner().invoke(cli, ["build", str(big)], env={"STIKG_STORE": str(store)})
    assert result.exit_code == 1 and "STIKG_MAX_UPLOAD_BYTES" in result.output
    assert fingerprint(store) == before


# --- the SPARQL endpoint -------------------------------------------------------------------------

ATTACKS = {
    "update in the query parameter": ({"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, 403),
    "update through the update form field": ({"update": "DROP ALL"}, 403),
    "SERVICE to another host": ({"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}, 400),
    "FROM a remote graph": ({"query": "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }"}, 400),
    "a query of 1 MB": ({"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_000_000}, 413),
    "ten million rows": ({"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"}, 413),
    "a query that runs forever": (
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"}, 503),
}


@pytest.mark.parametrize("case", ATTACKS)
def test_sparql_attacks_are_refused_and_change_nothing(api, unchanged, case):
    form, status = ATTACKS[case]
    answer = api.post("/sparql", data=form)
    assert answer.status_code == status, answer.text
    assert answer.text.strip()  # a message, not an empty page


def test_malformed_utf8_in_the_query_string(api, unchanged):
    assert api.get("/sparql?query=SELECT%20%FF%FE%20WHERE%20%7B%7D").status_code == 400


# --- the REST API ----------------------------------------------------------------------------------

INJECTIONS = ['"', "'", "}", "#", "\n", '" } ; DROP ALL ; #', "> } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
              "https://w3id.org/stikg/id/x> } ; DELETE WHERE { ?s ?p ?o } #", "\\u0022 UNION { ?s ?p ?o }"]


def _string_parameters(api) -> list[tuple[str, str]]:
    """Every (GET path, string query parameter) of the REST API, from its OpenAPI description."""
    found = []
    for path, operations in api.get("/openapi.json").json()["paths"].items():
        get = operations.get("get")
        if not path.startswith("/api/") or not get or "{" in path:
            continue
        for param in get.get("parameters", []):
            if param["in"] == "query" and param["schema"].get("type", "string") == "string":
                found.append((path, param["name"]))
    return found


def test_injection_in_every_parameter_that_reaches_sparql(api, unchanged):
    parameters = _string_parameters(api)
    assert len(parameters) >= 15  # documents, search, lineage, plans, agencies, targets, the named queries...
    for path, name in parameters:
        for payload in INJECTIONS:
            answer = api.get(path, params={name: payload})
            assert answer.status_code < 500, (path, name, payload, answer.text)
            assert answer.status_code in (200, 404, 422), (path, name, payload, answer.status_code)


@pytest.mark.parametrize("path", ["/api/document", "/api/plan", "/api/lineage", "/api/agency/tasks"])
def test_unknown_iris_are_404(api, path):
    answer = api.get(path, params={"iri": "https://w3id.org/stikg/id/doc/vn/1999/no-such-document"})
    assert answer.status_code == 404 and "no-such-document" in answer.text


@pytest.mark.parametrize("page", ["-1", "0", "1000000000000", "1e3", "abc", ""])
def test_bad_page_numbers_are_422(api, page):
    assert api.get("/api/documents", params={"page": page}).status_code == 422
    assert api.get("/api/plans", params={"size": page}).status_code == 422
