"""Held-out check of the plain-language rewriter on real USA Staffing questionnaires (issue 6).

Usage, from the repository root::

    python scripts/evaluate_rewrite_heldout.py [FOLDER] [--verbose] [--markdown PATH] [--dump PATH]

FOLDER defaults to ``../shared/data/usastaffing-questionnaires`` (else ``/work/shared/data/...``): 31 real USA
Staffing applicant questionnaires (see its ``index.json``). Every rewrite rule was developed on
``usajobs-postings-dev.jsonl`` (qualifications only, no duties text); these questionnaires were never read while
developing a rule, so they check the rewriter's safety and generality on text it was not tuned on: conditions of
employment that speak of "the incumbent" and "the appointee", yes/no questions with "A. Yes / B. No" answers,
and assessment task statements that read like duties.

Each questionnaire is rewritten in two views:

* ``whole``: the file's text as is, through ``rewrite_posting(text)`` (``parse_posting`` finds the sections);
* ``sections``: a ``JobPosting`` built from the index (title, agency, announcement number) whose
  ``conditions_of_employment`` is the "Conditions of Employment" block and whose ``duties`` is the assessment
  block (task statements and their answer scales), from "Assessment 1" to the page footer ("Terms of Use").
  Files without a "Conditions of Employment" block have only duties.

Per file and in total it reports: lost facts (``lost_facts`` over the whole posting text, the same check the
corpus test uses), postings where rewriting the rewrite changes anything (idempotence), "incumbent" /
"appointee" / "selectee" left outside legal text (all, and those naming the reader: "incumbent" and "selectee"
anywhere, "appointee" after "the"; "a political appointee" is a category the applicant answers about, not the
reader), dirty-dozen words left outside proper names and legal text, exceptions, the Flesch-Kincaid grade before
and after (whole: every section together; sections: conditions + duties; medians over the files), and the count
of changes by rule id. This script is an evaluation tool: the library never reads the questionnaires.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillhire.plain_language import find_dirty_dozen, legal_spans  # noqa: E402
from skillhire.posting import JobPosting  # noqa: E402
from skillhire.readability import score_readability  # noqa: E402
from skillhire.rewrite import lost_facts, rewrite_posting  # noqa: E402

FOLDER_NAME = "usastaffing-questionnaires"
_READER_RE = re.compile(r"\b(?:(the|an?)\s+)?(incumbent|appointee|selectee)s?\b", re.IGNORECASE)
_CONDITIONS_RE = re.compile(r"^Conditions of Employment\s*$", re.MULTILINE)
_ASSESSMENT_RE = re.compile(r"^Assessment 1\s*$", re.MULTILINE)
_FOOTER_RE = re.compile(r"^\s*Terms of Use\s*$", re.MULTILINE)
_BLOCK_END_RE = re.compile(r"^(?:Assessment 1|Preferences|Eligibilities|\s*Terms of Use)\s*$", re.MULTILINE)


def default_folder() -> Path:
    for data in (ROOT.parent / "shared" / "data", Path("/work/shared/data")):
        if (data / FOLDER_NAME / "index.json").is_file():
            return data / FOLDER_NAME
    return ROOT.parent / "shared" / "data" / FOLDER_NAME


def load_questionnaires(folder: Path) -> list[tuple[dict, str]]:
    """``(index entry, text)`` for every questionnaire listed in ``folder/index.json``; exits with a clear
    message when the folder or a listed file is missing."""
    index = folder / "index.json"
    if not folder.is_dir() or not index.is_file():
        sys.exit(f"error: no questionnaire folder with an index.json at '{folder}'. Pass the folder of the "
                 f"USA Staffing questionnaires ({FOLDER_NAME}/, see /work/shared/data/PROVENANCE.md) as the "
                 "first argument.")
    entries = json.loads(index.read_text(encoding="utf-8"))
    out = []
    for entry in entries:
        path = folder / Path(entry["file"]).name
        if not path.is_file():
            sys.exit(f"error: '{path}' is listed in {index} but missing")
        out.append((entry, path.read_text(encoding="utf-8")))
    return out


def sections_posting(entry: dict, text: str) -> JobPosting:
    """The questionnaire as a posting: conditions of employment and the assessment (task statements) as duties."""
    conditions = duties = None
    m = _CONDITIONS_RE.search(text)
    if m:
        end = _BLOCK_END_RE.search(text, m.end())
        conditions = text[m.end():end.start() if end else len(text)].strip() or None
    m = _ASSESSMENT_RE.search(text)
    if m:
        end = _FOOTER_RE.search(text, m.end())
        duties = text[m.end():end.start() if end else len(text)].strip() or None
    return JobPosting(title=entry["position_title"], agency=entry["agency"],
                      announcement_number=entry["announcement_number"],
                      conditions_of_employment=conditions, duties=duties)


def _measured_text(posting: JobPosting, view: str) -> str:
    if view == "sections":
        return "\n\n".join(t for t in (posting.conditions_of_employment, posting.duties) if t)
    return "\n\n".join(text for _key, _heading, text in posting.sections())


def check(posting: JobPosting | str, view: str, name: str, *, verbose: bool) -> dict:
    """Rewrite once and again; the figures of one file in one view (``row["text"]``: the rewritten sections)."""
    row: dict = {"text": {}, "file": name, "view": view, "error": None, "lost": [], "not_idempotent": False, "reader_all": 0,
                 "reader": 0, "dirty": 0, "fk_before": None, "fk_after": None, "rules": Counter()}
    try:
        result = rewrite_posting(posting)
        row["text"] = {key: text for key, _heading, text in result.posting.sections()}
        before_posting = result.original
        row["lost"] = lost_facts(before_posting.to_text(), result.posting.to_text())
        row["rules"] = Counter(c.rule for c in result.changes)
        old, new = _measured_text(before_posting, view), _measured_text(result.posting, view)
        if old.strip():
            row["fk_before"] = score_readability(old).flesch_kincaid_grade
            row["fk_after"] = score_readability(new).flesch_kincaid_grade
        for _key, _heading, text in result.posting.sections():
            spans = legal_spans(text)
            for m in _READER_RE.finditer(text):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                row["reader_all"] += 1
                names_reader = m.group(2).lower() != "appointee" or (m.group(1) or "").lower() == "the"
                row["reader"] += names_reader
                if verbose:
                    print(f"  [{view}] {m.group(0)!r}{' (reader)' if names_reader else ''} left in {name}: "
                          f"...{text[max(0, m.start() - 70):m.end() + 50]!r}...")
            for start, end, entry in find_dirty_dozen(text, in_names=False):
                row["dirty"] += 1
                if verbose:
                    print(f"  [{view}] dirty dozen '{entry}' in {name}: ...{text[max(0, start - 50):end + 30]!r}...")
        again = rewrite_posting(result.posting)
        if again.posting != result.posting:
            row["not_idempotent"] = True
            if verbose:
                for c in again.changes[:5]:
                    print(f"  [{view}] second pass in {name}: {c.rule} {c.original!r} -> {c.replacement!r}")
        if verbose:
            for kind, value in row["lost"]:
                print(f"  [{view}] lost in {name}: {kind} {value!r}")
    except Exception as exc:
        row["error"] = f"{type(exc).__name__}: {exc}"
        if verbose:
            traceback.print_exc()
    return row


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "skillhire"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes under skillhire/)" if dirty else "")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(rows: list[dict], *, folder: Path, seconds: float) -> str:
    lines = [f"Held-out rewrite check: {len(rows) // 2} questionnaires in `{folder.name}/`, library code at commit "
             f"{_commit()}, {seconds:.0f} s.", ""]
    for view in ("whole", "sections"):
        part = [r for r in rows if r["view"] == view]
        lines += [f"### View `{view}`", "",
                  "| file | lost facts | not idempotent | incumbent/appointee/selectee left (naming the reader) | "
                  "dirty dozen left | error | FK before | FK after | changes |",
                  "|---|---:|---:|---:|---:|---|---:|---:|---:|"]
        for r in part:
            lines.append(f"| {r['file']} | {len(r['lost'])} | {int(r['not_idempotent'])} | {r['reader_all']} "
                         f"({r['reader']}) | {r['dirty']} | {r['error'] or ''} | {_fmt(r['fk_before'])} | "
                         f"{_fmt(r['fk_after'])} | {sum(r['rules'].values())} |")
        before = [r["fk_before"] for r in part if r["fk_before"] is not None]
        after = [r["fk_after"] for r in part if r["fk_after"] is not None]
        rules: Counter = sum((r["rules"] for r in part), Counter())
        lines += ["", f"**Total ({view})**: lost facts {sum(len(r['lost']) for r in part)}; not idempotent "
                  f"{sum(r['not_idempotent'] for r in part)}; incumbent/appointee/selectee left outside legal text "
                  f"{sum(r['reader_all'] for r in part)} (naming the reader {sum(r['reader'] for r in part)}); "
                  f"dirty dozen left outside names and legal text {sum(r['dirty'] for r in part)}; errors "
                  f"{sum(bool(r['error']) for r in part)}; median FK before "
                  f"{_fmt(statistics.median(before) if before else None)}, after "
                  f"{_fmt(statistics.median(after) if after else None)} ({len(before)} files).", "",
                  "Changes by rule: " + ", ".join(f"{rule} {n}" for rule, n in sorted(rules.items())) + ".", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default_folder(),
                        help=f"folder with index.json and the questionnaires (default: ../shared/data/{FOLDER_NAME})")
    parser.add_argument("--verbose", action="store_true", help="print every leftover, lost fact and second-pass edit")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--dump", type=Path, help="also write every rewritten section to this JSON file (view/file -> "
                        "section -> text), to diff the outputs of two versions of the rules")
    args = parser.parse_args()
    items = load_questionnaires(args.folder)
    started = time.perf_counter()
    rows = []
    for entry, text in items:
        name = Path(entry["file"]).name
        rows.append(check(text, "whole", name, verbose=args.verbose))
        rows.append(check(sections_posting(entry, text), "sections", name, verbose=args.verbose))
    rows.sort(key=lambda r: (r["view"] != "whole", r["file"]))
    text = report(rows, folder=args.folder, seconds=time.perf_counter() - started)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if args.dump:
        dump = {f"{r['view']}/{r['file']}": r["text"] for r in rows}
        args.dump.write_text(json.dumps(dump, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
