"""Tasks: appendix table rows, leaf sections of the tasks part, agency duties under TỔ CHỨC THỰC HIỆN."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import takewhile

from .agencies import (
    addressed,
    canonical_agency,
    leading_agencies,
    partners_named,
    split_parties,
    starts_with_agency,
)
from .layout import Line, Section
from .legal_refs import Mention, find_mentions
from .lexicon import find_province
from .records import Task
from .tables import ROW_NUMBER, Row, Table
from .text import is_caps

_LABEL_LEADER = r"(?:[-–•+]|[a-zđ][).])?\s*"  # "- Cơ quan chủ trì: …", "b) Cơ quan chủ trì: …"
# "Cơ quan chủ trì: …", "Đơn vị thực hiện: …", "Trách nhiệm thực hiện: …", "Trách nhiệm chủ trì: …", "Chủ trì: …"
_LEAD_LINE = re.compile(
    rf"^{_LABEL_LEADER}(?:(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện|tham mưu)|Chủ trì|Trách nhiệm(?:\s+chủ trì)?)"
    r"(?:\s+(?:thực hiện|tham mưu|chính))?\s*:\s*(.+)$", re.IGNORECASE)  # "Cơ quan chủ trì tham mưu: …"
# one label for both: "Cơ quan chủ trì, phối hợp: Sở X; Sở Y", "Đơn vị chủ trì/phối hợp: Sở X/Sở Y"
_BOTH_LINE = re.compile(
    rf"^{_LABEL_LEADER}(?:Cơ quan|Đơn vị)\s+chủ trì\s*(?:,|/|và)\s*phối hợp(?:\s+thực hiện)?\s*:\s*(.+)$",
    re.IGNORECASE)
_DONE_BY = re.compile(rf"^{_LABEL_LEADER}Thực hiện\s*:\s*(.+)$")  # "Thực hiện: Sở X, Sở Y", where agencies follow
_PARTNER_LINE = re.compile(
    rf"^{_LABEL_LEADER}(?:(?:Cơ quan|Đơn vị)\s+(?:tham gia\s+)?phối hợp[^:]*|(?:Cơ quan|Đơn vị)\s+tham gia|"
    r"(?:Trách nhiệm\s+)?Phối hợp(?:\s+thực hiện)?)\s*:\s*(.+)$", re.IGNORECASE)  # "Đơn vị tham gia phối hợp: …"
_PARTNERS_INLINE = re.compile(r"[;.]\s*(?:(?:cơ quan|đơn vị)\s+)?phối hợp[^:]{0,20}:\s*", re.IGNORECASE)
_TIME_LINE = re.compile(rf"^{_LABEL_LEADER}(?:Thời gian|Thời hạn|Tiến độ)[^:]{{0,20}}:\s*(.+)$", re.IGNORECASE)
_OUTPUT_LINE = re.compile(  # "Sản phẩm chủ lực của tỉnh: …" is no output: nothing between the words and the colon
    rf"^{_LABEL_LEADER}(?:Sản phẩm|Kết quả)(?:\s*[/,]\s*(?:sản phẩm|kết quả))?"  # "Kết quả/sản phẩm: …"
    r"(?:\s+(?:đầu ra|dự kiến|chính|cần đạt))?\s*:\s*(.+)$", re.IGNORECASE)
_POINTER = re.compile(r"(?:tại|theo)\s+(?:các\s+)?Phụ lục|Phụ lục kèm theo", re.IGNORECASE)
_NOT_CARRYING_OUT = re.compile(
    r"tuyên truyền|quán triệt|nghiên cứu|cụ thể hóa|cụ thể hoá|phổ biến|thay thế|quy định\s+(?:tại|của)|"
    # a review of how it is carried out ("Sơ kết, tổng kết việc thực hiện …", "báo cáo kết quả thực hiện …",
    # "Đánh giá kết quả 05 năm thực hiện …", "Sơ kết 03 năm thực hiện …")
    r"(?:rà soát|đánh giá|sơ kết|tổng kết|báo cáo|kiểm tra|giám sát|theo dõi)\b[^;.]*?"
    r"(?:tình hình|kết quả|việc|năm)(?:\s+[^\s;.]+){0,3}?\s+(?:triển khai\s+)?thực hiện", re.IGNORECASE
)
_CARRYING_OUT = re.compile(r"\b(?:thực hiện|triển khai)\b", re.IGNORECASE)
_DUTY_ONLY = re.compile(r"(?:có|chịu) trách nhiệm|thực hiện|chủ trì|phối hợp|thực hiện các nhiệm vụ sau", re.I)
_LEADER = re.compile(r"^(?:[-–•+*]\s*|[a-zđ][).]\s*)")
_BULLET = re.compile(r"^(?:[-–•+*]|[a-zđ][).])\s")  # "- Sở Tài chính: …", "a) Sở Tài chính: …"
_DUTIES_OF = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ)(?:\s+cụ thể)?\s+(?:của|đối với)\s+(?=\S)", re.IGNORECASE)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ;")


def first_sentence(text: str) -> str:
    text = _LEADER.sub("", text.strip())
    m = re.search(r"(?<=[.!?])(?<!\bTP\.)(?<!\bTp\.)(?<!\bTX\.)\s+(?=[A-ZĐÀ-Ỹ])", text)  # not "TP. Huế"
    return _clean(text[: m.start()] if m else text)


def task_implements(text: str) -> list[str]:
    """Documents a task itself carries out ('Triển khai Kế hoạch số 2721/KH-UBND ...'), not ones it only spreads.

    The verb governs the mentions of its clause, and of the clauses that only go on
    listing documents ("Thực hiện Quyết định 1068/QĐ-TTg ...; Quyết định 2205/QĐ-TTg ...").
    """
    line = Line(text, 0, 0)
    numbers: list[str] = []
    mentions = find_mentions([line])
    for mention in mentions:
        if not mention.number or mention.nested_in:
            continue
        ends = [0] + [m.end() for m in re.finditer(r";\s*|\.\s+", text[: mention.start])]
        start = ends.pop()
        while not text[start: mention.start].strip() and ends:  # the mention opens its clause: a list goes on
            start = ends.pop()
        # what governs a list is said before its first document, not in what the documents are about; a verb
        # after the one before ("Nghiên cứu Nghị quyết số 57-NQ/TW và tổ chức thực hiện Chương trình số 05-CTr/TU")
        # governs this one
        clause = text[start: min(m.start for m in mentions if m.start >= start)]
        if before := [m for m in mentions if start <= m.start < mention.start]:
            between = text[max(before[-1].end, before[-1].quote_end): mention.start]
            if _CARRYING_OUT.search(between) or _NOT_CARRYING_OUT.search(between):
                clause = between
        carrying = [m.start() for m in _CARRYING_OUT.finditer(clause)]
        spreading = [m.end() for m in _NOT_CARRYING_OUT.finditer(clause)]
        if carrying and (not spreading or carrying[-1] >= spreading[-1]):  # the verb nearest the document governs
            numbers.append(mention.number)  # it: "quán triệt, triển khai thực hiện Nghị quyết …" carries it out
    return list(dict.fromkeys(numbers))


def implements_by_short_names(tasks: list[Task], text: str, names: dict[str, Mention]) -> None:
    """A task that carries out a document by the short name the text gave it ("Triển khai Kế hoạch 123" after
    "Kế hoạch số 123/KH-UBND … (sau đây gọi tắt là Kế hoạch 123)") carries out that document."""
    if not names:
        return
    longest_first = sorted(names, key=len, reverse=True)
    short = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?![\w/-])" for name in longest_first))
    for task in tasks:
        said = text[task.span[0]: task.span[1]] if task.span else ""
        named = short.sub(lambda m: f"{names[m.group()].doc_type} số {names[m.group()].number}", said)
        if named != said:
            by_number = task_implements(said)
            task.implements += [n for n in task_implements(named) if n not in task.implements and n not in by_number]


def appendix_tasks(tables: list[Table]) -> list[Task]:
    """Every numbered row of the task tables. Where a later appendix numbers its rows from 1 again, its ids say
    which appendix ("appendix:II.1"), and so do a table's group rows where it numbers the rows under each from 1
    again ("I" / "1", "2", "II" / "1", "2": "appendix:II.1"): a task's id is its IRI, and two tasks must not become
    one."""
    tasks: list[Task] = []
    for ordinal, table in enumerate(tables, start=1):
        if "budget" in table.columns and not {"lead", "partners", "timeframe"} & set(table.columns):
            continue  # "TT | Nội dung | Kinh phí": what the plan costs, no one's task
        numbers = [row.number for row in table.rows]
        grouped, group = [], ""
        heads: dict[int, Row] = {}  # each row's group row: "3" of "3.1", else the latest "I", "II" …
        by_number: dict[str, Row] = {}
        group_row = None
        for row in table.rows:
            heads[id(row)] = by_number.get(row.number.rpartition(".")[0]) or group_row
            by_number[row.number] = row
            if not re.search(r"\d", row.number):  # a group heading, I, II …, no task
                group, group_row = f"{row.number}.", row
            elif ROW_NUMBER.match(row.number) and (row.text("lead").strip()  # nor a row whose sub-rows are the
                                                  or not any(n.startswith(row.number + ".") for n in numbers)):
                grouped.append((group, row))  # tasks, but for one that names its own lead
        if len({row.number for _, row in grouped}) == len(grouped):
            grouped = [("", row) for _, row in grouped]
        used = {task.id for task in tasks}
        prefix = ""
        if any(f"appendix:{group}{row.number}" in used for group, row in grouped):
            prefix = f"{table.appendix or _roman(ordinal)}."
        for group, row in grouped:
            title = _clean(row.text("task").replace("\n", " "))
            if not title:
                continue
            lead, partners = _agencies_cell(row.text("lead"), alone="partners" not in row.cells)
            partners += split_parties(row.text("partners"))
            timeframe = _timeframe(row)
            if not lead and (head := heads.get(id(row))) and starts_with_agency(head.text("lead")):
                # a group row that names the agencies and time of the rows under it that name none
                lead, above = _agencies_cell(head.text("lead"), alone="partners" not in head.cells)
                partners = partners or above + split_parties(head.text("partners"))
                timeframe = timeframe or _timeframe(head)
            tasks.append(Task(
                id=f"appendix:{prefix}{group}{row.number}", title=title, lead=lead,
                partners=list(dict.fromkeys(partners)), timeframe=timeframe,
                output=_clean(row.text("output").replace("\n", " ")) or None,
                implements=list(dict.fromkeys(task_implements(title) + _documents_in(row.text("basis")))),
                span=(row.start, row.end),
            ))
    return tasks


def _timeframe(row: Row) -> str | None:
    """A row's time, "2024 - 2026" where the table gives its start and end apart ("Bắt đầu | Kết thúc")."""
    start, end = (_clean(row.text(role).replace("\n", " ")) for role in ("start", "timeframe"))
    return " - ".join(dict.fromkeys(filter(None, (start, end)))) or None


