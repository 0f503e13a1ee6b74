"""Quantified targets: the outcomes a plan commits to, with value, unit, comparator and period.

Under a targets heading (MỤC TIÊU, chỉ tiêu) every quantity counts; elsewhere
only a quantity the text commits to ("ít nhất", "phấn đấu", "đạt", "khoảng").
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

from .layout import Line
from .legal_refs import REF_NUMBER
from .lexicon import province_pattern
from .numbers import NUMBER, YEAR, parse_number
from .records import Target
from .tables import Table

# not "1) …", an item's number (but "… năm 2030: 50)." closes a bracket); "10/10.000 người" is a rate
_NUMBER_END = r"(?!\w|[.,]\d|/(?!10\.000\s)\d|\)(?!\s*(?:[.;,]|$)))"
# a number also written in words after it, as a legal text may: "05 (năm) doanh nghiệp", "02 (hai) phòng thí nghiệm"
_NUMBER_WORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn|ngàn)"
_IN_WORDS = rf"(?:\s*\({_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*\))?"
# a decimal point where a text writes one, before a share or a multiple only ("2.5%", "1.5 - 2%", "1.5 lần"):
# elsewhere "2.1" may number a part
_POINT_DECIMAL = r"\d?\.\d{1,2}(?=\s*(?:%|lần\b|[-–]\s*\d{1,2}(?:[.,]\d{1,2})?\s*%))"
# NUMBER, its first digit read before what may not stand before it: a pattern that opens with a look behind is tried
# at every character, one that opens with a digit only at digits (twice as fast over a page)
_QUANTITY = re.compile(
    rf"(?P<v>\d(?<![\w/.,]\d)(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|{_POINT_DECIMAL}|\d*(?:,\d+)?))"
    rf"{_NUMBER_END}{_IN_WORDS}\s*(?P<p1>%)?"
    rf"(?:\s*(?:[-–]|đến)\s*(?P<vmax>{NUMBER}){_NUMBER_END}\s*(?P<p2>%)?)?"
)
_PER_YEAR = re.compile(r"^\s*/\s*năm\b")
# a bare number labelled by its year ("năm 2026: 30", "(năm 2026: 30;", "năm 2026 là 30") under a count that opens its
# clause ("Số doanh nghiệp KH&CN: …", "Số doanh nghiệp KH&CN (năm 2026: …", "Số doanh nghiệp KH&CN năm 2026 là …")
_YEAR_LABELLED = re.compile(rf"(?:^|[\s(,;:])năm\s+{YEAR}\s*(?::|là|đạt)\s*$", re.IGNORECASE)
_COUNT_LABEL = re.compile(r"^\W*((?:[Ss]ố|SỐ)(?:\s+lượng)?\s+[^:(;]+?)\s*(?::|\(|(?=năm\s))")
# the values listed after a bare number, up to the last, which carries their unit: "20 và 40 doanh nghiệp",
# "10, 15 và 20 doanh nghiệp", "20 và 40%"
_LISTED_VALUES = re.compile(r"^\s*(?:,\s*\d[\d.,]*\s*)*(?:,|và)\s*\d[\d.,]*(?:\s*(%))?(?!\s*/)\s*")
# "12 người/1 vạn dân", "15 cán bộ nghiên cứu/10.000 dân": a count per so many people, printed whole as the unit;
# "15 người trên một vạn dân" as "người/một vạn dân", "10/10.000 người" as "người/10.000 người"
_PER_PEOPLE = re.compile(r"^\s*((?:[^\W\d]+\s+){0,3}[^\W\d]+)?\s*(?:/|(?<=\w)\s+trên)\s*((?:1\s+|một\s+)?"
                         r"(?:vạn|nghìn|ngàn|triệu|\d{1,3}(?:[.,]\d{3})+)\s+(?:(?:người\s+)?dân|người))\b",
                         re.IGNORECASE)
_WITHIN = re.compile(r",?\s*trong đó[,:]?\s+", re.IGNORECASE)  # "…, trong đó kinh phí từ xã hội chiếm hơn 60%"
_NEXT_SUBJECT = re.compile(r"(?:,|;|\s+và)\s+(?=(?:số|tỷ lệ|tỷ trọng|tỉ lệ|tỉ trọng)\s)", re.IGNORECASE)
# the subject of the next share after this one's: "… đạt 1% GRDP và đóng góp của xã hội … chiếm 60%"
_THEN_NEXT_SHARE = re.compile(r"\s+và\s+(?=[^,;]*\s(?:chiếm|đạt)\s*$)", re.IGNORECASE)
_AFTER_SHARE = re.compile(r"^\s*(?:GR?DP|tổng\s+(?:chi|vốn)[^,;]*?)\s*(?:,|và)\s+", re.IGNORECASE)
# "… cho (khoảng) 6 …" after a count: whom that count serves; a count of people or firms there is its own target
_SERVES = re.compile(r"(?:(?!\svà\s)[^,;])*\s(?:cho|với)(?:\s+(?:khoảng|ít nhất|tối thiểu|trên|hơn))?\s*",
                     re.IGNORECASE)  # "02 lớp tập huấn cho khoảng 150 lượt cán bộ", "02 hội nghị với 300 đại biểu"
_BENEFICIARIES = {"lượt", "người", "cán", "học", "doanh", "hộ", "hợp", "cơ", "tổ", "nông", "sinh", "giáo", "chuyên",
                  "đại", "nhà"}
_LISTED = re.compile(r"(?:,|\svà)\s*$")  # "80% hồ sơ … và" the next share
_BRACKET = re.compile(r"\s*[()]")
_FOR_SOME = re.compile(r"\s*(đối với\s[^;]+)")
# the words that compare the value, not name what it measures
_COMPARED = re.compile(r"(?:(?:đạt|ở)\s+)?(?:không\s+)?(?:trên dưới|trên|dưới|cao hơn|hơn|mức|từ|gấp|thấp hơn|ít hơn|"
                       r"quá|vượt quá|vượt|tối đa|ít nhất|xấp xỉ|[≥≤≈~]|[<>]=?)(?:\s+là)?\s*$",
                       re.IGNORECASE)  # "Tỷ lệ hộ nghèo không quá 5%", "… ít nhất là 30%": the words before it
_NAMES_SHARE = re.compile(r"(?:tỷ|tỉ) (?:lệ|trọng)\b", re.IGNORECASE)
_SUPPORT = re.compile(r"\bhỗ trợ\b", re.IGNORECASE)
_ASSIGNED_TO = re.compile(r"\b(?:giao|phân công)(?:\s+(?:cho|về))?\s*$", re.IGNORECASE)
_TIME_WORD = re.compile(r"\s*(?:vào|đến|tới|trong|năm|giai đoạn|mỗi|hằng|hàng)\b", re.IGNORECASE)
_THEN_SHARE = re.compile(r"(?:,|\s+và)\s+(?=chiếm\b)", re.IGNORECASE)
_SHARE_OF_SAME = re.compile(r"^\W*(?:và\s+)?(?:chiếm(?:\s+(tỷ trọng|tỷ lệ))?|(tỷ trọng|tỷ lệ))\s*$", re.IGNORECASE)
_TAKES_UP = re.compile(
    r"^\W*(.*?\w)\s*:?\s+(?:chiếm(?:\s+(?:tỷ trọng|tỷ lệ))?|đạt\s+(tỷ trọng|tỷ lệ))"
    r"(?:\s+(?:khoảng|trên|dưới|ít nhất|tối thiểu))?\s*$", re.IGNORECASE)
_RATE_WORDS = re.compile(r"\s+tăng(?:\s+mạnh)?(?:,?\s+(?:bình quân|trung bình))?\s*$", re.IGNORECASE)
_NAMES_RATE = re.compile(r"^(?:tốc độ|tăng trưởng|mức tăng|tỷ lệ tăng|tỉ lệ tăng)\s*(?:tăng\s+)?", re.IGNORECASE)
# what a share is of, printed right after it: "đạt 2% tổng chi ngân sách", "đạt 1,5% GRDP"
_SHARE_OF = re.compile(r"^\s*(?:tổng|giá trị|GR?DP\b|ngân sách)", re.IGNORECASE)
_GROWTH_EACH_YEAR = re.compile(r"^\s*(?:mỗi|hàng|hằng)\s+năm\b")  # "tăng 15% mỗi năm": a yearly rate
_NOT_BEFORE = re.compile(
    r"(?:khoản|điều|điểm|lần thứ|thứ|quý|tháng|năm|ngày|khóa|khoá|trung ương|mục|phụ lục|giai đoạn|thời kỳ|"
    r"tcvn|iso|top|nhóm|cấp|loại|hạng|kỳ|đợt|từ năm|đến năm|công nghiệp|phiên bản|version|"
    r"(?<!\w)(?:đề án|chương trình|dự án|nghị quyết|chỉ thị|kết luận|quyết định)(?:\s+số)?)\s*$",  # "Đề án 06": a name
    re.IGNORECASE,
)
# a document counting its own parts: "Kế hoạch đề ra 5 nhóm nhiệm vụ", "Chương trình gồm 3 nội dung"
_OWN_PARTS = re.compile(r"(?:(?:Kế hoạch|Chương trình|Đề án|Quyết định|Nghị quyết)\s+(?:này\s+)?(?:nêu|có)|"
                        r"\b(?:đề ra|gồm|bao gồm|xác định|đặt ra|đưa ra))\s*$", re.IGNORECASE)  # "Bộ … đặt ra 7 nhóm …"
# "14 chỉ tiêu được đặt ra gồm: …", "5 nhiệm vụ sau": the parts themselves follow
_PARTS_FOLLOW = re.compile(r"\s*(?:được\s+)?(?:đặt ra|đề ra|xác định|gồm|bao gồm|sau|trọng tâm|chủ yếu)\b|\s*:",
                           re.IGNORECASE)
_PART_NOUN = re.compile(r"\s*(?:nhóm\s+)?(?:nhiệm vụ|giải pháp|nội dung|mục tiêu|chỉ tiêu|chương|điều|phần|nhóm)\b",
                        re.IGNORECASE)
_PART_GROUPS = re.compile(r"\s*nhóm\s+(?:nhiệm vụ|giải pháp|nội dung)", re.IGNORECASE)  # "7 nhóm nhiệm vụ, giải pháp"
# what was done, not committed to: "Năm 2024, tỉnh đã đạt 65% hồ sơ …, tăng 15% so với năm 2023"
_ACHIEVED = re.compile(r"\bđã\s+(?:đạt|có|hỗ trợ|thực hiện|triển khai|hoàn thành|xây dựng)\b|"
                       # a clause on how things stand: "Hiện nay, toàn tỉnh có 25 doanh nghiệp KH&CN, …"
                       r"^(?:hiện nay|hiện tại|đến nay|tới nay|tính đến nay|đến thời điểm (?:này|hiện tại))\b",
                       re.IGNORECASE)
_BAD_UNIT = re.compile(r"^(?:năm|tháng|ngày|giờ|giai đoạn|khóa|khoá|lần thứ|thế kỷ|sao)\b|^năm một lần", re.IGNORECASE)
# an age that says who is counted ("dân số từ 15 tuổi trở lên", "trẻ em dưới 6 tuổi"), not an outcome
_AGE_BOUND = re.compile(r"^\s*tuổi\s+trở\s+(?:lên|xuống)\b")
_AGE_FROM = re.compile(r"(?:từ|dưới|đủ|độ)\s*$")
_UNIT_STOP = {
    "được", "đạt", "thuộc", "trên", "trong", "về", "cho", "của", "có", "từ", "với", "và", "tham", "hoạt", "đã",
    "trở", "mỗi", "tại", "theo", "để", "nhằm", "đến", "so", "là", "gắn", "phục", "làm", "mang", "vào", "hỗ",
}
_COMMITMENT = re.compile(r"(?:ít nhất|tối thiểu|phấn đấu|đạt|khoảng|không dưới|trở lên|bình quân|tăng)", re.IGNORECASE)
_AT_LEAST = re.compile(r"(?:ít nhất|tối thiểu|trên|hơn|không dưới|không thấp hơn|không ít hơn|vượt|≥|>=?)"
                       r"(?:\s+(?:là|đạt))?\s*(?:mức\s*)?$", re.IGNORECASE)  # "ít nhất là", "tối thiểu đạt" too
_ABOUT = re.compile(r"(?:khoảng|gần|xấp xỉ|trên dưới|≈|~)\s*(?:mức\s*)?$", re.IGNORECASE)
_AT_MOST = re.compile(r"(?:dưới|tối đa|không quá|không vượt quá|thấp hơn|≤|<=?)\s*(?:mức\s*)?$", re.IGNORECASE)
_FROM = re.compile(r"\btừ\s*$", re.IGNORECASE)
# "tăng từ 10% (năm 2024) lên 20%", "giảm từ 5% xuống dưới 1%": where it starts, and the year it stood there
_BASELINE_YEAR = rf"(?:\(\s*năm\s+{YEAR}\s*\)|(?:vào\s+|cuối\s+)?năm\s+{YEAR})"
_CHANGED_TO = r"(?:lên|xuống)(?:\s+(?:mức|còn))?"
_RAISED_FROM = re.compile(rf"\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){{0,2}}?)?\s*(?:{_BASELINE_YEAR}\s*)?,?\s*{_CHANGED_TO}"
                          r"\s+(?:[^\W\d]+\s+){0,2}\d", re.IGNORECASE)
_RATE = re.compile(r"tăng[^;.]{0,40}(?:bình quân|trung bình)|(?:bình quân|trung bình)[^;.]{0,30}tăng", re.IGNORECASE)
_OWN_YEAR = re.compile(rf"(?:đến|tới|vào|trong|(?<!so với )trước)\s+(?:hết\s+|cuối\s+)?năm\s+({YEAR})", re.IGNORECASE)
_OWN_SPAN = re.compile(rf"(?<!so với )(?:giai đoạn|thời kỳ)\s+({YEAR})\s*[-–]\s*({YEAR})", re.IGNORECASE)
# "(Phấn đấu) năm 2025, tỷ lệ …", "Đến hết năm 2025, …", "Giai đoạn 2026 - 2030, …": a period that opens the clause
_OPENING_PERIOD = re.compile(
    rf"^\s*(?:phấn đấu\s+|tầm nhìn\s+|(?:chậm|muộn) nhất\s+)?(?:(?:đến|tới|trong)\s+(?:hết\s+|cuối\s+)?)?"
    rf"(?:năm|giai đoạn|thời kỳ)\s+"
    rf"({YEAR})(?:\s*[-–]\s*({YEAR}))?\s*[,:]", re.IGNORECASE)
# a span right after a value, its own: "đạt 15%/năm giai đoạn 2024 - 2025 và 20%/năm giai đoạn 2026 - 2030"
_SPAN_AFTER = re.compile(rf"\s*(?:/\s*năm\s*)?\(?\s*(?:trong\s+)?(?<!so với )(?:giai đoạn|thời kỳ)\s+({YEAR})\s*[-–]\s*"
                         rf"({YEAR})", re.IGNORECASE)
# a year right after a value, its own: "đạt 20% GRDP vào năm 2025 và 30% vào năm 2030"
_YEAR_AFTER = re.compile(rf"[^\d;]{{0,40}}?\b(?:vào|đến|tới|trước)\s+(?:hết\s+|cuối\s+)?năm\s+({YEAR})\b"
                         r"(?!\s*(?:đạt|là|:)\s*(?:[^\W\d]+\s+){0,2}\d)",  # not the label of the next value
                         re.IGNORECASE)
# a year that labels the value after it: "Tỷ lệ …: năm 2025 đạt 35%, năm 2030 đạt 45%", "…: đến năm 2025 đạt 20 …",
# "Tỷ lệ … năm 2025 đạt 30%"
_YEAR_LABEL = re.compile(rf"(?:^|(?<=[,:;(]))\s*(?:năm\s+({YEAR})\b(?=\s*(?:đạt|là|:)?\s*(?:\w+\s*){{0,2}}$|\s*,)|"
                         rf"(?:đến|tới|vào)\s+năm\s+({YEAR})\b(?=\s*(?:đạt|là|:)?\s*$)|"  # right before it
                         rf"({YEAR})\s*:\s*$)|"  # "Tỷ lệ …: 2025: 30%; 2030: 50%"
                         rf"(?<=\s)(?<!so với )(?<!từ )năm\s+({YEAR})(?=\s*(?:đạt|là|:)?\s*$)", re.IGNORECASE)
# a span that labels the value after it: "Tỷ lệ … giai đoạn 2021-2025 đạt 30%, giai đoạn 2026-2030 đạt 50%"
_SPAN_LABEL = re.compile(rf"(?:giai đoạn|thời kỳ)\s+({YEAR})\s*[-–]\s*({YEAR})(?=\s*(?:đạt|là|:)?\s*$)",
                         re.IGNORECASE)
# years the values after them take in turn: "Tỷ lệ … đến năm 2025 và năm 2030 lần lượt đạt 30% và 50%"
_YEARS_RESPECTIVELY = re.compile(rf"(?:(?:đến|tới|vào|trong)\s+)?(?:năm\s+)?{YEAR}(?:\s*(?:,|và)\s*(?:năm\s+)?{YEAR})+"
                                 r"\s+(?:lần lượt|tương ứng)\b", re.IGNORECASE)
# a value's own year right after it: "30% (năm 2025) và 50% (năm 2030)", "50% (2030)", "30% năm 2025 và 50% năm 2030"
_YEAR_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:năm\s+)?({YEAR})\s*\)")
_OWN_YEAR_AFTER = re.compile(rf"{_YEAR_IN_BRACKETS.pattern}|\s*năm\s+({YEAR})\b(?!\s*(?:đạt|là|:))", re.IGNORECASE)
# "…, năm 2025 tỉnh phấn đấu 100% …", "tỉnh phấn đấu năm 2025 có thêm 05 …": a year that dates what the province
# strives for
_YEAR_STRIVING = re.compile(rf"\bnăm(?<!đến năm)(?<!tới năm)(?<!vào năm)(?<!trong năm)\s+({YEAR}),?\s+"
                            r"(?:(?:toàn\s+)?(?:tỉnh|thành phố)\s+)?phấn đấu\b|"
                            rf"\bphấn đấu\s+năm\s+({YEAR})\b", re.IGNORECASE)
# "… đạt trên 1,2% GRDP năm 2025": a year that ends the clause dates it
_YEAR_AT_END = re.compile(rf"năm(?<!\wnăm)(?<!so với năm)(?<!từ năm)(?<!của năm)\s+({YEAR})\s*[.!]?\s*$",
                          re.IGNORECASE)  # its word first: a pattern that opens with a look-behind is tried everywhere
# "Mỗi năm hỗ trợ …", also after the aim it opens ("Kế hoạch đặt mục tiêu mỗi năm hỗ trợ ít nhất 20 …")
_EVERY_YEAR = re.compile(r"^(?:(?:bên cạnh đó|ngoài ra|đồng thời|theo đó)\s*,\s*)?"  # a connective before it
                         r"(?:[^,;]{0,40}?\bmục tiêu\s+|phấn đấu\s+)?(?:(?:bình quân|trung bình)\s+)?"
                         r"(?:hàng|hằng|mỗi)\s+năm\b,?", re.IGNORECASE)
_EVERY_YEAR_AT_END = re.compile(r"\s(?:hàng|hằng|mỗi)\s+năm\s*[.!]?\s*$", re.IGNORECASE)
_HEADING_PERIOD = re.compile(rf"(?:giai đoạn|thời kỳ|đến năm|năm)\s+(?:đến\s+năm\s+)?({YEAR})(?:\s*[-–]\s*({YEAR}))?",
                             re.IGNORECASE)
_EVERY_YEAR_HEADING = re.compile(r"^(?:(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+cụ thể)?\s+)?(?:hàng|hằng)\s+năm\s*:?$",
                                 re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r";|\n|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"(\d])|:\s*(?=\(?\d{1,2}\)\s)")  # "…: (1) tỷ lệ …; (2) …"
_LEADER = re.compile(r"^(?:[-–•+*]\s*|[a-zđ]\)\s*|[a-zđ]\.\s+|\d{1,2}(?:\.\d{1,2})*\.\s+|\(?\d{1,2}\)\s*)")
_ORDINAL_LABEL = re.compile(r"(?:Chỉ tiêu|Mục tiêu)\s+(?:số\s+)?\d{1,2}\s*[:.)]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Indicator:
    key: str
    label_vi: str
    label_en: str
    unit_class: str  # "%", "%/năm", "count" or "money"; "|" between units a measure is written in either way
    better: str  # "higher" or "lower": which way a target is stricter (a GII rank is better lower)
    pattern: re.Pattern


@cache
def indicator_lexicon() -> tuple[Indicator, ...]:
    path = resources.files("stikg.graph") / "data" / "indicators.csv"
    with path.open(encoding="utf-8") as fh:
        return tuple(
            Indicator(r["key"], r["label_vi"], r["label_en"], r["unit_class"], r["better"],
                      re.compile(r["pattern"], re.IGNORECASE))
            for r in csv.DictReader(fh)
        )


_MONEY = {"tỷ", "triệu", "nghìn", "ngàn", "đồng", "usd", "trăm"}


def national_indicator(indicator: str, unit: str) -> str | None:
    """The shared key of an indicator that recurs across plans, if the lexicon knows it."""
    head = unit.split()[0].casefold() if unit else ""
    unit_class = "%/năm" if unit.startswith("%/năm") else "%" if unit.startswith("%") else \
        "money" if head in _MONEY else "count"  # "doanh thu … đạt 1.000 tỷ đồng" counts no firms ("tăng 1,5 lần" may)
    for entry in indicator_lexicon():
        if unit_class in entry.unit_class.split("|") and entry.pattern.search(indicator):
            return entry.key
    return None


@dataclass
class Clause:
    text: str
    start: int
    line: Line

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def clauses(line: Line) -> list[Clause]:
    """A line cut into the clauses that each state one or more targets."""
    out, pos = [], 0
    for piece in [*_CLAUSE_SPLIT.split(line.text)]:
        at = line.text.find(piece, pos)
        pos = at + len(piece)
        indent = len(piece) - len(piece.lstrip())
        leader = _LEADER.match(piece[indent:])  # "- …", "a) …", "(2) …", also after a ";"
        skip = indent + leader.end() if leader else 0
        if label := _ORDINAL_LABEL.match(piece, indent + (leader.end() if leader else 0)):
            skip = label.end()  # "- Chỉ tiêu 1: Tỷ lệ …": the item's number, no value
        text = piece[skip:].strip().rstrip(".,:")
        if text:
            offset = at + skip + (len(piece[skip:]) - len(piece[skip:].lstrip()))
            out.append(Clause(text, line.start + offset, line))
    return out


_CLASSIFIERS = {"lượt", "cuộc", "tổ", "đơn", "phương", "chỉ", "văn", "quy", "giống", "tin", "lớp"}
_CLASSIFIED_WHOLE = {"cuộc thi", "tin bài"}  # "01 cuộc thi khởi nghiệp": a noun of two words
# "nhà khoa học", "phòng thí nghiệm", "nhóm chuyên gia", "hợp tác xã": nouns of three words (not "nhà máy chế …")
_THREE_WORDS = {"nhà khoa", "nhà đầu", "nhà quản", "nhà nghiên", "nhà sáng", "phòng thí", "sàn giao", "nhóm chuyên",
                "nhóm nghiên", "hợp tác", "khu công", "cụm công", "nghìn tỷ", "ngàn tỷ", "trăm tỷ", "trăm triệu",
                "điểm phần"}  # "5 điểm phần trăm": percentage points
# and nouns of two syllables that open with one of them, which the next word of two names ("tổ chức trung gian",
# "tổ chức nghiên cứu", not "tổ chức nghiên")
_TWO_WORDS = {"tổ chức", "đơn vị", "cơ quan", "văn bản", "văn bằng", "quy trình", "quy chuẩn", "phương án", "cơ chế",
              "chỉ dẫn"}
# nouns of one syllable that are the whole unit: "09 vùng nông nghiệp …" counts "vùng", "100 hộ gia đình" "hộ"
_ONE_WORD = {"vùng", "khu", "xã", "hộ", "chuỗi", "huyện", "trạm"}
_LABEL_VERBS = {"hỗ", "trợ", "phát", "triển", "xây", "dựng", "hình", "thành", "đào", "tạo", "tổ", "chức", "thực",
                "hiện", "khai", "nâng", "cao", "tăng", "đạt", "có", "được", "số", "lượng", "mới"}


def _unit(after: str) -> str:
    """The counted head noun printed after a number: '02 giống cây trồng mới' -> 'giống cây'."""
    words: list[str] = []
    tokens = list(islice(re.finditer(r"[^\s,;:()]+", after), 6))  # the few words it may take
    found = [token.group() for token in tokens]
    for i, word in enumerate(found[:4]):
        following = found[i + 1].casefold() if i + 1 < len(found) else ""
        if word.casefold() in _UNIT_STOP or not word[0].isalpha() or word.casefold() == "năm" and re.fullmatch(
                YEAR, following.rstrip(".:")):  # "10 đơn, năm 2030 đạt 20 đơn": the next value's year
            break
        words.append(word.strip("."))
        pair = " ".join(words[:2]).casefold()
        size = 4 if pair in _TWO_WORDS else 3 if (words[0].casefold() in _CLASSIFIERS and pair not in _CLASSIFIED_WHOLE
                                                  or pair in _THREE_WORDS) else 2
        if len(words) == 1 and pair in _ONE_WORD and f"{pair} {following}" not in _THREE_WORDS:  # "khu công nghiệp"
            size = 1
        listed = len(words) > 1 and after[tokens[i].end():tokens[i].end() + 1] == ","  # "tổ chức, doanh nghiệp"
        if word.endswith(".") or listed or len(words) == size:
            if (re.search(r"/(?!(?:năm|tháng|quý|ngày)$)[^\W\d]+$", word) and i + 1 < len(found)
                    and found[i + 1][:1].islower() and found[i + 1].casefold() not in _UNIT_STOP):
                words.append(found[i + 1].strip("."))  # "triệu đồng/dự án": what it is per, whole
            break
    return " ".join(words)


def _label_unit(label: str) -> str:
    """For 'Số nhãn hiệu tập thể được bảo hộ mới: 05', the noun the label counts."""
    m = re.search(r"(?:^|\s)(?:[Ss]ố(?:\s+lượng)?)\s+(.+)$", label)
    words = (m.group(1) if m else label).split()
    nouns = [w for w in words if w.casefold() not in _LABEL_VERBS]
    return _unit(" ".join(nouns[:2])) if nouns else ""


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(YEAR, text))


_NEAR = 300  # characters around a quantity that say what it is (or is not: a year, a law's article, a past result)


def quantities(clause: Clause, strict: bool) -> list[Target]:
    text = clause.text
    refs = [(m.start(), m.end()) for m in REF_NUMBER.finditer(text)]
    achieved = next((m.end() for m in _ACHIEVED.finditer(text)), len(text) + 1)  # "đã đạt …": past results from there
    found: list[tuple[re.Match, float, float | None, str, str]] = []
    listing: set[int] = set()  # where a bare number takes the unit of the values listed after it
    previous_end = 0
    for m in _QUANTITY.finditer(text):
        local_before, previous_end = text[previous_end: m.start()], m.end()
        v, vmax = m.group("v"), m.group("vmax")
        if any(a <= m.start() < b for a, b in refs) or _is_year(v) or (vmax and _is_year(vmax)):
            continue
        before = text[max(0, m.start() - _NEAR): m.start()]  # the words just before: a line of a whole page is long
        if _NOT_BEFORE.search(before) or re.search(r"[/(]\s*$", before) or achieved <= m.start():
            continue
        after = text[m.end(): m.end() + _NEAR]  # and the words just after it
        if _FROM.search(before) and _RAISED_FROM.match(after):
            continue  # "tăng từ 10% lên 20%": where it starts, not the target
        if m.group("p1") or m.group("p2"):
            yearly = _PER_YEAR.match(after) or _GROWTH_EACH_YEAR.match(after) and re.search(r"\btăng\b", local_before)
            unit = "%/năm" if yearly or _RATE.search(local_before) else "%"
        else:
            part = _PART_NOUN.match(after)
            if _AGE_BOUND.match(after) or re.match(r"\s*tuổi\b", after) and _AGE_FROM.search(before):
                continue
            if _BAD_UNIT.match(after.strip()) or re.match(r"^\s*năm một lần", after) or _PART_GROUPS.match(after) or (
                    part and (_OWN_PARTS.search(before) or _PARTS_FOLLOW.match(after, part.end()))):
                continue  # "Kế hoạch đề ra 5 nhóm nhiệm vụ", "14 chỉ tiêu được đặt ra gồm: …"
            per_people = _PER_PEOPLE.match(after)
            unit = re.sub(r"\s+", " ", f"{per_people.group(1) or 'người'}/{per_people.group(2)}") if per_people \
                else _unit(after)
            label = re.search(r"([^,;:]+):\s*$", local_before[-_NEAR:])
            if not unit and label:
                unit = _label_unit(label.group(1))
            if not unit and _YEAR_LABELLED.search(before) and (
                    count := _COUNT_LABEL.match(text) or _COUNT_LABEL.match(clause.line.text)):
                unit = _label_unit(count.group(1))  # "Số doanh nghiệp KH&CN: năm 2026: 30, năm 2030: 50"
            if not unit and (listed := _LISTED_VALUES.match(after)) and not _BAD_UNIT.match(after[listed.end():]):
                unit = "%" if listed.group(1) else _unit(after[listed.end():])  # "20 và 40 doanh nghiệp": the last's
                listing.add(m.start())
            if not unit:
                continue
        window = " ".join(before.split()[-4:])
        if strict and not _COMMITMENT.search(window):
            continue
        if vmax is None and (_AT_LEAST.search(window) or re.match(r"^\s*(?:\S+(?:\s\S+){0,3}\s+)?trở lên", after)
                             or _FROM.search(window)) or _AT_LEAST.search(window):
            comparator = ">="
        elif _ABOUT.search(window):
            comparator = "~"
        elif _AT_MOST.search(window):
            comparator = "<="
        else:
            comparator = "="
        if found and not found[-1][3].startswith("%") and _SERVES.fullmatch(local_before) \
                and unit.split()[0].casefold() not in _BENEFICIARIES:
            continue  # "6 mạng lưới trung gian cho 6 ngành hàng xuất khẩu": whom the last count serves
        if comparator == "<=" and _SUPPORT.search(local_before) and (
                unit.startswith("%") or unit.split()[0].casefold() in {"triệu", "tỷ", "nghìn", "ngàn", "đồng"}):
            continue  # "Mức hỗ trợ tối đa 300 triệu đồng/dự án", "hỗ trợ không quá 50% kinh phí": a policy's ceiling
        if _ASSIGNED_TO.search(before):
            continue  # "Kế hoạch gồm 45 nhiệm vụ, giao cho 20 cơ quan, đơn vị thực hiện": who carries it out
        if _PRIZE.search(local_before) and unit.split()[0].casefold() in {"triệu", "tỷ", "nghìn", "ngàn", "đồng"}:
            continue  # "tổ chức cuộc thi … với giải thưởng 300 triệu đồng": what a prize is worth
        found.append((m, parse_number(v), parse_number(vmax) if vmax else None, unit, comparator))

    targets = []
    own_years = [_own_year_after(text, m.end(), unit) for m, _, _, unit, _ in found]
    for i, (m, value, value_max, unit, comparator) in enumerate(found):
        seg_start = (own_years[i - 1] or found[i - 1][0]).end() if i else 0  # after the last one's own year
        seg_end = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        before = _COMPARED.sub("", _PER_YEAR.sub("", text[seg_start: m.start()]).rstrip())  # "Trên 80% …" too
        before = re.sub(r"(?<=\S)\s+(?:đạt|được)(?:\s+(?:mức|ít nhất|tối thiểu|khoảng))*\s*$", " ",
                        before, flags=re.IGNORECASE)  # "… bình quân đạt 10%, chủ yếu …", "đạt tối thiểu 30% GRDP"
        previous_unit = found[i - 1][3] if i else ""
        if previous_unit.startswith("%"):  # "… đạt 1% GRDP và đóng góp của xã hội … chiếm 60%": the last one's words
            before = _AFTER_SHARE.sub("", before)
        if previous_unit and not previous_unit.startswith("%") and before.lstrip().startswith(previous_unit):
            before = before.lstrip()[len(previous_unit):]  # "02 doanh nghiệp và số doanh nghiệp … tăng 1,5 lần"
        tail = text[m.end(): seg_end]
        if own_year := own_years[i]:  # "30% năm 2025 và …": the year is no word of what it measures
            tail = tail[: own_year.start() - m.end()] + tail[own_year.end() - m.end():]
        after = _THEN_SHARE.split(tail, maxsplit=1)[0]
        if i + 1 < len(found):  # "… 02 doanh nghiệp và số doanh nghiệp khởi nghiệp … tăng 1,5 lần": the next subject
            after = _NEXT_SUBJECT.split(after, maxsplit=1)[0]
        if per_people := _PER_PEOPLE.match(after):  # "đạt 10/10.000 người, trong đó …": the unit, then what follows
            after = after[per_people.end():]
        if re.match(r"\s*[,;]", after):  # "… bình quân đạt 10%, chủ yếu tập trung vào …": another clause
            after = ""
        if unit.startswith("%"):  # "đạt 1,2% GRDP (trong đó …)": what the brackets hold is said of itself
            after = _BRACKET.split(after, maxsplit=1)[0]
        if unit.startswith("%") and i + 1 < len(found):  # "đạt 2% GRDP, trong đó kinh phí từ xã hội chiếm 60%",
            after = _THEN_NEXT_SHARE.split(after.split(",", 1)[0], maxsplit=1)[0]  # "… 1% GRDP và đóng góp … chiếm"
        within = _WITHIN.split(before)  # "…, trong đó có bằng cấp, chứng chỉ đạt 35%"
        before = within[-1]
        if unit.startswith("%"):
            after = _PER_YEAR.sub("", after) if unit == "%" else _GROWTH_EACH_YEAR.sub("", _PER_YEAR.sub("", after))
        if previous_unit.startswith("%") and unit.startswith("%") and _LISTED.search(before) \
                and len(after.split()) > 1 and not _TIME_WORD.match(after):
            before = ""  # "80% hồ sơ … tại cấp huyện và 70% hồ sơ … tại cấp xã": a list of shares, each its own
        indicator = _count_indicator(before, after, unit, first=not i, last=i + 1 == len(found))
        if indicator is None:
            if not unit.startswith("%") and after.lstrip().startswith(unit):
                after = after.lstrip()[len(unit):]
            indicator = _share_indicator(before, after) if unit == "%" else None
            joint = " trong " if unit == "%" and _SHARE_OF.match(after) else " "
            same = _SHARE_OF_SAME.match(before) if targets and unit == "%" else None
            if same:  # "… tăng bình quân 22%/năm và chiếm tỷ trọng 8,5% GRDP": a share of the same subject
                subject = _NAMES_RATE.sub("", _RATE_WORDS.sub("", targets[-1].indicator))
                before = f"{same.group(1) or same.group(2) or 'tỷ trọng'} {_lower_first(subject)}"  # ", chiếm 20% …"
            elif unit == "%" and (takes := _TAKES_UP.match(  # "Kinh tế số chiếm 30% GRDP"; "…, tỷ lệ … chiếm 40%"
                    before.split(",", 1)[-1] if i and len(within) == 1 else before)):
                # the purpose's subject ("… tập trung nguồn lực để kinh tế số chiếm 25% GRDP"); "Tỷ lệ giá trị …
                # chiếm 25-30%": a share named as one already
                subject = _indicator(re.split(r"\s(?:để|nhằm)\s", takes.group(1))[-1])
                named = (takes.group(2) or "tỷ trọng").capitalize()  # "Doanh nghiệp … đạt tỷ lệ 80%": "Tỷ lệ …"
                before = subject if _NAMES_SHARE.match(subject) else f"{named} {_lower_first(subject)}"
            elif i and len(within) == 1:  # after the previous value's words: "02 doanh nghiệp …, nâng tổng số … lên 10"
                acts = list(_NEXT_ACTION.finditer(before))  # "05 nhóm … trên các lĩnh vực: A, B, C, nâng tổng số …"
                before = before[acts[-1].end():] if acts else _AFTER_PREVIOUS.split(before, maxsplit=1)[-1]
            indicator = indicator or _indicator(before + joint + after)
            if joint == " trong " and indicator.startswith("Số "):  # "Số doanh nghiệp … đạt 40% tổng số doanh nghiệp"
                indicator = "Tỷ lệ " + indicator[3:]
            if unit == "%/năm" and _RATE_WORDS.search(indicator) and not _NAMES_RATE.match(indicator):
                indicator = f"Tốc độ tăng {_lower_first(_RATE_WORDS.sub('', indicator))}"  # "Số đơn … tăng trung bình"
        if (unit.startswith("%") and targets and targets[-1].unit.startswith("%") and not before.strip(" ,")
                and (aspect := _FOR_SOME.match(after))):  # "tăng 25%, trên 30% đối với …"
            indicator, unit = f"{targets[-1].indicator} {aspect.group(1).strip()}", targets[-1].unit
        year = _YEAR_LABEL.search(before)  # "…: năm 2025 đạt 35%, năm 2030 đạt 45%"
        span = _SPAN_LABEL.search(before) or (_SPAN_AFTER.match(text, m.end(), seg_end) if len(found) > 1 else None)
        later = _YEAR_AFTER.match(text, m.end()) if len(found) > 1 else None  # "… 30% vào năm 2030" (its look
        later = later if later and later.end() <= seg_end else None          # ahead sees the next value)
        own = year or own_years[i] or later
        period = next((y for y in own.groups() if y), None) if own else \
            f"{span.group(1)}-{span.group(2)}" if span else None
        if targets and targets[-1].unit == unit and (not indicator or indicator.casefold() in
                                                     targets[-1].indicator.casefold()):
            indicator = targets[-1].indicator  # "… đạt 20% GRDP vào năm 2025 và 30% vào năm 2030": the same one
        targets.append(Target(
            text=text, indicator=indicator or (targets[-1].indicator if targets else ""), value=value,
            value_max=value_max, unit=unit, comparator=comparator, period=period,
            span=(clause.start, clause.end),
        ))
    listed = _YEARS_RESPECTIVELY.search(text)
    if listed and len(years := re.findall(YEAR, listed.group())) == len(targets) > 1:
        for target, year in zip(targets, years, strict=True):  # "… đến năm 2025 và 2030 lần lượt đạt 30% và 50%"
            target.period = year
    _share_listing(targets, [m.start() in listing for m, *_ in found], text[found[-1][0].end():] if found else "")
    return targets


# the years listed after values listed together, one each in turn: "20 và 40 doanh nghiệp … vào năm 2025 và 2030"
_YEARS_LISTED_AFTER = re.compile(
    rf"\s*,?\s*(?:vào|trong|đến)\s+(?:các\s+)?năm\s+({YEAR}(?:\s*(?:,|và)\s*(?:năm\s+)?{YEAR})+)", re.IGNORECASE)


_YEARS_LEFT = re.compile(rf"(?:\s+(?:vào|trong|đến)\s+(?:các\s+)?năm)?(?:\s*(?:,|và)?\s*(?:năm\s+)?{YEAR})+$")


def _share_listing(targets: list[Target], listing: list[bool], tail: str) -> None:
    """Values listed before the one that carries their unit ("20 và 40 doanh nghiệp KH&CN", "10, 15 và 20 doanh
    nghiệp") measure what it does, and take the years listed after them in turn."""
    groups: list[list[Target]] = []
    for i, target in enumerate(targets):
        if i and listing[i - 1]:
            groups[-1].append(target)
        else:
            groups.append([target])
    for group in groups:
        if len(group) < 2:
            continue
        last = group[-1]
        years = _YEARS_LISTED_AFTER.search(re.split(r"[;.]\s", tail, maxsplit=1)[0]) if last is targets[-1] else None
        if years and len(found := re.findall(YEAR, years.group(1))) == len(group):
            for target, year in zip(group, found, strict=True):
                target.period = year
            last.indicator = _YEARS_LEFT.sub("", last.indicator)  # what the own-year rules left: "… và 2030"
        for target in group[:-1]:
            target.indicator = last.indicator


# Words that open an action done to what a target counts ("Hỗ trợ 30 lượt doanh nghiệp", "Hình thành 09 vùng").
_ACTIONS = (r"(?:hỗ trợ|hình thành|xây dựng|đào tạo|bồi dưỡng|tập huấn|phát triển|thành lập|tổ chức|biên soạn|"
            r"cập nhật|thẩm định|chứng nhận|công nhận|đăng ký|bảo hộ|chuyển giao|ứng dụng|thực hiện|triển khai|"
            r"thu hút|ươm tạo|nghiên cứu|đầu tư|nâng cấp|ban hành|kết nối|thương mại hóa|thương mại hoá|đổi mới|"
            r"hoàn thành|công bố|tạo lập|khai thác|kiểm định|hiệu chuẩn|thử nghiệm|xác lập|cấp|giải quyết|"
            r"tiếp nhận|đưa|mở mới|nghiệm thu|kiểm tra|thanh tra|tư vấn|số hóa|số hoá)\b")
_ACTION = re.compile("^" + _ACTIONS, re.IGNORECASE)
# Units that measure (money, area, weight, times) rather than count things: "Số tỷ đồng" would say nothing.
_MEASURES = {"tỷ", "triệu", "nghìn", "ngàn", "trăm", "đồng", "usd", "ha", "km", "m2", "m²", "tấn", "kg", "lần", "mw",
             "kwh", "điểm", "bậc", "hạng"}
# Where the words after a count stop naming what it counts: another clause ("02 tổ chức … có đủ năng lực cung cấp
# …": what it can do is no part of what is counted; "200 DN KHCN, Hà Nội sẽ …", "…, thành phố sẽ …": the next
# subject); before another count, also another action ("20 sản phẩm và hỗ trợ khai thác ... 10 sản phẩm").
_NOUN_PHRASE_END = re.compile(
    r"\s(?:với|nhằm|để|trong đó|có đủ năng lực|có khả năng)\b|[();]"
    r"|,\s+(?=[A-ZĐ][a-zà-ỹđ]|(?:[^\s,]+\s+){1,4}(?:sẽ|cần|phải)\s)")
_NEXT_ACTION = re.compile(rf"(?:,|,?\s+và)\s+(?={_ACTIONS}|nâng\b|(?:gia\s+)?tăng\b|giảm\b|có\b)",  # "…, nâng tổng số …
                          re.IGNORECASE)  # lên 10", "…, gia tăng chỉ số … lên 20%"
_AFTER_PREVIOUS = re.compile(rf",|\s+và\s+(?={_ACTIONS})", re.IGNORECASE)


def _count_indicator(before: str, after: str, unit: str, first: bool, last: bool) -> str | None:
    """A count's indicator as a reader names it, from the counted noun phrase and the action done to it:
    'Hình thành 09 vùng nông nghiệp ứng dụng công nghệ cao' -> 'Số vùng nông nghiệp ứng dụng công nghệ cao được
    hình thành'. None where the words before the number are no action (a label, a subject): the caller's
    indicator then. ``before`` of a count after another (not ``first``) starts with that count's words, and
    ``after`` of one before another (not ``last``) ends with the next one's action."""
    if (unit.startswith("%") or unit.split()[0].casefold() in _MEASURES or _PER_PEOPLE.match(unit)
            or not re.sub(r"[,\s]+", " ", after).lstrip().startswith(unit)):
        return None
    phrase = _NOUN_PHRASE_END.split(after if last else _NEXT_ACTION.split(after, maxsplit=1)[0], maxsplit=1)[0]
    phrase = _OWN_SPAN.sub(" ", _OWN_YEAR.sub(" ", re.sub(r"\btrở lên\b", " ", _EVERY_YEAR_AT_END.sub("", phrase))))
    phrase = re.sub(r"\s+(?:và|hoặc|(?:cho|với)(?:\s+(?:khoảng|ít nhất|tối thiểu|trên|hơn))?)$", "",  # "… cho": the
                    re.sub(r"\s+", " ", phrase).strip(" ,;:.-…"))                                # next one's words
    served = not first and _SERVES.fullmatch(f" {before}")  # "02 lớp … cho khoảng 150 lượt cán bộ": no action
    if not first:
        before = _AFTER_PREVIOUS.split(before, maxsplit=1)[-1]
        if re.search(r"(?:^|\s)và\s*$", before):  # "có 10 tổ chức nghiên cứu và 7 tổ chức dịch vụ": the words
            before = ""                           # before are the last count's, not an action on this one
    action = re.sub(r"^\W*(?:(?:toàn\s+|mỗi\s+)?(?:tỉnh|thành phố|huyện|xã|phường|địa phương)\s+(?=có\b))?"
                    r"(?:(?:(?:sẽ\s+)?có|trong đó)\b\s*)?(?:thêm\b)?", "",
                    _indicator(before), flags=re.IGNORECASE)  # "(thành phố, mỗi huyện) có ít nhất 02 …": no action
    action = re.sub(r"(?:\s+(?:cho|của|từ|đối với))+$", "", action).strip(" ,;:.-")
    action = re.sub(rf"^({_ACTIONS})\s+được\b\s*", r"\1 ", action, flags=re.IGNORECASE)  # "Hình thành được …"
    if served or re.search(r"(?:^|\s)có$", action):  # "… Hà Nội có tối thiểu 200 DN KHCN": a count had
        action = ""
    if re.fullmatch(r"(?:gia\s+)?tăng(?:\s+thêm)?", action, re.IGNORECASE):  # "Mỗi năm tăng thêm 2 doanh nghiệp …"
        return f"Số {phrase} tăng thêm"
    if action and not _ACTION.match(action):  # "Theo đó, đến năm 2025, phấn đấu hỗ trợ": the commitment acts;
        committed = re.search(r"\bphấn đấu\s+(.+)$", before, re.IGNORECASE)  # "Sở sẽ phối hợp … tổ chức": its verb
        last = not re.match(r"(?:tổng\s+)?số\b", action, re.IGNORECASE) and re.search(  # not "Số … thử nghiệm"
            rf"(?:^|\s)({_ACTIONS})$", action, re.IGNORECASE)
        action = _indicator(committed.group(1)) if committed else last.group(1) if last else ""
        if not _ACTION.match(action):
            return None
    yearly = " mỗi năm" if unit.endswith("/năm") and phrase.startswith(unit) else ""  # "05 doanh nghiệp/năm …"
    phrase = phrase.replace("/năm", "", 1) if yearly else phrase
    return (f"Số {phrase} được {action[:1].lower()}{action[1:]}" if action else f"Số {phrase}") + yearly


def _lower_first(words: str) -> str:
    """Words to go on after others: 'Giá trị …' -> 'giá trị …', but 'TFP …' as it is."""
    return f"{words[:1].lower() if words[1:2].islower() else words[:1]}{words[1:]}"


# words that may open a clause before its share: "Có 70% …", "Dành 3% …", "Duy trì 100% …", "Bảo đảm 95% …",
# "(Phấn đấu) đến 80% …"
_SHARE_OPENING = re.compile(r"^(?:có|với|dành|bố trí|phân bổ|duy trì|bảo đảm|đảm bảo|đến|tới)\b", re.IGNORECASE)


def _share_indicator(before: str, after: str) -> str | None:
    """A share that opens its clause names what it is a share of after it: 'Có ít nhất 70% nhiệm vụ … có doanh
    nghiệp tham gia' -> 'Tỷ lệ nhiệm vụ … có doanh nghiệp tham gia'."""
    share = _lower_first(_indicator(after))
    # "2% tổng chi ngân sách cho KH&CN", "2% tổng chi ngân sách, tăng dần mức đầu tư cho KH&CN": what it is spent on
    spent = re.match(r"(?:trong\s+)?(tổng chi[^,;]*?)(?:,[^;]*?\b(?:đầu tư|chi)\b[^;]*?)?\s+cho\s+(.+)", share)
    opening = _indicator(before)
    if spent and re.search(r"(?:^|\s)(?:dành|bố trí|phân bổ)$", opening, re.IGNORECASE):
        opening = ""  # "Giao Sở Tài chính … bố trí 3% tổng chi ngân sách cho …": the spending, whoever does it
    if share and not spent:  # a share of those an action is done to, not of what is spent
        served = re.fullmatch(r"((?!.*\b(?:đạt|tăng|giảm|nâng|lên|xuống|chiếm|tỷ lệ|tỷ trọng)\b)[^\d;:]{3,60}?)\s+"
                              r"(?:cho|đến|tới)", opening, re.IGNORECASE)
        if served:  # "Đào tạo kỹ năng số cho 70% cán bộ, công chức"
            return f"Tỷ lệ {share} được {_lower_first(served.group(1))}"
        if re.fullmatch(rf"{_ACTIONS}(?:,\s*{_ACTIONS})*", opening, re.IGNORECASE):  # "Số hóa 100% hồ sơ"
            done_to, _, joined = share.partition(" với ")  # "Kết nối 100% cơ quan … với mạng …": the verb's
            return f"Tỷ lệ {done_to} được {_lower_first(opening)}" + (f" với {joined}" if joined else "")
    if _SHARE_OPENING.sub("", opening).strip(" ,") or not share:
        return None
    if spent:
        return f"Tỷ lệ chi cho {spent.group(2)} trong {spent.group(1)}"
    if re.match(r"(?:tỷ lệ|tỷ trọng)\s", share, re.IGNORECASE):  # "Đạt tối đa 5% tỷ lệ hồ sơ trễ hạn"
        return share[:1].upper() + share[1:]
    return f"Tỷ lệ trong {share}" if share.startswith("tổng ") else f"Tỷ lệ {share}"


def _indicator(local: str) -> str:
    """The words around a quantity, less those that only commit to it or date it, or say where ("Bình Dương: 90%
    doanh nghiệp …", a headline's place)."""
    local = _YEAR_STRIVING.sub(" ", local)
    if (place := _PLACE_LABEL.match(local)) and province_pattern().fullmatch(place.group(1)):
        local = local[place.end():]
    text = re.sub(r"\b(?:(?:toàn\s+)?(?:tỉnh|thành phố)\s+(?=phấn đấu))?"  # "tỉnh phấn đấu …": the subject too
                  r"(?:phấn đấu|ít nhất|tối thiểu|khoảng|ở mức|trở lên|"  # "đạt", "được" before the value only:
                  r"(?:đạt mức|đạt|được)(?=\s*(?:(?:ít nhất|tối thiểu|khoảng|trên)\s*)?(?:\d|$)))\b",  # "đạt tiêu chí"
                  " ", local,
                  flags=re.IGNORECASE)
    text = _OPENING_PERIOD.sub("", text.lstrip())  # "Tầm nhìn đến năm 2045: …" whole, before its year goes
    text = _YEARS_RESPECTIVELY.sub(" ", _YEAR_IN_BRACKETS.sub(" ", text))
    text = _YEAR_LABEL.sub(" ", _YEAR_AT_END.sub(" ", _OWN_YEAR.sub(" ", text)))
    text = _EVERY_YEAR.sub("", text.lstrip())
    text = re.sub(r"\(\s*trong giai đoạn[^)]*\)", " ", text)
    text = re.sub(r"^\W*(?:và|với)\b|\s(?:và|trong)\s*$", " ", _SPAN_AFTER.sub(" ", text).strip())  # a span of its own
    text = re.sub(r"\s+", " ", re.sub(r"(?:\s*,)+", ",", text)).strip(" ,;:.-(")  # "… (năm 2025: 30%": no "("
    text = re.sub(r"\s*:\s+", " ", text)  # a label's colon: "Kinh phí chi cho KH&CN: tối thiểu 2% tổng chi …"
    text = re.sub(r"(?:^|\s+)là$", "", _LEAD_IN.sub("", text))  # "Tỷ lệ …: năm 2026 là 20%": the year's "là" aside
    if (raised := _FROM_TO.sub("", text)) != text:  # "(Nâng) tỷ lệ … (tăng) từ 10% lên 20%": what is raised
        text = re.sub(r"^(?:nâng|gia tăng|tăng|giảm)\s+", "", raised, flags=re.IGNORECASE)
    text = _RAISE_TO.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + (m.group(4) or ""), text)
    return text[:1].upper() + text[1:]


