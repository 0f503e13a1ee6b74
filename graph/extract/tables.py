"""Task tables and target tables in their three renderings, read into rows of named cells.

- pipe rows: ``1 | task | lead |`` with a row's cells sometimes carried to the
  next line (``| 2023 | Báo cáo |``);
- pipe lines: one cell's text per line(s), cells closed by a line holding ``|``;
- blank lines: one cell per line, cells separated by empty lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import starts_with_agency
from .layout import Line

# "1", "3.1", "3.a"; group rows "I", "A" too, and the rows numbered under them, "I.1", "A.2"
ROW_NUMBER = re.compile(r"^(?:(?:\d{1,3}|[IVXLC]{1,6}|[A-H])(?:\.\d{1,3})+(?:\.[a-hđ])?|\d{1,3}(?:\.[a-hđ])?"
                        r"|[IVXLC]{1,6}|[A-H])\.?$")
# a row lettered under a numbered one ("1 | Hoàn thiện thể chế" / "a | Rà soát …"): its sub-row, numbered "1.a"
_LETTERED_ROW = re.compile(r"^([a-hđ])[.)]?$")


def _sub_row(letter: str, numbers: list[str]) -> str | None:
    """The number of a row lettered ``letter`` after the rows ``numbers``: "1.a" under "1", "1.b" after "1.a"."""
    last = next((n for n in reversed(numbers) if n[:1].isdigit()), None)
    if last is None:
        return None
    parent, _, previous = last.rpartition(".") if last[-1].isalpha() else (last, "", "")
    follows = _LETTERS.index(previous) + 1 if previous else 0
    return f"{parent}.{letter}" if _LETTERS.index(letter) == follows else None


_LETTERS = "abcdđefgh"
_HEADER_TT = re.compile(r"^(?:S?TT|Số\s*TT|Số thứ tự)\.?$", re.IGNORECASE)
_COLUMN_RULES = (
    ("tt", re.compile(r"^(?:s?tt|số\s*tt|số thứ tự)\.?$")),
    ("unit", re.compile(r"^(?:đơn vị tính|đvt)\b")),
    ("indicator", re.compile(r"chỉ tiêu")),
    # "Thời gian thực hiện" over "Bắt đầu | Kết thúc": a start column, and the end as the time column
    ("start", re.compile(r"^(?:thời gian\s+|năm\s+)?(?:bắt đầu|khởi công)$")),
    ("timeframe", re.compile(r"thời gian|tiến độ|thời hạn|thời điểm|năm thực hiện|lộ trình|^(?:kết thúc|hoàn thành)$")),
    ("lead", re.compile(r"chủ trì")),
    ("partners", re.compile(r"phối hợp|^(?:cơ quan|đơn vị)\s+tham gia")),  # "Cơ quan tham gia"
    ("output", re.compile(r"sản phẩm|kết quả|hình thức văn bản")),
    ("note", re.compile(r"ghi chú")),
    ("budget", re.compile(r"kinh phí|nguồn vốn|dự toán|tổng mức|ngân sách")),  # read by no one, but a column
    ("targets", re.compile(r"^(?:mục tiêu|kế hoạch)(?: phấn đấu)?$")),  # over a second row of years
    # "Căn cứ thực hiện": the documents the row carries out (the whole header: "Căn cứ …" also opens a sentence)
    ("basis", re.compile(r"^(?:căn cứ(?: thực hiện| triển khai| pháp lý)?|cơ sở pháp lý|văn bản chỉ đạo)$")),
    ("manner", re.compile(r"^(?:phương thức|hình thức|cách thức|địa điểm|địa bàn)\b")),  # how or where, not who
    ("documents", re.compile(r"^(?:tên|trích yếu)\s+(?:nội dung\s+)?văn bản|^trích yếu$")),  # a list of documents
    ("task", re.compile(r"nhiệm vụ|nội dung|tên|hoạt động|công việc|đề án|dự án|chương trình")),
    ("lead", re.compile(r"cơ quan|đơn vị|thực hiện|^trách nhiệm$")),  # "Trách nhiệm": who does it
)


# A target table's value columns: "Năm 2025", "2030", "Đến năm 2025", "Giai đoạn 2021-2025", "Mục tiêu đến năm 2030",
# "Kế hoạch năm 2025", "Mục tiêu đến 2030", "Năm 2025 (%)"; and its columns of what was achieved, which are no
# targets: "Thực hiện năm 2024", "Ước 2024".
_PERIOD_COLUMN = re.compile(
    r"^(?:(?:mục tiêu|chỉ tiêu|kế hoạch|dự kiến)\s+)?(?:phấn đấu\s+)?(?:(?:năm|đến năm|đến|giai đoạn)\s*)?"
    r"((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)(?:\s*\([^)]{1,20}\))?$")
_ACHIEVED_COLUMN = re.compile(r"^(?:ước|thực hiện|kết quả|đạt được|hiện trạng|năm gốc|cơ sở)\b.*(?:19|20)\d{2}")


def column_role(header: str) -> str | None:
    """A header cell's role: a task table's tt, task, lead, partners, timeframe, output, note; a target table's
    indicator, unit, "period:<year or span>" for each column of targets and "achieved" for one of past values."""
    text = re.sub(r"\s+", " ", header).strip().casefold()
    if _ACHIEVED_COLUMN.match(text):
        return "achieved"
    if period := _PERIOD_COLUMN.match(text):
        return "period:" + re.sub(r"\s*[-–]\s*", "-", period.group(1))
    for role, rule in _COLUMN_RULES:
        if rule.search(text):
            return role
    return None


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Row:
    number: str
    cells: dict[str, Cell] = field(default_factory=dict)
    spanned: str | None = None  # the role of a cell merged with the row above, which stands there

    def text(self, role: str) -> str:
        cell = self.cells.get(role)
        return cell.text if cell else ""

    @property
    def start(self) -> int:
        return min(c.start for role, c in self.cells.items() if role != self.spanned)

    @property
    def end(self) -> int:
        return max(c.end for role, c in self.cells.items() if role != self.spanned)


@dataclass
class Table:
    columns: list[str]
    rows: list[Row]
    appendix: str | None = None  # "II" of the "PHỤ LỤC II" it stands in, if the appendix is numbered


def _cell(lines: list[Line]) -> Cell:
    """A cell's lines: wrapped text joins with a space, each bullet keeps its own line."""
    if not lines:
        return Cell("", 0, 0)
    text = ""
    for line in lines:
        if line.text and line.text != "|":
            text += ("\n" if re.match(r"^[-–•+]\s", line.text) else " ") + line.text
    return Cell(text.strip(), lines[0].start, lines[-1].end)


