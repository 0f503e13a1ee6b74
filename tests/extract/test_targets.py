import pytest

from stikg.graph.extract.layout import split_lines
from stikg.graph.extract.targets import extract_targets


def targets(text, plan_end=2030, other="", issued=None):
    other_lines = [(line, None) for line in split_lines(other)] if other else []
    return extract_targets(split_lines(text), other_lines, plan_end, issued)


@pytest.mark.parametrize(
    ("clause", "value", "value_max", "unit", "comparator"),
    [
        ("Tốc độ đổi mới công nghệ, thiết bị đạt 25%", 25, None, "%", "="),
        ("chiếm tỷ trọng 8,5% GRDP", 8.5, None, "%", "="),
        ("Giá trị giao dịch tăng bình quân 22%/năm", 22, None, "%/năm", "="),
        ("Số đơn đăng ký nhãn hiệu tăng trung bình 10%/ năm", 10, None, "%/năm", "="),
        ("đạt 39.000 phương tiện đo", 39000, None, "phương tiện", "="),
        ("Hỗ trợ 3 - 5 dự án khởi nghiệp", 3, 5, "dự án", "="),
        ("tỷ trọng giao dịch các công nghệ đạt 10 - 20 %", 10, 20, "%", "="),
        ("Có ít nhất 70% - 80% nhiệm vụ có doanh nghiệp tham gia", 70, 80, "%", ">="),
        ("với tổng kinh phí dự kiến từ 1 - 1,5 tỷ đồng", 1, 1.5, "tỷ đồng", "="),
        ("tỷ lệ doanh nghiệp đổi mới sáng tạo đạt trên 15%", 15, None, "%", ">="),
        ("từ 20 đối tượng trở lên", 20, None, "đối tượng", ">="),
        ("Tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 40% trở lên", 40, None, "%", ">="),  # "trở lên" right after it
        ("TFP khoảng 40% vào tăng trưởng kinh tế", 40, None, "%", "~"),
        ("Không ít hơn 30% nhiệm vụ có doanh nghiệp tham gia", 30, None, "%", ">="),
        ("Giá trị giao dịch công nghệ tăng 15% mỗi năm", 15, None, "%/năm", "="),  # a growth each year
        ("100% hồ sơ được giải quyết đúng hạn hằng năm", 100, None, "%", "="),  # a share each year
        ("Số nhãn hiệu tập thể/chứng nhận được bảo hộ mới: 05", 5, None, "nhãn hiệu", "="),
        ("Số nhân lực nghiên cứu khoa học đạt 12 người/1 vạn dân", 12, None, "người/1 vạn dân", "="),  # per capita
        ("Có 15 cán bộ nghiên cứu/10.000 dân", 15, None, "cán bộ nghiên cứu/10.000 dân", "="),
        ("Nhân lực nghiên cứu đạt 15 người trên một vạn dân", 15, None, "người/một vạn dân", "="),
        ("Nhân lực có trình độ sau đại học đạt 10/10.000 người", 10, None, "người/10.000 người", "="),  # no head noun
        ("Thu hút trên 500 nhà khoa học tham gia", 500, None, "nhà khoa học", ">="),  # a noun of three words
        ("Tỷ lệ doanh nghiệp đổi mới sáng tạo tăng 5 điểm phần trăm", 5, None, "điểm phần trăm", "="),  # points
    ],
)
def test_quantities(clause, value, value_max, unit, comparator):
    (target,) = targets("- " + clause)
    assert (target.value, target.value_max, target.comparator) == (value, value_max, comparator)
    assert target.unit.startswith(unit)


def test_a_number_also_written_in_words_after_it():
    found = targets("- Hỗ trợ 05 (năm) doanh nghiệp khoa học và công nghệ; đào tạo 120 (một trăm hai mươi) cán bộ.")
    assert [(t.value, t.unit, t.indicator) for t in found] == [
        (5, "doanh nghiệp", "Số doanh nghiệp khoa học và công nghệ được hỗ trợ"),
        (120, "cán bộ", "Số cán bộ được đào tạo")]


def test_a_share_written_with_a_decimal_point_and_a_part_numbered_with_one():
    found = targets("- Kinh tế số đạt 2.5% GRDP; chi cho R&D đạt 1.5 - 2% GRDP; số sáng chế tăng 1.5 lần.\n"
                    "2.1. Đến năm 2025\n- Tỷ lệ đạt 30%.")
    assert [(t.value, t.value_max, t.unit) for t in found] == [
        (2.5, None, "%"), (1.5, 2, "%"), (1.5, None, "lần"), (30, None, "%")]


def test_money_in_thousands_of_billions_is_one_unit_and_measures_no_count():
    found = targets("- Giá trị sản xuất đạt 30 nghìn tỷ đồng; vốn đầu tư khoảng 500 trăm triệu đồng.")
    assert [(t.unit, t.indicator) for t in found] == [("nghìn tỷ đồng", "Giá trị sản xuất"),
                                                     ("trăm triệu đồng", "Vốn đầu tư")]


def test_a_unit_is_the_counted_noun_whole():
    found = targets("- Thu hút 200 nhà đầu tư; xây dựng 03 nhà máy chế biến; có 02 phòng thí nghiệm trọng điểm; "
                    "hỗ trợ 500 triệu đồng/dự án khởi nghiệp; 02 doanh nghiệp/năm giai đoạn 2025 - 2030; "
                    "30 tổ chức, doanh nghiệp tham gia; cập nhật 9.000 tin, bài; có 03 sàn giao dịch công nghệ.")
    assert [t.unit for t in found] == ["nhà đầu tư", "nhà máy", "phòng thí nghiệm", "triệu đồng/dự án",
                                       "doanh nghiệp/năm", "tổ chức", "tin bài", "sàn giao dịch"]  # a list's first
    found = targets("- Có 02 tổ chức trung gian của thị trường; 05 tổ hợp tác sản xuất; 03 quy chuẩn kỹ thuật.")
    assert [t.unit for t in found] == ["tổ chức trung gian", "tổ hợp tác", "quy chuẩn kỹ thuật"]  # words of two
    found = targets("- Hình thành 09 vùng nông nghiệp công nghệ cao; 01 khu nông nghiệp công nghệ cao; 02 khu công "
                    "nghiệp; 30 xã đạt chuẩn.")
    assert [t.unit for t in found] == ["vùng", "khu", "khu công nghiệp", "xã"]  # a word of one syllable
    found = targets("- Hình thành 02 cơ sở ươm tạo công nghệ; thanh tra 50 cơ sở sản xuất; 03 cơ quan nhà nước.")
    assert [t.unit for t in found] == ["cơ sở", "cơ sở", "cơ quan nhà nước"]  # "cơ sở" whole, as it is
    found = targets("- Tổ chức 01 cuộc thi khởi nghiệp; 02 cuộc hội thảo khoa học; đăng 50 tin bài tuyên truyền.")
    assert [t.unit for t in found] == ["cuộc thi", "cuộc hội thảo", "tin bài"]  # a classifier's noun of one word


@pytest.mark.parametrize(
    "clause",
    [
        "đánh giá năng suất các nhân tố tổng hợp (TFP) 05 năm một lần",
        "Nghị quyết số 08-NQ/TU ngày 31/3/2023 giai đoạn 2021 - 2025",
        "cuộc Cách mạng công nghiệp lần thứ 4 và công nghệ 4.0",
        "theo khoản 1 Điều 9 Nghị định",
        "sản phẩm OCOP đạt 4 sao",  # a grade, not an amount
        "Để đạt được các mục tiêu trên, Kế hoạch đề ra 5 nhóm nhiệm vụ trọng tâm",  # the plan counting its parts
        "Chương trình gồm 3 nội dung chính",
        # a document named by its number alone: "Đề án 06" (the population data project), "Chương trình 135"
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh triển khai",
        "thực hiện Chương trình 135 ở các xã đặc biệt khó khăn",
    ],
)
def test_not_targets(clause):
    assert targets("- " + clause) == []


