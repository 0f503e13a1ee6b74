"""The ontology: it parses, its OWL 2 RL closure is consistent, every term is labelled in both languages."""

import owlrl
from owlrl.Namespaces import ERRNS
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from stikg.graph.validate import ontology
from stikg.graph.vocab import STI


def sti_terms(g):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for kind in kinds for s in g.subjects(RDF.type, kind) if str(s).startswith(str(STI))}


def test_every_term_has_labels_in_vietnamese_and_english_and_a_comment():
    g = ontology()
    terms = sti_terms(g)
    assert len(terms) > 30
    for term in terms:
        langs = {label.language for label in g.objects(term, RDFS.label) if isinstance(label, Literal)}
        assert {"vi", "en"} <= langs, term
        assert g.value(term, RDFS.comment) is not None, term


def test_public_contract_terms_exist():
    terms = sti_terms(ontology())
    for name in ("Plan", "Task", "Target", "Agency", "LegalBasis", "implements", "basedOn", "references", "replaces",
                 "amends", "hasTask", "hasTarget", "leadAgency", "partnerAgency", "documentNumber", "issuedOn",
                 "jurisdiction", "value", "valueMax", "unit", "indicator"):
        assert STI[name] in terms, name


def test_owl_rl_closure_finds_no_inconsistency(built_store):
    g = Graph()
    g += ontology()
    g += built_store.graph(built_store.graphs()[0])
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = [str(m) for m in g.objects(None, ERRNS.error)]
    assert errors == []
    assert (None, RDF.type, STI.LegalBasis) in g  # the closure did run


def test_the_closure_check_can_fail():
    g = Graph()
    g += ontology()
    a, b = STI["a"], STI["b"]
    g.add((a, OWL.sameAs, b))
    g.add((a, OWL.differentFrom, b))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert list(g.objects(None, ERRNS.error))
