"""``skillhire render``, ``skillhire templates list`` and ``skillhire new-posting``."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from cli_fixtures import run

from skillhire import load_posting, render_posting
from skillhire._resources import data_file


def sample_path(name: str) -> str:
    return str(data_file("samples", f"{name}.toml"))


def test_render_to_a_file_then_refuse_to_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "posting.html"
    code, out, err = run(
        capsys, "render", sample_path("data-scientist"), "--template", "usajobs-html", "-o", str(target)
    )
    assert (code, out) == (0, "")
    assert err.startswith(f"wrote {target}\n")
    expected = render_posting(load_posting(sample_path("data-scientist")), template="usajobs-html")
    assert target.read_text(encoding="utf-8") == str(expected)
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run(
        capsys, "render", sample_path("data-scientist"), "--template", "usajobs-html", "-o", str(target)
    )
    assert code == 1
    assert err == f"Error: {target}: already exists; pass overwrite=True (--overwrite) to replace it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(
        capsys,
        "render",
        sample_path("data-scientist"),
        "-t",
        "usajobs-html",
        "-o",
        str(target),
        "--overwrite",
    )
    assert code == 0 and target.read_text(encoding="utf-8") == str(expected)


def test_render_to_standard_output_with_an_assessment(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "render", sample_path("cx-strategist"), "-t", "plain-text", "--assessment", "smeqa-standard"
    )
    assert code == 0
    assert out.startswith("Customer Experience Strategist\n==============================\n")
    assert "- Best Qualified: Exceeded the required proficiency in both interview rounds\n" in out


def test_render_unknown_template_is_one_red_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "render", sample_path("cx-strategist"), "-t", "usajobs-htm")
    assert (code, out) == (1, "")
    assert err == (
        "Error: No bundled template 'usajobs-htm'. Did you mean 'usajobs-html'? Available: "
        "one-page-summary, plain-text, pooled-announcement, usajobs-html, usajobs-markdown\n"
    )


def test_render_strict_fails_on_findings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "thin.md.j2").write_text("# {{ posting.title }}\n", encoding="utf-8")
    args = ["render", sample_path("cx-strategist"), "-t", "thin", "--template-dir", str(tmp_path)]
    code, out, err = run(capsys, *args, "--assessment", "smeqa-standard")
    assert (code, out) == (0, "# Customer Experience Strategist\n")
    assert (
        "error: quality-categories-described: the announcement does not describe every quality category"
        in err
    )
    code, out, err = run(capsys, *args, "--assessment", "smeqa-standard", "--strict", "--fail-on", "error")
    assert (code, out) == (1, "")
    assert err.startswith("Error: the posting rendered with template 'thin' failed 2 check(s): ")


def test_render_a_spreadsheet_into_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = tmp_path / "postings.csv"
    with sheet.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(
            [
                ["title", "agency", "close_date"],
                ["Data Scientist", "U.S. Census Bureau", "2026-04-20"],
                ["CX Strategist", "GSA", "not a date"],
                ["Program Analyst", "GSA", ""],
            ]
        )
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "render", str(sheet), "--out-dir", str(out_dir), "-t", "usajobs-html")
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "row-0002-data-scientist.html",
        "row-0004-program-analyst.html",
    ]
    assert "rejected: postings.csv, row 3, column 'close_date': Input should be a valid date" in err
    assert re.search(
        rf"3 rows read, 2 postings written to {re.escape(str(out_dir))}, 1 row rejected, \d+ findings?\n$",
        err,
    )
    code, _, err = run(capsys, "render", str(sheet), "--out-dir", str(out_dir))
    assert code == 0  # Markdown names differ from the HTML ones, so nothing collides
    code, _, err = run(capsys, "render", str(sheet), "--out-dir", str(out_dir), "-t", "usajobs-html")
    assert code == 1 and "already holds" in err and "pass --overwrite" in err
    code, _, _ = run(
        capsys,
        "render",
        str(sheet),
        "--out-dir",
        str(out_dir),
        "-t",
        "usajobs-html",
        "--overwrite",
        "--strict",
    )
    assert code == 1  # --strict: a rejected row fails the run, after the good rows are written


def test_a_spreadsheet_needs_an_out_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text("title\nX\n", encoding="utf-8")
    code, _, err = run(capsys, "render", str(sheet))
    assert code == 2 and "give --out-dir" in err


def test_templates_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "plain-text.txt.j2").write_text("{# Our plain text. #}{{ posting.title }}", encoding="utf-8")
    code, out, _ = run(capsys, "templates", "list", "--template-dir", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [
        "one-page-summary",
        "plain-text",
        "pooled-announcement",
        "usajobs-html",
        "usajobs-markdown",
    ]
    assert lines[1] == f"plain-text           txt   {tmp_path}  Our plain text."


def test_new_posting_writes_a_starter_that_renders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "posting.toml"
    code, _, err = run(capsys, "new-posting", str(target))
    assert code == 0 and err.startswith(f"wrote {target}")
    posting = load_posting(target)
    assert (posting.title, posting.series, posting.grade_range) == (
        "Customer Experience Strategist",
        "0301",
        "GS-13 to GS-14",
    )
    text = target.read_text(encoding="utf-8")
    from skillhire import JobPosting

    for field in JobPosting.model_fields:
        assert f"{field} = " in text or f"[{field}]" in text or f"[[{field}]]" in text, field
    code, out, _ = run(capsys, "render", str(target), "-t", "usajobs-html")
    assert code == 0 and "<h1>Customer Experience Strategist</h1>" in out
    code, _, err = run(capsys, "new-posting", str(target))
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "new-posting", "-")
    assert code == 0 and out == text


@pytest.mark.parametrize("command", [["render"], ["templates", "list"], ["new-posting"]])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0 and "Usage: skillhire" in out


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for command in ("skillhire render ", "skillhire templates list", "skillhire new-posting"):
        assert command in readme


def test_render_shows_findings_above_the_chosen_severity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "announcement.txt"
    source.write_text(
        "IT Specialist\nSeries: 2210\n\nDuties\n- The incumbent shall utilize modern tools.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "render", str(source), "-t", "plain-text")
    assert code == 0 and out.startswith("IT Specialist\n=============\n")
    lines = err.splitlines()
    assert "warning: complex-words: Dirty-dozen phrase: \"utilize\". [duties: 'utilize']" in lines[1]
    assert all(line.startswith("warning: ") for line in lines[:-1])
    assert lines[-1] == "2 findings (2 warning)"  # nothing hidden: no hint to show more
    code, _, err = run(capsys, "render", str(source), "-t", "plain-text", "--show", "error")
    assert err == "2 findings (2 warning); 2 not shown, --show info lists them all\n"


@pytest.mark.parametrize(
    "show, last_line",
    [
        # one info finding ("lead" is masculine-coded): singular noun, and the hint only when it was hidden
        ("warning", "1 finding (1 info); 1 not shown, --show info lists them all"),
        ("error", "1 finding (1 info); 1 not shown, --show info lists them all"),
        ("info", "1 finding (1 info)"),
    ],
)
def test_the_findings_count_says_how_many_were_not_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, show: str, last_line: str
) -> None:
    source = tmp_path / "posting.toml"
    source.write_text(
        'title = "Data Engineer"\nagency = "Department of Labor"\nseries = "2210"\n'
        'duties = ["Lead the design of data pipelines."]\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "render", str(source), "-t", "one-page-summary", "--show", show)
    assert code == 0 and out.startswith("# Data Engineer at Department of Labor\n")
    assert err.splitlines()[-1] == last_line