def _documents_in(cell: str) -> list[str]:
    """The numbers a row's basis cell ("Căn cứ thực hiện") names: what the row carries out."""
    return [m.number for m in find_mentions([Line(cell, 0, 0)]) if m.number and not m.nested_in]


def _roman(n: int) -> str:
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1] if n <= 10 else str(n)


_ROLE_AT_END = re.compile(r"\s(chủ trì|phối hợp)\s*\.?$", re.IGNORECASE)


def _agencies_cell(text: str, alone: bool = False) -> tuple[list[str], list[str]]:
    """Lead and partners of a cell that may name both ("Chủ trì: Sở KH&CN; Phối hợp: Sở Tài chính"), as a table with
    one agency column (``alone``: "Đơn vị thực hiện", "Đơn vị chủ trì/phối hợp": "Sở KH&CN/Sở Tài chính") writes
    them."""
    lead, partners, _, _ = _labelled(text.split("\n"))
    if lead:
        return lead, partners
    if alone and (slash := re.match(r"([^/]+?)\s*/\s*(.+)$", text, re.DOTALL)) and starts_with_agency(
            slash.group(1)) and starts_with_agency(slash.group(2)):  # not "UBND các huyện/thành phố"
        return split_parties(slash.group(1)), split_parties(slash.group(2))
    return _roles(text)


