"""Tracing lineage: up from a task or plan to the national documents at its roots, down from a document."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import pyoxigraph as ox

from .extract.lexicon import find_province
from .iris import Minter, slug


class RowSource(Protocol):
    """Anything that runs a named query: the store (CLI) or the service's query workers (API)."""

    def named_rows(self, name: str, limit: int | None = None, offset: int = 0,
                   **substitutions) -> list[dict[str, str | None]]: ...


MAX_DEPTH = 12
T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True)
class Edge:
    source: str
    relation: str  # the property IRI; sti:issues is walked backwards on the way up
    target: str
    quote: str | None


def closure_pairs(edges: Iterable[tuple[T, T]]) -> set[tuple[T, T]]:
    """The lineage closure (sti:carriesOut) from the lineage edges (below, above): every node to every node above it,
    as ``(below, above)`` pairs; what the property path of update_lineage_closure.ru gives, without asking a
    SPARQL engine to walk it (Oxigraph took 126 s for it at a million triples, this takes a second)."""
    above: dict[T, set[T]] = {}
    for below, up in edges:
        above.setdefault(below, set()).add(up)
    pairs: set[tuple[T, T]] = set()
    for start, firsts in above.items():
        seen: set[T] = set()
        stack = list(firsts)
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(above.get(node, ()))
        pairs.update((start, node) for node in seen)
    return pairs


def lineage_up(store: RowSource, start: str) -> list[list[Edge]]:
    """Every path from ``start`` up to a document nothing further up is linked from (its roots).

    One query fetches every lineage edge above ``start`` (through the closure) and the quotes;
    the paths are assembled here.
    """
    return paths_up(store.named_rows("lineage_up_edges", start=ox.NamedNode(start)), start)


def paths_up(rows: Iterable[dict[str, str | None]], start: str) -> list[list[Edge]]:
    """The paths of ``lineage_up`` from the rows of lineage_up_edges (for a caller that fetched them itself)."""
    edges: dict[str, dict[tuple[str, str], Edge]] = {}
    quotes: dict[tuple[str, str, str], str] = {}
    for row in rows:
        key = (row["from"], row["relation"], row["to"])
        if row["quote"]:
            quotes.setdefault(key, row["quote"])
        else:
            edges.setdefault(row["from"], {})[(row["relation"], row["to"])] = Edge(*key, None)
    paths: list[list[Edge]] = []

    def walk(node: str, path: list[Edge], seen: frozenset[str]) -> None:
        steps = sorted((e for e in edges.get(node, {}).values() if e.target not in seen),
                       key=lambda e: (e.relation, e.target))
        if (not steps or len(path) >= MAX_DEPTH) and path:
            paths.append(path)
            return
        for edge in steps:
            quoted = Edge(edge.source, edge.relation, edge.target,
                          quotes.get((edge.source, edge.relation, edge.target)))
            walk(edge.target, [*path, quoted], seen | {edge.target})

    walk(start, [], frozenset({start}))
    return paths


def lineage_down(store: RowSource, document: str, query: str = "lineage_down",
                 jurisdiction: str | None = None) -> dict[str, list[dict]]:
    """Every plan and task that carries out ``document``, directly or through other documents, by province.

    ``query`` may name the property-path baseline (lineage_down_paths) to compare against. ``jurisdiction`` (its
    IRI) keeps the plans of one province: the drill-down of ``lineage_down_provinces``, which starts from that
    province's plans, so it costs what one province holds however many carry the document out.
    """
    rows = store.named_rows("lineage_down_in", document=ox.NamedNode(document),
                            jurisdiction=ox.NamedNode(jurisdiction)) if jurisdiction else \
        store.named_rows(query, document=ox.NamedNode(document))
    plans: dict[str, dict] = {}
    for row in rows:
        plan = plans.setdefault(row["plan"], {"plan": row["plan"], "tasks": {}})
        if row["task"]:
            plan["tasks"].setdefault(row["task"], {"task": row["task"], "id": row["taskId"], "title": row["taskTitle"]})
    for plan in plans.values():
        plan["tasks"] = sorted(plan["tasks"].values(), key=lambda t: _natural(t["id"] or ""))
    return _by_province(store, document, plans, jurisdiction)


