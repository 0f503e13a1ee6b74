"""The document itself: number, type, issuer, province, date, signer, title, period.

Reads the header block of an administrative document (issuer, "Số:", place and
date, the type line and the title) and the signature block; for a news item
with no header, reads its first sentence.
"""

from __future__ import annotations

import re

from .agencies import canonical_agency, gazetteer, starts_with_agency
from .layout import Line
from .legal_refs import REF_NUMBER, canonical_number
from .lexicon import (
    IssuerCode,
    canonical_doc_type,
    doc_type_by_code,
    doc_type_pattern,
    find_province,
    issuer_codes,
    province_pattern,
    with_kind,
)
from .numbers import find_date, find_period, parse_date
from .records import DocumentInfo, Period
from .text import ENACTING, is_caps, starts_block

# "Số: 35/2016/QĐ-UBND", or after the issuer in a flattened header row: "ỦY BAN NHÂN DÂN Số: 47/2018/QĐ-UBND | …"
_NUMBER_LINE = re.compile(r"^\|?\s*(?:S[ốỐ]\s*(?:hiệu)?\s*:?|(?:[A-ZĐÀ-Ỹ]+\s+){1,8}S[ốỐ]\s*:)\s*")  # "SỐ:" in caps
_PLACE_DATE = re.compile(r"(?:^|\||VIỆT NAM\b)\s*([^,|]{2,40}),\s*(?i:ngày)\b")  # "Ngày 05 Tháng 02 …" too
_DATE_LINE = re.compile(r"^\|?\s*(?i:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm)\s+\d{4}\s*\|?$")
_TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "CHỈ THỊ",
               "QUY CHẾ", "QUY ĐỊNH", "HƯỚNG DẪN", "KẾT LUẬN", "THÔNG BÁO", "BÁO CÁO")
# a "KẾ HOẠCH HÀNH ĐỘNG" is a plan ("KH" in its number), its title what follows; so is a joint plan or programme
# ("KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP")
_TYPE_LINE = re.compile(r"^(" + "|".join(_TYPE_WORDS) + r")\b(?:(?<=KẾ HOẠCH) HÀNH ĐỘNG\b|"
                        r"(?:(?<=KẾ HOẠCH)|(?<=TRÌNH)) (?:LIÊN TỊCH|PHỐI HỢP)\b)?\s*:?\s*(.*)$")
# "QUYẾT ĐỊNH:" after the grounds ("Căn cứ …") enacts the articles; a page that dropped the type line still has it
_GROUNDS = re.compile(r"^\|?\s*(?:Căn cứ|Xét|Theo đề nghị)\b")
_ENACTING = re.compile(r"^\|?\s*QUYẾT ĐỊNH\s*:\s*\|?\s*$")
# a title's line that names the document it carries out, by its number: no type line of a document of its own
# ("TRIỂN KHAI THỰC HIỆN" / "NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY …")
_CITED_IN_TITLE = re.compile(r"^(?:NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|CHỈ THỊ|KẾT LUẬN)"
                             r"\s+(?:SỐ\s*)?\d")
_ATTACHED = re.compile(r"^\(\s*(?:Ban hành\s+)?[Kk]èm theo\s+(.+?)\)?$")
# what the opening of an attachment says it is: "UBND tỉnh ban hành kế hoạch triển khai thực hiện, như sau:"
_ISSUES_TYPE = re.compile(r"\bban hành\s+(kế hoạch|chương trình|đề án|quy chế|quy định)\b", re.IGNORECASE)
# what a decision says it issues with itself: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …"
_HEREWITH = re.compile(r"kèm theo Quyết định này\s*[“\"]?\s*(kế hoạch|chương trình|đề án|quy chế|quy định)\b",
                       re.IGNORECASE)
_APPENDIX_TITLE = re.compile(r"^(?:PHỤ LỤC|DANH MỤC|BIỂU|BẢNG)\b")
_OPENING_WORDS = re.compile(r"^(?:Căn cứ|Để|Theo|Nhằm|Trên cơ sở)\b|[:;]$")
_SIGNATURE_ROLE = re.compile(r"(?:^|\s)(?:TM\.|KT\.|Q\.|(?:CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG BAN)\b)")
_SIGNED_AFTER = re.compile(r"\s*[(\[]\s*(?:đã ký|daky)\s*[)\]]$", re.IGNORECASE)
# "Đã ký: Nguyễn Văn An", "TS. Nguyễn Văn An": the name without what is written before it (the signer is a person)
_SIGNED_BEFORE = re.compile(r"^(?:(?:đã ký|ký bởi)\s*:\s*|(?:(?:PGS|GS|TS|ThS|BS|KS|CN)\.\s*)+)", re.IGNORECASE)
_DIGITAL_STAMP = re.compile(r"^(?:Ký bởi|Thời gian ký|Ngày ký|Cơ quan|Email)\s*:", re.IGNORECASE)
_SIGNED_MARK = re.compile(r"^[(\[]?\s*(?:đã ký|daky)\b[^)\]]*[)\]]?$", re.IGNORECASE)  # "(Đã ký)", "[daky]"
# a person's name: "Trần Ngọc Tam"; in the Central Highlands also "Y Thanh Hà Niê Kdăm", "H'Yim Kđoh"
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ](?:'[A-ZĐÀ-Ỹ])?[a-zđà-ỹ]*)(?:\s[A-ZĐÀ-Ỹ](?:'[A-ZĐÀ-Ỹ])?[a-zđà-ỹ]*){1,5}$")
_CAPS_NAME = re.compile(r"^[A-ZĐÀ-Ỹ]+(?:\s[A-ZĐÀ-Ỹ]+){2,4}$")  # three words or more: not a place, "HÀ TĨNH"
# the family names most Vietnamese carry: a signer's name in capitals opens with one, a role ("PHÓ CHỦ TỊCH") not
_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
             "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Mai", "Trịnh", "Trương", "Lương", "Cao", "Hà", "Tạ", "Châu",
             "Thái", "Tô", "Lưu", "La", "Kiều", "Quách", "Vương", "Triệu", "Từ", "Tăng", "Hứa", "Lò", "Lại", "Đào",
             "Khổng", "Chu", "Nông", "Thân", "Tống", "Lục", "Phùng", "Diệp"}
