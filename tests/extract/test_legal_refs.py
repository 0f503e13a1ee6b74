import pytest

from stikg.graph.extract.layout import split_lines
from stikg.graph.extract.legal_refs import extract_legal_refs, find_mentions, short_names


@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        ("Quyết định số 569/QĐ-TTg ngày 11/5/2022", "569/QĐ-TTg", "Quyết định"),
        ("Nghị quyết số 08-NQ/TU ngày 31/3/2023", "08-NQ/TU", "Nghị quyết"),
        ("Nghị quyết 16/2021/NQ-HĐND ngày 09/12/2021", "16/2021/NQ-HĐND", "Nghị quyết"),
        ("khoản 1 Điều 9 Nghị định số 95/2014/NĐ-CP", "95/2014/NĐ-CP", "Nghị định"),
        ("Kết luận số 50-KL/TW ngày 30/5/2019", "50-KL/TW", "Kết luận"),
        ("Chương trình hành động số 180-CTr/TU", "180-CTr/TU", "Chương trình hành động"),
        ("tại Tờ trình số 110/TTr-SKHCN ngày 19 tháng 11 năm 2023", "110/TTr-SKHCN", "Tờ trình"),
        ("Quyết định số 569/QĐ - TTg", "569/QĐ-TTg", "Quyết định"),
        ("Luật số 29/2013/QH13", "29/2013/QH13", "Luật"),
        ("(theo 94/QĐ-UBND)", "94/QĐ-UBND", "Quyết định"),
        ("tại Tờ trình số 50/TTr-SKH&CN ngày 26 tháng 9 năm 2018", "50/TTr-SKH&CN", "Tờ trình"),  # "&" in a code
        ("Công điện số 05/CĐ-TTg ngày 20/01/2025", "05/CĐ-TTg", "Công điện"),
        ("Thông tư liên tịch số 27/2015/TTLT-BKHCN-BTC", "27/2015/TTLT-BKHCN-BTC", "Thông tư liên tịch"),
        ("Quy định số 08-QĐi/TW ngày 25/10/2018", "08-QĐi/TW", "Quy định"),
        ("Nghị quyết liên tịch số 01/2024/NQLT-BKHCN-BNV", "01/2024/NQLT-BKHCN-BNV", "Nghị quyết liên tịch"),
        # two type words before the number: the one its code names ("a notice of conclusions")
        ("Thông báo kết luận số 45-TB/TU ngày 10/01/2025", "45-TB/TU", "Thông báo"),
        ("Kết luận số 91-KL/TW ngày 12/8/2024", "91-KL/TW", "Kết luận"),
        ("Kế hoạch số 90-KH/TĐTN-BTG ngày 05/3/2025", "90-KH/TĐTN-BTG", "Kế hoạch"),  # a youth union's board
    ],
)
def test_numbering_schemes(text, number, doc_type):
    mentions = find_mentions(split_lines(text))
    assert [(m.number, m.doc_type) for m in mentions] == [(number, doc_type)]


def test_a_number_whose_issuer_code_follows_a_dot():
    found = refs("Thực hiện Quyết định số 1090/QĐ.UBND ngày 08/6/2021 của UBND tỉnh; Quyết định số 569/QĐ-TTg.Trong")
    assert (found["1090/QĐ.UBND"].issued_on, found["1090/QĐ.UBND"].scope) == ("2021-06-08", "provincial")
    assert "569/QĐ-TTg" in found  # a sentence run on after a dot is no part of a number


def test_no_document_in_dates_ranges_and_versions():
    assert find_mentions(split_lines("giai đoạn 2021-2025, ngày 30/5/2019, công nghệ 4.0, 5-10 doanh nghiệp")) == []


def refs(text, own=(), province="Tây Ninh", titles=(), first_section=None):
    lines = split_lines(text)
    return {r.number or r.name: r for r in extract_legal_refs(lines, set(own), province, list(titles), first_section)}


def test_what_the_sentence_s_subject_does_next_is_no_link_between_the_documents():
    found = refs("Nghiên cứu Nghị quyết số 57-NQ/TW và tổ chức thực hiện Chương trình số 05-CTr/TU.")
    assert found["57-NQ/TW"].implements == []
    found = refs("Triển khai Kế hoạch số 12/KH-UBND, đồng thời thực hiện Quyết định số 36/QĐ-TTg.")
    assert found["12/KH-UBND"].implements == []


