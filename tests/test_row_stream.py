"""Rows read one at a time (:func:`iter_rows`) and ratings validated as they are read (``skillhire score``).

The streaming path must give exactly what the list path gives: the same rows, row errors (sheet, row,
column, message), counts and header, and, end to end, byte-identical outputs, for CSV and xlsx rating
files with bad scores, unknown applicants, duplicate ratings, blank rows and title rows above the header.
Also: the CSV delimiter sniffer prefers the delimiter that splits the header into known columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import skillhire.applicants
from skillhire import iter_rows, read_rows, score_spreadsheets
from skillhire.applicants import RATING_ALIASES, _read_ratings, _stream_ratings, read_applicants
from skillhire.errors import InvalidFileError
from tests.scoring_fixtures import COMPETENCIES
from tests.test_row_spill import _comparable_files, pool_rows, write_csv

pytestmark = pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # pending applicants

RATING_ARGS = {"columns": list(RATING_ALIASES), "aliases": RATING_ALIASES, "required": ["applicant_id"]}
SLOTS = ("row", "applicant_id", "hurdle", "competency", "rater", "rating", "justification")


def troubled_ratings(rating_rows: list[list[object]]) -> list[list[object]]:
    """The pool's rating rows with every kind of trouble a real rating file has, and title rows on top."""
    header, *rows = rating_rows
    rows = [list(row) for row in rows]
    rows[3][4] = "great"  # not a rating: rejected with the accepted spellings
    rows[8][0] = ""  # no applicant id: the reader rejects it
    rows[20][3] = ""  # no rater: validation rejects it
    rows.insert(30, list(rows[29]))  # the same rating twice: scoring rejects the repeat
    at = next(i for i in range(69, len(rows)) if rows[i][1] == "resume_review")
    rows.insert(at + 1, [*rows[at][:4], "DNMF" if rows[at][4] == "MF" else "MF", rows[at][5]])  # a conflict: both go
    rows.insert(40, ["", "", "", "", "", ""])  # blank rows: skipped, counted apart
    rows.insert(41, [None] * 6)
    rows[50] = [*rows[50], "a note under no header"]  # an extra cell: the columns grow from here
    rows[60][4] = "Move Forward"  # another spelling of MF
    rows[61][2] = str(rows[61][2]).upper()  # a competency in capitals
    return [["SME ratings, CX specialist pool"], ["exported 2026-03-01"], [], header, *rows]


def write_ratings_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ratings"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def previous_ratings(stream, **_):
    """The path before streaming: every row read at once by read_rows, then validated (its own id table)."""
    stream.close()
    return _read_ratings(read_rows(stream.source, **RATING_ARGS), compact=True)


def records_of(result) -> tuple:
    return (
        [tuple(getattr(r, name) for name in SLOTS) for r in result.records],
        [(e.sheet, e.row, e.column, e.message) for e in result.errors],
        result.rows_in, result.layout, result.source, result.sha256,
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_streamed_ratings_equal_the_list_path(tmp_path: Path, kind: str) -> None:
    _, rating_rows = pool_rows(40)
    rows = troubled_ratings(rating_rows)
    path = (write_csv if kind == "csv" else write_ratings_xlsx)(tmp_path / f"ratings.{kind}", rows)
    stream = iter_rows(path, **RATING_ARGS)
    streamed = _stream_ratings(stream)
    before = previous_ratings(iter_rows(path, **RATING_ARGS))
    assert records_of(streamed) == records_of(before)
    sheet = "ratings.csv" if kind == "csv" else "ratings.xlsx"
    errors = [(e.row, e.column, e.message[:30]) for e in streamed.errors]
    assert errors == [
        (8, "rating", "'great' is not a rating; use m"),
        (13, "applicant_id", "required value is empty"),
        (25, "rater", "is required but empty or missi"),
    ]
    assert {e.sheet for e in streamed.errors} == {sheet}
    counts = stream.counts
    assert (counts.rows_read, counts.rows_kept, counts.rows_rejected, counts.blank_rows) == (404, 403, 1, 2)
    assert streamed.rows_in == len(streamed.records) + len(streamed.errors) == 404
    assert stream.header_row == 4


@pytest.mark.parametrize(
    "ratings_kind, output_name", [("csv", "scored.csv"), ("xlsx", "scored.xlsx"), ("csv", "scored.jsonl")]
)
def test_score_outputs_unchanged_by_streamed_ratings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ratings_kind: str, output_name: str
) -> None:
    applicant_rows, rating_rows = pool_rows(60)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    rows = troubled_ratings(rating_rows)
    writer = write_csv if ratings_kind == "csv" else write_ratings_xlsx
    ratings = writer(tmp_path / f"ratings.{ratings_kind}", rows)
    summaries, outputs = [], []
    for label in ("streamed", "previous"):
        if label == "previous":
            monkeypatch.setattr(skillhire.applicants, "_stream_ratings", previous_ratings)
        folder = tmp_path / label
        folder.mkdir()
        summary = score_spreadsheets(applicants, ratings, output=folder / output_name, issued_on=dt.date(2026, 3, 2))
        summaries.append(summary.model_dump(exclude={"seconds", "files"}))
        outputs.append(_comparable_files(folder))
    assert summaries[0] == summaries[1]
    assert outputs[0] == outputs[1]
    summary = summaries[0]
    # read: every applicant's ratings, the unknown applicant, the off-scale rating and the two repeats;
    # rejected: 3 rows bad as read or validated, the identical repeat, the conflicting pair, the ratings
    # of the 5 applicants without a valid row (A0005, 9, 12, 13, 17), the unknown applicant, the off-scale one
    per_applicant = 2 * len(COMPETENCIES) + 2
    assert summary["ratings_read"] == 60 * per_applicant + 2 + 2
    assert summary["ratings_read"] == summary["ratings_scored"] + summary["ratings_rejected"]
    assert summary["ratings_rejected"] == 3 + 1 + 2 + 5 * per_applicant + 2


