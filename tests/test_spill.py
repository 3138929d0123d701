"""Decisions kept on disk (``skillhire score``): read back equal, same reports, files removed even on error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from skillhire._spill import DecisionSpill, remove_stale_folders
from skillhire.scoring import _score_pool
from tests.scoring_fixtures import applicant, interview, passing, resume_votes

APPLICANTS = [
    applicant("A1", "CPS", sex="F", grades="13;14", agencies="DOL"),
    applicant("A2", "NV", sex="M"),
    applicant("A3", "TP", sex="F"),
    applicant("A4", "XP", sex="M"),
    applicant("A5", "NV", sex="F"),
]
RATINGS = (
    passing("A1", 2, 2)
    + resume_votes("A2", "DNMF DNMF")
    + resume_votes("A3", {"customer-research": "MF DNMF MF", "service-design": "MF DNMF"})  # a split, pending
    + passing("A4", 1, 0)[:-1] + interview("A4", 1, 0)  # fails round 2
    + resume_votes("A5", "MF MF", justification="it's <fine> & \"clear\"") + interview("A5", 2, 1)
)  # fmt: skip


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def score(spill: DecisionSpill | None):
    return _score_pool(APPLICANTS, RATINGS, "smeqa-standard", scientific_professional=None, rating_method=None,
                       issued_on=None, spill=spill)  # fmt: skip


def test_spilled_decisions_read_back_equal_and_reports_are_the_same(private_tmp: Path) -> None:
    kept = score(None)
    with DecisionSpill() as spill:
        spilled = score(spill)
        assert [p.stat().st_mode & 0o777 for p in private_tmp.iterdir()] == [0o700]  # mkdtemp: private folder
        assert all(outcome.hurdles == [] for outcome in spilled.outcomes.values())
        assert [hurdles for _, _, hurdles in spilled._hurdles_in_order()] == [o.hurdles for o in kept.outcomes.values()]
        assert spilled.rater_agreement() == kept.rater_agreement()
        assert spilled.adverse_impact(by="sex") == kept.adverse_impact(by="sex")
        assert spilled.audit.to_json() == kept.audit.to_json()
        assert {k: o.model_dump(exclude={"hurdles"}) for k, o in spilled.outcomes.items()} == {
            k: o.model_dump(exclude={"hurdles"}) for k, o in kept.outcomes.items()
        }
    assert list(private_tmp.iterdir()) == []


@pytest.mark.filterwarnings("ignore::skillhire.errors.SkillhireWarning")  # A3 is pending
def test_batch_removes_its_spill_folder_even_when_writing_fails(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv

    import skillhire.results_io
    from skillhire import score_spreadsheets

    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = []
    for name, rows in (("applicants.csv", APPLICANTS), ("ratings.csv", RATINGS)):
        with open(inputs / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, list(dict.fromkeys(k for row in rows for k in row)))
            writer.writeheader()
            writer.writerows(rows)
        paths.append(inputs / name)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(skillhire.results_io, "write_results", fail)
    with pytest.raises(OSError, match="disk full"):
        score_spreadsheets(*paths, output=inputs / "out.xlsx")
    assert sorted(p.name for p in private_tmp.iterdir()) == ["in"]
    monkeypatch.undo()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    summary = score_spreadsheets(*paths, output=inputs / "out.xlsx")
    assert summary.applicants_read == summary.applicants_scored + summary.applicants_rejected == 5
    assert sorted(p.name for p in private_tmp.iterdir()) == ["in"]


def test_decisions_read_back_across_records_in_order(private_tmp: Path) -> None:
    kept = [o.hurdles for o in score(None).outcomes.values()]
    many = [kept[i % len(kept)] for i in range(2_503)]  # three records of a thousand, then a partial one
    with DecisionSpill() as spill:
        for hurdles in many:
            spill.add(hurdles)
        assert list(spill.read()) == many
        assert list(spill.read()) == many  # read again: the same
    assert list(private_tmp.iterdir()) == []


def _dead_pid() -> int:
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _folder(root: Path, name: str, owner: str | None) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "rows").write_text("applicant data", encoding="utf-8")
    if owner is not None:
        (folder / "owner.pid").write_text(owner, encoding="ascii")
    return folder


def test_stale_spill_folders_of_dead_processes_are_removed(tmp_path: Path) -> None:
    # a run killed outright (SIGKILL, out of memory) cannot remove its folder of applicant rows; the next spill does,
    # and only folders that are skillhire's, marked, this user's, and whose process is gone
    import os

    dead = _folder(tmp_path, "skillhire-dead", str(_dead_pid()))
    alive = _folder(tmp_path, "skillhire-alive", str(os.getppid()))
    own = _folder(tmp_path, "skillhire-own", str(os.getpid()))
    unmarked = _folder(tmp_path, "skillhire-old", None)
    garbled = _folder(tmp_path, "skillhire-garbled", "not a pid")
    other = _folder(tmp_path, "other-dead", str(_dead_pid()))
    (tmp_path / "skillhire-link").symlink_to(dead)
    assert remove_stale_folders(tmp_path) == [dead]
    assert [p.name for p in sorted(tmp_path.iterdir()) if p.exists()] == [
        other.name, alive.name, garbled.name, unmarked.name, own.name]


def test_every_spill_folder_is_marked_with_its_process() -> None:
    import os

    with DecisionSpill() as spill:
        assert (spill._folder / "owner.pid").read_text(encoding="ascii") == str(os.getpid())
        assert oct(spill._folder.stat().st_mode & 0o777) == "0o700"
