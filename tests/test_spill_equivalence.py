"""Adversarial pools for ``skillhire score``'s memory design (memory round 12): the spilled run writes what
the in-memory run and the library write, byte for byte, table by table, in xlsx, CSV and JSON Lines.

Round 12 holds the outcomes as sorted ids and an array of codes (``scoring._Outcomes``), the standings as
codes beside them (``scoring._Standings``), each grade's referable applicants as arrays of places, and the
certificate sheets' names and emails packed from disk as the Applicants sheet is written
(``results_io._ReferredContacts``). Each pool here stresses one assumption of that design:

- ids sort by bisection as strings: ids that sort differently as strings and as numbers, Unicode, spaces,
  ids that differ only in case, a prefix of another id;
- ids are unique: a duplicate id (both rows rejected), in the middle, first and last;
- every referred id is on disk, once: an applicant referred on several certificates (grades and agencies);
- names and emails are copied as they are: empty, formula-looking (``=HYPERLINK(...)``), padded, numbers;
- the pool may be empty of eligible applicants, all pending, a single applicant, or every row rejected;
- numerical ranking as well as category rating; ``adverse_impact_by`` a column not kept in the records.

The property at the end draws small random pools of all of these and compares the runs' outputs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import score_pool, score_spreadsheets
from skillhire.errors import SkillhireError
from tests.scoring_fixtures import COMPETENCIES
from tests.test_compact_outcomes import ISSUED, _library_files, _spy_move_to_disk
from tests.test_row_spill import HEADER, _comparable_files, write_csv, write_xlsx

pytestmark = pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # pending applicants

OUTPUTS = ["out.xlsx", "out.csv", "out.jsonl"]
RATING_HEADER = ["applicant_id", "hurdle", "competency", "rater", "rating", "justification"]


def person(applicant_id: str, kind: str = "eligible", interviews: tuple[int, int] = (2, 2), *,
           first: str = "Ann", last: str = "Lee", email: str | None = None, preference: str = "NV",
           grades: str = "13;14", agencies: str = "DOL;VA", locations: str = "Remote", sex: str = "F",
           race: str = "A", notes: str = "") -> dict[str, Any]:  # fmt: skip
    """One applicant and how its ratings go: ``eligible`` (every competency met, the two interview
    ratings given), ``failed`` (a screen-out competency not met), ``pending`` (resume review only: no
    interview ratings) or ``unrated`` (no rating at all); ``invalid`` makes the row fail validation."""
    return {
        "id": applicant_id, "kind": kind, "interviews": interviews, "first": first, "last": last,
        "email": f"{applicant_id.strip().lower() or 'x'}@example.org" if email is None else email,
        "preference": "ten points" if kind == "invalid" else preference, "grades": grades,
        "agencies": agencies, "locations": locations, "sex": sex, "race": race, "notes": notes,
    }  # fmt: skip


def pool_files(folder: Path, people: list[dict[str, Any]], kind: str = "csv") -> tuple[Path, Path]:
    """The applicant file (CSV, or xlsx with an extra date column) and the rating CSV file of ``people``
    (columns as ``tests.test_row_spill.HEADER``)."""
    folder.mkdir(parents=True, exist_ok=True)
    applicants: list[list[object]] = [HEADER]
    ratings: list[list[object]] = [RATING_HEADER]
    for p in people:
        applicants.append([p["id"], p["first"], p["last"], p["email"], p["preference"], p["grades"],
                           p["agencies"], p["locations"], p["sex"], p["race"], "555-0100", p["notes"],
                           "led usability research"])  # fmt: skip
        if p["kind"] == "unrated":
            continue
        for number, competency in enumerate(COMPETENCIES):
            vote = "DNMF" if p["kind"] == "failed" and number == 0 else "MF"
            for rater in ("sme1", "sme2"):
                ratings.append([p["id"], "resume_review", competency, rater, vote, "per resume"])
        if p["kind"] in ("eligible", "invalid"):
            for hurdle, score in zip(("interview_1", "interview_2"), p["interviews"], strict=True):
                for rater in ("sme1", "sme2"):
                    ratings.append([p["id"], hurdle, "", rater, score, "structured"])
    writer = write_csv if kind == "csv" else write_xlsx
    return writer(folder / f"applicants.{kind}", applicants), write_csv(folder / "ratings.csv", ratings)


def runs(folder: Path, applicants: Path, ratings: Path, output_name: str, *, spill_also: int | None = None,
         **options: Any) -> dict[str, dict[str, object]]:
    """Every output file of ``skillhire score`` with the rows in memory (``memory``), spilled from the first
    row (``spill 0``), from the second (``spill 1``) and from row ``spill_also``, and of ``score_pool`` +
    ``write_results`` (``library``)."""
    outputs: dict[str, dict[str, object]] = {}
    thresholds = [("memory", None), ("spill 0", 0), ("spill 1", 1)]
    if spill_also is not None:
        thresholds.append((f"spill {spill_also}", spill_also))
    for label, threshold in thresholds:
        out = folder / label.replace(" ", "")
        out.mkdir()
        try:
            score_spreadsheets(applicants, ratings, output=out / output_name, issued_on=ISSUED,
                               spill_rows_above=threshold, **options)  # fmt: skip
        except SkillhireError as error:  # the same error in every run, and no file
            outputs[label] = {"error": f"{type(error).__name__}: {error}", **_comparable_files(out)}
        else:
            outputs[label] = _comparable_files(out)
    try:
        result = score_pool(applicants, ratings, options.get("assessment", "smeqa-standard"),
                            issued_on=ISSUED, rating_method=options.get("rating_method"),
                            scientific_professional=options.get("scientific_professional"))  # fmt: skip
        outputs["library"] = _library_files(result, applicants, folder / "library" / output_name,
                                            adverse_impact_by=options.get("adverse_impact_by"))  # fmt: skip
    except SkillhireError as error:
        (folder / "library").mkdir(exist_ok=True)
        outputs["library"] = {"error": f"{type(error).__name__}: {error}",
                              **_comparable_files(folder / "library")}  # fmt: skip
    return outputs


def assert_same_tables(outputs: dict[str, dict[str, object]]) -> None:
    """Each run's files and tables (each xlsx sheet, each CSV or JSON Lines file) equal the library's, one
    by one, so a failure names the run and the table."""
    library = outputs["library"]
    for label, files in outputs.items():
        assert list(files) == list(library), label
        for name, content in files.items():
            expected = library[name]
            if isinstance(content, dict):  # a workbook: sheet by sheet
                assert list(content) == list(expected), (label, name)  # type: ignore[arg-type]
                for sheet, rows in content.items():
                    assert rows == expected[sheet], (label, name, sheet)  # type: ignore[index]
            else:
                assert content == expected, (label, name)


def sheet_of(outputs: dict[str, dict[str, object]], prefix: str) -> dict[str, list]:
    """The library's xlsx sheets whose names start with ``prefix``."""
    (book,) = outputs["library"].values()
    return {name: rows for name, rows in book.items() if name.startswith(prefix)}  # type: ignore[union-attr]


