"""``skillhire assessment list|show|schema``: the assessments the scoring engine uses."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from skillhire.assessment import assessment_schema, list_assessments, load_assessment
from skillhire.cli._app import app

assessment_app = typer.Typer(
    help="Pooled-hiring assessments: list the bundled ones, show one, print the file format's JSON Schema.",
    no_args_is_help=True,
)
app.add_typer(assessment_app, name="assessment")


@assessment_app.command("list")
def list_cli() -> None:
    """List the bundled assessments, one name a line."""
    for name in list_assessments():
        typer.echo(name)


@assessment_app.command("show")
def show_cli(
    name: Annotated[str, typer.Argument(metavar="ASSESSMENT", help="A bundled assessment name or a .toml/.json file.")] = "smeqa-standard",
    as_json: Annotated[bool, typer.Option("--json", help="Print the full assessment as JSON.")] = False,
) -> None:
    """Show an assessment: hurdles, competencies, transmutation, categories and referral settings."""
    assessment = load_assessment(name)
    if as_json:
        typer.echo(json.dumps(assessment.model_dump(mode="json"), indent=2))
    else:
        typer.echo(assessment.describe())


@assessment_app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of assessment files (TOML or JSON)."""
    typer.echo(json.dumps(assessment_schema(), indent=2, sort_keys=True))
