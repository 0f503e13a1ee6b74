# title: Compute the whole lineage closure
# description: After a bulk load into a new store: every node's sti:carriesOut triples, from the lineage edges.
#   Placeholder (in braces below): closure, the closure graph.
PREFIX sti: <https://w3id.org/stikg/ontology#>
DELETE { ?d sti:carriesOut ?a } WHERE { GRAPH <{closure}> { ?d sti:carriesOut ?a } } ;
DROP SILENT GRAPH <{closure}> ;
INSERT { GRAPH <{closure}> { ?d sti:carriesOut ?a } ?d sti:carriesOut ?a } WHERE {
  { SELECT DISTINCT ?d WHERE { { ?d sti:implements|sti:basedOn|sti:partOfPlan ?x } UNION { ?x sti:issues ?d } } }
  ?d (sti:implements|sti:basedOn|sti:partOfPlan|^sti:issues)+ ?a .
}