# "Nâng tỷ lệ doanh nghiệp … lên 30%", "Giảm tỷ lệ … xuống còn 2%": the indicator is what is raised or lowered,
# and against what ("Tăng số lượng doanh nghiệp … lên gấp 2 lần so với năm 2020")
_FROM_TO = re.compile(rf"\s+(?:tăng\s+|giảm\s+)?từ\s+[\d.,]+\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){{0,2}}?)?"
                      rf"(?:\s*{_BASELINE_YEAR})?\s*,?\s+{_CHANGED_TO}$", re.IGNORECASE)
_RAISE_TO = re.compile(r"^(?:(?:nâng|(?:gia\s+)?tăng)\s+(.+?)\s+lên|nâng\s+(tổng\s.+)|"
                       r"giảm\s+(.+?)\s+xuống(?:\s+còn)?)(\s+so với\s.+)?$", re.IGNORECASE)
# "Theo Kế hoạch, mục tiêu, giá trị giao dịch …", "Phát biểu …, đồng chí … nhấn mạnh, …": the words that lead a news
# item's sentence to its targets
_LEAD_IN = re.compile(r"^(?:.*?\b(?:cho biết|nhấn mạnh|khẳng định)(?:\s*,\s*|$))?"
                      r"(?:(?:ngoài ra|bên cạnh đó|đồng thời|từ nay)\s*,\s*)?"  # "Ngoài ra, Sở … cũng đặt chỉ tiêu …"
                      r"(?:về\s+[^,]{1,40},\s*(?:tỉnh\s+)?)?"  # "Về kinh tế số, tỉnh phấn đấu …": the topic
                      r"(?:Sở\s[^,]{1,30}?\s(?:còn\s+|cũng\s+)?(?:nỗ lực|đặt(?:\s+ra)?\s+(?:chỉ tiêu|mục tiêu)|đề ra)"
                      r"(?:\s+hoàn thành)?(?:\s+việc)?\s+)?"
                      r"(?:theo\s+(?:đó|kế hoạch|chương trình)\s*,\s*)?"
                      r"(?:(?:kế hoạch|chương trình|đề án)\s+(?:(?:cũng|còn)\s+)?(?:đặt|đề ra)(?:\s+ra)?\s+"
                      r"(?:mục tiêu|chỉ tiêu)\s*,?\s*|"
                      r"(?:kế hoạch|chương trình|đề án)\s+thúc đẩy\s+)?"  # "chương trình phấn đấu thúc đẩy …"
                      r"(?:(?:các\s+|một trong (?:những|các)\s+)?(?:mục tiêu|chỉ tiêu)"
                      r"(?:\s+(?:chung|cụ thể))?(?:\s+của\s+(?:kế hoạch|chương trình|đề án))?"
                      r"(?:\s+là\s*$|(?:\s+là)?(?:\s*[,:]\s*|\s+(?=có\b))))?",  # "Mục tiêu của Kế hoạch là, …",
                      re.IGNORECASE)  # "… là đến hết năm 2025, 100% …": its year gone, nothing after it


