"""What the web pages show, read through the service: names of resources, one resource's statements with the
quotes behind them, and lineage as nodes and edges for the diagram."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

import pyoxigraph as ox

from stikg.graph.lineage import counted, lineage_down, lineage_down_provinces, lineage_down_summary, lineage_up
from stikg.graph.responsibility import holder_on
from stikg.graph.vocab import PREFIXES, STI

from .service import Service
from .ui_text import translate

ORG_NS = "http://www.w3.org/ns/org#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
KINDS = (  # class -> kind, the first class a resource has in this order wins
    (str(STI.Plan), "plan"), (str(STI.Task), "task"), (str(STI.Target), "target"), (str(STI.Agency), "agency"),
    (ORG_NS + "Organization", "agency"), (str(STI.Jurisdiction), "jurisdiction"), (str(STI.Citation), "citation"),
    (ORG_NS + "ChangeEvent", "change"), (str(STI.Document), "document"), (str(STI.LegalBasis), "document"),
    (SKOS_NS + "Concept", "concept"), ("http://www.w3.org/2002/07/owl#Class", "class"),
)
DOCUMENT_RELATIONS = {str(STI[r]) for r in ("implements", "basedOn", "references", "replaces", "amends", "issues")}
HIDDEN = {  # statements a page of this kind shows in a section of its own instead
    "plan": {("out", str(STI.hasTask)), ("out", str(STI.hasTarget)), ("in", str(STI.partOfPlan)),
             ("in", str(STI.citedDocument))},
    "document": {("in", str(STI.citedDocument))},
}
PER_PROPERTY = 50  # values shown per property; the rest are counted
TASKS_PER_PLAN = 40  # tasks drawn per plan in a diagram
TASKS_DRAWN = 2000  # beyond this many tasks below a document, its diagram draws the plans with their task counts
PLANS_DRAWN = 200  # beyond this many plans, it draws each province with its counts (from the lineage tallies)
BATCH = 500


@dataclass(frozen=True)
class Name:
    text: str
    kind: str


@dataclass(frozen=True)
class Quote:
    text: str
    file: str
    start: int
    end: int
    sha256: str = ""


@dataclass
class Value:
    text: str  # the literal, or the name of the resource
    iri: str | None = None
    kind: str | None = None
    language: str | None = None
    quote: Quote | None = None


@dataclass
class PropertyGroup:
    iri: str
    name: str
    values: list[Value] = field(default_factory=list)
    hidden: int = 0  # values past PER_PROPERTY


def compact(iri: str, base: str) -> str:
    """A short readable form of an IRI nothing names: a prefixed name, or the path under the base."""
    if iri.startswith(base):
        return iri[len(base):]
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


def names_of(service: Service, iris: Iterable[str], lang: str) -> dict[str, Name]:
    """A name and a kind for each IRI: a document's number (else its title), a label in ``lang`` (else
    Vietnamese, else any), a task's id and title, a target's indicator text; else the compact IRI."""
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    nodes = sorted(set(iris))
    for start in range(0, len(nodes), BATCH):
        batch = [ox.NamedNode(n) for n in nodes[start:start + BATCH]]
        for row in service.named_rows("labels", node=batch):
            facts.setdefault(row["node"], {}).setdefault(row["what"], []).append((row["value"], row["language"] or ""))
    names = {}
    for iri in nodes:
        known = facts.get(iri, {})
        classes = {value for value, _ in known.get("class", [])}
        kind = next((k for c, k in KINDS if c in classes), "resource")
        names[iri] = Name(_pick_name(known, kind, lang) or compact(iri, service.settings.base_iri), kind)
    return names


def _pick_name(known: dict[str, list[tuple[str, str]]], kind: str, lang: str) -> str | None:
    def first(what: str) -> str | None:
        values = known.get(what, [])
        for wanted in (lang, "vi", ""):
            for value, language in sorted(values):
                if language == wanted:
                    return value
        return min(values)[0] if values else None

    if kind == "task":
        title = first("title") or ""
        return f"{first('id') or ''} {title[:90] + ('…' if len(title) > 90 else '')}".strip()
    if kind == "target":
        return first("indicator")
    return first("number") or first("label") or first("title") or first("subject")


def evidence_of(service: Service, nodes: Iterable[str]) -> dict[str, list[Quote]]:
    """Where each node was read: the quotes, their files and offsets."""
    found: dict[str, list[Quote]] = {}
    ordered = sorted(set(nodes))
    for start in range(0, len(ordered), BATCH):
        batch = [ox.NamedNode(n) for n in ordered[start:start + BATCH]]
        for row in service.named_rows("evidence", node=batch):
            found.setdefault(row["node"], []).append(Quote(row["quote"], row["file"], int(row["start"]),
                                                           int(row["end"]), row["sha256"]))
    return found


@dataclass
class ResourceView:
    iri: str
    name: Name
    quotes: list[Quote]
    facts: list[PropertyGroup]  # what it says (out)
    linked_from: list[PropertyGroup]  # what points to it (in)


def resource_view(service: Service, iri: str, lang: str) -> ResourceView | None:
    """A resource's statements both ways, named, each link with the quote it was read from. What points to it
    comes PER_PROPERTY a property, with the rest counted: a decision the whole country carries out has thousands."""
    node = ox.NamedNode(iri)
    rows = [{**r, "direction": "out"} for r in service.named_rows("resource_statements", node=node)]
    counts = {r["property"]: int(r["count"]) for r in service.named_rows("resource_links_in_counts", node=node)}
    if not rows and not counts:
        return None
    for prop in counts:
        page = service.named_rows("resource_links_in", limit=PER_PROPERTY, node=node, property=ox.NamedNode(prop))
        rows += [{"direction": "in", "property": prop, "value": r["value"], "valueKind": "iri", "language": None}
                 for r in sorted(page, key=lambda r: r["value"])]
    linked = {r["value"] for r in rows if r["valueKind"] == "iri"}
    names = names_of(service, linked | {iri} | {r["property"] for r in rows}, lang)
    kind = names[iri].kind
    hidden = HIDDEN.get(kind, set())
    shown = [r for r in rows if (r["direction"], r["property"]) not in hidden]
    citing_quotes = citation_quotes(service, iri, {r["value"] for r in shown if r["property"] in DOCUMENT_RELATIONS}) \
        if kind in ("plan", "document") else {}
    quotes = evidence_of(service, [iri, *(r["value"] for r in shown if r["direction"] == "in")])
    groups: dict[tuple[str, str], PropertyGroup] = {}
    for row in shown:
        direction, prop = row["direction"], row["property"]
        group = groups.setdefault((direction, prop), PropertyGroup(prop, names[prop].text))
        if len(group.values) >= PER_PROPERTY:
            group.hidden += 1
            continue
        if row["valueKind"] != "iri":
            group.values.append(Value(row["value"], language=row["language"] or None))
            continue
        other = row["value"]
        quote = citing_quotes.get((direction, prop, other))
        if quote is None and direction == "in":
            quote = next(iter(quotes.get(other, [])), None)
        group.values.append(Value(names[other].text, other, names[other].kind, quote=quote))
    for (direction, prop), group in groups.items():
        if direction == "in":
            group.hidden = counts[prop] - len(group.values)
    return ResourceView(iri, names[iri], quotes.get(iri, []),
                        [g for (d, _), g in sorted(groups.items()) if d == "out"],
                        [g for (d, _), g in sorted(groups.items()) if d == "in"])


@dataclass
class DocumentLinks:
    links: dict[str, list[dict]]  # relation name -> the documents it cites, all of them
    cited_by: dict[str, list[dict]]  # relation name -> what cites it so, on this page
    cited_by_count: dict[str, int]  # relation name -> how many cite it so, on every page


def document_links(service: Service, document: str, page: int, size: int) -> DocumentLinks:
    """A document's links to other documents, each with its quote: all it cites, and a page of what cites it,
    counted (a national decision is cited by thousands)."""
    node = ox.NamedNode(document)

    def item(row: dict, quote: str | None) -> dict:
        found = {"iri": row["other"], "number": row["otherNumber"], "title": row["otherTitle"], "quote": quote}
        return {k: v for k, v in found.items() if v is not None}

    links: dict[str, list[dict]] = {}
    for row in service.named_rows("document_links", document=node):
        links.setdefault(_local(row["relation"]), []).append(item(row, row["quote"]))
    rows = service.named_rows("document_cited_by", limit=size, offset=(page - 1) * size, document=node)
    quotes = citation_quotes(service, document, {r["other"] for r in rows}) if rows else {}
    cited_by: dict[str, list[dict]] = {}
    for row in rows:
        quote = quotes.get(("in", row["relation"], row["other"]))
        cited_by.setdefault(_local(row["relation"]), []).append(item(row, quote.text if quote else None))
    if page == 1 and len(rows) < size:  # all of them are on this page: counted here, one query less
        counts = {relation: len(items) for relation, items in cited_by.items()}
    else:
        counts = {_local(r["relation"]): int(r["count"])
                  for r in service.named_rows("document_cited_by_counts", document=node)}
    return DocumentLinks(links, cited_by, counts)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def citation_quotes(service: Service, document: str, others: set[str]) -> dict[tuple[str, str, str], Quote]:
    """(direction, relation, other document) -> the sentence that cites, for the links shown."""
    found = {}
    ordered = sorted(others)
    for start in range(0, len(ordered), BATCH):
        batch = [ox.NamedNode(o) for o in ordered[start:start + BATCH]]
        for row in service.named_rows("citation_quotes", document=[ox.NamedNode(document)] * len(batch),
                                      other=batch):
            found[(row["direction"], row["relation"], row["other"])] = Quote(row["quote"], "", 0, 0)
    return found


def plan_tables(service: Service, plan: str) -> tuple[list[dict], list[dict]]:
    """A plan's targets and its tasks, each task with its lead and partner agencies, in the plan's order."""
    node = ox.NamedNode(plan)
    targets = service.named_rows("plan_targets", plan=node)
    tasks: dict[str, dict] = {}
    for row in service.named_rows("plan_tasks", plan=node):
        task = tasks.setdefault(row["task"], {k: v for k, v in {
            "iri": row["task"], "id": row["taskId"], "title": row["title"], "timeframe": row["timeframe"],
            "output": row["output"]}.items() if v is not None} | {"lead": [], "partners": []})
        if row["agency"]:
            task["lead" if row["role"] == "lead" else "partners"].append({"iri": row["agency"],
                                                                          "name": row["agencyName"]})
    return targets, list(tasks.values())


def agency_view(service: Service, agency: str) -> dict:
    """Who holds the agency's duties today, through the 2025 mergers, and the tasks it leads or joins."""
    holder, name, changes = holder_on(service, agency, date.today().isoformat())
    tasks = service.named_rows("tasks_by_agency", agency=ox.NamedNode(agency))
    return {"holder": holder, "holderName": name, "changes": changes, "tasks": tasks}


