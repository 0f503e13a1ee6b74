"""Decode and normalise a page's text, and repair lines that were hard-wrapped.

Everything downstream (offsets, quotes, provenance) refers to the text this
module returns, so it is the one definition of "the normalised source".
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from statistics import quantiles

from .agencies import starts_with_agency
from .columns import ROW_NUMBER_TEXT, laid_out_tables
from .lexicon import doc_type_pattern, law_name_pattern, name_word_pairs, province_pattern, tone_free_key

VIETNAMESE_LETTERS = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


class UnreadableInput(ValueError):
    """Input that is not a readable Vietnamese text; the message says why."""


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by its zero bytes),
    or Windows-1258, the Vietnamese code page of older office files; anything else is refused."""
    if not data.strip():
        raise UnreadableInput("the file is empty")
    utf16 = _utf16_encoding(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise UnreadableInput(f"broken {utf16.upper()} text (a truncated or corrupt file)") from None
    if b"\x00" in data[:4096]:
        raise UnreadableInput("binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        text = _windows_1258(data)
        if text is None:
            raise UnreadableInput(
                f"not UTF-8 text (invalid byte at offset {err.start}), nor Windows-1258; save it as UTF-8"
            ) from None
    _refuse_markup(text)
    return text


def _utf16_encoding(data: bytes) -> str | None:
    """'utf-16' for text with a BOM; 'utf-16-le'/'-be' when nearly every other byte is zero (no BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd > 0.3 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


_PUNCTUATION = set("“”‘’–—…•·°§«»×±€")


def _windows_1258(data: bytes) -> str | None:
    """The text in Windows-1258 if it decodes to Vietnamese (tone marks combine), else None.

    Bytes of the older Vietnamese encodings (TCVN3, VNI) decode too, into symbols such as µ
    and ¸ among the letters: such text is refused rather than stored garbled.
    """
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    foreign = [c for c in text if ord(c) > 127]
    odd = sum(1 for c in foreign if c.lower() not in VIETNAMESE_LETTERS and c not in _PUNCTUATION)
    return text if foreign and odd <= 0.02 * len(foreign) else None


_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<\?xml\b)|<(?:body|div|p|table|script)\b[^>]*>", re.I)


def _refuse_markup(text: str) -> None:
    """HTML and JSON are not documents' text: say so rather than extract tags or keys."""
    head = text[:20_000]
    if _HTML.search(head) and head.count("<") > 10:
        raise UnreadableInput("an HTML page, not plain text: save the page's text (for example from the browser)")
    if head.lstrip().startswith(("{", "[")):
        try:
            json.loads(text)
        except ValueError:
            return
        raise UnreadableInput("JSON data, not the text of a document")


_VIETNAMESE_LETTER = re.compile(f"[{VIETNAMESE_LETTERS}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode's control characters (Cc), tab and newline aside


def check_vietnamese(text: str) -> None:
    """Refuse text that has no Vietnamese in it (an English page, a CSV of numbers...)."""
    lower = text.lower()
    letters = sum(map(str.isalpha, lower))
    if letters < 20:
        raise UnreadableInput("too little text to be a plan")
    if len(_VIETNAMESE_LETTER.findall(lower)) / letters < 0.03:
        raise UnreadableInput("the text is not Vietnamese (no Vietnamese letters)")
    if len(_CONTROL.findall(text)) > len(text) / 100:
        raise UnreadableInput("the text holds control characters: it looks binary")


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


# Characters that look like others and stand for them in texts typed with some fonts or word processors: the
# Icelandic Ð for Đ ("569/QÐ-TTg"), hyphens other than "-" (non-breaking, minus) inside document numbers, and soft
# hyphens and joiners that show nothing
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111",
                             "\u2010": "-", "\u2011": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
                             "\u00ad": None, "\u200c": None, "\u200d": None, "\u2060": None})  # invisible ones
_LOOKALIKE = re.compile("[" + "".join(chr(c) for c in _LOOKALIKES) + "]")


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# "I- MỤC TIÊU", "2- Hoàn thiện thể chế" (a party document's way of numbering its parts and sections), "I/ MỤC TIÊU"
_DASHED_NUMBER = re.compile(r"^([IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[-/](?=\s\S)", re.MULTILINE)
_SLASHED_LETTER = re.compile(r"^([a-hđ])/(?=\s\S)", re.MULTILINE)  # "a/ Giai đoạn 2021-2025": "a)"
# "Nhiệm vụ 1: Tổ chức Cuộc thi …", a task numbered by name: "1. Tổ chức Cuộc thi …"
_NAMED_NUMBER = re.compile(r"^(?:Nhiệm vụ|Giải pháp)\s+(\d{1,2})\s*[:.]\s+(?=\S)", re.MULTILINE)


# a page saved as Markdown: "## I. MỤC TIÊU", "**KẾ HOẠCH**", "* Sở Tài chính: …", "1\. …", "![](ảnh.jpg)"
_MARKDOWN = re.compile(r"^(?:#{1,6}[ \t]|\*[ \t]|!\[)|\*\*\S|\\[.\-*_#()]", re.MULTILINE)
_MARKDOWN_MARKS = (
    (re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE), ""),  # an image on its own line
    (re.compile(r"!?\[([^\]]*)\]\([^)\s]*\)"), r"\1"),  # a link (or an image) in a line: its words
    (re.compile(r"^#{1,6}[ \t]+", re.MULTILINE), ""),  # a heading's marks
    (re.compile(r"^[*][ \t]+", re.MULTILINE), "- "),  # a bullet (a star alone on its line is a party header's)
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__"), r"\1\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\w)([^*\n]+?)(?<=[\w.)])\*(?![\w*])"), r"\1"),  # italics, not "(*)"
    (re.compile(r"\\([.\-*_#()\[\]+!])"), r"\1"),  # an escaped character: "1\. Mục tiêu"
)


