import unicodedata

import pytest

from stikg.graph.extract.text import UnreadableInput, decode, normalise, prepare, repair_wrapped_lines


def test_normalise_nfc_line_ends_bom_spaces():
    raw = "\ufeff" + unicodedata.normalize("NFD", "Kế hoạch\u00a0số\t12") + "\r\nDòng  hai\r"
    text = normalise(raw)
    assert text == "Kế hoạch số 12\nDòng hai\n"
    assert unicodedata.is_normalized("NFC", text)


def test_a_footnote_s_mark_is_no_part_of_the_word_it_follows():
    assert normalise("của Bộ Chính trị[1], UBND tỉnh\n[1] Nghị quyết số 57-NQ/TW.") == (
        "của Bộ Chính trị, UBND tỉnh\n[1] Nghị quyết số 57-NQ/TW.")  # a web page's
    assert normalise("của Bộ Chính trị1, UBND tỉnh\nThời gian: Quý III/2025.\n1 Nghị quyết số 57-NQ/TW.") == (
        "của Bộ Chính trị, UBND tỉnh\nThời gian: Quý III/2025.\n[1] Nghị quyết số 57-NQ/TW.")  # a PDF's, its note
    kept = "Xây dựng 500 m2 nhà xưởng tại tỉnh2.\n1 Mục tiêu"  # a unit's power; a mark that has no note below
    assert normalise(kept) == kept
    assert normalise("Xây dựng 500 m2 nhà xưởng.\n2 Nghị quyết số 57-NQ/TW.") == (
        "Xây dựng 500 m2 nhà xưởng.\n2 Nghị quyết số 57-NQ/TW.")


def test_a_page_s_text_copied_with_its_html_entities():
    assert normalise("Sở KH&amp;CN chủ trì, Sở Khoa học v&agrave; C&ocirc;ng nghệ&nbsp;phối hợp; KH&CN;") == (
        "Sở KH&CN chủ trì, Sở Khoa học và Công nghệ phối hợp; KH&CN;")


def test_page_numbers_of_a_printed_text_are_dropped_with_the_blank_lines_around_them():
    # a page that runs its lines on: the sentence cut by the page break is one again
    lines = "Căn cứ Luật Khoa học và Công nghệ;\n" * 10
    assert prepare(lines + "Các sở, ban,\n\nTrang 3/12\n\nngành tham mưu.") == lines + "Các sở, ban, ngành tham mưu."
    # a page that sets its paragraphs (here: a table's cells) apart by blank lines keeps one
    cells = "1\n\nXây dựng\n\nSở KH&CN\n\n2021\n\n"
    assert normalise(cells + "- 4 -\n\n2\n") == cells + "2\n"
    assert normalise("Trang chủ\n\nTrang 2 của kế hoạch") == "Trang chủ\n\nTrang 2 của kế hoạch"


def test_numbers_with_a_dash_or_a_slash_are_read_as_headings():
    text = "II- MỤC TIÊU\n1- Quán triệt.\n1.2- Sở Tài chính\nIII/ NHIỆM VỤ\n2/ Hỗ trợ.\n"
    assert normalise(text) == "II. MỤC TIÊU\n1. Quán triệt.\n1.2. Sở Tài chính\nIII. NHIỆM VỤ\n2. Hỗ trợ.\n"
    assert normalise("6 - 12 tháng\n5-10 doanh nghiệp\n1/2025") == "6 - 12 tháng\n5-10 doanh nghiệp\n1/2025"
    assert normalise("a/ Giai đoạn 2021-2025\nb/ Sở Tài chính\nd/c") == "a) Giai đoạn 2021-2025\nb) Sở Tài chính\nd/c"
    # a task numbered by name
    assert normalise("Nhiệm vụ 1: Tổ chức Cuộc thi\nGiải pháp 2. Đào tạo\nNhiệm vụ này") == (
        "1. Tổ chức Cuộc thi\n2. Đào tạo\nNhiệm vụ này")


def test_a_table_row_parted_by_tabs_is_a_pipe_row_and_an_indent_is_no_cell():
    text = "TT\tNội dung\tChủ trì\tThời gian\nI\tChính sách\t\t\n\t- Rà soát.\nNơi nhận:\t- Như trên"
    assert normalise(text) == ("TT | Nội dung | Chủ trì | Thời gian\nI | Chính sách | |\n- Rà soát.\n"
                               "Nơi nhận: - Như trên")


