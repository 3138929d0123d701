"""skillhire supports Python 3.10 (pyproject ``requires-python``): a module of the standard library that 3.10
lacks is imported only behind a version check, with its backport (``tomli``, a dependency on 3.10) beside it.
The walkthrough of session 3 found ``import tomllib`` bare in ``rendering.load_sample_posting``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "skillhire"
NEW_IN_311 = {"tomllib"}


def _bare_imports(source: str) -> list[int]:
    """Lines importing a 3.11-only module outside an ``if sys.version_info ...`` block."""
    tree = ast.parse(source)
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "version_info" in ast.unparse(node.test):
            guarded |= {id(child) for child in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
        if any(name.split(".")[0] in NEW_IN_311 for name in names if name) and id(node) not in guarded:
            found.append(node.lineno)
    return found


@pytest.mark.parametrize(
    "source, expected",
    [
        ("import tomllib\n", [1]),
        ("def f():\n    import tomllib\n", [2]),
        ("import sys\nif sys.version_info >= (3, 11):\n    import tomllib\nelse:\n    import tomli as tomllib\n", []),
        ("from skillhire.posting import tomllib\n", []),
    ],
)
def test_the_check_finds_bare_imports(source, expected):
    assert _bare_imports(source) == expected


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_311_only_module_bare(path):
    assert _bare_imports(path.read_text(encoding="utf-8")) == []
