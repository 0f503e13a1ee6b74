"""Provincial targets against the national ones: stricter, equal or looser, minding comparators and ranges.

A target is read as the least result that meets it ("đạt 40%", "40-45%": at least 40), or, for an
indicator that is better lower (a GII rank), the most ("top 40": at most 40). "trên 50%" (> 50) asks more
than "đạt 50%" (50): at the same number, a strict bound is the stricter target.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class TargetValue:
    """One target of an indicator: its bound, the year it is for, and where it comes from."""

    value: Decimal
    value_max: Decimal | None
    comparator: str
    unit: str
    year: int | None

    def bound(self, better: str) -> tuple[Decimal, bool]:
        """The result that just meets the target, and whether that result itself falls short (a strict bound)."""
        if better == "lower":
            return (self.value_max if self.value_max is not None else self.value), self.comparator == "<"
        return self.value, self.comparator == ">"


def verdict(provincial: TargetValue, national: TargetValue, better: str) -> str:
    """'stricter', 'equal', 'looser', or 'not comparable' (other units)."""
    if _unit(provincial.unit) != _unit(national.unit):
        return "not comparable"
    (mine, mine_strict), (theirs, theirs_strict) = provincial.bound(better), national.bound(better)
    if mine == theirs:
        return "equal" if mine_strict == theirs_strict else "stricter" if mine_strict else "looser"
    ahead = mine > theirs if better == "higher" else mine < theirs
    return "stricter" if ahead else "looser"


def national_for(year: int | None, national: list[TargetValue]) -> TargetValue | None:
    """The national target to hold a provincial one against: the same year, else the first national year after
    it (a 2025 provincial target against the strategy's 2030 one), else the latest."""
    if not national:
        return None
    dated = sorted((t for t in national if t.year is not None), key=lambda t: t.year)
    if year is not None:
        for target in dated:
            if target.year >= year:
                return target
    return dated[-1] if dated else national[0]


def _unit(unit: str) -> str:
    return "".join(unit.lower().split())
