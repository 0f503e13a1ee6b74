"""All settings in one place: environment variables with defaults (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/stikg/id/"
DEFAULT_STORE = ".stikg/store"
# the front-end packages `npm ci --prefix web` installs in the checkout
DEFAULT_ASSETS = Path(__file__).resolve().parents[1] / "web" / "node_modules"


@dataclass(frozen=True)
class Settings:
    store: Path
    base_iri: str
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0  # seconds of wall clock per query
    row_cap: int = 10_000  # rows (or triples) per answer
    workers: int = 2  # query worker processes (of each web process)
    processes: int = 1  # web server processes, each with its own query workers
    build_processes: int = os.cpu_count() or 1  # worker processes that read, build and validate in stikg build
    access_log: bool = True  # a line per request on standard output (uvicorn's)
    max_query_bytes: int = 100_000  # size of one SPARQL request (query string and body)
    max_upload_bytes: int = 5_000_000  # a file stikg build reads; a request body POST /api/documents takes
    write_token: str | None = None  # bearer token for writes through the API; none: writes are off
    store_url: str | None = None  # a SPARQL 1.1 server as the store (query endpoint), instead of the folder
    store_update_url: str | None = None  # its update endpoint (default: the query endpoint)
    store_graph_store_url: str | None = None  # its Graph Store Protocol endpoint, for loads (default: updates)
    store_user: str | None = None
    store_password: str | None = None
    dumps: Path = Path(".stikg/dumps")
    assets: Path = DEFAULT_ASSETS  # node_modules of the web pages' packages (cytoscape, YASGUI)

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get
        base = env("STIKG_BASE_IRI", DEFAULT_BASE_IRI)
        if not base.endswith(("/", "#")):
            base += "/"
        location = env("STIKG_STORE", DEFAULT_STORE)
        remote = location.startswith(("http://", "https://"))
        store = Path(".stikg/remote" if remote else location)
        return cls(
            store=store,
            store_url=location if remote else None,
            store_update_url=env("STIKG_STORE_UPDATE") or None,
            store_graph_store_url=env("STIKG_STORE_GRAPH_STORE") or None,
            store_user=env("STIKG_STORE_USER") or None,
            store_password=env("STIKG_STORE_PASSWORD") or None,
            base_iri=base,
            host=env("STIKG_HOST", "127.0.0.1"),
            port=int(env("STIKG_PORT", "8000")),
            query_timeout=float(env("STIKG_QUERY_TIMEOUT", "10")),
            row_cap=int(env("STIKG_ROW_CAP", "10000")),
            workers=int(env("STIKG_WORKERS", "2")),
            processes=int(env("STIKG_PROCESSES", "1")),
            build_processes=int(env("STIKG_BUILD_PROCESSES", str(cls.build_processes))),
            access_log=env("STIKG_ACCESS_LOG", "on").strip().lower() not in ("off", "0", "false", "no"),
            max_query_bytes=int(env("STIKG_MAX_QUERY_BYTES", "100000")),
            max_upload_bytes=int(env("STIKG_MAX_UPLOAD_BYTES", "5000000")),
            write_token=env("STIKG_WRITE_TOKEN") or None,
            dumps=Path(env("STIKG_DUMPS", str(store.parent / "dumps"))),
            assets=Path(env("STIKG_ASSETS", str(DEFAULT_ASSETS))),
        )
