"""The records extraction produces: plain dataclasses in the shape of gold/SCHEMA.md.

``span`` fields hold (start, end) offsets into the normalised source text; they
are provenance for the graph and are left out of the JSON record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass
class Period:
    start: int | None
    end: int | None


@dataclass
class DocumentInfo:
    number: str | None
    doc_type: str | None
    issuer: str | None
    province: str | None
    issued_on: str | None
    signer: str | None
    title: str | None
    period: Period | None
    span: Span | None = None


@dataclass
class LegalRef:
    number: str | None
    name: str | None
    doc_type: str | None
    issuer: str | None
    issued_on: str | None
    scope: str
    relation: str
    title: str | None
    implements: list[str] = field(default_factory=list)
    amends: list[str] = field(default_factory=list)
    span: Span | None = None

    @property
    def key(self) -> str:
        return "n:" + self.number.casefold() if self.number else "name:" + (self.name or "").casefold()


@dataclass
class Target:
    text: str
    indicator: str
    value: float
    value_max: float | None
    unit: str
    comparator: str
    period: str | None
    national_indicator: str | None = None
    span: Span | None = None


@dataclass
class Task:
    id: str
    title: str
    lead: list[str]
    partners: list[str]
    timeframe: str | None
    output: str | None
    implements: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass
class Extraction:
    source: str
    document: DocumentInfo
    embedded_documents: list[DocumentInfo] = field(default_factory=list)
    legal_refs: list[LegalRef] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The record in the SCHEMA.md format (no offsets)."""

        def clean(obj: Any) -> Any:
            data = asdict(obj)
            data.pop("span", None)
            for key in ("value", "value_max"):
                if isinstance(data.get(key), float) and data[key] == int(data[key]):
                    data[key] = int(data[key])
            if obj.__class__ is Target and data.get("national_indicator") is None:
                data.pop("national_indicator")
            return data

        return {
            "source": self.source,
            "document": clean(self.document),
            "embedded_documents": [clean(d) for d in self.embedded_documents],
            "legal_refs": [clean(r) for r in self.legal_refs],
            "targets": [clean(t) for t in self.targets],
            "tasks": [clean(t) for t in self.tasks],
        }
