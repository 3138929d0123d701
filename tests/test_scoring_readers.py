"""Reading applicants and ratings: header aliases, codes, layouts, files, and bad rows that do not stop the rest."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import InvalidFileError, read_applicants, read_ratings
from skillhire.applicants import APPLICANT_ALIASES, normalise_header


@pytest.mark.parametrize(
    "code, expected",
    [
        ("", "NV"), (None, "NV"), ("NV", "NV"), ("nv", "NV"), ("TP", "TP"), ("XP", "XP"), ("CP", "CP"),
        ("CPS", "CPS"), (" cps ", "CPS"), ("SSP", "SSP"), ("5-point", "TP"), ("Sole survivorship", "SSP"),
        # the scoring audit found "0-point" (sole survivorship) rejected as a bad code
        ("0-point", "SSP"), ("0-Point Preference", "SSP"), ("0-point (sole survivorship)", "SSP"), ("0", "NV"),
    ],
)
def test_preference_codes(code, expected):
    # USAJOBS / OPM VetGuide codes; 5 U.S.C. 2108(3); 5 CFR 211.102
    result = read_applicants([{"applicant_id": "A1", "veterans_preference": code}])
    assert [r.veterans_preference for r in result.records] == [expected]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("meets", "meets"), ("does_not_meet", "does_not_meet"), ("MF", "meets"), ("DNMF", "does_not_meet"),
        ("Move Forward", "meets"), ("Does Not Move Forward", "does_not_meet"), ("does not meet", "does_not_meet"),
        (0, 0), (1, 1), (2, 2), (2.0, 2), ("2", 2), ("1.0", 1),
    ],
)
def test_rating_spellings(value, expected):
    result = read_ratings([{"applicant_id": "A1", "hurdle": "resume_review", "competency": "x", "rater": "s1",
                            "rating": value}])
    assert [r.rating for r in result.records] == [expected]
    assert result.errors == []


def test_header_aliases_and_extra_columns_kept():
    rows = [{"Application Number": 1042.0, "First Name": "Ana", "Vet Pref": "CP", "Grade(s)": "GS-13; 14",
             "Agency": "GSA;VA", "Duty Location": "Washington, DC", "Sex": "F"}]
    result = read_applicants(rows)
    record = result.records[0]
    assert (record.applicant_id, record.first_name, record.veterans_preference, record.grades, record.agencies,
            record.locations, record.extra) == ("1042", "Ana", "CP", (13, 14), ("GSA", "VA"), ("Washington, DC",),
                                                {"Sex": "F"})


def test_alias_table_is_plain_data_the_spreadsheet_reader_can_extend():
    assert "applicant_id" in APPLICANT_ALIASES and isinstance(APPLICANT_ALIASES["applicant_id"], list)
    assert normalise_header("  Veterans' Preference ") == "veterans_preference"


def test_bad_rows_are_reported_with_row_and_column_and_the_rest_is_read():
    rows = [
        {"applicant_id": "A1", "veterans_preference": "TP", "grades": "13"},
        {"applicant_id": "", "veterans_preference": "NV"},
        {"applicant_id": "A3", "veterans_preference": "10PT"},
        {"applicant_id": "A4", "grades": "thirteen"},
        {"applicant_id": "A5", "grades": "16"},
    ]
    result = read_applicants(rows)
    assert [r.applicant_id for r in result.records] == ["A1"]
    assert [str(e) for e in result.errors] == [
        "row 3, column 'applicant_id': is required but empty or missing",
        "row 4, column 'veterans_preference': '10PT' is not a preference code; use one of: blank, NV, TP, XP, CP, "
        "CPS, SSP",
        "row 5, column 'grades': 'thirteen' is not a GS grade (a number 1-15, e.g. 13 or GS-13)",
        "row 6, column 'grades': '16' is not a GS grade (1-15)",
    ]
    assert result.rows_in == len(result.records) + len(result.errors) == 5


def test_wide_layout_becomes_long_ratings():
    rows = [
        {"Applicant ID": "A1", "customer-research:sme1": "MF", "customer-research:sme2": "DNMF",
         "customer-research:sme2:justification": "No research shown.", "interview_1:sme4": 2,
         "resume_review/service-design/sme1": "Move Forward", "Name": "ignored", "interview_2:sme4": None},
        {"Applicant ID": "A2", "customer-research:sme1": "maybe", "customer-research:sme2": "MF"},
    ]
    result = read_ratings(rows)
    assert result.layout == "wide"
    assert [(r.applicant_id, r.hurdle, r.competency, r.rater, r.rating, r.justification) for r in result.records] == [
        ("A1", "interview_1", "", "sme4", 2, ""),
        ("A1", "resume_review", "customer-research", "sme1", "meets", ""),
        ("A1", "resume_review", "customer-research", "sme2", "does_not_meet", "No research shown."),
        ("A1", "resume_review", "service-design", "sme1", "meets", ""),
    ]
    assert [(e.row, e.column) for e in result.errors] == [(3, "customer-research:sme1")]
    assert result.rows_in == 2


def test_csv_and_xlsx_files(tmp_path):
    header = ["Applicant ID", "Veterans Preference", "Grades", "Agencies"]
    data = [["A1", "CPS", "13;14", "GSA"], ["A2", "", "15", ""], ["A3", "ZZ", "13", ""]]
    path_csv = tmp_path / "applicants.csv"
    with open(path_csv, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(data)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in data:
        sheet.append(row)
    path_xlsx = tmp_path / "applicants.xlsx"
    book.save(path_xlsx)
    for path in (path_csv, path_xlsx):
        result = read_applicants(path)
        assert [(r.applicant_id, r.veterans_preference, r.grades) for r in result.records] == [
            ("A1", "CPS", (13, 14)), ("A2", "NV", (15,))]
        assert [(e.row, e.column, e.sheet) for e in result.errors] == [(4, "veterans_preference", path.name)]
        assert len(result.sha256) == 64


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("empty.csv", b"", "is empty"),
        ("noid.csv", b"name,grade\nAna,13\n", "missing required column 'applicant_id'"),
        ("broken.xlsx", b"not a zip file", "is not an Excel workbook"),
        ("data.txt", b"a,b\n", "unsupported file type '.txt'"),
    ],
)
def test_bad_files_raise_invalid_file(tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidFileError) as info:
        read_applicants(path)
    assert fragment in str(info.value)


def test_duplicate_ids_reject_every_row_that_carries_them():
    rows = [{"applicant_id": "A1"}, {"applicant_id": "A2"}, {"applicant_id": "A1", "veterans_preference": "bogus"}]
    result = read_applicants(rows)
    assert [r.applicant_id for r in result.records] == ["A2"]
    assert [str(e) for e in result.errors] == [
        "row 2, column 'applicant_id': applicant id 'A1' appears in rows 2, 4",
        "row 4, column 'applicant_id': applicant id 'A1' appears in rows 2, 4",
    ]


def test_title_rows_above_the_header_and_blank_ids_in_files(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["CX Strategist pooled action: applicants"])
    sheet.append([])
    sheet.append(["Applicant ID", "Vet Pref", "Grades"])
    sheet.append(["A1", "TP", 13])
    sheet.append([None, "NV", 14])
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = read_applicants(path)
    assert [(r.row, r.applicant_id, r.grades) for r in result.records] == [(4, "A1", (13,))]
    assert [(e.row, e.column) for e in result.errors] == [(5, "applicant_id")]
    assert result.rows_in == 2


def test_missing_file(tmp_path):
    with pytest.raises(InvalidFileError, match="does not exist"):
        read_ratings(tmp_path / "ratings.csv")


def test_wide_ratings_from_a_csv_file(tmp_path):
    path = tmp_path / "ratings.csv"
    path.write_text(
        "Applicant ID,customer-research:sme1,customer-research:sme2,interview_1:sme4\n"
        "A1,MF,DNMF,2\n"
        "A2,Move Forward,Move Forward,\n",
        encoding="utf-8",
    )
    result = read_ratings(path)
    assert result.layout == "wide"
    assert [(r.row, r.applicant_id, r.hurdle, r.competency, r.rater, r.rating) for r in result.records] == [
        (2, "A1", "interview_1", "", "sme4", 2),
        (2, "A1", "resume_review", "customer-research", "sme1", "meets"),
        (2, "A1", "resume_review", "customer-research", "sme2", "does_not_meet"),
        (3, "A2", "resume_review", "customer-research", "sme1", "meets"),
        (3, "A2", "resume_review", "customer-research", "sme2", "meets"),
    ]
    assert (result.rows_in, result.errors, result.source) == (2, [], "ratings.csv")


def test_ratings_without_rating_columns_are_refused_not_silently_empty():
    with pytest.raises(InvalidFileError) as info:
        read_ratings([{"applicant_id": "A1", "notes": "strong"}])
    assert "has no rating columns" in str(info.value) and "columns found: applicant_id, notes" in str(info.value)


def test_long_layout_without_a_hurdle_column_rejects_each_row_by_name():
    result = read_ratings([{"applicant_id": "A1", "competency": "service-design", "rater": "s1", "rating": "MF"}])
    assert result.layout == "long"
    assert [str(e) for e in result.errors] == ["row 2, column 'hurdle': is required but empty or missing"]


CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 12), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["MF", "DNMF", " Move Forward ", "meets", "2", "1.0", "x", "", "  ", "A-1", "Resume Review",
                     "Interview 1", "customer-research", "Customer Research"]),
    st.text(max_size=6),
)


@given(st.dictionaries(st.sampled_from(["applicant_id", "hurdle", "competency", "rater", "rating", "justification"]),
                       CELL, min_size=1))
@settings(max_examples=200, deadline=None)
def test_fast_rating_rows_equal_fully_validated_rows(fields):
    from pydantic import ValidationError

    from skillhire.applicants import RatingRow, _long_ratings
    from skillhire.spreadsheets import SheetRow

    records, errors = [], []
    _long_ratings([SheetRow("rows", 7, dict(fields))], records, errors, None)
    try:
        full = RatingRow(row=7, **fields)
    except ValidationError:
        full = None
    compact, compact_errors = [], []  # skillhire score's slotted records hold the very same values
    _long_ratings([SheetRow("rows", 7, dict(fields))], compact, compact_errors, None, compact=True)
    assert [(e.row, str(e)) for e in compact_errors] == [(e.row, str(e)) for e in errors]
    if full is None:
        assert records == [] and [e.row for e in errors] == [7] and compact == []
    else:
        assert errors == [] and records == [full]
        assert records[0].model_dump() == full.model_dump()
        assert [{name: getattr(r, name) for name in RatingRow.model_fields} for r in compact] == [full.model_dump()]
        assert [type(getattr(compact[0], name)) for name in RatingRow.model_fields] == [
            type(value) for value in full.model_dump().values()
        ]


def test_compact_ratings_copy_like_rating_rows():
    from skillhire.applicants import RatingRow, _Rating

    full = RatingRow(row=3, applicant_id="A1", hurdle="Resume Review", competency="x", rater="s1", rating="MF")
    compact = _Rating.of(full)
    copied = compact.model_copy(update={"hurdle": "resume_review"})
    assert (copied.hurdle, compact.hurdle, copied.row, copied.rating) == ("resume_review", full.hurdle, 3, "meets")
    assert not hasattr(compact, "__dict__")


@given(st.lists(st.dictionaries(st.sampled_from(["Applicant ID", "grades", "vet pref", "sex"]), CELL), max_size=8))
@settings(max_examples=100, deadline=None)
def test_any_applicant_cells_are_read_or_rejected_never_raised(rows):
    rows = [{"Applicant ID": "A0", **row} for row in rows]
    result = read_applicants(rows)
    assert result.rows_in == len(rows) == len(result.records) + len(result.errors)
