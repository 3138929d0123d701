"""Benchmark skill mapping: map_skills_batch against spaCy's bare tokenizer plus one PhraseMatcher.

Both run side by side in one process on the same texts: N texts of about 300 words, built deterministically
from sentences of the dev-set postings (evaluation/skills/dev-set.jsonl). The baseline is what the issue names:
``spacy.blank("en")`` tokenising through ``nlp.tokenizer.pipe`` and one ``PhraseMatcher(attr="LOWER")`` over
the same surface-form patterns, returning raw (match_id, start, end) triples. Also measured: building the
matcher for the bundled taxonomy (once per process), and one 10 MB text.

Usage::

    python benchmarks/bench_skills.py              # 10,000 texts (the issue's figure)
    python benchmarks/bench_skills.py --n 1000     # quicker
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_texts(n: int, words: int = 300, seed: int = 2026) -> list[str]:
    """``n`` texts of about ``words`` words, each a random sample of real posting sentences."""
    sentences: list[str] = []
    for line in (REPO / "evaluation" / "skills" / "dev-set.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences.extend(s.strip() for s in re.split(r"(?<=[.;])\s+", text) if len(s.split()) >= 5)
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        chosen: list[str] = []
        count = 0
        while count < words:
            sentence = rng.choice(sentences)
            chosen.append(sentence)
            count += len(sentence.split())
        texts.append(" ".join(chosen))
    return texts


def bare_baseline(texts: list[str], patterns: list[str]) -> tuple[float, int]:
    """spaCy's blank("en") tokenizer and one PhraseMatcher over the patterns; returns (seconds, matches)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("SKILL", list(nlp.tokenizer.pipe(patterns)))
    found = 0
    start = time.perf_counter()
    for doc in nlp.tokenizer.pipe(texts, batch_size=256):
        found += len(matcher(doc))
    return time.perf_counter() - start, found


def skillhire_batch(texts: list[str]) -> tuple[float, int]:
    from skillhire import map_skills_batch

    found = 0
    start = time.perf_counter()
    for matches in map_skills_batch(texts):
        found += len(matches)
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of texts (default %(default)s)")
    parser.add_argument("--words", type=int, default=300, help="words per text (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternating rounds (default %(default)s); the fastest of each is compared, as timeit does")
    parser.add_argument("--no-10mb", action="store_true", help="skip the 10 MB single-text run")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    import skillhire  # noqa: F401  (import cost is reported, and must not build the matcher)

    import_seconds = time.perf_counter() - t0
    spacy_loaded = "spacy" in sys.modules
    from skillhire.skills import get_matcher
    from skillhire.taxonomy import load_taxonomy

    t0 = time.perf_counter()
    import spacy  # noqa: F401  (timed apart: the matcher build below then excludes importing spaCy)

    spacy_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    taxonomy = load_taxonomy()
    load_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    matcher = get_matcher(taxonomy)
    build_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    get_matcher(taxonomy)
    cached_seconds = time.perf_counter() - t0
    patterns = sorted({form.text for skill in taxonomy.skills for form in skill.surface_forms()})

    texts = make_texts(args.n, args.words)
    total_words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts):,} of ~{args.words} words ({total_words:,} words, {sum(map(len, texts)):,} chars)")
    print(f"import skillhire: {import_seconds:.3f} s (spaCy imported: {spacy_loaded})")
    print(f"import spaCy: {spacy_seconds:.3f} s; load bundled taxonomy: {load_seconds:.3f} s; build matcher "
          f"(blank('en') + patterns): {build_seconds:.3f} s; cached call: {cached_seconds * 1000:.3f} ms; "
          f"patterns: {len(matcher.entries):,}")

    bare_runs, ours_runs = [], []
    for _ in range(args.rounds):
        seconds, bare_found = bare_baseline(texts, patterns)
        bare_runs.append(seconds)
        seconds, ours_found = skillhire_batch(texts)
        ours_runs.append(seconds)
    bare, ours = min(bare_runs), min(ours_runs)
    print(f"bare blank('en') tokenizer + one PhraseMatcher: {bare:.2f} s, {len(texts) / bare:,.0f} texts/s "
          f"({bare_found:,} raw matches)")
    print(f"skillhire map_skills_batch:                      {ours:.2f} s, {len(texts) / ours:,.0f} texts/s "
          f"({ours_found:,} skill matches)")
    print(f"skillhire throughput = {bare / ours:.0%} of the bare baseline (fastest of {args.rounds} rounds each; "
          f"target >= 70%); medians: {statistics.median(bare_runs):.2f} s vs {statistics.median(ours_runs):.2f} s "
          f"= {statistics.median(bare_runs) / statistics.median(ours_runs):.0%}")

    if not args.no_10mb:
        from skillhire import map_skills

        big = " ".join(texts)
        while len(big) < 10_000_000:
            big += " " + big
        big = big[:10_000_000]
        t0 = time.perf_counter()
        found = map_skills(big)
        seconds = time.perf_counter() - t0
        assert all(big[m.start : m.end] == m.text for m in found)
        print(f"one 10 MB text: {seconds:.1f} s, {len(found):,} matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
