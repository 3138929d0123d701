"""``skillhire translate-title``: federal job titles to private-sector working titles, one or a whole sheet."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Annotated

import typer

from skillhire.cli._app import app
from skillhire.errors import MissingColumnError, SkillhireWarning
from skillhire.titles import onet_attribution, translate_title, translate_title_sheet


@app.command("translate-title")
def translate_title_cli(
    title: Annotated[
        str | None,
        typer.Argument(metavar="TITLE", help="The federal title, e.g. \"IT Specialist (APPSW)\". Leave out when using --file."),
    ] = None,
    grade: Annotated[str | None, typer.Option("--grade", metavar="GRADE", help="Grade, e.g. GS-13 or 13.")] = None,
    series: Annotated[str | None, typer.Option("--series", metavar="SERIES", help="OPM series, e.g. 2210.")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", metavar="FILE", help="A .xlsx, .csv or .tsv sheet with a title column; translates every row."),
    ] = None,
    column: Annotated[str, typer.Option("--column", metavar="COLUMN", help="Title column of --file.")] = "title",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Sheet to write for --file (.xlsx, .csv or .jsonl); default NAME.titles.csv."),
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", metavar="SHEET", help="Worksheet of --file (name or 0-based index).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing --output file.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the match as JSON.")] = False,
) -> None:
    """Translate a federal job title (or a sheet of them) into a private-sector working title and O*NET-SOC code."""
    if (title is None) == (file is None):
        raise typer.BadParameter("give either a TITLE or --file, not both")
    if file is not None:
        which: str | int | None = int(sheet) if sheet is not None and sheet.isdigit() else sheet
        try:
            result = translate_title_sheet(file, output=output, column=column, sheet=which, overwrite=overwrite,
                                           workers=-1)
        except MissingColumnError as error:  # the library's hint names its parameter too: the option alone here
            problem = error.problem.replace("name the title column's header with column= (--column)",
                                            "name it with --column")
            raise MissingColumnError(error.path, problem) from None
        typer.echo(
            f"{result.rows_in} rows: {result.rows_translated} translated "
            f"({result.low_confidence} low-confidence), {result.rows_rejected} rejected"
            + (f", {result.blank_rows} blank skipped" if result.blank_rows else "")
            + f"; wrote {result.output_path}"
        )
        for error in result.errors:
            typer.secho(f"rejected {error}", fg=typer.colors.YELLOW, err=True)
        typer.echo(onet_attribution())
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SkillhireWarning)
        match = translate_title(title, series=series, grade=grade)  # type: ignore[arg-type]
    if as_json:
        typer.echo(json.dumps(match.model_dump(exclude={"parsed"}), indent=2))
        return
    typer.echo(f"{match.title}")
    typer.echo(f"  O*NET-SOC: {match.soc_code or '(none)'} {match.soc_title or ''}".rstrip())
    typer.echo(f"  score: {match.score:.0f}{' (low confidence: check this title)' if match.low_confidence else ''}")
    if match.series:
        typer.echo(f"  series: {match.series}" + (f" ({match.specialty})" if match.specialty else ""))
    if match.seniority:
        typer.echo(f"  seniority: {match.seniority}")
    typer.echo("  reasons:")
    for reason in match.reasons:
        typer.echo(f"    - {reason}")
    if match.alternatives:
        typer.echo("  alternatives:")
        for alt in match.alternatives:
            typer.echo(f"    - {alt.title} ({alt.soc_code} {alt.soc_title}), {alt.score:.0f}")
    for warning in caught:
        typer.secho(f"warning: {warning.message}", fg=typer.colors.YELLOW, err=True)
