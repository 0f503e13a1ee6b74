"""The shape of a page: its lines, what is page furniture, the section outline.

A ``Line`` keeps its offset into the normalised text so every record can
point back to the exact source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import starts_with_agency
from .text import PAGE_DATE_TIME, PAGE_DATELINE, PAGE_POSTED


@dataclass(frozen=True)
class Line:
    text: str
    start: int
    index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(Line(raw, offset, i))
        offset += len(raw) + 1
    return lines


# --- page furniture -------------------------------------------------------

_DOC_WORDS = (
    r"Luật|Bộ luật|Kế hoạch|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công văn|Kết luận|"
    r"Chương trình|Đề án|Văn bản|Hướng dẫn|Thông báo|Pháp lệnh|Lệnh"
)
_RELATED_DOC = re.compile(rf"^(?:-\s*)?\d{{1,3}}\s+(?:{_DOC_WORDS})\s")
_TAIL_MARKERS = re.compile(
    r"^(?:HIỆU LỰC VĂN BẢN|Thống kê truy cập|Tải văn bản|Văn bản liên quan|Văn bản gốc|Bài viết liên quan|"
    r"Tin liên quan|Các tin khác|Tin khác|Tin cùng chuyên mục|Bình luận|Chia sẻ|Thuộc tính văn bản|Lược đồ|"
    r"Tags|Từ khóa|Từ khoá|Ý kiến bạn đọc|Gửi bình luận|Xem thêm|Đọc thêm|"
    r"Tình trạng hiệu lực|Văn bản (?:được |bị )?(?:hướng dẫn|hợp nhất|thay thế|sửa đổi|đính chính|căn cứ|dẫn chiếu|"
    r"tiếng Anh|cùng nội dung)\s*:?$)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"^(?:Lượt xem|Đang online|Hôm nay|Trong tuần|Tất cả|Ngày đăng|Cập nhật|In bài|Lượt truy cập)\s*:"
    r"|^Trang chủ\s*[>»/]"  # "Trang chủ > Tin tức > …", the site's breadcrumbs
    rf"|^{PAGE_DATELINE}"  # "Thứ Hai, 12/05/2025 - 09:30"
    rf"|^{PAGE_POSTED}"  # "Cập nhật lúc 09:20, Thứ Tư, 16/04/2025"
    r"|^(?:Đăng ngày|Ngày cập nhật|Thời gian đăng)\b"
    # a page's date and time on their own ("12/05/2025 09:30"; a date alone may be a table's cell)
    rf"|^{PAGE_DATE_TIME}(?::\d{{2}})?(?:\s*(?:AM|PM|GMT\s*[+-]?\d*))?\s*$",
    re.IGNORECASE,
)
_SHARING = re.compile(r"^(?:Chia sẻ|Bình luận|In bài|Gửi bài|Lưu bài|Facebook|Zalo|Twitter)\s*:?\s*$", re.IGNORECASE)
_HEADER_START = re.compile(
    r"^(?:\|\s*)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|TỈNH ỦY|TỈNH UỶ|"
    r"BAN (?:CHẤP HÀNH|CHỈ ĐẠO|THƯỜNG VỤ|TUYÊN GIÁO|DÂN VẬN|TỔ CHỨC|KINH TẾ|NỘI CHÍNH|QUẢN LÝ)|"  # no "BAN BIÊN TẬP"
    r"ĐẢNG BỘ|SỞ |BỘ |CHÍNH PHỦ|THỦ TƯỚNG|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)"
)


def body_lines(lines: list[Line]) -> list[Line]:
    """Drop what the website put around the document: related-document lists, counters, footers."""
    start = 0
    for line in lines[: max(40, len(lines) // 3)]:
        if _HEADER_START.match(line.text) and not any(c.islower() for c in " ".join(line.text.split()[:3])):
            # not "UBND tỉnh giao Sở …" in a report
            start = line.index
            break
    kept: list[Line] = []
    for line in lines[start:]:
        if _SHARING.match(line.text) and len([k for k in kept if k.text.strip()]) <= 2:
            continue  # a news item's share buttons under its headline (and author), before its text
        if _TAIL_MARKERS.match(line.text):
            break
        if _RELATED_DOC.match(line.text) or _NOISE.match(line.text):
            continue
        kept.append(line)
    return kept


def published_year(lines: list[Line]) -> int | None:
    """The year a web page says it was posted ("Thứ Hai, 14/04/2025 08:15", "Ngày đăng: 12/02/2025"): the present of
    a news item that does not date the plan it reports."""
    for line in lines[:15]:
        if _NOISE.match(line.text) and (posted := re.search(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d{2})\b", line.text)):
            return int(posted.group(1))
    return None


# --- section outline -------------------------------------------------------

_ROMAN = re.compile(r"^([IVXLC]{1,6})\.\s+(.+)$")
# "1.", "2.1.", "3" and, in some plans, "1)" (a level down where "1." items are open)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(?:\.|(?<=\d)(\)))?\s+(?![|])(.+)$")
# "II.1.", "III.2.1": a section numbered with its part's roman number
_ROMAN_NUMBERED = re.compile(r"^([IVXLC]{1,6})\.(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+)$")
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\s*:?\s*$|^PHỤ LỤC\b")


@dataclass
class Section:
    """A numbered heading and what stands under it until the next heading of its rank or above."""

    number: str  # "III", "2", "4.1.1"
    heading: Line
    title: str
    path: tuple[str, ...] = ()
    lines: list[Line] = field(default_factory=list)  # its own text, not its children's
    children: list[Section] = field(default_factory=list)

    @property
    def roman(self) -> str:
        return self.path[0] if self.path else self.number

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def all_lines(self) -> list[Line]:
        out = list(self.lines)
        for child in self.children:
            out.append(child.heading)
            out.extend(child.all_lines())
        return sorted(out, key=lambda line: line.start)


def _roman_value(roman: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(roman, roman[1:] + " ", strict=False):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


_PART_NAMES = re.compile(r"^(?:mục đích|mục tiêu|nhiệm vụ|giải pháp|tổ chức thực hiện|kinh phí|các nhiệm vụ)",
                         re.IGNORECASE)


def _part_heading(text: str) -> re.Match | None:
    """'2. NHIỆM VỤ VÀ GIẢI PHÁP' or '3. Tổ chức thực hiện': the top level of a plan without roman parts."""
    m = re.match(r"^(\d{1,2})\.\s+(.+)$", text)
    if not m:
        return None
    letters = [c for c in m.group(2) if c.isalpha()]
    return m if (letters and all(c.isupper() for c in letters)) or _PART_NAMES.match(m.group(2)) else None


_ARTICLE = re.compile(r"^Điều\s+(\d{1,2})\s*[.:]\s*(\S.+)$")


def _article_part(text: str) -> re.Match | None:
    """'Điều 2. Nhiệm vụ và giải pháp': a part of a resolution or decision written in articles."""
    m = _ARTICLE.match(text)
    return m if m and _PART_NAMES.match(m.group(2)) else None


_LETTERED = re.compile(r"^([A-H])\.\s+(\S.+)$")  # "A. NHIỆM VỤ TRỌNG TÂM", "B. Giải pháp": groups of a roman part


def _letter_part(text: str) -> re.Match | None:
    """'A. MỤC ĐÍCH, YÊU CẦU', 'C. NHIỆM VỤ VÀ GIẢI PHÁP': in capitals, a part of a plan whose parts are lettered."""
    m = _LETTERED.match(text)
    return m if m and m.group(2).isupper() else None


def _letter_parts(lines: list[Line]) -> bool:
    """A plan whose parts are lettered: two part headings in capitals, the first before any roman heading (lettered
    groups inside a roman part come after it)."""
    parts = [line.index for line in lines if (m := _letter_part(line.text)) and _PART_NAMES.match(m.group(2))]
    first_roman = next((line.index for line in lines if _ROMAN.match(line.text)), None)
    return len(parts) >= 2 and (first_roman is None or parts[0] < first_roman)


def _next_letter(top: Section) -> str:
    """The letter a roman part's next lettered group must have: A first, then the one after the last."""
    letters = [child.number for child in top.children if child.number.isalpha()]
    return chr(ord(letters[-1]) + 1) if letters else "A"


