"""What a new user trips on at the command line (the walkthrough of 2026-11-24): warnings, README commands."""

from __future__ import annotations

import re
import shlex
import warnings
from pathlib import Path

import pytest
from cli_fixtures import run

from tests.scoring_fixtures import applicant, passing, resume_votes
from tests.test_score_cli import write_csv


@pytest.mark.filterwarnings("default::skillhire.errors.SkillhireWarning")
def test_a_skillhire_warning_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # A2's resume review is split 1-1 with no third SME: pending, so issuing the GS-13 certificate warns.
    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1"), applicant("A2")])
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2) + resume_votes("A2", "MF DNMF"))
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "o.xlsx"), "-q")
    assert code == 0
    assert err == (
        "Warning: GS-13 certificate for (announcing agency): 1 applicant(s) who applied are still pending and "
        "are not on it (see Certificate.pending); finish their ratings, or record why the certificate could "
        "not wait\n"
    )


def test_the_cli_puts_pythons_warning_display_back(capsys: pytest.CaptureFixture[str]) -> None:
    before = warnings.showwarning
    run(capsys, "--version")
    assert warnings.showwarning is before


@pytest.mark.parametrize(
    "change, message",
    [
        (
            ("min = 117962", 'min = "about 120k"'),
            "posting.toml: field 'salary.min': Input should be a valid number, unable to parse string as a "
            "number (got 'about 120k')",
        ),
        (
            ('per = "year"', 'per = "fortnight"'),
            "posting.toml: field 'salary.per': Input should be 'year', 'hour', 'day', 'week', 'biweekly', "
            "'month' or 'other' (got 'fortnight')",
        ),
        (
            ("telework_eligible = true", 'telework_eligible = "sometimes"'),
            "posting.toml: field 'telework_eligible': Input should be a valid boolean, unable to interpret "
            "input (got 'sometimes')",
        ),
        (  # skillhire's own validator already names the value: not said twice
            ('series = "0301"', 'series = "03011"'),
            "posting.toml: field 'series': series must be one to four digits, e.g. '0343', not "
            "'03011'",
        ),
    ],
)
def test_a_bad_value_in_a_posting_file_is_named(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: tuple[str, str],
    message: str,
) -> None:
    # The hiring manager's path: the starter file from `skillhire new-posting`, one value typed wrong.
    monkeypatch.chdir(tmp_path)
    posting = Path("posting.toml")
    assert run(capsys, "new-posting", str(posting))[0] == 0
    text = posting.read_text(encoding="utf-8")
    assert change[0] in text
    posting.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    code, out, err = run(capsys, "render", str(posting))
    assert (code, out, err) == (1, "", f"Error: {message}\n")


def test_a_bad_value_in_a_postings_spreadsheet_row_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [
        {"title": "Data Scientist", "agency": "U.S. Census Bureau", "salary.min": "99200", "close_date": "2026-04-20"},
        {"title": "CX Strategist", "agency": "GSA", "salary.min": "lots", "close_date": "2026-13-01"},
    ]
    source = write_csv(tmp_path / "postings.csv", rows)
    code, _, err = run(capsys, "render", str(source), "--out-dir", str(tmp_path / "out"), "--no-check")
    assert code == 0
    assert err.splitlines() == [
        "rejected: postings.csv, row 3, column 'salary.min': Input should be a valid number, unable to parse "
        "string as a number (got 'lots')",
        "rejected: postings.csv, row 3, column 'close_date': Input should be a valid date or datetime, month "
        "value is outside expected range of 1-12 (got '2026-13-01')",
        f"2 rows read, 1 posting written to {tmp_path / 'out'}, 1 row rejected, 0 findings",
    ]


ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GROUPS = ("assessment", "taxonomy", "templates")


def readme_command_lines() -> list[str]:
    """Every ``skillhire ...`` command the README shows, in console blocks, reference lines or inline code."""
    lines = [line.removeprefix("$ ") for line in README.splitlines() if re.match(r"^(\$ )?skillhire [a-z]", line)]
    lines += re.findall(r"`(skillhire [a-z][^`]*)`", README)
    return [line.split("#")[0].strip() for line in lines]


def test_the_readme_shows_commands_of_every_kind() -> None:
    commands = {shlex.split(line)[1] for line in readme_command_lines()}
    assert {"demo", "info", "render", "score", "map-skills", "rewrite", "lint", "translate-title"} <= commands


