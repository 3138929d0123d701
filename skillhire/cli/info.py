"""``skillhire info``: where skillhire and its bundled data are, for bug reports."""

from __future__ import annotations

from typing import Annotated

import typer

from skillhire import __version__
from skillhire._resources import data_location, list_data
from skillhire.cli._app import app


@app.command("info")
def info_cli(
    kinds: Annotated[
        list[str] | None,
        typer.Argument(metavar="KIND", help="Bundled data folders to show: assessments, samples, taxonomies, templates (default: all)."),
    ] = None,
) -> None:
    """Show the version, where the bundled data was found, and the bundled data files."""
    typer.echo(f"skillhire {__version__}")
    for kind in kinds or ["assessments", "samples", "taxonomies", "templates"]:
        folder, how = data_location(kind)  # type: ignore[arg-type]  # unknown kinds raise a clear error
        names = [name for name, _ in list_data(kind)]  # type: ignore[arg-type]
        folders = sorted(
            f"{entry.name}/" for entry in folder.iterdir() if entry.is_dir() and not entry.name.startswith(".")
        )
        counts = [_count(len(names), "file")] + ([_count(len(folders), "folder")] if folders else [])
        typer.echo(f"{kind}: {folder} (found in the {how}); {', '.join(counts)}: {', '.join(names + folders)}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
