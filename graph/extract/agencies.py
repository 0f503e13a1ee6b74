"""Agency names: split a cell or heading into parties, and give each its canonical name.

The abbreviations live in ``graph/data/agency_abbreviations.csv``; this module
holds only the rules of how parties are written.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .lexicon import tone_free_key


@dataclass(frozen=True)
class Abbreviation:
    written: str
    pattern: re.Pattern
    canonical: str
    kind: str


@cache
def gazetteer() -> tuple[Abbreviation, ...]:
    """Abbreviation table, longest first so 'Sở KH&ĐT' wins over 'KH'."""
    path = resources.files("stikg.graph") / "data" / "agency_abbreviations.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows.sort(key=lambda r: -len(r["abbreviation"]))
    return tuple(
        Abbreviation(
            r["abbreviation"],
            re.compile(r"(?<!\w)" + re.escape(r["abbreviation"]) + r"(?![\w&])", re.IGNORECASE),  # not "Sở KHCN&CĐS"
            r["canonical"],
            r["kind"],
        )
        for r in rows
    )


# Words an agency name starts with (case matters: "Ban" heads a name, "ban" is
# part of the collective "các sở, ban, ngành").
_HEADS = (
    "Sở", "Các Sở", "Các sở", "các sở", "các Sở", "UBND", "Ủy ban", "Uỷ ban", "HĐND", "Hội đồng", "Ban", "Báo", "Đài",
    "Cục", "Chi cục", "Công an", "Bộ", "Liên hiệp", "Liên đoàn", "Hội", "Hiệp hội", "Trung tâm",
    "Trường", "Văn phòng", "Viện", "Tỉnh đoàn", "Tỉnh Đoàn", "Thành đoàn", "Thành Đoàn", "Tỉnh ủy", "Tỉnh uỷ",
    "Thành ủy", "Thành uỷ", "Liên minh", "Đoàn", "Thanh tra", "Kho bạc", "LĐLĐ", "BQL", "MTTQ", "BCH", "BCHQS",
    "UBMTTQ", "UBMTTQVN", "MTTQVN", "HLHPN", "NHNN", "BHXH", "KBNN", "VPUBND",  # as agency_abbreviations.csv spells
    "Ngân hàng", "Bảo hiểm", "Quỹ", "Phân hiệu", "PH", "Mặt trận", "Cơ quan", "Các cơ quan", "các cơ quan",
    "Các đơn vị", "các đơn vị", "Các tổ chức", "các tổ chức", "Các trường", "các trường", "Các ngành",
    "các ngành", "Các Hội", "các Hội", "Các hội", "Các địa phương", "các địa phương", "Các doanh nghiệp",
    "các doanh nghiệp", "Các huyện", "các chủ thể", "Các chủ thể", "tổ chức đầu mối", "Đơn vị",
    "Các phòng", "các phòng",  # "Các phòng, đơn vị thuộc Sở", in a department's own plan
    "Cổng Thông tin", "Cổng thông tin", "Bệnh viện", "Tòa án", "Chi nhánh", "Các cơ sở", "các cơ sở", "Các viện",
    "các viện", "Các bệnh viện", "các bệnh viện",
    "đơn vị", "Thủ trưởng", "Chủ tịch", "Giám đốc", "Lãnh đạo", "Người đứng đầu",
    # the party's bodies, in a party committee's programme
    "Đảng ủy", "Đảng uỷ", "Đảng đoàn", "Các cấp ủy", "các cấp ủy", "Các cấp uỷ", "Các huyện ủy", "Các đoàn thể",
    "các đoàn thể", "Cấp ủy", "Cấp uỷ", "Các đảng ủy", "các đảng ủy", "Các đảng uỷ", "Các huyện uỷ", "Các thị ủy",
    "Đảng bộ", "Các đảng bộ", "các đảng bộ", "Chi bộ", "Các chi bộ", "các chi bộ",
    "Đại học", "Học viện",  # "Đại học Huế", a university of its own, not a "Trường"
    "Thường trực",  # "Thường trực HĐND tỉnh", in a resolution's last article, with "các Ban", "các Tổ đại biểu"
    "Các thành viên", "các thành viên", "Thành viên",  # "Các thành viên Ban Chỉ đạo", in a steering committee's plan
    "các Ban", "Các Ban", "các Tổ đại biểu", "Các Tổ đại biểu",
    "các ban", "Các ban",  # "phối hợp với các ban xây dựng đảng Tỉnh ủy", "các ban, ngành, đoàn thể tỉnh"
    "Phòng",  # a department's or district's office: "Phòng Quản lý khoa học", "Phòng Kinh tế" (not "Phòng, chống")
    "Thuế tỉnh", "Thuế thành phố", "Thống kê tỉnh", "Thống kê thành phố",  # as the 2025 reform names them
    "BĐBP", "Bộ đội Biên phòng",  # "Công an tỉnh, Bộ CHQS tỉnh, BĐBP tỉnh"
    "Viettel", "VNPT", "MobiFone", "FPT", "Bưu điện", "Tập đoàn", "Tổng công ty", "Tổng Công ty", "Công ty",
)
_HEAD_RE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?!\w)")
# Words that start like an agency but are not one.
_NOT_AGENCY = re.compile(
    r"^(?:Sở hữu|Ban hành|Bộ tiêu chí|Bộ chỉ số|Hội nghị|Hội thảo|Hội thi|Hội nhập|Đơn vị tính|Quỹ đất)\b"
    r"|^Phòng(?!\s+(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
_ROLE_PREFIX = re.compile(r"^(?:Thủ trưởng|Chủ tịch|Giám đốc|Lãnh đạo|Người đứng đầu|Trưởng|"
                          r"(?:Bộ|Thứ) trưởng(?=\s+Bộ\s)|"  # "Bộ trưởng Bộ Khoa học và Công nghệ": the ministry
                          r"Chánh(?=\s+(?:Văn phòng|Thanh tra)))\s+", re.IGNORECASE)  # not "Chánh án"
_ROLE_SUFFIX = re.compile(r"\s+(?:đặt hàng|chủ trì|phối hợp|thực hiện|là cơ quan.*)$", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_ALL_SO = re.compile(r"^[Cc]ác [Ss]ở(?:\s*:\s*|\s+(?=[A-ZĐ]))(.+)$")  # "Các Sở: Tài chính, …", "Các sở Tài chính, …"


def starts_with_agency(text: str) -> bool:
    text = text.strip()
    return bool(_HEAD_RE.match(text)) and not _NOT_AGENCY.match(text)


@lru_cache(maxsize=4096)  # a plan names the same few agencies in every task, each through every abbreviation
def canonical_agency(name: str) -> str:
    """'Sở KH&CN (Chi cục TĐC)' -> 'Sở Khoa học và Công nghệ'; collective phrases stay as written."""
    name = _BRACKETS.sub("", name)
    name = _ROLE_PREFIX.sub("", name.strip(" .,;:-–•+"))
    name = _ROLE_SUFFIX.sub("", name)
    for abbr in gazetteer():
        name = abbr.pattern.sub(abbr.canonical, name)
    name = re.sub(r"\s*,\s*", ", ", re.sub(r"\s+", " ", name)).strip(" .,;:")
    name = re.sub(r"\s+(?:và|hoặc)$", "", name)
    if known := canonical_spelling().match(tone_free_key(name)):  # "Sở Y Tế", "Sở Văn hoá, …": one name, one label
        name = known_names()[known.group(0)] + name[known.end():]
    elif name.startswith("Sở ") and _JOINER.search(name):  # "Sở Kế hoạch - Đầu tư", "Sở Nông nghiệp & PTNT",
        for joiner in (" và ", " "):                              # "Sở Giao thông - Vận tải"
            joined = canonical_agency(_JOINER.sub(joiner, name))
            known = canonical_spelling().match(tone_free_key(joined))
            if known and re.fullmatch(r"(?:\s+(?:tỉnh|thành phố)\b.*)?", joined[known.end():]):  # not "Sở KHCN&CĐS"
                return joined
    return name[:1].upper() + name[1:] if name else name


_JOINER = re.compile(r"\s*&\s*|\s*[-–]\s*")


@cache
def known_names() -> dict[str, str]:
    """The gazetteer's canonical names by their ``tone_free_key``."""
    return {tone_free_key(abbr.canonical): abbr.canonical for abbr in gazetteer()}


