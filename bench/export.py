"""Export speed: the ten-year journey to Markdown and HTML, beside a plain json.load of it.

    python bench/make_journey.py        # once, writes bench/out/ten-years.json
    python bench/export.py [--runs 5] [--pipeline] [JOURNEY]

Prints the median time of each step and its ratio to json.load of the same file, and how the
Markdown export grows: a twenty-year journey beside a ten-year one, both generated the same way
(target: at most 2.2 times).

Then the pipeline a user would otherwise run for a page (issue 33): in each round the Markdown
export, `cmark-gfm -e table -e strikethrough` turning it (already on disk) into HTML, timed on
the clock as a subprocess, and plgtui's own HTML export; the median of the rounds' HTML / (Markdown
+ cmark-gfm), target at most 1.0. Skipped with a message without /usr/bin/cmark-gfm.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_journey import build  # noqa: E402

from plgtui.core import i18n  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402
from plgtui.export import writing  # noqa: E402

CMARK = Path("/usr/bin/cmark-gfm")
# The extensions that make the export's tables tables, as markdown-it does for plgtui's page.
CMARK_ARGS = ["-e", "table", "-e", "strikethrough"]


def timed(runs: int, step) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("journey", nargs="?", type=Path, default=HERE / "out" / "ten-years.json")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pipeline", action="store_true", help="only HTML beside the pipeline")
    args = parser.parse_args()
    if not args.journey.exists():
        sys.exit(f"{args.journey} not found: run python bench/make_journey.py first")
    i18n.set_language("nl")
    if args.pipeline:
        pipeline(args.journey, args.runs)
        return
    load, _ = timed(args.runs, lambda: json.loads(args.journey.read_text(encoding="utf-8")))
    workbook = Workbook.open(args.journey, read_only=True)
    journey = workbook.journey
    md, text = timed(args.runs, lambda: writing.render(journey, writing.Request()))
    html, page = timed(args.runs, lambda: writing.render(journey, writing.Request(fmt="html")))
    workbook.close()
    size = args.journey.stat().st_size / 1e6
    print(
        f"journey: {len(journey.meetings)} meetings, {len(journey.agreements)} agreements, "
        f"{size:.1f} MB; median of {args.runs} runs"
    )
    print(f"  json.load              {load * 1000:8.1f} ms   ratio 1.00")
    print(
        f"  export to Markdown     {md * 1000:8.1f} ms   ratio {md / load:.2f}   "
        f"({len(text) / 1e6:.1f} MB)"
    )
    print(
        f"  export to HTML         {html * 1000:8.1f} ms   ratio {html / load:.2f}   "
        f"({len(page) / 1e6:.1f} MB)"
    )
    sizes = {}
    for years in (10, 20):
        grown = build(meetings=50 * years)
        sizes[years] = timed(args.runs, lambda g=grown: writing.render(g, writing.Request()))
    (ten, ten_text), (twenty, twenty_text) = sizes[10], sizes[20]
    print(
        f"  Markdown, 20 years     {twenty * 1000:8.1f} ms   {twenty / ten:.2f} times 10 years "
        f"({len(twenty_text) / 1e6:.1f} MB against {len(ten_text) / 1e6:.1f} MB; target 2.2)"
    )
    pipeline(args.journey, args.runs)


def pipeline(path: Path, runs: int) -> None:
    """HTML beside Markdown + cmark-gfm, the three measured in each round so that the machine's
    load falls on all of them alike: on the clock, and in CPU time (plgtui's process, and
    cmark-gfm's as a child), which moves less when others share the machine."""
    if not CMARK.exists():
        print(f"  HTML beside Markdown + cmark-gfm: skipped, {CMARK} not found")
        return
    workbook = Workbook.open(path, read_only=True)
    journey = workbook.journey
    wall: dict[str, list[float]] = {"md": [], "cmark": [], "html": []}
    cpu: dict[str, list[float]] = {"md": [], "cmark": [], "html": []}

    def measured(name: str, step) -> object:
        start, used = time.perf_counter(), _cpu()
        result = step()
        wall[name].append(time.perf_counter() - start)
        cpu[name].append(_cpu() - used)
        return result

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "journey.md"
        command = [str(CMARK), *CMARK_ARGS, str(source)]
        for _ in range(runs):
            text = measured("md", lambda: writing.render(journey, writing.Request()))
            source.write_text(text, encoding="utf-8")  # on disk before the clock starts
            measured(
                "cmark", lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            )
            measured("html", lambda: writing.render(journey, writing.Request(fmt="html")))
    workbook.close()
    median = statistics.median
    print(f"  HTML beside the pipeline a user would run, median of {runs} rounds (clock / CPU):")
    for name, label in (
        ("md", "export to Markdown"),
        ("cmark", "cmark-gfm"),
        ("html", "export to HTML"),
    ):
        print(
            f"    {label:20} {median(wall[name]) * 1000:8.1f} ms  {median(cpu[name]) * 1000:8.1f} ms"
        )
    print(f"    (cmark-gfm {' '.join(CMARK_ARGS)})")
    for kind, times in (("clock", wall), ("CPU", cpu)):
        ratios = [
            h / (m + c) for m, c, h in zip(times["md"], times["cmark"], times["html"], strict=True)
        ]
        print(
            f"    HTML / (Markdown + cmark-gfm), {kind:5}  {median(ratios):.2f}  "
            f"(rounds {min(ratios):.2f}-{max(ratios):.2f}; target 1.0)"
        )


def _cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
