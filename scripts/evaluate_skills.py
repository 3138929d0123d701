"""Measure skill matching against the labelled dev set (evaluation/skills/dev-set.jsonl).

A predicted mention counts as correct when it overlaps a gold span of the same skill ("loose" matching, the
issue's measure); each gold span can be matched once. ``--strict`` also requires identical offsets. Figures
are given per domain (the domain of the skill: a false positive counts in the predicted skill's domain, a
miss in the gold skill's domain) and overall, plus span-only figures that ignore which skill was chosen.

Usage::

    python scripts/evaluate_skills.py                 # table of P/R/F1 by domain
    python scripts/evaluate_skills.py --errors 40     # also list false positives and misses
    python scripts/evaluate_skills.py --json          # figures as JSON
    python scripts/evaluate_skills.py --dev-set evaluation/skills/heldout-questionnaires.jsonl   # held-out set
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO / "evaluation" / "skills" / "dev-set.jsonl"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(path: Path = DEV_SET, *, strict: bool = False) -> dict:
    """Score ``map_skills`` on a dev set; returns counts, figures and the error lists."""
    from skillhire import load_taxonomy, map_skills

    taxonomy = load_taxonomy()
    domain_of = {skill.id: skill.domain for skill in taxonomy.skills}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    span_tp = span_fp = span_fn = 0
    false_positives: list[dict] = []
    misses: list[dict] = []
    documents = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        documents += 1
        text = record["text"]
        gold = record["spans"]
        predicted = map_skills(text, taxonomy=taxonomy, section=record["field"])
        used: set[int] = set()
        used_span: set[int] = set()
        for match in predicted:
            hit = None
            any_hit = None
            for index, span in enumerate(gold):
                overlap = span["start"] < match.end and match.start < span["end"]
                if strict:
                    overlap = span["start"] == match.start and span["end"] == match.end
                if not overlap:
                    continue
                if any_hit is None and index not in used_span:
                    any_hit = index
                if hit is None and index not in used and span["skill_id"] == match.skill_id:
                    hit = index
            if any_hit is not None:
                used_span.add(any_hit)
                span_tp += 1
            else:
                span_fp += 1
            if hit is not None:
                used.add(hit)
                tp[match.domain] += 1
            else:
                fp[match.domain] += 1
                false_positives.append(
                    {"doc": f"{record['id']}:{record['field']}", "text": match.text, "skill_id": match.skill_id,
                     "context": text[max(0, match.start - 60) : match.end + 60].replace("\n", " ")}
                )
        for index, span in enumerate(gold):
            if index not in used_span:
                span_fn += 1
            if index in used:
                continue
            domain = domain_of.get(span["skill_id"], "unknown")
            fn[domain] += 1
            misses.append(
                {"doc": f"{record['id']}:{record['field']}", "text": span["text"], "skill_id": span["skill_id"],
                 "context": text[max(0, span["start"] - 60) : span["end"] + 60].replace("\n", " ")}
            )
    rows = {}
    for domain in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = _prf(tp[domain], fp[domain], fn[domain])
        rows[domain] = {"gold": tp[domain] + fn[domain], "predicted": tp[domain] + fp[domain], "correct": tp[domain],
                        "precision": p, "recall": r, "f1": f}
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    rows["all"] = {"gold": sum(tp.values()) + sum(fn.values()), "predicted": sum(tp.values()) + sum(fp.values()),
                   "correct": sum(tp.values()), "precision": p, "recall": r, "f1": f}
    sp, sr, sf = _prf(span_tp, span_fp, span_fn)
    rows["all (span only, any skill)"] = {"gold": span_tp + span_fn, "predicted": span_tp + span_fp,
                                          "correct": span_tp, "precision": sp, "recall": sr, "f1": sf}
    return {"documents": documents, "strict": strict, "figures": rows, "false_positives": false_positives,
            "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev-set", default=str(DEV_SET), help="JSON-lines dev set (default: %(default)s)")
    parser.add_argument("--strict", action="store_true", help="require identical offsets, not just overlap")
    parser.add_argument("--errors", type=int, default=0, help="list up to N false positives and N misses")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = evaluate(Path(args.dev_set), strict=args.strict)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k not in ("false_positives", "misses")}, indent=1))
        return 0
    kind = "strict (identical spans)" if args.strict else "loose (overlapping spans, same skill)"
    print(f"{Path(args.dev_set).name}: {result['documents']} documents; matching: {kind}")
    print(f"{'domain':<28} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for domain, row in result["figures"].items():
        print(f"{domain:<28} {row['gold']:>5} {row['predicted']:>5} {row['correct']:>5} "
              f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
    if args.errors:
        print("\nfalse positives:")
        for item in result["false_positives"][: args.errors]:
            print(f"  {item['skill_id']:<28} {item['text']!r:<30} ...{item['context']}...")
        print("\nmisses:")
        for item in result["misses"][: args.errors]:
            print(f"  {item['skill_id']:<28} {item['text']!r:<30} ...{item['context']}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