_NAME_AFTER_ROLE = re.compile(r"[A-ZĐÀ-Ỹ]{2,}\s+(?!Tỉnh|Thành|Huyện)((?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s?){2,6})\s*\|?\s*$")
_GOVERNMENT = {"THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "CHÍNH PHỦ": "Chính phủ",
               "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương"}
_SUBJECT_LINE = re.compile(r"^\|?\s*(?:V/v|Về việc)\s*:?\s*(.+)$")
_SUBORDINATE = re.compile(r"\s((?:SỞ|BAN)\s[A-ZĐÀ-Ỹ ,&]+?)\s*(?:\||-{3,}|$)")
# a national body's header ("BAN CHỈ ĐẠO TRUNG ƯƠNG", "BỘ TÀI CHÍNH"): where it signs is not its province
_NATIONAL_HEADER = re.compile(
    r"^\|?\s*(?:BỘ\s|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|BAN\s[^|]*?(?:TRUNG ƯƠNG|CHÍNH PHỦ|QUỐC GIA))")
# a post of a document without its header names who issued it under the type line: "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG
# VỤ TỈNH ỦY" / "về …"
_BY_IN_TITLE_NAMES = {"BAN THƯỜNG VỤ TỈNH ỦY": "Ban Thường vụ Tỉnh ủy", "TỈNH ỦY": "Tỉnh ủy",
                      "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": "Ban Chấp hành Đảng bộ tỉnh",
                      "HỘI ĐỒNG NHÂN DÂN TỈNH": "Hội đồng nhân dân tỉnh",
                      "ỦY BAN NHÂN DÂN TỈNH": "Ủy ban nhân dân tỉnh"}
# the party's national bodies, under the header every one of them shares ("BAN CHẤP HÀNH TRUNG ƯƠNG")
_BY_IN_TITLE_NATIONAL = {"BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN BÍ THƯ": "Ban Bí thư",
                         "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương"}
_BY_IN_TITLE = re.compile(rf"^CỦA\s+({'|'.join([*_BY_IN_TITLE_NAMES, *_BY_IN_TITLE_NATIONAL])})\b")
_PARTY_BODY = re.compile(r"\b((?:ĐẢNG ỦY|ĐẢNG UỶ|BAN CÁN SỰ ĐẢNG)\s[A-ZĐÀ-Ỹ ]+?)\s*(?:\||\*|-{3,}|$)")
_PARTY_HEADER = re.compile(r"^\|?\s*ĐẢNG BỘ\s+(?:TỈNH|THÀNH PHỐ)\s")
_PROVINCE_LINE = re.compile(r"^\|?\s*(?:TỈNH|THÀNH PHỐ|TP\.)\s*[A-ZĐÀ-Ỹ]")
_LOCAL_COMMITTEE = re.compile(r"^\|?\s*(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\s+"
                              r"(HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU)\s+"
                              r"([A-ZĐÀ-Ỹ0-9][A-ZĐÀ-Ỹ0-9 '-]*?)\s*(?:\||-{3,}|$)")
_ISSUER_HEADER = re.compile(
    r"^\|?\s*((?:ỦY|UỶ) BAN NHÂN DÂN|UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|(?:TỈNH|THÀNH) (?:ỦY|UỶ)(?: [A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ -]+?)?|"
    r"SỞ [A-ZĐÀ-Ỹ ,&]+?|BAN [A-ZĐÀ-Ỹ ,\d]+?|BỘ [A-ZĐÀ-Ỹ ,&-]+?|THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ)"
    r"(?:\s+(?:TỈNH|THÀNH PHỐ|TP\.)\s*([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ -]+?))?"
    r"\s*(?:\||-{3,}|$|(?=\s(?:SỞ|BAN)\s)|(?=S[ốỐ]\s*:))"  # a body under it, or the number beside it
)


def _sentence_case(text: str) -> str:
    text = text.lower()
    return text[:1].upper() + text[1:]