def _rows_from_cells(cells: list[Cell], columns: list[str]) -> list[Row]:
    """Group a stream of cells into rows: a row starts at a cell holding a row number (in a target table, whose
    values are numbers too, the number that comes next: 2 after 1, 1.2 or 2 after 1.1, a roman or 1 after 1)."""
    rows: list[list[Cell]] = []
    values = any(c and c.startswith("period:") for c in columns)
    for i, cell in enumerate(cells):
        if rows and len(rows[-1]) >= 2 and (letter := _LETTERED_ROW.match(cell.text)) and (
                number := _sub_row(letter.group(1), [row[0].text for row in rows])):
            rows.append([Cell(number, cell.start, cell.end)])  # "a" under "1": its sub-row "1.a"
            continue
        starts_row = bool(ROW_NUMBER.match(cell.text)) and (not rows or len(rows[-1]) >= 2)
        if starts_row and rows:
            next_number = _comes_next(rows[-1][0].text.rstrip("."), cell.text.rstrip("."))
            if values:  # and the indicator's words follow it
                following = cells[i + 1].text if i + 1 < len(cells) else ""
                starts_row = next_number and not _VALUE.match(following)
            else:  # a number out of turn in a row not yet full is a cell's value ("500" of a budget column)
                starts_row = next_number or len(rows[-1]) >= len(columns)
        if starts_row:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
    return _named_rows(rows, columns)


