"""Provincial targets against the national strategy's, and the national targets a province has no counterpart for."""


def by_province(items):
    found = {}
    for item in items:
        found.setdefault(item["province"], []).append(item)
    return found


def test_tfp_against_the_national_above_50_percent_for_2030(client):
    answer = client.get("/api/targets/compare", params={"indicator": "tfp_share", "year": 2030})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["better"] == "higher"
    [national] = body["national"]
    assert (national["comparator"], float(national["value"]), national["endYear"]) == (">", 50.0, "2030")
    provinces = by_province(body["items"])
    assert {"Bến Tre", "Tây Ninh", "Hải Dương"} <= set(provinces)
    for rows in provinces.values():
        for row in rows:
            assert row["national"]["comparator"] == ">" and float(row["national"]["value"]) == 50
            assert row["verdict"] in {"stricter", "equal", "looser"}
            assert row["year"] and row["value"]
    hai_duong = provinces["Hải Dương"]
    assert [(float(r["value"]), r["year"], r["verdict"]) for r in hai_duong] == [(50.0, 2025, "looser")]
    assert {(float(r["value"]), r["year"]) for r in provinces["Tây Ninh"]} == {(40.0, 2025), (45.0, 2030)}


def test_a_plan_of_our_own_that_asks_more_is_stricter(writer_client, fixture_path):
    plan = fixture_path("ninh_binh_targets.txt").read_bytes()
    before = by_province(writer_client.get("/api/targets/compare", params={"indicator": "tfp_share"}).json()["items"])
    assert "Ninh Bình" not in before  # asked before the write, and kept: the write must make it ask again
    posted = writer_client.post("/api/documents", files=[("files", ("ninh_binh.txt", plan, "text/plain"))])
    assert posted.status_code == 201, posted.text
    tfp = by_province(writer_client.get("/api/targets/compare", params={"indicator": "tfp_share"}).json()["items"])
    assert [(r["year"], r["verdict"]) for r in tfp["Ninh Bình"]] == [(2030, "stricter")]  # trên 55% > trên 50%
    firms = by_province(writer_client.get("/api/targets/compare",
                                          params={"indicator": "innovating_firms_share"}).json()["items"])
    assert [r["verdict"] for r in firms["Ninh Bình"]] == ["looser"]  # 30% against the national 40%
    coverage = {row["province"]: row["missing"] for row in writer_client.get("/api/targets/coverage").json()["items"]}
    missing = {m["indicator"].rsplit("/", 1)[-1] for m in coverage["Ninh Bình"]}
    assert "tfp-share" not in missing and "innovating-firms-share" not in missing
    assert {"gii-rank", "researchers-per-10k"} <= missing


def test_unknown_indicator_and_year(client):
    assert client.get("/api/targets/compare", params={"indicator": "nope"}).status_code == 404
    assert client.get("/api/targets/compare", params={"indicator": "tfp_share", "year": 2021}).status_code == 404


def test_national_targets_carry_their_source(client):
    rows = client.get("/api/queries/targets_by_indicator",
                      params={"indicator": "https://w3id.org/stikg/id/indicator/gii-rank"}).json()
    assert rows["items"] and all(r["province"] == "Việt Nam" for r in rows["items"])
    target = rows["items"][0]["target"]
    described = client.get("/id/" + target.split("/id/", 1)[1], headers={"accept": "text/turtle"}).text
    assert "wasDerivedFrom" in described and "http" in described


def test_the_named_query_marks_as_the_api_does(writer_client, fixture_path):
    plan = fixture_path("ninh_binh_targets.txt").read_bytes()
    assert writer_client.post("/api/documents", files=[("files", ("n.txt", plan, "text/plain"))]).status_code == 201
    for key in ("tfp_share", "innovating_firms_share"):
        api = writer_client.get("/api/targets/compare", params={"indicator": key}).json()
        rows = writer_client.get("/api/queries/targets_against_national",
                                 params={"indicator": api["indicator"]}).json()["items"]
        assert sorted((r["target"], r["verdict"], int(r["nationalYear"])) for r in rows) == sorted(
            (i["target"], i["verdict"], int(i["national"]["endYear"])) for i in api["items"])
        assert rows


def test_verdicts_summed_per_province_and_items_paged(client):
    body = client.get("/api/targets/compare", params={"indicator": "tfp_share"}).json()
    items = body["items"]
    assert body["total"] == len(items) and not body["more"]
    for line in body["provinces"]:
        mine = [i for i in items if i["jurisdiction"] == line["jurisdiction"]]
        assert line["targets"] == len(mine) == sum(line["verdicts"].values())
        latest = next(i for i in mine if i["target"] == line["latest"]["target"])
        assert line["latest"]["year"] == latest["year"] == max(i["year"] for i in mine)
        assert line["latest"]["verdict"] == latest["verdict"]
    pages = [client.get("/api/targets/compare", params={"indicator": "tfp_share", "size": 2, "page": n}).json()
             for n in range(1, len(items) // 2 + 2)]
    assert [i for p in pages for i in p["items"]] == items and pages[0]["more"] and not pages[-1]["more"]
    tay_ninh = client.get("/api/targets/compare", params={"indicator": "tfp_share", "jurisdiction": "Tây Ninh"}).json()
    assert {i["province"] for i in tay_ninh["items"]} == {"Tây Ninh"} and tay_ninh["total"] == 2
