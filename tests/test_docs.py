"""Docs that cannot rot: the README's examples run, and the CLI reference matches ``--help``.

README conventions (see the README's own "Examples are tested" note):
- every ```python block runs, in order, in one namespace, in a temporary working directory;
- a ```python block followed directly by an ```output block must print exactly that output;
- a ```console block holds ``$ skillhire ...`` lines, each followed by the exact output it prints.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shlex
from pathlib import Path

import pytest

from skillhire.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def fenced_blocks(text: str) -> list[tuple[str, str, int, int]]:
    """``(language, body, start offset, end offset)`` of every fenced block, in order."""
    return [(m.group(1), m.group(2), m.start(), m.end()) for m in FENCE.finditer(text)]


def readme_examples() -> list[tuple[str, str, str | None]]:
    """``(kind, code, expected output or None)`` for every tested block of the README."""
    text = README.read_text(encoding="utf-8")
    blocks = fenced_blocks(text)
    examples = []
    for index, (language, body, _, end) in enumerate(blocks):
        if language == "python":
            expected = None
            if index + 1 < len(blocks):
                next_language, next_body, next_start, _ = blocks[index + 1]
                if next_language == "output" and not text[end:next_start].strip():
                    expected = next_body
            examples.append(("python", body, expected))
        elif language == "console":
            examples.append(("console", body, None))
    return examples


def _normalise(output: str) -> str:
    return "\n".join(line.rstrip() for line in output.strip("\n").splitlines())


def test_the_readme_has_tested_examples() -> None:
    kinds = [kind for kind, _, _ in readme_examples()]
    assert "python" in kinds


def test_readme_python_examples_run_and_print_what_the_readme_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for number, (kind, code, expected) in enumerate(readme_examples(), start=1):
        if kind != "python":
            continue
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(compile(code, f"README python block {number}", "exec"), namespace)
        if expected is not None:
            assert _normalise(buffer.getvalue()) == _normalise(expected), f"README python block {number}"


def _console_commands(body: str) -> list[tuple[list[str], str]]:
    commands: list[tuple[list[str], str]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            commands.append((shlex.split(line[2:]), ""))
        elif commands:
            args, out = commands[-1]
            commands[-1] = (args, out + line + "\n")
    return commands


def test_readme_console_examples_print_what_the_readme_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    for kind, body, _ in readme_examples():
        if kind != "console":
            continue
        for args, expected in _console_commands(body):
            assert args[0] == "skillhire", f"console examples run skillhire only, not {args[0]!r}"
            with pytest.raises(SystemExit) as caught:
                main(args[1:])
            out, err = capsys.readouterr()
            assert caught.value.code in (0, None, 1), (args, err)
            assert _normalise(out + err) == _normalise(expected), " ".join(args)


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_cli_reference", ROOT / "scripts" / "gen_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_reference_matches_every_commands_help() -> None:
    generated = _load_generator().cli_reference()
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == generated, "docs/cli.md is stale: run `python scripts/gen_cli_reference.py`"


def test_every_command_has_help_and_is_named_in_the_readme() -> None:
    generator = _load_generator()
    import typer.main

    from skillhire.cli import app

    readme = README.read_text(encoding="utf-8")
    for path, command in generator._walk(typer.main.get_command(app), ["skillhire"]):
        assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
        if len(path) == 2:
            assert f"skillhire {path[1]}" in readme, f"README does not mention `skillhire {path[1]}`"


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_published_json_schemas_match_the_models() -> None:
    generator = _load_script("gen_schemas")
    for name, schema in generator.schemas().items():
        published = (ROOT / "docs" / "schemas" / name).read_text(encoding="utf-8")
        assert published == generator.dump(schema), f"docs/schemas/{name} is stale: run `python scripts/gen_schemas.py`"


def test_the_bundled_assessment_schema_is_the_published_one() -> None:
    bundled = (ROOT / "assessments" / "assessment.schema.json").read_text(encoding="utf-8")
    published = (ROOT / "docs" / "schemas" / "assessment.schema.json").read_text(encoding="utf-8")
    import json

    assert json.loads(bundled) == json.loads(published)
