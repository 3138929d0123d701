"""What the third walkthrough (2026-11-24, late evening) found: ``taxonomy show`` and broader skills, ``--help``
metavars, and how the linter tells a verb row's verb from its noun."""

from __future__ import annotations

import json
import re

import pytest
import typer.main
from cli_fixtures import run

from skillhire import JobPosting, lint_posting
from skillhire.cli import app


# ----------------------------------------------------------------------------- taxonomy show: broader skills
def test_one_skill_in_full_names_its_broader_and_narrower_skills(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "taxonomy", "show", "--skill", "pytorch")
    shown = json.loads(out)
    assert code == 0
    assert (shown["broader"], shown["broader_transitive"], shown["narrower"]) == (
        ["deep-learning", "python"], ["deep-learning", "python", "machine-learning", "artificial-intelligence"], [])
    code, out, _ = run(capsys, "taxonomy", "show", "-s", "deep-learning")
    shown = json.loads(out)
    assert (shown["broader_transitive"], shown["narrower"]) == (
        ["machine-learning", "artificial-intelligence"], ["pytorch"])


def test_the_skill_list_names_each_skills_broader_skills(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "taxonomy", "show", "--domain", "ai")
    lines = out.splitlines()
    assert code == 0
    assert "    artificial-intelligence: Artificial intelligence" in lines
    assert "    machine-learning: Machine learning (broader: artificial-intelligence)" in lines
    assert "    pytorch: PyTorch (broader: deep-learning, python)" in lines


# ----------------------------------------------------------------------------- --help: words, not Python types
def _commands(command, path):
    yield path, command
    if hasattr(command, "list_commands"):
        ctx = command.context_class(command)
        for name in command.list_commands(ctx):
            yield from _commands(command.get_command(ctx, name), [*path, name])


COMMANDS = [path for path, _ in _commands(typer.main.get_command(app), [])]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "skillhire")
def test_no_help_shows_a_python_type(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert re.findall(r"<(?:str|path|int|float|bool|list\[[^>]*\]|[a-z]+ range)>", out) == []


@pytest.mark.parametrize(
    "command, lines",
    [
        (["rewrite"], ["Usage: skillhire rewrite [OPTIONS] {FILE}", "  -o, --output FILE", "  --changes FILE",
                       "  --format FORMAT"]),
        (["lint"], ["  --severity SEVERITY", "  --series SERIES", "  --format FORMAT"]),
        (["render"], ["Usage: skillhire render [OPTIONS] {FILE}", "  -t, --template TEMPLATE", "  --out-dir FOLDER",
                      "  --assessment ASSESSMENT", "  --fail-on SEVERITY", "  --show SEVERITY"]),
        (["score"], ["  -r, --ratings FILE", "  -a, --assessment ASSESSMENT", "  --sheet SHEET",
                     "  --rating-method METHOD", "  --issued-on DATE", "  --max-rows N", "  --spill-rows-above N"]),
        (["map-skills"], ["  -f, --format FORMAT", "  -t, --taxonomy TAXONOMY"]),
        (["taxonomy", "show"], ["Usage: skillhire taxonomy show [OPTIONS] [TAXONOMY]", "  TAXONOMY  ",
                                "  -s, --skill ID", "  -d, --domain DOMAIN"]),
        (["translate-title"], ["  TITLE  ", "  --grade GRADE", "  --file FILE", "  --column COLUMN"]),
        (["demo"], ["  FOLDER  ", "  --applicants N", "  --seed N"]),
        (["info"], ["Usage: skillhire info [OPTIONS] [KIND]...", "  KIND  "]),
        (["assessment", "show"], ["  ASSESSMENT  "]),
        (["new-posting"], ["  FILE  "]),
    ],
)
def test_help_names_what_to_type(capsys: pytest.CaptureFixture[str], command: list[str], lines: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    for line in lines:
        assert any(shown.startswith(line) for shown in out.splitlines()), line


# ----------------------------------------------------------------------------- lint: a verb row's verb, not its noun
@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun at a sentence start: its sentence goes on as a subject's does
        ("Benefits portal access is available to all staff.", []),
        ("Benefits of the job include paid leave.", []),
        ("Requests for leave go to your supervisor.", []),
        ("Permit applications are reviewed weekly.", []),
        ("Monitor readings are logged daily.", []),
        # a noun after a noun, or after an adjective in -ly
        ("The employee benefits portal is down.", []),
        ("The health benefits program offers choices.", []),
        ("Your telework request is approved.", []),
        ("Submit monthly requests to the office.", []),
        ("Federal benefits include health insurance.", []),
        ("Skill in studies related to benefits administration.", []),
        ("Send them to requests@agency.gov or to the requests desk.", []),
        # a verb at a sentence or duty start
        ("Monitors network performance.", ["Monitors"]),
        ("Requests budget data from program offices.", ["Requests"]),
        ("Monitors and reports on trends.", ["Monitors"]),
        # a verb after a noun subject, with its object
        ("The specialist monitors the queue.", ["monitors"]),
        ("The agency requests that you apply online.", ["requests"]),
        ("Our contact center monitors every call.", ["monitors"]),
        ("Supervisors monitor the work of the team.", ["monitor"]),
        ("This program benefits all veterans.", ["benefits"]),
        ("You will need to request leave.", ["request"]),
        ("We are committed to monitoring the network.", ["monitoring"]),
    ],
)
def test_a_verb_row_tells_the_verb_from_the_noun(text: str, expected: list[str]) -> None:
    found = lint_posting(JobPosting(title="Analyst", duties=text))
    assert [f.text for f in found if f.rule == "complex-words"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "type" -> (omit) is "this type of work"; "subject" -> "the, this, your" is "the subject employee"
        ("Appointment type: Permanent", []),
        ("Do this type of work.", ["type"]),
        ("List the types of data you use.", ["types"]),
        ("Subject matter experts read your resume.", []),
        ("A panel of subject-matter experts rates you.", []),
        ("You are subject to a background check.", []),
        ("Review the subject position description.", ["subject"]),
    ],
)
def test_a_row_for_one_sense_of_a_word_reports_that_sense(text: str, expected: list[str]) -> None:
    found = lint_posting(JobPosting(title="Analyst", duties=text))
    assert [f.text for f in found if f.rule == "complex-words"] == expected


