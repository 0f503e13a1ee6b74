"""Extraction: plan text -> records (see shared gold SCHEMA.md for the record format).

The modules follow the data: ``text`` (decode, normalise, a PDF's laid-out tables read by ``columns``, repair
wrapped lines) -> ``layout`` (page furniture, sections, tables) -> the readers of each record kind (``document``,
``legal_refs``, ``targets``, ``tasks``) -> ``pipeline``.
"""

from .pipeline import extract_path, extract_text

__all__ = ["extract_path", "extract_text"]
