"""Queries run in worker processes that can be stopped: the time limit pyoxigraph itself lacks.

Each worker opens the newest published snapshot of the store read-only (and
the next one as soon as a writer publishes it) and answers one job at a time over a pipe.
A job that passes its deadline has its worker killed and replaced; the other
workers go on answering. This module imports no web framework: it is what the
spawned workers import.
"""

from __future__ import annotations

import asyncio
import collections
import gzip
import multiprocessing
import os
import shutil
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from stikg.config import Settings
from stikg.graph.backends import open_store
from stikg.graph.remote import RemoteStore, RemoteStoreError
from stikg.graph.store import GraphStore, current_snapshot, plain_row

from .serialize import BOOLEAN_WRITERS, SELECT_WRITERS


class QueryFailed(Exception):
    """A job that did not give an answer; ``status`` is the HTTP status it calls for."""

    status = 500


class QuerySyntaxError(QueryFailed):
    status = 400


class QueryTooLarge(QueryFailed):
    status = 413


class QueryTimeout(QueryFailed):
    status = 503


class ServiceBusy(QueryFailed):
    status = 503


class StoreUnavailable(QueryFailed):
    status = 503


@dataclass
class Job:
    """What a worker is asked to do. ``kind``: sparql (bytes in a format), rows (plain values), graphs (the
    named graphs of the dataset) or dump."""

    kind: str
    sparql: str = ""
    # name -> (iri | literal | datatype IRI, value), or a list of them (a VALUES column)
    substitutions: dict[str, tuple[str, str] | list] = field(default_factory=dict)
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    result_format: str = "json"  # for SELECT/ASK
    graph_format: str = "ttl"  # for CONSTRUCT/DESCRIBE and dumps
    row_cap: int = 10_000
    target: str = ""  # dump: the file to write
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint)


Store = GraphStore | RemoteStore

_RDF = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS}


def _term(kind, value: str | None = None):
    if isinstance(kind, list):
        return [_term(*pair) for pair in kind]
    if kind == "iri":
        return ox.NamedNode(value)
    if kind.startswith("http"):  # a datatype IRI
        return ox.Literal(value, datatype=ox.NamedNode(kind))
    return ox.Literal(value)


def _query(store: Store, job: Job):
    options: dict = {"base_iri": job.base_iri}
    try:
        values = {k: _term(v) if isinstance(v, list) else _term(*v) for k, v in job.substitutions.items()}
    except ValueError as problem:  # a value that is no IRI or literal
        raise QuerySyntaxError(f"a parameter is not a valid RDF term: {problem}") from None
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or []]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or []]
    return store.query(job.sparql, values, **options)


def _capped(items, cap: int) -> list:
    out = []
    for item in items:
        out.append(item)
        if len(out) > cap:
            raise QueryTooLarge(f"the result has more than {cap} rows, the limit of this service; add a LIMIT")
    return out


