"""The room's web server: members' phones on the meeting's local network (issue 35).

It runs inside the coach's plgtui, on the app's own asyncio loop, so what a phone sends is one
more call on the one workbook (the one writer): it is saved, shown on the projector and merged
like the coach's own typing. core/room.py decides what a phone sees and may send; this module
only speaks HTTP and guards the door:

- every path starts with the meeting's key (fresh per meeting, compared in constant time);
- only this computer's names in the Host header (against DNS rebinding), and no request from
  another page: POSTs need our own Origin, fetches from another site are refused;
- a small page and script of our own under a strict Content-Security-Policy, no outside
  script, no cookies but the phone's token (HttpOnly, SameSite=Strict), requests of 4 KB at most;
- nothing logged (the key is in every path).
"""

from __future__ import annotations

import asyncio
import html
import json
from hmac import compare_digest
from importlib import resources

from aiohttp import web

from plgtui.core import room as rooms
from plgtui.core.room import Refused, Room
from plgtui.tui import serve

DEFAULT_PORT = 8765  # easy to type from the projector; another one when taken
COOKIE = "plgtui_room"
MOST_BYTES = 4096
FILES = {"room.js": "text/javascript", "room.css": "text/css"}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the key is in the address
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def page_file(name: str) -> str:
    return resources.files("plgtui.tui").joinpath("room_page", name).read_text(encoding="utf-8")


class RoomServer:
    """Serves one Room on `listen`:`port` until `stop` (or the room closes)."""

    def __init__(self, room: Room, listen: str = "0.0.0.0", port: int = DEFAULT_PORT) -> None:
        self.room = room
        self.listen = listen
        self.port = port
        self.hosts: set[str] = set()
        self._runner: web.AppRunner | None = None

    @property
    def address(self) -> str:
        """What the projector shows: this computer on the network, the port and the key."""
        return f"{serve.url(serve.reachable(self.listen), self.port)}/{self.room.key}"

    async def start(self) -> str:
        """Listen (on DEFAULT_PORT, or any free port when that one is taken); the address."""
        runner = web.AppRunner(
            self.make_app(), access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.listen, self.port)
            try:
                await site.start()
            except OSError:
                if self.port == 0:
                    raise
                site = web.TCPSite(runner, self.listen, 0)
                await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        names = serve.names(self.listen)
        self.hosts = {serve.netloc(h, self.port).lower() for h in names}
        self._runner = runner
        return self.address

    async def stop(self) -> None:
        self.room.close()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    @property
    def running(self) -> bool:
        return self._runner is not None

    # -- the web app -----------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard], client_max_size=MOST_BYTES)
        app.add_routes([
            web.get("/{key}", self.page),
            web.get("/{key}/state", self.state),
            web.get("/{key}/{file}", self.file),
            web.post("/{key}/idea", self.idea),
            web.post("/{key}/vote", self.vote),
        ])  # fmt: skip
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        response = await self._checked(request, handler)
        response.headers.update(HEADERS)
        return response

    async def _checked(self, request: web.Request, handler) -> web.StreamResponse:
        if request.host.lower() not in self.hosts:
            return self.refusal(Refused("forbidden"), request)
        key = request.match_info.get("key", "")
        if not compare_digest(key.encode(), self.room.key.encode()):
            return self.refusal(Refused("forbidden"), request)
        fetched = request.path != f"/{self.room.key}"  # the page itself is opened from anywhere
        origin = request.headers.get("Origin")
        if fetched and origin is not None and origin.lower() != f"http://{request.host.lower()}":
            return self.refusal(Refused("forbidden"), request)
        if fetched and request.headers.get("Sec-Fetch-Site", "same-origin") not in (
            "same-origin", "none",
        ):  # fmt: skip
            return self.refusal(Refused("forbidden"), request)
        if request.method == "POST" and (
            origin is None or request.content_type != "application/json"
        ):
            return self.refusal(Refused("forbidden"), request)
        try:
            return await handler(request)
        except Refused as refused:
            return self.refusal(refused)
        except web.HTTPRequestEntityTooLarge:
            return self.refusal(Refused("too_long"))

    def _language(self) -> str:
        try:
            return self.room.live().workbook.journey.group.language
        except Refused:
            return "nl"

    def refusal(self, refused: Refused, request: web.Request | None = None) -> web.Response:
        if request is not None and request.method == "GET" and request.path.count("/") == 1:
            # The page itself, opened by hand with a wrong or old key: words, not JSON.
            text = html.escape(refused.text(self._language()))
            body = (
                f'<!DOCTYPE html><html lang="{self._language()}"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>plgtui</title></head><body><p>{text}</p></body></html>\n"
            )
            return web.Response(status=refused.status, text=body, content_type="text/html")
        return web.json_response(
            {"error": refused.text(self._language()), "code": refused.code},
            status=refused.status,
        )

    def _token(self, request: web.Request) -> str:
        return request.cookies.get(COOKIE, "")

    async def page(self, request: web.Request) -> web.StreamResponse:
        language = self._language()
        words = rooms.words(language)
        token = self._token(request)
        if token not in self.room.phones:
            try:
                token = self.room.new_phone()
            except Refused as refused:
                text = page_html(language, words, self.room.key, refused.text(language))
                return web.Response(status=refused.status, text=text, content_type="text/html")
        response = web.Response(
            text=page_html(language, words, self.room.key), content_type="text/html"
        )
        response.set_cookie(
            COOKIE, token, path=f"/{self.room.key}", httponly=True, samesite="Strict"
        )
        return response

    async def file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["file"]
        if name not in FILES:
            raise web.HTTPNotFound()
        return web.Response(text=page_file(name), content_type=FILES[name])

    async def state(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.room.view(self._token(request)))

    async def _body(self, request: web.Request) -> dict:
        try:
            body = json.loads(await request.text())
        except (ValueError, UnicodeDecodeError):
            raise Refused("invalid") from None
        if not isinstance(body, dict):
            raise Refused("invalid")
        return body

    async def idea(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        token = self._token(request)
        self.room.add_idea(token, body.get("text"), body.get("name", ""))
        return web.json_response(self.room.view(token))

    async def vote(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        token = self._token(request)
        self.room.vote(token, body.get("idea"), body.get("delta"))
        return web.json_response(self.room.view(token))


def page_html(language: str, words: dict[str, str], key: str, refused: str = "") -> str:
    """The page: its words as data for the script (never run as script), no typed text in it."""
    data = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c").replace("&", "\\u0026")
    return (
        page_file("room.html")
        .replace("{lang}", html.escape(language))
        .replace("{title}", html.escape(words["room.title"]))
        .replace("{refused}", html.escape(refused))
        .replace("{key}", key)
        .replace("{words}", data)
    )


async def stop_soon(server: RoomServer) -> None:
    """Stop in the background, for callers that cannot wait (a key handler)."""
    await asyncio.shield(server.stop())