def _named_rows(rows: list[list[Cell]], columns: list[str]) -> list[Row]:
    named: list[Row] = []
    for cells in rows:
        row = _name_cells(cells, columns, named[-1] if named else None)
        if row.cells:  # a row whose cells all stand in columns no role names says nothing
            named.append(row)
    return named


def _comes_next(previous: str, number: str) -> bool:
    if not number[0].isdigit() or not previous[0].isdigit():
        return True  # a roman group heading, or the first row after one
    top = int(previous.split(".")[0])
    if number.isdigit():  # "2" or "02" after "1", "01" or "1.3"; "1" again
        return int(number) in (top + 1, 1)
    parts = number.split(".")  # "1.2" after "1" or "1.1"; not a sum in thousands, "1.200" (a budget's cell)
    return int(parts[0]) == top and number != previous and all(len(part) <= 2 for part in parts[1:])


# a cell that only says when: "2025", "Năm 2026", "2025 - 2026", "Quý IV/2025", "Hằng năm", "Thường xuyên"
_WHEN = re.compile(r"^(?:(?:năm|quý\s+[IVX]+/|tháng\s+\d{1,2}/|giai đoạn)\s*)?"
                   r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\.?$|^(?:h[aằ]ng|thường xuyên)\b.{0,20}$",
                   re.IGNORECASE)


# an unnumbered sub-row's mark in the number column ("-", "+"): a part of the numbered row above it
_PART_MARK = re.compile(r"^[-–•+*]$")


