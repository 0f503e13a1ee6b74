"""Named SPARQL queries researchers reuse: one .rq file each, with a comment header."""
