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


@pytest.fixture(scope="session")
def generated_plans():
    """``count`` -> (file name, text) of the benchmark's seeded national corpus (bench/generate.py), plans in the
    sample corpus's page formats."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("generate", Path(__file__).parents[1] / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = generate  # its dataclasses look their module up
    spec.loader.exec_module(generate)
    return lambda count: list(generate.CorpusGenerator(seed=7).plans(count))


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


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, sample_sources):
    """The sample corpus built into a store on disk, closed again, for the service to open read-only."""
    from stikg.graph.ingest import ingest
    from stikg.graph.iris import Minter
    from stikg.graph.store import GraphStore

    path = tmp_path_factory.mktemp("served") / "store"
    with GraphStore(path) as store:
        ingest(store, sample_sources, Minter("https://w3id.org/stikg/id/"))
    return path


def service_settings(store_path, **overrides):
    from stikg.config import Settings

    values = {"store": store_path, "base_iri": "https://w3id.org/stikg/id/", "query_timeout": 10.0,
              "row_cap": 10_000, "workers": 2, "dumps": store_path.parent / "dumps"}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def make_settings():
    """Settings for a service over a given store, with overrides (timeout, row cap ...)."""
    return service_settings


@pytest.fixture(scope="session")
def client(store_path):
    """The real app (real store, real query workers) through FastAPI's TestClient."""
    from fastapi.testclient import TestClient

    from stikg.api.app import create_app

    with TestClient(create_app(service_settings(store_path))) as test_client:
        yield test_client


TOKEN = "test-write-token"


@pytest.fixture
def writable_store(store_path, tmp_path) -> Path:
    """A copy of the built sample store that a test may write (the session's store stays as it is)."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    return copy


@pytest.fixture
def writer_client(writable_store):
    """The real app over a writable store, writes allowed with the bearer token TOKEN."""
    from fastapi.testclient import TestClient

    from stikg.api.app import create_app

    settings = service_settings(writable_store, write_token=TOKEN, dumps=writable_store.parent / "dumps")
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {TOKEN}"}) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def write_token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def fingerprint():
    """store path -> the store's contents as one hash (opened, hashed, closed)."""
    from stikg.graph.store import GraphStore

    def of(store_path: Path) -> str:
        with GraphStore(store_path) as store:
            return store.fingerprint()

    return of


@pytest.fixture(scope="session")
def running_server():
    """store path (+ settings as environment variables) -> `stikg serve` on a free loopback port, its URL."""
    import contextlib
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    @contextlib.contextmanager
    def serve(store_path: Path, **env: str):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {**os.environ, "STIKG_STORE": str(store_path), "STIKG_PORT": str(port), "STIKG_HOST": "127.0.0.1",
               **env}
        log = store_path.parent / f"serve-{port}.log"  # a file, not a pipe: an unread pipe fills and stalls it
        process = subprocess.Popen([sys.executable, "-m", "stikg.cli", "serve"], env=env,
                                   stdout=log.open("wb"), stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/openapi.json", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(log.read_text("utf-8", "replace")) from None
                if time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError("the server did not start in 30 s") from None
                time.sleep(0.2)
        try:
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)

    return serve


class Virtuoso:
    """Virtuoso open source from Debian's package, run on loopback ports of its own from a folder of its own."""

    TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")

    def __init__(self, folder: Path) -> None:
        import re
        import socket

        def free_port() -> int:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                return probe.getsockname()[1]

        self.folder, self.http_port, sql_port = folder, free_port(), free_port()
        ini = self.TEMPLATE.read_text()
        ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
        ini = re.sub(r"(\[Parameters\][^\[]*?\nServerPort\s*=\s*)\d+", rf"\g<1>{sql_port}", ini)
        ini = re.sub(r"(\[HTTPServer\][^\[]*?\nServerPort\s*=\s*)\d+", rf"\g<1>{self.http_port}", ini)
        # whole answers: the store reads every row of a graph or of the lineage edges at once
        ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 100000000", ini)
        # no refusal on the optimizer's guess: it once guessed 403 s for national_target_coverage, which runs in
        # milliseconds (the real time limit, MaxQueryExecutionTime, stays)
        ini = re.sub(r"(?m)^MaxQueryCostEstimationTime\s*=.*$", "MaxQueryCostEstimationTime = 100000", ini)
        (folder / "virtuoso.ini").write_text(ini)
        self.process = None
        base = f"http://127.0.0.1:{self.http_port}"
        self.query_url, self.graph_store_url = base + "/sparql-auth", base + "/sparql-graph-crud-auth"
        self.user = self.password = "dba"  # a new database's administrator

    def start(self) -> None:
        import shutil
        import subprocess
        import time
        import urllib.request

        log = (self.folder / "server.log").open("ab")
        self.process = subprocess.Popen([shutil.which("virtuoso-t"), "+foreground", "+configfile",
                                         str(self.folder / "virtuoso.ini")], cwd=self.folder, stdout=log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/sparql?query=ASK%7B%7D", timeout=2)
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError((self.folder / "server.log").read_text("utf-8", "replace")[-2000:]) from None
                time.sleep(0.5)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except Exception:  # noqa: BLE001 - it will not stop: kill it
                self.process.kill()
                self.process.wait(timeout=10)

    def settings(self, base_iri: str, **overrides):
        """Settings for stikg over this server, under a base IRI of the test's own (its graphs apart)."""
        from stikg.config import Settings

        values = {"store": Path(".stikg/remote"), "base_iri": base_iri, "store_url": self.query_url,
                  "store_graph_store_url": self.graph_store_url, "store_user": self.user,
                  "store_password": self.password, "workers": 2, "query_timeout": 10.0}
        values.update(overrides)
        return Settings(**values)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """Virtuoso started on loopback for the session and stopped after; skipped where it is not installed,
    except in CI (CI=true), where .ci/run installs it and its absence is a failure."""
    import os
    import shutil

    if not shutil.which("virtuoso-t") or not Virtuoso.TEMPLATE.exists():
        message = "Virtuoso is not installed (apt-get install virtuoso-opensource)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def remote_base(request) -> str:
    """A base IRI of the test's own: its graphs on the shared server are apart from every other test's."""
    import re

    return f"https://example.org/{re.sub(r'[^a-z0-9]+', '-', request.node.name.lower())}/"
