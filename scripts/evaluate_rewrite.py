"""Print the plain-language rewrite targets on the development corpus (issue 6).

Usage, from the repository root::

    python scripts/evaluate_rewrite.py [--corpus PATH] [--half odd|even] [--verbose] [--dump PATH] [--duties]

The corpus defaults to ``../shared/data/usajobs-postings-dev.jsonl`` (else ``/work/shared/data/...``): 105 real
USAJOBS announcements. Each record becomes a ``JobPosting`` (its series from the ``series`` field, else the
corpus's ``series_from_title``), is rewritten with every rule, and measured:

* Flesch-Kincaid grade of the qualifications and duties (together), before and after; target median <= 10 and a
  median drop >= 4 grade levels;
* lost facts (numbers, money, dates, grades, emails, URLs, phones, legal statements), over the whole posting;
  target 0;
* dirty-dozen phrases left outside quotations and legal text: strict (all), and outside proper names too; target 0;
* "incumbent" left outside legal text; target 0;
* postings where rewriting the rewrite changes anything (idempotence); target 0.

It also prints what drives the grade after rewriting: the median words per sentence and syllables per word of
the rewritten qualifications and duties, the grade the syllables alone give (11.8 * syllables/word - 15.59),
and a bound on what sentence splitting alone could reach: the median grade if every sentence were cut into
pieces of at most 15 words with no word changed (not a rewrite, an arithmetic limit).

``--duties`` also prints a readability figure for the duty statements of ``tests/test_rewrite_duties.py``: inputs
written by us for the tests (the corpus has no duties text), so a check of what the duty rules do to the grade, not
a held-out measure.

``--half odd`` / ``--half even`` keeps only the records whose 0-based line index in the corpus is odd / even
(line 1 is index 0, even), so a rule developed by reading one half can be checked on the other.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillhire.plain_language import find_dirty_dozen, legal_spans  # noqa: E402
from skillhire.posting import JobPosting, posting_from_usajobs_record  # noqa: E402
from skillhire.readability import score_readability, split_sentences, word_spans  # noqa: E402
from skillhire.rewrite import lost_facts, rewrite_posting  # noqa: E402


def default_corpus() -> Path:
    for folder in (ROOT.parent / "shared" / "data", Path("/work/shared/data")):
        if (folder / "usajobs-postings-dev.jsonl").is_file():
            return folder / "usajobs-postings-dev.jsonl"
    return ROOT.parent / "shared" / "data" / "usajobs-postings-dev.jsonl"


def evaluate(records: list[dict], *, verbose: bool = False, dump: dict | None = None) -> dict[str, float]:
    before, after, drops = [], [], []
    wps, spw, syllable_grade, split_bound = [], [], [], []
    lost = dirty = dirty_outside_names = incumbent = not_idempotent = 0
    lost_examples: list[str] = []
    started = time.perf_counter()
    for record in records:
        record = {**record, "series": record.get("series") or record.get("series_from_title")}
        posting = posting_from_usajobs_record(record)
        result = rewrite_posting(posting)
        if dump is not None:
            dump[str(record["id"])] = {key: text for key, _heading, text in result.posting.sections()}
        old = "\n\n".join(t for t in (posting.qualifications, posting.duties) if t)
        new = "\n\n".join(t for t in (result.posting.qualifications, result.posting.duties) if t)
        if old:
            b, a = score_readability(old).flesch_kincaid_grade, score_readability(new).flesch_kincaid_grade
            before.append(b)
            after.append(a)
            drops.append(b - a)
            scored = score_readability(new)
            wps.append(scored.words_per_sentence)
            spw.append(scored.syllables / scored.words)
            syllable_grade.append(11.8 * scored.syllables / scored.words - 15.59)
            pieces = sum(-(-len(list(word_spans(s.text))) // 15) or 1 for s in split_sentences(new))
            split_bound.append(0.39 * scored.words / pieces + 11.8 * scored.syllables / scored.words - 15.59)
        missing = lost_facts(posting.to_text(), result.posting.to_text())
        lost += len(missing)
        if missing:
            lost_examples.append(f"{record['id']}: {missing[:5]}")
        for _key, _heading, text in result.posting.sections():
            found = find_dirty_dozen(text)
            dirty += len(found)
            dirty_outside_names += len(find_dirty_dozen(text, in_names=False))
            spans = legal_spans(text)
            for m in re.finditer(r"\bincumbents?\b", text, re.IGNORECASE):
                if not any(s <= m.start() < e for s, e in spans):
                    incumbent += 1
                    if verbose:
                        print(f"incumbent left in {record['id']}: ...{text[max(0, m.start() - 60):m.end() + 40]}...")
            if verbose:
                for start, end, entry in found:
                    print(f"dirty dozen '{entry}' in {record['id']}: ...{text[max(0, start - 50):end + 30]}...")
        again = rewrite_posting(result.posting)
        if again.posting != result.posting:
            not_idempotent += 1
    elapsed = time.perf_counter() - started
    if verbose:
        for line in lost_examples:
            print("lost:", line)
    return {
        "postings": len(records),
        "median_fk_before": statistics.median(before),
        "median_fk_after": statistics.median(after),
        "median_fk_drop": statistics.median(drops),
        "share_fk_after_at_most_10": sum(a <= 10 for a in after) / len(after),
        "median_words_per_sentence_after": statistics.median(wps),
        "median_syllables_per_word_after": statistics.median(spw),
        "median_syllable_term_after": statistics.median(syllable_grade),
        "median_fk_if_split_at_15_words": statistics.median(split_bound),
        "lost_facts": lost,
        "dirty_dozen_left": dirty,
        "dirty_dozen_left_outside_names": dirty_outside_names,
        "incumbent_left": incumbent,
        "not_idempotent": not_idempotent,
        "seconds": elapsed,
    }


def duties_figure() -> dict[str, float]:
    """Readability of the duty statements of ``tests/test_rewrite_duties.py`` (written by us for the tests, in the
    style of real announcements; NOT a held-out measure): each duties-section input before, after every rule but the
    two duty rules, and after every rule. Medians of the Flesch-Kincaid grade over the inputs the duty rules change."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("test_rewrite_duties", ROOT / "tests" / "test_rewrite_duties.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts = [text for section, text, expected in module.DUTY_ROWS if section == "duties" and text != expected]
    texts += [text for text, _expected in module.FULL_ROWS]
    before, without, after, wps_without, wps_after = [], [], [], [], []
    for text in texts:
        posting = JobPosting(title="Management Analyst", series="0343", duties=text)
        plain = rewrite_posting(posting, exclude=["duty-statements", "duty-series"]).posting.duties or ""
        full = rewrite_posting(posting).posting.duties or ""
        before.append(score_readability(text).flesch_kincaid_grade)
        scored_without, scored_after = score_readability(plain), score_readability(full)
        without.append(scored_without.flesch_kincaid_grade)
        after.append(scored_after.flesch_kincaid_grade)
        wps_without.append(scored_without.words_per_sentence)
        wps_after.append(scored_after.words_per_sentence)
    return {
        "inputs": len(texts),
        "median_fk_before": statistics.median(before),
        "median_fk_without_duty_rules": statistics.median(without),
        "median_fk_after": statistics.median(after),
        "median_wps_without_duty_rules": statistics.median(wps_without),
        "median_wps_after": statistics.median(wps_after),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--half", choices=("odd", "even"), help="only the records at odd / even 0-based line index")
    parser.add_argument("--verbose", action="store_true", help="print every leftover and lost fact")
    parser.add_argument("--duties", action="store_true", help="also print the readability of the duty statements "
                        "written for tests/test_rewrite_duties.py (ours, not held out)")
    parser.add_argument("--dump", type=Path, help="also write every rewritten section to this JSON file (posting id -> "
                        "section -> text), to diff the outputs of two versions of the rules")
    args = parser.parse_args()
    lines = [line for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.half:
        lines = lines[args.half == "odd"::2]
    records = [json.loads(line) for line in lines]
    dump: dict | None = {} if args.dump else None
    figures = evaluate(records, verbose=args.verbose, dump=dump)
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, sort_keys=True), encoding="utf-8")
    half = f", {args.half}-indexed half" if args.half else ""
    print(f"corpus: {args.corpus.name}{half}, {figures['postings']} postings (qualifications + duties)")
    print(f"median Flesch-Kincaid grade before: {figures['median_fk_before']:.2f}")
    print(f"median Flesch-Kincaid grade after:  {figures['median_fk_after']:.2f}   (target <= 10)")
    print(f"median drop in grade levels:        {figures['median_fk_drop']:.2f}   (target >= 4)")
    print(f"postings at grade 10 or below after: {figures['share_fk_after_at_most_10']:.0%}")
    print(f"  after: median words/sentence {figures['median_words_per_sentence_after']:.2f}, syllables/word "
          f"{figures['median_syllables_per_word_after']:.3f} (alone worth grade {figures['median_syllable_term_after']:.2f})")
    print(f"  bound: median grade if every sentence were cut to <= 15 words: {figures['median_fk_if_split_at_15_words']:.2f}")
    print(f"lost facts:                          {figures['lost_facts']}   (target 0)")
    print(f"dirty-dozen phrases left (outside quotes and legal text): {figures['dirty_dozen_left']}   (target 0)")
    print(f"  of which outside proper names:     {figures['dirty_dozen_left_outside_names']}")
    print(f"'incumbent' left (outside legal text): {figures['incumbent_left']}   (target 0)")
    print(f"postings not idempotent:             {figures['not_idempotent']}   (target 0)")
    print(f"time: {figures['seconds']:.1f} s for rewrite + re-rewrite of every posting")
    if args.duties:
        duty = duties_figure()
        print(f"duty statements WRITTEN BY US for tests/test_rewrite_duties.py (not a held-out measure), "
              f"{duty['inputs']} duties inputs the duty rules change:")
        print(f"  median Flesch-Kincaid grade: before {duty['median_fk_before']:.2f}, every rule but the duty rules "
              f"{duty['median_fk_without_duty_rules']:.2f}, every rule {duty['median_fk_after']:.2f}")
        print(f"  median words/sentence: every rule but the duty rules {duty['median_wps_without_duty_rules']:.2f}, "
              f"every rule {duty['median_wps_after']:.2f}")


if __name__ == "__main__":
    main()
