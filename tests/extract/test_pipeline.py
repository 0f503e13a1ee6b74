"""Whole documents: a plan in a layout the sample corpus does not have, and the sample corpus itself."""

import json
import subprocess
import sys
import unicodedata

import pytest

from stikg.graph.extract import extract_path, extract_text
from stikg.graph.extract.records import DocumentInfo, Period
from stikg.graph.extract.text import prepare


@pytest.fixture(scope="module")
def nghe_an(fixture_path):
    return extract_path(fixture_path("nghe_an_plan.txt"))


def tasks_by_id(plan: str) -> dict:
    return {t.id: t for t in extract_text(prepare(plan), "plan.txt").tasks}


def leads_by_id(plan: str) -> list[tuple[str, list[str]]]:
    return [(t.id, t.lead) for t in extract_text(prepare(plan), "plan.txt").tasks]


def test_document_fields(nghe_an):
    doc = nghe_an.document
    assert (doc.number, doc.doc_type, doc.province, doc.issued_on, doc.signer) == (
        "125/KH-UBND", "Kế hoạch", "Nghệ An", "2024-03-15", "Bùi Đình Long")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert doc.title.startswith("Triển khai thực hiện Chiến lược")
    assert (doc.period.start, doc.period.end) == (2024, 2030)


def test_a_title_s_own_period_before_the_document_it_carries_out():
    plan = HEADER.replace("Hỗ trợ doanh nghiệp", "Hoạt động năm 2025 thực hiện Chiến lược khoa học đến năm 2030")
    assert extract_text(prepare(plan), "plan.txt").document.period == Period(2025, 2025)
    plan = HEADER.replace("Hỗ trợ doanh nghiệp", "Thực hiện Nghị quyết về khoa học giai đoạn 2023-2030")
    assert extract_text(prepare(plan), "plan.txt").document.period == Period(2023, 2030)  # the whole title's


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2100/QĐ-UBND\nQuảng Trị, ngày 15 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch chuyển đổi số năm 2026\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch "
            "chuyển đổi số năm 2026.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Văn Hưng\n{note}"
            "KẾ HOẠCH\nChuyển đổi số năm 2026\nI. MỤC TIÊU\nKinh tế số chiếm 20% GRDP.\n")


@pytest.mark.parametrize("note", [
    "(Ban hành kèm theo Quyết định số 2100/QĐ-UBND ngày 15/9/2025 của UBND tỉnh)\n",  # above its type line
    "",  # or dropped by the page: the decision says it issues the plan herewith
])
def test_the_plan_a_decision_issues_with_its_note_above_it_or_none(note):
    record = extract_text(prepare(DECISION.format(note=note)), "decision.txt")
    assert record.document.signer == "Võ Văn Hưng"
    (plan,) = record.embedded_documents
    assert (plan.doc_type, plan.title, plan.issued_on) == ("Kế hoạch", "Chuyển đổi số năm 2026", "2025-09-15")


def test_the_plan_a_decision_issues_once_where_its_note_stands_far_below_its_type_line():
    spaced = DECISION.format(note="").replace(
        "KẾ HOẠCH\nChuyển đổi số năm 2026\n", "KẾ HOẠCH\n\nCHUYỂN ĐỔI SỐ NĂM 2026\n\n\n\n"
        "(Ban hành kèm theo Quyết định số 2100/QĐ-UBND ngày 15/9/2025 của UBND tỉnh)\n")
    (plan,) = extract_text(prepare(spaced), "decision.txt").embedded_documents
    assert (plan.doc_type, plan.title) == ("Kế hoạch", "CHUYỂN ĐỔI SỐ NĂM 2026")


def test_references_and_page_furniture(nghe_an):
    refs = {r.number or r.name: r for r in nghe_an.legal_refs}
    assert refs["569/QĐ-TTg"].relation == "implements"
    assert refs["45-CTr/TU"].relation == "implements"
    assert refs["45-CTr/TU"].implements == ["20-NQ/TW"]
    assert refs["20-NQ/TW"].relation == "references"
    assert refs["Luật Khoa học và Công nghệ"].relation == "based_on"
    assert "125/KH-UBND" not in refs  # the plan's own number in its appendix


def test_tasks_of_every_kind(nghe_an):
    tasks = {t.id: t for t in nghe_an.tasks}
    assert set(tasks) == {"body:III.1", "body:III.2", "appendix:1", "appendix:2", "org:IV.1", "org:IV.2"}
    assert tasks["body:III.1"].lead == ["Sở Khoa học và Công nghệ"]
    assert tasks["body:III.1"].partners == [
        "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND các huyện, thành phố, thị xã"]
    assert tasks["body:III.1"].timeframe == "2024 - 2025"
    assert tasks["body:III.2"].implements == ["88/KH-UBND"]
    assert tasks["appendix:2"].implements == ["1158/QĐ-TTg"]
    assert tasks["appendix:1"].partners == ["Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn"]
    assert tasks["org:IV.1"].partners == ["Sở Tài chính", "Cục Thuế tỉnh"]


def test_targets_with_periods_from_headings(nghe_an):
    assert [(t.value, t.comparator, t.period) for t in nghe_an.targets] == [
        (42, "=", "2025"), (15, ">=", "2025"), (2, "~", "2030"), (1200, ">=", "2030")]


def test_spans_point_at_the_quoted_text(fixture_path):
    text = prepare(fixture_path("nghe_an_plan.txt").read_bytes())
    record = extract_text(text, "x.txt")
    for target in record.targets:
        assert text[target.span[0]: target.span[1]] == target.text
    for task in record.tasks:
        assert task.title.split()[0] in text[task.span[0]: task.span[1]]


def test_nfd_crlf_bom_and_spaces_read_the_same(corpus_files):
    for path in corpus_files:
        raw = path.read_text(encoding="utf-8")
        variant = "\ufeff" + unicodedata.normalize("NFD", raw).replace("\n", "\r\n").replace(" ", "\u00a0", 40)
        assert extract_text(prepare(variant.encode()), path.name).to_json() == extract_path(path).to_json()


CATALOGUE_OPENING = (
    "Thực hiện Quyết định số 2205/QĐ-TTg ngày 24/12/2020 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch:\n"
    "I. MỤC TIÊU\n- Hỗ trợ 50 nhãn hiệu được bảo hộ.\nII. NHIỆM VỤ\n1. Hỗ trợ xác lập quyền sở hữu trí tuệ\n"
    "Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n")


@pytest.mark.parametrize("entry", [
    "Cổng thông tin điện tử tỉnh Lâm Đồng\nSố ký hiệu: 4521/KH-UBND\nNgày ban hành: 12/09/2025\n"
    "Loại văn bản: Kế hoạch\nCơ quan ban hành: UBND tỉnh Lâm Đồng\nNgười ký: Hồ Văn Mười\n"
    "Trích yếu: Kế hoạch triển khai Chương trình phát triển tài sản trí tuệ giai đoạn 2025 - 2030\nNội dung văn bản:\n",
    "Số hiệu: | 4521/KH-UBND | Loại văn bản: | Kế hoạch |\nNơi ban hành: | Tỉnh Lâm Đồng | Người ký: | Hồ Văn Mười |\n"
    "Ngày ban hành: | 12/09/2025 | Ngày hiệu lực: | Đã biết |\n"
    "Trích yếu: | Kế hoạch triển khai Chương trình phát triển tài sản trí tuệ giai đoạn 2025 - 2030 |\n",
])
def test_a_portal_s_catalogue_entry_in_place_of_the_header_describes_the_document(entry):
    record = extract_text(prepare(entry + CATALOGUE_OPENING), "entry")
    assert record.document == DocumentInfo(
        "4521/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng", "2025-09-12", "Hồ Văn Mười",
        "Triển khai Chương trình phát triển tài sản trí tuệ giai đoạn 2025 - 2030", Period(2025, 2030),
        record.document.span)
    assert [(r.number, r.relation) for r in record.legal_refs] == [("2205/QĐ-TTg", "implements")]  # not its own


def test_the_generated_plans_read_their_number_title_and_period_as_printed(generated_plans):
    # a title as wide as the page's widest line once took the opening "Thực hiện …" under it: no title, no period
    for name, text in generated_plans(40):
        lines = text.splitlines()
        title = lines[lines.index("KẾ HOẠCH") + 1]
        number = next(line for line in lines if line.startswith("Số: ")).removeprefix("Số: ")
        document = extract_text(prepare(text), name).document
        assert (document.number, document.title) == (number, title), name
        assert document.period is not None and str(document.period.end) in title, name


DEV_SET_FLOORS = {"legal_refs": 0.95, "ref_links": 0.90, "targets": 0.90, "tasks": 0.90}
FIELD_FLOORS = {"task_lead_acc": 0.90, "ref_relation_acc": 0.90, "document_field_acc": 0.95, "field_score": 0.90}


def test_development_set_scores(tmp_path, corpus_files, shared_dir):
    if not (shared_dir / "gold").is_dir():
        pytest.skip("the development set (../shared/gold) is not beside the checkout")
    for path in corpus_files:
        (tmp_path / f"{path.stem}.json").write_text(json.dumps(extract_path(path).to_json(), ensure_ascii=False))
    out = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "score_extraction.py"), "--gold", str(shared_dir / "gold"),
         "--pred", str(tmp_path), "--json"], capture_output=True, text=True, check=True,
    )
    overall = json.loads(out.stdout)["overall"]
    for key, floor in DEV_SET_FLOORS.items():
        assert overall[key]["f1"] >= floor, key
    for key, floor in FIELD_FLOORS.items():
        assert overall[key] >= floor, key


def test_decision_issuing_a_plan_with_a_framed_pipe_table(fixture_path):
    record = extract_path(fixture_path("decision_with_markdown_table.txt"))
    assert (record.document.number, record.document.doc_type, record.document.signer) == (
        "2051/QĐ-UBND", "Quyết định", "Võ Ngọc Hiệp")
    (plan,) = record.embedded_documents
    assert (plan.number, plan.doc_type, plan.issued_on, plan.period.end) == (None, "Kế hoạch", "2023-10-03", 2030)
    refs = {r.number or r.name: r.relation for r in record.legal_refs}
    assert refs == {"Luật Sở hữu trí tuệ": "based_on", "2205/QĐ-TTg": "based_on",
                    "85/TTr-SKHCN": "references", "1500/QĐ-UBND": "replaces"}
    tasks = {t.id: t for t in record.tasks}
    assert tasks["body:II.1"].lead == ["Sở Thông tin và Truyền thông"]
    assert tasks["body:II.1"].timeframe == "hằng năm"
    assert tasks["appendix:1"].implements == ["2205/QĐ-TTg"]
    assert tasks["appendix:2"].timeframe == "2024 - 2025"
    assert tasks["org:III.1"].lead == ["Sở Khoa học và Công nghệ"]
    assert tasks["org:III.2"].title.startswith("bố trí kinh phí")
    assert [(t.value, t.value_max, t.period) for t in record.targets] == [(30, None, "2025"), (5, 7, "2025"),
                                                                           (10, None, "2030")]


def test_plan_whose_parts_are_numbered_not_roman(fixture_path):
    record = extract_path(fixture_path("quang_nam_numbered_parts.txt"))
    assert (record.document.period.start, record.document.period.end) == (2023, 2023)
    assert [(t.value, t.period) for t in record.targets] == [(10, "2023"), (45, "2023")]
    tasks = {t.id: t for t in record.tasks}
    assert set(tasks) == {"body:2.1", "body:2.2", "org:3.1"}
    assert tasks["body:2.1"].lead == ["Sở Khoa học và Công nghệ"] and tasks["body:2.1"].timeframe == "Năm 2023"
    assert tasks["org:3.1"].lead == ["Sở Tài chính"]


def test_a_body_task_s_product_line_is_its_output():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1520/KH-UBND\nQuảng Nam, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Phát triển khoa học và công nghệ\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            "1. Hoàn thiện cơ chế, chính sách về khoa học và công nghệ\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
            "- Thời gian thực hiện: 2024 - 2025.\n- Sản phẩm: Nghị quyết của Hội đồng nhân dân tỉnh.\n"
            "2. Phát triển hệ sinh thái khởi nghiệp\n- Cơ quan chủ trì: Tỉnh đoàn.\n"
            "IV. TỔ CHỨC THỰC HIỆN\nNơi nhận:\n")
    tasks = tasks_by_id(plan)
    assert tasks["body:III.1"].output == "Nghị quyết của Hội đồng nhân dân tỉnh"
    assert tasks["body:III.1"].timeframe == "2024 - 2025"
    assert tasks["body:III.2"].output is None


HEADER = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 215/KH-SKHCN\nLâm Đồng, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
          "Hỗ trợ doanh nghiệp\n")
END = "III. TỔ CHỨC THỰC HIỆN\nTrong quá trình thực hiện, có vướng mắc báo cáo Giám đốc Sở.\nNơi nhận:\n"


def test_a_party_plan_numbered_with_dashes():
    plan = ("TỈNH ỦY THANH HÓA\n*\nSố 45-KH/TU\nThanh Hóa, ngày 20 tháng 02 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết\n"
            "II- MỤC TIÊU\n1- Đến năm 2030, có ít nhất 3 trung tâm đổi mới sáng tạo.\nIII- NHIỆM VỤ, GIẢI PHÁP\n"
            "1- Hoàn thiện thể chế\nBan cán sự đảng UBND tỉnh lãnh đạo rà soát chính sách.\nNơi nhận:\n")
    record = extract_text(prepare(plan), "plan.txt")
    assert [(t.indicator, t.value) for t in record.targets] == [("Số trung tâm đổi mới sáng tạo", 3)]
    assert [(t.id, t.lead) for t in record.tasks] == [("body:III.1", ["Ban cán sự đảng UBND tỉnh"])]