def test_a_verb_in_a_document_s_own_subject_does_not_carry_out_the_next_document():
    text = ("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện "
            "thắng lợi nhiệm vụ phát triển kinh tế - xã hội và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng "
            "Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    found = refs(text, first_section=text.index("I. MỤC ĐÍCH"))
    assert found["19/CT-TTg"].implements == []
    assert (found["19/CT-TTg"].relation, found["16/KH-HĐTĐKT"].relation) == ("implements", "implements")


@pytest.mark.parametrize(("text", "issuer", "subject"), [
    # "của" left out after the date; the term in brackets
    ("Nghị quyết số 20-NQ/TW ngày 01/11/2012 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI về phát "
     "triển khoa học và công nghệ;", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI",
     "phát triển khoa học và công nghệ"),
    ("Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khoá XI) về phát triển khoa học;",
     "Ban Chấp hành Trung ương Đảng", "phát triển khoa học"),
    ("Quyết định số 569/QĐ-TTg ngày 11/5/2022 Thủ tướng Chính phủ ban hành Chiến lược phát triển khoa học;",
     "Thủ tướng Chính phủ", "ban hành Chiến lược phát triển khoa học"),
    ("Quyết định số 12/QĐ-BKHCN ngày 01/11/2012 của Bộ Khoa học và Công nghệ (Vụ Kế hoạch) về phân bổ kinh phí;",
     "Bộ Khoa học và Công nghệ", None),  # a bracket not of the body's term ends it
    # the citing sentence's aim after the issuer or the subject is neither
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, để tạo chuyển biến mạnh mẽ, Chủ tịch UBND tỉnh chỉ thị:",
     "Bộ Chính trị", None),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, nhằm tạo chuyển biến;",
     "Bộ Chính trị", "đột phá phát triển khoa học"),
    # a body of before the 2025 mergers, so marked
    ("Kế hoạch số 123/KH-UBND ngày 10/3/2025 của UBND tỉnh Bà Rịa - Vũng Tàu (cũ) về phát triển khoa học;",
     "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "phát triển khoa học"),
    ("Thông tư số 01/2023/TT-BLĐTBXH ngày 10/2/2023 của Bộ Lao động - Thương binh và Xã hội hướng dẫn đào tạo nghề;",
     "Bộ Lao động - Thương binh và Xã hội", "hướng dẫn đào tạo nghề"),
    ("Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương;",
     "Hội đồng Thi đua - Khen thưởng Trung ương", None),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị - Đột phá phát triển khoa học;",
     "Bộ Chính trị", "Đột phá phát triển khoa học"),
    ("Nghị quyết số 54-NQ/TU ngày 15/3/2020 của Tỉnh ủy Bà Rịa - Vũng Tàu thực hiện Kết luận số 50-KL/TW;",
     "Tỉnh ủy Bà Rịa - Vũng Tàu", "thực hiện Kết luận số 50-KL/TW"),
])
def test_an_issuer_whose_name_has_a_dash(text, issuer, subject):
    ref = next(iter(refs(text, province="Bà Rịa - Vũng Tàu").values()))
    assert (ref.issuer, ref.title) == (issuer, subject)


