# title: Write the lineage tallies a change made stale, counted again
# description: Run by GraphStore after update_lineage_closure.ru marked the stale (document, jurisdiction) pairs
#   and graph/tallies.py counted them again: the old sti:LineageTally nodes of those pairs go, the new ones come,
#   and the marks are dropped, in one transaction.
#   Placeholders (in braces below): closure, the closure graph; stale, the graph of marks; tallies, the IRIs of
#   the stale tallies; triples, the new tallies' triples.
DELETE { GRAPH <{closure}> { ?t ?p ?o } ?t ?p ?o } WHERE {
  VALUES ?t { {tallies} }
  GRAPH <{closure}> { ?t ?p ?o }
} ;
INSERT DATA { GRAPH <{closure}> { {triples} } {triples} } ;
DROP SILENT GRAPH <{stale}>
