"""The same graph on a SPARQL 1.1 server (Virtuoso, from Debian's package, on loopback) as in the embedded store.

Each test builds into both stores under a base IRI of its own and asserts they hold the same dataset
(the fingerprint: every quad, the merged graph as the default graph) and answer the same.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from stikg.graph.backends import open_store
from stikg.graph.build import SourceDocument, read_source
from stikg.graph.extract import extract_text
from stikg.graph.extract.text import prepare
from stikg.graph.ingest import ingest, validate_store
from stikg.graph.iris import Minter
from stikg.graph.lineage import lineage_down, lineage_down_provinces, lineage_up
from stikg.graph.queries import bind, named_queries
from stikg.graph.store import GraphStore


@pytest.fixture
def both(virtuoso, remote_base, sample_sources):
    """The sample corpus built into the embedded store and into Virtuoso, under one base."""
    minter = Minter(remote_base)
    embedded, remote = GraphStore(None), open_store(virtuoso.settings(remote_base))
    for store in (embedded, remote):
        assert all(item.loaded for item in ingest(store, sample_sources, minter))
    return embedded, remote, minter


def same_dataset(embedded, remote) -> None:
    assert len(remote) == len(embedded)
    assert remote.fingerprint() == embedded.fingerprint()


def test_a_build_gives_the_same_dataset(both):
    embedded, remote, _ = both
    same_dataset(embedded, remote)
    assert remote.graphs() == embedded.graphs()
    reports = validate_store(remote, both[2])
    assert reports and all(report.conforms for report in reports.values())


def test_every_lineage_answer_is_the_same(both):
    embedded, remote, minter = both
    documents = [r["document"] for r in embedded.named_rows("known_documents")]
    tasks = [r["t"] for r in embedded.select("SELECT ?t WHERE { ?t a <https://w3id.org/stikg/ontology#Task> }")]
    assert len(documents) > 20 and len(tasks) > 100
    for document in documents:
        assert lineage_down(remote, document) == lineage_down(embedded, document), document
    for node in tasks + documents:
        assert lineage_up(remote, node) == lineage_up(embedded, node), node


# Where a resource has two titles (two citing documents name it differently), search shows MIN(title):
# engines collate Vietnamese differently, so the title shown may differ; the items found may not.
UNORDERED = {"search": {"title"}}
# Queries Virtuoso 7.2.5 cannot compile (an internal error, SQ156): answered by the embedded store only.
EMBEDDED_ONLY = {"targets_against_national"}


def answer(store, sparql: str, terms: dict, skip: set[str] = frozenset()) -> list[str]:
    """A query's answer as sorted text: rows (less the columns in ``skip``), a boolean, or triples."""
    results = store.query(sparql, terms)
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables if v.value not in skip]
        return sorted(str([str(s[n]) if s[n] is not None else None for n in names]) for s in results)
    if isinstance(results, ox.QueryBoolean):
        return [str(bool(results))]
    return sorted(str(t) for t in results)


def test_every_named_query_answers_the_same(both):
    embedded, remote, minter = both
    examples = {"iri": minter.base + "doc/vn/2022/569-qd-ttg", "string": "", "text": "", "key": "",
                "integer": "2025", "decimal": "40", "date": "2023-01-01"}
    specific = {"indicator": minter.base + "indicator/tfp-share", "token": "khoa", "text": "khoa hoc",
                "agency": minter.base + "agency/tay-ninh/so-khoa-hoc-va-cong-nghe", "jurisdiction": "Tây Ninh",
                "start": minter.base + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24", "number": "569/QĐ-TTg",
                ("jurisdiction", "iri"): minter.base + "jurisdiction/tay-ninh",
                ("node", "iri"): minter.base + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24",
                ("documents_number_search", "text"): "qđ-ttg", ("documents_search", "jurisdiction"): "",
                ("documents_search", "text"): "", "graph": minter.base + "graph/tay-ninh/2023/2502-kh-ubnd"}
    for name, query in named_queries().items():
        if name in EMBEDDED_ONLY:
            continue
        values = {p.name: specific.get((name, p.name), specific.get((p.name, p.type),
                                                                    specific.get(p.name, examples[p.type])))
                  for p in query.params}
        terms = bind(query, values)
        skip = UNORDERED.get(name, set())
        try:
            remote_answer = answer(remote, query.text, terms, skip)
        except OSError as problem:
            raise AssertionError(f"{name}: {problem}") from None
        if name == "void_graphs":  # the server holds other graphs (its own, other tests', the merged graph)
            remote_answer = [row for row in remote_answer if row.split("'")[1][1:-1] in remote.graphs()]
        embedded_answer = answer(embedded, query.text, terms, skip)
        assert remote_answer == embedded_answer, name
        if name in ("documents_number_search", "documents_search", "document_cited_by", "document_cited_by_counts",
                    "graph_documents"):
            assert embedded_answer, name


