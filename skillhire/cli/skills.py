"""``skillhire map-skills`` and ``skillhire taxonomy list|show|validate``: a thin skin over the skills library."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from skillhire.cli._app import app
from skillhire.errors import InvalidFileError, UnknownNameError
from skillhire.skills import MatchOptions, map_skills
from skillhire.taxonomy import Taxonomy, list_taxonomies, load_taxonomy, taxonomy_summary

taxonomy_app = typer.Typer(
    name="taxonomy",
    help="Inspect and check skills taxonomies (bundled ones, or your own JSON/CSV/Excel/ESCO file).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(taxonomy_app, name="taxonomy")


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InvalidFileError(source, "does not exist or is not a file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidFileError(source, f"is not UTF-8 text ({error.reason})") from None


@app.command("map-skills")
def map_skills_cli(
    source: Annotated[str, typer.Argument(metavar="FILE", help="Text file of a posting or resume, or - for standard input.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", metavar="FORMAT", help="table (for people) or jsonl (one JSON match per line).")
    ] = OutputFormat.table,
    taxonomy: Annotated[
        str | None, typer.Option("--taxonomy", "-t", metavar="TAXONOMY", help="Bundled taxonomy name or taxonomy file (default cx-data-ai).")
    ] = None,
    include_negated: Annotated[
        bool, typer.Option("--include-negated", help="Also list mentions in negated clauses ('X is not required').")
    ] = False,
    no_fuzzy: Annotated[bool, typer.Option("--no-fuzzy", help="Turn off the rapidfuzz fallback for misspellings.")] = False,
    hyphenated: Annotated[
        bool,
        typer.Option("--hyphenated-compounds",
                     help="Also find forms a text hyphenates ('plain-language content'); slower, off by default."),
    ] = False,
) -> None:
    """Find the CX, data, AI and digital skills a posting or resume mentions, with the exact words as evidence."""
    text = _read_input(source)
    options = MatchOptions(include_negated=include_negated, fuzzy=not no_fuzzy, hyphenated_compounds=hyphenated)
    matches = map_skills(text, taxonomy=taxonomy, options=options)
    if output_format is OutputFormat.jsonl:
        for match in matches:
            typer.echo(match.model_dump_json())
        return
    if not matches:
        typer.echo("No skills found.")
        return
    width = max(len(m.text) for m in matches)
    width = min(max(width, 4), 40)
    typer.echo(f"{'span':>13}  {'text':<{width}}  {'skill':<34} {'domain':<8} {'method':<8} score")
    for m in matches:
        shown = m.text if len(m.text) <= width else m.text[: width - 1] + "\u2026"
        typer.echo(f"{m.start:>6}-{m.end:<6}  {shown:<{width}}  {m.skill_id:<34} {m.domain:<8} {m.method:<8} {m.score:>5.0f}")
    typer.echo(f"{_count(len(matches), 'mention')} of {_count(len({m.skill_id for m in matches}), 'skill')}")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


@taxonomy_app.command("list")
def taxonomy_list_cli() -> None:
    """List the bundled taxonomies with their size."""
    for name in list_taxonomies():
        summary = taxonomy_summary(load_taxonomy(name))
        typer.echo(f"{name}  version {summary['version']}: {summary['skills']} skills, {summary['surface_forms']} surface forms")


@taxonomy_app.command("show")
def taxonomy_show_cli(
    name: Annotated[str, typer.Argument(metavar="TAXONOMY", help="Bundled taxonomy name or taxonomy file.")] = "cx-data-ai",
    skill: Annotated[str | None, typer.Option("--skill", "-s", metavar="ID", help="Show one skill in full (JSON), with its broader and narrower skills.")] = None,
    domain: Annotated[str | None, typer.Option("--domain", "-d", metavar="DOMAIN", help="List only this domain's skills.")] = None,
) -> None:
    """Show a taxonomy's domains and groups with their skills, or one skill in full."""
    taxonomy = load_taxonomy(name)
    if skill is not None:
        typer.echo(json.dumps(_skill_in_full(taxonomy, skill), indent=2, ensure_ascii=False))
        return
    domains = {dom.id for dom in taxonomy.domains}
    if domain is not None and domain not in domains:  # a typo listed nothing, as if the domain were empty
        domain = next((d for d in domains if d.casefold() == domain.casefold()), None) or domain
        if domain not in domains:
            raise UnknownNameError("domain", domain, domains, where=f"taxonomy '{taxonomy.name}'")
    typer.echo(f"{taxonomy.name} {taxonomy.version}: {taxonomy.title}")
    for dom in taxonomy.domains:
        if domain is not None and dom.id != domain:
            continue
        typer.echo(f"\n{dom.id}: {dom.label}")
        for group in taxonomy.groups:
            if group.domain != dom.id:
                continue
            skills = taxonomy.skills_in(group=group.id)
            typer.echo(f"  {group.id}: {group.label} ({_count(len(skills), 'skill')})")
            for item in skills:
                broader = f" (broader: {', '.join(item.broader)})" if item.broader else ""
                typer.echo(f"    {item.id}: {item.label}{broader}")


def _skill_in_full(taxonomy: Taxonomy, skill_id: str) -> dict[str, object]:
    """One skill as its JSON fields, then the links a reader follows by hand otherwise: every skill it counts as
    evidence of (``broader`` followed transitively, nearest first, as ``compare_profiles`` does) and the skills
    whose ``broader`` names it."""
    item = taxonomy.skill(skill_id)
    return {
        **item.model_dump(),
        "broader_transitive": taxonomy.broader_of(item.id),
        "narrower": [other.id for other in taxonomy.skills if item.id in other.broader],
    }


@taxonomy_app.command("validate")
def taxonomy_validate_cli(
    name: Annotated[str, typer.Argument(metavar="TAXONOMY", help="Bundled taxonomy name or taxonomy file (.json, .csv, .xlsx).")],
) -> None:
    """Check a taxonomy: structure, duplicate ids, dangling parents, shared surface forms."""
    summary = taxonomy_summary(load_taxonomy(name))  # invalid files raise a SkillhireError naming the problem
    typer.echo(f"{name}: valid; {summary['skills']} skills, {summary['surface_forms']} surface forms, "
               f"{len(summary['domains'])} domains, {len(summary['groups'])} groups")
