"""``skillhire demo``: the whole pipeline on bundled data, deterministic, and careful with the user's folders."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from skillhire.demo import run_demo
from skillhire.errors import InvalidFileError, SkillhireError


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    outdir = tmp_path_factory.mktemp("demo")
    return run_demo(outdir, n_applicants=150, messy_rows=6, seed=7), outdir


def test_every_step_runs_in_order_and_writes_its_files(demo) -> None:
    report, outdir = demo
    assert [step.name for step in report.steps] == ["title", "rewrite", "skills", "render", "pool", "score"]
    for step in report.steps:
        for name in step.files:
            assert (outdir / name).is_file() and (outdir / name).stat().st_size > 0, name
    names = {name for step in report.steps for name in step.files}
    assert {"rewritten-posting.md", "rewrite-changes.csv", "posting.html", "skills.csv", "scored.xlsx",
            "adverse-impact.csv", "rejected-rows.csv"} <= names
    assert any(name.startswith("certificates/") for name in names)


def test_the_title_step_translates_the_official_title(demo) -> None:
    report, _ = demo
    lines = report.steps[0].summary
    assert lines[0] == "official title: IT Specialist (DATAMGT) (series 2210, grade GS-12)"
    assert lines[1].startswith("working title: ")
    assert "(" not in lines[1].removeprefix("working title: ").split(" (O*NET")[0]


def test_no_row_is_lost(demo) -> None:
    report, outdir = demo
    line = report.steps[-1].summary[0]
    read, scored, rejected = (int(word) for word in line.split() if word.isdigit())
    assert read == scored + rejected
    assert rejected > 0  # the messy rows are reported, not dropped
    with (outdir / "rejected-rows.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) >= rejected


def test_the_adverse_impact_line_counts_every_demographic_column_of_the_csv(demo) -> None:
    # It once counted only the first column (sex: 0) while the CSV flagged rows by race_ethnicity.
    report, outdir = demo
    line = next(line for line in report.steps[-1].summary if line.startswith("adverse impact:"))
    with (outdir / "adverse-impact.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by = {}
    for row in rows:
        by.setdefault(row["by"], 0)
        by[row["by"]] += row["flagged"] == "TRUE"
    assert by == {"sex": 3, "race_ethnicity": 14}  # seed 7, 150 applicants: the CSV's own flags, counted here
    total = sum(by.values())
    detail = ", ".join(f"{column} {count}" for column, count in sorted(by.items(), key=lambda kv: kv[0] != "sex"))
    noun = "row" if total == 1 else "rows"
    assert line == (f"adverse impact: {total} group-by-hurdle {noun} below four-fifths ({detail}); "
                    "evidence, not a legal finding")


@pytest.mark.parametrize(
    ("flagged", "line"),
    [
        ({"sex": 0, "race_ethnicity": 3}, "adverse impact: 3 group-by-hurdle rows below four-fifths (sex 0, "
                                          "race_ethnicity 3); evidence, not a legal finding"),
        ({"sex": 1}, "adverse impact: 1 group-by-hurdle row below four-fifths (sex 1); evidence, not a legal finding"),
        ({}, "adverse impact: not reported (the applicants have no demographic column)"),
    ],
)
def test_adverse_impact_line(flagged: dict[str, int], line: str) -> None:
    from skillhire.demo import _adverse_impact_line

    assert _adverse_impact_line(flagged) == line


def test_the_rendered_posting_is_one_accessible_page(demo) -> None:
    _, outdir = demo
    html = (outdir / "posting.html").read_text(encoding="utf-8")
    assert html.count("<h1") == 1
    assert '<html lang="en"' in html


def test_the_same_seed_gives_the_same_certificates(demo, tmp_path: Path) -> None:
    _, first = demo
    run_demo(tmp_path, n_applicants=150, messy_rows=6, seed=7)
    for path in sorted((first / "certificates").glob("*.csv")) + [first / "adverse-impact.csv"]:
        assert (tmp_path / path.relative_to(first)).read_bytes() == path.read_bytes(), path.name


def test_a_folder_with_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InvalidFileError, match="not written by skillhire demo"):
        run_demo(tmp_path, n_applicants=20)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(SkillhireError, match="is a file, not a folder"):
        run_demo(target, n_applicants=20)
