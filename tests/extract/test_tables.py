import pytest

from stikg.graph.extract.layout import split_lines
from stikg.graph.extract.tables import column_role, find_tables


def rows_of(text):
    tables = find_tables(split_lines(text))
    assert len(tables) == 1
    return tables[0].rows


def test_column_roles():
    assert [column_role(h) for h in ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                      "Thời gian thực hiện", "Sản phẩm", "Ghi chú")] == [
        "tt", "task", "lead", "partners", "timeframe", "output", "note"]
    assert [column_role(h) for h in ("Lộ trình thực hiện", "Hình thức văn bản")] == ["timeframe", "output"]
    assert [column_role(h) for h in ("Cơ quan tham gia", "Đơn vị tham gia phối hợp")] == ["partners", "partners"]
    assert [column_role(h) for h in ("Trách nhiệm", "Trách nhiệm thực hiện")] == ["lead", "lead"]
    # "thực hiện" in a header says who only in one about a body: not what, how or where
    assert [column_role(h) for h in ("Đơn vị thực hiện", "Căn cứ thực hiện", "Phương thức thực hiện",
                                      "Địa điểm thực hiện")] == ["lead", "basis", "manner", "manner"]
    # a list of documents names no tasks ("Tên văn bản"), a bare "Tên" names them
    assert [column_role(h) for h in ("Tên văn bản", "Trích yếu", "Tên", "Tên nhiệm vụ")] == [
        "documents", "documents", "task", "task"]


def test_pipe_rows_with_a_row_carried_to_the_next_line():
    rows = rows_of(
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm | ||||\n"
        "I | Nhóm nhiệm vụ | ||||||||\n"
        "1 | Tuyên truyền Nghị quyết | Các sở, ban, ngành tỉnh |\n"
        "| Quý III/2023 | Báo cáo | ||||\n"
        "2 | Rà soát quy định | Sở KH&CN | Sở Tư pháp | Hằng năm | Báo cáo | ||||\n"
    )
    assert [r.number for r in rows] == ["I", "1", "2"]
    assert rows[1].text("lead") == "Các sở, ban, ngành tỉnh"
    assert rows[1].text("partners") == ""
    assert rows[1].text("timeframe") == "Quý III/2023"
    assert rows[2].text("partners") == "Sở Tư pháp"
    assert rows[2].text("output") == "Báo cáo"


def test_a_row_carried_to_the_next_line_after_a_cell_not_closed():
    rows = rows_of(
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm | ||||\n"
        "1 | Rà soát quy định | Sở Tư pháp | Các sở, ban, ngành tỉnh\n"
        "| Quý II/2025 | Báo cáo | ||||\n"
    )
    assert [(r.text("partners"), r.text("timeframe"), r.text("output")) for r in rows] == [
        ("Các sở, ban, ngành tỉnh", "Quý II/2025", "Báo cáo")]


def test_a_pipe_row_whose_cell_wraps_onto_the_next_line():
    rows = rows_of(
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm | ||||\n"
        "1 | Rà soát các quy định của tỉnh về khoa học\n"
        "và công nghệ | Sở Tư pháp | Các sở, ban, ngành | 2025 | Báo cáo |\n"
        "2 | Xây dựng chính sách | Sở KH&CN | Sở Tài chính | 2025 | Nghị quyết |\n"
    )
    assert [(r.number, r.text("task"), r.text("lead")) for r in rows] == [
        ("1", "Rà soát các quy định của tỉnh về khoa học và công nghệ", "Sở Tư pháp"),
        ("2", "Xây dựng chính sách", "Sở KH&CN")]
    rows = rows_of("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện\n"
                   "1 | Rà soát các quy định của tỉnh\nvề khoa học và công nghệ\n| Sở Tư pháp | 2025 |\n"
                   "Nơi nhận:\n")
    assert [(r.text("task"), r.text("lead"), r.text("timeframe")) for r in rows] == [
        ("Rà soát các quy định của tỉnh về khoa học và công nghệ", "Sở Tư pháp", "2025")]