_ROLE_IN_BRACKETS = re.compile(r"\s*\((chủ trì|phối hợp)\)\s*[,;]?\s*", re.IGNORECASE)


def _roles(text: str) -> tuple[list[str], list[str]]:
    """Lead and partners of agencies named with their roles ("Sở KH&CN chủ trì; Sở Tài chính phối hợp", "Sở KH&CN
    (chủ trì), Sở Tài chính", "Sở KH&CN chủ trì, phối hợp với Sở Tài chính"); else all lead."""
    if _ROLE_IN_BRACKETS.search(text):  # after the lead's "(chủ trì)", the rest are partners
        pieces = _ROLE_IN_BRACKETS.split(text)
        roles, led = [], False
        for piece, role in zip(pieces[::2], [*pieces[1::2], "phối hợp"], strict=True):
            *unmarked, marked = re.split(r"\s*[;\n]\s*", piece)  # a role in brackets marks those since the last ";"
            roles += [("phối hợp" if led else None, name) for name in unmarked if name] + [(role.lower(), marked)]
            led = led or role.lower() == "chủ trì"  # "Sở Tài chính; Ngân hàng … (phối hợp)": the first leads
    else:
        roles = [(m.group(1).lower() if (m := _ROLE_AT_END.search(piece)) else None, piece)
                 for piece in re.split(r"\s*[;\n]\s*", text) if piece.strip()]
    if any(role for role, _ in roles):
        return ([name for role, piece in roles if role != "phối hợp" for name in split_parties(piece)],
                [name for role, piece in roles if role == "phối hợp" for name in split_parties(piece)])
    if (opening := leading_agencies(text)) and re.match(r"chủ trì\W+phối hợp", opening[1], re.IGNORECASE):
        return opening[0], partners_named(opening[1])
    return split_parties(text), []


