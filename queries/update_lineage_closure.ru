# title: Keep the lineage closure right, and mark the lineage tallies to count, when a document's graph is replaced
# description: Used by GraphStore.replace_graph and remove_graph inside the same transaction as the change.
#   Every node whose lineage edges the change touches, and every node below it (found through the closure
#   before the change), gets its sti:carriesOut triples recomputed from the edges after the change. Every tally
#   (document, jurisdiction) such a node counts in, before or after, is marked stale in a graph of its own, which
#   update_lineage_tallies.ru counts again and empties next (a store opened with marks left counts them then).
#   Placeholders (in braces below): graph, the document's graph; closure, the closure graph; dirty, a scratch
#   graph; stale, the graph of stale tallies; change, the withdrawal and the insertion of the document's graph.
PREFIX sti: <https://w3id.org/stikg/ontology#>
INSERT { GRAPH <{dirty}> { ?n sti:dirty true } } WHERE {
  GRAPH <{graph}> { { ?n sti:implements|sti:basedOn|sti:partOfPlan ?x } UNION { ?x sti:issues ?n } }
} ;
INSERT { GRAPH <{stale}> { ?d sti:staleTally ?j } } WHERE {
  GRAPH <{dirty}> { ?n sti:dirty true } GRAPH <{closure}> { ?n sti:carriesOut ?d }
  { ?n sti:partOfPlan ?plan } UNION { ?n a sti:Plan . BIND(?n AS ?plan) }
  ?plan sti:jurisdiction ?j .
} ;
{change} ;
INSERT { GRAPH <{dirty}> { ?n sti:dirty true } } WHERE {
  GRAPH <{graph}> { { ?n sti:implements|sti:basedOn|sti:partOfPlan ?x } UNION { ?x sti:issues ?n } }
} ;
INSERT { GRAPH <{dirty}> { ?d sti:dirty true } } WHERE {
  GRAPH <{dirty}> { ?n sti:dirty true } GRAPH <{closure}> { ?d sti:carriesOut ?n }
} ;
INSERT { GRAPH <{stale}> { ?d sti:staleTally ?j } } WHERE {
  GRAPH <{dirty}> { ?n sti:dirty true } GRAPH <{closure}> { ?n sti:carriesOut ?d }
  { ?n sti:partOfPlan ?plan } UNION { ?n a sti:Plan . BIND(?n AS ?plan) }
  ?plan sti:jurisdiction ?j .
} ;
DELETE { GRAPH <{closure}> { ?d sti:carriesOut ?a } ?d sti:carriesOut ?a } WHERE {
  GRAPH <{dirty}> { ?d sti:dirty true } GRAPH <{closure}> { ?d sti:carriesOut ?a }
} ;
INSERT { GRAPH <{closure}> { ?d sti:carriesOut ?a } ?d sti:carriesOut ?a } WHERE {
  GRAPH <{dirty}> { ?d sti:dirty true }
  ?d (sti:implements|sti:basedOn|sti:partOfPlan|^sti:issues)+ ?a .
} ;
INSERT { GRAPH <{stale}> { ?d sti:staleTally ?j } } WHERE {
  GRAPH <{dirty}> { ?n sti:dirty true } GRAPH <{closure}> { ?n sti:carriesOut ?d }
  { ?n sti:partOfPlan ?plan } UNION { ?n a sti:Plan . BIND(?n AS ?plan) }
  ?plan sti:jurisdiction ?j .
} ;
DROP SILENT GRAPH <{dirty}>