def execute(store: Store, job: Job):
    """Run one job against an open store."""
    if job.kind == "dump":
        return _dump(store, job)
    if job.kind == "graphs":
        return store.graphs()
    try:
        results = _query(store, job)
    except SyntaxError as problem:
        raise QuerySyntaxError(str(problem)) from None
    if isinstance(results, ox.QueryBoolean):
        value = bool(results)
        return ("boolean", BOOLEAN_WRITERS[job.result_format](value)) if job.kind == "sparql" else value
    if not isinstance(results, ox.QuerySolutions):  # triples, of a CONSTRUCT or DESCRIBE
        triples = _capped(results, job.row_cap)
        if job.kind == "rows":
            return [{"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value}
                    for t in triples]
        return "graph", ox.serialize(triples, format=_RDF[job.graph_format])
    variables = [v.value for v in results.variables]
    solutions = _capped(results, job.row_cap)
    if job.kind == "sparql":  # terms by position, as plain_row reads them
        rows = [{v: term for v, term in zip(variables, s, strict=True) if term is not None} for s in solutions]
        return "select", SELECT_WRITERS[job.result_format](variables, rows)
    return [plain_row(variables, s) for s in solutions]


def _dump(store: Store, job: Job) -> str:
    """Write the whole graph to ``job.target`` (gzip), streaming: never all in memory. Its partial files are this
    worker's own: two workers (of one web process or two) asked for the same dump each write their copy."""
    partial = Path(f"{job.target}.{os.getpid()}.partial")
    raw = partial.with_suffix(".raw")
    store.dump(_RDF[job.graph_format], str(raw))  # nq: the named graphs, one per document; else the merged graph
    with raw.open("rb") as source, gzip.open(partial, "wb") as sink:
        shutil.copyfileobj(source, sink, 1 << 20)
    raw.unlink()
    partial.replace(job.target)
    return job.target


def _open(settings: Settings, opened: Store | None) -> Store:
    """The store to read: the SPARQL server, or the newest published snapshot (the open one if still newest)."""
    if opened is not None and (settings.store_url or getattr(opened, "name", None) == _newest(settings)):
        return opened
    try:
        return open_store(settings, read_only=True)
    except OSError as problem:
        raise StoreUnavailable(f"the store cannot be opened: {problem}") from None


def _newest(settings: Settings) -> str | None:
    snapshot = current_snapshot(settings.store)
    return snapshot.name if snapshot else None


def worker_main(conn, settings: Settings) -> None:  # pragma: no cover - runs in the child process
    opened = None
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            opened = _open(settings, opened)
            conn.send(("ok", execute(opened, job)))
        except QueryFailed as problem:
            conn.send((type(problem).__name__, str(problem)))
        except RemoteStoreError as problem:  # the server is down or refused: the store is unavailable
            opened = None
            conn.send(("StoreUnavailable", str(problem)))
        except Exception as problem:  # noqa: BLE001 - any failure becomes an answer, the worker lives on
            conn.send(("QueryFailed", f"{type(problem).__name__}: {problem}"))


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)


_ERRORS = {cls.__name__: cls for cls in
           (QueryFailed, QuerySyntaxError, QueryTooLarge, QueryTimeout, ServiceBusy, StoreUnavailable)}


def _answer(status: str, payload):
    if status == "ok":
        return payload
    raise _ERRORS.get(status, QueryFailed)(payload)


def _stop_watching(loop: asyncio.AbstractEventLoop, pipe: int) -> None:
    """Stop the loop watching a worker's pipe, and leave the pipe blocking as the pool reads it: uvloop (uvicorn's
    loop when installed) makes a pipe it watches non-blocking and leaves it so, and an answer longer than the pipe's
    buffer then failed half-way (BlockingIOError), taken for a worker that stopped."""
    loop.remove_reader(pipe)
    os.set_blocking(pipe, True)


Place = Future | asyncio.Future  # a request's place in the line for a worker


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # called from a thread
        return None


def _timeout(limit: float) -> QueryTimeout:
    return QueryTimeout(f"the query ran past the time limit of {limit:g} s and was stopped")


def _stopped() -> QueryFailed:
    return QueryFailed("the query worker stopped unexpectedly")