STRING_ORDER = [  # ids that sort differently as strings and as numbers, Unicode, spaces, case, prefixes
    person("9"), person("10", preference="TP"), person("010"), person("100", kind="failed"),
    person("1", preference="CPS"), person("Ä1"), person("A 1", kind="pending"),
    person("a1", preference="XP"), person("A1"), person("Z", grades="15"), person("é", kind="unrated"),
    person("日本", preference="SSP"), person("A10", agencies="", interviews=(1, 1)),
    person("A1 0", interviews=(1, 2)), person("00", kind="failed"),
]  # fmt: skip

CASES: dict[str, list[dict[str, Any]]] = {
    "no eligible applicant": [person(f"F{n}", kind) for n, kind in
                              enumerate(["failed", "failed", "invalid", "failed", "unrated"])],
    "every applicant pending": [
        person(f"P{n}", kind, grades=g) for n, (kind, g) in
        enumerate([("pending", "13"), ("unrated", "14;15"), ("pending", "")])],
    "one applicant": [person("only")],
    "one applicant, pending": [person("only", "pending")],
    "ids sort differently as strings and as numbers": STRING_ORDER,
    "a duplicate id in the middle": [person("B2"), person("B1", interviews=(1, 2)),
                                     person("B2", preference="TP"), person("B3", interviews=(1, 1))],
    "a duplicate id first and last": [person("B1"), person("B0"), person("B2"), person("B1", "failed")],
    "every row the same id": [person("B1"), person("B1")],
    "referred on several certificates and grades": [
        person(f"M{n}", interviews=(2, 2) if n % 2 else (1, 2), grades="13;14;15", agencies="DOL;HHS;VA",
               preference=["NV", "TP", "CP"][n % 3]) for n in range(5)],
    "empty and formula-looking names and emails": [
        person("E1", first="", last="", email=""),
        person("E2", first="=HYPERLINK(\"http://x\",\"y\")", last="+1", email="=HYPERLINK(\"mailto:a@b\")"),
        person("E3", first="-2 days", last="@SUM(A1)", email="\tpadded@example.org "),
        person("E4", first=" José ", last="Muñoz", email="12345", preference="TP"),
        person("E5", first="\t", last="\"quoted\"", email="-x@example.org", kind="pending"),
    ],
    "long and astral names, over a cell's limit": [
        person("L1", first="Ann " * 9000, last="😀" * 20000, email=("x" * 40000) + "@example.org"),
        person("L2", first="😀", last="\u00e9\u0301", email="ü@example.org", preference="TP"),
        person("L3", first="Zoë", last="O'Neil, Jr.", email="a,b@example.org", interviews=(1, 2)),
    ],
    "rejected rows around the referred": [person("R0", "invalid"), person("R1"), person("", "eligible"),
                                          person("R2", "invalid"), person("R3", interviews=(1, 1)),
                                          person("R4", grades="GS-11"), person("R5", "invalid")],
    "every row rejected": [person("R0", "invalid"), person("", "eligible"), person("R1", grades="GS-11")],
}


