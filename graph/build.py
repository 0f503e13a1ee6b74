"""Records -> triples: one RDF graph per source document, with provenance to the exact text.

Identity of a document is its number (or a law's name), its jurisdiction and its
year. A reference that gives no date is resolved against the documents already
known with that number and jurisdiction (``DocumentIndex``) before a new node
is made, so the corpus is indexed first and built second.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from .extract import extract_text
from .extract.agencies import agency_kind, gazetteer
from .extract.legal_refs import number_codes
from .extract.lexicon import doc_types, find_province
from .extract.records import DocumentInfo, Extraction, LegalRef, Span
from .extract.targets import indicator_lexicon
from .extract.text import UnreadableInput, prepare
from .iris import Minter, slug
from .search import number_key, phrase_key
from .vocab import OA, PREFIXES, RELATIONS, STI

PLAN_TYPES = {"Kế hoạch", "Chương trình", "Chương trình hành động", "Đề án"}


@dataclass
class SourceDocument:
    """One input file, read: its name, hash, normalised text and extracted record."""

    name: str
    sha256: str
    text: str
    record: Extraction


def read_source(path: Path, max_bytes: int | None = None) -> SourceDocument:
    """Read and extract one file; raises ``UnreadableInput`` naming why it cannot."""
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise UnreadableInput(f"the file has {size:,} bytes, more than the limit of {max_bytes:,} "
                              "(STIKG_MAX_UPLOAD_BYTES); no plan is that long")
    return source_from_bytes(path.name, path.read_bytes())


def source_from_bytes(name: str, data: bytes) -> SourceDocument:
    """Extract one document received as bytes; raises ``UnreadableInput`` naming why it cannot."""
    text = prepare(data)
    return SourceDocument(name, hashlib.sha256(data).hexdigest(), text, extract_text(text, name))


def _year(date: str | None, number: str | None = None) -> int | None:
    if date:
        return int(date[:4])
    m = re.search(r"/((?:19|20)\d{2})/", number or "")
    return int(m.group(1)) if m else None


def ref_province(ref: LegalRef, citing_province: str | None) -> str | None:
    """None for the nation; for a provincial document, the province its issuer names or the citing one's."""
    if ref.scope == "national":
        return None
    return find_province(ref.issuer or "") or citing_province


@dataclass
class DocumentIndex:
    """Years known for each (jurisdiction, number): resolves references that give no date."""

    years: dict[tuple[str | None, str], set[int]] = field(default_factory=dict)

    def add(self, province: str | None, key: str, year: int | None) -> None:
        if year:
            self.years.setdefault((province, key.casefold()), set()).add(year)

    def resolve(self, province: str | None, key: str, year: int | None) -> int | None:
        if year:
            return year
        known = self.years.get((province, key.casefold()), set())
        return next(iter(known)) if len(known) == 1 else None

    def add_record(self, record: Extraction) -> None:
        province = record.document.province
        for doc in (record.document, *record.embedded_documents):
            if doc.number:
                self.add(doc.province, doc.number, _year(doc.issued_on, doc.number))
        for ref in record.legal_refs:
            key = ref.number or ref.name or ""
            self.add(ref_province(ref, province), key, _year(ref.issued_on, ref.number))

    @staticmethod
    def keys_of(record: Extraction) -> set[str]:
        """Every number (or name) building the record's graph may look up: what the index needs of a large store."""
        keys = {doc.number for doc in (record.document, *record.embedded_documents)}
        for ref in record.legal_refs:
            keys |= {ref.number or ref.name, *ref.implements, *ref.amends}
        keys |= {number for task in record.tasks for number in task.implements}
        return keys - {None, ""}

    @classmethod
    def of(cls, records: Iterable[Extraction]) -> DocumentIndex:
        index = cls()
        for record in records:
            index.add_record(record)
        return index


