"""What the second new-user walkthrough (2026-11-24, evening) found in the command line and the scoring files."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from cli_fixtures import run

from skillhire import read_rows, score_pool, write_results
from skillhire.applicants import ApplicantRow
from skillhire.results_io import _audit_parts
from tests.scoring_fixtures import applicant, passing
from tests.test_score_cli import write_csv

POSTING = "Analyst\nSeries: 0343\n\n## Education\nYou must have a bachelor's degree.\n"




@pytest.mark.parametrize(
    "args, summary",
    [
        (["lint", "{path}", "--severity", "error"], "1 finding at or above error\n"),
        (["lint", "{path}", "--severity", "info"], "1 finding at or above info\n"),
        (["rewrite", "{path}", "-o", "{out}"], "grade 4.5 -> 11.5; 1 change, 1 finding\n"),
    ],
)
def test_one_finding_or_change_is_counted_in_the_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], summary: str
) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    out = tmp_path / "rewritten.md"
    _, _, err = run(capsys, *(a.format(path=path, out=out) for a in args))
    assert err.endswith(summary)


@pytest.mark.parametrize(
    "cell, agencies",
    [
        ("VA, GSA", ("GSA", "VA")),  # typed with a comma: two agencies, not one called 'VA, GSA'
        ("VA,GSA;HHS", ("GSA", "HHS", "VA")),
        ("VA;GSA", ("GSA", "VA")),
        ("VA,", ("VA",)),
        ("Department of Commerce, NOAA", ("Department of Commerce, NOAA",)),  # a name with a comma stays whole
        ("Department of Commerce, NOAA; VA", ("Department of Commerce, NOAA", "VA")),
        ("", ()),
    ],
)
def test_agency_codes_typed_with_commas_are_a_list(cell: str, agencies: tuple[str, ...]) -> None:
    assert ApplicantRow(row=2, applicant_id="A1", grades="13", agencies=cell).agencies == agencies


def test_locations_keep_their_commas() -> None:
    row = ApplicantRow(row=2, applicant_id="A1", grades="13", locations="Denver, CO; Washington, DC")
    assert row.locations == ("Denver, CO", "Washington, DC")


def test_an_applicant_opting_in_to_va_and_gsa_with_a_comma_is_on_both_certificates(tmp_path: Path) -> None:
    applicants = write_csv(
        tmp_path / "applicants.csv", [applicant("A1", agencies="VA, GSA"), applicant("A2", agencies="VA")]
    )
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2) + passing("A2", 2, 1))
    result = score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2026, 1, 5))
    assert [(c.agency, c.applicant_ids) for c in result.certificates() if c.grade == 13] == [
        ("(announcing agency)", ["A1", "A2"]),
        ("GSA", ["A1"]),
        ("VA", ["A1", "A2"]),
    ]


@pytest.mark.parametrize(
    "rows, parts",
    [
        ([["event 1", "abc"]], [["event 1", "abc"]]),
        ([["event 1", "abcdefgh"]], [["event 1", "abcdefgh"]]),
        ([["event 1", "abcdefghi"]], [["event 1 (part 1 of 2)", "abcdefgh"], ["event 1 (part 2 of 2)", "i"]]),
        ([["event 1", '"abcd": [1]}']], [["event 1 (part 1 of 2)", '"abcd"'], ["event 1 (part 2 of 2)", ": [1]}"]]),
        (
            [["setting x", 7], ["event 2", "a" * 17]],
            [["setting x", 7], ["event 2 (part 1 of 3)", "a" * 8], ["event 2 (part 2 of 3)", "a" * 8],
             ["event 2 (part 3 of 3)", "a"]],
        ),
    ],
)
def test_an_audit_value_too_long_for_a_cell_continues_on_part_rows(
    monkeypatch: pytest.MonkeyPatch, rows: list[list[object]], parts: list[list[object]]
) -> None:
    monkeypatch.setattr("skillhire.results_io.AUDIT_PART_CHARS", 8)
    assert list(_audit_parts(rows)) == parts


def test_a_part_always_fits_an_excel_cell() -> None:
    from skillhire.results_io import AUDIT_PART_CHARS
    from skillhire.workbook import EXCEL_MAX_CELL_CHARS

    assert 2 * AUDIT_PART_CHARS <= EXCEL_MAX_CELL_CHARS  # an astral character counts 2 UTF-16 units


def test_the_xlsx_audit_holds_every_event_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A large certificate's 'certificate_issued' event lists every referred id: at 100,000 applicants it
    # passed 32,767 characters and the workbook's audit record was cut. Here the part size is made small.
    monkeypatch.setattr("skillhire.results_io.AUDIT_PART_CHARS", 100)
    applicants = [applicant(f"A{n}") for n in range(1, 8)]
    ratings = [row for n in range(1, 8) for row in passing(f"A{n}", 2, 2)]
    result = score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2026, 1, 5))
    report = write_results(result, tmp_path / "scored.xlsx")
    write_results(result, tmp_path / "scored.jsonl")
    assert report.truncated_cells == []
    joined: dict[str, str] = {}
    rows = read_rows(tmp_path / "scored.xlsx", sheet="Audit").rows
    assert [row["item"] for row in rows if "event 1" in str(row["item"])] == [
        "event 1 (part 1 of 3)", "event 1 (part 2 of 3)", "event 1 (part 3 of 3)"
    ]
    for row in rows:
        item = str(row["item"]).split(" (part ")[0]
        joined[item] = joined.get(item, "") + str(row["value"])
    with open(tmp_path / "scored.jsonl", encoding="utf-8") as handle:
        audit = [json.loads(line) for line in handle if '"_table": "audit"' in line]
    events = {row["item"]: row["value"] for row in audit if row["item"].startswith("event ")}
    assert len(events) == 3
    assert {item: joined[item] for item in events} == events
    assert json.loads(events["event 1"])["event"] == "certificate_issued"


def test_score_names_the_cut_cells_and_how_to_keep_them(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    long_note = "x" * 40_000
    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1", note=long_note)])
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2))
    code, out, _ = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "o.xlsx"))
    assert code == 0
    assert "cells cut to Excel's 32,767-character limit: 1 (Applicants!K2 (40,000 characters)); a .csv or .jsonl " \
           "output (--format) keeps the whole text wrote " in " ".join(out.split())  # the line wraps at 100
    with open(tmp_path / "applicants.csv", encoding="utf-8", newline="") as handle:
        assert next(csv.DictReader(handle))["note"] == long_note  # the input is untouched


def test_a_profiles_html_names_the_section_of_each_piece_of_evidence() -> None:
    # README: with a mapping of section name to text, "every piece of evidence then names its section".
    from skillhire import profile_skills

    posting = profile_skills({"Duties": "Build SQL & Tableau reports.", "Qualifications": "SQL and Python."})
    assert "<td><em>Duties:</em> Build SQL &amp; Tableau reports.<br><em>Qualifications:</em> SQL and Python.</td>" \
        in posting._repr_html_()
    comparison = posting.compare(profile_skills("Wrote SQL."))._repr_html_()
    assert "<td>matched</td><td>SQL</td><td>data</td><td><em>Duties:</em> Build SQL &amp; Tableau reports.<br>" \
           "<em>Qualifications:</em> SQL and Python.</td><td>Wrote SQL.</td></tr>" in comparison


@pytest.mark.parametrize(
    "text, summary",
    [
        ("Wrote SQL.", "1 mention of 1 skill"),
        ("Wrote SQL and more SQL.", "2 mentions of 1 skill"),
        ("Wrote SQL in Python.", "2 mentions of 2 skills"),
    ],
)
def test_map_skills_counts_in_the_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, summary: str
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "map-skills", str(path))
    assert (code, out.splitlines()[-1]) == (0, summary)


@pytest.mark.parametrize(
    "domain, code, first_lines, err",
    [
        ("ai", 0, ["", "ai: Artificial intelligence"], ""),
        ("AI", 0, ["", "ai: Artificial intelligence"], ""),  # any case, as the README's "--domain cx" suggests
        ("aii", 1, [], "Error: No domain 'aii' in taxonomy 'cx-data-ai'. Did you mean 'ai'? Available: ai, cx, data, "
                       "digital\n"),  # it listed the heading and nothing, as if the domain were empty
    ],
)
def test_taxonomy_show_domain_names_an_unknown_domain(
    capsys: pytest.CaptureFixture[str], domain: str, code: int, first_lines: list[str], err: str
) -> None:
    got_code, out, got_err = run(capsys, "taxonomy", "show", "--domain", domain)
    assert (got_code, out.splitlines()[1:3], got_err) == (code, first_lines, err)


def test_evidence_without_a_resume_column_is_named_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # It wrote an "SME evidence" sheet with a header and no row, and said nothing.
    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1", sex="F")])
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2))
    output = tmp_path / "scored.xlsx"
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(output), "--evidence")
    assert (code, err) == (
        1,
        f"Error: {applicants}: has no resume column to find SME evidence in (headers accepted: resume_text, resume, "
        "resume_txt, resume_content); headers found: applicant_id, first_name, last_name, email, veterans_preference, "
        "grades, agencies, locations, sex; map one with column_map (--column-map), or leave out evidence "
        "(--evidence)\n",
    )
    assert not output.exists()


def test_sigterm_unwinds_so_no_applicant_rows_are_left_on_disk(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `kill`, `timeout` or a scheduler stopping `skillhire score` ended Python at once: the private spill
    # folders (rows as read, with names, emails and resumes) and the half-written output stayed behind.
    import os
    import signal

    from skillhire._spill import RowSpill
    from skillhire.workbook import atomic_output

    seen: list[Path] = []

    def killed_while_writing(*args: object, **kwargs: object) -> None:
        with RowSpill() as spill, atomic_output(tmp_path / "scored.xlsx") as temporary:
            seen.extend([spill._folder, Path(temporary)])
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(10_000_000):  # the handler runs between bytecodes, before this ends
                pass
            raise AssertionError("SIGTERM did not stop the command")

    def ignored(signum: int, frame: object) -> None:  # without skillhire's handler the test fails, not pytest
        pass

    monkeypatch.setattr("skillhire.batch.score_spreadsheets", killed_while_writing)
    original = signal.signal(signal.SIGTERM, ignored)
    try:
        code, _, _ = run(capsys, "score", "a.csv", "-r", "r.csv", "-o", str(tmp_path / "scored.xlsx"), "-q")
        after = signal.getsignal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, original)
    assert after is ignored  # put back for whatever runs Python next
    assert code == 128 + signal.SIGTERM
    assert [path.exists() for path in seen] == [False, False]
    assert list(tmp_path.iterdir()) == []
