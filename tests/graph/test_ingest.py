import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from stikg.graph.ingest import prepare_graphs
from stikg.graph.store import GraphStore


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