def test_a_tasks_part_named_otherwise_and_partners_on_the_lead_line():
    plan = (HEADER + "I. MỤC TIÊU\n- Chứng nhận mới 03 doanh nghiệp khoa học và công nghệ.\n"
            "II. NỘI DUNG THỰC HIỆN\n1. Tuyên truyền Quyết định số 1230/QĐ-TTg\n"
            "Đơn vị thực hiện: Phòng Quản lý khoa học; phối hợp: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.\n"
            "Thời gian: Quý II/2023.\n2. Hỗ trợ doanh nghiệp đăng ký chứng nhận\n"
            "Đơn vị thực hiện: Phòng Quản lý công nghệ.\n" + END)
    tasks = tasks_by_id(plan)
    assert set(tasks) == {"body:II.1", "body:II.2"}
    assert tasks["body:II.1"].lead == ["Phòng Quản lý khoa học"]
    assert tasks["body:II.1"].partners == ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"]
    assert tasks["body:II.1"].timeframe == "Quý II/2023"
    assert (tasks["body:II.2"].lead, tasks["body:II.2"].partners) == (["Phòng Quản lý công nghệ"], [])


@pytest.mark.parametrize("heading", ["PHÂN CÔNG NHIỆM VỤ", "PHÂN CÔNG TRÁCH NHIỆM", "TRÁCH NHIỆM THỰC HIỆN"])
def test_an_organisation_part_named_otherwise(heading):
    plan = (HEADER + "I. NỘI DUNG KẾ HOẠCH\n1. Tổ chức Ngày hội khởi nghiệp\n- Cơ quan chủ trì: Sở KH&CN.\n"
            f"II. {heading}\n1. Sở Khoa học và Công nghệ\nLà cơ quan đầu mối, theo dõi việc thực hiện.\n"
            "2. Sở Tài chính\nTham mưu bố trí kinh phí.\nNơi nhận:\n")
    tasks = tasks_by_id(plan)
    assert set(tasks) == {"body:I.1", "org:II.1", "org:II.2"}  # not a tasks part for its "NHIỆM VỤ"
    assert tasks["org:II.2"].lead == ["Sở Tài chính"]


def test_task_ids_stay_distinct_where_numbering_starts_again():
    table = "TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian\n1 | {} | Sở KH&CN | 2024\n"
    plan = (HEADER + "I. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu\n- Cơ quan chủ trì: Sở KH&CN.\nNhiệm vụ bổ sung\n"
            "1. Tổ chức Techfest\n- Cơ quan chủ trì: Tỉnh Đoàn.\nNơi nhận:\n- Lưu: VT.\n"
            "PHỤ LỤC I\n" + table.format("Đánh giá trình độ công nghệ") + "PHỤ LỤC II\n" + table.format("Kết nối"))
    tasks = tasks_by_id(plan)
    assert [(i, t.title[:8]) for i, t in tasks.items()] == [
        ("body:I.1", "Xây dựng"), ("body:I.1b", "Tổ chức "), ("appendix:1", "Đánh giá"), ("appendix:II.1", "Kết nối")]


def test_tasks_one_level_down_and_a_content_part_that_holds_targets():
    nested = (HEADER + "I. MỤC ĐÍCH, YÊU CẦU\nBám sát Chương trình.\nII. NỘI DUNG KẾ HOẠCH\n1. Mục tiêu\n"
              "- Chứng nhận mới 03 doanh nghiệp khoa học và công nghệ.\n2. Nhiệm vụ\n"
              "2.1. Hỗ trợ doanh nghiệp đăng ký chứng nhận\n- Cơ quan chủ trì: Phòng Quản lý công nghệ.\n"
              "2.2. Tuyên truyền Chương trình\n- Cơ quan chủ trì: Văn phòng Sở.\n" + END)
    found = extract_text(prepare(nested), "plan.txt")
    assert {t.id for t in found.tasks} == {"body:II.2.1", "body:II.2.2"}
    assert [(t.value, t.unit) for t in found.targets] == [(3, "doanh nghiệp")]  # under "1. Mục tiêu", uncommitted
    no_tasks = nested.replace("2. Nhiệm vụ\n", "2. Các bước\n")  # its sections are targets and steps, not tasks
    assert [t.id for t in extract_text(prepare(no_tasks), "plan.txt").tasks] == []
    duties = no_tasks.replace(END, "III. TỔ CHỨC THỰC HIỆN\n1. Nhiệm vụ của các sở\n"  # the organisation's duties
                              "1.1. Sở Tài chính: bố trí kinh phí.\n1.2. Sở Nội vụ: bố trí biên chế.\nNơi nhận:\n")
    assert not [t.id for t in extract_text(prepare(duties), "plan.txt").tasks if t.id.startswith("body:")]


@pytest.mark.parametrize(("header", "issuer"), [
    ("UBND TỈNH LÂM ĐỒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSỞ TÀI CHÍNH\n-------\n", "Sở Tài chính tỉnh Lâm Đồng"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------\n", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    # a party committee: its name after the province's party organisation, on its own line, or in old spelling
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nTỈNH ỦY\n*\n", "Tỉnh ủy Lâm Đồng"),
    ("TỈNH ỦY LÂM ĐỒNG\n*\n", "Tỉnh ủy Lâm Đồng"),
    ("TỈNH UỶ\nLÂM ĐỒNG\n", "Tỉnh ủy Lâm Đồng"),
    # a steering committee under the party committee, its name with commas
    ("TỈNH ỦY LÂM ĐỒNG\nBAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\n*\n",
     "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lâm Đồng"),
    # a ward's, a commune's, a district's committee, under its city's or not
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN\n-------\n",
     "Ủy ban nhân dân phường Sài Gòn"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\n-------\n", "Ủy ban nhân dân huyện Đại Lộc"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ LẠT\n-------\n", "Ủy ban nhân dân thành phố Đà Lạt"),  # a city in a province
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\n", "Ủy ban nhân dân thành phố Cần Thơ"),  # a city that is one
    # the nation's: a ministry, the Prime Minister, the Government
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\n-------\n", "Bộ Khoa học và Công nghệ"),
    ("BỘ TÀI CHÍNH\n-------\n", "Bộ Tài chính"),
    ("THỦ TƯỚNG CHÍNH PHỦ\n-------\n", "Thủ tướng Chính phủ"),
    # the party's bodies under its provincial organisation, and a board under the people's committee
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\n", "Đảng ủy Khối các cơ quan tỉnh Lâm Đồng"),
    ("TỈNH ỦY LÂM ĐỒNG\nBAN CÁN SỰ ĐẢNG UBND TỈNH\n*\n", "Ban cán sự đảng Ủy ban nhân dân tỉnh Lâm Đồng"),
    ("UBND TỈNH LÂM ĐỒNG\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n-------\n", "Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY LÂM ĐỒNG\n", "Tỉnh ủy Lâm Đồng"),  # the party's name first
    ("BAN CHẤP HÀNH ĐẢNG BỘ\nTỈNH LÂM ĐỒNG\n*\n", "Ban Chấp hành Đảng bộ tỉnh Lâm Đồng"),  # its executive
    # the Front, a union, an association the word lists know by name
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH LÂM ĐỒNG\n-------\n", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"),
    ("TỈNH ĐOÀN LÂM ĐỒNG\nBAN CHẤP HÀNH\n-------\n", "Tỉnh Đoàn Lâm Đồng"),
    ("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LÂM ĐỒNG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"),
    ("CÔNG TY CỔ PHẦN ĐÀ LẠT\n-------\n", None),  # a firm no list knows
    # national steering committees, which sign in a city that is not theirs
    ("BAN CHỈ ĐẠO TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n", "Ban Chỉ đạo Trung ương"),
    ("BAN CHỈ ĐẠO CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 | CỘNG HÒA |\n",
     "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, chuyển đổi số và Đề án 06"),
])
def test_a_department_under_its_people_s_committee_issues_in_its_own_name(header, issuer):
    plan = header + "Số: 215/KH-SKHCN\nLâm Đồng, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\nHỗ trợ doanh nghiệp\nNơi nhận:\n"
    assert extract_text(prepare(plan), "plan.txt").document.issuer == issuer


def test_a_district_s_plan_is_of_the_province_whose_committee_its_opening_names():
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA\n-------\nSố: 88/KH-UBND\nĐức Hòa, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Ứng dụng khoa học và công nghệ năm 2024\n" + "\n" * 6 + "Thực hiện Kế hoạch số 500/KH-UBND ngày "
            "15/02/2024 của UBND tỉnh Long An về phát triển khoa học, UBND huyện ban hành Kế hoạch như sau:\n"
            "I. MỤC TIÊU\n")
    document = extract_text(prepare(plan), "plan.txt").document
    assert (document.issuer, document.province) == ("Ủy ban nhân dân huyện Đức Hòa", "Long An")


@pytest.mark.parametrize(("under_type_line", "issuer", "title"), [
    ("CỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học\n", "Bộ Chính trị", "về đột phá phát triển khoa học"),
    ("về đột phá phát triển khoa học\n", "Ban Chấp hành Trung ương", "về đột phá phát triển khoa học"),
])
def test_a_party_resolution_under_the_central_committee_s_header_names_its_body_under_its_type_line(
        under_type_line, issuer, title):
    page = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n-----\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 57-NQ/TW\nHà Nội, ngày 22 tháng 12 năm 2024\n"
            "NGHỊ QUYẾT\n" + under_type_line + "I. TÌNH HÌNH\n")
    document = extract_text(prepare(page), "page.txt").document
    assert (document.issuer, document.province, document.title) == (issuer, None, title)


@pytest.mark.parametrize(("header", "place", "province"), [
    ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n", "Huế", "Thừa Thiên Huế"),  # the place is a city of that name
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n", "Buôn Ma Thuột", "Đắk Lắk"),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n", "Tây Ninh", "Tây Ninh"),  # the place alone names it
])
def test_the_province_the_header_names_before_the_place(header, place, province):
    plan = header + f"Số: 5/KH-UBND\n{place}, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nPhát triển khoa học\n"
    document = extract_text(prepare(plan), "plan.txt").document
    assert (document.province, document.issuer) == (province, f"Ủy ban nhân dân tỉnh {province}")


def test_a_header_date_without_its_place():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nSố: 12/KH-UBND\nNgày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
            "Hỗ trợ doanh nghiệp\nNgày 10 tháng 5 năm 2023\nNơi nhận:\n")
    assert extract_text(prepare(plan), "plan.txt").document.issued_on == "2023-04-05"


@pytest.mark.parametrize(("number", "dated"), [("SỐ: 12/KH-UBND", "An Giang, ngày 05 tháng 4 năm 2023"),
                                               ("Số: 12/KH-UBND", "An Giang, Ngày 05 Tháng 4 Năm 2023"),
                                               ("Số: 12/KH-UBND", "NGÀY 05 THÁNG 4 NĂM 2023")])
def test_a_header_s_number_and_date_in_capitals(number, dated):
    plan = f"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n{number}\n{dated}\nKẾ HOẠCH\nHỗ trợ doanh nghiệp\nNơi nhận:\n"
    document = extract_text(prepare(plan), "plan.txt").document
    assert (document.number, document.issuer, document.issued_on) == (
        "12/KH-UBND", "Ủy ban nhân dân tỉnh An Giang", "2023-04-05")


@pytest.mark.parametrize("page", [
    # a site's details table above the header, which is flattened into one row
    "Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | Đang cập nhật |\n"
    "Số hiệu: | 47/2018/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |\n"
    "ỦY BAN NHÂN DÂN Số: 47/2018/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Lạng Sơn, ngày 22 tháng 8 năm 2018 |\n"
    "QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH QUẢN LÝ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ\n---------\nỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n",
    # the type line dropped by the site: the type is the number's
    "ỦY BAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 47/2018/QĐ-UBND |\n"
    "Lạng Sơn, ngày 22 tháng 8 năm 2018 |\n"
    "BAN HÀNH QUY ĐỊNH QUẢN LÝ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ\nỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n",
])
def test_a_header_as_sites_flatten_or_shorten_it(page):
    document = extract_text(prepare(page + "Căn cứ Luật Khoa học và công nghệ ngày 18 tháng 6 năm 2013;\n"),
                            "decision.txt").document
    assert (document.number, document.doc_type, document.issuer, document.issued_on, document.title) == (
        "47/2018/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Lạng Sơn", "2018-08-22",
        "BAN HÀNH QUY ĐỊNH QUẢN LÝ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ")


def test_a_header_whose_title_the_site_keeps_to_its_members():
    page = ("Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.\n"
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 2629/KH-UBND | Kon Tum, ngày 15 tháng 8 năm 2023 |\n"
            "Thực hiện Quyết định số 569/QĐ-TTg ngày 11 tháng 5 năm 2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
            "ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:\n")
    record = extract_text(prepare(page), "plan.txt")
    document = record.document
    assert (document.number, document.doc_type, document.issuer, document.issued_on, document.title) == (
        "2629/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Kon Tum", "2023-08-15", None)
    assert [ref.number for ref in record.legal_refs] == ["569/QĐ-TTg"]  # not its own number


def test_a_decision_s_title_stops_at_the_authority_that_enacts_it():
    page = ("Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn gói cước.\n"
            "CHÍNH PHỦ\n-------\nSố: 71/NQ-CP\nHà Nội, ngày 01 tháng 4 năm 2025\nNGHỊ QUYẾT\n"
            "SỬA ĐỔI, BỔ SUNG CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA\nCHÍNH PHỦ\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức\n"
            "Chính phủ ngày 18 tháng 02 năm 2025;\n")
    record = extract_text(prepare(page), "decision.txt")
    assert record.document.title == "SỬA ĐỔI, BỔ SUNG CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ"
    assert [(ref.name, ref.issued_on) for ref in record.legal_refs] == [("Luật Tổ chức Chính phủ", "2025-02-18")]


