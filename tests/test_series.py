"""The OPM series crosswalk: series_info, list_series, normalize_series and the bundled series.json."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import skillhire
from skillhire._resources import data_dir
from skillhire.errors import SkillhireError, UnknownSeriesError
from skillhire.series import SeriesInfo, list_series, normalize_series, series_info

REQUIRED_SERIES = [
    "0301", "0343", "0510", "0560", "0962", "1101", "1102", "1515", "1529", "1530", "1550", "1560", "2210",
    "0854", "0855", "1035", "0201", "1712", "1750", "0110", "0080", "1410", "0346", "0391",
]
SPECIALTIES_2210 = {
    "APPSW": "Applications Software",
    "CUSTSPT": "Customer Support",
    "DATAMGT": "Data Management",
    "ENTARCH": "Enterprise Architecture",
    "INET": "Internet",
    "INFOSEC": "Security (formerly Information Security)",
    "ITPM": "IT Project Management",
    "NETWORK": "Network Services",
    "OS": "Operating Systems",
    "PLCYPLN": "Policy and Planning",
    "SYSADMIN": "Systems Administration",
    "SYSANALYSIS": "Systems Analysis",
}


def onet_codes() -> set[str]:
    import gzip

    raw = (data_dir("taxonomies") / "titles" / "onet-title-index.json.gz").read_bytes()
    return set(json.loads(gzip.decompress(raw))["occupations"])


@pytest.mark.parametrize("series", REQUIRED_SERIES)
def test_every_required_series_is_in_the_crosswalk(series: str) -> None:
    info = series_info(series)
    assert info.series == series
    assert info.working_titles and info.soc_codes
    assert {s.key for s in info.sources} >= {"opm-handbook", "onet"}


@pytest.mark.parametrize(
    "series, official_title, positive",
    [
        ("2210", "Information Technology Management", False),
        ("0343", "Management and Program Analysis", False),
        ("0301", "Miscellaneous Administration and Program", False),
        ("0962", "Contact Representative", False),
        ("1560", "Data Science", True),
        ("1550", "Computer Science", True),
        ("1530", "Statistics", True),
        ("1529", "Mathematical Statistics", True),
        ("1515", "Operations Research", True),
        ("0854", "Computer Engineering", True),
        ("0855", "Electronics Engineering", True),
        ("0110", "Economist", True),
        ("1320", "Chemistry", True),
        ("0510", "Accounting", True),
        ("1102", "Contracting", True),
        ("1750", "Instructional Systems", True),
        ("1712", "Training Instruction", False),
        ("1035", "Public Affairs", False),
        ("0201", "Human Resources Management", False),
    ],
)
def test_official_titles_and_positive_education(series: str, official_title: str, positive: bool) -> None:
    info = series_info(series)
    assert (info.official_title, info.positive_education_requirement) == (official_title, positive)
    # A positive requirement always comes with a plain summary; no requirement means no summary.
    assert (info.education_requirement is not None) == positive


def test_2210_has_every_specialty() -> None:
    info = series_info("2210")
    assert info.specialties == SPECIALTIES_2210
    appsw = info.specialty_details["APPSW"]
    assert (appsw.working_titles[0], appsw.soc_codes[0], appsw.manager_title) == (
        "Software Engineer", "15-1252.00", "Software Engineering Manager"
    )
    assert info.specialty_details["CUSTSPT"].soc_codes[0] == "15-1232.00"
    assert info.specialty_details["INFOSEC"].soc_codes[0] == "15-1212.00"
    assert info.specialty_details["INET"].soc_codes[0] == "15-1254.00"
    assert info.specialty_details["SYSADMIN"].soc_codes[0] == "15-1244.00"


def test_other_series_have_no_specialties() -> None:
    assert series_info("0343").specialties == {}


@pytest.mark.parametrize(
    "given_series, expected",
    [("2210", "2210"), (2210, "2210"), ("343", "0343"), (343, "0343"), ("0343", "0343"), (" GS-2210 ", "2210"),
     ("gs 1560", "1560"), (80, "0080")],
)
def test_series_numbers_in_any_form(given_series: str | int, expected: str) -> None:
    assert normalize_series(given_series) == expected
    assert series_info(given_series).series == expected


@pytest.mark.parametrize("bad", ["9999", 9999, "2211", "abc", "", "22100", -343])
def test_unknown_series_is_a_lookup_error_listing_the_known_ones(bad: str | int) -> None:
    with pytest.raises(UnknownSeriesError) as caught:
        series_info(bad)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, SkillhireError)
    message = str(caught.value)
    assert message.startswith("No OPM occupational series")
    assert message.endswith("Available: " + ", ".join(list_series()))
    assert "2210" in message and "1560" in message


@pytest.mark.parametrize("bad", [None, 22.1, ["2210"], True])
def test_series_of_the_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="series must be a string or an int"):
        series_info(bad)  # type: ignore[arg-type]


def test_list_series_is_sorted_and_matches_the_file() -> None:
    names = list_series()
    assert names == sorted(names)
    document = json.loads((data_dir("taxonomies") / "titles" / "series.json").read_text(encoding="utf-8"))
    assert names == sorted(row["series"] for row in document["series"])
    assert len(names) >= 30


def test_every_row_cites_sources_that_exist_and_soc_codes_that_onet_has() -> None:
    document = json.loads((data_dir("taxonomies") / "titles" / "series.json").read_text(encoding="utf-8"))
    codes = onet_codes()
    keys = set(document["sources"])
    assert "O*NET 29.2" in document["attribution"] and "CC BY 4.0" in document["attribution"]
    for row in document["series"]:
        assert re.fullmatch(r"\d{4}", row["series"])
        assert set(row["sources"]) <= keys and "opm-handbook" in row["sources"]
        assert set(row["soc_codes"]) | {row["manager_soc_code"]} <= codes, row["series"]
        for spec in row["specialties"]:
            assert set(spec["sources"]) <= keys
            assert set(spec["soc_codes"]) | {spec["manager_soc_code"]} <= codes, spec["code"]
    assert set(document["preferred_socs"]["titles"].values()) <= codes


def test_series_info_is_frozen_and_exported() -> None:
    info = skillhire.series_info("1560")
    assert isinstance(info, skillhire.SeriesInfo) and SeriesInfo is skillhire.SeriesInfo
    with pytest.raises(Exception, match="frozen"):
        info.series = "0000"  # type: ignore[misc]
    assert "series" in SeriesInfo.model_json_schema()["properties"]


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=9999))
def test_any_number_is_either_known_or_a_clear_lookup_error(number: int) -> None:
    code = str(number).zfill(4)
    if code in set(list_series()):
        assert series_info(number).series == code
    else:
        with pytest.raises(UnknownSeriesError, match=f"No OPM occupational series '{code}'"):
            series_info(number)