class QueryPool:
    """A few worker processes over one store; every read of the service goes through them.

    A request takes an idle worker or, when every one is busy, a place in one line, first come first served,
    whether it waits in a thread (``run``) or on the event loop (``run_async``). A worker that finishes goes to the
    head of the line, or back to the idle ones. (When the awaited requests took a worker as soon as one was idle and
    only the threaded ones queued, a thread could be passed over for seconds under load.)
    """

    def __init__(self, settings: Settings, size: int, timeout: float, wait: float = 30.0) -> None:
        self.settings = settings
        self.timeout = timeout
        self.wait = wait
        self._context = multiprocessing.get_context("spawn")
        # A stack: a request gets the worker that answered the one before, its caches still warm (at 5M triples,
        # upward lineage through a pool of two, one request at a time: 1.38 ms, against 1.52 ms when the workers
        # take turns; medians of 9 interleaved runs). Under load every worker is busy: no difference.
        self._idle: list[_Worker] = []
        self._line: collections.deque[Place] = collections.deque()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(size):
            self._idle.append(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=worker_main, args=(child, self.settings), daemon=True)
        process.start()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
        return self._start()

    def _take(self, loop: asyncio.AbstractEventLoop | None = None) -> _Worker | Place:
        """An idle worker if no one is waiting, else a place in the line: a future that will hold a worker, of
        ``loop`` for a request awaiting it there, else of ``concurrent.futures`` for a thread."""
        with self._lock:
            if self._idle and not self._line:
                return self._idle.pop()
            place = loop.create_future() if loop else Future()
            self._line.append(place)
            return place

    def _give_back(self, worker: _Worker) -> None:
        """To the first in line still waiting, or to the idle ones."""
        with self._lock:
            while self._line:
                place = self._line.popleft()
                if isinstance(place, Future):
                    place.set_result(worker)
                    return
                if _running_loop() is not place.get_loop():  # from a thread: the loop hands it over
                    try:
                        place.get_loop().call_soon_threadsafe(self._hand, place, worker)
                        return
                    except RuntimeError:  # that loop is closed, and its request gone with it
                        continue
                if not place.done():  # done: it gave up waiting
                    place.set_result(worker)
                    return
            self._idle.append(worker)

    def _hand(self, place: asyncio.Future, worker: _Worker) -> None:
        if place.done():  # it gave up waiting meanwhile
            self._give_back(worker)
        else:
            place.set_result(worker)

    def _leave(self, place: Place) -> None:
        """Give up a place in the line; a worker handed over meanwhile goes to the next."""
        with self._lock:
            if place in self._line:
                self._line.remove(place)
                return
        if isinstance(place, Future) or (place.done() and not place.cancelled()):
            self._give_back(place.result())
        # else: the loop has yet to hand it over (_hand), and will find it done

    def _wait_in_line(self, place: Future) -> _Worker:
        try:
            return place.result(timeout=self.wait)
        except FutureTimeout:
            self._leave(place)
            raise self._busy() from None

    async def _await_in_line(self, place: asyncio.Future) -> _Worker:
        try:
            return await asyncio.wait_for(place, self.wait)
        except BaseException as problem:  # waited too long, or the request was cancelled
            self._leave(place)
            if isinstance(problem, TimeoutError):
                raise self._busy() from None
            raise

    def _busy(self) -> ServiceBusy:
        return ServiceBusy(f"every query worker was busy for {self.wait:g} s; try again shortly")

    def run(self, job: Job, timeout: float | None = None):
        """The job's answer; raises a QueryFailed subclass naming what went wrong."""
        limit = self.timeout if timeout is None else timeout
        worker = self._take()
        if isinstance(worker, Future):
            worker = self._wait_in_line(worker)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(limit):
                worker = self._replace(worker)
                raise _timeout(limit)
            status, payload = worker.conn.recv()
        except (EOFError, OSError):
            worker = self._replace(worker)
            raise _stopped() from None
        finally:
            self._give_back(worker)
        return _answer(status, payload)

    async def run_async(self, job: Job):
        """``run`` for a handler on the event loop: the loop awaits a worker and its answer, where ``run`` holds a
        thread of FastAPI's pool for them: two thread hops less a request (upward lineage at 5M triples under wrk:
        483-514 against 426 requests/s). For small answers: the loop reads the answer in one piece."""
        loop = asyncio.get_running_loop()
        worker = self._take(loop)
        if isinstance(worker, asyncio.Future):
            worker = await self._await_in_line(worker)
        answered = loop.create_future()
        pipe = worker.conn.fileno()
        loop.add_reader(pipe, lambda: answered.done() or answered.set_result(None))
        try:
            worker.conn.send(job)
            await asyncio.wait_for(answered, self.timeout)
            _stop_watching(loop, pipe)
            status, payload = worker.conn.recv()
        except BaseException as problem:  # past the limit, stopped, or the request cancelled: it may be mid-answer
            _stop_watching(loop, pipe)
            self._give_back(self._replace(worker))
            if isinstance(problem, TimeoutError):
                raise _timeout(self.timeout) from None
            if isinstance(problem, EOFError | OSError):
                raise _stopped() from None
            raise
        self._give_back(worker)
        return _answer(status, payload)

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()
