"""The command line's shared behaviour: help, version, and the one error path."""

from __future__ import annotations

import subprocess
import sys

import pytest

import skillhire
from skillhire.cli import main


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(capsys, "--help")
    assert code == 0
    assert "Usage: skillhire" in out
    assert "info" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(capsys, "--version")
    assert (code, out) == (0, f"skillhire {skillhire.__version__}\n")


def test_a_library_error_is_one_line_on_stderr_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "info", "pictures")
    assert code == 1
    assert err == "Error: No bundled data folder 'pictures'. Available: assessments, samples, taxonomies, templates\n"
    assert "Traceback" not in out + err


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(capsys, "no-such-command")
    assert code == 2
    assert "No such command" in err


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "skillhire", "--version"], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout) == (0, f"skillhire {skillhire.__version__}\n")


def test_info_shows_where_the_bundled_data_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(capsys, "info", "taxonomies")
    assert code == 0
    assert out.startswith(f"skillhire {skillhire.__version__}\ntaxonomies: ")
    # the taxonomy files live in folders: a bare "1 files: PROVENANCE.md" read as if they were missing
    assert out.split(" (found in the ")[1].split(")", 1)[1] == (
        "; 1 file, 3 folders: PROVENANCE.md, plain-language/, skills/, titles/\n"
    )



# a library user's own typer CLI, with one argument that has a metavar; prints its --help
_THEIR_TYPER_APP = """
from typing import Annotated

import typer
from typer.testing import CliRunner

theirs = typer.Typer(rich_markup_mode=None)


@theirs.command()
def greet(name: Annotated[str, typer.Argument(metavar="NAME", help="Who to greet.")]) -> None:
    typer.echo(f"hello {name}")


HELP = CliRunner().invoke(theirs, ["--help"]).output
"""


def test_skillhire_shows_an_argument_by_its_metavar_alone(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = capsys.readouterr().out
    assert "  FILE  A posting file (.toml, .json, or an announcement .txt/.md/.html), or a" in out
    assert "<str>" not in out and "<path>" not in out


def test_skillhire_leaves_a_library_users_own_typer_app_as_stock_typer(capsys: pytest.CaptureFixture[str]) -> None:
    # skillhire's CLI changed typer's TyperArgument class for the whole process, so a library user's own typer
    # CLI in the same process lost the type typer prints after an argument's metavar. Compare with a process that
    # never imported skillhire.
    import typer.core

    with pytest.raises(SystemExit):  # skillhire's application built and used in this process first
        main(["render", "--help"])
    capsys.readouterr()
    stock = subprocess.run(
        [sys.executable, "-c", _THEIR_TYPER_APP + "\nprint(HELP, end='')"], capture_output=True, text=True, check=True
    ).stdout
    namespace: dict[str, object] = {}
    exec(compile(_THEIR_TYPER_APP, "their_cli.py", "exec"), namespace)
    assert namespace["HELP"] == stock
    if hasattr(typer.core.TyperArgument, "display_type_rich"):  # typer 0.2x prints the type after the metavar
        assert "NAME <str>  Who to greet." in stock
