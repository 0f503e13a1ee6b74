"""The web pages a researcher starts from: home, search, a page per resource, the lineage diagram, the target
comparison and the SPARQL editor. Vietnamese by default, English with ?lang=en; rendered by Jinja2 from
api/templates, served by the same app as the API."""

from __future__ import annotations

import json
from contextlib import suppress
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from stikg.graph.extract.targets import indicator_lexicon
from stikg.graph.lineage import lineage_down_provinces, lineage_down_summary
from stikg.graph.queries import named_queries, with_values
from stikg.graph.search import rarest_token

from .assets import INSTALL, missing_packages
from .comparison import ComparisonError, indicator_entry, of_province, target_comparison
from .rest import iri_param, jurisdiction_param, run
from .service import service_of
from .ui_text import LANGUAGES, translate
from .views import agency_view, comparison_chart, lineage_diagram, plan_tables, resource_view

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
Lang = Annotated[Literal["vi", "en"], Query()]
PARAM_DEFAULTS = {"string": "", "text": "", "key": ""}  # editor examples: "" means any for these parameters
HOME_PLANS = 200  # plans listed on the home page; the search finds the others
SEARCH_PAGE = 100  # word-index matches per search page
COMPARE_PAGE = 100  # targets per comparison page
CARRIED_OUT_PLANS = 200  # a document carried out by more plans lists its provinces' counts, not the plans


def render(request: Request, template: str, lang: str, status: int = 200, **context) -> HTMLResponse:
    """A page with what every page needs: the words in its language, links to resources on this server, the
    search box, and a link to the same page in the other language."""
    service = service_of(request)
    base = service.settings.base_iri
    suffix = "?lang=en" if lang == "en" else ""

    def href(iri: str) -> str:
        return ("/id/" + iri[len(base):] + suffix) if iri.startswith(base) else iri

    def url(path: str, **params) -> str:
        params = {k: v for k, v in params.items() if v not in (None, "")}
        if lang == "en":
            params["lang"] = "en"
        return path + ("?" + urlencode(params) if params else "")

    other = "vi" if lang == "en" else "en"
    switch = {k: v for k, v in request.query_params.items() if k != "lang"} | ({"lang": "en"} if other == "en" else {})
    missing = missing_packages(service.settings.assets, context.pop("assets", ()))
    return templates.TemplateResponse(request, template, status_code=status, context={
        "lang": lang, "t": lambda key, **values: translate(key, lang, **values), "href": href, "url": url,
        "switch": request.url.path + ("?" + urlencode(switch) if switch else ""), "q": context.pop("q", ""),
        "missing": missing, "install": INSTALL, **context})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, lang: Lang = "vi") -> HTMLResponse:
    service = service_of(request)
    totals = run(lambda: service.kept("void_totals"))[0]
    plans = run(lambda: service.kept("plans", jurisdiction=""))
    return render(request, "home.html", lang, totals=totals, plans=plans[:HOME_PLANS], more=len(plans) - HOME_PLANS,
                  indicators=_indicators(lang))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
           page: Annotated[int, Query(ge=1, le=10_000)] = 1, lang: Lang = "vi") -> HTMLResponse:
    """Numbers, title words and agency names, diacritics and case ignored, a page at a time: when the text has a
    digit, documents whose number holds it (from the start of a word of the number: 569/QĐ), then whatever holds
    the phrase in its title, through the word index (the same search as /api/search). Both are paged in their
    queries, so a page costs the same at any size; the numbers are looked up alone, not through every document's
    facts (at 5M triples: 0.86 s as such a scan, 22 ms so)."""
    service = service_of(request)
    results: dict[str, list[dict]] = {}
    page_clause = {"limit": SEARCH_PAGE, "offset": (page - 1) * SEARCH_PAGE}
    more = False
    if any(c.isdigit() for c in q):
        numbered = run(lambda: service.named("documents_number_search", **page_clause, text=q))
        more = len(numbered) == SEARCH_PAGE
        for row in numbered:
            results.setdefault("document", []).append({"iri": row["document"], "title": row["documentTitle"],
                                                       "number": row["documentNumber"], "extra": row["province"]})
    token = run(lambda: rarest_token(service, q))
    if token:
        seen = {item["iri"] for item in results.get("document", [])}
        rows = run(lambda: service.named("search", **page_clause, token=token, text=q, kind=""))
        more = more or len(rows) == SEARCH_PAGE  # a full page: another may follow
        for row in rows:
            if row["item"] not in seen:
                results.setdefault(row["itemKind"], []).append({"iri": row["item"], "title": row["title"],
                                                                "number": row["number"]})
    return render(request, "search.html", lang, q=q, results=results, page=page, more=more)


