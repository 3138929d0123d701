"""Compact storage behind ``skillhire score``'s memory: ratings in columns, applicants read straight to disk.

:class:`_RatingColumns` must give back exactly the ratings appended (values and types, in order), and
scoring from it (grouped by a stable sort) must decide, count and reject exactly as scoring from a list
of records; :func:`_stream_applicants` must give the records, errors and counts that
:func:`_read_applicants` gives over the same file read at once, while every row goes to the spill.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire._spill import RowSpill
from skillhire.applicants import (
    APPLICANT_ALIASES,
    APPLICANT_EXTRA_ALIASES,
    RATING_ALIASES,
    RatingRecords,
    _Rating,
    _RatingColumns,
    _read_applicants,
    _read_ratings,
    _stream_applicants,
    _stream_ratings,
)
from skillhire.batch import _KeptColumns
from skillhire.scoring import _score_pool
from skillhire.spreadsheets import iter_rows, read_rows
from tests.test_row_spill import pool_rows, write_csv
from tests.test_row_stream import troubled_ratings

pytestmark = pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # pending applicants

SLOTS = ("row", "applicant_id", "hurdle", "competency", "rater", "rating", "justification")
TEXT = st.text(alphabet="aAbé1 _-", max_size=5)
RATING = st.one_of(st.sampled_from(["meets", "does_not_meet"]), st.integers(0, 3))


@given(st.lists(st.tuples(st.integers(1, 10**12), TEXT, TEXT, TEXT, TEXT, RATING, TEXT), max_size=40))
@settings(max_examples=150, deadline=None)
def test_rating_columns_give_back_every_rating_appended(ratings):
    columns = _RatingColumns()
    for values in ratings:
        columns.add(*values)
    assert len(columns) == len(ratings)
    back = [tuple(getattr(r, name) for name in SLOTS) for r in columns]
    assert back == [tuple(values) for values in ratings]
    assert [[type(v) for v in row] for row in back] == [[type(v) for v in values] for values in ratings]
    assert [tuple(getattr(columns[i], name) for name in SLOTS) for i in range(len(ratings))] == back
    columns.clear()
    assert len(columns) == 0 and list(columns) == []


@given(st.lists(TEXT, max_size=30), st.lists(TEXT, max_size=60))
@settings(max_examples=150, deadline=None)
def test_applicant_ids_known_first_give_every_id_one_code_and_back_the_id(known, rated):
    # the applicants' ids (repeats too) sorted and found by bisection, other ids in the dict: every id
    # one code, the known ones their sorted places, and each code gives back its id
    columns = _RatingColumns()
    columns.applicant_ids.know(known)
    for at, applicant_id in enumerate(rated):
        columns.add(at + 2, applicant_id, "interview_1", "", "sme1", 2, "")
    ids = columns.applicant_ids
    assert ids.values[: ids.known] == sorted(set(known))
    assert len(ids.values) == len(set(known) | set(rated)) and len(set(ids.values)) == len(ids.values)
    assert [ids.find(i) for i in known] == [sorted(set(known)).index(i) for i in known]
    assert all(ids.values[ids.find(i)] == i for i in rated) and ids.find("never given") is None
    assert [r.applicant_id for r in columns] == rated
    ids.forget()
    assert (ids.values, ids.known, ids.find(known[0]) if known else None) == ([], 0, None)


def test_rating_columns_share_equal_values_and_keep_int_and_text_apart():
    columns = _RatingColumns()
    columns.add(2, "A1", "interview_1", "", "sme1", 1, "note")
    columns.add(3, "A1", "interview_1", "", "sme2", "1", "note")  # never stored as a rating, but kept apart
    columns.append(_Rating(4, "A2", "interview_1", "", "sme1", 2, "note"))
    assert [r.rating for r in columns] == [1, "1", 2]
    assert (columns.applicant_ids.values, columns.hurdles.values, columns.justifications.values) == (
        ["A1", "A2"], ["interview_1"], ["note"])
    assert list(columns.applicant_ids.codes) == [0, 0, 1]
    assert columns.applicant_ids.find("A2") == 1 and columns.applicant_ids.find("A3") is None


def _outcomes(result) -> list[tuple]:
    return [(o.applicant_id, o.status, o.hurdle, o.score, o.category, tuple(sorted(o.reasons.items())))
            for o in result.outcomes.values()]  # fmt: skip


@pytest.mark.parametrize("chunk, shuffled", [(None, False), (7, False), (100, True), (None, True)])
def test_scoring_from_columns_equals_scoring_from_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          chunk: int | None, shuffled: bool) -> None:
    """Unknown applicants, off-scale and unknown ratings, a repeat and a conflict, spellings to make canonical;
    checked and sorted in one piece or in chunks (an applicant's ratings across chunk boundaries)."""
    from skillhire.scoring import _ColumnGroups

    if chunk is not None:
        monkeypatch.setattr(_ColumnGroups, "_CHUNK", chunk)
    applicant_rows, rating_rows = pool_rows(40)
    rows = troubled_ratings(rating_rows)
    rows.append(["A0003", "Interview 1", "", "panel9", 2, "spelled as a name"])  # hurdle name, not id
    rows.append(["A0004", "resume_review", "no-such-skill", "sme1", "MF", ""])  # unknown competency
    rows.append(["A0006", "resume_review", rating_rows[1][2], "sme7", 2, ""])  # interview rating at resume review
    if shuffled:  # a rating file in no particular order: each applicant's ratings scattered
        data = rows[4:]
        random.Random(3).shuffle(data)
        rows[4:] = data
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rows)
    args = {"columns": list(RATING_ALIASES), "aliases": RATING_ALIASES, "required": ["applicant_id"]}
    streamed = _stream_ratings(iter_rows(ratings, **args))
    assert isinstance(streamed.records, _RatingColumns)
    listed = _read_ratings(read_rows(ratings, **args), compact=True)
    assert isinstance(listed.records, list)
    results = []
    for records in (streamed, listed):
        result = _score_pool(_read_applicants(applicants), records, "smeqa-standard", scientific_professional=None,
                             rating_method=None, issued_on=dt.date(2026, 3, 2), release_ratings=True)  # fmt: skip
        results.append(result)
    by_columns, by_list = results
    assert _outcomes(by_columns) == _outcomes(by_list)
    assert [[h.model_dump() for h in o.hurdles] for o in by_columns.outcomes.values()] == [
        [h.model_dump() for h in o.hurdles] for o in by_list.outcomes.values()]
    key = lambda e: (e.sheet or "", e.row, e.column or "", e.message)  # noqa: E731 - the written order
    assert sorted(map(key, by_columns.rejected)) == sorted(map(key, by_list.rejected))
    assert by_columns.row_counts == by_list.row_counts
    assert by_columns._interview_votes == by_list._interview_votes
    messages = {e.message.split(":")[0] for e in by_columns.rejected if e.sheet == "ratings.csv"}
    assert "unknown competency 'no-such-skill' for resume_review; competencies" in messages
    assert any(message.startswith("repeats row ") for message in messages)
    assert len(streamed.records) == 0  # released once scored