_PLACE_LABEL = re.compile(r"\s*([^:,;]{2,30}?)\s*:\s*")
# a share named by the one before it: "… đạt 70% vào năm 2027; đến năm 2030 tỷ lệ này đạt 90%"
_THIS_ONE = re.compile(r"(?:Tỷ lệ|Tỷ trọng|Chỉ tiêu|Con số|Số lượng|Giá trị|Mức) (?:này|trên|đó)", re.IGNORECASE)
_PRIZE = re.compile(r"\b(?:giải thưởng|tiền thưởng|trị giá)(?:\s+(?:là|có|với|tổng|trị giá|lên đến|lên tới|tối đa|"
                    r"khoảng|gần|hơn|trên))*\s*$", re.IGNORECASE)


def own_period(text: str) -> str | None:
    if _EVERY_YEAR.match(text) or "%" not in text and _EVERY_YEAR_AT_END.search(text):  # "… 02 kỳ chợ mỗi năm"
        return "Hàng năm"
    if striving := _YEAR_STRIVING.search(text):  # "…, năm 2025 tỉnh phấn đấu 100% …"
        return striving.group(1) or striving.group(2)
    if opening := _OPENING_PERIOD.match(_LEADER.sub("", text)):
        return "-".join(filter(None, opening.groups()))
    span = _OWN_SPAN.search(text)
    year = _OWN_YEAR.search(text)
    if year and (not span or year.start() < span.start()):
        return year.group(1)
    if span:
        return f"{span.group(1)}-{span.group(2)}"
    if (last := _YEAR_AT_END.search(text)) and _QUANTITY.search(text, 0, last.start()):
        return last.group(1)
    return None


