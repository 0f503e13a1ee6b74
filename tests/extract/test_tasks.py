import pytest

from stikg.graph.extract.pipeline import extract_text
from stikg.graph.extract.tasks import task_implements
from stikg.graph.extract.text import prepare


@pytest.mark.parametrize(("task", "implements"), [
    ("Triển khai Kế hoạch số 2721/KH-UBND ngày 03/11/2020 của UBND tỉnh.", ["2721/KH-UBND"]),
    ("Xây dựng Kế hoạch thực hiện Quyết định số 1158/QĐ-TTg ngày 13/7/2021.", ["1158/QĐ-TTg"]),
    ("Thực hiện Quyết định 1068/QĐ-TTg; Quyết định 2205/QĐ-TTg của Thủ tướng.", ["1068/QĐ-TTg", "2205/QĐ-TTg"]),
    # spreading or studying a document is not carrying it out ...
    ("Tuyên truyền, phổ biến Quyết định số 569/QĐ-TTg ngày 11/5/2022.", []),
    ("Thực hiện công tác thông tin tuyên truyền nội dung Nghị quyết số 08-NQ/TU.", []),
    ("Cụ thể hóa Nghị quyết số 57-NQ/TW thành các chương trình, đề án của tỉnh.", []),
    # ... but the verb nearest the document governs it
    ("Tổ chức quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.", ["57-NQ/TW"]),
    # reviewing or reporting how a document is carried out is not carrying it out
    ("Rà soát, đánh giá tình hình thực hiện Quyết định số 100/QĐ-TTg.", []),
    ("Sơ kết, tổng kết việc thực hiện Nghị quyết số 57-NQ/TW.", []),
    ("Đánh giá kết quả 05 năm thực hiện Nghị quyết số 08-NQ/TU.", []),
    ("Tổng kết 10 năm triển khai thực hiện Kết luận số 50-KL/TW.", []),
    ("Xây dựng kế hoạch năm 2026 thực hiện Nghị quyết số 57-NQ/TW.", ["57-NQ/TW"]),  # a plan's year, no review
    ("Triển khai Chương trình hành động số 10-CTr/TU; báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW.",
     ["10-CTr/TU"]),
    # a list goes on under the verb said before its first document, not one in a listed document's subject
    ("Các sở tổ chức nghiên cứu, quán triệt các nội dung theo Kế hoạch số 490/KH-UBND về triển khai thực hiện "
     "Kết luận số 50-KL/TW; Kế hoạch số 6640/KH-UBND ngày 11/12/2020 của UBND tỉnh.", []),
    # a verb after the document before governs the next one
    ("Nghiên cứu, cụ thể hóa Nghị quyết số 57-NQ/TW và tổ chức thực hiện Chương trình số 05-CTr/TU.", ["05-CTr/TU"]),
    ("Triển khai Quyết định số 36/QĐ-TTg và tuyên truyền Nghị quyết số 57-NQ/TW.", ["36/QĐ-TTg"]),
])
def test_what_a_task_carries_out(task, implements):
    assert task_implements(task) == implements


PLAN = "KẾ HOẠCH\nPhát triển khoa học\nI. MỤC TIÊU\nPhát triển.\n"  # a plan's opening, its parts to follow


def tasks_of(parts: str):
    """The tasks of a plan whose parts after its targets are ``parts`` ("II. NHIỆM VỤ\n1. …", "PHỤ LỤC\n…")."""
    return extract_text(prepare(PLAN + parts), "plan.txt").tasks


def only_task(section: str):
    """The one task of a plan whose tasks part is ``section`` ("1. Heading\n…")."""
    (found,) = tasks_of(f"II. NHIỆM VỤ\n{section}\n")
    return found