_TOP_ITEM = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")  # "2. Mục tiêu cụ thể", not "2.1"
_HEADER_NUMBER = re.compile(r"\bSố\s*:\s*\d")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


# a count or share in an item's opening words: "Phát triển 02 tổ chức trung gian", "đạt 30%" (not a year, a date or
# a document's number)
_QUANTITY_WORDS = re.compile(r"(?<![\d/.,-])\d{1,3}(?:[.,]\d+)?(?![\d/,-]|\.\d)")


def _unprinted_parts(lines: list[Line]) -> dict[int, str]:
    """A plan whose site dropped its bold lines (the roman part headings with the type line and the title): its
    numbered items start from 1 again in each part. The line each run starts at, with the name of its part: from its
    items where they tell (MỤC ĐÍCH, MỤC TIÊU, KINH PHÍ, TỔ CHỨC THỰC HIỆN where agencies head them), else from the
    order plans keep (purpose, targets, tasks, then budget and who does what). Empty for a plan whose parts are
    printed."""
    runs: list[list[tuple[Line, str]]] = []  # each item's line and its text, up to the next item
    articles: set[int] = set()  # the runs an article heads ("Điều 1. Phạm vi điều chỉnh" / "1. …"): its own items
    article_at: int | None = None
    for line in lines:
        if _APPENDIX.match(line.text):
            break
        if _ARTICLE.match(line.text):
            article_at = line.index
        elif item := _TOP_ITEM.match(line.text):
            if item.group(1) == "1" or not runs:
                runs.append([])
                if article_at is not None and line.index - article_at <= 3:
                    articles.add(len(runs) - 1)
            runs[-1].append((line, item.group(2)))
        elif runs:
            item_line, text = runs[-1][-1]
            runs[-1][-1] = (item_line, f"{text} {line.text}")
    runs = [run for i, run in enumerate(runs) if i not in articles]
    if len(runs) < 2 or any(_part_heading(line.text) and line.text.isupper() for line in lines) \
            or not any(_HEADER_NUMBER.search(line.text) for line in lines[:20]):
        return {}  # parts printed in capitals, or no document's header ("Số: 2629/KH-UBND"): a news item's lists
    names = [_named_by_items([_TOP_ITEM.match(line.text).group(2) for line, _ in run]) for run in runs]
    if len(runs) < 3 and "TỔ CHỨC THỰC HIỆN" not in names:
        return {}  # two lists of a news item, not the parts of a plan
    last = next((i for i, name in enumerate(names) if name in ("KINH PHÍ", "TỔ CHỨC THỰC HIỆN")), len(runs))
    unnamed = [i for i in range(last) if not names[i]]
    if unnamed:
        names[unnamed.pop()] = "NHIỆM VỤ"
    if unnamed and "MỤC TIÊU" not in names and (unnamed[-1] > 0 or _counts(runs[unnamed[-1]])):
        names[unnamed.pop()] = "MỤC TIÊU"
    for i in unnamed:
        names[i] = "MỤC ĐÍCH, YÊU CẦU"
    return {run[0][0].index: name for run, name in zip(runs, names, strict=True)}


