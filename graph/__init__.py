"""Reading plan texts into records, and records into the graph."""
