"""A store on any SPARQL 1.1 server: query and update through SPARQLWrapper, loads through the Graph Store
Protocol. Selected with ``STIKG_STORE=http://…`` so a deployment can move to Virtuoso, Fuseki, GraphDB or a
clustered engine without code changes.

It keeps the embedded store's layout, with one difference: servers disagree on what the default graph
is (Virtuoso's is the union of all graphs, so a triple two documents assert comes back twice, and it has no
default graph to write to). The merged graph is therefore a named graph, ``{base}graph/merged``, sent as the
default graph (``default-graph-uri``) of every query, except those that name a graph (``GRAPH <…>``), which
Virtuoso then answers from no graph at all. The lineage closure is computed here, not with the
server's property paths (Virtuoso's need a constant at one end). A write is several requests: a reader may
see it half done, which the embedded store never shows.
"""

from __future__ import annotations

import re
import urllib.error
from collections.abc import Iterator

import pyoxigraph as ox
import requests
from rdflib import Graph, URIRef
from requests.auth import HTTPDigestAuth
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from .lineage import closure_pairs
from .ntriples import ntriples
from .queries import named_query, with_values
from .store import StoreReads
from .tallies import tally_triples

STI = "https://w3id.org/stikg/ontology#"
BATCH = 200  # triples per INSERT DATA / DELETE DATA: Virtuoso compiles each to SQL of bounded length
_DATASET_CLAUSE = re.compile(r"\bFROM\s+(?:NAMED\s+)?<", re.IGNORECASE)
# Virtuoso answers nothing from GRAPH <iri> { ... } once a default graph is given: such a query goes without
_GRAPH_BY_NAME = re.compile(r"\bGRAPH\s*<", re.IGNORECASE)
_FORM = re.compile(r"(?<![\w?$:])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:])", re.IGNORECASE)  # a keyword, not a name


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first such keyword outside comment lines, IRIs and names. SPARQLWrapper
    guesses for itself, but its comment pattern leaves every other comment line in place, and it finds ASK inside
    a word: a CONSTRUCT whose header said "SPARQL can ask for" came back as rows."""
    code = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    found = _FORM.search(re.sub(r"<[^<>\s]*>", "<>", code))
    return found.group(1).upper() if found else "SELECT"


class RemoteStoreError(OSError):
    """The server did not answer, or refused: the store is unavailable."""


class RemoteStore(StoreReads):
    """The operations of ``GraphStore``, on a SPARQL 1.1 server."""

    def __init__(self, endpoint: str, base_iri: str, update: str | None = None, graph_store: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 60.0) -> None:
        self.endpoint, self.update_endpoint = endpoint, update or endpoint
        self.graph_store = graph_store
        self.base = base_iri
        self.merged, self.closure = base_iri + "graph/merged", base_iri + "graph/closure"
        self.user, self.password, self.timeout = user, password, timeout
        self.path = None  # no folder: nothing to publish
        self._session: requests.Session | None = None

    # --- the plumbing ---------------------------------------------------------------------------

    def _wrapper(self, url: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(url)
        wrapper.setMethod(POST)
        wrapper.setTimeout(int(self.timeout))
        if self.user:
            wrapper.setHTTPAuth(DIGEST)
            wrapper.setCredentials(self.user, self.password or "")
        return wrapper

    def _ask_server(self, wrapper: SPARQLWrapper) -> bytes:
        try:
            return wrapper.query().response.read()
        except QueryBadFormed as problem:  # the server's parser refused it: the query's fault, not the store's
            raise SyntaxError(str(problem).split("Response:")[-1].strip()[:2000]) from None
        except (SPARQLWrapperException, urllib.error.URLError, OSError) as problem:
            raise RemoteStoreError(f"the SPARQL server at {self.endpoint} failed: {problem}") from None

    def query(self, sparql: str, substitutions: dict | None = None, default_graph: list | None = None,
              named_graphs: list | None = None, base_iri: str | None = None, **_ignored):
        """As ``pyoxigraph.Store.query``: solutions, a boolean, or a list of triples."""
        text = with_values(sparql, substitutions or {})
        if base_iri and not text.lstrip().upper().startswith("BASE"):
            text = f"BASE <{base_iri}>\n{text}"
        wrapper = self._wrapper(self.endpoint)
        wrapper.setQuery(text)
        wrapper.queryType = query_form(text)
        if default_graph is None and not _DATASET_CLAUSE.search(text) and not _GRAPH_BY_NAME.search(text):
            default_graph = [ox.NamedNode(self.merged)]  # a dataset given by the query (FROM) stands
        for graph in default_graph or []:
            wrapper.addDefaultGraph(graph.value)
        for graph in named_graphs or []:
            wrapper.addNamedGraph(graph.value)
        if wrapper.queryType in ("CONSTRUCT", "DESCRIBE"):
            wrapper.setReturnFormat(TURTLE)
            return [t.triple for t in ox.parse(self._ask_server(wrapper), format=ox.RdfFormat.TURTLE)]
        wrapper.setReturnFormat(JSON)
        return ox.parse_query_results(self._ask_server(wrapper), format=ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        """SPARQL Update; a bare INSERT DATA goes to the merged graph."""
        self._send("POST", self.update_endpoint, data={"update": sparql, "default-graph-uri": self.merged})

    def _put_graph(self, graph_iri: str, ntriples: str, replace: bool) -> None:
        """Graph Store Protocol: PUT (replace) or POST (add) a graph's triples; INSERT DATA without one."""
        if not self.graph_store:
            drop = f"DROP SILENT GRAPH <{graph_iri}> ;\n" if replace else ""
            self.update(f"{drop}INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
            return
        parameter = "graph-uri" if "graph-crud" in self.graph_store else "graph"  # Virtuoso's name, the spec's
        self._send("PUT" if replace else "POST", self.graph_store, params={parameter: graph_iri},
                   data=ntriples.encode("utf-8"), headers={"Content-Type": "application/n-triples"})

    def _send(self, method: str, url: str, **request) -> None:
        """A write. Digest authentication is answered ahead once the server's challenge is known: a server
        that refuses a large body before reading it breaks the connection when the body is sent twice."""
        if self._session is None:
            self._session = requests.Session()
            if self.user:
                self._session.auth = HTTPDigestAuth(self.user, self.password or "")
                self._session.get(self.endpoint, params={"query": "ASK {}"}, timeout=self.timeout)  # the challenge
        try:
            answer = self._session.request(method, url, timeout=self.timeout, **request)
        except requests.RequestException as problem:
            self._session = None
            raise RemoteStoreError(f"the SPARQL server at {url} failed: {problem}") from None
        if answer.status_code == 400:
            raise SyntaxError(answer.text[:2000])
        if answer.status_code >= 300:
            raise RemoteStoreError(f"the SPARQL server at {url} answered {answer.status_code}: {answer.text[:500]}")

    # --- what GraphStore offers -----------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The graphs of this dataset: under {base}graph/, the merged graph aside."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                           f"FILTER(STRSTARTS(STR(?g), \"{self.base}graph/\")) }}")
        return sorted(row["g"] for row in rows if row["g"] != self.merged)

    def graph(self, graph_iri: str) -> Graph:
        rows = self._all(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
        data = "".join(f"{ox.Triple(s, p, o)} .\n" for s, p, o in rows)
        return Graph().parse(data=data, format="nt")

    def _all(self, select: str) -> Iterator[tuple]:
        """Every row of a SELECT, as tuples of terms. The server must not cut results short (Virtuoso:
        raise [SPARQL] ResultSetMaxRows); paging with ORDER BY runs into other limits (MaxSortedTopRows)."""
        for solution in self.query(select):
            yield tuple(solution)  # its terms in the order of the variables

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        """Each graph (N-Triples, ``ntriples``) replaces its named graph; the merged graph and the closure follow."""
        for graph_iri, body in graphs:
            self._withdraw(str(graph_iri))
            self._put_graph(str(graph_iri), body, replace=True)
            self._put_graph(self.merged, body, replace=False)
        self._update_closure()

    load_new_graphs = replace_graphs

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        self.replace_graphs([(graph_iri, ntriples(graph))])

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._withdraw(str(graph_iri))
        self._update_closure()

    def _withdraw(self, graph_iri: str) -> None:
        """Remove a named graph, and from the merged graph the triples no other graph of the dataset asserts.

        Worked out here: Virtuoso leaves the merged graph as it was for the single DELETE ... FILTER NOT
        EXISTS { GRAPH ?other ... } the embedded store runs.
        """
        mine = set(self._all(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"))
        shared = set(self._all(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} GRAPH ?other {{ ?s ?p ?o }} "
            f"FILTER(?other != <{graph_iri}> && ?other != <{self.merged}> "
            f"&& STRSTARTS(STR(?other), \"{self.base}graph/\")) }}"))
        self._write_triples("DELETE DATA", self.merged, sorted(mine - shared, key=str))
        self.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def _write_triples(self, verb: str, graph_iri: str, triples: list[tuple], *also: str) -> None:
        """INSERT DATA or DELETE DATA of triples (RDF terms), into or from a graph (and ``also`` others)."""
        for start in range(0, len(triples), BATCH):
            body = "\n".join(f"{ox.Triple(*triple)} ." for triple in triples[start:start + BATCH])
            self.update(f"{verb} {{ " + " ".join(f"GRAPH <{g}> {{ {body} }}" for g in (graph_iri, *also)) + " }")

    def _update_closure(self) -> None:
        """sti:carriesOut: every node to every node above it, from the lineage edges, as the .ru files define it;
        then the tallies that count it."""
        wanted = closure_pairs((below.value, above.value)
                               for below, above in self._all(named_query("lineage_edges").text))
        held = {(d.value, a.value) for d, a in self._all(
            f"SELECT ?d ?a WHERE {{ GRAPH <{self.closure}> {{ ?d <{STI}carriesOut> ?a }} }}")}
        carries_out = ox.NamedNode(STI + "carriesOut")
        for pairs, verb in ((held - wanted, "DELETE DATA"), (wanted - held, "INSERT DATA")):
            triples = [(ox.NamedNode(d), carries_out, ox.NamedNode(a)) for d, a in sorted(pairs)]
            self._write_triples(verb, self.closure, triples, self.merged)
        self._update_tallies()

    def _update_tallies(self) -> None:
        """The sti:LineageTally nodes, counted again from the closure (lineage_tallies.rq) and written where
        they differ."""
        rows = ((d.value, j.value, int(plans.value), int(tasks.value))
                for d, j, plans, tasks in self._all(named_query("lineage_tallies").text))
        wanted = {(t.subject, t.predicate, t.object) for t in tally_triples(rows)}
        held = set(self._all(
            f"SELECT ?t ?p ?o WHERE {{ GRAPH <{self.closure}> {{ ?t a <{STI}LineageTally> ; ?p ?o }} }}"))
        for triples, verb in ((held - wanted, "DELETE DATA"), (wanted - held, "INSERT DATA")):
            self._write_triples(verb, self.closure, sorted(triples, key=str), self.merged)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the dataset, the merged graph as the default graph."""
        for g, s, p, o in self._all(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                    f"FILTER(STRSTARTS(STR(?g), \"{self.base}graph/\")) }}"):
            yield ox.Quad(s, p, o, ox.DefaultGraph() if g.value == self.merged else g)

    def dump(self, fmt: ox.RdfFormat, output=None):
        if fmt.supports_datasets:
            quads = (q for q in self.quads() if not isinstance(q.graph_name, ox.DefaultGraph))
            return ox.serialize(quads, output, format=fmt)
        triples = (q.triple for q in self.quads() if isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(triples, output, format=fmt)

    def __len__(self) -> int:
        rows = list(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                f"FILTER(STRSTARTS(STR(?g), \"{self.base}graph/\")) }}"))
        return int(rows[0]["n"])

    def flush(self) -> None:
        """Nothing to do: the server writes as it answers."""

    def publish(self) -> None:
        """Nothing to do: readers ask the server."""

    def close(self) -> None:
        pass

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