# ----------------------------------------------------------------------------- render, then lint: skillhire's own words
@pytest.mark.parametrize("method", ["category", "numerical"])
@pytest.mark.parametrize("scientific", [False, True])
def test_the_generated_evaluation_section_passes_the_linter(method: str, scientific: bool) -> None:
    from skillhire import evaluation_from_assessment, load_assessment

    assessment = load_assessment("smeqa-standard").model_copy(
        update={"rating_method": method, "scientific_professional": scientific})
    section = evaluation_from_assessment(assessment)
    text = "\n\n".join([section.summary, *(f"{h.name}. {h.description}" for h in section.hurdles),
                         section.veterans_preference])
    found = lint_posting(JobPosting(title="Analyst", evaluations=text))
    # before: "applicant" x3, "subject" x3 ("subject matter experts"), "are placed", "Applicants", "are listed"
    assert [(f.rule, f.text) for f in found if f.rule in ("reader-not-addressed", "complex-words",
                                                           "passive-voice")] == []
    assert section.summary == "We assess everyone who applies the same way, in 3 steps. You must pass each step to go on to the next."


# ----------------------------------------------------------------------------- posting files: grades in order
POSTING_TOML = """title = "Analyst"
pay_plan = "GS"
grade_low = "{low}"
grade_high = "{high}"
{extra}
"""


