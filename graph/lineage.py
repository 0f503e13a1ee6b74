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


def _steps(store: RowSource, query: str, node: str) -> list[Edge]:
    edges = {}
    for row in store.named_rows(query, node=ox.NamedNode(node)):
        key = (row["next"], row["relation"])
        if key not in edges or (row["quote"] and not edges[key].quote):
            edges[key] = Edge(node, row["relation"], row["next"], row["quote"])
    return sorted(edges.values(), key=lambda e: (e.relation, e.target))


def lineage_up(store: RowSource, start: str) -> list[list[Edge]]:
    """Every path from ``start`` up to a document nothing further up is linked from (its roots)."""
    paths: list[list[Edge]] = []

    def walk(node: str, path: list[Edge], seen: frozenset[str]) -> None:
        steps = [e for e in _steps(store, "lineage_step_up", node) if e.target not in seen]
        if (not steps or len(path) >= MAX_DEPTH) and path:
            paths.append(path)
            return
        for edge in steps:
            walk(edge.target, [*path, edge], seen | {edge.target})

    walk(start, [], frozenset({start}))
    return paths


def lineage_down(store: RowSource, document: str) -> dict[str, list[dict]]:
    """Every plan and task that carries out ``document``, directly or through other documents, by province."""
    by_province: dict[str, dict[str, dict]] = {}
    for row in store.named_rows("lineage_down", document=ox.NamedNode(document)):
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
