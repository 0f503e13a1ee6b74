"""The query pool's awaited call (run_async): the same answers as run, and the same limits."""

import asyncio
import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest

from stikg.api.service import _as_pair
from stikg.api.workers import Job, QueryFailed, QueryPool, QueryTimeout, ServiceBusy
from stikg.graph.queries import named_query

TASK = "https://w3id.org/stikg/id/doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def edges_of(iri: str) -> Job:
    return Job("rows", named_query("lineage_up_edges").text, {"start": _as_pair(ox.NamedNode(iri))})


@pytest.fixture(scope="module")
def pool(store_path, make_settings):
    pool = QueryPool(make_settings(store_path), size=1, timeout=1.5)
    yield pool
    pool.close()


def test_run_async_answers_as_run_does(pool):
    rows = asyncio.run(pool.run_async(edges_of(TASK)))
    assert rows and sorted(map(str, rows)) == sorted(map(str, pool.run(edges_of(TASK))))


def test_a_large_answer_under_uvloop_comes_whole_awaited_and_after(pool):
    """Regression: uvloop (uvicorn's loop, a dependency) leaves a pipe it watched
    non-blocking; reading an answer larger than the pipe's buffer then failed half-way, reported as a worker that
    stopped, and the worker was replaced."""
    import uvloop

    large = Job("rows", "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000")  # no ORDER BY: well inside the time limit
    rows = sorted(map(str, pool.run(large)))
    assert len(rows) == 5000 and len(str(rows)) > 1 << 19  # past any pipe buffer
    for _ in range(5):  # a read outran the worker's writes in about half the runs
        assert sorted(map(str, uvloop.run(pool.run_async(large)))) == rows == sorted(map(str, pool.run(large)))


def test_with_every_worker_busy_it_waits_for_one(pool):
    async def both():
        return await asyncio.gather(pool.run_async(edges_of(TASK)), pool.run_async(Job("rows", "ASK {}")))

    rows, ask = asyncio.run(both())
    assert rows and ask is True


def test_a_query_past_the_limit_is_stopped_and_the_pool_answers_on(pool):
    with pytest.raises(QueryTimeout, match="time limit of 1.5 s"):
        asyncio.run(pool.run_async(Job("rows", SLOW)))
    assert asyncio.run(pool.run_async(Job("rows", "ASK {}"))) is True


def test_a_cancelled_request_leaves_no_answer_behind_for_the_next(pool):
    """The worker of a cancelled call is still answering: the next call must not read that answer."""
    async def cancel_slow():
        slow = asyncio.create_task(pool.run_async(Job("rows", SLOW)))
        await asyncio.sleep(0.3)
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        return await pool.run_async(Job("rows", "SELECT ?x WHERE { BIND(7 AS ?x) }"))

    assert asyncio.run(cancel_slow()) == [{"x": "7"}]


def test_a_worker_that_dies_mid_query_is_an_error_and_replaced(pool):
    async def kill_mid_query():
        worker = pool._idle[-1]  # the next one out
        slow = asyncio.create_task(pool.run_async(Job("rows", SLOW)))
        await asyncio.sleep(0.3)
        worker.process.kill()
        return await slow

    with pytest.raises(QueryFailed, match="stopped unexpectedly"):
        asyncio.run(kill_mid_query())
    assert asyncio.run(pool.run_async(Job("rows", "ASK {}"))) is True


def test_one_request_at_a_time_reuses_the_worker_that_answered_last(store_path, make_settings):
    """The idle workers are a stack (warm caches): a worker that rests at the bottom is never reached."""
    pool = QueryPool(make_settings(store_path), size=2, timeout=5)
    try:
        assert pool.run(Job("rows", "ASK {}")) is True
        resting = pool._idle[0]
        resting.process.kill()
        resting.process.join()
        for _ in range(3):
            assert pool.run(Job("rows", "ASK {}")) is True
            assert asyncio.run(pool.run_async(edges_of(TASK)))
    finally:
        pool.close()


def test_two_workers_writing_the_same_dump_at_once_both_finish_it(store_path, make_settings, tmp_path):
    """Regression: both wrote one `.partial` file, and the second to finish found it moved away (two requests
    for a dump not written yet, or two web processes, STIKG_PROCESSES)."""
    from concurrent.futures import ThreadPoolExecutor

    pool = QueryPool(make_settings(store_path), size=2, timeout=60)
    target = str(tmp_path / "stikg.nt.gz")
    try:
        with ThreadPoolExecutor(2) as threads:
            done = list(threads.map(lambda _: pool.run(Job("dump", graph_format="nt", target=target)), range(2)))
    finally:
        pool.close()
    assert done == [target, target]
    assert gzip.decompress(Path(target).read_bytes()).count(b"\n") > 5000
    assert [p.name for p in tmp_path.iterdir()] == ["stikg.nt.gz"]  # no partial file left behind


def test_requests_waiting_in_threads_and_on_the_loop_are_served_in_one_line(store_path, make_settings):
    """Regression: an awaited request took a worker as soon as one was idle, ahead of those waiting in threads,
    which under load could wait for seconds."""
    import threading
    import time

    pool = QueryPool(make_settings(store_path), size=1, timeout=5, wait=10)
    answered: list[str] = []
    try:
        busy = pool._take()  # the only worker, as if answering someone
        first = threading.Thread(target=lambda: answered.append(("thread", pool.run(Job("rows", "ASK {}")))[0]))
        first.start()
        while len(pool._line) < 1:
            time.sleep(0.01)

        async def later_ones():
            async def one(n):
                await pool.run_async(Job("rows", "ASK {}"))
                answered.append(f"awaited {n}")

            tasks = [asyncio.create_task(one(n)) for n in range(4)]
            while len(pool._line) < 5:
                await asyncio.sleep(0.01)
            pool._give_back(busy)
            await asyncio.gather(*tasks)

        asyncio.run(later_ones())
        first.join()
    finally:
        pool.close()
    assert answered == ["thread", "awaited 0", "awaited 1", "awaited 2", "awaited 3"]


def test_a_request_that_stops_waiting_leaves_the_line_and_the_worker_goes_on(store_path, make_settings):
    pool = QueryPool(make_settings(store_path), size=1, timeout=5, wait=0.3)
    try:
        busy = pool._take()
        with pytest.raises(ServiceBusy, match="busy for 0.3 s"):
            pool.run(Job("rows", "ASK {}"))
        with pytest.raises(ServiceBusy):
            asyncio.run(pool.run_async(Job("rows", "ASK {}")))

        async def cancelled():
            waiting = asyncio.create_task(pool.run_async(Job("rows", "ASK {}")))
            await asyncio.sleep(0.05)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting

        asyncio.run(cancelled())
        pool._give_back(busy)
        assert pool._idle == [busy] and not pool._line
        assert pool.run(Job("rows", "ASK {}")) is True
    finally:
        pool.close()
