"""SHACL shapes every loaded graph must pass (stikg.shacl.ttl)."""