@pytest.mark.parametrize("output_name", OUTPUTS)
@pytest.mark.parametrize("case", list(CASES))
def test_spilled_runs_write_what_the_library_writes(tmp_path: Path, private_tmp: Path,
                                                    monkeypatch: pytest.MonkeyPatch, case: str,
                                                    output_name: str) -> None:
    moved = _spy_move_to_disk(monkeypatch)
    applicants, ratings = pool_files(tmp_path / "in", CASES[case])
    outputs = runs(tmp_path, applicants, ratings, output_name)
    assert_same_tables(outputs)
    assert list(private_tmp.iterdir()) == []
    ids = [p["id"] for p in CASES[case] if p["kind"] != "invalid" and p["id"] and p["grades"] != "GS-11"]
    if any(ids.count(i) == 1 for i in ids):  # a scored applicant: both spilled runs moved them to disk
        assert moved == [True, True] if len(CASES[case]) > 1 else moved == [True]


@pytest.mark.parametrize(
    "case, rating_method, by",
    [
        ("ids sort differently as strings and as numbers", "numerical", None),
        ("referred on several certificates and grades", "numerical", ["Notes"]),
        ("empty and formula-looking names and emails", "numerical", ["email", "first_name"]),
        ("ids sort differently as strings and as numbers", None, ["Phone"]),  # not kept in the records
        ("rejected rows around the referred", None, ["Resume Text", "Race/Ethnicity"]),
        ("a duplicate id in the middle", "numerical", ["applicant_id", "veterans_preference"]),
    ],
)
@pytest.mark.parametrize("output_name", OUTPUTS)
def test_spilled_runs_rank_and_group_as_the_library_does(tmp_path: Path, private_tmp: Path, case: str,
                                                         rating_method: str | None, by: list[str] | None,
                                                         output_name: str) -> None:
    applicants, ratings = pool_files(tmp_path / "in", CASES[case])
    outputs = runs(tmp_path, applicants, ratings, output_name, rating_method=rating_method,
                   adverse_impact_by=by)
    assert_same_tables(outputs)


def test_the_string_order_pool_refers_across_the_numeric_order(tmp_path: Path, private_tmp: Path) -> None:
    # the pool above is not trivially equal: its certificates list ids whose string and numeric orders differ
    applicants, ratings = pool_files(tmp_path / "in", STRING_ORDER)
    outputs = runs(tmp_path, applicants, ratings, "out.xlsx")
    assert_same_tables(outputs)
    listed = {row[1] for rows in sheet_of(outputs, "Cert ").values() for row in rows[1:]}
    assert {"9", "10", "010", "1", "a1", "A1", "日本", "Ä1"} <= {str(v) for v in listed}


def test_an_applicant_on_several_certificates_keeps_its_names_and_email_on_each(tmp_path: Path,
                                                                                  private_tmp: Path) -> None:
    people = CASES["empty and formula-looking names and emails"]
    applicants, ratings = pool_files(tmp_path / "in", people)
    outputs = runs(tmp_path, applicants, ratings, "out.xlsx")
    assert_same_tables(outputs)
    certificates = sheet_of(outputs, "Cert ")
    assert len(certificates) >= 4
    on_each = [rows for rows in certificates.values() if any(row[1] == "E2" for row in rows)]
    assert len(on_each) >= 4
    texts = {cell for rows in on_each for row in rows for cell in row if isinstance(cell, str)}
    assert "=HYPERLINK(\"mailto:a@b\")" in texts and "=HYPERLINK(\"http://x\",\"y\")" in texts


