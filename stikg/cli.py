"""The ``stikg`` command line: extract records, build the graph, query and export it, trace lineage."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from functools import partial
from importlib import resources
from pathlib import Path
from time import perf_counter

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from stikg.config import Settings
from stikg.graph.backends import open_store
from stikg.graph.build import SourceDocument, read_source
from stikg.graph.extract import extract_path
from stikg.graph.extract.text import UnreadableInput
from stikg.graph.ingest import ingest, validate_store
from stikg.graph.ingest_log import log_beside
from stikg.graph.iris import Minter
from stikg.graph.lineage import jurisdiction_iri, lineage_down, lineage_up
from stikg.graph.queries import QueryError, bind, named_query
from stikg.graph.remote import RemoteStore
from stikg.graph.store import GraphStore

app = typer.Typer(help="stikg: a knowledge graph of Vietnam's STI plans.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True, highlight=False, emoji=False)
out = Console(soft_wrap=True, highlight=False, emoji=False)
PARALLEL_FROM = 64  # files from which stikg build and extract read (and build) in worker processes


@app.callback()
def main() -> None:
    """stikg: a knowledge graph of Vietnam's STI plans."""


def sample_corpus() -> Path:
    """The sample corpus that ships with the project."""
    return Path(str(resources.files("stikg.graph") / "data" / "sample_corpus"))


def input_files(paths: list[Path]) -> list[Path]:
    """Files named, and the .txt files of folders named; the sample corpus when none are."""
    files: list[Path] = []
    for path in paths or [sample_corpus()]:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return files


def _read_each(files: list[Path], reader, label: str, pool: Executor | None = None):
    """Apply ``reader`` to each file (in ``pool``'s processes when given); name each file that cannot be read and
    why. Returns (results, failures)."""
    results, failed = [], 0
    tried = (pool.map if pool else map)(partial(_try_reading, reader), files)
    for path, result, problem in track(tried, total=len(files), description=label, console=err,
                                       disable=len(files) < 2):
        if problem is None:
            results.append((path, result))
        else:
            err.print(f"[red]error[/red]: {path}: {problem}")
            failed += 1
    return results, failed


def _try_reading(reader, path: Path):
    try:
        return path, reader(path), None
    except UnreadableInput as problem:
        return path, None, str(problem)
    except OSError as problem:
        return path, None, f"cannot read: {problem.strerror or problem}"


def _build_pool(settings: Settings, files: int) -> Executor | None:
    """Worker processes for a build of many files; none for a few (a spawned worker takes a second to start)."""
    if settings.build_processes < 2 or files < PARALLEL_FROM:
        return None
    return ProcessPoolExecutor(settings.build_processes, mp_context=multiprocessing.get_context("spawn"))


@app.command()
def extract(
    paths: list[Path] = typer.Argument(None, help="Text files or folders of .txt files (default: sample corpus)."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Folder for one JSON record per input, <stem>.json."),
) -> None:
    """Read plans into JSON records (the format of the gold SCHEMA.md)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = input_files(paths)
    started = perf_counter()
    with _build_pool(Settings.from_env(), len(files)) or nullcontext() as pool:
        results, failed = _read_each(files, extract_path, "Extracting", pool)
    for path, record in results:
        target = out_dir / f"{path.stem}.json"
        target.write_text(json.dumps(record.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    err.print(f"{len(results)} of {len(files)} documents extracted to {out_dir} in {perf_counter() - started:.2f} s")
    if failed:
        raise typer.Exit(code=1)


def _open_store(settings: Settings) -> GraphStore | RemoteStore:
    try:
        return open_store(settings)
    except OSError as problem:
        err.print(f"[red]error[/red]: {problem}")
        raise typer.Exit(code=1) from None


@app.command()
def build(
    paths: list[Path] = typer.Argument(None, help="Text files or folders of .txt files (default: sample corpus)."),
) -> None:
    """Extract, build, validate and load each document's named graph into the store."""
    settings = Settings.from_env()
    files = input_files(paths)
    started = perf_counter()
    with _build_pool(settings, len(files)) or nullcontext() as pool:
        results, failed = _read_each(files, partial(read_source, max_bytes=settings.max_upload_bytes), "Reading",
                                     pool)
        sources: list[SourceDocument] = [source for _, source in results]
        with _open_store(settings) as store:
            loaded = ingest(store, sources, Minter(settings.base_iri), log_beside(settings.store), pool)
            quads = len(store)
    for item in loaded:
        report = item.report
        status = "[green]loaded[/green]" if item.loaded else "[red]not loaded[/red]"
        err.print(f"{status} {item.source.name}: {item.triples} triples, {len(report.violations)} violations, "
                  f"{len(report.warnings)} warnings -> {item.graph_iri}")
        for finding in report.violations:
            err.print(f"  {finding}")
        if report.warnings:
            err.print(f"  warnings (the text is incomplete): {_summary(report.warnings)}")
    rejected = sum(not item.loaded for item in loaded)
    err.print(f"{len(loaded) - rejected} of {len(files)} documents in {settings.store_url or settings.store} "
              f"({quads} quads) "
              f"in {perf_counter() - started:.1f} s")
    if failed or rejected:
        raise typer.Exit(code=1)


def _summary(findings) -> str:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.message_en] = counts.get(finding.message_en, 0) + 1
    return "; ".join(f"{message} ({n})" for message, n in sorted(counts.items()))


