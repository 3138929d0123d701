"""JobPosting, parse_posting and load_posting."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import InvalidFileError, JobPosting, Salary, load_posting, parse_posting
from skillhire.posting import SECTION_FIELDS, posting_from_usajobs_record

USAJOBS_COPY = """IT Specialist (APPSW)
Department of the Treasury
Internal Revenue Service

Overview
Open & closing dates
06/08/2021 to 06/22/2021
Salary
$86,962 - $135,987 per year
Pay scale & grade
GS 12 - 13
Location
Washington, DC; Remote
Remote job
No
Telework eligible
Yes
Appointment type
Permanent
Work schedule
Full-time
Series: 2210 Information Technology Management
Supervisory status: No
Announcement number: 21-IRS-123
Control number: 600123400

This job is open to
- The public
- Veterans

Clarification from the agency
U.S. citizens.

Summary
We build the systems that process your tax return.

Duties
- Build and test web applications.
- Review code written by other engineers.

Requirements
Conditions of employment
- Must be a U.S. citizen.

Qualifications
You must have one year of specialized experience at the GS-12 level.

Education
This job does not have an education qualification requirement.

How you will be evaluated
We will review your resume.

Required documents
A resume.

Benefits
A career with the U.S. government provides employees with a comprehensive benefits package.

How to apply
Apply online at https://www.usajobs.gov/.

Agency contact information
Jane Doe, jane.doe@irs.gov, 202-555-0100

Next steps
We will email you.