def test_scoring_from_no_ratings_at_all() -> None:
    empty = RatingRecords.model_construct(records=_RatingColumns(), errors=[], rows_in=0, layout="long",
                                          source="ratings.csv", sha256="x")  # fmt: skip
    result = _score_pool([{"applicant_id": "A1", "grades": "13"}], empty, "smeqa-standard",
                         scientific_professional=None, rating_method=None, issued_on=None)  # fmt: skip
    assert [(o.status, o.hurdle) for o in result.outcomes.values()] == [("pending", "resume_review")]
    assert result.row_counts["ratings"].scored == 0


@pytest.mark.parametrize("by, evidence", [(None, False), (["Notes", "sex"], True)])
def test_streamed_applicants_equal_applicants_read_at_once(tmp_path: Path, by, evidence: bool) -> None:
    """Rows the reader rejects, a bad preference, a duplicate id (one of its rows also invalid), grown columns."""
    applicant_rows, _ = pool_rows(40)
    applicant_rows[31][0] = "A0020"  # a second duplicate id ...
    applicant_rows[21][4] = "not a code"  # ... whose first row also fails validation: both rows get the duplicate
    path = write_csv(tmp_path / "applicants.csv", applicant_rows)
    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    args = {"columns": list(aliases), "aliases": aliases, "required": ["applicant_id"]}
    keep = _KeptColumns(by, evidence)
    at_once = _read_applicants(read_rows(path, **args), keep_extra=keep)
    stream = iter_rows(path, **args)
    with RowSpill() as spill:
        streamed = _stream_applicants(iter(stream), source="applicants.csv", digest=stream.sha256 or "",
                                      keep_extra=keep, spill=spill)  # fmt: skip
        spilled = [(number, spill.layouts[layout], cells) for number, layout, cells in spill.read()]
        kept = bytes(spill.kept)
    assert [r.model_dump() for r in streamed.records] == [r.model_dump() for r in at_once.records]
    assert [(e.sheet, e.row, e.column, e.message) for e in streamed.errors] == [
        (e.sheet, e.row, e.column, e.message) for e in at_once.errors]
    assert (streamed.rows_in, streamed.source, streamed.sha256) == (at_once.rows_in, at_once.source, at_once.sha256)
    assert streamed.rows_in == 40 == len(spilled)
    listed = read_rows(path, **args)
    assert spilled == sorted((r.row, r._keys, r._cells) for r in [*listed.rows, *listed.rejected])
    assert kept == bytes(0 if r.row in {x.row for x in listed.rejected} else 1 for r in sorted(
        [*listed.rows, *listed.rejected], key=lambda r: r.row))
    duplicate = [(e.row, e.message) for e in streamed.errors if "appears in rows" in e.message]
    assert duplicate == [(14, "applicant id 'A0012' appears in rows 14, 15"),
                         (15, "applicant id 'A0012' appears in rows 14, 15"),
                         (22, "applicant id 'A0020' appears in rows 22, 32"),
                         (32, "applicant id 'A0020' appears in rows 22, 32")]  # fmt: skip
    extra = {name for r in streamed.records for name in r.extra}
    assert extra == ({"Sex", "Race/Ethnicity"} if by is None else {"Notes", "Sex", "resume_text"})  # evidence: the resume


