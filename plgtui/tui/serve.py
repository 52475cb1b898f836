"""`plgtui serve`: the app in a browser, for a meeting room where a browser is what the beamer
shows. Each browser tab runs its own plgtui on this machine; the journey's lock lets the first
one edit and opens the others read-only, with the usual banner."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import socket
import sys
from pathlib import Path

from plgtui.core.i18n import LANGUAGES, _, os_problem, set_language

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
WILDCARDS = {"0.0.0.0", "::", ""}
SERVER_PID = "PLGTUI_SERVER_PID"
# Sessions at once (--sessions): the projector and a few laptops. Each tab is a plgtui process
# of its own (about 60 MB); a tab beyond the limit gets a page saying so.
DEFAULT_LIMIT = 4
MOST_SESSIONS = 20


def names(host: str) -> set[str]:
    """The names a browser may reach this server by: this computer's own for 127.0.0.1, the
    address given, or for a wildcard (every network of the computer) its names and addresses."""
    if host in LOCAL_HOSTS:
        return set(LOCAL_HOSTS)
    if host not in WILDCARDS:
        return {host}
    found = set(LOCAL_HOSTS) | {socket.gethostname(), socket.getfqdn(), reachable(host)}
    try:
        found |= {str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        pass
    return {name.split("%")[0] for name in found if name}


def reachable(host: str) -> str:
    """The address to print: the one given, or for a wildcard this computer's address on the
    network it reaches others by (found by a UDP connect, which sends nothing)."""
    if host not in WILDCARDS:
        return host
    family, probe = (
        (socket.AF_INET6, "2001:db8::1") if ":" in host else (socket.AF_INET, "192.0.2.1")
    )
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))
            return sock.getsockname()[0]
    except OSError:
        return socket.gethostname()


def netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def origins(host: str, port: int) -> set[str]:
    """The pages a browser session may come from: the one this server gave out."""
    return {f"http://{netloc(h, port)}" for h in names(host)}


def session_count(text: str) -> int:
    """--sessions: a whole number from 1 to MOST_SESSIONS."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MOST_SESSIONS:
        raise argparse.ArgumentTypeError(_("cli.serve_sessions_bad", most=MOST_SESSIONS))
    return count


def guarded_server(command: str, host: str, port: int, key: str, limit: int = DEFAULT_LIMIT):
    """The web server (serve_web.py), answering only on this server's names, to whoever has
    its key, with at most `limit` sessions at once."""
    from plgtui.tui.serve_web import Server

    hosts = {netloc(h, port) for h in names(host)}
    if port == 80:
        hosts |= {f"[{h}]" if ":" in h else h for h in names(host)}
    return Server(command, hosts, port, key, listen=host, limit=limit)


def command_for(
    journey: Path, *, projector: bool, lang: str | None, read_only: bool, theme: str | None = None
) -> str:
    """The shell command textual-serve starts for every browser session. It names this server's
    process, so a session ends when the server does, however it ends (and lets go of the lock).
    `exec`: the shell becomes plgtui, so that the signals ending a session reach plgtui itself."""
    argv = ["exec", "env", f"{SERVER_PID}={os.getpid()}"] if os.name == "posix" else []
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
    return f"http://{netloc(host, port)}"


def group_language(journey: Path) -> str:
    """The group's working language, as the sessions will speak it ('nl' when not known)."""
    try:
        language = json.loads(journey.read_text(encoding="utf-8"))["group"]["1"]["language"]
    except (OSError, ValueError, KeyError, TypeError):
        return "nl"
    return language if language in LANGUAGES else "nl"


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
        journey,
        projector=args.projector,
        lang=args.lang,
        read_only=args.read_only,
        theme=args.theme,
    )
    if not args.lang:
        set_language(group_language(journey))  # the pages a tab may get, as its sessions speak
    key = secrets.token_urlsafe(16)
    address = f"{url(reachable(args.host), args.port)}/?key={key}"
    print(_("serve.url", journey=journey, url=address, limit=args.sessions), flush=True)
    server = guarded_server(command, args.host, args.port, key, args.sessions)
    from plgtui.tui.serve_status import StatusPage

    server.extra = StatusPage(journey, key).routes()  # /status: for a screen reader
    print(_("serve.status_hint"), flush=True)
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(_("serve.failed", problem=os_problem(exc)), file=sys.stderr)
        return 2
    return 0
