"""Lineage tallies: how many plans and tasks of each jurisdiction carry out each document.

Derived from the lineage closure and kept beside it (sti:LineageTally in the closure graph), so that downward
lineage by province is a few dozen lookups however many tasks carry a decision out. A first load or a remote
store counts them all at once (lineage_tallies.rq); a change to one document counts again only the
(document, jurisdiction) pairs it made stale, here.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .lineage import RowSource

STI = "https://w3id.org/stikg/ontology#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

Tally = tuple[str, str, int, int]  # document, jurisdiction, plans, tasks


def tally_iri(document: str, jurisdiction: str) -> str:
    """The sti:LineageTally of a document in a jurisdiction: the document's IRI, /carried-out-in/, the province."""
    return f"{document}/carried-out-in/{jurisdiction.split('/jurisdiction/', 1)[1]}"


def tally_triples(tallies: Iterable[Tally]) -> list[ox.Triple]:
    triples = []
    for document, jurisdiction, plans, tasks in tallies:
        tally = ox.NamedNode(tally_iri(document, jurisdiction))
        triples += [ox.Triple(tally, _RDF_TYPE, ox.NamedNode(STI + "LineageTally")),
                    ox.Triple(tally, ox.NamedNode(STI + "tallyOf"), ox.NamedNode(document)),
                    ox.Triple(tally, ox.NamedNode(STI + "jurisdiction"), ox.NamedNode(jurisdiction)),
                    ox.Triple(tally, ox.NamedNode(STI + "planCount"), ox.Literal(str(plans), datatype=_XSD_INTEGER)),
                    ox.Triple(tally, ox.NamedNode(STI + "taskCount"), ox.Literal(str(tasks), datatype=_XSD_INTEGER))]
    return triples


def count_tallies(store: RowSource, pairs: Iterable[tuple[str, str]]) -> list[Tally]:
    """The tallies of some (document, jurisdiction) pairs, as lineage_tallies.rq counts them; pairs nothing
    carries out are left out.

    A task carries out what its plan does, and what its own links reach. So a tally is the plans that carry the
    document out themselves, with all their tasks, plus the tasks that reach it by links of their own. Asked per
    jurisdiction and node, never per pair and task (measured at 5M triples for the 33 pairs of one plan's
    ingest: 1 s when the count asked every task's closure for every pair, 35 ms like this).
    """
    wanted = set(pairs)
    if not wanted:
        return []
    jurisdictions = [ox.NamedNode(j) for j in sorted({j for _, j in wanted})]
    tasks_of = {row["plan"]: int(row["tasks"]) for row in store.named_rows("tally_plans", jurisdiction=jurisdictions)}
    carrying: dict[tuple[str, str], set[str]] = {}
    for row in store.named_rows("tally_plan_closure", jurisdiction=jurisdictions):
        if row["plan"] != row["document"]:
            carrying.setdefault((row["document"], row["jurisdiction"]), set()).add(row["plan"])
    linked = {row["task"]: (row["plan"], row["jurisdiction"])
              for row in store.named_rows("tally_linked_tasks", jurisdiction=jurisdictions)}
    reaching: dict[tuple[str, str], set[tuple[str, str]]] = {}  # tasks that carry out more than their plan
    if linked:
        for row in store.named_rows("carried_out_by", node=[ox.NamedNode(t) for t in linked]):
            plan, jurisdiction = linked[row["node"]]
            if plan != row["document"] and plan not in carrying.get((row["document"], jurisdiction), ()):
                reaching.setdefault((row["document"], jurisdiction), set()).add((plan, row["node"]))
    tallies = []
    for pair in sorted(wanted):
        plans, extra = carrying.get(pair, set()), reaching.get(pair, set())
        if plans or extra:
            tallies.append((*pair, len(plans | {plan for plan, _ in extra}),
                            sum(tasks_of.get(plan, 0) for plan in plans) + len(extra)))
    return tallies
