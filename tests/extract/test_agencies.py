import pytest

from stikg.graph.extract.agencies import (
    agency_kind,
    canonical_agency,
    leading_agencies,
    partners_named,
    split_parties,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở NN&PTNN", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở KH-ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở KH&CN (Chi cục Tiêu chuẩn Đo lường Chất lượng)", "Sở Khoa học và Công nghệ"),
        ("Sở Y tế đặt hàng", "Sở Y tế"),
        ("Thủ trưởng các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh"),
        ("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),  # a minister: the ministry
        ("Liên hiệp KHKT tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        ("Đài phát thanh truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
        # the departments and bodies of the 2025 reorganisation, and the mass organisations' abbreviations
        ("Sở NNMT", "Sở Nông nghiệp và Môi trường"),
        ("Sở DT&TG", "Sở Dân tộc và Tôn giáo"),
        ("Báo và PTTH tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("UBMTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh"),
        ("HLHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Đoàn TNCS HCM tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
        ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("KBNN tỉnh", "Kho bạc Nhà nước tỉnh"),
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Sở NN-PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("VP UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Trường ĐH Tây Nguyên", "Trường Đại học Tây Nguyên"),
        # joined by an en dash or a hyphen without spaces
        ("Sở Khoa học – Công nghệ", "Sở Khoa học và Công nghệ"),
        ("Sở Khoa học-Công nghệ", "Sở Khoa học và Công nghệ"),
        # half written out, half abbreviated
        ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Tài nguyên và MT", "Sở Tài nguyên và Môi trường"),
        ("Sở Kế hoạch và ĐT", "Sở Kế hoạch và Đầu tư"),
        # a canonical name however its letters are cased or its tones placed: one agency, one label
        ("Sở Y Tế", "Sở Y tế"),
        ("Sở Thông tin và truyền thông", "Sở Thông tin và Truyền thông"),
        ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Bộ khoa học và công nghệ", "Bộ Khoa học và Công nghệ"),
        ("Sở KHCN&CĐS", "Sở KHCN&CĐS"),  # an abbreviation inside a longer one is left alone
        ("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư"),  # "và" written as a dash or "&"
        ("Sở Nông nghiệp & PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Giao thông - Vận tải tỉnh", "Sở Giao thông vận tải tỉnh"),
        ("Sở Tài chính - Kế hoạch", "Sở Tài chính - Kế hoạch"),  # no known name: as written
        ("Sở KH,CN", "Sở Khoa học và Công nghệ"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),  # not "Việt Nam Việt Nam"
        ("BQL KKT", "Ban Quản lý Khu kinh tế"),
    ],
)
def test_canonical_names(written, canonical):
    assert canonical_agency(written) == canonical


def test_agency_kind_counts_across_provinces():
    assert agency_kind("Sở Khoa học và Công nghệ") == "so_khcn"
    assert agency_kind("Các sở, ban, ngành") is None


@pytest.mark.parametrize(
    ("cell", "parties"),
    [
        ("Các sở, ban, ngành tỉnh; UBND huyện, thị xã, thành phố",
         ["Các sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố"]),
        ("Sở Tài chính; Đại học Huế, Học viện Nông nghiệp Việt Nam",
         ["Sở Tài chính", "Đại học Huế", "Học viện Nông nghiệp Việt Nam"]),
        # the joint office of two councils is one party; an office and a committee are two
        ("Văn phòng HĐND và UBND huyện; Văn phòng UBND tỉnh và UBND các huyện",
         ["Văn phòng HĐND và UBND huyện", "Văn phòng UBND tỉnh", "UBND các huyện"]),
        ("Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Tây Ninh, Báo Tây Ninh",
         ["Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình Tây Ninh", "Báo Tây Ninh"]),
        ("Các sở, ban, ngành tỉnh và UBND các huyện - thành phố; các tổ chức và cá nhân liên quan.",
         ["Các sở, ban, ngành tỉnh", "UBND các huyện - thành phố", "Các tổ chức và cá nhân liên quan"]),
        ("- Các Sở: Tài chính, Công thương, Nông nghiệp và Phát triển nông thôn.\n- Ban Quản lý Khu kinh tế.",
         ["Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Ban Quản lý Khu kinh tế"]),
        ("Các Sở: Y tế, Văn hóa, Thể thao và Du lịch; Đài PT-TH",
         ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình"]),
        ("Các sở: Tài chính, Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),  # in small letters, with a colon or without
        ("Các sở Tài chính, Tư pháp", ["Sở Tài chính", "Sở Tư pháp"]),
        # later departments named without their "Sở"
        ("Sở Khoa học và Công nghệ, Tài chính, Kế hoạch và Đầu tư",
         ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Các cơ quan, đơn vị có liên quan", ["Các cơ quan, đơn vị có liên quan"]),
        ("Các Hội, hiệp hội, liên minh HTX", ["Các Hội, hiệp hội, liên minh HTX"]),
        ("UBND các huyện, thị xã, thành phố, đơn vị có liên quan",
         ["UBND các huyện, thị xã, thành phố", "Đơn vị có liên quan"]),
        ("Các sở, ban, ngành tỉnh UBND huyện, thị xã, thành phố",
         ["Các sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố"]),
        ("Văn phòng UBND tỉnh; Sở Nội vụ", ["Văn phòng UBND tỉnh", "Sở Nội vụ"]),  # the committee's own office
        ("Ban cán sự đảng UBND tỉnh", ["Ban cán sự đảng UBND tỉnh"]),
        ("Liên hiệp các Hội KH&KT tỉnh, Tỉnh Đoàn, Liên minh Hợp tác xã tỉnh",
         ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tỉnh Đoàn", "Liên minh Hợp tác xã tỉnh"]),
        # a list that trails off, with the rest in brackets
        ("Các Sở: Y tế, Văn hóa - Thể thao và Du lịch, Công Thương,... (các tổ chức có nhiệm vụ khoa học)",
         ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "Các tổ chức có nhiệm vụ khoa học"]),
        # telecoms and companies, and the provincial offices of the 2025 reform ("Thuế tỉnh", "Thống kê tỉnh")
        ("Viettel Quảng Bình, VNPT Quảng Bình, các doanh nghiệp viễn thông",
         ["Viettel Quảng Bình", "VNPT Quảng Bình", "Các doanh nghiệp viễn thông"]),
        ("Thống kê tỉnh, Kho bạc Nhà nước khu vực XI, Thuế tỉnh",
         ["Thống kê tỉnh", "Kho bạc Nhà nước khu vực XI", "Thuế tỉnh"]),
        ("Bưu điện tỉnh, Công ty Điện lực Quảng Bình", ["Bưu điện tỉnh", "Công ty Điện lực Quảng Bình"]),
        # a council's standing committee, its boards and its deputies' groups, in a resolution's last article
        ("Thường trực HĐND tỉnh, các Ban HĐND tỉnh, các Tổ đại biểu HĐND tỉnh",
         ["Thường trực HĐND tỉnh", "Các Ban HĐND tỉnh", "Các Tổ đại biểu HĐND tỉnh"]),
        # a portal, a hospital, a court, a bank's branch, and the collective institutes and schools
        ("Báo Quảng Ninh, Đài PT-TH tỉnh, Cổng Thông tin điện tử tỉnh",
         ["Báo Quảng Ninh", "Đài Phát thanh và Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh"]),
        ("Sở Y tế, Bệnh viện Đa khoa tỉnh", ["Sở Y tế", "Bệnh viện Đa khoa tỉnh"]),
        ("Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh", ["Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"]),
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh, Kho bạc Nhà nước tỉnh",
         ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Kho bạc Nhà nước tỉnh"]),
        ("Các cơ sở giáo dục đại học, các viện nghiên cứu", ["Các cơ sở giáo dục đại học", "Các viện nghiên cứu"]),
        # a bank's branch is the bank's party; a Sở before another body's branch is a list run together
        ("Trường Chính trị tỉnh, Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 8, Thuế tỉnh",
         ["Trường Chính trị tỉnh", "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 8", "Thuế tỉnh"]),
        ("Sở Tài chính - Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
         ["Sở Tài chính", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]),
        # a university's or an academy's member is one party; a Sở before a university a list run together
        ("Trường Đại học Nông Lâm - Đại học Thái Nguyên; Viện Sinh thái - Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
         ["Trường Đại học Nông Lâm - Đại học Thái Nguyên",
          "Viện Sinh thái - Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
        ("Sở Giáo dục và Đào tạo - Đại học Huế", ["Sở Giáo dục và Đào tạo", "Đại học Huế"]),
        # a collective party with its members named in brackets is the collective, as a department with its unit is
        ("Các cơ quan báo chí (Báo Lâm Đồng, Đài PT-TH tỉnh)", ["Các cơ quan báo chí"]),
        # the armed forces' commands, abbreviated
        ("Công an tỉnh, Bộ CHQS tỉnh, BĐBP tỉnh",
         ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng tỉnh"]),
        ("", []),
    ],
)
def test_split_parties(cell, parties):
    assert split_parties(cell) == parties


def test_abbreviated_mass_organisations_stand_alone_in_a_list():
    assert split_parties("Hội LHPN tỉnh, LĐLĐ tỉnh, BQL các KCN") == [
        "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Ban Quản lý các khu công nghiệp"]
    assert split_parties("Công an tỉnh, BCH Quân sự tỉnh, Sở Tài chính") == [
        "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tài chính"]


def test_leading_agencies_of_a_duty():
    names, duty = leading_agencies("Sở KH&CN chủ trì, phối hợp các sở, ngành, đơn vị liên quan thực hiện:")
    assert names == ["Sở Khoa học và Công nghệ"]
    assert duty.startswith("chủ trì")
    assert leading_agencies("Sở hữu trí tuệ là tài sản") is None
    # a label's words are no agency: "Cơ quan" before its verb, or before words in small letters and a colon
    assert leading_agencies("Cơ quan chủ trì: Sở Khoa học và Công nghệ.") is None
    assert leading_agencies("Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch.") is None
    assert leading_agencies("Đơn vị có liên quan chủ động triển khai.")[0] == ["Đơn vị có liên quan"]
    assert leading_agencies("Các ban xây dựng đảng Tỉnh ủy theo chức năng hướng dẫn, kiểm tra.")[0] == [
        "Các ban xây dựng đảng Tỉnh ủy"]  # their name, not what they do
    assert leading_agencies("Cơ quan Thường trực chủ trì tổng hợp.")[0] == ["Cơ quan Thường trực"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [  # a party committee's programme: its bodies lead, and "lãnh đạo" is what they do, unless it is a name
        ("Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo xây dựng kế hoạch.", ["Đảng ủy Ủy ban nhân dân tỉnh"]),
        ("Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo ban hành chính sách.", ["Đảng đoàn Hội đồng nhân dân tỉnh"]),
        ("Các cấp ủy, tổ chức đảng quán triệt Nghị quyết.", ["Các cấp ủy, tổ chức đảng"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh tăng cường tuyên truyền.",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các đoàn thể chính trị - xã hội tỉnh"]),
        ("Ban Chỉ đạo phát triển khoa học, công nghệ tỉnh chủ trì theo dõi.",
         ["Ban Chỉ đạo phát triển khoa học, công nghệ tỉnh"]),
        # "tổ chức" what they do, not part of their name; "các tổ chức" a name
        ("Các huyện ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Chương trình.",
         ["Các huyện ủy, đảng ủy trực thuộc Tỉnh ủy"]),
        ("Các tổ chức khoa học và công nghệ chủ động triển khai.", ["Các tổ chức khoa học và công nghệ"]),
        ("Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện.", ["Các đảng ủy trực thuộc Tỉnh ủy"]),
        ("Cấp ủy, chính quyền các cấp tăng cường lãnh đạo, chỉ đạo.", ["Cấp ủy, chính quyền các cấp"]),
        ("Các chi bộ, đảng bộ cơ sở tổ chức quán triệt Nghị quyết.", ["Các chi bộ, đảng bộ cơ sở"]),
        # a known name, with its place, ends where what it does begins
        ("Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền.",
         ["Báo Bắc Giang", "Đài Phát thanh và Truyền hình tỉnh"]),
        # what the agencies act by is no part of their names; the members of a steering committee lead
        ("Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động triển khai.", ["Các sở, ban, ngành"]),
        ("Các thành viên Ban Chỉ đạo theo lĩnh vực được phân công chủ động triển khai.",
         ["Các thành viên Ban Chỉ đạo"]),
        ("UBND các huyện, thành phố trong phạm vi quản lý chỉ đạo triển khai.", ["UBND các huyện, thành phố"]),
        # the committee assigning or asking
        ("Giao Sở KH&CN chủ trì triển khai.", ["Sở Khoa học và Công nghệ"]),
        ("Đề nghị Tỉnh Đoàn tuyên truyền về khởi nghiệp.", ["Tỉnh Đoàn"]),
        # a name with a duty's verb in capitals: the name, not its first word
        ("Sở Xây dựng chủ trì, phối hợp với Sở Tài chính triển khai.", ["Sở Xây dựng"]),
        ("Sở Xây dựng tham mưu UBND tỉnh ban hành quy chuẩn.", ["Sở Xây dựng"]),
        # a collective party and how it reports, not a longer name
        ("Các sở, ngành, địa phương định kỳ báo cáo kết quả thực hiện.", ["Các sở, ngành, địa phương"]),
        ("Các doanh nghiệp tích cực đổi mới công nghệ, thực hiện chuyển đổi số.", ["Các doanh nghiệp"]),
        ("Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện.", ["Văn phòng Sở"]),
        # a department's own units, in its own plan
        ("Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch xây dựng kế hoạch chi tiết.", ["Các phòng, đơn vị thuộc Sở"]),
    ],
)
def test_leading_agencies_of_party_bodies_and_assignments(sentence, names):
    assert leading_agencies(sentence)[0] == names


def test_partners_named_by_a_duty():
    assert partners_named("Chủ trì và phối hợp với Sở Tài chính, Cục Thuế hướng dẫn doanh nghiệp") == [
        "Sở Tài chính", "Cục Thuế"]
    assert partners_named("Tăng cường công tác phối hợp các cơ quan, đơn vị trong xây dựng") == []
    assert partners_named("Chủ trì, phối hợp với các cơ quan tuyên truyền Nghị quyết") == ["Các cơ quan"]
    # the party's boards, in a party committee's plan
    assert partners_named("Chủ trì, phối hợp với các ban xây dựng đảng Tỉnh ủy kiểm tra, giám sát") == [
        "Các ban xây dựng đảng Tỉnh ủy"]
    assert partners_named("Chủ trì, phối hợp với các ban, ngành, đoàn thể tỉnh tuyên truyền") == [
        "Các ban, ngành, đoàn thể tỉnh"]
    assert partners_named("Chủ trì, phối hợp với UBMTTQVN tỉnh, BHXH tỉnh tuyên truyền") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Bảo hiểm xã hội tỉnh"]  # abbreviations that open a name
    # a known name, what the parties do running on from it (a verb no rule lists); a place goes on the name
    assert partners_named("Phối hợp với Sở KH&CN khảo sát nhu cầu công nghệ") == ["Sở Khoa học và Công nghệ"]
    assert partners_named("Phối hợp với Sở Tài chính tỉnh Hòa Bình, Sở Nội vụ") == [
        "Sở Tài chính tỉnh Hòa Bình", "Sở Nội vụ"]
    # a verb that ends the parties ends them in small letters only: "Sở Xây dựng", "Trung tâm Hỗ trợ …" are names
    duty = "Chủ trì, phối hợp với Sở Xây dựng, Trung tâm Hỗ trợ khởi nghiệp tỉnh hỗ trợ doanh nghiệp"
    assert partners_named(duty) == ["Sở Xây dựng", "Trung tâm Hỗ trợ khởi nghiệp tỉnh"]
    # how closely they work together is no party, and what they ensure ends the parties
    assert partners_named("Phối hợp chặt chẽ với Sở Tài chính, Sở Nội vụ trong việc bố trí biên chế") == [
        "Sở Tài chính", "Sở Nội vụ"]
    assert partners_named("Chủ trì, phối hợp Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh đảm bảo an ninh mạng") == [
        "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
