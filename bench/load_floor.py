"""How fast a first build loads, beside how fast Oxigraph's bulk loader alone writes the same quads: the ceiling
of the build rate with this storage layout (named graphs, merged default graph, closure) on this machine.

Run: .venv/bin/python bench/load_floor.py [CORPUS] [--repeat N]

CORPUS is a folder of plan texts, such as bench/out/100000/corpus after bench/run.py; without it, 68 plans are
generated (about 100k triples).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from generate import CorpusGenerator  # noqa: E402

from stikg.graph.build import DocumentIndex, build_graph, read_source  # noqa: E402
from stikg.graph.ingest import reference_graphs  # noqa: E402
from stikg.graph.iris import Minter  # noqa: E402
from stikg.graph.ntriples import ntriples  # noqa: E402
from stikg.graph.store import GraphStore  # noqa: E402

BASE = "https://w3id.org/stikg/id/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        corpus = args.corpus or Path(scratch) / "corpus"
        if args.corpus is None:
            corpus.mkdir()
            for name, text in CorpusGenerator(seed=7).plans(68):
                (corpus / name).write_text(text, encoding="utf-8")
        with ProcessPoolExecutor() as pool:
            sources = list(pool.map(read_source, sorted(corpus.glob("*.txt")), chunksize=8))
        minter = Minter(BASE)
        index = DocumentIndex.of(s.record for s in sources)
        built = reference_graphs(minter) + [build_graph(s, index, minter) for s in sources]
        graphs = [(iri, ntriples(g)) for iri, g in built]  # as the workers of a build hand them over
        triples = sum(text.count("\n") for _, text in graphs)

        build, bulk, quads = [], [], b""
        for run in range(args.repeat):
            started = time.perf_counter()
            with GraphStore(Path(scratch) / f"build-{run}") as store:
                store.load_new_graphs(graphs)
                store.flush()
                build.append(time.perf_counter() - started)
                # every quad stored, default graph too (GraphStore.dump leaves the merged default graph out)
                quads = quads or store.store.dump(format=ox.RdfFormat.N_QUADS)
            started = time.perf_counter()
            bare = ox.Store(str(Path(scratch) / f"bulk-{run}"))
            bare.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
            bare.flush()
            bulk.append(time.perf_counter() - started)
            del bare
    stored = quads.count(b"\n")
    print(f"{len(sources)} plans, {triples:,} triples built, {stored:,} quads stored "
          f"({stored / triples:.2f} per triple)")
    print(f"first build (load_new_graphs): {statistics.median(build):.2f} s, "
          f"{triples / statistics.median(build):,.0f} triples/s")
    print(f"bulk loader alone, the same quads: {statistics.median(bulk):.2f} s, "
          f"{stored / statistics.median(bulk):,.0f} quads/s, a ceiling of "
          f"{triples / statistics.median(bulk):,.0f} triples/s")


if __name__ == "__main__":
    main()