def test_replacing_and_removing_keep_the_closure_the_same(both, sample_sources):
    embedded, remote, minter = both
    tay_ninh = next(s for s in sample_sources if s.name.startswith("001"))
    graph = minter.base + "graph/tay-ninh/2023/2502-kh-ubnd"
    for store in (embedded, remote):
        store.remove_graph(graph)
    same_dataset(embedded, remote)
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nSố: 77/KH-UBND\nTây Ninh, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n"
            "TUYÊN TRUYỀN NGHỊ QUYẾT\nThực hiện Nghị quyết số 08-NQ/TU ngày 31/3/2023 của Tỉnh ủy Tây Ninh "
            "thực hiện Kết luận số 69-KL/TW ngày 06/01/2024 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch:\n"
            "I. MỤC TIÊU\n- Đạt 40%.")
    new = SourceDocument("new.txt", "ab" * 32, prepare(text), extract_text(prepare(text), "new.txt"))
    for store in (embedded, remote):
        ingest(store, [new, tay_ninh], minter)
    same_dataset(embedded, remote)
    below = lineage_down(remote, minter.base + "doc/vn/2024/69-kl-tw")
    assert {"2502/KH-UBND", "77/KH-UBND"} <= {p["number"] for p in below["Tây Ninh"]}


def test_a_query_error_is_a_syntax_error_and_a_dead_server_an_oserror(virtuoso, remote_base):
    remote = open_store(virtuoso.settings(remote_base))
    with pytest.raises(SyntaxError):
        remote.query("SELECT WHERE {")
    gone = open_store(virtuoso.settings(remote_base, store_url="http://127.0.0.1:9/sparql"))
    with pytest.raises(OSError, match="failed"):
        list(gone.select("ASK {}"))


def test_the_100k_generated_graph_answers_the_same_everywhere(virtuoso, remote_base, tmp_path, generated_plans):
    """Lineage answers at 100k triples: the embedded store (closure), Virtuoso, and the plain property-path
    baseline on the embedded store, for the most implemented national decisions and a sample of tasks."""
    for name, text in generated_plans(70):  # about 100,000 triples
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = [read_source(path) for path in sorted(tmp_path.glob("*.txt"))]
    minter = Minter(remote_base)
    embedded, remote = GraphStore(None), open_store(virtuoso.settings(remote_base))
    for store in (embedded, remote):
        ingest(store, sources, minter)
    assert len(embedded) > 100_000
    same_dataset(embedded, remote)

    implemented = embedded.select("SELECT ?d (COUNT(?x) AS ?n) WHERE { ?x <https://w3id.org/stikg/ontology#"
                                  "implements> ?d } GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 5")
    for decision in [row["d"] for row in implemented]:
        answer = lineage_down(embedded, decision)
        assert sum(len(plans) for plans in answer.values()) > 0
        assert lineage_down(remote, decision) == answer, decision
        assert lineage_down(embedded, decision, "lineage_down_paths") == answer, decision
        for tally in lineage_down_provinces(embedded, decision)[:3]:  # the drill-down: one province's part
            part = {tally["province"]: answer[tally["province"]]}
            assert lineage_down(embedded, decision, jurisdiction=tally["jurisdiction"]) == part, tally
            assert lineage_down(remote, decision, jurisdiction=tally["jurisdiction"]) == part, tally
    tasks = [row["t"] for row in embedded.select(
        "SELECT ?t WHERE { ?t a <https://w3id.org/stikg/ontology#Task> } ORDER BY ?t LIMIT 50")]
    for task in tasks:
        assert lineage_up(remote, task) == lineage_up(embedded, task), task


def test_the_terms_come_back_as_they_went_in(virtuoso, remote_base):
    """Language tags, datatypes and Vietnamese text survive the trip (the fingerprints rest on it)."""
    remote = open_store(virtuoso.settings(remote_base))
    graph = remote_base + "graph/terms"
    remote.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:x> <urn:p> "Sở Khoa học và Công nghệ"@vi , '
                  f'"2023-01-05"^^<http://www.w3.org/2001/XMLSchema#date> , "40.5"^^<http://www.w3.org/2001/'
                  f'XMLSchema#decimal> , "plain" }} }}')
    terms = {str(row[2]) for row in remote._all(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")}
    assert terms == {str(t) for t in (ox.Literal("Sở Khoa học và Công nghệ", language="vi"),
                                      ox.Literal("2023-01-05", datatype=ox.NamedNode(
                                          "http://www.w3.org/2001/XMLSchema#date")),
                                      ox.Literal("40.5", datatype=ox.NamedNode(
                                          "http://www.w3.org/2001/XMLSchema#decimal")),
                                      ox.Literal("plain"))}


def test_the_query_form_is_read_past_comments_and_iris():
    """Regression: SPARQLWrapper's own guess read a CONSTRUCT as ASK ("SPARQL can ask for" in its header, on every
    other comment line it leaves in), and the server's triples were read as rows."""
    from stikg.graph.remote import query_form

    for name, query in named_queries().items():
        answer = ox.Store().query(query.text)
        expected = {ox.QuerySolutions: "SELECT", ox.QueryBoolean: "ASK"}.get(type(answer), "CONSTRUCT")
        assert query_form(query.text) == expected, name
    header = "# title: a task\n# description: what SPARQL can ask for\n#   select, describe\n"
    assert query_form(header + "PREFIX ask: <https://e.org/ask#>\nCONSTRUCT { ?s ask:p ?o } WHERE { ?s ?p ?o }") \
        == "CONSTRUCT"
    assert query_form("ASK { <https://e.org/select> ?p ?o }") == "ASK"
