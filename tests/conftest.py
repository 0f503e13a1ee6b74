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