def _section_text(section: Section) -> list[Line]:
    """A section's lines of text, to the recipients' list that opens the closing block ("Nơi nhận:", "- Lưu: VT."):
    the last section's lines would run on into it."""
    return [line for line in takewhile(lambda line: not _RECIPIENTS.match(line.text), section.lines)
            if line.text.strip()]


_RECIPIENTS = re.compile(r"Nơi nhận\b", re.IGNORECASE)


def names_leads(part: Section) -> bool:
    """Whether most of a part's leaf sections name their leads by a label ("Cơ quan chủ trì: …")."""
    leaves = [section for section in part.walk() if section is not part and not section.children]
    labelled = sum(any(_LEAD_LINE.match(text) or _BOTH_LINE.match(text) for line in _section_text(section)
                       for text in _assignment_texts(line.text)) for section in leaves)
    return bool(leaves) and labelled * 2 > len(leaves)


def _time_said(duty: str) -> str | None:
    """The time a later part of a duty gives: "Giao Sở X chủ trì, …; hoàn thành trong năm 2024", "…; thời gian hoàn
    thành: Quý IV/2025", "…, hoàn thành trong năm 2025."."""
    parts = [part.strip(" .") for part in duty.split(";")[1:]]
    # the first part's last: "…, hoàn thành trong năm 2025", "…, thực hiện trong năm 2025"
    done = duty.split(";")[0].rsplit(",", 1)[-1].strip(" .")
    if re.match(r"hoàn thành\s|(?:thực hiện|triển khai)\s+(?:trong|từ|vào|năm)\b", done):
        parts.append(done)
    parts = [m.group(1) if (m := _TIME_LINE.match(part)) else part for part in parts]
    when = next((m for part in parts if len(part) <= 40 and (m := _TIME_PART.match(part))), None)  # not another
    # duty that names a year: "…; Triển khai Chương trình … đến năm 2030"
    return when.group(1) if when else None


def body_tasks(part: Section) -> list[Task]:
    """Leaf sections of the tasks part ("NHIỆM VỤ VÀ GIẢI PHÁP")."""
    tasks: list[Task] = []
    given = _given_by_groups(part)
    for section in part.walk():
        if section is part or section.children:
            continue
        lines = _section_text(section)
        lead, partners, timeframe, output = _labels(section)
        title = first_sentence(section.title)  # "1. Phát triển nhân lực. Tăng cường đào tạo …": its first sentence
        if not lead and (assigned := _assignment_in_brackets(section.title)):
            title, lead, partners = first_sentence(assigned[0]), assigned[1], assigned[2]
            timeframe = timeframe or assigned[3]
        elif not lead and (in_lines := [found for line in lines if (found := _assignment_in_brackets(line.text))]):
            lead = list(dict.fromkeys(name for found in in_lines for name in found[1]))  # "- Rà soát … (Sở X chủ trì)"
            partners = list(dict.fromkeys(name for found in in_lines for name in found[2]))
            timeframe = timeframe or next((found[3] for found in in_lines if found[3]), None)
        elif not lead and (roled := next(filter(None, map(_roles_line, lines)), None)):
            lead, partners, timeframe = roled[0], roled[1], timeframe or roled[2]
        elif not lead and is_agency_heading(section.title, loose=True) and lines:
            lead = split_parties(re.sub(r"\s+(?:thực hiện|chủ trì|phối hợp)$", "", section.title))
            title = first_sentence(lines[0].text)
            partners = partners_named(title)
            timeframe = timeframe or _time_said(_LEADER.sub("", lines[0].text))
        elif not lead and not lines and not _leads(section.title) and (later := _lead_after_duty(section.title)):
            title, lead, duty = later  # "1. Tổ chức Ngày hội …. Giao Sở X chủ trì, …", "1. Xây dựng … - Sở X chủ trì"
            timeframe, partners = timeframe or _time_said(duty), _partners_of(duty)
        elif not lead and (lines or _leads(section.title)):  # a heading that is the whole duty: "1. Sở X chủ trì, …"
            opening = leading_agencies(_LEADER.sub("", lines[0].text if lines else section.title)) \
                or _assigned_later(lines) or _led_by(lines)
            if opening:
                lead, duty = opening
                timeframe, partners = timeframe or _time_said(duty), _partners_of(duty)
        if not lead and (group := given.get(id(section))):  # "1. Phát triển nhân lực" / "Cơ quan chủ trì: …" /
            lead, partners, timeframe = group[0], partners or group[1], timeframe or group[2]  # "1.1. Đào tạo …"
        body = " ".join([section.title, *(line.text for line in lines)])
        tasks.append(Task(
            id="body:" + ".".join(section.path), title=title, lead=lead, partners=partners,
            timeframe=timeframe, output=output, implements=task_implements(body),
            span=(section.heading.start, (lines[-1] if lines else section.heading).end),
        ))
    return tasks