@pytest.mark.parametrize(
    "low, high, extra, message",
    [
        ("14", "12", "", "posting: grade_low '14' is above grade_high '12'"),
        ("12", "13", 'promotion_potential = "11"', "posting: promotion_potential '11' is below grade_high '13'"),
        ("12", "", 'promotion_potential = "11"', "posting: promotion_potential '11' is below grade_low '12'"),
        ("16", "17", "", "field 'grade_low': '16' is not one of the GS grades: use a whole number 1 to 15, e.g. '13'; "
                         "field 'grade_high': '17' is not one of the GS grades: use a whole number 1 to 15, e.g. '13'"),
        ("13", "14", '[[participating_agencies]]\nname = "VA"\ngrades = ["13", "15"]',
         "posting: participating_agencies[0] (VA) hires at grade '15', outside the announced grades 13 to 14"),
        ("13", "", '[[participating_agencies]]\nname = "VA"\ngrades = ["11", "13"]',
         "posting: participating_agencies[0] (VA) hires at grade '11', outside the announced grades 13"),
        ("13", "15", '[[participating_agencies]]\nname = "VA"\ngrades = ["13", "14", "15"]', None),
        # a grade written with its pay plan is read too (review24: 'GS-15' passed unchecked)
        ("12", "13", '[[participating_agencies]]\nname = "VA"\ngrades = ["GS-12", "GS-15"]',
         "posting: participating_agencies[0] (VA) hires at grade 'GS-15', outside the announced grades 12 to 13"),
        ("12", "13", '[[participating_agencies]]\nname = "VA"\ngrades = ["GS-12", "gs 13"]', None),
        # read as the templates' grades filter prints it: a range in one item is every grade of the range
        ("12", "13", '[[participating_agencies]]\nname = "VA"\ngrades = ["12 to 14"]',
         "posting: participating_agencies[0] (VA) hires at grade '12 to 14', outside the announced grades 12 to 13"),
        ("12", "13", 'promotion_potential = "13"', None),
        ("12", "12", 'promotion_potential = "14"', None),
    ],
)
def test_grades_of_a_written_posting_run_low_to_high(
    tmp_path, capsys: pytest.CaptureFixture[str], low: str, high: str, extra: str, message: str | None
) -> None:
    path = tmp_path / "posting.toml"
    text = POSTING_TOML.format(low=low, high=high, extra=extra)
    path.write_text(text if high else text.replace('grade_high = ""\n', ""), encoding="utf-8")
    code, _, err = run(capsys, "render", str(path), "-t", "one-page-summary", "--no-check")
    assert (code, err) == ((1, f"Error: {path}: {message}\n") if message else (0, ""))


def test_a_published_announcement_keeps_its_grades_as_printed() -> None:
    from skillhire import parse_posting

    posting = parse_posting("Analyst\nPay scale & grade: GS 14 - 12\n\n## Duties\nAnalyze data.\n")
    assert (posting.grade_low, posting.grade_high) == ("14", "12")


# ----------------------------------------------------------------------------- your own templates
@pytest.mark.parametrize(
    "source, message",
    [
        ("{{ posting.title | upperr }}", "template 'mine.md.j2', line 1: syntax error: No filter named 'upperr'; did "
                                         "you mean 'upper'? Filters: abs, attr, batch, bullets, capitalize, "),
        ("{{ posting.title is strng }}", "template 'mine.md.j2', line 1: syntax error: No test named 'strng'; did "
                                         "you mean 'string'? Tests: !=, <, <=, ==, "),
        # inside an {% if %} jinja2 reports an unknown filter or test at run time ("... named 'upperr' found."):
        # before, that was "TemplateRuntimeError: No filter named 'upperr' found." with no hint
        ("{% if posting.title %}{{ posting.title | upperr }}{% endif %}", "template 'mine.md.j2', line 1: No filter "
         "named 'upperr'; did you mean 'upper'? Filters: abs, attr, batch, bullets, capitalize, "),
        ("{% if posting.title is strng %}x{% endif %}", "template 'mine.md.j2', line 1: No test named 'strng'; did "
         "you mean 'string'? Tests: !=, <, <=, ==, "),
        ("{{ posting.nope }}", "template 'mine.md.j2', line 1: JobPosting has no field 'nope'. Fields: agency, "),
        ("{{ posting.titel }}", "template 'mine.md.j2', line 1: JobPosting has no field 'titel'; did you mean "
                                "'title'? Fields: agency, "),
    ],
)
def test_a_template_mistake_names_what_would_work(tmp_path, source: str, message: str) -> None:
    from skillhire import TemplateRenderError, render_posting

    (tmp_path / "mine.md.j2").write_text(source + "\n", encoding="utf-8")
    with pytest.raises(TemplateRenderError) as caught:
        render_posting({"title": "Analyst"}, template="mine", template_dirs=[tmp_path])
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("link", ["mine.md.j2", "_partials/notices.j2"])
def test_a_template_linked_from_outside_its_folder_is_refused(tmp_path, link: str) -> None:
    from skillhire import UnsafeTemplateError, render_posting

    secret = tmp_path / "secret.txt"
    secret.write_text("password=hunter2\n", encoding="utf-8")
    folder = tmp_path / "templates"
    (folder / "_partials").mkdir(parents=True)
    if link != "mine.md.j2":
        (folder / "mine.md.j2").write_text("{% include '_partials/notices.j2' %}\n", encoding="utf-8")
    (folder / link).symlink_to(secret)
    with pytest.raises(UnsafeTemplateError) as caught:
        render_posting({"title": "Analyst"}, template="mine", template_dirs=[folder], check=False)
    assert str(caught.value) == (f"template {link!r}: is a link to a file outside its template folder "
                                 f"{str(folder)!r}; copy the file into the folder instead")
    assert "hunter2" not in str(caught.value)


