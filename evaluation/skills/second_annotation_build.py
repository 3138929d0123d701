"""Build ``second-annotation.jsonl``, an independent second annotation of a sample of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_build.py                    # texts + the GOLD below -> jsonl

Why (HELDOUT.md, "Second annotation of the dev set"): ``dev-set.jsonl`` was annotated by the matcher's author,
starting from the matcher's proposals. This sample was labelled again, blind, by an annotator who had not seen
the matcher's output on these texts nor the dev set's spans for them.

Sample (fixed, seed ``SEED``): the dev set's records that are not ``title`` and whose text is not empty, at most
one field per announcement, drawn without replacement with probability proportional to ``WEIGHTS[field]``
(Efraimidis-Spirakis keys ``u ** (1 / w)`` from ``random.Random(SEED)``, records in file order), taken in key
order while the running total stays at or under ``MAX_CHARS``, until it reaches ``TARGET_CHARS``. A field
that would push the total over ``MAX_CHARS`` is skipped (whole fields only, so both annotations cover the same
text). The weights favour the fields where announcements ask for skills: ``qualifications`` (specialized
experience, KSAs) most, then ``evaluations`` and ``summary``, then ``education`` and ``requirements``
(mostly degree rules and conditions of employment).

The dev set is read only through ``_dev_fields``, which drops ``spans``: the second annotator never saw them.

Gold: ``GOLD[key]`` lists ``(phrase, skill_id)`` (every whole-word, case-sensitive occurrence of the phrase in
the record is labelled) or ``(phrase, skill_id, n)`` (only the n-th occurrence, counting from 0), as in the
held-out sets' build scripts. ``_spans`` finds the offsets, so ``text[start:end] == span["text"]`` always holds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "dev-set.jsonl"
OUT = HERE / "second-annotation.jsonl"
SEED = 20261124
TARGET_CHARS = 40_000
MAX_CHARS = 42_000
WEIGHTS = {"qualifications": 4.0, "evaluations": 2.0, "summary": 2.0, "education": 1.0, "requirements": 1.0}


def _dev_fields(path: Path = DEV_SET) -> list[dict]:
    """The dev set's records without their ``spans`` (the only place this script reads the dev set)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records.append({key: record[key] for key in ("id", "field", "title", "text")})
    return records


def sample_records(records: list[dict], *, seed: int = SEED) -> list[dict]:
    """The fixed weighted sample described in the module docstring, in the dev set's order."""
    rng = random.Random(seed)
    keyed = []
    for index, record in enumerate(records):
        if record["field"] == "title" or not record["text"].strip():
            continue
        weight = WEIGHTS[record["field"]]
        keyed.append((rng.random() ** (1.0 / weight), index))
    keyed.sort(reverse=True)
    chosen: list[int] = []
    announcements: set[str] = set()
    total = 0
    for _, index in keyed:
        record = records[index]
        if record["id"] in announcements or total + len(record["text"]) > MAX_CHARS:
            continue
        chosen.append(index)
        announcements.add(record["id"])
        total += len(record["text"])
        if total >= TARGET_CHARS:
            break
    return [records[index] for index in sorted(chosen)]


def _spans(text: str, entries: list[tuple], key: str) -> list[dict]:
    spans = []
    for entry in entries:
        phrase, skill_id = entry[0], entry[1]
        hits = list(re.finditer(r"(?<![A-Za-z0-9])" + re.escape(phrase) + r"(?![A-Za-z0-9])", text))
        if not hits:
            raise SystemExit(f"{key}: {phrase!r} not found")
        if len(entry) == 3:
            if entry[2] >= len(hits):
                raise SystemExit(f"{key}: {phrase!r} has {len(hits)} occurrences, not {entry[2] + 1}")
            hits = [hits[entry[2]]]
        for m in hits:
            spans.append({"start": m.start(), "end": m.end(), "text": m.group(), "skill_id": skill_id})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise SystemExit(f"{key}: overlapping spans {a} and {b}")
    return spans


def build(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts-only", help="write the sample's texts (no spans) to DIR, one file per field")
    parser.add_argument("--show", action="store_true", help="print every gold span in its context")
    args = parser.parse_args(argv)
    records = sample_records(_dev_fields())
    if args.texts_only:
        folder = Path(args.texts_only)
        folder.mkdir(parents=True, exist_ok=True)
        for r in records:
            (folder / f"{r['id']}.{r['field']}.txt").write_text(r["text"], encoding="utf-8")
        with (folder / "sample.jsonl").open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{len(records)} records, {sum(len(r['text']) for r in records)} characters -> {folder}")
        return 0
    from skillhire import load_taxonomy

    ids = {s.id for s in load_taxonomy().skills}
    keys = {f"{r['id']}:{r['field']}" for r in records}
    unknown = sorted(set(GOLD) - keys)
    if unknown:
        raise SystemExit(f"gold for records not in the sample: {unknown}")
    lines = []
    for r in records:
        key = f"{r['id']}:{r['field']}"
        entries = GOLD.get(key, [])
        bad = [e[1] for e in entries if e[1] not in ids]
        if bad:
            raise SystemExit(f"{key}: unknown skill ids {bad}")
        r["spans"] = _spans(r["text"], entries, key)
        if args.show:
            for s in r["spans"]:
                left = r["text"][max(0, s["start"] - 50) : s["start"]].replace("\n", " ")
                right = r["text"][s["end"] : s["end"] + 30].replace("\n", " ")
                print(f"{key:<34} {s['skill_id']:<30} ...{left}[[{s['text']}]]{right}...")
        lines.append(json.dumps(r, ensure_ascii=False))
    tmp = OUT.with_suffix(".jsonl.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{len(records)} records, {sum(len(r['text']) for r in records)} characters, "
          f"{sum(len(r['spans']) for r in records)} spans -> {OUT}")
    return 0


GOLD: dict[str, list[tuple]] = {}


if __name__ == "__main__":
    sys.exit(build())