def _title_after(lines: list[Line], i: int, first: str) -> tuple[str, tuple[int, int]]:
    """The caps title that follows a type line (possibly on it), spread over lines."""
    parts: list[str] = [first] if first else []
    start = lines[i].start + len(lines[i].text) - len(first) if first else None
    end = lines[i].end
    j = i + 1
    while j < len(lines):
        text = lines[j].text.strip("| ")
        if not text:
            if parts:
                break
            j += 1
            continue
        if not is_caps(text) or _ISSUER_HEADER.match(text) or ENACTING.match(text) or starts_block(text) and not (
                parts and _CITED_IN_TITLE.match(text)):  # "TRIỂN KHAI THỰC HIỆN" + "NGHỊ QUYẾT SỐ 13-NQ/TU …"
            break
        if start is None:
            start = lines[j].start
        parts.append(text)
        end = lines[j].end
        j += 1
    if not parts:  # a title in sentence case: the one line after the type line
        following = next((line for line in lines[i + 1: i + 3] if line.text.strip("| ")), None)
        if following and not starts_block(following.text) and not _OPENING_WORDS.search(following.text) \
                and not ENACTING.match(following.text.strip("| ")) \
                and not re.match(r"(?:ỦY|UỶ) BAN NHÂN DÂN (?:TỈNH|THÀNH PHỐ) ", following.text.strip("| ")):
            # "CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH X": who enacts it, not a title
            parts, start, end = [following.text.strip("| ")], following.start, following.end
            k = lines.index(following) + 1
            while k + 1 < len(lines) and not lines[k].text.strip() and lines[k + 1].text[:1].islower():
                parts.append(lines[k + 1].text.strip("| "))  # on a double-spaced page, its next line past a blank
                end, k = lines[k + 1].end, k + 2
    title = re.sub(r"\s+", " ", " ".join(parts)).strip()
    return title, (start if start is not None else lines[i].start, end)


def _signer(lines: list[Line], start: int, stop: int) -> str | None:
    for i in range(start, stop):
        if _SIGNATURE_ROLE.search(lines[i].text):
            if (same_line := _NAME_AFTER_ROLE.search(lines[i].text)) and _NAME.match(same_line.group(1).strip()):
                return same_line.group(1).strip()  # "… | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Ngọc |": a table row
            for later in [line for line in lines[i + 1: stop] if line.text.strip("| ")][:7]:  # past blank lines
                cell = later.text.strip("| ").rsplit("|", 1)[-1].strip()  # "- Như trên; | PHÓ CHỦ TỊCH": a page
                if _RECIPIENT.match(cell):  # printed in columns, the recipients' list beside the signature
                    continue
                # "Nguyễn Văn An (đã ký)", "Đã ký: Nguyễn Văn An": the name alone
                text = _SIGNED_BEFORE.sub("", _SIGNED_AFTER.sub("", cell))
                if _NAME.match(text):
                    return text
                if _CAPS_NAME.match(text) and text.split()[0].title() in _SURNAMES:  # "NGUYỄN VĂN KHẢI"
                    return text.title()
                if _DIGITAL_STAMP.match(later.text.strip("| ")):
                    continue  # "Ký bởi: Ủy ban nhân dân tỉnh …", "Thời gian ký: 12.03.2025 10:15:22 +07:00"
                if text and not _SIGNED_MARK.match(text) and not _SIGNATURE_ROLE.search(text) and not text.isupper():
                    break
    return None


_RECIPIENT = re.compile(r"^[-–•+]\s")  # "- Như trên;", "- Lưu: VT."


def _header_issuer(lines: list[Line], province: str | None) -> str | None:
    """The issuing body of the header: a department under its province's people's committee ("UBND TỈNH LÂM ĐỒNG"
    over "SỞ KHOA HỌC VÀ CÔNG NGHỆ", on two lines or one) issues in its own name, and so does the committee of a
    district, commune or ward ("ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", under its city's or not)."""
    for line in lines[:15]:
        if (local := _LOCAL_COMMITTEE.match(line.text)) and not (
                local.group(1) == "THÀNH PHỐ" and find_province(local.group(2).title())):  # a city in a province
            return f"Ủy ban nhân dân {local.group(1).lower()} {local.group(2).title()}"
    block: list[str] = []
    body = None
    for i, line in enumerate(lines[:15]):
        if _PARTY_HEADER.match(line.text):  # "ĐẢNG BỘ TỈNH LONG AN" over "TỈNH ỦY": its party committee, or the
            under = _PARTY_BODY.search(" ".join(later.text for later in lines[i: i + 3]))  # body under it
            if not under:
                return f"{with_kind(province).split()[0].capitalize()} ủy {province}" if province else None
            body = under.group(1)  # "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "BAN CÁN SỰ ĐẢNG UBND TỈNH"
            break
        if _ISSUER_HEADER.match(line.text) or (block and _PROVINCE_LINE.match(line.text)):
            block.append(line.text)
        elif block and line.text.strip():  # a blank line between its names, on a double-spaced page, is none
            break
    if body is None and not block:
        return _known_body(lines, province)
    if body is None:
        m = _ISSUER_HEADER.match(block[0])
        under = _SUBORDINATE.search(" ".join(block), m.end(1))
        body = under.group(1) if under else m.group(1)
    if body in _GOVERNMENT:
        return _GOVERNMENT[body]
    body = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}.get(body) or body
    body = _sentence_case(body).replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace(" ubnd ", " Ủy ban nhân dân ")
    body = re.sub(r"^Đảng ủy khối", "Đảng ủy Khối", body)
    body = re.sub(r"\b(chính phủ|trung ương|quốc hội)\b|\bđề án(?= \d)|^ban chỉ đạo",  # "Ban Chỉ đạo của Chính phủ về …
                  lambda m: m.group().capitalize().replace("chỉ", "Chỉ"), body, flags=re.IGNORECASE)  # và Đề án 06"
    body = re.sub(r"\bsở\b", "Sở", body)
    body = next((a.canonical for a in gazetteer() if a.canonical.casefold() == body.casefold()), body)
    body = re.sub(r"^(Sở|Bộ) (\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", body)  # "Bộ Tài chính"
    if province and body.startswith(("Ủy ban", "Hội đồng")):
        return f"{body} {with_kind(province)}"
    if province and body.startswith(("Tỉnh ủy", "Thành ủy")):  # "TỈNH ỦY LONG AN", or the name on its own line
        return " ".join(body.split()[:2]) + f" {province}"
    if province and body.startswith("Ban Chỉ đạo"):  # a province's steering committee, in its province's name
        return f"{body} {with_kind(province)}"
    if province and body.casefold().startswith("ban chấp hành đảng bộ"):  # "BAN CHẤP HÀNH ĐẢNG BỘ" / "TỈNH LÀO CAI"
        return f"Ban Chấp hành Đảng bộ {with_kind(province)}"
    if province and (bare := re.search(r"\s(?:tỉnh|thành phố)$", body)):  # "BAN CÁN SỰ ĐẢNG UBND TỈNH": this one's
        return f"{body[: bare.start()]} {with_kind(province)}"
    under_province = province and body.casefold().startswith(("sở", "ban quản lý"))  # a department, a board under
    return canonical_agency(body) + (f" {with_kind(province)}" if under_province else "")  # a province's committee


