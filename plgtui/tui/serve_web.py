"""The web server of `plgtui serve` (aiohttp): the page, each tab's websocket, and the guards.

It answers only whoever has the address it printed (with its key), only on the names of this
server (the Host header, against DNS rebinding) and only websockets from its own page (the
Origin): without these, any web page open in a browser on the same computer could connect and
type into the group's journey. At most `limit` sessions run at once; a tab beyond that gets a
page saying so. Requests are logged without the key.
"""

from __future__ import annotations

import html
import logging
import re
import sys
from hmac import compare_digest

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from plgtui.core.i18n import _, language, ngettext
from plgtui.tui import textual_internals
from plgtui.tui.serve_sessions import DEFAULT_LIMIT, Sessions

FONT_SIZE = 16


def page(status: int, text: str) -> web.Response:
    """A plain page with one message, in the interface language."""
    body = (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>plgtui</title></head>"
        '<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; '
        'line-height: 1.5"><h1>plgtui</h1>'
        f"<p>{html.escape(text)}</p></body></html>\n"
    )
    return web.Response(status=status, text=body, content_type="text/html")


def access_log(key: str) -> type[AbstractAccessLogger]:
    """Logs each request as address, method, path and status: no query, no key."""

    class WithoutKey(AbstractAccessLogger):
        def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
            if request.rel_url.path == "/status.json" and response.status == 200:
                return  # the screen reader's page asks once a second
            path = re.sub(r"^/ws/.*", "/ws/…", request.rel_url.path).replace(key, "…")
            self.logger.info('%s "%s %s" %s', request.remote, request.method, path, response.status)

    return WithoutKey


class Server:
    """plgtui in a browser, one process per tab (serve_sessions.py)."""

    def __init__(
        self,
        command: str,
        hosts: set[str],
        port: int,
        key: str,
        listen: str,
        limit: int = DEFAULT_LIMIT,
        title: str = "plgtui",
    ) -> None:
        self.hosts = {h.lower() for h in hosts}  # host:port as a browser sends it
        self.origins = {f"http://{h}" for h in self.hosts}
        self.port = port
        self.key = key
        self.listen = listen
        self.title = title
        self.sessions = Sessions(command, limit)
        self.extra: list[web.RouteDef] = []  # the screen reader's page (serve_status.py)

    @web.middleware
    async def _only_our_names(self, request: web.Request, handler) -> web.StreamResponse:
        if request.host.lower() not in self.hosts:
            return page(403, _("serve.forbidden"))
        return await handler(request)

    async def index(self, request: web.Request) -> web.StreamResponse:
        import aiohttp_jinja2

        if not compare_digest(request.query.get("key", ""), self.key):
            return page(403, _("serve.forbidden"))
        if self.sessions.full:
            return page(503, ngettext("serve.full", self.sessions.limit))
        context = textual_internals.page_context(
            f"ws://{request.host}/ws/{self.key}", "/static/", self.title, FONT_SIZE
        )
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        given = request.match_info.get("key", "")
        if not compare_digest(given, self.key) or (
            origin is not None and origin.lower() not in self.origins
        ):
            return page(403, _("serve.forbidden"))
        if self.sessions.full:
            return page(503, ngettext("serve.full", self.sessions.limit))
        return await self.sessions.run(request)

    async def refused(self, request: web.Request) -> web.StreamResponse:
        return page(403, _("serve.forbidden"))

    def make_app(self) -> web.Application:
        import aiohttp_jinja2
        import jinja2

        templates, statics = textual_internals.serve_files()
        app = web.Application(middlewares=[self._only_our_names])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(templates))
        app.add_routes([
            web.get("/", self.index),
            web.get("/ws", self.refused),
            web.get("/ws/{key}", self.websocket),
            web.static("/static", statics, show_index=False),
        ])  # fmt: skip
        app.add_routes(self.extra)
        app.on_shutdown.append(self.sessions.end_all)
        return app

    def serve(self) -> None:
        """Until Ctrl+C (or SIGTERM): every session then saves and ends first."""
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S",
            stream=sys.stderr,
        )  # fmt: skip
        web.run_app(
            self.make_app(), host=self.listen, port=self.port, print=None,
            access_log_class=access_log(self.key), handle_signals=True,
        )  # fmt: skip
