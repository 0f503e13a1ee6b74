"""Time extraction of a corpus (default: the sample corpus), in process and without the CLI.

Run: .venv/bin/python bench/extract_speed.py [FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from stikg.cli import sample_corpus
from stikg.graph.extract import extract_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=sample_corpus())
    parser.add_argument("--repeat", type=int, default=10)
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


if __name__ == "__main__":
    main()