READER_CASES = {
    "title rows, blanks, a missing id, a grown column": (
        "csv", [["Ratings export"], [], ["Applicant ID", "Rater", "Vote"], ["A1", "s1", "MF"], [],
                ["", "s2", "MF"], ["A2", "s1", "DNMF", "late note"], ["A3", "s1", "MF"]],
    ),
    "xlsx starting at C3 with blank rows inside": (
        "xlsx-offset", [["Applicant ID", "Rater", "Vote"], ["A1", "s1", "MF"], [None, None, None],
                        ["A2", None, 2], [None, "s3", 1.0]],
    ),
    "header only": ("csv", [["applicant_id", "rating"]]),
}  # fmt: skip


def _write_case(path_base: Path, kind: str, rows: list[list[object]]) -> Path:
    if kind == "csv":
        return write_csv(path_base.with_suffix(".csv"), rows)
    book = openpyxl.Workbook()
    sheet = book.active
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.cell(row=3 + r, column=3 + c, value=value)
    book.save(path_base.with_suffix(".xlsx"))
    return path_base.with_suffix(".xlsx")


@pytest.mark.parametrize("case", list(READER_CASES))
@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_iter_rows_yields_what_read_rows_returns(tmp_path: Path, case: str, engine: str) -> None:
    kind, rows = READER_CASES[case]
    path = _write_case(tmp_path / "case", kind, rows)
    listed = read_rows(path, engine=engine, **RATING_ARGS)
    stream = iter_rows(path, engine=engine, **RATING_ARGS)
    items = list(stream)
    assert [row for row, errors in items if not errors] == listed.rows
    assert [row for row, errors in items if errors] == listed.rejected
    assert [e for _, errors in items for e in errors] == listed.errors
    assert (stream.header_row, stream.headers, stream.sheet, stream.sha256) == (
        listed.header_row, listed.headers, listed.sheet, listed.sha256)  # fmt: skip
    assert stream.counts == listed.counts


def test_iter_rows_reads_an_offset_xlsx_with_the_numbers_excel_shows(tmp_path: Path) -> None:
    path = _write_case(tmp_path / "case", "xlsx", READER_CASES["xlsx starting at C3 with blank rows inside"][1])
    stream = iter_rows(path, **RATING_ARGS)
    assert [(row.row, row.values, [e.column for e in errors]) for row, errors in stream] == [
        (4, {"applicant_id": "A1", "rater": "s1", "rating": "MF"}, []),
        (6, {"applicant_id": "A2", "rater": None, "rating": 2}, []),
        (7, {"applicant_id": None, "rater": "s3", "rating": 1}, ["applicant_id"]),
    ]
    assert stream.counts.blank_rows == 1


SNIFF_CASES = [
    # (name, file text, the headers read, the first row's grades / location)
    ("comma CSV, ; lists, one row with an extra cell",
     "Applicant ID,First Name,Grades,Agencies\nA-1,Ann,13;GS-14,DOL;HHS\n"
     "A-2,Bo,GS-13;GS-14;GS-15,VA;SSA;IRS;ED;GSA,late note\n",
     ["applicant_id", "first_name", "grades", "agencies", "column E"], ("13;GS-14", None)),
    ("European Excel: ; separated, commas in cells",
     "Applicant ID;Grades;Locations\nA-1;GS-13;Denver, CO\nA-2;14;Kansas City, MO, Remote\n",
     ["applicant_id", "grades", "locations"], ("GS-13", "Denver, CO")),
    ("tab separated with a .csv name",
     "Applicant ID\tGrades\tLocations\nA-1\t13;14\tAtlanta, GA\n",
     ["applicant_id", "grades", "locations"], ("13;14", "Atlanta, GA")),
    ("pipe separated, quoted cells holding commas and ;",
     'Applicant ID|Grades|Locations\nA-1|"13;14"|"Remote, DC"\n',
     ["applicant_id", "grades", "locations"], ("13;14", "Remote, DC")),
    ("comma CSV, quoted cells holding | and ;, title row above",
     'USAJOBS export\nApplicant ID,Grades,Locations\nA-1,"13;14;15","Denver, CO|Remote"\nA-2,15,Remote\n',
     ["applicant_id", "grades", "locations"], ("13;14;15", "Denver, CO|Remote")),
]  # fmt: skip