## Things we did not plan for
Free snacks on Fridays.
"""


def test_parse_usajobs_copy_header_fields():
    posting = parse_posting(USAJOBS_COPY)
    assert posting.title == "IT Specialist (APPSW)"
    assert posting.series == "2210"
    assert (posting.pay_plan, posting.grade_low, posting.grade_high) == ("GS", "12", "13")
    assert posting.salary == Salary(min=86962, max=135987, per="year")
    assert (posting.open_date, posting.close_date) == (dt.date(2021, 6, 8), dt.date(2021, 6, 22))
    assert posting.locations == ["Washington, DC", "Remote"]
    assert posting.remote is False
    assert posting.telework_eligible is True
    assert posting.supervisory_status is False
    assert posting.appointment_type == "Permanent"
    assert posting.work_schedule == "Full-time"
    assert posting.announcement_number == "21-IRS-123"
    assert posting.control_number == "600123400"
    assert posting.hiring_paths == ["The public", "Veterans"]
    assert posting.who_may_apply == "U.S. citizens."


def test_parse_usajobs_copy_sections():
    posting = parse_posting(USAJOBS_COPY)
    assert posting.summary == "We build the systems that process your tax return."
    assert posting.duty_items == ["Build and test web applications.", "Review code written by other engineers."]
    assert posting.conditions_of_employment == "- Must be a U.S. citizen."
    assert posting.qualifications == "You must have one year of specialized experience at the GS-12 level."
    assert posting.education == "This job does not have an education qualification requirement."
    assert posting.evaluations == "We will review your resume."
    assert posting.required_documents == "A resume."
    assert posting.how_to_apply == "Apply online at https://www.usajobs.gov/."
    assert posting.agency_contact == "Jane Doe, jane.doe@irs.gov, 202-555-0100"
    assert posting.next_steps == "We will email you."
    assert posting.extra_sections == {
        "Introduction": "Department of the Treasury\nInternal Revenue Service",
        "Things we did not plan for": "Free snacks on Fridays.",
    }


def _words(text: str) -> list[str]:
    return text.split()


def test_parse_keeps_every_word():
    """Every word of the input is somewhere in the posting (only heading lines and labels are consumed)."""
    posting = parse_posting(USAJOBS_COPY)
    dumped = " ".join(str(v) for v in posting.model_dump(mode="json").values())
    dumped += " ".join(posting.to_text().split())
    for word in ("snacks", "jane.doe@irs.gov", "202-555-0100", "https://www.usajobs.gov/.", "Treasury"):
        assert word in dumped


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Grade: GS-11 to GS-13", {"pay_plan": "GS", "grade_low": "11", "grade_high": "13"}),
        ("Pay scale & grade: GS 9 - 11", {"pay_plan": "GS", "grade_low": "9", "grade_high": "11"}),
        ("Grade: GS-0343-12/13", {"pay_plan": "GS", "grade_low": "12", "grade_high": "13", "series": "0343"}),
        ("Grade: 14", {"grade_low": "14", "grade_high": "14"}),
        ("Grade: CN-52 to CN-53", {"pay_plan": "CN", "grade_low": "52", "grade_high": "53"}),
        ("Salary: $50.25 - $60.00 per hour", {"salary": Salary(min=50.25, max=60.0, per="hour")}),
        ("Salary: $120,000 per year", {"salary": Salary(min=120000, max=120000, per="year")}),
        ("Open & closing dates: 11/12/2021 to 11/29/2021",
         {"open_date": dt.date(2021, 11, 12), "close_date": dt.date(2021, 11, 29)}),
        ("Closing date: March 3, 2024", {"close_date": dt.date(2024, 3, 3)}),
        ("Job family (Series): 0343 Management And Program Analysis", {"series": "0343"}),
        ("Promotion potential: 13", {"promotion_potential": "13"}),
        ("Drug test: Yes", {"drug_test": True}),
        ("Location: Denver, CO; Austin, TX", {"locations": ["Denver, CO", "Austin, TX"]}),
        ("Salary: Commensurate with experience", {"extra_fields": {"Salary": "Commensurate with experience"}}),
        ("Grade: see below", {"extra_fields": {"Grade": "see below"}}),
        ("Hiring office: Denver", {"summary": "Hiring office: Denver"}),
    ],
)
def test_parse_header_lines(line, expected):
    posting = parse_posting(f"Data Scientist\n{line}\n")
    for field, value in expected.items():
        assert getattr(posting, field) == value


def test_markdown_headings_win_over_bare_lines():
    text = "# Analyst\n\n## Qualifications\nEducation:\nA degree helps.\n\n## Education\nNone required.\n"
    posting = parse_posting(text)
    assert posting.qualifications == "Education:\nA degree helps."
    assert posting.education == "None required."


def test_same_heading_inside_its_section_is_kept_as_text():
    posting = parse_posting(
        "Statistician\n\nEducation\nYou need a degree.\nEducation Requirements:\nA. Degree in statistics.\n"
    )
    assert posting.education == "You need a degree.\nEducation Requirements:\nA. Degree in statistics."


def test_parent_and_child_headings_of_one_section():
    posting = parse_posting("Statistician\n\nRequirements\nConditions of Employment\n- U.S. citizenship\n")
    assert posting.conditions_of_employment == "- U.S. citizenship"


def test_repeated_unknown_headings_are_kept_apart():
    posting = parse_posting("T\n\n## Notes\none\n\n## Notes\ntwo\n")
    assert posting.extra_sections == {"Notes": "one", "Notes (2)": "two"}


@pytest.mark.parametrize("text", ["", "   \n\n "])
def test_parse_empty_text_is_an_error(text):
    with pytest.raises(ValueError, match="empty"):
        parse_posting(text)


def test_duties_list_is_stored_as_bullets():
    posting = JobPosting(title="Engineer", duties=["Write code", " ", "Ship it"])
    assert posting.duties == "- Write code\n- Ship it"
    assert posting.duty_items == ["Write code", "Ship it"]


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"series": "343"}, "0343"),
        ({"series": 2210}, "2210"),
        ({"series": "1560.0"}, "1560"),
    ],
)
def test_series_is_normalised(fields, expected):
    assert JobPosting(**fields).series == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"grade_low": "13.0", "grade_high": 14.0}, ("13", "14")),
        ({"grade_low": "07", "grade_high": "09"}, ("7", "9")),
    ],
)
def test_grades_are_normalised(fields, expected):
    posting = JobPosting(**fields)
    assert (posting.grade_low, posting.grade_high) == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"pay_plan": "GS", "grade_low": "11", "grade_high": "13"}, "GS-11 to GS-13"),
        ({"pay_plan": "GS", "grade_low": "12", "grade_high": "12"}, "GS-12"),
        ({"grade_low": "9"}, "9"),
        ({}, None),
    ],
)
def test_grade_range(fields, expected):
    assert JobPosting(**fields).grade_range == expected


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"series": "IT"}, "series must be one to four digits"),
        ({"open_date": "2024-05-02", "close_date": "2024-05-01"}, "open_date 2024-05-02 is after close_date"),
        ({"salary": {"min": 10, "max": 5}}, "salary min 10 is above max 5"),
        ({"nickname": "x"}, "Extra inputs are not permitted"),
    ],
)
def test_invalid_fields(fields, message):
    with pytest.raises(ValueError, match=message):
        JobPosting(**fields)


def test_json_schema_documents_every_field():
    schema = JobPosting.model_json_schema()
    assert set(schema["properties"]) == set(JobPosting.model_fields)
    assert all(prop.get("description") for prop in schema["properties"].values())
    assert schema["required"] if "required" in schema else True
    assert "required" not in schema  # every field is optional


def test_salary_format():
    assert Salary(min=86962, max=135987).format() == "$86,962 - $135,987 per year"
    assert Salary(min=20.5, max=30, per="hour").format() == "$20.50 - $30 per hour"


def test_load_toml_and_json(tmp_path: Path):
    toml_file = tmp_path / "posting.toml"
    toml_file.write_text(
        'title = "Data Scientist"\nseries = "1560"\npay_plan = "GS"\ngrade_low = "12"\ngrade_high = "13"\n'
        'locations = ["Washington, DC"]\nopen_date = 2024-05-01\nduties = ["Build models", "Explain results"]\n'
        "[salary]\nmin = 100000\nmax = 150000\n",
        encoding="utf-8",
    )
    posting = load_posting(toml_file)
    assert posting.salary == Salary(min=100000, max=150000, per="year")
    assert posting.open_date == dt.date(2024, 5, 1)
    assert posting.duty_items == ["Build models", "Explain results"]
    json_file = tmp_path / "posting.json"
    json_file.write_text(posting.model_dump_json(), encoding="utf-8")
    assert load_posting(json_file) == posting


def test_load_text_file(tmp_path: Path):
    path = tmp_path / "posting.txt"
    path.write_text(USAJOBS_COPY, encoding="utf-8")
    assert load_posting(path) == parse_posting(USAJOBS_COPY)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.toml", None, "missing.toml: does not exist"),
        ("empty.toml", "", "empty.toml: is empty"),
        ("bad.toml", "title = ", "bad.toml: is not valid TOML"),
        ("bad.json", "{", "bad.json: is not valid JSON"),
        ("list.json", "[1]", "list.json: must hold one posting"),
        ("posting.yaml", "title: x", "unknown posting file kind '.yaml'"),
        ("salary.toml", '[salary]\nmin = "lots"\n', "salary.toml: field 'salary.min': Input should be a valid number"),
        ("typo.toml", 'titel = "x"\n', "field 'titel': unknown field. Did you mean 'title'? Valid fields: agency, agency_contact"),
        # a nested field's hint lists the nested model's fields, not the posting's
        ("agency.toml", 'title = "x"\n[[participating_agencies]]\nname = "GSA"\ngrade = ["13"]\n',
         "field 'participating_agencies.0.grade': unknown field. Did you mean 'grades'? Valid fields: grades, "
         "locations, name, office, openings"),
        ("pay.toml", 'title = "x"\n[salary]\nmin = 1\nmaxx = 2\n',
         "field 'salary.maxx': unknown field. Did you mean 'max'? Valid fields: currency, max, min, per"),
        ("dates.json", '{"open_date": "tomorrow"}', "field 'open_date': Input should be a valid date"),
    ],
)
def test_load_errors_name_file_and_field(tmp_path: Path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidFileError, match=re.escape(message)):
        load_posting(path)


def test_load_rejects_non_utf8(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 manager\n".encode("latin-1"))
    with pytest.raises(InvalidFileError, match="is not UTF-8 text"):
        load_posting(path)


def _dev_corpus() -> Path | None:
    root = Path(__file__).resolve().parents[1]
    for candidate in (root.parent / "shared" / "data", Path("/work/shared/data")):
        path = candidate / "usajobs-postings-dev.jsonl"
        if path.is_file():
            return path
    return None


@pytest.mark.skipif(_dev_corpus() is None, reason="development corpus usajobs-postings-dev.jsonl not available")
def test_corpus_round_trip_through_text():
    path = _dev_corpus()
    assert path is not None
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 100
    for record in records:
        posting = posting_from_usajobs_record(record)
        assert parse_posting(posting.to_text()) == posting, record["id"]


_section_text = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" .,;$-"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() and not s.strip().startswith("-"))


@settings(max_examples=40, deadline=None)
@given(
    title=_section_text,
    values=st.dictionaries(st.sampled_from([name for name, _ in SECTION_FIELDS]), _section_text, max_size=5),
)
def test_round_trip_property(title, values):
    posting = JobPosting(title=title, **values)
    assert parse_posting(posting.to_text()) == posting


@pytest.mark.parametrize(
    "text, title, duties",
    [
        ("\ufeff# Data Scientist\n\n## Duties\n\n- Build models.\n", "Data Scientist", "- Build models."),
        ("\ufeffData Scientist\n\nDuties\n- Build models.\n", "Data Scientist", "- Build models."),
        ("\ufeffData Scientist\n==============\n\nDuties\n------\n\n- Build models.\n", "Data Scientist", "- Build models."),
        # only a mark at the start of the text is one: a zero-width no-break space inside a line is kept
        ("Data\ufeff Scientist\n\nDuties\n- Build models.\n", "Data\ufeff Scientist", "- Build models."),
    ],
)
def test_a_byte_order_mark_at_the_start_is_not_content(text: str, title: str, duties: str) -> None:
    # a file saved by Notepad starts with U+FEFF: it stayed in the title ('\ufeff# Data Scientist')
    posting = parse_posting(text)
    assert (posting.title, posting.duties) == (title, duties)


def test_a_byte_order_mark_alone_is_empty_text() -> None:
    with pytest.raises(ValueError, match="posting text"):
        parse_posting("\ufeff\n")
