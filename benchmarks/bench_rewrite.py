"""Benchmark: rewrite 1,000 announcements; print postings per second and the share of time in readability.

Usage, from the repository root::

    python benchmarks/bench_rewrite.py [--postings 1000] [--corpus PATH]

The announcements are the 105 real postings of the development corpus (``../shared/data/usajobs-postings-dev.jsonl``)
repeated to the requested count; every copy gets its number appended to each section, so no cache inside
skillhire sees the same text twice. Readability time is measured by wrapping ``score_readability`` (the before
and after figures of every section). The one-off cost of loading the CMU dictionary and the title index is
paid before timing starts and printed separately.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import skillhire.rewrite as rewrite_module  # noqa: E402
from skillhire.posting import SECTION_FIELDS, posting_from_usajobs_record  # noqa: E402
from skillhire.readability import score_readability  # noqa: E402


def main() -> None:
    default = ROOT.parent / "shared" / "data" / "usajobs-postings-dev.jsonl"
    if not default.is_file():
        default = Path("/work/shared/data/usajobs-postings-dev.jsonl")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = [posting_from_usajobs_record({**r, "series": r["series"] or r["series_from_title"]}) for r in records]
    postings = []
    for i in range(args.postings):
        posting = base[i % len(base)]
        updates = {name: f"{getattr(posting, name)} Copy {i}." for name, _ in SECTION_FIELDS if getattr(posting, name)}
        postings.append(posting.model_copy(update=updates))

    started = time.perf_counter()
    rewrite_module.rewrite_posting(base[0])  # loads the CMU dictionary, word lists and title index
    warm_up = time.perf_counter() - started

    spent = [0.0]

    def timed(text: str):
        t = time.perf_counter()
        try:
            return score_readability(text)
        finally:
            spent[0] += time.perf_counter() - t

    rewrite_module.score_readability = timed  # type: ignore[assignment]
    changes = findings = 0
    cpu_started = time.process_time()
    started = time.perf_counter()
    for posting in postings:
        result = rewrite_module.rewrite_posting(posting)
        changes += len(result.changes)
        findings += len(result.findings)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"postings: {len(postings)} ({len(base)} distinct announcements, each copy altered)")
    print(f"warm-up (dictionary, word lists, title index): {warm_up:.2f} s")
    print(f"rewrite: {elapsed:.1f} s wall, {len(postings) / elapsed:.1f} postings/s")
    print(f"readability scoring: {spent[0]:.1f} s = {spent[0] / elapsed:.1%} of the rewrite time")
    print(f"changes: {changes} ({changes / len(postings):.1f} per posting); findings: {findings}")
    print(f"CPU time: {cpu:.1f} s, {len(postings) / cpu:.1f} postings per CPU second (wall time includes waiting "
          "for a shared CPU)")


if __name__ == "__main__":
    main()
