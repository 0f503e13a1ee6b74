"""One document in, one ``Extraction`` record out: text -> layout -> each reader."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from pathlib import Path

from .document import read_documents, reported_number
from .layout import Line, Section, body_lines, find_section, outline, published_year, split_lines
from .legal_refs import extract_legal_refs, short_names
from .records import Extraction, Task
from .tables import find_tables
from .targets import extract_targets, heading_period, is_past, table_targets
from .tasks import appendix_tasks, body_tasks, implements_by_short_names, names_leads, org_tasks
from .text import prepare

TARGETS_HEADING = r"MỤC TIÊU|CHỈ TIÊU"
TASKS_HEADING = r"NHIỆM VỤ"
# Plans that name their tasks part otherwise: "II. NỘI DUNG THỰC HIỆN", "III. CÁC GIẢI PHÁP CHỦ YẾU".
OTHER_TASKS_HEADING = r"NỘI DUNG|GIẢI PHÁP|HOẠT ĐỘNG"
ORGANISATION_HEADING = r"TỔ CHỨC THỰC HIỆN|PHÂN CÔNG (?:TRÁCH NHIỆM|NHIỆM VỤ|THỰC HIỆN)|TRÁCH NHIỆM THỰC HIỆN"
# parts whose quantities are no commitment: what was achieved before, and what the plan will cost
NO_TARGETS_HEADING = r"(?:KẾT QUẢ (?:THỰC HIỆN|ĐẠT ĐƯỢC)|TÌNH HÌNH|ĐÁNH GIÁ|THỰC TRẠNG|(?:NGUỒN )?KINH PHÍ)"
# a part listing the plan's bases: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Cơ sở pháp lý"
BASIS_HEADING = r"^(?:CĂN CỨ|CƠ SỞ (?:PHÁP LÝ|XÂY DỰNG|BAN HÀNH))\b|\b(?:CĂN CỨ|CƠ SỞ) PHÁP LÝ\b"


def extract_text(text: str, source: str) -> Extraction:
    """Records of one normalised text (see ``text.prepare``)."""
    lines = split_lines(text)
    body = body_lines(lines)
    documents = read_documents(body)
    main = documents[0]
    sections = outline(body)
    first_section_start = sections[0].heading.start if sections else None

    own_numbers = {d.number for d in documents if d.number}
    own_numbers.add(reported_number(body, main, first_section_start))  # a news item's plan, a post's text is itself
    refs = extract_legal_refs(
        body,
        own_numbers=own_numbers,
        province=main.province,
        titles=[(d.title or "", d.span) for d in documents],
        first_section_start=first_section_start,
        basis=_basis(sections),
    )

    # the parts of the plan itself, not its report on the last one ("I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023")
    planned = [s for s in sections if not re.match(NO_TARGETS_HEADING, s.title, re.IGNORECASE)]
    target_sections = [part for s in planned if find_section([s], TARGETS_HEADING) for part in _targets_of(s)] or [
        child for top in planned for child in top.children if find_section([child], TARGETS_HEADING)]  # a level down
    if target_sections:
        target_lines = [line for s in target_sections for line in [s.heading, *s.all_lines()]]
    elif not sections and main.number is None:  # a news item: its paragraphs are its targets (a numbered
        # document without parts, a resolution in articles, commits to a quantity only as prose does elsewhere)
        headline = main.span[1] if main.span else -1
        target_lines = [line for line in body if line.start > headline]
    else:
        target_lines = []
    tables = find_tables(body)
    rows = [(row.start, row.end) for table in tables if "indicator" in table.columns for row in table.rows]
    tabled = {line.start for line in body  # read as a table only: a row's span starts at its first cell's text
              if any(start <= line.end and line.start < end for start, end in rows)}
    target_lines = [line for line in target_lines if line.start not in tabled]
    unplanned = [top for top in sections if re.match(NO_TARGETS_HEADING, top.title, re.IGNORECASE)]
    no_targets = [_span(top) for top in unplanned]  # last year's results, the budget
    taken = {line.start for line in target_lines} | tabled | {
        line.start for line in body if _within(no_targets, line.start)}
    start = first_section_start or 0
    periods = heading_periods(body, sections)
    other_lines = [(line, periods.get(line.start)) for line in body if line.start >= start and line.start not in taken]
    plan_end = next((d.period.end for d in reversed(documents) if d.period and d.period.end), None) or (
        _horizon(target_lines) if target_sections else None)
    issued = next((int(d.issued_on[:4]) for d in documents if d.issued_on), None) or (
        published_year(lines) if main.number is None else None) or (  # a news item's day, where it dates no plan,
        main.period.start if main.number is None and main.period else None)  # else the year its plan starts
    targets = [target for target in extract_targets(target_lines, other_lines, plan_end, issued)
               + table_targets(tables) if not is_past(target.period, issued)]

    tasks = []
    task_part = tasks_part(planned)
    if task_part:
        tasks.extend(body_tasks(task_part))
        if solutions := _solutions_after(planned, task_part):
            tasks.extend(body_tasks(solutions))
    # no tasks in a table of what was done last year or will be spent, unless its part also says who does what
    # ("KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN")
    no_tasks = [_span(top) for top in unplanned if not re.search(ORGANISATION_HEADING, top.title, re.IGNORECASE)]
    tasks.extend(appendix_tasks([t for t in tables if t.rows and not _within(no_tasks, t.rows[0].start)]))
    org_part = find_section([top for top in sections if top is not task_part], ORGANISATION_HEADING)
    if org_part:
        tasks.extend(org_tasks(org_part))
    implements_by_short_names(tasks, text, short_names(body))

    return Extraction(source, main, documents[1:], refs, targets, _distinct_ids(tasks))


def _span(section: Section) -> tuple[int, int]:
    return section.heading.start, max(line.end for line in [section.heading, *section.all_lines()])


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _basis(sections: list[Section]) -> tuple[int, int] | None:
    """The span of the part (or a part's section) before the targets and tasks that lists the plan's bases
    ("I. SỰ CẦN THIẾT" / "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN", "I. CĂN CỨ" / "1. Cơ sở pháp lý")."""
    preamble = sections[:1] + list(takewhile(
        lambda s: not re.search(f"{TARGETS_HEADING}|{TASKS_HEADING}", s.title), sections[1:3]))
    if part := find_section([*preamble, *(child for top in preamble for child in top.children)], BASIS_HEADING):
        return part.heading.start, max(line.end for line in [part.heading, *part.all_lines()])
    return None


def _horizon(lines: list[Line]) -> int | None:
    """The year a targets part aims at where no title names it (a page that dropped the title): the first it says
    ("1. Mục tiêu tổng quát: Đến năm 2030, …")."""
    for line in lines:
        if m := re.search(r"\b(?:đến|tới) năm (\d{4})\b", line.text, re.IGNORECASE):
            return int(m.group(1))
    return None


def _distinct_ids(tasks: list[Task]) -> list[Task]:
    """A plan that numbers a part from 1 again gives two sections one path: the later gets 'b', 'c' … after it
    ("body:II.1b"), as a task's id is its IRI and two tasks must not become one."""
    seen: set[str] = set()
    for task in tasks:
        base, letter = task.id, "b"
        while task.id in seen:
            task.id, letter = f"{base}{letter}", chr(ord(letter) + 1)
        seen.add(task.id)
    return tasks


def _targets_of(part: Section) -> list[Section]:
    """Where a part that names its targets states them: a part that also holds the tasks ("II. MỤC TIÊU, NHIỆM VỤ")
    in its sections of targets ("1. Mục tiêu"), any other in all of it."""
    both = find_section([part], TASKS_HEADING) or find_section([part], OTHER_TASKS_HEADING)
    own = [child for child in part.children if find_section([child], TARGETS_HEADING)]
    return own if both and own else [part]


def _holds_targets(part: Section) -> bool:
    return any(find_section([section], TARGETS_HEADING) for section in part.walk())


def tasks_part(sections: list[Section]) -> Section | None:
    """The part of the body that lists the tasks: the roman section NHIỆM VỤ …; else one of that name a level
    down ("II. NỘI DUNG KẾ HOẠCH" / "2. Nhiệm vụ và giải pháp"); else a section of another usual name ("NỘI DUNG
    THỰC HIỆN") with no targets in it; else a part of any name, the organisation's too, whose sections say who leads
    them ("III. CÁC CHƯƠNG TRÌNH, ĐỀ ÁN TRỌNG ĐIỂM" or "III. PHÂN CÔNG NHIỆM VỤ" / "1. …" / "Cơ quan chủ trì: …")."""
    parts = [top for top in sections if not find_section([top], ORGANISATION_HEADING)]  # not "PHÂN CÔNG NHIỆM VỤ"
    found = find_section(parts, TASKS_HEADING) or find_section(  # not "1. Nhiệm vụ của các sở" of TỔ CHỨC …
        [child for top in parts for child in top.children], TASKS_HEADING)
    if found and (targets := _targets_of(found)) != [found]:  # "II. MỤC TIÊU, NHIỆM VỤ": not its "1. Mục tiêu"
        return replace(found, children=[child for child in found.children if child not in targets])
    if found:
        return found
    other = find_section(parts, OTHER_TASKS_HEADING)
    if other and not _holds_targets(other):
        return other
    return next((top for top in sections if names_leads(top) and not _holds_targets(top)), None)


def _solutions_after(sections: list[Section], task_part: Section) -> Section | None:
    """A part of solutions right after the tasks part ("II. NHIỆM VỤ" / "III. GIẢI PHÁP") whose sections say who
    leads them ("1. Tăng cường đầu tư" / "Cơ quan chủ trì: Sở Tài chính"): tasks too."""
    later = sections[sections.index(task_part) + 1:] if task_part in sections else []
    part = later[0] if later else None
    if part and re.search("GIẢI PHÁP", part.title, re.IGNORECASE) and names_leads(part) \
            and not _holds_targets(part):
        return part
    return None


def heading_periods(body: list[Line], sections: list[Section]) -> dict[int, str]:
    """For each line, the period named by the nearest heading above it (section or appendix title)."""
    periods: dict[int, str] = {}

    def visit(section: Section, inherited: str | None) -> None:
        own = heading_period(section.title) or inherited
        for line in [section.heading, *section.lines]:  # a heading that is the whole item too: "1. Hỗ trợ 15 …"
            if own:
                periods[line.start] = own
        for child in section.children:
            visit(child, own)

    for top in sections:
        visit(top, None)
    appendix: str | None = None
    for i, line in enumerate(body):
        if line.text.startswith(("PHỤ LỤC", "Phụ lục")):
            title = " ".join(later.text for later in body[i: i + 4])
            appendix = heading_period(title) or ""
        elif appendix:
            periods[line.start] = appendix
    return periods


def extract_path(path: Path) -> Extraction:
    """Read, normalise and extract one file; raises ``UnreadableInput`` naming why it cannot."""
    return extract_text(prepare(path.read_bytes()), path.name)