def test_a_link_inside_the_template_folder_still_renders(tmp_path) -> None:
    from skillhire import render_posting

    (tmp_path / "real.md.j2").write_text("# {{ posting.title }}\n", encoding="utf-8")
    (tmp_path / "mine.md.j2").symlink_to(tmp_path / "real.md.j2")
    assert str(render_posting({"title": "Analyst"}, template="mine", template_dirs=[tmp_path], check=False)) == "# Analyst\n"


# ----------------------------------------------------------------------------- bundled templates, awkward postings
def test_plain_text_sets_who_may_apply_apart_from_the_hiring_paths() -> None:
    from skillhire import render_posting

    text = str(render_posting({"title": "Analyst", "hiring_paths": ["Federal employees - Competitive service"],
                               "who_may_apply": "Status candidates only."}, template="plain-text", check=False))
    # under USAJOBS's own subheading since roundtrip25, which parse_posting reads back as who_may_apply
    assert "- Federal employees - Competitive service\n\nCLARIFICATION FROM THE AGENCY\nStatus candidates only.\n" in text


@pytest.mark.parametrize("count, last", [(5, "- Duty 5."), (6, "- And 1 more: see the full announcement."),
                                         (40, "- And 35 more: see the full announcement.")])
def test_the_flyer_says_how_many_duties_it_leaves_out(count: int, last: str) -> None:
    from skillhire import render_posting

    duties = [f"Duty {n}." for n in range(1, count + 1)]
    text = str(render_posting({"title": "Analyst", "duties": duties}, template="one-page-summary", check=False))
    listed = text.split("## What you will do\n\n")[1].split("\n\n")[0].splitlines()
    assert listed[:5] == [f"- Duty {n}." for n in range(1, 6)] and listed[-1] == last


# ----------------------------------------------------------------------------- the library in a pipeline
@pytest.mark.parametrize("posting", ["Analyst", "Analyst\n\n## Duties\nAnalyze data.\n"])
@pytest.mark.parametrize("arguments", [{"rules": ["nope"]}, {"exclude": ["nope"]}])
def test_an_unknown_lint_rule_is_an_error_even_with_nothing_to_check(posting: str, arguments: dict) -> None:
    from skillhire import SkillhireError

    with pytest.raises(SkillhireError) as caught:
        lint_posting(posting, **arguments)
    assert str(caught.value).startswith("No plain-language rule 'nope'. Available: acronyms, ")
    assert isinstance(caught.value, LookupError)


def test_rules_and_exclusions_still_choose_the_findings() -> None:
    posting = "Analyst\n\n## Duties\nThe incumbent will utilize Excel.\n"
    assert [f.rule for f in lint_posting(posting, rules=["complex-words"])] == ["complex-words"]
    assert "complex-words" not in [f.rule for f in lint_posting(posting, exclude=["complex-words"])]
    assert "reader-not-addressed" in [f.rule for f in lint_posting(posting, exclude=["complex-words"])]


# ----------------------------------------------------------------------------- what the posting promises = the engine's rule
@pytest.mark.parametrize(
    "min_met, screen_out, ending",
    [
        (None, (True, True, True, False), "To move on, your resume must show all of them."),
        (4, (True, True, True, False), "To move on, your resume must show all of them."),
        (3, (True, True, True, False), "To move on, your resume must show Customer research, Service design, and "
                                       "Customer experience measurement."),
        (3, (True, False, False, False), "To move on, your resume must show Customer research. It must show at "
                                         "least 3 of the skills in all."),
        (2, (False, False, False, False), "another expert decides. It must show at least 2 of the skills in all."),
    ],
)
def test_the_resume_review_text_says_what_the_engine_requires(min_met, screen_out, ending) -> None:
    from skillhire import evaluation_from_assessment, load_assessment

    assessment = load_assessment("smeqa-standard")
    competencies = tuple(c.model_copy(update={"screen_out": flag})
                         for c, flag in zip(assessment.competencies, screen_out, strict=True))
    resume = assessment.hurdles[0].model_copy(update={"min_competencies_met": min_met})
    assessment = assessment.model_copy(update={"competencies": competencies,
                                               "hurdles": (resume, *assessment.hurdles[1:])})
    assert evaluation_from_assessment(assessment).hurdles[0].description.endswith(ending)