def test_second_order_links_implements_and_amends():
    found = refs(
        "a) Kế hoạch số 6640/KH-UBND ngày 11/12/2020 của UBND tỉnh triển khai thực hiện Nghị quyết số "
        "52-NQ/TW ngày 27/9/2019 của Bộ Chính trị và Nghị quyết 50/NQ-CP ngày 17/4/2020 của Chính phủ về CMCN.\n"
        "b) Nghị định số 27/2020/NĐ-CP ngày 01/3/2020 sửa đổi, bổ sung một số điều của Nghị định số "
        "40/2014/NĐ-CP ngày 12/5/2014 của Chính phủ."
    )
    assert found["6640/KH-UBND"].implements == ["52-NQ/TW", "50/NQ-CP"]
    assert found["27/2020/NĐ-CP"].amends == ["40/2014/NĐ-CP"]
    assert found["52-NQ/TW"].scope == "national" and found["6640/KH-UBND"].scope == "provincial"
    assert found["6640/KH-UBND"].issued_on == "2020-12-11"
    assert found["6640/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh Tây Ninh"
    assert all(r.relation == "references" for r in found.values())


def test_an_amended_programme_without_a_number_is_not_the_number_it_carries_out():
    found = refs(
        "a) Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động "
        "của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
        "b) Quyết định số 12/QĐ-UBND ngày 01/4/2025 của UBND tỉnh sửa đổi, bổ sung Kế hoạch thực hiện Chương trình "
        "chuyển đổi số ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 03/01/2024."
    )
    assert (found["71/NQ-CP"].implements, found["71/NQ-CP"].amends) == (["57-NQ/TW"], [])
    assert (found["12/QĐ-UBND"].implements, found["12/QĐ-UBND"].amends) == ([], ["45/QĐ-UBND"])


def test_a_law_amended_by_later_laws_is_what_they_amend():
    found = refs("Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 được sửa đổi, bổ sung bởi Luật số 36/2009/QH12 và Luật "
                 "số 42/2019/QH14;\nI. MỤC TIÊU", first_section=1000)
    assert [found[n].amends for n in ("50/2005/QH11", "36/2009/QH12", "42/2019/QH14")] == [
        [], ["50/2005/QH11"], ["50/2005/QH11"]]
    assert {r.relation for r in found.values()} == {"based_on"}  # the law as amended is the basis
    assert not found["50/2005/QH11"].title  # "được sửa đổi, bổ sung bởi …" is no subject
    assert {r.issuer for r in found.values()} == {"Quốc hội"}  # "QH11": the 11th National Assembly


def test_a_law_in_a_cited_document_s_subject_is_that_document_s_reference():
    found = refs("Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết và hướng dẫn thi "
                 "hành một số điều của Luật Khoa học và công nghệ;\nCăn cứ Luật Ngân sách nhà nước;\nI. MỤC TIÊU",
                 first_section=1000)
    assert {key: r.relation for key, r in found.items()} == {
        "08/2014/NĐ-CP": "based_on", "Luật Khoa học và công nghệ": "references", "Luật Ngân sách nhà nước": "based_on"}


def test_a_national_issuer_named_by_its_initials_or_in_short():
    found = refs("Căn cứ QĐ số 569/QĐ-TTg ngày 11/5/2022 của TTCP;\nCăn cứ NQ số 03/NQ-CP ngày 09/01/2025 của CP;\n"
                 "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của BCT;\n"
                 "Căn cứ Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng;\nI. MỤC TIÊU", first_section=1000)
    assert [found[n].issuer for n in ("569/QĐ-TTg", "03/NQ-CP", "57-NQ/TW", "36/QĐ-TTg")] == [
        "Thủ tướng Chính phủ", "Chính phủ", "Bộ Chính trị", "Thủ tướng Chính phủ"]


def test_a_consolidated_text_is_dated_after_the_law_it_consolidates():
    found = refs("Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Văn bản hợp nhất số 07/VBHN-VPQH Luật Sở hữu "
                 "trí tuệ ngày 25 tháng 6 năm 2019;\nCăn cứ Văn bản hợp nhất số 12/VBHN-BKHCN ngày 01/9/2020 của Bộ "
                 "Khoa học và Công nghệ hợp nhất Nghị định quy định chi tiết Luật Chuyển giao công nghệ;\nI. MỤC TIÊU",
                 first_section=1000)
    assert [(key, r.doc_type, r.issued_on, r.relation) for key, r in found.items()] == [
        ("Luật Sở hữu trí tuệ", "Luật", "2005-11-29", "based_on"),  # not the day it was consolidated
        ("07/VBHN-VPQH", "Văn bản hợp nhất", "2019-06-25", "based_on"),
        ("12/VBHN-BKHCN", "Văn bản hợp nhất", "2020-09-01", "based_on"),
        ("Luật Chuyển giao công nghệ", "Luật", None, "references")]
    assert (found["07/VBHN-VPQH"].title, found["12/VBHN-BKHCN"].issuer) == (
        "Luật Sở hữu trí tuệ", "Bộ Khoa học và Công nghệ")


def test_an_issuer_named_by_its_kind_of_place_alone_is_this_province_s():
    found = refs("Căn cứ văn bản số 1234/UBND-KT ngày 5/5/2024 của UBND tỉnh;\n"
                 "Căn cứ Công văn số 45/SKHCN-QLKH của Sở Khoa học và Công nghệ tỉnh;\n"
                 "Căn cứ Chương trình hành động số 05-CTr/TU của Ban Chấp hành Đảng bộ tỉnh;\n"
                 "Căn cứ Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy;\nI. MỤC TIÊU", province="Bến Tre",
                 first_section=1000)
    assert [found[n].issuer for n in ("1234/UBND-KT", "45/SKHCN-QLKH", "05-CTr/TU", "09-NQ/TU")] == [
        "Ủy ban nhân dân tỉnh Bến Tre", "Sở Khoa học và Công nghệ tỉnh Bến Tre",
        "Ban Chấp hành Đảng bộ tỉnh Bến Tre", "Ban Thường vụ Tỉnh ủy Bến Tre"]
    found = refs("5. Cụ thể hóa Nghị quyết số 10-NQ/TU ngày 05/5/2021 của Tỉnh ủy thành các chương trình, đề án.\n"
                 "6. Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh thành lập Quỹ phát triển khoa học.",
                 province="Sơn La")
    assert [found[n].issuer for n in ("10-NQ/TU", "12/QĐ-UBND")] == ["Tỉnh ủy Sơn La", "Ủy ban nhân dân tỉnh Sơn La"]
    found = refs("Căn cứ Nghị quyết số 04/2013/NQ-HĐND ngày12/7/2013 của Hội đồng nhân dân Thành phố về chính sách;\n"
                 "Căn cứ Kế hoạch số 12/KH-UBND của UBND TP về chính sách; đưa Luật Thủ đô vào cuộc sống.",
                 province="Hà Nội")  # the city, capitalised or shortened; a space lost before a date
    assert [(found[n].issuer, found[n].issued_on) for n in ("04/2013/NQ-HĐND", "12/KH-UBND")] == [
        ("Hội đồng nhân dân thành phố Hà Nội", "2013-07-12"), ("Ủy ban nhân dân thành phố Hà Nội", None)]
    assert "Luật Thủ đô" in found


def test_every_document_a_replacing_sentence_lists_is_replaced():
    found = refs("I. MỤC TIÊU\nQuyết định này thay thế Quyết định số 123/QĐ-UBND ngày 10/01/2020 và Quyết định số "
                 "456/QĐ-UBND; Kế hoạch này bãi bỏ Kế hoạch số 7/KH-UBND, Kế hoạch số 8/KH-UBND.\n"
                 "Kế hoạch này thay thế Kế hoạch số 9/KH-UBND và triển khai Quyết định số 10/QĐ-UBND.\n"
                 "(Kế hoạch này thay Kế hoạch số 11/KH-UBND); Kế hoạch này thay đổi, Quyết định số 12/QĐ-UBND.\n"
                 "Kế hoạch này thay cho Kế hoạch số 13/KH-UBND. Quyết định số 14/QĐ-UBND ngày 1/2/2020 của UBND tỉnh "
                 "hết hiệu lực kể từ ngày ký; triển khai Quyết định số 15/QĐ-UBND, rà soát văn bản hết hiệu lực.\n",
                 first_section=0)
    assert {key: r.relation for key, r in found.items()} == {
        "123/QĐ-UBND": "replaces", "456/QĐ-UBND": "replaces", "7/KH-UBND": "replaces", "8/KH-UBND": "replaces",
        "9/KH-UBND": "replaces", "10/QĐ-UBND": "references", "11/KH-UBND": "replaces", "12/QĐ-UBND": "references",
        "13/KH-UBND": "replaces", "14/QĐ-UBND": "replaces", "15/QĐ-UBND": "references"}


def test_relations_from_preamble_opening_and_title():
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/06/2015;\n"
        "Căn cứ Đề án số 04-ĐA/TU ngày 29/01/2021 của Ban Thường vụ Tỉnh ủy về phát triển khoa học và công nghệ "
        "tỉnh Bến Tre giai đoạn 2020-2025;\n"
        "Thực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ; Chỉ thị số 25/CT-TTg, UBND "
        "tỉnh ban hành Kế hoạch:\n"
        "I. MỤC TIÊU\n"
        "Căn cứ Kế hoạch số 12/KH-UBND, các sở tham mưu; Kế hoạch này thay thế Kế hoạch số 99/KH-UBND.\n"
    )
    first_section = text.index("I. MỤC TIÊU")
    title = "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE GIAI ĐOẠN 2020-2025"
    found = refs(text, titles=[(title, None)], first_section=first_section, province="Bến Tre")
    assert found["Luật Tổ chức chính quyền địa phương"].relation == "based_on"
    assert found["Luật Tổ chức chính quyền địa phương"].issued_on == "2015-06-19"
    assert found["04-ĐA/TU"].relation == "implements"  # the title names it by type and subject
    assert found["569/QĐ-TTg"].relation == "implements"
    assert found["25/CT-TTg"].relation == "implements"
    assert found["12/KH-UBND"].relation == "references"  # "Căn cứ" in the body is not the legal basis
    assert found["99/KH-UBND"].relation == "replaces"


