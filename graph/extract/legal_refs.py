"""Documents a plan names, how it relates to each, and what they say of each other.

A mention is a document number in any Vietnamese numbering scheme (or a law
named without one). Mentions of the same document are merged into one
``LegalRef`` with the strongest relation the text gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import canonical_agency
from .layout import Line
from .lexicon import (
    IssuerCode,
    canonical_doc_type,
    doc_type_by_code,
    doc_type_pattern,
    find_province,
    issuer_codes,
    law_name_pattern,
    national_subjects,
    spelled_out,
    tone_free_key,
    with_kind,
)
from .numbers import find_date
from .records import LegalRef

_UP = "A-ZĐÂĂÊÔƠƯ"
_CODE = rf"[{_UP}][A-Za-zđĐÂĂÊÔƠƯâăêôơư]*(?:&[{_UP}]+)?\d*"  # "SKH&CN" of 50/TTr-SKH&CN
# 569/QĐ-TTg, 16/2021/NQ-HĐND, 110/TTr-SKHCN, 08-NQ/TU, 180-CTr/TU, 29/2013/QH13
REF_NUMBER = re.compile(  # its first digit, then what may not stand before it: twice as fast as the other way round
    rf"(\d(?<![\w/.-]\d)\d{{0,4}})\s?(?:"
    rf"/\s?(?:(\d{{4}})\s?/\s?)?({_CODE})((?:\s?[-–]\s?{_CODE}|\.[{_UP}]{{2,}}\d*)*)"  # 1090/QĐ.UBND too
    rf"|[-–]\s?({_CODE})\s?/\s?({_CODE}(?:[-–]{_CODE})*)"  # 90-KH/TĐTN-BTG: a party's or a union's board
    rf")(?![\w/])"
)
# "Luật" first, then what stands before it: a pattern that opens with its word is found by a fast scan for it, one
# that opens with a look behind is tried at every character (15 times slower). Not "Hệ Thống Pháp Luật vui lòng …",
# nor the word for a law already named ("triển khai thi hành Luật như sau", "Luật này", "Luật được thông qua")
_LAW = re.compile(r"Luật(?<!\wLuật)(?<![Pp]háp Luật)\s+(?![Ss]ố\s)"
                  r"(?!(?:như|này|và|được|đã|sẽ|có|trên|tại|của|cho|để|theo|khi|với|là|thì|mới|đến)\b)")
_NUMBERED_LAW = re.compile(r"Luật(?<!\wLuật)\s[^;,.()]{2,50}?\s+số\s*$")
_LAW_END = re.compile(
    r",|\s(?:ngày|năm\s+\d{4}|năm(?=\s+ngày)|số\s*:?\s*\d|theo|để|đã|được|hiện hành|có liên quan|liên quan|"
    r"và\s+(?!Luật)[a-zđà-ỹ]|"
    r"và\s+(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Pháp lệnh)|quy định|về|vào|trên|tại|"
    r"của\s+(?!Luật))"
)
# what stands between a law's name and its date: "(sửa đổi)", "được Quốc hội thông qua"
_LAW_DATE_GAP = re.compile(r"\s*(?:\([^()\d]{0,15}\)\s*)?"
                           r"(?:(?:được\s+)?(?:Quốc hội\s+)?(?:thông qua|công bố|ban hành)\s+)?(?:năm\s+)?(?:ngày\s*)?",
                           re.IGNORECASE)
RELATION_RANK = {"implements": 4, "based_on": 3, "replaces": 2, "references": 1}
_IMPLEMENTING = re.compile(r"\b(?:thực hiện|triển khai)\b", re.IGNORECASE)
# "Kế hoạch này thay (thế) Quyết định số 123/QĐ-UBND … và" the next too; not "thay đổi"
_REPLACING = re.compile(r"(?:Kế hoạch|Quyết định|Chương trình|Nghị quyết) này\b[^.;]*?"
                        r"\b(?:thay(?: thế| cho)?(?!\s+đổi)|bãi bỏ)(?:\s[^.;]*?(?:,|\svà))?\s*$")
# "Quyết định số 45/QĐ-UBND … hết hiệu lực (thi hành) kể từ ngày …": the document says it supersedes that one
_CEASES = re.compile(r"^[^.;,]{0,120}?\bhết hiệu lực\b")
# what stands between two documents listed under one verb (a mention starts at its type): a date, an issuer
_SIBLING = re.compile(r"\s*(?:ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?(?:\s+của\s+[^,;]{1,40}?)?"
                      r"\s*(,|và)\s*")
_AMENDED_BY = re.compile(r"\bđược\s+sửa đổi\b[^;]*?\b(?:bởi|theo|tại)\b", re.IGNORECASE)
_AMENDING = re.compile(r"\bsửa đổi\b|\bbổ sung\b", re.IGNORECASE)
# "sửa đổi, bổ sung Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW": a document without a
# number is amended, and the number is what that document carries out
_AMENDING_UNNUMBERED = re.compile(r"(?:sửa đổi|bổ sung|cập nhật)\s+(?:[^\W\d]+,?\s+){0,3}?"
                                  r"(?:Chương trình|Kế hoạch|Đề án|Chiến lược)\b[^;]*?\s(?:thực hiện|triển khai)\s+"
                                  r"(?:[^\W\d]+\s+){0,3}?(?:số\s*)?$", re.IGNORECASE)
# "Thực hiện …", "Để triển khai …", in a news item also "Kế hoạch nhằm triển khai …": the plan carries out what follows
_OPENING = re.compile(r"^(?:(?:(?:Kế hoạch|Chương trình)(?:\s+này)?\s+(?:được ban hành\s+)?)?(?:Để|Nhằm)\s+)?"
                      r"(?:tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)\b", re.IGNORECASE)
_ISSUER = re.compile(
    r"^\s*,?\s*(?:của|do)\s+(.+?)(?=\s+(?:[Vv]ề|[Bb]an hành|[Pp]hê duyệt|[Qq]uy định|[Tt]hực hiện|[Tt]riển khai|"
    r"[Ss]ửa đổi|[Hh]ướng dẫn|[Hh]ợp nhất|tiếp tục|thông qua|và\s+(?:có|được|đã|sẽ))\b|"
    r"\s+và\s+(?:[^\W\d]+\s+){1,4}số\s*\d|"
    r"\s*[,;:“\"|]|\s*\((?!kh[oó][aá]\s)|(?<![IVXL])\)|"  # a term in brackets is the body's: "… Trung ương (khóa XI)"
    r"\s+-\s(?![A-ZĐÂĂÊÔƠƯ])|$|"  # a dash before a capital may join a name: "Bộ Lao động - …"
    r"(?<!TP)(?<!Tp)(?<!TX)\.(?=\s|$))"  # a sentence's end ("… của Thủ tướng Chính phủ. Theo đó, …"), not "TP."
)
# bodies a caps title names after "CỦA", as their names are written in running text
_CAPS_BODIES = ("Ủy ban Thường vụ Quốc hội", "Quốc hội", "Thủ tướng Chính phủ", "Chính phủ", "Bộ Chính trị",
                "Ban Bí thư Trung ương Đảng", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương",
                "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy", "Ban Chấp hành Đảng bộ tỉnh",
                "Ban Chấp hành Đảng bộ thành phố", "Tỉnh ủy", "Thành ủy", "Ủy ban nhân dân tỉnh",
                "Ủy ban nhân dân thành phố", "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân thành phố",
                "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
                "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường",
                "Bộ Tài nguyên và Môi trường", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Nội vụ", "Bộ Tư pháp",
                "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Lao động - Thương binh và Xã hội",
                "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao",
                "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Văn phòng Chính phủ", "Ủy ban Dân tộc")
_CAPS_OF = re.compile(r"\s*,?\s*CỦA\s+")


def _caps_issuer(text: str) -> tuple[str, int] | None:
    """A known body after "CỦA" in a caps title, with the province that follows its name ("TỈNH ỦY TÂY NINH"),
    and how many characters of ``text`` they take up. A body this list does not know stays unread: its name in
    capitals cannot be told from the subject after it."""
    of = _CAPS_OF.match(text)
    if not of:
        return None
    folded = tone_free_key(text[of.end(): of.end() + 60])  # the longest name is 33 letters
    for body in _CAPS_BODIES:
        key = tone_free_key(body)
        if folded.startswith(key) and not folded[len(key): len(key) + 1].isalnum():
            end = of.end() + len(body)
            place = re.match(r"\s+((?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)(?=\s+(?:VỀ|BAN HÀNH|THỰC HIỆN)\b|\s*[,;(]|\s*$)",
                             text[end:])
            if place and (province := find_province(place.group(1))) \
                    and tone_free_key(place.group(1)) == tone_free_key(province):
                return f"{body} {province}", end + place.end()
            return body, end
    return None


# a steering committee named by its field and province: "Ban Chỉ đạo về phát triển khoa học, … tỉnh Đồng Tháp"
_COMMITTEE_NAME = re.compile(r"\s+về\s+[^;:()“\"]{0,160}?\s(?:tỉnh|thành phố)\s+[A-ZĐÂĂÊÔƠƯ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*)*"
                             r"(?=\s+(?:về|ban hành|thực hiện|triển khai)\b|\s*[,;:(]|$)")
# who wrote a submission, named before it: "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số …"
_PROPOSED_BY = re.compile(r"đề (?:nghị|xuất) của\s+(?:(?:Giám đốc|Chủ tịch|Trưởng ban|Thủ trưởng|Viện trưởng)\s+)?"
                          r"([^,;:()]{3,80}?)\s+tại\s*$")
# who directed, named before the document that says so: "Theo chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số …",
# "ý kiến của Bộ Khoa học và Công nghệ tại Công văn số …"
_DIRECTED_BY = re.compile(r"(?:chỉ đạo|ý kiến) của\s+([^,;:()]{3,80}?)\s+tại\s*$")
# who issued a document, named before it: "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 1636/KH-UBND …"
_ISSUED_BY = re.compile(r"(?<!\w)((?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|"
                        r"Thành ủy)(?:\s+(?:tỉnh|thành phố))?(?:\s+[A-ZĐ]\w*){0,3})\s+(?:đã\s+|vừa\s+)?ban hành\s+$")
# a body named right after a document's date, "của" left out: "ngày 01/11/2012 Hội nghị Trung ương 6 khóa XI về …"
_BODY_WITHOUT_OF = re.compile(r"\s*,?\s*(?:Hội nghị (?:lần thứ|Trung ương)|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|"
                              r"Thủ tướng Chính phủ|Chính phủ|Quốc hội|Ban Thường vụ)\s")
# an issuer of before the 2025 mergers, so marked: "(cũ)", "(trước sắp xếp)", "(nay là tỉnh An Giang)"
_FORMER = re.compile(r"\s*\((?:cũ|trước (?:khi )?(?:sắp xếp|hợp nhất|sáp nhập)|nay (?:là|thuộc) [^()]{1,60})\)")
# bodies whose name is complete: a word in lower case after it starts the subject, not more of the name
_WHOLE_ISSUER = re.compile(r"^(?:Ủy ban Thường vụ Quốc hội|Quốc hội|Thủ tướng Chính phủ|Chính phủ|Bộ Chính trị|"
                           r"Ban Bí thư|(?:Ban Thường vụ |Ban Chấp hành Đảng bộ )?(?:Tỉnh|Thành) (?:ủy|uỷ)|"
                           r"(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (?:tỉnh|thành phố))"
                           r"\s+(?!khóa|khoá|và\b)(?=[^\W\d_])")
# where a subject ends: ", Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch …", the citing sentence going on; the last:
# "… và Chỉ thị số 07/CT-TTg", ", Nghị định số 120/…": the next document
_SUBJECT_END = re.compile(r";|\||\.\s|\(gọi tắt|\s\(|^\s*\)|”\s*;"
                          r"|,\s*(?:Ủy ban|UBND|Sở|HĐND|Hội đồng nhân dân|Ban Thường vụ|Ban Chấp hành|Ban Cán sự|"
                          r"Tỉnh ủy|Thành ủy|Đảng ủy)\s|,\s*(?:để|nhằm)\s"  # or says what it is for: ", để tạo …"
                          r"|(?:,|\s(?:và|VÀ))\s+(?=(?:[^\W\d]+\s+){0,4}(?:số|SỐ)\s*\d)")
_PROVINCIAL_ISSUER = re.compile(r"tỉnh|Tỉnh ủy|Tỉnh uỷ|Sở\b|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân", re.IGNORECASE)


def canonical_number(match: re.Match) -> str:
    return re.sub(r"\s+", "", match.group(0)).replace("–", "-")


@dataclass
class Mention:
    key: str
    number: str | None
    name: str | None
    doc_type: str | None
    start: int  # offset of the type word (or number) in the normalised text
    end: int  # end of the number or name
    line: Line
    issued_on: str | None = None
    issuer: str | None = None
    subject: str | None = None
    nested_in: Mention | None = None
    implements: list[str] = field(default_factory=list)
    amends: list[str] = field(default_factory=list)
    relation: str = "references"
    quote_end: int = 0  # end of the number with its date, issuer and subject: the quotable passage
    proposal: bool = False  # a proposal to the issuer: "đề xuất của Sở … tại Tờ trình số …"

    @property
    def code(self) -> str:
        """The issuing body's code: 'TTg' of 569/QĐ-TTg, 'TU' of 08-NQ/TU, 'HĐND' of 16/2021/NQ-HĐND."""
        return (number_codes(self.number) or [""])[-1]

    @property
    def type_code(self) -> str:
        return next((part for part in number_codes(self.number) if not part.isdigit()), "")


