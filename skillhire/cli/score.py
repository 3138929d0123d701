"""``skillhire score``: score applicant and rating spreadsheets into a results workbook."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from skillhire.cli._app import app
from skillhire.errors import SkillhireError


def _column_map(entries: list[str] | None) -> dict[str, str] | None:
    """``["Cand No=applicant_id", "Mail=email,Vet=veterans_preference"]`` -> a header -> column mapping."""
    if not entries:
        return None
    mapping: dict[str, str] = {}
    for entry in entries:
        for part in entry.split(","):
            if not part.strip():
                continue
            header, sep, column = part.partition("=")
            if not sep or not header.strip() or not column.strip():
                raise SkillhireError(
                    f"--column-map {part.strip()!r}: write HEADER=COLUMN, e.g. 'Cand No=applicant_id'"
                )
            mapping[header.strip()] = column.strip()
    return mapping


@app.command("score")
def score_cli(
    applicants: Annotated[Path, typer.Argument(metavar="FILE", help="Applicant file: .xlsx, .xlsm, .csv or .tsv.")],
    ratings: Annotated[Path, typer.Option("--ratings", "-r", metavar="FILE", help="SME rating file (long or wide layout).")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Results file: .xlsx, .csv or .jsonl [default: <applicants>-scored.xlsx]."
        ),
    ] = None,
    assessment: Annotated[
        str, typer.Option("--assessment", "-a", metavar="ASSESSMENT", help="Bundled assessment name or a .toml/.json file.")
    ] = "smeqa-standard",
    output_format: Annotated[
        str | None, typer.Option("--format", metavar="FORMAT", help="xlsx, csv or jsonl (default: from the output suffix).")
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the output if it exists.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any row was rejected.")] = False,
    column_map: Annotated[
        list[str] | None,
        typer.Option(
            "--column-map", metavar="HEADER=COLUMN", help="Applicant header mapping HEADER=COLUMN (repeat, or comma-separate)."
        ),
    ] = None,
    ratings_column_map: Annotated[
        list[str] | None,
        typer.Option("--ratings-column-map", metavar="HEADER=COLUMN", help="Rating file header mapping HEADER=COLUMN."),
    ] = None,
    sheet: Annotated[
        str | None, typer.Option("--sheet", metavar="SHEET", help="Applicant sheet name (default: found).")
    ] = None,
    ratings_sheet: Annotated[str | None, typer.Option("--ratings-sheet", metavar="SHEET", help="Rating sheet name.")] = None,
    adverse_impact_by: Annotated[
        list[str] | None,
        typer.Option(
            "--adverse-impact-by", metavar="COLUMN", help="Applicant column for adverse impact (repeat; default: sex, race...)."
        ),
    ] = None,
    rating_method: Annotated[
        str | None, typer.Option("--rating-method", metavar="METHOD", help="category or numerical (default: the assessment's).")
    ] = None,
    scientific_professional: Annotated[
        bool | None,
        typer.Option(
            "--scientific-professional/--not-scientific-professional", help="Override the assessment."
        ),
    ] = None,
    issued_on: Annotated[
        str | None,
        typer.Option("--issued-on", metavar="DATE", help="Certificate issue date YYYY-MM-DD (starts the 240 days)."),
    ] = None,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Add resume evidence per competency for SMEs (never a rating).")
    ] = False,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", min=1, metavar="N", help="Most data rows read per file [default: 2,000,000].")
    ] = None,
    spill_rows_above: Annotated[
        int | None,
        typer.Option(
            "--spill-rows-above", min=0, metavar="N",
            help="With more applicant rows than this, keep the rows as read in a private temporary file while "
            "scoring [default: 20,000].",
        ),
    ] = None,
    in_memory: Annotated[
        bool, typer.Option("--in-memory", help="Keep every row in memory, however many (no temporary file).")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.")
    ] = False,
) -> None:
    """Score applicant and SME rating spreadsheets into a results workbook.

    Reads both files (header found below title rows, columns matched by name or alias), scores every
    applicant through the assessment's hurdles, and writes Summary, Applicants, one sheet per
    certificate, Rejected rows, Adverse impact, Rater agreement and Audit. Exit 0 on success, 1 on an
    error in the inputs (or, with --strict, when any row was rejected).
    """
    from skillhire.batch import score_spreadsheets

    if rating_method is not None and rating_method not in ("category", "numerical"):
        raise SkillhireError(f"--rating-method {rating_method!r}: use category or numerical")
    issued = None
    if issued_on is not None:
        try:
            issued = dt.date.fromisoformat(issued_on)
        except ValueError:
            raise SkillhireError(f"--issued-on {issued_on!r}: write the date as YYYY-MM-DD") from None
    if output is not None and str(output) == "-":
        raise SkillhireError(
            "--output '-': skillhire score writes files, not standard output; name a .xlsx, .csv or .jsonl file"
        )
    target = output or applicants.with_name(f"{applicants.stem}-scored.xlsx")
    kwargs = dict(
        output=target, format=output_format, overwrite=overwrite, column_map=_column_map(column_map),
        ratings_column_map=_column_map(ratings_column_map), sheet=sheet, ratings_sheet=ratings_sheet,
        adverse_impact_by=adverse_impact_by, scientific_professional=scientific_professional,
        rating_method=rating_method, issued_on=issued, evidence=evidence, max_rows=max_rows,
    )  # fmt: skip
    if in_memory and spill_rows_above is not None:
        raise SkillhireError("--in-memory and --spill-rows-above: give one of them, not both")
    if in_memory:
        kwargs["spill_rows_above"] = None
    elif spill_rows_above is not None:
        kwargs["spill_rows_above"] = spill_rows_above
    if quiet or not sys.stderr.isatty():
        summary = score_spreadsheets(applicants, ratings, assessment, **kwargs)
    else:
        summary = _with_progress(
            lambda stage: score_spreadsheets(applicants, ratings, assessment, stage=stage, **kwargs)
        )
    if not quiet:
        _print_summary(summary)
    if strict and summary.rows_rejected:
        typer.secho(
            f"Error: {summary.rows_rejected} row(s) rejected (--strict); see the Rejected rows sheet of {summary.files[0]}",
            fg=typer.colors.RED,
            err=True,
        )
        raise typer.Exit(1)


def _with_progress(run):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        tasks: dict[str, int] = {}

        def stage(name: str, done: int, total: int | None) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done, total=total)

        return run(stage)


def _print_summary(summary) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="skillhire score", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("rows read", justify="right")
    table.add_column("scored", justify="right")
    table.add_column("rejected", justify="right")
    table.add_row("applicants", f"{summary.applicants_read:,}", f"{summary.applicants_scored:,}",
                  f"{summary.applicants_rejected:,}")  # fmt: skip
    table.add_row("ratings", f"{summary.ratings_read:,}", f"{summary.ratings_scored:,}",
                  f"{summary.ratings_rejected:,}")  # fmt: skip
    console = Console(file=sys.stdout, width=100)
    console.print(table)
    statuses = ", ".join(f"{name} {count:,}" for name, count in summary.statuses.items())
    console.print(f"applicants: {statuses}")
    if summary.categories:
        console.print(
            "eligible per category: " + ", ".join(f"{n} {c:,}" for n, c in summary.categories.items())
        )
    console.print(f"certificates written: {len(summary.certificates)}")
    if summary.truncated_cells:
        cut = summary.truncated_cells
        where = ", ".join(cut[:3]) + (f" and {len(cut) - 3:,} more" if len(cut) > 3 else "")
        console.print(
            f"cells cut to Excel's 32,767-character limit: {len(cut):,} ({where}); "
            "a .csv or .jsonl output (--format) keeps the whole text",
            markup=False,
        )
    console.print(f"wrote {', '.join(summary.files)}")
