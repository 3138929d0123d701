"""Benchmark: translate 100,000 job titles in batch, next to a bare rapidfuzz ``process.cdist`` over the same index.

Workload: a deterministic mix (seed 0) built from the labelled title sets in ``evaluation/titles/`` and from
O*NET titles in the bundled index, varied the way spreadsheets vary them: upper/lower case, grade and series
codes, hiring-path suffixes, and a typo in one title of five. So the batch has repeats (as real sheets do) and
also many distinct strings.

Figures printed (titles per second, wall clock, same process, same ``workers``):

1. ``translate_titles`` over all N titles (index already loaded; the parse cache cleared first);
2. ``translate_titles`` over the distinct titles only (no repeat to exploit);
3. ``translate_titles`` over the distinct titles that no index title matches exactly (all go through cdist);
4. bare ``rapidfuzz.process.cdist(titles, index, scorer=fuzz.ratio, dtype=uint8)`` over the same index keys,
   timed on a sample of the same titles (its cost per title does not depend on repeats), or on all N with
   ``--full-bare``.

Run from the repository root:

    python benchmarks/bench_titles.py [--n 100000] [--workers -1] [--bare-sample 5000] [--full-bare]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import time
import warnings
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from skillhire import titles as titles_module
from skillhire.errors import SkillhireWarning
from skillhire.titles import translate_titles

SETS = [Path("evaluation/titles/dev.csv"), Path("evaluation/titles/holdout.csv")]
SUFFIXES = ["", "", "", ", GS-{series}-{grade}", " (Direct Hire)", " - Remote", " (Term NTE 13 months)",
            " GS-{grade}", " (DHA)", ", Multiple Locations"]


def typo(text: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text[:-1]) if c.isalpha() and text[i + 1].isalpha()]
    if not letters:
        return text
    i = rng.choice(letters)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def workload(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    federal = [row["title"] for path in SETS for row in csv.DictReader(path.open(encoding="utf-8"))]
    onet = titles_module._index().titles
    out = []
    for _ in range(n):
        base = rng.choice(federal) if rng.random() < 0.6 else rng.choice(onet)
        suffix = rng.choice(SUFFIXES).format(series=rng.choice(["2210", "0343", "1560", "0301"]),
                                             grade=rng.randint(5, 15))
        text = base + suffix
        case = rng.random()
        text = text.upper() if case < 0.2 else text.lower() if case < 0.3 else text
        if rng.random() < 0.2:
            text = typo(text, rng)
        out.append(text)
    return out


def timed_translate(batch: list[str], workers: int) -> float:
    for cached in (titles_module._parse_cached, titles_module.normalize_key, titles_module.smart_case,
                   titles_module._clean_working_title):
        cached.cache_clear()
    titles_module._index()._corrections.clear()  # spelling corrections are cached per process too
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        start = time.perf_counter()
        result = translate_titles(batch, workers=workers)
        seconds = time.perf_counter() - start
    assert len(result) == len(batch)
    return seconds


def _needs_fuzzy(title: str, index) -> bool:
    try:
        key = titles_module.parse_title(title).key
    except Exception:
        return False
    return bool(key) and key not in index.exact and titles_module._sorted_key(key) not in index.exact_sorted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="titles in the batch")
    parser.add_argument("--workers", type=int, default=-1, help="rapidfuzz workers for both (-1: all cores)")
    parser.add_argument("--bare-sample", type=int, default=5000, help="titles the bare cdist is timed on")
    parser.add_argument("--full-bare", action="store_true", help="time the bare cdist on all N titles")
    args = parser.parse_args()

    start = time.perf_counter()
    index = titles_module._index()
    titles_module._tables()
    load = time.perf_counter() - start
    batch = workload(args.n)
    distinct = sorted(set(batch))
    print(f"machine: {os.cpu_count()} CPUs; workers={args.workers}; index: {len(index.titles):,} titles "
          f"(loaded in {load:.2f} s, not counted below)")
    print(f"workload: {len(batch):,} titles, {len(distinct):,} distinct")

    seconds = timed_translate(batch, args.workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    ours_all = len(batch) / seconds
    print(f"skillhire translate_titles, all titles:      {ours_all:10,.0f} titles/s ({seconds:.1f} s; "
          f"process peak RSS {peak:.0f} MiB)")
    seconds_distinct = timed_translate(distinct, args.workers)
    ours_distinct = len(distinct) / seconds_distinct
    print(f"skillhire translate_titles, distinct titles: {ours_distinct:10,.0f} titles/s ({seconds_distinct:.1f} s)")

    # The hardest case: distinct titles that no index title matches exactly, so every one goes through cdist.
    fuzzy_only = [t for t in distinct if _needs_fuzzy(t, index)]
    seconds_fuzzy = timed_translate(fuzzy_only, args.workers)
    ours_fuzzy = len(fuzzy_only) / seconds_fuzzy
    print(f"skillhire, distinct titles needing cdist:  {ours_fuzzy:10,.0f} titles/s ({seconds_fuzzy:.1f} s on "
          f"{len(fuzzy_only):,} titles)")

    sample = batch if args.full_bare else random.Random(1).sample(batch, min(args.bare_sample, len(batch)))
    start = time.perf_counter()
    for chunk in range(0, len(sample), 1000):
        process.cdist(sample[chunk:chunk + 1000], index.sorted_keys, scorer=fuzz.ratio, dtype=np.uint8,
                      workers=args.workers)
    bare_seconds = time.perf_counter() - start
    bare = len(sample) / bare_seconds
    print(f"bare rapidfuzz process.cdist:               {bare:10,.0f} titles/s ({bare_seconds:.1f} s on "
          f"{len(sample):,} titles)")
    print(f"ratio to bare: all titles {ours_all / bare:.2f}, distinct titles {ours_distinct / bare:.2f}, "
          f"titles needing cdist {ours_fuzzy / bare:.2f} (target >= 0.50)")


if __name__ == "__main__":
    main()
