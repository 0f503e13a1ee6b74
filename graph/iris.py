"""The IRI policy: readable, deterministic IRIs under one configurable base.

    jurisdiction   {base}jurisdiction/{vn | province}
    document       {base}doc/{jurisdiction}/{year | undated}/{number or name}
    plan with no   {base}doc/{jurisdiction}/{year | undated}/plan-{sha256 of its file, 12 hex}
      number       (or {decision}/plan for the plan a decision issues)
    task           {document}/task/{place in plan}        e.g. .../task/appendix-24
    target         {document}/target/{n}                  n-th target of the plan, from 1
    agency         {base}agency/{jurisdiction}/{name}
    source file    {base}source/{sha256}
    named graph    {base}graph/{document path}            one per source document
    concepts       {base}doc-type/…, {base}agency-kind/…, {base}indicator/…

Slugs are lower case ASCII: diacritics dropped, đ -> d, anything else -> '-'.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

NATION = "vn"


@lru_cache(maxsize=8192)  # a plan names the same province and agencies in every task
def slug(text: str) -> str:
    """'569/QĐ-TTg' -> '569-qd-ttg'; 'Sở Khoa học và Công nghệ' -> 'so-khoa-hoc-va-cong-nghe'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


class Minter:
    """Mints every IRI of the graph from one base."""

    def __init__(self, base: str) -> None:
        self.base = base

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def jurisdiction(self, province: str | None) -> URIRef:
        return self._iri(f"jurisdiction/{slug(province) if province else NATION}")

    def document(self, province: str | None, year: int | None, key: str) -> URIRef:
        """A document by its jurisdiction (None: the nation), year and number (or name)."""
        jur = slug(province) if province else NATION
        return self._iri(f"doc/{jur}/{year or 'undated'}/{slug(key)}")

    def agency(self, province: str | None, name: str) -> URIRef:
        return self._iri(f"agency/{slug(province) if province else NATION}/{slug(name)}")

    def source(self, sha256: str) -> URIRef:
        return self._iri(f"source/{sha256}")

    def graph_of(self, document: URIRef) -> URIRef:
        return self._iri("graph/" + str(document)[len(self.base) + len("doc/"):])

    def concept(self, scheme: str, key: str) -> URIRef:
        return self._iri(f"{scheme}/{slug(key)}")

    def scheme(self, scheme: str) -> URIRef:
        return self._iri(f"scheme/{scheme}")

    @staticmethod
    def within(parent: URIRef, *parts: str) -> URIRef:
        return URIRef(str(parent) + "".join("/" + p for p in parts))