def test_an_indent_of_a_tab_and_spaces_is_no_column():
    text = "II. MỤC TIÊU\n\t           1. Giai đoạn 2021 - 2030:\n\t          - Hỗ trợ 20 doanh nghiệp."
    assert normalise(text) == "II. MỤC TIÊU\n1. Giai đoạn 2021 - 2030:\n- Hỗ trợ 20 doanh nghiệp."


def test_a_row_of_two_cells_parted_by_a_tab_is_a_row_only_beside_a_table_row():
    table = "TT\tNhiệm vụ\tChủ trì\tThời gian\nI\tHoàn thiện thể chế\n\n1\tXây dựng chính sách\tSở KH&CN\t2024"
    assert normalise(table).split("\n")[1] == "I | Hoàn thiện thể chế"
    assert normalise("I.\tMỤC TIÊU\n1.\tMục tiêu chung\nPhát triển.") == "I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển."
    assert normalise("") == "" and normalise("\n\n") == "\n\n"


def test_the_columns_of_a_page_printed_in_columns_are_cells_and_a_justified_line_s_spaces_are_not():
    assert normalise("  ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert normalise("phê duyệt  Chương trình   phát triển") == "phê duyệt Chương trình phát triển"
    assert normalise("Căn    cứ    Luật    Tổ    chức") == "Căn cứ Luật Tổ chức"  # stretched between every word
    assert normalise("3.    Hỗ    trợ   doanh   nghiệp   ứng   dụng   công   nghệ") == (  # some gaps wide, none single
        "3. Hỗ trợ doanh nghiệp ứng dụng công nghệ")


def test_a_lookalike_đ_or_hyphen_is_read_as_đ_or_hyphen():
    assert normalise("Quyết định số 569/Q\u00d0-TTg, Ngh\u00f0 quyết") == "Quyết định số 569/QĐ-TTg, Ngh\u0111 quyết"
    assert normalise("569/QĐ\u2011TTg, 57\u2010NQ/TW, 08\u2212NQ/TU") == "569/QĐ-TTg, 57-NQ/TW, 08-NQ/TU"
    assert normalise("Quyết đ\u00adịnh số 5\u200d69/QĐ-TTg") == "Quyết định số 569/QĐ-TTg"


def test_decode_utf8_and_utf16_with_bom():
    assert decode("Kế hoạch".encode()) == "Kế hoạch"
    assert decode("\ufeffKế hoạch".encode("utf-16")) == "\ufeffKế hoạch"


def test_decode_utf16_without_bom_and_windows_1258():
    text = "Kế hoạch phát triển khoa học và công nghệ tỉnh Nghệ An"
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text
    # Windows-1258: precomposed ê, ô, ơ... with the tone as a combining mark (0xEC acute, 0xF2 dot below)
    assert decode(b"K\xea\xec hoa\xf2ch") == "Kế hoạch"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (b"K\xd5 ho\xb9ch ph\xb8t tri\xd3n khoa h\xe4c", "not UTF-8"),  # TCVN3 bytes: not decoded, refused
    ],
)
def test_decode_refuses_with_reason(data, reason):
    with pytest.raises(UnreadableInput, match=reason):
        decode(data)


def test_prepare_refuses_text_that_is_not_vietnamese():
    with pytest.raises(UnreadableInput, match="not Vietnamese"):
        prepare(b"This is an English page about science and technology plans in general." * 3)


def test_lower_case_continuation_is_joined():
    text = "Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19/6/2015;"
    assert repair_wrapped_lines(text) == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"


def test_headings_bullets_and_table_separators_stay_on_their_own_lines():
    text = "I. MỤC TIÊU\n1. Mục tiêu chung\n- Đạt 40%;\n|\nSở Tài chính\n|\na) Giai đoạn 2021-2025"
    assert repair_wrapped_lines(text) == text
    text = "TỈNH AN GIANG\n-------\nSố 123/KH-UBND\n*\nSố 45-KH/TU"  # a number without its colon, after a rule
    assert repair_wrapped_lines(text) == text


