import pytest

from stikg.graph.extract.layout import body_lines, outline, split_lines


def paths(text):
    return [".".join(s.path) for top in outline(split_lines(text)) for s in top.walk()]


def test_lettered_groups_of_a_roman_part_give_their_tasks_a_path_each():
    text = ("II. NHIỆM VỤ VÀ GIẢI PHÁP\nA. NHIỆM VỤ TRỌNG TÂM\n1. Xây dựng cơ sở dữ liệu\n1.1. Thu thập\n"
            "2. Tổ chức Techfest\nB. GIẢI PHÁP\n1. Tăng cường đầu tư\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính")
    assert paths(text) == ["II", "II.A", "II.A.1", "II.A.1.1", "II.A.2", "II.B", "II.B.1", "III", "III.1"]


def test_a_plan_whose_parts_are_lettered_has_roman_groups_in_them():
    text = ("A. MỤC ĐÍCH, YÊU CẦU\nI. Mục đích\nII. Yêu cầu\nB. MỤC TIÊU\nI. Mục tiêu đến năm 2025\n1. TFP đạt 40%.\n"
            "C. NHIỆM VỤ VÀ GIẢI PHÁP\nI. Đổi mới cơ chế\n1. Rà soát quy định.\n2. Khoán chi.\nII. Tiềm lực\n"
            "1. Đầu tư.\nD. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính")
    assert paths(text) == ["A", "A.I", "A.II", "B", "B.I", "B.I.1", "C", "C.I", "C.I.1", "C.I.2", "C.II", "C.II.1",
                           "D", "D.1"]
    # lettered headings after a roman one are that part's groups
    assert paths("I. MỤC TIÊU\nA. MỤC TIÊU CHUNG\nB. MỤC TIÊU CỤ THỂ\n1. TFP")[0:2] == ["I", "I.A"]


def test_sections_numbered_with_their_part_s_roman_number():
    text = ("II. NHIỆM VỤ\nII.1. Hoàn thiện thể chế\nII.2. Phát triển nhân lực\nII.2.1. Đào tạo\n"
            "III. TỔ CHỨC THỰC HIỆN\nIII.1. Sở Tài chính bố trí kinh phí.\nII.3. Một số cũ của phần trước")
    assert paths(text) == ["II", "II.1", "II.2", "II.2.1", "III", "III.1"]  # only under its own part


def test_a_letter_out_of_order_is_no_group():
    text = "I. MỤC TIÊU\nC. Nguyễn Văn A phụ trách.\n1. Mục tiêu chung"
    assert paths(text) == ["I", "I.1"]


@pytest.mark.parametrize("marker", ["Thuộc tính văn bản", "Văn bản được căn cứ", "Văn bản hướng dẫn", "Lược đồ",
                                    "HIỆU LỰC VĂN BẢN", "Tin liên quan", "Tags: khoa học", "Ý kiến bạn đọc",
                                    "Chia sẻ"])
def test_what_a_site_lists_after_the_document_is_not_part_of_it(marker):
    text = (f"ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nKẾ HOẠCH\nI. MỤC TIÊU\nVăn bản của Trung ương được căn cứ.\n{marker}\n"
            "Quyết định 999/QĐ-TTg năm 2019 phê duyệt Đề án\n")
    kept = [line.text for line in body_lines(split_lines(text))]
    assert kept[-1] == "Văn bản của Trung ương được căn cứ."  # a sentence with those words is the document's


def test_a_news_item_s_share_buttons_under_its_headline_do_not_end_it():
    text = ("Đắk Lắk đặt mục tiêu có 30 doanh nghiệp khoa học và công nghệ\nChia sẻ\nBình luận\n"
            "UBND tỉnh Đắk Lắk vừa ban hành Kế hoạch số 2150/KH-UBND ngày 18/3/2025 về phát triển doanh nghiệp khoa "
            "học và công nghệ giai đoạn 2025-2030, với nhiều giải pháp.\nChia sẻ\nCác tin khác\n")
    assert [line.text[:6] for line in body_lines(split_lines(text))] == ["Đắk Lắ", "UBND t"]


