"""What a new user trips on at the command line (the walkthrough of 2026-11-24): warnings, README commands."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from skillhire.cli import main
from tests.scoring_fixtures import applicant, passing, resume_votes
from tests.test_score_cli import write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err


@pytest.mark.filterwarnings("default::skillhire.errors.SkillhireWarning")
def test_a_skillhire_warning_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # A2's resume review is split 1-1 with no third SME: pending, so issuing the GS-13 certificate warns.
    applicants = write_csv(tmp_path / "applicants.csv", [applicant("A1"), applicant("A2")])
    ratings = write_csv(tmp_path / "ratings.csv", passing("A1", 2, 2) + resume_votes("A2", "MF DNMF"))
    code, _, err = run(capsys, "score", str(applicants), "-r", str(ratings), "-o", str(tmp_path / "o.xlsx"), "-q")
    assert code == 0
    assert err == (
        "Warning: GS-13 certificate for (announcing agency): 1 applicant(s) who applied are still pending and "
        "are not on it (see Certificate.pending); finish their ratings, or record why the certificate could "
        "not wait\n"
    )


def test_the_cli_puts_pythons_warning_display_back(capsys: pytest.CaptureFixture[str]) -> None:
    before = warnings.showwarning
    run(capsys, "--version")
    assert warnings.showwarning is before