def number_codes(number: str | None) -> list[str]:
    """The parts of a document number after its serial: '16/2021/NQ-HĐND' -> ['2021', 'NQ', 'HĐND'] ('1090/QĐ.UBND'
    too)."""
    return re.split(r"[-/.]", number)[1:] if number else []


def _type_before(text: str, pos: int) -> tuple[str | None, int]:
    """The document type written just before a number: 'Quyết định số 569/...'."""
    window = text[max(0, pos - 60): pos]
    found = None
    for m in doc_type_pattern().finditer(window):
        tail = window[m.end():]
        if re.fullmatch(r"\s*(?:số|số hiệu)?\s*:?\s*", tail, re.IGNORECASE):
            found = m
    if found:
        return canonical_doc_type(found.group(1)), max(0, pos - 60) + found.start()
    if law := _NUMBERED_LAW.search(window):  # "Luật Khoa học và Công nghệ số 29/2013/QH13"
        return "Luật", max(0, pos - 60) + law.start()
    for law in _LAW.finditer(window):  # "Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15"
        name = _law_name(window[law.start():])
        if name and re.fullmatch(r"\s+số\s*:?\s*", window[law.start() + len(name):]):
            return "Luật", max(0, pos - 60) + law.start()
    return None, pos


def _after_number(text: str) -> tuple[str | None, str | None, str | None, int]:
    """Date, issuer and subject written after a number: ' ngày 31/3/2023 của Tỉnh ủy về ...'.

    The last item is how many characters of ``text`` they take up.
    """
    issued_on = None
    rest = text
    date_hit = find_date(text[:45])
    if date_hit and (opening := re.match(r"^\s*(?:,\s*)?(\(\s*)?(?:ngày|ban hành ngày)?\s*$",
                                         text[: date_hit[1].start()], re.IGNORECASE)):  # "NGÀY" in a caps title
        issued_on = date_hit[0].isoformat()
        rest = text[date_hit[1].end():]
        if opening.group(1):  # "Nghị quyết 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị"
            rest = re.sub(r"^\s*\)", "", rest)
    issuer = None
    if issued_on and _BODY_WITHOUT_OF.match(rest):  # "ngày 01/11/2012 Hội nghị …": "của" left out
        rest = " của" + rest
    if caps := _caps_issuer(rest):  # "… NGÀY 31/3/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ …" in a title
        issuer, taken = caps
        rest = rest[taken:]
    elif (m := _ISSUER.match(rest)) and len(m.group(1)) < 80:
        issuer = m.group(1).strip()
        rest = rest[m.end():]
        if (dash := issuer.find(" - ")) > 0 and issuer[:dash] in _CAPS_BODIES:  # "Bộ Chính trị - Đột phá …"
            rest = issuer[dash:] + rest
            issuer = issuer[:dash]
        whole = _WHOLE_ISSUER.match(issuer)
        if whole and issuer[whole.end()].islower():  # "của Quốc hội thí điểm một số cơ chế …": the subject follows
            rest = " " + issuer[whole.end():] + rest
            issuer = issuer[: whole.end()].strip()
        elif issuer.casefold() == "ban chỉ đạo" and (named := _COMMITTEE_NAME.match(rest)) \
                and find_province(named.group()):
            issuer += named.group()  # "Ban Chỉ đạo về phát triển … tỉnh Đồng Tháp về thực hiện …": its whole name
            rest = rest[named.end():]
    if issuer and (former := _FORMER.match(rest)):  # "của UBND tỉnh Kiên Giang (cũ) về …": the subject follows
        rest = rest[former.end():]
    raw = _SUBJECT_END.split(rest[:1000], maxsplit=1)[0][:400]  # a page on one line: not the whole rest of it
    subject = re.sub(r"^\s*[,-]?\s*(?:năm\s+\d{4}\s+)?(?:về việc|về)\s+", "", raw,  # "569/QĐ-TTg năm 2022 về …"
                     flags=re.IGNORECASE).strip(" ,.:“”\"-")
    if re.match(r"(?:được sửa đổi|và)\b", subject, re.IGNORECASE):  # another document follows, not this one's subject
        subject, raw = "", ""
    if re.match(r"(?:hết hiệu lực|bị bãi bỏ|được thay thế)\b", subject, re.IGNORECASE):  # what befalls it, no subject
        subject = ""
    if re.fullmatch(r"(?:trong\s+)?năm\s+\d{4}", subject, re.IGNORECASE) or re.match(r"trên địa bàn\b", subject):
        subject = ""  # "Thực hiện Nghị quyết 57-NQ/TW năm 2025", "… trên địa bàn tỉnh": the plan's year or place
    return issued_on, issuer, subject or None, len(text) - len(rest) + len(raw.rstrip(" ,.:"))