@pytest.mark.parametrize("line", readme_command_lines())
def test_every_option_the_readme_uses_is_in_that_commands_help(
    capsys: pytest.CaptureFixture[str], line: str
) -> None:
    words = shlex.split(line)[1:]
    command = words[:2] if words[0] in GROUPS else words[:1]
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    for option in (word.split("=")[0] for word in words if word.startswith("--")):
        assert option in out, f"{line}: {option} is not in `skillhire {' '.join(command)} --help`"


@pytest.mark.parametrize("notebook", sorted(path.name for path in (ROOT / "notebooks").glob("*.ipynb")))
def test_the_readme_names_every_notebook(notebook: str) -> None:
    assert f"`{notebook}`" in README



@pytest.mark.parametrize(
    "command, shown",
    [
        (["score"], ["--column-map HEADER=COLUMN", "--ratings-column-map HEADER=COLUMN", "--adverse-impact-by COLUMN"]),
        (["render"], ["--template-dir FOLDER"]),
        (["templates", "list"], ["--template-dir FOLDER"]),
        (["rewrite"], ["--rule RULE", "--exclude RULE"]),
        (["lint"], ["--rule RULE", "--exclude RULE"]),
    ],
)
def test_repeatable_options_show_what_to_type_not_a_python_type(
    capsys: pytest.CaptureFixture[str], command: list[str], shown: list[str]
) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert "<list[" not in out
    for text in shown:
        assert text in out


ANNOUNCEMENT = "IT Specialist\nSeries: 2210\n\n## Duties\nThe incumbent shall utilize Excel to assist managers.\n"


@pytest.mark.parametrize(
    "outputs, message",
    [
        (["-o", "{input}"], "Error: {input}: is the input file; skillhire never writes over its inputs\n"),
        (["-o", "out.md", "--changes", "{input}"], "Error: {input}: is the input file; skillhire never writes over its inputs\n"),
        (["--findings", "{input}", "--overwrite"], "Error: {input}: is the input file; skillhire never writes over its inputs\n"),
        (["-o", "out.md", "--changes", "out.md"], "Error: out.md: is given for two outputs; give each output its own file\n"),
        (["-o", "old.md"], "Error: old.md: already exists; pass overwrite=True (--overwrite) to replace it\n"),
        (["-o", "out.md", "--changes", "old.md"], "Error: old.md: already exists; pass overwrite=True (--overwrite) to replace it\n"),
    ],
)
def test_rewrite_never_writes_over_its_input_or_an_existing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outputs: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("posting.txt").write_text(ANNOUNCEMENT, encoding="utf-8")
    Path("old.md").write_text("keep me", encoding="utf-8")
    args = [arg.format(input="posting.txt") for arg in outputs]
    code, out, err = run(capsys, "rewrite", "posting.txt", *args)
    assert (code, out, err) == (1, "", message.format(input="posting.txt"))
    assert Path("posting.txt").read_text(encoding="utf-8") == ANNOUNCEMENT
    assert Path("old.md").read_text(encoding="utf-8") == "keep me"
    assert not Path("out.md").exists()  # refused before anything was written


def test_rewrite_replaces_an_existing_output_with_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("posting.txt").write_text(ANNOUNCEMENT, encoding="utf-8")
    Path("old.md").write_text("keep me", encoding="utf-8")
    code, out, _ = run(capsys, "rewrite", "posting.txt", "-o", "old.md", "--overwrite")
    assert (code, out) == (0, "")
    assert "You will use Excel to help managers." in Path("old.md").read_text(encoding="utf-8")


def test_render_never_writes_over_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "new-posting", "posting.toml")[0] == 0
    before = Path("posting.toml").read_bytes()
    code, out, err = run(capsys, "render", "posting.toml", "-o", "./posting.toml", "--overwrite")
    assert (code, out, err) == (1, "", "Error: ./posting.toml: is the input file; skillhire never writes over its inputs\n")
    assert Path("posting.toml").read_bytes() == before


def test_translate_title_names_its_own_option_for_a_missing_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("titles.csv").write_text("Position Title,grade\nIT Specialist (APPSW),13\n", encoding="utf-8")
    code, out, err = run(capsys, "translate-title", "--file", "titles.csv", "-o", "out.xlsx")
    assert (code, out) == (1, "")
    assert err == (
        "Error: titles.csv: missing required column 'title' (headers accepted: title); headers found: "
        "Position Title, grade; name it with --column\n"
    )
    assert not Path("out.xlsx").exists()


