"""`plgtui serve`: the app in a browser, for a meeting room where a browser is what the beamer
shows. Each browser tab runs its own plgtui on this machine; the journey's lock lets the first
one edit and opens the others read-only, with the usual banner."""

from __future__ import annotations

import argparse
import shlex
import socket
import sys
from pathlib import Path

from plgtui.i18n import _

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def command_for(
    journey: Path, *, projector: bool, lang: str | None, read_only: bool, theme: str | None = None
) -> str:
    """The shell command textual-serve starts for every browser session."""
    argv = [sys.executable, "-m", "plgtui", str(journey.expanduser().resolve())]
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
        return f"{host}:{port}: {exc.strerror or exc}"
    return ""


def serve(args: argparse.Namespace, journey: Path) -> int:
    try:
        from textual_serve.server import Server
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
    print(_("serve.url", journey=journey, url=url(args.host, args.port)), flush=True)
    server = Server(command, host=args.host, port=args.port, title="plgtui")
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(_("serve.failed", problem=exc.strerror or exc), file=sys.stderr)
        return 2
    return 0
