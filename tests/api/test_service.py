"""The service's state: answers kept until the store changes (Service.kept)."""

from __future__ import annotations

from stikg.api.service import Service
from stikg.graph.build import read_source
from stikg.graph.ingest import ingest
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
