"""The REST API (/api/...): documents, lineage, plans, agencies, targets, and every named query.

JSON by default; JSON-LD with the published @context when the client asks for
application/ld+json (or ?format=jsonld). Handlers are plain functions: FastAPI
runs them in a thread pool, so a slow query never stalls the event loop. (One
exception, /api/lineage: upward lineage awaits its query without a thread.)
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable
from datetime import date
from typing import Annotated, Any, Literal

import pyoxigraph as ox
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from stikg.graph.iris import slug
from stikg.graph.lineage import (
    counted,
    jurisdiction_iri,
    lineage_down,
    lineage_down_provinces,
    lineage_down_summary,
    paths_up,
)
from stikg.graph.queries import PARAM_TYPES, NamedQuery, QueryError, named_queries, term
from stikg.graph.responsibility import holder_on, predecessors_on
from stikg.graph.search import rarest_token
from stikg.graph.vocab import STI

from .comparison import ComparisonError, of_province, target_comparison
from .media import MediaType, negotiate
from .service import Service, service_of
from .tables import as_csv, as_xlsx, matrix_rows
from .views import document_links, evidence_of, plan_tables
from .workers import QueryFailed

EVIDENCE = "Add the evidence behind each resource of the answer: quote, source file, offsets."


async def evidence_flag(evidence: Annotated[bool, Query(description=EVIDENCE)] = False) -> bool:
    """Declares ?evidence= on every route (``respond`` reads it). Async: it blocks on nothing, and FastAPI would
    run a plain function dependency in its thread pool, one more thread hop on every request."""
    return evidence


router = APIRouter(prefix="/api", dependencies=[Depends(evidence_flag)])
JSON = MediaType("json", "application/json")
JSONLD = MediaType("jsonld", "application/ld+json")

TAY_NINH_TASK = "https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
DECISION_569 = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"

CONTEXT: dict[str, Any] = {
    "@vocab": str(STI),
    "sti": str(STI),
    "iri": "@id",
    "items": {"@container": "@list", "@id": "sti:items"},
    "number": "sti:documentNumber",
    "documentNumber": "sti:documentNumber",
    "issuedOn": {"@id": "sti:issuedOn", "@type": "http://www.w3.org/2001/XMLSchema#date"},
    "title": "http://purl.org/dc/terms/title",
    "value": {"@id": "sti:value", "@type": "http://www.w3.org/2001/XMLSchema#decimal"},
    "valueMax": {"@id": "sti:valueMax", "@type": "http://www.w3.org/2001/XMLSchema#decimal"},
    "unit": "sti:unit",
    "comparator": "sti:comparator",
    "indicator": {"@id": "sti:indicator", "@type": "@id"},
    "plan": {"@id": "sti:partOfPlan", "@type": "@id"},
    "task": {"@id": "sti:hasTask", "@type": "@id"},
    "document": {"@id": "sti:citedDocument", "@type": "@id"},
    "agency": {"@id": "sti:leadAgency", "@type": "@id"},
    "jurisdiction": "http://purl.org/dc/terms/spatial",
    "province": "http://purl.org/dc/terms/spatial",
}

Page = Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")]
AsOf = Annotated[str | None, Query(pattern=r"^(today|\d{4}-\d{2}-\d{2})$", examples=["today", "2026-01-01"],
                                   description="Answer for this day (YYYY-MM-DD or today): agencies as they are "
                                               "then, after the 2025 mergers.")]
Size = Annotated[int, Query(ge=1, le=500, description="Items per page.")]


def wants_evidence(request: Request) -> bool:
    return request.query_params.get("evidence", "").lower() in ("true", "1", "yes", "on")


def respond(request: Request, data: Any) -> JSONResponse:
    """JSON, or JSON-LD with the published context when the client prefers it; with evidence=true, the
    evidence behind every resource the answer names (queries: it blocks)."""
    if wants_evidence(request):
        data = {**data, "evidence": _evidence(service_of(request), data)} if isinstance(data, dict) else \
            {"items": data, "evidence": _evidence(service_of(request), data)}
    media = negotiate(request.headers.get("accept"), (JSON, JSONLD), request.query_params.get("format"))
    if media is JSONLD:
        context = str(request.url_for("context"))
        body = {"@context": context, **data} if isinstance(data, dict) else {"@context": context, "items": data}
        return JSONResponse(body, media_type=JSONLD.mime)
    return JSONResponse(data)


def _evidence(service: Service, data: Any) -> dict[str, list[dict]]:
    """IRI -> where it was read, for every resource IRI of this dataset the answer holds."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value.startswith(service.minter.base + "doc/"):
            found.add(value)

    walk(data)
    return {node: [{"quote": q.text, "file": q.file, "sha256": q.sha256, "start": q.start, "end": q.end}
                   for q in quotes] for node, quotes in run(lambda: evidence_of(service, found)).items()}


