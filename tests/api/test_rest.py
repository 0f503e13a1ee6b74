"""The REST API over the sample corpus, through the real app and query workers."""

from stikg.graph.search import fold_text

BASE = "https://w3id.org/stikg/id/"
TAY_NINH_TASK = BASE + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"


def test_lineage_up_reaches_696_through_1962(client):
    body = client.get("/api/lineage", params={"iri": TAY_NINH_TASK, "direction": "up"}).json()
    chains = [[edge["to"] for edge in path] for path in body["paths"]]
    assert [BASE + "doc/tay-ninh/2020/1962-kh-ubnd", BASE + "doc/vn/2020/696-qd-ttg"] in chains
    edge = body["paths"][chains.index([BASE + "doc/tay-ninh/2020/1962-kh-ubnd", BASE + "doc/vn/2020/696-qd-ttg"])][1]
    assert edge["relation"] == "implements" and "696/QĐ-TTg" in edge["quote"]


def test_lineage_down_from_569_grouped_by_province(client):
    body = client.get("/api/lineage", params={"iri": BASE + "doc/vn/2022/569-qd-ttg", "direction": "down"}).json()
    (plan,) = body["provinces"]["Hải Dương"]
    assert plan["number"] == "4346/KH-UBND" and len(plan["tasks"]) == 21


def test_lineage_errors(client):
    for direction in ("up", "down"):
        assert client.get("/api/lineage", params={"iri": BASE + "doc/vn/1999/none", "direction": direction}
                          ).status_code == 404
    # a task is there, and nothing carries it out: an empty answer
    unused = client.get("/api/lineage", params={"iri": TAY_NINH_TASK, "direction": "down"})
    assert unused.status_code == 200 and unused.json()["provinces"] == {}
    assert client.get("/api/lineage", params={"iri": TAY_NINH_TASK, "direction": "sideways"}).status_code == 422
    assert client.get("/api/lineage", params={"iri": "not an iri"}).status_code == 422
    assert client.get("/api/lineage").status_code == 422


def all_pages(client, path: str, **params) -> tuple[list[dict], list[dict]]:
    """Every page of a paged answer, following `more`: the items and the page bodies."""
    items, bodies = [], []
    for number in range(1, 100):
        body = client.get(path, params={**params, "page": number}).json()
        items += body["items"]
        bodies.append(body)
        if not body["more"]:
            return items, bodies
    raise AssertionError("more than 99 pages")


def test_document_search_ignores_diacritics_and_pages_stably(client):
    items, bodies = all_pages(client, "/api/documents", q="khoa hoc", size=3)
    iris = [i["iri"] for i in items]
    assert len(iris) == len(set(iris)) > 6 and len(bodies) > 2
    assert "total" not in bodies[0] and all(b["more"] == (len(b["items"]) == 3) for b in bodies)
    if len(iris) % 3:  # a last page not full shows the total
        assert bodies[-1]["total"] == len(iris)
    whole = client.get("/api/documents", params={"q": "KHOA HỌC", "size": 500}).json()
    assert whole["total"] == len(iris) and not whole["more"] and {i["iri"] for i in whole["items"]} == set(iris)
    beyond = client.get("/api/documents", params={"q": "khoa hoc", "size": 3, "page": 99}).json()
    assert beyond == {"page": 99, "size": 3, "more": False, "items": []}
    found = client.get("/api/documents", params={"number": "569/QĐ-TTg"}).json()["items"]
    assert [d["iri"] for d in found] == [BASE + "doc/vn/2022/569-qd-ttg"]
    plans = client.get("/api/documents", params={"type": "ke hoach", "jurisdiction": "tay ninh"}).json()
    assert plans["total"] >= 5 and all(d["jurisdiction"] == "Tây Ninh" for d in plans["items"])
    for filters in ({}, {"type": "ke hoach"}, {"jurisdiction": "tay ninh"}):  # paged in the query, stably
        items, bodies = all_pages(client, "/api/documents", size=4, **filters)
        whole = client.get("/api/documents", params={"size": 500, **filters}).json()
        assert len(bodies) > 1 and sorted(i["iri"] for i in items) == sorted(i["iri"] for i in whole["items"])
        assert whole["total"] == len(items) and all(b["items"] == sorted(b["items"], key=lambda i: i["iri"])
                                                    for b in bodies)
    assert client.get("/api/documents", params={"page": 0}).status_code == 422
    assert client.get("/api/documents", params={"size": 100000}).status_code == 422
    assert client.get("/api/documents", params={"page": 99999}).json()["items"] == []