def _named_by_items(titles: list[str]) -> str:
    if any(re.match(r"(?:mục đích|yêu cầu)\b", t, re.IGNORECASE) for t in titles):
        return "MỤC ĐÍCH, YÊU CẦU"
    if any(re.match(r"(?:các\s+)?(?:mục tiêu|chỉ tiêu)\b", t, re.IGNORECASE) for t in titles):
        return "MỤC TIÊU"
    if sum(starts_with_agency(t) for t in titles) * 2 > len(titles):
        return "TỔ CHỨC THỰC HIỆN"
    if sum(bool(re.search(r"kinh phí|nguồn vốn", t, re.IGNORECASE)) for t in titles) * 2 >= len(titles):
        return "KINH PHÍ"
    return ""


def _counts(run: list[tuple[Line, str]]) -> bool:
    """Whether most items of a run open with a count or a share, as targets do."""
    return sum(bool(_QUANTITY_WORDS.search(text[:200])) for _, text in run) * 5 >= len(run) * 2


# "Phần thứ ba", "PHẦN II", "Phần 3: TỔ CHỨC THỰC HIỆN", "Phần III: Tổ chức thực hiện": a part of a scheme or of a
# plan that reports first
_PART_WORD = re.compile(r"^(?i:PHẦN)\s+(?:(?i:THỨ)\s+(?i:(NHẤT|HAI|BA|TƯ|NĂM|SÁU))|([IVX]{1,4}|\d))"
                        r"\s*([:.–-]?)\s*(.*)$")