@pytest.mark.parametrize("name, kept", [("Sex", True), ("race / ethnicity", True), ("Phone", False),
                                        ("Resume Text", False)])  # fmt: skip
def test_kept_columns_by_name(name: str, kept: bool) -> None:
    assert (name in _KeptColumns(None, False)) is kept


def test_certificates_of_skillhire_score_equal_the_library_s(tmp_path: Path) -> None:
    """skillhire score keeps only the referred places, slotted, and builds entries as each sheet is written."""
    from skillhire import score_pool, score_spreadsheets, write_results
    from tests.test_row_spill import _comparable_files

    applicant_rows, rating_rows = pool_rows(120)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    (tmp_path / "batch").mkdir()
    (tmp_path / "library").mkdir()
    score_spreadsheets(applicants, ratings, output=tmp_path / "batch" / "out.xlsx", issued_on=dt.date(2026, 3, 2))
    result = score_pool(applicants, ratings, issued_on=dt.date(2026, 3, 2))
    write_results(result, tmp_path / "library" / "out.xlsx")
    batch = _comparable_files(tmp_path / "batch")["out.xlsx"]
    library = _comparable_files(tmp_path / "library")["out.xlsx"]
    names = [name for name in batch if name.startswith("Cert ")]
    assert len(names) == 12 and names == [name for name in library if name.startswith("Cert ")]
    for name in [*names, "Summary", "Audit"]:
        assert batch[name] == library[name], name
    referred = [row for row in batch["Cert GS-13 (announcing agency)"][1:]]
    assert referred and [row[0] for row in referred] == list(range(1, len(referred) + 1))


def test_rating_columns_widen_their_codes_as_values_grow():
    """One byte a code up to 256 distinct values, then two, then four; row numbers four bytes, then eight."""
    columns = _RatingColumns()
    for index in range(70_000):
        columns.add(index + 2, "A1", "interview_1", "", f"sme{index % 300}", 1, f"note {index}")
    columns.add(2**32 + 5, "A2", "interview_1", "", "sme1", 2, "note 1")
    assert (columns.raters.codes.typecode, columns.justifications.codes.typecode,
            columns.hurdles.codes.typecode, columns.rows.typecode) == ("H", "i", "B", "q")  # fmt: skip
    assert [(r.row, r.rater, r.justification) for r in (columns[0], columns[299], columns[300], columns[69_999])] == [
        (2, "sme0", "note 0"), (301, "sme299", "note 299"), (302, "sme0", "note 300"), (70_001, "sme99", "note 69999")]
    assert (columns[70_000].row, columns[70_000].applicant_id, columns[70_000].justification) == (2**32 + 5, "A2",
                                                                                                  "note 1")


def test_spill_removed_when_reading_the_applicants_fails_midway(tmp_path: Path, private_tmp: Path) -> None:
    """Rows already on disk when the reader refuses the file further down: the private folder still goes."""
    from skillhire import score_spreadsheets
    from skillhire.errors import SkillhireError

    applicant_rows, rating_rows = pool_rows(30)
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    ratings = write_csv(tmp_path / "ratings.csv", rating_rows)
    with pytest.raises(SkillhireError, match="rows"):
        score_spreadsheets(applicants, ratings, output=tmp_path / "out.xlsx", spill_rows_above=5, max_rows=20)
    assert list(private_tmp.iterdir()) == []
    assert not (tmp_path / "out.xlsx").exists()