def _labels(section: Section) -> tuple[list[str], list[str], str | None, str | None]:
    """Lead, partners, time and product a section's labels name: in its lines, and after its heading's first sentence
    ("1. Hoàn thiện thể chế: … Cơ quan chủ trì: …")."""
    return _labelled(text for line in [section.heading, *_section_text(section)]
                     for text in _assignment_texts(line.text))


def _group_lead(group: Section) -> tuple[list[str], list[str], str | None] | None:
    """The lead, partners and time a group section names for the sub-sections under it: by labels before them
    ("1. Phát triển nhân lực" / "Cơ quan chủ trì: Sở Nội vụ"), in its heading's closing brackets ("1. Phát triển
    nhân lực (Sở Nội vụ chủ trì)"), as its heading ("1. Sở Khoa học và Công nghệ" / "1.1. Xây dựng …"), or in the
    line under its heading that says who leads ("Giao Sở Nội vụ chủ trì, … thực hiện các nhiệm vụ sau:")."""
    lead, partners, timeframe, _ = _labels(group)
    if lead:
        return lead, partners, timeframe
    if assigned := _assignment_in_brackets(group.title):
        return assigned[1], assigned[2], assigned[3]
    if is_agency_heading(group.title):
        return split_parties(group.title), [], None
    if (lines := _section_text(group)) and (opening := _leads(lines[0].text)):  # "Sở Nội vụ chủ trì, phối hợp
        return opening[0], _partners_of(opening[1]), None                       # với Sở KH&CN thực hiện:"
    return None


def _given_by_groups(part: Section) -> dict[int, tuple[list[str], list[str], str | None]]:
    """For each section (by id), what the nearest group section above it names (``_group_lead``): what its
    sub-sections that name no lead carry out under."""
    given: dict[int, tuple[list[str], list[str], str | None]] = {}

    def down(section: Section, above: tuple[list[str], list[str], str | None] | None) -> None:
        for child in section.children:
            if above:
                given[id(child)] = above
            if child.children:
                down(child, _group_lead(child) or above)

    down(part, None)
    return given


def _roles_line(line: Line) -> tuple[list[str], list[str], str | None] | None:
    """'Sở KH&CN (chủ trì); Sở Nội vụ, Văn phòng UBND tỉnh (phối hợp). Năm 2026.': a line of agencies with their
    roles in brackets, and the time after them."""
    text = _LEADER.sub("", line.text.strip())
    if not starts_with_agency(text) or not _ROLE_IN_BRACKETS.search(text):
        return None
    said = first_sentence(text)
    lead, partners = _roles(said.rstrip(" ."))
    when = _TIME_PART.match(_clean(text)[len(said):].strip(" ."))
    return (lead, partners, when.group(1) if when else None) if lead else None


def _leads(text: str) -> tuple[list[str], str] | None:
    """The agencies a sentence opens with and its duty, where it says they lead: 'Sở KH&CN chủ trì, phối hợp với Sở
    Tài chính …', not any sentence that opens with an agency ('Sở Tài chính phối hợp bố trí kinh phí')."""
    opening = leading_agencies(_LEADER.sub("", text))
    return opening if opening and re.match(r"chủ trì\b", opening[1], re.IGNORECASE) else None


def _partners_of(duty: str) -> list[str]:
    """The partners of a lead's duty: "…, phối hợp với Sở Y …", "Sở X là cơ quan chủ trì; Ban Y phối hợp.",
    "…, Sở Y là cơ quan phối hợp."."""
    joined = _PARTNERS_AFTER_LEAD.search(first_sentence(duty))
    return partners_named(duty) or (
        split_parties(joined.group(1)) if joined and starts_with_agency(joined.group(1)) else [])


# where a heading's duty ends and a clause naming its lead may start: a sentence's end, ";", a dash
_CLAUSE_BREAK = re.compile(r"(?<=[.;])\s+|\s+[-–]\s+")


def _lead_after_duty(heading: str) -> tuple[str, list[str], str] | None:
    """A heading that names its lead after the duty ("Tổ chức Ngày hội khởi nghiệp. Giao Sở KH&CN chủ trì, …",
    "Xây dựng bản đồ công nghệ - Sở Công Thương chủ trì; …"): the duty, the lead and what the lead does. Only a
    clause that says "chủ trì" ("Bộ Lao động - Thương binh …" is no break)."""
    for brk in _CLAUSE_BREAK.finditer(heading):
        if found := _leads(heading[brk.end(): brk.end() + 400]):  # a clause, not the rest of a page on one line
            return _clean(heading[: brk.start()].rstrip(" .;-–")), found[0], found[1]
    return None


