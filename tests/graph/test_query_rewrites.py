"""Named queries rewritten for speed at national scale answer exactly as their plain form did (on the sample graph).

Each plain form is the query as first written: correct, but slow in Oxigraph at millions of triples (the figures
are in each query's header). A rewrite that changes an answer fails here.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from stikg.graph.queries import named_query

PLAIN = {
    "document_links": """
PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?document ?direction ?relation ?other ?otherNumber ?otherTitle ?quote WHERE {
  { ?document ?relation ?other . BIND("out" AS ?direction) }
  UNION
  { ?other ?relation ?document . BIND("in" AS ?direction) }
  FILTER(?relation IN (sti:implements, sti:basedOn, sti:references, sti:replaces, sti:amends, sti:issues))
  OPTIONAL { ?other sti:documentNumber ?otherNumber }
  OPTIONAL { ?other dcterms:title ?otherTitle }
  OPTIONAL {  # the FILTER of an OPTIONAL sees the outer solution; one inside a UNION would not
    ?c a sti:Citation ; sti:relation ?relation ; sti:citingDocument ?citing ; sti:citedDocument ?cited ;
       sti:evidence/oa:hasSelector/oa:exact ?quote .
    FILTER((?direction = "out" && ?citing = ?document && ?cited = ?other)
           || (?direction = "in" && ?citing = ?other && ?cited = ?document))
  }
}
ORDER BY ?direction ?relation ?otherNumber ?other
""",
    "national_target_coverage": """
PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?province ?indicator ?indicatorLabel WHERE {
  { SELECT DISTINCT ?indicator WHERE {
      ?decision sti:hasTarget ?national ; sti:jurisdiction ?nation .
      ?national sti:indicator ?indicator .
      FILTER(STRENDS(STR(?nation), "/jurisdiction/vn")) } }
  { SELECT DISTINCT ?j WHERE {
      ?plan sti:hasTarget ?any ; sti:jurisdiction ?j .
      FILTER(!STRENDS(STR(?j), "/jurisdiction/vn")) } }
  FILTER NOT EXISTS { ?other sti:jurisdiction ?j ; sti:hasTarget ?mine . ?mine sti:indicator ?indicator }
  ?j skos:prefLabel ?province .
  ?indicator skos:prefLabel ?indicatorLabel . FILTER(LANG(?indicatorLabel) = "vi")
}
ORDER BY ?province ?indicator
""",
    "plans": """
PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?jurisdiction ?plan ?number ?province ?issuedOn ?title
       (COUNT(DISTINCT ?task) AS ?tasks) (COUNT(DISTINCT ?target) AS ?targets) WHERE {
  ?plan a sti:Plan ; sti:jurisdiction ?j .
  FILTER EXISTS { { ?plan sti:sourceFile ?f } UNION { ?plan sti:hasTask ?any } }
  ?j skos:prefLabel ?province ; sti:searchText ?provinceFolded .
  FILTER(?jurisdiction = "" || ?provinceFolded = ?jurisdiction || STR(?j) = ?jurisdiction)
  OPTIONAL { ?plan sti:documentNumber ?number }
  OPTIONAL { ?plan sti:issuedOn ?issuedOn }
  OPTIONAL { ?plan dcterms:title ?title }
  OPTIONAL { ?plan sti:hasTask ?task }
  OPTIONAL { ?plan sti:hasTarget ?target }
}
GROUP BY ?jurisdiction ?plan ?number ?province ?issuedOn ?title
ORDER BY ?province ?plan
""",
    "agencies": """
PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?jurisdiction ?agency ?name ?province ?kind
       (COUNT(DISTINCT ?led) AS ?leads) (COUNT(DISTINCT ?joined) AS ?partners)
WHERE {
  ?agency a sti:Agency ; skos:prefLabel ?name ; sti:jurisdiction ?j .
  ?j skos:prefLabel ?province ; sti:searchText ?provinceFolded .
  FILTER(?jurisdiction = "" || ?provinceFolded = ?jurisdiction || STR(?j) = ?jurisdiction)
  OPTIONAL { ?agency sti:agencyKind ?kind }
  OPTIONAL { ?led sti:leadAgency ?agency }
  OPTIONAL { ?joined sti:partnerAgency ?agency }
}
GROUP BY ?jurisdiction ?agency ?name ?province ?kind
ORDER BY ?province ?name ?agency
""",
    "targets_against_national": """
PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?indicator ?province ?planNumber ?year ?comparator ?value ?valueMax ?unit ?nationalYear ?nationalComparator
       ?nationalValue ?nationalValueMax ?verdict ?plan ?target WHERE {
  ?indicator sti:betterWhen ?better .
  { SELECT ?indicator ?target (COALESCE(MIN(?later), MAX(?any)) AS ?nationalYear) WHERE {
      ?target sti:indicator ?indicator ; sti:hasPeriod ?period .
      ?period sti:endYear ?year .
      ?plan sti:hasTarget ?target ; sti:jurisdiction ?j .
      FILTER(!STRENDS(STR(?j), "/jurisdiction/vn"))
      ?national sti:indicator ?indicator ; sti:hasPeriod ?nationalPeriod .
      ?nationalPeriod sti:endYear ?any .
      ?decision sti:hasTarget ?national ; sti:jurisdiction ?nation .
      FILTER(STRENDS(STR(?nation), "/jurisdiction/vn"))
      OPTIONAL { ?nationalPeriod sti:endYear ?later FILTER(?later >= ?year) }
    } GROUP BY ?indicator ?target }
  ?target sti:value ?value ; sti:comparator ?comparator ; sti:unit ?unit ; sti:hasPeriod ?period .
  ?period sti:endYear ?year .
  OPTIONAL { ?target sti:valueMax ?valueMax }
  ?plan sti:hasTarget ?target ; sti:jurisdiction ?j .
  ?j skos:prefLabel ?province .
  OPTIONAL { ?plan sti:documentNumber ?planNumber }
  ?national sti:indicator ?indicator ; sti:value ?nationalValue ; sti:comparator ?nationalComparator ;
            sti:unit ?nationalUnit ; sti:hasPeriod ?nationalPeriod .
  ?nationalPeriod sti:endYear ?nationalYear .
  ?decision sti:hasTarget ?national ; sti:jurisdiction ?nation .
  FILTER(STRENDS(STR(?nation), "/jurisdiction/vn"))
  OPTIONAL { ?national sti:valueMax ?nationalValueMax }
  BIND(IF(?better = "lower", COALESCE(?valueMax, ?value), ?value) AS ?mine)
  BIND(IF(?better = "lower", COALESCE(?nationalValueMax, ?nationalValue), ?nationalValue) AS ?theirs)
  BIND(IF(?better = "lower", "<", ">") AS ?strict)
  BIND(IF(REPLACE(LCASE(?unit), " ", "") != REPLACE(LCASE(?nationalUnit), " ", ""), "not comparable",
       IF(?mine = ?theirs,
          IF((?comparator = ?strict) = (?nationalComparator = ?strict), "equal",
             IF(?comparator = ?strict, "stricter", "looser")),
          IF((?better = "higher" && ?mine > ?theirs) || (?better = "lower" && ?mine < ?theirs), "stricter", "looser")))
       AS ?verdict)
}
ORDER BY ?province ?year ?target
""",
}


def documents(store) -> list[str]:
    return [r["d"] for r in store.select(
        "PREFIX sti: <https://w3id.org/stikg/ontology#> SELECT DISTINCT ?d WHERE { { ?d a sti:Plan } UNION "
        "{ ?x sti:implements ?d } UNION { ?d sti:implements ?x } }")]


def test_document_links_of_every_document(built_store):
    found = documents(built_store)
    assert len(found) > 10
    quoted = 0
    for document in found:
        node = ox.NamedNode(document)
        rows = built_store.named_rows("document_links", document=node)
        plain = [row for row in built_store.select(PLAIN["document_links"], document=node)
                 if row.pop("direction") == "out"]  # what cites the document: document_cited_by, tested in the API
        # one row per link where the plain form had one per quote: the same links, each with one of its quotes
        quotes: dict[tuple, set] = {}
        for row in plain:
            quotes.setdefault(tuple(v for k, v in row.items() if k != "quote"), set()).add(row["quote"])
        links = [tuple(v for k, v in row.items() if k != "quote") for row in rows]
        assert len(links) == len(quotes) and sorted(links, key=str) == sorted(quotes, key=str), document
        for row in rows:
            link = quotes[tuple(v for k, v in row.items() if k != "quote")]
            assert row["quote"] in link and (row["quote"] or link == {None}), (document, row)
        quoted += sum(1 for r in rows if r["quote"])
    assert quoted > 10  # the quotes are there, not only the links


@pytest.mark.parametrize(("name", "values"), [
    ("national_target_coverage", {}),
    ("plans", {"jurisdiction": ox.Literal("")}),
    ("agencies", {"jurisdiction": ox.Literal("")}),
])
def test_whole_graph_queries(built_store, name, values):
    rows = built_store.named_rows(name, **values)
    assert rows and rows == list(built_store.select(PLAIN[name], **values))
    assert named_query(name).text != PLAIN[name]


def test_targets_against_national_for_every_indicator(built_store):
    indicators = [r["i"] for r in built_store.select(
        "SELECT DISTINCT ?i WHERE { ?t <https://w3id.org/stikg/ontology#indicator> ?i }")]
    compared = 0
    for indicator in indicators:
        node = ox.NamedNode(indicator)
        rows = built_store.named_rows("targets_against_national", indicator=node)
        assert rows == list(built_store.select(PLAIN["targets_against_national"], indicator=node)), indicator
        compared += len(rows)
    assert len(indicators) > 10 and compared > 5  # most indicators have no national target to compare with
