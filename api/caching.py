"""Conditional GET for what is read from the store: ETag and Last-Modified on each answer, 304 Not Modified when
the client already has it.

Portals harvest the same addresses again and again, and between two writes nothing changes: a harvest that sends
back the tag it got costs the service no query at all.

The tag names the published snapshot the answer was read from. It is read before the answer is made, and the
query workers open the snapshot named when the query runs, so an answer is never older than its tag; at worst a
client fetches again an answer that had not changed. The tag also names this process (a new release may render
the same data differently), the day (some answers default to today) and the request's Accept header (one
address, several media types). With a SPARQL server as the store there is no snapshot, and no tag.
"""

from __future__ import annotations

import hashlib
import math
import time
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stikg.graph.store import current_snapshot

# Answers made from the store alone. /sparql is not among them: a query may ask for NOW() or RAND().
CACHED_PATHS = ("/api/", "/id/", "/dumps/", "/.well-known/void", "/catalog")


class ConditionalGet:
    """ASGI middleware (plain ASGI: Starlette's BaseHTTPMiddleware would cost every request a task and a queue)."""

    def __init__(self, app: ASGIApp, store: Path, paths: tuple[str, ...] = CACHED_PATHS) -> None:
        self.app = app
        self.store = store
        self.paths = paths
        self.started = time.time()
        self._made: tuple = ((), "", None, {})  # the last validators made: (key, tag, modified, headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or not scope["path"].startswith(
                self.paths):
            await self.app(scope, receive, send)
            return
        snapshot = current_snapshot(self.store)
        if snapshot is None or not snapshot.name.isdigit():
            await self.app(scope, receive, send)
            return
        request = Headers(scope=scope)
        tag, modified, validators = self._validators_for(snapshot.name, request.get("accept", ""))
        if _not_modified(request, tag, modified):
            headers = MutableHeaders(headers=validators)
            _vary_on_accept(headers)
            await send({"type": "http.response.start", "status": 304, "headers": headers.raw})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_tagged(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = MutableHeaders(scope=message)
                headers.update(validators)
                _vary_on_accept(headers)
            await send(message)

        await self.app(scope, receive, send_tagged)

    def _validators_for(self, snapshot: str, accept: str) -> tuple[str, datetime, dict[str, str]]:
        """The tag, the time and the headers for an answer from this snapshot to this Accept header: made again only
        when one of them (or the day) changed since the last request, as a client asking again finds them."""
        key = (snapshot, date.today(), accept)
        if self._made[0] != key:
            tag, modified = self._tag(snapshot, accept), self._last_modified(int(snapshot))
            self._made = (key, tag, modified, {"etag": tag, "last-modified": format_datetime(modified, usegmt=True)})
        return self._made[1:]

    def _tag(self, snapshot: str, accept: str) -> str:
        parts = f"{snapshot}|{self.started}|{date.today().isoformat()}|{accept}"
        return 'W/"' + hashlib.sha256(parts.encode("utf-8")).hexdigest()[:32] + '"'

    def _last_modified(self, snapshot_ns: int) -> datetime:
        """The latest of: the snapshot's publication, this process's start, the start of today; rounded up to the
        second (the header's precision), so that it is never earlier than the change it stands for."""
        today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        return datetime.fromtimestamp(math.ceil(max(snapshot_ns / 1e9, self.started, today)), UTC)


def _vary_on_accept(headers: MutableHeaders) -> None:
    if "accept" not in [v.strip().lower() for v in headers.get("vary", "").split(",")]:
        headers.add_vary_header("Accept")


def _not_modified(request: Headers, tag: str, modified: datetime) -> bool:
    """RFC 9110 13.1: If-None-Match (weak comparison) when sent, else If-Modified-Since."""
    if "if-none-match" in request:
        sent = [t.strip().removeprefix("W/") for t in request["if-none-match"].split(",")]
        return "*" in sent or tag.removeprefix("W/") in sent
    if "if-modified-since" in request:
        try:
            since = parsedate_to_datetime(request["if-modified-since"])
        except (TypeError, ValueError):
            return False  # an unreadable date is ignored, as the RFC asks
        return since.tzinfo is not None and modified <= since
    return False