def _assigned_later(lines: list[Line]) -> tuple[list[str], str] | None:
    """A later sentence that gives the task its lead ("Đào tạo nhân lực …. Giao Sở Nội vụ chủ trì, phối hợp với
    Sở KH&CN thực hiện."): only one that says "chủ trì", not any sentence that opens with an agency."""
    sentences = [s for line in lines for s in re.split(r"(?<=[.;])\s+", _LEADER.sub("", line.text))][1:]
    return next(filter(None, map(_leads, sentences)), None)


_PARTNERS_AFTER_LEAD = re.compile(r"chủ trì\s*[,;]\s*([^;]+?)\s+(?:là\s+(?:cơ quan|đơn vị)\s+)?phối hợp\s*(?:[;.]|$)",
                                  re.IGNORECASE)
_BY = re.compile(r"\b(?:do|giao(?:\s+cho)?)\s+", re.IGNORECASE)


def _led_by(lines: list[Line]) -> tuple[list[str], str] | None:
    """A lead named inside the sentence ("Nhiệm vụ này do Sở KH&CN chủ trì thực hiện, phối hợp với …")."""
    text = " ".join(line.text for line in lines[:2])
    return next(filter(None, (_leads(text[m.end():]) for m in _BY.finditer(text))), None)


def _labelled(texts: Iterable[str]) -> tuple[list[str], list[str], str | None, str | None]:
    """Lead, partners, time and product named by their labels ("Cơ quan chủ trì: …", "Phối hợp: …",
    "Thời gian thực hiện: …", "Sản phẩm: …"). A section whose lettered items a), b) each name their own (one task,
    as the gold format has it) is led by all their leads, with all their partners, by the first time and product."""
    lead: list[str] = []
    partners: list[str] = []
    timeframe = output = None
    for text in texts:
        if m := _BOTH_LINE.match(text):
            leading, named = _agencies_cell(m.group(1), alone=True)
            if not named and ";" in m.group(1):  # no roles said: who is named first leads
                first, _, rest = m.group(1).partition(";")
                leading, named = split_parties(first), split_parties(rest)
            lead += leading
            partners += named
        elif m := _LEAD_LINE.match(text):  # "Đơn vị thực hiện: X; phối hợp: Y" names both
            value = re.sub(r"^(?:(?:cơ quan|đơn vị)\s+)?chủ trì\s*:\s*", "", m.group(1), flags=re.IGNORECASE)
            leading, _, joining = _PARTNERS_INLINE.sub("\0", value, count=1).partition("\0")  # "…: Chủ trì: X"
            leading, named = _roles(leading)  # "Sở X (chủ trì), Sở Y", "Sở X chủ trì, phối hợp với Sở Y"
            lead += leading
            partners += named + split_parties(joining)
        elif (m := _DONE_BY.match(text)) and starts_with_agency(m.group(1)):
            leading, named = _roles(m.group(1))
            lead += leading
            partners += named
        elif m := _PARTNER_LINE.match(text):
            partners += split_parties(m.group(1))
        elif (m := _TIME_LINE.match(text)) and timeframe is None:
            timeframe = _value(m.group(1))
        elif (m := _OUTPUT_LINE.match(text)) and output is None:
            output = _value(m.group(1))
    return list(dict.fromkeys(lead)), list(dict.fromkeys(partners)), timeframe, output  # as written, once each


def _value(text: str) -> str:
    """A label's value, without the period or the closing bracket of the sentence it ends ("thời gian: năm 2025)")."""
    text = _clean(text).rstrip(".")
    return text[:-1].rstrip(" .") if text.endswith(")") and "(" not in text else text


_LABEL_START = re.compile(
    rf"(?:^{_LABEL_LEADER}|(?<=[.;])\s+)(?=(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|tham mưu|phối hợp|tham gia)|"
    r"chủ trì|phối hợp|trách nhiệm (?:thực hiện|chủ trì|phối hợp)|trách nhiệm(?=\s*:)|thực hiện(?=\s*:)|"
    r"thời gian|thời hạn|tiến độ|sản phẩm|kết quả)[^:.;]{0,25}:)", re.IGNORECASE)


def _assignment_texts(text: str) -> list[str]:
    """The labelled parts of a line: from each lead, partner, time or product label to the next, at its start or
    after a '.' or ';' ("Rà soát các quy định. Cơ quan chủ trì: Sở Tư pháp; thời gian thực hiện: năm 2024.")."""
    starts = [m.end() for m in _LABEL_START.finditer(text)]
    return [text[a:b].strip(" ;") for a, b in zip(starts, [*starts[1:], len(text)], strict=False)]


