"""What a document sent to the public API must show before it is loaded.

`stikg build` is run by the person who owns the store and loads what it can
read (a news page that reports a plan without its number gets an IRI from its
content). The API takes files from anyone, so it asks more: a number that
identifies the document, a text that reaches the document's end, and no other
document already holding that number.
"""

from __future__ import annotations

import re

from .build import SourceDocument

# How Vietnamese administrative documents end: the signature block, the list of recipients,
# the article that puts a decision into force, or a plan's part on carrying it out.
_CLOSING = re.compile(
    r"^[|\s]*(?:TM\.|KT\.|Q\.\s|Nơi nhận|(?:PHÓ\s+)?CHỦ TỊCH\s*\|?\s*$|(?:PHÓ\s+)?GIÁM ĐỐC\s*\|?\s*$)"
    r"|^[|\s]*(?:[IVX]+|\d{1,2})\.\s*(?:TỔ CHỨC THỰC HIỆN|Tổ chức thực hiện)"
    r"|^[|\s]*Điều\s+\d+\.?.*(?:thi hành|hiệu lực)",
    re.M,
)


def missing_number(source: SourceDocument) -> str | None:
    if source.record.document.number:
        return None
    return ("no document number (Số: …) was found: a document without a number cannot be identified or cited; "
            "send the full text, header included")


def looks_truncated(source: SourceDocument) -> str | None:
    """The text stops before the document's end: no signature, recipients, or closing part."""
    if _CLOSING.search(source.text):
        return None
    return ("the text stops before the document's end (no signature block, no 'Nơi nhận', no closing part): "
            "it looks truncated; send the whole document")


def problems(source: SourceDocument) -> list[str]:
    """Why the API should refuse this document; empty when it may be loaded."""
    return [problem for check in (missing_number, looks_truncated) if (problem := check(source))]
