"""Reference data shipped with stikg, as graphs, each fact with the public source it was taken from: the
national targets of 569/QĐ-TTg (the yardstick for provincial targets), and the 2025 reorganisation of provinces
and departments (who holds a task today)."""

from __future__ import annotations

import csv
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from .extract.lexicon import provinces
from .iris import Minter, slug
from .search import number_key
from .vocab import ORG, PREFIXES, STI

STRATEGY = ("569/QĐ-TTg", 2022, "2022-05-11",
            "ban hành Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030")


def national_targets_graph(minter: Minter) -> Graph:
    """569/QĐ-TTg as the plan of the national strategy, with one sti:Target per row of the reference CSV."""
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    number, year, issued, subject = STRATEGY
    decision = minter.document(None, year, number)
    nation = minter.jurisdiction(None)
    g.add((decision, RDF.type, STI.Document))
    g.add((decision, RDF.type, STI.Plan))  # the strategy it issues sets the targets
    g.add((decision, STI.documentNumber, Literal(number)))
    g.add((decision, STI.numberKey, Literal(number_key(number))))
    g.add((decision, STI.issuedOn, Literal(issued, datatype=XSD.date)))
    g.add((decision, STI.subject, Literal(subject, lang="vi")))
    g.add((decision, STI.jurisdiction, nation))
    g.add((nation, RDF.type, STI.Jurisdiction))
    g.add((nation, SKOS.prefLabel, Literal("Việt Nam", lang="vi")))
    path = resources.files("stikg.graph") / "data" / "reference" / "national_targets_569.csv"
    with path.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            target = minter.within(decision, "target", f"{row['indicator_key'].replace('_', '-')}-{row['year']}")
            g.add((decision, STI.hasTarget, target))
            g.add((target, RDF.type, STI.Target))
            g.add((target, STI.indicator, minter.concept("indicator", row["indicator_key"])))
            g.add((target, STI.indicatorLabel, Literal(row["indicator_vi"], lang="vi")))
            g.add((target, STI.value, Literal(row["value"], datatype=XSD.decimal)))
            if row["value_max"]:
                g.add((target, STI.valueMax, Literal(row["value_max"], datatype=XSD.decimal)))
            g.add((target, STI.unit, Literal(row["unit"])))
            g.add((target, STI.comparator, Literal(row["comparator"])))
            g.add((target, STI.periodLabel, Literal(row["year"])))
            period = minter.within(target, "period")
            g.add((target, STI.hasPeriod, period))
            g.add((period, RDF.type, STI.Period))
            g.add((period, STI.endYear, Literal(int(row["year"]), datatype=XSD.integer)))
            g.add((target, PROV.wasDerivedFrom, URIRef(row["source"])))
            g.add((target, DCTERMS.source, URIRef(row["source"])))
    return g


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("stikg.graph") / "data" / "reference" / name
    with path.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


def reorganisation_graph(minter: Minter) -> Graph:
    """The 2025 mergers as W3C ORG change events (org:ChangeEvent, original and resulting organisation, the date
    it took effect as prov:startedAtTime, the legal basis, the source).

    Departments merged in every province from 1 March 2025 (Sở Thông tin và Truyền thông into Sở Khoa học và
    Công nghệ ...); provinces merged from 1 July 2025, and each department of a merged province became the
    department of the same name of the new one. A resulting agency the corpus never names is an
    org:Organization with a label, not an sti:Agency, so agency listings stay those of the plans.
    """
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)

    def organisation(province: str, name: str) -> URIRef:
        iri = minter.agency(province, name)
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, SKOS.prefLabel, Literal(name, lang="vi")))
        g.add((iri, STI.jurisdiction, minter.jurisdiction(province)))
        return iri

    def event(kind: str, original: URIRef, resulting: URIRef, row: dict[str, str]) -> None:
        iri = minter.within(URIRef(minter.base + "change"), kind,
                            f"{slug(str(original)[len(minter.base):])}-{row['effective']}")
        g.add((iri, RDF.type, ORG.ChangeEvent))
        g.add((iri, ORG.originalOrganization, original))
        g.add((iri, ORG.resultingOrganization, resulting))
        g.add((iri, PROV.startedAtTime, Literal(row["effective"], datatype=XSD.date)))
        g.add((iri, DCTERMS.description, Literal(row["basis"], lang="vi")))
        g.add((iri, PROV.wasDerivedFrom, URIRef(row["source"])))

    departments = _rows("departments_2025.csv")
    after = sorted({row["new_department"] for row in departments})
    for province in (p.name for p in provinces()):
        for row in departments:
            if row["old_department"] != row["new_department"]:
                event("department", organisation(province, row["old_department"]),
                      organisation(province, row["new_department"]), row)
    for row in _rows("provinces_2025.csv"):
        old, new = row["old_province"], row["new_unit"]
        g.add((minter.jurisdiction(new), RDF.type, STI.Jurisdiction))
        g.add((minter.jurisdiction(new), SKOS.prefLabel, Literal(new, lang="vi")))
        if old == new:
            continue
        event("province", minter.jurisdiction(old), minter.jurisdiction(new), row)
        for name in after:
            event("department", organisation(old, name), organisation(new, name), row)
    return g
