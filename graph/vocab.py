"""Namespaces of the vocabularies the graph uses."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

STI = Namespace("https://w3id.org/stikg/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {
    "sti": STI, "eli": ELI, "org": ORG, "oa": OA, "time": TIME, "prov": PROV, "skos": SKOS,
    "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
}

# The record's relation names and the ontology's properties.
RELATIONS = {
    "implements": STI.implements,
    "based_on": STI.basedOn,
    "references": STI.references,
    "replaces": STI.replaces,
    "amends": STI.amends,
}
