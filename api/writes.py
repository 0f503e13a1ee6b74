"""Writes through the API: POST /api/documents and DELETE /api/documents/{id}, behind a bearer token.

The same path as ``stikg build`` (extract, build, validate, load one transaction,
publish a snapshot), stricter about what it admits because anyone may send a
file: every file of a request must pass, or nothing is loaded.
"""

from __future__ import annotations

import re
import secrets
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from rdflib import URIRef
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from stikg.graph import admission
from stikg.graph.backends import open_store
from stikg.graph.build import SourceDocument, source_from_bytes
from stikg.graph.extract.text import UnreadableInput
from stikg.graph.ingest import Loaded, load, prepare_graphs, remove
from stikg.graph.ingest_log import log_beside
from stikg.graph.queries import named_query
from stikg.graph.remote import RemoteStore
from stikg.graph.store import GraphStore
from stikg.graph.validate import Report

from .service import Service, service_of

router = APIRouter(prefix="/api", tags=["ingest"])
bearer = HTTPBearer(auto_error=False, description="The write token (STIKG_WRITE_TOKEN).")

DOCUMENT_ID = re.compile(r"^[a-z0-9-]+/(?:\d{4}|undated)/[a-z0-9-]+$")
UNSAFE_NAME = re.compile(r"[/\\\x00-\x1f]|^\.\.?$|\.\.")


class Refused(Exception):
    """A request the service will not carry out: the status, and a body that says why."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body


def writer(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Let through only a request bearing the configured token (compared in constant time)."""
    token = service_of(request).settings.write_token
    if not token:
        raise HTTPException(403, "writes are off: this service has no write token (set STIKG_WRITE_TOKEN)")
    given = credentials.credentials.encode() if credentials else b""
    if not secrets.compare_digest(given, token.encode()):
        raise HTTPException(401, "a valid bearer token is needed to write", headers={"WWW-Authenticate": "Bearer"})


def small_enough(request: Request) -> None:
    """Refuse a body over the limit from its Content-Length, before reading it."""
    limit = service_of(request).settings.max_upload_bytes
    length = request.headers.get("content-length")
    if length is None:
        raise HTTPException(411, "send a Content-Length: uploads are limited in size")
    if not length.isdigit() or int(length) > limit:
        raise HTTPException(413, f"the request has {length} bytes, more than the limit of {limit:,} "
                                 "(STIKG_MAX_UPLOAD_BYTES)")


UPLOAD_SCHEMA = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["files"],
    "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"},
                             "description": "Plain-text documents (UTF-8, UTF-16 or Windows-1258)."}}}}}}}


@router.post("/documents", summary="Load documents (extract, build, validate, load)", status_code=201,
             dependencies=[Depends(writer), Depends(small_enough)], openapi_extra=UPLOAD_SCHEMA,
             responses={401: {"description": "No or wrong bearer token"}, 403: {"description": "Writes are off"},
                        409: {"description": "Another document holds the same number"},
                        413: {"description": "Body over the size limit"},
                        422: {"description": "A file was refused; nothing was loaded"}})
async def post_documents(
    request: Request,
    strict: Annotated[bool, Query(description="Refuse documents with no number or whose text looks truncated "
                                              "(stikg build loads them)")] = True,
    replace: Annotated[bool, Query(description="Replace a different document that holds the same number")] = False,
) -> JSONResponse:
    """Every file of the request is loaded, or none is. Re-sending a file changes nothing."""
    form = await request.form(max_files=100, max_fields=10)  # a malformed body: 400 from Starlette
    uploads = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
    if not uploads:
        raise HTTPException(400, "no files: send the documents as multipart/form-data fields named 'files'")
    files = [(upload.filename or "", await upload.read()) for upload in uploads]
    try:
        body = await run_in_threadpool(ingest_files, service_of(request), files, strict, replace)
    except Refused as refusal:
        return JSONResponse(refusal.body, status_code=refusal.status)
    return JSONResponse(body, status_code=201)


@router.delete("/documents/{id:path}", summary="Remove one document's graph", dependencies=[Depends(writer)],
               responses={401: {"description": "No or wrong bearer token"}, 403: {"description": "Writes are off"},
                          404: {"description": "No such document graph"}})
