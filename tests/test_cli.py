import json

import pytest
from typer.testing import CliRunner

from stikg.cli import app

runner = CliRunner()


def test_extract_sample_corpus_by_default(tmp_path):
    result = runner.invoke(app, ["extract", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert len(written) == 5
    record = json.loads((tmp_path / written[0]).read_text(encoding="utf-8"))
    assert set(record) == {"source", "document", "embedded_documents", "legal_refs", "targets", "tasks"}


@pytest.mark.parametrize("processes", ["1", "2"])
def test_unreadable_files_are_named_and_the_rest_still_written(tmp_path, corpus_files, processes, monkeypatch):
    monkeypatch.setattr("stikg.cli.PARALLEL_FROM", 1)  # with 2: read in worker processes
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (inputs / "good.txt").write_bytes(corpus_files[0].read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out)],
                           env={"STIKG_BUILD_PROCESSES": processes})
    assert result.exit_code == 1
    assert "empty.txt: the file is empty" in result.output
    assert "binary.txt: binary data" in result.output
    assert "missing.txt: cannot read" in result.output
    assert [p.name for p in out.glob("*.json")] == ["good.json"]


def _env(tmp_path):
    return {"STIKG_STORE": str(tmp_path / "store"), "STIKG_BASE_IRI": "https://example.org/kg/"}


def test_build_then_query_export_lineage_validate(tmp_path):
    env = _env(tmp_path)
    result = runner.invoke(app, ["build"], env=env)
    assert result.exit_code == 0, result.output
    assert "5 of 5 documents" in result.output and "0 violations" in result.output

    result = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?t a "
                                 "<https://w3id.org/stikg/ontology#Task> }", "--format", "csv"], env=env)
    assert result.exit_code == 0 and int(result.output.split()[1]) > 100

    result = runner.invoke(app, ["query", "@documents_by_number", "-p", "number=569/QĐ-TTg", "-f", "json"], env=env)
    assert "https://example.org/kg/doc/vn/2022/569-qd-ttg" in result.output

    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["export", "--format", "ttl", "--out", str(out)], env=env)
    assert result.exit_code == 0
    from rdflib import Graph

    assert len(Graph().parse(out, format="turtle")) > 5000

    result = runner.invoke(app, ["lineage", "1158/QĐ-TTg", "--down"], env=env)
    assert result.exit_code == 0 and "Bình Định" in result.output and "appendix:10" in result.output
    result = runner.invoke(app, ["lineage", "1158/QĐ-TTg", "--down", "--province", "tỉnh Tây Ninh"], env=env)
    assert result.exit_code == 0 and "Tây Ninh" in result.output and "Bình Định" not in result.output

    assert runner.invoke(app, ["validate"], env=env).exit_code == 0


def test_build_twice_gives_the_same_store(tmp_path):
    env = _env(tmp_path)
    runner.invoke(app, ["build"], env=env)
    first = runner.invoke(app, ["export", "--format", "nq"], env=env).stdout_bytes
    runner.invoke(app, ["build"], env=env)
    second = runner.invoke(app, ["export", "--format", "nq"], env=env).stdout_bytes
    assert sorted(first.splitlines()) == sorted(second.splitlines())


def test_a_build_in_worker_processes_gives_the_same_store(tmp_path, monkeypatch):
    monkeypatch.setattr("stikg.cli.PARALLEL_FROM", 1)
    stores = []
    for processes in ("1", "2"):
        env = {**_env(tmp_path / processes), "STIKG_BUILD_PROCESSES": processes}
        result = runner.invoke(app, ["build"], env=env)
        assert result.exit_code == 0, result.output
        assert "5 of 5 documents" in result.output
        stores.append(sorted(runner.invoke(app, ["export", "--format", "nq"], env=env).stdout_bytes.splitlines()))
    assert stores[0] == stores[1] and len(stores[0]) > 10_000


def test_build_names_files_it_cannot_read_and_loads_the_rest(tmp_path, corpus_files):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "plan.txt").write_bytes(corpus_files[3].read_bytes())
    result = runner.invoke(app, ["build", str(inputs)], env=_env(tmp_path))
    assert result.exit_code == 1
    assert "empty.txt: the file is empty" in result.output
    assert "1 of 2 documents" in result.output


def test_query_errors_are_clear(tmp_path):
    env = _env(tmp_path)
    result = runner.invoke(app, ["query", "SELEC nonsense"], env=env)
    assert result.exit_code == 2 and "malformed query" in result.output
    result = runner.invoke(app, ["query", "@tasks_by_agency", "-p", "agency=not an iri"], env=env)
    assert result.exit_code == 2 and "not an IRI" in result.output
    result = runner.invoke(app, ["lineage", "1/XX-YY", "--up"], env=env)
    assert result.exit_code == 1 and "no document numbered" in result.output
