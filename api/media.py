"""Media types as data, and content negotiation with q-values."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class MediaType:
    key: str  # the value of a ?format= parameter
    mime: str
    aliases: tuple[str, ...] = ()  # other media types that mean the same
    names: tuple[str, ...] = ()  # other ?format= values clients send (SPARQLWrapper: turtle, rdf+xml ...)


# SELECT and ASK results
RESULTS = (
    MediaType("json", "application/sparql-results+json", ("application/json",)),
    MediaType("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    MediaType("csv", "text/csv"),
    MediaType("tsv", "text/tab-separated-values"),
)
# CONSTRUCT and DESCRIBE results, resource descriptions and dumps
GRAPHS = (
    MediaType("ttl", "text/turtle", ("application/x-turtle",), ("turtle", "n3")),
    MediaType("nt", "application/n-triples", ("text/plain",), ("ntriples", "n-triples", "nt11")),
    MediaType("jsonld", "application/ld+json", ("application/json",), ("json-ld", "json")),
    MediaType("xml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdf", "rdf+xml", "rdfxml")),
)
HTML = MediaType("html", "text/html", ("application/xhtml+xml",))

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "nq": ox.RdfFormat.N_QUADS,
}


def _parse_accept(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    return ranges


def negotiate(accept: str | None, offers: tuple[MediaType, ...], format_param: str | None = None) -> MediaType | None:
    """The offer the client prefers: ``?format=`` first, then the Accept header's q-values, else the first offer.

    A ``format`` value that names none of the offers is ignored. None when the client accepts
    none of the offers (the caller answers 406).
    """
    if format_param:
        for offer in offers:
            if format_param.lower() in (offer.key, offer.mime, *offer.names):
                return offer
    if not accept:
        return offers[0]
    best: tuple[float, int, MediaType] | None = None
    for rank, (pattern, q) in enumerate(_parse_accept(accept)):
        if q <= 0:
            continue
        for order, offer in enumerate(offers):
            names = (offer.mime, *offer.aliases)
            specific = pattern in names
            wildcard = pattern == "*/*" or (pattern.endswith("/*") and offer.mime.startswith(pattern[:-1]))
            if specific or wildcard:
                score = (q + (0.001 if specific else 0), -rank * 100 - order, offer)
                if best is None or score[:2] > best[:2]:
                    best = score
                if specific:
                    break
    return best[2] if best else None
