"""Every skill match on the labelled dev set, against a golden file: speed work must not change one output.

The golden file holds each match (skill, offsets, text, score, method, surface form, negation flag, section)
of every dev-set text, with the default options and with every filter switched off (so matches that the
negation, boilerplate and organisation-name rules drop are pinned down too). Rewrite it with
``pytest tests/test_skills_golden.py --update-golden`` only for a change meant to alter matches, and review
the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from skillhire import MatchOptions, map_skills, map_skills_batch

DEV_SET = Path(__file__).resolve().parent.parent / "evaluation" / "skills" / "dev-set.jsonl"
GOLDEN = Path(__file__).resolve().parent / "golden" / "skills_dev_set.jsonl"
ALL_MATCHES = MatchOptions(include_negated=True, skip_boilerplate=False, skip_organization_names=False)


def _row(number: int, options: str, match) -> list:
    return [number, options, match.skill_id, match.start, match.end, match.text, match.score, match.method,
            match.surface_form, match.negated, match.section]


def test_dev_set_matches_equal_the_golden_file(update_golden: bool) -> None:
    records = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    current = []
    for number, record in enumerate(records):
        for name, options in (("default", None), ("all", ALL_MATCHES)):
            current.extend(
                _row(number, name, m) for m in map_skills(record["text"], options=options, section=record["field"])
            )
    # The batch path (one tokenizer pass per text, cues added between texts) gives the same matches.
    batch = [
        _row(number, "default", m)
        for number, found in enumerate(map_skills_batch([r["text"] for r in records], batch_size=64))
        for m in found
    ]
    assert batch == [row[:-1] + [None] for row in current if row[1] == "default"]
    if update_golden:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(row) + "\n" for row in current), encoding="utf-8")
    golden = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(current) == len(golden)
    assert current == golden
