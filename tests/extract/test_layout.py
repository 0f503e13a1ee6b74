from stikg.graph.extract.layout import outline, split_lines


def paths(text):
    return [".".join(s.path) for top in outline(split_lines(text)) for s in top.walk()]


def test_lettered_groups_of_a_roman_part_give_their_tasks_a_path_each():
    text = ("II. NHIỆM VỤ VÀ GIẢI PHÁP\nA. NHIỆM VỤ TRỌNG TÂM\n1. Xây dựng cơ sở dữ liệu\n1.1. Thu thập\n"
            "2. Tổ chức Techfest\nB. GIẢI PHÁP\n1. Tăng cường đầu tư\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính")
    assert paths(text) == ["II", "II.A", "II.A.1", "II.A.1.1", "II.A.2", "II.B", "II.B.1", "III", "III.1"]


def test_a_letter_out_of_order_is_no_group():
    text = "I. MỤC TIÊU\nC. Nguyễn Văn A phụ trách.\n1. Mục tiêu chung"
    assert paths(text) == ["I", "I.1"]