def run(call):
    """Run a query call, turning its failures into HTTP errors that say what went wrong."""
    try:
        return call()
    except QueryError as problem:
        raise HTTPException(422, str(problem)) from None
    except QueryFailed as problem:
        raise HTTPException(problem.status, str(problem)) from None


async def run_async(answer: Awaitable):
    """``run`` for an awaited query."""
    try:
        return await answer
    except QueryFailed as problem:
        raise HTTPException(problem.status, str(problem)) from None


def paged(rows: list[dict], page: int, size: int) -> dict:
    """One page of every row of an answer."""
    start = (page - 1) * size
    return {"page": page, "size": size, "total": len(rows), "more": start + size < len(rows),
            "items": rows[start: start + size]}


def limit_offset(page: int, size: int) -> dict[str, int]:
    """The page clause of a paged query for this page."""
    return {"limit": size, "offset": (page - 1) * size}


def page_of(rows: list[dict], page: int, size: int) -> dict:
    """A page of a paged query's rows (``limit_offset``). ``more``: the page is full, so another may follow (the
    query sorts its page, so one row more than the page cannot tell which row comes next). The total is given
    when a page shows it, not full: counting every match would cost what paging in the query saves."""
    body = {"page": page, "size": size, "more": len(rows) == size, "items": rows}
    if len(rows) < size and (rows or page == 1):
        body["total"] = (page - 1) * size + len(rows)
    return body


def iri_param(value: str) -> ox.NamedNode:
    try:
        return term(value, "iri")
    except QueryError as problem:
        raise HTTPException(422, str(problem)) from None


def jurisdiction_param(service: Service, text: str) -> str | None:
    """A jurisdiction parameter (a province's name or a jurisdiction IRI) as the IRI it names (422 if it is none),
    or None when it is empty."""
    return iri_param(jurisdiction_iri(service.minter, text)).value if text else None


def _clean(row: dict) -> dict:
    """Drop the echoed parameters and the empty values of a row."""
    return {k: v for k, v in row.items() if v is not None}


@router.get("/context.jsonld", name="context", tags=["linked data"], summary="The JSON-LD @context of the API")
def context() -> JSONResponse:
    return JSONResponse({"@context": CONTEXT}, media_type=JSONLD.mime)


@router.get("/documents", tags=["documents"], summary="Find documents",
            description="By number, type, jurisdiction and free text (diacritics and case ignored: "
                        "`khoa hoc` finds `khoa học`). Paged in the query, in the store's order (the word index's "
                        "when only `q` is given), stable while the graph is unchanged, each page sorted by IRI: "
                        "`more` says the page is full, so another may follow; `total` comes on the last page.")
def documents(
    request: Request,
    number: Annotated[str, Query(examples=["569/QĐ-TTg"])] = "",
    type: Annotated[str, Query(examples=["Kế hoạch"])] = "",  # noqa: A002 - the public parameter name
    jurisdiction: Annotated[str, Query(examples=["Tây Ninh"])] = "",
    q: Annotated[str, Query(description="Words of the title or subject.", examples=["khoa hoc"])] = "",
    page: Page = 1,
    size: Size = 50,
) -> JSONResponse:
    service = service_of(request)
    token = run(lambda: rarest_token(service, q)) if q and not (number or type or jurisdiction) else None
    if token:  # text alone: through the word index
        rows = run(lambda: service.named("search", **limit_offset(page, size), token=token,
                                         text=q, kind="document"))
        return respond(request, page_of([_clean({"iri": r["item"], "number": r["number"], "title": r["title"]})
                                         for r in rows], page, size))
    rows = run(lambda: service.named("documents_search", **limit_offset(page, size), number=number, type=type,
                                     jurisdiction=jurisdiction, text=q))
    items = [{"iri": r["document"], "number": r["documentNumber"], "type": r["documentType"],
              "jurisdiction": r["province"], "issuedOn": r["issuedOn"], "title": r["documentTitle"]}
             for r in rows]
    return respond(request, page_of([_clean(i) for i in items], page, size))