def test_one_document_with_links_both_ways(client):
    body = client.get("/api/document", params={"iri": BASE + "doc/tay-ninh/2020/1962-kh-ubnd"}).json()
    assert body["number"] == "1962/KH-UBND"
    assert body["links"]["implements"][0]["iri"] == BASE + "doc/vn/2020/696-qd-ttg"
    citing = {c["iri"] for c in body["citedBy"]["implements"]}
    assert TAY_NINH_TASK in citing
    assert client.get("/api/document", params={"iri": BASE + "doc/vn/1999/none"}).status_code == 404


MOST_CITED = """PREFIX sti: <https://w3id.org/stikg/ontology#>
SELECT ?document (COUNT(*) AS ?n) WHERE {
  ?other ?relation ?document FILTER(?relation IN (sti:implements, sti:basedOn, sti:references, sti:replaces))
} GROUP BY ?document ORDER BY DESC(?n) LIMIT 3"""
CITED_BY = """PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?relation ?other ?quote WHERE {
  ?other ?relation <%s> FILTER(?relation IN (sti:implements, sti:basedOn, sti:references, sti:replaces, sti:amends))
  OPTIONAL { ?c sti:citedDocument <%s> ; sti:citingDocument ?other ; sti:relation ?relation ;
                sti:evidence/oa:hasSelector/oa:exact ?quote } }"""


def sparql_rows(client, query: str) -> list[dict]:
    answer = client.post("/sparql", data={"query": query}).json()
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def test_what_cites_a_document_comes_a_page_at_a_time_counted_and_quoted(client):
    """A national decision is cited by thousands: citedBy is a page, and every page together give what a plain
    query over the whole graph gives, each link once, with one of its sentences (pages of one link: the sample's
    documents are cited a few times each)."""
    quoted = 0
    for document in (row["document"] for row in sparql_rows(client, MOST_CITED)):
        quotes: dict[tuple[str, str], set] = {}
        for row in sparql_rows(client, CITED_BY % (document, document)):
            quotes.setdefault((row["relation"].rsplit("#", 1)[-1], row["other"]), set()).add(row.get("quote"))
        counts = {relation: sum(1 for r, _ in quotes if r == relation) for relation, _ in quotes}
        assert len(quotes) > 1, document
        seen: list[tuple[str, str]] = []
        for number in range(1, 100):
            body = client.get("/api/document", params={"iri": document, "size": 1, "page": number}).json()
            assert body["citedByCount"] == counts and body["page"] == number
            assert sum(len(items) for items in body["citedBy"].values()) == 1
            for relation, items in body["citedBy"].items():
                seen += [(relation, item["iri"]) for item in items]
                assert all(item.get("quote") in quotes[(relation, item["iri"])] for item in items)
                quoted += sum("quote" in item for item in items)
            assert body["more"] == (len(quotes) > number)
            if not body["more"]:
                break
        assert sorted(seen) == sorted(quotes)  # every link, once
        past = client.get("/api/document", params={"iri": document, "size": 1, "page": number + 1}).json()
        assert past["citedBy"] == {} and past["citedByCount"] == counts and not past["more"]
        whole = client.get("/api/document", params={"iri": document}).json()  # one page of 100, counted from it
        assert not whole["more"] and whole["citedByCount"] == counts
        assert {r: [i["iri"] for i in items] for r, items in whole["citedBy"].items()} == {
            r: sorted(o for q, o in quotes if q == r) for r in counts}
    assert quoted