def test_a_table_of_one_cell_per_line_keeps_its_lines():
    table = ("TT\nTên nhiệm vụ\nĐơn vị chủ trì\nThời gian thực hiện\nI\nChính sách hỗ trợ\n1\nXây dựng chính sách\n"
             "Sở KH&CN\n2021\n2\nHỗ trợ doanh nghiệp và\nSở Tài chính\n")  # "1", "2021", "… và": no wrapped lines
    assert repair_wrapped_lines(table + "Nơi nhận:\nnhư trên") == table + "Nơi nhận: như trên"
    piped = "TT\n|\nTên nhiệm vụ\n|\n1\n|\nXây dựng chính\nsách\n|"  # cells between "|" lines are wrapped text
    assert repair_wrapped_lines(piped) == "TT\n|\nTên nhiệm vụ\n|\n1\n|\nXây dựng chính sách\n|"


def test_a_quantity_under_a_caps_heading_starts_its_line_but_a_number_or_span_goes_on():
    text = "I. MỤC TIÊU\n100% hồ sơ công việc được xử lý trên môi trường mạng."
    assert repair_wrapped_lines(text) == text
    for heading, rest in [("II. THỰC HIỆN QUYẾT ĐỊNH SỐ", "569/QĐ-TTg"), ("III. MỤC TIÊU GIAI ĐOẠN", "2021 - 2025")]:
        assert repair_wrapped_lines(f"{heading}\n{rest}") == f"{heading} {rest}"


def test_a_heading_s_number_on_a_line_of_its_own_heads_the_line_below():
    text = "I.\nMỤC TIÊU\nHỗ trợ 10 doanh nghiệp.\n1.\nSở Tài chính\nBố trí kinh phí thực hiện.\n2.1.\nSở Nội vụ"
    assert repair_wrapped_lines(text).split("\n") == [
        "I. MỤC TIÊU", "Hỗ trợ 10 doanh nghiệp.", "1. Sở Tài chính", "Bố trí kinh phí thực hiện.", "2.1. Sở Nội vụ"]
    table = "TT\nNhiệm vụ\nChủ trì\n1.\nBan hành chính sách\nSở KH&CN\n2.\nĐào tạo nhân lực\nSở Nội vụ"
    assert repair_wrapped_lines(table) == table  # a row's number in a table of one cell per line


def test_a_table_of_one_cell_per_line_whose_rows_blank_lines_part_keeps_its_lines_to_the_paragraph_after_it():
    table = ("TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n\n1\nBan hành chính sách\nSở KH&CN\nSở Tài chính\n2026\n\n"
             "2\nNâng cấp hệ thống\nSở KH&CN\n\nQuý III/2025\n1.000\n\n3\nĐào tạo nhân lực\nSở Nội vụ\n")
    after = "\nCác sở, ngành căn cứ\n2026 thực hiện."  # a paragraph after the table: its lines join again
    assert repair_wrapped_lines(table + after) == table + "\nCác sở, ngành căn cứ 2026 thực hiện."


def test_a_cell_of_a_table_of_one_cell_per_line_that_the_page_s_wrapping_broke_goes_on():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ."] * 25)
    table = ("TT\nTên nhiệm vụ\nĐơn vị chủ trì\nThời gian\n1\nNghị quyết của Hội đồng nhân dân tỉnh về chính sách "
             "khuyến khích\nnghiên cứu khoa học và công nghệ tại cơ sở giáo dục\nSở KH&CN\n2021\n2\nKế hoạch "
             "tổng thể nâng cao năng suất dựa trên nền tảng KH&CN giai đoạn 2021 -\n2030\nSở KH&CN\nhằng năm\n")
    assert repair_wrapped_lines(f"{filler}\n{table}").split("\n")[25:] == [
        "TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "1",
        "Nghị quyết của Hội đồng nhân dân tỉnh về chính sách khuyến khích nghiên cứu khoa học và công nghệ tại "
        "cơ sở giáo dục", "Sở KH&CN", "2021", "2",
        "Kế hoạch tổng thể nâng cao năng suất dựa trên nền tảng KH&CN giai đoạn 2021 - 2030", "Sở KH&CN",
        "hằng năm", ""]  # a short cell in small letters is a cell of its own


def test_caps_title_over_several_lines_is_one_line():
    text = "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TU\nVỀ PHÁT TRIỂN KHOA HỌC\nThực hiện Nghị quyết số 08-NQ/TU,"
    lines = repair_wrapped_lines(text).split("\n")
    assert lines[0] == "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TU VỀ PHÁT TRIỂN KHOA HỌC"
    assert lines[1].startswith("Thực hiện")