def test_several_targets_in_one_clause():
    found = targets("- biên soạn được 10 kỷ yếu, 50 ấn phẩm Thông tin khoa học, 80 chuyên mục trên Đài")
    assert [(t.value, t.unit.split()[0]) for t in found] == [(10, "kỷ"), (50, "ấn"), (80, "chuyên")]


def test_periods_from_own_words_headings_and_neighbours():
    found = targets(
        "a) Giai đoạn 2021-2025\n- Tốc độ đổi mới công nghệ đạt 25%.\n"
        "b) Giai đoạn đến năm 2030\n- Tốc độ đổi mới công nghệ đạt 30%.\n"
        "- Hàng năm dành khoảng 2% tổng chi ngân sách cho KH&CN.\n"
    )
    assert [t.period for t in found] == ["2021-2025", "2030", "Hàng năm"]
    found = targets("a. Giai đoạn 2021-2025\n- Tốc độ đổi mới công nghệ đạt 25%.\n"  # lettered with a dot
                    "b. Giai đoạn 2026-2030\n- Tốc độ đổi mới công nghệ đạt 30%.\n")
    assert [t.period for t in found] == ["2021-2025", "2026-2030"]
    found = targets("- Hình thành 09 vùng nông nghiệp.\n- Phấn đấu đạt 1,5% tổng chi ngân sách vào năm 2025.\n"
                    "- Hình thành 20 vùng nông nghiệp.\n- Đạt 2% tổng chi ngân sách vào năm 2030.", plan_end=None)
    assert [t.period for t in found] == ["2025", "2025", "2030", "2030"]
    assert [t.period for t in targets("- Phát triển 02 tổ chức trung gian.")] == ["2030"]
    assert [t.period for t in targets("- Mỗi năm hỗ trợ 05 doanh nghiệp đổi mới công nghệ.")] == ["Hàng năm"]
    found = targets("- Mỗi năm hỗ trợ 05 doanh nghiệp đổi mới công nghệ.\n- Có 15 doanh nghiệp KH&CN.")
    assert [t.period for t in found] == ["Hàng năm", "2030"]  # how often is no period for its neighbours
    assert [t.period for t in targets("- Phấn đấu đến hết năm 2025 có 70% doanh nghiệp dùng nền tảng số.")] == ["2025"]
    found = targets("b) Đến năm 2030\n- Hỗ trợ 40 doanh nghiệp.\nc) Hằng năm\n- Tổ chức ít nhất 01 hội chợ công nghệ.\n"
                    "3. Chỉ tiêu hàng năm:\n- Hỗ trợ 5 doanh nghiệp.\n")  # a heading saying every year
    assert [t.period for t in found] == ["2030", "Hàng năm", "Hàng năm"]


def test_a_year_striven_for_after_the_verb_dates_the_clause_and_the_line_and_a_past_year_dates_nothing():
    found = targets("Theo đó, tỉnh phấn đấu năm 2025 có thêm 05 doanh nghiệp KH&CN; hỗ trợ 10 dự án khởi nghiệp. "
                    "Năm 2024, toàn tỉnh có 30 doanh nghiệp KH&CN.", plan_end=None)
    assert [(t.value, t.period) for t in found] == [(5, "2025"), (10, "2025"), (30, "2024")]
    found = targets("Theo đó, tỉnh phấn đấu có thêm 05 doanh nghiệp KH&CN. Năm 2024, toàn tỉnh có 30 doanh nghiệp "
                    "KH&CN.", plan_end=2025, issued=2025)
    assert [(t.value, t.period) for t in found] == [(5, "2025"), (30, "2024")]  # the pipeline drops the result


def test_values_of_one_indicator_each_with_its_own_span():
    found = targets("- Tốc độ đổi mới công nghệ, thiết bị đạt 15%/năm giai đoạn 2024 - 2025 và 20%/năm giai đoạn "
                    "2026 - 2030.\n- Số doanh nghiệp tham gia tăng 30% so với giai đoạn 2021 - 2025.")
    assert [(t.value, t.indicator, t.period) for t in found[:2]] == [
        (15, "Tốc độ đổi mới công nghệ, thiết bị", "2024-2025"),
        (20, "Tốc độ đổi mới công nghệ, thiết bị", "2026-2030")]
    assert found[2].indicator.endswith("so với giai đoạn 2021 - 2025")  # a span compared with is no period


def test_a_period_that_opens_the_clause_dates_it_and_is_not_its_indicator():
    found = targets("- Phấn đấu năm 2025, tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 30%.\n"
                    "- Đến hết năm 2027, số doanh nghiệp khoa học và công nghệ đạt 40 doanh nghiệp.\n"
                    "- Giai đoạn 2026 - 2030, tốc độ đổi mới công nghệ đạt 15%/năm.")
    assert [(t.period, t.indicator) for t in found] == [
        ("2025", "Tỷ lệ doanh nghiệp đổi mới sáng tạo"), ("2027", "Số doanh nghiệp khoa học và công nghệ"),
        ("2026-2030", "Tốc độ đổi mới công nghệ")]


def test_values_each_followed_by_its_year_in_one_clause():
    found = targets("- Tỷ trọng kinh tế số đạt khoảng 20% GRDP vào năm 2025 và 30% vào năm 2030.\n"
                    "- Số doanh nghiệp KH&CN đạt 10 doanh nghiệp vào năm 2025 và 20 doanh nghiệp vào năm 2030.")
    assert [(t.value, t.period, t.indicator) for t in found] == [
        (20, "2025", "Tỷ trọng kinh tế số trong GRDP"), (30, "2030", "Tỷ trọng kinh tế số trong GRDP"),
        (10, "2025", "Số doanh nghiệp KH&CN"), (20, "2030", "Số doanh nghiệp KH&CN")]


@pytest.mark.parametrize("verb", ["đạt", "là"])
def test_values_labelled_by_their_year_in_one_clause(verb):
    found = targets("2. Chỉ tiêu đến năm 2030\n"
                    f"- Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP: năm 2025 {verb} 35%, năm 2030 {verb} 45%.")
    assert [(t.value, t.period, t.indicator) for t in found] == [
        (35, "2025", "Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP"),
        (45, "2030", "Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP")]


@pytest.mark.parametrize("clause", [
    "Số đơn đăng ký sáng chế: đến năm 2025 đạt 10 đơn, đến năm 2030 đạt 20 đơn",
    "Số đơn đăng ký sáng chế: năm 2025 đạt 10 đơn, năm 2030 đạt 20 đơn",  # the next year is no part of the unit
])
def test_counts_labelled_by_their_year_in_one_clause(clause):
    found = targets(f"- {clause}.")
    assert [(t.value, t.unit, t.period, t.indicator) for t in found] == [
        (10, "đơn", "2025", "Số đơn đăng ký sáng chế"), (20, "đơn", "2030", "Số đơn đăng ký sáng chế")]


@pytest.mark.parametrize("clause", [
    "Tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 30% (năm 2025) và 50% (năm 2030)",  # its year in brackets after it
    "Tỷ lệ doanh nghiệp đổi mới sáng tạo: 30% (2025), 50% (2030)",
    "Tỷ lệ doanh nghiệp đổi mới sáng tạo năm 2025 đạt 30%, năm 2030 đạt 50%",  # its year right before it
    "Đến năm 2025 tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 30%, đến năm 2030 đạt 50%",  # the next one's year is its own
    "Tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 30% năm 2025 và 50% năm 2030",  # its year right after it
    "Tỷ lệ doanh nghiệp đổi mới sáng tạo: 2025: 30%; 2030: 50%",  # a year alone as its label
])
def test_shares_each_with_its_own_year_in_one_clause(clause):
    found = targets(f"- {clause}.", plan_end=2035)
    assert [(t.value, t.period, t.indicator) for t in found] == [
        (30, "2025", "Tỷ lệ doanh nghiệp đổi mới sáng tạo"), (50, "2030", "Tỷ lệ doanh nghiệp đổi mới sáng tạo")]


@pytest.mark.parametrize("shares", ["giai đoạn 2021-2025 đạt 30%, giai đoạn 2026-2030 đạt 50%",
                                    "đạt 30% (giai đoạn 2021-2025) và 50% (giai đoạn 2026-2030)"])
