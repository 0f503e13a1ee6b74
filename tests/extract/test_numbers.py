from datetime import date

import pytest

from stikg.graph.extract.numbers import find_period, parse_date, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("8,5", 8.5), ("39.000", 39000), ("1.234,5", 1234.5), ("02", 2), ("25", 25), ("1,5", 1.5),
     ("2.5", 2.5), ("12.75", 12.75)],  # a decimal point: never a thousands' dot with one or two digits after it
)
def test_vietnamese_numbers(text, value):
    assert parse_number(text) == value


def test_not_a_number():
    with pytest.raises(ValueError):
        parse_number("4.0.1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 31/3/2023 của Tỉnh ủy", date(2023, 3, 31)),
        ("Bến Tre, ngày 27 tháng 5 năm 2021", date(2021, 5, 27)),
        ("ngày 27 tháng5 năm 2014 của Bộ trưởng", date(2014, 5, 27)),  # a space lost between the words
        ("ngày 08-6-2021", date(2021, 6, 8)),
        ("ngày 19/06/2015;", date(2015, 6, 19)),
        ("giai đoạn 2021-2025", None),
        ("ngày 31/2/2023", None),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("GIAI ĐOẠN 2020-2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030", (2020, 2030)),
        ("ĐẾN NĂM 2025", (None, 2025)),
        ("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", (2021, 2050)),
        ("KẾ HOẠCH KHOA HỌC", None),
        ("Kế hoạch hoạt động năm 2023", (2023, 2023)),
        # a horizon named without "đến năm"
        ("đến năm 2030, tầm nhìn 2045", (None, 2045)),
        ("giai đoạn 2021-2025, định hướng 2030", (2021, 2030)),
        # the year of a date is no period: the plan names none
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị", None),
        # the plan's year before its horizon, not a date's nor a document's
        ("Kế hoạch chuyển đổi số năm 2025 và định hướng đến năm 2030", (2025, 2030)),
        ("Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024 đến năm 2030", (None, 2030)),
        ("Thực hiện Nghị quyết 08-NQ/TU năm 2023 về phát triển khoa học đến năm 2030", (None, 2030)),
        # the plan's first year, then the span after it
        ("trên địa bàn tỉnh năm 2025 và giai đoạn 2026 - 2030", (2025, 2030)),
        ("năm 2025, giai đoạn 2026-2030 và tầm nhìn đến năm 2045", (2025, 2045)),
        ("Ban hành ngày 15 tháng 8 năm 2025 và giai đoạn 2026-2030", (2026, 2030)),
        ("Nghị quyết 08-NQ/TU năm 2022, giai đoạn 2023-2030", (2023, 2030)),
    ],
)
def test_periods(title, period):
    assert find_period(title) == period
