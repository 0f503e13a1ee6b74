"""Who holds a task today: agencies followed through the 2025 mergers of departments and provinces."""

BEN_TRE_PLAN = "https://w3id.org/stikg/id/doc/ben-tre/2021/2894-kh-ubnd"
VINH_LONG_STI = "https://w3id.org/stikg/id/agency/vinh-long/so-khoa-hoc-va-cong-nghe"


def lead_named(plan: dict, name: str) -> dict:
    return next(agency for task in plan["tasks"] for agency in task["lead"] if agency["name"] == name)


def test_a_ben_tre_task_led_by_the_information_department_is_held_by_vinh_long_sti_today(client):
    plan = client.get("/api/plan", params={"iri": BEN_TRE_PLAN, "as_of": "today"}).json()
    today = lead_named(plan, "Sở Thông tin và Truyền thông")["asOf"]
    assert today["iri"] == VINH_LONG_STI and today["name"] == "Sở Khoa học và Công nghệ"
    steps = [(c["effective"], c["to"].rsplit("/agency/", 1)[1]) for c in today["changes"]]
    assert steps == [("2025-03-01", "ben-tre/so-khoa-hoc-va-cong-nghe"),
                     ("2025-07-01", "vinh-long/so-khoa-hoc-va-cong-nghe")]
    assert all(c["basis"] and c["source"].startswith("http") for c in today["changes"])


def test_the_day_asked_about_decides(client):
    agency = "https://w3id.org/stikg/id/agency/ben-tre/so-thong-tin-va-truyen-thong"
    before = client.get("/api/agency/holder", params={"iri": agency, "as_of": "2024-12-31"}).json()
    assert before["iri"] == agency and before["changes"] == [] and before["changed"] is False
    between = client.get("/api/agency/holder", params={"iri": agency, "as_of": "2025-04-01"}).json()
    assert between["iri"].endswith("/ben-tre/so-khoa-hoc-va-cong-nghe") and len(between["changes"]) == 1
    assert client.get("/api/agency/holder", params={"iri": agency}).json()["iri"] == VINH_LONG_STI  # today
    assert client.get("/api/agency/holder", params={"iri": agency, "as_of": "31/12/2024"}).status_code == 422
    assert client.get("/api/plan", params={"iri": BEN_TRE_PLAN}).json()["tasks"][0]["lead"][0].get("asOf") is None


def test_a_plan_of_our_own_in_a_province_that_was_not_merged(writer_client, fixture_path):
    plan = fixture_path("nghe_an_plan.txt").read_bytes()
    assert writer_client.post("/api/documents", files=[("files", ("n.txt", plan, "text/plain"))]).status_code == 201
    answer = writer_client.get("/api/plan", params={"iri": "https://w3id.org/stikg/id/doc/nghe-an/2024/125-kh-ubnd",
                                                    "as_of": "2026-01-01"}).json()
    partners = {a["name"]: a["asOf"] for task in answer["tasks"] for a in task["partners"]}
    farming = partners["Sở Nông nghiệp và Phát triển nông thôn"]
    assert farming["iri"].endswith("/agency/nghe-an/so-nong-nghiep-va-moi-truong")  # merged department, same province
    assert [c["effective"] for c in farming["changes"]] == ["2025-03-01"]
    assert partners["Sở Tài chính"]["changed"] is False


def test_an_agency_answers_as_of_a_day_for_the_tasks_of_the_agencies_merged_into_it(client):
    information = "https://w3id.org/stikg/id/agency/ben-tre/so-thong-tin-va-truyen-thong"
    own = client.get("/api/agency/tasks", params={"iri": information}).json()["items"]
    today = client.get("/api/agency/tasks", params={"iri": VINH_LONG_STI, "as_of": "today", "size": 500}).json()
    assert today["heldBy"] is None  # Vĩnh Long's department holds its own duties
    inherited = {r["task"] for r in today["items"] if r.get("namedAgency") == information}
    assert own and inherited == {r["task"] for r in own}
    before = client.get("/api/agency/tasks", params={"iri": VINH_LONG_STI, "as_of": "2025-02-28"}).json()
    assert not [r for r in before["items"] if r.get("namedAgency")]  # nothing had merged yet
    between = client.get("/api/agency/tasks", params={"iri": information, "as_of": "2025-04-01"}).json()
    assert between["heldBy"]["iri"].endswith("/ben-tre/so-khoa-hoc-va-cong-nghe")
    assert {r["task"] for r in between["items"]} == {r["task"] for r in own}
