"""Measure title translation against a labelled set: top-1 and top-3 SOC accuracy, clean working titles.

The labelled set is a CSV with columns ``title, series, grade, acceptable_soc, source``; ``acceptable_soc``
holds every O*NET-SOC code a careful labeller accepts for the title, space-separated. A prediction is right
at top-1 when ``soc_code`` is acceptable, and at top-3 when the answer or one of its first two alternatives
is. A working title is clean when it has no parenthesis, no series number or grade, no pay-plan code and is
not written in all capitals.

Run from the repository root:

    python scripts/evaluate_titles.py [evaluation/titles/dev.csv] [--show-errors] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import warnings
from pathlib import Path

from skillhire.errors import SkillhireWarning
from skillhire.titles import translate_titles

DEFAULT_SET = Path("evaluation/titles/dev.csv")
_UNCLEAN = re.compile(r"[()\[\]]|\b\d{4}\b|\b(?:GS|GG|GM|CG|NF|GL)[\s-]*\d|\bgrade\b", re.IGNORECASE)


def clean_title(title: str) -> bool:
    """True when a working title follows the rules: no parenthesis, code, grade or all caps."""
    letters = [c for c in title if c.isalpha()]
    all_caps = any(len(w) >= 4 for w in re.findall(r"[A-Za-z]+", title)) and all(c.isupper() for c in letters)
    return bool(title.strip()) and not _UNCLEAN.search(title) and not all_caps


def read_set(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for number, row in enumerate(rows, start=2):
        if not row.get("title") or not row.get("acceptable_soc"):
            raise SystemExit(f"{path}: row {number} needs a title and acceptable_soc")
    return rows


def evaluate(rows: list[dict[str, str]]) -> dict:
    """Figures and per-row outcomes for the labelled ``rows``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        start = time.perf_counter()
        matches = translate_titles(
            [r["title"] for r in rows],
            series=[r.get("series") or None for r in rows],
            grades=[r.get("grade") or None for r in rows],
        )
        seconds = time.perf_counter() - start
    outcomes = []
    for row, match in zip(rows, matches):
        acceptable = set(row["acceptable_soc"].split())
        top3 = [match.soc_code, *(a.soc_code for a in match.alternatives[:2])]
        outcomes.append({
            "title": row["title"],
            "series": row.get("series", ""),
            "grade": row.get("grade", ""),
            "acceptable": sorted(acceptable),
            "predicted_title": match.title,
            "predicted_soc": match.soc_code,
            "score": match.score,
            "low_confidence": match.low_confidence,
            "top1": match.soc_code in acceptable,
            "top3": any(code in acceptable for code in top3 if code),
            "clean": clean_title(match.title),
        })
    n = len(outcomes)
    low = [o for o in outcomes if o["low_confidence"]]
    confident = [o for o in outcomes if not o["low_confidence"]]
    return {
        "titles": n,
        "top1": sum(o["top1"] for o in outcomes) / n,
        "top3": sum(o["top3"] for o in outcomes) / n,
        "clean": sum(o["clean"] for o in outcomes) / n,
        "low_confidence": len(low),
        "top1_when_confident": (sum(o["top1"] for o in confident) / len(confident)) if confident else None,
        "top1_when_low_confidence": (sum(o["top1"] for o in low) / len(low)) if low else None,
        "seconds": seconds,
        "outcomes": outcomes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="?", type=Path, default=DEFAULT_SET, help="labelled CSV (default: dev set)")
    parser.add_argument("--show-errors", action="store_true", help="list every title missed at top-1")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = evaluate(read_set(args.labelled))
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "outcomes"}, indent=2))
    else:
        print(f"labelled set:        {args.labelled} ({result['titles']} titles)")
        print(f"top-1 SOC accuracy:  {result['top1']:.3f}")
        print(f"top-3 SOC accuracy:  {result['top3']:.3f}")
        print(f"clean working title: {result['clean']:.3f}")
        print(f"low-confidence:      {result['low_confidence']} "
              f"(top-1 {result['top1_when_low_confidence'] if result['top1_when_low_confidence'] is not None else 'n/a'})")
        print(f"top-1 when confident: {result['top1_when_confident']:.3f}")
        print(f"time:                {result['seconds']:.2f} s (includes loading the index)")
    if args.show_errors:
        for o in result["outcomes"]:
            if not (o["top1"] and o["clean"]):
                flag = "" if o["top3"] else " [not in top-3]"
                print(f"MISS{flag}: {o['title']!r} (series {o['series'] or '-'}) -> {o['predicted_title']!r} "
                      f"{o['predicted_soc']} score {o['score']}; acceptable {' '.join(o['acceptable'])}",
                      file=sys.stderr)


if __name__ == "__main__":
    main()