# "(sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP)": short names for documents cited before it, no
# mention of them (one there is not in the opening's relation, nor in the list that names what another carries out)
_ALIAS = re.compile(r"\((?:sau đây|dưới đây)?[^()]{0,20}?(?:gọi|viết)(?: chung| tắt)* là[^()]*\)", re.IGNORECASE)


def short_names(lines: list[Line]) -> dict[str, Mention]:
    """The short names a text gives documents it cites, with a number in them but none of the document's own ("Kế
    hoạch số 123/KH-UBND … (sau đây gọi tắt là Kế hoạch 123)"), and the mention each names."""
    names: dict[str, Mention] = {}
    for line in lines:
        for alias in _ALIAS.finditer(line.text):
            named = re.search(r"\blà\s+(.+?)\s*\)$", alias.group())
            name = named.group(1).strip(" “”\"") if named else ""
            if not re.search(r"\d", name) or REF_NUMBER.search(name):
                continue
            typed = doc_type_pattern().match(name)
            before = [m for m in find_mentions([Line(line.text[: alias.start()], line.start, line.index)])
                      if m.number and (not typed or m.doc_type == canonical_doc_type(typed.group(1)))]
            if before:
                names[name] = before[-1]  # the nearest one of its type: not a document its subject names
    return names


def find_mentions(lines: list[Line]) -> list[Mention]:
    mentions: list[Mention] = []
    for line in lines:
        text = line.text
        found: list[Mention] = []
        for m in REF_NUMBER.finditer(text):
            number = canonical_number(m)
            doc_type, start = _type_before(text, m.start())
            coded = doc_type_by_code().get(next((c for c in number_codes(number) if not c.isdigit()), "").casefold())
            if doc_type and coded and coded != doc_type and (head := re.search(
                    rf"(?<!\w){re.escape(coded)}\s+$", text[:start], re.IGNORECASE)):
                doc_type, start = coded, head.start()  # "Thông báo kết luận số 45-TB/TU": a notice, as its code says
            key = "n:" + number.casefold()
            named = re.sub(r"\s+số\s*:?\s*$", "", text[start: m.start()]) if doc_type == "Luật" else ""
            mention = Mention(key, number, named if named not in ("", "Luật") else None, doc_type, line.start + start,
                              line.start + m.end(), line)  # a law's name beside its number: its title
            if not mention.doc_type:
                mention.doc_type = doc_type_by_code().get(mention.type_code.casefold())
            if not mention.doc_type:
                continue  # "2021-CT" and other codes that name no document type
            mention.issued_on, mention.issuer, mention.subject, taken = _after_number(text[m.end():])
            if mention.doc_type == "Văn bản hợp nhất" and not mention.issued_on and mention.subject and (
                    dated := re.match(r"(.+?),?\s+ngày\s+(.+)$", mention.subject)) and (when := find_date(
                    f"ngày {dated.group(2)}")):  # "Văn bản hợp nhất số 07/VBHN-VPQH Luật Sở hữu trí tuệ ngày …":
                mention.issued_on, mention.subject = when[0].isoformat(), dated.group(1)  # the text it consolidates
            near = max(0, start - 300)  # the words just before it (a page may come as one line)
            proposer = _PROPOSED_BY.search(text, near, start)  # "Xét đề nghị của Sở … tại Tờ trình số …"
            mention.proposal = proposer is not None
            if not mention.issuer and (named := proposer or _ISSUED_BY.search(text, near, start)
                                       or _DIRECTED_BY.search(text, near, start)):
                mention.issuer = named.group(1)  # or "UBND tỉnh ban hành Kế hoạch số …", "chỉ đạo của … tại"
            mention.quote_end = mention.end + taken
            found.append(mention)
        covered = 0
        for m in _LAW.finditer(text):
            name = _law_name(text[m.start(): m.start() + 300])
            if not name or m.start() < covered or any(f.start <= line.start + m.start() < f.end for f in found):
                continue
            covered = m.start() + len(name)
            mention = Mention("name:" + name.casefold(), None, name, "Luật", line.start + m.start(),
                              line.start + m.start() + len(name), line)
            after = text[m.start() + len(name): m.start() + len(name) + 60]
            # a law in another document's subject ("Nghị định … hướng dẫn thi hành … Luật Khoa học và công nghệ"):
            # cited by that document, as a number there would be, not by the plan
            mention.nested_in = next((f for f in found if f.end <= line.start + m.start() < f.quote_end), None)
            date_hit = find_date(after)  # "ngày 19/6/2015", "(sửa đổi) ngày 21 tháng 6 năm 1994", "công bố ngày …"
            if date_hit and _LAW_DATE_GAP.fullmatch(after[: date_hit[1].start()]) and not (
                    mention.nested_in and mention.nested_in.doc_type == "Văn bản hợp nhất"):  # the date it was
                mention.issued_on = date_hit[0].isoformat()                                   # consolidated
            found.append(mention)
        if not found:
            continue
        if aliases := [(line.start + a.start(), line.start + a.end()) for a in _ALIAS.finditer(text)]:
            found = [f for f in found if not any(start <= f.start < end for start, end in aliases)]
        found.sort(key=lambda f: f.start)
        _share_issuers(found, text, line.start)
        _link_within_line(found, text, line.start)
        mentions.extend(found)
    return mentions