def test_values_each_with_its_own_span_or_year_after_its_counted_noun(shares):
    found = targets(f"- Tỷ lệ doanh nghiệp đổi mới sáng tạo {shares}.\n"
                    "- Số doanh nghiệp KH&CN đạt 20 doanh nghiệp năm 2025 và 40 doanh nghiệp năm 2030.", plan_end=2035)
    assert [(t.value, t.period, t.indicator) for t in found] == [
        (30, "2021-2025", "Tỷ lệ doanh nghiệp đổi mới sáng tạo"),
        (50, "2026-2030", "Tỷ lệ doanh nghiệp đổi mới sáng tạo"),
        (20, "2025", "Số doanh nghiệp KH&CN"), (40, "2030", "Số doanh nghiệp KH&CN")]


def test_an_additional_count_is_named_by_what_it_counts():
    (found,) = targets("- Có thêm ít nhất 05 doanh nghiệp khoa học và công nghệ.")
    assert (found.indicator, found.comparator) == ("Số doanh nghiệp khoa học và công nghệ", ">=")


def test_outside_the_targets_part_only_committed_quantities_count():
    found = targets("", other="- Phát triển 4.000 ha nuôi tôm.\n- Hình thành ít nhất 01 sản phẩm quốc gia.")
    assert [(t.value, t.comparator) for t in found] == [(1, ">=")]