def test_hard_wrapped_page_joins_at_the_wrap_width():
    prose = ("Phấn đấu tỷ lệ đóng góp của năng suất các nhân tố tổng hợp vào tăng trưởng kinh tế đạt "
             "50% và Tiếp tục đẩy mạnh hoạt động KHCN&ĐMST của tỉnh trong giai đoạn mới. ") * 12
    import textwrap

    wrapped = "\n".join(textwrap.wrap(prose.strip(), 70))
    repaired = repair_wrapped_lines(wrapped)
    assert repaired.count("\n") < wrapped.count("\n") / 3


def test_a_caps_title_at_the_wrap_width_does_not_take_the_sentence_after_it():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai"] * 25)
    text = "THỰC HIỆN QUYẾT ĐỊNH SỐ 569/QĐ-TTg GIAI ĐOẠN 2022-2030 CỦA TỈNH\nThực hiện Quyết định số 569/QĐ-TTg\n"
    assert repair_wrapped_lines(text + filler).startswith(text)


@pytest.mark.parametrize("page_line", ["Cập nhật: 10:35 | 12/02/2025", "Thứ Hai, 14/04/2025 08:15 GMT+7",
                                       "12/02/2025 10:35", "Lượt xem: 1.234",
                                       "Cập nhật lúc 09:20, Thứ Tư, 16/04/2025 (GMT+7)",
                                       "Trang chủ > Tin tức - Sự kiện > Khoa học", "Tin tức » Sự kiện » Khoa học"])
def test_a_web_page_s_line_about_itself_joins_no_sentence(page_line):
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai"] * 25)
    text = f"Bắc Giang ban hành Kế hoạch phát triển khoa học, công nghệ năm 2025\n{page_line}\nUBND tỉnh vừa\n"
    assert repair_wrapped_lines(text + filler).startswith(text)


def test_a_header_name_broken_in_a_narrow_cell_is_one_line_and_a_closed_cell_ends_a_caps_title():
    text = "ỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM |\n| TM. ỦY BAN NHÂN DÂN |\nTHỰC HIỆN CHỈ THỊ"
    assert repair_wrapped_lines(text).split("\n") == [
        "ỦY BAN NHÂN DÂN |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| TM. ỦY BAN NHÂN DÂN |",
        "THỰC HIỆN CHỈ THỊ"]


def test_numbered_heading_cut_after_one_word_is_rejoined():
    text = "7. Báo\nBình Định, Đài phát thanh truyền hình tỉnh: Chủ trì thông tin."
    assert repair_wrapped_lines(text).startswith("7. Báo Bình Định, Đài")


def test_a_caps_title_with_a_number_in_its_own_case_is_one_line():
    text = "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG\nTRÌNH HÀNH ĐỘNG SỐ 03-CTr/TU CỦA TỈNH ỦY\nCăn cứ Luật,"
    assert repair_wrapped_lines(text).split("\n")[0] == (
        "KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 03-CTr/TU CỦA TỈNH ỦY")