def resource_page(request: Request, iri: str, lang: str) -> HTMLResponse:
    """The page of one resource: its facts, its links both ways with the quotes behind them, and what its
    kind adds (a plan's targets and tasks, what carries a document out, who holds an agency's duties today)."""
    service = service_of(request)
    lang = lang if lang in LANGUAGES else "vi"
    view = run(lambda: resource_view(service, iri, lang))
    if view is None:
        return render(request, "not_found.html", lang, status=404, iri=iri)
    extra: dict = {}
    kind = view.name.kind
    if kind == "plan":
        extra["targets"], extra["tasks"] = run(lambda: plan_tables(service, iri))
    if kind in ("plan", "document"):  # by province from the tallies; the plans too while they are few
        extra["carried_out_in"] = run(lambda: lineage_down_provinces(service, iri))
        if sum(p["planCount"] for p in extra["carried_out_in"]) <= CARRIED_OUT_PLANS:
            extra["carried_out"] = run(lambda: lineage_down_summary(service, iri))
    if kind == "agency":
        extra["agency"] = run(lambda: agency_view(service, iri))
    if kind == "concept" and iri.startswith(str(service.minter.concept("indicator", ""))):  # one of the scheme
        with suppress(ComparisonError):  # a concept this version's lexicon lacks: no comparison to offer
            extra["indicator_key"] = indicator_entry(service, iri).key
    return render(request, "resource.html", lang, view=view, kind=kind, **extra)


@router.get("/lineage", response_class=HTMLResponse)
def lineage(request: Request, iri: str, direction: Literal["up", "down"] = "up", lang: Lang = "vi",
            jurisdiction: Annotated[str, Query(max_length=300, description="Going down: one province only (its "
                                                                           "name or jurisdiction IRI).")] = ""
            ) -> HTMLResponse:
    service = service_of(request)
    node = iri_param(iri)
    within = jurisdiction_param(service, jurisdiction if direction == "down" else "")
    if not run(lambda: service.named_rows("resource_exists", node=node)):
        return render(request, "not_found.html", lang, status=404, iri=iri)
    diagram = run(lambda: lineage_diagram(service, iri, direction, lang, within))
    start = next(n for n in diagram["nodes"] if n["id"] == iri)
    province = next((n["label"] for n in diagram["nodes"] if n["id"].startswith("province:")), jurisdiction)
    return render(request, "lineage.html", lang, diagram=diagram, start=start, direction=direction,
                  within=province if within else None,
                  labels={n["id"]: n["label"] for n in diagram["nodes"]},
                  diagram_json=json.dumps(diagram, ensure_ascii=False).replace("</", "<\\/"),
                  assets=("cytoscape.min.js",))


@router.get("/compare", response_class=HTMLResponse)
def compare(request: Request, indicator: str = "tfp_share",
            year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
            jurisdiction: Annotated[str, Query(max_length=300)] = "",
            page: Annotated[int, Query(ge=1, le=10_000)] = 1, lang: Lang = "vi") -> HTMLResponse:
    """The country at a glance (a bar per province, its latest target; the verdicts counted per province), then
    every target a page at a time, and the provinces with targets but none of this indicator; with ``jurisdiction``,
    one province's targets. At 5M triples, a bar and a row a target drew 2,157 of them, and every province's missing
    indicators, in 1.3 MB (0.6 s)."""
    service = service_of(request)
    within = jurisdiction_param(service, jurisdiction)
    try:
        comparison = run(lambda: target_comparison(service, indicator, year))
    except ComparisonError as problem:
        return render(request, "not_found.html", lang, status=404, iri=str(problem))
    years = sorted({n["endYear"] for n in comparison["national"] if n.get("endYear")})
    lacking = [row["province"] for row in run(lambda: service.kept("national_target_coverage"))
               if row["indicator"] == comparison["indicator"]]
    items = of_province(comparison["items"], within)
    shown = items[(page - 1) * COMPARE_PAGE: page * COMPARE_PAGE]
    bars = shown if within else [{**line["latest"], "province": line["province"]} for line in comparison["provinces"]]
    return render(request, "compare.html", lang, comparison=comparison, items=shown, page=page,
                  more=page * COMPARE_PAGE < len(items), total=len(items), within=within,
                  province=items[0]["province"] if within and items else jurisdiction,
                  chart=comparison_chart(bars, comparison["national"], year), year=year, years=years,
                  indicators=_indicators(lang), indicator=comparison["key"], lacking=lacking)


@router.get("/editor", response_class=HTMLResponse)
def editor(request: Request, lang: Lang = "vi") -> HTMLResponse:
    examples = [{"name": q.name, "title": q.title, "description": q.description, "query": _example(q)}
                for q in named_queries().values()]
    return render(request, "editor.html", lang, examples=examples,
                  examples_json=json.dumps(examples, ensure_ascii=False).replace("</", "<\\/"),
                  assets=("yasgui.min.js", "yasgui.min.css"))


def _example(query) -> str:
    """A named query as the editor opens it: its header, and its parameters bound in a VALUES block where they
    have a value meaning "any"; IRI parameters are left for the reader to bind."""
    header = "\n".join(line for line in query.text.splitlines() if line.startswith("#"))
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    values = {p.name: ox.Literal(PARAM_DEFAULTS[p.type]) for p in query.params if p.type in PARAM_DEFAULTS}
    return header + "\n" + with_values(body, values).strip() + "\n"


def _indicators(lang: str) -> list[dict]:
    return [{"key": e.key, "label": e.label_en if lang == "en" else e.label_vi} for e in indicator_lexicon()]
