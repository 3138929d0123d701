"""Applicant rows kept on disk while a large pool is scored (``skillhire score``, :class:`RowSpill`).

The spilled run must write exactly what the in-memory run writes (every table, every format), over a
realistic pool with rejected rows of every kind, veterans, ties, several certificates, free text and a
row whose extra cell grows the file's columns; its temporary files are private and removed, even when
writing fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import score_spreadsheets
from skillhire._spill import RowSpill, release_freed_memory
from skillhire.batch import SPILL_ROWS_ABOVE
from skillhire.spreadsheets import SheetRow
from tests.scoring_fixtures import COMPETENCIES

pytestmark = pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # pending applicants

HEADER = ["Applicant ID", "First Name", "Last Name", "Email", "Vet Pref", "Grades", "Agencies", "Locations",
          "Sex", "Race/Ethnicity", "Phone", "Notes", "Resume Text"]  # fmt: skip
WORDS = "led usability research journey maps surveys sql dashboards plain language section 508 agile".split()


def pool_rows(n: int, seed: int = 7) -> tuple[list[list[object]], list[list[object]]]:
    """Applicant rows (header first) and long-layout rating rows for ``n`` applicants, with trouble mixed in."""
    rng = random.Random(seed)
    applicants: list[list[object]] = [HEADER]
    ratings: list[list[object]] = [["applicant_id", "hurdle", "competency", "rater", "rating", "justification"]]
    for index in range(n):
        applicant_id = f"A{index:04d}"
        row: list[object] = [
            applicant_id, rng.choice(["Ann", "Bo", "José"]), rng.choice(["Lee", "O'Neil", "Muñoz"]),
            f"a{index}@example.org", rng.choice(["", "NV", "TP", "XP", "CP", "CPS", "SSP", "5-point"]),
            ";".join(rng.sample(["13", "GS-14", "15"], rng.randint(1, 3))),
            ";".join(rng.sample(["DOL", "VA", "HHS"], rng.randint(0, 2))),
            rng.choice(["", "Remote", "Denver, CO"]), rng.choice(["F", "M", ""]), rng.choice(["A", "B", "C"]),
            f"555-01{index % 100:02d}", rng.choice(["", "=HYPERLINK(\"http://x\")", "-2 days", "needs review"]),
            " ".join(rng.choices(WORDS, k=rng.randint(0, 40))),
        ]  # fmt: skip
        if index == 5:
            row[0] = ""  # no id: the reader rejects it
        if index == 9:
            row[4] = "ten points"  # not a preference code: validation rejects it
        if index in (12, 13):
            row[0] = "A0012"  # a duplicate id: both rows rejected
        if index == 17:
            row[5] = "GS-11"  # a grade outside the pool: scoring rejects it
        if index == n // 2:
            row.append("cell under no header")  # the file's columns grow from here (a second layout)
        applicants.append(row)
        strong = rng.random() < 0.75
        for competency in COMPETENCIES:
            for rater in ("sme1", "sme2"):
                vote = "MF" if strong or rng.random() < 0.5 else "DNMF"
                ratings.append([applicant_id, "resume_review", competency, rater, vote, "per resume"])
        score = rng.choice([1, 2, 2])  # few distinct scores: many ties
        for hurdle in ("interview_1", "interview_2"):
            ratings.append([applicant_id, hurdle, "", "panel", score, "structured"])
    ratings.append(["A9999", "interview_1", "", "panel", 2, "nobody"])  # no such applicant: rejected
    ratings.append(["A0001", "interview_1", "", "panel2", 7, "off scale"])  # rating out of range: rejected
    return applicants, ratings


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for number, row in enumerate(rows):
        if number:  # an applied-on date cell: read back as a datetime (pickled, not marshalled)
            row = [*row[:12], dt.datetime(2026, 1 + number % 12, 1 + number % 28), *row[12:]]
        else:
            row = [*row[:12], "Applied On", *row[12:]]
        sheet.append(row)
    book.save(path)
    return path


def _comparable_files(folder: Path) -> dict[str, object]:
    """Every output file's content, without the run's own timestamps (audit rows 'started/written at')."""
    out: dict[str, object] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)
            out[path.name] = {
                sheet.title: [row for row in sheet.iter_rows(values_only=True)
                              if not (isinstance(row[0], str) and row[0].endswith("at (UTC)"))]
                for sheet in book.worksheets
            }  # fmt: skip
            book.close()
        else:
            out[path.name] = [line for line in path.read_bytes().splitlines() if b"at (UTC)" not in line]
    return out


@pytest.mark.parametrize(
    "applicants_kind, output_name",
    [("csv", "scored.csv"), ("csv", "scored.jsonl"), ("csv", "scored.xlsx"), ("xlsx", "scored.xlsx")],
)
def test_spilled_rows_write_the_same_outputs_as_rows_in_memory(
    tmp_path: Path, private_tmp: Path, applicants_kind: str, output_name: str
) -> None:
    applicant_rows, rating_rows = pool_rows(160)
    writer = write_csv if applicants_kind == "csv" else write_xlsx
    applicants = writer(tmp_path / f"applicants.{applicants_kind}", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    summaries, outputs = [], []
    for label, threshold in (("memory", None), ("disk", 0)):
        folder = tmp_path / label
        folder.mkdir()
        summary = score_spreadsheets(applicants, ratings, output=folder / output_name, spill_rows_above=threshold,
                                     issued_on=dt.date(2026, 3, 2))  # fmt: skip
        summaries.append(summary.model_dump(exclude={"seconds"}))
        summaries[-1]["files"] = [Path(name).relative_to(folder).as_posix() for name in summary.files]
        outputs.append(_comparable_files(folder))
    assert summaries[0] == summaries[1]
    assert outputs[0] == outputs[1]
    assert list(private_tmp.iterdir()) == []  # both spills removed
    summary = summaries[1]
    # rows in = rows scored + rows rejected: the empty id, the bad code, the duplicate pair, the grade 11
    assert (summary["applicants_read"], summary["applicants_scored"], summary["applicants_rejected"]) == (160, 155, 5)
    per_applicant = 2 * len(COMPETENCIES) + 2
    # the 2 bad rows and the ratings of the 5 ids without a valid applicant (A0005, 9, 12, 13, 17)
    assert (summary["ratings_read"], summary["ratings_rejected"]) == (160 * per_applicant + 2, 2 + 5 * per_applicant)
    assert summary["ratings_read"] == summary["ratings_scored"] + summary["ratings_rejected"]
    assert len(summary["certificates"]) == 12  # 3 grades x (announcing agency + 3 opt-in agencies)


def test_applicants_sheet_of_the_spilled_run_holds_every_row_with_its_text(tmp_path: Path) -> None:
    applicant_rows, rating_rows = pool_rows(40)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    score_spreadsheets(applicants, ratings, output=tmp_path / "out.csv", spill_rows_above=0)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert [int(row["row"]) for row in written] == list(range(2, 42))  # every input row, in input order
    by_row = {int(row["row"]): row for row in written}
    resume = {number: applicant_rows[number - 1][12] for number in by_row}
    assert [by_row[n]["status"] for n in (7, 11, 14, 15, 19)] == ["rejected"] * 5
    assert by_row[11]["reasons"].startswith("row 11, column 'veterans_preference': 'ten points' is not a")
    assert all(by_row[n]["resume_text"] == resume[n] for n in by_row)  # scored and rejected rows keep their text
    assert by_row[2]["status"] != "rejected"
    # the column that grew at row 22 (a cell under no header) is named and filled from there on
    assert [(n, row["column N"]) for n, row in by_row.items() if row["column N"]] == [(22, "cell under no header")]
    notes = {row["Notes"] for row in written}
    assert "'=HYPERLINK(\"http://x\")" in notes and "'-2 days" in notes  # CSV cells neutralised, as in memory


def test_default_threshold_keeps_small_pools_in_memory(tmp_path: Path, private_tmp: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[RowSpill] = []
    original = RowSpill.__init__

    def spy(self: RowSpill) -> None:
        original(self)
        made.append(self)

    monkeypatch.setattr(RowSpill, "__init__", spy)
    applicant_rows, rating_rows = pool_rows(30)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    assert SPILL_ROWS_ABOVE == 20_000
    score_spreadsheets(applicants, ratings, output=tmp_path / "a.xlsx")
    assert made == []
    score_spreadsheets(applicants, ratings, output=tmp_path / "b.xlsx", spill_rows_above=29)
    assert len(made) == 1 and len(made[0]) == 30


def test_spill_folder_is_private_and_removed_when_writing_fails(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import skillhire.workbook

    applicant_rows, rating_rows = pool_rows(30)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    modes: list[int] = []
    real_add = RowSpill.add_row

    def add_row(self: RowSpill, row: object, kept: bool) -> None:  # rows go to disk one at a time as read
        real_add(self, row, kept)
        modes.append(self._folder.stat().st_mode & 0o777)
        modes.append(self._path.stat().st_mode & 0o777)

    real_write = skillhire.workbook._write_csv

    def fail_midway(tables: list, path: Path, overwrite: bool) -> None:
        rows = iter(tables[0].rows)
        next(rows)  # the first Applicants row is read back from the spill ...
        assert [p.name for p in private_tmp.iterdir()]  # ... which still exists here
        raise OSError("disk full")

    monkeypatch.setattr(RowSpill, "add_row", add_row)
    monkeypatch.setattr(skillhire.workbook, "_write_csv", fail_midway)
    with pytest.raises(OSError, match="disk full"):
        score_spreadsheets(applicants, ratings, output=tmp_path / "out.csv", spill_rows_above=0)
    assert modes[0] == 0o700 and modes[1] & 0o077 == 0  # only the user can read the folder and the file
    assert list(private_tmp.iterdir()) == []  # removed on the error
    assert not (tmp_path / "out.csv").exists()
    monkeypatch.setattr(skillhire.workbook, "_write_csv", real_write)


def test_row_spill_reads_back_what_was_added_in_row_order(private_tmp: Path) -> None:
    when = dt.datetime(2026, 5, 1, 9, 30)
    kept = [SheetRow("a.csv", 2, {"applicant_id": "A1", "applied": when}),
            SheetRow("a.csv", 5, {"applicant_id": "A3", "applied": None})]  # fmt: skip
    rejected = [SheetRow("a.csv", 3, {"applicant_id": None, "applied": 1.5}),
                SheetRow("a.csv", 4, {"applicant_id": "A2", "applied": dt.date(2026, 1, 2), "D": "x"})]  # fmt: skip
    with RowSpill() as spill:
        spill.add_rows(kept, rejected)
        expected = [(2, 0, ("A1", when)), (3, 0, (None, 1.5)), (4, 1, ("A2", dt.date(2026, 1, 2), "x")),
                    (5, 0, ("A3", None))]  # fmt: skip
        assert list(spill.read()) == expected
        assert list(spill.read()) == expected  # read again: the same
        assert spill.layouts == [("applicant_id", "applied"), ("applicant_id", "applied", "D")]
        assert (list(spill.numbers), list(spill.kept)) == ([2, 3, 4, 5], [1, 0, 0, 1])
        assert (spill.layout_at(4), spill.layout_at(6)) == (("applicant_id", "applied", "D"), None)
        with pytest.raises(ValueError, match="ascending row order"):
            spill.add_rows([SheetRow("a.csv", 5, {"applicant_id": "A9"})], [])
    assert list(private_tmp.iterdir()) == []
    spill.close()  # twice: nothing left to do


def test_row_spill_many_rows_in_several_records(private_tmp: Path) -> None:
    rows = [SheetRow("a.csv", n, {"applicant_id": f"A{n}", "resume": "word " * (n % 7)}) for n in range(2, 2600)]
    with RowSpill() as spill:
        spill.add_rows(rows, [])
        assert [(n, cells) for n, _, cells in spill.read()] == [(row.row, row._cells) for row in rows]


def test_release_freed_memory_runs_on_linux() -> None:
    import sys

    assert release_freed_memory() is sys.platform.startswith("linux")


def test_score_cli_output_unchanged_by_spill_in_json_lines(tmp_path: Path) -> None:
    applicant_rows, rating_rows = pool_rows(25, seed=3)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    score_spreadsheets(applicants, ratings, output=tmp_path / "m.jsonl", spill_rows_above=None)
    score_spreadsheets(applicants, ratings, output=tmp_path / "d.jsonl", spill_rows_above=0)
    memory, disk = ([json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
                    for name in ("m.jsonl", "d.jsonl"))  # fmt: skip
    applicants_m = [r for r in memory if r["_table"] == "applicants"]
    assert [r for r in disk if r["_table"] == "applicants"] == applicants_m
    assert len(applicants_m) == 25 and sum(r["status"] == "rejected" for r in applicants_m) == 5


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(min_value=1, max_value=30),
    seed=st.integers(min_value=0, max_value=10_000),
    broken=st.sets(st.integers(min_value=0, max_value=29), max_size=6),
)
def test_spilled_and_in_memory_runs_agree_and_count_every_row(
    tmp_path_factory: pytest.TempPathFactory, n: int, seed: int, broken: set[int]
) -> None:
    folder = tmp_path_factory.mktemp("pool")
    applicant_rows, rating_rows = pool_rows(max(n, 20), seed=seed)
    applicant_rows = applicant_rows[: n + 1]
    for index in broken:
        if index < n:
            applicant_rows[index + 1][4 + index % 2] = "??"  # a bad preference code or grade: rejected
    # TSV: a short comma file whose cells hold ';' lists may sniff as ';'-separated (not this test's subject)
    with open(folder / "applicants.tsv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(applicant_rows)
    applicants = folder / "applicants.tsv"
    ratings = write_csv(folder / "ratings.csv", rating_rows)
    memory = score_spreadsheets(applicants, ratings, output=folder / "m.jsonl", spill_rows_above=None)
    disk = score_spreadsheets(applicants, ratings, output=folder / "d.jsonl", spill_rows_above=0)
    texts = [[line for line in (folder / name).read_bytes().splitlines() if b"at (UTC)" not in line]
             for name in ("m.jsonl", "d.jsonl")]  # fmt: skip
    assert texts[0] == texts[1]
    assert memory.model_dump(exclude={"seconds", "files"}) == disk.model_dump(exclude={"seconds", "files"})
    assert disk.applicants_read == n == disk.applicants_scored + disk.applicants_rejected
    written = [json.loads(line) for line in texts[1] if b'"_table": "applicants"' in line]
    assert [row["row"] for row in written] == list(range(2, n + 2))  # every row in, one row out
    assert sum(row["status"] == "rejected" for row in written) == disk.applicants_rejected


@pytest.mark.parametrize("by", [["Notes"], ["race/ethnicity", "SEX"], ["veterans_preference"]])
def test_adverse_impact_by_any_column_is_the_same_with_rows_on_disk(tmp_path: Path, by: list[str]) -> None:
    applicant_rows, rating_rows = pool_rows(40, seed=11)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    outputs = []
    for name, threshold in (("m.jsonl", None), ("d.jsonl", 0)):
        score_spreadsheets(applicants, ratings, output=tmp_path / name, spill_rows_above=threshold,
                           adverse_impact_by=by)  # fmt: skip
        outputs.append([json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()
                        if '"adverse-impact"' in line])  # fmt: skip
    assert outputs[0] == outputs[1]
    assert sorted({row["by"] for row in outputs[1]}) == sorted(
        {"Notes": "Notes", "race/ethnicity": "Race/Ethnicity", "SEX": "Sex",
         "veterans_preference": "veterans_preference"}[column] for column in by
    )  # fmt: skip
    assert len(outputs[1]) > 4


def test_adverse_impact_by_a_column_nobody_has_names_the_columns_there_are(tmp_path: Path) -> None:
    from skillhire.errors import UnknownNameError

    applicant_rows, rating_rows = pool_rows(25, seed=2)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    messages = []
    for name, threshold in (("m.csv", None), ("d.csv", 0)):
        with pytest.raises(UnknownNameError) as caught:
            score_spreadsheets(applicants, ratings, output=tmp_path / name, spill_rows_above=threshold,
                               adverse_impact_by=["religion"])  # fmt: skip
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "'religion'" in messages[1] and "Race/Ethnicity" in messages[1] and "resume_text" in messages[1]