@pytest.mark.parametrize(
    "first_row, shown",
    [
        # the export lost its header row: the first applicant's name and email must not reach stderr
        (
            ["A0001", "Alex", "Haddad", "a0001@example.org", "NV", "13"],
            "no cell of the header row is a header skillhire knows, so the header row may be missing (its 6 "
            "cells are not shown: they may be applicant data)",
        ),
        # a real header with some known names: listing it helps the user map the rest
        (["Cand No", "Surname", "Email"], "headers found: Cand No, Surname, Email"),
    ],
)
def test_a_missing_column_error_never_echoes_a_data_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_row: list[str], shown: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("applicants.csv").write_text(
        ",".join(first_row) + "\nA0002,Quinn,Johnson,a0002@example.org,TP,14\n", encoding="utf-8"
    )
    write_csv(tmp_path / "ratings.csv", passing("A0001", 2, 2))
    code, out, err = run(capsys, "score", "applicants.csv", "-r", "ratings.csv", "-o", "scored.xlsx", "-q")
    assert (code, out) == (1, "")
    assert err == (
        "Error: applicants.csv: missing required column 'applicant_id' (headers accepted: applicant_id, "
        f"application_number, applicant, application_id, candidate_id, id, applicant_number); {shown}; map a "
        "header with column_map (--column-map)\n"
    )
    assert "Johnson" not in err and "a0002@" not in err


def test_score_to_standard_output_is_refused_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1")])
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2))
    code, out, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", "-")
    assert (code, out) == (1, "")
    assert err == (
        "Error: --output '-': skillhire score writes files, not standard output; name a .xlsx, .csv or .jsonl "
        "file\n"
    )


@pytest.mark.parametrize(
    "file_name, message",
    [
        # the file is there, but without the .j2 suffix it is not a template
        (
            "mine.md",
            "Error: No template 'mine'. Available: one-page-summary, plain-text, pooled-announcement, "
            "usajobs-html, usajobs-markdown (a template is a file named <name>.md.j2, <name>.html.j2 or "
            "<name>.txt.j2)\n",
        ),
        (
            "mien.md.j2",
            "Error: No template 'mine'. Did you mean 'mien'? Available: mien, one-page-summary, plain-text, "
            "pooled-announcement, usajobs-html, usajobs-markdown (a template is a file named <name>.md.j2, "
            "<name>.html.j2 or <name>.txt.j2)\n",
        ),
    ],
)
def test_an_unknown_user_template_says_how_template_files_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_name: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("my-templates").mkdir()
    Path("my-templates", file_name).write_text("{# Mine #}\n# {{ posting.title }}\n", encoding="utf-8")
    assert run(capsys, "new-posting", "posting.toml")[0] == 0
    code, out, err = run(capsys, "render", "posting.toml", "--template-dir", "my-templates", "-t", "mine")
    assert (code, out, err) == (1, "", message)


def test_the_naming_hint_survives_pickling() -> None:
    import pickle

    from skillhire.errors import TemplateNotFoundError

    error = TemplateNotFoundError("template", "mine", ["plain-text"])
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
    assert str(TemplateNotFoundError("bundled template", "x", ["plain-text"])) == "No bundled template 'x'. Available: plain-text"


@pytest.mark.parametrize(
    "line, printed",
    [
        ("{{ posting.education }}", "posting.education"),
        ("Pay plan: {{- posting.pay_plan -}} / {{ posting.title }}", "posting.pay_plan, posting.title"),
    ],
)
def test_printing_an_empty_field_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, printed: str
) -> None:
    # README: printing an empty field is a TemplateRenderError naming the field and the template line
    monkeypatch.chdir(tmp_path)
    Path("my-templates").mkdir()
    Path("my-templates", "mine.md.j2").write_text("{# Mine #}\n# {{ posting.title }}\n\n" + line + "\n", encoding="utf-8")
    Path("posting.toml").write_text('title = "Data Engineer"\n', encoding="utf-8")
    code, out, err = run(capsys, "render", "posting.toml", "--template-dir", "my-templates", "-t", "mine")
    assert (code, out) == (1, "")
    assert err == (
        f"Error: template 'mine.md.j2', line 4: the template printed a field that is empty (None): {printed}; "
        "wrap optional fields in {% if ... %} so they are left out cleanly\n"
    )


def test_the_money_snippet_in_templates_readme_renders(tmp_path: Path) -> None:
    from skillhire import JobPosting, render_posting

    readme = (ROOT / "templates" / "README.md").read_text(encoding="utf-8")
    snippets = re.findall(r"`(\{\{ posting\.salary(?:\.min)? \| money_range.*?\}\})`", readme)
    assert len(snippets) == 2  # the salary object, and its amounts
    (tmp_path / "pay.md.j2").write_text("{# Pay #}\n" + "\n".join(snippets) + "\n", encoding="utf-8")
    posting = JobPosting(title="Data Engineer", salary={"min": 117962, "max": 153354, "per": "year"})
    text = render_posting(posting, template="pay", template_dirs=[tmp_path], check=False)
    assert str(text) == "$117,962 to $153,354 per year\n$117,962 to $153,354 per year\n"


