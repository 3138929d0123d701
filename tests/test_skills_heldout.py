"""The held-out skills set (evaluation/skills/heldout-questionnaires.jsonl) is well formed.

This checks the gold file, not the matcher's figures on it (those are published in HELDOUT.md and the README
model card, from ``scripts/evaluate_skills.py --dev-set``): every span's text is ``text[start:end]``, every
skill id is in the bundled taxonomy, no two spans of the same skill overlap, records are unique, and the sample
is the documented one (8 files, two fields each, capped excerpts).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from skillhire import load_taxonomy

HELDOUT = Path(__file__).resolve().parent.parent / "evaluation" / "skills" / "heldout-questionnaires.jsonl"
DEV_SET = HELDOUT.with_name("dev-set.jsonl")
KEYS = {"id", "field", "title", "text", "spans"}
SPAN_KEYS = {"start", "end", "text", "skill_id"}
# The documented sample: every 4th questionnaire by sorted file name, starting with the first.
SAMPLE = ["12608112", "12751005", "12755051", "12758082", "12764409", "12769947", "12784752", "12795217"]
CAPS = {"preferences": 1500, "questionnaire": 6000}


def _records() -> list[dict]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]


RECORDS = _records()


def test_sample_is_the_documented_one() -> None:
    assert [(r["id"], r["field"]) for r in RECORDS] == [
        (f"usq-{number}", field) for number in SAMPLE for field in ("preferences", "questionnaire")
    ]
    assert Counter(r["field"] for r in RECORDS) == {"preferences": 8, "questionnaire": 8}


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{r['id']}:{r['field']}")
def test_record_is_well_formed(record: dict) -> None:
    assert set(record) == KEYS
    text = record["text"]
    # Excerpts are cut at a line boundary, start at their section header and stay within the cap.
    assert 0 < len(text) <= CAPS[record["field"]]
    assert text.endswith("\n")
    assert text.startswith({"preferences": "Preferences\n", "questionnaire": "Assessment 1\n"}[record["field"]])
    ids = {skill.id for skill in load_taxonomy().skills}
    previous_end: dict[str, int] = {}
    for span in record["spans"]:
        assert set(span) == SPAN_KEYS
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
        assert span["text"] == span["text"].strip()
        assert span["skill_id"] in ids, span
        # Spans are sorted by start; two spans of the same skill never overlap.
        assert span["start"] >= previous_end.get(span["skill_id"], 0), span
        previous_end[span["skill_id"]] = span["end"]
    assert record["spans"] == sorted(record["spans"], key=lambda s: (s["start"], s["end"]))


def test_boilerplate_fields_carry_no_skills() -> None:
    """Application boilerplate (political appointee, locations, 'how did you hear') has no skill mentions."""
    assert {(r["id"], len(r["spans"])) for r in RECORDS if r["field"] == "preferences"} == {
        (f"usq-{number}", 0) for number in SAMPLE
    }


def test_gold_counts_per_domain() -> None:
    domain = {skill.id: skill.domain for skill in load_taxonomy().skills}
    counts = Counter(domain[span["skill_id"]] for r in RECORDS for span in r["spans"])
    assert counts == {"ai": 10, "cx": 29, "data": 21, "digital": 65}
    assert sum(len(r["text"]) for r in RECORDS) == 56374


def test_heldout_texts_are_not_in_the_dev_set() -> None:
    """The held-out texts are new to the matcher's tuning data: no excerpt line of 80+ characters is in it."""
    dev_text = "\n".join(json.loads(line)["text"] for line in DEV_SET.read_text(encoding="utf-8").splitlines())
    shared = [
        line
        for record in RECORDS
        for line in record["text"].splitlines()
        if len(line) >= 80 and line.strip() in dev_text
    ]
    assert shared == []
