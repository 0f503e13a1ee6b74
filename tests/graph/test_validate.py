"""Deliberately broken graphs: each must give the specific violation."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from stikg.graph.build import DocumentIndex, build_graph
from stikg.graph.validate import validate
from stikg.graph.vocab import STI


@pytest.fixture
def plan_graph(sample_sources, minter):
    source = sample_sources[1]  # Tây Ninh: appendix table with lead and partner columns
    _, g = build_graph(source, DocumentIndex.of([source.record]), minter)
    return g


def first(g, cls):
    return sorted(g.subjects(RDF.type, cls))[0]


def messages(report):
    return {(f.path, f.message_en) for f in report.violations}


def test_the_built_graph_conforms(plan_graph):
    report = validate(plan_graph)
    assert report.conforms, [str(f) for f in report.violations]


def test_task_in_two_plans(plan_graph):
    task = first(plan_graph, STI.Task)
    other = URIRef("https://example.org/stikg/doc/tay-ninh/2023/9-kh-ubnd")
    plan_graph.add((other, RDF.type, STI.Plan))
    plan_graph.add((task, STI.partOfPlan, other))
    assert ("sti:partOfPlan", "a task belongs to exactly one plan") in messages(validate(plan_graph))


def test_task_without_lead_or_reason(plan_graph):
    task = first(plan_graph, STI.Task)
    plan_graph.remove((task, STI.leadAgency, None))
    plan_graph.remove((task, STI.leadReason, None))
    report = validate(plan_graph)
    assert (None, "a task has at least one lead agency or says why not") in messages(report)
    assert any(f.focus == str(task) and f.path == "sti:leadAgency" for f in report.warnings)


@pytest.mark.parametrize("cls, either, other, message, severity", [
    (STI.Task, STI.leadAgency, STI.leadReason, "a task has at least one lead agency or says why not", "Violation"),
    (STI.Target, STI.hasPeriod, STI.periodLabel, "the text gives no year or period for the target", "Warning"),
    (STI.Period, STI.startYear, STI.endYear, "a period has a start or an end year", "Violation"),
])
def test_one_or_the_other_is_enough_and_neither_is_found(plan_graph, cls, either, other, message, severity):
    """The shapes written as one path of two properties with sh:minCount 1 (sh:or of two, before)."""
    node = first(plan_graph, cls)
    plan_graph.remove((node, either, None))
    plan_graph.remove((node, other, None))
    values = {either: URIRef("https://example.org/a") if either != STI.startYear else Literal(2021),
              other: Literal("lý do") if other != STI.endYear else Literal(2025)}

    def found() -> bool:
        return any(f.focus == str(node) and f.message_en == message and f.severity == severity
                   for f in validate(plan_graph).findings)

    assert found()
    for prop in (either, other):
        plan_graph.add((node, prop, values[prop]))
        assert not found()
        plan_graph.remove((node, prop, None))


def test_target_without_numeric_value_or_unit(plan_graph):
    target = first(plan_graph, STI.Target)
    plan_graph.set((target, STI.value, Literal("forty")))
    plan_graph.remove((target, STI.unit, None))
    found = messages(validate(plan_graph))
    assert ("sti:value", "a target has exactly one decimal value, not above its maximum") in found
    assert ("sti:unit", "a target has exactly one unit") in found


def test_range_upside_down(plan_graph):
    target = first(plan_graph, STI.Target)
    plan_graph.set((target, STI.valueMax, Literal("1", datatype=XSD.decimal)))
    plan_graph.set((target, STI.value, Literal("5", datatype=XSD.decimal)))
    assert ("sti:value", "a target has exactly one decimal value, not above its maximum") in messages(
        validate(plan_graph))


def test_period_ending_before_it_starts(plan_graph):
    period = first(plan_graph, STI.Period)
    plan_graph.set((period, STI.startYear, Literal(2030)))
    plan_graph.set((period, STI.endYear, Literal(2021)))
    assert ("sti:startYear", "the start year is a year between 1945 and 2100, not after the end year") in messages(
        validate(plan_graph))


def test_implements_something_that_is_not_a_legal_basis(plan_graph):
    plan = first(plan_graph, STI.Plan)
    plan_graph.add((plan, STI.implements, URIRef("https://example.org/somewhere")))
    assert any("must be a sti:LegalBasis" in m for _, m in messages(validate(plan_graph)))


def test_document_iri_outside_the_policy(plan_graph):
    rogue = URIRef("https://example.org/stikg/plans/2502")
    plan_graph.add((rogue, RDF.type, STI.Document))
    plan_graph.add((rogue, STI.jurisdiction, first(plan_graph, STI.Jurisdiction)))
    report = validate(plan_graph)
    assert any(f.focus == str(rogue) and "does not follow" in f.message_en for f in report.violations)


def test_messages_in_both_languages(plan_graph):
    plan_graph.remove((first(plan_graph, STI.Task), STI.partOfPlan, None))
    (finding,) = [f for f in validate(plan_graph).violations if f.path == "sti:partOfPlan"]
    assert finding.message_vi == "Nhiệm vụ phải thuộc đúng một kế hoạch"
    assert finding.message_en == "a task belongs to exactly one plan"


def test_shapes_see_the_class_hierarchy_and_the_graph_is_left_as_it_was(plan_graph):
    """A resource typed by a subclass only is held to its superclass's shape (a plan typed sti:Plan alone is a
    sti:Document); the hierarchy added for the validation is taken out, and one the graph held stays."""
    from rdflib import Graph
    from rdflib.compare import isomorphic
    from rdflib.namespace import RDFS

    rogue = URIRef("https://example.org/stikg/plans/2502")
    plan_graph.add((rogue, RDF.type, STI.Plan))
    plan_graph.add((rogue, STI.jurisdiction, first(plan_graph, STI.Jurisdiction)))
    before = Graph()
    before += plan_graph
    report = validate(plan_graph)
    assert any(f.focus == str(rogue) and "does not follow" in f.message_en for f in report.violations)
    assert isomorphic(before, plan_graph) and (None, RDFS.subClassOf, None) not in plan_graph
    plan_graph.add((STI.Plan, RDFS.subClassOf, STI.Document))  # one the graph holds itself stays
    validate(plan_graph)
    assert (STI.Plan, RDFS.subClassOf, STI.Document) in plan_graph


def test_the_shapes_are_shacl_core():
    """validate() runs pySHACL without its advanced features, which would ignore rules, custom targets and node
    expressions: a shape that uses one must fail here, not pass unchecked."""
    from stikg.graph.validate import shapes

    advanced = {URIRef("http://www.w3.org/ns/shacl#" + name) for name in ("rule", "target", "expression", "values",
                                                                          "condition")}
    assert not {p for _, p, _ in shapes()} & advanced


def test_shapes_run_with_their_targets_find_what_the_shapes_as_written_find(plan_graph, monkeypatch):
    """Validation runs each property shape with its node shape's targets (it is twice as fast in pySHACL): on a
    graph broken in many ways at once, the findings are the same as with the shapes as shapes/ writes them."""
    from rdflib.namespace import SH

    from stikg.graph import validate as validation

    for predicate in sorted(set(plan_graph.predicates())):  # each property missing once, and once of a wrong kind
        triples = sorted(plan_graph.triples((None, predicate, None)))
        plan_graph.remove(triples[0])
        if len(triples) > 2:
            subject, _, value = triples[-1]
            plan_graph.set((subject, predicate, Literal("a b") if isinstance(value, URIRef) else URIRef("x:y")))
    assert (None, SH.property, None) not in validation.shapes()  # they do run differently
    runnable = validate(plan_graph)
    monkeypatch.setattr(validation, "shapes", validation.written_shapes)
    written = validate(plan_graph)
    assert len(runnable.violations) > 20 and runnable.warnings
    assert runnable == written


def test_what_the_graph_links_to_is_seen_and_taken_out_again(plan_graph, minter, monkeypatch):
    """validate(graph, linked=vocabulary): a shape may look at the concepts a plan links to (its document type),
    which the vocabulary describes and the plan's graph does not; the plan's graph is left as it was."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from stikg.graph import validate as validation
    from stikg.graph.build import vocabulary_graph

    shapes = Graph(store="SimpleMemory")
    shapes += validation.shapes()
    shapes.parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:test:typed> a sh:NodeShape ; sh:targetObjectsOf <https://w3id.org/stikg/ontology#documentType> ;
            sh:class skos:Concept ; sh:message "a document type is a concept"@en .""")
    monkeypatch.setattr(validation, "shapes", lambda: shapes)
    vocabulary, before = vocabulary_graph(minter), Graph()
    before += plan_graph
    assert any(f.message_en == "a document type is a concept" for f in validate(plan_graph).violations)
    assert validate(plan_graph, linked=vocabulary).conforms
    assert isomorphic(before, plan_graph)
