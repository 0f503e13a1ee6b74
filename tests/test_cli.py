import json

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


def test_unreadable_files_are_named_and_the_rest_still_written(tmp_path, corpus_files):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (inputs / "good.txt").write_bytes(corpus_files[0].read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert "empty.txt: the file is empty" in result.output
    assert "binary.txt: binary data" in result.output
    assert "missing.txt: cannot read" in result.output
    assert [p.name for p in out.glob("*.json")] == ["good.json"]
