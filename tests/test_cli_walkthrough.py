"""What a new user trips on at the command line (the walkthrough of 2026-11-24): warnings, README commands."""

from __future__ import annotations

import re
import shlex
import warnings
from pathlib import Path

import pytest

from skillhire.cli import main
from tests.scoring_fixtures import applicant, passing, resume_votes
from tests.test_score_cli import write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err


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
            "posting.toml: field 'series': Value error, series must be one to four digits, e.g. '0343', not "
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
    snippet = re.search(r"`(\{\{ posting\.salary\.min \| money_range\(.*?\}\})`", readme).group(1)
    (tmp_path / "pay.md.j2").write_text("{# Pay #}\n" + snippet + "\n", encoding="utf-8")
    posting = JobPosting(title="Data Engineer", salary={"min": 117962, "max": 153354, "per": "year"})
    text = render_posting(posting, template="pay", template_dirs=[tmp_path], check=False)
    assert str(text) == "$117,962 to $153,354 per year\n"