@pytest.mark.parametrize("text", [
    "- Đơn vị chủ trì: Trung tâm\nỨng dụng tiến bộ khoa học.",
    "- Thời gian thực hiện:\nNăm 2025.",
    "3. Đề nghị Tỉnh Đoàn, Hội\nLiên hiệp Phụ nữ tỉnh tuyên truyền.",
    "- Cơ quan phối hợp: Sở Công\nThương; Hiệp hội Doanh nghiệp tỉnh.",
    "Trường Đại học Quảng\nNam phối hợp.",
    "Chỉ thị số 25/CT-TTg ngày 05/10/2023 của Thủ tướng\nChính phủ về phát triển thị trường.",
    "4. Tuyên truyền, phổ biến\nNghị quyết số 57-NQ/TW ngày 22/12/2024.",  # a document cited by number goes on
    "1. Tuyên truyền, phổ biến\nLuật Khoa học, công nghệ và đổi mới sáng tạo.",  # so does a law by its whole name
    "Căn cứ Nghị quyết 57-NQ/TW\n(ngày 22/12/2024) của Bộ Chính trị;",  # and what is said of it in brackets
    "2.2 Trường Đại học Nông Lâm\nTP. Hồ Chí Minh - Phân hiệu Gia Lai",  # a city abbreviated goes on a name
    "- Không dưới 40% sản phẩm\nOCOP được truy xuất nguồn gốc.",  # a list item goes on to an acronym
    "2. Ban Tuyên giáo và Dân vận\nTỉnh ủy chủ trì tuyên truyền.",  # a board of the party committee
    "- Hỗ trợ khởi nghiệp trên địa bàn\nThành phố.",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật\nTổ chức Chính phủ ngày 22 tháng 11 năm 2019;",  # a law's name
    "- Tỷ trọng giao dịch các công nghệ đạt 10 - 20\n%.",  # a value's unit carried to the next line
    "Rà soát quy định. Cơ quan chủ trì: Sở Tư pháp. Thời gian:\nNăm 2025.",  # a label after a sentence in its line
    "Thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã Tân Phú, tỉnh\nĐồng Nai năm 2025 - 2026",  # a province's name
    "Xây dựng chuyên mục (Sở KH&CN chủ trì, phối hợp với Đài Phát thanh\n- Truyền hình tỉnh; thời gian: hằng năm).",
    "Hỗ trợ 02 doanh nghiệp với tổng kinh phí dự kiến từ 1\n- 1,5 tỷ đồng.",  # a range's end carried over
    "- Tỷ lệ doanh nghiệp đổi mới công nghệ tăng 10\n- 15%/năm.",
    "3. Các sở, ngành thực hiện các nhiệm vụ được giao tại\nPhụ lục kèm theo.",  # an appendix cited
    "Mức chi theo quy định tại\nĐiều 4 Nghị định số 70/2018/NĐ-CP.",  # an article cited
    "Nội dung đánh giá theo hướng dẫn tại\nPhần II Phụ lục kèm theo.",  # a part cited
    "Nghị quyết số 09-NQ/TU của Tỉnh ủy Bà Rịa\n- Vũng Tàu thực hiện Nghị quyết số 20-NQ/TW.",  # a name's dash
])
def test_a_name_or_a_label_carried_to_the_next_line(text):
    assert repair_wrapped_lines(text) == text.replace("\n", " ")


@pytest.mark.parametrize("text", [
    "báo cáo UBND tỉnh trước ngày 15/12 hằng năm.\nPhụ lục kèm theo Kế hoạch",
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch",
    "Ban hành kèm theo\nĐiều 2. Quyết định này có hiệu lực",  # an article's heading, not a part cited
    "về đột phá phát triển khoa học\n-----\nThực hiện Nghị quyết số 57-NQ/TW",  # a rule under a title
    "- Số doanh nghiệp khoa học và công nghệ: 10\n- 20 sản phẩm được hỗ trợ",  # a list item after a number
    "- Tỷ lệ doanh nghiệp đổi mới công nghệ tăng 10%\n- 15% doanh nghiệp có hoạt động đổi mới",
])
def test_an_appendix_or_an_article_or_a_list_item_after_a_finished_sentence_starts_its_line(text):
    assert repair_wrapped_lines(text) == text


def test_a_table_s_first_header_cell_is_not_part_of_the_caps_title_above():
    assert repair_wrapped_lines("DANH MỤC NHIỆM VỤ\nSTT\n|\nNội dung") == "DANH MỤC NHIỆM VỤ\nSTT\n|\nNội dung"


def test_a_sentence_carried_to_a_line_that_reads_like_a_label_goes_on():
    assert repair_wrapped_lines("tập trung trong\nthời gian tới: đầu tư") == "tập trung trong thời gian tới: đầu tư"


def test_a_label_starts_its_own_line_even_at_the_wrap_width():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ"] * 25)
    text = filler + "\n1. Thực hiện các nhiệm vụ khoa học và công nghệ cấp tỉnh năm\nCơ quan chủ trì: Sở Tài chính."
    assert repair_wrapped_lines(text).endswith("\nCơ quan chủ trì: Sở Tài chính.")


@pytest.mark.parametrize("below", ["Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024", "Phần thứ nhất"])
def test_a_plan_s_opening_or_part_does_not_go_on_a_title_at_the_wrap_width(below):
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ"] * 25)
    text = f"{filler}\nKẾ HOẠCH\nPhát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Ninh Bình năm 2026\n{below}"
    assert repair_wrapped_lines(text).endswith(f"2026\n{below}")