class GraphBuilder:
    """Builds the graph of one source document."""

    def __init__(self, source: SourceDocument, index: DocumentIndex, minter: Minter) -> None:
        self.source = source
        self.record = source.record
        self.index = index
        self.mint = minter
        self.g = Graph()
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, ns)
        self.source_iri = minter.source(source.sha256)
        self._described: set[URIRef] = set()  # shared nodes already described: tasks name the same agency often

    def _first_time(self, iri: URIRef) -> bool:
        if iri in self._described:
            return False
        self._described.add(iri)
        return True

    # --- nodes shared across graphs ---------------------------------------------------

    def jurisdiction(self, province: str | None) -> URIRef:
        iri = self.mint.jurisdiction(province)
        if not self._first_time(iri):
            return iri
        self.g.add((iri, RDF.type, STI.Jurisdiction))
        self.g.add((iri, SKOS.prefLabel, Literal(province or "Việt Nam", lang="vi")))
        self.g.add((iri, STI.searchText, Literal(phrase_key(province or "Việt Nam"))))
        return iri

    def agency(self, name: str, province: str | None) -> URIRef:
        iri = self.mint.agency(province, name)
        if not self._first_time(iri):
            return iri
        self.g.add((iri, RDF.type, STI.Agency))
        self.g.add((iri, SKOS.prefLabel, Literal(name, lang="vi")))
        self.g.add((iri, STI.jurisdiction, self.jurisdiction(province)))
        self.searchable(iri, name)
        kind = agency_kind(name)
        if kind:
            self.g.add((iri, STI.agencyKind, self.mint.concept("agency-kind", kind)))
        return iri

    def document_iri(self, province: str | None, key: str, year: int | None) -> URIRef:
        return self.mint.document(province, self.index.resolve(province, key, year), key)

    def evidence(self, subject: URIRef, span: Span | None) -> None:
        """Where a fact was read: offsets into the normalised text, and the exact quote."""
        if not span:
            return
        start, end = span
        node = self.mint.within(subject, "evidence")
        position, quote = self.mint.within(node, "position"), self.mint.within(node, "quote")
        self.g.add((subject, STI.evidence, node))
        self.g.add((node, RDF.type, OA.SpecificResource))
        self.g.add((node, OA.hasSource, self.source_iri))
        self.g.add((node, OA.hasSelector, position))
        self.g.add((node, OA.hasSelector, quote))
        self.g.add((position, RDF.type, OA.TextPositionSelector))
        self.g.add((position, OA.start, Literal(start, datatype=XSD.integer)))
        self.g.add((position, OA.end, Literal(end, datatype=XSD.integer)))
        self.g.add((quote, RDF.type, OA.TextQuoteSelector))
        self.g.add((quote, OA.exact, Literal(self.source.text[start:end])))

    def period(self, subject: URIRef, start: int | None, end: int | None, label: str | None = None) -> None:
        if label:
            self.g.add((subject, STI.periodLabel, Literal(label)))
        if start is None and end is None:
            return
        node = self.mint.within(subject, "period")
        self.g.add((subject, STI.hasPeriod, node))
        self.g.add((node, RDF.type, STI.Period))
        for prop, year in ((STI.startYear, start), (STI.endYear, end)):
            if year is not None:
                self.g.add((node, prop, Literal(year, datatype=XSD.integer)))

    def searchable(self, subject: URIRef, text: str | None) -> None:
        """A title's phrase key, for diacritics-insensitive search (the store indexes it by its words)."""
        if not text:
            return
        self.g.add((subject, STI.searchText, Literal(phrase_key(text))))

    def doc_type(self, subject: URIRef, doc_type: str | None) -> None:
        if doc_type:
            self.g.add((subject, STI.documentType, self.mint.concept("doc-type", doc_type)))

    # --- the document and what it names -----------------------------------------------

    def identity(self, iri: URIRef, province: str | None, doc_type: str | None, number: str | None,
                 issued_on: str | None, plan: bool) -> None:
        """What every document node carries, read in full or only cited: type, jurisdiction, number, date."""
        g = self.g
        g.add((iri, RDF.type, STI.Document))
        if plan:
            g.add((iri, RDF.type, STI.Plan))
        g.add((iri, STI.jurisdiction, self.jurisdiction(province)))
        self.doc_type(iri, doc_type)
        if number:
            g.add((iri, STI.documentNumber, Literal(number)))
            g.add((iri, STI.numberKey, Literal(number_key(number))))
        if issued_on:
            g.add((iri, STI.issuedOn, Literal(issued_on, datatype=XSD.date)))

    def document(self, doc: DocumentInfo, iri: URIRef, plan: bool) -> None:
        g = self.g
        self.identity(iri, doc.province, doc.doc_type, doc.number, doc.issued_on, plan)
        g.add((iri, STI.sourceFile, self.source_iri))
        if doc.title:
            g.add((iri, DCTERMS.title, Literal(doc.title, lang="vi")))
            self.searchable(iri, doc.title)
        if doc.signer:
            g.add((iri, STI.signer, Literal(doc.signer)))
        if doc.issuer:
            g.add((iri, STI.issuer, self.agency(doc.issuer, doc.province)))
        if doc.period:
            self.period(iri, doc.period.start, doc.period.end)
        self.evidence(iri, doc.span)

    def main_iris(self) -> tuple[URIRef, URIRef]:
        """(the document's IRI, the IRI of the plan that holds tasks and targets)."""
        doc = self.record.document
        year = _year(doc.issued_on, doc.number)
        if doc.number:
            main = self.mint.document(doc.province, year, doc.number)
        else:
            main = self.mint.document(doc.province, year, "plan-" + self.source.sha256[:12])
        if not self.record.embedded_documents:
            return main, main
        plan = self.record.embedded_documents[0]
        if plan.number:
            return main, self.mint.document(plan.province, _year(plan.issued_on, plan.number), plan.number)
        return main, self.mint.within(main, "plan")

    def legal_basis(self, ref: LegalRef, province: str | None) -> URIRef:
        key = ref.number or ref.name or ""
        jur = ref_province(ref, province)
        iri = self.document_iri(jur, key, _year(ref.issued_on, ref.number))
        g = self.g
        self.identity(iri, jur, ref.doc_type, ref.number, ref.issued_on, ref.doc_type in PLAN_TYPES)
        g.add((iri, RDF.type, STI.LegalBasis))
        if ref.name:
            g.add((iri, DCTERMS.title, Literal(ref.name, lang="vi")))
            self.searchable(iri, ref.name)
        if ref.title:
            g.add((iri, STI.subject, Literal(ref.title, lang="vi")))
            self.searchable(iri, ref.title)
        if ref.issuer:
            g.add((iri, STI.issuer, self.agency(ref.issuer, jur)))
        return iri

    def cited_by_number(self, number: str, citing: LegalRef, province: str | None) -> URIRef:
        """A document a referenced document itself implements or amends, known only by its number."""
        code = (number_codes(number) or [number])[-1]
        scope = "provincial" if re.match(r"^(?:UBND|HĐND|TU|S[A-Z]|UB)", code) else "national"
        stub = LegalRef(number, None, None, None, None, scope, "references", None)
        if scope == "provincial":
            stub.issuer = citing.issuer
        return self.legal_basis(self.known_ref(number) or stub, province)

    def known_ref(self, number: str) -> LegalRef | None:
        """The record's reference with this number, however its case was printed."""
        return next((r for r in self.record.legal_refs if (r.number or "").casefold() == number.casefold()), None)

    def cite(self, citing: URIRef, relation: str, cited: URIRef, span: Span | None) -> None:
        """The link, and its qualified form (a Citation) with the evidence it was read from."""
        prop = RELATIONS[relation]
        self.g.add((citing, prop, cited))
        node = self.mint.within(citing, "citation", relation, str(cited).rsplit("/doc/", 1)[-1].replace("/", "-"))
        self.g.add((node, RDF.type, STI.Citation))
        self.g.add((node, STI.citingDocument, citing))
        self.g.add((node, STI.citedDocument, cited))
        self.g.add((node, STI.relation, prop))
        self.evidence(node, span)

    # --- the whole record --------------------------------------------------------------

    def build(self) -> tuple[URIRef, Graph]:
        record, g = self.record, self.g
        province = record.document.province
        main, plan = self.main_iris()
        g.add((self.source_iri, RDF.type, STI.SourceFile))
        g.add((self.source_iri, STI.fileName, Literal(self.source.name)))
        g.add((self.source_iri, STI.sha256, Literal(self.source.sha256)))

        self.document(record.document, main, plan=main == plan)
        if plan != main:
            self.document(record.embedded_documents[0], plan, plan=True)
            g.add((main, STI.issues, plan))

        refs: dict[str, URIRef] = {}
        for ref in record.legal_refs:
            refs[ref.key] = cited = self.legal_basis(ref, province)
            self.cite(main, ref.relation, cited, ref.span)
        for ref in record.legal_refs:
            for relation in ("implements", "amends"):
                for number in getattr(ref, relation):
                    self.cite(refs[ref.key], relation, self.cited_by_number(number, ref, province), ref.span)

        for n, target in enumerate(record.targets, start=1):
            iri = self.mint.within(plan, "target", str(n))
            g.add((plan, STI.hasTarget, iri))
            g.add((iri, RDF.type, STI.Target))
            g.add((iri, STI.indicatorLabel, Literal(target.indicator, lang="vi")))
            self.searchable(iri, target.indicator)
            g.add((iri, STI.value, Literal(str(target.value), datatype=XSD.decimal)))
            if target.value_max is not None:
                g.add((iri, STI.valueMax, Literal(str(target.value_max), datatype=XSD.decimal)))
            g.add((iri, STI.unit, Literal(target.unit)))
            g.add((iri, STI.comparator, Literal(target.comparator)))
            if target.national_indicator:
                g.add((iri, STI.indicator, self.mint.concept("indicator", target.national_indicator)))
            years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", target.period or "")]
            self.period(iri, years[0] if len(years) > 1 else None, years[-1] if years else None, target.period)
            self.evidence(iri, target.span)

        plan_province = (record.embedded_documents[0] if plan != main else record.document).province
        for task in record.tasks:
            iri = self.mint.within(plan, "task", slug(task.id))
            g.add((plan, STI.hasTask, iri))
            g.add((iri, STI.partOfPlan, plan))
            g.add((iri, RDF.type, STI.Task))
            g.add((iri, DCTERMS.title, Literal(task.title, lang="vi")))
            self.searchable(iri, task.title)
            g.add((iri, STI.localId, Literal(task.id)))
            for name in task.lead:
                g.add((iri, STI.leadAgency, self.agency(name, plan_province)))
            for name in task.partners:
                g.add((iri, STI.partnerAgency, self.agency(name, plan_province)))
            if not task.lead:
                g.add((iri, STI.leadReason, Literal("the text names no lead agency", lang="en")))
            if task.timeframe:
                g.add((iri, STI.timeframe, Literal(task.timeframe)))
            if task.output:
                g.add((iri, STI.output, Literal(task.output)))
            for number in task.implements:
                known = self.known_ref(number)
                cited = refs[known.key] if known else self.cited_by_number(
                    number, LegalRef(number, None, None, record.document.issuer, None, "national", "", None),
                    province)
                self.cite(iri, "implements", cited, task.span)
            self.evidence(iri, task.span)
        return self.mint.graph_of(main), g