def test_a_report_sentence_opening_with_the_committee_s_abbreviation_is_no_header():
    text = ("Quảng Ngãi: Ban hành Kế hoạch về khởi nghiệp\nLượt xem: 12\nNgày 08/4/2025, UBND tỉnh ban hành Kế hoạch "
            "số 62/KH-UBND.\nUBND tỉnh giao Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.")
    kept = [line.text for line in body_lines(split_lines(text))]
    assert kept[0] == "Quảng Ngãi: Ban hành Kế hoạch về khởi nghiệp" and len(kept) == 3
    assert body_lines(split_lines("Trang chủ\nUBND TỈNH QUẢNG NGÃI\nKẾ HOẠCH"))[0].text == "UBND TỈNH QUẢNG NGÃI"


@pytest.mark.parametrize("header", [
    "ỦY BAN NHÂN DÂN Số: 47/2018/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Lạng Sơn, ngày 22 tháng 8 năm 2018 |",
    "BAN CHỈ ĐẠO TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |",
])
def test_the_page_s_own_text_starts_at_its_header_however_the_site_lays_it_out(header):
    text = f"Để sử dụng toàn bộ tiện ích của Hệ Thống Pháp Luật vui lòng đăng ký.\n{header}\nTHÔNG BÁO\nKẾT LUẬN"
    assert body_lines(split_lines(text))[0].text == header


def test_a_page_s_dateline_is_furniture_and_a_date_alone_a_table_s_cell():
    text = ("Thứ Hai, 12/05/2025 - 09:30\n12/05/2025 09:30\nĐăng ngày: 12/05/2025\nLào Cai ban hành Kế hoạch\n"
            "Thời hạn\n30/6/2025")
    assert [line.text for line in body_lines(split_lines(text))] == ["Lào Cai ban hành Kế hoạch", "Thời hạn",
                                                                      "30/6/2025"]


def test_a_resolution_whose_articles_are_its_parts_numbers_their_items_under_them():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Mục tiêu đến năm 2030\n"
            "1. Mục tiêu chung\n2. Chỉ tiêu cụ thể\nĐiều 2. Nhiệm vụ và giải pháp\n1. Hoàn thiện thể chế.\n"
            "2. Phát triển nhân lực.\nĐiều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\n"
            "Điều 4. Hiệu lực thi hành\n1. Nghị quyết có hiệu lực từ ngày ký.")
    assert paths(text) == ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1"]


def test_a_decision_whose_one_article_is_no_plan_part_keeps_its_plan_s_numbered_parts():
    text = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Tổ chức thực hiện Quyết định.\n"
            "KẾ HOẠCH\n1. MỤC TIÊU\n2. NHIỆM VỤ\n2.1. Hoàn thiện thể chế")
    assert paths(text) == ["1", "2", "2.1"]


def parts(text):
    return [(top.number, top.title, [child.number for child in top.children]) for top in outline(split_lines(text))]