@router.get("/search", tags=["documents"], summary="Search document, task and target titles and agency names",
            description="Diacritics and case ignored (`khoa hoc` finds `khoa học`); the phrase must occur whole. "
                        "Paged in the query, in the word index's order: `more` says the page is full (another may "
                        "follow), `total` comes on the last page. "
                        "`kind` narrows to document, task, target or agency.")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=2, max_length=200, examples=["thị trường khoa học"])],
    kind: Annotated[Literal["", "document", "task", "target", "agency"], Query()] = "",
    page: Page = 1,
    size: Size = 50,
) -> JSONResponse:
    service = service_of(request)
    token = run(lambda: rarest_token(service, q))
    if token is None:
        raise HTTPException(422, "the search has no word to look up (only very common words)")
    rows = run(lambda: service.named("search", **limit_offset(page, size), token=token, text=q, kind=kind))
    items = [_clean({"iri": r["item"], "kind": r["itemKind"], "number": r["number"], "title": r["title"]})
             for r in rows]
    return respond(request, page_of(items, page, size))


@router.get("/document", tags=["documents"], summary="One document and its links both ways",
            description="What it implements, is based on, references, replaces, amends and issues (all of it), and "
                        "what cites it, a page at a time (`page`, `size`: a national decision is cited by thousands) "
                        "with how many in all per relation (`citedByCount`); `more`: another page follows. Pages "
                        "come in the store's order, each sorted by relation and IRI.")
def document(request: Request, iri: Annotated[str, Query(examples=[DECISION_569])], page: Page = 1,
             size: Size = 100) -> JSONResponse:
    service = service_of(request)
    node = iri_param(iri)
    facts = run(lambda: service.named_rows("document_facts", document=node))
    if not facts:
        raise HTTPException(404, f"no document <{iri}> in the graph")
    fact = _clean(facts[0])
    fact.pop("document", None)
    found = run(lambda: document_links(service, iri, page, size))
    return respond(request, {"iri": iri, **fact, "isPlan": fact.get("isPlan") == "true", "links": found.links,
                             "citedBy": found.cited_by, "citedByCount": found.cited_by_count, "page": page,
                             "size": size, "more": sum(found.cited_by_count.values()) > page * size})


@router.get("/lineage", tags=["lineage"], summary="Trace lineage up or down",
            description="`up` from a task or plan: every path to the documents at its roots, each edge with its "
                        "relation and the quoted source text. `down` from a document: every plan and task, in every "
                        "province, that carries it out directly or through other documents, grouped by province; "
                        "with `detail=plans`, the plans only, each with the number of its tasks that do "
                        "(`taskCount`); with `detail=provinces`, each province's number of plans and tasks that do "
                        "(from the tallies kept at ingest): the answer that stays small and fast for a national "
                        "decision. Going down, `jurisdiction` keeps one province (the drill-down of "
                        "`detail=provinces`): it starts from that province's plans, so it stays fast too.")
async def lineage(
    request: Request,
    iri: Annotated[str, Query(examples=[TAY_NINH_TASK, DECISION_569])],
    direction: Annotated[Literal["up", "down"], Query()] = "up",
    detail: Annotated[Literal["tasks", "plans", "provinces"], Query(
        description="Going down: list the tasks, count them per plan, or count plans and tasks per province.")]
    = "tasks",
    jurisdiction: Annotated[str, Query(max_length=300, examples=["Tây Ninh"], description=(
        "Going down: only the plans of this province, by name or jurisdiction IRI (`vn`: the nation's)."))] = "",
) -> JSONResponse:
    # Async, unlike the other handlers: upward lineage, the question asked most, awaits its one query on the event
    # loop (QueryPool.run_async); what blocks runs in the thread pool, as in a plain handler.
    service = service_of(request)
    node = iri_param(iri)
    within = jurisdiction_param(service, jurisdiction)
    if direction == "up":
        rows = await run_async(service.recent_rows_async("lineage_up_edges", start=node))
        body = {"iri": iri, "direction": "up", "paths": [
            [{"from": e.source, "relation": e.relation.rsplit("#", 1)[-1], "to": e.target, "quote": e.quote}
             for e in path] for path in paths_up(rows, iri)]}
    else:
        body = {"iri": iri, "direction": "down", "provinces": await run_in_threadpool(
            run, lambda: _down(service, iri, detail, within))}
        if within:
            body["jurisdiction"] = within
    # an empty answer: a node without lineage, or none at all? (asked only then: one query less when there is one)
    if not (body.get("paths") or body.get("provinces")) and not await run_in_threadpool(
            run, lambda: service.named_rows("resource_exists", node=node)):
        raise HTTPException(404, f"no resource <{iri}> in the graph")
    return await run_in_threadpool(respond, request, body) if wants_evidence(request) else respond(request, body)


