"""Tracing lineage: up from a task or plan to the national documents at its roots, down from a document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox


class RowSource(Protocol):
    """Anything that runs a named query: the store (CLI) or the service's query workers (API)."""

    def named_rows(self, name: str, **substitutions) -> list[dict[str, str | None]]: ...


MAX_DEPTH = 12


@dataclass(frozen=True)
class Edge:
    source: str
    relation: str  # the property IRI; sti:issues is walked backwards on the way up
    target: str
    quote: str | None


def lineage_up(store: RowSource, start: str) -> list[list[Edge]]:
    """Every path from ``start`` up to a document nothing further up is linked from (its roots).

    One query fetches every lineage edge above ``start`` (through the closure); the paths are
    assembled here.
    """
    above: dict[str, dict[tuple[str, str], Edge]] = {}
    for row in store.named_rows("lineage_up_edges", start=ox.NamedNode(start)):
        edges = above.setdefault(row["from"], {})
        key = (row["relation"], row["to"])
        if key not in edges or (row["quote"] and not edges[key].quote):
            edges[key] = Edge(row["from"], row["relation"], row["to"], row["quote"])
    paths: list[list[Edge]] = []

    def walk(node: str, path: list[Edge], seen: frozenset[str]) -> None:
        steps = sorted((e for e in above.get(node, {}).values() if e.target not in seen),
                       key=lambda e: (e.relation, e.target))
        if (not steps or len(path) >= MAX_DEPTH) and path:
            paths.append(path)
            return
        for edge in steps:
            walk(edge.target, [*path, edge], seen | {edge.target})

    walk(start, [], frozenset({start}))
    return paths


def lineage_down(store: RowSource, document: str, query: str = "lineage_down") -> dict[str, list[dict]]:
    """Every plan and task that carries out ``document``, directly or through other documents, by province.

    ``query`` may name the property-path baseline (lineage_down_paths) to compare against.
    """
    by_province: dict[str, dict[str, dict]] = {}
    for row in store.named_rows(query, document=ox.NamedNode(document)):
        plans = by_province.setdefault(row["province"], {})
        plan = plans.setdefault(row["plan"], {"plan": row["plan"], "number": row["planNumber"],
                                              "title": row["planTitle"], "tasks": []})
        if row["task"] and all(t["task"] != row["task"] for t in plan["tasks"]):
            plan["tasks"].append({"task": row["task"], "id": row["taskId"], "title": row["taskTitle"]})
    for plans in by_province.values():
        for plan in plans.values():
            plan["tasks"].sort(key=lambda t: _natural(t["id"] or ""))
    return {province: list(plans.values()) for province, plans in sorted(by_province.items())}


def _natural(text: str) -> list:
    """'appendix:10' after 'appendix:9'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