def _without_markdown(text: str) -> str:
    for pattern, replacement in _MARKDOWN_MARKS:
        text = pattern.sub(replacement, text)
    return text


def _tab_rows(lines: list[str]) -> list[str]:
    """Table rows whose cells a copy parted with tabs ("1\tXây dựng …\tSở KH&CN\t2025") as "|" rows. A line of two
    cells is a row only beside one of three or more (a group row, "I\tHoàn thiện thể chế"); alone it is a heading
    or a line indented with a tab, kept as it is. A page printed in columns (a PDF's text laid out as printed:
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …") has its columns parted as cells too."""
    lines = [_COLUMN_GAP.sub(" | ", line.strip(" \t\u00a0")) if _in_columns(line.strip(" \t\u00a0")) else line
             for line in lines]  # an indent of a tab and spaces ("\t     1. Giai đoạn …") is no column
    rows = [line.lstrip().rstrip(" ").split("\t") if "\t" in line else [line] for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    beside_row = {i for k, i in enumerate(filled) if len(rows[i]) == 2
                  and any(len(rows[j]) >= 3 for j in filled[max(k - 1, 0):k] + filled[k + 1:k + 2])}
    return [" | ".join(cell.strip() for cell in row) if len(row) >= 3 or i in beside_row else line
            for i, (row, line) in enumerate(zip(rows, lines, strict=True))]


_COLUMN_GAP = re.compile(r"[ \u00a0]{4,}")  # inside a line: wider than a justified line's spaces


def _in_columns(line: str) -> bool:
    """Wide gaps that part columns ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …"), fewer than the single spaces
    between the words of their cells; not a justified line stretched wide between every word ("Căn    cứ    Luật"),
    its gaps three or four spaces each ("3.    Hỗ    trợ   doanh   nghiệp"), none single."""
    if not _COLUMN_GAP.search(line):
        return False
    gaps = [len(gap) for gap in re.findall(r"[ \u00a0]+", line)]
    return 2 * sum(1 for gap in gaps if gap >= 4) < len(gaps) and 1 in gaps


def normalise(text: str) -> str:
    """NFC, one Đ and one hyphen, one kind of line end, single spaces, no BOM, lines stripped, no page numbers,
    headings numbered "I." and "1." (also where a party document prints "I-", "1-", or a page "I/", "1/"), items
    lettered "a)" (also where a page prints "a/"), tasks numbered by name ("Nhiệm vụ 1: …") as "1. …", table rows
    parted by tabs as "|" rows, no Markdown marks."""
    if _ENTITY.search(text):  # "Sở Khoa học v&agrave; C&ocirc;ng nghệ": a page's text copied with its entities
        text = html.unescape(text)
    if _MARKDOWN.search(text):
        text = _without_markdown(text)
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    if _LOOKALIKE.search(text):  # rare: a search costs a tenth of a translation
        text = text.translate(_LOOKALIKES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\f", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in _tab_rows(laid_out_tables(text.split("\n")))]
    text = _DASHED_NUMBER.sub(r"\1.", _without_footnote_marks("\n".join(_without_page_numbers(lines))))
    return _NAMED_NUMBER.sub(r"\1. ", _SLASHED_LETTER.sub(r"\1)", text))


def _without_page_numbers(lines: list[str]) -> list[str]:
    """A page number between two pages of a printed text ("Trang 3/12") is furniture, and so are the blank lines
    around it, unless the page sets its paragraphs apart by blank lines: then one stays (a sentence or a table cut by
    the page reads whole)."""
    if not any(_PAGE_NUMBER.match(line) for line in lines):
        return lines
    spaced = sum(1 for line in lines if not line) > 0.2 * len(lines)
    kept: list[str] = []
    after_page = False
    for line in lines:
        if _PAGE_NUMBER.match(line):
            while kept and not kept[-1]:
                kept.pop()
            kept += [""] if spaced else []
            after_page = True
        elif line or not after_page:
            kept.append(line)
            after_page = False
    return kept


def _without_footnote_marks(text: str) -> str:
    """A footnote's mark is no part of the word it follows: "của Bộ Chính trị[1]," as a web page prints it, "Bộ
    Chính trị1," as a PDF's text does, where a line below gives the footnote, "1 Nghị quyết số …", which then reads
    "[1] Nghị quyết số …", no section numbered 1 and no number that goes on the line above. A unit keeps its
    power ("500 m2")."""
    if "[" in text:  # glued to what it follows: "trị[1]", "2025.[2]"; not "[1] Nghị quyết …" opening a line
        text = _BRACKET_MARK.sub(lambda m: m.group(0) if text[m.start() - 1: m.start()] in _BEFORE_NO_MARK else "",
                                 text)
    notes = set(_FOOTNOTE_LINE.findall(text))
    if not notes:
        return text
    marked: set[str] = set()

    def unmark(m: re.Match) -> str:
        if m.group(2) not in notes or m.group(1).lower() in _UNITS_WITH_POWERS:
            return m.group(0)
        marked.add(m.group(2))
        return m.group(1)

    text = _GLUED_MARK.sub(unmark, text)
    return _FOOTNOTE_LINE.sub(lambda m: f"[{m.group(1)}] " if m.group(1) in marked else m.group(0), text)


_BRACKET_MARK = re.compile(r"\[\d{1,3}\]")
_BEFORE_NO_MARK = {"", " ", "\n", "\t", "[", "(", "|"}
_GLUED_MARK = re.compile(r"\b([a-zà-ỹđ]+)(\d{1,2})(?=[,.;:)]?(?:\s|$))")  # "trị1,", "tỉnh2."
_FOOTNOTE_LINE = re.compile(r"^(\d{1,2}) +(?=[A-ZĐÀ-Ỹ])", re.MULTILINE)
_UNITS_WITH_POWERS = {"m", "km", "cm", "mm", "dm", "hm"}


_PAGE_NUMBER = re.compile(r"^(?:(?:Trang|Page)\s+\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–])$",
                          re.IGNORECASE)


# --- wrapped-line repair -------------------------------------------------

# A line that starts one of these begins a new paragraph, never continues one.
_BLOCK_START = re.compile(
    r"""^(?:
        [IVXLC]{1,6}\.\s                       # I. II.  roman headings
      | \d{1,2}(?:\.\d{1,2})+\.?\s             # 1.1 / 1.1. / 4.1.1
      | \d{1,2}[.)]\s                          # 1. 1)
      | [a-zđ][).]\s                           # a) a.
      | (?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\.$  # "II." or "1." on a line of its own, its heading below
      | [-–•+*]\s?                             # bullets
      | \|                                     # table cell separators
      | [^|]{1,12}\s\|                         # a table row: "1 | ..." "TT | ..."
      | (?:S?TT|Số\ TT)\.?$                    # a table's first header cell, on its own line
      | (?:Căn\ cứ|Điều\ \d|Nơi\ nhận|PHỤ\ LỤC|Phụ\ lục|TM\.|KT\.|Q\.|\(Kèm|\(Ban\ hành\ kèm)
      | (?i:PHẦN)\ (?:(?i:THỨ)\ \w+|[IVX]{1,4}\b|\d\b)       # "Phần thứ nhất", "PHẦN II": a part
      | (?:QUYẾT\ ĐỊNH|KẾ\ HOẠCH|NGHỊ\ QUYẾT|CHƯƠNG\ TRÌNH|ĐỀ\ ÁN|CHỈ\ THỊ|CỘNG\ HÒA|CỘNG\ HOÀ|ĐẢNG\ CỘNG\ SẢN)\b
      | (?:ỦY|UỶ)\ BAN\ NHÂN\ DÂN|HỘI\ ĐỒNG\ NHÂN\ DÂN|CHỦ\ TỊCH|GIÁM\ ĐỐC|Số\s*:|Số\ \d{1,5}\s?[/-]
    )""",
    re.VERBOSE,
)
# Words that cannot end a line of prose (the sentence goes on), and words that
# cannot start a sentence (the line continues the one before).
_END_JOINERS = {
    "và", "hoặc", "của", "về", "các", "cho", "với", "tại", "theo", "trong", "trên", "đến", "từ", "để",
    "là", "có", "được", "những", "một", "ngày", "tháng", "năm", "sở", "bộ", "ủy", "uỷ", "cục",
}  # not "số": a number after it starts with a digit, which joins anyway; "… chuyển đổi số" ends a headline
_START_JOINERS = {"và", "hoặc", "của"}
# words a name follows: "Trung tâm" + "Ứng dụng tiến bộ …", "Đề nghị Tỉnh Đoàn, Hội" + "Liên hiệp Phụ nữ tỉnh …"
_NAME_HEADS = {"trung tâm", "văn phòng", "chi cục", "địa bàn"}  # "trên địa bàn" + "Thành phố."
_CAPITAL_HEADS = {"Hội", "Ban", "Báo", "Đài", "Viện", "Trường", "Luật"}  # capitalised: "xã hội" ends a phrase
# a task's labels ("Cơ quan chủ trì:", "Thời gian thực hiện:") start a line, capitalised ("thời gian tới: …" goes on
# a sentence); one with nothing after it goes on
_LABEL = re.compile(r"^[-–•+]?\s*(?:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Trách nhiệm|Thời gian|Thời hạn|Tiến độ|Sản phẩm|"
                    r"Kết quả)[^:.;]{0,25}:")
_EMPTY_LABEL = re.compile(_LABEL.pattern + r"\s*$")
_LABEL_AT_END = re.compile(r"[.;]\s+" + _LABEL.pattern[1:] + r"\s*$", re.IGNORECASE)  # after a sentence in the line
# a web page's line about itself, never part of a sentence: "Cập nhật: 10:35 | 12/02/2025", "Thứ Hai, 14/04/2025 08:15"
# (the day and the time a page was posted, also page furniture to `layout.body_lines`)
PAGE_DATELINE = r"(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật),?\s+\d{1,2}/\d{1,2}/\d{4}"  # "Thứ Hai, 12/05/2025"
PAGE_DATE_TIME = r"\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}"  # "12/05/2025 09:30"
# "Cập nhật lúc 09:20, Thứ Tư, 16/04/2025", "Đăng ngày 12/05/2025", "Xuất bản: 12/05/2025": when the page was posted
PAGE_POSTED = r"(?:Cập nhật|Đăng|Xuất bản)(?:\s+(?:vào\s+)?(?:lúc|ngày))?\s*:?\s*(?=\d|Thứ|Chủ nhật)"
# the path to a page: "Trang chủ > Tin tức > Khoa học", "Tin tức » Sự kiện » …"
_PAGE_PATH = r"Trang chủ\s*[>»›/]|[^>»›]{1,60}\s[>»›]\s[^>»›]{1,60}\s[>»›]\s"
_PAGE_LINE = re.compile(r"^(?:(?:Lượt xem|Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Thời gian đăng|Tác giả|"
                        rf"Lượt truy cập)\s*:|{PAGE_DATELINE}|{PAGE_DATE_TIME}|{PAGE_POSTED}|{_PAGE_PATH})",
                        re.IGNORECASE)
_TERMINAL = ".;:!?”\"')"
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&]+(?![a-zà-ỹđ])")  # "OCOP", "KH&CN", "UBND"
_BULLET = re.compile(r"^[-–•+]\s")
_PARTY_COMMITTEE = re.compile(r"^(?:Tỉnh|Thành) (?:ủy|uỷ)\b")
_PARTY_BOARD = re.compile(r"\bBan [^.;:,]*[^\W\d]$")


def is_caps(line: str) -> bool:
    """Written in capitals, as titles and headings are; a document number in it keeps its own case ("THỰC HIỆN
    QUYẾT ĐỊNH SỐ 569/QĐ-TTg")."""
    letters = [c for word in line.split() if not re.search(r"[\d/]", word) for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a page was hard-wrapped at, or None when its paragraphs are one line each. A table's row ("1 | … |
    …") is no wrapped prose: its length says nothing of the page's width."""
    lengths = [len(line) for line in lines if len(line) > 1 and "|" not in line]
    if len(lengths) < 20:
        return None
    p90 = quantiles(lengths, n=10)[-1]
    if p90 > 120 or sum(1 for n in lengths if n > p90 + 15) > len(lengths) * 0.03:
        return None
    return int(p90)


def _cites(line: str) -> bool:
    """Whether a line opens with a document cited by number ("Nghị quyết số 57-NQ/TW …") or a law by its whole name
    ("Luật Khoa học, công nghệ và đổi mới sáng tạo"), which a sentence goes on to far more often than a paragraph
    starts with."""
    if line.startswith("Luật ") and law_name_pattern().match(tone_free_key(line)):
        return True
    hit = doc_type_pattern().match(line)
    return bool(hit) and re.match(r"\s+(?:số\s*:?\s*)?\d", line[hit.end():]) is not None


# the authority that enacts, on its own line between a decision's title and its basis ("CHÍNH PHỦ", "BỘ TRƯỞNG BỘ
# KHOA HỌC VÀ CÔNG NGHỆ", "TRƯỞNG BAN CHỈ ĐẠO …"): no part of the title above it
ENACTING = re.compile(r"^(?:CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|BỘ TRƯỞNG BỘ\s.+|TRƯỞNG BAN\s.+)$")


def starts_block(line: str) -> bool:
    """A heading, list item, table separator or header line: never the rest of a sentence."""
    return bool(_BLOCK_START.match(line))


_MOTTO = re.compile(r"^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM)$")
# a header's names, which a narrow column breaks anywhere ("ỦY BAN NHÂN" + "DÂN |", a cell's end after it)
_HEADER_NAME = re.compile(r"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)\b")


_SPAN_END = re.compile(r"^[-–]\s*(?:19|20)\d{2}(?![\d:])")  # "- 2030", "- 2030, tầm nhìn …"; not "- 2025: …"
# a plan's opening, which no sentence goes on to in capitals: "… giai đoạn 2026 - 2030" (a title at the wrap width) +
# "Thực hiện Nghị quyết số 57-NQ/TW …"
_OPENING_WORDS = re.compile(r"^(?:Thực hiện|Để (?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá))\s")
_RULE = re.compile(r"^[-–_=*~.]{3,}$")  # "-----" under a header or title: it ends with a dash, and joins nothing
_RANGE_END = re.compile(r"^[-–]\s*\d{1,3}(?:,\d{1,2})?\s*(?:%|[a-zđ])")  # "- 1,5 tỷ đồng", "- 5%"
_RANGE_START = re.compile(r"\b(?:từ|đạt|khoảng|tăng|giảm|cho|hỗ trợ)\s+\d{1,3}(?:,\d{1,2})?$", re.IGNORECASE)


def _name_across(prev: str, line: str) -> bool:
    """A province's name the line break cut at its dash ("Bà Rịa" + "- Vũng Tàu")."""
    last = prev.rsplit(" ", 1)[-1]
    if not (last[:1].isupper() and last[-1:].isalpha()):  # a name's word ends the line, not ";" or "."
        return False
    tail = prev[-25:]
    name = province_pattern().search(f"{tail} {line[:25]}")
    return bool(name) and name.start() < len(tail) < name.end()


def _continues(prev: str, line: str, width: int | None) -> bool:
    if prev.startswith(("ỦY", "UỶ", "HỘI", "CỘNG")) and line and not _HEADER_NAME.match(prev) \
            and _HEADER_NAME.match(f"{prev} {line}"):
        return True
    if _BULLET.match(line) and ")" in line and prev.count("(") > prev.count(")"):  # "(…, Đài Phát thanh" + "-
        return True                                                # Truyền hình tỉnh; …)": no list item in brackets
    if _SPAN_END.match(line) and re.search(r"\b(?:19|20)\d{2}$", prev):  # "… giai đoạn 2024" + "- 2030": a span
        return True
    if _RANGE_END.match(line) and _RANGE_START.search(prev):  # "… kinh phí dự kiến từ 1" + "- 1,5 tỷ đồng": a range
        return True
    if _BULLET.match(line) and _name_across(prev, line):  # "… của Tỉnh ủy Bà Rịa" + "- Vũng Tàu thực hiện …"
        return True
    if not prev or not line or prev == "|" or _PAGE_LINE.match(line) or _PAGE_LINE.match(prev) or _RULE.match(prev):
        return False
    if starts_block(line) or _LABEL.match(line) or _OPENING_WORDS.match(line):
        # but a part cited: "… được giao tại" + "Phụ lục kèm theo.", "… quy định tại" + "Điều 4 Nghị định …"
        return bool(_CITED_PART.match(line)) and prev.rsplit(" ", 1)[-1].lower() in _PREPOSITIONS \
            and not is_caps(prev)
    first_word = line.split(" ", 1)[0]
    last_word = prev.rsplit(" ", 1)[-1].lower()
    last_two = " ".join(prev.rsplit(" ", 2)[-2:]).lower()
    if line[0].islower() or line[0] in ",;)%":  # "… đạt 10 - 20" + "%."
        return True
    if line[0] == "(" and line[1:2].islower() and not prev.endswith(tuple(_TERMINAL)):  # "Nghị quyết 57-NQ/TW" +
        return True                                                             # "(ngày 22/12/2024) của Bộ Chính trị"
    if re.match(r"(?:TP|Tp|TX)\.\s", line) and not prev.endswith(tuple(_TERMINAL)):  # "Trường Đại học Nông Lâm" +
        return True                                                                # "TP. Hồ Chí Minh - Phân hiệu …"
    if line[0].isdigit():  # a number or date carried to the next line ("số\n569/QĐ-TTg"), not a quantity under a
        return not (_NUMBERED_HEADING.match(prev) and is_caps(prev)  # heading ("I. MỤC TIÊU" / "100% hồ sơ …")
                    and last_word not in _END_JOINERS | {"số", "đoạn", "kỳ"} and not prev.endswith((",", "-", "–")))
    if first_word.lower() in _START_JOINERS or prev.endswith((",", "-", "–")):
        return True
    if (prev.rsplit(" ", 1)[-1], first_word.rstrip(_TERMINAL + ",")) in name_word_pairs():  # "Sở Công" + "Thương; …"
        return True
    if _cites(line) and not prev.endswith(tuple(_TERMINAL)) and not is_caps(prev):  # "4. Tuyên truyền, phổ biến"
        return True                                                               # + "Nghị quyết số 57-NQ/TW …"
    if prev.endswith(";") and width and len(prev) >= 0.75 * width and (
            _cites(line) or _LABEL.match(prev) and starts_with_agency(line)) and not is_caps(prev):
        return True  # "Thực hiện Quyết định số 696/QĐ-TTg …;" at the wrap width + "Nghị quyết số 41-NQ/TU …", "- Cơ
        # quan phối hợp: UBND các huyện, thị xã, thành phố;" + "Sở KH&ĐT.": a list
    if _PARTY_COMMITTEE.match(line) and _PARTY_BOARD.search(prev):  # "2. Ban Tuyên giáo và Dân vận" + "Tỉnh ủy …":
        return True                                                  # a board of the party committee, named whole
    if _ACRONYM.match(line) and _BULLET.match(prev) and not prev.endswith(tuple(_TERMINAL)):  # "- Không dưới 40%
        return True                                       # sản phẩm" + "OCOP được …": a list item is no heading
    if (last_word in _END_JOINERS or last_two in _NAME_HEADS or prev.rsplit(" ", 1)[-1] in _CAPITAL_HEADS) \
            and not prev.endswith(tuple(_TERMINAL)):
        return True
    if _EMPTY_LABEL.match(prev) or _LABEL_AT_END.search(prev):  # "- Thời gian thực hiện:" + "Năm 2025.", "…; cơ quan
        return True                                                     # phối hợp: Sở Tài chính. Thời gian:" + "Năm …"
    if last_word == "tỉnh" and province_pattern().match(line) and not re.match(r"[^,]{2,40},\s*ngày\b", line) \
            and len(prev.split()) > 4:  # not a site's section, "Tin trong tỉnh", over a headline
        return True  # "… trên địa bàn xã Tân Phú, tỉnh" + "Đồng Nai năm 2025 - 2026", not a place and date
    # a title or heading spread over lines, not past a cell's end nor the country's or the party's name; a sentence
    # in small letters starts after it
    if is_caps(prev) and not prev.endswith("|") and not _MOTTO.match(prev):
        enacting = ENACTING.match(line) and not re.search(r"\s(?:CỦA|TƯỚNG)$", prev)
        return is_caps(line) and not enacting
    short_end = len(line.split()) <= 3 and line.endswith(".")  # "Kế hoạch.": a sentence's last words, no heading's text
    if _NUMBERED_HEADING.match(prev) and line[0].isupper() and not (
            starts_with_agency(line) or _ACRONYM.match(line) or short_end):
        return False  # "2. Xây dựng cơ sở dữ liệu …" (near the wrap width) + "Đào tạo nguồn nhân lực …": its text,
        # under it; but "7. …, các cơ quan báo cáo" + "UBND tỉnh …" goes on
    return bool(width) and len(prev) >= 0.75 * width and not prev.endswith(tuple(_TERMINAL))


_NUMBERED_HEADING = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s")
# an agency that opens its own sentence: "Sở Khoa học và Công nghệ chủ trì, phối hợp …", unless asked to ("giao")
_AGENCY_ACTS = re.compile(r"^.{3,60}?\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|là cơ quan|tham mưu|"
                          r"lãnh đạo|chỉ đạo)\b")  # "Đảng ủy UBND tỉnh lãnh đạo …"; "Ban Chỉ đạo" is a name
_ASKING = {"giao", "nghị", "cầu"}  # "giao", "đề nghị", "yêu cầu" + "Sở … chủ trì"


def _agency_under_heading(heading: str, line: str) -> bool:
    """A numbered heading, on one line or wrapped over two ("3. Xây dựng hệ sinh thái …"), does not take the sentence
    under it that an agency opens ("Sở Khoa học và Công nghệ chủ trì, …"), at the wrap width or not. An agency's own
    heading goes on to its name's end ("2. Ban Tuyên giáo và Dân vận" + "Tỉnh ủy chủ trì …"), and so does a heading
    that asks or joins ("…, giao" / "… hợp tác xã và" + "Sở Tài chính chủ trì …")."""
    numbered = _NUMBERED_HEADING.match(heading)
    return bool(numbered) and not starts_with_agency(heading[numbered.end():]) and len(heading) < 200 \
        and not heading.endswith((*_TERMINAL, ",", "-", "–")) \
        and heading.rsplit(" ", 1)[-1].lower() not in _ASKING | _END_JOINERS and starts_with_agency(line) \
        and bool(_AGENCY_ACTS.match(line))


# a part of a document a sentence cites, which opens a block where it heads one ("Phụ lục I", "Phần II", "Điều 1. …")
_CITED_PART = re.compile(r"^(?:Phụ lục|Phần|Điều \d{1,3}(?![.\d]))")
_PREPOSITIONS = {"tại", "theo", "ở", "trong", "của", "và", "hoặc", "với"}


def _heading_goes_on(joined: str, prev: str, line: str) -> bool:
    """A numbered heading that ends in ';' or ',' or after one word is not over ("7. Báo" + "Bình Định")."""
    if not line or starts_block(line):
        return False
    heading = _NUMBERED_HEADING.match(joined)
    return bool(heading) and (prev.endswith((";", ",")) or len(joined[heading.end():].split()) == 1)


def _without_line_spacing(lines: list[str]) -> list[str]:
    """A page printed double-spaced (a blank line after every line, its sentences broken across them) without
    the blank lines, which here part lines, not paragraphs; a page whose blank lines part paragraphs as it is."""
    spaced = [lines[i + 2] for i in range(len(lines) - 2) if lines[i] and not lines[i + 1] and lines[i + 2]]
    going_on = sum(1 for line in spaced if line[0].islower() and not starts_block(line))
    if len(spaced) < 0.6 * sum(1 for line in lines if line) or going_on < 0.2 * len(spaced):
        return lines
    return [line for i, line in enumerate(lines) if line or not (0 < i < len(lines) - 1 and lines[i - 1]
                                                                 and lines[i + 1])]


_STACKED_TABLE_START = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)\.?$", re.IGNORECASE)
_TABLE_END = re.compile(r"^(?:PHỤ LỤC|Phụ lục|Nơi nhận|TM\.|KT\.|[IVX]+\.\s)")
_MARK_ALONE = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\.$")  # "II." / "NHIỆM VỤ": one heading
_ROW_NUMBER_LINE = re.compile(rf"^{ROW_NUMBER_TEXT}$")


def _rows_go_on(lines: list[str], i: int) -> bool:
    """Whether a table of one cell per line goes on past the blank line ``i``: a row's number within the next few
    lines (rows parted by blank lines, an empty cell left blank), not a paragraph after the table."""
    return any(_ROW_NUMBER_LINE.match(line) for line in list(filter(None, lines[i + 1: i + 24]))[:8])


def _cell_goes_on(prev: str, line: str, width: int | None) -> bool:
    """In a table of one cell per line on a hard-wrapped page, a cell that reached the wrap width goes on where the
    next line starts in small letters or the cell ends in a word or mark that joins ("… giai đoạn 2021 -" + "2030")."""
    if not width or len(prev) < 0.75 * width or not line:
        return False
    return line[0].islower() or prev.endswith(("-", "–", ",", "(")) or prev.rsplit(" ", 1)[-1] in _END_JOINERS


def _between_bars(lines: list[str]) -> list[bool]:
    """Which lines are a cell's text in a table printed one cell per line between "|" lines ("1" / "|" / "Xây
    dựng …" / "|" / "Sở KH&CN" / "|"): a "|" line a few lines before and a few after."""
    bars = [i for i, line in enumerate(lines) if line == "|"]
    marks = [False] * len(lines)
    for before, after in zip(bars, bars[1:], strict=False):
        if after - before <= 6:
            marks[before + 1: after] = [True] * (after - before - 1)
    return marks


def _in_stacked_tables(lines: list[str]) -> list[bool]:
    """Which lines stand in a table of one cell per line ("TT" / "Tên nhiệm vụ" / … / "1" / "Xây dựng …"): kept as
    they are, and no measure of the width the page's prose was wrapped at (its cells are wrapped narrower)."""
    marks: list[bool] = []
    in_table = False
    for i, line in enumerate(lines):
        if _STACKED_TABLE_START.match(line) and i + 1 < len(lines) and lines[i + 1] not in ("", "|"):
            in_table = True
        elif in_table and (not line and not _rows_go_on(lines, i) or _TABLE_END.match(line)):
            in_table = False
        marks.append(in_table)
    return marks


def repair_wrapped_lines(text: str) -> str:
    """Join lines that were broken inside a sentence; keep real line breaks.

    Blank lines, table separators and list or heading markers always start a
    new line. Other lines join the previous one when they start in lower case
    or with a number, when either side is a connecting word, or when the page
    is hard-wrapped and the previous line reached the wrap width.
    """
    lines = _without_line_spacing(text.split("\n"))
    in_tables = _in_stacked_tables(lines)
    cells = _between_bars(lines)
    width = _wrap_width([line for line, in_table, cell in zip(lines, in_tables, cells, strict=True)
                         if not (in_table or cell)]) or _wrap_width(lines)  # a short page's prose: too few lines
    out: list[str] = []
    prev_physical = ""
    for line, in_table in zip(lines, in_tables, strict=True):
        wrapped_cell = in_table and _cell_goes_on(prev_physical, line, width)
        marked = not in_table and _MARK_ALONE.match(prev_physical) and line and not starts_block(line)
        goes_on = not in_table and bool(out) and _continues(prev_physical, line, width) \
            and not _agency_under_heading(out[-1], line)
        if out and (wrapped_cell or marked or goes_on
                    or not in_table and _heading_goes_on(out[-1], prev_physical, line)):
            glued = re.search(r"\w[-–]$", out[-1]) and line[:1].isalnum()  # "1158/QĐ-" + "TTg": one code, one word
            out[-1] = f"{out[-1]}{'' if glued else ' '}{line}"
        else:
            out.append(line)
        prev_physical = line
    return "\n".join(out)


def prepare(data: bytes | str) -> str:
    """Raw input to the normalised source text that every record points into."""
    text = decode(data) if isinstance(data, bytes) else data
    text = normalise(text)
    check_vietnamese(text)
    return repair_wrapped_lines(text)
