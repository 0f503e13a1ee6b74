"""Load run: 64 connections for 60 s on loopback against upward lineage, a named query and /sparql.

    .venv/bin/python bench/load.py [--store PATH] [--seconds 60] [--connections 64]

Builds the sample corpus into a fresh store unless --store names one, starts `stikg serve`, runs wrk
(apt-get install wrk) with the three requests in turn, and writes bench/LOAD.md: requests per second,
latency percentiles, and every error (non-2xx answers, socket errors), which should be zero.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent
TASK = "https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
SPARQL = ("PREFIX sti: <https://w3id.org/stikg/ontology#> SELECT ?plan ?number WHERE { "
          "?plan sti:implements/sti:documentNumber \"569/QĐ-TTg\" ; sti:documentNumber ?number } LIMIT 100")
PATHS = [
    "/api/lineage?" + urllib.parse.urlencode({"direction": "up", "iri": TASK}),
    "/api/queries/tasks_without_lead",
    "/sparql?" + urllib.parse.urlencode({"query": SPARQL}),
]

# wrk's Lua hook: the three requests in turn, each connection on its own
SCRIPT = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1], {["Accept"] = "application/json"})
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_sample_store(folder: Path) -> Path:
    store = folder / "store"
    env = {**os.environ, "STIKG_STORE": str(store)}
    subprocess.run([sys.executable, "-m", "stikg.cli", "build"], env=env, check=True, capture_output=True)
    return store


def serve(store: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "STIKG_STORE": str(store), "STIKG_PORT": str(port)}
    server = subprocess.Popen([sys.executable, "-m", "stikg.cli", "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            for path in PATHS:  # each answers, and is warm
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as answer:
                    assert answer.status == 200, path
            return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise RuntimeError("the server did not answer in 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: the sample corpus, built now)")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store or build_sample_store(Path(scratch))
        script = Path(scratch) / "rotate.lua"
        script.write_text(SCRIPT % ", ".join(f'"{p}"' for p in PATHS), encoding="utf-8")
        port = free_port()
        server = serve(store, port)
        try:
            command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", "-s", str(script),
                       f"http://127.0.0.1:{port}"]
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        finally:
            server.terminate()
            server.wait(timeout=30)
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    report = "\n".join([
        "# Load run", "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"- command: `.venv/bin/python bench/load.py{' --store ' + str(args.store) if args.store else ''} "
        f"--seconds {args.seconds} --connections {args.connections}`",
        f"- store: {'the sample corpus' if not args.store else args.store}; server: `stikg serve` with its defaults",
        "- requests, in turn: " + "; ".join(f"`{p[:90]}`" for p in PATHS),
        f"- errors (non-2xx answers and socket errors): **{errors}**", "",
        "```", output.strip(), "```", ""])
    (HERE / "LOAD.md").write_text(report, encoding="utf-8")
    print(report)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