def _known_body(lines: list[Line], province: str | None) -> str | None:
    """A body the word lists know by name, or a province's youth union, heading the page ("ỦY BAN MẶT TRẬN TỔ QUỐC
    VIỆT NAM" / "TỈNH NGHỆ AN", "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BÌNH PHƯỚC", "TỈNH ĐOÀN QUẢNG NAM"),
    in its province's name."""
    first = next((line.text for line in lines[:3] if line.text.strip("|-* ")), "")
    name = re.split(r"\s*(?:\||-{3,}|\*)", first.strip("| "))[0]
    if not is_caps(name) or province is None:
        return None
    if union := re.match(r"(TỈNH|THÀNH) ĐOÀN\b", name):
        return f"{union.group(1).capitalize()} Đoàn {province}"
    name = re.sub(r"\s+(?:TỈNH|THÀNH PHỐ)\s+[A-ZĐÀ-Ỹ -]+$", "", name)
    known = canonical_agency(name)
    named = known != name and not is_caps(known) and starts_with_agency(known)  # not a headline's "KH&CN" read out
    return f"{known} {with_kind(province)}" if named else None


_PROVINCE_NAMED = re.compile(r"\b(?:UBND|Ủy ban nhân dân|Tỉnh ủy|HĐND|Hội đồng nhân dân)\s+(?:tỉnh|thành phố)\s+(.+)")


