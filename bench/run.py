"""Benchmarks at national scale: build a generated corpus, then time every user question.

    .venv/bin/python bench/run.py --sizes 100k,1M,5M [--rdflib [--rdflib-up-to 1M]] [--load]

For each size: generates plan texts (bench/generate.py), builds a new on-disk store from them as
`stikg build` does (extract, build, validate in a worker process per core; then load all at once, with the
lineage closure), and times each question through the store,
through the REST API of a live `stikg serve`, against the plain-SPARQL baseline (property paths)
and, with --rdflib, against rdflib's memory store. --load adds wrk runs of 60 s on upward lineage,
one per serving setup of WRK_SETUPS and way of asking (one task again and again; up to 20,000 tasks in turn, where
there are more than four times the answers a web process keeps), each after 10 s of warm-up.
Each size runs in a process of its own. Writes bench/RESULTS.md (and bench/out/, which is not committed).
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from generate import CorpusGenerator  # noqa: E402

from stikg.api.service import RECENT_ANSWERS  # noqa: E402
from stikg.graph.build import read_source  # noqa: E402
from stikg.graph.ingest import ingest, load, prepare_graphs  # noqa: E402
from stikg.graph.iris import Minter  # noqa: E402
from stikg.graph.lineage import (  # noqa: E402
    lineage_down,
    lineage_down_provinces,
    lineage_down_summary,
    lineage_up,
)
from stikg.graph.search import phrase_key, rarest_token  # noqa: E402
from stikg.graph.store import GraphStore  # noqa: E402

BASE = "https://w3id.org/stikg/id/"
OUT = Path(__file__).parent / "out"
# common words, one rare one, and no title holds them together: the search that scanned every title with its
# longest word ("truong") before it looked up its rarest word first
ABSENT_PHRASE = "phát triển thị trường vũ trụ"
TRIPLES_PER_PLAN = 1450  # measured on the generated corpus; sizes are approximate


def parse_size(text: str) -> int:
    text = text.strip().lower()
    return int(float(text[:-1]) * {"k": 1e3, "m": 1e6}[text[-1]]) if text[-1] in "km" else int(text)


def timed(fn, repeat: int) -> tuple[list[float], object]:
    runs, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - started) * 1000)
    return runs, result


def figure(runs: list[float]) -> str:
    return f"{statistics.median(runs):.1f} ({min(runs):.1f}–{max(runs):.1f})"


def ready(_: int) -> None:
    """Run once in each worker before the clock starts: a spawned worker imports stikg on its first task."""
    time.sleep(0.2)  # long enough that each worker takes one


def search_page(store: GraphStore, phrase: str) -> list[dict]:
    """A page of 50 of a text search, as /api/search asks it: its rarest word first."""
    return store.named_rows("search", limit=50, offset=0, token=ox.Literal(rarest_token(store, phrase)),
                            text=ox.Literal(phrase_key(phrase)), kind=ox.Literal(""))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(root: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(root + "/openapi.json", timeout=1)
            return
        except OSError:
            time.sleep(0.1)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, from /proc."""
    total = 0
    pids = [pid] + [int(p) for p in (Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
                                     if Path(f"/proc/{pid}/task/{pid}/children").exists() else [])]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def bench_size(size: int, use_rdflib: bool, load_run: bool) -> dict:
    plans = max(10, size // TRIPLES_PER_PLAN)
    folder = OUT / f"{size}"
    corpus, store_path = folder / "corpus", folder / "store"
    shutil.rmtree(folder, ignore_errors=True)
    corpus.mkdir(parents=True)
    generator = CorpusGenerator(seed=7)
    for name, text in generator.plans(plans + 2):
        (corpus / name).write_text(text, encoding="utf-8")
    files = sorted(corpus.glob("*.txt"))
    extra, files = files[-2:], files[:-2]
    result: dict = {"size": size, "plans": len(files)}

    # As `stikg build` does it: read, extract, build and validate in worker processes, then load into a new store
    # on disk. Workers spawned, not forked (a forked one inherits this process's heap, which its garbage collections
    # walk), and started before the clock.
    workers = os.cpu_count() or 2
    minter = Minter(BASE)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool, \
            GraphStore(store_path) as store:
        list(pool.map(ready, range(workers)))
        started = time.perf_counter()
        sources = list(pool.map(read_source, files, chunksize=8))
        prepared = prepare_graphs(store, sources, minter, pool)
        loading = time.perf_counter()
        load(store, prepared, minter)
        done = time.perf_counter()
        triples = sum(item.text.count("\n") for item in prepared)
        result["pipeline_docs_per_s_per_core"] = len(files) / (done - started) / workers
        result["prepare_s"], result["load_s"] = loading - started, done - loading
        result["violations"] = sum(len(item.report.violations) for item in prepared)
        result["triples"] = triples
        result["quads_in_store"] = len(store)
        result["load_triples_per_s"] = triples / (done - loading)

        # questions, straight to the store
        decision = BASE + "doc/vn/2022/569-qd-ttg"
        task = next(r["task"] for r in store.select(
            "SELECT ?task WHERE { ?task <https://w3id.org/stikg/ontology#implements> ?d ; "
            "<https://w3id.org/stikg/ontology#localId> ?id FILTER(STRSTARTS(?id, 'appendix')) } LIMIT 1"))
        tasks = [r["task"] for r in store.select(  # for questions each asked once: none answered from memory
            "SELECT ?task WHERE { ?task a <https://w3id.org/stikg/ontology#Task> } LIMIT 20000") if r["task"] != task]
        phrase = "thị trường khoa học"
        largest = max(lineage_down_provinces(store, decision), key=lambda t: (t["planCount"], t["jurisdiction"]))[
            "jurisdiction"]
        indicator = ox.NamedNode(BASE + "indicator/tfp-share")
        questions = {
            "down lineage of 569/QĐ-TTg (closure)": (lambda: lineage_down(store, decision), 11),
            "down lineage of 569/QĐ-TTg (plain property paths)": (
                lambda: lineage_down(store, decision, "lineage_down_paths"), 3),
            "plans carrying out 569/QĐ-TTg, tasks counted": (lambda: lineage_down_summary(store, decision), 21),
            "569/QĐ-TTg by province, plans and tasks counted (tallies)": (
                lambda: lineage_down_provinces(store, decision), 51),
            "569/QĐ-TTg in its province with most plans (drill-down)": (
                lambda: lineage_down(store, decision, jurisdiction=largest), 11),
            "up lineage of a task": (lambda: lineage_up(store, task), 21),
            "text search (word index, a page of 50)": (lambda: search_page(store, phrase), 21),
            "text search for a phrase no title holds": (lambda: search_page(store, ABSENT_PHRASE), 21),
            "text search (plain CONTAINS scan)": (lambda: list(store.select(
                "PREFIX fn: <https://w3id.org/stikg/function#> SELECT ?s WHERE { ?s "
                "<http://purl.org/dc/terms/title> ?t FILTER(CONTAINS(fn:fold(?t), 'thi truong khoa hoc')) }")), 3),
            "targets of one indicator (a page of 50)": (lambda: store.named_rows(
                "targets_by_indicator", limit=50, offset=0, indicator=indicator), 21),
        }
        store_times = {}
        for name, (fn, repeat) in questions.items():
            runs, answer = timed(fn, repeat)
            store_times[name] = figure(runs)
        down = lineage_down(store, decision)
        result["down_plans"] = sum(len(p) for p in down.values())
        result["down_tasks"] = sum(len(p["tasks"]) for plans in down.values() for p in plans)
        result["down_same_as_baseline"] = down == lineage_down(store, decision, "lineage_down_paths")
        result["tallies_agree"] = [(r["province"], r["planCount"], r["taskCount"])
                                   for r in lineage_down_provinces(store, decision)] == [
            (province, len(plans), sum(len(p["tasks"]) for p in plans)) for province, plans in down.items()]
        result["store"] = store_times

        # one more plan into the large store, then another: extract, build, validate, load (with the title links
        # and the closure), publish; the first in this process also parses queries and reads reference data once
        result["ingest_one_plan_s"] = []
        for path in extra:
            started = time.perf_counter()
            assert ingest(store, [read_source(path)], minter)[0].loaded
            result["ingest_one_plan_s"].append(time.perf_counter() - started)

    result["api"], result["api_more"], result["server_rss_mb"] = api_times(store_path, decision, task, tasks, phrase,
                                                                           largest)
    if load_run:
        ways = {"one task again and again": None}
        if len(tasks) > 4 * RECENT_ANSWERS:  # wrk's two threads, half the list apart: no answer still kept
            ways[f"{len(tasks):,} tasks in turn (none from the recent answers kept)"] = tasks
        result["load"] = {f"{setup}; {asked}": wrk_run(store_path, task, env, rotated)
                          for setup, env in WRK_SETUPS.items() for asked, rotated in ways.items()}
    if use_rdflib:
        result["rdflib"] = rdflib_times(store_path, decision)
    return result


def other_questions(task: str) -> dict[str, str]:
    """Pages and routes beyond the goals, timed the first time (what the service keeps, it keeps from then on)."""
    plan = task.split("/task/")[0]
    return {
        "a task's upward lineage asked again (/api/lineage: the first, then from the recent answers kept)":
            "/api/lineage?" + urllib.parse.urlencode({"direction": "up", "iri": task}),
        "a plan and its links both ways (/api/document)": "/api/document?" + urllib.parse.urlencode({"iri": plan}),
        "569/QĐ-TTg and a page of what cites it (/api/document)": "/api/document?" + urllib.parse.urlencode(
            {"iri": BASE + "doc/vn/2022/569-qd-ttg"}),
        "SPARQL service description (/sparql, Turtle; its counts kept)": "/sparql?format=ttl",
        "a plan dereferenced (/id/..., its default format)": "/id/" + plan.removeprefix(BASE),
        "agencies of every province (/api/agencies; kept)": "/api/agencies?size=50",
        "plans, a page of 50 (/api/plans; kept)": "/api/plans?size=50",
        "national targets each province has none of (/api/targets/coverage; kept)": "/api/targets/coverage",
        "VoID (/.well-known/void; kept)": "/.well-known/void",
        "home page (/; kept)": "/",
        "search page, words (/search)": "/search?" + urllib.parse.urlencode({"q": "khoa học"}),
        "search page, a number (/search)": "/search?" + urllib.parse.urlencode({"q": "569/QĐ-TTg"}),
        "a document by number (/api/documents)": "/api/documents?" + urllib.parse.urlencode({"number": "569/QĐ-TTg"}),
        "documents, a page of 50 (/api/documents)": "/api/documents?size=50",
        "target comparison page (/compare: a bar per province, a page of targets; kept)": "/compare",
        "targets beside the national ones (/api/targets/compare, a page of 50; kept)":
            "/api/targets/compare?indicator=tfp_share",
    }


def api_times(store_path: Path, decision: str, task: str, tasks: list[str], phrase: str, province: str
              ) -> tuple[dict, dict, float]:
    port = free_port()
    env = {**os.environ, "STIKG_STORE": str(store_path), "STIKG_PORT": str(port), "STIKG_QUERY_TIMEOUT": "120",
           "STIKG_ROW_CAP": "1000000"}
    server = subprocess.Popen([sys.executable, "-m", "stikg.cli", "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(root)
        calls = {
            "down lineage of 569/QĐ-TTg": (f"/api/lineage?direction=down&iri={decision}", 11),
            "plans carrying out 569/QĐ-TTg, tasks counted": (
                f"/api/lineage?direction=down&detail=plans&iri={decision}", 21),
            "569/QĐ-TTg by province": (f"/api/lineage?direction=down&detail=provinces&iri={decision}", 51),
            "569/QĐ-TTg in its province with most plans": (
                f"/api/lineage?direction=down&iri={decision}&jurisdiction={province}", 21),
            # a different task each time: a task asked about again is answered from memory (Service.recent_rows_async)
            "up lineage of a task": ([f"/api/lineage?direction=up&iri={t}" for t in tasks[:52]], 51),
            "text search": ("/api/search?" + urllib.parse.urlencode({"q": phrase}), 21),
            "text search for a phrase no title holds": ("/api/search?" + urllib.parse.urlencode({"q": ABSENT_PHRASE}),
                                                        21),
            "targets of one indicator (a page of 50)": ("/api/targets?indicator=tfp_share&size=50", 21),
        }
        times = {}
        for name, (path, repeat) in calls.items():
            paths = iter(path if isinstance(path, list) else [path] * (repeat + 1))

            def call(paths=paths):
                return json.load(urllib.request.urlopen(root + next(paths), timeout=300))
            call()  # warm the worker
            runs, _ = timed(call, repeat)
            times[name] = figure(runs)
        more = {}
        for name, path in other_questions(task).items():
            def fetch(path=path):
                return urllib.request.urlopen(root + path, timeout=300).read()
            first, _ = timed(fetch, 1)
            runs, _ = timed(fetch, 5)
            more[name] = (f"{first[0]:.1f}", figure(runs))
        return times, more, rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


# serving setups under load (README, The service): the default, and one web process per core behind a proxy
WRK_SETUPS = {
    "the default: one web process, two query workers, access log": {
        "STIKG_PROCESSES": "1", "STIKG_WORKERS": "2", "STIKG_ACCESS_LOG": "on"},
    "two web processes, one query worker each, no access log": {
        "STIKG_PROCESSES": "2", "STIKG_WORKERS": "1", "STIKG_ACCESS_LOG": "off"},
}


def wrk_run(store_path: Path, task: str, setup: dict[str, str], rotated: list[str] | None) -> str:
    """wrk on upward lineage: of ``task`` every time, or of each of ``rotated`` in turn (bench/rotate.lua)."""
    if not shutil.which("wrk"):
        return "wrk not installed (apt-get install wrk)"
    port = free_port()
    env = {**os.environ, "STIKG_STORE": str(store_path), "STIKG_PORT": str(port), **setup}
    server = subprocess.Popen([sys.executable, "-m", "stikg.cli", "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        url = f"http://127.0.0.1:{port}/api/lineage?direction=up&iri={task}"
        # 10 s first, not measured: wrk keeps its connections for the whole run, so connections opened while a
        # second web process still loads its store all go to the first one, and stay there (measured at 5M: 304
        # requests/s against 908 in the run before, with the same code)
        script = []
        if rotated:
            listed = OUT / "tasks.txt"
            listed.write_text("\n".join(rotated) + "\n", encoding="utf-8")
            url = f"http://127.0.0.1:{port}"
            script = ["-s", str(Path(__file__).parent / "rotate.lua"), url, "--", str(listed)]
        subprocess.run(["wrk", "-t2", "-c64", "-d10s", *(script or [url])], capture_output=True, text=True)
        out = subprocess.run(["wrk", "-t2", "-c64", "-d60s", "--latency", *(script or [url])],
                             capture_output=True, text=True)
        return out.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)


def rdflib_times(store_path: Path, decision: str) -> dict:
    from rdflib import Graph, URIRef

    from stikg.graph.queries import named_query

    with GraphStore(store_path) as store:
        data = store.dump(ox.RdfFormat.N_TRIPLES)
    started = time.perf_counter()
    g = Graph().parse(data=data.decode("utf-8"), format="nt")
    loaded = time.perf_counter() - started
    query = named_query("lineage_down_paths").text
    runs, _ = timed(lambda: list(g.query(query, initBindings={"document": URIRef(decision)})), 1)
    return {"load_s": f"{loaded:.1f}", "down lineage of 569/QĐ-TTg (plain property paths)": figure(runs)}


def write_results(results: list[dict], command: str) -> None:
    lines = ["# Benchmark results", "",
             f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
             f"pyoxigraph {ox.__version__}. Date: {datetime.date.today()}. Command: `{command}`.",
             "Times in milliseconds: median (min–max).", ""]
    for r in results:
        lines += [f"## {r['triples']:,} triples ({r['plans']} generated plans)", "",
                  f"- from text to a new on-disk store, as `stikg build` does it (extract, build, validate in "
                  f"worker processes, then load): {r['pipeline_docs_per_s_per_core']:.1f} documents/s per core of "
                  f"wall clock ({r['prepare_s']:.1f} s to validated graphs, {r['load_s']:.1f} s to load them); "
                  f"SHACL violations: {r['violations']}",
                  f"- the load, with the title links, the lineage closure computed once and the tallies: "
                  f"{r['load_triples_per_s']:,.0f} triples/s "
                  f"({r['quads_in_store']:,} quads stored: named graphs, merged default graph, closure)",
                  f"- ingest of one more plan into it (extract, build, validate, load with the title links and the "
                  f"closure, publish): {r['ingest_one_plan_s'][1] * 1000:.0f} ms (the first in the bench's process: "
                  f"{r['ingest_one_plan_s'][0] * 1000:.0f} ms)",
                  f"- served: resident memory of `stikg serve` and its workers {r['server_rss_mb']:.0f} MB",
                  f"- down lineage of 569/QĐ-TTg: {r['down_plans']} plans, {r['down_tasks']} tasks; identical to the "
                  f"plain property-path answer: {r['down_same_as_baseline']}; "
                  f"the tallies by province count it exactly: {r['tallies_agree']}", "",
                  "| question | through the store | through the REST API |", "| --- | --- | --- |"]
        for name, value in r["store"].items():
            api = r["api"].get(max((k for k in r["api"] if name.startswith(k)), key=len, default=""), "")
            lines.append(f"| {name} | {value} | {api if '(plain' not in name else ''} |")
        lines += ["", "| other questions, through HTTP | first request | next ones |", "| --- | --- | --- |"]
        lines += [f"| {name} | {first} | {next_ones} |" for name, (first, next_ones) in r["api_more"].items()]
        if "rdflib" in r:
            lines += ["", f"rdflib memory store, same graph: load {r['rdflib']['load_s']} s; down lineage by "
                          f"property paths {r['rdflib']['down lineage of 569/QĐ-TTg (plain property paths)']} ms"]
        if "rdflib_skipped" in r:
            lines += ["", f"rdflib memory store: not run above {r['rdflib_skipped']} (`--rdflib-up-to`): the graph "
                          "would not load in reasonable time and memory"]
        if "load" in r:
            for setup, out in r["load"].items():
                lines += ["", f"wrk, 60 s, 64 connections, upward lineage; {setup}:", "", "```", out.strip(), "```"]
        lines.append("")
    (Path(__file__).parent / "RESULTS.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1M")
    parser.add_argument("--rdflib", action="store_true", help="also time rdflib's memory store")
    parser.add_argument("--rdflib-up-to", default="1M", help="largest size to load into rdflib (memory, time)")
    parser.add_argument("--load", action="store_true", help="also run wrk, 60 s per serving setup")
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)  # one size, its result to this file
    args = parser.parse_args()
    if args.result:
        with_rdflib = args.rdflib and parse_size(args.sizes) <= parse_size(args.rdflib_up_to)
        result = bench_size(parse_size(args.sizes), with_rdflib, args.load)
        if args.rdflib and not with_rdflib:
            result["rdflib_skipped"] = args.rdflib_up_to
        args.result.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    # Each size in a process of its own, so that one size's figures owe nothing to what the sizes before it left
    # in memory (rdflib's graph, a store's caches).
    results = []
    for size in args.sizes.split(","):
        print(f"== {size}", flush=True)
        out = OUT / f"{parse_size(size)}.json"
        subprocess.run([sys.executable, __file__, "--sizes", size, "--rdflib-up-to", args.rdflib_up_to,
                        "--result", str(out)] + ["--rdflib"] * args.rdflib + ["--load"] * args.load, check=True)
        text = out.read_text(encoding="utf-8")
        print(text, flush=True)
        results.append(json.loads(text))
        write_results(results, "python bench/run.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