def _down(service: Service, iri: str, detail: str, jurisdiction: str | None):
    """The downward answer at this detail, for every province or one."""
    if jurisdiction is None:
        return {"tasks": lineage_down, "plans": lineage_down_summary, "provinces": lineage_down_provinces}[detail](
            service, iri)
    if detail == "provinces":
        return [row for row in lineage_down_provinces(service, iri) if row["jurisdiction"] == jurisdiction]
    down = lineage_down(service, iri, jurisdiction=jurisdiction)
    return counted(down) if detail == "plans" else down


@router.get("/plans", tags=["plans"], summary="Plans read in full, with counts of tasks and targets")
def plans(request: Request, jurisdiction: Annotated[str, Query(examples=["Hải Dương"])] = "",
          page: Page = 1, size: Size = 50) -> JSONResponse:
    rows = run(lambda: service_of(request).kept("plans", jurisdiction=jurisdiction))
    items = [_clean({"iri": r["plan"], "number": r["number"], "jurisdiction": r["province"], "issuedOn": r["issuedOn"],
                     "title": r["title"], "tasks": int(r["tasks"]), "targets": int(r["targets"])}) for r in rows]
    return respond(request, paged(items, page, size))


@router.get("/plan", tags=["plans"], summary="One plan with its targets and tasks")
def plan(request: Request, iri: Annotated[str, Query(examples=[
        "https://w3id.org/stikg/id/doc/hai-duong/2023/4346-kh-ubnd"])], as_of: AsOf = None) -> JSONResponse:
    service = service_of(request)
    node = iri_param(iri)
    facts = run(lambda: service.named_rows("document_facts", document=node))
    if not facts or facts[0]["isPlan"] != "true":
        raise HTTPException(404, f"no plan <{iri}> in the graph")
    rows, tasks = run(lambda: plan_tables(service, iri))
    targets = [_clean({**row, "iri": row["target"], "target": None, "plan": None}) for row in rows]
    if as_of:
        day = _day(as_of)
        holders: dict[str, dict] = {}
        for task in tasks:
            for agency in task["lead"] + task["partners"]:
                if agency["iri"] not in holders:
                    holders[agency["iri"]] = _holder(service, agency["iri"], day)
                agency["asOf"] = holders[agency["iri"]]
    fact = _clean(facts[0])
    fact.pop("document", None)
    return respond(request, {"iri": iri, **fact, "targets": targets, "tasks": tasks})


@router.get("/agency/holder", tags=["agencies"], summary="Who holds an agency's duties on a day",
            description="The agency followed through the 2025 reorganisation (departments merged from 1 March 2025, "
                        "provinces from 1 July 2025), each change with its date, legal basis and source.")
def agency_holder(request: Request, iri: Annotated[str, Query(examples=[
        "https://w3id.org/stikg/id/agency/ben-tre/so-thong-tin-va-truyen-thong"])],
        as_of: AsOf = "today") -> JSONResponse:
    service = service_of(request)
    if not run(lambda: service.named_rows("resource_exists", node=iri_param(iri))):
        raise HTTPException(404, f"no resource <{iri}> in the graph")
    day = _day(as_of or "today")
    return respond(request, {"iri": iri, "asOf": day, **_holder(service, iri, day)})


def _day(as_of: str) -> str:
    return date.today().isoformat() if as_of == "today" else as_of