def test_national_indicator_keys():
    found = targets("- Đóng góp của TFP vào tăng trưởng kinh tế đạt 40%.\n- Phấn đấu đạt 05 đơn đăng ký sáng chế.")
    assert [t.national_indicator for t in found] == ["tfp_share", "patents"]
    found = targets("- Số nhân lực nghiên cứu đạt 12 người/1 vạn dân.\n- Đầu tư cho KH&CN đạt 1,5% GRDP.")
    assert [t.national_indicator for t in found] == ["researchers_per_10k", "st_investment_gdp"]
    assert [t.national_indicator for t in targets("- Kinh tế số chiếm 30% GRDP.")] == ["digital_economy_share"]
    found = targets("- Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GRDP, trong đó kinh phí từ xã hội chiếm 60%")
    assert [t.national_indicator for t in found] == ["rd_spending_gdp", "rd_nonstate_share"]
    found = targets("- Tỷ lệ doanh nghiệp có hoạt động ĐMST đạt 40%; số lượng công bố khoa học quốc tế tăng trung bình "
                    "10%/năm; tỷ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá đạt 50%.")
    assert [t.national_indicator for t in found] == ["innovating_firms_share", "publications_growth", None]
    # what a start-up count counts, and money, which counts no firms
    found = targets("- Hỗ trợ 20 dự án khởi nghiệp đổi mới sáng tạo.\n- Thu hút 5.000 lượt người tham gia các hoạt "
                    "động khởi nghiệp.\n- Doanh thu của doanh nghiệp khoa học và công nghệ đạt 1.000 tỷ đồng.")
    assert [t.national_indicator for t in found] == ["innovative_startups", None, None]
    # the renewal rate is yearly by nature, written with or without "/năm"
    found = targets("- Tốc độ đổi mới công nghệ, thiết bị đạt 25%.\n- Tốc độ đổi mới công nghệ, thiết bị đạt 20%/năm.")
    assert [(t.unit, t.national_indicator) for t in found] == [("%", "tech_innovation_rate"),
                                                               ("%/năm", "tech_innovation_rate")]


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("Hình thành 09 vùng nông nghiệp ứng dụng công nghệ cao",
         "Số vùng nông nghiệp ứng dụng công nghệ cao được hình thành"),
        ("Có ít nhất 15 doanh nghiệp khoa học và công nghệ", "Số doanh nghiệp khoa học và công nghệ"),
        ("Đến năm 2030, có 50 doanh nghiệp khoa học và công nghệ", "Số doanh nghiệp khoa học và công nghệ"),
        ("Đến năm 2030, thành phố có ít nhất 02 phòng thí nghiệm trọng điểm", "Số phòng thí nghiệm trọng điểm"),
        ("Mỗi huyện có ít nhất 01 mô hình ứng dụng tiến bộ kỹ thuật", "Số mô hình ứng dụng tiến bộ kỹ thuật"),
        ("Phấn đấu đến hết năm 2025 có 70% doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
         "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số"),
        # the part "trong đó" names keeps its words whole
        ("Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%",
         "Tỷ lệ lao động qua đào tạo|Có bằng cấp, chứng chỉ"),
        ("Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 70%; trong đó, doanh nghiệp nhỏ và vừa đạt 50%",
         "Tỷ lệ doanh nghiệp ứng dụng công nghệ số|Doanh nghiệp nhỏ và vừa"),
        ("Phấn đấu đạt 05 đơn đăng ký sáng chế", "Số đơn đăng ký sáng chế"),
        ("Tỷ lệ hồ sơ trễ hạn không vượt quá 2%", "Tỷ lệ hồ sơ trễ hạn"),  # a ceiling's words are no indicator's
        ("Bình quân mỗi năm hỗ trợ 10 doanh nghiệp đổi mới công nghệ", "Số doanh nghiệp đổi mới công nghệ được hỗ trợ"),
        ("Doanh nghiệp ứng dụng công nghệ số đạt tỷ lệ 80%", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số"),
        ("Duy trì 100% cơ quan nhà nước kết nối mạng", "Tỷ lệ cơ quan nhà nước kết nối mạng"),
        ("Nâng tỷ lệ doanh nghiệp có website từ 40% lên 60%", "Tỷ lệ doanh nghiệp có website"),  # one target: 60%
        ("đào tạo, bồi dưỡng cho 250 lượt cán bộ, công chức", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng"),
        ("Bảo hộ quyền sở hữu trí tuệ từ 20 đối tượng trở lên", "Số đối tượng được bảo hộ quyền sở hữu trí tuệ"),
        ("Đào tạo 1.000 lượt cán bộ quản lý giai đoạn 2021-2025", "Số lượt cán bộ quản lý được đào tạo"),
        ("Theo đó, đến năm 2025, phấn đấu hỗ trợ ít nhất 10 doanh nghiệp", "Số doanh nghiệp được hỗ trợ"),
        # a label before the number, whatever its last word
        ("Số phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm đạt 39.000 phương tiện đo",
         "Số phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm"),
        # a count before another: each keeps its own words and action
        ("Hỗ trợ tạo lập cho 20 sản phẩm và hỗ trợ khai thác cho 10 sản phẩm đã được bảo hộ",
         "Số sản phẩm được hỗ trợ tạo lập|Số sản phẩm đã được bảo hộ được hỗ trợ khai thác"),
        ("biên soạn được 10 kỷ yếu, 50 ấn phẩm thông tin", "Số kỷ yếu được biên soạn|Số ấn phẩm thông tin"),
        # the last count keeps its "và" ("áp dụng và chứng nhận" is what the enterprises do)
        ("Hỗ trợ 30 lượt doanh nghiệp áp dụng và chứng nhận hệ thống quản lý",
         "Số lượt doanh nghiệp áp dụng và chứng nhận hệ thống quản lý được hỗ trợ"),
        # no action before the number, or a measure: the words around it, as before
        ("Số doanh nghiệp đạt tiêu chí phấn đấu tăng 02 doanh nghiệp", "Số doanh nghiệp đạt tiêu chí tăng"),
        ("với tổng kinh phí dự kiến 2,5 tỷ đồng", "Tổng kinh phí dự kiến"),
        ("Tốc độ đổi mới công nghệ, thiết bị đạt từ 10 - 15%/năm", "Tốc độ đổi mới công nghệ, thiết bị"),
        # a share that opens its clause: a share of what follows
        ("Trên 80% kết quả nghiên cứu được ứng dụng", "Tỷ lệ kết quả nghiên cứu được ứng dụng"),  # a capital comparator
        ("Không dưới 40% sản phẩm OCOP được truy xuất nguồn gốc", "Tỷ lệ sản phẩm OCOP được truy xuất nguồn gốc"),
        ("Phấn đấu đạt 1,5% tổng chi ngân sách cho khoa học", "Tỷ lệ chi cho khoa học trong tổng chi ngân sách"),
        ("Dành tối thiểu 3% tổng chi ngân sách hằng năm cho chuyển đổi số",
         "Tỷ lệ chi cho chuyển đổi số trong tổng chi ngân sách hằng năm"),
        ("Hằng năm bố trí khoảng 2% trong tổng chi ngân sách tỉnh cho KH&CN",
         "Tỷ lệ chi cho KH&CN trong tổng chi ngân sách tỉnh"),
        ("Đạt 2% tổng chi ngân sách của tỉnh, tăng dần đầu tư cho KH&CN",
         "Tỷ lệ chi cho KH&CN trong tổng chi ngân sách của tỉnh"),
        ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tài chính tham mưu bố trí tối thiểu 3% tổng chi ngân "
         "sách cho khoa học, công nghệ", "Tỷ lệ chi cho khoa học, công nghệ trong tổng chi ngân sách"),  # who spends
        # what the share is of, printed after it
        ("Chi cho khoa học và công nghệ đạt 2% tổng chi ngân sách tỉnh",
         "Chi cho khoa học và công nghệ trong tổng chi ngân sách tỉnh"),
        ("Đầu tư cho khoa học và công nghệ đạt 1,5-2% GRDP", "Đầu tư cho khoa học và công nghệ trong GRDP"),
        # a share of the subject a rate before it measured
        ("Giá trị giao dịch công nghệ tăng bình quân 20%/năm và chiếm tỷ trọng 5% GRDP",
         "Tốc độ tăng giá trị giao dịch công nghệ|Tỷ trọng giá trị giao dịch công nghệ trong GRDP"),
        ("Kinh tế số chiếm khoảng 20% GRDP", "Tỷ trọng kinh tế số trong GRDP"),
        ("Đến năm 2030 tỉnh phấn đấu kinh tế số đạt tỷ trọng 25% GRDP", "Tỷ trọng kinh tế số trong GRDP"),
        ("Doanh nghiệp KH&CN chiếm 5% tổng số doanh nghiệp", "Tỷ trọng doanh nghiệp KH&CN trong tổng số doanh nghiệp"),
        # a count, then the total it brings the count to
        ("Thành lập mới 02 doanh nghiệp khoa học và công nghệ, nâng tổng số doanh nghiệp khoa học và công nghệ lên "
         "10 doanh nghiệp", "Số doanh nghiệp khoa học và công nghệ được thành lập mới|"
         "Tổng số doanh nghiệp khoa học và công nghệ"),
        ("Mục tiêu của Kế hoạch là đến năm 2030, giá trị giao dịch công nghệ tăng bình quân 15%/năm",
         "Tốc độ tăng giá trị giao dịch công nghệ"),  # a news item's words leading to the target
        ("Mục tiêu của Kế hoạch là đến hết năm 2025, 100% thủ tục hành chính được cung cấp trực tuyến",
         "Tỷ lệ thủ tục hành chính được cung cấp trực tuyến"),  # and a share that opens the clause after them
        ("Số doanh nghiệp có hoạt động đổi mới sáng tạo đạt 40% tổng số doanh nghiệp",
         "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo trong tổng số doanh nghiệp"),  # a share, not a count
        # two shares in one clause: each its own words
        ("Kinh phí chi cho R&D đạt 2% GRDP, trong đó kinh phí từ xã hội chiếm hơn 60%",
         "Kinh phí chi cho R&D trong GRDP|Tỷ trọng kinh phí từ xã hội"),
        ("Số đơn đăng ký sáng chế tăng trung bình 16 - 18%/năm, tỷ lệ khai thác thương mại đạt 8 - 10%",
         "Tốc độ tăng số đơn đăng ký sáng chế|Tỷ lệ khai thác thương mại"),
        # what is raised to the value
        ("Nâng tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo lên 30% vào năm 2025",
         "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"),
        ("Tăng số lượng tổ chức khoa học và công nghệ lên 30 tổ chức", "Số lượng tổ chức khoa học và công nghệ"),
        # a count per so many people: the unit says it all
        ("Số nhân lực nghiên cứu khoa học đạt 12 người/1 vạn dân", "Số nhân lực nghiên cứu khoa học"),
        # what a yearly commitment counts, the year aside
        ("Mỗi năm hỗ trợ ít nhất 02 doanh nghiệp thành lập phòng thí nghiệm",
         "Số doanh nghiệp thành lập phòng thí nghiệm được hỗ trợ"),
        ("Hằng năm, tổ chức 01 Hội thi sáng tạo kỹ thuật", "Số Hội thi sáng tạo kỹ thuật được tổ chức"),
        # "đạt" is part of what is counted until the value; a clause after the value is no part of it
        ("Giá trị giao dịch hàng hóa khoa học và công nghệ hàng năm tăng, bình quân đạt 10%, chủ yếu tập trung vào "
         "một số lĩnh vực", "Tốc độ tăng giá trị giao dịch hàng hóa khoa học và công nghệ hàng năm"),
        ("Số doanh nghiệp đạt tiêu chí doanh nghiệp KH&CN phấn đấu tăng 02 doanh nghiệp và số doanh nghiệp khởi "
         "nghiệp đổi mới sáng tạo phấn đấu tăng 1,5 lần",
         "Số doanh nghiệp đạt tiêu chí doanh nghiệp KH&CN tăng|Số doanh nghiệp khởi nghiệp đổi mới sáng tạo tăng"),
        ("Kinh tế số đạt tối thiểu 30% GRDP của tỉnh", "Kinh tế số trong GRDP của tỉnh"),
        ("Phát triển 02 tổ chức trung gian của thị trường KH&CN có đủ năng lực cung cấp các dịch vụ tư vấn, ươm tạo",
         "Số tổ chức trung gian của thị trường KH&CN được phát triển"),  # what it can do is no part of it
        # counts listed after the action they share, each a clause of its own that opens with its number
        ("Đào tạo, bồi dưỡng cho 250 lượt cán bộ, công chức; 400 lượt người thuộc doanh nghiệp; 05 doanh nghiệp",
         "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng|Số lượt người thuộc doanh nghiệp được đào tạo, bồi dưỡng"
         "|Số doanh nghiệp"),
        # a news item's run of counts, each named by its own words, under the department that strives for them
        ("Sở KH-CN còn phấn đấu hỗ trợ và phát triển 3 doanh nghiệp KH-CN, gia tăng chỉ số khởi nghiệp của tỉnh lên "
         "20%, có 10 tổ chức nghiên cứu phát triển và 7 tổ chức dịch vụ KH-CN…",
         "Số doanh nghiệp KH-CN được hỗ trợ và phát triển|Chỉ số khởi nghiệp của tỉnh|Số tổ chức nghiên cứu phát triển"
         "|Số tổ chức dịch vụ KH-CN"),
        ("Ngoài ra, Sở KH-CN cũng đặt chỉ tiêu nhân lực có trình độ sau đại học đạt 10/10.000 người, trong đó trình "
         "độ tiến sĩ và tương đương chiếm 10%",
         "Nhân lực có trình độ sau đại học|Tỷ trọng trình độ tiến sĩ và tương đương"),
    ],
)
def test_indicators(clause, indicator):
    assert "|".join(t.indicator for t in targets("- " + clause)) == indicator


