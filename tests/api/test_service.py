"""The service's state: answers kept until the store changes (Service.kept, Service.recent_rows_async)."""

from __future__ import annotations

import asyncio

import pyoxigraph as ox
from rdflib import URIRef

from stikg.api.service import Service
from stikg.graph.build import read_source
from stikg.graph.ingest import ingest, remove
from stikg.graph.iris import Minter
from stikg.graph.store import GraphStore


def test_a_kept_answer_is_the_named_one_and_is_not_asked_again(store_path, make_settings):
    service = Service(make_settings(store_path))
    try:
        totals = service.kept("void_totals")
        assert totals == service.named("void_totals") and int(totals[0]["triples"]) > 0
        plans = service.kept("plans", jurisdiction="")
        assert plans == service.named("plans", jurisdiction="") and plans
    finally:
        service.close()  # no workers left: what is kept is answered from memory, anything else fails
    assert service.kept("void_totals") == totals
    assert service.kept("plans", jurisdiction="") == plans


def test_a_write_is_seen_at_once(writable_store, make_settings, fixture_path):
    service = Service(make_settings(writable_store))
    try:
        before = int(service.kept("void_totals")[0]["triples"])
        plans = len(service.kept("plans", jurisdiction=""))
        agencies = len(service.kept("agencies", jurisdiction="Nghệ An"))
        with GraphStore(writable_store) as store:
            ingest(store, [read_source(fixture_path("nghe_an_plan.txt"))], Minter(service.settings.base_iri))
            store.publish()
        assert int(service.kept("void_totals")[0]["triples"]) > before
        assert len(service.kept("plans", jurisdiction="")) == plans + 1
        assert len(service.kept("agencies", jurisdiction="Nghệ An")) > agencies
    finally:
        service.close()


TAY_NINH_TASK = ox.NamedNode("https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24")


def test_a_recent_answer_is_asked_once(store_path, make_settings):
    service = Service(make_settings(store_path))
    try:
        rows = asyncio.run(service.recent_rows_async("lineage_up_edges", start=TAY_NINH_TASK))
        asked = asyncio.run(service.named_rows_async("lineage_up_edges", start=TAY_NINH_TASK))
        assert sorted(map(str, rows)) == sorted(map(str, asked)) and rows  # the same rows; each worker orders them
    finally:
        service.close()  # no workers left: the answer asked before comes from memory, any other fails
    assert asyncio.run(service.recent_rows_async("lineage_up_edges", start=TAY_NINH_TASK)) == rows


def test_a_recent_answer_is_asked_again_after_a_write(writable_store, make_settings):
    service = Service(make_settings(writable_store))
    try:
        assert asyncio.run(service.recent_rows_async("lineage_up_edges", start=TAY_NINH_TASK))
        minter = Minter(service.settings.base_iri)
        with GraphStore(writable_store) as store:
            remove(store, minter.graph_of(URIRef(TAY_NINH_TASK.value.split("/task/")[0])), minter)
        assert asyncio.run(service.recent_rows_async("lineage_up_edges", start=TAY_NINH_TASK)) == []
    finally:
        service.close()