# --- The walkthrough's open reports, fixed (feat/walkfix2) ----------------------------------------


def header_only(path: Path, header: list[str], blank_rows: int = 0) -> Path:
    """A csv or xlsx with a header row, ``blank_rows`` empty rows, and no data."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        book.active.append(header)
        book.save(path)
    else:
        path.write_text(",".join(header) + "\n" + ",,\n" * blank_rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "which, name, blank_rows, message",
    [
        ("applicants", "applicants.csv", 0, "Error: applicants.csv: has a header but no applicant rows\n"),
        ("applicants", "applicants.xlsx", 0, "Error: applicants.xlsx: has a header but no applicant rows\n"),
        ("applicants", "applicants.csv", 3, "Error: applicants.csv: has a header but no applicant rows\n"),
        # no ratings at all would leave every applicant pending and every certificate empty: refused too
        ("ratings", "ratings.csv", 0, "Error: ratings.csv: has a header but no rating rows\n"),
        ("ratings", "ratings.xlsx", 0, "Error: ratings.xlsx: has a header but no rating rows\n"),
    ],
)
def test_score_refuses_a_file_with_a_header_and_no_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, which: str, name: str, blank_rows: int, message: str
) -> None:
    applicants = write_csv(tmp_path / "a.csv", [applicant("A1"), applicant("A2")])
    ratings = write_csv(tmp_path / "r.csv", passing("A1", 2, 2) + passing("A2", 1, 1))
    if which == "applicants":
        applicants = header_only(tmp_path / name, ["applicant_id", "first_name", "grades"], blank_rows)
    else:
        ratings = header_only(tmp_path / name, ["applicant_id", "hurdle", "competency", "rater", "rating"], blank_rows)
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "o.xlsx"), "-q")
    assert (code, err) == (1, message)
    assert not (tmp_path / "o.xlsx").exists()


def test_the_readers_refuse_a_header_only_file_and_accept_no_dicts(tmp_path: Path) -> None:
    from skillhire import read_applicants, read_ratings
    from skillhire.errors import InvalidFileError

    with pytest.raises(InvalidFileError, match=r"^a\.csv: has a header but no applicant rows$"):
        read_applicants(header_only(tmp_path / "a.csv", ["applicant_id", "grades"]))
    with pytest.raises(InvalidFileError, match=r"^r\.csv: has a header but no rating rows$"):
        read_ratings(header_only(tmp_path / "r.csv", ["applicant_id", "sme1: customer-research"]))
    assert (read_applicants([]).rows_in, read_ratings([]).rows_in) == (0, 0)  # a caller's empty list: no file


HINT = "if it holds a formula, open the workbook in Excel and save it so the formula is calculated"


def never_calculated(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """An xlsx written by openpyxl: its formulas hold no saved value, as in a workbook never opened in Excel."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


RATING_HEADER = ["applicant_id", "hurdle", "competency", "rater", "rating", "justification"]


@pytest.mark.parametrize(
    "rating, problem",
    [
        ('=IF(B2="resume_review","MF","DNMF")', f"is empty ({HINT})"),  # a formula never calculated
        (None, f"is empty ({HINT})"),  # a cell left empty
        ("   ", f"is empty ({HINT})"),
        ("excellent", "'excellent' is not a rating; use meets / does_not_meet (MF / DNMF, Move Forward / Does Not "
                      "Move Forward) for the resume review, or 0, 1, 2 for interviews"),
    ],
)
@pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # A1 pending: a certificate warns
def test_an_empty_or_uncalculated_rating_says_it_is_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, rating: object, problem: str
) -> None:
    import openpyxl

    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1")])
    ratings = never_calculated(tmp_path / "ratings.xlsx", RATING_HEADER, [
        ["A1", "resume_review", "customer-research", "sme1", rating, "ok"],
        ["A1", "resume_review", "customer-research", "sme2", "MF", "ok"],
    ])  # fmt: skip
    code, _, _ = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "o.xlsx"), "-q")
    assert code == 0
    rejected = list(openpyxl.load_workbook(tmp_path / "o.xlsx")["Rejected rows"].iter_rows(values_only=True))
    assert rejected == [("input", "row", "column", "problem"), ("ratings.xlsx", 2, "rating", problem)]