def test_a_plan_a_decision_issues_whose_type_line_the_site_dropped():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 669/QĐ-UBND | Vĩnh Phúc, ngày 27 tháng 3 năm 2023 |\nQUYẾT ĐỊNH:\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n| TM. ỦY BAN NHÂN DÂN |\n"
            "THỰC HIỆN CHỈ THỊ SỐ 36-CT/TU NGÀY 29/12/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY ĐẾN NĂM 2030\n"
            "(Ban hành kèm theo Quyết định số 669/QĐ-UBND ngày 27/3/2023 của UBND tỉnh Vĩnh Phúc)\n"
            "Thực hiện Chỉ thị số 36-CT/TU ngày 29/12/2022 của Ban Thường vụ Tỉnh ủy; UBND tỉnh ban hành kế hoạch "
            "triển khai thực hiện, như sau:\n1. Mục đích\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Quyết định số 669/QĐ-UBND ngày 27/3/2023)\n")
    record = extract_text(prepare(page), "decision.txt")
    (plan,) = record.embedded_documents  # the appendix, which goes with the plan, is no document of its own
    assert (plan.doc_type, plan.title, plan.issuer, plan.issued_on) == (
        "Kế hoạch", "THỰC HIỆN CHỈ THỊ SỐ 36-CT/TU NGÀY 29/12/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY ĐẾN NĂM 2030",
        "Ủy ban nhân dân tỉnh Vĩnh Phúc", "2023-03-27")
    assert {ref.number: ref.relation for ref in record.legal_refs}["36-CT/TU"] == "implements"


def test_a_title_wrapped_before_the_number_it_carries_out_is_read_whole():
    document = extract_text(prepare(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 38/KH-UBND\nQuảng Ngãi, ngày 20 tháng 02 năm 2024\nKẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN\nNGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ\n"
        "CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI ĐẾN NĂM 2030\nThực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023, Ủy ban nhân "
        "dân tỉnh ban hành Kế hoạch như sau:\n"), "plan.txt").document
    assert (document.title, document.period) == (
        "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CHUYỂN ĐỔI SỐ TỈNH "
        "QUẢNG NGÃI ĐẾN NĂM 2030", Period(None, 2030))  # "NGHỊ QUYẾT SỐ …" opens no document of its own
    document = extract_text(prepare(  # nor is it the type line where the site dropped the plan's
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 38/KH-UBND | Quảng Ngãi, ngày 20 tháng 02 năm "
        "2024 |\nTRIỂN KHAI THỰC HIỆN\nNGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 VỀ CHUYỂN ĐỔI SỐ\nI. MỤC TIÊU\n"),
        "plan.txt").document
    assert (document.doc_type, document.title) == (
        "Kế hoạch", "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 VỀ CHUYỂN ĐỔI SỐ")


@pytest.mark.parametrize(("heading", "unlabelled_ids"), [
    ("III. CÁC CHƯƠNG TRÌNH, ĐỀ ÁN TRỌNG ĐIỂM", ["org:IV.1"]), ("III. LỘ TRÌNH THỰC HIỆN", ["org:IV.1"]),
    ("III. PHÂN CÔNG NHIỆM VỤ", []),  # unlabelled, it is the organisation part, whose sections name no agency
])
def test_a_part_of_another_name_whose_sections_name_their_leads_is_the_tasks_part(heading, unlabelled_ids):
    plan = (HEADER + "I. MỤC ĐÍCH\n1. Mục đích\nThực hiện tốt.\nII. MỤC TIÊU\nHỗ trợ 5 doanh nghiệp.\n" + heading +
            "\n1. Hỗ trợ doanh nghiệp đổi mới công nghệ\nCơ quan chủ trì: Sở KH&CN.\n2. Đào tạo nhân lực\n"
            "Cơ quan chủ trì: Sở Nội vụ.\n3. Hợp tác quốc tế\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: Bố trí.\n")
    assert leads_by_id(plan) == [
        ("body:III.1", ["Sở Khoa học và Công nghệ"]), ("body:III.2", ["Sở Nội vụ"]), ("body:III.3", []),
        ("org:IV.1", ["Sở Tài chính"])]
    unlabelled = plan.replace("Cơ quan chủ trì: ", "")  # sections that say no lead: no tasks part
    assert [t.id for t in extract_text(prepare(unlabelled), "plan.txt").tasks] == unlabelled_ids


def test_a_part_of_solutions_after_the_tasks_part_whose_sections_name_their_leads_holds_tasks_too():
    plan = (HEADER + "I. MỤC TIÊU\nHỗ trợ 5 doanh nghiệp.\nII. NHIỆM VỤ\n1. Hoàn thiện thể chế\nCơ quan chủ trì: "
            "Sở Tư pháp.\nIII. GIẢI PHÁP\n1. Tăng cường đầu tư\nCơ quan chủ trì: Sở Tài chính.\n2. Hợp tác quốc tế\n"
            "Cơ quan chủ trì: Sở Ngoại vụ.\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Bố trí biên chế.\n")
    assert leads_by_id(plan) == [
        ("body:II.1", ["Sở Tư pháp"]), ("body:III.1", ["Sở Tài chính"]), ("body:III.2", ["Sở Ngoại vụ"]),
        ("org:IV.1", ["Sở Nội vụ"])]
    unlabelled = plan.replace("Cơ quan chủ trì: Sở Tài chính", "Bố trí").replace("Cơ quan chủ trì: Sở Ngoại vụ", "Mở")
    assert [t.id for t in extract_text(prepare(unlabelled), "plan.txt").tasks] == ["body:II.1", "org:IV.1"]


def test_a_report_s_type_line_and_its_next_year_s_numbered_commitments():
    report = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 210/BC-UBND\nTrà Vinh, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
              "Kết quả thực hiện Kế hoạch phát triển khoa học và công nghệ năm 2024\nI. KẾT QUẢ THỰC HIỆN\n"
              "1. Năm 2024, tỉnh đã hỗ trợ 12 doanh nghiệp đổi mới công nghệ.\n"
              "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025\n1. Tiếp tục hỗ trợ ít nhất 15 doanh nghiệp đổi mới công nghệ.\n")
    record = extract_text(prepare(report), "report.txt")
    assert (record.document.doc_type, record.document.title) == (
        "Báo cáo", "Kết quả thực hiện Kế hoạch phát triển khoa học và công nghệ năm 2024")
    assert [(t.value, t.period) for t in record.targets] == [(15, "2025")]  # dated by the part its item stands in


@pytest.mark.parametrize(("type_line", "doc_type"), [("KẾ HOẠCH HÀNH ĐỘNG", "Kế hoạch"),
                                                   ("KẾ HOẠCH LIÊN TỊCH", "Kế hoạch"),
                                                   ("CHƯƠNG TRÌNH PHỐI HỢP", "Chương trình")])
def test_an_action_or_joint_plan_s_type_line_is_a_plan_s_and_not_its_title(type_line, doc_type):
    document = extract_text(prepare(
        f"ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 20/KH-UBND\nGia Lai, ngày 15 tháng 4 năm 2025\n{type_line}\n"
        "thực hiện Chương trình hành động số 35-CTr/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy\nI. MỤC TIÊU\n"),
        "plan.txt").document
    assert (document.doc_type, document.title) == (
        doc_type, "thực hiện Chương trình hành động số 35-CTr/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy")


def test_a_decision_whose_type_line_the_site_dropped_is_titled_by_its_subject_not_its_articles():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 3040/QĐ-UBND | Kiên Giang, ngày 08 tháng 12 năm 2021 |\n"
            "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
            "Căn cứ Quyết định số 2205/QĐ-TTg ngày 24/12/2020 của Thủ tướng Chính phủ;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt Chương trình phát triển tài sản trí tuệ đến năm 2030.\n")
    document = extract_text(prepare(page), "decision.txt").document
    assert (document.doc_type, document.title, document.period) == (  # "QUYẾT ĐỊNH:" enacts; it is no type line
        "Quyết định", "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030", Period(None, 2030))
    # the type line of the programme it issues kept: the decision is still the page's document, and signed
    record = extract_text(prepare(
        page + "| KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Minh Thành |\nCHƯƠNG TRÌNH\nPHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030\n"
        "(Ban hành kèm theo Quyết định số 3040/QĐ-UBND ngày 08/12/2021 của Chủ tịch UBND tỉnh)\n"), "decision.txt")
    assert (record.document.doc_type, record.document.signer) == ("Quyết định", "Lâm Minh Thành")
    assert [(plan.doc_type, plan.title) for plan in record.embedded_documents] == [
        ("Chương trình", "PHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030")]


@pytest.mark.parametrize("section", ["Tin trong tỉnh", "Tin tức - Sự kiện", "Thời sự"])
def test_a_news_item_under_its_site_s_section_name_is_titled_by_its_headline(section):
    document = extract_text(prepare(
        f",\n\n{section}\n\nHưởng ứng Giải Búa liềm vàng lần thứ VIII - năm 2023\n\nNgày 11/4/2023, Tỉnh ủy Tuyên "
        "Quang ban hành Kế hoạch số 330-KH/TU về hưởng ứng Giải báo chí toàn quốc.\n"), "news.txt").document
    assert (document.title, document.issuer, document.issued_on) == (
        "Hưởng ứng Giải Búa liềm vàng lần thứ VIII - năm 2023", "Tỉnh ủy Tuyên Quang", "2023-04-11")
    headline = "Quảng Nam đặt mục tiêu có 100 doanh nghiệp khoa học và công nghệ"  # a province's name opening it
    document = extract_text(prepare(f"Khoa học - Công nghệ\n{headline}\nUBND tỉnh vừa ban hành Kế hoạch.\n"),
                            "news.txt").document  # a section named otherwise, shorter than the headline under it
    assert document.title == headline
    document = extract_text(prepare(f"{section}\n{headline}\nUBND tỉnh vừa ban hành Kế hoạch phát triển.\n"),
                            "news.txt").document
    assert document.title == headline


@pytest.mark.parametrize("site", ["Cổng thông tin điện tử tỉnh Đồng Nai\nTrang chủ > Tin tức > Khoa học - Công nghệ",
                                  "Trang TTĐT Sở Khoa học và Công nghệ\nTin tức » Hoạt động KH&CN",
                                  "Hệ thống pháp luật", "Báo Đồng Nai điện tử\nThời sự"])
def test_a_news_item_under_its_site_s_name_and_path_is_titled_by_its_headline(site):
    document = extract_text(prepare(
        f"{site}\n\nĐồng Nai ban hành kế hoạch phát triển thị trường khoa học và công nghệ đến năm 2030\n"
        "Ngày đăng: 15/04/2024\n\nUBND tỉnh vừa ban hành Kế hoạch số 145/KH-UBND ngày 10/4/2024 về phát triển thị "
        "trường khoa học và công nghệ.\n"), "news.txt").document
    assert (document.title[:30], document.issuer, document.issued_on) == (
        "Đồng Nai ban hành kế hoạch phá", "Ủy ban nhân dân tỉnh Đồng Nai", "2024-04-10")


def test_a_document_posted_under_a_headline_without_its_header():
    page = ("Ban Tuyên giáo Tỉnh ủy giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban Thường vụ "
            "Tỉnh ủy\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển khoa học, công nghệ\n-----\n"
            "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển khoa học tỉnh Phú Yên như sau:\n"
            "I. MỤC TIÊU\nĐến năm 2025, có 10 doanh nghiệp khoa học và công nghệ.\n")
    record = extract_text(prepare(page), "post.txt")
    document = record.document
    assert (document.number, document.doc_type, document.issuer, document.issued_on) == (
        None, "Nghị quyết", "Ban Thường vụ Tỉnh ủy Phú Yên", "2021-08-18")  # no "Số:", so no number as printed
    assert document.title == "về phát triển khoa học, công nghệ"
    assert record.legal_refs == []  # the headline's number is the document's own


