# title: Keep the lineage closure right when a document's graph is replaced
# description: Used by GraphStore.replace_graph and remove_graph inside the same transaction as the change.
#   Every node whose lineage edges the change touches, and every node below it (found through the closure
#   before the change), gets its sti:carriesOut triples recomputed from the edges after the change.
#   Placeholders (in braces below): graph, the document's graph; closure, the closure graph; dirty, a scratch
#   graph; change, the withdrawal and the insertion of the document's graph.
PREFIX sti: <https://w3id.org/stikg/ontology#>
INSERT { GRAPH <{dirty}> { ?n sti:dirty true } } WHERE {
  GRAPH <{graph}> { { ?n sti:implements|sti:basedOn|sti:partOfPlan ?x } UNION { ?x sti:issues ?n } }
} ;
{change} ;
INSERT { GRAPH <{dirty}> { ?n sti:dirty true } } WHERE {
  GRAPH <{graph}> { { ?n sti:implements|sti:basedOn|sti:partOfPlan ?x } UNION { ?x sti:issues ?n } }
} ;
INSERT { GRAPH <{dirty}> { ?d sti:dirty true } } WHERE {
  GRAPH <{dirty}> { ?n sti:dirty true } GRAPH <{closure}> { ?d sti:carriesOut ?n }
} ;
DELETE { GRAPH <{closure}> { ?d sti:carriesOut ?a } ?d sti:carriesOut ?a } WHERE {
  GRAPH <{dirty}> { ?d sti:dirty true } GRAPH <{closure}> { ?d sti:carriesOut ?a }
} ;
INSERT { GRAPH <{closure}> { ?d sti:carriesOut ?a } ?d sti:carriesOut ?a } WHERE {
  GRAPH <{dirty}> { ?d sti:dirty true }
  ?d (sti:implements|sti:basedOn|sti:partOfPlan|^sti:issues)+ ?a .
} ;
DROP SILENT GRAPH <{dirty}>