def lineage_down_summary(store: RowSource, document: str) -> dict[str, list[dict]]:
    """The plans that carry out ``document``, by province, each with how many of its tasks do (``taskCount``)
    instead of the tasks themselves: the answer that stays small for a decision half the country carries out."""
    plans = {row["plan"]: {"plan": row["plan"], "taskCount": int(row["tasks"])}
             for row in store.named_rows("lineage_down_counts", document=ox.NamedNode(document))}
    return _by_province(store, document, plans)


def counted(down: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """A ``lineage_down`` answer in the shape of ``lineage_down_summary``: each plan with its number of tasks."""
    return {province: [{**{k: v for k, v in plan.items() if k != "tasks"}, "taskCount": len(plan["tasks"])}
                       for plan in plans] for province, plans in down.items()}


def jurisdiction_iri(minter: Minter, text: str) -> str:
    """A jurisdiction given by its IRI or by a province's name, written any usual way ('tỉnh Tây Ninh',
    'Tay Ninh'); 'vn' is the nation's."""
    if text.startswith(("http://", "https://")):
        return text
    return str(minter.jurisdiction(find_province(text) or (None if slug(text) == "vn" else text)))


def lineage_down_provinces(store: RowSource, document: str) -> list[dict]:
    """How many plans and tasks of each province carry out ``document``: read from the lineage tallies kept at
    ingest (graph/tallies.py), so it stays a few lookups for a decision the whole country carries out."""
    return [{"jurisdiction": row["jurisdiction"], "province": row["province"], "planCount": int(row["plans"]),
             "taskCount": int(row["tasks"])}
            for row in store.named_rows("lineage_down_provinces", document=ox.NamedNode(document))]


def _by_province(store: RowSource, document: str, plans: dict[str, dict],
                 jurisdiction: str | None = None) -> dict[str, list[dict]]:
    """The plans (all in ``jurisdiction``, if given) with their numbers and titles, grouped by province, and marked
    where a title match led there."""
    facts: dict[str, dict[str, set[str]]] = {}
    iris = sorted(plans)
    for chunk in range(0, len(iris), 500):
        for row in store.named_rows("plan_facts", plan=[ox.NamedNode(i) for i in iris[chunk: chunk + 500]]):
            facts.setdefault(row["plan"], {}).setdefault(row["fact"], set()).add(row["value"])
    by_province: dict[str, list[dict]] = {}
    for iri, plan in plans.items():
        known = facts.get(iri, {})
        # a plan cited by several documents may carry several subjects: answer the same one every time
        plan["number"] = min(known.get("number", {None}), key=lambda v: v or "")
        plan["title"] = min(known.get("title", {None}), key=lambda v: v or "")
        by_province.setdefault(min(known.get("province", {""})), []).append(plan)
    for province_plans in by_province.values():
        province_plans.sort(key=lambda p: (p["number"] or "", p["plan"]))
    _mark_title_matches(store, document, plans, jurisdiction)
    return dict(sorted(by_province.items()))


def _mark_title_matches(store: RowSource, document: str, plans: dict[str, dict], jurisdiction: str | None) -> None:
    """Mark the plans and tasks whose way down from ``document`` goes through a link made by title. In one
    jurisdiction, only from the mentioning documents among its plans or carried out there."""
    by_mentioning: dict[str, dict] = {}
    for row in sorted(store.named_rows("title_links_down", document=ox.NamedNode(document)),
                      key=lambda r: (r["mentioning"], r["matched"], r["text"])):
        by_mentioning.setdefault(row["mentioning"], {"mentionedIn": row["mentioning"], "matched": row["matched"],
                                                     "confidence": float(row["confidence"]), "mention": row["text"]})
    if by_mentioning and jurisdiction:
        here = {row["document"] for row in store.named_rows("carried_out_in", jurisdiction=ox.NamedNode(jurisdiction),
                                                            document=[ox.NamedNode(m) for m in by_mentioning])}
        by_mentioning = {m: link for m, link in by_mentioning.items() if m in here or m in plans}
    if not by_mentioning:
        return
    links = dict(by_mentioning)
    for row in sorted(store.named_rows("carrying_out", document=[ox.NamedNode(m) for m in by_mentioning]),
                      key=lambda r: (r["node"], r["document"])):
        links.setdefault(row["node"], by_mentioning[row["document"]])
    for plan in plans.values():
        if plan["plan"] in links:
            plan["titleMatch"] = links[plan["plan"]]
        for task in plan.get("tasks", ()):
            if task["task"] in links:
                task["titleMatch"] = links[task["task"]]


def _natural(text: str) -> list:
    """'appendix:10' after 'appendix:9'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
