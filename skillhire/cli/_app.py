"""The typer application that every command module registers on, and the one error handler.

Typer is imported only inside ``skillhire.cli``; library modules never import it.
"""

from __future__ import annotations

import signal
import sys
import warnings
from typing import Annotated, Any

import typer
import typer.core

from skillhire import __version__
from skillhire.errors import SkillhireError, SkillhireWarning


class _NamedArgument(typer.core.TyperArgument):
    """An argument whose help column is its metavar alone ("FILE  Posting file ...") when it has one, as click
    shows an option's: typer (0.29) prints the Python type after it ("FILE <str>"), which tells a user nothing.
    Typer before 0.2x (pyproject allows 0.12) printed no type there and never calls this."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None if self.metavar else super().display_type_rich(ctx)


class _SkillhireGroup(typer.core.TyperGroup):
    """skillhire's own command group: its commands' arguments (and its sub-groups') become :class:`_NamedArgument`.

    Only the click objects typer builds for skillhire's application change; typer's classes do not, so a library
    user's own ``typer.Typer()`` in the same process behaves as stock typer (an earlier version set
    ``TyperArgument.display_type_rich`` for the whole process)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _name_arguments(self)


def _name_arguments(command: Any) -> None:
    for param in command.params:
        if type(param) is typer.core.TyperArgument:
            param.__class__ = _NamedArgument
    # a group's commands and sub-groups, which typer builds before the group
    for sub in getattr(command, "commands", {}).values():
        _name_arguments(sub)


app = typer.Typer(
    name="skillhire",
    help="Skills-first federal hiring: rewrite postings, map skills, render postings, score pooled hiring.",
    cls=_SkillhireGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"skillhire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help="Show the version and exit.", callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    """Skills-first federal hiring: rewrite postings, map skills, render postings, score pooled hiring."""


def main(argv: list[str] | None = None) -> None:
    """Run the command line; the one place a :class:`SkillhireError` becomes exit code 1.

    A library error prints as one red line on stderr (no traceback) and exits 1; usage errors exit 2
    (click's convention); success exits 0. A :class:`SkillhireWarning` ("worked, but check this") prints as
    one ``Warning: ...`` line on stderr, without Python's file and source line.
    """
    default_showwarning = warnings.showwarning

    def show_warning(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, SkillhireWarning):  # "worked, but check this": one line, no source path
            typer.secho(f"Warning: {message}", fg=typer.colors.YELLOW, err=True)
        else:
            default_showwarning(message, category, filename, lineno, file, line)

    warnings.showwarning = show_warning
    installed, default_sigterm = _stop_cleanly_on_sigterm()
    try:
        app(args=argv, prog_name="skillhire", standalone_mode=True)
    except SkillhireError as error:
        typer.secho(f"Error: {error}", fg=typer.colors.RED, err=True)
        sys.exit(1)
    finally:
        warnings.showwarning = default_showwarning
        if installed:  # a handler not set from Python (None) comes back as the default
            signal.signal(signal.SIGTERM, signal.SIG_DFL if default_sigterm is None else default_sigterm)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _stop_cleanly_on_sigterm() -> tuple[bool, Any]:
    """Make SIGTERM (``kill``, ``timeout``, a scheduler stopping a job) unwind like Ctrl-C, so that the private
    temporary files holding applicant rows while ``score`` runs, and a half-written output, are removed;
    Python's default ends the process at once and left them in the temporary folder. Returns whether the
    handler was set (not in another thread than the main one) and the handler it replaced."""
    try:
        return True, signal.signal(signal.SIGTERM, _exit_on_signal)
    except ValueError:  # not the main thread of the main interpreter
        return False, None