def is_past(period: str | None, issued: int | None) -> bool:
    """A value for a year before the document was issued ("Năm 2024, kinh tế số của tỉnh chiếm khoảng 8% GRDP" in a
    news item of 2025): a result, no target."""
    years = re.findall(r"\d{4}", period or "")
    return bool(issued and years) and int(years[-1]) < issued


def heading_period(text: str) -> str | None:
    if _EVERY_YEAR_HEADING.match(_LEADER.sub("", text)):  # "c) Hằng năm", "3. Mục tiêu hàng năm:"
        return "Hàng năm"
    m = _HEADING_PERIOD.search(text)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


def _is_heading(line: Line) -> bool:
    text = line.text
    bare = _LEADER.sub("", text)
    return len(text) < 90 and not _QUANTITY.search(re.sub(YEAR, "", bare)) and bool(
        _LEADER.match(text) or text.endswith(":") or re.match(r"^(?:Giai đoạn|Đến năm|[IVX]+\.\s)", text, re.IGNORECASE)
    )


def extract_targets(
    target_lines: list[Line], other_lines: list[tuple[Line, str | None]], plan_end: int | None,
    issued: int | None = None,
) -> list[Target]:
    """Targets under the target headings (every quantity) and elsewhere (committed quantities only).

    ``other_lines`` come with the period their headings name, if any; a year before ``issued``, the year the document
    was issued, states a result and dates no target beside it.
    """
    results: list[tuple[Target, str | None]] = []  # (target, period from its heading)
    heading: str | None = None
    for line in target_lines:
        if _is_heading(line) and heading_period(line.text):
            heading = heading_period(line.text)
            continue
        found = [target for dated in _dated_clauses(line) for target in _line_targets(*dated, strict=False)]
        results += [(target, heading) for target in _respective(_shared_actions(_named_before(found)))]
    _fill_periods(results, plan_end, issued)
    extra: list[Target] = []
    for line, context_period in other_lines:
        if line.text.startswith(("Căn cứ", "|")):
            continue
        found = [target for dated in _dated_clauses(line) for target in _line_targets(*dated, strict=True)]
        for target in found:
            target.period = target.period or context_period
        extra += _respective(_shared_actions(_named_before(found)))
    targets = []
    said = set()
    found = [t for t, _ in results] + extra
    per_clause = Counter(t.span for t in found)
    for target in found:  # a clause's words name the indicator of its only target, not of each of several
        target.national_indicator = national_indicator(target.indicator, target.unit) or (
            national_indicator(target.text, target.unit) if per_clause[target.span] == 1 else None)
        same = (target.national_indicator, target.value, target.value_max, target.unit, target.period)
        if target.national_indicator and same in said:
            continue  # one target said twice (a summary, a caption): one
        said.add(same)
        targets.append(target)
    return targets


