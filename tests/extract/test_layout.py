import pytest

from stikg.graph.extract.layout import body_lines, outline, split_lines


def paths(text):
    return [".".join(s.path) for top in outline(split_lines(text)) for s in top.walk()]


def test_lettered_groups_of_a_roman_part_give_their_tasks_a_path_each():
    text = ("II. NHIỆM VỤ VÀ GIẢI PHÁP\nA. NHIỆM VỤ TRỌNG TÂM\n1. Xây dựng cơ sở dữ liệu\n1.1. Thu thập\n"
            "2. Tổ chức Techfest\nB. GIẢI PHÁP\n1. Tăng cường đầu tư\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính")
    assert paths(text) == ["II", "II.A", "II.A.1", "II.A.1.1", "II.A.2", "II.B", "II.B.1", "III", "III.1"]


def test_a_letter_out_of_order_is_no_group():
    text = "I. MỤC TIÊU\nC. Nguyễn Văn A phụ trách.\n1. Mục tiêu chung"
    assert paths(text) == ["I", "I.1"]


@pytest.mark.parametrize("marker", ["Thuộc tính văn bản", "Văn bản được căn cứ", "Văn bản hướng dẫn", "Lược đồ",
                                    "HIỆU LỰC VĂN BẢN", "Tin liên quan"])
def test_what_a_site_lists_after_the_document_is_not_part_of_it(marker):
    text = (f"ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nKẾ HOẠCH\nI. MỤC TIÊU\nVăn bản của Trung ương được căn cứ.\n{marker}\n"
            "Quyết định 999/QĐ-TTg năm 2019 phê duyệt Đề án\n")
    kept = [line.text for line in body_lines(split_lines(text))]
    assert kept[-1] == "Văn bản của Trung ương được căn cứ."  # a sentence with those words is the document's


def test_a_report_sentence_opening_with_the_committee_s_abbreviation_is_no_header():
    text = ("Quảng Ngãi: Ban hành Kế hoạch về khởi nghiệp\nLượt xem: 12\nNgày 08/4/2025, UBND tỉnh ban hành Kế hoạch "
            "số 62/KH-UBND.\nUBND tỉnh giao Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.")
    kept = [line.text for line in body_lines(split_lines(text))]
    assert kept[0] == "Quảng Ngãi: Ban hành Kế hoạch về khởi nghiệp" and len(kept) == 3
    assert body_lines(split_lines("Trang chủ\nUBND TỈNH QUẢNG NGÃI\nKẾ HOẠCH"))[0].text == "UBND TỈNH QUẢNG NGÃI"