def _parts(cells: list[Cell], width: int) -> tuple[list[Cell], list[list[Cell]]]:
    """A row's own cells, and those of each "-" row under it that came as more cells of it: past its header's
    ``width`` ("1 | Hoàn thiện thể chế | | |" + "- | Rà soát chính sách | Sở KH&CN | Sở Tài chính"), or right after
    its task where a rendering leaves out empty cells ("1" / "Hoàn thiện thể chế" / "-" / "Rà soát chính sách" / …).
    A "-" in a cell of its own before an agency or a time is an empty cell's mark, no part."""
    marks = [i for i, cell in enumerate(cells) if (i == 2 or i >= width) and _PART_MARK.match(cell.text)
             and i + 1 < len(cells) and len(after := cells[i + 1].text) > 1 and not _WHEN.match(after)
             and not starts_with_agency(after)]
    if not marks:
        return cells, []
    bounds = [*marks, len(cells)]
    return cells[: marks[0]], [cells[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _name_cells(cells: list[Cell], columns: list[str], above: Row | None = None) -> Row:
    """A row's cells by their columns' roles. Where a rendering left out a cell (a row shorter than its header):
    a time where the lead should stand is the time, the lead a cell merged with the row ``above`` ("1 | … | Sở
    KH&CN | 2025" + "2 | … | 2026": the lead's cell spans both rows), which is no empty cell (a task has a lead);
    a time standing in an earlier column (partners, product) goes to the time column, and what follows it after.
    A row whose "-" parts name the agencies and it none is led by theirs (and its time theirs where they share
    one), as a section whose lettered items each name a lead is."""
    cells, chunks = _parts(cells, len(columns))
    cells = cells[: len(columns)] if chunks else cells
    roles = list(columns)
    merged_lead = None
    if len(cells) < len(roles) and "lead" in roles and above and above.text("lead"):
        at = roles.index("lead")
        if 1 < at < len(cells) and _WHEN.match(cells[at].text):
            merged_lead = above.cells["lead"]
            roles.remove("lead")
    if len(cells) < len(roles) and "timeframe" in roles:
        when = roles.index("timeframe")
        early = next((i for i, cell in enumerate(cells[:when]) if i > 1 and _WHEN.match(cell.text)
                      and roles[i] in ("partners", "output", "note", "")), None)
        if early is not None:
            roles = roles[:early] + roles[when:]
    row = Row(number=cells[0].text.rstrip("."))
    for role, cell in zip(roles, cells, strict=False):
        if role and role != "tt" and role not in row.cells:
            row.cells[role] = cell
    if merged_lead:
        row.cells["lead"], row.spanned = merged_lead, "lead"
    parts = [_name_cells(chunk, columns) for chunk in chunks]
    for role in ("lead", "partners", "timeframe"):
        said = list(dict.fromkeys(text for part in parts if (text := part.text(role))))
        if said and not row.text(role) and (role != "timeframe" or len(said) == 1):
            row.cells[role] = Cell("\n".join(said), parts[0].start, parts[-1].end)
    return row


def _split_pipes(line: Line, framed: bool = False) -> list[Cell]:
    """Cells of a '|' row; ``framed`` rows also start with '|' ('| 1 | task |'), whose first cell is empty."""
    cells, offset = [], line.start
    for part in line.text.split("|"):
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(part.strip(), offset + lead, offset + lead + len(part.strip())))
        offset += len(part) + 1
    return cells[1:] if framed and cells and not cells[0].text else cells


_VALUE = re.compile(r"^[\d.,\s%≥≤<>~–-]*$")
_RULE_LINE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _pipe_row_table(lines: list[Line], i: int, columns: list[str | None]) -> tuple[Table, int]:
    """The rows of a table of '|' rows whose header (``columns``, its second row read in) is line ``i``."""
    framed = lines[i].text.startswith("|")
    rows: list[list[Cell]] = []
    j = i + 1
    while j < len(lines):
        text = lines[j].text
        cells = _split_pipes(lines[j], framed)
        if _RULE_LINE.match(text) or (not rows and _is_subheader([c.text for c in cells])):  # or its second row
            pass
        elif "|" in text and cells and ROW_NUMBER.match(cells[0].text):
            rows.append(cells)
        elif "|" in text and cells and (letter := _LETTERED_ROW.match(cells[0].text)) and (
                number := _sub_row(letter.group(1), [row[0].text for row in rows])):
            rows.append([Cell(number, cells[0].start, cells[0].end), *cells[1:]])
        elif text.startswith("|") and rows:
            # a row carried over: "...| lead |" + "| 2023 |" leaves one empty cell between; "...| partners" +
            # "| 2023 |" none, the "|" that starts the line closing the partners' cell
            carried = _split_pipes(lines[j])
            if rows[-1] and rows[-1][-1].text == "":
                rows[-1].pop()
            elif carried and carried[0].text == "":
                carried = carried[1:]
            rows[-1].extend(carried)
        elif rows and len(rows[-1]) < len(columns) and ("|" in text or _goes_on_piped(lines, j)):
            # a cell that wraps onto the next line: "1 | Rà soát … về khoa học" + "và công nghệ | Sở Tư pháp | …",
            # or onto lines of their own before the row goes on ("và công nghệ" + "| Sở Tư pháp | …")
            last, carried = rows[-1][-1], _split_pipes(lines[j])
            rows[-1][-1] = Cell(f"{last.text} {carried[0].text}".strip(), last.start, carried[0].end)
            rows[-1].extend(carried[1:])
        elif rows and "|" in text and cells[0].text and not any(c.text for c in cells[1:]):
            pass  # a group row without its number ("Đề án KH&CN | | |"): a heading, and the table goes on
        elif text.strip() and not text.startswith("|"):
            break
        j += 1
    return Table([c or "" for c in columns], _named_rows([r for r in rows if r], columns)), j


def _unnumbered_target_table(lines: list[Line], i: int) -> tuple[Table, int] | None:
    """A target table of '|' rows without a number column ("Chỉ tiêu | ĐVT | 2025 | 2030"), whose header is line
    ``i``: its rows numbered in their order, as a reader counts them."""
    framed = lines[i].text.startswith("|")
    header = [c.text for c in _split_pipes(lines[i], framed)]
    while header and not header[-1]:  # the '|' that closes a framed row
        header.pop()
    columns = [role or "" for role in _with_unit([column_role(h) for h in header], header)]
    if not columns or columns[0] != "indicator" or not _readable(columns):
        return None
    rows: list[Row] = []
    j = i + 1
    while j < len(lines) and "|" in lines[j].text:
        cells = _split_pipes(lines[j], framed)
        if not _RULE_LINE.match(lines[j].text) and cells and cells[0].text:
            number = Cell(str(len(rows) + 1), cells[0].start, cells[0].start)
            row = _name_cells([number, *cells], ["tt", *columns])
            rows += [row] if row.cells else []
        j += 1
    return Table(["tt", *columns], rows), j


def _goes_on_piped(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` of a pipe table, which has no '|', is followed by a line that carries the row on."""
    following = next((line.text for line in lines[j + 1:] if line.text.strip()), "")
    return bool(lines[j].text.strip()) and following.startswith("|")


_SUBHEADER = re.compile(r"^(?:chủ trì|phối hợp|bắt đầu|kết thúc|hoàn thành)$", re.IGNORECASE)
# a spanning column's role -> its sub-columns'
_SPANS = {"lead": ("lead", "partners"), "targets": ("period",), "timeframe": ("start", "timeframe")}


def _is_subheader(cells: list[str]) -> bool:
    """The second row of a two-row header: 'Chủ trì' and 'Phối hợp' under a spanning 'Cơ quan thực hiện', 'Bắt đầu'
    and 'Kết thúc' under 'Thời gian thực hiện', or the years under 'Mục tiêu'."""
    named = [cell.strip() for cell in cells if cell.strip()]
    return bool(named) and (all(_SUBHEADER.match(cell) for cell in named)
                            or all((column_role(cell) or "").startswith("period:") for cell in named))


def _spanned(columns: list[str | None], header: list[str], sub: list[str]) -> list[str | None] | None:
    """The roles of a two-row header: the sub-header's cells in place of the column that spans them (and the empty
    columns after it), or, where both rows have a cell per column, position by position; None if none spans them."""
    if len(sub) == len(header) and not all(cell.strip() for cell in sub):  # a '|' row, empty where nothing spans
        return [column_role(cell) if cell.strip() else role for role, cell in zip(columns, sub, strict=True)]
    named = [column_role(cell) or "" for cell in sub if cell.strip()]
    spanning = next((k for k, text in enumerate(header) if named[0].split(":")[0] in _SPANS.get(column_role(text), ())
                     and not _SUBHEADER.match(text.strip())), None)
    if spanning is None:
        return None
    end = spanning + 1
    while end < len(header) and not header[end].strip():  # the empty cells of the span, in a pipe row
        end += 1
    return columns[:spanning] + named + columns[end:]


def _stacked_header(lines: list[Line], i: int) -> tuple[list[str], int, str] | None:
    """Header cells stacked one per line; returns (columns, index after header, what parts the cells: "|" lines,
    "" blank lines, or "\n" each line)."""
    j, columns, texts = i + 1, ["tt"], []
    while j < len(lines) and lines[j].text == "":
        j += 1
    parting = "|" if j < len(lines) and lines[j].text == "|" else "" if j > i + 1 else "\n"
    while j < len(lines):
        text = lines[j].text
        if text in ("", "|"):
            j += 1
            continue
        if _COLUMN_NUMBER.match(text):  # "(1)", "(2)": the columns numbered under their headers
            j += 1
            continue
        role = column_role(text)
        if ROW_NUMBER.match(text) or role is None and not _named_after(lines, j):
            break
        columns.append(role or "")  # a column no rule names, between named ones, still takes its place
        texts.append(text)
        j += 1
    kept = len(texts)
    while kept and _is_subheader([texts[kept - 1]]):  # the second header row comes last, flattened: "Chủ trì" …
        kept -= 1
    if 0 < kept < len(texts):
        columns = _spanned(columns[: kept + 1], ["TT", *texts[:kept]], texts[kept:]) or columns
    columns = _with_unit(columns, ["TT", *texts])
    return (columns, j, parting) if _readable(columns) else None


_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")


def _named_after(lines: list[Line], j: int) -> bool:
    """Whether a header cell that no rule names (line ``j``: "Mã số") has a named header cell after it, before the
    first row: then it is a column too, not the first row's text."""
    for line in lines[j + 1: j + 24]:
        if ROW_NUMBER.match(line.text) or len(line.text) > 60:
            return False
        if column_role(line.text):
            return True
    return False


# the plan's next part after a table: "II. NHIỆM VỤ"
_PART_HEADING = re.compile(r"^[IVXLC]{1,6}\.\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,]+$")


def _single_spaced(lines: list[Line]) -> bool:
    """Cells parted by one blank line each: an empty cell (a blank, the cell's space, a blank) shows as three."""
    runs, run = [], 0
    for line in lines:
        if line.text:
            if run:
                runs.append(run)
            run = 0
        else:
            run += 1
    return bool(runs) and runs.count(1) >= 0.8 * len(runs)


def _stacked_cells(lines: list[Line], j: int, parting: str) -> tuple[list[Cell], int]:
    """The cells after a stacked header: between "|" lines (an empty one kept), between blank lines (a cell of
    several lines, "- Các sở, ban, ngành." + "- Hiệp hội doanh nghiệp tỉnh.", whole), or one a line."""
    cells: list[Cell] = []
    pending: list[Line] = []
    single = parting == "" and _single_spaced(lines[j:j + 200])
    blanks = 0
    while j < len(lines):
        line = lines[j]
        if _HEADER_TT.match(line.text) or line.text.startswith(("PHỤ LỤC", "Nơi nhận")) or _PART_HEADING.match(
                line.text):
            break
        if single and line.text and blanks >= 3 and cells:  # "" / " " / "": an empty cell between single blanks
            cells.extend(Cell("", line.start, line.start) for _ in range((blanks - 1) // 2))
        blanks = 0 if line.text else blanks + 1
        if parting == "|":
            if line.text == "|":
                cells.append(_cell(pending) if pending else Cell("", line.start, line.start))
                pending = []
            else:
                pending.append(line)
        elif parting == "" and line.text:
            pending.append(line)
        elif parting == "":
            if pending:
                cells.append(_cell(pending))
            pending = []
        elif line.text:
            cells.append(_cell([line]))
        j += 1
    if pending:
        cells.append(_cell(pending))
    return cells, j


def _with_unit(columns: list[str | None], headers: list[str]) -> list[str | None]:
    """In a target table a column headed "Đơn vị" alone is the unit, not who carries a task out."""
    if "task" in columns or "indicator" not in columns:
        return columns
    return [("unit" if role == "lead" and header.strip().casefold() == "đơn vị" else role)
            for role, header in zip(columns, headers, strict=False)] + columns[len(headers):]


def _readable(columns: list[str | None]) -> bool:
    """A task table (a task column) or a target table (an indicator column and a column of values)."""
    return "task" in columns or ("indicator" in columns and any(c and c.startswith("period:") for c in columns))


_NUMBERED_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)\s+(?:SỐ\s+|số\s+)?([IVX]+|\d{1,2})\b")


def find_tables(lines: list[Line]) -> list[Table]:
    """Every task table and target table in the lines, whatever its rendering."""
    tables: list[Table] = []
    appendix = None
    i = 0
    while i < len(lines):
        text = lines[i].text
        if numbered := _NUMBERED_APPENDIX.match(text):
            appendix = numbered.group(1).upper()
        if "|" in text and _HEADER_TT.match(text.lstrip("| ").split("|", 1)[0].strip()):
            framed = text.startswith("|")
            header = [c.text for c in _split_pipes(lines[i], framed)]
            columns = [column_role(h) for h in header]
            below = next((line for line in lines[i + 1: i + 3] if not _RULE_LINE.match(line.text)), None)
            if below is not None and _is_subheader(sub := [c.text for c in _split_pipes(below, framed)]):
                columns = _spanned(columns, header, sub) or columns
            columns = _with_unit(columns, header)
            if _readable(columns):
                table, i = _pipe_row_table(lines, i, columns)
                table.appendix = appendix
                tables.append(table)
                continue
        elif "|" in text and (unnumbered := _unnumbered_target_table(lines, i)):
            table, i = unnumbered
            table.appendix = appendix
            tables.append(table)
            continue
        if _HEADER_TT.match(text):
            stacked = _stacked_header(lines, i)
            if stacked:
                columns, j, parting = stacked
                cells, i = _stacked_cells(lines, j, parting)
                tables.append(Table(columns, _rows_from_cells(cells, columns), appendix))
                continue
        i += 1
    return tables
