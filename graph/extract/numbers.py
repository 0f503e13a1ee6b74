"""Vietnamese numbers, dates and periods as printed in plans."""

from __future__ import annotations

import re
from datetime import date

# "39.000" (dot thousands), "8,5" (decimal comma), "1.234,5", "25"; and "2.5" where a text writes its decimals
# with a point (never a thousands' dot: one or two digits after it), not "11.5" of a date "11.5.2022"
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,2}\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
_DECIMAL_POINT = re.compile(r"\d{1,2}\.\d{1,2}")


def parse_number(text: str) -> float:
    """'8,5' -> 8.5, '39.000' -> 39000, '1.234,5' -> 1234.5, '02' -> 2."""
    cleaned = text.strip().replace(" ", "")
    if not re.fullmatch(NUMBER, cleaned):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    if _DECIMAL_POINT.fullmatch(cleaned):
        return float(cleaned)
    return float(cleaned.replace(".", "").replace(",", "."))


_DMY_SLASH = re.compile(r"(?:\b|(?<=ngày))(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\b")
_DMY_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s*(\d{1,2})\s*năm\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _valid(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[date, re.Match] | None:
    """The first full date in text: '31/3/2023', '08/6/2021', 'ngày 27 tháng 5 năm 2021'."""
    found = []
    for pattern in (_DMY_WORDS, _DMY_SLASH):
        for m in pattern.finditer(text):
            d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                found.append((m.start(), d, m))
                break
    if not found:
        return None
    _, d, m = min(found, key=lambda f: f[0])
    return d, m


def parse_date(text: str) -> date | None:
    hit = find_date(text)
    return hit[0] if hit else None


YEAR = r"(?:19|20)\d{2}"
_SPAN = re.compile(rf"\b({YEAR})\s*[-–]\s*({YEAR})\b")
_IN_YEAR = re.compile(rf"\bnăm\s+({YEAR})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"tháng\s*\d{1,2}\s*$", re.IGNORECASE)  # "ngày 22 tháng 12 năm 2024": a date
_NUMBER_BEFORE = re.compile(r"\d+[-/][\w/.-]*[A-Za-zĐđ][\w/.-]*\s*$")  # "… 08-NQ/TU năm 2023": a number's year
_YEAR_THEN_SPAN = re.compile(rf"\bnăm\s+({YEAR})\s*(?:,\s*|và\s+)+(?:giai đoạn|thời kỳ)?\s*$", re.IGNORECASE)
# "đến năm 2030", "đến hết năm 2026", "tầm nhìn 2045", "định hướng đến năm 2035": a horizon
_UNTIL = re.compile(rf"\b(?:đến|tới|đến hết|tầm nhìn|định hướng)\s+(?:đến\s+)?(?:năm\s+)?({YEAR})\b", re.IGNORECASE)


def find_period(text: str) -> tuple[int | None, int | None] | None:
    """The span a title or heading names: '2023-2030', 'giai đoạn 2020 - 2025, định hướng đến năm 2030'.

    The start is the first year of the first span; the end is the latest year
    named as a span end or an 'đến năm' horizon.
    """
    spans = list(_SPAN.finditer(text))
    untils = list(_UNTIL.finditer(text))
    if not spans and not untils:
        single = next((m for m in _IN_YEAR.finditer(text)  # "Kế hoạch ... năm 2023": a plan for one year
                       if not _MONTH_BEFORE.search(text, 0, m.start())), None)
        return (int(single.group(1)), int(single.group(1))) if single else None
    start = int(spans[0].group(1)) if spans else None
    if spans:  # "năm 2025 và giai đoạn 2026 - 2030": the plan's first year, then the span after it
        before = _YEAR_THEN_SPAN.search(text, 0, spans[0].start())
        if before and int(before.group(1)) < start and not (_MONTH_BEFORE.search(text, 0, before.start())
                                                            or _NUMBER_BEFORE.search(text, 0, before.start())):
            start = int(before.group(1))
    if start is None:  # "… năm 2024 và định hướng đến năm 2025": the plan's year, then its horizon; not a date's
        start = next((int(m.group(1)) for m in _IN_YEAR.finditer(text, 0, untils[0].start())  # nor a document's,
                      if not (_MONTH_BEFORE.search(text, 0, m.start())  # "Nghị quyết 08-NQ/TU năm 2023 về …"
                              or _NUMBER_BEFORE.search(text, 0, m.start()))), None)
    ends = [int(m.group(2)) for m in spans] + [int(m.group(1)) for m in untils]
    return start, max(ends)