# "các Nghị quyết của Hội đồng nhân dân tỉnh: số …; số …": one issuer for the documents of that type listed after it
_PLURAL_ISSUER = re.compile(r"\bcác\s+([^\W\d]+(?:\s+[^\W\d]+)?)\s+của\s+([^:;,]{3,80}?)\s*(?::|(?=số\s*\d))")


def _share_issuers(found: list[Mention], text: str, offset: int) -> None:
    """Documents that name no issuer take the one named for their list: after the last ('Kế hoạch số 15/KH-UBND
    ngày … và Kế hoạch số 88/KH-UBND ngày … của UBND tỉnh') or over all ('các Quyết định của Thủ tướng Chính phủ
    số …, số …')."""
    for earlier, later in zip(found[-2::-1], found[:0:-1], strict=False):
        joint = _SIBLING.fullmatch(text[earlier.end - offset: later.start - offset])
        if not earlier.issuer and joint and "của" not in joint.group() and later.issuer \
                and earlier.number and earlier.code == later.code:  # not "57-NQ/TW và … 03/NQ-CP của Chính phủ"
            earlier.issuer = later.issuer
    for heading in _PLURAL_ISSUER.finditer(text):
        for mention in (f for f in found if f.start - offset > heading.end()):
            if mention.issuer or not mention.number or mention.doc_type != heading.group(1):
                break  # the list has ended
            mention.issuer = heading.group(2)


