"""The store a deployment configured: the embedded Oxigraph folder, or a SPARQL 1.1 server."""

from __future__ import annotations

from stikg.config import Settings

from .remote import RemoteStore
from .store import GraphStore


def open_store(settings: Settings, read_only: bool = False) -> GraphStore | RemoteStore:
    """``STIKG_STORE=http://…`` opens the server; a folder opens Oxigraph (read-only: its newest snapshot)."""
    if settings.store_url:
        return RemoteStore(settings.store_url, settings.base_iri, update=settings.store_update_url,
                           graph_store=settings.store_graph_store_url, user=settings.store_user,
                           password=settings.store_password, timeout=max(settings.query_timeout, 60.0))
    return GraphStore.snapshot(settings.store) if read_only else GraphStore(settings.store)
