"""The SPARQL 1.1 Protocol endpoint (queries only) and its service description."""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from .guard import Refused, check_graph, check_query, query_form
from .media import GRAPHS, HTML, RDF_FORMATS, RESULTS, negotiate
from .service import Service
from .workers import Job, QueryFailed

SD_NS = "http://www.w3.org/ns/sparql-service-description#"
VOID_NS = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
PREFIXES = {"sd": SD_NS, "void": VOID_NS, "formats": FORMATS}
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
                  "N-Triples", "JSON-LD", "RDF_XML")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD_NS + name)


def void(name: str) -> ox.NamedNode:
    return ox.NamedNode(VOID_NS + name)

router = APIRouter()

EXAMPLE = "SELECT ?plan ?number WHERE { ?plan a <https://w3id.org/stikg/ontology#Plan> ; " \
          "<https://w3id.org/stikg/ontology#documentNumber> ?number } LIMIT 10"


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


async def _read_request(request: Request, limit: int) -> tuple[dict[str, list[str]], tuple[int, str] | None]:
    """Protocol parameters from the URL and (for POST) the body; the second item is an error (status, message)."""
    raw = request.scope.get("query_string", b"")
    declared = int(request.headers.get("content-length") or 0)
    if len(raw) + declared > limit:
        return {}, (413, f"the request is larger than {limit} bytes, the limit of this service")
    try:
        params = parse_qs(raw.decode("latin-1"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        return {}, (400, "the query string is not valid UTF-8")
    if request.method != "POST":
        return params, None
    media = request.headers.get("content-type", "")
    mime, _, options = media.partition(";")
    charset = options.split("charset=", 1)[1].strip().strip('"').lower() if "charset=" in options else "utf-8"
    body = await request.body()
    if len(raw) + len(body) > limit:
        return params, (413, f"the request is larger than {limit} bytes, the limit of this service")
    if charset not in ("utf-8", "utf8"):
        return params, (400, f"the request body must be UTF-8, not {charset}")
    try:
        text = body.decode("utf-8")
        mime = mime.strip().lower()
        if mime == "application/x-www-form-urlencoded":
            for key, values in parse_qs(text, keep_blank_values=True, errors="strict").items():
                params.setdefault(key, []).extend(values)
        elif mime == "application/sparql-query":
            params.setdefault("query", []).append(text)
        elif mime == "application/sparql-update":
            params.setdefault("update", []).append(text)
        else:
            return params, (415, "POST a query as application/x-www-form-urlencoded or application/sparql-query")
    except UnicodeDecodeError:
        return params, (400, "the request body is not valid UTF-8")
    return params, None


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol for queries (read-only)."""
    service: Service = request.app.state.service
    params, problem = await _read_request(request, service.settings.max_query_bytes)
    if problem:
        return _error(*problem)
    if "update" in params:
        return _error(403, "SPARQL Update is refused: this endpoint is read-only")
    queries = params.get("query", [])
    if not queries:  # the description reads the store: off the event loop, as an answer is
        return await run_in_threadpool(_service_description, request, service, params)
    if len(queries) > 1:
        return _error(400, "give exactly one query parameter")
    # the blocking work runs in a thread so the event loop keeps serving other requests
    return await run_in_threadpool(_answer, request, service, queries[0], params)


_DESCRIPTION = ("The SPARQL 1.1 Protocol for queries (read-only): GET with `query=`, POST form-encoded or "
                f"`application/sparql-query`. Results by content negotiation or `format=`. Example: `{EXAMPLE}`.")
for _method in ("GET", "POST"):
    router.add_api_route("/sparql", sparql, methods=[_method], tags=["SPARQL"], summary="SPARQL 1.1 query endpoint",
                         description=_DESCRIPTION, operation_id=f"sparql_{_method.lower()}")


def _answer(request: Request, service: Service, sparql: str, params: dict[str, list[str]]) -> Response:
    fmt = (params.get("format") or [None])[0]
    form = query_form(sparql)
    default_graphs, named_graphs = params.get("default-graph-uri"), params.get("named-graph-uri")
    try:
        graphs = service.graphs()
        check_query(sparql, graphs)
        for graph in [*(default_graphs or []), *(named_graphs or [])]:
            check_graph(graph, graphs)
    except Refused as refusal:
        return _error(403 if "read-only" in str(refusal) else 400, str(refusal))
    except QueryFailed as failure:
        return _error(failure.status, str(failure))
    offers = GRAPHS if form in ("CONSTRUCT", "DESCRIBE") else RESULTS
    media = negotiate(request.headers.get("accept"), offers, fmt)
    if media is None:
        return _error(406, "acceptable formats: " + ", ".join(o.mime for o in offers))
    job = Job("sparql", sparql, default_graphs=default_graphs, named_graphs=named_graphs,
              result_format=media.key if offers is RESULTS else "json",
              graph_format=media.key if offers is GRAPHS else "ttl", row_cap=service.settings.row_cap,
              base_iri=str(request.url.replace(query="")))
    if default_graphs is None and named_graphs is not None:
        job.default_graphs = []
    try:
        _, body = service.run(job)
    except QueryFailed as failure:
        return _error(failure.status, str(failure))
    return Response(body, media_type=media.mime + ("; charset=utf-8" if media.mime.startswith("text/") else ""))


def _service_description(request: Request, service: Service, params: dict[str, list[str]]) -> Response:
    fmt = (params.get("format") or [None])[0]
    media = negotiate(request.headers.get("accept"), (*GRAPHS, HTML), fmt)
    if media is None:
        return _error(406, "acceptable formats: " + ", ".join(o.mime for o in GRAPHS))
    endpoint = str(request.url.replace(query=""))
    if media is HTML:
        return HTMLResponse(
            "<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>stikg SPARQL</title></head><body>"
            "<h1>stikg SPARQL endpoint</h1><form method='get'><textarea name='query' rows='10' cols='90'>"
            f"{EXAMPLE}</textarea><br><button>Run</button></form>"
            "<p>Read-only. <a href='?format=ttl'>Service description</a>.</p></body></html>"
        )
    try:
        triples = service_description(endpoint, service)
    except QueryFailed as failure:
        return _error(failure.status, str(failure))
    return Response(ox.serialize(triples, format=RDF_FORMATS[media.key], prefixes=PREFIXES), media_type=media.mime)


def service_description(endpoint: str, service: Service) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description of this endpoint, with VoID statistics of its dataset. The named graphs are
    listed by name (one per source document: thousands at national scale); their sizes are the named query
    void_graphs, which counts every triple (4 s at 5M triples), too slow for a description clients fetch first."""
    me = ox.NamedNode(endpoint)
    dataset, default = ox.BlankNode(), ox.BlankNode()
    triples = [ox.Triple(me, RDF_TYPE, sd("Service")), ox.Triple(me, sd("endpoint"), me),
               ox.Triple(me, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(me, sd("feature"), sd("UnionDefaultGraph")),
               *(ox.Triple(me, sd("resultFormat"), ox.NamedNode(FORMATS + f)) for f in RESULT_FORMATS),
               ox.Triple(me, sd("defaultDataset"), dataset), ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
               ox.Triple(dataset, RDF_TYPE, void("Dataset")), ox.Triple(dataset, sd("defaultGraph"), default),
               ox.Triple(default, RDF_TYPE, sd("Graph"))]
    totals = service.kept("void_totals")[0]
    triples += [ox.Triple(default, void("triples"), _integer(totals["triples"])),
                ox.Triple(dataset, void("triples"), _integer(totals["triples"])),
                ox.Triple(dataset, void("distinctSubjects"), _integer(totals["subjects"]))]
    for graph in sorted(service.graphs()):
        named = ox.BlankNode()
        triples += [ox.Triple(dataset, sd("namedGraph"), named), ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
                    ox.Triple(named, sd("name"), ox.NamedNode(graph))]
    for row in service.kept("void_classes"):
        partition = ox.BlankNode()
        triples += [ox.Triple(dataset, void("classPartition"), partition),
                    ox.Triple(partition, void("class"), ox.NamedNode(row["class"])),
                    ox.Triple(partition, void("entities"), _integer(row["entities"]))]
    return triples


def _integer(value: str | None) -> ox.Literal:
    return ox.Literal(str(int(value or 0)), datatype=XSD_INTEGER)