@pytest.mark.parametrize("low, high, message", [(136659, 88520, "salary min 136,659 is above max 88,520"),
                                                (10.5, 5, "salary min 10.50 is above max 5"),
                                                (1234567.0, 2, "salary min 1,234,567 is above max 2"),
                                                # TOML's 'min = inf': was a bare OverflowError, not a ValidationError
                                                (float("inf"), 2, "salary min inf is above max 2")])
def test_a_salary_range_upside_down_is_named_in_dollars(low: float, high: float, message: str) -> None:
    from pydantic import ValidationError

    from skillhire import Salary

    with pytest.raises(ValidationError) as caught:
        Salary(min=low, max=high)
    assert caught.value.errors()[0]["msg"] == f"Value error, {message}"


@pytest.mark.parametrize(
    "fields, message",
    [
        # '²' is a digit to str.isdigit() but not to int(): before, "invalid literal for int() with base 10: '²'"
        ({"grade_low": "²"}, "field 'grade_low': '²' is not one of the grades (General Schedule when no pay_plan is "
         "given): use a whole number 1 to 15, e.g. '13'"),
        ({"grade_low": "12", "grade_high": "13", "participating_agencies": [{"name": "X", "grades": ["²", "15"]}]},
         "posting: participating_agencies[0] (X) hires at grade '15', outside the announced grades 12 to 13"),
    ],
)
def test_a_grade_in_superscript_digits_is_named(tmp_path, fields: dict, message: str) -> None:
    from skillhire import InvalidFileError, load_posting

    path = tmp_path / "p.json"
    path.write_text(json.dumps({"title": "Analyst", **fields}), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        load_posting(path)
    assert str(caught.value) == f"{path}: {message}"


# ----------------------------------------------------------------------------- str.format is measured before it builds
@pytest.mark.parametrize(
    "source, message",
    [
        # before: "a value of 999,999,999 items passed the size cap" after building it (1 GB of memory first)
        ("{{ '{:>999999999}'.format('a') }}", "a format width of 999,999,999 passed the size cap of 1,000,000"),
        ("{{ '{:0999999999d}'.format(1) }}", "a format width of 999,999,999 passed the size cap of 1,000,000"),
        ("{{ '{:>{}}'.format('a', 999999999) }}", "a format width of 999,999,999 passed the size cap of 1,000,000"),
        ("{{ '{v:>{w}}'.format_map({'v': 'a', 'w': 999999999}) }}",
         "a format width of 999,999,999 passed the size cap of 1,000,000"),
        ("{{ '{0:>{1[0]}}'.format('a', [999999999]) }}", "a format width of 999,999,999 passed the size cap of 1,000,000"),
        ("{{ '{v:>{w}}'.format(v='a', w=999999999) }}", "a format width of 999,999,999 passed the size cap of 1,000,000"),
    ],
)
def test_a_huge_format_width_is_refused_before_it_is_built(tmp_path, source: str, message: str) -> None:
    from skillhire import UnsafeTemplateError, render_posting

    (tmp_path / "mine.md.j2").write_text(source + "\n", encoding="utf-8")
    with pytest.raises(UnsafeTemplateError) as caught:
        render_posting({"title": "Analyst"}, template="mine", template_dirs=[tmp_path], check=False)
    assert str(caught.value) == f"template 'mine.md.j2', line 1: blocked by the template sandbox: {message}"


def test_ordinary_format_calls_still_work(tmp_path) -> None:
    from skillhire import render_posting

    (tmp_path / "mine.txt.j2").write_text(
        "{{ '{:>{}}'.format('a', 3) }}|{{ '{:,}'.format(150000) }}|{{ '{} and {}'.format(2000000, 'x') }}\n",
        encoding="utf-8")
    assert str(render_posting({"title": "A"}, template="mine", template_dirs=[tmp_path], check=False)) == (
        "  a|150,000|2000000 and x\n")


def test_a_batch_render_result_goes_through_json_and_back(tmp_path) -> None:
    from skillhire import BatchRenderResult, render_postings

    path = tmp_path / "postings.csv"
    path.write_text("title,grade_low,grade_high,duties\nAnalyst,12,13,The incumbent shall utilize Excel.\n"
                    "Clerk,x,13,\nLead,14,12,\n", encoding="utf-8")
    result = render_postings(path, template="plain-text")
    text = result.model_dump_json()  # before: PydanticSerializationError on InvalidRowError
    back = BatchRenderResult.model_validate_json(text)
    assert back == result and back.model_dump_json() == text
    assert (back.rows_read, back.rows_rejected, [row for row, _ in back.rendered]) == (3, 2, [2])
    _, posting = back.rendered[0]
    assert (str(posting), posting.template, posting.format) == (str(result.rendered[0][1]), "plain-text", "txt")
    assert posting.findings == result.rendered[0][1].findings and len(posting.findings) >= 2
    assert [str(error) for error in back.errors] == [
        f"{path.name}, row 3, column 'grade_low': 'x' is not one of the grades (General Schedule when no pay_plan "
        "is given): use a whole number 1 to 15, e.g. '13'",
        f"{path.name}, row 4: grade_low '14' is above grade_high '12'",
    ]


@pytest.mark.parametrize(
    "rendered, errors, message",
    [
        # before: a bare KeyError('row'), not a ValidationError with the place
        ([{"text": "x"}], [], "rendered.0\n  Value error, missing 'row', 'template', 'format' (an object needs row, "
         "text, template, format)"),
        ([], [{"column": "title", "message": "m"}], "errors.0\n  Value error, missing 'row' (an object needs row, "
         "message)"),
    ],
)
def test_a_batch_render_result_with_a_key_missing_is_a_validation_error(rendered, errors, message) -> None:
    from pydantic import ValidationError

    from skillhire import BatchRenderResult

    with pytest.raises(ValidationError) as caught:
        BatchRenderResult.model_validate({"template": "plain-text", "rows_read": 1, "rendered": rendered,
                                          "errors": errors})
    assert message in str(caught.value)


# ----------------------------------------------------------------------------- render, then parse (rewrite reads it so)
ROUND_TRIP_FIELDS = ("title", "series", "pay_plan", "grade_low", "grade_high", "agency", "locations", "openings",
                     "salary", "open_date", "close_date", "appointment_type", "work_schedule", "service_type",
                     "hiring_paths", "who_may_apply", "telework_eligible", "remote", "travel_required", "relocation",
                     "supervisory_status", "security_clearance", "position_sensitivity", "drug_test",
                     "announcement_number", "duties", "conditions_of_employment", "qualifications", "education",
                     "evaluations", "required_documents", "benefits", "how_to_apply", "next_steps")


@pytest.mark.parametrize("template", ["usajobs-markdown", "plain-text"])
@pytest.mark.parametrize("sample", ["data-scientist", "cx-strategist"])
def test_a_rendered_posting_parses_back_to_its_fields(sample: str, template: str) -> None:
    # before (plain text): each section began with its heading's underline ("-------"), "Hiring paths" held
    # "-------------------", a value wrapped onto an indented line lost its end ("(public trust," without
    # "Tier 2)"), "Relocation expenses paid" and "Open: <date> to <date>" were not read, the Requirements'
    # capital subheadings stayed text; (Markdown) no "- **Label:** value" line of the overview was read
    from skillhire import load_sample_posting, parse_posting, render_posting

    posting = load_sample_posting(sample)
    back = parse_posting(str(render_posting(posting, template=template, check=False)))
    differing = {name: (getattr(posting, name), getattr(back, name)) for name in ROUND_TRIP_FIELDS
                 if " ".join(str(getattr(posting, name)).split()) != " ".join(str(getattr(back, name)).split())}
    assert differing == {}


def test_who_may_apply_after_the_hiring_paths_is_read_apart() -> None:
    from skillhire import parse_posting

    posting = parse_posting("Analyst\n\n## This job is open to\n\n- Federal employees\n- Veterans\n\n"
                            "Status candidates only: current federal employees with competitive status.\n")
    assert (posting.hiring_paths, posting.who_may_apply) == (
        ["Federal employees", "Veterans"], "Status candidates only: current federal employees with competitive status.")


@pytest.mark.parametrize("template", ["plain-text", "usajobs-markdown"])
@pytest.mark.parametrize(
    "locations",
    [
        ["Washington, DC", "Denver, CO"],  # before: one location, "Washington, DC and Denver, CO"
        ["Remote", "Denver, CO"],
        ["Remote", "Denver", "Boston"],  # before: one location, "Remote, Denver, and Boston"
        ["Washington, DC", "Denver, CO", "Seattle, WA"],
        ["Washington, DC"],
    ],
)
def test_locations_read_back_from_a_rendering(template: str, locations: list[str]) -> None:
    from skillhire import load_sample_posting, parse_posting, render_posting

    posting = load_sample_posting("cx-strategist").model_copy(update={"locations": locations})
    assert parse_posting(str(render_posting(posting, template=template, check=False))).locations == locations


def test_one_location_with_and_in_its_name_stays_one() -> None:
    from skillhire import parse_posting

    assert parse_posting("Analyst\nLocation: Washington and Lee, VA\n\n## Duties\nx\n").locations == [
        "Washington and Lee, VA"]


@pytest.mark.parametrize(
    "section, expected",
    [
        # before: the wrapped line became who_may_apply, and the path was cut to "... employees of the"
        ("- The public\n- Current federal employees of the\n  Department of Labor\n",
         (["The public", "Current federal employees of the Department of Labor"], None)),
        # before: with a "Clarification from the agency" section the line after the paths was dropped
        ("- The public\n- Veterans\nApplicants must be US citizens.\n\n## Clarification from the agency\n"
         "Open to all US citizens.\n",
         (["The public", "Veterans"], "Applicants must be US citizens.\n\nOpen to all US citizens.")),
    ],
)
def test_hiring_paths_keep_every_line(section: str, expected: tuple) -> None:
    from skillhire import parse_posting

    posting = parse_posting(f"Analyst\n\n## This job is open to\n{section}\n## Duties\nAnalyze data.\n")
    assert (posting.hiring_paths, posting.who_may_apply) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analyst\n=======\n\nDuties\n------\n\n- Analyze data.\n", ("Analyst", "- Analyze data.", {})),
        # a rule of dashes under a long sentence is not a heading underline
        ("Analyst\n\nDuties\n\nRead this announcement carefully before you apply to this job, please.\n---\n",
         ("Analyst", "Read this announcement carefully before you apply to this job, please.\n---", {})),
    ],
)
def test_setext_headings_are_headings(text: str, expected: tuple) -> None:
    from skillhire import parse_posting

    posting = parse_posting(text)
    assert (posting.title, posting.duties, posting.extra_sections) == expected


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Locations: Washington, DC; Denver, CO; and Seattle, WA", "locations", ["Washington, DC", "Denver, CO", "Seattle, WA"]),
        ("Relocation expenses paid: No", "relocation", "No"),
        ("Open: March 2, 2026 to March 16, 2026", "close_date", __import__("datetime").date(2026, 3, 16)),
        ("Position sensitivity and risk: Non-sensitive, moderate risk (public trust,\n    Tier 2)",
         "position_sensitivity", "Non-sensitive, moderate risk (public trust, Tier 2)"),
        ("- **Salary:** $99,200 to $153,354 per year", "salary", "min=99200.0 max=153354.0 per='year' currency='USD'"),
        ("- **Travel:** Occasional travel \\(up to 10%\\)", "travel_required", "Occasional travel (up to 10%)"),
    ],
)
def test_header_lines_as_skillhire_writes_them(line: str, field: str, value) -> None:
    from skillhire import parse_posting

    posting = parse_posting(f"Analyst\n\n## Overview\n\n{line}\nDrug test: No\n\n## Duties\n\n- Analyze data.\n")
    got = getattr(posting, field)
    assert (str(got) if field == "salary" else got) == value
    assert posting.drug_test is False and posting.extra_fields == {}


