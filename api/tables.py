"""The tables offices work from: a plan's responsibility matrix (task x agency, role, timeframe, output) as
CSV or XLSX, the columns headed in Vietnamese and English."""

from __future__ import annotations

import csv
import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

COLUMNS = [("id", "STT / No."), ("task", "Nhiệm vụ / Task"), ("agency", "Cơ quan / Agency"),
           ("role", "Vai trò / Role"), ("timeframe", "Thời gian / Timeframe"), ("output", "Sản phẩm / Output")]
ROLES = {"lead": "Chủ trì / Lead", "partner": "Phối hợp / Partner", "": ""}
WIDTHS = {"id": 10, "task": 70, "agency": 40, "role": 18, "timeframe": 18, "output": 40}


def matrix_rows(rows: list[dict]) -> list[dict[str, str]]:
    """plan_tasks rows as matrix rows, in the plan's order (appendix:10 after appendix:9), leads first."""
    def natural(text: str) -> list:
        return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]

    table = [{"id": r["taskId"] or "", "task": r["title"] or "", "agency": r["agencyName"] or "",
              "role": r["role"] or "", "timeframe": r["timeframe"] or "", "output": r["output"] or ""}
             for r in rows]
    return sorted(table, key=lambda r: (natural(r["id"]), r["role"] != "lead", r["agency"]))


def as_csv(table: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title for _, title in COLUMNS])
    for row in table:
        writer.writerow([ROLES.get(row[key], row[key]) if key == "role" else row[key] for key, _ in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM: spreadsheet programs then read UTF-8


def as_xlsx(table: list[dict[str, str]], sheet: str) -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = re.sub(r"[\[\]:*?/\\]", "-", sheet)[:31] or "matrix"
    ws.append([title for _, title in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in table:
        ws.append([ROLES.get(row[key], row[key]) if key == "role" else row[key] for key, _ in COLUMNS])
    for index, (key, _) in enumerate(COLUMNS):
        ws.column_dimensions[chr(ord("A") + index)].width = WIDTHS[key]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