def read_documents(lines: list[Line]) -> list[DocumentInfo]:
    """The document, then any plan it issues as an attachment."""
    if not lines:
        return [DocumentInfo(None, None, None, None, None, None, None, None)]
    number = province = issued_on = None
    for i, line in enumerate(lines[:40]):
        if number is None and _NUMBER_LINE.match(line.text):
            m = REF_NUMBER.search(line.text)
            number = canonical_number(m) if m else None
        place = _PLACE_DATE.search(line.text)
        if place and issued_on is None:
            # the province the header names ("ỦY BAN NHÂN DÂN" / "TỈNH THỪA THIÊN HUẾ"), else the place ("Huế, ngày …")
            province = province or next((found for above in lines[:i] if is_caps(above.text)
                                         and (found := find_province(above.text))), None) \
                or find_province(place.group(1))
            date = parse_date(line.text)
            issued_on = date.isoformat() if date else None
        elif issued_on is None and _DATE_LINE.match(line.text) and (date := parse_date(line.text)):
            issued_on = date.isoformat()  # "Ngày 05 tháng 4 năm 2023" on its own, without the place
    issuing = _code_issuer(number)
    national = issuing is not None and issuing.scope == "national"
    if national or any(_NATIONAL_HEADER.match(line.text) for line in lines[:3]):
        province = None  # a national decision signed in Hà Nội is not Hà Nội's
    elif province is None:
        for line in lines[:10]:
            province = find_province(line.text)
            if province:
                break
        else:  # a district's plan ("UBND HUYỆN ĐỨC HÒA"): the province whose committee its opening names
            province = next((find_province(name.group(1)) for line in lines[10:40]
                             if (named := _PROVINCE_NAMED.search(line.text))
                             and (name := province_pattern().match(named.group(1)))), None)

    grounds = next((i for i, line in enumerate(lines) if _GROUNDS.match(line.text)), len(lines))
    type_lines = [i for i, line in enumerate(lines) if _type_line(line)
                  and not (i > grounds and _ENACTING.match(line.text)) and not _CITED_IN_TITLE.match(line.text)]
    if not type_lines and number and (subject := next((line for line in lines[:15] if _SUBJECT_LINE.match(line.text)),
                                                      None)):
        title = _SUBJECT_LINE.match(subject.text).group(1).strip()  # an official letter: "V/v triển khai …"
        main = DocumentInfo(number, "Công văn", _header_issuer(lines, province), province, issued_on, None, title,
                            _period(title), (subject.start, subject.end))
        main.signer = _signer(lines, 0, len(lines))
        return [main]
    coded = _code_type(number)
    dated = next((i for i, line in enumerate(lines[:15]) if _PLACE_DATE.search(line.text)), None)
    issuer = _header_issuer(lines, province)
    attachments = type_lines[1:]
    if type_lines and coded and dated is not None and dated < type_lines[0] and _attached_note(lines, type_lines[0]) \
            and canonical_doc_type(_type_line(lines[type_lines[0]]).group(1)) != coded:
        attachments, type_lines = type_lines, []  # the decision's own type line dropped, that of what it issues kept
    if type_lines:
        first = type_lines[0]
        m = _type_line(lines[first])
        doc_type = canonical_doc_type(m.group(1)) or coded
        title, span = _title_after(lines, first, m.group(2))
    elif coded and dated is not None:  # a page that dropped the type line ("Số: 35/2016/QĐ-UBND", date, caps title)
        first, doc_type = dated, coded  # or the title too (a site that shows its members the rest)
        title, span = _title_after(lines, dated, "")
        title, span = (title, span) if is_caps(title) else ("", None)
    elif entry := _catalogue_entry(lines, province):
        return [entry]
    else:
        return [_news_item(lines, province)]
    main = DocumentInfo(number, doc_type, issuer, province, issued_on, None, title or None, _period(title), span)
    if by := _BY_IN_TITLE.match(title or ""):  # "CỦA BAN THƯỜNG VỤ TỈNH ỦY" says who, the title what
        main.title = title[by.end():].strip() or title
        if by.group(1) in _BY_IN_TITLE_NATIONAL:
            main.issuer = _BY_IN_TITLE_NATIONAL[by.group(1)]
        elif issuer is None and province:
            main.issuer = f"{_BY_IN_TITLE_NAMES[by.group(1)]} {province}"
    if not number and not issued_on and (named := _named_above(lines, first, doc_type)):
        main.issued_on = named[1]  # a post under its headline: "… giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày …"

    documents = [main]
    signature_end = len(lines)
    herewith = {canonical_doc_type(m.group(1)) for line in lines[first: attachments[-1] if attachments else first]
                if (m := _HEREWITH.search(line.text))}  # "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …"
    for i in attachments:
        attached = _attached_note(lines, i)
        if attached is None and canonical_doc_type(_type_line(lines[i]).group(1)) in herewith:
            attached = ""  # the page dropped the plan's "(Kèm theo Quyết định …)": the decision said it
        if attached is None:
            continue
        signature_end = min(signature_end, i)
        m = _type_line(lines[i])
        sub_title, sub_span = _title_after(lines, i, m.group(2))
        sub_date = parse_date(attached)
        sub_number = None
        own = REF_NUMBER.search(attached)
        if own and doc_type_pattern().match(attached) and canonical_doc_type(
            doc_type_pattern().match(attached).group(1)
        ) == canonical_doc_type(m.group(1)):
            sub_number = canonical_number(own)
        documents.append(DocumentInfo(
            sub_number, canonical_doc_type(m.group(1)), issuer, province,
            sub_date.isoformat() if sub_date else issued_on, None, sub_title or None, _period(sub_title), sub_span,
        ))
    for i, line in enumerate(lines[first + 1:], start=first + 1):  # a site that dropped the type line: the caps
        note = _ATTACHED.match(line.text.strip("| "))                  # title, then "(Ban hành kèm theo …)"
        if not note or not note.group(1).startswith(("Quyết định", doc_type)) or any(
                t - 3 <= i <= t + 5 for t in attachments):
            continue  # what a decision (or a resolution) issues; an appendix goes with its plan ("Kèm theo Kế hoạch …")
        j = next((j for j in range(i - 1, first, -1) if lines[j].text.strip("| ")), first)
        if any(d.span and d.span[0] <= lines[j].start < d.span[1] for d in documents[1:]):
            continue  # the title of a plan already read under its type line (a double-spaced page's note far below)
        title = lines[j].text.strip("| ")
        above = next((lines[k].text.strip("| ") for k in range(j - 1, first, -1) if lines[k].text.strip("| ")), "")
        if j == first or not is_caps(title) or _SIGNATURE_ROLE.search(title) or _APPENDIX_TITLE.match(title) \
                or _APPENDIX_TITLE.match(above):  # "PHỤ LỤC" / "" / "NỘI DUNG NHIỆM VỤ …": an appendix's title
            continue
        said = next((m for later in lines[i + 1: i + 4] if (m := _ISSUES_TYPE.search(later.text))), None)
        sub_date = parse_date(note.group(1))
        documents.append(DocumentInfo(
            None, canonical_doc_type(said.group(1)) if said else None, issuer, province,
            sub_date.isoformat() if sub_date else issued_on, None, title, _period(title),
            (lines[j].start, lines[j].end)))
        signature_end = min(signature_end, j)
    main.signer = _signer(lines, first, signature_end)
    return documents


