"""The acceptance questions of the graph, on the sample corpus."""

from stikg.graph.lineage import counted, lineage_down, lineage_down_provinces, lineage_down_summary, lineage_up
from stikg.graph.queries import named_query

BASE = "https://example.org/stikg/"


def test_up_from_tay_ninh_task_reaches_696_through_1962(built_store):
    task = BASE + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
    paths = lineage_up(built_store, task)
    chains = [[e.target.rsplit("/", 1)[-1] for e in p] for p in paths]
    assert ["1962-kh-ubnd", "696-qd-ttg"] in chains
    (via_1962,) = [p for p in paths if p[0].target.endswith("1962-kh-ubnd")]
    assert all(edge.quote for edge in via_1962)
    assert "1962/KH-UBND" in via_1962[0].quote and "696/QĐ-TTg" in via_1962[1].quote


def test_up_from_ben_tre_task_reaches_36(built_store):
    paths = lineage_up(built_store, BASE + "doc/ben-tre/2021/2894-kh-ubnd/task/appendix-3")
    assert any(p[-1].target.endswith("/36-qd-ttg") for p in paths)


def test_down_from_569_includes_hai_duong_plan_and_tasks(built_store):
    found = lineage_down(built_store, BASE + "doc/vn/2022/569-qd-ttg")
    (plan,) = [p for p in found["Hải Dương"] if p["number"] == "4346/KH-UBND"]
    assert len(plan["tasks"]) >= 20


def test_down_from_1158_includes_binh_dinh_plan_and_all_appendix_tasks(built_store):
    found = lineage_down(built_store, BASE + "doc/vn/2021/1158-qd-ttg")
    tasks = {t["id"] for plan in found["Bình Định"] for t in plan["tasks"]}
    assert {f"appendix:{n}" for n in range(1, 11)} <= tasks


def test_lineage_up_query_marks_national_roots(built_store):
    import pyoxigraph as ox

    rows = list(built_store.select(named_query("lineage_up").text,
                                   start=ox.NamedNode(BASE + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24")))
    roots = {r["number"] for r in rows if r["root"] == "true" and r["national"] == "true"}
    assert "696/QĐ-TTg" in roots


def test_references_are_not_lineage(built_store):
    # Tây Ninh's plan only references 569/QĐ-TTg: it is not below it.
    found = lineage_down(built_store, BASE + "doc/vn/2022/569-qd-ttg")
    assert "Tây Ninh" not in found


def test_named_research_queries_answer(built_store):
    import pyoxigraph as ox

    tfp = list(built_store.select(named_query("targets_by_indicator").text,
                                  indicator=ox.NamedNode(BASE + "indicator/tfp-share")))
    assert {r["province"] for r in tfp} >= {"Bến Tre", "Tây Ninh", "Hải Dương"}
    no_lead = list(built_store.select(named_query("tasks_without_lead").text))
    assert no_lead and all(r["reason"] for r in no_lead)
    cited = {r["number"] for r in built_store.select(named_query("cited_never_implemented").text)}
    assert "95/2014/NĐ-CP" in cited and "569/QĐ-TTg" not in cited
    agency = BASE + "agency/tay-ninh/so-khoa-hoc-va-cong-nghe"
    tasks = list(built_store.select(named_query("tasks_by_agency").text, agency=ox.NamedNode(agency)))
    assert {r["role"] for r in tasks} == {"lead", "partner"}
    assert sum(r["role"] == "lead" for r in tasks) > 20


def test_the_counted_and_per_province_answers_down_agree_with_the_full_one(built_store):
    documents = [row["d"] for row in built_store.select(
        "SELECT DISTINCT ?d WHERE { ?x <https://w3id.org/stikg/ontology#carriesOut> ?d }")]
    assert len(documents) > 10
    drilled = 0
    for document in documents:
        full, summary = lineage_down(built_store, document), lineage_down_summary(built_store, document)
        assert list(full) == list(summary), document  # the same provinces, in the same order
        assert counted(full) == summary, document
        tallies = lineage_down_provinces(built_store, document)
        assert {row["province"]: (row["planCount"], row["taskCount"]) for row in tallies} == {
            province: (len(plans), sum(len(p["tasks"]) for p in plans)) for province, plans in full.items()}, document
        for row in tallies:  # the drill-down from a tally: that province's part of the full answer, nothing else
            assert lineage_down(built_store, document, jurisdiction=row["jurisdiction"]) == {
                row["province"]: full[row["province"]]}, (document, row["province"])
            drilled += 1
    assert drilled > 10
    nowhere = BASE + "jurisdiction/no-such-province"
    assert lineage_down(built_store, BASE + "doc/vn/2022/569-qd-ttg", jurisdiction=nowhere) == {}