@app.command()
def validate() -> None:
    """Validate every document graph in the store against the shapes."""
    settings = Settings.from_env()
    with _open_store(settings) as store:
        reports = validate_store(store, Minter(settings.base_iri))
    violations = 0
    for graph_iri, report in reports.items():
        violations += len(report.violations)
        out.print(f"{graph_iri}: {len(report.violations)} violations, {len(report.warnings)} warnings")
        for finding in report.violations:
            out.print(f"  {finding}")
    if violations:
        raise typer.Exit(code=1)


@app.command()
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, or @name for a named query from queries/."),
    param: list[str] = typer.Option(None, "--param", "-p", help="name=value for a named query's parameter."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
) -> None:
    """Run a SPARQL query over the union of the graphs."""
    with _open_store(Settings.from_env()) as store:
        _run_query(store, sparql, param, fmt)


def _run_query(store: GraphStore, sparql: str, param: list[str] | None, fmt: str) -> None:
    substitutions = {}
    if sparql.startswith("@"):
        try:
            named = named_query(sparql[1:])
            substitutions = bind(named, dict(p.split("=", 1) for p in param or []))
        except (QueryError, ValueError) as problem:
            err.print(f"[red]error[/red]: {problem}")
            raise typer.Exit(code=2) from None
        sparql = named.text
    try:
        results = store.query(sparql, substitutions)
    except SyntaxError as problem:
        err.print(f"[red]error[/red]: malformed query: {problem}")
        raise typer.Exit(code=2) from None
    except OSError as problem:  # a remote store that failed
        err.print(f"[red]error[/red]: {problem}")
        raise typer.Exit(code=1) from None
    if isinstance(results, ox.QueryBoolean):
        out.print("true" if results else "false")
        return
    if not isinstance(results, ox.QuerySolutions):  # the triples of a CONSTRUCT or DESCRIBE
        sys.stdout.write(ox.serialize(results, format=ox.RdfFormat.TURTLE).decode())
        return
    names = [v.value for v in results.variables]
    rows = [[(s[n].value if s[n] is not None else "") for n in names] for s in results]
    if fmt == "json":
        out.print_json(json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows([names, *rows])
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(*names)
        for row in rows:
            table.add_row(*row)
        out.print(table)


EXPORT_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                  "xml": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


@app.command()
def export(
    fmt: str = typer.Option("ttl", "--format", "-f", help="ttl, nt, jsonld, xml (the merged graph), nq or trig."),
    target: Path = typer.Option(None, "--out", "-o", help="File to write (default: standard output)."),
) -> None:
    """Export the graph for other portals."""
    if fmt not in EXPORT_FORMATS:
        err.print(f"[red]error[/red]: unknown format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(code=2)
    with _open_store(Settings.from_env()) as store:
        data = store.dump(EXPORT_FORMATS[fmt])
    if target:
        target.write_bytes(data)
        err.print(f"{len(data)} bytes written to {target}")
    else:
        sys.stdout.buffer.write(data)


@app.command()
def lineage(
    start: str = typer.Argument(..., help="A document number (569/QĐ-TTg) or an IRI."),
    up: bool = typer.Option(False, "--up", help="Up to the national documents at the roots."),
    down: bool = typer.Option(False, "--down", help="Down to every plan and task that carries it out."),
    province: str = typer.Option("", "--province", help="Going down: only this province's plans (name or IRI)."),
) -> None:
    """Trace lineage up from a task or plan, or down from a document."""
    if up == down:
        err.print("[red]error[/red]: say --up or --down")
        raise typer.Exit(code=2)
    settings = Settings.from_env()
    with _open_store(settings) as store:
        _trace(store, start, up, jurisdiction_iri(Minter(settings.base_iri), province) if province else None)


def _trace(store: GraphStore | RemoteStore, start: str, up: bool, jurisdiction: str | None = None) -> None:
    by_number = named_query("documents_by_number")
    starts = [start] if "://" in start else [
        row["document"] for row in store.select(by_number.text, **bind(by_number, {"number": start}))]
    if not starts:
        err.print(f"[red]error[/red]: no document numbered {start!r} in the store")
        raise typer.Exit(code=1)
    for iri in starts:
        out.print(f"[bold]{iri}[/bold]")
        if up:
            for n, path in enumerate(lineage_up(store, iri), start=1):
                out.print(f"  path {n}:")
                for edge in path:
                    quote = f'  "{edge.quote[:100]}"' if edge.quote else ""
                    out.print(f"    -{edge.relation.rsplit('#', 1)[-1]}-> {edge.target}{quote}")
        else:
            for province, plans in lineage_down(store, iri, jurisdiction=jurisdiction).items():
                out.print(f"  {province}")
                for plan in plans:
                    out.print(f"    {plan['number'] or plan['title'] or plan['plan']}: {len(plan['tasks'])} tasks")
                    for task in plan["tasks"]:
                        out.print(f"      {task['id']}: {(task['title'] or '')[:90]}")


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to listen on (default: STIKG_HOST or 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default: STIKG_PORT or 8000)."),
) -> None:
    """Serve the store over HTTP: SPARQL endpoint, REST API, linked data."""
    import uvicorn

    from stikg.api.app import create_app

    settings = Settings.from_env()
    if not settings.store_url and not settings.store.exists():
        err.print(f"[red]error[/red]: no store at {settings.store}; run 'stikg build' first")
        raise typer.Exit(code=1)
    options = {"host": host or settings.host, "port": port or settings.port, "access_log": settings.access_log}
    if settings.processes > 1:  # each process builds its app from the environment, as this one would
        uvicorn.run("stikg.api.app:create_app", factory=True, workers=settings.processes, **options)
    else:
        uvicorn.run(create_app(settings), **options)


if __name__ == "__main__":
    app()
