"""The held-out skills sets (evaluation/skills/heldout*-questionnaires.jsonl) are well formed.

This checks the gold files, not the matcher's figures on them (those are published in HELDOUT.md and the
README model card, from ``scripts/evaluate_skills.py --dev-set``): every span's text is ``text[start:end]``,
every skill id is in the bundled taxonomy, no two spans of the same skill overlap, records are unique, the
sample is the documented one (every 4th file, capped excerpts), and no held-out text is in the dev set or in
the other held-out sets.

Set 1 (``heldout-questionnaires.jsonl``) is every 4th questionnaire by sorted file name from index 0;
set 2 (``heldout2-questionnaires.jsonl``) every 4th from index 2; set 3 (``heldout3-questionnaires.jsonl``)
every 4th from index 1; set 4 (``heldout4-questionnaires.jsonl``, the last) every 4th from index 3, so the
four sets partition the 31 files. Two of set 2's files, one of set 3's and three of set 4's use the newer
preview layout without a ``Preferences`` section, so they have a questionnaire record only; one of set 3's
files (12764722) has no ``Assessment 1`` section either, so it gives no record.

Where the source questionnaires are present (``/work/shared``, build time only), each file is also rebuilt
from its build script and compared byte for byte, which proves that a later set's build left the earlier
sets unchanged.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

from skillhire import load_taxonomy

FOLDER = Path(__file__).resolve().parent.parent / "evaluation" / "skills"
DEV_SET = FOLDER / "dev-set.jsonl"
KEYS = {"id", "field", "title", "text", "spans"}
SPAN_KEYS = {"start", "end", "text", "skill_id"}
CAPS = {"preferences": 1500, "questionnaire": 6000}
BOTH = ("preferences", "questionnaire")
Q_ONLY = ("questionnaire",)
# The documented samples: file number -> fields present, gold spans by domain, total characters.
SETS = {
    "heldout-questionnaires.jsonl": {
        "sample": [(n, BOTH) for n in ("12608112", "12751005", "12755051", "12758082", "12764409", "12769947",
                                       "12784752", "12795217")],
        "domains": {"ai": 10, "cx": 29, "data": 21, "digital": 65},
        "characters": 56374,
    },
    "heldout2-questionnaires.jsonl": {
        "sample": [
            (n, BOTH) for n in ("12746078", "12754529", "12756919", "12759119", "12766489", "12773217")
        ]
        + [("12789063", Q_ONLY), ("12809588", Q_ONLY)],
        "domains": {"ai": 5, "cx": 21, "data": 36, "digital": 25},
        "characters": 48004,
    },
    "heldout3-questionnaires.jsonl": {
        # 12764722 (the 5th file) has neither Preferences nor Assessment 1: no record.
        "sample": [("12721894", Q_ONLY)]
        + [(n, BOTH) for n in ("12752909", "12755848", "12759079", "12771679", "12788103", "12795922")],
        "domains": {"cx": 20, "data": 40, "digital": 44},
        "characters": 45977,
    },
    "heldout4-questionnaires.jsonl": {
        "sample": [(n, BOTH) for n in ("12750087", "12754616", "12756954")]
        + [(n, Q_ONLY) for n in ("12761506", "12766531", "12773376")]
        + [("12789173", BOTH)],
        "domains": {"cx": 15, "data": 55, "digital": 90},
        "characters": 44126,
    },
}
# The sample rule of each set: every 4th file in sorted name order from this index (HELDOUT.md).
FIRST_INDEX = {
    "heldout-questionnaires.jsonl": 0,
    "heldout2-questionnaires.jsonl": 2,
    "heldout3-questionnaires.jsonl": 1,
    "heldout4-questionnaires.jsonl": 3,
}
BUILD_SCRIPT = {
    "heldout-questionnaires.jsonl": "heldout_build.py",
    "heldout2-questionnaires.jsonl": "heldout2_build.py",
    "heldout3-questionnaires.jsonl": "heldout3_build.py",
    "heldout4-questionnaires.jsonl": "heldout4_build.py",
}
SOURCE = Path("/work/shared/data/usastaffing-questionnaires")
needs_source = pytest.mark.skipif(
    not SOURCE.is_dir(),
    reason="the USA Staffing questionnaires (/work/shared, build time only) are not present",
)


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (FOLDER / name).read_text(encoding="utf-8").splitlines()]


RECORDS = {name: _records(name) for name in SETS}
ALL = [(name, record) for name, records in RECORDS.items() for record in records]


@pytest.mark.parametrize("name", SETS)
def test_sample_is_the_documented_one(name: str) -> None:
    expected = [(f"usq-{number}", field) for number, fields in SETS[name]["sample"] for field in fields]
    assert [(r["id"], r["field"]) for r in RECORDS[name]] == expected


def _case_id(value: object) -> str:
    return f"{value['id']}:{value['field']}" if isinstance(value, dict) else str(value)


@pytest.mark.parametrize(("name", "record"), ALL, ids=_case_id)
def test_record_is_well_formed(name: str, record: dict) -> None:
    assert set(record) == KEYS
    text = record["text"]
    # Excerpts are cut at a line boundary, start at their section header and stay within the cap.
    assert 0 < len(text) <= CAPS[record["field"]]
    assert text.endswith("\n")
    header = {"preferences": "Preferences\n", "questionnaire": "Assessment 1\n"}[record["field"]]
    assert text.startswith(header)
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


@pytest.mark.parametrize("name", SETS)
def test_boilerplate_fields_carry_no_skills(name: str) -> None:
    """Application boilerplate (political appointee, locations, 'how did you hear') has no skill mentions."""
    preferences = [r for r in RECORDS[name] if r["field"] == "preferences"]
    assert preferences
    assert [(r["id"], r["spans"]) for r in preferences] == [(r["id"], []) for r in preferences]


@pytest.mark.parametrize("name", SETS)
def test_gold_counts_per_domain(name: str) -> None:
    """The gold sizes are the ones HELDOUT.md documents."""
    domain = {skill.id: skill.domain for skill in load_taxonomy().skills}
    counts = Counter(domain[span["skill_id"]] for r in RECORDS[name] for span in r["spans"])
    assert counts == SETS[name]["domains"]
    assert sum(len(r["text"]) for r in RECORDS[name]) == SETS[name]["characters"]


def _long_lines(records: list[dict]) -> set[str]:
    return {line.strip() for r in records for line in r["text"].splitlines() if len(line) >= 80}


@pytest.mark.parametrize("name", SETS)
def test_heldout_texts_are_not_in_the_dev_set(name: str) -> None:
    """The held-out texts are new to the matcher's tuning data: no excerpt line of 80+ characters is in it."""
    dev_lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    dev_text = "\n".join(json.loads(line)["text"] for line in dev_lines)
    assert sorted(line for line in _long_lines(RECORDS[name]) if line in dev_text) == []