def test_an_uncalculated_grades_formula_says_it_is_empty(tmp_path: Path) -> None:
    from skillhire import read_applicants
    from skillhire.errors import SkillhireWarning

    path = never_calculated(tmp_path / "applicants.xlsx", ["applicant_id", "grades", "qualified_grades"], [
        ["A1", '=CONCAT("13",";","14")', None], ["A2", "13", None], ["A3", None, "13"],
    ])  # fmt: skip
    with pytest.warns(SkillhireWarning, match=r"^applicants.xlsx \(sheet Sheet\): 1 cell\(s\) hold a formula with no"):
        result = read_applicants(path)
    assert [str(error) for error in result.errors] == [
        f"applicants.xlsx, row 2, column 'grades': is empty; give the grades applied for, e.g. '13;14' ({HINT})",
        f"applicants.xlsx, row 4, column 'grades': is empty; give the grades applied for, e.g. '13;14' ({HINT})",
    ]
    assert [(r.applicant_id, r.grades, r.qualified_grades) for r in result.records] == [("A2", (13,), None)]


@pytest.mark.parametrize(
    "template, first_line",
    [
        ("usajobs-markdown", "# &lt;script&gt;alert(1)&lt;/script&gt; \\[Apply\\](javascript:alert(2))"),
        ("usajobs-html", None),  # HTML: escaped as HTML, checked below
    ],
)
def test_a_script_in_a_postings_spreadsheet_title_stays_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, template: str, first_line: str | None
) -> None:
    rows = [{"title": "<script>alert(1)</script> [Apply](javascript:alert(2))", "agency": "GSA"}]
    source = write_csv(tmp_path / "postings.csv", rows)
    code, _, _ = run(capsys, "render", str(source), "-t", template, "--out-dir", str(tmp_path / "out"), "--no-check")
    [written] = (tmp_path / "out").iterdir()
    text = written.read_text(encoding="utf-8")
    assert code == 0 and "<script>" not in text
    if first_line is not None:
        assert text.splitlines()[0] == first_line
    else:
        assert "&lt;script&gt;alert(1)&lt;/script&gt; [Apply](javascript:alert(2))" in text


@pytest.mark.parametrize("template", ["usajobs-markdown", "usajobs-html", "plain-text", "one-page-summary"])
def test_the_templates_own_labels_never_fail_a_strict_info_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, template: str
) -> None:
    # Before: "Appointment type" (plainlanguage.gov's "type -> (omit)"), "Position sensitivity and risk" and
    # "Trust determination process" (gender-coded) were info findings in the Markdown, on every posting.
    posting = tmp_path / "posting.toml"
    posting.write_text(
        'title = "Data Engineer"\nagency = "General Services Administration"\nappointment_type = "Permanent"\n'
        'position_sensitivity = "Non-sensitive"\ntrust_determination = "Yes"\nwork_schedule = "Full-time"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "render", str(posting), "-t", template, "-o", str(tmp_path / "out"), "--strict",
                       "--fail-on", "info")  # fmt: skip
    assert (code, err) == (0, f"wrote {tmp_path / 'out'}\n")


@pytest.mark.parametrize(
    "text, labels, flagged",
    [
        ("- **Appointment type:** Permanent", ["Appointment type"], []),
        # walkthrough3: plainlanguage.gov's "type -> (omit)" is "this type of work" ("this work"), not a label
        ("- **Appointment type:** Permanent", [], []),
        ("Type of appointment: Permanent", ["Type of appointment"], []),
        ("Type of appointment: Permanent", [], ["Type"]),
        ("Appointment type: Permanent", ["Appointment type"], []),
        ("Appointment type\nPermanent", ["Appointment type"], []),  # an HTML <dt>, as text
        # the author's own words are still checked, the label's words elsewhere too
        ("Tell us the type of work you want. Appointment type: Permanent", ["Appointment type"], ["type"]),
        ("Type of work: Permanent", ["Type of appointment"], ["Type"]),  # not one of the labels
    ],
)
def test_labels_are_not_flagged_where_they_stand_as_labels(text: str, labels: list[str], flagged: list[str]) -> None:
    from skillhire.lint import lint_text

    assert [f.text for f in lint_text(text, rules=["complex-words"], labels=labels)] == flagged


