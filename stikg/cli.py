"""The ``stikg`` command line."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from time import perf_counter

import typer
from rich.console import Console
from rich.progress import track

from stikg.graph.extract import extract_path
from stikg.graph.extract.text import UnreadableInput

app = typer.Typer(help="stikg: a knowledge graph of Vietnam's STI plans.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)


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


@app.command()
def extract(
    paths: list[Path] = typer.Argument(None, help="Text files or folders of .txt files (default: sample corpus)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for one JSON record per input, <stem>.json."),
) -> None:
    """Read plans into JSON records (the format of the gold SCHEMA.md)."""
    out.mkdir(parents=True, exist_ok=True)
    files = input_files(paths)
    failed = 0
    started = perf_counter()
    for path in track(files, description="Extracting", console=err, disable=len(files) < 2):
        try:
            record = extract_path(path)
        except UnreadableInput as problem:
            err.print(f"[red]error[/red]: {path}: {problem}")
            failed += 1
            continue
        except OSError as problem:
            err.print(f"[red]error[/red]: {path}: cannot read: {problem.strerror or problem}")
            failed += 1
            continue
        target = out / f"{path.stem}.json"
        target.write_text(json.dumps(record.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    done = len(files) - failed
    err.print(f"{done} of {len(files)} documents extracted to {out} in {perf_counter() - started:.2f} s")
    if failed:
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