def _law_name(text: str) -> str | None:
    """'Luật Ngân sách nhà nước và được bố trí' -> 'Luật Ngân sách nhà nước'. A law of law_names.csv is read by its
    whole name where the rule would cut it shorter ('Luật Khoa học, công nghệ và đổi mới sáng tạo ngày …'), not where
    its name only begins a longer one ('Luật Đầu tư xây dựng …')."""
    raw = re.split(r"[;.:()\n]", text)[0]
    if re.match(r"Luật\s+[Ss]ửa đổi", raw):
        name = re.split(r"\s+ngày\s|;|\.\s", raw)[0]
    else:
        # "… và Ủy ban nhân dân" goes on: the range [à-ỹ] holds capitals too ("Ủ")
        end = next((e for e in _LAW_END.finditer(raw) if not e.group()[-1].isupper()), None)
        name = raw[: end.start()] if end else raw
    name = name.strip(" ,.;:")
    if (known := law_name_pattern().match(tone_free_key(text))) and known.end() > len(name):
        return text[: known.end()]
    return name if len(name.split()) >= 2 else None


# what the sentence's subject does next ("Nghiên cứu Nghị quyết số 57-NQ/TW và tổ chức thực hiện Chương trình số …"):
# no words of the document before it
_NEXT_ACTION = re.compile(r"\s*,?\s*(?:và|đồng thời)\s", re.IGNORECASE)