def test_a_target_table_gives_one_target_a_row_and_column_of_values():
    from stikg.graph.extract.tables import find_tables
    from stikg.graph.extract.targets import table_targets

    text = ("| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n"
            "| I | Chỉ tiêu chung | | | |\n"
            "| 1 | Đóng góp của TFP vào tăng trưởng GRDP | % | 40 | ≥ 45 |\n"
            "| 2 | Số doanh nghiệp khoa học và công nghệ | Doanh nghiệp | 15 | 30 - 35 |\n"
            "| 3 | Hoàn thiện hệ thống văn bản | | Hoàn thành | |\n")
    found = table_targets(find_tables(split_lines(text)))
    assert [(t.value, t.value_max, t.unit, t.comparator, t.period, t.national_indicator) for t in found] == [
        (40, None, "%", "=", "2025", "tfp_share"), (45, None, "%", ">=", "2030", "tfp_share"),
        (15, None, "doanh nghiệp", "=", "2025", "st_enterprises"),
        (30, 35, "doanh nghiệp", "=", "2030", "st_enterprises")]
    assert found[3].text == "Số doanh nghiệp khoa học và công nghệ (2030): 30 - 35 doanh nghiệp"
    assert found[0].text == "Đóng góp của TFP vào tăng trưởng GRDP (2025): 40%"
    row = text.splitlines()[4]
    assert text[found[3].span[0]: found[3].span[1]] in row  # provenance: the row it was read from


def test_a_target_table_s_columns_of_targets_and_of_past_values():
    from stikg.graph.extract.tables import find_tables
    from stikg.graph.extract.targets import table_targets

    text = ("TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 | Mục tiêu đến năm 2030\n"
            "1 | Số doanh nghiệp khoa học và công nghệ | Doanh nghiệp | 25 | 30 | 50\n"
            "2 | Số doanh nghiệp khởi nghiệp đổi mới sáng tạo | DN | 2 | 3 | 5\n")
    assert [(t.value, t.period, t.unit) for t in table_targets(find_tables(split_lines(text)))] == [
        (30, "2025", "doanh nghiệp"), (50, "2030", "doanh nghiệp"), (3, "2025", "DN"), (5, "2030", "DN")]


def test_a_target_table_without_a_unit_column_takes_the_unit_the_indicator_names():
    from stikg.graph.extract.tables import find_tables
    from stikg.graph.extract.targets import table_targets

    table = ("TT | Chỉ tiêu | Năm 2025 | Năm 2030\n1 | Tỷ trọng kinh tế số trong GRDP (%) | 15 | 30\n"
             "2 | Số doanh nghiệp công nghệ số (doanh nghiệp) | 300 | 600\n"
             "3 | Tỷ lệ dân số có tài khoản thanh toán điện tử | 80 | 95\n"  # a share's bare number: a percentage
             "4 | Đóng góp của năng suất các nhân tố tổng hợp (TFP) | 45 | 50\n")  # no unit: no target
    found = table_targets(find_tables(split_lines(table)))
    assert [(t.indicator, t.value, t.unit) for t in found if t.period == "2030"] == [
        ("Tỷ trọng kinh tế số trong GRDP", 30, "%"), ("Số doanh nghiệp công nghệ số", 600, "doanh nghiệp"),
        ("Tỷ lệ dân số có tài khoản thanh toán điện tử", 95, "%")]


def test_a_target_table_s_unit_that_names_a_share_is_the_share():
    from stikg.graph.extract.tables import find_tables
    from stikg.graph.extract.targets import table_targets

    table = ("TT | Chỉ tiêu | Đơn vị tính | Năm 2030\n1 | Đóng góp của TFP vào tăng trưởng | Tỷ lệ % | 45\n"
             "2 | Giá trị giao dịch công nghệ | Tỷ lệ (%/năm) | 15\n3 | Tỷ lệ doanh nghiệp ĐMST | (%) | 40\n"
             "4 | Tỷ trọng kinh tế số | % GRDP | 30\n")
    assert [(t.value, t.unit) for t in table_targets(find_tables(split_lines(table)))] == [
        (45, "%"), (15, "%/năm"), (40, "%"), (30, "% GRDP")]


def test_a_target_table_s_column_headed_đơn_vị_alone_is_its_unit():
    from stikg.graph.extract.tables import find_tables
    from stikg.graph.extract.targets import table_targets

    piped = ("TT | Chỉ tiêu | Đơn vị | Giai đoạn 2021-2025 | Giai đoạn 2026-2030\n"
             "1 | Số doanh nghiệp khoa học và công nghệ | doanh nghiệp | 10 | 20\n")
    stacked = "STT\n|\nChỉ tiêu\n|\nĐơn vị\n|\nNăm 2025\n|\n1\n|\nSố doanh nghiệp KH&CN\n|\nDoanh nghiệp\n|\n15\n|\n"
    assert [(t.value, t.unit, t.period) for t in table_targets(find_tables(split_lines(piped)))] == [
        (10, "doanh nghiệp", "2021-2025"), (20, "doanh nghiệp", "2026-2030")]
    assert [(t.value, t.unit) for t in table_targets(find_tables(split_lines(stacked)))] == [(15, "doanh nghiệp")]
    # in a task table it is who carries the task out
    (tasks,) = find_tables(split_lines("TT | Nhiệm vụ | Đơn vị | Thời gian\n1 | Xây dựng | Sở KH&CN | 2025\n"))
    assert tasks.columns == ["tt", "task", "lead", "timeframe"]