def test_a_law_named_in_the_title_and_numbered_in_the_basis_is_one_document():
    title = "Triển khai Luật Khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh"
    text = (f"{title}\nCăn cứ Luật Khoa học, công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;\n"
            "Căn cứ Nghị quyết 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị;\nI. MỤC TIÊU\n")
    found = refs(text, titles=[(title, (0, len(title)))], first_section=text.index("I. MỤC"))
    assert list(found) == ["93/2025/QH15", "57-NQ/TW"]
    assert (found["93/2025/QH15"].relation, found["93/2025/QH15"].issued_on) == ("implements", "2025-06-27")
    assert (found["57-NQ/TW"].issued_on, found["57-NQ/TW"].issuer) == ("2024-12-22", "Bộ Chính trị")


def test_a_title_naming_the_programme_a_cited_decision_approves():
    text = ("Căn cứ Quyết định số 118/QĐ-TTg ngày 25/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình đổi mới "
            "công nghệ quốc gia đến năm 2030;\nCăn cứ Quyết định số 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ "
            "phê duyệt Chương trình phát triển thị trường khoa học và công nghệ;\nI. MỤC TIÊU\n")
    title = "Triển khai Chương trình đổi mới công nghệ tỉnh Thái Nguyên giai đoạn 2026 - 2030"
    found = refs(text, titles=[(title, None)], first_section=text.index("I. MỤC"), province="Thái Nguyên")
    assert (found["118/QĐ-TTg"].relation, found["1158/QĐ-TTg"].relation) == ("implements", "based_on")
    # a national document cited by its number alone: what it is about is known (graph/data/national_documents.csv)
    text = "Căn cứ Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ;\nI. MỤC TIÊU\n"
    title = "Thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 trên địa bàn tỉnh"
    found = refs(text, titles=[(title, None)], first_section=text.index("I. MỤC"))
    assert (found["569/QĐ-TTg"].relation, found["569/QĐ-TTg"].title) == ("implements", None)  # the record: the text
    # "Triển khai thực hiện …", its subject abbreviated ("KH,CN&ĐMST") where the decision's is written out
    text = ("Căn cứ Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ ban hành Chiến lược phát triển "
            "khoa học, công nghệ và đổi mới sáng tạo đến năm 2030;\nI. MỤC TIÊU\n")
    for title in ("Triển khai thực hiện Chiến lược phát triển KH,CN&ĐMST đến năm 2030 trên địa bàn tỉnh Bình Phước",
                  "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO ĐẾN NĂM 2030"):
        found = refs(text, titles=[(title, None)], first_section=text.index("I. MỤC"))
        assert found["569/QĐ-TTg"].relation == "implements"
    # a subject of a word or two ("chương trình khoa học số 1209") is no proof
    text = "Căn cứ Quyết định số 1209/QĐ-TTg ngày 22/10/2017 của Thủ tướng về chương trình khoa học số 1209;\n"
    title = "Triển khai Chương trình phát triển thị trường khoa học và công nghệ"
    assert refs(text, titles=[(title, None)])["1209/QĐ-TTg"].relation == "based_on"


