import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pyoxigraph as ox

from stikg.graph.build import SourceDocument
from stikg.graph.extract import extract_text
from stikg.graph.extract.text import prepare
from stikg.graph.ingest import ingest, prepare_graphs
from stikg.graph.store import GraphStore
from stikg.graph.vocab import STI


def test_graphs_prepared_in_worker_processes_are_those_prepared_here(sample_sources, minter):
    store = GraphStore(None)
    here = prepare_graphs(store, sample_sources, minter)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        there = prepare_graphs(store, sample_sources, minter, pool)
    assert [item.source for item in there] == sample_sources
    for mine, theirs in zip(here, there, strict=True):
        assert (theirs.graph_iri, theirs.triples, theirs.report, theirs.loaded) == (
            mine.graph_iri, mine.triples, mine.report, mine.loaded)
        assert sorted(theirs.text.splitlines()) == sorted(mine.text.splitlines()) and theirs.text
        assert theirs.titles == mine.titles and theirs.titles


def test_an_undated_reference_resolves_against_a_document_an_earlier_ingest_stored(minter):
    """The store is asked only for the numbers the new documents cite (``known_documents``), however printed."""
    dated = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1/KH-UBND\nAn Giang, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n"
             "THỰC HIỆN CHIẾN LƯỢC\nThực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ:\n"
             "I. MỤC TIÊU\n- Đạt 40%.")
    undated = ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 2/KH-UBND\nCà Mau, ngày 03 tháng 01 năm 2024\nKẾ HOẠCH\n"
               "THỰC HIỆN CHIẾN LƯỢC\nThực hiện Quyết định số 569/QĐ-TTG của Thủ tướng Chính phủ:\n"
               "I. MỤC TIÊU\n- Đạt 45%.")
    store = GraphStore(None)
    for n, text in enumerate((dated, undated), start=1):
        text = prepare(text)
        [loaded] = ingest(store, [SourceDocument(f"{n}.txt", f"{n:064x}", text, extract_text(text, f"{n}.txt"))],
                          minter)
        assert loaded.loaded
    decision = str(minter.document(None, 2022, "569/QĐ-TTg"))
    known = store.named_rows("known_documents", key=[ox.Literal("569/qd-ttg")])
    assert {row["document"] for row in known} == {decision}  # one node, with both printings of its number
    citing = store.select(f"SELECT DISTINCT ?plan WHERE {{ ?plan <{STI.implements}> <{decision}> }}")
    assert sorted(row["plan"].rsplit("/", 1)[-1] for row in citing) == ["1-kh-ubnd", "2-kh-ubnd"]
