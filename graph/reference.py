"""Reference data shipped with stikg, as graphs: the national targets of 569/QĐ-TTg, the yardstick that
provincial targets are compared with. Each value keeps the public source it was taken from."""

from __future__ import annotations

import csv
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from .iris import Minter
from .search import number_key
from .vocab import PREFIXES, STI

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
