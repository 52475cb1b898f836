"""`plgtui serve`: the app in a browser, for a meeting room where a browser is what the beamer
shows. Each browser tab runs its own plgtui on this machine; the journey's lock lets the first
one edit and opens the others read-only, with the usual banner."""

from __future__ import annotations

import argparse
import os
import secrets
import shlex
import socket
import sys
from hmac import compare_digest
from pathlib import Path

from plgtui.core.i18n import _, os_problem

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SERVER_PID = "PLGTUI_SERVER_PID"


def origins(host: str, port: int) -> set[str]:
    """The pages a browser session may come from: the one this server gave out."""
    hosts = LOCAL_HOSTS if host in LOCAL_HOSTS else {host}
    return {url(h, port) for h in hosts}


def guarded_server(command: str, host: str, port: int, key: str):
    """textual-serve's server, answering only whoever has the address it printed (with its
    key) and only websockets from its own page: without this, any web page open in a browser
    on the same computer could connect and type into the group's journey."""
    import aiohttp_jinja2
    from aiohttp import web
    from textual_serve.server import Server

    allowed = origins(host, port)

    class GuardedServer(Server):
        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: web.Request) -> dict:
            if not compare_digest(request.query.get("key", ""), key):
                raise web.HTTPForbidden(text=_("serve.forbidden"))
            context = await Server.handle_index.__wrapped__(self, request)
            context["app_websocket_url"] += f"/{key}"
            return context

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            origin = request.headers.get("Origin")
            given = request.match_info.get("key", "")
            if not compare_digest(given, key) or (origin is not None and origin not in allowed):
                raise web.HTTPForbidden(text=_("serve.forbidden"))
            return await super().handle_websocket(request)

        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.router.add_get("/ws/{key}", self.handle_websocket)
            return app

    return GuardedServer(command, host=host, port=port, title="plgtui")


def command_for(
    journey: Path, *, projector: bool, lang: str | None, read_only: bool, theme: str | None = None
) -> str:
    """The shell command textual-serve starts for every browser session. It names this server's
    process, so a session ends when the server does, however it ends (and lets go of the lock)."""
    argv = ["env", f"{SERVER_PID}={os.getpid()}"] if os.name == "posix" else []
    argv += [sys.executable, "-m", "plgtui", str(journey.expanduser().resolve())]
    if projector:
        argv.append("--projector")
    if read_only:
        argv.append("--read-only")
    if lang:
        argv += ["--lang", lang]
    if theme:
        argv += ["--theme", theme]
    return shlex.join(argv)


def url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def port_problem(host: str, port: int) -> str:
    """Why the server could not listen there ('' if it can), said before any banner."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        return f"{host}:{port}: {os_problem(exc)}"
    return ""


def serve(args: argparse.Namespace, journey: Path) -> int:
    try:
        import textual_serve.server  # noqa: F401
    except ImportError:
        print(_("serve.missing"), file=sys.stderr)
        return 2
    if args.host not in LOCAL_HOSTS:
        print(_("serve.open_network", host=args.host), file=sys.stderr)
    problem = port_problem(args.host, args.port)
    if problem:
        print(_("serve.failed", problem=problem), file=sys.stderr)
        return 2
    command = command_for(
        journey, projector=args.projector, lang=args.lang, read_only=args.read_only,
        theme=args.theme,
    )
    key = secrets.token_urlsafe(16)
    address = f"{url(args.host, args.port)}/?key={key}"
    print(_("serve.url", journey=journey, url=address), flush=True)
    server = guarded_server(command, args.host, args.port, key)
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(_("serve.failed", problem=os_problem(exc)), file=sys.stderr)
        return 2
    return 0