def test_plan_with_targets_and_tasks(client):
    body = client.get("/api/plan", params={"iri": BASE + "doc/tay-ninh/2023/2502-kh-ubnd"}).json()
    assert len(body["targets"]) == 16 and len(body["tasks"]) == 52
    task = next(t for t in body["tasks"] if t["id"] == "appendix:24")
    assert [a["name"] for a in task["lead"]] == ["Sở Khoa học và Công nghệ"]
    assert client.get("/api/plan", params={"iri": BASE + "doc/vn/2021/1158-qd-ttg"}).status_code == 404  # a decision
    strategy = client.get("/api/plan", params={"iri": BASE + "doc/vn/2022/569-qd-ttg"}).json()  # its national targets
    assert strategy["tasks"] == [] and {t["comparator"] for t in strategy["targets"]} >= {">", "="}


def test_agencies_targets_and_named_queries(client):
    agencies = client.get("/api/agencies", params={"jurisdiction": "Tây Ninh"}).json()["items"]
    science = next(a for a in agencies if a["name"] == "Sở Khoa học và Công nghệ")
    assert science["leads"] > 20
    tasks = client.get("/api/agency/tasks", params={"iri": science["iri"]}).json()
    assert tasks["total"] == science["leads"] + science["partners"]
    tfp = client.get("/api/targets", params={"indicator": "tfp_share"}).json()["items"]
    assert {t["province"] for t in tfp} == {"Bến Tre", "Tây Ninh", "Hải Dương", "Việt Nam"}  # and the national one
    pages, bodies = all_pages(client, "/api/targets", indicator="tfp_share", size=2)
    assert sorted(t["target"] for t in pages) == sorted(t["target"] for t in tfp) and len(bodies) > 2
    assert all([(t["province"], t.get("endYear", "")) for t in b["items"]] ==
               sorted((t["province"], t.get("endYear", "")) for t in b["items"]) for b in bodies)
    listed = {q["name"]: q for q in client.get("/api/queries").json()}
    assert listed["tasks_by_agency"]["params"][0]["type"] == "iri"
    rows = client.get("/api/queries/tasks_by_agency", params={"agency": science["iri"], "size": 5}).json()
    assert rows["total"] == tasks["total"] and len(rows["items"]) == 5
    assert client.get("/api/queries/tasks_by_agency").status_code == 422
    assert client.get("/api/queries/tasks_by_agency", params={"agency": '"} ; DROP ALL #'}).status_code == 422


def test_json_ld_on_request(client):
    response = client.get("/api/plans", headers={"Accept": "application/ld+json"})
    assert response.headers["content-type"].startswith("application/ld+json")
    body = response.json()
    assert body["@context"].endswith("/api/context.jsonld")
    context = client.get("/api/context.jsonld").json()["@context"]
    assert context["iri"] == "@id"
    from rdflib import Graph

    g = Graph().parse(data={**body, "@context": context}, format="json-ld")
    assert len(g) > 10


def test_openapi_lists_every_named_query_with_examples(client):
    spec = client.get("/openapi.json").json()
    assert "/api/queries/lineage_down" in spec["paths"]
    params = spec["paths"]["/api/queries/lineage_down"]["get"]["parameters"]
    assert any(p["name"] == "document" and p["required"] for p in params)
    lineage = spec["paths"]["/api/lineage"]["get"]["parameters"]
    assert any(p["name"] == "iri" and p["schema"].get("examples") for p in lineage)


def test_search_through_the_word_index(client):
    found = client.get("/api/search", params={"q": "thị trường khoa học"}).json()
    kinds = {i["kind"] for i in found["items"]}
    assert {"document", "task"} <= kinds
    assert all("thi truong khoa hoc" in fold_text(i["title"]) for i in found["items"])
    same = client.get("/api/search", params={"q": "THI TRUONG KHOA HOC"}).json()
    assert same["total"] == found["total"]
    # punctuation and stop words aside: the phrase as the title words, without "và"
    science = client.get("/api/search", params={"q": "khoa hoc cong nghe", "size": 500}).json()["items"]
    assert science == client.get("/api/search", params={"q": "Khoa học, và công nghệ", "size": 500}).json()["items"]
    assert any("khoa học và công nghệ" in i["title"].lower() for i in science)
    tasks = client.get("/api/search", params={"q": "thi truong khoa hoc", "kind": "task"}).json()["items"]
    assert tasks and all(i["kind"] == "task" for i in tasks)
    assert client.get("/api/search", params={"q": "và các"}).status_code == 422
    numbered = [i for i in science if i["kind"] == "document" and "number" in i]
    assert numbered and all(client.get("/api/document", params={"iri": i["iri"]}).json()["number"] == i["number"]
                            for i in numbered)


