"""Write docs/cli.md, the command-line reference, from the commands' own ``--help``.

Run ``python scripts/gen_cli_reference.py`` after changing a command; ``tests/test_docs.py`` fails when the
committed file drifts from what this prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer.main

from skillhire.cli import app

WIDTH = 100
HEADER = """# skillhire command-line reference

Generated from each command's `--help` by `python scripts/gen_cli_reference.py`; a test fails when it drifts.
Every command is a thin skin over one library function. Library errors print one line on stderr and exit 1;
usage errors exit 2.
"""


def _walk(command, path: list[str]):
    yield path, command
    if hasattr(command, "list_commands"):  # a group (typer may ship its own click classes)
        ctx = command.context_class(command)
        for name in sorted(command.list_commands(ctx)):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from _walk(sub, [*path, name])


def _help(command, path: list[str]) -> str:
    ctx = command.context_class(
        command, info_name=" ".join(path), terminal_width=WIDTH, max_content_width=WIDTH
    )
    return command.get_help(ctx).rstrip() + "\n"


def cli_reference() -> str:
    """The whole reference as Markdown."""
    root = typer.main.get_command(app)
    parts = [HEADER]
    for path, command in _walk(root, ["skillhire"]):
        parts.append(f"\n## `{' '.join(path)}`\n\n```text\n{_help(command, path)}```\n")
    return "".join(parts)


def main() -> int:
    target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    target.write_text(cli_reference(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
