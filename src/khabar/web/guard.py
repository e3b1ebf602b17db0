"""The outermost layer of the application, around even the handler of unexpected errors.

Every response, a 500 included, carries the security headers; only GET and HEAD pass (HEAD is
answered as GET, without the body); and a client that goes away while its request is being
answered sets the request's ``GONE`` event, which stops its database work.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

ASGIApp = Any
GONE = "khabar.gone"  # the scope key of the request's threading.Event
# requests answered at once in a process: the others wait their turn here, their time not
# yet running and no thread held; forty threads at once would share the cores (and the
# GIL) so thinly that every request ran out of time
MAX_BUSY = 4


class Guard:
    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        self.turns: asyncio.Semaphore | None = None  # made in the server's event loop

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            await self._refuse(send)
            return
        head = scope["method"] == "HEAD"
        inner = dict(scope, method="GET") if head else dict(scope)
        gone = inner[GONE] = threading.Event()
        body = await _read_body(receive)
        if body is None:  # gone before asking anything
            return
        disconnected = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()
            disconnected.set()

        async def replay() -> dict[str, Any]:
            nonlocal body
            if body is not None:
                message, body = {"type": "http.request", "body": body, "more_body": False}, None
                return message
            await disconnected.wait()
            return {"type": "http.disconnect"}

        async def guarded_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                given = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in given]
                message = dict(message, headers=[*message.get("headers", []), *extra])
            elif head and message["type"] == "http.response.body":
                message = dict(message, body=b"")
            await send(message)

        watcher = asyncio.ensure_future(watch())
        self.turns = self.turns or asyncio.Semaphore(MAX_BUSY)
        try:
            async with self.turns:
                if not gone.is_set():  # a client that left while waiting is not answered
                    await self.app(inner, replay, guarded_send)
        finally:
            watcher.cancel()

    async def _refuse(self, send: Any) -> None:
        body = json.dumps({"error": "this server is read-only"}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"allow", b"GET, HEAD"),
            *self.headers,
        ]
        await send({"type": "http.response.start", "status": 405, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Any) -> bytes | None:
    """The request's body, read and dropped (a GET's body means nothing; keeping it would let
    a client fill the memory): ``b""``, or None if the client left."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        if not message.get("more_body"):
            return b""