def _link_within_line(found: list[Mention], text: str, offset: int) -> None:
    """Second-order links: 'Kế hoạch 1962/KH-UBND ... triển khai thực hiện Quyết định 696/QĐ-TTg'."""
    amended = None  # "Luật … số 50/2005/QH11 được sửa đổi, bổ sung bởi Luật số 36/2009/QH12 và Luật số 42/2019/QH14"
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        if not a.number or not b.number or a.key == b.key:
            continue
        gap = text[a.end - offset: b.start - offset]
        if ";" in gap or re.search(r"\.\s", gap) or len(gap) > 300:
            amended = None
            continue
        if _AMENDED_BY.search(gap):
            amended = a
            b.amends.append(a.number)
        elif amended and re.fullmatch(r"\s*(?:,|và)[^,]*", gap) and not re.search(r"\bvề\b|ban hành", gap):
            b.amends.append(amended.number)
        elif _AMENDING.search(gap) and not _AMENDING_UNNUMBERED.search(gap):
            a.amends.append(b.number)
            b.nested_in = a
            for earlier in _listed_before(found, i, text, offset, same_type=True):  # "Nghị định số 103/2011/NĐ-CP
                earlier.amends.append(b.number)  # ngày …, Nghị định số 120/2014/NĐ-CP … sửa đổi …": both amend it
        elif _IMPLEMENTING.search(gap, a.quote_end - a.end if a.quote_end <= b.start else 0) \
                and not _NEXT_ACTION.match(gap):  # a verb in a's own subject that ends before b governs not b
            a.implements.append(b.number)
            b.nested_in = a
            for earlier in _listed_before(found, i, text, offset, same_type=False):  # "Chương trình hành động số
                earlier.implements.append(b.number)  # 63-CTr/TU … của Tỉnh ủy và Nghị quyết số 46/NQ-CP … thực hiện …"
        elif a.nested_in and re.search(r"\svà\s|,", gap) and not re.search(r"\bvề\b|ban hành", gap):
            parent = a.nested_in  # "... thực hiện Nghị quyết 52-NQ/TW ... và Nghị quyết 50/NQ-CP"
            (parent.amends if a.number in parent.amends else parent.implements).append(b.number)
            b.nested_in = parent


def _listed_before(found: list[Mention], i: int, text: str, offset: int, same_type: bool) -> list[Mention]:
    """The documents listed right before ``found[i]`` under the verb that follows it: joined by "," (documents of
    its type) or "và", with no words of their own between but a date and an issuer."""
    listed = []
    for earlier, later in zip(found[i - 1::-1] if i else [], found[i::-1], strict=False):
        joint = _SIBLING.fullmatch(text[earlier.end - offset: later.start - offset])
        if not earlier.number or not joint or (earlier.doc_type != found[i].doc_type if same_type
                                               else joint.group(1) != "và"):
            break
        listed.append(earlier)
    return listed