def test_a_plan_whose_site_dropped_its_part_headings_has_them_back_named_by_their_items():
    text = ("Số: 2629/KH-UBND | Kon Tum, ngày 15 tháng 8 năm 2023 |\n"
            "Thực hiện Quyết định số 569/QĐ-TTg, UBND tỉnh ban hành Kế hoạch như sau:\n"
            "1. Mục đích: Cụ thể hóa Chiến lược.\n2. Yêu cầu: Xác định rõ nhiệm vụ.\n"
            "1. Mục tiêu tổng quát\n2. Mục tiêu cụ thể\n- TFP đạt 40%.\n"
            "1. Hoàn thiện cơ chế, chính sách\n1.1. Rà soát quy định\n2. Phát triển hệ thống đổi mới sáng tạo\n"
            "1. Nguồn kinh phí thực hiện Kế hoạch\n2. Đối với nguồn vốn ngân sách nhà nước\n"
            "1. Sở Khoa học và Công nghệ: Theo dõi việc thực hiện.\n2. Sở Tài chính: Bố trí kinh phí.\n")
    assert parts(text) == [("I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]), ("II", "MỤC TIÊU", ["1", "2"]),
                           ("III", "NHIỆM VỤ", ["1", "2"]), ("IV", "KINH PHÍ", ["1", "2"]),
                           ("V", "TỔ CHỨC THỰC HIỆN", ["1", "2"])]
    assert paths(text)[6:10] == ["III", "III.1", "III.1.1", "III.2"]


@pytest.mark.parametrize(("first_items", "names"), [
    # items that do not say which part they are: purpose, targets and tasks in the order plans keep them
    ("1. Cụ thể hóa nội dung Chiến lược.\n2. Xác định trách nhiệm.\n1. Triển khai kịp thời chính sách.\n"
     "2. Đẩy mạnh hoạt động.\n", ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ"]),
    # two: the first is the targets where its items open with counts, else the purpose
    ("1. Phát triển 02 tổ chức trung gian.\n2. Có 30% doanh nghiệp đổi mới công nghệ.\n",
     ["MỤC TIÊU", "NHIỆM VỤ"]),
    ("1. Tổ chức quán triệt Nghị quyết.\n2. Nâng cao nhận thức.\n", ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ"]),
])
def test_parts_whose_items_do_not_name_them_are_named_by_their_order(first_items, names):
    text = "Số: 12/KH-UBND\n" + first_items + ("1. Hoàn thiện thể chế\n- Rà soát quy định.\n2. Phát triển nhân lực\n"
                          "1. Sở Khoa học và Công nghệ: Theo dõi.\n2. Sở Tài chính: Bố trí kinh phí.\n")
    assert [title for _, title, _ in parts(text)] == [*names, "TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("text", [
    # numbered parts printed in capitals, each numbering its items again
    "1. MỤC TIÊU\n1. Mục tiêu chung\n2. NHIỆM VỤ\n1. Hoàn thiện thể chế\n2. Phát triển nhân lực\n",
    # two lists of a news item
    "Kế hoạch đặt ra các mục tiêu:\n1. Có 30 doanh nghiệp.\n2. TFP đạt 40%.\nCác nhiệm vụ:\n1. Hỗ trợ.\n2. Đào tạo.\n",
    # three, which no document's header ("Số: …") stands over
    "Các mục tiêu:\n1. Có 30 doanh nghiệp.\n2. TFP đạt 40%.\nCác nhiệm vụ:\n1. Hỗ trợ.\n2. Đào tạo.\n"
    "Các giải pháp:\n1. Tuyên truyền.\n2. Bố trí kinh phí.\n",
])
def test_numbering_from_1_again_is_no_dropped_part_heading_where_parts_are_printed_or_none(text):
    assert all(top.heading.text for top in outline(split_lines(text)))  # a part put back has no line of its own


def test_an_article_s_items_numbered_from_1_again_are_no_dropped_part_headings():
    text = ("Số: 25/2025/NQ-HĐND\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n"
            "1. Phạm vi điều chỉnh: chính sách hỗ trợ.\n2. Đối tượng áp dụng: doanh nghiệp.\n"
            "Điều 2. Nội dung và mức hỗ trợ\n1. Hỗ trợ đổi mới công nghệ.\n2. Hỗ trợ đăng ký sáng chế.\n"
            "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\n")
    # the items numbered from 1 again are the articles'; the one article that is a part is one
    assert parts(text) == [("Điều 3", "Tổ chức thực hiện", ["1"])]
    plan = text + ("Nơi nhận:\n- Như Điều 3;\nCHỦ TỊCH\n1. Mục tiêu tổng quát\n2. Mục tiêu cụ thể\n"
                   "1. Hoàn thiện thể chế\n2. Phát triển nhân lực\n1. Sở Tài chính: Bố trí kinh phí.\n")
    assert [title for _, title, _ in parts(plan)] == ["MỤC TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]  # a plan after it


@pytest.mark.parametrize(("targets", "tasks", "task"), [("1. Mục tiêu", "2. Nhiệm vụ và giải pháp", "2.1"),
                                                       ("I. MỤC TIÊU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1")])
def test_a_later_article_after_parts_inside_the_first_is_a_part_of_its_own(targets, tasks, task):
    text = (f"Điều 1. Phê duyệt Chương trình với các nội dung chủ yếu sau:\n{targets}\n- Có 50 đơn đăng ký sáng chế.\n"
            f"{tasks}\n{task}. Tuyên truyền\nĐiều 2. Tổ chức thực hiện\n1. Sở Tài chính bố trí kinh phí.\n"
            "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.\n1. Không thuộc phần nào.\n")
    assert [(title, children) for _, title, children in parts(text)] == [
        (targets.split(". ")[1], []), (tasks.split(". ")[1], [task]),
        ("Tổ chức thực hiện", ["1"])]  # an article that is no part ends the one before


def test_items_numbered_with_a_bracket_are_sections_unless_under_an_open_item_numbered_with_a_dot():
    assert paths("III. NHIỆM VỤ\n1) Hoàn thiện thể chế\n1.1. Rà soát\n2) Phát triển nhân lực\n") == [
        "III", "III.1", "III.1.1", "III.2"]
    assert paths("III. NHIỆM VỤ\n1. Hoàn thiện thể chế\n1) Rà soát.\n2) Sửa đổi.\n2. Phát triển nhân lực\n") == [
        "III", "III.1", "III.2"]


@pytest.mark.parametrize("heading", ["Phần thứ ba\nTỔ CHỨC THỰC HIỆN", "PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN",
                                     "Phần III. TỔ CHỨC THỰC HIỆN", "Phần 3\nTỔ CHỨC THỰC HIỆN",
                                     "Phần III: Tổ chức thực hiện"])
def test_a_part_named_phan_without_roman_sections_is_a_part_of_its_own(heading):
    text = ("Phần thứ nhất\nSỰ CẦN THIẾT\nI. SỰ CẦN THIẾT\nNăm 2024 có 45 doanh nghiệp.\nII. CĂN CỨ\n- Quyết định.\n"
            "Phần thứ hai\nMỤC TIÊU, NHIỆM VỤ\nI. MỤC TIÊU\n1. Mục tiêu chung\nII. NHIỆM VỤ\n1. Hoàn thiện chính sách\n"
            f"{heading}\n1. Sở Khoa học và Công nghệ\nChủ trì.\n2. Sở Tài chính\nBố trí kinh phí.")
    assert [(n, t.upper(), c) for n, t, c in parts(text)] == [
        ("I", "SỰ CẦN THIẾT", []), ("II", "CĂN CỨ", []), ("I", "MỤC TIÊU", ["1"]), ("II", "NHIỆM VỤ", ["1"]),
        ("III", "TỔ CHỨC THỰC HIỆN", ["1", "2"])]
    # a part heading's lines are no text of the section before it
    assert [line.text for line in outline(split_lines(text))[1].lines] == ["- Quyết định."]
    # "Phần 1 của Đề án …" is text
    assert len(outline(split_lines(text.replace(heading, "Phần 1 của Đề án này gồm")))) == 4


def test_parts_named_phan_over_numbered_sections_are_the_parts():
    text = ("Phần thứ nhất\nMỤC TIÊU\n1. Mục tiêu chung\nPhát triển.\n2. Mục tiêu cụ thể\nHỗ trợ 10 doanh nghiệp.\n"
            "Phần thứ hai\nNHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện chính sách\n2. Phát triển nhân lực\n")
    assert parts(text) == [("I", "MỤC TIÊU", ["1", "2"]), ("II", "NHIỆM VỤ VÀ GIẢI PHÁP", ["1", "2"])]
