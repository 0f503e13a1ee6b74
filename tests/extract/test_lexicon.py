import pytest

from stikg.graph.extract.lexicon import find_province, law_name_pattern, spelled_out, tone_free_key


@pytest.mark.parametrize(("written", "province"), [
    ("tỉnh Đăk Nông", "Đắk Nông"), ("Đăk Lăk", "Đắk Lắk"), ("Bắc Cạn", "Bắc Kạn"), ("tỉnh Kontum", "Kon Tum"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("thành phố Huế", "Huế"),
])
def test_provinces_written_the_usual_ways(written, province):
    assert find_province(written) == province


def test_old_and_new_tone_placement_compare_equal_in_the_key():
    assert tone_free_key("Hoá Thuỷ") == tone_free_key("Hóa Thủy")
    assert len(tone_free_key("Luật Chất lượng sản phẩm, hàng hoá")) == len("Luật Chất lượng sản phẩm, hàng hoá")


def test_a_known_law_is_matched_whole_and_the_longest_name_wins():
    def known(text: str) -> str | None:
        m = law_name_pattern().match(tone_free_key(text))
        return text[: m.end()] if m else None

    assert known("Luật Đầu tư công ngày 13/6/2019") == "Luật Đầu tư công"
    assert known("Luật Đầu tư ngày 17/6/2020") == "Luật Đầu tư"
    assert known("Luật Thuỷ sản năm 2017") == "Luật Thuỷ sản"


def test_a_subject_abbreviated_is_spelled_out_the_longest_first():
    assert spelled_out("Chiến lược phát triển KH,CN&ĐMST và CĐS") == (
        "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo và chuyển đổi số")
    assert spelled_out("Sở KH&CN") == "Sở khoa học và công nghệ"  # a subject's words, for comparing them only
    assert spelled_out("KHCN&ĐMSTX") == "KHCN&ĐMSTX"  # no part of a longer word