# ----------------------------------------------------------------------------- pydantic's own methods are closed
@pytest.mark.parametrize(
    "source, attribute, owner",
    [
        # before: read the file and printed its JSON values in the error ("input_value='s3cr3t-value'")
        ("{{ posting.parse_file(secret) }}", "parse_file", "JobPosting"),
        ("{{ posting['parse_file'](secret) }}", "parse_file", "JobPosting"),
        ("{{ (posting | attr('parse_file'))(secret) }}", "parse_file", "JobPosting"),
        ("{{ posting.salary.parse_raw('{}') }}", "parse_raw", "Salary"),
        # before: built gigabytes before the size cap looked (MemoryError under a 2.5 GB ulimit)
        ("{{ posting.model_dump_json(indent=10000000) }}", "model_dump_json", "JobPosting"),
        ("{{ posting.model_validate_json('{}') }}", "model_validate_json", "JobPosting"),
        ("{{ posting.model_construct() }}", "model_construct", "JobPosting"),
        ("{{ posting.model_fields }}", "model_fields", "JobPosting"),
    ],
)
def test_a_template_cannot_call_pydantics_own_methods(tmp_path, source: str, attribute: str, owner: str) -> None:
    from skillhire import UnsafeTemplateError, render_posting

    secret = tmp_path / "credentials.json"
    secret.write_text('{"client_secret": "s3cr3t-value"}', encoding="utf-8")
    (tmp_path / "mine.md.j2").write_text(source.replace("secret", repr(str(secret))) + "\n", encoding="utf-8")
    with pytest.raises(UnsafeTemplateError) as caught:
        render_posting({"title": "Analyst", "salary": {"min": 1}}, template="mine", template_dirs=[tmp_path],
                       check=False)
    assert str(caught.value) == (f"template 'mine.md.j2', line 1: blocked by the template sandbox: access to "
                                 f"attribute {attribute!r} of {owner!r} object is unsafe.")
    assert "s3cr3t" not in str(caught.value)


