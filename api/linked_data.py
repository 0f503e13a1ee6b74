"""Linked data for other portals: dereferenceable IRIs, bulk dumps, VoID and a DCAT-AP catalog record."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID, XSD

from stikg.graph.queries import named_query, page_text
from stikg.graph.store import current_snapshot

from .media import GRAPHS, HTML, RDF_FORMATS, negotiate
from .pages import resource_page
from .service import Service, service_of
from .workers import Job, QueryFailed

router = APIRouter()
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
LINKS_PAGE = 1000  # statements pointing to a resource per page of its description
DUMPS = {  # file name -> (job format, media type)
    "stikg.nt.gz": ("nt", "application/n-triples"),
    "stikg.ttl.gz": ("ttl", "text/turtle"),
    "stikg.jsonld.gz": ("jsonld", "application/ld+json"),
    "stikg.nq.gz": ("nq", "application/n-quads"),
}


@router.get("/id/{path:path}", tags=["linked data"], summary="Dereference a resource IRI",
            description="Every resource IRI under the base (`{base}{path}`) answers here, by content negotiation: "
                        "Turtle, JSON-LD, N-Triples, RDF/XML, or HTML for browsers. The description is what the "
                        "graph says of the resource and the statements that point to it, those a thousand a page: "
                        "a `Link` header with `rel=\"next\"` gives the next page (`page`), which holds links only.")
def resource(path: str, request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    service = service_of(request)
    iri = service.settings.base_iri + path
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise HTTPException(404, f"no resource: {path!r} is not the path of an IRI") from None
    media = negotiate(request.headers.get("accept"), (*GRAPHS, HTML), request.query_params.get("format"))
    if media is None:
        raise HTTPException(406, "acceptable formats: " + ", ".join(m.mime for m in (*GRAPHS, HTML)))
    if media is HTML:
        return resource_page(request, iri, request.query_params.get("lang", "vi"))
    own = _triples(service, named_query("describe_resource").text, iri) if page == 1 else []
    links = _triples(service, page_text(named_query("describe_links_in"), LINKS_PAGE + 1, (page - 1) * LINKS_PAGE),
                     iri)  # one more than the page: is there a next one?
    if not own and not links:
        raise HTTPException(404, f"no resource <{iri}> in the graph" if page == 1 else f"<{iri}> has no page {page}")
    headers = {"Vary": "Accept"}
    if len(links) > LINKS_PAGE:
        headers["Link"] = f'<{request.url.path}?{urlencode({**request.query_params, "page": page + 1})}>; rel="next"'
    return Response(ox.serialize(own + links[:LINKS_PAGE], format=RDF_FORMATS[media.key]), media_type=media.mime,
                    headers=headers)


def _triples(service: Service, sparql: str, iri: str) -> list[ox.Triple]:
    """A CONSTRUCT about one resource, run by a worker (within the time and size limits)."""
    job = Job("sparql", sparql, {"node": ("iri", iri)}, graph_format="nt", row_cap=service.settings.row_cap)
    try:
        _, body = service.run(job)
    except QueryFailed as failure:
        raise HTTPException(failure.status, str(failure)) from None
    return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


@router.get("/dumps/{name}", tags=["linked data"], summary="Bulk dump of the whole graph (gzip)",
            description="Stable addresses: " + ", ".join(f"`/dumps/{n}`" for n in DUMPS)
                        + ". Written to disk by a query worker, streamed, and kept until the data changes.")
def dump(name: str, request: Request) -> FileResponse:
    if name not in DUMPS:
        raise HTTPException(404, f"no dump {name}; available: {', '.join(DUMPS)}")
    service = service_of(request)
    fmt, _ = DUMPS[name]
    target = _dump_file(service, name)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            service.pool.run(Job("dump", graph_format=fmt, target=str(target)), timeout=600)
        except QueryFailed as failure:
            raise HTTPException(failure.status, str(failure)) from None
    return FileResponse(target, media_type="application/gzip", filename=name)


def _dump_file(service: Service, name: str) -> Path:
    """A dump belongs to one state of the store: its folder is named after the published snapshot."""
    snapshot = current_snapshot(service.settings.store)
    return service.settings.dumps / (snapshot.name if snapshot else "none") / name


def _dataset_graph(request: Request) -> Graph:
    service = service_of(request)
    root = str(request.base_url)
    dataset = URIRef(root + ".well-known/void#stikg")
    g = Graph()
    for prefix, ns in {"void": VOID, "dcat": DCAT, "dcterms": DCTERMS, "foaf": FOAF, "sd": SD}.items():
        g.bind(prefix, ns)
    totals = service.kept("void_totals")[0]
    snapshot = current_snapshot(service.settings.store)  # named by the time it was published, in ns
    modified = datetime.fromtimestamp(int(snapshot.name) / 1e9 if snapshot else 0, UTC).replace(microsecond=0)
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("stikg: kế hoạch KH,CN&ĐMST của Việt Nam", lang="vi")))
    g.add((dataset, DCTERMS.title, Literal("stikg: Vietnam's science, technology and innovation plans", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(
        "Provincial STI plans, the national decisions they implement, their targets and tasks, and the agencies "
        "responsible, with provenance back to the source text.", lang="en")))
    g.add((dataset, DCTERMS.license, URIRef(LICENCE)))
    publisher = URIRef(root + ".well-known/void#publisher")
    g.add((dataset, DCTERMS.publisher, publisher))
    g.add((publisher, RDF.type, FOAF.Organization))
    g.add((publisher, FOAF.name, Literal("stikg project")))
    g.add((dataset, DCTERMS.modified, Literal(modified.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    g.add((dataset, VOID.sparqlEndpoint, URIRef(root + "sparql")))
    g.add((dataset, VOID.uriSpace, Literal(service.settings.base_iri)))
    g.add((dataset, VOID.vocabulary, URIRef("https://w3id.org/stikg/ontology#")))
    g.add((dataset, VOID.triples, Literal(int(totals["triples"]), datatype=XSD.integer)))
    g.add((dataset, VOID.exampleResource, URIRef(service.settings.base_iri + "doc/vn/2022/569-qd-ttg")))
    endpoint = URIRef(root + "sparql")
    g.add((endpoint, RDF.type, DCAT.DataService))
    g.add((endpoint, DCAT.endpointURL, endpoint))
    g.add((endpoint, DCAT.servesDataset, dataset))
    for name, (_, media) in DUMPS.items():
        url = URIRef(root + "dumps/" + name)
        distribution = URIRef(root + ".well-known/void#dump-" + name.split(".")[1])
        g.add((dataset, VOID.dataDump, url))
        g.add((dataset, DCAT.distribution, distribution))
        g.add((distribution, RDF.type, DCAT.Distribution))
        g.add((distribution, DCAT.downloadURL, url))
        g.add((distribution, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + media)))
        g.add((distribution, DCAT.compressFormat, URIRef("https://www.iana.org/assignments/media-types/application/gzip")))
        g.add((distribution, DCTERMS.license, URIRef(LICENCE)))
    return g


def _graph_response(request: Request, graph: Graph) -> Response:
    media = negotiate(request.headers.get("accept"), GRAPHS, request.query_params.get("format"))
    if media is None:
        raise HTTPException(406, "acceptable formats: " + ", ".join(m.mime for m in GRAPHS))
    rdflib_format = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}[media.key]
    return Response(graph.serialize(format=rdflib_format), media_type=media.mime)


@router.get("/.well-known/void", tags=["linked data"], summary="VoID description of the dataset")
def void(request: Request) -> Response:
    try:
        return _graph_response(request, _dataset_graph(request))
    except QueryFailed as failure:
        raise HTTPException(failure.status, str(failure)) from None


@router.get("/catalog", tags=["linked data"], summary="DCAT-AP catalog record, for data portals to harvest")
def catalog(request: Request) -> Response:
    try:
        g = _dataset_graph(request)
    except QueryFailed as failure:
        raise HTTPException(failure.status, str(failure)) from None
    root = str(request.base_url)
    record = URIRef(root + "catalog")
    g.add((record, RDF.type, DCAT.Catalog))
    g.add((record, DCTERMS.title, Literal("stikg catalog", lang="en")))
    g.add((record, DCTERMS.publisher, URIRef(root + ".well-known/void#publisher")))
    g.add((record, DCAT.dataset, URIRef(root + ".well-known/void#stikg")))
    g.add((record, DCAT.service, URIRef(root + "sparql")))
    return _graph_response(request, g)