def _shared_actions(targets: list[Target]) -> list[Target]:
    """Counts of one line listed after an action they share: "đào tạo, bồi dưỡng cho 250 lượt cán bộ …; 400 lượt
    người thuộc doanh nghiệp": the second, a clause that opens with its number, is 'Số lượt người thuộc doanh nghiệp
    được đào tạo, bồi dưỡng' too."""
    action = None
    for target in targets:
        done = re.search(r"\sđược\s.+$", target.indicator) if target.indicator.startswith("Số ") else None
        head = target.unit.split()[0] if target.unit else ""
        if done:
            action = (head, done.group())
        elif action and action[0] == head and target.indicator.startswith("Số ") and re.match(r"\s*\d", target.text):
            target.indicator += action[1]
        else:
            action = None
    return targets


_RESPECTIVE = re.compile(r"\btương ứng\b", re.IGNORECASE)


def _respective(targets: list[Target]) -> list[Target]:
    """Values a line gives "respectively" after others ("…; hình thành 1 tổ chức trung gian. Đến năm 2030, các chỉ số
    tương ứng là: 10%; 10%; 10-20%; 10% và 2 tổ chức"): each is the indicator of the one in its place before."""
    respective = {text: bool(_RESPECTIVE.search(text)) for text in {t.text for t in targets}}  # a clause each
    start = next((i for i, t in enumerate(targets) if respective[t.text]), None)
    if not start or len(targets) - start > start:
        return targets
    earlier = targets[2 * start - len(targets): start]
    for target, before in zip(targets[start:], earlier, strict=True):
        target.indicator = before.indicator
        if target.unit.startswith("%") == before.unit.startswith("%") and target.unit[:1] == before.unit[:1]:
            target.unit = before.unit  # "10%" of a yearly rate: "%/năm"; "2 tổ chức" of "tổ chức trung gian"
    return targets