@pytest.mark.parametrize(
    "change, message",
    [
        (('grade_low = "13"', 'grade_low = "thirteen"'),
         "field 'grade_low': 'thirteen' is not one of the GS grades: use a whole number 1 to 15, e.g. '13'"),
        (('grade_high = "14"', 'grade_high = "16"'),
         "field 'grade_high': '16' is not one of the GS grades: use a whole number 1 to 15, e.g. '13'"),
        (('grade_low = "13"', 'grade_low = "0"'),
         "field 'grade_low': '0' is not one of the GS grades: use a whole number 1 to 15, e.g. '13'"),
        (('pay_plan = "GS"', 'pay_plan = "GS-13"'),
         "field 'pay_plan': pay plan 'GS-13' is not a pay plan code (two letters); write pay_plan 'GS' "
         "and the grade in grade_low '13'"),
        (('pay_plan = "GS"', 'pay_plan = "G S"'),
         "field 'pay_plan': pay plan 'G S' is not a pay plan code (two letters), e.g. 'GS', 'WG', 'ES'"),
        (('grade_low = "13"', 'grade_low = "13/14"'),
         "field 'grade_low': '13/14' is not one of the GS grades: use a whole number 1 to 15, e.g. '13' "
         "(two grades: grade_low '13', grade_high '14')"),
        # well-formed plans skillhire does not list are accepted (the checks name them): Foreign Service,
        # administrative law judges, VA physicians; a Senior Foreign Service class
        (('pay_plan = "GS"', 'pay_plan = "FS"'), None),
        (('pay_plan = "GS"', 'pay_plan = "AL"'), None),
        (('pay_plan = "GS"', 'pay_plan = "VM"'), None),
        # SES is the plan ES, which has no grades (walkthrough3): the posting's 13 and 14 are named
        (('pay_plan = "GS"', 'pay_plan = "SES"'), "field 'grade_low': '13' is not a grade of pay plan ES, which has "
         "no grades (USAJOBS prints 'ES-00'); leave grade_low and grade_high out; field 'grade_high': '14' is not a "
         "grade of pay plan ES, which has no grades (USAJOBS prints 'ES-00'); leave grade_low and grade_high out"),
        (('grade_low = "13"', 'grade_low = "MC"'), "field 'grade_low': 'MC' is not one of the GS "
         "grades: use a whole number 1 to 15, e.g. '13'"),  # a Senior Foreign Service class is not a GS grade
        (('grade_low = "13"', 'grade_low = "GS-13"'), None),  # the plan repeated in the grade
        (('pay_plan = "GS"', 'pay_plan = "GG"'), None),  # a GS-like plan: 13 and 14 are its grades
        (('pay_plan = "GS"', 'pay_plan = "gs"'), None),  # upper-cased
        (('grade_low = "13"', 'grade_low = "09"'), None),  # "09" is grade 9
    ],
)
def test_a_grade_or_pay_plan_the_posting_cannot_have_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    change: tuple[str, str], message: str | None,
) -> None:
    monkeypatch.chdir(tmp_path)
    posting = Path("posting.toml")
    assert run(capsys, "new-posting", str(posting))[0] == 0
    text = posting.read_text(encoding="utf-8")
    assert change[0] in text
    posting.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    code, _, err = run(capsys, "render", str(posting), "-o", "out.md", "--no-check")
    if message is None:
        assert (code, err) == (0, "wrote out.md\n")
    else:
        assert (code, err) == (1, f"Error: posting.toml: {message}\n")


def test_grades_in_a_postings_spreadsheet_and_a_dict_are_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from skillhire import render_posting
    from skillhire.errors import InvalidFileError

    rows = [{"title": "Data Scientist", "pay_plan": "GS", "grade_low": "12"},
            {"title": "CX Strategist", "pay_plan": "GS", "grade_low": "thirteen"},
            {"title": "Economist", "pay_plan": "NH", "grade_low": "III"}]  # fmt: skip
    source = write_csv(tmp_path / "postings.csv", rows)
    code, _, err = run(capsys, "render", str(source), "--out-dir", str(tmp_path / "out"), "--no-check")
    assert (code, err.splitlines()[0]) == (0, "rejected: postings.csv, row 3, column 'grade_low': "
                                              "'thirteen' is not one of the GS grades: use a whole number 1 to 15, e.g. "
                                              "'13'")  # fmt: skip
    with pytest.raises(InvalidFileError, match="'GS-12' is not a pay plan code"):
        render_posting({"title": "Data Scientist", "pay_plan": "GS-12"})