def test_a_plan_s_text_posted_by_a_portal_under_a_headline_and_a_report():
    page = ("Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
            "triển khoa học\nTỉnh ủy Quảng Ngãi ban hành Kế hoạch 359-KH/TU thực hiện Nghị quyết số 57-NQ/TW (Kế "
            "hoạch này thay Kế hoạch số 336-KH/TU ngày 25/02/2025 của Ban Thường vụ Tỉnh ủy). Trang thông tin điện tử "
            "Sở Khoa học và Công nghệ đăng tải nội dung của Kế hoạch, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Quán triệt Nghị quyết số 57-NQ/TW.\n")
    record = extract_text(prepare(page), "post.txt")
    # the headline's "của Bộ Chính trị" is the resolution's issuer; the report says whose plan it is
    assert (record.document.doc_type, record.document.issuer) == ("Kế hoạch", "Tỉnh ủy Quảng Ngãi")
    refs = {ref.number: ref for ref in record.legal_refs}
    assert {number: ref.relation for number, ref in refs.items()} == {"57-NQ/TW": "implements",
                                                                      "336-KH/TU": "replaces"}
    assert (refs["336-KH/TU"].issuer, refs["336-KH/TU"].issued_on, refs["336-KH/TU"].title) == (
        "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "2025-02-25", None)  # the bracket ends the issuer, and the subject


def test_a_plan_s_opening_under_its_own_title_reports_no_document():
    plan = ("KẾ HOẠCH\nPhát triển khoa học và công nghệ\nUBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 02/01/2024 "
            "về chuyển đổi số; nay ban hành Kế hoạch phát triển khoa học như sau:\nI. MỤC TIÊU\n"
            "Có 10 doanh nghiệp khoa học và công nghệ.\n")
    record = extract_text(prepare(plan), "plan.txt")
    assert [ref.number for ref in record.legal_refs] == ["12/KH-UBND"]
    post = ("Kế hoạch phát triển khoa học và công nghệ tỉnh Gia Lai\nSở Khoa học và Công nghệ đăng tải toàn văn Kế "
            "hoạch như sau:\nI. KẾT QUẢ\nNăm 2023, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n")
    record = extract_text(prepare(post), "post.txt")  # reported in the plan's first part, not the post's opening
    assert [ref.number for ref in record.legal_refs] == ["12/KH-UBND"]


def test_a_page_that_dropped_its_bold_lines_title_and_part_headings_still_gives_targets_and_tasks():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 2629/KH-UBND | Kon Tum, ngày 15 tháng 8 năm 2023 |\n"
            "Thực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành "
            "Kế hoạch như sau:\n1. Mục đích: Cụ thể hóa Chiến lược.\n2. Yêu cầu: Xác định rõ nhiệm vụ.\n"
            "1. Mục tiêu tổng quát\nĐến năm 2030, khoa học, công nghệ và đổi mới sáng tạo trở thành động lực thúc "
            "đẩy tăng trưởng, nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh của nền kinh tế.\n"
            "2. Mục tiêu cụ thể\n- Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt 30%.\n"
            "1. Hoàn thiện cơ chế, chính sách\nSở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp thực hiện. "
            "Thời gian: Năm 2024.\n2. Phát triển hệ thống đổi mới sáng tạo\nSở Tài chính chủ trì thực hiện.\n"
            "1. Sở Khoa học và Công nghệ: Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
            "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.\nNơi nhận:\n")
    record = extract_text(prepare(page), "plan.txt")
    assert [(t.value, t.period) for t in record.targets] == [(30, "2030")]  # the general objective's year
    tasks = {task.id: task for task in record.tasks}
    assert list(tasks) == ["body:III.1", "body:III.2", "org:IV.1", "org:IV.2"]
    assert (tasks["body:III.1"].lead, tasks["body:III.1"].partners, tasks["body:III.1"].timeframe) == (
        ["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "Năm 2024")
    assert tasks["org:IV.2"].lead == ["Sở Tài chính"]


def test_a_party_committee_of_a_city_and_of_a_province_not_known():
    def issuer(header: str) -> str | None:
        plan = header + "Số 25-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết\nNơi nhận:\n"
        return extract_text(prepare(plan), "plan.txt").document.issuer

    assert issuer("ĐẢNG BỘ THÀNH PHỐ CẦN THƠ\nTHÀNH ỦY\n*\nCần Thơ, ngày 12 tháng 4 năm 2023\n") == "Thành ủy Cần Thơ"
    assert issuer("ĐẢNG BỘ TỈNH XYZ\nTỈNH ỦY\n*\n") is None  # no province known: no name made up


def test_a_task_whose_partners_are_named_before_phối_hợp():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Thu hút đầu tư\nSở Tài chính là cơ quan chủ trì; Ban Quản lý các "
            "khu công nghiệp, Sở Xây dựng phối hợp. Thời gian: 2026.\n" + END)
    task = tasks_by_id(plan)["body:I.1"]
    assert (task.lead, task.partners, task.timeframe) == (
        ["Sở Tài chính"], ["Ban Quản lý các khu công nghiệp", "Sở Xây dựng"], "2026")


def test_lead_and_partner_lines_without_cơ_quan():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện văn bản\n- Chủ trì: Sở KH&CN.\n"
            "- Phối hợp: Sở Tư pháp, Sở TT&TT.\n- Thời gian hoàn thành: Tháng 12/2024.\n"
            "2. Kết nối cung cầu công nghệ\n- Phối hợp với các sở triển khai: Sở Tài chính.\n" + END)
    tasks = tasks_by_id(plan)
    assert tasks["body:I.1"].lead == ["Sở Khoa học và Công nghệ"]
    assert tasks["body:I.1"].partners == ["Sở Tư pháp", "Sở Thông tin và Truyền thông"]
    assert tasks["body:I.1"].timeframe == "Tháng 12/2024"
    assert tasks["body:I.2"].partners == []  # a sentence that starts with "Phối hợp" names no partners by a colon


def test_a_university_branch_heading_a_task_with_an_abbreviated_city():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển nguồn nhân lực\n"
            "1.1 Trường Đại học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Gia Lai\n"
            "Phối hợp đào tạo nhân lực chất lượng cao cho ngành nông nghiệp.\n1.2 Sở Nội vụ\nĐào tạo cán bộ.\n" + END)
    task = tasks_by_id(plan)["body:I.1.1"]
    assert task.lead == ["Trường Đại học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Gia Lai"]
    assert task.title.startswith("Phối hợp đào tạo")


def test_lead_and_partner_labels_named_as_responsibilities():
    plan = (HEADER + "I. NHIỆM VỤ\n1. Chuyển giao công nghệ sản xuất giống\n- Trách nhiệm chủ trì: Trung tâm Giống "
            "cây trồng.\n- Trách nhiệm phối hợp: Sở KH&CN.\n- Tiến độ: Quý II - Quý IV/2024.\n" + END)
    task = tasks_by_id(plan)["body:I.1"]
    assert (task.lead, task.partners, task.timeframe) == (
        ["Trung tâm Giống cây trồng"], ["Sở Khoa học và Công nghệ"], "Quý II - Quý IV/2024")


@pytest.mark.parametrize("partner_label, output_label", [
    ("Đơn vị tham gia phối hợp", "Kết quả/sản phẩm"), ("Cơ quan tham gia", "Sản phẩm, kết quả dự kiến")])
def test_partners_taking_part_and_a_product_or_result(partner_label, output_label):
    plan = (HEADER + "I. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu\n- Đơn vị chủ trì thực hiện: Sở KH&CN.\n"
            f"- {partner_label}: Sở Tài chính; Văn phòng UBND tỉnh.\n- {output_label}: Cơ sở dữ liệu được vận hành.\n"
            + END)
    task = tasks_by_id(plan)["body:I.1"]
    assert (task.lead, task.partners, task.output) == (
        ["Sở Khoa học và Công nghệ"], ["Sở Tài chính", "Văn phòng UBND tỉnh"], "Cơ sở dữ liệu được vận hành")


def test_a_section_headed_by_its_agency_takes_the_time_its_duty_gives_not_a_year_another_duty_names():
    plan = (HEADER + "I. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN\n1. UBND các xã, phường\nTriển khai ứng dụng tiến bộ kỹ "
            "thuật tại địa phương; hoàn thành trong năm 2025.\n2. Sở Khoa học và Công nghệ\n- Xây dựng cơ chế tài "
            "chính; Triển khai Chương trình phát triển thị trường KH&CN đến năm 2030.\n" + END)
    tasks = tasks_by_id(plan)
    assert (tasks["body:I.1"].timeframe, tasks["body:I.2"].timeframe) == ("năm 2025", None)
    # or as the first part's last, "thực hiện trong …", not a duty "thực hiện các nhiệm vụ …"
    plan = (HEADER + "I. NHIỆM VỤ\n1. Xây dựng đề án\nSở KH&CN chủ trì, phối hợp với Sở Tài chính xây dựng đề án, "
            "thực hiện trong năm 2025.\n2. Đào tạo nhân lực\nSở Nội vụ chủ trì, thực hiện các nhiệm vụ được giao.\n"
            + END)
    tasks = tasks_by_id(plan)
    assert (tasks["body:I.1"].timeframe, tasks["body:I.2"].timeframe) == ("năm 2025", None)


def test_labels_as_lettered_items():
    plan = (HEADER + "I. NHIỆM VỤ CỤ THỂ\n1. Xây dựng mô hình ứng dụng công nghệ cao\n"
            "a) Nội dung: Xây dựng 05 mô hình trồng rau trong nhà màng.\nb) Cơ quan chủ trì: Sở NN&PTNT.\n"
            "c) Cơ quan phối hợp: Sở KH&CN; UBND các huyện.\nd) Thời gian thực hiện: 2024-2025.\n"
            "đ) Sản phẩm: 05 mô hình.\n" + END)
    task = tasks_by_id(plan)["body:I.1"]
    assert (task.lead, task.partners, task.timeframe, task.output) == (
        ["Sở Nông nghiệp và Phát triển nông thôn"], ["Sở Khoa học và Công nghệ", "UBND các huyện"], "2024-2025",
        "05 mô hình")


def test_a_lead_line_that_names_the_partners_by_their_role():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Xây dựng chính sách\n"
            "- Cơ quan thực hiện: Sở KH&CN (chủ trì), Sở Tài chính, Sở Tư pháp.\n- Thời hạn hoàn thành: Quý IV/2024.\n"
            "2. Rà soát thủ tục hành chính\n"
            "- Trách nhiệm thực hiện: Sở KH&CN chủ trì, phối hợp với Văn phòng UBND tỉnh.\n- Tiến độ: Năm 2024.\n"
            + END)
    tasks = tasks_by_id(plan)
    for task in ("body:I.1", "body:I.2"):
        assert tasks[task].lead == ["Sở Khoa học và Công nghệ"]
    assert tasks["body:I.1"].partners == ["Sở Tài chính", "Sở Tư pháp"]
    assert (tasks["body:I.2"].partners, tasks["body:I.2"].timeframe) == (["Văn phòng UBND tỉnh"], "Năm 2024")


def test_a_city_s_plan_and_targets_under_a_roman_heading_with_a_year():
    plan = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\nSố: 112/KH-UBND\nCần Thơ, ngày 10 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị\n"
            "I. MỤC TIÊU ĐẾN NĂM 2030\n- Kinh tế số đạt tối thiểu 30% GRDP.\n"
            "- Có ít nhất 40 doanh nghiệp công nghệ số.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ: Theo dõi, tổng hợp.\nNơi nhận:\n")
    found = extract_text(prepare(plan), "plan.txt")
    assert found.document.issuer == "Ủy ban nhân dân thành phố Cần Thơ"
    assert found.document.period is None  # 2024 is the year of a date
    assert [(t.value, t.period) for t in found.targets] == [(30, "2030"), (40, "2030")]


def test_a_target_table_one_cell_per_line_is_read_once_as_a_table():
    plan = (HEADER + "I. MỤC TIÊU\nCác chỉ tiêu chủ yếu:\n\nTT\n\nChỉ tiêu\n\nNăm 2025\n\nNăm 2030\n\n"
            "1\n\nĐóng góp của TFP vào tăng trưởng GRDP\n\n40%\n\n45%\n\n"
            "2\n\nTỷ lệ doanh nghiệp đổi mới sáng tạo\n\n20%\n\n30%\n\n- Hỗ trợ 10 doanh nghiệp.\n" + END)
    found = extract_text(prepare(plan), "plan.txt").targets
    assert sorted((t.indicator, t.value, t.period) for t in found) == [
        ("Số doanh nghiệp được hỗ trợ", 10, None),  # the plan names no period
        ("Tỷ lệ doanh nghiệp đổi mới sáng tạo", 20, "2025"), ("Tỷ lệ doanh nghiệp đổi mới sáng tạo", 30, "2030"),
        ("Đóng góp của TFP vào tăng trưởng GRDP", 40, "2025"), ("Đóng góp của TFP vào tăng trưởng GRDP", 45, "2030")]


def test_a_target_table_in_pipes_is_read_once_with_a_comparator_after_a_value():
    plan = (HEADER + "I. MỤC TIÊU\n| STT | Chỉ tiêu | ĐVT | Giai đoạn 2026-2030 |\n"
            "| 1 | Số doanh nghiệp khoa học và công nghệ | DN | ≥ 30 |\n"
            "| 2 | Tỷ lệ nhiệm vụ KH&CN được ứng dụng | % | 70% trở lên |\n" + END)
    found = extract_text(prepare(plan), "plan.txt").targets
    assert [(t.indicator, t.value, t.comparator, t.period) for t in found] == [
        ("Số doanh nghiệp khoa học và công nghệ", 30, ">=", "2026-2030"),
        ("Tỷ lệ nhiệm vụ KH&CN được ứng dụng", 70, ">=", "2026-2030")]


def test_a_task_table_one_cell_per_line_without_blank_lines():
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\n" + END + "PHỤ LỤC\nTT\nTên nhiệm vụ\nĐơn vị chủ trì\n"
            "Thời gian thực hiện\nI\nChính sách hỗ trợ\n1\nXây dựng chính sách khoa học và công nghệ\nSở KH&CN\n2021\n"
            "2\nHỗ trợ doanh nghiệp đổi mới công nghệ\nSở Tài chính\n2022\n")
    tasks = tasks_by_id(plan)
    assert [(t.id, t.lead, t.timeframe) for t in tasks.values()] == [
        ("appendix:1", ["Sở Khoa học và Công nghệ"], "2021"), ("appendix:2", ["Sở Tài chính"], "2022")]


def test_a_task_table_whose_cells_are_parted_by_tabs():
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\n" + END + "PHỤ LỤC\n"
            "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n"
            "I\tChính sách hỗ trợ\t\t\t\n1\tXây dựng chính sách khoa học\tSở KH&CN\t\t2025\n"
            "2\tHỗ trợ doanh nghiệp đổi mới công nghệ\tSở Tài chính\tSở Công Thương\t2026\n")
    tasks = tasks_by_id(plan)
    assert [(t.id, t.lead, t.partners, t.timeframe) for t in tasks.values()] == [
        ("appendix:1", ["Sở Khoa học và Công nghệ"], [], "2025"),
        ("appendix:2", ["Sở Tài chính"], ["Sở Công Thương"], "2026")]


@pytest.mark.parametrize(("part", "tasks"), [("KẾT QUẢ THỰC HIỆN NĂM 2024", []),
                                            ("KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", ["Hỗ trợ đổi mới công nghệ"])])
def test_a_table_of_last_year_s_results_is_no_task_table(part, tasks):
    plan = (HEADER + f"I. {part}\n| TT | Nội dung | Đơn vị thực hiện | Kết quả thực hiện |\n"
            "| 1 | Hỗ trợ đổi mới công nghệ | Sở KH&CN | Hoàn thành |\nII. NHIỆM VỤ\n"
            "| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n"
            "| 1 | Tập huấn sở hữu trí tuệ | Sở KH&CN | Năm 2025 |\n" + END)
    assert [t.title for t in tasks_by_id(plan).values()] == [*tasks, "Tập huấn sở hữu trí tuệ"]


def test_an_appendix_listing_documents_is_no_task_table():
    plan = (HEADER + "I. NHIỆM VỤ\n1. Hỗ trợ đổi mới công nghệ. Cơ quan chủ trì: Sở KH&CN.\n" + END + "PHỤ LỤC\n"
            "| TT | Tên văn bản | Số, ký hiệu | Ngày ban hành |\n"
            "| 1 | Luật Khoa học và công nghệ | 29/2013/QH13 | 18/6/2013 |\n")
    assert list(tasks_by_id(plan)) == ["body:I.1"]


