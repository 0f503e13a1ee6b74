"""Atom feeds (RFC 4287) for following the graph: newly loaded documents, and the new documents that cite or
carry out a given one (follow 569/QĐ-TTg). Entries come from the ingest log, newest first."""

from __future__ import annotations

from typing import Annotated
from xml.etree import ElementTree as ET

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from stikg.graph.ingest_log import LogEntry, log_beside

from .service import Service, service_of
from .workers import QueryFailed

router = APIRouter(prefix="/feeds", tags=["feeds"])
ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


@router.get("/documents.atom", summary="Newly loaded documents (Atom)")
def documents_feed(request: Request) -> Response:
    entries = _loaded(service_of(request))
    return _atom(str(request.url), "stikg: documents loaded", entries)


@router.get("/citing.atom", summary="New documents that cite or carry out a document (Atom)")
def citing_feed(request: Request, iri: Annotated[str, Query(examples=[
        "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"])]) -> Response:
    service = service_of(request)
    try:
        node = ox.NamedNode(iri)
        rows = service.named_rows("citing_documents", document=node)
    except ValueError:
        raise HTTPException(422, f"not an IRI: {iri!r}") from None
    except QueryFailed as failure:
        raise HTTPException(failure.status, str(failure)) from None
    entries = _loaded(service, {row["citing"] for row in rows})
    return _atom(str(request.url), f"stikg: documents citing or carrying out <{iri}>", entries)


def _loaded(service: Service, documents: set[str] | None = None) -> list[LogEntry]:
    """The latest load of each document still in the store (of ``documents`` if given), newest first: the LIMIT
    newest of those, not those among the LIMIT newest of all."""
    latest: dict[str, LogEntry] = {}
    for entry in log_beside(service.settings.store).entries():
        latest[entry.graph] = entry
    loaded = (e for e in latest.values() if e.action == "loaded" and (documents is None or e.document in documents))
    return sorted(loaded, key=lambda e: e.time, reverse=True)[:LIMIT]


def _atom(url: str, title: str, entries: list[LogEntry]) -> Response:
    feed = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(feed, "id").text = url
    ET.SubElement(feed, "title").text = title
    ET.SubElement(feed, "updated").text = entries[0].time if entries else "1970-01-01T00:00:00+00:00"
    ET.SubElement(feed, "link", rel="self", href=url)
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = "stikg"
    for entry in entries:
        item = ET.SubElement(feed, "entry")
        ET.SubElement(item, "id").text = f"{entry.document}#loaded-{entry.time}"
        ET.SubElement(item, "title").text = " ".join(t for t in (entry.number, entry.title) if t) or entry.document
        ET.SubElement(item, "updated").text = entry.time
        ET.SubElement(item, "link", href=entry.document)
        ET.SubElement(item, "summary").text = f"Loaded into the graph {entry.graph} (file SHA-256 {entry.sha256})."
    body = ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")).encode("utf-8")
    return Response(body, media_type="application/atom+xml")