_PART_ORDINALS = {"NHẤT": "I", "HAI": "II", "BA": "III", "TƯ": "IV", "NĂM": "V", "SÁU": "VI"}


def _named_parts(lines: list[Line]) -> dict[int, tuple[str, str, int | None]]:
    """The "Phần …" headings by line index, with their roman number, title (on the line or the next, in capitals)
    and the title's line index. One whose own sections are roman ("Phần thứ hai" / "MỤC TIÊU, NHIỆM VỤ" / "I. MỤC
    TIÊU") only ends the part before it; one without ("Phần thứ ba" / "TỔ CHỨC THỰC HIỆN" / "1. Sở …") is a part."""
    parts: dict[int, tuple[str, str, int | None]] = {}
    for i, line in enumerate(lines):
        m = _PART_WORD.match(line.text.strip())
        if not m or m.group(4) and not (m.group(4).isupper() or m.group(3) and m.group(4)[0].isupper()):
            continue  # a title in capitals, after a mark ("Phần I: Kết quả …") or none: "Phần 1 của Đề án …" is text
        word = (m.group(1) or m.group(2)).upper()
        number = _PART_ORDINALS.get(word) or (_ROMANS[int(word) - 1] if word.isdigit() and word != "0" else word)
        title, title_index = m.group(4).strip(), None
        following = [later for later in lines[i + 1:i + 4] if later.text.strip()]  # past a blank line or two
        if not title and following and following[0].text.isupper():
            title, title_index = following[0].text.strip(), following[0].index
        parts[line.index] = (number, title, title_index)
    return parts


