"""``skillhire assessment list|show|schema``."""

from __future__ import annotations

import json

import pytest

from skillhire import assessment_schema, load_assessment
from skillhire.cli import main


def run(args, capsys):
    with pytest.raises(SystemExit) as caught:
        main(args)
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err


def test_assessment_list(capsys):
    assert run(["assessment", "list"], capsys) == (0, "smeqa-standard\n", "")


def test_assessment_show_prints_the_description(capsys):
    code, out, _ = run(["assessment", "show", "smeqa-standard"], capsys)
    assert code == 0
    assert out == load_assessment("smeqa-standard").describe() + "\n"
    assert "Transmutation: 1+1 -> 70, 1+2 -> 85, 2+1 -> 85, 2+2 -> 100" in out
    assert "  1. resume_review (Resume review): 2 concordant SME votes per competency" in out


def test_assessment_show_json_and_file(tmp_path, capsys):
    code, out, _ = run(["assessment", "show", "--json"], capsys)
    data = json.loads(out)
    assert (code, data["name"]) == (0, "smeqa-standard")
    data["name"] = "mine"
    data["rating_method"] = "numerical"
    data["numerical_top_n"] = 5
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(["assessment", "show", str(path)], capsys)
    assert "Numerical ranking (5 CFR 332.401): certify top 5" in out


def test_assessment_schema(capsys):
    code, out, _ = run(["assessment", "schema"], capsys)
    assert code == 0 and json.loads(out) == assessment_schema()


def test_unknown_assessment_is_one_clean_error_line(capsys):
    code, out, err = run(["assessment", "show", "smeqa"], capsys)
    assert (code, out) == (1, "")
    assert err == "Error: No bundled assessment 'smeqa'. Available: smeqa-standard\n"