def test_any_answer_can_carry_its_evidence(client):
    plan = "https://w3id.org/stikg/id/doc/hai-duong/2023/4346-kh-ubnd"
    plain = client.get("/api/plan", params={"iri": plan}).json()
    assert "evidence" not in plain
    answer = client.get("/api/plan", params={"iri": plan, "evidence": "true"}).json()
    evidence = answer["evidence"]
    tasks = [task["iri"] for task in answer["tasks"]]
    assert tasks and all(task in evidence for task in tasks)
    first = evidence[tasks[0]][0]
    assert first["file"].endswith(".txt") and len(first["sha256"]) == 64 and first["end"] > first["start"]
    assert first["quote"] and answer["tasks"][0]["title"][:20] in first["quote"]
    listed = client.get("/api/targets", params={"indicator": "tfp_share", "evidence": "true"}).json()
    assert all(item["target"] in listed["evidence"] for item in listed["items"] if "/doc/vn/" not in item["target"])
    traced = client.get("/api/lineage", params={"iri": TAY_NINH_TASK, "evidence": "true"}).json()
    assert traced["paths"] and TAY_NINH_TASK in traced["evidence"]


def test_lineage_down_can_count_the_tasks_instead_of_listing_them(client):
    decision = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"
    full = client.get("/api/lineage", params={"iri": decision, "direction": "down"}).json()["provinces"]
    counted = client.get("/api/lineage", params={"iri": decision, "direction": "down", "detail": "plans"}).json()
    assert {province: [(p["plan"], len(p["tasks"])) for p in plans] for province, plans in full.items()} == \
        {province: [(p["plan"], p["taskCount"]) for p in plans] for province, plans in counted["provinces"].items()}
    assert client.get("/api/lineage", params={"iri": decision, "direction": "down", "detail": "all"}).status_code == 422


def test_lineage_down_in_one_province_is_that_province_of_the_full_answer(client):
    decision = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"
    down = {"iri": decision, "direction": "down"}
    full = client.get("/api/lineage", params=down).json()["provinces"]
    tallies = client.get("/api/lineage", params={**down, "detail": "provinces"}).json()["provinces"]
    hai_duong = next(t for t in tallies if t["province"] == "Hải Dương")
    for named in (hai_duong["jurisdiction"], "Hải Dương", "tỉnh Hải Dương", "Hai Duong"):
        answer = client.get("/api/lineage", params={**down, "jurisdiction": named}).json()
        assert answer["provinces"] == {"Hải Dương": full["Hải Dương"]}, named
        assert answer["jurisdiction"] == hai_duong["jurisdiction"]
    plans = client.get("/api/lineage", params={**down, "jurisdiction": "Hải Dương", "detail": "plans"}).json()
    assert [(p["plan"], p["taskCount"]) for p in plans["provinces"]["Hải Dương"]] == [
        (p["plan"], len(p["tasks"])) for p in full["Hải Dương"]]
    counts = client.get("/api/lineage", params={**down, "jurisdiction": "Hải Dương", "detail": "provinces"}).json()
    assert counts["provinces"] == [hai_duong]
    elsewhere = client.get("/api/lineage", params={**down, "jurisdiction": "Cà Mau"})
    assert elsewhere.status_code == 200 and elsewhere.json()["provinces"] == {}  # none there; the decision exists
    assert client.get("/api/lineage", params={**down, "jurisdiction": "https://bad iri"}).status_code == 422


def test_lineage_down_by_province_counts_what_the_full_answer_lists(client):
    decision = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"
    full = client.get("/api/lineage", params={"iri": decision, "direction": "down"}).json()["provinces"]
    answer = client.get("/api/lineage", params={"iri": decision, "direction": "down", "detail": "provinces"}).json()
    provinces = answer["provinces"]
    assert [p["province"] for p in provinces] == list(full) and provinces
    for row in provinces:
        plans = full[row["province"]]
        assert (row["planCount"], row["taskCount"]) == (len(plans), sum(len(p["tasks"]) for p in plans))
        assert row["jurisdiction"].startswith("https://w3id.org/stikg/id/jurisdiction/")