def test_sheets_split_at_the_row_limit_write_the_same_parts(tmp_path: Path, private_tmp: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # the Applicants sheet and each certificate's go on in a second sheet past Excel's row limit (4 here):
    # the referred applicants' names are packed as the Applicants sheet's parts are written
    import skillhire.workbook

    monkeypatch.setattr(skillhire.workbook, "EXCEL_MAX_ROWS", 4)
    people = STRING_ORDER + CASES["empty and formula-looking names and emails"]
    applicants, ratings = pool_files(tmp_path / "in", people)
    outputs = runs(tmp_path, applicants, ratings, "out.xlsx")
    # the library's audit has no 'started at' row, so its Audit sheet splits apart at another place
    assert_same_tables({
        label: {name: {sheet: rows for sheet, rows in book.items() if not sheet.startswith("Audit")}
                for name, book in files.items()}
        for label, files in outputs.items()})  # fmt: skip
    assert_same_tables({("library" if label == "memory" else label): files for label, files in outputs.items()
                        if label != "library"})  # fmt: skip
    names = list(sheet_of(outputs, ""))
    assert "Applicants (2)" in names and "Cert GS-13 (announcing agency)" in names
    assert any(name.startswith("Cert GS-13 DOL (") for name in names)


STATUS = st.sampled_from(["eligible", "eligible", "failed", "pending", "unrated", "invalid"])
ID = st.one_of(st.integers(0, 30).map(str),
               st.sampled_from(["0", "00", "010", "A 1", "a1", "A1", "Ä", "é", "日本", "", " 7", "x y"]))
PERSON = st.builds(
    lambda applicant_id, kind, interviews, grades, agencies, preference, first, email: person(
        applicant_id, kind, interviews, grades=grades, agencies=agencies, preference=preference, first=first,
        email=email),
    ID, STATUS, st.tuples(st.sampled_from([1, 2]), st.sampled_from([1, 2])),
    st.sampled_from(["13", "14", "13;15", "", "GS-11", "13;14;15"]),
    st.sampled_from(["", "DOL", "VA;DOL", "HHS"]),
    st.sampled_from(["NV", "TP", "XP", "CP", "CPS", "SSP", ""]), st.sampled_from(["Ann", "", "=1+1", "Zoë"]),
    st.sampled_from([None, "", "=HYPERLINK(\"x\")", " a@b.org "]),
)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(PERSON, max_size=40), output_name=st.sampled_from(OUTPUTS),
       rating_method=st.sampled_from([None, "numerical"]), by=st.sampled_from([None, ["Phone"], ["email"]]),
       kind=st.sampled_from(["csv", "xlsx"]), spill_also=st.integers(2, 40))  # fmt: skip
def test_small_random_pools_write_the_same_tables_spilled_and_in_memory(
    private_tmp: Path, people: list[dict[str, Any]], output_name: str, rating_method: str | None,
    by: list[str] | None, kind: str, spill_also: int,
) -> None:
    with tempfile.TemporaryDirectory(dir=private_tmp.parent) as folder:
        applicants, ratings = pool_files(Path(folder) / "in", people, kind)
        outputs = runs(Path(folder), applicants, ratings, output_name, rating_method=rating_method,
                       adverse_impact_by=by, spill_also=spill_also)  # fmt: skip
        assert_same_tables(outputs)
    assert list(private_tmp.iterdir()) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(PERSON, max_size=40), output_name=st.sampled_from(OUTPUTS),
       rating_method=st.sampled_from([None, "numerical"]), scientific=st.sampled_from([None, True, False]),
       announcing=st.sampled_from(["", "DOL", "Treasury"]), agencies=st.sampled_from([[], ["DOL", "VA"]]),
       tie_break=st.sampled_from(["score_then_id", "id"]),
       merge_below=st.sampled_from([0, 3, 12]))  # fmt: skip
