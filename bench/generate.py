"""A seeded national corpus of plan texts in the sample corpus's page formats.

Provinces x years x plans; each plan implements a national decision (a few are far more
popular than the rest, as 569/QĐ-TTg is), or a provincial resolution that itself implements a
national one; its appendix carries out earlier plans of its own province (chains of documents);
its targets use the indicators that recur across plans; its tasks name lead and partner agencies; one plan in
five is titled by the name of a national programme alone (links by title).
Texts go through the project's own path (extract -> build -> load), so the graph has the shape
and provenance of real plans.

    python bench/generate.py --plans 100 --out bench/out/corpus
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

NATIONAL = [  # (number, date, subject): the first ones are implemented most
    ("569/QĐ-TTg", "11/5/2022", "ban hành Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030"),
    ("1158/QĐ-TTg", "13/7/2021", "ban hành Chương trình phát triển thị trường khoa học và công nghệ đến năm 2030"),
    ("36/QĐ-TTg", "11/01/2021", "ban hành Kế hoạch tổng thể nâng cao năng suất dựa trên nền tảng khoa học"),
    ("2205/QĐ-TTg", "24/12/2020", "ban hành Chương trình phát triển tài sản trí tuệ đến năm 2030"),
    ("696/QĐ-TTg", "25/5/2020", "về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XI"),
    ("118/QĐ-TTg", "25/01/2021", "ban hành Chương trình đổi mới công nghệ quốc gia đến năm 2030"),
    ("844/QĐ-TTg", "18/5/2016", "phê duyệt Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia"),
    ("1068/QĐ-TTg", "22/8/2019", "phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030"),
] + [(f"{n}/QĐ-TTg", f"{1 + n % 27}/{1 + n % 12}/20{16 + n % 8}", f"về chương trình khoa học số {n}")
     for n in range(1200, 1260)]
PROGRAMMES = [subject.removeprefix("ban hành ") for _, _, subject in NATIONAL if subject.startswith("ban hành ")]
PARTY = [("52-NQ/TW", "27/9/2019", "Bộ Chính trị"), ("20-NQ/TW", "16/6/2022", "Ban Chấp hành Trung ương"),
         ("36-NQ/TW", "30/01/2023", "Bộ Chính trị"), ("50-KL/TW", "30/5/2019", "Ban Bí thư")]
TARGETS = [
    ("Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế đạt {v}%", (30, 55)),
    ("Phấn đấu đạt {v}% tổng chi ngân sách của địa phương cho khoa học và công nghệ", (1, 3)),
    ("Tốc độ đổi mới công nghệ, thiết bị đạt {v}%", (15, 35)),
    ("Hỗ trợ ít nhất {v} doanh nghiệp khởi nghiệp đổi mới sáng tạo", (5, 60)),
    ("Số doanh nghiệp khoa học và công nghệ đạt tối thiểu {v} doanh nghiệp", (3, 40)),
    ("Phấn đấu đạt {v} đơn đăng ký sáng chế và văn bằng bảo hộ sáng chế", (2, 30)),
    ("Giá trị giao dịch của thị trường khoa học và công nghệ tăng bình quân {v}%/năm", (8, 25)),
    ("Hình thành {v} vùng nông nghiệp ứng dụng công nghệ cao", (2, 25)),
    ("Hỗ trợ {v} lượt doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", (2, 20)),
]
AGENCIES = ["Sở KH&CN", "Sở Tài chính", "Sở NN&PTNT", "Sở TT&TT", "Sở KH&ĐT", "Sở Công Thương", "Sở GD&ĐT",
            "Sở Y tế", "Sở TN&MT", "Sở Nội vụ", "Liên hiệp KHKT tỉnh", "Các sở, ban, ngành tỉnh",
            "UBND các huyện, thị xã, thành phố"]
ACTIONS = ["Xây dựng cơ sở dữ liệu về", "Hỗ trợ doanh nghiệp ứng dụng", "Tổ chức hội thảo kết nối về",
           "Đào tạo nguồn nhân lực cho", "Rà soát cơ chế, chính sách về", "Phát triển hệ sinh thái cho",
           "Nghiên cứu, chuyển giao công nghệ về", "Xây dựng thương hiệu cho"]
TOPICS = ["nông nghiệp ứng dụng công nghệ cao", "chuyển đổi số trong doanh nghiệp", "thị trường khoa học và công nghệ",
          "tài sản trí tuệ của tỉnh", "tiêu chuẩn đo lường chất lượng", "khởi nghiệp đổi mới sáng tạo",
          "năng suất chất lượng sản phẩm chủ lực", "công nghệ sinh học", "trí tuệ nhân tạo", "kinh tế tuần hoàn"]


def provinces() -> list[str]:
    path = resources.files("stikg.graph") / "data" / "provinces.csv"
    with path.open(encoding="utf-8") as fh:
        return [row["name"] for row in csv.DictReader(fh)]


@dataclass
class Plan:
    province: str
    number: int
    year: int
    month: int
    day: int


class CorpusGenerator:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.provinces = provinces()
        self.earlier: dict[str, list[Plan]] = {}

    def national(self) -> tuple[str, str, str]:
        """A national decision, the first few far more often (a Zipf-like law)."""
        rank = min(int(self.rng.paretovariate(1.1)) - 1, len(NATIONAL) - 1)
        return NATIONAL[rank]

    def plans(self, count: int):
        for i in range(count):
            province = self.provinces[i % len(self.provinces)]
            year = 2016 + (i // len(self.provinces)) % 15
            plan = Plan(province, 100 + i, year, 1 + self.rng.randrange(12), 1 + self.rng.randrange(28))
            yield f"{i:06d}.txt", self.text(plan, i % 3)
            self.earlier.setdefault(province, []).append(plan)

    def text(self, plan: Plan, layout: int) -> str:
        rng, province = self.rng, plan.province
        number, date, subject = self.national()
        party = rng.choice(PARTY)
        resolution = f"{rng.randrange(1, 60):02d}-NQ/TU"
        lines = [
            f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "-------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            f"Số: {plan.number}/KH-UBND", f"{province}, ngày {plan.day:02d} tháng {plan.month} năm {plan.year}",
            "KẾ HOẠCH", self.title(plan, number),
            f"Thực hiện Quyết định số {number} ngày {date} của Thủ tướng Chính phủ {subject}; Nghị quyết số "
            f"{resolution} ngày 15/3/{plan.year} của Tỉnh ủy {province} thực hiện Nghị quyết số {party[0]} ngày "
            f"{party[1]} của {party[2]}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Cụ thể hóa các nhiệm vụ trên địa bàn tỉnh.",
            "II. MỤC TIÊU", f"1. Mục tiêu đến năm {max(2025, plan.year)}",  # no plan aims at a year already past
        ]
        chosen = rng.sample(TARGETS, rng.randrange(4, 8))
        for n, (template, (low, high)) in enumerate(chosen):
            if n == len(chosen) // 2:
                lines.append("2. Mục tiêu đến năm 2030")
            lines.append("- " + template.format(v=rng.randrange(low, high)) + ".")
        lines.append("III. NHIỆM VỤ VÀ GIẢI PHÁP")
        for n in range(1, rng.randrange(3, 7)):
            lines += [f"{n}. {rng.choice(ACTIONS)} {rng.choice(TOPICS)}",
                      f"{rng.choice(ACTIONS)} {rng.choice(TOPICS)} trên địa bàn tỉnh.",
                      f"- Cơ quan chủ trì: {rng.choice(AGENCIES[:10])}.",
                      f"- Cơ quan phối hợp: {'; '.join(rng.sample(AGENCIES, 2))}.",
                      f"- Thời gian: {plan.year} - 2030."]
        lines += ["IV. TỔ CHỨC THỰC HIỆN", "1. Sở Khoa học và Công nghệ",
                  "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư theo dõi việc thực hiện Kế hoạch.",
                  "2. Sở Tài chính", "Bố trí kinh phí thực hiện Kế hoạch theo quy định.",
                  "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
                  f"(Kèm theo Kế hoạch số {plan.number}/KH-UBND của UBND tỉnh {province})"]
        rows = []
        for n in range(1, rng.randrange(15, 35)):
            earlier = self.earlier.get(province)
            if earlier and rng.random() < 0.15:
                e = rng.choice(earlier)
                title = (f"Tiếp tục triển khai Kế hoạch số {e.number}/KH-UBND ngày {e.day:02d}/{e.month}/{e.year} "
                         f"của UBND tỉnh về {rng.choice(TOPICS)}")
            elif rng.random() < 0.1:
                nn, nd, ns = self.national()
                title = f"Kế hoạch thực hiện Quyết định số {nn} ngày {nd} của Thủ tướng Chính phủ {ns}"
            else:
                title = f"{rng.choice(ACTIONS)} {rng.choice(TOPICS)} trên địa bàn tỉnh"
            rows.append((str(n), title, rng.choice(AGENCIES[:10]), "; ".join(rng.sample(AGENCIES, 2)),
                         rng.choice(["Hằng năm", f"{plan.year}", f"{plan.year} - 2030"])))
        lines += self.table(rows, layout)
        return "\n".join(lines) + "\n"

    @staticmethod
    def title(plan: Plan, number: str) -> str:
        """Most plans are titled by the decision they carry out; one in five, as Tây Ninh's 5008/KH-UBND is, by the
        name of a national programme alone, which only a link by title reaches (graph/title_links.py)."""
        if plan.number % 5:
            return f"THỰC HIỆN QUYẾT ĐỊNH SỐ {number.upper()} GIAI ĐOẠN {plan.year}-2030"
        programme = PROGRAMMES[plan.number // 5 % len(PROGRAMMES)]
        return f"Triển khai {programme} trên địa bàn tỉnh {plan.province} giai đoạn {plan.year}-2030"

    @staticmethod
    def table(rows: list[tuple[str, ...]], layout: int) -> list[str]:
        """The appendix in one of the three renderings of the sample corpus."""
        header = ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
        if layout == 0:  # pipe rows
            return [" | ".join(header) + " |"] + [" | ".join(row) + " |" for row in rows]
        if layout == 1:  # cells between pipe lines
            return [line for row in (header, *rows) for cell in row for line in (cell, "|")]
        return [line for row in (header, *rows) for cell in row for line in (cell, "")]  # one cell per line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/out/corpus"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in CorpusGenerator(args.seed).plans(args.plans):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"{args.plans} plans written to {args.out}")


if __name__ == "__main__":
    main()
