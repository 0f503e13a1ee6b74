"""Crash safety: an ingest killed (SIGKILL) at any point leaves the store as it was before or after it.

Each run copies a built store, starts `stikg build` of one more plan in a child process, kills it at a
random moment of the ingest (seeded), then opens the store and its published snapshot and compares
their fingerprints with the store from before and from after an ingest left to finish.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stikg.graph.store import GraphStore, current_snapshot

RUNS = 20

# The child imports everything first, says so, then runs the CLI's build: the kill lands in the ingest.
CHILD = """
import sys
from stikg.cli import app
print("ready", flush=True)
app(["build", sys.argv[1]])
"""


def start_ingest(store: Path, document: Path) -> subprocess.Popen:
    env = {**os.environ, "STIKG_STORE": str(store), "STIKG_BASE_IRI": "https://w3id.org/stikg/id/"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(document)], env=env, cwd=store.parent,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout.readline().strip() == b"ready"
    return child


def copy_store(store_path: Path, folder: Path) -> Path:
    """The store with its published snapshots."""
    shutil.copytree(store_path.parent, folder, ignore=shutil.ignore_patterns("dumps", "snapshot-copy"))
    return folder / store_path.name


def snapshot_fingerprint(store: Path) -> str | None:
    snapshot = current_snapshot(store)
    if snapshot is None:
        return None
    copy = store.parent / "snapshot-copy"  # a snapshot is opened read-only by readers; hash a copy of it
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(snapshot, copy)
    with GraphStore(copy) as opened:
        return opened.fingerprint()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_ingest_killed_at_random_points_leaves_before_or_after(store_path, tmp_path, fixture_path, fingerprint):
    document = fixture_path("nghe_an_plan.txt")
    before = fingerprint(store_path)

    finished = copy_store(store_path, tmp_path / "finished")
    child = start_ingest(finished, document)
    started = time.perf_counter()
    assert child.wait(timeout=120) == 0
    duration = time.perf_counter() - started
    after = fingerprint(finished)
    assert after != before

    rng = random.Random(20261123)
    outcomes = []
    for run in range(RUNS):
        store = copy_store(store_path, tmp_path / f"run{run}")
        child = start_ingest(store, document)
        time.sleep(rng.uniform(0, duration * 1.1))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        state = fingerprint(store)  # the store opens ...
        assert state in (before, after), f"run {run}: the store holds a mix"  # ... and holds a whole state
        assert snapshot_fingerprint(store) in (before, after), f"run {run}: the snapshot holds a mix"
        outcomes.append("after" if state == after else "before")
        shutil.rmtree(store.parent)
    print(f"{RUNS} kills: {outcomes.count('before')} before, {outcomes.count('after')} after")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_first_build_killed_at_random_points_leaves_an_empty_store_or_the_whole_build(tmp_path, corpus_files,
                                                                                        fingerprint):
    """The first build goes through the bulk loader, which has no transaction: the marker beside the store
    makes the next open empty a half-loaded store again."""
    empty = tmp_path / "empty" / "store"
    GraphStore(empty).close()
    before = fingerprint(empty)
    finished = tmp_path / "finished" / "store"
    finished.parent.mkdir()
    child = start_ingest(finished, corpus_files[0].parent)
    started = time.perf_counter()
    assert child.wait(timeout=300) == 0
    duration = time.perf_counter() - started
    after = fingerprint(finished)

    rng = random.Random(20261124)
    outcomes = []
    for run in range(8):
        store = tmp_path / f"first{run}" / "store"
        store.parent.mkdir()
        child = start_ingest(store, corpus_files[0].parent)
        time.sleep(rng.uniform(duration * 0.3, duration * 1.1))  # mostly past the reading, into the load
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        state = fingerprint(store)
        assert state in (before, after), f"run {run}: the store holds a mix"
        assert snapshot_fingerprint(store) in (None, before, after), f"run {run}: the snapshot holds a mix"
        assert not (store.parent / "store.first-load").exists()
        outcomes.append("after" if state == after else "before")
        shutil.rmtree(store.parent)
    print(f"first builds, 8 kills: {outcomes.count('before')} before, {outcomes.count('after')} after")


def test_a_store_left_half_loaded_is_emptied_when_opened(tmp_path, sample_sources, minter):
    from stikg.graph.build import DocumentIndex, build_graph

    path = tmp_path / "store"
    with GraphStore(path) as store:
        index = DocumentIndex.of([sample_sources[0].record])
        store.replace_graph(*build_graph(sample_sources[0], index, minter))  # some quads, as if half loaded
        assert len(store) > 0
    (tmp_path / "store.first-load").write_bytes(b"")  # what a bulk load stopped half way leaves
    with GraphStore(path) as store:
        assert len(store) == 0
    assert not (tmp_path / "store.first-load").exists()
