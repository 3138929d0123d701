"""``skillhire map-skills`` and ``skillhire taxonomy list|show|validate``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_fixtures import run


def test_map_skills_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posting.txt"
    path.write_text("Experience with Python, R and SAS is required.\nKnowledge of Tableau is not required.\n", encoding="utf-8")
    code, out, _ = run(capsys, "map-skills", str(path))
    assert code == 0
    assert out.splitlines() == [
        "         span  text    skill                              domain   method   score",
        "    16-22      Python  python                             data     exact      100",
        "    24-25      R       r-language                         data     exact       85",
        "    30-33      SAS     sas                                data     acronym     95",
        "3 mentions of 3 skills",
    ]


def test_map_skills_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Tableau is not required. Journey mapping."))
    code, out, _ = run(capsys, "map-skills", "-", "--format", "jsonl", "--include-negated")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["skill_id"], r["negated"], r["start"], r["end"]) for r in rows] == [
        ("tableau", True, 0, 7), ("customer-journey-mapping", False, 25, 40),
    ]


def test_map_skills_nothing_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("Nothing to see here.", encoding="utf-8")
    assert run(capsys, "map-skills", str(path))[1] == "No skills found.\n"


def test_map_skills_hyphenated_compounds_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("Wrote plain-language content.\n", encoding="utf-8")
    assert run(capsys, "map-skills", str(path))[1] == "No skills found.\n"
    code, out, _ = run(capsys, "map-skills", str(path), "--hyphenated-compounds", "--format", "jsonl")
    assert code == 0
    assert [(m["text"], m["skill_id"], m["start"]) for m in map(json.loads, out.splitlines())] == [
        ("plain-language", "plain-language", 6)]


def test_map_skills_missing_file_is_one_red_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "map-skills", "no-such-file.txt")
    assert (code, out, err) == (1, "", "Error: no-such-file.txt: does not exist or is not a file\n")


def test_taxonomy_list_and_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "taxonomy", "list")
    assert code == 0 and out.startswith("cx-data-ai  version 2026.11.0: ")
    code, out, _ = run(capsys, "taxonomy", "validate", "cx-data-ai")
    assert code == 0 and out.startswith("cx-data-ai: valid; ") and "4 domains, 18 groups" in out


def test_taxonomy_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "taxonomy", "show", "--domain", "cx")
    assert code == 0
    assert "  cx-research: Customer and user research (17 skills)" in out
    assert "    customer-journey-mapping: Customer journey mapping" in out
    assert "ai-governance" not in out
    code, out, _ = run(capsys, "taxonomy", "show", "--skill", "sql")
    assert json.loads(out)["label"] == "SQL"


def test_taxonomy_validate_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,label,domain,group\nx,,D,G\n", encoding="utf-8")
    code, _, err = run(capsys, "taxonomy", "validate", str(path))
    assert code == 1
    assert err == (f"Error: {path}: 1 bad row: row 2, column 'label': is empty (every skill needs an id, label, "
                   "domain and group)\n")


def test_unknown_taxonomy_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "taxonomy", "show", "cx-data-ia")
    assert (code, err) == (1, "Error: No bundled taxonomy or taxonomy file 'cx-data-ia'. Did you mean 'cx-data-ai'? "
                              "Available: cx-data-ai\n")


@pytest.mark.parametrize("command", [["map-skills"], ["taxonomy"], ["taxonomy", "list"], ["taxonomy", "show"],
                                     ["taxonomy", "validate"]])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0 and "Usage:" in out
