"""docs/ARCHITECTURE.md names every module of plgtui, each under the heading of its folder: a
module added without a line there fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

# The checkout's files, not an installed copy's (CI installs plgtui without its docs).
CHECKOUT = Path(__file__).resolve().parents[1]
PACKAGE = CHECKOUT / "plgtui"
DOC = CHECKOUT / "docs" / "ARCHITECTURE.md"


def modules() -> set[str]:
    """Every module, as its path under plgtui/; a package's __init__.py only when it holds
    more than its docstring."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "__init__.py":
            body = ast.parse(path.read_text(encoding="utf-8")).body
            if all(
                isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body
            ):
                continue
        found.add(path.relative_to(PACKAGE).as_posix())
    return found


def named_in_doc() -> set[str]:
    """The `name.py` written under each '### `plgtui/folder/`' heading."""
    named, folder = set(), None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#+ `plgtui/([\w/]*)`", line)
        if heading:
            folder = heading.group(1)
        elif line.startswith("#"):
            folder = None
        elif folder is not None:
            named |= {folder + name for name in re.findall(r"`(\w+\.py)`", line)}
    return named


def test_every_module_has_its_line_in_the_architecture():
    missing = sorted(modules() - named_in_doc())
    assert missing == [], f"name these in docs/ARCHITECTURE.md under their folder: {missing}"


def test_the_architecture_names_no_module_that_is_gone():
    gone = sorted(m for m in named_in_doc() if not (PACKAGE / m).exists())
    assert gone == []
