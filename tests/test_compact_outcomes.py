"""What ``skillhire score`` holds while it writes a large pool, and that it writes what the library writes.

``skillhire score`` keeps each outcome as a shared tuple (:class:`skillhire.scoring._Outcomes`), collects
the rater-agreement units while it scores (coded, :class:`skillhire.rater_agreement._UnitCollector`),
merges the Applicants sheet's rows in row order (``results_io._by_row``) and shares short texts through a
bounded table per reading (``spreadsheets._SharedTexts``), and once the pool is scored moves every scored
applicant's record and outcome to disk in row order (``PoolResult._move_to_disk``), keeping only those a
certificate may list. None of that may change a written cell: every sheet of its spilled run must equal
what ``score_pool`` + ``write_results`` write from rows in memory.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import read_rows, score_pool, score_spreadsheets, write_results
from skillhire._spill import DecisionSpill, RatingBuckets, RowSpill
from skillhire.applicants import APPLICANT_ALIASES, APPLICANT_EXTRA_ALIASES
from skillhire.errors import UnknownNameError
from skillhire.rater_agreement import _report, _UnitCollector
from skillhire.results_io import _by_row, _ReferredContacts, _spilled_cells
from skillhire.scoring import ApplicantOutcome, _Outcomes, _score_pool
from skillhire.spreadsheets import _SharedTexts
from tests.test_row_spill import _comparable_files, pool_rows, write_csv
from tests.test_row_stream import troubled_ratings

pytestmark = pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # pending applicants

ISSUED = dt.date(2026, 3, 2)


def messy_pool(tmp_path: Path, n: int = 120, *, mixed_rounds: bool = False) -> tuple[Path, Path]:
    """Applicants with a missing id, a bad preference code, a duplicate id, a grade outside the pool, a row
    that grows the columns; ratings with a bad score, a missing id and rater, a repeat, a conflict, an unknown
    applicant, an off-scale rating and blank rows, shuffled (no applicant's ratings together); many ties.
    With ``mixed_rounds`` the second interview's rating is drawn apart from the first's (every category)."""
    applicant_rows, rating_rows = pool_rows(n)
    if mixed_rounds:
        rng = random.Random(3)
        for row in rating_rows:
            if row[1] == "interview_2" and row[3] == "panel":
                row[4] = rng.choice([1, 2])
    rows = troubled_ratings(rating_rows)
    data = rows[4:]
    random.Random(11).shuffle(data)
    rows[4:] = data
    return write_csv(tmp_path / "applicants.csv", applicant_rows), write_csv(tmp_path / "ratings.csv", rows)


def _library_files(result, applicants: Path, output: Path, *, adverse_impact_by=None) -> dict:
    """The files ``write_results`` writes for an in-memory ``score_pool`` result, with the applicant rows read as
    ``skillhire score`` reads them (the reference every spilled run is compared with)."""
    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    rows = read_rows(applicants, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    output.parent.mkdir()
    write_results(result, output, applicants=rows, adverse_impact_by=adverse_impact_by)
    return _comparable_files(output.parent)


@pytest.mark.parametrize("output_name", ["out.xlsx", "out.csv", "out.jsonl"])
def test_skillhire_score_writes_what_the_library_writes_from_rows_in_memory(
    tmp_path: Path, private_tmp: Path, output_name: str
) -> None:
    applicants, ratings = messy_pool(tmp_path)
    (tmp_path / "batch").mkdir()
    summary = score_spreadsheets(applicants, ratings, output=tmp_path / "batch" / output_name,
                                 issued_on=ISSUED, spill_rows_above=0)  # fmt: skip
    result = score_pool(applicants, ratings, issued_on=ISSUED)  # outcomes, decisions and units in memory
    assert isinstance(result.outcomes, dict) and result._agreement_units is None
    batch = _comparable_files(tmp_path / "batch")
    library = _library_files(result, applicants, tmp_path / "library" / output_name)
    assert list(batch) == list(library)
    assert batch == library
    assert list(private_tmp.iterdir()) == []  # the spills are gone
    assert summary.applicants_read == summary.applicants_scored + summary.applicants_rejected == 120
    assert summary.ratings_read == summary.ratings_scored + summary.ratings_rejected
    if output_name == "out.xlsx":
        sheets = batch["out.xlsx"]
        assert len([name for name in sheets if name.startswith("Cert ")]) == 12
        assert len(sheets["Rater agreement"]) == 10 and len(sheets["Applicants"]) == 121


def _outcome(applicant_id: str, status: str, score: float | None, reasons: dict[str, str],
             hurdles: list) -> dict:  # fmt: skip
    return {
        "applicant_id": applicant_id, "status": status, "hurdle": "interview_2", "score": score,
        "category": "Qualified" if score else None, "augmented_score": None, "preference": "NV",
        "preference_applied": status == "eligible", "grades": (13,) if score else (), "hurdles": hurdles,
        "reasons": reasons,
    }  # fmt: skip


def test_outcomes_share_one_tuple_per_distinct_outcome_and_read_as_a_dict_of_outcomes() -> None:
    reasons_a, reasons_b = {"score": "ratings 2 + 2 transmute to 90."}, {"resume_review": "no."}
    no_hurdles: list = []
    given_values = [
        _outcome("A3", "eligible", 90.0, reasons_a, no_hurdles),
        _outcome("A1", "failed", None, reasons_b, no_hurdles),
        _outcome("A2", "eligible", 90.0, reasons_a, no_hurdles),
        _outcome("A0", "eligible", 90.0, dict(reasons_a), no_hurdles),  # an equal dict, not it: own tuple
    ]
    outcomes = _Outcomes()
    for values in given_values:
        outcomes.add(values)
    outcomes.done()
    expected = {v["applicant_id"]: ApplicantOutcome.model_construct(**v) for v in given_values}
    assert list(outcomes) == ["A3", "A1", "A2", "A0"] and len(outcomes) == 4
    assert "A2" in outcomes and "A9" not in outcomes
    assert [o.model_dump() for o in outcomes.values()] == [o.model_dump() for o in expected.values()]
    items = [(k, o.model_dump()) for k, o in expected.items()]
    assert [(k, o.model_dump()) for k, o in outcomes.items()] == items
    assert list(outcomes.values()) and len(list(outcomes.values())) == 4  # a view: iterates again
    second = outcomes["A2"]
    assert (second.applicant_id, second.score, second.grades) == ("A2", 90.0, (13,))
    assert outcomes._bodies["A3"] is outcomes._bodies["A2"]  # one tuple for equal outcomes
    assert outcomes._bodies["A0"] is not outcomes._bodies["A3"] and outcomes._shared == {}
    with pytest.raises(KeyError):
        outcomes["A9"]


def test_outcomes_added_in_id_order_are_ids_and_codes_found_by_bisection() -> None:
    # skillhire score decides in id order: no dict of ids, a code per applicant into the distinct bodies
    reasons = {"score": "ratings 2 + 2 transmute to 90."}
    no_hurdles: list = []
    outcomes = _Outcomes()
    for applicant_id, status, score in [("A0", "eligible", 90.0), ("A1", "failed", None), ("A10", "eligible", 90.0),
                                        ("A2", "eligible", 90.0), ("B", "failed", None)]:  # fmt: skip
        outcomes.add(_outcome(applicant_id, status, score, reasons, no_hurdles))
    outcomes.done()
    assert outcomes._places is None and list(outcomes._codes) == [0, 1, 0, 0, 1] and len(outcomes._table) == 2
    assert list(outcomes) == ["A0", "A1", "A10", "A2", "B"]
    assert [outcomes[i].status for i in ("B", "A10", "A0")] == ["failed", "eligible", "eligible"]
    assert "A3" not in outcomes and "A" not in outcomes and "C" not in outcomes and 7 not in outcomes
    with pytest.raises(KeyError):
        outcomes["A3"]
    # the same outcomes from (id, body) pairs, equal bodies one code
    again = _Outcomes._of_sorted(outcomes._pairs())
    assert list(again._codes) == [0, 1, 0, 0, 1] and again._bodies == outcomes._bodies
    assert [o.model_dump() for o in again.values()] == [o.model_dump() for o in outcomes.values()]


@given(st.lists(st.tuples(st.sampled_from(["A0", "A1", "A2", "A10", "B", "b"]), st.booleans()), max_size=12))
def test_outcomes_read_as_a_dict_of_the_outcomes_added_in_any_order(added: list[tuple[str, bool]]) -> None:
    # in id order they are found by bisection; out of order (or again) through a dict of places, as a dict
    # keeps them: in order of first appearance, the last outcome of each id
    reasons = {"score": "ratings 2 + 2 transmute to 90."}
    outcomes, expected = _Outcomes(), {}
    for applicant_id, eligible in added:
        values = _outcome(applicant_id, "eligible" if eligible else "failed", 90.0 if eligible else None, reasons, [])
        outcomes.add(values)
        expected[applicant_id] = ApplicantOutcome.model_construct(**values).model_dump()
    outcomes.done()
    assert [(k, o.model_dump()) for k, o in outcomes.items()] == list(expected.items())
    assert {k: outcomes[k].model_dump() for k in expected} == expected and len(outcomes) == len(expected)
    assert all(k in outcomes for k in expected) and "A3" not in outcomes
    ascending = [k for k, _ in added] == sorted(set(k for k, _ in added)) and len(added) == len(expected)
    assert (outcomes._places is None) == ascending


def test_outcomes_of_skillhire_score_equal_score_pool_s(tmp_path: Path) -> None:
    applicants, ratings = messy_pool(tmp_path, 60)
    with DecisionSpill() as spill:
        compact = _score_pool(applicants, ratings, "smeqa-standard", scientific_professional=None,
                              rating_method=None, issued_on=ISSUED, spill=spill)  # fmt: skip
        plain = score_pool(applicants, ratings, issued_on=ISSUED)
        assert isinstance(compact.outcomes, _Outcomes)
        assert [(k, o.model_dump(exclude={"hurdles"})) for k, o in compact.outcomes.items()] == [
            (k, o.model_dump(exclude={"hurdles"})) for k, o in plain.outcomes.items()]
        assert compact.counts() == plain.counts() and compact.agencies == plain.agencies
        assert compact.rater_agreement() == plain.rater_agreement()
        low = {"min_ratings": 1, "z_threshold": 0.5}
        assert compact.rater_agreement(**low) == plain.rater_agreement(**low)
        assert compact._interview_votes == {}  # the units were collected instead
        bodies = compact.outcomes._bodies.values()
        distinct = {(*body[:-2], id(body[-2]), id(body[-1])) for body in bodies}
        assert len({id(body) for body in bodies}) == len(distinct) < len(compact.outcomes)  # equal: one tuple


RATERS = ["sme1", "sme2", "sme3", "panel"]


def _units(hurdle: str, competency: str, values: list, finals: list) -> st.SearchStrategy:
    votes = st.lists(st.sampled_from(RATERS), unique=True, max_size=4).flatmap(
        lambda raters: st.tuples(*[st.tuples(st.just(r), st.sampled_from(values)) for r in raters]))
    return st.tuples(st.just((hurdle, competency)), votes, st.sampled_from(finals), st.booleans())


UNIT = st.one_of(
    _units("resume_review", "cx", ["meets", "does_not_meet"], ["meets", "does_not_meet", None]),
    _units("resume_review", "sd", ["meets", "does_not_meet"], ["meets", None]),
    _units("interview_1", "", [0, 1, 2, 3], [2, 3, None]),
)


@given(st.lists(UNIT, max_size=60))
@settings(max_examples=80, deadline=None)
def test_coded_units_give_the_report_of_units_in_lists(units: list) -> None:
    """Groups with 3 votes a unit take the unit-by-unit path of the report (order matters there)."""
    plain, coded = _UnitCollector(), _UnitCollector(coded=True)
    for (hurdle, competency), votes, final, tie in units:
        plain.add(hurdle, competency, votes, final, tie)
        coded.add(hurdle, competency, votes, final, tie)
    expected = _report(plain.by_key, min_ratings=1, z_threshold=1.0)
    assert _report(coded.groups(), min_ratings=1, z_threshold=1.0) == expected
    assert _report(coded.groups(), min_ratings=1, z_threshold=1.0) == expected  # the collector is unchanged


class _Row:
    def __init__(self, row: int) -> None:
        self.row = row


@pytest.mark.parametrize(
    "valid_rows, rejected, expected",
    [
        ([2, 3, 6], [4, 5, 8], [(2, "A2"), (3, "A3"), (4, None), (5, None), (6, "A6"), (8, None)]),
        ([2, 4], [4, 1], [(1, None), (2, "A2"), (4, "A4"), (4, None)]),  # a scored row before a rejected one
        ([5, 2, 9], [3], [(2, "A2"), (3, None), (5, "A5"), (9, "A9")]),  # not in row order: sorted
        ([], [7, 3], [(3, None), (7, None)]),
    ],
)
def test_applicants_sheet_rows_come_in_row_order(valid_rows: list[int], rejected: list[int],
                                                 expected: list) -> None:
    valid = {f"A{n}": _Row(n) for n in valid_rows}
    assert list(_by_row(valid, {n: [] for n in rejected})) == expected


def test_shared_texts_keep_the_first_texts_up_to_their_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_SharedTexts, "limit", 2)
    shared = _SharedTexts()
    first, second = "".join(["GS", "-13"]), "".join(["VA", ";DOL"])
    assert shared[first] is first and shared[second] is second
    assert shared["".join(["GS", "-13"])] is first  # an equal text: the string kept
    third = "".join(["Rem", "ote"])
    assert shared[third] is third and third not in shared and len(shared) == 2  # full: not kept


def _spilled_files(folder: Path) -> list[str]:
    """The names of the data files in the private spill folders under ``folder``, sorted (each folder also holds
    its ``owner.pid`` marker, for removing stale folders)."""
    return sorted(path.name for path in folder.glob("*/*") if path.name != "owner.pid")


@pytest.mark.parametrize("where", ["applicants", "reading", "scoring", "writing"])
def test_temporary_files_removed_on_keyboard_interrupt(tmp_path: Path, private_tmp: Path,
                                                       monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Ctrl-C while the applicants are read, while the ratings are read, while scoring or while the
    Applicants sheet is written: the private spills go, no output."""
    import skillhire.results_io
    import skillhire.scoring
    from skillhire._spill import RecordSpill

    applicants, ratings = messy_pool(tmp_path, 40)
    if where == "applicants":
        real_record = RecordSpill.add

        def add_record(self: RecordSpill, record: tuple) -> None:
            real_record(self, record)
            if self.count == 20:  # the decisions, the rows and the records read so far, on disk
                assert len(list(private_tmp.iterdir())) == 3
                raise KeyboardInterrupt

        monkeypatch.setattr(RecordSpill, "add", add_record)
    elif where == "reading":
        monkeypatch.setattr(RatingBuckets, "CHUNK", 50)
        real_add = RatingBuckets.add

        def add(self: RatingBuckets, *args: object) -> None:
            real_add(self, *args)
            # the decisions, the rows, the records and the ratings read so far, on disk
            assert {"ratings.marshal", "records.marshal"} <= set(_spilled_files(private_tmp))
            assert len(list(private_tmp.iterdir())) == 4
            raise KeyboardInterrupt

        monkeypatch.setattr(RatingBuckets, "add", add)
    elif where == "scoring":
        def interrupt(*args: object) -> None:
            # the decisions, the rows, the records and the ratings, on disk
            assert _spilled_files(private_tmp) == ["decisions.marshal", "ratings.marshal", "records.marshal",
                                                   "rows.pickle"]  # fmt: skip
            raise KeyboardInterrupt

        monkeypatch.setattr(skillhire.scoring, "_collect_units", interrupt)
    else:
        real = skillhire.results_io._applicant_rows

        def rows(*args: object, **kwargs: object):
            for number, row in enumerate(real(*args, **kwargs)):
                if number == 10:  # the records and the ratings gone already; the scored applicants on disk
                    assert _spilled_files(private_tmp) == ["decisions.marshal", "rows.pickle", "scored.marshal"]
                    raise KeyboardInterrupt
                yield row

        monkeypatch.setattr(skillhire.results_io, "_applicant_rows", rows)
    with pytest.raises(KeyboardInterrupt):
        score_spreadsheets(applicants, ratings, output=tmp_path / "out.xlsx", spill_rows_above=0)
    assert list(private_tmp.iterdir()) == []
    assert list(tmp_path.glob("out*")) == []


def _emails_pool(tmp_path: Path, header: str) -> tuple[Path, Path]:
    """The messy pool with its email column under ``header`` and emails padded, blank or a number."""
    applicant_rows, rating_rows = pool_rows(80, seed=5)
    applicant_rows[0] = [header if cell == "Email" else cell for cell in applicant_rows[0]]
    for index, row in enumerate(applicant_rows[1:]):
        row[3] = ["  padded@example.org ", "", "12345", f"b{index}@example.org\t"][index % 4]
    applicants = write_csv(tmp_path / "applicants.csv", applicant_rows)
    return applicants, write_csv(tmp_path / "ratings.csv", rating_rows)


@pytest.mark.parametrize(
    "header, by, output_name",
    [("Email", None, "out.xlsx"), ("Email Address", None, "out.csv"), ("e-mail", ["email"], "out.jsonl")],
)
def test_emails_left_on_disk_are_written_as_the_library_writes_them(
    tmp_path: Path, private_tmp: Path, header: str, by: list[str] | None, output_name: str
) -> None:
    # skillhire score keeps no email in its records (unless the adverse-impact report groups by it): the
    # Applicants sheet reads each back from the rows on disk, the certificates the referred ones only
    applicants, ratings = _emails_pool(tmp_path, header)
    (tmp_path / "batch").mkdir()
    score_spreadsheets(applicants, ratings, output=tmp_path / "batch" / output_name, issued_on=ISSUED,
                       spill_rows_above=0, adverse_impact_by=by)  # fmt: skip
    result = score_pool(applicants, ratings, issued_on=ISSUED)
    batch = _comparable_files(tmp_path / "batch")
    library = _library_files(result, applicants, tmp_path / "library" / output_name, adverse_impact_by=by)
    assert batch == library
    assert list(private_tmp.iterdir()) == []
    text = repr(batch)
    assert "padded@example.org" in text and "  padded@example.org " not in text and "12345" in text


def test_disk_emails_fetch_the_referred_emails_when_no_applicants_sheet_brought_them(
    tmp_path: Path, private_tmp: Path
) -> None:
    from types import SimpleNamespace

    from skillhire._spill import RowSpill
    from skillhire.applicants import _stream_applicants
    from skillhire.results_io import _WANTED, _DiskEmails

    applicants, _ = _emails_pool(tmp_path, "Email Address")
    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    stream = read_rows(applicants, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    with RowSpill() as kept:
        expected = {row.applicant_id: row.email for row in
                    _stream_applicants(((row, []) for row in stream.rows), source="applicants.csv", digest="",
                                       keep_extra=(), spill=kept, keep_email=True).records}  # fmt: skip
    with RowSpill() as spill:
        records = _stream_applicants(((row, []) for row in stream.rows), source="applicants.csv", digest="",
                                     keep_extra=(), spill=spill, keep_email=False).records  # fmt: skip
        valid = {record.applicant_id: record for record in records}
        assert {record.email for record in records} == {None}
        referred = ["A0003", "A0000", "A0042", "A0079"]
        emails = _DiskEmails(spill, valid, [SimpleNamespace(applicant_ids=referred[:2]),
                                            SimpleNamespace(applicant_ids=referred[2:])])  # fmt: skip
        assert [valid[i].email is _WANTED for i in referred] == [True] * 4
        emails.ensure()  # no Applicants sheet was written: one pass over the rows on disk
    assert {i: valid[i].email for i in referred} == {i: expected[i] for i in referred}
    emails_read = [valid[i].email for i in referred]
    assert emails_read == ["b3@example.org", "padded@example.org", "12345", "b79@example.org"]
    assert sum(record.email is None for record in records) == len(records) - 4  # the others stay on disk


def test_referred_contacts_read_the_names_and_the_emails_left_on_disk(tmp_path: Path, private_tmp: Path) -> None:
    # skillhire score keeps no record once the certificates are built: their sheets read each referred
    # applicant's names from the scored applicants on disk and its email from the rows on disk, as the
    # Applicants sheet offers them, or in one pass when no Applicants sheet was written first
    from skillhire._spill import ScoredSpill

    applicants, ratings = _emails_pool(tmp_path, "Email Address")
    with DecisionSpill() as spill, DecisionSpill() as other_spill, RowSpill() as rows, RowSpill() as other_rows:
        kept = _compact_result(applicants, ratings, other_spill, other_rows)  # emails in the records
        result = _compact_result(applicants, ratings, spill, rows, keep_email=False)
        assert {r.email for r in kept._applicants.values()} >= {"padded@example.org", "", "12345"}
        with ScoredSpill() as scored:
            assert result._move_to_disk(scored) is True
            certificates = result.certificates()
            result._keep_referred(certificates)
            referred = sorted({i for c in certificates for i in c.applicant_ids})
            expected = {i: (kept._applicants[i].last_name, kept._applicants[i].first_name, kept._applicants[i].email)
                        for i in referred}  # fmt: skip
            assert len(referred) > 4 and {email for _, _, email in expected.values()} >= {"padded@example.org", ""}
            fetched = _ReferredContacts(result, certificates, rows)
            fetched.ensure()  # no Applicants sheet: one pass over the scored applicants and rows on disk
            offered = _ReferredContacts(result, certificates, rows)
            cells = _spilled_cells(rows)
            emails = [offered.offer(row, cells(row.row)) for row, _, _ in result._scored_rows()]
            offered.finish()  # as the Applicants sheet offers every row
            for contacts in (fetched, offered):
                assert {i: (c.last_name, c.first_name, c.email) for i, c in contacts.items()} == expected
            assert emails == [kept._applicants[row.applicant_id].email for row, _, _ in result._scored_rows()]
            # once on disk, ``outcomes`` holds only the applicants a certificate may list: per-applicant
            # decisions from memory would pair the wrong applicants, so they are refused with a reason
            with pytest.raises(RuntimeError, match="moved to disk"):
                result.audit  # noqa: B018
    assert list(private_tmp.iterdir()) == []


def _spy_move_to_disk(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record what each ``PoolResult._move_to_disk`` call returned (whether the scored applicants went to disk)."""
    from skillhire.scoring import PoolResult

    real = PoolResult._move_to_disk
    moved: list[bool] = []

    def spy(self: PoolResult, scored: object) -> bool:
        moved.append(real(self, scored))
        return moved[-1]

    monkeypatch.setattr(PoolResult, "_move_to_disk", spy)
    return moved


@pytest.mark.parametrize(
    "by, rating_method, output_name",
    [
        (None, None, "out.xlsx"),  # the default demographic columns (Sex, Race/Ethnicity)
        (["veterans_preference", "grades", "agencies", "locations"], None, "out.csv"),
        (["first_name", "last_name", "Notes", "applicant_id"], "numerical", "out.xlsx"),
        (["Phone", "sex", "email"], "numerical", "out.jsonl"),  # an extra column kept for it; emails kept
    ],
)
def test_scored_applicants_on_disk_write_what_the_library_writes(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch, by: list[str] | None,
    rating_method: str | None, output_name: str,
) -> None:
    # skillhire score keeps every scored applicant's record and outcome on disk once the pool is scored
    # (PoolResult._move_to_disk): the Applicants sheet, every adverse-impact grouping, the certificates (each
    # grade for each agency, ties, every category) and the summary must be what the library writes
    moved = _spy_move_to_disk(monkeypatch)
    applicants, ratings = messy_pool(tmp_path, 150, mixed_rounds=True)
    (tmp_path / "batch").mkdir()
    summary = score_spreadsheets(applicants, ratings, output=tmp_path / "batch" / output_name, issued_on=ISSUED,
                                 spill_rows_above=0, adverse_impact_by=by, rating_method=rating_method)  # fmt: skip
    assert moved == [True]
    result = score_pool(applicants, ratings, issued_on=ISSUED, rating_method=rating_method)
    batch = _comparable_files(tmp_path / "batch")
    library = _library_files(result, applicants, tmp_path / "library" / output_name, adverse_impact_by=by)
    assert list(batch) == list(library)
    assert batch == library
    assert list(private_tmp.iterdir()) == []  # the three spills are gone
    assert summary.statuses == result.counts() and sum(summary.statuses.values()) == summary.applicants_scored
    if rating_method is None:  # every category of the assessment is reached in this pool
        assert set(summary.categories) == {"Best Qualified", "Well Qualified", "Qualified"}
        assert all(count > 0 for count in summary.categories.values())
    assert len(summary.certificates) == 12 and sum(summary.certificates.values()) > 0


def _compact_result(applicants: Path, ratings: Path, spill: DecisionSpill, row_spill: object, *,
                    keep_email: bool = True):
    """What ``skillhire score`` scores (slim records read as the rows go to ``row_spill``; decisions on disk)."""
    import skillhire.applicants as applicants_module
    from skillhire.batch import _KeptColumns

    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    stream = read_rows(applicants, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    pairs = sorted([(row, []) for row in stream.rows] + [(row, [error]) for row, error in
                                                          zip(stream.rejected, stream.errors, strict=True)],
                   key=lambda pair: pair[0].row)  # fmt: skip
    records = applicants_module._stream_applicants(
        iter(pairs), source="applicants.csv", digest=stream.sha256 or "", keep_extra=_KeptColumns(None, False),
        spill=row_spill, keep_email=keep_email,
    )  # fmt: skip
    result = _score_pool(records, ratings, "smeqa-standard", scientific_professional=None,
                         rating_method=None, issued_on=ISSUED, spill=spill)  # fmt: skip
    result._row_spill = row_spill
    return result


@pytest.mark.parametrize("shared_max", [100_000, 2])  # 2: most outcomes written out in full, not by index
def test_move_to_disk_keeps_the_certificates_applicants_and_reads_every_applicant_back(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch, shared_max: int
) -> None:
    from skillhire._spill import ScoredSpill

    applicants, ratings = messy_pool(tmp_path, 90)
    with DecisionSpill() as spill, DecisionSpill() as other_spill, RowSpill() as rows, RowSpill() as other_rows:
        moved = _compact_result(applicants, ratings, spill, rows)
        kept = _compact_result(applicants, ratings, other_spill, other_rows)  # the same, left in memory
        expected_rows = [(row.model_dump(), kept.outcomes[row.applicant_id].model_dump())
                         for row in kept._applicants.values()]  # fmt: skip
        monkeypatch.setattr(_Outcomes, "_SHARED_MAX", shared_max)
        with ScoredSpill() as scored:
            assert moved._move_to_disk(scored) is True
            assert moved._move_to_disk(scored) is False  # once only
            assert len(scored) == len(expected_rows) == moved.row_counts["applicants"].scored == 85
            assert len(moved._scored_bodies) == min(shared_max, len({id(b) for b in kept.outcomes._bodies.values()}))
            # in memory: the eligible and pending applicants only, in the same (id) order
            statuses = {o.status for o in moved.outcomes.values()}
            assert statuses == {"eligible", "pending"} and set(moved._applicants) == set(moved.outcomes)
            assert list(moved.outcomes) == [k for k, o in kept.outcomes.items() if o.status in statuses]
            # every applicant back from disk, in row order, as it was
            back = [(row.model_dump(), outcome.model_dump()) for row, outcome, _ in moved._scored_rows()]
            assert back == expected_rows
            assert repr(moved) == repr(kept) and moved.counts() == kept.counts()
            assert (moved.agencies, moved.locations) == (kept.agencies, kept.locations)
            for by in ("sex", "Race/Ethnicity", "veterans_preference", "grades", "agencies", "locations", "email",
                       "first_name", "applicant_id"):
                assert moved.adverse_impact(by=by) == kept.adverse_impact(by=by), by
            with pytest.raises(UnknownNameError):
                moved.adverse_impact(by="shoe size")
            # what the certificates read of each eligible and pending applicant: its agencies, locations
            # and grades, one shared object per distinct combination
            standings = list(moved._applicants.values())
            assert [(s.agencies, s.locations, s.grades) for s in standings] == [
                (r.agencies, r.locations, r.grades) for r in kept._applicants.values()
                if kept.outcomes[r.applicant_id].status in statuses]  # fmt: skip
            assert len({id(s) for s in standings}) == len({(s.agencies, s.locations, s.grades) for s in standings})
            # standings that differ share their equal tuples, and the tuples their equal strings
            for name in ("agencies", "locations", "grades"):
                parts = [getattr(s, name) for s in standings]
                assert len({id(p) for p in parts}) == len(set(parts)), name
                items = [item for p in parts for item in p]
                assert len({id(i) for i in items}) == len(set(items)), name
            # who may stand on each grade's certificates, as places among the outcomes: the same tuples, in the
            # same order, under the same agencies, as built from the outcomes one by one
            compact = {grade: {agency: list(places) for agency, places in moved._referable_at(grade).items()}
                       for grade in moved.grades}  # fmt: skip
            outcomes, moved.outcomes = moved.outcomes, dict(moved.outcomes.items())
            moved._referable.clear()
            one_by_one = {grade: moved._referable_at(grade) for grade in moved.grades}
            moved.outcomes = outcomes
            moved._referable.clear()
            assert compact == one_by_one and all(compact[grade][None] for grade in moved.grades)
            assert len({agency for grade in compact for agency in compact[grade]}) > 3
            assert any(item[1] for grade in compact for item in compact[grade][None])  # pending ones too
            places = moved._referable_at(moved.grades[0])[None]
            assert places[1] == list(places)[1] and places[-2:] == list(places)[-2:]
            certificates = moved.certificates()
            assert [c.entries for c in certificates] == [c.entries for c in kept.certificates()]
            # each certificate's event lists its own lists (never changed after), equal to what it lists
            issued = [e for e in moved._events if e["event"] == "certificate_issued"]
            assert len(issued) == len(certificates) == 12 and any(c.pending for c in certificates)
            for certificate, event in zip(certificates, issued, strict=True):
                assert event["referred"] is certificate._ranked._ids and event["pending"] is certificate.pending
                assert event["referred"] == certificate.applicant_ids
            assert moved._events == kept._events
            assert moved.rater_agreement() == kept.rater_agreement()
            by_category = kept._eligible_by_category()
            assert moved._eligible_by_category() == by_category and sum(by_category.values()) > 0
            # once the certificates are built, only the outcomes of the applicants they refer and no record;
            # the eligible per category counted before
            moved._keep_referred(certificates)
            referred = {i for c in certificates for i in c.applicant_ids}
            assert 0 < len(referred) < len(standings)
            assert moved._applicants == {}
            assert list(moved.outcomes) == [i for i in kept.outcomes if i in referred]
            assert [o.model_dump() for o in moved.outcomes.values()] == [
                o.model_dump() for i, o in kept.outcomes.items() if i in referred]
            assert moved._eligible_by_category() == by_category and moved.counts() == kept.counts()
            # their names and emails, read back from disk (no Applicants sheet brought them), equal the records'
            contacts = _ReferredContacts(moved, certificates, rows)
            assert len(contacts) == 0 and "A0000" not in contacts
            contacts.ensure()
            expected = {r.applicant_id: (r.last_name, r.first_name, r.email) for r in kept._applicants.values()
                        if r.applicant_id in referred}  # fmt: skip
            assert {i: (c.last_name, c.first_name, c.email) for i, c in contacts.items()} == expected
            assert list(contacts) == sorted(referred) and len(contacts) == len(referred)
            assert "no such id" not in contacts and contacts.get("no such id") is None
    assert list(private_tmp.iterdir()) == []


def test_places_in_columns_read_back_as_the_places_given() -> None:
    from skillhire.category_rating import Ranked
    from skillhire.certificates import _Places, _PlaceTable

    def place(applicant_id: str, score: float, preference: str = "NV", reason: str = "r1") -> Ranked:
        return Ranked.model_construct(applicant_id=applicant_id, preference=preference, score=score,
                                      earned_category="Best", category="Best", category_index=0,
                                      augmented_score=None, group=2, reason=reason)  # fmt: skip

    table = _PlaceTable()
    first = [place("A1", 90.0), place("A2", 90), place("A3", 90.0, "TP"), place("A4", 90.0), place("A5", 80.0)]
    second = [place("B1", 80.0), place("B2", 90.0, reason="r2")]
    places, others = _Places(first, table), _Places(second, table)
    fields = ("applicant_id", "preference", "score", "earned_category", "category", "category_index",
              "augmented_score", "group", "reason")  # fmt: skip

    def values(items: list) -> list[tuple]:
        return [tuple((getattr(p, name), getattr(p, name).__class__) for name in fields) for p in items]

    assert values(list(places)) == values(first) and values(list(others)) == values(second)
    assert len(places) == 5 and values([places[1], places[-1]]) == values([first[1], first[-1]])
    assert values(places[1:3]) == values(first[1:3])
    # one stored body per distinct combination of the pool's places (90 and 90.0 kept apart)
    assert len(table.bodies) == 5 and list(places._codes) == [0, 1, 2, 0, 3] and list(others._codes) == [3, 4]


def test_move_to_disk_leaves_a_result_not_in_row_order_or_not_compact_as_it_is(tmp_path: Path,
                                                                               private_tmp: Path) -> None:
    from skillhire._spill import ScoredSpill

    applicants, ratings = messy_pool(tmp_path, 30)
    plain = score_pool(applicants, ratings, issued_on=ISSUED)  # outcomes in a dict: not skillhire score's
    with ScoredSpill() as scored:
        assert plain._move_to_disk(scored) is False and len(scored) == 0
    with DecisionSpill() as spill, RowSpill() as rows:
        result = _compact_result(applicants, ratings, spill, rows)
        first, second = list(result._applicants)[:2]
        shuffled = {second: result._applicants[second], first: result._applicants[first]}
        shuffled.update(result._applicants)  # two rows out of order
        result._applicants = shuffled
        with ScoredSpill() as scored:
            assert result._move_to_disk(scored) is False and len(scored) == 0 and result._scored is None
        assert len(result._applicants) == 25 and len(result.outcomes) == 25


@pytest.mark.parametrize(
    "per_bucket, chunk, output_name, by",
    [
        (1, 7, "out.xlsx", None),  # a bucket per applicant, ratings moved to disk 7 at a time
        (3, 50, "out.csv", ["veterans_preference", "grades", "agencies", "locations"]),
        (16, 1 << 18, "out.jsonl", ["sex", "email"]),  # several buckets, one chunk
    ],
)
def test_ratings_bucketed_on_disk_write_what_the_library_writes(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch, per_bucket: int, chunk: int,
    output_name: str, by: list[str] | None,
) -> None:
    # skillhire score moves the ratings to disk as they are read, in buckets of applicants in the order they
    # are decided (RatingBuckets), and checks, groups and decides one bucket at a time: the same ratings
    # kept and rejected (an unknown applicant, a duplicate id's, repeats, conflicts, bad values), ties, every
    # category and certificate, as the library in memory
    monkeypatch.setattr(RatingBuckets, "APPLICANTS", per_bucket)
    monkeypatch.setattr(RatingBuckets, "CHUNK", chunk)
    read: list[int] = []
    made: list[int] = []
    real_read = RatingBuckets.read

    def spy(self: RatingBuckets, bucket: int) -> list:
        read.append(bucket)
        made[:] = [self.buckets]
        return real_read(self, bucket)

    monkeypatch.setattr(RatingBuckets, "read", spy)
    applicants, ratings = messy_pool(tmp_path, 150, mixed_rounds=True)
    (tmp_path / "batch").mkdir()
    summary = score_spreadsheets(applicants, ratings, output=tmp_path / "batch" / output_name, issued_on=ISSUED,
                                 spill_rows_above=0, adverse_impact_by=by)  # fmt: skip
    # each bucket read once, in order (146 distinct ids read, one an id with two rows)
    assert read == list(range(made[0])) and made[0] == -(-146 // per_bucket)
    result = score_pool(applicants, ratings, issued_on=ISSUED)
    batch = _comparable_files(tmp_path / "batch")
    library = _library_files(result, applicants, tmp_path / "library" / output_name, adverse_impact_by=by)
    assert list(batch) == list(library)
    assert batch == library
    assert list(private_tmp.iterdir()) == []  # every spill is gone
    assert summary.ratings_read == summary.ratings_scored + summary.ratings_rejected
    assert (summary.ratings_scored, summary.ratings_rejected) == (result.row_counts["ratings"].scored,
                                                                   result.row_counts["ratings"].rejected)
    assert summary.statuses == result.counts() and len(summary.certificates) == 12


@pytest.mark.parametrize("per_bucket, chunk", [(1, 1), (2, 9), (5, 1 << 18), (1000, 3)])
def test_ratings_bucketed_on_disk_give_the_decisions_and_rejected_rows_of_the_columns_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_bucket: int, chunk: int,
) -> None:
    """The same outcomes, counts and rejected rows, in the same order (the audit lists them as given)."""
    import skillhire.applicants as applicants_module
    from skillhire.spreadsheets import iter_rows

    monkeypatch.setattr(RatingBuckets, "CHUNK", chunk)
    applicants, ratings = messy_pool(tmp_path, 60)
    results = []
    for bucketed in (False, True):
        records = applicants_module.read_applicants(applicants)
        stream = iter_rows(ratings, columns=list(applicants_module.RATING_ALIASES),
                           aliases=applicants_module.RATING_ALIASES, required=["applicant_id"])  # fmt: skip
        ids = [record.applicant_id for record in records.records]
        with RatingBuckets(ids, applicants=per_bucket) as buckets:
            columns = applicants_module._stream_ratings(stream, applicant_ids=iter(ids),
                                                        buckets=buckets if bucketed else None)  # fmt: skip
            kept = len(columns.records)
            assert columns.rows_in == kept + len(columns.errors) and kept > 500
            assert buckets.count == (kept if bucketed else 0)
            result = _score_pool(records, columns, "smeqa-standard", scientific_professional=None,
                                 rating_method=None, issued_on=ISSUED, release_ratings=True)  # fmt: skip
        results.append(result)
    in_memory, on_disk = results
    assert [(e.sheet, e.row, e.column, e.message) for e in on_disk.rejected] == \
        [(e.sheet, e.row, e.column, e.message) for e in in_memory.rejected]  # fmt: skip
    assert any("no valid applicant" in e.message for e in on_disk.rejected)  # unknown and duplicate ids
    assert any("conflicting" in e.message for e in on_disk.rejected)
    assert on_disk.row_counts == in_memory.row_counts
    assert dict(on_disk.outcomes) == dict(in_memory.outcomes)


def test_rating_buckets_follow_the_order_of_ids_and_keep_input_order_as_codes_widen(tmp_path: Path,
                                                                                     private_tmp: Path) -> None:
    from array import array

    buckets = RatingBuckets(["b", "a", "d", "c", "e"], applicants=2)  # buckets: a b | c d | e (and after)
    assert [buckets.bucket_of(i) for i in ["a", "b", "bz", "c", "d", "e", "zz", ""]] == [0, 0, 0, 1, 1, 2, 2, 0]
    buckets.add([2, 0, 2], [array("I", [10, 11, 12]), array("B", [1, 2, 255])])
    buckets.add([0, 2], [array("q", [2**40, 14]), array("H", [300, 7])])  # wider codes in a later chunk
    (folder,) = private_tmp.iterdir()
    assert (folder.stat().st_mode & 0o777, (folder / "ratings.marshal").stat().st_mode & 0o777) == (0o700, 0o600)
    assert [col.tolist() for col in buckets.read(0)] == [[11, 2**40], [2, 300]]
    assert buckets.read(1) == []
    assert [col.tolist() for col in buckets.read(2)] == [[10, 12, 14], [1, 255, 7]]
    assert buckets.count == 5
    buckets.close()
    buckets.close()
    assert list(private_tmp.iterdir()) == []


@settings(max_examples=40, deadline=None)
@given(
    scores=st.lists(st.tuples(st.sampled_from(["NV", "TP", "XP", "CP", "CPS", "SSP"]),
                              st.sampled_from([100.0, 95.0, 90, 85.5, 80.0, 70.0, 50.0])), max_size=40),
    tie_break=st.sampled_from(["score_then_id", "id"]),
    scientific=st.booleans(),
    grade=st.sampled_from([7, 13]),
    merge_below=st.sampled_from([0, 3, 12]),
)  # fmt: skip
def test_compact_ranking_refers_whom_rank_category_refers(scores: list[tuple[str, float]], tie_break: str,
                                                           scientific: bool, grade: int, merge_below: int) -> None:
    # skillhire score ranks a certificate's candidates on flat tuples and builds a Ranked per referred place
    # only (PoolResult._rank_compact): the same places, in the same order, with the same reasons, depth
    # and count as rank_category + referred_count_category, merged or not, ties or not
    from types import SimpleNamespace

    from skillhire import load_assessment
    from skillhire.category_rating import rank_category, referred_count_category
    from skillhire.scoring import PoolResult

    assessment = load_assessment("smeqa-standard").model_copy(update={"tie_break": tie_break,
                                                                      "merge_below": merge_below})  # fmt: skip
    ids = [f"A{(index * 7919) % 1000:04d}" for index in range(len(scores))]  # unique, not in order
    candidates = [(applicant_id, preference, score) for applicant_id, (preference, score) in zip(ids, scores)]
    ranked = rank_category(candidates, assessment, grade=grade, scientific_professional=scientific)
    depth = referred_count_category(ranked, assessment)
    if depth > 1:
        ranked = rank_category(candidates, assessment, grade=grade, scientific_professional=scientific,
                               merged_depth=depth - 1)  # fmt: skip
    referred = sum(1 for r in ranked if r.category_index < depth)
    pool = SimpleNamespace(assessment=assessment, scientific_professional=scientific)
    places, count, found_depth = PoolResult._rank_compact(pool, candidates, grade)  # type: ignore[arg-type]
    assert (count, found_depth) == (referred, depth)
    assert [p.model_dump() for p in places] == [r.model_dump() for r in ranked[:referred]]


@pytest.mark.parametrize(
    "same_id, invalid",
    [
        ([0, 29], []),  # the first data row and the last
        ([3, 15, 28], []),  # three rows
        ([20, 21], [20]),  # its first row fails validation
        ([20, 24], [24]),  # its second row fails validation
        ([2, 26], [2, 26]),  # both fail validation
        ([], [7, 8]),  # no repeated id, rows that fail validation (and the pool's own duplicate, rows 14 and 15)
    ],
)
def test_records_on_disk_from_reading_equal_the_records_in_memory(
    tmp_path: Path, private_tmp: Path, same_id: list[int], invalid: list[int]
) -> None:
    # skillhire score writes each valid record to disk as it is read, keeping each id's shared profile
    # (what deciding reads): the records read back, the errors (a duplicate id anywhere, invalid rows), the
    # counts and the ids' order must be what the records kept in memory give
    from skillhire._spill import RecordSpill
    from skillhire.applicants import _DiskRecords, _stream_applicants
    from skillhire.batch import _KeptColumns

    applicant_rows, _ = pool_rows(30)
    for index in same_id:
        applicant_rows[1 + index][0] = "A0099"
    for index in invalid:
        applicant_rows[1 + index][4] = "not a code"
    path = write_csv(tmp_path / "applicants.csv", applicant_rows)
    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    stream = read_rows(path, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    pairs = sorted([(row, []) for row in stream.rows] + [(row, [error]) for row, error in
                                                          zip(stream.rejected, stream.errors, strict=True)],
                   key=lambda pair: pair[0].row)  # fmt: skip
    keep = _KeptColumns(["sex", "Notes"], False)
    with RowSpill() as rows, RowSpill() as other_rows, RecordSpill() as spill:
        memory = _stream_applicants(iter(pairs), source="applicants.csv", digest="d", keep_extra=keep,
                                    spill=rows, keep_email=False)  # fmt: skip
        disk = _stream_applicants(iter(pairs), source="applicants.csv", digest="d", keep_extra=keep,
                                  spill=other_rows, keep_email=False, records=spill)  # fmt: skip
        assert isinstance(disk.records, _DiskRecords)
        back = list(disk.records)  # the records read back from disk
        assert [r.model_dump() for r in back] == [r.model_dump() for r in memory.records]
        second = next(r for r in back if r.applicant_id == "A0001")  # as the sheet's row 3 has it
        sheet_row = dict(zip(applicant_rows[0], applicant_rows[2], strict=False))
        assert (second.row, second.first_name, second.last_name, second.email, second.agencies, second.extra) == (
            3, sheet_row["First Name"], sheet_row["Last Name"], None,
            tuple(sorted(filter(None, sheet_row["Agencies"].split(";")))),
            {"Sex": sheet_row["Sex"], "Notes": sheet_row["Notes"]})  # fmt: skip
        assert len(disk.records) == len(memory.records)
        assert [(e.sheet, e.row, e.column, e.message) for e in disk.errors] == [
            (e.sheet, e.row, e.column, e.message) for e in memory.errors]
        assert (disk.rows_in, disk.source, disk.sha256) == (memory.rows_in, memory.source, memory.sha256) == (
            30, "applicants.csv", "d")
        # in memory: each id once, in row order, with what deciding reads (shared by equal profiles)
        profiles = disk.records.profiles
        assert list(profiles) == [r.applicant_id for r in memory.records]
        for record in memory.records:
            profile = profiles[record.applicant_id]
            assert (profile.veterans_preference, profile.grades, profile.qualified_grades) == (
                record.veterans_preference, record.grades, record.qualified_grades)
        assert len({id(p) for p in profiles.values()}) == len(
            {(p.veterans_preference, p.grades, p.qualified_grades) for p in profiles.values()})
        assert disk.records.rows_of({"A0004", "A0010", "no such id"}) == {"A0004": 6, "A0010": 12}
        if same_id:
            numbers = ", ".join(str(index + 2) for index in same_id)
            assert [(e.row, e.message) for e in disk.errors if "A0099" in e.message] == [
                (index + 2, f"applicant id 'A0099' appears in rows {numbers}") for index in same_id]
            assert "A0099" not in profiles
    assert list(private_tmp.iterdir()) == []


def test_referred_contacts_refuse_a_referred_applicant_not_on_disk() -> None:
    from types import SimpleNamespace

    # a certificate row with blank names would be a silent loss: an applicant referred by a certificate but
    # not among the scored applicants read back is an error, whether the rows were offered or fetched
    class _NoRows:
        def _scored_rows(self):  # a PoolResult with nothing on disk
            return iter(())

    certificates = [SimpleNamespace(applicant_ids=["A0001", "A0002"])]
    fetched = _ReferredContacts(_NoRows(), certificates, None)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match=r"2 referred applicant\(s\) were not found"):
        fetched.ensure()
    offered = _ReferredContacts(_NoRows(), certificates, None)  # type: ignore[arg-type]
    offered.offer(SimpleNamespace(applicant_id="A0001", last_name="Ng", first_name="Al", email="a@x.gov"), None)
    with pytest.raises(RuntimeError, match=r"1 referred applicant\(s\) were not found"):
        offered.finish()
    complete = _ReferredContacts(_NoRows(), [], None)  # type: ignore[arg-type]
    complete.ensure()  # nothing referred: nothing to find