_TRAILING_BRACKETS = re.compile(r"\s*\(([^()]+)\)\s*\.?$")
# or after a colon: "Triển khai … : Sở KH&CN chủ trì; các sở, ngành phối hợp; thực hiện thường xuyên."
_TRAILING_ASSIGNMENT = re.compile(r"\s*:\s+((?=[^:]*\bchủ trì\b)[^:]+?)\s*\.?$", re.IGNORECASE)
# "hoàn thành trong Quý IV/2025", "năm 2024", "hằng năm", "thực hiện thường xuyên": a part that only says when
_TIME_PART = re.compile(r"^(?:(?:hoàn thành|thực hiện|triển khai)\s+)?(?:(?:trong|trước|từ|vào)\s+)?"
                        r"((?:[^,]*\b(?:19|20)\d{2}\b[^,]*)|h[aằ]ng năm|thường xuyên|liên tục)$", re.IGNORECASE)


def _assignment_in_brackets(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """'Đào tạo nhân lực (Sở KH&CN chủ trì, phối hợp với Sở Tư pháp; thời gian: năm 2024)' -> the text without
    the brackets, the lead, the partners and the time they name; None if they name no lead."""
    m = _TRAILING_BRACKETS.search(text) or _TRAILING_ASSIGNMENT.search(text)
    if not m:
        return None
    parts = [part.strip() for part in m.group(1).split(";")]
    lead, partners, timeframe, _ = _labelled(parts)
    if not lead and (opening := next(filter(None, map(leading_agencies, parts)), None)):  # "Sở X chủ trì, …"
        lead, partners = opening[0], partners_named(opening[1]) or partners
    elif not lead and is_agency_heading(parts[0]):  # "(Sở KH&CN)", "(Sở Nội vụ, Sở TT&TT; năm 2025)": who leads
        lead = split_parties(parts[0])
    for part in parts:  # "…; các sở, ngành phối hợp; …"
        if (role := _ROLE_AT_END.search(part)) and role.group(1).casefold() == "phối hợp":
            partners += [name for name in split_parties(part[: role.start()]) if name not in partners]
    if timeframe is None and (when := next(filter(None, map(_TIME_PART.match, parts)), None)):
        timeframe = when.group(1)
    return (text[: m.start()].strip(), lead, partners, timeframe) if lead else None


_SENTENCE_STOP = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTX)\.\s|:\s")  # not in "TP. Hồ Chí Minh"


def is_agency_heading(text: str, loose: bool = False) -> bool:
    """'Sở Khoa học và Công nghệ', 'Sở TT&TT, Đài PT-TH, Báo X': a heading that only names agencies.

    ``loose`` accepts a heading that ends in what the agencies do ("..., các tổ chức có triển khai
    các nhiệm vụ khoa học"), as section headings of the tasks part do.
    """
    text = text.strip(" .:")
    if not starts_with_agency(text) or len(text.split()) > (30 if loose else 20) or _SENTENCE_STOP.search(text):
        return False
    if loose:
        return True
    opening = leading_agencies(text)
    return opening is None or opening[1] == "" or bool(_DUTY_ONLY.fullmatch(opening[1]))


def _points_to_appendix(sentence: str) -> bool:
    """An item that only sends the reader to the appendix ("Nhiệm vụ cụ thể … tại Phụ lục kèm theo")."""
    return bool(_POINTER.search(sentence)) and len(sentence) < 200 and "Phụ lục" in sentence


def org_tasks(part: Section) -> list[Task]:
    """Agency paragraphs of "TỔ CHỨC THỰC HIỆN": the agency leads, its first duty is the title."""
    if not part.children:
        return _bulleted_org_tasks(part)
    tasks: list[Task] = []
    for section in part.children:
        lines = _section_text(section)
        heading = _in_case(_DUTIES_OF.sub("", section.title))  # "Trách nhiệm của Sở X": Sở X
        if _POINTER.search(heading) and (not lines or heading != section.title):  # "Nhiệm vụ … tại Phụ lục"
            continue
        if is_agency_heading(named := addressed(heading)):  # "Sở X", "Đề nghị Ủy ban MTTQ tỉnh và các tổ chức …"
            if any(_names_agency(child.title) for child in section.children):
                tasks.extend(org_tasks(section))  # "1. Trách nhiệm của các sở, ban, ngành" (/ "Căn cứ …, cụ thể:")
                continue                          # over "1.1. Sở X", "1.2. Sở Y": theirs
            if not lines and not section.children:
                continue
            if any(_BULLET.match(line.text) for line in lines) and len(items := _bulleted_org_tasks(section)) > 1:
                tasks.extend(items)  # "Trách nhiệm của các sở, ngành" / "a) Sở X: …"; not the paragraphs under
                continue             # "9. Các tổ chức KH&CN" / "Các tổ chức KH&CN … căn cứ …" / "UBND tỉnh yêu cầu …"
            opening = leading_agencies(named)
            lead = opening[0] if opening else split_parties(named)
            title = first_sentence(lines[0].text if lines else section.children[0].title)  # "1. Sở X" / "1.1. Chủ trì"
            duty = title
            lines = lines or section.all_lines()
        else:
            opening = leading_agencies(heading)
            if not opening:  # "1. Phân công nhiệm vụ", over the agencies' own sections or bullets
                items = org_tasks(section)
                if len(items) == 1 and not section.children:  # "6. Chế độ báo cáo" / "Các sở … báo cáo …": its own
                    items = [replace(items[0], id="org:" + ".".join(section.path))]
                tasks.extend(items)
                continue
            lead, duty = opening
            title = first_sentence(duty if heading[: len(heading) - len(duty)].rstrip().endswith(":") else heading)
        if _points_to_appendix(title):
            continue
        tasks.append(Task(
            id="org:" + ".".join(section.path), title=title, lead=lead, partners=partners_named(duty),
            timeframe=None, output=None, implements=task_implements(duty),
            span=(section.heading.start, (lines[-1] if lines else section.heading).end),
        ))
    return tasks


