"""The layers: the core and the export run without a terminal, and no module imports in a circle."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import plgtui

PACKAGE = Path(plgtui.__file__).parent


def modules_in(package: str) -> list[str]:
    path = PACKAGE / package.removeprefix("plgtui.").replace(".", "/")
    return [package] + [
        info.name for info in pkgutil.walk_packages([str(path)], prefix=f"{package}.")
    ]


def test_core_and_export_do_not_import_textual():
    names = modules_in("plgtui.core") + modules_in("plgtui.export")
    assert "plgtui.core.workbook" in names and "plgtui.export.html" in names
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in names)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def module_imports(path: Path, name: str) -> set[str]:
    """The plgtui modules `name` imports at its top level, those for type checkers included
    (not those imported inside functions, which load later, when they are used)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    body = list(tree.body)
    for node in body:
        if isinstance(node, ast.If):  # `if TYPE_CHECKING:`
            body.extend(node.body)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + [base]
                ).strip(".")
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("plgtui")}


def import_graph() -> dict[str, set[str]]:
    files = {
        ".".join(("plgtui", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        ): p
        for p in PACKAGE.rglob("*.py")
    }
    return {name: module_imports(path, name) & set(files) - {name} for name, path in files.items()}


def test_the_core_and_the_export_never_import_the_interface():
    graph = import_graph()
    crossing = {
        name: sorted(m for m in imports if m.startswith("plgtui.tui") or m == "plgtui.cli")
        for name, imports in graph.items()
        if name.startswith(("plgtui.core", "plgtui.export"))
    }
    assert {k: v for k, v in crossing.items() if v} == {}
    into_export = {
        n: sorted(m for m in i if m.startswith("plgtui.export"))
        for n, i in graph.items()
        if n.startswith("plgtui.core")
    }
    assert {k: v for k, v in into_export.items() if v} == {}


def test_no_module_imports_in_a_circle():
    graph = import_graph()
    circles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(name, ())):
            if nxt in path:
                circles.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in done:
                visit(nxt, path + [nxt])
        done.add(name)

    done: set[str] = set()
    for start in sorted(graph):
        if start not in done:
            visit(start, [start])
    # A package's __init__ that re-exports its modules is not a circle of its own.
    circles = [c for c in circles if not all(n == c[0] or n.startswith(c[0] + ".") for n in c[1:])]
    assert circles == []


# Each of these cost a few to twenty milliseconds of every start (bench/startup.py); they are
# imported where they are used instead.
NOT_ON_THE_WAY_TO_THE_FIRST_SCREEN = [
    "filelock",
    "plgtui.core.agenda",
    "plgtui.core.techniques",
    "plgtui.tui.screens.live",
    "plgtui.export.minutes",
    "markdown_it",
    "plgtui.tui.screens.minutes_view",
    "plgtui.tui.screens.question",
    "plgtui.core.question_guide",
    "plgtui.core.history",
    "textual.widgets._selection_list",
]


def modules_after_running(tmp_path, wait: str, modules: list[str], present: bool) -> list[str]:
    """Run the app on the demo journey in a fresh process until `wait` (the body of Textual's
    auto_pilot) is done; which of `modules` are then imported (present) or not."""
    from datetime import date

    from plgtui.core.demo import build_demo
    from plgtui.core.workbook import Workbook

    path = tmp_path / "journey.json"
    Workbook.create(path, build_demo(date(2026, 5, 20))).close()
    code = (
        "import sys\n"
        "from plgtui import cli\n"
        f"app = cli.prepare(cli.build_parser(None).parse_args([{str(path)!r}]))\n"
        "async def ready(pilot):\n"
        f"{wait}"
        "    pilot.app.exit()\n"
        "app.run(headless=True, size=(80, 24), auto_pilot=ready)\n"
        f"print([m for m in {modules!r} if (m in sys.modules) is {present!r}])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_the_first_screen_does_not_import_what_it_does_not_need(tmp_path):
    wait = "    await pilot.pause()\n"
    assert modules_after_running(tmp_path, wait, NOT_ON_THE_WAY_TO_THE_FIRST_SCREEN, True) == []


def test_the_other_screens_load_once_the_app_is_idle(tmp_path):
    """After the first screen, while nobody types, the screens are imported one at a time, so
    the first visit to each does not wait for its code."""
    from plgtui.tui.warm_up import PREPARED

    wait = (
        "    for _ in range(200):\n"
        "        if not app.warm_up.preparing:\n"
        "            break\n"
        "        await pilot.pause(0.05)\n"
    )
    assert modules_after_running(tmp_path, wait, list(PREPARED), False) == []