@pytest.mark.parametrize(("section", "task"), [
    ("1. Ban hành quy chế quản lý nhiệm vụ (Sở KH&CN chủ trì, phối hợp Sở Tư pháp; hoàn thành trong Quý II/2025).",
     ("Ban hành quy chế quản lý nhiệm vụ", ["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "Quý II/2025")),
    # the assignment after a colon, the time without a year
    ("1. Triển khai Quyết định số 127/QĐ-TTg: Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp; thực hiện "
     "thường xuyên.",
     ("Triển khai Quyết định số 127/QĐ-TTg", ["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "thường xuyên")),
    # agencies alone in the brackets lead it
    ("1. Đào tạo nhân lực số (Sở Nội vụ, Sở TT&TT; năm 2025)",
     ("Đào tạo nhân lực số", ["Sở Nội vụ", "Sở Thông tin và Truyền thông"], [], "năm 2025")),
])
def test_an_assignment_at_the_end_of_a_task_s_sentence(section, task):
    found = only_task(section)
    assert (found.title, found.lead, found.partners, found.timeframe) == task


@pytest.mark.parametrize(("section", "task"), [
    ("1. Tổ chức Ngày hội khởi nghiệp năm 2024. Giao Sở KH&CN chủ trì, phối hợp với Tỉnh Đoàn thực hiện; thời gian: "
     "Quý III/2024.",
     ("Tổ chức Ngày hội khởi nghiệp năm 2024", ["Sở Khoa học và Công nghệ"], ["Tỉnh Đoàn"], "Quý III/2024")),
    ("1. Xây dựng bản đồ công nghệ ngành dệt may - Sở Công Thương chủ trì; Sở KH&CN phối hợp; hoàn thành trong năm "
     "2024.",
     ("Xây dựng bản đồ công nghệ ngành dệt may", ["Sở Công Thương"], ["Sở Khoa học và Công nghệ"], "năm 2024")),
    # a heading that opens with its lead is read from its start, not from a later clause
    ("1. Sở Tài chính chủ trì bố trí kinh phí; Sở KH&CN chủ trì hướng dẫn thủ tục.",
     ("Sở Tài chính chủ trì bố trí kinh phí; Sở KH&CN chủ trì hướng dẫn thủ tục.", ["Sở Tài chính"], [], None)),
])
def test_a_heading_alone_that_names_its_lead_after_the_duty(section, task):
    found = only_task(section)
    assert (found.title, found.lead, found.partners, found.timeframe) == task


def test_sub_sections_that_name_no_lead_carry_out_their_group_s_labelled_lead():
    plan = ("II. NHIỆM VỤ\n"
            "1. Phát triển nguồn nhân lực\nCơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở KH&CN.\n"
            "1.1. Đào tạo nhân lực\n1.2. Thu hút nhà khoa học trẻ\nCơ quan chủ trì: Sở Y tế.\n"
            "2. Phát triển thị trường\n2.1. Kết nối cung cầu\n")
    tasks = {t.id: (t.lead, t.partners) for t in tasks_of(plan)}
    assert tasks == {
        "body:II.1.1": (["Sở Nội vụ"], ["Sở Khoa học và Công nghệ"]),
        "body:II.1.2": (["Sở Y tế"], []),  # its own lead
        "body:II.2.1": ([], []),  # a group that names none gives none
    }


@pytest.mark.parametrize("group", ["1. Sở Nội vụ", "1. Phát triển nguồn nhân lực (Sở Nội vụ chủ trì)",
                                   "1. Phát triển nhân lực\nGiao Sở Nội vụ chủ trì, phối hợp với các sở thực hiện:"])
def test_sub_sections_carry_out_a_group_headed_by_its_lead(group):
    plan = f"II. NHIỆM VỤ\n{group}\n1.1. Đào tạo nhân lực\n1.2. Thu hút nhà khoa học trẻ\n"
    assert [t.lead for t in tasks_of(plan)] == [["Sở Nội vụ"], ["Sở Nội vụ"]]


@pytest.mark.parametrize(("text", "lead", "partners"), [
    ("Đào tạo, bồi dưỡng nhân lực. Giao Sở Nội vụ chủ trì, phối hợp với Sở KH&CN thực hiện trong năm 2024.",
     ["Sở Nội vụ"], ["Sở Khoa học và Công nghệ"]),
    ("Đào tạo, bồi dưỡng nhân lực;\nSở Nội vụ chủ trì thực hiện.", ["Sở Nội vụ"], []),
    # a later sentence that opens with an agency but does not lead gives no lead
    ("Đào tạo, bồi dưỡng nhân lực. Sở Tài chính phối hợp bố trí kinh phí.", [], []),
])
def test_a_lead_assigned_in_a_later_sentence(text, lead, partners):
    found = only_task(f"1. Đào tạo nhân lực\n{text}")
    assert (found.title, found.lead, found.partners) == ("Đào tạo nhân lực", lead, partners)


@pytest.mark.parametrize(("section", "lead", "partners"), [
    ("1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường tổ chức tuyên truyền.",
     ["Phòng Văn hóa - Xã hội"], ["Công an phường"]),
    # a heading that only begins with an agency's words, and leads nothing, is a title
    ("1. Trung tâm dữ liệu tỉnh được đầu tư xây dựng.", [], []),
])
def test_a_section_whose_heading_is_its_whole_duty(section, lead, partners):
    found = only_task(section)
    assert (found.title, found.lead, found.partners) == (section[3:], lead, partners)


def test_a_time_labelled_after_the_duty_is_the_time_alone():
    found = only_task("1. Sở KH&CN chủ trì tham mưu ban hành chính sách; thời gian hoàn thành: Quý IV/2025.")
    assert (found.lead, found.timeframe) == (["Sở Khoa học và Công nghệ"], "Quý IV/2025")


@pytest.mark.parametrize(("text", "lead", "partners", "timeframe"), [
    ("- Trách nhiệm: Sở Khoa học và Công nghệ.\n- Thời gian: 2025.", ["Sở Khoa học và Công nghệ"], [], "2025"),
    ("Nhiệm vụ này do Sở KH&CN chủ trì thực hiện, phối hợp với Sở Công Thương.", ["Sở Khoa học và Công nghệ"],
     ["Sở Công Thương"], None),
    ("Hỗ trợ do Sở Tài chính cấp kinh phí.", [], [], None),  # who pays is not who leads
    ("Cơ quan chủ trì tham mưu: Sở KH&CN; cơ quan phối hợp: Sở Tài chính.", ["Sở Khoa học và Công nghệ"],
     ["Sở Tài chính"], None),  # not "Cơ quan", the label's first word
    ("Đơn vị thực hiện chính: Sở KH&CN.", ["Sở Khoa học và Công nghệ"], [], None),
    ("UBND tỉnh giao Sở KH&CN chủ trì, phối hợp với Sở Tài chính triển khai.", ["Sở Khoa học và Công nghệ"],
     ["Sở Tài chính"], None),  # who assigns it does not lead it
    ("Giao Sở KH&CN là cơ quan chủ trì, Sở Công Thương là cơ quan phối hợp.", ["Sở Khoa học và Công nghệ"],
     ["Sở Công Thương"], None),
    ("Sở KH&CN chủ trì; Sở Tài chính, Sở Nội vụ phối hợp; hoàn thành năm 2025.", ["Sở Khoa học và Công nghệ"],
     ["Sở Tài chính", "Sở Nội vụ"], "năm 2025"),
    # a bare "Thực hiện:" before agencies, not before how; roles in brackets on a line of their own, then the time
    ("Nội dung: rà soát các quy định.\nThực hiện: Sở KH&CN, Sở Tư pháp.", ["Sở Khoa học và Công nghệ", "Sở Tư pháp"],
     [], None),
    ("Thực hiện: theo kế hoạch được duyệt.", [], [], None),
    # one label for both roles: the roles it says, else who is named first leads
    ("Cơ quan chủ trì, phối hợp: Sở Nội vụ; Sở Tài chính, Sở GD&ĐT.", ["Sở Nội vụ"],
     ["Sở Tài chính", "Sở Giáo dục và Đào tạo"], None),
    ("Đơn vị chủ trì/phối hợp: Sở KH&CN/Công an tỉnh.", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], None),
    ("Cơ quan chủ trì và phối hợp: Sở Ngoại vụ (chủ trì), Sở KH&CN.", ["Sở Ngoại vụ"], ["Sở Khoa học và Công nghệ"],
     None),
    ("Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch.", [], [], None),  # who owns it is no lead, nor "Cơ quan"
    ("Sở KH&CN (chủ trì); Sở Nội vụ, Văn phòng UBND tỉnh (phối hợp). Năm 2026.", ["Sở Khoa học và Công nghệ"],
     ["Sở Nội vụ", "Văn phòng UBND tỉnh"], "Năm 2026"),
])
def test_a_lead_named_by_a_bare_label_or_inside_the_sentence(text, lead, partners, timeframe):
    found = only_task(f"1. Hỗ trợ doanh nghiệp đổi mới công nghệ\n{text}")
    assert (found.lead, found.partners, found.timeframe) == (lead, partners, timeframe)


def test_roles_labelled_inside_the_unit_s_label():
    found = only_task("1. Phát triển thị trường\n- Đơn vị thực hiện: Chủ trì: Trung tâm Ứng dụng tiến bộ khoa học và "
                      "công nghệ; Phối hợp: Phòng Quản lý công nghệ.\n- Thời gian: Năm 2025.")
    assert (found.lead, found.partners, found.timeframe) == (
        ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"], ["Phòng Quản lý công nghệ"], "Năm 2025")


@pytest.mark.parametrize("said", ["; hoàn thành trong năm 2025.", ", hoàn thành trong năm 2025."])
def test_the_time_after_an_opening_assignment(said):
    found = only_task("1. Ứng dụng công nghệ thông tin\nGiao Sở Thông tin và Truyền thông chủ trì, phối hợp với các "
                      f"sở, ngành triển khai{said}")
    assert (found.lead, found.partners, found.timeframe) == (
        ["Sở Thông tin và Truyền thông"], ["Các sở, ngành"], "năm 2025")


def test_an_appendix_column_of_the_documents_each_row_carries_out():
    plan = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "STT | Nhiệm vụ | Căn cứ thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
            "1 | Xây dựng cơ sở dữ liệu | Quyết định số 1131/QĐ-BKHCN | Sở KH&CN | Sở Tài chính | 2024\n")
    (task,) = tasks_of(plan)
    assert (task.lead, task.implements) == (["Sở Khoa học và Công nghệ"], ["1131/QĐ-BKHCN"])  # not the lead column


def test_appendix_rows_that_name_no_agency_carry_out_their_group_row_s():
    plan = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
            "I | Tuyên truyền về sở hữu trí tuệ | Sở KH&CN | Đài PT-TH tỉnh | Hằng năm\n"
            "1 | Xây dựng chuyên mục | | | \n2 | Tổ chức hội thảo | | | 2025\n"
            "II | Hỗ trợ tạo lập nhãn hiệu | | | \n3 | Hỗ trợ nhãn hiệu chứng nhận | | Sở Tư pháp | 2026\n"
            "4 | Quản lý chỉ dẫn địa lý | Sở Công Thương | | 2026\n4.1 | Rà soát chỉ dẫn địa lý | | | \n")
    tasks = [(t.id, t.lead, t.partners, t.timeframe) for t in tasks_of(plan)]
    assert tasks == [
        ("appendix:1", ["Sở Khoa học và Công nghệ"], ["Đài Phát thanh và Truyền hình tỉnh"], "Hằng năm"),
        ("appendix:2", ["Sở Khoa học và Công nghệ"], ["Đài Phát thanh và Truyền hình tỉnh"], "2025"),  # its own time
        ("appendix:3", [], ["Sở Tư pháp"], "2026"),  # a group row that names no one
        ("appendix:4", ["Sở Công Thương"], [], "2026"),  # a row that leads its sub-rows
        ("appendix:4.1", ["Sở Công Thương"], [], "2026"),
    ]


def test_a_group_row_s_cell_that_names_no_agency_leads_no_row_under_it():
    plan = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
            "I | Nhóm nhiệm vụ về thể chế | (02 nhiệm vụ) | Sở Tư pháp | 2025\n1 | Xây dựng chuyên mục | | | \n")
    assert [(t.lead, t.partners, t.timeframe) for t in tasks_of(plan)] == [
        ([], [], None)]


@pytest.mark.parametrize("group", ["1. Trách nhiệm của các sở, ban, ngành", "1. Các sở, ban, ngành tỉnh",
                                   "1. Các sở, ban, ngành tỉnh\nCăn cứ chức năng, chủ động triển khai; cụ thể:"])
def test_agencies_numbered_under_a_group_of_agencies_each_lead_their_duty(group):
    plan = (f"II. TỔ CHỨC THỰC HIỆN\n{group}\n"
            "1.1. Sở Khoa học và Công nghệ\nChủ trì hướng dẫn triển khai Kế hoạch.\n1.2. Sở Tài chính\n"
            "Bố trí kinh phí thực hiện Kế hoạch.\n2. UBND các huyện\nXây dựng kế hoạch trên địa bàn.\n")
    tasks = {t.id: t.lead for t in tasks_of(plan)}
    assert tasks == {"org:II.1.1": ["Sở Khoa học và Công nghệ"], "org:II.1.2": ["Sở Tài chính"],
                     "org:II.2": ["UBND các huyện"]}


def test_an_agency_s_duties_numbered_under_it_are_its_one_task():
    plan = ("II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n1.1. Chủ trì hướng dẫn triển khai Kế hoạch.\n"
            "1.2. Tổng hợp, báo cáo kết quả.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.\n")
    tasks = [(t.id, t.title, t.lead) for t in tasks_of(plan)]
    assert tasks == [("org:II.1", "Chủ trì hướng dẫn triển khai Kế hoạch.", ["Sở Khoa học và Công nghệ"]),
                     ("org:II.2", "Bố trí kinh phí thực hiện Kế hoạch.", ["Sở Tài chính"])]


def test_one_agency_column_that_names_the_lead_then_the_partners_after_a_slash():
    plan = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "STT | Nhiệm vụ | Đơn vị chủ trì/phối hợp | Thời gian\n"
            "1 | Xây dựng cơ sở dữ liệu | Sở KH&CN/Sở Tài chính, Sở Nội vụ | 2024\n"
            "2 | Đào tạo nhân lực | UBND các huyện/thành phố | 2025\n")
    assert [(t.lead, t.partners) for t in tasks_of(plan)] == [
        (["Sở Khoa học và Công nghệ"], ["Sở Tài chính", "Sở Nội vụ"]),
        (["UBND các huyện/thành phố"], [])]  # a slash inside one party's name splits nothing


@pytest.mark.parametrize(("section", "title", "lead"), [
    # a heading that runs on: its first sentence is the title, and a label after it names the lead
    ("1. Hoàn thiện thể chế: Rà soát các quy định về khoa học. Cơ quan chủ trì: Sở Tư pháp.",
     "Hoàn thiện thể chế: Rà soát các quy định về khoa học.", ["Sở Tư pháp"]),
    ("1. Phát triển nguồn nhân lực. Tăng cường đào tạo nhân lực chất lượng cao (Sở Nội vụ chủ trì).",
     "Phát triển nguồn nhân lực.", ["Sở Nội vụ"]),
    ("1. Hợp tác với TP. Hồ Chí Minh về khởi nghiệp\nCơ quan chủ trì: Sở KH&CN.",  # "TP." ends no sentence
     "Hợp tác với TP. Hồ Chí Minh về khởi nghiệp", ["Sở Khoa học và Công nghệ"]),
])
def test_a_heading_that_runs_on_is_titled_by_its_first_sentence(section, title, lead):
    found = only_task(section)
    assert (found.title, found.lead) == (title, lead)