@pytest.mark.parametrize(
    "plan, grade, message",
    [
        ("WG", "16", "'16' is not one of the WG grades: use a whole number 1 to 15"),
        ("WL", "0", "'0' is not one of the WL grades: use a whole number 1 to 15"),
        ("WS", "20", "'20' is not one of the WS grades: use a whole number 1 to 19"),
        ("WG", "IV", "'IV' is not one of the WG grades: use a whole number 1 to 15"),
    ],
)
def test_a_wage_grade_outside_its_schedule_is_named(plan: str, grade: str, message: str) -> None:
    from pydantic import ValidationError

    from skillhire.posting import WRITTEN, JobPosting

    with pytest.raises(ValidationError, match=re.escape(message)):
        JobPosting.model_validate({"title": "Electrician", "pay_plan": plan, "grade_low": grade}, context=WRITTEN)


@pytest.mark.parametrize(
    "fields, stored, findings",
    [
        ({"pay_plan": "GS", "grade_low": "13"}, ("GS", "13"), []),
        ({"pay_plan": "FE", "grade_low": "MC"}, ("FE", "MC"), []),  # Plum Book legend: Senior Foreign Service
        ({"pay_plan": "EX", "grade_low": "IV"}, ("EX", "IV"), []),
        ({"pay_plan": "ses"}, ("ES", None), []),
        ({"pay_plan": "FS", "grade_low": "02"}, ("FS", "2"), ["pay-plan-known"]),
        ({"pay_plan": "AL", "grade_low": "3"}, ("AL", "3"), ["pay-plan-known"]),
        ({"pay_plan": "XX", "grade_low": "OC"}, ("XX", "OC"), ["pay-plan-known"]),
        ({"pay_plan": "WG", "grade_low": "10"}, ("WG", "10"), []),
        ({"pay_plan": "WS", "grade_low": "19"}, ("WS", "19"), []),  # supervisors' schedule has 19 grades
    ],
)
def test_a_pay_plan_skillhire_does_not_list_is_a_finding_not_an_error(
    fields: dict[str, str], stored: tuple[str, str | None], findings: list[str]
) -> None:
    from skillhire import render_posting
    from skillhire.posting import WRITTEN, JobPosting

    posting = JobPosting.model_validate({"title": "Data Scientist", **fields}, context=WRITTEN)
    assert (posting.pay_plan, posting.grade_low) == stored
    rendered = render_posting({"title": "Data Scientist", **fields}, template="plain-text")
    assert [f.rule for f in rendered.findings if f.rule == "pay-plan-known"] == findings


def test_a_published_announcement_keeps_the_grades_usajobs_printed() -> None:
    from skillhire import parse_posting
    from skillhire.posting import posting_from_usajobs_record

    posting = parse_posting("Nurse\nGrade: CN-52 to CN-53\n")  # a real USAJOBS pay plan skillhire does not list
    assert (posting.pay_plan, posting.grade_low, posting.grade_high) == ("CN", "52", "53")
    record = posting_from_usajobs_record({"title": "Clerk", "grade_low": "00", "grade_high": "00"})
    assert (record.grade_low, record.grade_high) == ("0", "0")


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.toml")), ids=lambda p: p.name)
def test_every_bundled_sample_posting_passes_the_grade_checks(path: Path) -> None:
    from skillhire import load_posting

    posting = load_posting(path)
    assert posting.pay_plan == "GS" and 1 <= int(posting.grade_low) <= int(posting.grade_high) <= 15


@pytest.mark.parametrize(
    "header, hint",
    [
        ("titel", "headers found: titel, grade; name the title column's header with column= (--column)"),
        ("Position Title", "headers found: Position Title, grade; name the title column's header with column= (--column)"),
    ],
)
def test_translate_title_sheet_names_its_own_parameter_for_a_missing_column(
    tmp_path: Path, header: str, hint: str
) -> None:
    from skillhire import translate_title_sheet
    from skillhire.errors import MissingColumnError

    path = tmp_path / "titles.csv"
    path.write_text(f"{header},grade\nData Scientist,13\n", encoding="utf-8")
    with pytest.raises(MissingColumnError) as caught:
        translate_title_sheet(path)
    assert str(caught.value) == f"{path}: missing required column 'title' (headers accepted: title); {hint}"
    assert "column_map" not in str(caught.value)


@pytest.mark.parametrize("name", [None, "usajobs-599023000-it-specialist-datamgt",
                                  "usajobs-599023000-it-specialist-datamgt.md"])  # fmt: skip
def test_the_sample_announcement_is_public(name: str | None) -> None:
    import skillhire

    assert skillhire.list_sample_announcements() == ["usajobs-599023000-it-specialist-datamgt"]
    text = skillhire.load_sample_announcement(name)
    assert text == (ROOT / "samples" / "usajobs-599023000-it-specialist-datamgt.md").read_text(encoding="utf-8")
    posting = skillhire.parse_posting(text)
    assert (posting.series, posting.announcement_number) == ("2210", "CARX-21-11078936-CSo-OCA")


