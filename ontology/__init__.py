"""The stikg OWL ontology (stikg.ttl)."""