def test_a_list_of_documents_cited_goes_on_past_a_semicolon_at_the_wrap_width():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ"] * 25)
    text = ("Thực hiện Quyết định số 696/QĐ-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về phát triển;\n"
            "Nghị quyết số 41-NQ/TU ngày 15/3/2016 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:")
    assert repair_wrapped_lines(f"{filler}\n{text}").endswith(text.replace(";\n", "; "))
    parties = "- Cơ quan phối hợp: Sở Khoa học và Công nghệ, UBND các huyện, thị xã, thành phố;\nSở Tài chính."
    assert repair_wrapped_lines(f"{filler}\n{parties}").endswith(parties.replace(";\n", "; "))  # a label's list
    short = "Căn cứ Quyết định số 696/QĐ-TTg;\nNghị quyết số 41-NQ/TU ngày 15/3/2016 của Tỉnh ủy."  # a short line ends
    assert repair_wrapped_lines(f"{filler}\n{short}").endswith(short)


def test_the_wrap_width_is_the_prose_s_where_a_table_s_narrower_cells_are_most_lines():
    prose = ("Thực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ ban\n"
             "hành Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030;\n"
             "Nghị quyết số 16-NQ/TU ngày 15/3/2016 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch.\n")
    rows = "".join(f"{n}\n|\nTổ chức hội thảo kết nối về tài sản trí tuệ\ncủa tỉnh\n|\nSở KH&CN\n|\n2025\n|\n"
                   for n in range(1, 61))
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ"] * 22)
    text = repair_wrapped_lines(f"{filler}\n{prose}TT\n|\nNhiệm vụ\n|\nChủ trì\n|\nThời gian\n|\n{rows}")
    assert "năm 2030; Nghị quyết số 16-NQ/TU" in text  # at the prose's width, 80, not the cells' 45


def test_a_short_page_s_width_is_read_from_all_its_lines():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai các nhiệm vụ"] * 5)
    prose = ("Căn cứ Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt\n"
             "Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025;\n")
    rows = "".join(f"{n}\n|\nXây dựng cổng thông tin khởi nghiệp tỉnh\n|\nSở KH&CN\n|\n2026\n|\n" for n in range(1, 5))
    text = repair_wrapped_lines(f"{filler}\n{prose}TT\n|\nNhiệm vụ\n|\nChủ trì\n|\nThời gian\n|\n{rows}")
    assert "phê duyệt Đề án hỗ trợ" in text  # too few lines of prose alone to tell the width


def test_a_word_that_ends_a_name_does_not_pull_the_next_sentence_up():
    # "Nam Định" is a name, but "Quảng Nam" ends one: "Định hướng" may start a sentence
    assert repair_wrapped_lines("1. Phát triển tỉnh Quảng Nam\nĐịnh hướng đến năm 2030") == (
        "1. Phát triển tỉnh Quảng Nam\nĐịnh hướng đến năm 2030")


def test_a_code_cut_at_its_hyphen_is_one_word_again():
    assert repair_wrapped_lines("(Quyết định số 1158/QĐ-\nTTg ngày 13/7/2021)") == (
        "(Quyết định số 1158/QĐ-TTg ngày 13/7/2021)")
    assert repair_wrapped_lines("giai đoạn 2021 -\n2025") == "giai đoạn 2021 - 2025"  # a spaced dash keeps its space


def test_a_numbered_heading_at_the_wrap_width_does_not_take_the_sentence_under_it():
    filler = "\n".join(["Tăng cường công tác phối hợp giữa các sở, ban, ngành trong triển khai"] * 25)
    text = ("2. Xây dựng cơ sở dữ liệu về chuyển đổi số trong doanh nghiệp và hợp tác xã\n"
            "Đào tạo nguồn nhân lực cho kinh tế tuần hoàn.\n")
    assert repair_wrapped_lines(text + filler).startswith(text)
    # an agency that leads the sentence under the heading starts it
    for agency in ("Sở Nội vụ chủ trì.", "Đảng ủy UBND tỉnh lãnh đạo rà soát."):
        text = f"3. Xây dựng hệ sinh thái đổi mới sáng tạo trong doanh nghiệp và hợp tác xã\n{agency}\n"
        assert repair_wrapped_lines(text + filler).startswith(text)
    text = "3. Xây dựng hệ sinh thái đổi mới sáng tạo trong doanh nghiệp, hợp tác xã\nvà nông dân\nSở Nội vụ chủ trì.\n"
    assert repair_wrapped_lines(text + filler).startswith(text.replace("xã\nvà", "xã và"))  # over two lines
    text = "3. Xây dựng hệ sinh thái đổi mới sáng tạo trong doanh nghiệp, hợp tác xã, giao\nSở Tài chính chủ trì.\n"
    assert repair_wrapped_lines(text + filler).startswith(text.replace("giao\n", "giao "))
    # an agency is the object the heading's sentence goes on to
    text = "7. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo\nUBND tỉnh để xem xét.\n"
    assert repair_wrapped_lines(text + filler).startswith(text.replace("báo cáo\n", "báo cáo "))
    # and so are a sentence's last words
    text = "1. Sở Khoa học và Công nghệ chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện\nKế hoạch.\n"
    assert repair_wrapped_lines(text + filler).startswith(text.replace("thực hiện\n", "thực hiện "))