def test_fields_and_the_postings_own_properties_stay_open(tmp_path) -> None:
    from skillhire import render_posting

    (tmp_path / "mine.txt.j2").write_text(
        "{{ posting.title }}|{{ posting.salary.min }}|{{ posting.grade_range }}|{{ posting.duty_items | length }}\n",
        encoding="utf-8")
    rendered = render_posting({"title": "Analyst", "salary": {"min": 1}, "pay_plan": "GS", "grade_low": "12",
                               "grade_high": "13",
                               "duties": ["A.", "B."]}, template="mine", template_dirs=[tmp_path], check=False)
    assert str(rendered) == "Analyst|1.0|GS-12 to GS-13|2\n"


@pytest.mark.parametrize(
    "plan, low, high, message",
    [
        ("ES", "5", "7", "field 'grade_low': '5' is not a grade of pay plan ES, which has no grades (USAJOBS prints "
                         "'ES-00'); leave grade_low and grade_high out; field 'grade_high': '7' is not a grade of pay "
                         "plan ES, which has no grades (USAJOBS prints 'ES-00'); leave grade_low and grade_high out"),
        ("SL", "15", "", "field 'grade_low': '15' is not a grade of pay plan SL, which has no grades (USAJOBS prints "
                         "'SL-00'); leave grade_low and grade_high out"),
        ("ES", "00", "", None),
        ("EX", "IV", "", None),  # the Executive Schedule has levels
    ],
)
def test_an_ungraded_pay_plan_takes_no_grade(tmp_path, capsys: pytest.CaptureFixture[str], plan: str, low: str,
                                              high: str, message: str | None) -> None:
    path = tmp_path / "posting.toml"
    path.write_text(f'title = "Director"\npay_plan = "{plan}"\ngrade_low = "{low}"\n'
                    + (f'grade_high = "{high}"\n' if high else ""), encoding="utf-8")
    code, _, err = run(capsys, "render", str(path), "-t", "one-page-summary", "--no-check")
    assert (code, err) == ((1, f"Error: {path}: {message}\n") if message else (0, ""))