def test_small_random_pools_with_full_sharing_tables_and_other_assessments_write_the_same_tables(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch, people: list[dict[str, Any]], output_name: str,
    rating_method: str | None, scientific: bool | None, announcing: str, agencies: list[str], tie_break: str,
    merge_below: int,
) -> None:
    # every sharing table full after two entries (outcomes written in full, standings and names not shared),
    # two applicants' ratings per bucket on disk; an announcing agency that applicants also opt in to
    import skillhire.applicants
    import skillhire.scoring
    from skillhire import load_assessment
    from skillhire._spill import RatingBuckets
    from skillhire.scoring import _Outcomes

    for module in (skillhire.applicants, skillhire.scoring):
        monkeypatch.setattr(module, "_SHARED_MAX", 2)
    monkeypatch.setattr(_Outcomes, "_SHARED_MAX", 2)
    monkeypatch.setattr(RatingBuckets, "APPLICANTS", 2)
    monkeypatch.setattr(RatingBuckets, "CHUNK", 5)
    assessment = load_assessment("smeqa-standard").model_copy(update={
        "announcing_agency": announcing, "agencies": agencies, "tie_break": tie_break,
        "merge_below": merge_below})
    with tempfile.TemporaryDirectory(dir=private_tmp.parent) as folder:
        applicants, ratings = pool_files(Path(folder) / "in", people)
        outputs = runs(Path(folder), applicants, ratings, output_name, assessment=assessment,
                       rating_method=rating_method, scientific_professional=scientific)  # fmt: skip
        assert_same_tables(outputs)
    assert list(private_tmp.iterdir()) == []


def test_referred_contacts_and_standings_read_as_mappings_of_ids_only() -> None:
    # what a Mapping promises, for any key: a key that is not an id (an int, None) is simply not there
    from array import array
    from types import SimpleNamespace

    from skillhire.results_io import _ReferredContacts
    from skillhire.scoring import _Outcomes, _Standings

    certificates = [SimpleNamespace(applicant_ids=["9", "10"]), SimpleNamespace(applicant_ids=["010", "10"])]
    contacts = _ReferredContacts(SimpleNamespace(), certificates, None)  # type: ignore[arg-type]
    contacts.offer(SimpleNamespace(applicant_id="10", email=None, last_name="=1+1", first_name=""), None)
    contacts.offer(SimpleNamespace(applicant_id="11", email="x@y.org", last_name="No", first_name="1"), None)
    contacts.offer(SimpleNamespace(applicant_id="10", email="again", last_name="Twice", first_name=""), None)
    assert list(contacts) == ["10"] and len(contacts) == 1  # offered once, the first time; "11" not referred
    assert vars(contacts["10"]) == {"last_name": "=1+1", "first_name": "", "email": None}
    assert [key in contacts for key in ("10", "9", "010", "11", 10, None)] == [True] + [False] * 5
    assert [contacts.get(key) for key in ("9", 10, None, ("10",))] == [None] * 4
    outcomes = _Outcomes._of_sorted([("010", ("eligible",)), ("10", ("pending",)), ("9", ("eligible",))])
    standings = _Standings(outcomes, array("I", [1, 0, 1]), ["first", "second"])
    assert dict(standings) == {"010": "second", "10": "first", "9": "second"}
    assert [key in standings for key in ("9", "1", 9, None)] == [True, False, False, False]
    assert standings.get(9) is None and standings.get("10") == "first"


@pytest.mark.parametrize("output_name", OUTPUTS)
def test_certificate_sheets_written_before_the_applicants_sheet_list_the_same_names(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch, output_name: str
) -> None:
    # the certificate sheets' names and emails are packed as the Applicants sheet is written; a writer that
    # asks for the tables in another order (here: last first) gets them from one pass over the disk instead
    import skillhire.results_io
    from skillhire.results_io import _ReferredContacts

    real_write, real_ensure = skillhire.results_io.write_tables, _ReferredContacts.ensure
    fetched: list[bool] = []

    def reversed_tables(tables: list, *args: Any, **kwargs: Any) -> Any:
        return real_write(tables[::-1], *args, **kwargs)

    def ensure(self: _ReferredContacts) -> None:
        fetched.append(not self._complete)
        real_ensure(self)

    monkeypatch.setattr(skillhire.results_io, "write_tables", reversed_tables)
    monkeypatch.setattr(_ReferredContacts, "ensure", ensure)
    people = STRING_ORDER + CASES["empty and formula-looking names and emails"]
    applicants, ratings = pool_files(tmp_path / "in", people)
    outputs = runs(tmp_path, applicants, ratings, output_name)
    assert_same_tables(outputs)
    # in each spilled run (from row 0, from row 1), read once, by the first of its 9 certificate sheets
    assert fetched == ([True] + [False] * 8) * 2
