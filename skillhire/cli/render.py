"""``skillhire render``, ``skillhire templates list`` and ``skillhire new-posting``."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from skillhire.cli._app import app
from skillhire.errors import InvalidFileError

_SPREADSHEETS = (".xlsx", ".xlsm", ".csv", ".tsv")

templates_app = typer.Typer(help="List the posting templates.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


def _finding_line(finding: Any) -> str:
    where = f" [{finding.section}: {finding.text!r}]" if finding.text else ""
    text = f"{finding.severity}: {finding.rule}: {finding.message}{where}"
    suggestion = finding.suggestion
    return f"{text} ({suggestion})" if suggestion else text


@app.command("render")
def render_cli(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="A posting file (.toml, .json, or an announcement .txt/.md/.html), or a spreadsheet "
            "(.xlsx, .csv) with one posting per row.",
        ),
    ],
    template: Annotated[
        str, typer.Option("--template", "-t", metavar="TEMPLATE", help="Template name (see: skillhire templates list).")
    ] = "usajobs-markdown",
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the posting here ('-' or absent: standard output)."),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", metavar="FOLDER", help="For a spreadsheet: the folder to write one file per row into."),
    ] = None,
    template_dir: Annotated[
        list[Path] | None,
        typer.Option(
            "--template-dir", metavar="FOLDER", help="A folder of your own templates, searched before the bundled ones."
        ),
    ] = None,
    assessment: Annotated[
        str | None,
        typer.Option(metavar="ASSESSMENT", help="Assessment (bundled name or file) to describe in 'How you will be evaluated'."),
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace output files that already exist.")] = False,
    strict: Annotated[
        bool,
        typer.Option(
            help="Exit 1 when a check finds a problem at or above --fail-on (or a row is rejected)."
        ),
    ] = False,
    fail_on: Annotated[
        str, typer.Option(metavar="SEVERITY", help="Lowest severity that fails --strict: info, warning or error.")
    ] = "warning",
    check: Annotated[
        bool, typer.Option(help="Check the rendered posting (plain language, announcement rules).")
    ] = True,
    show: Annotated[
        str, typer.Option("--show", metavar="SEVERITY", help="Print findings at or above this severity: info, warning or error.")
    ] = "warning",
) -> None:
    """Render a posting (or one posting per spreadsheet row) with a template, and check it."""
    from skillhire.rendering import output_suffix, render_posting, render_postings, write_rendered

    dirs = list(template_dir or [])
    if source.suffix.lower() in _SPREADSHEETS:
        if out_dir is None:
            raise typer.BadParameter(
                "a spreadsheet renders one file per row: give --out-dir", param_hint="--out-dir"
            )
        result = render_postings(
            source, template=template, template_dirs=dirs, assessment=assessment, check=check
        )
        suffix = output_suffix(result.rendered[0][1].format) if result.rendered else ".txt"
        targets = [(out_dir / _file_name(row, text, suffix), text) for row, text in result.rendered]
        existing = [str(path) for path, _ in targets if path.exists()]
        if existing and not overwrite:
            raise InvalidFileError(
                out_dir, f"already holds {', '.join(existing)}; pass --overwrite to replace them"
            )
        for path, text in targets:
            write_rendered(text, path, overwrite=overwrite)
        for error in result.errors:
            typer.echo(f"rejected: {error}", err=True)
        findings = sum(len(text.findings) for _, text in result.rendered)
        typer.echo(
            f"{_count(result.rows_read, 'row')} read, {_count(len(result.rendered), 'posting')} written to "
            f"{out_dir}, {_count(result.rows_rejected, 'row')} rejected, {_count(findings, 'finding')}",
            err=True,
        )
        if strict and result.rows_rejected:
            raise typer.Exit(1)
        return
    if out_dir is not None:
        raise typer.BadParameter(
            "--out-dir is for spreadsheets; use -o for one posting", param_hint="--out-dir"
        )
    if output not in (None, "-"):
        from skillhire.workbook import refuse_input_as_output

        refuse_input_as_output(output, [source])
    rendered = render_posting(
        source,
        template=template,
        template_dirs=dirs,
        assessment=assessment,
        check=check,
        strict=strict,
        fail_on=fail_on,  # type: ignore[arg-type]  # validated by render_posting
    )
    if output in (None, "-"):
        sys.stdout.write(str(rendered))
    else:
        write_rendered(rendered, output, overwrite=overwrite)
        typer.echo(f"wrote {output}", err=True)
    _report_findings(rendered.findings, show)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _report_findings(findings: Any, show: str) -> None:
    from skillhire.plain_language import Severity

    threshold = Severity.parse(show)
    hidden = 0
    for finding in findings:
        if finding.severity >= threshold:
            typer.echo(_finding_line(finding), err=True)
        else:
            hidden += 1
    if findings:
        counts = {level: sum(1 for f in findings if f.severity == level) for level in Severity}
        listed = ", ".join(
            f"{count} {level}" for level, count in sorted(counts.items(), reverse=True) if count
        )
        hint = f"; {hidden} not shown, --show info lists them all" if hidden else ""
        typer.echo(f"{_count(len(findings), 'finding')} ({listed}){hint}", err=True)


def _file_name(row: int, text: Any, suffix: str) -> str:
    first = next((line for line in str(text).splitlines() if line.strip()), "")
    if str(text).lstrip().startswith("<"):
        match = re.search(r"<h1[^>]*>(.*?)</h1>", str(text), re.DOTALL)
        first = match.group(1) if match else ""
    slug = (
        re.sub(r"[^a-z0-9]+", "-", re.sub(r"<[^>]+>|&\w+;", "", first).lower()).strip("-")[:60] or "posting"
    )
    return f"row-{row:04d}-{slug}{suffix}"


@templates_app.command("list")
def templates_list_cli(
    template_dir: Annotated[
        list[Path] | None,
        typer.Option(
            "--template-dir", metavar="FOLDER", help="A folder of your own templates, searched before the bundled ones."
        ),
    ] = None,
) -> None:
    """List the templates: name, format, where each was found, and what it is for."""
    from skillhire.rendering import describe_templates

    infos = describe_templates(template_dirs=list(template_dir or []))
    width = max(len(info.name) for info in infos)
    for info in infos:
        typer.echo(f"{info.name:<{width}}  {info.format:<4}  {info.origin}  {info.description}")


@app.command("new-posting")
def new_posting_cli(
    path: Annotated[
        str, typer.Argument(metavar="FILE", help="Where to write the starter posting ('-': standard output).")
    ] = "posting.toml",
    overwrite: Annotated[bool, typer.Option(help="Replace the file if it already exists.")] = False,
) -> None:
    """Write a commented starter posting file (TOML) to fill in and render."""
    from skillhire.rendering import new_posting_text, write_rendered

    text = new_posting_text()
    if path == "-":
        sys.stdout.write(text)
        return
    write_rendered(text, path, overwrite=overwrite)
    typer.echo(
        f"wrote {path}; fill it in, then: skillhire render {path} --template usajobs-html -o posting.html",
        err=True,
    )