def test_the_starter_posting_points_to_a_schema_a_wheel_user_can_open(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "new-posting", "-")
    assert code == 0
    assert out.splitlines()[3:5] == [
        "# starting with '- ' is a list item. JSON Schema (every field, what it takes):",
        "#   https://github.com/skillhire/skillhire/blob/main/docs/schemas/posting.schema.json",
    ]  # before: "docs/schemas/posting.schema.json", a path of the source checkout


@pytest.mark.parametrize(
    "agency_locations, flagged",
    [
        (["Honolulu, HI"], ["Honolulu, HI"]),
        (["baltimore,  md", "Honolulu, HI", "Guam"], ["Honolulu, HI; Guam"]),  # case and spaces do not count; "; " between places
        (["Baltimore, MD"], []),
        ([], []),
    ],
)
def test_a_pooled_agency_at_a_location_the_announcement_does_not_name_is_a_finding(agency_locations, flagged) -> None:
    from skillhire import load_sample_posting, render_posting

    posting = load_sample_posting("cx-strategist")
    agencies = list(posting.participating_agencies)
    agencies[1] = agencies[1].model_copy(update={"locations": agency_locations})
    posting = posting.model_copy(update={"participating_agencies": agencies})
    found = [f for f in render_posting(posting, template="pooled-announcement", assessment="smeqa-standard").findings
             if f.rule == "pooled-agency-location"]
    assert [f.text for f in found] == flagged
    assert all(str(f.severity) == "warning" and f.source.startswith("5 U.S.C. 3318(b)(1)") for f in found)
