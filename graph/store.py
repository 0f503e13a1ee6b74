"""The embedded store: Oxigraph on disk, one named graph per source document.

Loading a document's graph replaces the old one in a single transaction, so a
reader sees the graph from before or from after, never a mix.

One process writes at a time (Oxigraph locks the folder). Readers never open
the folder a writer may be writing (undefined behaviour in Oxigraph): after each
write the writer publishes a snapshot (``publish``: a RocksDB checkpoint, hard
links, cheap) and readers open the newest one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .lineage import closure_pairs
from .ntriples import nquads, ntriples
from .queries import named_query, page_text, with_values
from .search import fold_text
from .tallies import count_tallies, tally_iri, tally_triples
from .title_links import refresh_title_links

FOLD = "https://w3id.org/stikg/function#fold"


def fold(term: ox.Literal | None) -> ox.Literal | None:
    """fn:fold(text): lower case, no diacritics, đ -> d, so 'khoa hoc' finds 'khoa học'."""
    return None if term is None else ox.Literal(fold_text(term.value))


# Functions the named queries may call, registered on every query.
CUSTOM_FUNCTIONS = {ox.NamedNode(FOLD): fold}

SNAPSHOTS_KEPT = 3  # besides any published in the last minute, which a reader may still be opening


class StoreBusy(OSError):
    """Another process is writing the store."""


def snapshots_of(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + "-snapshots")


def plain_row(names: list[str], solution: ox.QuerySolution) -> dict[str, str | None]:
    """A solution's values by variable name. Its terms are read by position, in the order of the variables: by
    name, each lookup finds the variable first (upward lineage at 5M triples: 1.03 against 0.91 ms a job)."""
    return dict(zip(names, [None if term is None else term.value for term in solution], strict=True))


def current_snapshot(store_path: Path) -> Path | None:
    """The newest published snapshot of the store, or None if none was published. Asked on every request: the
    pointer is read again only when its file is another (each publication replaces it), one stat otherwise."""
    folder = snapshots_of(store_path)
    try:
        pointer = os.stat(folder / "CURRENT")
        return folder / _pointed_to(str(folder), pointer.st_ino, pointer.st_mtime_ns)
    except FileNotFoundError:
        return None


@lru_cache(maxsize=64)
def _pointed_to(folder: str, inode: int, modified_ns: int) -> str:
    """The snapshot a CURRENT file names; the file is known by its inode and time, so a cached name is never stale."""
    return Path(folder, "CURRENT").read_text("ascii").strip()


STI_CARRIES_OUT = "https://w3id.org/stikg/ontology#carriesOut"
STI_STALE_TALLY = "https://w3id.org/stikg/ontology#staleTally"
STI_STALE_TITLE_LINKS = "https://w3id.org/stikg/ontology#staleTitleLinks"


def _sync(folder: Path) -> None:
    """Make a file's creation or removal in ``folder`` durable before going on."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class StoreReads:
    """What every store answers the same way once it has ``query`` and ``quads``."""

    def query(self, sparql: str, substitutions: dict | None = None, **options):
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def select(self, sparql: str, **substitutions) -> Iterator[dict[str, str | None]]:
        """SELECT rows as dicts of plain values."""
        results = self.query(sparql, substitutions)
        names = [v.value for v in results.variables]
        for solution in results:
            yield plain_row(names, solution)

    def named_rows(self, name: str, limit: int | None = None, offset: int = 0,
                   **substitutions) -> list[dict[str, str | None]]:
        """Rows of a named query from queries/, with typed terms bound to its parameters (and, for a paged
        one, ``limit`` and ``offset`` set in its page clause)."""
        return list(self.select(page_text(named_query(name), limit, offset), **substitutions))

    def fingerprint(self) -> str:
        """SHA-256 of every quad, sorted: equal exactly when the contents are (the graphs have no blank nodes)."""
        digest = hashlib.sha256()
        for line in sorted(str(quad) for quad in self.quads()):
            digest.update(line.encode("utf-8") + b"\n")
        return digest.hexdigest()


