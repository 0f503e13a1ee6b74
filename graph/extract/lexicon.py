"""The word lists extraction reads, kept as data in ``graph/data/*.csv``."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("stikg.graph") / "data" / name
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True)
class DocType:
    code: str
    name: str
    name_en: str


@cache
def doc_types() -> tuple[DocType, ...]:
    return tuple(DocType(r["code"], r["name"], r["name_en"]) for r in _rows("doc_types.csv"))


@cache
def doc_type_by_code() -> dict[str, str]:
    return {t.code.casefold(): t.name for t in doc_types() if t.code}


@cache
def doc_type_pattern() -> re.Pattern:
    """Any document type word, longest first ('Chương trình hành động' before 'Chương trình')."""
    names = sorted({t.name for t in doc_types()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def canonical_doc_type(word: str) -> str:
    """'QUYẾT ĐỊNH' or 'quyết định' -> 'Quyết định'."""
    for t in doc_types():
        if t.name.casefold() == word.casefold():
            return t.name
    return word[:1].upper() + word[1:].lower()


@dataclass(frozen=True)
class IssuerCode:
    code: str
    issuer: str  # may hold {province}
    scope: str


@cache
def issuer_codes() -> dict[str, IssuerCode]:
    return {r["code"].casefold(): IssuerCode(r["code"], r["issuer"], r["scope"]) for r in _rows("issuer_codes.csv")}


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" or "thành phố"
    variants: tuple[str, ...]


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(r["name"], r["kind"], tuple(v for v in r["variants"].split(";") if v)) for r in _rows("provinces.csv")
    )


@cache
def province_pattern() -> re.Pattern:
    names: dict[str, str] = {}
    for p in provinces():
        for variant in (p.name, *p.variants):
            names[variant.casefold()] = p.name
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + alternatives + r")(?!\w)", re.IGNORECASE)


def with_kind(province: str) -> str:
    """'Cần Thơ' -> 'thành phố Cần Thơ', 'Lâm Đồng' -> 'tỉnh Lâm Đồng': as an issuer's name ends."""
    kind = next((p.kind for p in provinces() if p.name == province), "tỉnh")
    return f"{kind} {province}"


def find_province(text: str) -> str | None:
    """The first province named in text, by its canonical name."""
    m = province_pattern().search(text)
    if not m:
        return None
    key = m.group(1).casefold()
    for p in provinces():
        if key in {v.casefold() for v in (p.name, *p.variants)}:
            return p.name
    return None


_BARE = str.maketrans("áàảãạéèẻẽẹóòỏõọúùủũụýỳỷỹỵ", "aaaaaeeeeeooooouuuuuyyyyy")


@cache
def name_word_pairs() -> frozenset[tuple[str, str]]:
    """Two words that stand side by side inside a province's or an agency's name ("Quảng" "Nam", "Công" "Thương"),
    the second capitalised: a hard-wrapped page that breaks the name between them breaks a sentence. A word that also
    ends a name is left out ("Nam" in "Quảng Nam" ends a name, so "Nam" + "Định…" may be a new sentence)."""
    names = [n for p in provinces() for n in (p.name, *p.variants)]
    names += [r["canonical"] for r in _rows("agency_abbreviations.csv")]
    words = [re.findall(r"[^\W\d_]+", name) for name in names]
    endings = {w[-1] for w in words if w}
    pairs = {(a, b) for w in words for a, b in zip(w, w[1:], strict=False)
             if a[0].isupper() and b[0].isupper() and a not in endings}
    # the nation's issuers, whose names go on in capitals after a word in small letters ("Thủ tướng" + "Chính phủ")
    issuers = [re.findall(r"[^\W\d_]+", r["issuer"]) for r in _rows("issuer_codes.csv") if "{" not in r["issuer"]]
    pairs |= {(a, b) for w in issuers for a, b in zip(w, w[1:], strict=False) if a[0].islower() and b[0].isupper()}
    # and the laws cited by name, likewise ("Luật Tổ chức" + "Chính phủ")
    laws = [re.findall(r"[^\W\d_]+", r["name"]) for r in _rows("law_names.csv")]
    pairs |= {(a, b) for w in laws for a, b in zip(w, w[1:], strict=False) if a[0].islower() and b[0].isupper()}
    return frozenset(pairs)


@cache
def national_subjects() -> dict[str, str]:
    """What the national documents plans carry out most are about (graph/data/national_documents.csv), by number:
    a plan titled "Thực hiện Chiến lược phát triển khoa học, …" carries out 569/QĐ-TTg even where it cites the
    decision by its number alone. Used to match titles only: a record keeps what its text says."""
    return {r["number"].casefold(): r["subject"] for r in _rows("national_documents.csv")}


def tone_free_key(text: str) -> str:
    """Lower case, with the vowels whose tone mark old and new spelling place differently left bare ('hoá' and
    'hóa', 'thuỷ' and 'thủy' compare equal); as long as ``text``, so a match in the key is a match in the text."""
    return text.lower().translate(_BARE)


@cache
def law_name_pattern() -> re.Pattern:
    """The laws plans cite most, by name (graph/data/law_names.csv), longest first: names a rule cannot cut from the
    words after them ("Luật Khoa học, công nghệ và đổi mới sáng tạo", "Luật Phí và lệ phí"). Matched against
    ``tone_free_key`` of the text."""
    names = sorted((r["name"] for r in _rows("law_names.csv")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(r"\s+".join(re.escape(tone_free_key(w)) for w in n.split()) for n in names)
                      + r")(?!\w)")


_ACRONYM = re.compile(r"[A-ZĐ]{2}")


@cache
def _subject_abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    rows = sorted(_rows("subject_abbreviations.csv"), key=lambda r: -len(r["abbreviation"]))  # the longest first
    return tuple((re.compile(r"(?<!\w)" + re.escape(r["abbreviation"]) + r"(?![\w&])"), r["words"]) for r in rows)


@lru_cache(maxsize=4096)  # a plan's title is compared with each document it cites
def spelled_out(text: str) -> str:
    """'Chiến lược phát triển KH,CN&ĐMST' -> 'Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo': the
    words a subject abbreviated stands for, to compare it with one written out."""
    if not _ACRONYM.search(text):
        return text
    for pattern, words in _subject_abbreviations():
        text = pattern.sub(words, text)
    return text