def test_a_budget_table_is_no_task_table():
    plan = (HEADER + "I. NHIỆM VỤ\n1. Hỗ trợ đổi mới công nghệ. Cơ quan chủ trì: Sở KH&CN.\nII. KINH PHÍ THỰC HIỆN\n"
            "| TT | Nội dung | Kinh phí (triệu đồng) | Nguồn |\n| 1 | Hỗ trợ đổi mới công nghệ | 2.000 | Ngân sách |\n"
            "| 2 | Tập huấn | 200 | Ngân sách |\n" + END)
    assert list(tasks_by_id(plan)) == ["body:I.1"]


def test_a_row_with_sub_rows_is_a_task_where_it_names_its_own_lead():
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\n" + END + "PHỤ LỤC\n"
            "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
            "| 1 | Phát triển tiềm lực thông qua các nhiệm vụ: | | | |\n"
            "| 1.1 | Đầu tư phòng thí nghiệm | Sở KH&CN | | 2025 |\n"
            "| 2 | Triển khai Chương trình đổi mới công nghệ quốc gia | Sở KH&CN | Sở Công Thương | Hằng năm |\n"
            "| 2.1 | Hỗ trợ doanh nghiệp ứng dụng công nghệ | Sở Công Thương | | 2026 |\n")
    tasks = tasks_by_id(plan)
    assert list(tasks) == ["appendix:1.1", "appendix:2", "appendix:2.1"]  # "1" heads its sub-rows only
    row = tasks["appendix:2"]
    assert (row.lead, row.partners) == (["Sở Khoa học và Công nghệ"], ["Sở Công Thương"])


def test_agency_sections_numbered_with_a_bracket_whose_duties_are_lettered_with_a_dot():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\n1) Sở Kế\nhoạch và Đầu tư\na. Tham mưu, bố trí vốn đầu tư;\n"
            "b. Phối hợp với Sở Khoa học và Công nghệ tổ chức sự kiện.\n2) Các sở, ban, ngành;\n"
            "UBND các huyện\na. Tuyên truyền Kế hoạch.\nNơi nhận:\n")
    tasks = tasks_by_id(plan)
    assert [(t.id, t.title, t.lead) for t in tasks.values()] == [
        ("org:I.1", "Tham mưu, bố trí vốn đầu tư", ["Sở Kế hoạch và Đầu tư"]),
        ("org:I.2", "Tuyên truyền Kế hoạch.", ["Các sở, ban, ngành", "UBND các huyện"])]


def test_agency_paragraphs_as_bullets_of_the_organisation_part():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\nGiao các cơ quan triển khai như sau:\n"
            "- Sở Khoa học và Công nghệ: Chủ trì, phối hợp với Sở Tài chính theo dõi việc thực hiện.\n"
            "- Sở Tài chính: Bố trí kinh phí.\n- Định kỳ báo cáo kết quả về Sở Khoa học và Công nghệ.\nNơi nhận:\n")
    tasks = extract_text(prepare(plan), "plan.txt").tasks
    assert [(t.id, t.lead, t.partners) for t in tasks] == [
        ("org:I.1", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]), ("org:I.2", ["Sở Tài chính"], [])]


def test_agency_paragraphs_as_lettered_items_under_a_collective_heading():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của các sở, ngành\n"
            "a) Sở Khoa học và Công nghệ: Chủ trì, hướng dẫn triển khai Kế hoạch.\nb) Sở Tài chính: Bố trí kinh phí.\n"
            "2. Trách nhiệm của UBND các huyện\nPhối hợp khảo sát nhu cầu công nghệ.\nNơi nhận:\n")
    assert leads_by_id(plan) == [
        ("org:I.1.1", ["Sở Khoa học và Công nghệ"]), ("org:I.1.2", ["Sở Tài chính"]), ("org:I.2", ["UBND các huyện"])]
    # on a hard-wrapped page, an item's duty on the line after its agency
    wrapped = plan.replace("Công nghệ: Chủ trì", "Công nghệ:\nChủ trì")
    assert extract_text(prepare(wrapped), "plan.txt").tasks[0].title == "Chủ trì, hướng dẫn triển khai Kế hoạch."


def test_agency_paragraphs_of_the_last_part_end_at_the_recipients_list():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\nGiao Sở Khoa học và Công nghệ theo dõi việc thực hiện Kế hoạch.\n"
            "Sở Tài chính bố trí kinh phí.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert leads_by_id(plan) == [("org:I.1", ["Sở Khoa học và Công nghệ"]), ("org:I.2", ["Sở Tài chính"])]
    # the paragraphs under an agency's heading are its duty and the plan's closing words, no more agencies' tasks
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nBố trí kinh phí.\n2. Các doanh nghiệp KH&CN\n"
            "Các doanh nghiệp KH&CN căn cứ Kế hoạch xây dựng nội dung triển khai.\n"
            "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện Kế hoạch này.\n"
            "Nơi nhận:\n- Như trên;\n")
    assert [t.id for t in extract_text(prepare(plan), "plan.txt").tasks] == ["org:I.1", "org:I.2"]


def test_agency_headings_in_capitals():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. SỞ TÀI CHÍNH\nBố trí kinh phí.\n2. CÁC SỞ, BAN, NGÀNH TỈNH\n"
            "Xây dựng kế hoạch của ngành.\n3. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ\nTriển khai trên địa bàn.\n"
            "4. BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG\nTuyên truyền Kế hoạch.\nNơi nhận:\n")
    assert leads_by_id(plan) == [
        ("org:I.1", ["Sở Tài chính"]), ("org:I.2", ["Các sở, ban, ngành tỉnh"]),
        ("org:I.3", ["UBND các huyện, thị xã, thành phố"]), ("org:I.4", ["Báo và Phát thanh, Truyền hình Lâm Đồng"])]


def test_one_agency_paragraph_under_a_heading_that_names_no_agency_is_that_section_s_task():
    plan = (HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: Bố trí kinh phí.\n2. Chế độ báo cáo\n"
            "Các sở, ngành, địa phương báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 10/12.\n"
            "Nơi nhận:\n")
    tasks = extract_text(prepare(plan), "plan.txt").tasks
    assert [(t.id, t.lead) for t in tasks] == [
        ("org:I.1", ["Sở Tài chính"]), ("org:I.2", ["Các sở, ngành, địa phương"])]
    assert tasks[1].title.startswith("Các sở, ngành, địa phương báo cáo kết quả thực hiện")  # as it opens


