from stikg.graph.extract.columns import laid_out_tables
from stikg.graph.extract.pipeline import extract_text
from stikg.graph.extract.text import prepare

# a table as `pdftotext -layout` prints it: headers centred over their columns and on two lines, cells wrapped in
# their columns, a group row, the page's number and the header again on the next page
TABLE = """\
     TT                Nhiệm vụ                   Cơ quan         Cơ quan phối        Thời gian
                                                   chủ trì              hợp           thực hiện
     I     Hoàn thiện cơ chế, chính sách
     1     Rà soát, sửa đổi quy định quản lý     Sở KH&CN      Sở Tư pháp; Sở       Quý II/2025
           nhiệm vụ khoa học và công nghệ                      Tài chính
     2     Xây dựng chính sách hỗ trợ doanh      Sở KH&CN                           Quý IV/2025
           nghiệp khởi nghiệp
                                                   2
     TT                Nhiệm vụ                   Cơ quan         Cơ quan phối        Thời gian
                                                   chủ trì              hợp           thực hiện
     3     Thực hiện Quyết định số 569/QĐ-TTg    Sở KH&CN      Các sở, ngành        2025

     Nơi nhận:"""


def test_a_laid_out_table_is_one_row_a_line_its_cells_whole():
    assert laid_out_tables(TABLE.split("\n")) == [
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
        "I | Hoàn thiện cơ chế, chính sách | | |",
        "1 | Rà soát, sửa đổi quy định quản lý nhiệm vụ khoa học và công nghệ | Sở KH&CN | Sở Tư pháp; Sở Tài chính"
        " | Quý II/2025",
        "2 | Xây dựng chính sách hỗ trợ doanh nghiệp khởi nghiệp | Sở KH&CN | | Quý IV/2025",
        "3 | Thực hiện Quyết định số 569/QĐ-TTg | Sở KH&CN | Các sở, ngành | 2025",
        "", "     Nơi nhận:"]


def test_a_row_s_number_one_space_from_its_text_is_a_cell():
    lines = ["  TT  Nhiệm vụ                 Chủ trì     Thời gian", "  1 Khảo sát nhu cầu          Sở KH&CN    2025"]
    assert laid_out_tables(lines) == ["TT | Nhiệm vụ | Chủ trì | Thời gian", "1 | Khảo sát nhu cầu | Sở KH&CN | 2025"]


def test_what_is_no_laid_out_table_stays_as_it_is():
    lines = ["ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TT | Nhiệm vụ | Chủ trì",
             "TT  Nhiệm vụ", "1  Khảo sát"]  # a header's names; a "|" row; two columns, no table to read
    assert laid_out_tables(lines) == lines


def test_the_tasks_of_a_laid_out_table():
    plan = ("UBND TỈNH LẠNG SƠN\nSố: 96/KH-UBND\nLạng Sơn, ngày 14 tháng 4 năm 2025\nKẾ HOẠCH\nPhát triển khoa học\n"
            "I. NHIỆM VỤ\nChi tiết tại Phụ lục.\nPHỤ LỤC\n" + TABLE)
    tasks = extract_text(prepare(plan), "plan.txt").tasks
    assert [(t.id, t.partners, t.timeframe, t.implements) for t in tasks] == [
        ("appendix:1", ["Sở Tư pháp", "Sở Tài chính"], "Quý II/2025", []),
        ("appendix:2", [], "Quý IV/2025", []),
        ("appendix:3", ["Các sở, ngành"], "2025", ["569/QĐ-TTg"])]
    assert tasks[0].title == "Rà soát, sửa đổi quy định quản lý nhiệm vụ khoa học và công nghệ"