def test_a_title_naming_a_document_by_number_implements_that_one_only():
    text = ("Căn cứ Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội thí điểm một số cơ chế, chính sách đặc "
            "biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\n")
    title = ("THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI "
             "SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA")
    found = refs(text, titles=[(title, None)])["193/2025/QH15"]
    assert (found.relation, found.issuer) == ("based_on", "Quốc hội")  # the subject is not the issuer's name
    assert found.title.startswith("thí điểm một số cơ chế")


def test_strongest_relation_wins_and_own_number_is_not_a_reference():
    text = ("Thực hiện Nghị quyết số 08-NQ/TU ngày 31/3/2023 của Tỉnh ủy Tây Ninh, UBND tỉnh ban hành:\n"
            "I. MỤC ĐÍCH\nQuán triệt Nghị quyết số 08-NQ/TU và Kế hoạch số 2502/KH-UBND.")
    found = refs(text, own={"2502/KH-UBND"}, first_section=text.index("I. MỤC"))
    assert list(found) == ["08-NQ/TU"]
    assert found["08-NQ/TU"].relation == "implements"
    assert found["08-NQ/TU"].issuer == "Tỉnh ủy Tây Ninh"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("theo quy định của Luật ngân sách nhà nước và được bố trí", "Luật ngân sách nhà nước"),
        ("Căn cứ Luật Khoa học và Công nghệ ngày 18/6/2013;", "Luật Khoa học và Công nghệ"),
        ("Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
         "ngày 22/11/2019;",
         "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
        # names a comma, a lower-case "và" or "số" would cut, read whole from law_names.csv
        ("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
         "Luật Khoa học, công nghệ và đổi mới sáng tạo"),
        ("Căn cứ Luật Khoa học và công nghệ ngày 18/6/2013;", "Luật Khoa học và công nghệ"),
        ("Căn cứ Luật Chất lượng sản phẩm, hàng hoá ngày 21/11/2007;", "Luật Chất lượng sản phẩm, hàng hoá"),
        ("Căn cứ Luật Phí và lệ phí;", "Luật Phí và lệ phí"),
        ("Căn cứ Luật Chuyển đổi số năm 2025;", "Luật Chuyển đổi số"),
        ("theo Luật Ngân sách nhà nước và các văn bản hướng dẫn", "Luật Ngân sách nhà nước"),
        ("Căn cứ Luật Đầu tư xây dựng cơ bản;", "Luật Đầu tư xây dựng cơ bản"),  # a listed name only begins it
        ("quy định chi tiết Luật Chuyển giao công nghệ và Nghị định", "Luật Chuyển giao công nghệ"),  # no "và …"
    ],
)
def test_laws_named_without_number(text, name):
    assert list(refs(text)) == [name]


def test_the_law_in_a_site_s_name_is_no_law():
    assert refs("Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn gói cước.") == {}


@pytest.mark.parametrize("text", [
    "UBND tỉnh ban hành Kế hoạch triển khai thi hành Luật như sau:",
    "Các sở, ngành tổ chức phổ biến Luật này đến cán bộ, công chức.",
    "Luật được Quốc hội thông qua tại Kỳ họp thứ 9.",
])
def test_the_word_for_a_law_already_named_is_no_law(text):
    assert refs(text) == {}


def test_a_numbered_law_and_a_city_s_committee():
    found = refs(
        "Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18 tháng 6 năm 2013;\n"
        "Kế hoạch này thay thế Kế hoạch số 45/KH-UBND ngày 01 tháng 3 năm 2022 của Ủy ban nhân dân thành phố.",
        province="Cần Thơ")
    law = found["29/2013/QH13"]
    assert (law.doc_type, law.name, law.issued_on, law.scope) == (
        "Luật", "Luật Khoa học và Công nghệ", "2013-06-18", "national")
    assert "Luật Khoa học và Công nghệ" not in found  # one entry, by its number
    assert found["45/KH-UBND"].issuer == "Ủy ban nhân dân thành phố Cần Thơ"


def test_a_numbered_law_whose_name_has_a_comma():
    law = refs("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;")["93/2025/QH15"]
    assert (law.doc_type, law.name, law.issued_on) == (
        "Luật", "Luật Khoa học, công nghệ và đổi mới sáng tạo", "2025-06-27")


@pytest.mark.parametrize(("text", "name", "issued_on"), [
    ("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
     "Luật Khoa học, công nghệ và đổi mới sáng tạo", "2025-06-27"),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi) ngày 21 tháng 6 năm 1994;",
     "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "1994-06-21"),
    ("Căn cứ Luật Khoa học và công nghệ công bố ngày 22 tháng 6 năm 2000;", "Luật Khoa học và công nghệ",
     "2000-06-22"),
    ("Căn cứ Luật Khoa học và công nghệ; Nghị định ngày 22 tháng 6 năm 2000", "Luật Khoa học và công nghệ", None),
])
def test_the_date_of_a_law_named_whole(text, name, issued_on):
    assert refs(text)[name].issued_on == issued_on


def test_a_basis_and_an_opening_written_as_list_items():
    text = ("- Căn cứ Nghị định số 60/2003/NĐ-CP ngày 6/6/2003 của Chính phủ;\n"
            "- Thực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ;\nI. MỤC TIÊU\n")
    found = refs(text, first_section=text.index("I. MỤC TIÊU"))
    assert (found["60/2003/NĐ-CP"].relation, found["569/QĐ-TTg"].relation) == ("based_on", "implements")


