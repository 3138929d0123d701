"""The source passes ruff with the rules pyproject.toml selects, so a lint error fails the README's test command
(and CI) like a failing test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (REPO / "pyproject.toml").is_file() or not (REPO / "skillhire").is_dir(),
    reason="lints the source checkout; an installed wheel has none",
)


def ruff(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=cwd, capture_output=True, text=True, check=False)


def test_the_repository_is_lint_clean() -> None:
    result = ruff("check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "source, rule",
    [
        ("import os\n", "F401"),  # unused import
        ("def f():\n    return undefined_name\n", "F821"),
        ("import re\nre.search('a.b', 'x')\ntry:\n    pass\nexcept:\n    pass\n", "E722"),  # bare except
    ],
)
def test_the_check_fails_on_a_lint_error(tmp_path: Path, source: str, rule: str) -> None:
    # The same configuration, on a file with one known error: the check above can fail.
    (tmp_path / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.py").write_text(source, encoding="utf-8")
    result = ruff("check", "--no-cache", "--output-format", "concise", "bad.py", cwd=tmp_path)
    assert result.returncode == 1 and rule in result.stdout, result.stdout + result.stderr
