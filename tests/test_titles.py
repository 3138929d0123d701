"""Federal titles to working titles: parser, translation, batch, options, bad input."""

from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import skillhire
from skillhire.errors import InvalidGradeError, InvalidTitleError, SkillhireError, SkillhireWarning
from skillhire.titles import TitleOptions, parse_title, translate_title, translate_titles


def quiet(title: str, **kwargs):
    """translate_title with low-confidence warnings silenced (tests that check warnings do so explicitly)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        return translate_title(title, **kwargs)


# (title, series, grade) -> (working title, soc code)
TRANSLATIONS = [
    ("IT Specialist (APPSW)", None, "GS-13", "Senior Software Engineer", "15-1252.00"),
    ("INFORMATION TECHNOLOGY SPECIALIST (APPSW)", None, None, "Software Engineer", "15-1252.00"),
    ("IT Specialist (CUSTSPT)", None, None, "IT Support Specialist", "15-1232.00"),
    ("IT Spec (CUSTSPT)", None, 7, "Associate IT Support Specialist", "15-1232.00"),
    ("IT SPECIALIST( DATAMGT)", None, None, "Data Engineer", "15-1243.00"),
    ("IT Specialist (INFOSEC)", None, 12, "Cybersecurity Analyst", "15-1212.00"),
    ("INFORMATION TECHNOLOGY SPECIALIST (SECURITY)", None, None, "Cybersecurity Analyst", "15-1212.00"),
    ("IT Specialist (NETWORK)", None, None, "Network Engineer", "15-1241.00"),
    ("IT Specialist (OS)", None, None, "Systems Engineer", "15-1299.08"),
    ("IT Specialist (SYSADMIN)", None, None, "Systems Administrator", "15-1244.00"),
    ("IT Specialist (SYSANALYSIS)", None, None, "Systems Analyst", "15-1211.00"),
    ("IT Specialist (PLCYPLN)", None, None, "IT Strategy and Governance Analyst", "15-1211.00"),
    ("IT Specialist (ENTARCH)", None, None, "Enterprise Architect", "15-1299.08"),
    ("IT Specialist (INET)", None, None, "Web Developer", "15-1254.00"),
    ("IT Specialist (APPSW/INFOSEC)", None, None, "Software Engineer", "15-1252.00"),
    ("Information Technology Specialist (Data Management/Systems Analysis)", None, None, "Data Engineer", "15-1243.00"),
    ("Supervisory IT Specialist (DATAMGT)", "2210", 15, "Senior Data Engineering Manager", "11-3021.00"),
    ("Lead IT Specialist (Network/Data Management)", None, None, "Lead Network Engineer", "15-1241.00"),
    ("IT Specialist (INET) (Web Developer)", None, None, "Web Developer", "15-1254.00"),
    ("Mgmt & Prog Analyst", None, None, "Business Analyst", "13-1111.00"),
    ("Management and Program Analyst", "0343", 9, "Business Analyst", "13-1111.00"),
    ("Program Analyst", None, 13, "Senior Program Analyst", "13-1111.00"),
    ("Contact Rep", None, 5, "Associate Customer Service Representative", "43-4051.00"),
    ("Computer Scientist (Direct Hire)", None, None, "Computer Scientist", "15-1221.00"),
    ("Operations Research Analyst", None, 14, "Lead Operations Research Analyst", "15-2031.00"),
    ("Data Scientist", "1560", 15, "Principal Data Scientist", "15-2051.00"),
    ("Program Analyst (Data Science)", None, None, "Data Scientist", "15-2051.00"),
    ("Student Trainee (Computer Scientist) (PATHWAYS)", None, None, "Computer Scientist Intern", "15-1221.00"),
    ("Registered Nurse", None, None, "Registered Nurse", "29-1141.00"),
]


@pytest.mark.parametrize("title, series, grade, expected_title, expected_soc", TRANSLATIONS)
def test_translations(title: str, series: str | None, grade: object, expected_title: str, expected_soc: str) -> None:
    match = quiet(title, series=series, grade=grade)
    assert (match.title, match.soc_code) == (expected_title, expected_soc)
    assert not match.low_confidence
    assert match.reasons


def test_gs_2210_13_alone_is_a_low_confidence_it_specialist() -> None:
    with pytest.warns(SkillhireWarning, match="Low-confidence title match: 'GS-2210-13'"):
        match = translate_title("GS-2210-13")
    assert (match.title, match.series, match.grade, match.seniority) == ("Senior IT Specialist", "2210", 13, "senior")
    assert match.low_confidence


def test_parse_title_recognises_every_part() -> None:
    parsed = parse_title("Supv IT Spec (APPSW/INFOSEC), GS-2210-14 (Direct Hire)")
    assert (parsed.core, parsed.series, parsed.grades, parsed.specialties, parsed.hiring_paths, parsed.supervisory) == (
        "IT Specialist", "2210", (14,), ("APPSW", "INFOSEC"), ("Direct Hire",), True
    )


@pytest.mark.parametrize("bad", [None, 13, b"IT Specialist", ["IT Specialist"]])
def test_a_non_string_title_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="title must be a string"):
        translate_title(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "   ", "\t\n"])
def test_an_empty_title_is_a_clear_value_error(bad: str) -> None:
    with pytest.raises(InvalidTitleError, match="is empty") as caught:
        translate_title(bad)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, SkillhireError)


def test_unknown_series_gives_a_low_confidence_answer_not_a_crash() -> None:
    with pytest.warns(SkillhireWarning):
        match = translate_title("Data Scientist", series="9999")
    assert match.low_confidence and match.score <= 60
    assert any("series '9999' is not in skillhire's series crosswalk" in r for r in match.reasons)


@pytest.mark.parametrize("bad", ["GS-16", "banana", 0, 16])
def test_a_bad_grade_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InvalidGradeError, match="Grade"):
        translate_title("Program Analyst", grade=bad)  # type: ignore[arg-type]


def test_exports() -> None:
    assert skillhire.translate_title is translate_title
    assert skillhire.translate_titles is translate_titles


def test_batch_matches_single() -> None:
    titles = ["IT Specialist (CUSTSPT)", "Contact Rep", "IT Specialist (CUSTSPT)", "Senior Data Analyst"]
    batch = translate_titles(titles, grades=[None, 7, 13, None])
    assert [m.title for m in batch] == [
        "IT Support Specialist", "Associate Customer Service Representative", "Senior IT Support Specialist",
        "Senior Data Analyst",
    ]
    assert [m.soc_code for m in batch] == ["15-1232.00", "43-4051.00", "15-1232.00", "15-2051.01"]


def test_title_format_and_labels_are_configurable() -> None:
    options = TitleOptions(seniority_labels={"lead": "Staff"}, title_format="{title}, {seniority}")
    assert quiet("IT Specialist (APPSW)", grade=14, options=options).title == "Software Engineer, Staff"
    assert quiet("IT Specialist (APPSW)", grade=14, options=TitleOptions(include_seniority=False)).title == (
        "Software Engineer"
    )


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_text_gives_a_clean_title_or_a_clear_error(text: str) -> None:
    try:
        match = quiet(text)
    except InvalidTitleError:
        return
    assert "(" not in match.title and ")" not in match.title
    assert not re.search(r"\b(?:GS|GG)-?\d", match.title)
    assert 0 <= match.score <= 100