def test_cells_between_pipe_lines_with_empty_cells():
    rows = rows_of(
        "STT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian thực hiện\n|\nGhi chú\n|\n"
        "1\n|\nXây dựng Kế hoạch phát triển\nthị trường khoa học và công nghệ.\n|\nSở Khoa học và Công nghệ\n|\n"
        "Năm 2023\n|\n|\n2\n|\nTổ chức sự kiện\n|\nSở Công thương\n|\nHàng năm\n|\n"
    )
    assert [r.number for r in rows] == ["1", "2"]
    assert rows[0].text("task") == "Xây dựng Kế hoạch phát triển thị trường khoa học và công nghệ."
    assert rows[0].text("timeframe") == "Năm 2023"
    assert rows[1].text("lead") == "Sở Công thương"


def test_one_cell_per_line_between_blank_lines():
    rows = rows_of(
        "TT\n\nTên nhiệm vụ\n\nĐơn vị chủ trì\n\nThời gian thực hiện\n\nI\n\nChính sách hỗ trợ\n\n"
        "1\n\nXây dựng chính sách KH&CN vượt trội\n\nSở KH&CN\n\nSau khi TƯ ban hành\n\n"
        "2\n\nThành lập Trung tâm\n\nSở TN&MT\n\n2021 - 2025\n"
    )
    assert [r.number for r in rows] == ["I", "1", "2"]
    assert rows[1].text("timeframe") == "Sau khi TƯ ban hành"
    assert rows[2].text("lead") == "Sở TN&MT"


def test_one_cell_per_line_with_a_budget_column_a_column_no_rule_names_and_numbered_columns():
    rows = rows_of(
        "STT\n\nTên nhiệm vụ\n\nCơ quan chủ trì\n\nMã số\n\nThời gian thực hiện\n\nKinh phí (triệu đồng)\n\n"
        "(1)\n\n(2)\n\n(3)\n\n(4)\n\n(5)\n\n(6)\n\n"
        "1\n\nXây dựng cơ sở dữ liệu\n\nSở KH&CN\n\nĐT-01\n\n2025\n\n500\n\n"
        "2\n\nTổ chức Techfest\n\nTỉnh Đoàn\n\nĐT-02\n\n2026\n\n300\n"
    )
    # "500" is the first row's budget, not a row of its own
    assert [(r.number, r.text("task"), r.text("lead"), r.text("timeframe")) for r in rows] == [
        ("1", "Xây dựng cơ sở dữ liệu", "Sở KH&CN", "2025"), ("2", "Tổ chức Techfest", "Tỉnh Đoàn", "2026")]


def test_a_sum_in_thousands_in_a_cell_of_its_own_line_is_no_sub_row():
    rows = rows_of("TT\n|\nTên nhiệm vụ\n|\nTổ chức chủ trì\n|\nKinh phí (triệu đồng)\n|\nThời gian\n|\n"
                   "1\n|\nXây dựng cơ sở dữ liệu\n|\nSở KH&CN\n|\n1.200\n|\n2025\n|\n"
                   "2\n|\nTổ chức Techfest\n|\nTỉnh Đoàn\n|\n950\n|\n2026\n|\n")
    assert [(r.number, r.text("lead"), r.text("timeframe")) for r in rows] == [
        ("1", "Sở KH&CN", "2025"), ("2", "Tỉnh Đoàn", "2026")]  # "1.200" is the first row's budget


def test_text_between_the_header_and_the_first_row_is_no_column():
    rows = rows_of("TT\n\nTên nhiệm vụ\n\nCơ quan chủ trì\n\nCác việc năm đầu\n\n1\n\nRà soát\n\nSở Tư pháp\n\n"
                   "3\n\nĐào tạo\n\nSở Nội vụ\n")  # (as a column, it would leave row 1 short, and 3 in it)
    assert [(r.number, r.text("task"), r.text("lead")) for r in rows] == [
        ("1", "Rà soát", "Sở Tư pháp"), ("3", "Đào tạo", "Sở Nội vụ")]


