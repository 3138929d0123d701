"""The README's skills examples run and print exactly what the README shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Skills: the CX, data and AI taxonomy, and mapping text to it")
    end = text.index("\n### ", start + 10)
    return text[start:end]


def _blocks_and_expected() -> tuple[list[str], list[str]]:
    blocks = re.findall(r"```python\n(.*?)```", _section(), re.DOTALL)
    expected: list[str] = []
    for block in blocks:
        for line in block.splitlines():
            if line.startswith("# "):
                expected.append(line[2:])
            elif line.startswith("print(") and "  # " in line:
                expected.append(line.split("  # ", 1)[1])
    return blocks, expected


def test_readme_skills_examples_print_what_the_readme_shows() -> None:
    blocks, expected = _blocks_and_expected()
    assert len(blocks) == 2 and len(expected) >= 10
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in blocks:
            exec(compile(block, str(README), "exec"), namespace)
    assert out.getvalue().splitlines() == expected
