"""Tables of a PDF's text laid out as printed (``pdftotext -layout``): cells stand in columns of spaces, and a cell's
wrapped text goes on in its column on the lines below, the other columns blank there.

Such a table becomes one "|" row per table row, its cells whole, before the text's spaces are collapsed; what
is not such a table is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_PART = re.compile(r"\S+(?: \S+)*")  # words one space apart: two or more part cells
_HEADER_START = re.compile(r"^(?:S?TT|Số\s?TT|Số thứ tự)\.?$", re.IGNORECASE)
ROW_NUMBER_TEXT = r"(?:\d{1,3}|[IVXLC]{1,6}|[A-H])(?:\.\d{1,3})*\.?"  # a table row's number: "1", "2.1", "II", "I.1"
# the number column's cell: a row's number, "-" or "+" an unnumbered part of the row above, "TT" the header's
_NUMBER_CELL = re.compile(rf"^({ROW_NUMBER_TEXT}|[-+•]|S?TT\.?|Số\s?TT\.?|Số thứ tự)(?= |$)", re.IGNORECASE)


def _parts(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _PART.finditer(line)]


def _page_number(line: str, margin: int) -> bool:
    """A page's number between two pages ("2", "Trang 2/5"), away from the margin where rows are numbered."""
    parts = _parts(line)
    return len(parts) == 1 and parts[0][0] > margin + 2 and bool(
        re.fullmatch(r"(?:(?:Trang|Page)\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?", parts[0][1], re.IGNORECASE))


def _gutters(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of two or more positions blank on every line: the spaces between columns."""
    used = bytearray(max(len(line) for line in lines) + 1)
    for line in lines:
        for word in re.finditer(r"\S+", line):
            used[word.start(): word.end()] = b"\x01" * (word.end() - word.start())
    used[-1] = 1
    return [(m.start(), m.end()) for m in re.finditer(rb"\x00{2,}", bytes(used)) if m.start() > 0]


def _block_end(lines: list[str], i: int, margin: int) -> int:
    """The line after the table whose header is line ``i``: the first that starts at the left margin with no row
    number (the paragraph or the heading after it)."""
    j = i + 1
    while j < len(lines):
        parts = _parts(lines[j])
        if parts and parts[0][0] <= margin + 2 and not _NUMBER_CELL.match(parts[0][1]):
            break
        j += 1
    while j > i + 1 and not lines[j - 1].strip():
        j -= 1
    return j


def _numbered(line: str, margin: int) -> tuple[str, str]:
    """A line's number cell at the margin ("1", "I", "2.1", "-", or the header's "TT"), even one space from its
    text ("1 Khảo sát …"), and the line with it blanked: the other columns' cells stand where they stood."""
    parts = _parts(line)
    if parts and parts[0][0] <= margin + 2 and (m := _NUMBER_CELL.match(parts[0][1])):
        start = parts[0][0]
        return m.group(1), line[:start] + " " * len(m.group(1)) + line[start + len(m.group(1)):]
    return "", line


def _rows(block: list[str], margin: int) -> list[list[str]] | None:
    """The header and rows of a laid-out table, each a list of its columns' texts; None where the lines hold no
    columns to read."""
    numbered = [_numbered(line, margin) for line in block if line.strip() and not _page_number(line, margin)]
    bounds = [0, *(end for _, end in _gutters([rest for _, rest in numbered])), 10**6]
    if not 4 <= len(bounds) <= 16:  # a number and fewer than two columns, or a page of words far apart: no table
        return None
    width = len(bounds)  # the number's column, then one a gutter ends
    rows: list[list[str]] = []
    header: list[str] = [""] * width
    repeated = False  # the header again on the next page, its lines no row's
    for number, rest in numbered:
        cells = [number] + [""] * (width - 1)
        for start, text in _parts(rest):
            column = bisect_right(bounds, start)  # the number's column first: a gutter's end starts the next
            cells[column] = f"{cells[column]} {text}".strip()
        repeated = bool(rows) and (bool(_HEADER_START.match(number)) or repeated and not number)
        if repeated:
            continue
        if not rows and (_HEADER_START.match(number) or not number):
            header = [f"{a} {b}".strip() for a, b in zip(header, cells, strict=True)]  # a header of two lines
        elif number:
            rows.append(cells)
        elif rows:  # the row's cells go on
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
    return [header, *rows] if rows else None


def laid_out_tables(lines: list[str]) -> list[str]:
    """Lines with each laid-out table ("TT     Nhiệm vụ     Chủ trì …" over rows in its columns) as "|" rows."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        parts = _parts(lines[i])
        if len(parts) >= 3 and _HEADER_START.match(parts[0][1]) and "|" not in lines[i] and "\t" not in lines[i]:
            end = _block_end(lines, i, parts[0][0])
            if rows := _rows(lines[i:end], parts[0][0]):
                out += [re.sub(r" {2,}", " ", " | ".join(row)).rstrip() for row in rows]
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out