def _labelled_lines(records: list[dict]) -> set[str]:
    return {
        r["text"][r["text"].rfind("\n", 0, s["start"]) + 1 : r["text"].find("\n", s["start"])].strip()
        for r in records
        for s in r["spans"]
    }


@pytest.mark.parametrize(("earlier", "later"), list(itertools.combinations(SETS, 2)))
def test_heldout_sets_share_no_file_and_no_labelled_line(earlier: str, later: str) -> None:
    """Each set is disjoint from the earlier ones (used for tuning): no file, and no line with a gold span.

    Lines shared by two sets are USA Staffing boilerplate (answer scales, instructions), not skill questions.
    """
    first, second = RECORDS[earlier], RECORDS[later]
    assert {r["id"] for r in first}.isdisjoint(r["id"] for r in second)
    first_lines = {line.strip() for r in first for line in r["text"].splitlines()}
    labelled_lines = _labelled_lines(second)
    assert len(labelled_lines) > 30
    assert sorted(labelled_lines & first_lines) == []


@needs_source
def test_samples_follow_the_file_rule_and_partition_the_files() -> None:
    """Each set's files are every 4th of the sorted listing from its index; together they use all 31 once."""
    names = sorted(path.stem.split("_")[1] for path in SOURCE.glob("usastaffing_*.txt"))
    assert len(names) == 31
    used: list[str] = []
    for name, first in FIRST_INDEX.items():
        rule = names[first::4]
        assert {r["id"].removeprefix("usq-") for r in RECORDS[name]} <= set(rule)
        used += rule
    assert sorted(used) == names
    # Set 3's rule file without a record is the one with no questionnaire section; every other file has one.
    with_records = {r["id"].removeprefix("usq-") for records in RECORDS.values() for r in records}
    assert sorted(set(names) - with_records) == ["12764722"]
    # Set 4 is indexes 3, 7, ..., 27: the seven files the lead fixed before any of them was read.
    assert names[3::4] == ["12750087", "12754616", "12756954", "12761506", "12766531", "12773376", "12789173"]


def _load_build_script(filename: str):
    spec = importlib.util.spec_from_file_location(filename.removesuffix(".py"), FOLDER / filename)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_source
@pytest.mark.parametrize("name", SETS)
def test_set_rebuilds_byte_for_byte(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The committed file is exactly what its build script writes from the source (gold and excerpts)."""
    module = _load_build_script(BUILD_SCRIPT[name])
    out = tmp_path / name
    paths = module.sample_files(first=FIRST_INDEX[name])
    assert module.build([], paths=paths, gold=module.GOLD, out=out) == 0
    assert out.read_bytes() == (FOLDER / name).read_bytes()
    printed = capsys.readouterr().out
    assert printed.startswith(f"{len(RECORDS[name])} records, {SETS[name]['characters']} characters")