def _names_agency(heading: str) -> bool:
    """Whether an item of "TỔ CHỨC THỰC HIỆN" is an agency's ("Sở X", "Trách nhiệm của Sở X", "Sở X chủ trì …"), not
    one of an agency's duties ("Chủ trì hướng dẫn …")."""
    named = addressed(_in_case(_DUTIES_OF.sub("", heading)))
    return is_agency_heading(named) or leading_agencies(named) is not None


def _in_case(heading: str) -> str:
    """An agency heading in capitals as the agency is written: "SỞ TÀI CHÍNH" as "Sở Tài chính" (a name the
    abbreviations list knows), "CÁC SỞ, BAN, NGÀNH" and "UBND CÁC HUYỆN" in small letters after their first word."""
    if not is_caps(heading):
        return heading
    if not (known := canonical_agency(heading)).isupper():
        words = known.split()
        place = len(words) - next((k for k, word in enumerate(reversed(words)) if not word.isupper()), len(words))
        province = find_province(" ".join(words[place:]).title()) if place < len(words) else None
        return " ".join(words[:place] + [province]) if province else known  # "… Truyền hình PHÚ THỌ": its place
    head, _, rest = heading.partition(" ")
    if head in ("CÁC", "UBND", "ỦY", "UỶ") and rest:
        return f"{head if head == 'UBND' else head.capitalize()} {rest.lower()}"
    return heading


def _marker(text: str) -> str:
    """What a list item opens with: its dash or bullet, or 'a)' for any letter."""
    return "a)" if re.match(r"[a-zđ][).]", text) else text[:1]


def _bulleted_org_tasks(part: Section) -> list[Task]:
    """Agency paragraphs as bullets ("- Sở Tài chính: Bố trí kinh phí."), lettered items ("a) Sở Tài chính: …") or
    plain paragraphs ("Sở Tài chính tham mưu bố trí kinh phí."), numbered in their order: org:II.1 …"""
    tasks: list[Task] = []
    lines = _section_text(part)
    bulleted = any(_BULLET.match(line.text) for line in lines)  # else a paragraph each: "Sở Tài chính tham mưu …"
    for i, line in enumerate(lines):
        text = _LEADER.sub("", line.text)
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        under = after and (not _BULLET.match(after) or _marker(after) != _marker(line.text))  # "a) Sở X" over
        # "- Chủ trì …" or over its duty as a paragraph
        if bulleted and not _BULLET.match(line.text):
            continue
        opening = leading_agencies(text)
        if opening is None and under and is_agency_heading(text):  # the agency alone, its duties under it
            opening = split_parties(text.rstrip(" .")), ""
        if opening is None or _points_to_appendix(first_sentence(line.text)):  # "Các cơ quan … được giao nhiệm vụ
            continue                                                              # tại Phụ lục …": no task
        lead, duty = opening
        labelled = duty != text and text[: len(text) - len(duty)].rstrip().endswith(":")  # "Sở X: Bố trí …"
        if not duty and after and (not _BULLET.match(after) or under):
            duty, labelled = _LEADER.sub("", after), True  # "a) Sở Khoa học và Công nghệ:" with its duty after
        tasks.append(Task(  # "Sở X chủ trì …" whole, as a numbered item's heading is
            id=f"org:{'.'.join(part.path)}.{len(tasks) + 1}", title=first_sentence(duty if labelled else text),
            lead=lead,
            partners=partners_named(duty), timeframe=None, output=None, implements=task_implements(duty),
            span=(line.start, line.end),
        ))
    return tasks