# a portal's catalogue entry for a document whose text it shows without the header: "Số ký hiệu: 4521/KH-UBND",
# "Loại văn bản: Kế hoạch", "Cơ quan ban hành: UBND tỉnh Lâm Đồng", "Người ký: …", "Ngày ban hành: 12/09/2025",
# "Trích yếu: Kế hoạch triển khai …", a field a line or two a line ("Số hiệu: | 45/KH-UBND | Loại văn bản: | …")
_CATALOGUE_FIELDS = {"số ký hiệu": "number", "số hiệu": "number", "ký hiệu": "number", "loại văn bản": "type",
                     "cơ quan ban hành": "issuer", "nơi ban hành": "issuer", "người ký": "signer",
                     "ngày ban hành": "date", "trích yếu": "title", "trích yếu nội dung": "title"}
_CATALOGUE_FIELD = re.compile(rf"^({'|'.join(_CATALOGUE_FIELDS)})\s*:\s*(.*)$", re.IGNORECASE)


def _catalogue_entry(lines: list[Line], province: str | None) -> DocumentInfo | None:
    """The document as a portal's catalogue entry describes it, where that entry gives its number: the header's
    fields, and the summary ("Trích yếu") as its title."""
    fields: dict[str, tuple[str, Line]] = {}
    for line in lines[:40]:
        cells = [cell.strip() for cell in line.text.split("|") if cell.strip()]
        for k, cell in enumerate(cells):
            if m := _CATALOGUE_FIELD.match(cell):
                value = m.group(2).strip() or (cells[k + 1] if k + 1 < len(cells)
                                               and not _CATALOGUE_FIELD.match(cells[k + 1]) else "")
                if value:
                    fields.setdefault(_CATALOGUE_FIELDS[m.group(1).lower()], (value, line))
    number = REF_NUMBER.search(fields["number"][0]) if "number" in fields else None
    if number is None:
        return None
    number = canonical_number(number)
    values = {key: text for key, (text, _) in fields.items()}
    typed = doc_type_pattern().match(values.get("type", "") or values.get("title", ""))
    doc_type = canonical_doc_type(typed.group(1)) if typed else _code_type(number)
    issuer = values.get("issuer", "")
    province = province or find_province(issuer) or find_province(values.get("title", ""))
    code = _code_issuer(number)
    if not starts_with_agency(issuer):  # "Nơi ban hành: Tỉnh Lâm Đồng": the place; the number's code says who
        issuer = code.issuer.format(province=province) if code and code.issuer and province else None
    else:
        issuer = re.sub(r"^UBND\s", "Ủy ban nhân dân ", canonical_agency(issuer))
    title, span = values.get("title", ""), None
    if title:
        summary = fields["title"][1]
        start = summary.start + summary.text.index(title)
        span = (start, start + len(title))
        if opened := doc_type_pattern().match(title):  # "Kế hoạch triển khai …": the type, then the title
            title = title[opened.end():].strip()
            title = title[:1].upper() + title[1:]
    date = parse_date(values.get("date", ""))
    return DocumentInfo(number, doc_type, issuer, province, date.isoformat() if date else None,
                        values.get("signer", "") or None, title or None, _period(title), span)


def _code_issuer(number: str | None) -> IssuerCode | None:
    """Who the number's last code says issued it ("…/KH-UBND": a people's committee)."""
    return issuer_codes().get(number.rsplit("-", 1)[-1].casefold()) if number and "-" in number else None


def _code_type(number: str | None) -> str | None:
    """The type the number's code says ("…/KH-UBND": a plan)."""
    return doc_type_by_code().get(number.split("/")[-1].split("-")[0].casefold()) if number else None


def _type_line(line: Line) -> re.Match | None:
    """'KẾ HOẠCH', 'QUYẾT ĐỊNH …': a line that says what type of document follows (type, then the rest)."""
    return _TYPE_LINE.match(line.text.strip("| "))


def _attached_note(lines: list[Line], i: int) -> str | None:
    """'(Kèm theo Quyết định số 4556/QĐ-UBND ...)' within a few lines after a type line, or right above it."""
    above = [line for line in lines[max(0, i - 3): i] if line.text.strip("| ")][-1:]
    for line in [*lines[i + 1: i + 6], *above]:
        m = _ATTACHED.match(line.text.strip("| "))
        if m:
            return m.group(1)
    return None


def _period(title: str | None) -> Period | None:
    """The span a title names, its own where it names one before the document it carries out ("Kế hoạch hoạt động
    năm 2025 thực hiện Chiến lược … đến năm 2030": 2025), else the whole title's ("Kế hoạch thực hiện Nghị quyết …
    giai đoạn 2023-2030")."""
    own = re.split(r"\s(?:thực hiện|triển khai)\s", title or "", maxsplit=1, flags=re.IGNORECASE)[0]
    found = find_period(own) or find_period(title or "")
    return Period(*found) if found else None


def reported_number(lines: list[Line], document: DocumentInfo, body_start: int | None) -> str | None:
    """The number a post's headline gives the text under it, or a news item (or a portal's post of a plan's text,
    under its headline) the plan it reports before the plan's first part (``body_start``): "Ngày 15/8/2025, UBND
    tỉnh ban hành Kế hoạch số 310/KH-UBND …". The document itself, not a reference, though not its number as the
    gold format has it (printed after "Số:")."""
    if document.number or not document.span:
        return None
    first = next((i for i, line in enumerate(lines) if line.start >= document.span[0]), 0)
    if named := _named_above(lines, first, document.doc_type):
        return named[0]
    headline = _headline(lines)
    if body_start is not None and document.span[0] != headline.start:
        return None  # a plan's opening, under its own title, cites documents; it reports none
    found = _report(lines, document.span[0], document.doc_type, body_start)
    return canonical_number(found[1]) if found else None