def _own_year_after(text: str, end: int, unit: str) -> re.Match | None:
    """The year printed right after a value (and its counted noun): "30% năm 2025", "20 doanh nghiệp (năm 2030)"."""
    rest = text[end:]
    if not unit.startswith("%") and rest.lstrip().startswith(unit):
        end += len(rest) - len(rest.lstrip()) + len(unit)
    return _OWN_YEAR_AFTER.match(text, end)


_ONLY_VERB = re.compile(r"(?:tăng|giảm|đạt|chiếm)(?:\s+(?:trung bình|bình quân))?", re.IGNORECASE)


def _named_before(found: list[Target]) -> list[Target]:
    """A line's target without words of its own, or only its counted noun, measures what the one before it does:
    "(năm 2025: 30%; năm 2030: 50%)", "… có 05 sản phẩm được cấp giấy chứng nhận nhãn hiệu; đến năm 2030 có 10 sản
    phẩm", or only its verb: "… tăng bình quân 10%/năm giai đoạn 2021-2025, tăng bình quân 15%/năm giai đoạn
    2026-2030", "… đạt 25% vào năm 2025; đạt 40% vào năm 2030", or by pointing at it: "…; đến năm 2030 tỷ lệ này đạt
    90%"."""
    for before, target in zip(found, found[1:], strict=False):
        bare = (target.indicator.casefold() == f"số {target.unit}".casefold() or _THIS_ONE.fullmatch(target.indicator)
                or _ONLY_VERB.fullmatch(target.indicator)) and target.unit == before.unit
        if not any(c.isalpha() for c in target.indicator) or bare:  # none, or "…: 50)": a bracket's end
            target.indicator = before.indicator
    return found


