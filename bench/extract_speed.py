"""Time extraction of a corpus (default: the sample corpus), in process and without the CLI.

Run: .venv/bin/python bench/extract_speed.py [FOLDER] [--repeat N] [--stress]

With --stress, also pages whose text came as one long line (a site's flattened page): each rule looks near a
number, not at the whole line before or after it, or a line of 5,000 quantities takes minutes.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from stikg.cli import sample_corpus
from stikg.graph.extract import extract_path, extract_text
from stikg.graph.extract.text import prepare

_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 1/KH-UBND\nTây Ninh, ngày 1 tháng 2 năm 2023\nKẾ HOẠCH\nKhoa học\n"
STRESS = {  # name -> a page
    "5,000 quantities on one line": _HEADER + " ".join(
        f"phấn đấu {i}%, {i} doanh nghiệp, năm 20{i % 30:02d}" for i in range(5000)),
    "20,000 document numbers on one line": _HEADER + " ".join(
        f"Căn cứ Quyết định số {i}/QĐ-UBND" for i in range(20000)),
    "a laid-out table's header over 100,000 cells on one line": _HEADER + "TT   Nhiệm vụ   Chủ trì   Thời gian\n1   "
    + "Sở KH&CN  " * 100000,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=sample_corpus())
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--stress", action="store_true", help="also time pages that came as one long line")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))
    size = sum(f.stat().st_size for f in files)
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for path in files:
            extract_path(path)
        runs.append(time.perf_counter() - started)
    print(f"{len(files)} files, {size / 1024:.0f} KiB: median {statistics.median(runs) * 1000:.0f} ms, "
          f"min {min(runs) * 1000:.0f} ms, max {max(runs) * 1000:.0f} ms over {args.repeat} runs")
    for name, page in STRESS.items() if args.stress else ():
        started = time.perf_counter()
        extract_text(prepare(page), "stress.txt")
        print(f"{name} ({len(page) / 1024:.0f} KiB): {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