def test_an_unknown_sample_announcement_lists_the_samples() -> None:
    import skillhire
    from skillhire.errors import UnknownNameError

    with pytest.raises(UnknownNameError) as caught:
        skillhire.load_sample_announcement("usajobs-599023000")
    assert str(caught.value) == (
        "No sample announcement 'usajobs-599023000'. Did you mean 'usajobs-599023000-it-specialist-datamgt'? "
        "Available: usajobs-599023000-it-specialist-datamgt"
    )


@pytest.mark.parametrize("notebook", sorted(path.name for path in (ROOT / "notebooks").glob("*.ipynb")))
def test_notebooks_use_only_the_public_api(notebook: str) -> None:
    text = (ROOT / "notebooks" / notebook).read_text(encoding="utf-8")
    assert not re.search(r"skillhire\.(_\w+|demo)\b", text), notebook


def book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


APPLICANT_SHEET = [["applicant_id", "first_name", "grades"], ["A1", "Ana", "13"]]
LONG_SHEET = [RATING_HEADER, ["A1", "resume_review", "customer-research", "sme1", "MF", "ok"]]
WIDE_SHEET = [["applicant_id", "customer-research:sme1"], ["A1", "MF"]]
NO_RATINGS = (
    "has no rating columns: use the long layout (applicant_id, hurdle, competency, rater, rating, justification) "
    "or wide columns headed like 'customer-research:sme1' or 'interview_1:sme4'; columns found: applicant_id, "
    "first_name, grades"
)
HOW = "(name it with --ratings-sheet, or ratings_sheet= in score_spreadsheets)"


@pytest.mark.parametrize(
    "sheets, hint",
    [
        ({"Applicants": APPLICANT_SHEET, "Ratings": LONG_SHEET}, f"; the sheet of both.xlsx with rating columns: "
                                                                 f"'Ratings' {HOW}"),
        ({"Applicants": APPLICANT_SHEET, "Notes": [["just notes"]], "SME votes": WIDE_SHEET},
         f"; the sheet of both.xlsx with rating columns: 'SME votes' {HOW}"),
        ({"Applicants": APPLICANT_SHEET, "Round 1": LONG_SHEET, "Round 2": WIDE_SHEET},
         f"; the sheets of both.xlsx with rating columns: 'Round 1', 'Round 2' {HOW}"),
        ({"Applicants": APPLICANT_SHEET, "Other": [["applicant_id", "note"], ["A1", "x"]]}, ""),
    ],
)
def test_no_rating_columns_names_the_books_sheets_that_have_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sheets: dict, hint: str
) -> None:
    from skillhire import read_ratings
    from skillhire.errors import InvalidFileError

    both = book(tmp_path / "both.xlsx", sheets)
    code, _, err = run(capsys, "score", str(both), "-r", str(both), "-o", str(tmp_path / "o.xlsx"), "-q")
    assert (code, err) == (1, f"Error: both.xlsx: {NO_RATINGS}{hint}\n")
    with pytest.raises(InvalidFileError) as caught:
        read_ratings(both)
    assert str(caught.value) == f"both.xlsx: {NO_RATINGS}{hint}"


def test_no_rating_columns_in_a_csv_has_no_sheet_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    applicants = write_csv(tmp_path / "a.csv", [{"applicant_id": "A1", "first_name": "Ana", "grades": "13"}])
    code, _, err = run(capsys, "score", str(applicants), "-r", str(applicants), "-o", str(tmp_path / "o.xlsx"))
    assert (code, err) == (1, f"Error: a.csv: {NO_RATINGS}\n")


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--sheet", "Applicantz"], "Error: No sheet 'Applicantz' in both.xlsx. Did you mean 'Applicants'? Available: "
                                    "Applicants, Ratings\n"),
        (["-o", "scored.pdf"], "Error: No output format for the file suffix '.pdf'. Available: .csv, .jsonl, .ndjson, "
                               ".xlsx; or choose one with format= (--format)\n"),
    ],
)
def test_unknown_names_read_as_sentences(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    book(tmp_path / "both.xlsx", {"Applicants": APPLICANT_SHEET, "Ratings": LONG_SHEET})
    args = ["score", "both.xlsx", "-r", "both.xlsx", "--ratings-sheet", "Ratings", "-q"]
    code, _, err = run(capsys, *args, *(extra if "-o" in extra else [*extra, "-o", "scored.xlsx"]))
    assert (code, err) == (1, message)
