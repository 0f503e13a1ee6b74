"""The FastAPI application: SPARQL endpoint, REST API, linked data. One ``Service`` per app, no globals."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from stikg import __version__
from stikg.config import Settings

from . import assets, feeds, linked_data, pages, rest, sparql, writes
from .caching import ConditionalGet
from .service import Service

DESCRIPTION = """A knowledge graph of Vietnam's science, technology and innovation (KH,CN&ĐMST) plans.

- `/sparql`: SPARQL 1.1 query endpoint (read-only; time and row limits).
- `/api/...`: documents, lineage up and down, plans, agencies, targets, and every named query.
- `POST /api/documents`, `DELETE /api/documents/{id}`: load and remove documents (bearer token).
- `/`, `/search`, `/lineage`, `/compare`, `/editor`: web pages (HTML at every `/id/...` too).
- `/id/...`: every resource IRI dereferences; `/dumps/...`, `/.well-known/void` and `/catalog` for portals.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.service = Service(settings)
        try:
            yield
        finally:
            app.state.service.close()

    app = FastAPI(title="stikg", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.include_router(sparql.router)
    app.include_router(rest.router)
    app.include_router(writes.router)
    app.include_router(linked_data.router)
    app.include_router(feeds.router)
    app.include_router(pages.router)
    app.include_router(assets.router)
    if not settings.store_url:  # a SPARQL server as the store publishes no snapshots to tag answers with
        app.add_middleware(ConditionalGet, store=settings.store)
    app.openapi = lambda: _openapi(app)
    return app


def _openapi(app: FastAPI) -> dict:
    """FastAPI's description, saying what a 422 holds here: FastAPI's list of validation errors, or the
    one message of a check of ours (a parameter that is not an IRI, a search with no words)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        errors = schema.get("components", {}).get("schemas", {}).get("HTTPValidationError")
        if errors:
            listed = errors["properties"]["detail"]
            errors["properties"]["detail"] = {"title": "Detail", "anyOf": [
                {"type": "string"}, {k: v for k, v in listed.items() if k != "title"}]}
        app.openapi_schema = schema
    return app.openapi_schema