class GraphStore(StoreReads):
    """A thin wrapper over a pyoxigraph store with the operations stikg needs."""

    def __init__(self, path: Path | None) -> None:
        """``path`` is a folder (created if missing); None keeps the store in memory (tests)."""
        self.path = path
        if path is None:
            self.store = ox.Store()
            return
        path.mkdir(parents=True, exist_ok=True)
        try:
            self.store = ox.Store(str(path))
        except OSError as problem:
            if "lock" in str(problem).lower():
                raise StoreBusy(f"the store at {path} is being written by another process; try again when "
                                "it is done") from None
            raise
        if self._bulk_marker.exists():  # a first load was stopped half way: back to the empty store it was
            self.store.clear()
            self.store.flush()
            self._bulk_marker.unlink()
        self._count_stale_tallies()  # a writer stopped between a change and its count
        self._refresh_stale_title_links()  # ... or between a change and its links by title

    @property
    def _bulk_marker(self) -> Path:
        """Present while a first load writes without a transaction (see ``load_new_graphs``)."""
        return self.path.parent / (self.path.name + ".first-load")

    @classmethod
    def snapshot(cls, store_path: Path) -> GraphStore:
        """The newest published snapshot of the store at ``store_path``, opened read-only (for readers)."""
        snapshot = current_snapshot(store_path)
        if snapshot is None:
            raise FileNotFoundError(f"the store at {store_path} has no published snapshot yet: build it "
                                    "(stikg build)")
        opened = cls.__new__(cls)
        opened.path, opened.store, opened.name = None, ox.Store.read_only(str(snapshot)), snapshot.name
        return opened

    def close(self) -> None:
        """Release the store (and its lock on the folder) now rather than when it is collected."""
        if self.store is not None and self.path is not None:
            self.flush()
        self.store = None

    def flush(self) -> None:
        """Write what is in memory to the store's files. Without it a large load stays in the write-ahead
        log, and every later open replays it (measured: 131 s to open a 1M-triple store, 0 s after a flush)."""
        self.store.flush()

    def publish(self) -> Path | None:
        """Publish what the store holds now as the snapshot readers open; None for a store in memory.

        Crash-safe: the checkpoint is made under a temporary name, renamed, and only then named
        in CURRENT (itself replaced atomically), so a reader finds a whole snapshot or the previous one.
        """
        if self.path is None:
            return None
        folder = snapshots_of(self.path)
        folder.mkdir(exist_ok=True)
        name = str(time.time_ns())
        partial = folder / f"partial-{name}"
        self.store.backup(str(partial))
        partial.rename(folder / name)
        pointer = folder / "CURRENT.partial"
        with pointer.open("w", encoding="ascii") as out:
            out.write(name)
            out.flush()
            os.fsync(out.fileno())
        os.replace(pointer, folder / "CURRENT")
        self._prune(folder)
        return folder / name

    @staticmethod
    def _prune(folder: Path) -> None:
        """Remove old snapshots (and partial ones a crash left), keeping the newest and any made lately."""
        published = sorted((p for p in folder.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
        old = published[:-SNAPSHOTS_KEPT] + [p for p in folder.glob("partial-*") if p.is_dir()]
        for path in old:
            if time.time() - path.stat().st_mtime > 60:
                shutil.rmtree(path, ignore_errors=True)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        self.replace_graphs([(graph_iri, ntriples(graph))])

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        """Put each graph (N-Triples, ``ntriples``) in its named graph, replacing what was there; all of them in one
        transaction.

        The default graph holds the merge of all named graphs (a set: a triple two documents assert is there once),
        and the lineage closure follows the change. A graph the store holds as it is stays untouched: every ingest
        writes the reference graphs again, and rewriting the 2025 reorganisation alone took 0.3 s.
        """
        changes = []
        for graph_iri, body in graphs:
            if self._holds(graph_iri, body):
                continue
            change = (f"{self._withdraw(graph_iri)} ;\n"
                      f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }} ;\nINSERT DATA {{\n{body}\n}}")
            changes.append(self._with_closure(graph_iri, change))
        if changes:
            self.store.update(self._request(changes))
            self._count_stale_tallies()

    def _holds(self, graph_iri: URIRef, body: str) -> bool:
        """Whether the named graph holds exactly the triples of ``body`` (N-Triples)."""
        stored = self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri)))
        return ({(q.subject, q.predicate, q.object) for q in stored}
                == {(q.subject, q.predicate, q.object) for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)})

    def load_new_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        """Load graphs (N-Triples, ``ntriples``) the store does not hold yet, with the merged default graph, the
        whole lineage closure and the lineage tallies.

        The first build's fast path: the graphs go in as N-Quads text (``nquads``), the merged graph with
        them, and the closure is computed once from their lineage edges. Into an empty store on disk it goes
        through Oxigraph's bulk loader, three times faster than a transaction (measured: 2.5 s against 7.5 s for
        220k quads), then compacted, but not atomic: a marker file stands beside the store meanwhile; a load that
        fails empties the store again, and a store opened with the marker still there was stopped half way and is
        emptied too.
        Otherwise it is put together in a store in memory and added in one transaction.
        """
        if not graphs:
            return
        if self.path is None or next(iter(self.store), None) is not None:
            batch = ox.Store()
            batch.load(nquads(graphs), format=ox.RdfFormat.N_QUADS)
            self._add_lineage(batch, graphs[0][0], batch.extend)
            self.store.extend(batch)
            return
        self._bulk_marker.write_bytes(b"")
        _sync(self._bulk_marker.parent)
        try:
            self.store.bulk_load(nquads(graphs), format=ox.RdfFormat.N_QUADS)
            self._add_lineage(self.store, graphs[0][0], self.store.bulk_extend)
            self.store.flush()
        except BaseException:
            self.store.clear()
            self.store.flush()
            raise
        finally:
            self._bulk_marker.unlink()
            _sync(self._bulk_marker.parent)
        # RocksDB's levels compacted once, as the bulk loader leaves them: every lookup seeks less (upward lineage at
        # 5M triples, median of 300 tasks: 2.1 ms before, 1.0 after; the compaction took 17 s)
        self.store.optimize()

    def _add_lineage(self, store: ox.Store, graph_iri: URIRef, write: Callable[[list[ox.Quad]], None]) -> None:
        """Write the lineage closure of the edges in ``store``, then the tallies counted from it, each in the
        closure graph and the default graph. (Into a store just bulk loaded, ``write`` bulk loads too: a
        transaction there took 4 s for the closure of 1M triples, against 1 s.)"""
        closure, carries_out = ox.NamedNode(self._graph_beside(graph_iri, "closure")), ox.NamedNode(STI_CARRIES_OUT)
        edges = ((row["below"], row["above"]) for row in store.query(named_query("lineage_edges").text))
        write([ox.Quad(below, carries_out, above, graph)
               for below, above in closure_pairs(edges) for graph in (closure, ox.DefaultGraph())])
        tallies = ((row["document"].value, row["jurisdiction"].value, int(row["plans"].value), int(row["tasks"].value))
                   for row in store.query(named_query("lineage_tallies").text))
        write([ox.Quad(t.subject, t.predicate, t.object, graph)
               for t in tally_triples(tallies) for graph in (closure, ox.DefaultGraph())])

    def remove_graph(self, graph_iri: URIRef) -> None:
        self.store.update(self._request([self._with_closure(graph_iri, self._withdraw(graph_iri))]))
        self._count_stale_tallies()

    def _count_stale_tallies(self) -> None:
        """Count again the lineage tallies a change marked stale, in one transaction that also drops the marks.

        A second transaction, because the count is fast only from Python (graph/tallies.py). Readers do not see
        the state between the two (they open snapshots published after both), and marks a crash left behind
        are counted when the store is next opened for writing."""
        marks: dict[str, list[tuple[str, str]]] = {}
        for row in self.store.query(f"SELECT DISTINCT ?g ?d ?j WHERE {{ GRAPH ?g {{ ?d <{STI_STALE_TALLY}> ?j }} }}"):
            marks.setdefault(row["g"].value, []).append((row["d"].value, row["j"].value))
        template = (resources.files("stikg.queries") / "update_lineage_tallies.ru").read_text("utf-8")
        for stale, pairs in marks.items():
            triples = " ".join(f"{t} ." for t in tally_triples(count_tallies(self, pairs)))
            self.store.update(template.replace("{closure}", stale.removesuffix("-stale")).replace("{stale}", stale)
                              .replace("{tallies}", " ".join(f"<{tally_iri(d, j)}>" for d, j in pairs))
                              .replace("{triples}", triples))

    def _refresh_stale_title_links(self) -> None:
        """Find again the links by title a writer stopped before finding (``refresh_title_links``)."""
        marked = {row["g"].value for row in self.store.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d <{STI_STALE_TITLE_LINKS}> ?mark }} }}")}
        for marks in sorted(marked):
            refresh_title_links(self, marks)

    @staticmethod
    def _graph_beside(graph_iri: URIRef, name: str) -> str:
        """The IRI of another graph under the same base: {base}graph/{name}."""
        return str(graph_iri).rsplit("/graph/", 1)[0] + "/graph/" + name

    def _with_closure(self, graph_iri: URIRef, change: str) -> str:
        """The change, wrapped in the update that keeps sti:carriesOut (the lineage closure) right.

        Without its PREFIX lines: Oxigraph takes a prologue only at the start of a request, so
        ``_request`` puts them there once for all the changes of a transaction.
        """
        template = (resources.files("stikg.queries") / "update_lineage_closure.ru").read_text("utf-8")
        closure, dirty = self._graph_beside(graph_iri, "closure"), self._graph_beside(graph_iri, "closure-dirty")
        body = "\n".join(line for line in template.splitlines() if not line.startswith("PREFIX "))
        return (body.replace("{graph}", str(graph_iri)).replace("{closure}", closure).replace("{dirty}", dirty)
                .replace("{stale}", closure + "-stale").replace("{change}", change))

    @staticmethod
    def _request(changes: list[str]) -> str:
        """One update request (one transaction) of several changes, with the closure template's prologue."""
        template = (resources.files("stikg.queries") / "update_lineage_closure.ru").read_text("utf-8")
        prologue = "\n".join(line for line in template.splitlines() if line.startswith("PREFIX "))
        return prologue + "\n" + " ;\n".join(changes)

    @staticmethod
    def _withdraw(graph_iri: URIRef) -> str:
        """Remove a named graph and those of its triples that no other named graph asserts."""
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph_iri}>) }} }} ;\n"
                f"DROP SILENT GRAPH <{graph_iri}>")

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def graph(self, graph_iri: str) -> Graph:
        """One named graph as an rdflib Graph (for validation and export)."""
        data = self.store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.NamedNode(graph_iri))
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def dump(self, fmt: ox.RdfFormat, output=None):
        """The merged graph (triple formats) or the named graphs (quad formats); to ``output`` if given."""
        if fmt.supports_datasets:
            quads = (q for q in self.store if not isinstance(q.graph_name, ox.DefaultGraph))
            return ox.serialize(quads, output, format=fmt)
        return self.store.dump(output, format=fmt, from_graph=ox.DefaultGraph())

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None, **options):
        """Run a query, its parameters bound to RDF terms; the default graph is the merge of every document's graph.

        ``options`` are pyoxigraph's: ``default_graph``, ``named_graphs``, ``base_iri``.
        """
        return self.store.query(with_values(sparql, substitutions or {}), custom_functions=CUSTOM_FUNCTIONS,
                                **options)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def __len__(self) -> int:
        return len(self.store)