def test_a_span_s_end_carried_to_the_next_line_is_no_list_item():
    assert repair_wrapped_lines("Phát triển tài sản trí tuệ giai đoạn 2024\n- 2030, tầm nhìn đến năm 2045\n"
                                "- 2025: đạt 30%") == (
        "Phát triển tài sản trí tuệ giai đoạn 2024 - 2030, tầm nhìn đến năm 2045\n- 2025: đạt 30%")


def test_an_acronym_after_a_heading_starts_its_line():
    assert repair_wrapped_lines("1. Sở Khoa học và Công nghệ\nUBND tỉnh giao chủ trì.") == (
        "1. Sở Khoa học và Công nghệ\nUBND tỉnh giao chủ trì.")


def test_a_citation_after_a_finished_sentence_or_a_caps_heading_starts_its_line():
    text = "Thực hiện các nội dung sau:\nQuyết định số 569/QĐ-TTg ngày 11/5/2022.\nI. CĂN CỨ\nNghị quyết số 57-NQ/TW."
    assert repair_wrapped_lines(text) == text
    text = "Mục tiêu cụ thể:\n(1) Tỷ lệ đạt 30%;\n(2) Có 10 doanh nghiệp;\nKết quả đạt được.\n(trích) Luật Đầu tư."
    assert repair_wrapped_lines(text) == text  # numbered items, and brackets after a finished sentence


def test_a_page_saved_as_markdown_loses_its_marks():
    text = normalise("## II. NHIỆM VỤ\n**KẾ HOẠCH**\n* Sở Tài chính: *bố trí* kinh phí (*)\n1\\. Xem [Quyết định "
                     "569/QĐ-TTg](https://example.vn/569) nhé\n![](/anh.jpg)\n__Ghi chú__")
    assert text.split("\n") == ["II. NHIỆM VỤ", "KẾ HOẠCH", "- Sở Tài chính: bố trí kinh phí (*)",
                                "1. Xem Quyết định 569/QĐ-TTg nhé", "", "Ghi chú"]


def test_text_without_markdown_keeps_its_stars():
    assert normalise("Sở Tài chính (*) và Sở Nội vụ (*)") == "Sở Tài chính (*) và Sở Nội vụ (*)"


def test_a_double_spaced_page_s_sentences_are_joined_across_its_blank_lines():
    page = ("Thực hiện Quyết định số\n\n569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ ban hành Chiến lược "
            "phát triển\n\n"
            "khoa học, công nghệ và đổi mới sáng tạo đến năm 2030, UBND tỉnh ban hành Kế hoạch\n\n"
            "như sau:\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nPhát triển khoa học và công nghệ trở thành động lực\n\n"
            "chính của tăng trưởng.")
    assert repair_wrapped_lines(page).split("\n") == [
        "Thực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ ban hành Chiến lược phát triển "
        "khoa học, công nghệ và đổi mới sáng tạo đến năm 2030, UBND tỉnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU", "1. Mục tiêu chung",
        "Phát triển khoa học và công nghệ trở thành động lực chính của tăng trưởng."]


def test_blank_lines_that_part_paragraphs_and_cells_stay():
    page = "TT\n\nTên nhiệm vụ\n\nĐơn vị chủ trì\n\n1\n\nHỗ trợ doanh nghiệp\n\nSở KH&CN\n\na) Sở Tài chính\n\nhằng năm"
    assert repair_wrapped_lines(page) == page