def test_targets_numbered_inside_a_paragraph():
    text = ("Mục tiêu cụ thể đến năm 2025: (1) tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt 30%; (2) có ít "
            "nhất 10 doanh nghiệp khoa học và công nghệ.\n"
            "Đến năm 2030: 1) đóng góp của TFP vào tăng trưởng GRDP đạt 45%.\n")
    found = targets(text)
    assert [(t.value, t.period, t.indicator) for t in found] == [  # "1)" is no quantity, "(2)" no part of the words
        (30, "2025", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"),
        (10, "2025", "Số doanh nghiệp khoa học và công nghệ"), (45, "2030", "Đóng góp của TFP vào tăng trưởng GRDP")]
    assert all(text[t.span[0]: t.span[1]] == t.text for t in found)


@pytest.mark.parametrize(
    ("clause", "comparator", "indicator"),
    [
        ("Tỷ lệ doanh nghiệp có hoạt động ĐMST đạt ≥ 40%", ">=", "Tỷ lệ doanh nghiệp có hoạt động ĐMST"),
        ("Tỷ lệ hộ gia đình có kết nối cáp quang > 90%", ">=", "Tỷ lệ hộ gia đình có kết nối cáp quang"),
        ("Tỷ lệ hồ sơ trễ hạn ≤ 2%", "<=", "Tỷ lệ hồ sơ trễ hạn"),
        ("Tỷ lệ hồ sơ trễ hạn < 2%", "<=", "Tỷ lệ hồ sơ trễ hạn"),
        ("Đóng góp của TFP vào tăng trưởng kinh tế ở mức 45-50%", "=", "Đóng góp của TFP vào tăng trưởng kinh tế"),
        # comparators in words, none of them part of the indicator
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ ít nhất là 30%", ">=", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ tối thiểu đạt 30%", ">=", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ cao hơn 30%", ">=", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ vượt 30%", ">=", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ đạt xấp xỉ 30%", "~", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
        ("Tỷ lệ doanh nghiệp đổi mới công nghệ đạt trên dưới 30%", "~", "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
    ],
)
def test_comparators_written_as_symbols_and_at_a_level(clause, comparator, indicator):
    (found,) = targets(f"- {clause}.")
    assert (found.comparator, found.indicator) == (comparator, indicator)



def test_counts_of_the_plan_s_own_targets_and_task_groups_are_no_targets():
    found = targets("Theo đó, 12 chỉ tiêu được đặt ra gồm: tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt 35%.\n"
                    "Trong Kế hoạch, Sở Khoa học và Công nghệ đặt ra 6 nhóm nhiệm vụ, giải pháp.")
    assert [(t.value, t.unit) for t in found] == [(35, "%")]


def test_a_target_said_twice_is_one():
    found = targets("- Đến năm 2030, kinh phí chi cho R&D đạt 1,5% GRDP.\n"
                    "- Một trong những chỉ tiêu của Kế hoạch là đến năm 2030, kinh phí chi cho R&D đạt 1,5% GRDP.")
    assert [(t.value, t.period, t.national_indicator) for t in found] == [(1.5, "2030", "rd_spending_gdp")]


def test_shares_inside_brackets_after_a_share():
    found = targets("Mục tiêu cụ thể đến năm 2025, đầu tư cho khoa học và công nghệ đạt 1,1-1,3% GRDP (trong đó "
                    "tổng chi ngân sách cho nghiên cứu và phát triển công nghệ đạt 0,5-0,7% GRDP và đóng góp của xã "
                    "hội cho nghiên cứu và phát triển công nghệ chiếm 55-60%).")
    assert [t.indicator for t in found] == [
        "Đầu tư cho khoa học và công nghệ trong GRDP",
        "Tổng chi ngân sách cho nghiên cứu và phát triển công nghệ trong GRDP",
        "Tỷ trọng đóng góp của xã hội cho nghiên cứu và phát triển công nghệ",
    ]
    assert [t.national_indicator for t in found] == ["st_investment_gdp", "sti_budget_share", "rd_nonstate_share"]


def test_a_raised_total_after_a_list_of_fields():
    (first, total) = targets("- Xây dựng thêm 04 nhóm nghiên cứu mạnh trên các lĩnh vực: Nông nghiệp, y dược, cơ khí, "
                             "nâng tổng số nhóm nghiên cứu của tỉnh đạt 11 nhóm vào năm 2025.")
    assert first.unit == "nhóm nghiên cứu"  # a noun of three words
    assert (total.indicator, total.value, total.period) == ("Tổng số nhóm nghiên cứu của tỉnh", 11, "2025")


def test_a_year_that_ends_the_clause_dates_it():
    (target,) = targets("Phấn đấu đầu tư cho khoa học và công nghệ đạt trên 1,5% GRDP năm 2026", plan_end=2030)
    assert (target.period, target.indicator) == ("2026", "Đầu tư cho khoa học và công nghệ trong GRDP")


def test_a_count_said_to_be_met_every_year_at_its_end_and_the_verb_after_its_subject():
    found = targets("- Sở sẽ phối hợp với các sở, ngành tổ chức 02 kỳ chợ công nghệ và thiết bị mỗi năm; hỗ trợ 10 "
                    "doanh nghiệp đổi mới công nghệ.", plan_end=2030)
    assert [(t.indicator, t.period) for t in found] == [
        ("Số kỳ chợ công nghệ và thiết bị được tổ chức", "Hàng năm"),
        ("Số doanh nghiệp đổi mới công nghệ được hỗ trợ", "2030")]  # how often one is met dates no other
    (rate,) = targets("- Giá trị giao dịch công nghệ tăng 10% mỗi năm.", plan_end=2030)
    assert rate.period == "2030"  # a yearly rate, not a count met every year
    (named,) = targets("- Số phương tiện đo được kiểm định, thử nghiệm đến năm 2025 đạt 39.000 phương tiện đo.")
    assert named.indicator == "Số phương tiện đo được kiểm định, thử nghiệm"  # a label's last word is no verb


def test_a_share_a_purpose_states_is_of_the_purpose_s_subject():
    (found,) = targets("Tỉnh tập trung nguồn lực để kinh tế số chiếm 25% GRDP vào năm 2030.")
    assert found.indicator == "Tỷ trọng kinh tế số trong GRDP"


def test_a_label_s_colon_is_no_part_of_the_indicator():
    found = targets("2. Chỉ tiêu cụ thể\n- Kinh phí chi cho KH&CN: tối thiểu 2% tổng chi ngân sách.\n"
                    "- Kinh tế số: chiếm 20% GRDP.\n- Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử: 60%.")
    assert [t.indicator for t in found] == [
        "Kinh phí chi cho KH&CN trong tổng chi ngân sách", "Tỷ trọng kinh tế số trong GRDP",
        "Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử"]


def test_a_deadline_year_dates_the_target_and_is_not_its_indicator():
    (target,) = targets("- 100% sản phẩm OCOP được hỗ trợ đăng ký bảo hộ nhãn hiệu trước năm 2027.", plan_end=2030)
    assert (target.period, target.indicator) == ("2027", "Tỷ lệ sản phẩm OCOP được hỗ trợ đăng ký bảo hộ nhãn hiệu")
    (target,) = targets("- Hỗ trợ 20 doanh nghiệp đổi mới công nghệ trước năm 2027 và 50 doanh nghiệp vào năm 2030.",
                        plan_end=2030)[:1]
    assert target.period == "2027"


def test_values_given_respectively_take_the_indicators_in_their_places():
    found = targets("Theo đó, mục tiêu đến năm 2025, giá trị giao dịch KH&CN tăng bình quân 6%/năm; tỷ lệ giao dịch "
                    "tài sản trí tuệ đạt 4%; hình thành 2 tổ chức trung gian. Đến năm 2030, các chỉ số tương ứng là: "
                    "12%; 8% và 3 tổ chức.")
    assert [(t.value, t.unit, t.period) for t in found[3:]] == [
        (12, "%/năm", "2030"), (8, "%", "2030"), (3, "tổ chức trung gian", "2030")]
    assert [t.indicator for t in found[3:]] == [t.indicator for t in found[:3]]


def test_a_share_for_some_fields_after_the_overall_one():
    first, second = targets("- Giá trị giao dịch hàng hóa KH&CN tăng bình quân 20%/năm, trên 25% đối với một số ngành "
                            "hàng xuất khẩu chủ lực.")
    assert (second.unit, second.comparator) == ("%/năm", ">=")
    assert second.indicator == f"{first.indicator} đối với một số ngành hàng xuất khẩu chủ lực"


def test_whom_a_count_serves_is_part_of_what_it_counts():
    (target,) = targets("Ngoài ra, phấn đấu sẽ có 4 mạng lưới trung gian cho 4 ngành hàng chủ lực của tỉnh.")
    assert (target.value, target.indicator) == (4, "Số mạng lưới trung gian cho 4 ngành hàng chủ lực của tỉnh")


def test_a_programme_s_own_lead_in_and_parts():
    found = targets("Chương trình đặt mục tiêu đến năm 2025, số doanh nghiệp KH&CN tăng mạnh, bình quân 10%/năm. "
                    "Để đạt được mục tiêu, Chương trình đã đưa ra 5 nhiệm vụ cùng các giải pháp.")
    assert [(t.indicator, t.value) for t in found] == [("Tốc độ tăng số doanh nghiệp KH&CN", 10)]
    found = targets("Kế hoạch cũng đặt mục tiêu thu hút ít nhất 02 dự án đầu tư vào lĩnh vực công nghệ cao, hỗ trợ 20 "
                    "hợp tác xã ứng dụng công nghệ số.")
    assert [t.indicator for t in found] == ["Số dự án đầu tư vào lĩnh vực công nghệ cao được thu hút",
                                            "Số hợp tác xã ứng dụng công nghệ số được hỗ trợ"]


def test_a_count_a_sentence_says_a_place_will_have():
    (target,) = targets("Để đạt mục tiêu đến năm 2025 Hải Phòng có tối thiểu 150 DN KHCN, thành phố sẽ tiếp tục "
                        "triển khai các giải pháp đề ra.")
    assert (target.indicator, target.value, target.comparator, target.period) == ("Số DN KHCN", 150, ">=", "2025")


def test_a_list_of_shares_each_names_its_own():
    found = targets("- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công "
                    "việc tại cấp xã được xử lý trên môi trường mạng.")
    assert [t.indicator for t in found] == [
        "Tỷ lệ hồ sơ công việc tại cấp tỉnh", "Tỷ lệ hồ sơ công việc tại cấp huyện",
        "Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"]


def test_people_a_counted_activity_serves_are_a_count_of_their_own():
    found = targets("- Tổ chức 02 lớp tập huấn về sở hữu trí tuệ cho khoảng 150 lượt cán bộ, doanh nghiệp;")
    assert [(t.value, t.unit, t.comparator, t.indicator) for t in found] == [
        (2, "lớp tập huấn", "=", "Số lớp tập huấn về sở hữu trí tuệ được tổ chức"),
        (150, "lượt cán bộ", "~", "Số lượt cán bộ, doanh nghiệp")]
    found = targets("- Tổ chức 02 hội nghị tuyên truyền với khoảng 300 đại biểu tham dự.")
    assert [(t.value, t.indicator) for t in found] == [
        (2, "Số hội nghị tuyên truyền được tổ chức"), (300, "Số đại biểu tham dự")]
    # a count of those a plan assigns its tasks to is no target
    assert targets("- Kế hoạch gồm 45 nhiệm vụ cụ thể, giao cho 20 cơ quan, đơn vị thực hiện.") == []


def test_training_about_intellectual_property_protects_no_title():
    found = targets("- Hỗ trợ đăng ký bảo hộ 10 nhãn hiệu cho sản phẩm đặc thù;\n"
                    "- Tổ chức 05 hội thảo về sở hữu trí tuệ;\n- Có không dưới 50 tài sản trí tuệ được bảo hộ;\n"
                    "- Tỷ trọng giao dịch tài sản trí tuệ đạt trên 10%.")
    assert [t.national_indicator for t in found] == ["ip_protection", None, "ip_protection", None]


def test_a_share_named_as_one_and_a_growth_in_times():
    share, times = targets("- Tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp chiếm "
                           "25-30%.\n- Số doanh nghiệp khoa học và công nghệ tăng gấp 2 lần so với năm 2020.")
    assert share.indicator == "Tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp"
    assert (times.value, times.unit, times.indicator) == (
        2, "lần", "Số doanh nghiệp khoa học và công nghệ tăng so với năm 2020")


def test_a_support_policy_s_ceiling_is_no_target():
    found = targets("- Hỗ trợ 20 dự án khởi nghiệp đổi mới sáng tạo.\n- Mức hỗ trợ tối đa 300 triệu đồng/dự án.\n"
                    "- Hỗ trợ không quá 50% kinh phí thực hiện dự án.\n- Tổng kinh phí thực hiện 5 tỷ đồng.\n"
                    "- Tỷ lệ hồ sơ giải quyết trễ hạn không quá 2%.")  # an outcome's ceiling stays
    assert [(t.value, t.unit, t.comparator) for t in found] == [
        (20, "dự án", "="), (5, "tỷ đồng", "="), (2, "%", "<=")]


def test_what_a_prize_is_worth_is_no_target():
    found = targets("- Tổ chức 01 cuộc thi khởi nghiệp hằng năm với giải thưởng 300 triệu đồng.\n"
                    "- Tổng giá trị giải thưởng lên đến 1 tỷ đồng.\n- Thu hút 500 tỷ đồng vốn đầu tư cho khởi nghiệp.")
    assert [(t.value, t.unit) for t in found] == [(1, "cuộc thi"), (500, "tỷ đồng")]


def test_an_age_that_says_who_is_counted_is_no_target():
    found = targets("- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán điện tử đạt 80%.\n"
                    "- 100% trẻ em dưới 6 tuổi được cấp mã định danh.\n- Tuổi thọ trung bình đạt 75 tuổi.")
    assert [(t.value, t.unit) for t in found] == [(80, "%"), (100, "%"), (75, "tuổi")]
    assert found[0].indicator.startswith("Tỷ lệ dân số từ 15 tuổi")


def test_a_deadline_that_opens_a_line_dates_it_and_is_no_part_of_its_indicator():
    (target,) = targets("- Chậm nhất đến năm 2027, 100% xã có điểm truy cập Internet công cộng.")
    assert (target.period, target.indicator) == ("2027", "Tỷ lệ xã có điểm truy cập Internet công cộng")


def test_values_each_year_in_brackets_and_a_vision_s_year_before_a_colon():
    found = targets("- Tỷ lệ doanh nghiệp ứng dụng công nghệ số (năm 2025: 30%; năm 2030: 50%).\n"
                    "- Tầm nhìn đến năm 2045: kinh tế số chiếm 50% GRDP.")
    assert [(t.indicator, t.value, t.period) for t in found] == [
        ("Tỷ lệ doanh nghiệp ứng dụng công nghệ số", 30, "2025"),
        ("Tỷ lệ doanh nghiệp ứng dụng công nghệ số", 50, "2030"),
        ("Tỷ trọng kinh tế số trong GRDP", 50, "2045")]


@pytest.mark.parametrize(
    ("clause", "value", "comparator", "period", "indicator"),
    [
        ("Tỷ trọng kinh tế số trong GRDP tăng từ 8% năm 2024 lên 20% năm 2030", 20, "=", "2030",
         "Tỷ trọng kinh tế số trong GRDP"),
        ("Tỷ lệ đổi mới công nghệ tăng từ 15% (năm 2025) lên 25% vào năm 2029", 25, "=", "2029",
         "Tỷ lệ đổi mới công nghệ"),
        ("Giảm tỷ lệ hồ sơ trễ hạn từ 5% xuống dưới 1%", 1, "<=", "2030", "Tỷ lệ hồ sơ trễ hạn"),
        ("Giảm tỷ lệ hộ nghèo xuống còn 2%", 2, "=", "2030", "Tỷ lệ hộ nghèo"),
    ],
)
def test_a_change_from_a_dated_start_is_one_target_at_its_end(clause, value, comparator, period, indicator):
    (target,) = targets("- " + clause + ".")
    assert (target.value, target.comparator, target.period, target.indicator) == (value, comparator, period, indicator)


def test_a_count_raised_by_a_multiple_against_a_baseline_names_what_is_raised():
    (target,) = targets("- Tăng số lượng doanh nghiệp khoa học và công nghệ lên gấp 2 lần so với năm 2020.")
    assert (target.value, target.unit, target.indicator) == (
        2, "lần", "Số lượng doanh nghiệp khoa học và công nghệ so với năm 2020")


def test_a_count_per_year_and_a_count_added_are_named_as_such():
    supported, added = targets("- Hỗ trợ 05 - 07 doanh nghiệp/năm xây dựng và áp dụng hệ thống quản lý tiên tiến.\n"
                               "- Mỗi năm tăng thêm từ 2 - 3 doanh nghiệp khoa học và công nghệ.")
    assert (supported.unit, supported.indicator) == (
        "doanh nghiệp/năm", "Số doanh nghiệp xây dựng và áp dụng hệ thống quản lý tiên tiến được hỗ trợ mỗi năm")
    assert (added.value, added.value_max, added.indicator) == (2, 3, "Số doanh nghiệp khoa học và công nghệ tăng thêm")
    found = targets("- Triển khai 15 nhiệm vụ cấp tỉnh, trong đó mở mới 5 nhiệm vụ; nghiệm thu 10 nhiệm vụ cấp cơ sở.")
    assert [t.indicator for t in found[1:]] == ["Số nhiệm vụ được mở mới", "Số nhiệm vụ cấp cơ sở được nghiệm thu"]


def test_a_share_after_a_value_of_the_same_subject_and_a_share_named_after_its_value():
    value, share = targets("- Giá trị sản xuất công nghiệp công nghệ cao đạt 30.000 tỷ đồng, chiếm 20% giá trị sản "
                           "xuất công nghiệp.")
    assert share.indicator == ("Tỷ trọng giá trị sản xuất công nghiệp công nghệ cao trong giá trị sản xuất công "
                               "nghiệp")
    (late,) = targets("- Đạt tối đa 5% tỷ lệ hồ sơ trễ hạn.")
    assert (late.comparator, late.indicator) == ("<=", "Tỷ lệ hồ sơ trễ hạn")


@pytest.mark.parametrize("line, periods", [
    ("Số doanh nghiệp KH&CN đến năm 2025 và năm 2030 tương ứng là 20 và 40 doanh nghiệp", ["2025", "2030"]),
    ("Phấn đấu có 20 và 40 doanh nghiệp KH&CN vào năm 2025 và 2030", ["2025", "2030"]),
])
def test_values_listed_before_the_one_that_carries_their_unit(line, periods):
    found = targets("- " + line + ".")
    assert [(t.value, t.unit, t.period, t.indicator) for t in found] == [
        (20, "doanh nghiệp", periods[0], "Số doanh nghiệp KH&CN"),
        (40, "doanh nghiệp", periods[1], "Số doanh nghiệp KH&CN")]
    found = targets("- Hỗ trợ 10, 15 và 20 doanh nghiệp khởi nghiệp trong các năm 2024, 2025, 2026.")
    assert [(t.value, t.period) for t in found] == [(10, "2024"), (15, "2025"), (20, "2026")]
    assert targets("- Đạt 3 và 5 sao OCOP.") == []  # a rating, listed or not, counts nothing


@pytest.mark.parametrize("line", ["Số doanh nghiệp KH&CN: năm 2026: 30, năm 2030: 50",
                                  "Số doanh nghiệp KH&CN năm 2026 là 30, năm 2030 là 50",
                                  "Số doanh nghiệp KH&CN (năm 2026: 30; năm 2030: 50)"])
def test_bare_numbers_labelled_by_their_years_count_what_the_line_opens_with(line):
    found = targets("- " + line + ".")
    assert [(t.value, t.unit, t.period, t.indicator) for t in found] == [
        (30, "doanh nghiệp", "2026", "Số doanh nghiệp KH&CN"), (50, "doanh nghiệp", "2030", "Số doanh nghiệp KH&CN")]
    assert targets("- Tổ chức 2 hội thảo.\n1) Hỗ trợ doanh nghiệp.")[-1].value == 2  # "1)" numbers an item


def test_a_share_of_those_an_action_is_done_to_is_named_by_them():
    found = targets("- Đào tạo kỹ năng số cho 70% cán bộ, công chức.\n- Tuyên truyền, phổ biến đến 90% người dân.\n"
                    "- Phấn đấu đến 80% doanh nghiệp có website.\n- Tỷ lệ A tăng đến 50% doanh nghiệp.")
    assert [t.indicator for t in found] == [
        "Tỷ lệ cán bộ, công chức được đào tạo kỹ năng số", "Tỷ lệ người dân được tuyên truyền, phổ biến",
        "Tỷ lệ doanh nghiệp có website", "Tỷ lệ A tăng đến doanh nghiệp"]  # a share named already keeps its words
    found = targets("- Số hóa 100% hồ sơ lưu trữ.\n- Kết nối 100% cơ quan nhà nước với mạng chuyên dùng.\n"
                    "- Giảm 30% thời gian xử lý.")
    assert [t.indicator for t in found] == ["Tỷ lệ hồ sơ lưu trữ được số hóa",
                                            "Tỷ lệ cơ quan nhà nước được kết nối với mạng chuyên dùng",
                                            "Giảm thời gian xử lý"]  # a change is no share of those it is done to


def test_a_count_of_only_its_noun_after_a_named_one_measures_the_same():
    found = targets("- Phấn đấu đến năm 2025, tỉnh có 05 sản phẩm được cấp giấy chứng nhận nhãn hiệu; đến năm 2030 có "
                    "10 sản phẩm.\n- Hỗ trợ 20 doanh nghiệp, 10 hợp tác xã đổi mới công nghệ.")
    assert [(t.value, t.period, t.indicator) for t in found[:2]] == [
        (5, "2025", "Số sản phẩm được cấp giấy chứng nhận nhãn hiệu"),
        (10, "2030", "Số sản phẩm được cấp giấy chứng nhận nhãn hiệu")]
    assert not found[3].indicator.startswith("Số doanh nghiệp")  # another noun keeps its own words


def test_a_share_pointed_at_measures_the_one_before_and_a_headline_s_place_is_no_part_of_an_indicator():
    found = targets("- Tỷ lệ doanh nghiệp sử dụng nền tảng số đạt 70% vào năm 2027; đến năm 2030 tỷ lệ này đạt 90%.\n"
                    "Bình Dương: 90% doanh nghiệp ứng dụng công nghệ số vào năm 2030")
    assert [(t.value, t.indicator) for t in found] == [
        (70, "Tỷ lệ doanh nghiệp sử dụng nền tảng số"), (90, "Tỷ lệ doanh nghiệp sử dụng nền tảng số"),
        (90, "Tỷ lệ doanh nghiệp ứng dụng công nghệ số")]


def test_every_year_after_a_connective_dates_the_counts_after_it():
    found = targets("- Tỷ lệ hồ sơ trực tuyến đạt 80% vào năm 2027.\n"
                    "- Bên cạnh đó, mỗi năm tổ chức ít nhất 02 hội thảo, 05 lớp tập huấn.")
    assert [(t.value, t.period) for t in found] == [(80, "2027"), (2, "Hàng năm"), (5, "Hàng năm")]


@pytest.mark.parametrize("line, indicator", [
    ("Giá trị giao dịch thị trường KH&CN tăng bình quân 10%/năm giai đoạn 2021-2025, tăng bình quân 15%/năm giai "
     "đoạn 2026-2030", "Tốc độ tăng giá trị giao dịch thị trường KH&CN"),
    ("Tỷ lệ doanh nghiệp có hoạt động ĐMST đạt 25% vào năm 2025; đạt 40% vào năm 2030",
     "Tỷ lệ doanh nghiệp có hoạt động ĐMST"),
])
def test_a_value_after_only_its_verb_measures_what_the_one_before_does(line, indicator):
    first, second = targets("- " + line + ".")
    assert second.indicator == first.indicator == indicator
    assert (first.period, second.period) != (second.period, first.period)
    # a value in another unit keeps its own words
    *_, other = targets("- Số doanh nghiệp KH&CN đạt 20 doanh nghiệp; tăng 15% so với năm 2020.")
    assert other.indicator != "Số doanh nghiệp KH&CN"


def test_a_count_striven_for_every_year_is_yearly():
    (target,) = targets("- Phấn đấu mỗi năm có từ 3 - 5 sáng chế được cấp văn bằng bảo hộ.")
    assert (target.period, target.indicator) == ("Hàng năm", "Số sáng chế được cấp văn bằng bảo hộ")
    (target,) = targets("Kế hoạch đặt mục tiêu mỗi năm hỗ trợ ít nhất 20 doanh nghiệp đổi mới công nghệ.")
    assert (target.period, target.indicator) == ("Hàng năm", "Số doanh nghiệp đổi mới công nghệ được hỗ trợ")


def test_a_clause_on_how_things_stand_now_states_no_target():
    found = targets("Hiện nay, toàn tỉnh có 25 doanh nghiệp khoa học và công nghệ, 3 tổ chức trung gian.\n"
                    "Đến nay, đã có 1.250 nhãn hiệu được bảo hộ.\nĐến năm 2030, tỉnh có 60 doanh nghiệp khoa học và "
                    "công nghệ.")
    assert [t.value for t in found] == [60]


def test_an_item_s_own_number_after_chi_tieu_is_no_value():
    found = targets("- Chỉ tiêu 1: Tỷ lệ doanh nghiệp đổi mới công nghệ đạt 30%.\n"
                    "- Chỉ tiêu 2: Có 15 doanh nghiệp KH&CN.")
    assert [(t.value, t.indicator) for t in found] == [(30, "Tỷ lệ doanh nghiệp đổi mới công nghệ"),
                                                       (15, "Số doanh nghiệp KH&CN")]


def test_a_clause_s_year_that_labels_a_later_value_dates_no_earlier_one():
    found = targets("2. Chỉ tiêu đến năm 2025\n- Tỷ lệ doanh nghiệp đổi mới sáng tạo đạt 30%, đến năm 2030 đạt 50%.\n"
                    "- Đến năm 2025 tỷ lệ đổi mới công nghệ đạt 20%, đến năm 2030 đạt 25%.")
    assert [(t.value, t.period) for t in found] == [(30, "2025"), (50, "2030"), (20, "2025"), (25, "2030")]


def test_years_the_values_after_them_take_in_turn():
    found = targets("- Tỷ lệ doanh nghiệp đổi mới sáng tạo đến năm 2025 và năm 2030 lần lượt đạt 30% và 50%.",
                    plan_end=2035)
    assert [(t.value, t.period, t.indicator) for t in found] == [
        (30, "2025", "Tỷ lệ doanh nghiệp đổi mới sáng tạo"), (50, "2030", "Tỷ lệ doanh nghiệp đổi mới sáng tạo")]
