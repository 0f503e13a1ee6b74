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
