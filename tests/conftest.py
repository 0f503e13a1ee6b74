"""Shared fixtures: the sample corpus that ships with the project, and small texts in other layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from stikg.cli import sample_corpus

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(sample_corpus().glob("*.txt"))
    assert len(files) == 5
    return files


@pytest.fixture(scope="session")
def fixture_path():
    return lambda name: FIXTURES / name


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (gold set, scorer), when it is there."""
    return SHARED


BASE = "https://example.org/stikg/"


@pytest.fixture(scope="session")
def minter():
    from stikg.graph.iris import Minter

    return Minter(BASE)


@pytest.fixture(scope="session")
def sample_sources(corpus_files):
    from stikg.graph.build import read_source

    return [read_source(path) for path in corpus_files]


@pytest.fixture(scope="session")
def built_store(sample_sources, minter):
    """The sample corpus built into an in-memory Oxigraph store (read-only for tests)."""
    from stikg.graph.ingest import ingest
    from stikg.graph.store import GraphStore

    store = GraphStore(None)
    results = ingest(store, sample_sources, minter)
    assert all(r.loaded for r in results), [str(f) for r in results for f in r.report.violations]
    return store