def test_a_row_numbered_out_of_turn_starts_a_row_when_the_one_before_is_full():
    rows = rows_of("TT\n\nTên nhiệm vụ\n\nCơ quan chủ trì\n\n1\n\nRà soát\n\nSở Tư pháp\n\n"
                   "4\n\nĐào tạo\n\nSở Nội vụ\n")
    assert [r.number for r in rows] == ["1", "4"]


def test_rows_numbered_with_a_leading_zero_follow_each_other():
    rows = rows_of("TT\n\nTên nhiệm vụ\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian\n\n"
                   "01\n\nRà soát\n\nSở Tư pháp\n\n2025\n\n02\n\nĐào tạo\n\nSở Nội vụ\n\nSở Tài chính\n\n2026\n")
    assert [(r.number, r.text("lead"), r.text("timeframe")) for r in rows] == [  # row 01 dropped its partners
        ("01", "Sở Tư pháp", "2025"), ("02", "Sở Nội vụ", "2026")]


def test_a_dropped_empty_cell_does_not_shift_the_time_into_the_partners():
    rows = rows_of(
        "TT\n\nTên nhiệm vụ\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian thực hiện\n\n"
        "1\n\nXây dựng chính sách\n\nSở KH&CN\n\nSở Tài chính\n\n2025\n\n"
        "2\n\nThành lập Trung tâm\n\nSở Nội vụ\n\nQuý IV/2026\n"
    )
    assert (rows[0].text("partners"), rows[0].text("timeframe")) == ("Sở Tài chính", "2025")
    assert (rows[1].text("partners"), rows[1].text("timeframe")) == ("", "Quý IV/2026")


@pytest.mark.parametrize("text", [
    "TT\n\nTên nhiệm vụ\n\nĐơn vị chủ trì\n\nThời gian thực hiện\n\n1\n\nXây dựng chính sách\n\nSở KH&CN\n\n2025\n\n"
    "2\n\nThành lập Trung tâm\n\n2025 - 2026\n\n3\n\nĐào tạo nhân lực\n\nSở Nội vụ\n\nHằng năm\n",
    "TT | Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n"
    "1 | Xây dựng chính sách | Sở KH&CN | Sở Tư pháp | 2025\n2 | Thành lập Trung tâm | 2025 - 2026\n"
    "3 | Đào tạo nhân lực | Sở Nội vụ | Sở KH&CN | Hằng năm\n",
])
def test_a_lead_s_cell_merged_with_the_row_above_leads_both_rows(text):
    rows = rows_of(text)
    assert [(row.text("lead"), row.text("timeframe")) for row in rows] == [
        ("Sở KH&CN", "2025"), ("Sở KH&CN", "2025 - 2026"), ("Sở Nội vụ", "Hằng năm")]
    spanned = text[rows[1].start: rows[1].end]  # the row's own text, not the merged cell above it
    assert spanned.startswith("Thành lập Trung tâm") and spanned.endswith("2025 - 2026")


def test_a_row_whose_cells_stand_only_in_columns_no_role_names_is_no_row():
    # it had no cell to say where it stands, and reading the plan failed (found by fuzzing)
    rows = rows_of("TT | Mã số | Nhiệm vụ | Cơ quan chủ trì | Thời gian\nI | A01\n"
                   "1 | A02 | Xây dựng cơ sở dữ liệu | Sở KH&CN | 2025\n")
    assert [(row.number, row.text("task"), row.start < row.end) for row in rows] == [
        ("1", "Xây dựng cơ sở dữ liệu", True)]


