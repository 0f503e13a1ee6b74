"""Provincial targets beside the national ones, for the REST answer and the web page alike."""

from __future__ import annotations

from decimal import Decimal

from stikg.graph.compare import TargetValue, national_for, verdict
from stikg.graph.extract.targets import Indicator, indicator_lexicon

from .service import Service

LATEST = ("target", "plan", "planNumber", "year", "period", "comparator", "value", "valueMax", "unit", "verdict")
# ^ what a province's line in the summary tells of its latest target


class ComparisonError(LookupError):
    """No such indicator, or no national target of it for the year asked."""


def indicator_entry(service: Service, indicator: str) -> Indicator:
    """An indicator of the scheme by its key (tfp_share) or its IRI."""
    for entry in indicator_lexicon():
        if indicator in (entry.key, str(service.minter.concept("indicator", entry.key))):
            return entry
    raise ComparisonError(f"no indicator {indicator!r}; keys: {', '.join(e.key for e in indicator_lexicon())}")


def target_comparison(service: Service, indicator: str, year: int | None = None) -> dict:
    """Every provincial target of ``indicator``, each held against the national target of ``year`` (or of its
    own year, or the next) and marked stricter, equal or looser."""
    entry = indicator_entry(service, indicator)
    iri = str(service.minter.concept("indicator", entry.key))
    rows = service.kept("targets_by_indicator", indicator=iri)  # every target of it: 0.25 s at 5M triples
    nation = str(service.minter.jurisdiction(None))
    national = [r for r in rows if r["jurisdiction"] == nation]
    values = {id(r): _target_value(r) for r in rows}
    chosen = [r for r in national if year is None or values[id(r)].year == year]
    if year is not None and not chosen:
        raise ComparisonError(f"569/QĐ-TTg sets no {entry.key} target for {year}")
    items = []
    for row in rows:
        if row["jurisdiction"] == nation:
            continue
        mine = values[id(row)]
        yardstick = national_for(mine.year, [values[id(r)] for r in chosen])
        match = next((r for r in chosen if values[id(r)] is yardstick), None)
        items.append(_clean({
            "province": row["province"], "jurisdiction": row["jurisdiction"], "plan": row["plan"],
            "planNumber": row["planNumber"], "year": mine.year,
            "period": row["period"], "comparator": row["comparator"], "value": row["value"],
            "valueMax": row["valueMax"], "unit": row["unit"], "target": row["target"],
            "national": _clean({k: match[k] for k in ("target", "comparator", "value", "valueMax", "unit", "endYear")})
            if match else None,
            "verdict": verdict(mine, yardstick, entry.better) if yardstick else "no national target",
        }))
    return {"indicator": iri, "key": entry.key, "label": entry.label_vi, "labelEn": entry.label_en,
            "better": entry.better, "national": [_clean({**r, "jurisdiction": None}) for r in national],
            "provinces": province_summary(items), "items": items}


def province_summary(items: list[dict]) -> list[dict]:
    """One line a province, in the items' order (by province): how many targets it set, how many of each verdict,
    and its latest target (the first of its latest year): what a chart of a whole country can draw, where one bar
    a target is thousands at national scale."""
    summary: dict[str, dict] = {}
    for item in items:
        line = summary.setdefault(item["jurisdiction"], {"province": item["province"],
                                                         "jurisdiction": item["jurisdiction"], "targets": 0,
                                                         "verdicts": {}, "latest": item})
        line["targets"] += 1
        line["verdicts"][item["verdict"]] = line["verdicts"].get(item["verdict"], 0) + 1
        if (item.get("year") or 0) > (line["latest"].get("year") or 0):
            line["latest"] = item
    return [{**line, "latest": {k: v for k, v in line["latest"].items() if k in LATEST}} for line in summary.values()]


def of_province(items: list[dict], jurisdiction: str | None) -> list[dict]:
    """The items of one jurisdiction (an IRI), or all of them."""
    return [i for i in items if jurisdiction in (None, i["jurisdiction"])]


def _clean(row: dict) -> dict:
    return {k: v for k, v in row.items() if v is not None}


def _target_value(row: dict) -> TargetValue:
    return TargetValue(Decimal(row["value"]), Decimal(row["valueMax"]) if row["valueMax"] else None,
                       row["comparator"], row["unit"], int(row["endYear"]) if row["endYear"] else None)
