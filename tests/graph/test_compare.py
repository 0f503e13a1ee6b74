"""Verdicts of a provincial target against a national one: comparators, ranges, direction, units, years."""

from decimal import Decimal

import pytest

from stikg.graph.compare import TargetValue, national_for, verdict


def target(comparator: str, value: str, value_max: str | None = None, unit: str = "%", year: int | None = 2030):
    return TargetValue(Decimal(value), Decimal(value_max) if value_max else None, comparator, unit, year)


@pytest.mark.parametrize(("provincial", "national", "expected"), [
    (target("=", "50"), target(">", "50"), "looser"),  # "đạt 50%" against "trên 50%"
    (target(">=", "55"), target(">", "50"), "stricter"),
    (target("=", "40"), target(">", "50"), "looser"),
    (target(">", "50"), target(">", "50"), "equal"),
    (target(">", "50"), target("=", "50"), "stricter"),
    (target("~", "45"), target("=", "45"), "equal"),  # "khoảng" binds as the number does
    (target("=", "1.2", "1.5"), target("=", "1.2", "1.5"), "equal"),  # a range: at least its lower end
    (target("=", "1.3", "1.4"), target("=", "1.2", "1.5"), "stricter"),
    (target("=", "40", unit="tổ chức"), target("=", "40"), "not comparable"),
])
def test_higher_is_better(provincial, national, expected):
    assert verdict(provincial, national, "higher") == expected


@pytest.mark.parametrize(("provincial", "national", "expected"), [
    (target("<=", "30", unit="thứ hạng"), target("<=", "40", unit="thứ hạng"), "stricter"),  # a GII rank: lower
    (target("<=", "45", unit="thứ hạng"), target("<=", "40", unit="thứ hạng"), "looser"),
    (target("<", "40", unit="thứ hạng"), target("<=", "40", unit="thứ hạng"), "stricter"),
    (target("=", "35", "40", unit="thứ hạng"), target("<=", "40", unit="thứ hạng"), "equal"),  # at most its upper end
])
def test_lower_is_better(provincial, national, expected):
    assert verdict(provincial, national, "lower") == expected


def test_the_national_target_of_the_same_year_or_the_next():
    national = [target("=", "1.2", "1.5", year=2025), target("=", "1.5", "2", year=2030)]
    assert national_for(2025, national).year == 2025
    assert national_for(2023, national).year == 2025
    assert national_for(2027, national).year == 2030
    assert national_for(2035, national).year == 2030  # after the strategy: its last target
    assert national_for(None, national).year == 2030
    assert national_for(2025, []) is None
