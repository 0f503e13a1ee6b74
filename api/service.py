"""The service's state, one per app: settings, the query workers, and what it reads through them."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

import pyoxigraph as ox

from stikg.config import Settings
from stikg.graph.iris import Minter
from stikg.graph.queries import bind, named_query, page_text
from stikg.graph.store import GraphStore, current_snapshot

from .workers import Job, QueryPool

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
KEPT_ANSWERS = 128  # answers ``kept`` holds for one state of the store: a handful, the plans and agencies of each
# province (34) and the targets of each indicator (19)
RECENT_ANSWERS = 1024  # small answers about one resource (upward lineage) ``recent`` holds, the least recent dropped


def _as_pair(term: ox.NamedNode | ox.Literal | list) -> tuple[str, str] | list:
    """A term as plain data a worker process can receive (a list of them for a VALUES column)."""
    if isinstance(term, list):
        return [_as_pair(t) for t in term]
    if isinstance(term, ox.NamedNode):
        return "iri", term.value
    datatype = term.datatype.value
    return ("literal" if datatype == XSD_STRING else datatype), term.value


def service_of(request) -> Service:
    """The app's service, from a request (every router reads it so)."""
    return request.app.state.service


class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.minter = Minter(settings.base_iri)
        self.write_lock = threading.Lock()  # one write at a time from this process
        self._publish_now()
        self.pool = QueryPool(settings, settings.workers, settings.query_timeout)
        self._graphs: tuple[float, set[str]] | None = None
        self._kept: tuple[object, dict[tuple, list[dict]]] = (None, {})  # (state of the store, answers)
        self._recent: tuple[object, OrderedDict[tuple, list[dict]]] = (None, OrderedDict())
        self._lock = threading.Lock()

    def _publish_now(self) -> None:
        """Readers open the newest snapshot: publish one of the store as it is now (a build may have
        been stopped before it published). If another process is writing, it will publish."""
        if self.settings.store_url or not self.settings.store.exists():
            return
        try:
            with GraphStore(self.settings.store) as store:
                store.publish()
        except OSError:
            pass

    def close(self) -> None:
        self.pool.close()

    def _rows_job(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal]) -> Job:
        return Job("rows", sparql, {k: _as_pair(v) for k, v in substitutions.items()}, row_cap=self.settings.row_cap)

    def rows(self, sparql: str, **substitutions: ox.NamedNode | ox.Literal) -> list[dict[str, str | None]]:
        """SELECT rows as plain values, over the union of the graphs, within the time and row limits."""
        return self.pool.run(self._rows_job(sparql, substitutions))

    async def named_rows_async(self, name: str, **substitutions: ox.NamedNode | ox.Literal) -> list[dict]:
        """``named_rows`` awaited on the event loop (``QueryPool.run_async``): for small answers."""
        return await self.pool.run_async(self._rows_job(named_query(name).text, substitutions))

    def named_rows(self, name: str, limit: int | None = None, offset: int = 0,
                   **substitutions: ox.NamedNode | ox.Literal) -> list[dict[str, str | None]]:
        """A named query with typed terms bound; ``limit`` and ``offset`` set the page clause of a paged one."""
        return self.rows(page_text(named_query(name), limit, offset), **substitutions)

    def named(self, name: str, limit: int | None = None, offset: int = 0, **values: str) -> list[dict[str, str | None]]:
        """A named query from queries/, its parameters bound as typed terms (QueryError if they are not)."""
        query = named_query(name)
        return self.rows(page_text(query, limit, offset), **bind(query, values))

    def run(self, job: Job):
        return self.pool.run(job)

    def _state(self) -> object:
        """What changes with every write: the store's published snapshot (a SPARQL server as the store: the
        minute)."""
        snapshot = current_snapshot(self.settings.store) if not self.settings.store_url else None
        return snapshot.name if snapshot else int(time.monotonic() // 60)

    async def recent_rows_async(self, name: str, **substitutions: ox.NamedNode | ox.Literal) -> list[dict]:
        """``named_rows_async``, remembered until the store changes, for the ``RECENT_ANSWERS`` resources asked
        about last: a resource asked about again (a task's page, its diagram, a client polling) costs no worker and
        no query. The rows are shared: callers read them, never change them."""
        state = self._state()
        key = (name, *sorted((k, str(v)) for k, v in substitutions.items()))
        with self._lock:
            if self._recent[0] == state and (rows := self._recent[1].get(key)) is not None:
                self._recent[1].move_to_end(key)
                return rows
        rows = await self.named_rows_async(name, **substitutions)
        with self._lock:
            if self._recent[0] != state:
                self._recent = (state, OrderedDict())
            self._recent[1][key] = rows
            if len(self._recent[1]) > RECENT_ANSWERS:
                self._recent[1].popitem(last=False)
        return rows

    def kept(self, name: str, **values: str) -> list[dict[str, str | None]]:
        """``named``, kept until the store changes: for answers over the whole graph (VoID, the service description,
        the list of plans, the agencies, the coverage of the national targets, every target of an indicator), which
        take seconds at national scale (VoID at 5M triples: 2.7 s) and stay the same between two writes."""
        state = self._state()
        key = (name, *sorted(values.items()))
        with self._lock:
            if self._kept[0] == state and key in self._kept[1]:
                return self._kept[1][key]
        rows = self.named(name, **values)
        with self._lock:
            if self._kept[0] != state:
                self._kept = (state, {})
            if len(self._kept[1]) < KEPT_ANSWERS:
                self._kept[1][key] = rows
        return rows

    def forget_graphs(self) -> None:
        """After a write: the next question about the named graphs, or for an answer ``kept``, asks the store again
        (a SPARQL server as the store has no snapshot to tell that it changed)."""
        with self._lock:
            self._graphs = None
            self._kept = (None, {})
            self._recent = (None, OrderedDict())

    def graphs(self) -> set[str]:
        """The named graphs of the store (cached for a minute)."""
        with self._lock:
            if self._graphs and time.monotonic() - self._graphs[0] < 60:
                return self._graphs[1]
        found = set(self.pool.run(Job("graphs")))
        with self._lock:
            self._graphs = (time.monotonic(), found)
        return found
