"""Who holds a duty on a given day: an agency followed through the change events of the 2025 reorganisation
(departments merged from 1 March, provinces from 1 July), each step with its date, legal basis and source."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
MAX_STEPS = 10


@dataclass(frozen=True)
class Change:
    event: str
    original: str
    resulting: str
    name: str
    province: str | None
    effective: str
    basis: str
    source: str


def holder_on(store, agency: str, day: str) -> tuple[str, str | None, list[Change]]:
    """The agency that holds ``agency``'s duties on ``day`` (YYYY-MM-DD), its name if it changed, and the changes."""
    current, name, changes = agency, None, []
    for _ in range(MAX_STEPS):
        rows = store.named_rows("agency_changes", agency=ox.NamedNode(current), date=ox.Literal(day, datatype=XSD_DATE))
        if not rows:
            break
        step = rows[0]  # the earliest change; the next is found from where it led
        changes.append(Change(step["event"], current, step["resulting"], step["resultingName"], step["province"],
                              step["effective"], step["basis"], step["source"]))
        current, name = step["resulting"], step["resultingName"]
    return current, name, changes


def predecessors_on(store, agency: str, day: str) -> list[str]:
    """Every agency whose duties ``agency`` holds on ``day`` through the reorganisation (not itself): the change
    events followed back, each candidate kept only if following it forward on that day ends at ``agency``."""
    found: list[str] = []
    frontier, seen = [agency], {agency}
    for _ in range(MAX_STEPS):
        step = []
        for current in frontier:
            rows = store.named_rows("agency_predecessors", agency=ox.NamedNode(current),
                                    date=ox.Literal(day, datatype=XSD_DATE))
            step += [r["original"] for r in rows if r["original"] not in seen]
        if not step:
            break
        seen.update(step)
        found += [other for other in dict.fromkeys(step) if holder_on(store, other, day)[0] == agency]
        frontier = step
    return found