def _number_laws_by_name(mentions: list[Mention]) -> None:
    """A law named without its number where the text gives it elsewhere ("Triển khai Luật Khoa học, công nghệ và đổi
    mới sáng tạo" in the title, "Căn cứ Luật … số 93/2025/QH15"): one document, known by its number."""
    numbered = {tone_free_key(m.name): m for m in mentions if m.number and m.name}
    for mention in mentions:
        if not mention.number and mention.name and (law := numbered.get(tone_free_key(mention.name))):
            mention.key, mention.number = law.key, law.number


def _issuing_code(number: str | None) -> IssuerCode | None:
    """The known issuer a number's codes name: the last known one, as an official letter's number ends in its unit
    ("45/SKHCN-QLKH", "1234/BKHCN-PC")."""
    codes = [part for part in number_codes(number) if not part.isdigit()]
    known = issuer_codes()
    return next(filter(None, (known.get(code.casefold()) or known.get(code.rstrip("0123456789").casefold())
                              for code in reversed(codes))), None)  # "QH15": the 15th National Assembly's


def _scope(mention: Mention) -> str:
    if mention.name:
        return "national"
    if known := _issuing_code(mention.number):
        return known.scope
    codes = [part for part in number_codes(mention.number) if not part.isdigit()]
    if any(code.startswith(("UB", "S")) and code[1:2].isupper() for code in codes):
        return "provincial"  # a provincial department (SKHCN) or committee
    if mention.issuer and _PROVINCIAL_ISSUER.search(mention.issuer):
        return "provincial"
    return "national"


_NATIONAL_SHORT = {"TTCP": "Thủ tướng Chính phủ", "TTg": "Thủ tướng Chính phủ", "Thủ tướng": "Thủ tướng Chính phủ",
                   "CP": "Chính phủ",
                   "BCT": "Bộ Chính trị", "BCH TW": "Ban Chấp hành Trung ương", "BCHTW": "Ban Chấp hành Trung ương"}


def _by_document(opening: str) -> bool:
    """'Theo Kết luận số 123-KL/TW …': a basis named by its type, not 'Theo đề nghị của Sở … tại Tờ trình số …'."""
    theo = re.match(r"Theo\s+(?=[A-ZĐ])", opening)
    return bool(theo and doc_type_pattern().match(opening, theo.end()))


def _issuer(mention: Mention, province: str | None) -> str | None:
    known = _issuing_code(mention.number)
    if mention.issuer:
        issuer = _NATIONAL_SHORT.get(mention.issuer.strip(), canonical_agency(mention.issuer))  # "của TTCP"
        issuer = re.sub(r"^(?:UBND\b|(?:Ủy|Uỷ) ban [Nn]hân [Dd]ân)", "Ủy ban nhân dân", issuer)  # "Uỷ ban Nhân dân"
        issuer = re.sub(r"^(?:HĐND\b|Hội đồng [Nn]hân [Dd]ân)", "Hội đồng nhân dân", issuer)
        # "của UBND tỉnh", "của HĐND Thành phố", "UBND TP", a Sở: this province's, as the scope says (but "UBND TP.
        # Hồ Chí Minh" is another's)
        bare = re.search(r"\s(?:tỉnh|thành phố|TP\.?)$", issuer, re.IGNORECASE)
        if province and (known and known.scope == "provincial" or bare or issuer.startswith("Sở ")) \
                and province not in issuer and not find_province(issuer):
            issuer = re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)$", "", issuer, flags=re.IGNORECASE)
            kind = bare or re.match(r"(?:Ủy ban|Hội đồng|Sở)\b", issuer)  # "Ban Chấp hành Đảng bộ tỉnh Lâm Đồng"
            issuer = f"{issuer} {with_kind(province) if kind else province}"
        return issuer
    if known and known.issuer and "{province}" not in known.issuer:
        return known.issuer
    return None


def _better_title(subject: str, title: str) -> bool:
    """Running text over a caps title's words; else the longer."""
    if subject.isupper() != title.isupper():
        return title.isupper()
    return len(subject) > len(title)


# Words that say where and when, not what: a province's plan carries out a national programme "đến năm 2030" as its
# own "trên địa bàn tỉnh … giai đoạn 2026 - 2030"; and words that say nothing ("số", "về")
_NOT_SUBJECT = {"quốc", "gia", "tỉnh", "thành", "phố", "trên", "địa", "bàn", "giai", "đoạn", "đến", "năm", "tầm",
                "nhìn", "định", "hướng", "thời", "kỳ", "việt", "nam", "của", "và", "số", "về", "việc"}