# --- lineage as a diagram ------------------------------------------------------------------------------

def lineage_diagram(service: Service, iri: str, direction: str, lang: str, jurisdiction: str | None = None) -> dict:
    """Nodes and edges for cytoscape.js: up, every path to the root documents; down, the document, then one
    node per province, its plans, and their tasks (at most TASKS_PER_PLAN drawn per plan, and none past
    TASKS_DRAWN in all: then each plan has one node counting its tasks; past PLANS_DRAWN plans, each province
    one node counting its plans and tasks, which opens that province's diagram). ``jurisdiction`` (an IRI)
    draws the plans of that one province, however many."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], dict] = {}

    def edge(source: str, target: str, label: str, **extra) -> None:
        edges.setdefault((source, target), {"source": source, "target": target, "label": label, **extra})

    if direction == "up":
        for path in lineage_up(service, iri):
            for step in path:
                nodes.setdefault(step.source, {})
                nodes.setdefault(step.target, {})
                edge(step.source, step.target, step.relation, quote=step.quote or "")
        nodes.setdefault(iri, {})
    else:
        nodes[iri] = {}
        tallies = [t for t in lineage_down_provinces(service, iri) if jurisdiction in (None, t["jurisdiction"])]
        below: dict[str, list[dict]] = {}
        if jurisdiction:  # one province: its plans, counting their tasks when they are too many to draw
            below = lineage_down(service, iri, jurisdiction=jurisdiction)
            if sum(t["taskCount"] for t in tallies) > TASKS_DRAWN:
                below = counted(below)
        elif sum(t["planCount"] for t in tallies) > PLANS_DRAWN:
            for tally in tallies:
                group = "province:" + tally["province"]
                counts = (translate("plans_count", lang, n=tally["planCount"]) + ", "
                          + translate("tasks_count", lang, n=tally["taskCount"]))
                nodes[group] = {"label": f"{tally['province']}: {counts}", "kind": "jurisdiction", "href": "",
                                "open": "/lineage?" + urlencode({"iri": iri, "direction": "down",
                                                                 "jurisdiction": tally["jurisdiction"]}
                                                                | ({"lang": "en"} if lang == "en" else {}))}
                edge(iri, group, "")
        elif sum(t["taskCount"] for t in tallies) <= TASKS_DRAWN:
            below = lineage_down(service, iri)
        else:
            below = lineage_down_summary(service, iri)
        for province, plans in below.items():
            group = "province:" + (province or "?")
            nodes[group] = {"label": province or "?", "kind": "jurisdiction", "href": ""}
            edge(iri, group, "")
            for plan in plans:
                nodes.setdefault(plan["plan"], {"titleMatch": "titleMatch" in plan})
                edge(group, plan["plan"], "")
                tasks = plan.get("tasks", [])
                for task in tasks[:TASKS_PER_PLAN]:  # the id: a tree of whole titles is unreadable
                    nodes.setdefault(task["task"], {"titleMatch": "titleMatch" in task, "label": task["id"] or "?",
                                                    "kind": "task", "href": task["task"], "title": task["title"]})
                    edge(plan["plan"], task["task"], "")
                hidden = plan.get("taskCount", len(tasks)) - len(tasks[:TASKS_PER_PLAN])
                if hidden > 0:
                    more = plan["plan"] + "#more"
                    nodes[more] = {"label": f"+{hidden}", "kind": "more", "href": ""}
                    edge(plan["plan"], more, "")
    names = names_of(service, [n for n, data in nodes.items() if "label" not in data]
                     + [e["label"] for e in edges.values() if e["label"]], lang)
    for node, data in nodes.items():
        if "label" not in data:
            data.update(label=names[node].text, kind=names[node].kind, href=node)
    for data in edges.values():
        data["label"] = names[data["label"]].text if data["label"] else ""
    return {"start": iri, "direction": direction,
            "nodes": [{"id": node, **data} for node, data in nodes.items()],
            "edges": list(edges.values())}


# --- the comparison chart --------------------------------------------------------------------------------

def comparison_chart(items: list[dict], national: list[dict], year: int | None) -> dict | None:
    """Bars for provincial targets and lines for the national ones (of ``year``, or all), as SVG geometry (no
    script needed)."""
    national = [n for n in national if year is None or n.get("endYear") == str(year)]
    values = [Decimal(i.get("valueMax") or i["value"]) for i in items] + [Decimal(n["value"]) for n in national]
    if not items or not values:
        return None
    top = max(values) * Decimal("1.15") or Decimal(1)
    width, left, bar, gap = 520, 230, 22, 8

    def x(value: str) -> float:
        return round(left + float(Decimal(value) / top) * width, 1)

    bars = []
    for index, item in enumerate(items):
        y = 30 + index * (bar + gap)
        upto = "–" + item["valueMax"] if item.get("valueMax") else ""
        bars.append({"y": y, "x": left, "width": x(item["value"]) - left,
                     "rangeWidth": x(item["valueMax"]) - x(item["value"]) if item.get("valueMax") else 0,
                     "label": f"{item['province']} {item.get('year') or ''}".strip(),
                     "value": f"{item['comparator']} {item['value']}{upto} {item['unit']}", "verdict": item["verdict"]})
    height = 40 + len(items) * (bar + gap)
    lines = [{"x": x(n["value"]), "label": f"{n['comparator']} {n['value']} {n['unit']} ({n.get('endYear', '')})"}
             for n in national]
    return {"width": left + width + 40, "height": height + 20, "bars": bars, "lines": lines, "bottom": height,
            "bar": bar}