def _holder(service: Service, agency: str, day: str) -> dict:
    holder, name, changes = run(lambda: holder_on(service, agency, day))
    return {"iri": holder, "name": name, "changed": bool(changes),
            "changes": [_clean({"event": c.event, "from": c.original, "to": c.resulting, "name": c.name,
                                "province": c.province, "effective": c.effective, "basis": c.basis,
                                "source": c.source}) for c in changes]}


MATRIX_FORMATS = {"csv": "text/csv; charset=utf-8",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/plan/matrix", tags=["plans"], summary="A plan's responsibility matrix: task x agency, role, timeframe, "
            "output", description="JSON rows, or a download: `format=csv` (UTF-8 with BOM) or `format=xlsx`. "
            "The rows come from the named query `plan_tasks`.")
def plan_matrix(request: Request, iri: Annotated[str, Query(examples=[
        "https://w3id.org/stikg/id/doc/hai-duong/2023/4346-kh-ubnd"])],
        format: Literal["json", "csv", "xlsx"] = "json") -> Response:  # noqa: A002 - the public parameter name
    service = service_of(request)
    node = iri_param(iri)
    facts = run(lambda: service.named_rows("document_facts", document=node))
    if not facts or facts[0]["isPlan"] != "true":
        raise HTTPException(404, f"no plan <{iri}> in the graph")
    table = matrix_rows(run(lambda: service.named_rows("plan_tasks", plan=node)))
    if format == "json":
        return JSONResponse({"iri": iri, "number": facts[0]["number"], "items": table})
    name = slug(facts[0]["number"] or iri.rsplit("/", 1)[-1])
    body = as_csv(table) if format == "csv" else as_xlsx(table, facts[0]["number"] or "matrix")
    return Response(body, media_type=MATRIX_FORMATS[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}-matrix.{format}"'})


@router.get("/agencies", tags=["agencies"], summary="Agencies of a jurisdiction, and how many tasks they lead and join")
def agencies(request: Request, jurisdiction: Annotated[str, Query(examples=["Tây Ninh"])] = "",
             page: Page = 1, size: Size = 100) -> JSONResponse:
    rows = run(lambda: service_of(request).kept("agencies", jurisdiction=jurisdiction))  # every one: 0.4 s at 5M
    items = [_clean({"iri": r["agency"], "name": r["name"], "jurisdiction": r["province"], "kind": r["kind"],
                     "leads": int(r["leads"]), "partners": int(r["partners"])}) for r in rows]
    return respond(request, paged(items, page, size))


@router.get("/agency/tasks", tags=["agencies"], summary="Tasks an agency leads or takes part in",
            description="With `as_of`, the tasks it answers for on that day: its own, and those of the agencies "
                        "merged into it by then (each such row names the agency the plan named: `namedAgency`). "
                        "If its own duties had passed to another agency by then, `heldBy` says which.")
def agency_tasks(request: Request, iri: Annotated[str, Query(examples=[
        "https://w3id.org/stikg/id/agency/tay-ninh/so-khoa-hoc-va-cong-nghe"])],
                 page: Page = 1, size: Size = 100, as_of: AsOf = None) -> JSONResponse:
    service = service_of(request)
    node = iri_param(iri)
    if not as_of:
        rows = run(lambda: service.named_rows("tasks_by_agency", agency=node))
        if not rows:
            raise HTTPException(404, f"no tasks for <{iri}>")
        return respond(request, paged([_clean({**r, "agency": None}) for r in rows], page, size))
    day = _day(as_of)
    if not run(lambda: service.named_rows("resource_exists", node=node)):
        raise HTTPException(404, f"no resource <{iri}> in the graph")
    holder = _holder(service, iri, day)
    agencies = [iri, *run(lambda: predecessors_on(service, iri, day))]
    rows = run(lambda: service.named_rows("tasks_by_agency", agency=[ox.NamedNode(a) for a in agencies]))
    items = [_clean({**r, "agency": None, "namedAgency": r["agency"] if r["agency"] != iri else None})
             for r in rows]
    body = paged(items, page, size)
    return respond(request, {"asOf": day, "heldBy": holder if holder["changed"] else None, **body})


@router.get("/targets", tags=["targets"], summary="Targets of one indicator across provinces",
            description="`indicator` is a key of the indicator scheme (`tfp_share`) or its IRI. Paged in the query, "
                        "in the store's order, each page sorted by province, year and value: `more` says the page "
                        "is full, `total` comes on the last page. The comparison beside the national targets is "
                        "`/api/targets/compare`.")
def targets(request: Request, indicator: Annotated[str, Query(examples=["tfp_share"])],
            page: Page = 1, size: Size = 50) -> JSONResponse:
    service = service_of(request)
    iri = indicator if "://" in indicator else str(service.minter.concept("indicator", indicator))
    rows = run(lambda: service.named_rows("targets_by_indicator", **limit_offset(page, size),
                                          indicator=iri_param(iri)))
    return respond(request, page_of([_clean({**r, "indicator": None}) for r in rows], page, size))


@router.get("/targets/compare", tags=["targets"], summary="Provincial targets beside the national ones",
            description="Every provincial target of an indicator beside the national target of 569/QĐ-TTg, marked "
                        "`stricter`, `equal` or `looser` (comparators and ranges minded: `trên 50%` asks more than "
                        "`đạt 50%`; a GII rank is better lower). `year` picks the national target to hold them all "
                        "against; without it each is held against the national target of its year, or the next. "
                        "`provinces` sums the verdicts per province, with its latest target; `items` are paged, "
                        "sorted by province, year and value, and `jurisdiction` keeps one province's.")
def compare_targets(request: Request, indicator: Annotated[str, Query(examples=["tfp_share"])],
                    year: Annotated[int | None, Query(ge=1900, le=2200, examples=[2030])] = None,
                    jurisdiction: Annotated[str, Query(max_length=300, examples=["Tây Ninh"], description=(
                        "Only this province's targets, by name or jurisdiction IRI."))] = "",
                    page: Page = 1, size: Size = 50) -> JSONResponse:
    service = service_of(request)
    within = jurisdiction_param(service, jurisdiction)
    try:
        comparison = run(lambda: target_comparison(service, indicator, year))
    except ComparisonError as problem:
        raise HTTPException(404, str(problem)) from None
    return respond(request, comparison | paged(of_province(comparison["items"], within), page, size))


@router.get("/targets/coverage", tags=["targets"], summary="National targets each province has no counterpart for")
def target_coverage(request: Request) -> JSONResponse:
    rows = run(lambda: service_of(request).kept("national_target_coverage"))
    missing: dict[str, list[dict]] = {}
    for row in rows:
        missing.setdefault(row["province"], []).append({"indicator": row["indicator"], "label": row["indicatorLabel"]})
    return respond(request, {"items": [{"province": p, "missing": m} for p, m in missing.items()]})


# --- every queries/*.rq as GET /api/queries/{name} -------------------------------------------------

@router.get("/queries", tags=["named queries"], summary="The named queries and their parameters")
def list_queries(request: Request) -> JSONResponse:
    return respond(request, [{"name": q.name, "title": q.title, "description": q.description,
                              "path": f"/api/queries/{q.name}",
                              "params": [{"name": p.name, "type": p.type, "description": p.description}
                                         for p in q.params]} for q in named_queries().values()])


def _named_query_endpoint(query: NamedQuery):
    def endpoint(request: Request, **values: Any) -> JSONResponse:
        page, size = values.pop("page"), values.pop("size")
        strings = {k: str(v) for k, v in values.items()}
        if query.paged:
            rows = run(lambda: service_of(request).named(query.name, **limit_offset(page, size), **strings))
            return respond(request, page_of(rows, page, size))
        rows = run(lambda: service_of(request).named(query.name, **strings))
        return respond(request, paged(rows, page, size))

    params = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]
    for p in query.params:
        params.append(inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[
            PARAM_TYPES[p.type], Query(description=f"{p.description} ({p.type})")]))
    params += [inspect.Parameter("page", inspect.Parameter.KEYWORD_ONLY, default=1, annotation=Page),
               inspect.Parameter("size", inspect.Parameter.KEYWORD_ONLY, default=100, annotation=Size)]
    endpoint.__signature__ = inspect.Signature(params)
    endpoint.__name__ = "query_" + re.sub(r"\W", "_", query.name)
    return endpoint


for _query in named_queries().values():
    router.add_api_route(f"/queries/{_query.name}", _named_query_endpoint(_query), methods=["GET"],
                         tags=["named queries"], summary=_query.title, description=_query.description)
