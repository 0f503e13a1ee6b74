"""SHACL validation of a document's graph against the shapes and the ontology."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@cache
def ontology() -> Graph:
    return Graph().parse(resources.files("stikg.ontology") / "stikg.ttl", format="turtle")


@cache
def written_shapes() -> Graph:
    """The shapes as shapes/stikg.shacl.ttl writes them: property shapes grouped under their node shape."""
    return Graph().parse(resources.files("stikg.shapes") / "stikg.shacl.ttl", format="turtle")


@cache
def shapes() -> Graph:
    """The shapes as validation runs them: each property shape of a node shape with targets given those targets
    itself, and no longer under the node shape.

    The same checks (a property shape of a node shape checks each of its focus nodes), but pySHACL checks a
    property shape under a node shape one focus node at a time, setting up its constraints again for each, and a
    targeted one once for all: a generated plan of 1,600 triples validates in 27 ms instead of 59. A node shape
    another shape refers to (sh:node, sh:not, sh:or...) keeps its property shapes: they are checked there too.

    In rdflib's store without named graphs: pySHACL looks the shapes up thousands of times a validation, and each
    look-up in the default store checks which graphs hold the triple (a plan validates in 21 ms instead of 24)."""
    written = written_shapes()
    runnable = Graph(store="SimpleMemory")
    runnable += written
    for prefix, namespace in written.namespaces():  # the findings name paths with the shapes' prefixes
        runnable.bind(prefix, namespace)
    referred = set(written.objects())
    for node in set(written.subjects(RDF.type, SH.NodeShape)) - referred:
        targets = [(p, o) for p in TARGETS for o in written.objects(node, p)]
        if not targets or (node, SH.deactivated, None) in written:
            continue
        for prop in written.objects(node, SH.property):
            runnable.remove((node, SH.property, prop))
            runnable.add((prop, RDF.type, SH.PropertyShape))
            for p, o in targets:
                runnable.add((prop, p, o))
    return runnable


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" or "Warning"
    focus: str
    path: str | None
    message_vi: str
    message_en: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message_en} / {self.message_vi}"


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    @property
    def conforms(self) -> bool:
        """No violations; warnings say the text is incomplete, not that the graph is wrong."""
        return not self.violations


def _message(results: Graph, result, lang: str) -> str:
    for message in results.objects(result, SH.resultMessage):
        if isinstance(message, Literal) and message.language == lang:
            return str(message)
    return str(next(results.objects(result, SH.resultMessage), ""))


@cache
def class_hierarchy() -> tuple[tuple, ...]:
    """The ontology's rdfs:subClassOf statements: all a validation without inference needs of it (a sti:Plan is a
    sti:Document to the shapes that target documents)."""
    return tuple(ontology().triples((None, RDFS.subClassOf, None)))


def validate(data: Graph, linked: Graph | None = None) -> Report:
    """Validate ``data`` (one document's graph) against the stikg shapes, with what ``linked`` (the concept
    schemes) says of the nodes ``data`` links to.

    Those triples and the class hierarchy are added to ``data`` for the validation and taken out after, rather than
    the graphs mixed into a copy of it (pySHACL's ``ont_graph``, or ``data + linked``: 37 ms a generated plan,
    against 22, copying). The shapes are SHACL Core, and pySHACL's advanced features (rules, custom targets, node
    expressions), off, saved a third (at 1,600 triples a document: 58 -> 39 ms)."""
    context = list(class_hierarchy())
    if linked is not None:
        named = {node for node in set(linked.subjects()) if (None, None, node) in data}
        context += [triple for node in named for triple in linked.triples((node, None, None))]
    added = [triple for triple in context if triple not in data]
    for triple in added:
        data.add(triple)
    try:
        _, results, _ = shacl_validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True,
                                       advanced=False)
    finally:
        for triple in added:
            data.remove(triple)
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        path = results.value(result, SH.resultPath)
        findings.append(Finding(
            severity, str(results.value(result, SH.focusNode)),
            results.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else None,
            _message(results, result, "vi"), _message(results, result, "en"),
        ))
    findings.sort(key=lambda f: (f.severity, f.focus, f.path or "", f.message_en))  # one order, whatever pySHACL's
    return Report(tuple(findings))
