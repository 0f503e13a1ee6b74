"""What was loaded or removed, and when: an append-only JSON-lines file beside the store, for the Atom feeds.

Kept out of the graph on purpose: the graph of a document is the same whenever it is built, and the store's
contents do not depend on the clock. It is written after the load it records has committed: a crash between
the two loses the line, never a document.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class LogEntry:
    time: str  # ISO 8601, UTC
    action: str  # loaded | removed
    graph: str
    document: str
    number: str | None = None
    title: str | None = None
    sha256: str | None = None


class IngestLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[LogEntry]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as lines:
            return [LogEntry(**json.loads(line)) for line in lines if line.strip()]

    def record(self, entries: list[LogEntry]) -> None:
        """Append, leaving out a load of the very file that is already the latest for its graph (a re-send)."""
        latest = {e.graph: e for e in self.entries()}
        new = [e for e in entries if not (e.action == "loaded" and latest.get(e.graph) is not None
                                          and latest[e.graph].action == "loaded"
                                          and latest[e.graph].sha256 == e.sha256)]
        if not new:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            for entry in new:
                out.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def log_beside(store: Path) -> IngestLog:
    """The log of the store at ``store`` (a folder; for a remote store, its local stand-in path)."""
    return IngestLog(store.with_name(store.name + "-log.jsonl"))
