"""Export speed: the ten-year journey to Markdown and HTML, beside a plain json.load of it.

    python bench/make_journey.py        # once, writes bench/out/ten-years.json
    python bench/export.py [--runs 5] [JOURNEY]

Prints the median time of each step and its ratio to json.load of the same file, and how the
Markdown export grows: a twenty-year journey beside a ten-year one, both generated the same way
(target: at most 2.2 times).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_journey import build  # noqa: E402

from plgtui.core import i18n  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402
from plgtui.export import writing  # noqa: E402


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
    args = parser.parse_args()
    if not args.journey.exists():
        sys.exit(f"{args.journey} not found: run python bench/make_journey.py first")
    i18n.set_language("nl")
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


if __name__ == "__main__":
    main()
