"""The SPARQL 1.1 Protocol endpoint (queries only) and its service description."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD
from starlette.concurrency import run_in_threadpool

from .guard import Refused, check_graph, check_query, query_form
from .media import GRAPHS, HTML, RESULTS, negotiate
from .service import Service
from .workers import Job, QueryFailed

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

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
    if not queries:
        return _service_description(request, service, params)
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
        graph = service_description(endpoint, service)
    except QueryFailed as failure:
        return _error(failure.status, str(failure))
    return Response(graph.serialize(format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}[media.key]),
                    media_type=media.mime)


def service_description(endpoint: str, service: Service) -> Graph:
    """SPARQL 1.1 Service Description of this endpoint, with VoID statistics of its dataset."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    me = URIRef(endpoint)
    g.add((me, RDF.type, SD.Service))
    g.add((me, SD.endpoint, me))
    g.add((me, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((me, SD.feature, SD.UnionDefaultGraph))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((me, SD.resultFormat, FORMATS[fmt]))
    dataset = BNode()
    g.add((me, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, RDF.type, VOID.Dataset))
    default = BNode()
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    totals = service.kept("void_totals")[0]
    g.add((default, VOID.triples, Literal(int(totals["triples"]), datatype=XSD.integer)))
    g.add((dataset, VOID.triples, Literal(int(totals["triples"]), datatype=XSD.integer)))
    g.add((dataset, VOID.distinctSubjects, Literal(int(totals["subjects"]), datatype=XSD.integer)))
    for row in service.kept("void_graphs"):
        if row["graph"] not in service.graphs():  # a server's own graphs, beside this dataset's
            continue
        named, inner = BNode(), BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, SD.name, URIRef(row["graph"])))
        g.add((named, SD.graph, inner))
        g.add((inner, RDF.type, SD.Graph))
        g.add((inner, VOID.triples, Literal(int(row["triples"]), datatype=XSD.integer)))
    for row in service.kept("void_classes"):
        partition = BNode()
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], URIRef(row["class"])))
        g.add((partition, VOID.entities, Literal(int(row["entities"]), datatype=XSD.integer)))
    return g