def _dated_clauses(line: Line) -> list[tuple[Clause, str | None, str | None]]:
    """A line's clauses with their own period and the one an earlier clause of the line gave ("Đến năm 2025, tỷ lệ …
    đạt 30%; có ít nhất 05 tổ chức …": both 2025)."""
    out: list[tuple[Clause, str | None, str | None]] = []
    period = None
    for clause in clauses(line):
        own = own_period(clause.text)
        out.append((clause, own, period))
        period = period if own == "Hàng năm" else own or period  # how often one is met dates no other
    return out


def _line_targets(clause: Clause, own: str | None, carried: str | None, strict: bool) -> list[Target]:
    """A clause's targets, each with its own period, else the clause's, else the one carried from before; the
    clause's is not an earlier value's where it labels a later one ("Tỷ lệ … đạt 30%, đến năm 2030 đạt 50%")."""
    found = quantities(clause, strict=strict)
    for i, target in enumerate(found):
        later = own is not None and any(t.period == own for t in found[i + 1:])
        target.period = target.period or (carried if later else own or carried)
    return found


def _fill_periods(results: list[tuple[Target, str | None]], plan_end: int | None, issued: int | None) -> None:
    """A target without its own period takes its heading's, else the next stated one, else the last; "Hàng năm"
    ("Mỗi năm hỗ trợ 02 doanh nghiệp") is how often, said of its own target only, no period for the others, and a
    year before the document ("Năm 2024, toàn tỉnh có 30 doanh nghiệp" in a news item of 2025) a result's."""
    dated = [(t.period if t.period != "Hàng năm" and not is_past(t.period, issued) else None, h) for t, h in results]
    for i, (target, heading) in enumerate(results):
        if target.period:
            continue
        if heading:
            target.period = heading
            continue
        ahead = next((period for period, h in dated[i + 1:] if period and not h), None)
        behind = next((period for period, h in reversed(dated[:i]) if period and not h), None)
        target.period = ahead or behind or (str(plan_end) if plan_end else None)


