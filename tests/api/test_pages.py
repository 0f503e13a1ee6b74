"""The web pages, read as HTML through the real app: a page per resource with its facts, links both ways and
quotes, the search box, lineage diagram data, the target comparison, the SPARQL editor, and what happens when
the front-end packages are missing. The browser tests (test_browser.py) drive the same pages in Chromium."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from stikg.api.ui_text import translate

BASE = "https://w3id.org/stikg/id/"
DECISION_569 = BASE + "doc/vn/2022/569-qd-ttg"
HTML = {"Accept": "text/html"}


def page(client, path: str, **params) -> BeautifulSoup:
    response = client.get(path, params=params or None, headers=HTML)  # None: keep a query in the path
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return BeautifulSoup(response.text, "html.parser")


def local(iri: str) -> str:
    return "/id/" + iri[len(BASE):]


def first_of_class(client, cls: str) -> str:
    query = f"SELECT ?s WHERE {{ ?s a <{cls}> FILTER(STRSTARTS(STR(?s), '{BASE}')) }} ORDER BY ?s LIMIT 1"
    return client.get("/sparql", params={"query": query}).json()["results"]["bindings"][0]["s"]["value"]


STI = "https://w3id.org/stikg/ontology#"


@pytest.mark.parametrize("cls, kind", [(STI + "Plan", "plan"), (STI + "Task", "task"), (STI + "Target", "target"),
                                       (STI + "Agency", "agency"), (STI + "Jurisdiction", "jurisdiction"),
                                       ("http://www.w3.org/2004/02/skos/core#Concept", "concept")])
def test_every_kind_of_resource_has_a_page_with_search_box_and_both_languages(client, cls, kind):
    iri = first_of_class(client, cls)
    vi = page(client, local(iri))
    assert vi.find("article")["data-kind"] == kind
    assert vi.find("html")["lang"] == "vi" and vi.find("form", role="search").find("input", attrs={"name": "q"})
    assert vi.find("code").text == iri
    en = page(client, local(iri), lang="en")
    assert en.find("html")["lang"] == "en"
    if kind != "concept":  # a concept is named in the page's language; other resources by their own names
        assert en.find("h1").text == vi.find("h1").text
    assert en.find("h2").text != vi.find("h2").text  # the page's own words are translated
    facts = vi.find_all("table", class_="facts")
    assert facts and facts[0].find("th")  # its statements


def test_a_task_page_quotes_its_source_text_and_links_up(client):
    task = first_of_class(client, STI + "Task")
    evidence = client.get("/api/queries/evidence", params={"node": task}).json()["items"]
    soup = page(client, local(task))
    quotes = [q.contents[0].strip() for q in soup.select("blockquote.quote")]
    assert evidence and evidence[0]["quote"].strip() in quotes
    footer = soup.select_one("blockquote.quote footer").text
    assert evidence[0]["file"] in footer and f"{evidence[0]['start']}–{evidence[0]['end']}" in footer
    plan = client.get("/sparql", params={"query": f"SELECT ?p WHERE {{ <{task}> <{STI}partOfPlan> ?p }}"}).json()
    plan_iri = plan["results"]["bindings"][0]["p"]["value"]
    assert soup.find("a", href=local(plan_iri))  # a link out
    assert soup.find("a", id="lineage-up")["href"].startswith("/lineage?")


def test_a_document_page_shows_links_both_ways_with_quotes_and_who_carries_it_out(client):
    soup = page(client, local(DECISION_569))
    assert soup.find("h1").text == "569/QĐ-TTg"
    carried = soup.find("section", class_="carried-out")
    hai_duong = BASE + "doc/hai-duong/2023/4346-kh-ubnd"
    assert carried and carried.find("a", href=local(hai_duong)) and "Hải Dương" in carried.text
    tallies = client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down",
                                                 "detail": "provinces"}).json()
    assert [h.contents[0].strip() for h in carried.find_all("h3")] == [p["province"] for p in tallies["provinces"]]
    linked_from = soup.find_all("table", class_="facts")[-1]
    link = linked_from.find("a", href=local(hai_duong))
    assert link and link.find_next("blockquote").text.startswith("Quyết định số 569/QĐ-TTg")
    plan = page(client, local(hai_duong))
    assert plan.find("a", href=local(DECISION_569))  # and the other way
    assert plan.select("table.tasks tbody tr") and plan.find("a", href=lambda h: h and "format=xlsx" in h)


def test_an_agency_page_says_who_holds_its_duties_today(client):
    soup = page(client, "/id/agency/ben-tre/so-thong-tin-va-truyen-thong")
    holder = soup.find("a", id="holder")
    assert holder.text == "Sở Khoa học và Công nghệ" and "Vĩnh Long" in holder.parent.text
    assert len(soup.select("ol.changes li")) == 2


def test_search_finds_numbers_title_words_and_agencies_without_diacritics(client):
    by_number = page(client, "/search", q="569")
    assert by_number.find("a", href=local(DECISION_569))
    words = page(client, "/search", q="khoa hoc cong nghe")
    assert words.select('section[data-kind="document"] li') and words.select('section[data-kind="task"] li')
    agency = page(client, "/search", q="so thong tin va truyen thong")
    assert agency.find("a", href="/id/agency/ben-tre/so-thong-tin-va-truyen-thong")
    nothing = page(client, "/search", q="zzzz qqqq")
    assert nothing.find("p", class_="empty")
    hostile = client.get("/search", params={"q": "<script>alert(1)</script>"}, headers=HTML)
    assert hostile.status_code == 200 and "<script>alert" not in hostile.text


def diagram(client, iri: str, direction: str) -> dict:
    soup = page(client, "/lineage", iri=iri, direction=direction)
    assert soup.find("script", src="/assets/vendor/cytoscape.min.js")
    return json.loads(soup.find("script", id="diagram-data").string)


def test_the_lineage_diagram_draws_what_the_api_traces(client):
    task = BASE + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
    up = diagram(client, task, "up")
    drawn = {n["id"] for n in up["nodes"]}
    paths = client.get("/api/lineage", params={"iri": task, "direction": "up"}).json()["paths"]
    assert {e["to"] for path in paths for e in path} | {task} == drawn
    assert {(e["from"], e["to"]) for path in paths for e in path} == {(e["source"], e["target"]) for e in up["edges"]}
    down = diagram(client, DECISION_569, "down")
    provinces = client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down"}).json()["provinces"]
    labels = {n["label"] for n in down["nodes"] if n["kind"] == "jurisdiction"}
    assert labels == set(provinces)
    plans = {p["plan"] for plans in provinces.values() for p in plans}
    assert plans <= {n["id"] for n in down["nodes"]}


def test_the_comparison_page_charts_and_tabulates_every_province(client):
    soup = page(client, "/compare", indicator="tfp_share", year="2030")
    answer = client.get("/api/targets/compare", params={"indicator": "tfp_share", "year": 2030}).json()
    rows = soup.select("table.comparison tbody tr")
    assert len(rows) == len(answer["items"]) > len(answer["provinces"])  # a province with two targets
    assert {"Bến Tre", "Tây Ninh", "Hải Dương"} <= {r.find("td").text for r in rows}
    assert all(r.select_one("td.verdict").text == "thấp hơn" for r in rows)  # all looser than "trên 50%"
    summary = {r.find("td").text: r for r in soup.select("table.provinces tbody tr")}
    assert len(summary) == len(soup.select("svg#comparison-chart g.bar")) == len(answer["provinces"])
    tay_ninh = summary["Tây Ninh"]
    assert [td.text for td in tay_ninh.select("td.num")][:4] == ["2", "0", "0", "2"]
    assert "45" in tay_ninh.select("td.num")[-1].text  # the latest: 45% for 2030, not 40% for 2025
    assert soup.select("svg#comparison-chart line.national-line")
    english = page(client, "/compare", indicator="tfp_share", lang="en")
    assert {r.select_one("td.verdict").text for r in english.select("table.comparison tbody tr")} == {"looser"}
    assert client.get("/compare", params={"indicator": "no_such"}, headers=HTML).status_code == 404


def test_the_comparison_page_names_the_provinces_without_a_target_of_its_indicator(client):
    coverage = client.get("/api/targets/coverage").json()["items"]
    for key in ("tfp_share", "gii_rank"):
        iri = BASE + "indicator/" + key.replace("_", "-")
        expected = {c["province"] for c in coverage if iri in {m["indicator"] for m in c["missing"]}}
        shown = {tag.text for tag in page(client, "/compare", indicator=key).select("p.lacking .tag")}
        assert shown == expected
    assert expected  # no province of the sample sets a GII rank target


def test_the_comparison_page_of_one_province_charts_its_own_targets(client):
    link = page(client, "/compare", indicator="tfp_share").find("a", string="Tây Ninh")["href"]
    soup = BeautifulSoup(client.get(link, headers=HTML).text, "html.parser")
    rows = soup.select("table.comparison tbody tr")
    assert {r.find("td").text for r in rows} == {"Tây Ninh"} and len(rows) == 2
    assert len(soup.select("svg#comparison-chart g.bar")) == 2 and not soup.select("table.provinces")
    by_name = page(client, "/compare", indicator="tfp_share", jurisdiction="tay ninh")
    assert len(by_name.select("table.comparison tbody tr")) == 2


def test_the_editor_offers_every_named_query_ready_to_run(client):
    soup = page(client, "/editor")
    examples = json.loads(soup.find("script", id="examples-data").string)
    names = {q["name"] for q in client.get("/api/queries").json()}
    assert {e["name"] for e in examples} == names
    assert soup.find("script", src="/assets/vendor/yasgui.min.js")
    plans = next(e for e in examples if e["name"] == "plans")
    answer = client.post("/sparql", data={"query": plans["query"]},
                         headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200
    rows = answer.json()["results"]["bindings"]
    assert len(rows) == client.get("/api/plans").json()["total"] > 0


def test_unknown_resources_and_bad_parameters_answer_clearly(client):
    missing = client.get("/id/doc/vn/1999/nothing", headers=HTML)
    assert missing.status_code == 404 and "Không tìm thấy" in missing.text
    assert client.get("/lineage", params={"iri": "not an iri"}, headers=HTML).status_code == 422
    assert client.get("/lineage", params={"iri": BASE + "nothing"}, headers=HTML).status_code == 404
    assert client.get("/compare", params={"year": "soon"}, headers=HTML).status_code == 422
    assert client.get("/assets/vendor/..%2Fpackage.json").status_code == 404
    assert client.get("/assets/site/..%2F..%2Fpyproject.toml").status_code == 404
    assert client.get("/assets/site/site.css").headers["content-type"].startswith("text/css")


def test_without_the_front_end_packages_pages_say_what_to_install(store_path, make_settings, tmp_path):
    from stikg.api.app import create_app

    settings = make_settings(store_path, assets=tmp_path / "no_node_modules")
    with TestClient(create_app(settings)) as bare:
        lineage = bare.get("/lineage", params={"iri": DECISION_569, "direction": "down"}, headers=HTML)
        soup = BeautifulSoup(lineage.text, "html.parser")
        notice = soup.find(class_="missing-asset").text
        assert "cytoscape" in notice and "npm ci --prefix web" in notice
        assert not soup.find("script", src="/assets/vendor/cytoscape.min.js")
        assert soup.find("details", class_="fallback").has_attr("open")  # the edges as a list instead
        editor = BeautifulSoup(bare.get("/editor", headers=HTML).text, "html.parser")
        assert "@zazuko/yasgui" in editor.find(class_="missing-asset").text
        asset = bare.get("/assets/vendor/cytoscape.min.js")
        assert asset.status_code == 404 and "npm ci --prefix web" in asset.json()["detail"]
        assert not BeautifulSoup(bare.get("/", headers=HTML).text, "html.parser").find(class_="missing-asset")


def test_resource_links_in_pages_stay_on_this_server(client):
    soup = page(client, local(DECISION_569), lang="en")
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert not [h for h in hrefs if h.startswith(BASE)]
    assert any(h.startswith("/id/") and h.endswith("?lang=en") for h in hrefs)
    assert quote(DECISION_569, safe="") in soup.find("a", id="lineage-down")["href"]


def test_a_diagram_with_too_many_tasks_draws_plans_with_their_counts(client, monkeypatch):
    from stikg.api import views

    monkeypatch.setattr(views, "TASKS_DRAWN", 5)
    drawn = diagram(client, DECISION_569, "down")
    counted = client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down", "detail": "plans"}).json()
    plans = [p for plans in counted["provinces"].values() for p in plans]
    assert not [n for n in drawn["nodes"] if n["kind"] == "task"]
    assert sorted(n["label"] for n in drawn["nodes"] if n["kind"] == "more") == \
        sorted(f"+{p['taskCount']}" for p in plans if p["taskCount"])


def test_a_diagram_with_too_many_plans_draws_provinces_with_their_counts(client, monkeypatch):
    from stikg.api import views

    monkeypatch.setattr(views, "PLANS_DRAWN", 0)
    drawn = diagram(client, DECISION_569, "down")
    tallies = client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down",
                                                 "detail": "provinces"}).json()["provinces"]
    assert sorted(n["label"] for n in drawn["nodes"] if n["kind"] == "jurisdiction") == sorted(
        f"{t['province']}: {t['planCount']} kế hoạch, {t['taskCount']} nhiệm vụ" for t in tallies)
    assert len(drawn["nodes"]) == len(tallies) + 1  # the decision and its provinces: no plan, no task
    hai_duong = next(n for n in drawn["nodes"] if n["label"].startswith("Hải Dương"))
    assert hai_duong["open"].startswith("/lineage?")  # a province opens its own diagram: its plans, drawn
    one = json.loads(page(client, hai_duong["open"]).find("script", id="diagram-data").string)
    plans = client.get("/api/lineage", params={"iri": DECISION_569, "direction": "down",
                                               "jurisdiction": "Hải Dương"}).json()["provinces"]["Hải Dương"]
    assert client.get("/lineage", params={"iri": DECISION_569, "direction": "down",
                                          "jurisdiction": "https://bad iri"}).status_code == 422
    drawn_plans = {n["id"] for n in one["nodes"] if n["kind"] == "plan" and n["id"] != DECISION_569}
    assert drawn_plans == {p["plan"] for p in plans} != set()
    assert [n["label"] for n in one["nodes"] if n["kind"] == "jurisdiction"] == ["Hải Dương"]


def test_a_document_carried_out_by_many_plans_shows_counts_by_province(client, monkeypatch):
    from stikg.api import pages

    monkeypatch.setattr(pages, "CARRIED_OUT_PLANS", 0)  # as for a national decision at national scale
    carried = page(client, local(DECISION_569)).find("section", class_="carried-out")
    assert carried.find("h3") and not carried.find("li") and "Hải Dương" in carried.text
    every = carried.find("a", href=lambda h: h and h.startswith("/api/lineage?"))
    assert client.get(every["href"]).json()["provinces"]["Hải Dương"][0]["taskCount"] > 0
    drill = [a["href"] for a in carried.find_all("a", href=lambda h: h and h.startswith("/lineage?"))]
    assert len(drill) == len(carried.find_all("h3"))  # each province opens its own diagram
    first = carried.find("h3").contents[0].strip()
    assert f"Chỉ {first}." in page(client, drill[0]).text


def test_the_comparison_page_pages_its_targets(client, monkeypatch):
    from stikg.api import pages

    monkeypatch.setattr(pages, "COMPARE_PAGE", 2)
    every = client.get("/api/targets/compare", params={"indicator": "tfp_share", "size": 500}).json()["items"]
    seen, link = [], "/compare?indicator=tfp_share"
    while link:
        soup = BeautifulSoup(client.get(link, headers=HTML).text, "html.parser")
        rows = soup.select("table.comparison tbody tr")
        assert len(rows) <= 2
        seen += [r.select("td a")[1]["href"] for r in rows]
        link = (soup.find("a", rel="next") or {}).get("href")
    assert len(every) > 2 and seen == [local(i["target"]) for i in every]


def test_a_page_lists_a_few_links_of_each_property_counts_the_rest_and_quotes_each(client, monkeypatch):
    """What points to a resource, PER_PROPERTY a property and the rest counted; a document's links to and from
    other documents, each with the sentence it was read from (the quote document_links gives for it)."""
    from stikg.api import views

    monkeypatch.setattr(views, "PER_PROPERTY", 2)
    tay_ninh = BASE + "jurisdiction/tay-ninh"
    answer = client.post("/sparql", data={"query": f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p <{tay_ninh}>
        FILTER(?p NOT IN (<https://w3id.org/stikg/ontology#carriesOut>, <https://w3id.org/stikg/ontology#evidence>))
        }} GROUP BY ?p"""}).json()
    counts = {b["p"]["value"]: int(b["n"]["value"]) for b in answer["results"]["bindings"]}
    rows = page(client, "/id/jurisdiction/tay-ninh").find_all("table", class_="facts")[-1].find_all("tr")
    assert {r.find("th")["title"] for r in rows} == set(counts) and max(counts.values()) > 2
    for row in rows:
        n = counts[row.find("th")["title"]]
        assert len(row.select("li a")) == min(n, 2)
        more = row.find("li", class_="muted")
        assert (more.text if more else "") == (translate("more", "vi", n=n - 2) if n > 2 else "")
    monkeypatch.setattr(views, "PER_PROPERTY", 50)
    for document in (DECISION_569, BASE + "doc/hai-duong/2023/4346-kh-ubnd"):
        links = client.get("/api/document", params={"iri": document}).json()
        tables = page(client, local(document)).find_all("table", class_="facts")
        checked = 0
        for table, direction in ((tables[0], "links"), (tables[-1], "citedBy")):
            for relation, items in links[direction].items():
                row = next(r for r in table.find_all("tr") if r.find("th")["title"].endswith("#" + relation))
                for item in items:
                    shown = row.find("a", href=local(item["iri"])).parent.find("blockquote")
                    assert (shown.text if shown else None) == item.get("quote"), (document, relation, item["iri"])
                    checked += "quote" in item
        assert checked