def _named_above(lines: list[Line], first: int, doc_type: str | None) -> tuple[str, str | None] | None:
    """The number and date a headline above a document's type line gives it: "Ban Tuyên giáo Tỉnh ủy giới thiệu
    toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy" over "NGHỊ QUYẾT"."""
    if not doc_type:
        return None
    for line in lines[max(0, first - 5): first]:
        m = re.search(rf"\b{re.escape(doc_type)}\s+số\s+", line.text, re.IGNORECASE)
        if m and (number := REF_NUMBER.match(line.text, m.end())):
            date = parse_date(line.text[number.end(): number.end() + 30])
            return canonical_number(number), date.isoformat() if date else None
    return None


def _first_paragraphs(lines: list[Line], start: int) -> list[Line]:
    """The lines where a news item says what was issued: the first few from ``start`` (after its headline)."""
    return [line for line in lines if line.start >= start and line.text.strip()][:6]  # blank lines are no paragraph


def _report(lines: list[Line], start: int, doc_type: str | None, stop: int | None = None
            ) -> tuple[Line, re.Match] | None:
    """The line of a news item's first paragraphs (before ``stop``) saying the plan was issued, and the plan's
    number in it."""
    if not doc_type:
        return None
    for line in _first_paragraphs(lines, start):
        if stop is not None and line.start >= stop:
            break
        m = re.search(rf"{_ISSUING}\s+{re.escape(doc_type)}\s+(?:số\s+)?", line.text, re.IGNORECASE)
        if m and (number := REF_NUMBER.match(line.text, m.end())):
            return line, number
    return None


# how a news item says a document was issued: "ban hành", or signed, "Chủ tịch UBND tỉnh ký Quyết định số …"
_ISSUING = r"(?:ban hành|(?<!đăng )(?<!Đăng )ký(?:\s+ban hành)?)"
# who issued what, after a paper's tag ("(BTO) - ", "(Báo Lào Cai) - "), a comma or a semicolon; the one who signs
# for the committee ("Chủ tịch UBND tỉnh …") issues as the committee
_ISSUED = re.compile(r"(?:^(?:(?:\([^()]{2,30}\)|[\w.]{2,25})\s*[-–]\s+)?|[,;]\s*)(?:(?:Phó\s+)?Chủ tịch\s+)?"
                     r"((?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Tỉnh ủy|Tỉnh uỷ|HĐND|Hội đồng)\b[^,.;]{0,60}?)\s+"
                     rf"(?:vừa\s+|đã\s+)?(?:{_ISSUING}|xây dựng)\s+")


def _issued_in_body(lines: list[Line], start: int) -> tuple[str, str] | None:
    """Who issued what, as a news item's first paragraphs report it ("…, UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch
    phát triển …"): the issuer and the document type."""
    for line in _first_paragraphs(lines, start):
        for m in _ISSUED.finditer(line.text):
            if hit := doc_type_pattern().match(line.text, m.end()):
                return canonical_agency(m.group(1)), canonical_doc_type(hit.group(1))
    return None


# a news site's section name above the headline: "Tin trong tỉnh", "Tin tức - Sự kiện", "Thời sự"
_SECTION = re.compile(r"^(?:Tin(?: tức| trong tỉnh| trong nước| địa phương| hoạt động)?|Sự kiện|Thời sự)"
                      r"(?:\s*[-–|/]\s*(?:Sự kiện|Thời sự|Tin tức))?$", re.IGNORECASE)


# the site above it: its name ("Cổng thông tin điện tử tỉnh Đồng Nai", a paper's "Báo Quảng Ninh điện tử") and the
# path to the item ("Trang chủ > Tin tức")
_SITE = re.compile(r"^(?:(?:Cổng|Trang)\s+(?:thông tin|TTĐT)\b[^.]{0,80}|Trang chủ\b.*|Hệ thống pháp luật"
                   r"|(?-i:Báo|Tạp chí|Đài)\s(?!cáo\b)(?:\S+\s){0,5}?(?:điện tử|online)"
                   r"|.{0,120}?\s[>»›]\s.*)$", re.IGNORECASE)


def _headline(lines: list[Line]) -> Line:
    """A news item's first line with words: not the "," or "|" a site leaves above it, nor the site's name, the path
    to the item or its section's name."""
    worded = [line for line in lines[:40] if any(c.isalpha() for c in line.text)] or lines[:1]
    for i, line in enumerate(worded[:4]):
        text = line.text.strip("| ")
        words = len(re.findall(r"\w+", text))
        named = words <= 4 and not is_caps(text) and i + 1 < len(worded) \
            and len(re.findall(r"\w+", worded[i + 1].text)) > words + 2
        if not (_SECTION.match(text) or _SITE.match(text) or named):  # a section named otherwise ("Khoa học -
            return line                                                  # Công nghệ") over a longer headline
    return worded[0]