def build_graph(source: SourceDocument, index: DocumentIndex, minter: Minter) -> tuple[URIRef, Graph]:
    """The named graph IRI and the triples of one source document."""
    return GraphBuilder(source, index, minter).build()


def vocabulary_graph(minter: Minter) -> Graph:
    """The concept schemes kept as data (document types, agency kinds, indicators), as SKOS."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)

    def concept(scheme: str, key: str, labels: dict[str, str], notation: str) -> URIRef:
        iri = minter.concept(scheme, key)
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.inScheme, minter.scheme(scheme)))
        for lang, label in labels.items():
            g.add((iri, SKOS.prefLabel, Literal(label, lang=lang)))
        if notation:
            g.add((iri, SKOS.notation, Literal(notation)))
        return iri

    schemes = {"doc-type": ("Loại văn bản", "Document types"), "agency-kind": ("Loại cơ quan", "Agency kinds"),
               "indicator": ("Chỉ số", "Indicators")}
    for scheme, (vi, en) in schemes.items():
        iri = minter.scheme(scheme)
        g.add((iri, RDF.type, SKOS.ConceptScheme))
        g.add((iri, SKOS.prefLabel, Literal(vi, lang="vi")))
        g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
    for t in doc_types():
        iri = concept("doc-type", t.name, {"vi": t.name, "en": t.name_en}, t.code)
        g.add((iri, STI.searchText, Literal(phrase_key(t.name))))
    for abbr in gazetteer():
        if abbr.kind:
            iri = concept("agency-kind", abbr.kind, {}, abbr.kind)
            g.add((iri, SKOS.altLabel, Literal(abbr.written, lang="vi")))
    for abbr in gazetteer():  # the canonical name is the preferred label, whichever row came first
        if abbr.kind:
            g.set((minter.concept("agency-kind", abbr.kind), SKOS.prefLabel, Literal(abbr.canonical, lang="vi")))
    for indicator in indicator_lexicon():
        iri = concept("indicator", indicator.key, {"vi": indicator.label_vi, "en": indicator.label_en}, indicator.key)
        g.add((iri, SKOS.note, Literal(f"unit: {indicator.unit_class.replace('|', ' or ')}", lang="en")))
        g.add((iri, STI.betterWhen, Literal(indicator.better)))
    return g
