"""stikg: a knowledge graph of Vietnam's science, technology and innovation plans."""

__version__ = "0.1.0"