def _news_item(lines: list[Line], province: str | None) -> DocumentInfo:
    """A news item about a plan: its first line is the headline, its subject names the issuer; the paragraph that
    reports the plan issued may date it ("Ngày 15/8/2025, UBND tỉnh Gia Lai ban hành Kế hoạch số …")."""
    headline = _headline(lines)
    text = headline.text
    doc_type = None
    m = re.search(r"ban hành\s+(.+)$", text, re.IGNORECASE)
    if m:
        hit = doc_type_pattern().match(m.group(1))
        doc_type = canonical_doc_type(hit.group(1)) if hit else None
    issuer_match = re.match(r"^(.+?)\s+(?:(?:vừa|đã)\s+)?(?:ban hành|phê duyệt|triển khai|xây dựng)\b", text)
    subject = issuer_match.group(1) if issuer_match else ""  # "Sở … ban hành …", not "Hội nghị triển khai …"
    subject = re.sub(r"\s+(?:vừa|đã)\s.*$", "", subject)  # "UBND tỉnh vừa có quyết định về việc ban hành …"
    issuer = canonical_agency(subject) if starts_with_agency(subject) or province_pattern().search(subject) else None
    if doc_type is None and (hit := doc_type_pattern().match(text)):  # "Kế hoạch hoạt động … của Sở KH&CN tỉnh X"
        doc_type = canonical_doc_type(hit.group(1))
        own_part = re.split(r"\s(?:thực hiện|triển khai)\s", text, maxsplit=1)[0]  # not "… Nghị quyết số 57-NQ/TW
        owner = re.search(r"\scủa\s+(?!.*\scủa\s)(.+?)(?=\s+(?:về|ban hành|giai đoạn)\b|$)", own_part)  # của …"
        issuer = canonical_agency(owner.group(1)) if owner and starts_with_agency(owner.group(1)) else None
    if issuer and province_pattern().fullmatch(re.sub(r"^(?:tỉnh|thành phố|TP\.?)\s*", "", issuer, flags=re.I)):
        issuer = None  # "Kon Tum triển khai …": a place, not who issued the plan
    if (doc_type is None or issuer is None) and (issued := _issued_in_body(lines, headline.start + 1)):
        issuer, doc_type = issuer or issued[0], doc_type or issued[1]  # "…, UBND tỉnh X vừa ban hành Kế hoạch …"
    if issuer and issuer.startswith("UBND "):
        issuer = "Ủy ban nhân dân " + issuer[5:]
    province = province or find_province(text)
    if issuer and province and province not in issuer and re.match(r"(?:Sở|Ủy ban|Hội đồng)\b", issuer):
        issuer = re.sub(r"\s+(?:tỉnh|thành phố)$", "", issuer) + " " + with_kind(province)  # as a header names it
    issued_on = _reported_date(lines, headline.start + 1, doc_type)
    period = _reported_period(lines, headline.start + 1, doc_type) or _period(text)  # the headline's may be a target's
    return DocumentInfo(
        None, doc_type, issuer, province, issued_on, None, text, period,
        (headline.start, headline.end),
    )


def _report_line(lines: list[Line], start: int, doc_type: str | None) -> tuple[Line | None, re.Match | None]:
    """The paragraph of a news item saying the plan was issued, and the plan's number in it if it gives one."""
    line, number = _report(lines, start, doc_type) or (None, None)
    if line is None and doc_type:
        line = next((line for line in _first_paragraphs(lines, start)
                     if re.search(rf"{_ISSUING}\s+{re.escape(doc_type)}\b", line.text, re.IGNORECASE)), None)
    return line, number


def _reported_period(lines: list[Line], start: int, doc_type: str | None) -> Period | None:
    """The span the paragraph reporting the plan gives it ("… ban hành Kế hoạch số 2150/KH-UBND … về phát triển
    doanh nghiệp khoa học và công nghệ giai đoạn 2025-2030"), not that of a document it carries out."""
    line, _ = _report_line(lines, start, doc_type)
    if line is None or not (issued := re.search(rf"{_ISSUING}\s", line.text, re.IGNORECASE)):
        return None
    own = re.split(r"\s(?:nhằm|để)\s|,\s*(?:thực hiện|triển khai)\s", line.text[issued.end():], maxsplit=1)[0]
    period = _period(own)
    return period if period and period.start else None


# what comes before the date that opens a news paragraph: "(BDO) Ngày 15/4/2025, …", "Sáng ngày 15/4/2025, …"
_OPENS_WITH_DATE = re.compile(r"^(?:\([^()]{2,30}\)\s*(?:[-–]\s*)?)?(?:(?:Sáng|Trưa|Chiều|Tối)\s+)?(?:ngày\s*)?$",
                              re.IGNORECASE)


def _reported_date(lines: list[Line], start: int, doc_type: str | None) -> str | None:
    """The date of the plan a news item reports: the one that opens the paragraph saying it was issued ("Ngày
    15/8/2025, UBND tỉnh Gia Lai ban hành Kế hoạch số …", also without the number), or printed after the number
    ("… ban hành Kế hoạch số 1880/KH-UBND ngày 08/5/2025 …")."""
    line, number = _report_line(lines, start, doc_type)
    if line is None:
        return None
    if (dated := find_date(line.text)) and _OPENS_WITH_DATE.match(line.text[: dated[1].start()]):
        return dated[0].isoformat()
    after = line.text[number.end():] if number else ""
    if (dated := find_date(after)) and re.match(r"\s*ngày\s*$", after[: dated[1].start()]):
        return dated[0].isoformat()
    return None