def outline(lines: list[Line]) -> list[Section]:
    """Roman sections of the body (or, in a plan without them, its numbered parts: MỤC TIÊU, NHIỆM VỤ ...; in a
    plan whose parts are lettered, those, with their roman groups), each with its numbered sub-sections; stops at an
    appendix."""
    tops: list[Section] = []
    stack: list[Section] = []
    letter_parts = _letter_parts(lines)
    named_parts = _named_parts(lines)  # "Phần thứ hai": the parts, whatever their sections are numbered
    arabic_parts = not letter_parts and not named_parts and not any(_ROMAN.match(line.text) for line in lines)
    # a resolution in articles whose articles are its parts ("Điều 1. Mục tiêu …", "Điều 2. Nhiệm vụ …"), each
    # numbering its items from 1 again: the article's number heads their paths ("body:2.1")
    # (one such article alone, "Điều 3. Tổ chức thực hiện" in a resolution on a policy, where no numbered part
    # heading says the parts are a plan's under a decision's articles)
    articles = sum(1 for line in lines if _article_part(line.text))
    article_parts = arabic_parts and (articles >= 2 or articles == 1 and not any(
        _part_heading(line.text) for line in lines))
    unprinted = _unprinted_parts(lines) if arabic_parts and not article_parts else {}
    part_titles = {title_index for _, _, title_index in named_parts.values()}
    for i, line in enumerate(lines):
        text = line.text
        if _APPENDIX.match(text):
            break
        if line.index in part_titles:
            continue
        if line.index in named_parts:
            number, title, title_index = named_parts[line.index]
            stack = []
            after = [later for later in lines[i + 1:] if later.text.strip() and later.index != title_index][:1]
            if title and not any(_ROMAN.match(later.text) for later in after):
                tops.append(Section(number, line, title, (number,)))
                stack = [tops[-1]]
            continue
        if line.index in unprinted:  # a part whose heading the site dropped: named by its items, at the first one
            number = _ROMANS[min(len(tops), len(_ROMANS) - 1)]
            tops.append(Section(number, Line("", line.start, line.index), unprinted[line.index], (number,)))
            stack = [tops[-1]]
        # an article that is no part ("Điều 4. Hiệu lực") ends one; after parts inside a decision's first article
        # ("1. Mục tiêu" or "I. MỤC TIÊU" …), a later article may be a part of its own ("Điều 2. Tổ chức thực hiện")
        if _ARTICLE.match(text) and (article_parts or tops and not letter_parts):
            stack = []
            if part := _article_part(text):
                section = Section(f"Điều {part.group(1)}", line, part.group(2).strip(), (part.group(1),))
                tops.append(section)
                stack = [section]
            continue
        part = _part_heading(text) if arabic_parts and not article_parts and not unprinted else \
            _letter_part(text) if letter_parts else None
        if part:
            section = Section(part.group(1), line, part.group(2).strip(), (part.group(1),))
            tops.append(section)
            stack = [section]
            continue
        roman = _ROMAN.match(text)
        if roman and letter_parts and stack:  # "C. NHIỆM VỤ VÀ GIẢI PHÁP" / "I. Đổi mới cơ chế …": a group of the part
            section = Section(roman.group(1), line, roman.group(2).strip(), (stack[0].number, roman.group(1)))
            stack[0].children.append(section)
            stack = [stack[0], section]
            continue
        if roman and (not tops or _roman_value(roman.group(1)) in (1, _roman_value(tops[-1].number) + 1)):
            section = Section(roman.group(1), line, roman.group(2).strip(), (roman.group(1),))
            tops.append(section)
            stack = [section]
            continue
        lettered = _LETTERED.match(text)
        if lettered and stack and stack[0].number.isalpha() and lettered.group(1) == _next_letter(stack[0]):
            section = Section(lettered.group(1), line, lettered.group(2).strip(), (stack[0].number, lettered.group(1)))
            stack[0].children.append(section)
            stack = [stack[0], section]
            continue
        if (under_roman := _ROMAN_NUMBERED.match(text)) and stack and under_roman.group(1) == stack[0].number:
            text = f"{under_roman.group(2)}. {under_roman.group(3)}"  # "II.1. Hoàn thiện thể chế" under "II."
        numbered = _NUMBERED.match(text)
        base = 2 if len(stack) > 1 and stack[1].number.isalpha() else 1
        if numbered and numbered.group(2) and any(  # "1)" under an open "1.": an item of its text
                open_.number.count(".") == numbered.group(1).count(".") and not _NUMBERED.match(open_.heading.text)[2]
                for open_ in stack[base:]):
            numbered = None
        if numbered and stack and int(numbered.group(1).split(".")[0]) < 60:
            number = numbered.group(1)
            # "1.2" goes under "1" when "1" is open; when "5." is missing, "5.1" goes under the roman section (or
            # its lettered group)
            while len(stack) > base and not number.startswith(stack[-1].number + "."):
                stack.pop()
            parent = stack[-1]
            # under a roman part the path is "III.1.2" ("III.A.1" in a lettered group); under a numbered part "2.1"
            # already names its part
            parent_path = stack[base - 1].path if not stack[0].number.isdigit() else ()
            section = Section(number, line, numbered.group(3).strip(), (*parent_path, *number.split(".")))
            parent.children.append(section)
            stack.append(section)
            continue
        if stack:
            stack[-1].lines.append(line)
    return tops


def find_section(tops: list[Section], pattern: str) -> Section | None:
    """The first roman section whose title matches pattern (case-insensitive)."""
    regex = re.compile(pattern, re.IGNORECASE)
    for section in tops:
        if regex.search(section.title):
            return section
    return None