def test_cell_offsets_point_into_the_text():
    text = "STT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n1\n|\nLập kế hoạch\n|\nSở Tài chính\n|\n"
    row = find_tables(split_lines(text))[0].rows[0]
    cell = row.cells["lead"]
    assert text[cell.start: cell.end] == "Sở Tài chính"


def test_a_target_table_s_columns():
    assert [column_role(h) for h in ("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "2030", "Giai đoạn 2021 - 2025")] == [
        "tt", "indicator", "unit", "period:2025", "period:2030", "period:2021-2025"]
    # a horizon without "năm", a note in brackets after the year
    assert [column_role(h) for h in ("Mục tiêu đến 2030", "Năm 2025 (dự kiến)")] == ["period:2030", "period:2025"]


def test_a_target_table_one_cell_per_line_whose_values_look_like_row_numbers():
    rows = rows_of(
        "TT\n\nChỉ tiêu\n\nĐơn vị tính\n\nNăm 2025\n\nNăm 2030\n\n"
        "1\n\nSố doanh nghiệp khoa học và công nghệ\n\nDoanh nghiệp\n\n15\n\n30\n\n"
        "2\n\nSố sáng chế được bảo hộ\n\nSáng chế\n\n3\n\n10\n"
    )
    assert [r.number for r in rows] == ["1", "2"]  # 15, 30, 3 and 10 are values, not rows
    assert (rows[1].text("period:2025"), rows[1].text("period:2030")) == ("3", "10")


def test_lettered_group_rows_do_not_end_a_pipe_table():
    text = ("TT | Tên nhiệm vụ | Cơ quan chủ trì thực hiện | Thời gian triển khai\nA | NHIỆM VỤ THƯỜNG XUYÊN | |\n"
            "1. | Hỗ trợ doanh nghiệp | Sở KH&CN | 2026\nB | NHIỆM VỤ TRỌNG TÂM | |\n"
            "2. | Xây dựng bản đồ công nghệ | Sở Công Thương | 2027\n")
    assert [row.number for row in rows_of(text)] == ["A", "1", "B", "2"]


@pytest.mark.parametrize("text", [
    # a pipe row, and a framed one, with the second header row under the spanning "Cơ quan thực hiện"
    "TT | Nội dung nhiệm vụ | Cơ quan thực hiện | | Thời gian hoàn thành\n| | Chủ trì | Phối hợp | |\n"
    "1 | Xây dựng chính sách | Sở KH&CN | Sở Tài chính | 2025\n",
    "| TT | Nội dung nhiệm vụ | Cơ quan thực hiện | | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
    "| | | Chủ trì | Phối hợp | |\n| 1 | Xây dựng chính sách | Sở KH&CN | Sở Tài chính | 2025 |\n",
    # one cell per line: the second header row comes after the first, flattened
    "TT\n\nNội dung nhiệm vụ\n\nCơ quan thực hiện\n\nThời gian hoàn thành\n\nChủ trì\n\nPhối hợp\n\n"
    "1\n\nXây dựng chính sách\n\nSở KH&CN\n\nSở Tài chính\n\n2025\n",
])
def test_a_two_row_header_under_a_spanning_agency_column(text):
    (row,) = rows_of(text)
    assert (row.text("lead"), row.text("partners"), row.text("timeframe")) == ("Sở KH&CN", "Sở Tài chính", "2025")


@pytest.mark.parametrize("text", [
    "TT | Nội dung | Chủ trì | Thời gian thực hiện | \n| | | Bắt đầu | Kết thúc\n"
    "1 | Xây dựng chính sách | Sở KH&CN | 2024 | 2026\n",
    "TT\n\nNội dung\n\nChủ trì\n\nThời gian thực hiện\n\nBắt đầu\n\nHoàn thành\n\n"
    "1\n\nXây dựng chính sách\n\nSở KH&CN\n\n2024\n\n2026\n",
    "TT | Nội dung | Chủ trì | Thời gian bắt đầu | Thời gian kết thúc\n"
    "1 | Xây dựng chính sách | Sở KH&CN | 2024 | 2026\n",
])
def test_a_task_s_start_and_end_in_columns_of_their_own(text):
    (row,) = rows_of(text)
    assert (row.text("lead"), row.text("start"), row.text("timeframe")) == ("Sở KH&CN", "2024", "2026")
    assert column_role("Thời gian hoàn thành") == "timeframe"  # alone, the time a task is due


@pytest.mark.parametrize("text", [
    "TT | Chỉ tiêu | Đơn vị tính | Mục tiêu | \n| | | Năm 2025 | Năm 2030\n"
    "1 | Số doanh nghiệp khoa học và công nghệ | Doanh nghiệp | 30 | 50\n",
    "TT\n\nChỉ tiêu\n\nĐơn vị tính\n\nMục tiêu phấn đấu\n\nNăm 2025\n\nNăm 2030\n\n"
    "1\n\nSố doanh nghiệp khoa học và công nghệ\n\nDoanh nghiệp\n\n30\n\n50\n",
])
def test_a_target_table_whose_years_stand_under_a_spanning_column(text):
    from stikg.graph.extract.targets import table_targets

    assert [(t.value, t.period) for t in table_targets(find_tables(split_lines(text)))] == [(30, "2025"), (50, "2030")]


def test_a_group_row_without_its_number_does_not_end_a_pipe_table():
    rows = rows_of("TT | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian |\n1 | Chương trình ươm tạo | Sở KH&CN | 2022 |\n"
                   "Đề án KH&CN | | |\n2 | Thành lập Trung tâm giao dịch công nghệ | Sở KH&CN | 2021 - 2025 |\n")
    assert [(row.number, row.text("task")) for row in rows] == [
        ("1", "Chương trình ươm tạo"), ("2", "Thành lập Trung tâm giao dịch công nghệ")]


def test_a_cell_of_several_lines_between_blank_lines_is_one_cell():
    rows = rows_of(
        "STT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nCơ quan phối hợp\n\nThời gian thực hiện\n\n"
        "1\n\nTổ chức sự kiện kết nối cung\n- cầu công nghệ\n\nSở KH&CN\n\n- Các sở, ban, ngành.\n"
        "- Hiệp hội doanh nghiệp tỉnh.\n\nNăm 2023\n\n\n2\n\nXây dựng cơ sở dữ liệu\n\nSở TT&TT\n\nSở KH&CN\n\n2024\n"
    )
    assert [(r.number, r.text("partners"), r.text("timeframe")) for r in rows] == [
        ("1", "- Các sở, ban, ngành.\n- Hiệp hội doanh nghiệp tỉnh.", "Năm 2023"), ("2", "Sở KH&CN", "2024")]


@pytest.mark.parametrize("text", [
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n| 1 | Hoàn thiện thể chế | | |\n"
    "| a | Rà soát quy định | Sở Tư pháp | 2024 |\n| b | Ban hành chính sách | Sở KH&CN | 2025 |\n"
    "| 2 | Phát triển nhân lực | Sở Nội vụ | 2024 |\n",
    "TT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian\n|\n1\n|\nHoàn thiện thể chế\n|\n|\n|\n"
    "a\n|\nRà soát quy định\n|\nSở Tư pháp\n|\n2024\n|\nb\n|\nBan hành chính sách\n|\nSở KH&CN\n|\n2025\n|\n"
    "2\n|\nPhát triển nhân lực\n|\nSở Nội vụ\n|\n2024\n|\n",
])
def test_rows_lettered_under_a_numbered_row_are_its_sub_rows(text):
    assert [(r.number, r.text("task")) for r in rows_of(text)] == [
        ("1", "Hoàn thiện thể chế"), ("1.a", "Rà soát quy định"), ("1.b", "Ban hành chính sách"),
        ("2", "Phát triển nhân lực")]


PARTS = (("1", "Hoàn thiện cơ chế chính sách", "", "", ""),
         ("-", "Rà soát chính sách hỗ trợ doanh nghiệp", "Sở KH&CN", "Sở Tài chính", "2026"),
         ("-", "Xây dựng quy chế quản lý nhiệm vụ", "Sở KH&CN", "Sở Tư pháp", "2026"),
         ("2", "Phát triển thị trường công nghệ", "Sở Công Thương", "- Sở KH&CN", "2026 - 2027"))
PARTS_HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")


@pytest.mark.parametrize("text", [
    "".join("| " + " | ".join(row) + " |\n" for row in (PARTS_HEADER, *PARTS)),  # "|" rows
    "".join(cell + "\n|\n" for row in (PARTS_HEADER, *PARTS) for cell in row),  # cells between "|" lines
    "\n\n".join(cell for row in (PARTS_HEADER, *PARTS) for cell in row if cell),  # no empty cells, blank lines
])
def test_a_row_whose_dash_parts_name_the_agencies_is_led_by_theirs(text):
    rows = rows_of(text)
    assert [r.number for r in rows] == ["1", "2"]
    assert [(r.text("task"), r.text("lead"), r.text("partners"), r.text("timeframe")) for r in rows] == [
        ("Hoàn thiện cơ chế chính sách", "Sở KH&CN", "Sở Tài chính\nSở Tư pháp", "2026"),
        ("Phát triển thị trường công nghệ", "Sở Công Thương", "- Sở KH&CN", "2026 - 2027")]  # a "-" in a cell: text


def test_a_dash_in_a_cell_of_its_own_before_an_agency_or_a_time_is_an_empty_cell():
    rows = rows_of("TT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nCơ quan phối hợp\n\nThời gian\n\n"
                   "1\n\nRà soát chính sách\n\nSở KH&CN\n\n-\n\n2026\n\n"
                   "2\n\nTổ chức Techmart\n\n-\n\nSở Công Thương\n\n2027\n\n3\n\nTập huấn\n\n-\n\n-\n\n2028\n")
    assert [(r.text("lead"), r.text("partners"), r.text("timeframe")) for r in rows] == [
        ("Sở KH&CN", "-", "2026"), ("-", "Sở Công Thương", "2027"), ("-", "-", "2028")]


def test_a_target_table_without_a_number_column_numbers_its_rows_in_order():
    (table,) = find_tables(split_lines("| Chỉ tiêu | ĐVT | 2025 | 2030 |\n|---|---|---|---|\n"
                                       "| Số doanh nghiệp KH&CN | Doanh nghiệp | 5 | 15 |\n"
                                       "| Tỷ trọng kinh tế số trong GRDP | % | 10 | 20 |\n"))
    assert table.columns == ["tt", "indicator", "unit", "period:2025", "period:2030"]
    assert [(r.number, r.text("indicator"), r.text("period:2030")) for r in table.rows] == [
        ("1", "Số doanh nghiệp KH&CN", "15"), ("2", "Tỷ trọng kinh tế số trong GRDP", "20")]
    assert find_tables(split_lines("| Nội dung | Ghi chú |\n| Họp | 2025 |\n")) == []  # no indicator, no values


def test_an_empty_cell_between_single_blank_lines_and_the_part_after_the_table():
    rows = rows_of("TT\n\nChỉ tiêu\n\nĐơn vị tính\n\nNăm 2026\n\nNăm 2030\n\n"
                   "1\n\nSố lượt người được đào tạo\n\nLượt người\n\n1.500\n\n7.500\n\n"
                   "2\n\nSố doanh nghiệp KH&CN\n\nDoanh nghiệp\n\n\n\n50\n\nII. NHIỆM VỤ\n\n1. Đào tạo nhân lực.\n")
    assert [(r.text("period:2026"), r.text("period:2030")) for r in rows] == [("1.500", "7.500"), ("", "50")]
