"""The HTTP service over the graph (SPARQL endpoint, REST, linked data)."""