@pytest.mark.parametrize("name, text, headers, first", SNIFF_CASES, ids=[case[0] for case in SNIFF_CASES])
def test_csv_delimiter_is_the_one_that_splits_the_header_into_known_columns(
    tmp_path: Path, name: str, text: str, headers: list[str], first: tuple
) -> None:
    path = tmp_path / "applicants.csv"
    path.write_text(text, encoding="utf-8")
    columns = ["applicant_id", "first_name", "grades", "agencies", "locations"]
    result = read_rows(path, columns=columns, required=["applicant_id"])
    assert list(result.headers) == headers
    assert (result.rows[0].get("grades"), result.rows[0].get("locations")) == first
    assert result.counts.rows_rejected == 0


def test_read_applicants_reads_the_comma_file_with_lists_and_an_extra_cell(tmp_path: Path) -> None:
    path = tmp_path / "applicants.csv"
    path.write_text(SNIFF_CASES[0][1], encoding="utf-8")
    records = read_applicants(path)
    assert [(r.applicant_id, r.grades, r.agencies) for r in records.records] == [
        ("A-1", (13, 14), ("DOL", "HHS")), ("A-2", (13, 14, 15), ("ED", "GSA", "IRS", "SSA", "VA"))
    ]  # fmt: skip


ROW_KINDS = st.sampled_from(["valid", "bad score", "no id", "no rater", "blank", "interview", "extra cell"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(ROW_KINDS, max_size=30), xlsx=st.booleans(), title=st.booleans())
def test_streamed_counts_always_balance_and_match_the_list_path(kinds: list[str], xlsx: bool, title: bool) -> None:
    rows: list[list[object]] = [["Ratings"]] if title else []
    rows.append(["applicant_id", "hurdle", "competency", "rater", "rating", "justification"])
    for index, kind in enumerate(kinds):
        row: list[object] = [f"A{index % 4}", "resume_review", "customer-research", f"sme{index}", "MF", "ok"]
        if kind == "bad score":
            row[4] = "maybe"
        elif kind == "no id":
            row[0] = ""
        elif kind == "no rater":
            row[3] = None
        elif kind == "blank":
            row = [None] * 6
        elif kind == "interview":
            row[1:5] = ["Interview 1", "", "panel", 2]
        elif kind == "extra cell":
            row.append("note")
        rows.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("r.xlsx" if xlsx else "r.csv")
        (write_ratings_xlsx if xlsx else write_csv)(path, rows)
        stream = iter_rows(path, **RATING_ARGS)
        if all(kind == "blank" for kind in kinds):  # a header and no data rows: refused by both paths
            for read in (lambda: _stream_ratings(stream), lambda: previous_ratings(iter_rows(path, **RATING_ARGS))):
                with pytest.raises(InvalidFileError) as error:
                    read()
                assert str(error.value) == f"{path.name}: has a header but no rating rows"
            return
        streamed = _stream_ratings(stream)
        before = previous_ratings(iter_rows(path, **RATING_ARGS))
    assert records_of(streamed) == records_of(before)
    counts = stream.counts
    assert counts.rows_read == counts.rows_kept + counts.rows_rejected == len(kinds) - kinds.count("blank")
    assert streamed.rows_in == len(streamed.records) + len(streamed.errors) == counts.rows_read
    if not xlsx:  # (a workbook keeps no row for a row of empty cells)
        assert counts.blank_rows == kinds.count("blank")
    assert len(streamed.errors) == sum(kinds.count(k) for k in ("bad score", "no id", "no rater"))


def test_iter_rows_over_dicts_and_an_empty_iterable() -> None:
    stream = iter_rows([{"Applicant ID": "A-1", "Vote": "MF"}, {"Applicant ID": " ", "Vote": 1}], **RATING_ARGS)
    assert [(row.row, row.values, len(errors)) for row, errors in stream] == [
        (2, {"applicant_id": "A-1", "rating": "MF"}, 0), (3, {"applicant_id": None, "rating": 1}, 1)
    ]  # fmt: skip
    empty = iter_rows([], **RATING_ARGS)
    assert (list(empty), empty.headers, empty.counts.rows_read) == ([], {}, 0)


def test_iter_rows_refuses_more_rows_than_allowed_while_iterating(tmp_path: Path) -> None:
    from skillhire.errors import UnsafeFileError

    path = write_csv(tmp_path / "r.csv", [["applicant_id", "rating"], ["A1", "MF"], ["A2", "MF"], ["A3", "MF"]])
    stream = iter_rows(path, max_rows=2, **RATING_ARGS)
    with pytest.raises(UnsafeFileError, match="more than 2 data rows"):
        list(stream)
    with open(path, newline="") as handle:  # the input is untouched
        assert list(csv.reader(handle))[3] == ["A3", "MF"]