def test_an_issuer_before_a_subject_written_with_a_capital():
    found = refs("Kế hoạch số 431/KH-UBND ngày 09/02/2021 của UBND tỉnh Triển khai Chương trình quốc gia hỗ trợ "
                 "doanh nghiệp; Quyết định số 605/QĐ-UBND ngày 16/3/2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án "
                 "Chính quyền số giai đoạn 2020-2025, định hướng đến năm 2030.")
    assert found["431/KH-UBND"].issuer == found["605/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh Tây Ninh"
    assert found["605/QĐ-UBND"].title.startswith("Phê duyệt Đề án")


def test_an_issuer_in_old_spelling_and_what_the_sentence_goes_on_to_say():
    found = refs("Quyết định này thay thế Quyết định số 140/QĐ-UB, ngày 15 tháng 9 năm 1999 của Uỷ ban Nhân dân tỉnh "
                 "Yên Bái và có hiệu lực thi hành kể từ ngày ký.", province="Yên Bái")
    assert found["140/QĐ-UB"].issuer == "Ủy ban nhân dân tỉnh Yên Bái"


@pytest.mark.parametrize(("text", "scope"), [
    ("Văn bản số 45/SKHCN-QLKH", "provincial"),  # an official letter's number ends in the unit, not the issuer
    ("Công văn số 567/UBND-KGVX", "provincial"),
    ("Công văn số 1234/BKHCN-VP", "national"),
    ("Kế hoạch số 5/KH-STC", "provincial"),
    ("Nghị quyết số 193/2025/QH15", "national"),
    ("Nghị quyết số 03-NQ/HU", "provincial"),  # a district's party committee is within its province
    ("Chương trình số 4-CTr/ThU", "provincial"),
])
def test_scope_from_the_issuer_s_code_wherever_it_stands(text, scope):
    (ref,) = refs(text).values()
    assert ref.scope == scope


def test_a_document_in_short_names_given_after_the_opening_is_no_mention_there():
    text = (
        "Triển khai Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 328-KH/TU, ngày "
        "24/04/2025 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính "
        "trị (sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, Kế hoạch hành động 328-KH/TU), UBND tỉnh "
        "ban hành Kế hoạch thực hiện như sau:\n"
        "I. MỤC TIÊU\n"
    )
    found = refs(text, first_section=text.index("I. MỤC TIÊU"), province="Nghệ An")
    assert found["71/NQ-CP"].relation == found["328-KH/TU"].relation == "implements"
    assert found["328-KH/TU"].implements == ["57-NQ/TW"]
    assert found["57-NQ/TW"].relation == "references"  # what the plan carries out carries it out


def test_a_provincial_steering_committee_named_by_its_field():
    found = refs(
        "Căn cứ Kế hoạch số 03-KH/BCĐ ngày 02/7/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển "
        "đổi số tỉnh Lâm Đồng về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị;\n"
        "Căn cứ Kế hoạch số 05-KH/BCĐ ngày 09/7/2025 của Ban Chỉ đạo về công tác phòng chống thiên tai;",
        province="Lâm Đồng",
    )
    ours = found["03-KH/BCĐ"]
    assert ours.issuer == "Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số tỉnh Lâm Đồng"
    assert ours.scope == "provincial" and ours.implements == ["57-NQ/TW"]
    assert found["05-KH/BCĐ"].issuer == "Ban Chỉ đạo"  # no province in its name: the subject follows "về"


def test_date_issuer_and_subject_in_a_caps_title():
    found = refs(
        "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TU NGÀY 12/10/2022 CỦA TỈNH ỦY QUẢNG TRỊ VỀ ĐỔI MỚI SÁNG TẠO VÀ "
        "CHỈ THỊ SỐ 07/CT-TTG NGÀY 05/3/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ\n"
        "I. MỤC ĐÍCH\n1. Chỉ thị số 07/CT-TTg ngày 05/3/2021 của Thủ tướng Chính phủ về đẩy mạnh chuyển đổi số.",
        province="Quảng Trị",
    )
    resolution, directive = found["15-NQ/TU"], found["07/CT-TTg"]
    assert (resolution.issued_on, resolution.issuer) == ("2022-10-12", "Tỉnh ủy Quảng Trị")
    assert resolution.title == "ĐỔI MỚI SÁNG TẠO"  # not the next document, after "VÀ"
    assert (directive.issued_on, directive.issuer) == ("2021-03-05", "Thủ tướng Chính phủ")
    assert directive.title == "đẩy mạnh chuyển đổi số"  # the running text's words over the caps title's


def test_a_caps_body_the_list_does_not_know_is_left_unread():
    found = refs("KẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 88/QĐ-CT NGÀY 02/02/2024 CỦA CỤC THƯƠNG MẠI ĐIỆN TỬ VỀ KINH TẾ SỐ")
    assert found["88/QĐ-CT"].issued_on == "2024-02-02" and found["88/QĐ-CT"].issuer is None
    found = refs("KẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 88/QĐ-BCT NGÀY 02/02/2024 CỦA BỘ CÔNG THƯƠNG VỀ THƯƠNG MẠI SỐ")
    assert found["88/QĐ-BCT"].issuer == "Bộ Công Thương"  # a ministry: the list knows them all


def test_documents_listed_under_one_amending_verb_each_amend():
    found = refs(
        "Căn cứ Nghị định số 70/2018/NĐ-CP ngày 15/5/2018 của Chính phủ quy định việc quản lý tài sản và Nghị định "
        "số 11/2020/NĐ-CP ngày 20/01/2020, Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ sửa đổi, bổ "
        "sung một số điều của Nghị định số 70/2018/NĐ-CP;"
    )
    assert found["11/2020/NĐ-CP"].amends == ["70/2018/NĐ-CP"] == found["45/2022/NĐ-CP"].amends
    assert found["11/2020/NĐ-CP"].title is None  # the next document is no subject of this one
    assert found["70/2018/NĐ-CP"].amends == []


def test_laws_whose_names_run_on_past_the_rule_s_cut():
    found = refs(
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm ngày 26 tháng 11 năm 2003;\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 "
        "năm 2004;"
    )
    assert {name: ref.issued_on for name, ref in found.items()} == {
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": "2003-11-26",
        "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân": "2004-12-03",
    }


def test_documents_joined_by_và_before_what_they_carry_out_each_carry_it_out():
    found = refs(
        "Thực hiện Chương trình hành động số 41-CTr/TU ngày 02/8/2013 của Tỉnh ủy và Nghị quyết số 46/NQ-CP ngày "
        "29/3/2013 của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 về phát triển khoa học;\n"
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 03/02/2014 của Chính phủ, Quyết định số 88/QĐ-TTg ngày 05/02/2014 của "
        "Thủ tướng Chính phủ thực hiện Nghị quyết số 19-NQ/TW;"
    )
    assert found["41-CTr/TU"].issuer == "Tỉnh ủy Tây Ninh"  # not "Tỉnh ủy và Nghị quyết số 46/NQ-CP …"
    assert found["41-CTr/TU"].implements == ["20-NQ/TW"] == found["46/NQ-CP"].implements
    assert found["12/NQ-CP"].implements == []  # a comma lists documents; what the last carries out is its own


def test_a_submission_is_written_by_whom_the_text_names_before_it():
    found = refs("Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 18/TTr-KHCN ngày 20/3/2023.")
    assert (found["18/TTr-KHCN"].issuer, found["18/TTr-KHCN"].scope) == (
        "Sở Khoa học và Công nghệ tỉnh Tây Ninh", "provincial")


def test_a_document_is_issued_by_whom_the_text_says_issued_it():
    found = refs("Năm 2021, Sở Khoa học và Công nghệ đã tham mưu cho Ủy ban nhân dân tỉnh ban hành Kế hoạch số "
                 "1636/KH-UBND ngày 02 tháng 7 năm 2021 về triển khai Đề án.", province="Cao Bằng")
    assert found["1636/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh Cao Bằng"


def test_a_submission_named_in_the_opening_is_not_carried_out():
    found = refs("Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy; trên cơ sở đề xuất của "
                 "Sở Thông tin và Truyền thông tại Tờ trình số 202/TTr-STTTT ngày 31/01/2024, Ủy ban nhân dân tỉnh "
                 "ban hành Kế hoạch như sau:\nI. MỤC TIÊU", first_section=200)
    assert found["13-NQ/TU"].relation == "implements"
    assert (found["202/TTr-STTTT"].relation, found["202/TTr-STTTT"].issuer) == (
        "references", "Sở Thông tin và Truyền thông tỉnh Tây Ninh")


def test_a_letter_that_proposed_the_plan_is_not_carried_out_by_it():
    found = refs("Thực hiện Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ. Theo đề xuất của Sở "
                 "Thông tin và Truyền thông tại Công văn số 1181/STTTT-CNTTBCVT ngày 10/5/2022; Ủy ban nhân dân tỉnh "
                 "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", first_section=300)
    assert {number: ref.relation for number, ref in found.items()} == {
        "146/QĐ-TTg": "implements", "1181/STTTT-CNTTBCVT": "references"}


def test_documents_listed_under_one_issuer_take_it():
    found = refs("Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 10/2021/NQ-HĐND ngày 15/7/2021 về chính sách hỗ "
                 "trợ; số 25/2023/NQ-HĐND ngày 08/12/2023; Quyết định số 5/QĐ-UBND ngày 01/02/2024;\n"
                 "Căn cứ các Quyết định của Thủ tướng Chính phủ số 1158/QĐ-TTg ngày 13/7/2021, số 118/QĐ-TTg ngày "
                 "25/01/2021;\n"
                 "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2025 và Kế hoạch số 88/KH-UBND ngày 05/4/2025 của UBND "
                 "tỉnh; Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP của Chính phủ;")
    issuers = {number: ref.issuer for number, ref in found.items()}
    assert issuers["10/2021/NQ-HĐND"] == issuers["25/2023/NQ-HĐND"] == "Hội đồng nhân dân tỉnh Tây Ninh"
    assert issuers["5/QĐ-UBND"] is None  # another type: the list has ended
    assert issuers["1158/QĐ-TTg"] == issuers["118/QĐ-TTg"] == "Thủ tướng Chính phủ"
    assert found["1158/QĐ-TTg"].title is None  # the next number is no subject
    assert issuers["15/KH-UBND"] == issuers["88/KH-UBND"] == "Ủy ban nhân dân tỉnh Tây Ninh"
    assert issuers["57-NQ/TW"] is None  # another code: not the next one's issuer, "Chính phủ"


def test_an_opening_on_the_basis_of_a_document_is_based_on_it_and_a_direction_names_who_gave_it():
    found = refs("Trên cơ sở Kế hoạch số 01-KH/BCĐTW ngày 30/01/2025 của Ban Chỉ đạo Trung ương;\n"
                 "Theo chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 123/UBND-KGVX ngày 10/02/2025;\n"
                 "Trên cơ sở đề xuất của Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 01/3/2025;\n"
                 "UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU", first_section=400)
    assert {number: ref.relation for number, ref in found.items()} == {
        "01-KH/BCĐTW": "based_on", "123/UBND-KGVX": "references", "45/TTr-SKHCN": "references"}
    assert found["123/UBND-KGVX"].issuer == "Ủy ban nhân dân tỉnh Tây Ninh"


def test_an_issuer_ends_with_its_sentence_but_not_at_a_city_s_abbreviation():
    found = refs("Kế hoạch nhằm triển khai Quyết định số 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ. Theo đó, "
                 "đến năm 2025 hỗ trợ 20 tổ chức; Quyết định số 12/QĐ-UBND của UBND TP. Hồ Chí Minh.")
    assert found["1158/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    assert found["12/QĐ-UBND"].issuer.endswith("TP. Hồ Chí Minh")


@pytest.mark.parametrize("opening", ["Kế hoạch nhằm triển khai hiệu quả", "Kế hoạch này được ban hành để thực hiện",
                                     "Chương trình nhằm thực hiện"])
def test_a_news_item_s_sentence_saying_the_plan_carries_out_a_document(opening):
    found = refs(f"{opening} Quyết định số 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ.\n"
                 "Kế hoạch nêu Quyết định số 12/QĐ-UBND.\n")
    assert (found["1158/QĐ-TTg"].relation, found["12/QĐ-UBND"].relation) == ("implements", "references")


def test_an_official_letter_s_issuer_from_the_code_before_its_unit_or_named_before_it():
    found = refs("Căn cứ Công văn số 1234/BKHCN-PC ngày 01/7/2025; ý kiến của Sở Tài chính tại Văn bản số 88/STC-NS "
                 "ngày 02/7/2025.")
    assert (found["1234/BKHCN-PC"].issuer, found["88/STC-NS"].issuer) == (
        "Bộ Khoa học và Công nghệ", "Sở Tài chính tỉnh Tây Ninh")


def test_short_names_given_to_cited_documents():
    names = short_names(split_lines(
        "Thực hiện Kế hoạch số 123/KH-UBND ngày 01/02/2021 của UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW (sau đây "
        "gọi tắt là Kế hoạch 123); Nghị quyết số 20-NQ/TW (gọi tắt là Nghị quyết 20); Quyết định số 569/QĐ-TTg "
        "(sau đây gọi tắt là Chiến lược); Nghị quyết số 71/NQ-CP (sau đây gọi là Nghị quyết 71/NQ-CP)."))
    # the nearest document of the name's type; a name without a number, or with the whole one, is none
    assert {name: mention.number for name, mention in names.items()} == {
        "Kế hoạch 123": "123/KH-UBND", "Nghị quyết 20": "20-NQ/TW"}


def test_a_year_or_place_after_a_number_is_no_subject():
    (ref,) = refs("Thực hiện Nghị quyết 57-NQ/TW năm 2025.").values()
    assert ref.title is None  # the plan's year, or the document's, says nothing of what it is about
    (ref,) = refs("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh.").values()
    assert ref.title is None  # nor does the plan's place
    (ref,) = refs("Căn cứ Quyết định 569/QĐ-TTg năm 2022 về Chiến lược phát triển khoa học, công nghệ và đổi mới sáng "
                  "tạo đến năm 2030;").values()
    assert ref.title == "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030"


@pytest.mark.parametrize("body", ["Ban Thường vụ Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh", "HĐND tỉnh"])
def test_a_subject_ends_where_the_citing_sentence_names_its_own_issuer(body):
    text = (f"Thực hiện Kế hoạch số 01-KH/BCĐTW, ngày 16/02/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, "
            f"công nghệ, {body} xây dựng Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n")
    found = refs(text, first_section=text.index("I. MỤC ĐÍCH"))
    assert found["01-KH/BCĐTW"].title == "phát triển khoa học, công nghệ"


def test_what_befalls_a_replaced_document_is_no_subject_of_it():
    text = "Quyết định số 456/QĐ-UBND ngày 01/3/2021 của UBND tỉnh hết hiệu lực.\n"
    ref = refs(text)["456/QĐ-UBND"]
    assert (ref.relation, ref.title) == ("replaces", None)


def test_a_basis_named_after_theo_by_its_type_not_a_proposal():
    text = ("Theo Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng và Thông báo số 48-TB/TU "
            "ngày 01/02/2025 của Ban Thường vụ Tỉnh ủy;\nTheo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số "
            "88/TTr-SKHCN ngày 05/5/2025.\nI. MỤC ĐÍCH\n")
    found = refs(text, first_section=text.index("I. MỤC ĐÍCH"))
    assert [found[n].relation for n in ("123-KL/TW", "48-TB/TU", "88/TTr-SKHCN")] == [
        "based_on", "based_on", "references"]