@cache
def canonical_spelling() -> re.Pattern:
    """A canonical name at the start of a ``tone_free_key``, however its letters were cased or its tones placed."""
    keys = sorted(known_names(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


def agency_kind(canonical: str) -> str | None:
    """The kind key of a canonical name ('so_khcn'), for counting agencies across provinces."""
    for abbr in gazetteer():
        if abbr.kind and canonical.casefold().startswith(abbr.canonical.casefold()):
            return abbr.kind
    return None


_COLLECTIVE = re.compile(r"^[Cc]ác\s")
_BARE_COLLECTIVE = re.compile(r"^(?:đơn vị|ngành|địa phương|cơ quan|tổ chức|cá nhân|hiệp hội|liên minh)\b")


def _starts_new_party(current: str, token: str) -> bool:
    """After "Các sở, ban, ngành" a bare "đơn vị liên quan" is part of the collective; after a named
    agency ("UBND các huyện, thị xã, thành phố") it is a party of its own."""
    if not starts_with_agency(token):
        return False
    if _JOINT_OFFICE.match(current) and _COUNCIL.match(token):  # "Văn phòng HĐND và UBND huyện": one office
        return False
    return not (_COLLECTIVE.match(current.strip()) and _BARE_COLLECTIVE.match(token))


_COUNCIL = re.compile(r"(?:Đoàn ĐBQH|Đoàn đại biểu Quốc hội|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân)\b")
_JOINT_OFFICE = re.compile(rf"^Văn phòng {_COUNCIL.pattern}\s+và\s+$")


_LOST_SEPARATOR = re.compile(r"(?<=[a-zà-ỹđ])(?<!\svà)\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s)")
# Words before "UBND" that make one party with it: a role ("Chủ tịch UBND tỉnh", the role dropped later) or a
# body of the committee's own ("Văn phòng UBND tỉnh", "Ban cán sự đảng UBND tỉnh").
_ROLE_BEFORE = re.compile(r"(?:chủ tịch|thủ trưởng|lãnh đạo|giám đốc|văn phòng|ban cán sự đảng|thường trực|đảng ủy|"
                          r"đảng uỷ|đảng đoàn)$",
                          re.IGNORECASE)


def _split_standalone(piece: str) -> list[str]:
    """Split at ',' or ' và ' where what follows can stand alone as an agency."""
    pieces = _LOST_SEPARATOR.split(piece)
    if len(pieces) > 1:  # "Các sở, ban, ngành tỉnh UBND huyện": a separator lost in the page
        merged = [pieces[0]]
        for part in pieces[1:]:
            if _ROLE_BEFORE.search(merged[-1]):
                merged[-1] += " " + part
            else:
                merged.append(part)
        if len(merged) > 1:
            return [p for part in merged for p in _split_standalone(part)]
    parts: list[str] = []
    current = ""
    for token in re.split(r"(,\s*|\s+và\s+)", piece):
        if re.fullmatch(r",\s*|\s+và\s+", token):
            current += token
            continue
        if current and current.rstrip(", ").strip() and _starts_new_party(current, token):
            sep = re.search(r"(,\s*|\s+và\s+)$", current)
            parts.append(current[: sep.start()] if sep else current)
            current = token
        else:
            current += token
    if current.strip():
        parts.append(current)
    return parts


@cache
def _departments() -> frozenset[str]:
    """Every canonical department name, folded ('sở tài chính')."""
    return frozenset(a.canonical.casefold() for a in gazetteer() if a.canonical.startswith("Sở "))


def _departments_after_one(piece: str) -> list[str] | None:
    """'Sở Khoa học và Công nghệ, Tài chính, Kế hoạch và Đầu tư': the later departments named without their 'Sở',
    when each is a department's name."""
    m = re.match(r"^Sở\s+(.+,.+)$", piece)
    if not m:
        return None
    listed = _departments_listed([p.strip(" .") for p in m.group(1).split(",") if p.strip(" .")])
    return listed if len(listed) > 1 and all(n.casefold() in _departments() for n in listed) else None


@cache
def _department_names() -> tuple[str, ...]:
    """Canonical department names with a comma in them ('Sở Văn hóa, Thể thao và Du lịch')."""
    return tuple({a.canonical for a in gazetteer() if a.canonical.startswith("Sở ") and "," in a.canonical})


def _departments_listed(items: list[str]) -> list[str]:
    """'Các Sở: Tài chính, Văn hóa, Thể thao và Du lịch' -> one 'Sở …' each, known names kept whole."""
    names: list[str] = []
    i = 0
    while i < len(items):
        name = "Sở " + items[i]
        for known in _department_names():
            joined = ", ".join(["Sở " + items[i], *items[i + 1: i + 1 + known.count(",")]])
            if joined.casefold() == known.casefold():
                name, i = known, i + known.count(",")
                break
        names.append(name)
        i += 1
    return names


_MEMBER = re.compile(r"(?:Trường|Viện|Khoa|Trung tâm|Bệnh viện)\s")  # of a university or an academy


def split_parties(text: str) -> list[str]:
    """A cell or heading to canonical party names, in order, without repeats."""
    if not text:
        return []
    candidates: list[str] = []
    listing = False  # inside "Các Sở: A; B; C", where each item is one Sở
    for line in text.split("\n"):
        line = re.sub(r"^\s*[-–•+]\s*", "", line)
        # "Sở X - Đài Y": a list run together; "Trường Đại học X - Phân hiệu Y", "Ngân hàng Nhà nước Việt Nam - Chi
        # nhánh Khu vực 8" are one party, the branch, and "Trường Đại học Nông Lâm - Đại học Thái Nguyên" one, the
        # member of a university or of an academy ("Viện … - Viện Hàn lâm Khoa học và Công nghệ Việt Nam")
        pieces: list[str] = []
        for piece in re.split(r"\s*;\s*|\s[-–]\s(?!Phân hiệu\b)(?=" + _HEAD_RE.pattern[1:] + ")", line):
            before = re.split(r"[,;]", pieces[-1])[-1].strip() if pieces else ""
            if before.startswith("Ngân hàng") and piece.startswith("Chi nhánh") or _MEMBER.match(before) \
                    and piece.startswith(("Đại học", "Viện Hàn lâm")):
                pieces[-1] += " - " + piece
            else:
                pieces.append(piece)
        for piece in pieces:
            piece = piece.strip(" .,;:-–")
            if not piece:
                continue
            listed = _ALL_SO.match(piece)
            if listed or (listing and not starts_with_agency(piece)):
                listing = True
                items = [p.strip(" .") for p in re.split(r"\s*,\s*", listed.group(1) if listed else piece)]
                candidates.extend(_departments_listed([p for p in items if p and not p.startswith("(")]))
                # "Công Thương,... (các tổ chức có …)": a party in brackets after the list, not a Sở
                candidates.extend(p.strip("() ") for p in items if p.startswith("(") and starts_with_agency(p[1:]))
            else:
                listing = False
                # "Các cơ quan báo chí (Báo X, Đài Y)": the members in brackets are the collective's
                piece = re.sub(r"\s*\([^()]*,[^()]*\)", "", piece)
                candidates.extend(_departments_after_one(piece) or _split_standalone(piece))
    names: list[str] = []
    for candidate in candidates:
        name = canonical_agency(candidate)
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return names


# "Các ban xây dựng đảng Tỉnh ủy": a name, whose "xây dựng" is not what the boards do
_BOARDS_NAME = r"(?!(?<=[Cc]ác [Bb]an )xây dựng [Đđ]ảng)"
# Verbs that end the list of agencies a duty starts with ("Sở KH&CN chủ trì, ...").
_DUTY_VERBS = re.compile(
    rf"\s{_BOARDS_NAME}"
    r"(?:chịu trách nhiệm|có trách nhiệm|căn cứ|chủ trì|phối hợp|tham mưu|triển khai|thực hiện|theo dõi|"
    r"hướng dẫn|chủ động|nghiêm túc|khẩn trương|là cơ quan|là đơn vị|làm đầu mối|tổ chức thực hiện|"
    r"xây dựng|đẩy mạnh|tăng cường|quán triệt|tuyên truyền|vận động|bố trí|cân đối|báo cáo|rà soát|đề xuất|"
    r"tiếp tục|định kỳ|kịp thời|tích cực|tổng hợp|kiểm tra|phổ biến|"
    # "tổ chức" as a verb ("… trực thuộc Tỉnh ủy tổ chức quán triệt"), not the noun ("các tổ chức khoa học")
    r"(?<!các )tổ chức(?=\s+(?:quán triệt|triển khai|tuyên truyền|phổ biến|học tập|kiểm tra|giám sát|sơ kết|"
    r"tổng kết|đánh giá|tập huấn|đào tạo|các|việc)\b)|"
    r"lãnh đạo|chỉ đạo|giám sát|đôn đốc|"
    # or what the agencies act by: "Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động …"
    r"theo (?:chức năng|lĩnh vực|thẩm quyền|nhiệm vụ|phân công|phạm vi|địa bàn)|trong phạm vi)(?!\w)",
)  # lower case: a verb, where "Ban Chỉ đạo", "Sở Xây dựng", "Trung tâm Hỗ trợ …" are names
# the committee assigning ("Giao Sở X chủ trì …") or asking a body it does not direct ("Đề nghị Tỉnh Đoàn …")
_ASSIGNING = re.compile(r"^(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân)(?:\s+(?:tỉnh|thành phố))?"
                        r"\s+)?(?:Giao(?:\s+cho)?|Đề nghị|Yêu cầu|Phân công)\s+", re.IGNORECASE)  # "UBND tỉnh giao …"


def addressed(text: str) -> str:
    """'Đề nghị Ủy ban MTTQ tỉnh …', '(UBND tỉnh) giao Sở KH&CN …' -> the words from the parties asked or assigned
    on."""
    return _ASSIGNING.sub("", text.strip())


def _is_label(name: str) -> bool:
    """'Cơ quan' or 'Đơn vị' alone ('Cơ quan chủ trì: …', its verb after it), or before words in small letters and
    a colon ('Cơ quan chủ quản: …'): a label, no agency."""
    words = name.rstrip(":").split()
    return words[:2] in (["Cơ", "quan"], ["Đơn", "vị"]) and (
        len(words) == 2 or name.endswith(":") and all(word.islower() for word in words[2:]))


def leading_agencies(sentence: str) -> tuple[list[str], str] | None:
    """'Sở KH&CN chủ trì, phối hợp ...' (or 'Giao Sở KH&CN chủ trì …') -> (['Sở Khoa học và Công nghệ'],
    'chủ trì, phối hợp ...')."""
    text = addressed(sentence)
    if not starts_with_agency(text):
        return None
    colon = text.find(":")
    verb = _DUTY_VERBS.search(text)
    if colon > 0 and (not verb or colon < verb.start()):  # "Sở Tài chính: bố trí kinh phí"
        end, duty = colon + 1, text[colon + 1:]
    elif verb:
        end, duty = verb.start(), text[verb.start():]
    else:
        return None
    if _is_label(text[:end].strip()):
        return None
    names = [_known_name_alone(name) for name in split_parties(text[:end])]  # not "Đài … tỉnh mở chuyên mục"
    return (names, duty.strip()) if names else None


# "phối hợp" as a verb ("Chủ trì, phối hợp với ..."), not the noun ("công tác phối hợp các cơ quan")
_PARTNER_START = re.compile(
    r"(?<!công tác )(?<!sự )(?<!việc )(?<!cơ chế )(?<!quy chế )phối hợp(?:\s+(?:chặt chẽ|thường xuyên|đồng bộ))?"
    r"(?:\s+(?:với|cùng))?\s+", re.IGNORECASE  # "phối hợp chặt chẽ với Sở Tài chính"
)
_PARTNER_END = re.compile(
    rf"\s*:|\s+(?<!các ){_BOARDS_NAME}"
    r"(?:để|nhằm|trong việc|trong|thực hiện|triển khai|tổ chức|tăng cường|xây dựng|đẩy mạnh|nghiên cứu|tham mưu|"
    r"hướng dẫn|điều phối|đề xuất|tập huấn|rà soát|tổng hợp|trình|bố trí|thẩm tra|"
    r"hỗ trợ|cân đối|theo dõi|kiểm tra|đánh giá|thúc đẩy|căn cứ|ban hành|tuyên truyền|quán triệt|đảm bảo|bảo đảm|"
    r"giám sát|chỉ đạo|phổ biến|vận động|xử lý|cung cấp|khảo sát|kết nối|sắp xếp|hoàn thiện)(?!\w)"
    r"|\.\s|\.$|,\s+(?:căn cứ|chủ trì)",
)  # lower case, as _DUTY_VERBS


def partners_named(duty: str) -> list[str]:
    """The parties a duty says it works with: 'phối hợp với Sở Tài chính, Cục Thuế hướng dẫn ...'."""
    start = _PARTNER_START.search(duty)
    if not start:
        return []
    rest = duty[start.end():]
    end = _PARTNER_END.search(rest)
    span = rest[: end.start()] if end else rest
    if not starts_with_agency(span):
        return []
    return [_known_name_alone(party) for party in split_parties(span)]


_PLACE_AFTER = re.compile(r" (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\b(?: [A-ZĐÀ-Ỹ]\w*)*")


def _known_name_alone(party: str) -> str:
    """'Sở Khoa học và Công nghệ khảo sát nhu cầu …' -> 'Sở Khoa học và Công nghệ': a known name that what the
    parties do runs on from (a word in small letters after it, or after its place: 'Đài … tỉnh mở chuyên mục')."""
    known = canonical_spelling().match(tone_free_key(party))
    if not known:
        return party
    place = _PLACE_AFTER.match(party, known.end())  # "… tỉnh", "… tỉnh Bắc Giang": still the name
    end = place.end() if place else known.end()
    rest = party[end:]
    return party[:end] if rest[:1] == " " and rest[1:2].islower() else party