_CELL_VALUE = re.compile(
    rf"^(?P<cmp>[^\d]*?)\s*(?P<v>{NUMBER})\s*(?P<p1>%)?(?:\s*[-–]\s*(?P<vmax>{NUMBER})\s*(?P<p2>%)?)?\s*(?P<rest>.*)$")


_SHARE = re.compile(r"(?:tỷ|tỉ)\s+(?:lệ|trọng)\s", re.IGNORECASE)  # a share, its bare number a percentage
# a unit in brackets after a table's indicator, in small letters (not "(TFP)"): "Tỷ trọng kinh tế số trong GRDP (%)",
# "Số doanh nghiệp (doanh nghiệp)", "(người/vạn dân)"
_UNIT_IN_BRACKETS = re.compile(r"\s*\((%(?:/năm)?|[a-zà-ỹđ][^\W\d]*(?: [^\W\d]+)?(?:/[^\W\d]+(?: [^\W\d]+)?)?)\)$")


def table_targets(tables: list[Table]) -> list[Target]:
    """The targets of indicator tables ("Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030"): one a row and column of
    values, its period the column's."""
    targets: list[Target] = []
    for table in tables:
        periods = [c for c in table.columns if c.startswith("period:")]
        if "indicator" not in table.columns or not periods:
            continue
        numbers = [row.number for row in table.rows]
        for row in table.rows:
            indicator = re.sub(r"\s+", " ", row.text("indicator")).strip(" .:")
            if not indicator or not row.number[0].isdigit() or any(n.startswith(row.number + ".") for n in numbers):
                continue  # a group heading
            unit = row.text("unit")
            if not unit.strip() and (bracket := _UNIT_IN_BRACKETS.search(indicator)):
                indicator, unit = indicator[: bracket.start()].strip(), bracket.group(1)  # "Tỷ trọng … (%)"
            elif not unit.strip() and _SHARE.match(indicator):
                unit = "%"  # a share's bare number: "Tỷ lệ … | 80"
            for column in periods:
                target = _table_value(row.text(column), indicator, unit, column.removeprefix("period:"))
                if target:
                    target.span = (row.start, row.end)
                    targets.append(target)
    return targets


def _table_value(cell: str, indicator: str, unit: str, period: str) -> Target | None:
    m = _CELL_VALUE.match(cell.strip())
    after = m.group("rest").strip(" .").casefold() if m else ""
    if not m or after not in ("", "trở lên", "trở xuống"):  # text, or a number with words after it: no value
        return None
    words = m.group("cmp").strip()  # the words before the number, as in prose, or a sign; "70% trở lên" after it
    comparator = (">=" if words[-1:] in ("≥", ">") or _AT_LEAST.search(words) or after == "trở lên" or (
                      _FROM.search(words) and not m.group("vmax"))  # "từ 3 - 5" is a range, as in prose
                  else "<=" if words[-1:] in ("≤", "<") or _AT_MOST.search(words) or after == "trở xuống"
                  else "~" if words[-1:] == "~" or _ABOUT.search(words) else "=")
    unit = "%" if m.group("p1") or m.group("p2") else re.sub(r"\s+", " ", unit).strip()
    if not unit:
        return None
    if (share := unit.find("%")) > 0:  # "Tỷ lệ %", "Tỷ lệ (%)", "Tỷ trọng %/năm": a share, whatever names it
        unit = unit[share:].rstrip(")").strip()
    unit = unit if unit.startswith("%") else _lower_first(unit)  # "Doanh nghiệp" -> "doanh nghiệp", "DN" as it is
    value_max = parse_number(m.group("vmax")) if m.group("vmax") else None
    stated = cell.strip() if m.group("p1") or m.group("p2") else \
        f"{cell.strip()}{unit}" if unit.startswith("%") else f"{cell.strip()} {unit}"  # "12" + "%": "12%"
    return Target(text=f"{indicator} ({period}): {stated}", indicator=indicator, value=parse_number(m.group("v")),
                  value_max=value_max, unit=unit, comparator=comparator, period=period,
                  national_indicator=national_indicator(indicator, unit))
