"""Benchmark skill mapping: map_skills_batch against spaCy's bare tokenizer plus one PhraseMatcher.

Both run side by side in one process on the same texts: N texts of about 300 words, built deterministically
from sentences of the dev-set postings (evaluation/skills/dev-set.jsonl). The baseline is what the issue names:
``spacy.blank("en")`` tokenising through ``nlp.tokenizer.pipe`` and one ``PhraseMatcher(attr="LOWER")`` over
the same surface-form patterns, returning raw (match_id, start, end) triples. Beside it runs a like-for-like
baseline, "bare-trimmed": the same, with the tokenizer trimmed of special cases as skillhire's default tokenizer
is (``skillhire.skills.trim_special_cases``), so the two ratios show how much of skillhire's speed is its
cheaper tokenizer and how much its rules cost. Also measured: building the matcher for the bundled taxonomy
(once per process), and one 10 MB text.

The machine is shared, so wall-clock time is noisy: the rounds are interleaved (bare, skillhire, bare,
skillhire, ...), each is timed with ``time.process_time()`` (CPU time of this process, which runs on one core)
as well as wall time, and the headline is the ratio of the median CPU times; the fastest-of-N ratios are shown
too. Both sides are warm: the bare tokenizer and PhraseMatcher are built once, like skillhire's cached matcher,
and every round maps every text again (nothing is cached across rounds but the tokenizers' own word caches).

Usage::

    python benchmarks/bench_skills.py              # 10,000 texts (the issue's figure)
    python benchmarks/bench_skills.py --n 1000     # quicker
    python benchmarks/bench_skills.py --only skillhire --rounds 1 --no-10mb   # one side, e.g. under callgrind

Instruction counts of one warm round (steadier than time on a shared machine): ``--callgrind`` runs two warm
rounds and a full garbage collection, then one round inside ``operator.call``, which callgrind alone counts::

    valgrind --tool=callgrind --toggle-collect=_operator_call \
        python benchmarks/bench_skills.py --n 2000 --only bare --callgrind
    valgrind --tool=callgrind --toggle-collect=_operator_call \
        python benchmarks/bench_skills.py --n 2000 --only skillhire --callgrind

(and ``--only bare-trimmed`` for the like-for-like baseline).
"""

from __future__ import annotations

import argparse
import gc
import json
import operator
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
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


def bare_baseline(patterns: list[str], *, trimmed: bool = False) -> Callable[[list[str]], int]:
    """spaCy's blank("en") tokenizer and one PhraseMatcher over the patterns, built once; the returned function
    maps the texts and returns the number of raw matches.

    With ``trimmed``, the tokenizer has the special cases skillhire's default tokenizer has (the ones that split
    words; abbreviations kept whole by a token match; see ``skillhire.skills.trim_special_cases``) and
    spaCy's own infixes: the like-for-like comparison, which shows the cost of skillhire's rules alone. The
    issue's baseline is the untrimmed one.
    """
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    if trimmed:
        from spacy.lang.en import English

        from skillhire.skills import _tokenizer_copy, trim_special_cases

        rules, whole = trim_special_cases(nlp.tokenizer.rules, prefix_search=nlp.tokenizer.prefix_search)
        nlp.tokenizer = _tokenizer_copy(nlp, English.Defaults.infixes, rules=rules, whole_words=whole)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("SKILL", list(nlp.tokenizer.pipe(patterns)))

    def run(texts: list[str]) -> int:
        found = 0
        for doc in nlp.tokenizer.pipe(texts, batch_size=256):
            found += len(matcher(doc))
        return found

    return run


def skillhire_batch(texts: list[str]) -> int:
    from skillhire import map_skills_batch

    found = 0
    for matches in map_skills_batch(texts):
        found += len(matches)
    return found


def timed(run: Callable[[list[str]], int], texts: list[str]) -> tuple[float, float, int]:
    """(CPU seconds of this process, wall seconds, matches) of one round."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    found = run(texts)
    return time.process_time() - cpu, time.perf_counter() - wall, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of texts (default %(default)s)")
    parser.add_argument("--words", type=int, default=300, help="words per text (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleaved rounds (default %(default)s); medians of CPU time are compared")
    parser.add_argument("--only", choices=["bare", "bare-trimmed", "skillhire"], help="time one side only (for profiling)")
    parser.add_argument("--no-10mb", action="store_true", help="skip the 10 MB single-text run")
    parser.add_argument("--callgrind", action="store_true",
                        help="two warm rounds, then one inside operator.call (for callgrind --toggle-collect)")
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

    sides = {"bare": bare_baseline(patterns), "bare-trimmed": bare_baseline(patterns, trimmed=True),
             "skillhire": skillhire_batch}
    if args.only:
        sides = {args.only: sides[args.only]}
    if args.callgrind:
        for name, run in sides.items():
            run(texts)
            run(texts)
            gc.collect()  # a full collection left for the counted round would add ~70 M to one build's count only
            print(f"{name}: {operator.call(run, texts):,} matches in the counted round")
        return 0
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    found: dict[str, int] = {}
    for _ in range(args.rounds):  # interleaved: bare, bare-trimmed, skillhire, bare, ...
        for name, run in sides.items():
            cpu, wall, found[name] = timed(run, texts)
            runs[name].append((cpu, wall))
    for name, label in (("bare", "bare blank('en') tokenizer + one PhraseMatcher"),
                        ("bare-trimmed", "the same, tokenizer trimmed as skillhire's"),
                        ("skillhire", "skillhire map_skills_batch")):
        if name not in runs:
            continue
        cpus, walls = [r[0] for r in runs[name]], [r[1] for r in runs[name]]
        what = "skill matches" if name == "skillhire" else "raw matches"
        print(f"{label + ':':48} CPU median {statistics.median(cpus):.2f} s = {len(texts) / statistics.median(cpus):,.0f} "
              f"texts/s, fastest {min(cpus):.2f} s; wall median {statistics.median(walls):.2f} s, fastest "
              f"{min(walls):.2f} s ({found[name]:,} {what})")
        print(f"{'':48} CPU s by round: {', '.join(f'{c:.2f}' for c in cpus)}; "
              f"wall s: {', '.join(f'{w:.2f}' for w in walls)}")
    if "skillhire" in runs:
        ours_cpu, ours_wall = ([r[i] for r in runs["skillhire"]] for i in (0, 1))
        for name, what in (("bare", "the bare baseline (the issue's: spaCy's full blank('en') tokenizer)"),
                           ("bare-trimmed", "the like-for-like baseline (bare, tokenizer trimmed as skillhire's)")):
            if name not in runs:
                continue
            bare_cpu, bare_wall = ([r[i] for r in runs[name]] for i in (0, 1))
            headline = statistics.median(bare_cpu) / statistics.median(ours_cpu)
            target = f"; target >= 70%: {'met' if headline >= 0.70 else 'NOT met'}" if name == "bare" else ""
            print(f"skillhire throughput = {headline:.1%} of {what} (ratio of median CPU times over "
                  f"{args.rounds} interleaved rounds{target})")
            print(f"  fastest of {args.rounds}: CPU {min(bare_cpu) / min(ours_cpu):.1%}, wall "
                  f"{min(bare_wall) / min(ours_wall):.1%}; median wall "
                  f"{statistics.median(bare_wall) / statistics.median(ours_wall):.1%}; "
                  f"per round CPU: {', '.join(f'{b / o:.0%}' for b, o in zip(bare_cpu, ours_cpu))}")

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
