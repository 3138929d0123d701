"""``skillhire score``: exit codes, the summary table, output safety, column mapping, --strict."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
from cli_fixtures import run

from skillhire.spreadsheets import read_rows
from tests.scoring_fixtures import applicant, passing, resume_votes


def write_csv(path: Path, rows: list[dict], rename: dict[str, str] | None = None) -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([(rename or {}).get(c, c) for c in columns])
        writer.writerows([[row.get(c) for c in columns] for row in rows])
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    applicants = [applicant("A1", "CPS"), applicant("A2"), applicant("A3", "ZZ"), applicant("A4", "TP")]
    ratings = passing("A1", 2, 2) + resume_votes("A2", "DNMF DNMF") + passing("A4", 1, 1)
    return write_csv(tmp_path / "applicants.csv", applicants), write_csv(tmp_path / "ratings.csv", ratings)


SUMMARY = """\
       skillhire score
┏━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━┓
┃            ┃ rows read ┃ scored ┃ rejected ┃
┡━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━┩
│ applicants │         4 │      3 │        1 │
│ ratings    │        28 │     28 │        0 │
└────────────┴───────────┴────────┴──────────┘
applicants: eligible 2, failed 1, pending 0
eligible per category: Best Qualified 1, Well Qualified 0, Qualified 1
certificates written: 3
"""


def test_score_writes_the_workbook_and_prints_the_summary(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    output = tmp_path / "scored.xlsx"
    code, out, err = run(capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output))
    assert (code, err) == (0, "")
    assert [line.strip() for line in out.splitlines()] == [line.strip() for line in SUMMARY.splitlines()] + [
        f"wrote {output}"
    ]
    written = read_rows(output, sheet="Applicants")
    assert [(r["applicant_id"], r["status"]) for r in written.rows] == [
        ("A1", "eligible"), ("A2", "failed"), ("A3", "rejected"), ("A4", "eligible"),
    ]  # fmt: skip


def test_default_output_is_beside_the_applicants(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    code, out, _ = run(capsys, "score", str(applicants), "-r", str(ratings), "--quiet")
    assert (code, out) == (0, "")
    assert (tmp_path / "applicants-scored.xlsx").is_file()


def test_strict_exits_1_when_a_row_was_rejected_but_still_writes(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    output = tmp_path / "scored.xlsx"
    code, out, err = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), "--strict", "-q"
    )
    assert (code, out) == (1, "")
    assert err == f"Error: 1 row(s) rejected (--strict); see the Rejected rows sheet of {output}\n"
    assert output.is_file()


def test_existing_output_needs_overwrite(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    output = tmp_path / "scored.xlsx"
    output.write_bytes(b"previous run")
    code, out, err = run(capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output))
    assert (code, out) == (1, "")
    assert err == f"Error: {output}: already exists; pass overwrite=True (--overwrite) to replace it\n"
    assert output.read_bytes() == b"previous run"
    code, _, _ = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), "--overwrite", "-q"
    )
    assert code == 0 and zipfile.is_zipfile(output)


def test_an_input_is_never_the_output(capsys, files) -> None:
    applicants, ratings = files
    before = ratings.read_bytes()
    code, _, err = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(ratings), "--overwrite"
    )
    assert code == 1
    assert err == f"Error: {ratings}: is an input file; skillhire never writes over its inputs\n"
    assert ratings.read_bytes() == before


@pytest.mark.parametrize(
    "fmt, name, files_written",
    [
        (
            "csv",
            "scored.csv",
            9,
        ),  # applicants + summary, 3 certificates, rejected, adverse impact, agreement, audit
        ("jsonl", "scored.jsonl", 1),
    ],
)
def test_csv_and_jsonl_outputs(
    capsys, files, tmp_path: Path, fmt: str, name: str, files_written: int
) -> None:
    applicants, ratings = files
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, _ = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(out_dir / name), "-q"
    )
    assert code == 0
    assert len(list(out_dir.iterdir())) == files_written
    code, _, _ = run(
        capsys,
        "score",
        str(applicants),
        "--ratings",
        str(ratings),
        "-o",
        str(out_dir / "x.dat"),
        "--format",
        fmt,
        "-q",
    )
    assert code == 0 and (out_dir / "x.dat").stat().st_size > 0


def test_column_map(capsys, tmp_path: Path) -> None:
    applicants = write_csv(
        tmp_path / "applicants.csv",
        [applicant("A1", "CPS")],
        rename={"applicant_id": "Cand No", "email": "Mail"},
    )
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2), rename={"rater": "Who"})
    output = tmp_path / "scored.xlsx"
    code, _, err = run(capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), "-q")
    assert code == 1
    assert "missing required column 'applicant_id'" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), "-q",
        "--column-map", "Cand No=applicant_id,Mail=email", "--ratings-column-map", "Who=rater",
    )  # fmt: skip
    assert (code, err) == (0, "")
    written = read_rows(output, sheet="Applicants")
    assert [(r["applicant_id"], r["email"], r["status"]) for r in written.rows] == [
        ("A1", "a1@example.org", "eligible")
    ]


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            ["--column-map", "Cand No"],
            "Error: --column-map 'Cand No': write HEADER=COLUMN, e.g. 'Cand No=applicant_id'\n",
        ),
        (["--issued-on", "5 Jan 2026"], "Error: --issued-on '5 Jan 2026': write the date as YYYY-MM-DD\n"),
        (["--rating-method", "points"], "Error: --rating-method 'points': use category or numerical\n"),
        (
            ["--format", "xls"],
            "Error: No output format 'xls'. Did you mean 'xlsx'? Available: csv, jsonl, xlsx\n",
        ),
        (
            ["--assessment", "smeqa-standrd"],
            "Error: No bundled assessment 'smeqa-standrd'. Did you mean 'smeqa-standard'? Available: smeqa-standard\n",
        ),
        (
            ["--evidence"],
            "Error: --evidence needs skills mapping (skillhire.map_skills, the skills issue), which this installation "
            "does not have yet; run without --evidence\n",
        ),
    ],
)
def test_user_errors_are_one_line_and_exit_1(
    capsys, files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str], message: str
) -> None:
    import skillhire

    monkeypatch.delattr(skillhire, "map_skills", raising=False)  # as in a build without skills mapping
    applicants, ratings = files
    output = tmp_path / "scored.xlsx"
    code, out, err = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), *extra
    )
    assert (code, out, err) == (1, "", message)
    assert not output.exists()


def test_corrupt_and_missing_inputs(capsys, files, tmp_path: Path) -> None:
    _, ratings = files
    broken = tmp_path / "applicants.xlsx"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    code, _, err = run(capsys, "score", str(broken), "--ratings", str(ratings), "-q")
    assert code == 1
    assert err == (
        f"Error: {broken}: is password-protected (encrypted) or an old .xls workbook; remove the password or "
        "save it as a plain .xlsx and try again\n"
    )
    code, _, err = run(capsys, "score", str(tmp_path / "nope.csv"), "--ratings", str(ratings), "-q")
    assert (code, err) == (1, f"Error: {tmp_path / 'nope.csv'}: does not exist\n")


def test_help_documents_the_options(capsys) -> None:
    code, out, _ = run(capsys, "score", "--help")
    assert code == 0
    for option in ("--ratings", "--assessment", "--output", "--column-map", "--overwrite", "--format", "--strict",
                   "--evidence", "--adverse-impact-by", "--quiet"):  # fmt: skip
        assert option in out


# ------------------------------------------------------------------------------- --spill-rows-above

@pytest.mark.parametrize(
    "options, expected",
    [
        ((), "library default"),
        (("--spill-rows-above", "0"), 0),
        (("--spill-rows-above", "50000"), 50_000),
        (("--in-memory",), None),
    ],
)
def test_spill_options_reach_the_library(capsys, files, tmp_path: Path, monkeypatch, options, expected) -> None:
    import skillhire.batch

    seen: dict[str, object] = {}
    real = skillhire.batch.score_spreadsheets

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(skillhire.batch, "score_spreadsheets", spy)
    applicants, ratings = files
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "s.xlsx"), "-q",
                       *options)  # fmt: skip
    assert (code, err) == (0, "")
    assert seen.get("spill_rows_above", "library default") == expected


def test_spilled_and_in_memory_cli_runs_write_the_same_applicants_sheet(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    sheets = []
    for name, option in (("disk.xlsx", ("--spill-rows-above", "0")), ("memory.xlsx", ("--in-memory",))):
        code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / name), "-q",
                           "--issued-on", "2026-03-02", *option)  # fmt: skip
        assert (code, err) == (0, "")
        book = openpyxl.load_workbook(tmp_path / name, read_only=True)
        sheets.append([row for row in book["Applicants"].iter_rows(values_only=True)])
        book.close()
    assert sheets[0] == sheets[1]
    assert len(sheets[0]) == 1 + 4  # header + every input row, the rejected one too


def test_in_memory_and_a_spill_threshold_together_are_refused(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "s.xlsx"),
                       "--in-memory", "--spill-rows-above", "10")  # fmt: skip
    assert code == 1
    assert "--in-memory and --spill-rows-above: give one of them, not both" in err
    assert not (tmp_path / "s.xlsx").exists()


def test_the_spill_default_in_the_help_is_the_library_default(capsys) -> None:
    from skillhire.batch import SPILL_ROWS_ABOVE

    _, out, _ = run(capsys, "score", "--help")
    assert "--spill-rows-above" in out and "--in-memory" in out
    assert f"{SPILL_ROWS_ABOVE:,}" in " ".join(out.split())


# ------------------------------------------------------------------------------------------- --evidence

SKILLS = {  # a stand-in for skillhire.map_skills: keyword -> (skill id, label)
    "interviews": ("user-interviews", "User interviews"),
    "journey": ("journey-mapping", "Customer journey mapping"),
    "survey": ("surveys", "Surveys"),
    "stakeholder": ("stakeholder-management", "Stakeholder management"),
}


def fake_map_skills(text: str):
    from types import SimpleNamespace

    found = []
    for word, (skill_id, label) in SKILLS.items():
        for match in __import__("re").finditer(word, text, flags=2):
            negated = text[max(0, match.start() - 14) : match.start()].lower().endswith("no experience ")
            found.append(SimpleNamespace(skill_id=skill_id, label=label, start=match.start(), end=match.end(),
                                         negated=negated))  # fmt: skip
    return sorted(found, key=lambda m: m.start)


@pytest.fixture
def skills_api(monkeypatch: pytest.MonkeyPatch) -> None:
    import skillhire

    monkeypatch.setattr(skillhire, "map_skills", lambda text, **_: fake_map_skills(text), raising=False)
    monkeypatch.setattr(
        skillhire, "map_skills_batch", lambda texts, **_: (fake_map_skills(t) for t in texts), raising=False
    )


def test_collect_evidence(skills_api) -> None:
    from types import SimpleNamespace

    from skillhire.evidence import collect_evidence

    assessment = SimpleNamespace(competencies=[
        SimpleNamespace(id="customer-research", name="Customer research", definition="interviews, survey work"),
        SimpleNamespace(id="stakeholder-engagement", name="Stakeholder engagement", definition=""),
    ])  # fmt: skip
    texts = {
        "A1": "Led 40 customer interviews and a national survey. Briefed stakeholder groups weekly.",
        "A2": "No experience interviews. Built dashboards.",
        "A3": "   ",
    }
    assert collect_evidence(texts, assessment, context_chars=12) == {
        "A1": {
            "customer-research": [
                "User interviews: ...40 customer interviews and a national...",
                "Surveys: ...and a national survey. Briefed stakeholder...",
            ],
            "stakeholder-engagement": [
                "Stakeholder management: ...survey. Briefed stakeholder groups weekly."
            ],
        }
    }


def test_score_with_evidence_adds_the_sme_sheet(capsys, tmp_path: Path, skills_api) -> None:
    rows = [
        applicant("A1") | {"Resume Text": "Ran customer interviews and journey mapping for VA."},
        applicant("A2"),
    ]
    applicants = write_csv(tmp_path / "applicants.csv", rows)
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2) + passing("A2", 1, 1))
    output = tmp_path / "scored.xlsx"
    code, _, err = run(
        capsys, "score", str(applicants), "--ratings", str(ratings), "-o", str(output), "-q", "--evidence"
    )
    assert (code, err) == (0, "")
    sheet = read_rows(output, sheet="SME evidence")
    # the bundled competency "customer-research" names interviews and journey mapping in its definition
    assert [(r["applicant_id"], r["competency"], r["evidence"]) for r in sheet.rows] == [
        (
            "A1",
            "customer-research",
            "User interviews: Ran customer interviews and journey mapping for VA.\n"
            "Customer journey mapping: Ran customer interviews and journey mapping for VA.",
        ),
    ]


def test_max_rows_refuses_rather_than_cuts(capsys, files, tmp_path: Path) -> None:
    applicants, ratings = files
    code, _, err = run(capsys, "score", str(applicants), "--ratings", str(ratings), "-q", "--max-rows", "10")
    assert code == 1
    assert err == f"Error: {ratings}: has more than 10 data rows (ReadLimits.max_rows / max_rows); refused\n"
