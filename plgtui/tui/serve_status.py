"""The running meeting as a web page for a screen reader, beside `plgtui serve`'s terminal.

The browser view draws the terminal's cells, which a screen reader cannot follow. This page
(`/status?key=…`, the same key as the terminal's address) holds what `plgtui status` prints
(cli_status.py): where the meeting stands, and an aria-live log that reads out one line for
each change (a stage of the time, a pause, another step, the meeting ended), never the seconds
in between. Its script asks `/status.json` once a second with what it saw last; the server
answers with the lines and what changed since. Our own page and script, no outside resources.
"""

from __future__ import annotations

import html
from hmac import compare_digest
from pathlib import Path

from aiohttp import web

from plgtui import cli_status
from plgtui.core.i18n import _, language
from plgtui.core.journey_file import JourneyError
from plgtui.core.timer import Clock, SystemClock

SCRIPT = """
const key = new URLSearchParams(location.search).get("key") || "";
let seen = "";
function lines(box, texts, add) {
  const ps = texts.map(t => { const p = document.createElement("p"); p.textContent = t; return p; });
  add ? box.append(...ps) : box.replaceChildren(...ps);
}
async function look() {
  try {
    const answer = await fetch("/status.json?key=" + encodeURIComponent(key) +
                               "&since=" + encodeURIComponent(seen), {cache: "no-store"});
    if (answer.ok) {
      const now = await answer.json();
      lines(document.getElementById("now"), now.lines, false);
      if (now.changed.length) lines(document.getElementById("log"), now.changed, true);
      seen = now.seen;
    }
  } catch (e) {}
  setTimeout(look, 1000);
}
look();
"""


class StatusPage:
    """The page and its answers, for one journey."""

    def __init__(self, journey: Path, key: str, clock: Clock | None = None) -> None:
        self.key = key
        self.watch = cli_status.Watch(journey, clock or SystemClock())

    def _allowed(self, request: web.Request) -> bool:
        return compare_digest(request.query.get("key", ""), self.key)

    async def page(self, request: web.Request) -> web.StreamResponse:
        if not self._allowed(request):
            raise web.HTTPForbidden()
        body = (
            f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(_('serve.status_title'))}</title></head>"
            '<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; '
            'line-height: 1.5; font-size: 1.25em">'
            f"<main><h1>{html.escape(_('serve.status_title'))}</h1>"
            f"<h2>{html.escape(_('serve.status_changes'))}</h2>"
            '<div id="log" role="log" aria-live="polite" aria-relevant="additions"></div>'
            f"<h2>{html.escape(_('serve.status_now'))}</h2>"
            '<div id="now"></div></main>'
            f"<script>{SCRIPT}</script></body></html>\n"
        )
        return web.Response(
            text=body, content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; "
                     "connect-src 'self'; style-src 'unsafe-inline'"},
        )  # fmt: skip

    async def answer(self, request: web.Request) -> web.StreamResponse:
        """The lines now, a token of what they show, and what changed since `since`."""
        if not self._allowed(request):
            raise web.HTTPForbidden()
        try:
            live = self.watch.live()
        except (OSError, JourneyError):
            return web.json_response(
                {"lines": [], "changed": [], "seen": request.query.get("since", "")}
            )
        now = cli_status.seen(live)
        before = cli_status.from_token(request.query.get("since", ""))
        if before is None:  # the page's first look: the log starts with where things stand
            changed = cli_status.current(live)
        else:
            changed = cli_status.change_lines(before, now, live)
        return web.json_response({
            "lines": cli_status.current(live),
            "changed": changed,
            "seen": cli_status.token(now) or "-",
        })  # fmt: skip

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/status", self.page), web.get("/status.json", self.answer)]
