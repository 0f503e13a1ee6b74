"""The responsibility matrix of a plan, as JSON, CSV and XLSX: every task with its lead and partners."""

import csv
import io

from openpyxl import load_workbook

HAI_DUONG = "https://w3id.org/stikg/id/doc/hai-duong/2023/4346-kh-ubnd"


def test_matrix_json_has_every_task_with_its_lead(client):
    plan = client.get("/api/plan", params={"iri": HAI_DUONG}).json()
    matrix = client.get("/api/plan/matrix", params={"iri": HAI_DUONG}).json()["items"]
    assert {row["id"] for row in matrix} == {task["id"] for task in plan["tasks"]}
    for task in plan["tasks"]:
        rows = [row for row in matrix if row["id"] == task["id"]]
        assert {r["agency"] for r in rows if r["role"] == "lead"} == {a["name"] for a in task["lead"]}
        assert {r["agency"] for r in rows if r["role"] == "partner"} == {a["name"] for a in task["partners"]}


def test_matrix_as_csv_and_xlsx_hold_the_same_rows(client):
    as_json = client.get("/api/plan/matrix", params={"iri": HAI_DUONG}).json()["items"]
    answer = client.get("/api/plan/matrix", params={"iri": HAI_DUONG, "format": "csv"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert 'filename="4346-kh-ubnd-matrix.csv"' in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["STT / No.", "Nhiệm vụ / Task"]
    assert [r[0] for r in rows[1:]] == [r["id"] for r in as_json]
    answer = client.get("/api/plan/matrix", params={"iri": HAI_DUONG, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(answer.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "4346-KH-UBND"
    assert [list(v) for v in values[1:]] == [[c or None for c in r] for r in rows[1:]]


def test_matrix_of_something_that_is_no_plan(client):
    answer = client.get("/api/plan/matrix", params={"iri": "https://w3id.org/stikg/id/doc/vn/2013/29-2013-qh13"})
    assert answer.status_code == 404
