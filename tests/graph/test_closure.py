"""The lineage closure kept at ingest answers exactly what the property paths answer, through every change."""

import pytest

from stikg.graph.build import SourceDocument
from stikg.graph.extract import extract_text
from stikg.graph.extract.text import prepare
from stikg.graph.ingest import ingest
from stikg.graph.lineage import lineage_down
from stikg.graph.store import GraphStore

BASE = "https://example.org/stikg/"
CLOSURE_QUERY = "SELECT ?d ?a WHERE { ?d <https://w3id.org/stikg/ontology#carriesOut> ?a }"
PATHS_QUERY = ("SELECT DISTINCT ?d ?a WHERE { ?d (<https://w3id.org/stikg/ontology#implements>|"
               "<https://w3id.org/stikg/ontology#basedOn>|<https://w3id.org/stikg/ontology#partOfPlan>|"
               "^<https://w3id.org/stikg/ontology#issues>)+ ?a }")


TALLY_QUERY = ("PREFIX sti: <https://w3id.org/stikg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
               "SELECT ?t ?d ?province ?plans ?tasks WHERE { ?t a sti:LineageTally ; sti:tallyOf ?d ; "
               "sti:jurisdiction/skos:prefLabel ?province ; sti:planCount ?plans ; sti:taskCount ?tasks }")


def closure_matches_paths(store: GraphStore) -> None:
    """The closure equals the property paths, and the tallies count what the property paths reach."""
    closure = {(r["d"], r["a"]) for r in store.select(CLOSURE_QUERY)}
    paths = {(r["d"], r["a"]) for r in store.select(PATHS_QUERY)}
    assert closure == paths
    assert len(closure) == len(list(store.select(CLOSURE_QUERY)))  # no duplicates in the merged graph
    tallies = [(r["d"], r["province"], int(r["plans"]), int(r["tasks"])) for r in store.select(TALLY_QUERY)]
    assert len({t[:2] for t in tallies}) == len(tallies)  # one tally per document and province, one count each
    counted = set()
    for document in {above for _, above in paths}:
        for province, plans in lineage_down(store, document, "lineage_down_paths").items():
            counted.add((document, province, len(plans), sum(len(p["tasks"]) for p in plans)))
    assert set(tallies) == counted


@pytest.fixture
def store(sample_sources, minter):
    store = GraphStore(None)
    ingest(store, sample_sources, minter)
    return store


def test_closure_after_build(store):
    closure_matches_paths(store)
    documents = [r["d"] for r in store.select("SELECT DISTINCT ?d WHERE { ?x <https://w3id.org/stikg/ontology#"
                                               "implements> ?d }")]
    for document in documents:
        below = lineage_down(store, document)
        assert below == lineage_down(store, document, "lineage_down_paths"), document
        for plans in below.values():  # regression: a plan with no tasks once listed every task of the graph
            assert all(t["task"].startswith(p["plan"] + "/task/") for p in plans for t in p["tasks"])


def test_closure_after_removing_and_adding_back(store, sample_sources, minter):
    tay_ninh = next(s for s in sample_sources if s.name.startswith("001"))
    graph = BASE + "graph/tay-ninh/2023/2502-kh-ubnd"
    before = lineage_down(store, BASE + "doc/vn/2020/696-qd-ttg")
    assert "Tây Ninh" in before
    store.remove_graph(graph)
    closure_matches_paths(store)
    assert "Tây Ninh" not in lineage_down(store, BASE + "doc/vn/2020/696-qd-ttg")
    ingest(store, [tay_ninh], minter)
    closure_matches_paths(store)
    assert lineage_down(store, BASE + "doc/vn/2020/696-qd-ttg") == before


def test_a_new_link_above_existing_documents_reaches_their_tasks(store, minter):
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nSố: 77/KH-UBND\nTây Ninh, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n"
            "TUYÊN TRUYỀN NGHỊ QUYẾT\nThực hiện Nghị quyết số 08-NQ/TU ngày 31/3/2023 của Tỉnh ủy Tây Ninh "
            "thực hiện Kết luận số 69-KL/TW ngày 06/01/2024 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch:\n"
            "I. MỤC TIÊU\n- Đạt 40%.")
    source = SourceDocument("new.txt", "ab" * 32, prepare(text), extract_text(prepare(text), "new.txt"))
    assert source.record.legal_refs[0].implements == ["69-KL/TW"]
    ingest(store, [source], minter)
    closure_matches_paths(store)
    below = lineage_down(store, BASE + "doc/vn/2024/69-kl-tw")
    plans = {p["number"] for p in below["Tây Ninh"]}
    assert {"2502/KH-UBND", "77/KH-UBND"} <= plans
    assert len(next(p for p in below["Tây Ninh"] if p["number"] == "2502/KH-UBND")["tasks"]) == 52


@pytest.mark.parametrize("first_store", ["memory", "disk"])
def test_first_build_loads_in_one_batch_with_the_same_answers(sample_sources, minter, first_store, tmp_path):
    """A new store takes the batch path (closure computed once; on disk, the bulk loader): same graph as one by
    one."""
    batch_store = GraphStore(None if first_store == "memory" else tmp_path / "store")
    ingest(batch_store, sample_sources, minter)  # empty store: the batch path
    one_by_one = GraphStore(None)
    ingest(one_by_one, sample_sources[:1], minter)  # then the rest one at a time, each with its closure update
    ingest(one_by_one, sample_sources[1:], minter)
    def everything(s):
        return sorted(str(q) for q in s.store)
    assert everything(batch_store) == everything(one_by_one)
    closure_matches_paths(batch_store)


def test_tallies_a_stopped_writer_left_stale_are_counted_when_the_store_is_opened(tmp_path, sample_sources, minter,
                                                                                   monkeypatch):
    with GraphStore(tmp_path / "store") as store:
        ingest(store, sample_sources, minter)
        with monkeypatch.context() as patch:
            patch.setattr(GraphStore, "_count_stale_tallies", lambda self: None)  # stopped between the two
            store.remove_graph(BASE + "graph/tay-ninh/2023/2502-kh-ubnd")
        assert BASE + "graph/closure-stale" in store.graphs()
        with pytest.raises(AssertionError):
            closure_matches_paths(store)
    with GraphStore(tmp_path / "store") as store:
        assert BASE + "graph/closure-stale" not in store.graphs()
        closure_matches_paths(store)
