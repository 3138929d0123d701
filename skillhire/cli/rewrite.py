"""``skillhire rewrite`` and ``skillhire lint``: plain-language postings from the command line."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from skillhire.cli._app import app
from skillhire.errors import InvalidFileError, OutputExistsError
from skillhire.lint import lint_posting
from skillhire.plain_language import Severity
from skillhire.posting import JobPosting, load_posting, parse_posting
from skillhire.rewrite import rewrite_posting
from skillhire.safety import neutralise_csv_cell
from skillhire.workbook import atomic_output, refuse_input_as_output


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _read(path: str) -> JobPosting:
    if path == "-":
        text = sys.stdin.read()
        if not text.strip():
            raise InvalidFileError("<stdin>", "is empty")
        return parse_posting(text)
    return load_posting(path)


def _write_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path, overwrite=overwrite) as temporary, temporary.open("w", encoding="utf-8", newline="") as out:
        out.write(text)


def _check_outputs(posting: str, targets: list[Path], overwrite: bool) -> None:
    """Refuse, before anything is written: an output that is the input, two outputs on one file, and an
    existing output without ``--overwrite``."""
    seen: set[Path] = set()
    for target in targets:
        if posting != "-":
            refuse_input_as_output(target, [posting])
        resolved = target.resolve()
        if resolved in seen:
            raise InvalidFileError(target, "is given for two outputs; give each output its own file")
        seen.add(resolved)
        if target.exists() and not overwrite:
            raise OutputExistsError(target)


def _cell(value: object) -> object:
    """Neutralise spreadsheet formulas (OWASP CSV injection): see :func:`skillhire.safety.neutralise_csv_cell`."""
    return neutralise_csv_cell(value) if isinstance(value, str) else value


@app.command("rewrite")
def rewrite_cli(
    posting: Annotated[str, typer.Argument(metavar="FILE", help="Posting file: .txt/.md/.html announcement, or .toml/.json; '-' for stdin.")],
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="Write the rewritten posting here ('-': stdout).")] = "-",
    changes: Annotated[
        Path | None, typer.Option("--changes", metavar="FILE", help="Write every change to this CSV file (rule, section, ...).")
    ] = None,
    findings: Annotated[
        Path | None, typer.Option("--findings", metavar="FILE", help="Write the findings to this CSV file.")
    ] = None,
    rule: Annotated[
        list[str] | None, typer.Option("--rule", metavar="RULE", help="Run only this rewrite rule (repeatable).")
    ] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", metavar="RULE", help="Do not run this rule (repeatable).")] = None,
    output_format: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="Output format: md (Markdown text) or json (the rewritten posting).")
    ] = "md",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace output files that already exist.")] = False,
) -> None:
    """Rewrite a job posting into plain language, explaining every change.

    Outputs are written atomically; an existing file is replaced only with --overwrite, and never the input.
    """
    if output_format not in ("md", "json"):
        raise typer.BadParameter(f"unknown format {output_format!r}; use md or json", param_hint="--format")
    targets = [Path(output)] if output != "-" else []
    targets += [path for path in (changes, findings) if path is not None]
    _check_outputs(posting, targets, overwrite)
    result = rewrite_posting(_read(posting), rules=rule or None, exclude=exclude or ())
    text = result.text if output_format == "md" else result.posting.model_dump_json(indent=2) + "\n"
    if output == "-":
        typer.echo(text, nl=False)
    else:
        _write_atomic(Path(output), text, overwrite=overwrite)
    if changes is not None:
        _write_atomic(changes, _csv([c.model_dump() for c in result.changes],
                                    ["rule", "section", "start", "end", "original", "replacement", "reason", "source"]),
                      overwrite=overwrite)
    if findings is not None:
        _write_atomic(findings, _csv([f.model_dump() for f in result.findings],
                                     ["rule", "severity", "section", "start", "end", "text", "message", "suggestion",
                                      "source"]),
                      overwrite=overwrite)
    before = result.readability_before["overall"].flesch_kincaid_grade
    after = result.readability_after["overall"].flesch_kincaid_grade
    grade = f"grade {before:.1f} -> {after:.1f}; " if before is not None and after is not None else ""
    typer.echo(f"{grade}{_count(len(result.changes), 'change')}, {_count(len(result.findings), 'finding')}", err=True)


def _csv(rows: list[dict[str, object]], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    return buffer.getvalue()


@app.command("lint")
def lint_cli(
    posting: Annotated[str, typer.Argument(metavar="FILE", help="Posting file: .txt/.md/.html announcement, or .toml/.json; '-' for stdin.")],
    severity: Annotated[
        str, typer.Option("--severity", metavar="SEVERITY", help="Show findings at or above this severity: info, warning or error; exit 1 "
                          "when there are any.")
    ] = "warning",
    rule: Annotated[list[str] | None, typer.Option("--rule", metavar="RULE", help="Run only this finding rule (repeatable).")] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", metavar="RULE", help="Do not run this rule (repeatable).")] = None,
    series: Annotated[str | None, typer.Option("--series", metavar="SERIES", help="Series, when the posting does not say.")] = None,
    output_format: Annotated[str, typer.Option("--format", metavar="FORMAT", help="text or json.")] = "text",
) -> None:
    """Report plain-language findings; exit code 1 when any is at or above --severity (for review pipelines)."""
    if output_format not in ("text", "json"):
        raise typer.BadParameter(f"unknown format {output_format!r}; use text or json", param_hint="--format")
    threshold = Severity.parse(severity)
    found = lint_posting(_read(posting), rules=rule or None, exclude=exclude or (), min_severity=threshold,
                         series=series)
    if output_format == "json":
        typer.echo(json.dumps([f.model_dump() for f in found], indent=2))
    else:
        for f in found:
            typer.echo(f"{f.section}:{f.start}-{f.end}: {f.severity} [{f.rule}] {f.message} {f.suggestion}")
        typer.echo(f"{_count(len(found), 'finding')} at or above {threshold}", err=True)
    if found:
        raise typer.Exit(1)
