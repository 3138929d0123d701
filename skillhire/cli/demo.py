"""``skillhire demo``: the whole pipeline on bundled sample data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from skillhire.cli._app import app


@app.command("demo")
def demo_cli(
    outdir: Annotated[
        Path, typer.Argument(metavar="FOLDER", help="Folder for the outputs (created; an earlier demo's files are replaced).")
    ] = Path("skillhire-demo"),
    applicants: Annotated[int, typer.Option(metavar="N", help="Applicants in the synthetic pooled action.", min=10)] = 850,
    seed: Annotated[int, typer.Option(metavar="N", help="Seed of the synthetic pool (same seed, same files).")] = 2026,
) -> None:
    """Run the whole pipeline on bundled sample data: title, rewrite, skills, render, score a pooled action."""
    from skillhire.demo import run_demo

    typer.echo("skillhire demo: the whole pipeline on bundled sample data, with no network.\n")
    report = run_demo(outdir, n_applicants=applicants, seed=seed)
    for number, step in enumerate(report.steps, start=1):
        typer.secho(f"{number}. {step.name} ({step.seconds:.1f} s)", bold=True)
        for line in step.summary:
            typer.echo(f"   {line}")
        folders: dict[Path, int] = {}
        for name in step.files:
            folder = Path(name).parent
            if folder != Path(".") and sum(Path(other).parent == folder for other in step.files) > 3:
                folders[folder] = folders.get(folder, 0) + 1
            else:
                typer.echo(f"   wrote {Path(report.outdir) / name}")
        for folder, count in folders.items():
            typer.echo(f"   wrote {count} files in {Path(report.outdir) / folder}")
    typer.echo(f"\nDone in {report.seconds:.1f} s. Open {Path(report.outdir) / 'posting.html'} and "
               f"{Path(report.outdir) / 'scored.xlsx'} to look at the results.")