def test_lead_partners_and_time_in_brackets_after_a_task_s_heading():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Hoàn thiện thể chế (Sở KH&CN chủ trì, phối hợp với Sở Tư pháp; thời gian: năm 2024)\n"
            "Rà soát các quy định.\n"
            "2. Đào tạo nhân lực (Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tài chính; Thời gian: 2024-2025)\n"
            "3. Phát triển doanh nghiệp (giai đoạn 2024-2025)\n" + END)
    tasks = tasks_by_id(plan)
    assert (tasks["body:I.1"].title, tasks["body:I.1"].lead, tasks["body:I.1"].partners, tasks["body:I.1"].timeframe) \
        == ("Hoàn thiện thể chế", ["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "năm 2024")
    assert (tasks["body:I.2"].lead, tasks["body:I.2"].partners, tasks["body:I.2"].timeframe) == (
        ["Sở Nội vụ"], ["Sở Tài chính"], "2024-2025")
    assert tasks["body:I.3"].title == "Phát triển doanh nghiệp (giai đoạn 2024-2025)"  # brackets naming no lead


def test_an_assignment_in_brackets_on_a_line_of_its_own_under_the_task_s_items():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Đổi mới cơ chế quản lý\n- Rà soát quy định.\n"
            "- Xây dựng cơ chế đặt hàng.\n(Sở KH&CN chủ trì; các sở, ngành phối hợp; thời gian: năm 2025)\n"
            "2. Đào tạo nhân lực (Sở Nội vụ chủ trì; Sở Tài chính phối hợp; thời gian: 2024-2025)\n" + END)
    tasks = tasks_by_id(plan)
    assert (tasks["body:I.1"].lead, tasks["body:I.1"].partners, tasks["body:I.1"].timeframe) == (
        ["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "năm 2025")  # the closing bracket is no part of the time
    assert (tasks["body:I.2"].lead, tasks["body:I.2"].partners) == (["Sở Nội vụ"], ["Sở Tài chính"])


def test_lead_partners_and_time_named_inside_a_task_s_paragraph():
    plan = (HEADER + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện thể chế\nRà soát các quy định. Cơ quan chủ trì: Sở KH&CN; "
            "cơ quan phối hợp: Sở Tư pháp. Thời gian thực hiện: năm 2024.\n" + END)
    task = extract_text(prepare(plan), "plan.txt").tasks[0]
    assert (task.lead, task.partners, task.timeframe) == (["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "năm 2024")


@pytest.mark.parametrize(("signed", "name"), [
    ("(Đã ký)\n\nLê Văn Hùng", "Lê Văn Hùng"),  # a mark between the role and the name
    ("[daky]\nLê Văn Hùng", "Lê Văn Hùng"),
    ("(đã ký và đóng dấu)\nLê Văn Hùng", "Lê Văn Hùng"),
    ("Y Giang Gry Niê Knơng", "Y Giang Gry Niê Knơng"),  # names of the Central Highlands
    ("H'Yim Kđoh", "H'Yim Kđoh"),
    ("Nguyễn Văn An (đã ký)", "Nguyễn Văn An"),  # the mark after the name
    ("Đã ký: Nguyễn Văn An", "Nguyễn Văn An"),  # or before it, as a label
    ("TS. Nguyễn Văn An", "Nguyễn Văn An"),  # a degree before the name is no part of it
    ("PGS.TS. Trần Bình", "Trần Bình"),
    # a digital signature's stamp between the role and the name
    ("Ký bởi: Sở Khoa học và Công nghệ tỉnh Lâm Đồng\nThời gian ký: 12.03.2025 10:15:22 +07:00\nTrần Bình",
     "Trần Bình"),
    ("NGUYỄN VĂN KHẢI", "Nguyễn Văn Khải"),  # a name in capitals, which a family name opens
    ("HÀ TĨNH\nLê Văn Hùng", "Lê Văn Hùng"),  # not a place in capitals
])
def test_the_signer(signed, name):
    plan = HEADER + f"Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{signed}\n"
    assert extract_text(prepare(plan), "plan.txt").document.signer == name


def test_the_signer_for_a_body_that_signs_as_one():
    plan = HEADER + "Nơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\n(Đã ký)\nLê Văn Hùng\n"
    assert extract_text(prepare(plan), "plan.txt").document.signer == "Lê Văn Hùng"


@pytest.mark.parametrize(("row", "name"), [
    ("Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Ngọc |", "Nguyễn Thanh Ngọc"),
    ("Nơi nhận: - Lưu: VT. | TM. ỦY BAN NHÂN DÂN Tỉnh Tây Ninh |", None),  # a place is no one's name
])
def test_the_signer_in_the_one_table_row_of_a_page_s_signature(row, name):
    assert extract_text(prepare(HEADER + row + "\n"), "plan.txt").document.signer == name


def test_a_page_printed_in_columns_its_header_and_signature_beside_others():
    plan = ("     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "     TỈNH LÂM ĐỒNG                           Độc lập - Tự do - Hạnh phúc\n\n"
            "     Số: 123/KH-UBND                      Lâm Đồng, ngày 05 tháng 3 năm 2024\n\n"
            "                                    KẾ HOẠCH\n           Hỗ trợ doanh nghiệp năm 2024\n"
            "     I. MỤC TIÊU\n     Hỗ trợ 10 doanh nghiệp.\n\n"
            "     Nơi nhận:                                        KT. CHỦ TỊCH\n"
            "     - Như trên;                                      PHÓ CHỦ TỊCH\n     - Lưu: VT.\n\n"
            "                                                      Đặng Trí Dũng\n")
    doc = extract_text(prepare(plan), "plan.txt").document
    assert (doc.issuer, doc.issued_on, doc.signer) == ("Ủy ban nhân dân tỉnh Lâm Đồng", "2024-03-05", "Đặng Trí Dũng")


def test_organisation_paragraphs_that_assign_or_ask():
    plan = (HEADER + "I. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Giao Sở KH&CN chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch.\n"
            "2. Đề nghị Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền về khởi nghiệp.\n"
            "3. Yêu cầu các sở, ban, ngành căn cứ Kế hoạch xây dựng kế hoạch thực hiện.\n"
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh\n"
            "Phối hợp tuyên truyền, vận động hội viên tham gia đổi mới sáng tạo.\nNơi nhận:\n")
    tasks = tasks_by_id(plan)
    assert (tasks["org:II.1"].lead, tasks["org:II.1"].partners) == (["Sở Khoa học và Công nghệ"], ["Sở Tài chính"])
    assert tasks["org:II.2"].lead == ["Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]
    assert tasks["org:II.3"].lead == ["Các sở, ban, ngành"]
    # a heading that asks the parties it names, their duty under it
    assert (tasks["org:II.4"].lead, tasks["org:II.4"].title) == (
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"],
        "Phối hợp tuyên truyền, vận động hội viên tham gia đổi mới sáng tạo.")


def test_lettered_items_each_naming_a_lead_make_one_task_led_by_all():
    plan = (HEADER + "I. NHIỆM VỤ CỤ THỂ\n1. Phát triển nguồn cung công nghệ\na) Hỗ trợ thương mại hóa.\n"
            "- Đơn vị chủ trì: Phòng Quản lý chuyên ngành.\n- Đơn vị phối hợp: Sở Tài chính.\n"
            "- Thời gian: Quý I/2025.\n"
            "b) Định giá công nghệ.\n- Đơn vị chủ trì: Sở Tài chính.\n- Thời gian: Quý II/2025.\n" + END)
    task = tasks_by_id(plan)["body:I.1"]
    assert (task.lead, task.partners, task.timeframe) == (
        ["Phòng Quản lý chuyên ngành", "Sở Tài chính"], ["Sở Tài chính"], "Quý I/2025")  # each list as written


NEWS = ("UBND tỉnh Gia Lai ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW về chuyển đổi số\n"
        "Cập nhật: 14:20 | 22/08/2025\n\n"
        "Ngày 15/8/2025, UBND tỉnh Gia Lai ban hành Kế hoạch số 310/KH-UBND triển khai thực hiện Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Chương trình hành động số 05-CTr/TU ngày 10/7/2025.\n\n"
        "Theo Kế hoạch, đến năm 2030 có ít nhất 30 doanh nghiệp khoa học và công nghệ.\n")


def test_a_news_item_reporting_a_plan_issued():
    record = extract_text(prepare(NEWS), "news.txt")
    doc = record.document
    assert doc.title.endswith("chuyển đổi số")  # the page's "Cập nhật: …" line is not the headline's end
    assert (doc.number, doc.doc_type, doc.issuer, doc.issued_on) == (
        None, "Kế hoạch", "Ủy ban nhân dân tỉnh Gia Lai", "2025-08-15")
    # the plan's own number is not a reference; what it is said to carry out, it implements
    assert {r.number: r.relation for r in record.legal_refs} == {"57-NQ/TW": "implements", "05-CTr/TU": "implements"}
    assert [(t.value, t.period) for t in record.targets] == [(30, "2030")]


def test_a_news_item_whose_headline_names_no_issuer_under_the_site_s_breadcrumbs():
    news = ("Trang chủ > Tin tức - Sự kiện > Hoạt động KH&CN\n"
            "Sóc Trăng: Triển khai Kế hoạch phát triển thị trường khoa học và công nghệ đến năm 2030\n"
            "Ngày đăng: 14/03/2023 | Lượt xem: 812\n\n"
            "Nhằm triển khai thực hiện Quyết định số 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ, UBND tỉnh Sóc "
            "Trăng vừa ban hành Kế hoạch phát triển thị trường khoa học và công nghệ trên địa bàn tỉnh.\n\n"
            "Theo Kế hoạch, mục tiêu đến năm 2025, giá trị giao dịch của thị trường khoa học và công nghệ tăng trung "
            "bình 10%/năm; phấn đấu có ít nhất 05 tổ chức trung gian.\n"
            "Đến năm 2030, giá trị giao dịch tăng trung bình 15%/năm.\n")
    record = extract_text(prepare(news), "news.txt")
    doc = record.document
    assert (doc.title[:9], doc.doc_type, doc.issuer) == ("Sóc Trăng", "Kế hoạch", "Ủy ban nhân dân tỉnh Sóc Trăng")
    assert {r.number: r.relation for r in record.legal_refs} == {"1158/QĐ-TTg": "implements"}
    # a clause without a period of its own takes the one an earlier clause of its sentence gave
    assert [(t.value, t.period) for t in record.targets] == [(10, "2025"), (5, "2025"), (15, "2030")]
    assert record.targets[0].indicator == "Tốc độ tăng giá trị giao dịch của thị trường khoa học và công nghệ"


def test_a_news_item_under_its_paper_s_tag_dating_the_plan_after_its_number():
    news = ("Bình Thuận ban hành Kế hoạch phát triển khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2025 - 2030\n"
            "Thứ Hai, 12/05/2025 - 09:15\n"
            "(BTO) - UBND tỉnh Bình Thuận vừa ban hành Kế hoạch số 1880/KH-UBND ngày 08/5/2025 về phát triển khoa "
            "học, công nghệ và đổi mới sáng tạo.\n")
    doc = extract_text(prepare(news), "news.txt").document
    assert (doc.issuer, doc.issued_on) == ("Ủy ban nhân dân tỉnh Bình Thuận", "2025-05-08")


def test_a_resolution_in_articles_takes_only_committed_quantities_as_targets():
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC GIANG\n-------\nSố: 15/2024/NQ-HĐND\n"
                  "Bắc Giang, ngày 10 tháng 7 năm 2024\nNGHỊ QUYẾT\nQuy định chính sách hỗ trợ khoa học và công nghệ\n"
                  "QUYẾT NGHỊ:\nĐiều 1. Nội dung và mức hỗ trợ\n"
                  "Hỗ trợ tối đa 500 triệu đồng cho mỗi doanh nghiệp đổi mới công nghệ.\n"
                  "Điều 2. Mục tiêu\nPhấn đấu có ít nhất 20 doanh nghiệp được hỗ trợ.\nNơi nhận:\n")
    record = extract_text(prepare(resolution), "nq.txt")
    assert [(t.value, t.unit) for t in record.targets] == [(20, "doanh nghiệp")]  # a support level is no outcome


def test_a_news_item_under_its_dateline_and_a_paper_s_tag_of_several_words():
    news = ("Thứ Hai, 12/05/2025 - 09:30\nLào Cai đặt mục tiêu có 50 doanh nghiệp khoa học và công nghệ\n"
            "(Báo Lào Cai) - UBND tỉnh Lào Cai vừa ban hành Kế hoạch số 215/KH-UBND ngày 08/5/2025 triển khai Nghị "
            "quyết số 57-NQ/TW của Bộ Chính trị.\nTheo Kế hoạch, đến năm 2030, tỉnh phấn đấu có 50 doanh nghiệp khoa "
            "học và công nghệ.\nĐể thực hiện mục tiêu trên, tỉnh tập trung vào 7 nhóm nhiệm vụ, giải pháp.\n")
    record = extract_text(prepare(news), "news.txt")
    doc = record.document
    assert (doc.title[:7], doc.doc_type, doc.issuer, doc.issued_on) == (
        "Lào Cai", "Kế hoạch", "Ủy ban nhân dân tỉnh Lào Cai", "2025-05-08")
    assert {r.number: r.relation for r in record.legal_refs} == {"57-NQ/TW": "implements"}  # 215/KH-UBND: itself
    assert [t.value for t in record.targets] == [50]  # not the headline's, not the groups of tasks


def test_a_news_item_about_a_conference_keeps_last_year_s_results_out():
    news = ("Hội nghị triển khai Kế hoạch chuyển đổi số tỉnh Cà Mau năm 2025\n"
            "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh, năm 2025 tỉnh phấn đấu 100% thủ tục "
            "hành chính được cung cấp trực tuyến toàn trình.\n"
            "Năm 2024, tỉnh đã đạt 65% hồ sơ được xử lý trực tuyến, tăng 15% so với năm 2023.\n")
    record = extract_text(prepare(news), "news.txt")
    assert record.document.issuer is None  # a conference issues nothing
    assert [(t.value, t.period, t.indicator) for t in record.targets] == [
        (100, "2025", "Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình")]


def test_a_news_item_s_values_for_a_year_before_the_plan_and_its_topics_and_listed_shares():
    news = ("Quảng Bình ban hành kế hoạch phát triển khoa học, công nghệ\n"
            "(QBĐT) - UBND tỉnh vừa ban hành Kế hoạch số 450/KH-UBND ngày 05/3/2025 thực hiện Nghị quyết số "
            "57-NQ/TW.\nKế hoạch xác định các chỉ tiêu: đến năm 2030, có 50 doanh nghiệp khoa học và công nghệ, tỷ lệ "
            "doanh nghiệp có hoạt động đổi mới sáng tạo chiếm 40%.\nVề kinh tế số, tỉnh phấn đấu tỷ trọng kinh tế số "
            "đạt 20% GRDP vào năm 2030. Năm 2024, kinh tế số của tỉnh chiếm khoảng 8% GRDP.\n")
    record = extract_text(prepare(news), "news.txt")
    assert record.document.issued_on == "2025-03-05"
    assert [(t.value, t.period, t.indicator) for t in record.targets] == [  # not 2024's 8%, a result
        (50, "2030", "Số doanh nghiệp khoa học và công nghệ"),
        (40, "2030", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"),  # the share after the count, its own
        (20, "2030", "Tỷ trọng kinh tế số trong GRDP")]  # not "Về kinh tế số, …", the topic


def test_a_news_item_reporting_a_decision_signed():
    news = ("Phê duyệt Đề án phát triển hệ sinh thái khởi nghiệp tỉnh Hà Nam đến năm 2030\nNgày đăng: 05/09/2024\n"
            "Ngày 30/8/2024, Chủ tịch UBND tỉnh Hà Nam ký Quyết định số 1450/QĐ-UBND phê duyệt Đề án phát triển hệ "
            "sinh thái khởi nghiệp tỉnh Hà Nam đến năm 2030.\nMục tiêu đến năm 2030, hỗ trợ 100 dự án khởi nghiệp.\n")
    record = extract_text(prepare(news), "news.txt")
    doc = record.document
    assert (doc.doc_type, doc.issuer, doc.issued_on) == ("Quyết định", "Ủy ban nhân dân tỉnh Hà Nam", "2024-08-30")
    assert record.legal_refs == []  # 1450/QĐ-UBND: the document the item reports
    # a programme a firm registers for is no document issued
    news = news.replace("Chủ tịch UBND tỉnh Hà Nam ký", "doanh nghiệp đăng ký")
    assert extract_text(prepare(news), "news.txt").document.issued_on is None


@pytest.mark.parametrize(("news", "expected"), [
    # a news item that does not date the plan is read as of the day it was posted: not 2024's 15%, a result
    ("Thứ Hai, 14/04/2025 08:15 GMT+7\nĐồng Nai đặt mục tiêu kinh tế số chiếm 30% GRDP\n"
     "UBND tỉnh Đồng Nai vừa ban hành Kế hoạch số 102/KH-UBND triển khai Nghị quyết số 57-NQ/TW.\n"
     "Theo kế hoạch, đến năm 2030, kinh tế số của tỉnh chiếm 30% GRDP.\n"
     "Ông Võ Tấn Đức, Chủ tịch UBND tỉnh cho biết, năm 2024, kinh tế số của tỉnh đạt khoảng 15% GRDP.\n",
     [(30, "2030")]),
    # one without a date at all, as of the year its plan starts: not 2024's counts, results
    ("Sở Khoa học và Công nghệ tỉnh Bến Tre ban hành Kế hoạch hoạt động khoa học và công nghệ năm 2025\n"
     "Năm 2024, Sở đã tham mưu triển khai 25 nhiệm vụ khoa học và công nghệ, hỗ trợ 12 doanh nghiệp.\n"
     "Kế hoạch năm 2025 có các chỉ tiêu sau:\n- Triển khai ít nhất 30 nhiệm vụ khoa học và công nghệ;\n"
     "- Phấn đấu có thêm 05 sản phẩm được cấp giấy chứng nhận nhãn hiệu.\n",
     [(30, "2025"), (5, "2025")]),
])
def test_a_news_item_that_does_not_date_the_plan_reads_its_past_as_results(news, expected):
    record = extract_text(prepare(news), "news.txt")
    assert record.document.issued_on is None
    assert [(t.value, t.period) for t in record.targets] == expected


@pytest.mark.parametrize("posted", ["Cập nhật lúc 09:20, Thứ Tư, 16/04/2025 (GMT+7)", "Đăng ngày 16/04/2025 09:20",
                                    "Xuất bản: 16/04/2025 - 09:20"])
def test_the_time_a_page_was_posted_is_no_target(posted):
    news = (f"Quảng Trị ban hành Kế hoạch thực hiện Nghị quyết 57-NQ/TW\n{posted}\n"
            "UBND tỉnh Quảng Trị vừa ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW.\n"
            "Theo kế hoạch, đến năm 2030, kinh tế số của tỉnh chiếm 20% GRDP.\n")
    assert [(t.value, t.unit) for t in extract_text(prepare(news), "news.txt").targets] == [(20, "%")]


def test_a_news_item_whose_headline_opens_with_a_place():
    news = ("Kon Tum triển khai luật mới về khoa học, công nghệ\n\n"
            "Ngày 10/8/2025, UBND tỉnh Kon Tum ban hành Kế hoạch số 310/KH-UBND triển khai thi hành Luật Khoa học, "
            "công nghệ và đổi mới sáng tạo trên địa bàn tỉnh.\n\n"
            "Theo đó, mục tiêu đến năm 2030 có ít nhất 20 doanh nghiệp khoa học và công nghệ.\n")
    record = extract_text(prepare(news), "news.txt")
    assert (record.document.doc_type, record.document.issuer) == ("Kế hoạch", "Ủy ban nhân dân tỉnh Kon Tum")
    # the law in the plan's own subject is what the plan carries out
    assert {r.name: r.relation for r in record.legal_refs} == {
        "Luật Khoa học, công nghệ và đổi mới sáng tạo": "implements"}
    assert [(t.indicator, t.period) for t in record.targets] == [("Số doanh nghiệp khoa học và công nghệ", "2030")]


@pytest.mark.parametrize(("headline", "issuer"), [
    # the type first, the issuer after "của"
    ("Kế hoạch hoạt động khoa học và công nghệ năm 2024 của Sở Khoa học và Công nghệ tỉnh Sóc Trăng",
     "Sở Khoa học và Công nghệ tỉnh Sóc Trăng"),
    # no issuer in the headline: the department that "xây dựng Kế hoạch", named as its header would name it
    ("Sở KH&CN Sóc Trăng: Triển khai nhiệm vụ năm 2024", "Sở Khoa học và Công nghệ tỉnh Sóc Trăng"),
])
def test_a_department_s_post_of_its_own_plan(headline, issuer):
    post = (f"{headline}\nLượt xem: 845\n\nCăn cứ Quyết định số 3050/QĐ-UBND ngày 15/12/2023 của UBND tỉnh Sóc Trăng; "
            "Sở Khoa học và Công nghệ xây dựng Kế hoạch hoạt động năm 2024 như sau:\n\nI. MỤC TIÊU\n"
            "- Triển khai 12 nhiệm vụ khoa học và công nghệ cấp tỉnh.\nII. NHIỆM VỤ\n1. Quản lý nhiệm vụ\n"
            "Phòng Quản lý khoa học chủ trì, phối hợp với Văn phòng Sở thực hiện. Thời gian: Năm 2024.\n")
    record = extract_text(prepare(post), "post.txt")
    assert (record.document.doc_type, record.document.issuer) == ("Kế hoạch", issuer)
    assert (record.tasks[0].lead, record.tasks[0].partners) == (["Phòng Quản lý khoa học"], ["Văn phòng Sở"])


@pytest.mark.parametrize(("cell", "lead", "partners"), [
    ("Sở KH&CN chủ trì; Sở Tài chính phối hợp", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]),
    ("Chủ trì: Sở KH&CN; Phối hợp: Sở Tài chính, Sở Nội vụ", ["Sở Khoa học và Công nghệ"],
     ["Sở Tài chính", "Sở Nội vụ"]),
    ("Sở KH&CN chủ trì, phối hợp với Sở Tài chính", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]),
    ("Sở KH&CN; Sở Tài chính", ["Sở Khoa học và Công nghệ", "Sở Tài chính"], []),
    ("Sở KH&CN (chủ trì), Sở Tài chính, Sở Nội vụ", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính", "Sở Nội vụ"]),
    # only the partners marked: who stands before them leads
    ("Sở Tài chính; Ngân hàng Nhà nước Khu vực 5 (phối hợp)", ["Sở Tài chính"], ["Ngân hàng Nhà nước Khu vực 5"]),
    ("Sở KH&CN (chủ trì); Sở Tài chính; Sở Nội vụ (phối hợp)", ["Sở Khoa học và Công nghệ"],
     ["Sở Tài chính", "Sở Nội vụ"]),
])
def test_one_agency_column_naming_lead_and_partners(cell, lead, partners):
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\nPHỤ LỤC\n"
            "TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian\n"
            f"1 | Tuyên truyền về sở hữu trí tuệ | {cell} | Hằng năm\n")
    task = tasks_by_id(plan)["appendix:1"]
    assert (task.lead, task.partners) == (lead, partners)


def test_past_results_and_the_budget_are_no_targets():
    plan = (HEADER + "I. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024 có 25 doanh nghiệp, đạt 125% kế hoạch; tỷ lệ đổi mới "
            "công nghệ đạt khoảng 12%.\nII. MỤC TIÊU NĂM 2025\n1. Hỗ trợ 20 doanh nghiệp đổi mới công nghệ.\n"
            "III. KINH PHÍ THỰC HIỆN\nTổng kinh phí dự kiến khoảng 25.000 triệu đồng.\n" + END)
    assert [t.value for t in extract_text(prepare(plan), "plan.txt").targets] == [20]


def test_assignments_in_a_task_s_content_brackets_and_after_a_semicolon():
    plan = (HEADER + "I. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện cơ chế\n- Rà soát quy định về nhiệm vụ khoa học "
            "(Sở KH&CN chủ trì, phối hợp với Sở Tư pháp; hoàn thành trong Quý IV/2025).\n2. Phát triển nhân lực\n"
            "Sở Nội vụ chủ trì xây dựng chính sách thu hút nhân tài; thời gian thực hiện: 2025-2026.\n" + END)
    tasks = tasks_by_id(plan)
    assert (tasks["body:I.1"].lead, tasks["body:I.1"].partners, tasks["body:I.1"].timeframe) == (
        ["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "Quý IV/2025")
    assert (tasks["body:I.2"].lead, tasks["body:I.2"].timeframe) == (["Sở Nội vụ"], "2025-2026")


def test_an_official_letter_without_a_type_line():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nSố: 1234/UBND-KT\nV/v triển khai Nghị quyết số 57-NQ/TW\n"
              "Nghệ An, ngày 10 tháng 7 năm 2025\nKính gửi: Các sở, ban, ngành\nNơi nhận:\n- Lưu: VT.\n"
              "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hồng Vinh\n")
    record = extract_text(prepare(letter), "letter.txt")
    doc = record.document
    assert (doc.number, doc.doc_type, doc.issuer, doc.issued_on, doc.signer) == (
        "1234/UBND-KT", "Công văn", "Ủy ban nhân dân tỉnh Nghệ An", "2025-07-10", "Lê Hồng Vinh")
    assert {r.number: r.relation for r in record.legal_refs} == {"57-NQ/TW": "implements"}


def test_organisation_sections_named_as_duties_or_grouped_a_level_down():
    plan = (HEADER + "I. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của Sở Khoa học và Công nghệ\n"
            "a) Chủ trì, phối hợp với Sở Tài chính hướng dẫn triển khai Kế hoạch.\n2. Phân công nhiệm vụ\n"
            "2.1. Sở Nội vụ: Bố trí biên chế.\n2.2. Sở Tài chính: Bố trí kinh phí.\n"
            "3. Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo.\nTrên đây là Kế hoạch.\nNơi nhận:\n")
    tasks = tasks_by_id(plan)
    assert set(tasks) == {"org:II.1", "org:II.2.1", "org:II.2.2"}  # the pointer to the appendix is no task
    assert (tasks["org:II.1"].lead, tasks["org:II.1"].partners) == (["Sở Khoa học và Công nghệ"], ["Sở Tài chính"])
    assert tasks["org:II.2.2"].lead == ["Sở Tài chính"]


def test_a_task_carrying_out_a_document_by_its_short_name():
    plan = (HEADER.replace("Hỗ trợ doanh nghiệp\n", "Hỗ trợ doanh nghiệp\nThực hiện Kế hoạch số 123/KH-UBND ngày "
                           "01/02/2021 của UBND tỉnh (sau đây gọi tắt là Kế hoạch 123), Sở ban hành Kế hoạch:\n")
            + "I. NHIỆM VỤ\n1. Triển khai Kế hoạch 123 trong các phòng\nPhòng Quản lý khoa học chủ trì.\n"
            "2. Tuyên truyền Kế hoạch 123\nVăn phòng Sở chủ trì.\n3. Triển khai Kế hoạch 1234 của Sở\n" + END)
    tasks = tasks_by_id(plan)
    assert [tasks[f"body:I.{i}"].implements for i in (1, 2, 3)] == [["123/KH-UBND"], [], []]


def test_a_decision_s_organisation_article_after_the_parts_of_its_first():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 1520/QĐ-UBND\nThái Nguyên, ngày 12 tháng 7 năm 2024\n"
                "QUYẾT ĐỊNH\nPhê duyệt Chương trình phát triển tài sản trí tuệ\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương "
                "trình với các nội dung chủ yếu sau:\n1. Mục tiêu\n- Có 50 đơn đăng ký sáng chế.\n2. Nhiệm vụ và giải "
                "pháp\n2.1. Tuyên truyền về sở hữu trí tuệ\nCơ quan chủ trì: Sở KH&CN.\nĐiều 2. Tổ chức thực hiện\n"
                "1. Sở Khoa học và Công nghệ chủ trì, hướng dẫn, kiểm tra việc thực hiện Chương trình.\n"
                "2. Sở Tài chính tham mưu bố trí kinh phí.\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu "
                "trách nhiệm thi hành Quyết định này./.\n")
    tasks = tasks_by_id(decision)
    assert [(t.id, t.lead) for t in tasks.values()] == [
        ("body:2.1", ["Sở Khoa học và Công nghệ"]), ("org:2.1", ["Sở Khoa học và Công nghệ"]),
        ("org:2.2", ["Sở Tài chính"])]


def test_an_agency_paragraph_naming_its_parties_by_the_appendix_is_no_task():
    plan = (HEADER + "I. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n- Sở Tài chính: Bố trí kinh phí.\n"
            "- Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục chủ động triển khai.\nNơi nhận:\n")
    assert leads_by_id(plan) == [("org:II.1", ["Sở Tài chính"])]


@pytest.mark.parametrize(("item", "duty"), [("a)", "-"), ("-", "+")])
def test_agency_items_with_their_duties_as_items_of_another_mark_under_them(item, duty):
    plan = (HEADER + "I. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của các sở, ngành\n"
            f"{item} Sở Khoa học và Công nghệ\n{duty} Là cơ quan đầu mối, hướng dẫn thực hiện Kế hoạch.\n"
            f"{duty} Tổng hợp, báo cáo.\n{item.replace('a', 'b')} Sở Tài chính: tham mưu bố trí kinh phí.\nNơi nhận:\n")
    assert [(t.id, t.lead, t.title) for t in tasks_by_id(plan).values()] == [
        ("org:II.1.1", ["Sở Khoa học và Công nghệ"], "Là cơ quan đầu mối, hướng dẫn thực hiện Kế hoạch."),
        ("org:II.1.2", ["Sở Tài chính"], "tham mưu bố trí kinh phí.")]


def test_lettered_agency_items_with_their_duties_as_paragraphs_under_them():
    plan = (HEADER + "I. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của các sở, ngành\n"
            "a) Sở Khoa học và Công nghệ\n- Là cơ quan thường trực, chủ trì triển khai Kế hoạch.\n"
            "b) Sở Tài chính\nPhối hợp với Sở Khoa học và Công nghệ bố trí kinh phí.\n"
            "c) Sở Nội vụ, Sở Tư pháp\nTheo chức năng, nhiệm vụ phối hợp thực hiện.\nNơi nhận:\n")
    assert [(t.id, t.lead, t.partners) for t in tasks_by_id(plan).values()] == [
        ("org:II.1.1", ["Sở Khoa học và Công nghệ"], []),
        ("org:II.1.2", ["Sở Tài chính"], ["Sở Khoa học và Công nghệ"]),
        ("org:II.1.3", ["Sở Nội vụ", "Sở Tư pháp"], [])]


def test_a_decision_s_numbered_parts_with_lettered_agency_items():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1520/QĐ-UBND\nBắc Ninh, ngày 12 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
                "Phê duyệt Đề án phát triển hệ sinh thái đổi mới sáng tạo\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án với "
                "những nội dung chủ yếu sau:\n1. Mục tiêu\n- Có ít nhất 50 doanh nghiệp khởi nghiệp.\n"
                "2. Nhiệm vụ và giải pháp\n2.1. Hoàn thiện chính sách\nCơ quan chủ trì: Sở KH&CN.\n"
                "3. Tổ chức thực hiện\na) Sở Khoa học và Công nghệ: chủ trì triển khai Đề án.\n"
                "b) Sở Tài chính: bố trí kinh phí.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n")
    tasks = tasks_by_id(decision)
    assert set(tasks) == {"body:2.1", "org:3.1", "org:3.2"}
    assert (tasks["org:3.1"].lead, tasks["org:3.2"].lead) == (["Sở Khoa học và Công nghệ"], ["Sở Tài chính"])


def test_a_news_item_s_headline_is_its_first_line_with_words():
    news = (",\n\nTuyên Quang ban hành Kế hoạch phát triển khoa học và công nghệ\n\nNgày 11/4/2023, UBND tỉnh Tuyên "
            "Quang ban hành Kế hoạch số 330/KH-UBND về phát triển khoa học và công nghệ.\n")
    document = extract_text(prepare(news), "news.txt").document
    assert (document.title, document.doc_type, document.issued_on) == (
        "Tuyên Quang ban hành Kế hoạch phát triển khoa học và công nghệ", "Kế hoạch", "2023-04-11")


@pytest.mark.parametrize(("page", "doc_type", "issuer"), [
    ("UBND tỉnh Phú Yên vừa ban hành kế hoạch triển khai Chương trình phát triển tài sản trí tuệ đến năm 2030\n\n"
     "Theo đó, đến năm 2025, phấn đấu có ít nhất 20 nhãn hiệu được bảo hộ.\n",
     "Kế hoạch", "Ủy ban nhân dân tỉnh Phú Yên"),
    # the document's owner named before what it carries out
    ("Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\n\nThực hiện Nghị quyết số "
     "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:\n",
     "Chương trình hành động", "Ban Thường vụ Tỉnh ủy"),
    # the issuer before what it just did, and "mới" part of a name
    ("UBND tỉnh Vĩnh Long vừa có quyết định về việc ban hành Kế hoạch hỗ trợ khởi nghiệp\n\n"
     "Theo đó, đến năm 2025 hỗ trợ 10 dự án khởi nghiệp.\n", "Kế hoạch", "Ủy ban nhân dân tỉnh Vĩnh Long"),
    ("Trung tâm Đổi mới sáng tạo tỉnh Vĩnh Long ban hành kế hoạch hỗ trợ khởi nghiệp\n\n"
     "Theo đó, đến năm 2025 hỗ trợ 10 dự án khởi nghiệp.\n", "Kế hoạch", "Trung tâm Đổi mới sáng tạo tỉnh Vĩnh Long"),
])
def test_a_news_headline_s_issuer_and_type(page, doc_type, issuer):
    document = extract_text(prepare(page), "news.txt").document
    assert (document.doc_type, document.issuer) == (doc_type, issuer)


def test_a_page_without_a_title_does_not_take_the_enacting_authority_for_one():
    record = extract_text(prepare(
        "CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/NQ-CP | Hà Nội, ngày 08 tháng 02 năm 2023 |\n"
        "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.\n"), "page.txt")
    assert (record.document.number, record.document.doc_type, record.document.title) == (
        "21/NQ-CP", "Nghị quyết", None)


def test_a_plan_saved_as_markdown():
    tasks = tasks_by_id(
        "**ỦY BAN NHÂN DÂN TỈNH BẮC KẠN**\n\nSố: 12/KH-UBND\n\nBắc Kạn, ngày 5 tháng 3 năm 2024\n\n**KẾ HOẠCH**\n\n"
        "**Phát triển thị trường khoa học và công nghệ**\n\n## II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
        "### 1\\. Hỗ trợ doanh nghiệp đổi mới công nghệ\n\n* **Cơ quan chủ trì:** Sở KH&CN.\n"
        "* **Cơ quan phối hợp:** Sở Tài chính.\n* **Thời gian thực hiện:** 2024 - 2025.\n")
    task = tasks["body:II.1"]
    assert (task.title, task.lead, task.partners, task.timeframe) == (
        "Hỗ trợ doanh nghiệp đổi mới công nghệ", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], "2024 - 2025")


def test_a_resolution_in_articles_gives_the_tasks_of_its_parts():
    tasks = tasks_by_id(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH LONG AN\nSố: 15/NQ-HĐND\nLong An, ngày 10 tháng 7 năm 2023\nNGHỊ QUYẾT\n"
        "Về phát triển khoa học và công nghệ\nQUYẾT NGHỊ:\nĐiều 1. Mục tiêu đến năm 2030\n"
        "Có ít nhất 50 doanh nghiệp khoa học và công nghệ.\nĐiều 2. Nhiệm vụ và giải pháp\n"
        "1. Hoàn thiện cơ chế, chính sách.\n2. Phát triển nguồn nhân lực.\nĐiều 3. Tổ chức thực hiện\n"
        "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
        "2. Thường trực HĐND tỉnh giám sát việc thực hiện Nghị quyết.\n")
    assert sorted(tasks) == ["body:2.1", "body:2.2", "org:3.1", "org:3.2"]
    assert tasks["org:3.1"].lead == ["Ủy ban nhân dân tỉnh"]
    assert tasks["org:3.2"].lead == ["Thường trực HĐND tỉnh"]


def test_a_news_item_dated_by_the_paragraph_that_reports_a_plan_without_its_number():
    record = extract_text(prepare(
        "Lạng Sơn hỗ trợ doanh nghiệp nâng cao năng suất\n\nPhạm Nga\n\n"
        "Ngày 14/1/2023, UBND tỉnh Lạng Sơn vừa ban hành Kế hoạch thực hiện Chương trình năng suất năm 2023.\n\n"
        "Kế hoạch đề ra 5 nhiệm vụ và giải pháp.\n"), "news.txt")
    assert (record.document.issued_on, record.document.issuer) == ("2023-01-14", "Ủy ban nhân dân tỉnh Lạng Sơn")
    assert record.targets == []


@pytest.mark.parametrize("opening", ["(BDO) Ngày 15/4/2025", "(BDO) - Ngày 15/4/2025", "Sáng ngày 15/4/2025"])
def test_a_news_item_dated_by_its_paragraph_after_a_paper_s_tag_or_the_time_of_day(opening):
    record = extract_text(prepare(
        "Bình Dương: Ban hành Kế hoạch phát triển thị trường khoa học và công nghệ\nLượt xem: 512\n\n"
        f"{opening}, UBND tỉnh Bình Dương ban hành Kế hoạch số 1890/KH-UBND về phát triển thị trường khoa học "
        "và công nghệ.\n"), "news.txt")
    assert record.document.issued_on == "2025-04-15"


def test_a_news_item_s_plan_takes_the_span_its_report_gives_it_not_the_year_of_a_headline_s_target():
    record = extract_text(prepare(
        "Đắk Lắk đặt mục tiêu có 30 doanh nghiệp khoa học và công nghệ vào năm 2030\n"
        "UBND tỉnh Đắk Lắk vừa ban hành Kế hoạch số 2150/KH-UBND ngày 18/3/2025 về phát triển doanh nghiệp khoa học "
        "và công nghệ giai đoạn 2025-2030, thực hiện Chương trình số 05-CTr/TU giai đoạn 2021-2035.\n"), "news.txt")
    assert record.document.period == Period(2025, 2030)


def test_a_plan_that_reports_on_last_year_first_takes_its_targets_and_tasks_from_its_own_parts():
    record = extract_text(prepare(
        "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\nPhần I\nĐÁNH GIÁ KẾT QUẢ NĂM 2023\n"
        "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023\nTỷ lệ hồ sơ trực tuyến đạt 65%.\n"
        "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023\n1. Nhận thức số\nĐã tổ chức 05 sự kiện.\n"
        "Phần II\nKẾ HOẠCH NĂM 2024\nI. MỤC TIÊU\nTỷ lệ hồ sơ trực tuyến đạt 80%.\nII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Phát triển hạ tầng số\nCơ quan chủ trì: Sở Thông tin và Truyền thông.\n"), "plan.txt")
    assert [(t.value, t.period) for t in record.targets] == [(80, "2024")]
    assert [(t.title, t.lead) for t in record.tasks] == [("Phát triển hạ tầng số", ["Sở Thông tin và Truyền thông"])]


def test_a_page_with_a_blank_line_after_every_line_keeps_its_header_title_and_parts():
    plan = ("UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 215/KH-SKHCN\nQuảng Ngãi, ngày 14 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nvề đột phá phát triển khoa học\n"
            "Phần thứ nhất\nMỤC TIÊU\nI. MỤC TIÊU\nHỗ trợ 10 doanh nghiệp.\nPhần thứ hai\nTỔ CHỨC THỰC HIỆN\n"
            "1. Sở Tài chính\nBố trí kinh phí.\nNơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n\n"
            "Trần Văn Bình\n"
            "PHỤ LỤC\nNHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW\n(Kèm theo Kế hoạch số 215/KH-SKHCN ngày 14/3/2025)\n")
    spaced = extract_text(prepare(plan.replace("\n", "\n\n")), "plan.txt")
    assert (spaced.document.issuer, spaced.document.title, spaced.document.signer) == (
        "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
        "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học", "Trần Văn Bình")
    assert [(t.id, t.lead) for t in spaced.tasks] == [("org:II.1", ["Sở Tài chính"])]
    assert spaced.embedded_documents == []  # the appendix's caps title over "(Kèm theo …)" is no plan


def test_a_city_abbreviated_in_the_header():
    plan = ("ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH\nSố: 12/KH-UBND\nTP. Hồ Chí Minh, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
            "Hỗ trợ doanh nghiệp\nI. MỤC TIÊU\nPhát triển.\n")
    document = extract_text(prepare(plan), "plan.txt").document
    assert (document.province, document.issuer) == ("Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh")


def test_agency_paragraphs_of_the_organisation_part_without_bullets_are_tasks():
    tasks = tasks_by_id(
        "KẾ HOẠCH\nPhát triển khoa học\nI. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n"
        "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính triển khai thực hiện Kế hoạch này.\n"
        "UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của địa phương.\n"
        "Trong quá trình thực hiện, nếu có khó khăn, các cơ quan báo cáo về Sở Khoa học và Công nghệ./.\n")
    assert {task_id: (task.lead, task.partners) for task_id, task in tasks.items()} == {
        "org:II.1": (["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]),
        "org:II.2": (["UBND các huyện, thành phố"], [])}
    # a paragraph's title is the paragraph as it opens, as a numbered item's is; after a label, the duty
    assert tasks["org:II.1"].title.startswith("Sở Khoa học và Công nghệ chủ trì")
    tasks = tasks_by_id("KẾ HOẠCH\nPhát triển khoa học\nI. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\n"
                        "- Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.\n- Sở Nội vụ tham mưu khen thưởng.\n")
    assert [task.title for task in tasks.values()] == ["Bố trí kinh phí thực hiện Kế hoạch.",
                                                       "Sở Nội vụ tham mưu khen thưởng."]


def test_a_news_item_whose_report_comes_after_blank_lines_and_a_dateline():
    record = extract_text(prepare(
        "Huế: khoa học và công nghệ là động lực phát triển\n\nHuế: khoa học và công nghệ là động lực phát triển\n\n"
        "17:55 - 10/08/2021\n\nNgày 09/8/2021, Tỉnh ủy Thừa Thiên Huế đã ban hành Nghị quyết số 07-NQ/TU về phát triển "
        "khoa học và công nghệ.\n"), "news.txt")
    assert (record.document.doc_type, record.document.issued_on) == ("Nghị quyết", "2021-08-09")
    assert record.legal_refs == []  # the resolution reported is the item's own document


def test_a_scheme_s_part_of_bases_after_its_need_gives_based_on_and_its_organisation_part_in_phan_gives_org_tasks():
    scheme = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/ĐA-UBND\nThanh Hóa, ngày 10 tháng 3 năm 2025\nĐỀ ÁN\n"
              "Phát triển hệ sinh thái khởi nghiệp\nPhần thứ nhất\nSỰ CẦN THIẾT VÀ CĂN CỨ\nI. SỰ CẦN THIẾT\n"
              "Cần phát triển.\nII. CĂN CỨ XÂY DỰNG ĐỀ ÁN\n- Quyết định số 188/QĐ-TTg ngày 25/02/2022 của Thủ tướng "
              "Chính phủ.\nPhần thứ hai\nMỤC TIÊU, NHIỆM VỤ\nI. MỤC TIÊU\nHỗ trợ 100 dự án khởi nghiệp.\n"
              "II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện cơ chế chính sách\nCơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
              "Phần thứ ba\nTỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nBố trí kinh phí.\n")
    record = extract_text(prepare(scheme), "scheme.txt")
    assert {r.number: r.relation for r in record.legal_refs} == {"188/QĐ-TTg": "based_on"}
    assert [(t.id, t.lead) for t in record.tasks] == [
        ("body:II.1", ["Sở Khoa học và Công nghệ"]), ("org:III.1", ["Sở Tài chính"])]


def test_a_part_listing_the_plan_s_bases_gives_based_on():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 383/KH-UBND\nTiền Giang, ngày 07 tháng 12 năm 2022\nKẾ HOẠCH\n"
            "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
            "1. Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số;\n"
            "2. Nghị quyết số 08-NQ/TU ngày 06/10/2021 của Tỉnh ủy về chuyển đổi số tỉnh Tiền Giang.\n"
            "3. Thực hiện Kế hoạch số 370/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh.\n"
            "II. MỤC TIÊU\n1. Mục tiêu chung\nỨng dụng công nghệ số theo Nghị quyết số 12/NQ-CP.\n")
    refs = {r.number: r.relation for r in extract_text(prepare(plan), "plan.txt").legal_refs}
    assert refs == {"924/QĐ-TTg": "based_on", "08-NQ/TU": "based_on", "370/KH-UBND": "implements",
                    "12/NQ-CP": "references"}


def test_a_part_of_targets_and_tasks_gives_each_its_own():
    plan = ("KẾ HOẠCH\nPhát triển khoa học đến năm 2030\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n"
            "II. MỤC TIÊU, NHIỆM VỤ\n1. Mục tiêu\n- Có 20 doanh nghiệp khoa học và công nghệ.\n2. Nhiệm vụ\n"
            "2.1. Hoàn thiện chính sách\nSở Tư pháp chủ trì; thời gian: 2024.\n"
            "2.2. Đào tạo nhân lực\nĐào tạo 300 kỹ sư công nghệ thông tin.\n")
    found = extract_text(prepare(plan), "plan.txt")
    assert [t.id for t in found.tasks] == ["body:II.2.1", "body:II.2.2"]  # not "1. Mục tiêu"
    assert [t.value for t in found.targets] == [20]  # not a quantity a task names without committing to it



def test_an_appendix_table_parted_by_tabs_with_group_rows_of_two_cells():
    table = ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\nI\tHoàn thiện thể chế\n"
             "1\tXây dựng chính sách hỗ trợ\tSở KH&CN\tSở Tài chính; Sở Tư pháp\t2023-2024\nII\tKhởi nghiệp\n"
             "2\tThành lập Trung tâm khởi nghiệp\tSở KH&CN\tSở Nội vụ\t2025\n")
    tasks = tasks_by_id(HEADER + END + "- Lưu: VT.\nPHỤ LỤC\n" + table)
    assert set(tasks) == {"appendix:1", "appendix:2"}
    assert (tasks["appendix:1"].partners, tasks["appendix:2"].timeframe) == (["Sở Tài chính", "Sở Tư pháp"], "2025")


def test_an_appendix_row_s_time_from_its_start_and_end_columns():
    table = ("PHỤ LỤC\nTT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện | \n| | | Bắt đầu | Kết thúc\n"
             "1 | Tổ chức cuộc thi khởi nghiệp | Sở KH&CN | 2024 | 2026\n"
             "2 | Xây dựng cổng thông tin | Sở KH&CN | 2024 | 2024\n")
    tasks = tasks_by_id(HEADER + END + "- Lưu: VT.\n" + table)
    assert (tasks["appendix:1"].timeframe, tasks["appendix:2"].timeframe) == ("2024 - 2026", "2024")


def test_a_resolution_on_a_policy_whose_one_part_is_its_organisation_article():
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 25/2025/NQ-HĐND\nĐồng Tháp, ngày 10 tháng 7 năm 2025\n"
                  "NGHỊ QUYẾT\nQuy định chính sách hỗ trợ phát triển khoa học và công nghệ\nQUYẾT NGHỊ:\n"
                  "Điều 1. Phạm vi điều chỉnh\n1. Nghị quyết này quy định chính sách hỗ trợ.\n"
                  "Điều 2. Nội dung và mức hỗ trợ\n1. Hỗ trợ 50% kinh phí, tối đa 500 triệu đồng/nhiệm vụ.\n"
                  "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n"
                  "2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n")
    assert leads_by_id(resolution) == [("org:3.1", ["Ủy ban nhân dân tỉnh"]),
                                       ("org:3.2", ["Thường trực Hội đồng nhân dân tỉnh"])]