def delete_document(request: Request, id: str) -> JSONResponse:  # noqa: A002 - the path's own name
    """``id`` is the document's path after ``doc/``, as in the ``id`` of a POST answer."""
    if not DOCUMENT_ID.match(id):
        raise HTTPException(404, f"no document {id!r}: an id looks like tay-ninh/2023/2502-kh-ubnd")
    service = service_of(request)
    graph_iri = URIRef(service.minter.base + "graph/" + id)
    with service.write_lock, _open(service) as store:
        if str(graph_iri) not in store.graphs():
            raise HTTPException(404, f"no document {id!r} in the store")
        remove(store, graph_iri, service.minter, log_beside(service.settings.store))
    service.forget_graphs()
    return JSONResponse({"removed": str(graph_iri)})


def _open(service: Service) -> GraphStore | RemoteStore:
    try:
        return open_store(service.settings)
    except OSError as problem:
        raise HTTPException(503, f"the store cannot be written now: {problem}") from None


def ingest_files(service: Service, files: list[tuple[str, bytes]], strict: bool, replace: bool) -> dict:
    sources = read_files(files, strict)
    with service.write_lock, _open(service) as store:
        prepared = prepare_graphs(store, sources, service.minter)
        if not all(item.loaded for item in prepared):
            raise Refused(422, {"loaded": False, "reason": "SHACL violations; nothing was loaded",
                                "documents": [_summary(item, service) for item in prepared]})
        if not replace:
            _refuse_conflicts(store, prepared)
        try:
            load(store, prepared, service.minter, log_beside(service.settings.store))
        except OSError as problem:  # a full disk, a server gone
            raise Refused(503, {"loaded": False, "reason": f"the store cannot be written: {problem}"}) from None
    service.forget_graphs()
    return {"loaded": True, "documents": [_summary(item, service) for item in prepared]}


def read_files(files: list[tuple[str, bytes]], strict: bool) -> list[SourceDocument]:
    """Each file read and extracted; Refused (422) naming every file that cannot be, and why."""
    sources, refusals = [], []
    for name, data in files:
        if not name or UNSAFE_NAME.search(name):
            refusals.append({"file": name, "problem": "a file name must be a plain name, without '/', '\\' "
                                                      "or '..'"})
            continue
        try:
            source = source_from_bytes(name, data)
        except UnreadableInput as problem:
            refusals.append({"file": name, "problem": str(problem)})
            continue
        problems = admission.problems(source) if strict else []
        refusals.extend({"file": name, "problem": problem} for problem in problems)
        sources.append(source)
    if refusals:
        raise Refused(422, {"loaded": False, "reason": "a file was refused; nothing was loaded",
                            "refused": refusals})
    return sources


def _refuse_conflicts(store: GraphStore, prepared: list[Loaded]) -> None:
    """Refused (409) if a file claims a document the store (or another file) holds from different text."""
    held = {row["graph"]: row for row in store.select(
        named_query("graph_sources").text, graph=[ox.NamedNode(str(item.graph_iri)) for item in prepared])}
    claimed: dict[str, Loaded] = {}
    conflicts = []
    for item in prepared:
        graph = str(item.graph_iri)
        other = held.get(graph)
        if other and other["sha256"] != item.source.sha256:
            conflicts.append({"file": item.source.name, "graph": graph, "held_from": other["fileName"]})
        if graph in claimed and claimed[graph].source.sha256 != item.source.sha256:
            conflicts.append({"file": item.source.name, "graph": graph, "held_from": claimed[graph].source.name})
        claimed[graph] = item
    if conflicts:
        raise Refused(409, {"loaded": False, "reason": "another document already holds this number and "
                                                       "jurisdiction; send with replace=true to replace it",
                            "conflicts": conflicts})


def _summary(item: Loaded, service: Service) -> dict:
    record = item.source.record
    graph = str(item.graph_iri)
    return {
        "file": item.source.name, "sha256": item.source.sha256,
        "id": graph[len(service.minter.base + "graph/"):], "graph": graph,
        "number": record.document.number, "type": record.document.doc_type, "title": record.document.title,
        "extraction": {"legal_refs": len(record.legal_refs), "targets": len(record.targets),
                       "tasks": len(record.tasks)},
        "triples": item.triples, "report": _report(item.report),
    }


def _report(report: Report) -> dict:
    def finding(f) -> dict:
        return {"focus": f.focus, "path": f.path, "message": f.message_en, "message_vi": f.message_vi}

    return {"conforms": report.conforms, "violations": [finding(f) for f in report.violations],
            "warnings": [finding(f) for f in report.warnings]}