def _title_match(title: str, ref: LegalRef) -> bool:
    """A plan title that names a document by type and subject: 'THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN ...' (the Đề án cited by
    number, or the decision that issues or approves it: 'phê duyệt Chương trình đổi mới công nghệ quốc gia')."""
    m = re.search(r"(?:(?:triển khai\s+)?thực hiện|triển khai)\s+(.+)$", title, re.IGNORECASE)  # "Triển khai thực hiện"
    about = ref.title or national_subjects().get((ref.number or "").casefold())  # cited by its number alone
    if not m or not about:
        return False
    named = m.group(1)
    type_hit = doc_type_pattern().match(named)
    if not type_hit:
        return False
    if re.match(r"\s*(?:số\s*)?\d", named[type_hit.end():], re.IGNORECASE):
        return False  # named by its number: the subject words are that document's
    named_type = canonical_doc_type(type_hit.group(1))
    issuing = rf"^(?:về việc\s+)?(?:ban hành|phê duyệt)?\s*{named_type}\b"
    if ref.doc_type != named_type and not re.match(issuing, about, re.IGNORECASE):
        return False

    def what(text: str) -> set[str]:  # "KH,CN&ĐMST" and "khoa học, công nghệ và đổi mới sáng tạo" alike
        words = re.findall(r"\w+", spelled_out(text).casefold())
        return {w for w in words if w not in _NOT_SUBJECT and not w.isdigit()}

    subject = what(named[type_hit.end():])
    words = what(re.sub(issuing, "", about, flags=re.I))
    return len(words) >= 3 and len(subject & words) / len(words) >= 0.6  # a subject of a word or two proves nothing


def extract_legal_refs(
    lines: list[Line],
    own_numbers: set[str],
    province: str | None,
    titles: list[tuple[str, tuple[int, int] | None]],
    first_section_start: int | None,
    basis: tuple[int, int] | None = None,
) -> list[LegalRef]:
    """All documents the body names, one entry each, with the strongest relation.

    ``titles`` are the titles (and spans) of the document and any plan it issues;
    ``first_section_start`` is where the numbered body starts (None if it has none):
    an opening "Thực hiện ..." paragraph before it names what the plan implements;
    ``basis`` is the span of a part that lists the plan's bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "1. Quyết định
    số …"): each document it lists is one the plan is based on, or carries out where the item says so.
    """
    own = {n.casefold() for n in own_numbers if n}

    def is_own(mention: Mention) -> bool:
        return bool(mention.number) and mention.number.casefold() in own

    mentions = [m for m in find_mentions(lines) if not is_own(m)]
    _number_laws_by_name(mentions)
    for mention in mentions:
        line_text = mention.line.text
        in_title = any(span and span[0] <= mention.start < span[1] for _, span in titles)
        in_basis = basis is not None and basis[0] <= mention.start < basis[1]
        before_body = first_section_start is None or mention.line.start < first_section_start or in_basis
        if parent := mention.nested_in:  # what the document itself is said to implement ("Kế hoạch số 310/KH-UBND
            gap = line_text[parent.end - mention.line.start: mention.start - mention.line.start]  # triển khai …")
            if is_own(parent) and (mention.number in parent.implements
                                   or not mention.number and _IMPLEMENTING.search(gap)):  # a law, by name
                mention.relation = "implements"
            continue
        opening = re.sub(r"^(?:[-–•+*]|\d{1,2}[.)])\s*", "", line_text)  # "- Căn cứ Luật …;" in a list
        if (in_title or before_body and _OPENING.match(opening)) and not mention.proposal:
            mention.relation = "implements"  # not a proposal it names ("trên cơ sở đề xuất … tại Tờ trình số …")
        elif before_body and (re.match(r"^Căn cứ\b", opening) or _by_document(opening)
                              or re.match(r"^Trên cơ sở\b", opening)
                              and not mention.proposal) or in_basis:  # not "Trên cơ sở đề xuất của Sở … tại …"
            mention.relation = "based_on"
        elif _REPLACING.search(line_text[: mention.start - mention.line.start]) \
                or _CEASES.match(line_text[mention.end - mention.line.start:]):
            mention.relation = "replaces"

    refs: dict[str, LegalRef] = {}
    for mention in mentions:
        ref = refs.get(mention.key)
        if ref is None:
            ref = refs[mention.key] = LegalRef(
                number=mention.number, name=mention.name, doc_type=mention.doc_type,
                issuer=_issuer(mention, province), issued_on=mention.issued_on, scope=_scope(mention),
                relation=mention.relation, title=mention.subject,
                span=(mention.start, max(mention.end, mention.quote_end)),
            )
        else:
            if ref.number and mention.number and ref.number.isupper() and not mention.number.isupper():
                ref.number = mention.number  # "569/QĐ-TTg" as printed in the body, not a caps title's "569/QĐ-TTG"
            if RELATION_RANK[mention.relation] > RELATION_RANK[ref.relation]:
                ref.relation = mention.relation
            ref.issued_on = ref.issued_on or mention.issued_on
            ref.issuer = ref.issuer or _issuer(mention, province)
            if mention.issued_on and mention.subject and (not ref.title or _better_title(mention.subject, ref.title)):
                ref.title = mention.subject
        for target, links in ((ref.implements, mention.implements), (ref.amends, mention.amends)):
            for number in links:
                if number not in target and number.casefold() != (ref.number or "").casefold():
                    target.append(number)
    for ref in refs.values():
        if ref.relation != "implements" and any(_title_match(title, ref) for title, _ in titles):
            ref.relation = "implements"
    return list(refs.values())