def test_rows_numbered_under_their_roman_group_rows():
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\nPHỤ LỤC\nSTT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian\n"
            "I | Hoàn thiện cơ chế, chính sách | | |\n"
            "I.1 | Ban hành chính sách hỗ trợ | Sở KH&CN | Sở Tài chính | 2026\n"
            "II | Phát triển tiềm lực | | |\nII.1 | Đào tạo nhân lực | Sở Nội vụ | Sở KH&CN | Hằng năm\n")
    assert leads_by_id(plan) == [("appendix:I.1", ["Sở Khoa học và Công nghệ"]), ("appendix:II.1", ["Sở Nội vụ"])]


def test_rows_numbered_from_1_again_under_each_group_row_take_the_group_in_their_ids():
    plan = (HEADER + "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\nPHỤ LỤC\nSTT | Nhiệm vụ | Chủ trì | Thời gian\n"
            "I | Chính quyền số | |\n1 | Nâng cấp Cổng dịch vụ công | Văn phòng UBND tỉnh | 2025\n"
            "2 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | 2025\nII | Kinh tế số | |\n"
            "1 | Phát triển thương mại điện tử | Sở Công Thương | 2025\n")
    assert [task_id for task_id, _ in leads_by_id(plan)] == ["appendix:I.1", "appendix:I.2", "appendix:II.1"]
