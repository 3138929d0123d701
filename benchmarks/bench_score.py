"""Benchmark: reading, writing and `skillhire score` end to end at pooled-hiring scale.

Generates (deterministically, seed 2026) an applicant workbook (xlsx, 15 columns including about 150 words
of resume text) and a long-format rating file (CSV: two SMEs on five competencies at resume review, and
two interview rounds, 12 rating rows per applicant), then measures, each in a fresh subprocess so that
peak memory (``ru_maxrss``) belongs to that step alone:

1. readers over the same applicant workbook: python-calamine vs openpyxl read-only (rows/s, peak MB);
2. xlsx writers over the same output rows: xlsxwriter ``constant_memory`` vs openpyxl write-only;
3. ``skillhire score`` end to end to a full workbook, against a bare baseline in the same run: the
   fastest reader over the same inputs plus a constant-memory xlsx writer over the same output rows.

Usage::

    python benchmarks/bench_score.py                  # 100,000 applicants, 1,200,000 rating rows
    python benchmarks/bench_score.py --n 2000         # a quick run
    python benchmarks/bench_score.py --scale          # also 1,000,000 applicants in CSV
    python benchmarks/bench_score.py --n 300000 --format csv --no-micro   # one CSV size (memory growth)
    python benchmarks/bench_score.py --keep DIR       # keep the generated files in DIR
    python benchmarks/bench_score.py --slope 100000,200000,400000 --format csv   # memory growth per applicant

Targets (issue 9): end to end within 1.5x of the baseline; peak memory under 1.5 GB at 100,000 applicants.
Wall and CPU time (``time.process_time``; both processes are single-threaded) are both reported: the
CPU ratio is steadier on a shared machine. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 2026
# The bundled smeqa-standard assessment's resume-review competencies (read from it at generation time).
COMPETENCIES: list[str] = []
PREFERENCE = ["", "", "", "", "", "", "NV", "TP", "XP", "CP", "CPS", "SSP"]
GRADES = ["GS-13", "GS-14", "GS-15"]
AGENCIES = ["DOL", "HHS", "VA", "SSA", "IRS", "GSA", "OPM", "DHS", "ED"]
LOCATIONS = ["Washington, DC", "Remote", "Denver, CO", "Atlanta, GA", "Kansas City, MO"]
WORDS = (
    "customer experience journey mapping usability testing surveys interviews personas service design "
    "stakeholder workshops accessibility section 508 plain language content strategy analytics dashboards "
    "sql python tableau data analysis statistics research synthesis prototypes figma agile scrum product "
    "roadmap metrics feedback call center omnichannel digital forms modernization policy program managed "
    "led coordinated improved reduced increased delivered team agency federal state county customers"
).split()
FIRST = [
    "Ann",
    "Bo",
    "Cy",
    "Dee",
    "Eli",
    "Fay",
    "Gus",
    "Hal",
    "Ivy",
    "Jo",
    "Kai",
    "Lu",
    "Max",
    "Noa",
    "Oz",
    "Pia",
]
LAST = ["Lee", "Diaz", "Ng", "Smith", "Okafor", "Novak", "Rossi", "Kim", "Haddad", "Silva", "Muñoz", "O'Neil"]
APPLICANT_COLUMNS = [
    "Applicant ID", "First Name", "Last Name", "Email", "Veterans Preference", "Grades", "Agencies",
    "Locations", "Race/Ethnicity", "Sex", "Age 40 or Over", "Disability", "Phone", "Applied On", "Resume Text",
]  # fmt: skip


def applicant_row(index: int, rng: random.Random) -> list[object]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return [
        f"A{index:07d}",
        first,
        last,
        f"{first.lower()}.{last.lower().replace(chr(39), '')}{index}@example.com",
        rng.choice(PREFERENCE),
        ";".join(rng.sample(GRADES, rng.randint(1, 3))),
        ";".join(rng.sample(AGENCIES, rng.randint(1, 4))),
        ";".join(rng.sample(LOCATIONS, rng.randint(1, 2))),
        rng.choice(["A", "B", "C", "D", "E"]),
        rng.choice(["F", "M"]),
        rng.choice(["Y", "N"]),
        rng.choice(["Y", "N", "N", "N"]),
        f"555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}",
        " ".join(rng.choices(WORDS, k=150)),
    ]


def rating_rows(index: int, rng: random.Random) -> list[list[object]]:
    """12 rating rows: two SMEs on each resume-review competency, two interviewers on each of two rounds."""
    applicant = f"A{index:07d}"
    rows: list[list[object]] = []
    strong = rng.random() < 0.7
    for competency in COMPETENCIES:
        for rater in ("SME-1", "SME-2"):
            meets = strong or rng.random() < 0.5
            rows.append(
                [
                    applicant,
                    "resume_review",
                    competency,
                    rater,
                    "meets" if meets else "does_not_meet",
                    "per resume",
                ]
            )
    for _ in range(12 - len(rows) - 4):  # pad to 12 rows when an assessment has fewer competencies
        rows.append([applicant, "resume_review", COMPETENCIES[0], "SME-3", "meets", "third reading"])
    for hurdle in ("interview_1", "interview_2"):
        rating = rng.choice([1, 2, 2, 1, 0])
        for rater in ("Panel-1", "Panel-2"):
            rows.append([applicant, hurdle, "", rater, rating, "structured interview"])
    return rows[:12]


def generate(folder: Path, n: int, applicants_format: str) -> tuple[Path, Path]:
    """Write applicants (xlsx or csv) and ratings (csv); returns their paths."""
    from skillhire import load_assessment

    COMPETENCIES[:] = [competency.id for competency in load_assessment("smeqa-standard").competencies]
    rng = random.Random(SEED)
    applicants = folder / f"applicants-{n}.{applicants_format}"
    ratings = folder / f"ratings-{n}.csv"
    if applicants.exists() and ratings.exists():  # --keep DIR from an earlier run: same seed, same files
        return applicants, ratings
    if applicants_format == "xlsx":
        import xlsxwriter

        book = xlsxwriter.Workbook(str(applicants), {"constant_memory": True, "strings_to_formulas": False})
        sheet = book.add_worksheet("Applicants")
        sheet.write_row(0, 0, APPLICANT_COLUMNS)
        for index in range(n):
            sheet.write_row(index + 1, 0, applicant_row(index, rng))
        book.close()
    else:
        with open(applicants, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(APPLICANT_COLUMNS)
            for index in range(n):
                writer.writerow(applicant_row(index, rng))
    rng = random.Random(SEED + 1)
    with open(ratings, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["applicant_id", "hurdle", "competency", "rater", "rating", "justification"])
        for index in range(n):
            writer.writerows(rating_rows(index, rng))
    return applicants, ratings


# ------------------------------------------------------------------------------------------ child steps


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def step_read_calamine(path: str) -> dict:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(path)
    rows = book.get_sheet_by_index(0).to_python()
    return {"rows": len(rows) - 1, "seconds": time.perf_counter() - start}


def step_read_openpyxl(path: str) -> dict:
    import openpyxl

    start = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    count = sum(1 for _ in sheet.iter_rows(values_only=True))
    book.close()
    return {"rows": count - 1, "seconds": time.perf_counter() - start}


def step_read_rows(path: str) -> dict:
    from skillhire.spreadsheets import read_rows

    start = time.perf_counter()
    result = read_rows(path, required=["Applicant ID"])
    return {"rows": result.counts.rows_read, "seconds": time.perf_counter() - start}


def _output_rows(path: str) -> list[tuple[str, list[list[object]]]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(path)
    return [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]


def step_write_xlsxwriter(source: str, target: str) -> dict:
    import xlsxwriter

    sheets = _output_rows(source)
    start = time.perf_counter()
    book = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for index, row in enumerate(rows):
            sheet.write_row(index, 0, row)
    book.close()
    return {"rows": sum(len(rows) for _, rows in sheets), "seconds": time.perf_counter() - start}


def step_write_openpyxl(source: str, target: str) -> dict:
    import openpyxl

    sheets = _output_rows(source)
    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(target)
    return {"rows": sum(len(rows) for _, rows in sheets), "seconds": time.perf_counter() - start}


def step_baseline(applicants: str, ratings: str, scored: str, target: str) -> dict:
    """The bare baseline: fastest readers over the inputs + constant-memory writer over the output rows."""
    import xlsxwriter

    sheets = _output_rows(scored)  # prepared outside the timing: the rows the full workbook holds
    start, cpu = time.perf_counter(), time.process_time()
    if applicants.endswith(".xlsx"):
        from python_calamine import CalamineWorkbook

        applicant_rows = CalamineWorkbook.from_path(applicants).get_sheet_by_index(0).to_python()
    else:
        with open(applicants, encoding="utf-8", newline="") as handle:
            applicant_rows = list(csv.reader(handle))
    with open(ratings, encoding="utf-8", newline="") as handle:
        rating_rows_read = list(csv.reader(handle))
    book = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for index, row in enumerate(rows):
            sheet.write_row(index, 0, row)
    book.close()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"rows": len(applicant_rows) + len(rating_rows_read), "seconds": seconds, "cpu_seconds": cpu}


def step_score(applicants: str, ratings: str, target: str, assessment: str) -> dict:
    from skillhire.cli import main

    start, cpu = time.perf_counter(), time.process_time()
    argv = [
        "score", applicants, "--ratings", ratings, "--assessment", assessment, "-o", target, "--overwrite", "--quiet",
        "--max-rows", "20000000",
    ]  # fmt: skip
    try:
        main(argv)
        code = 0
    except SystemExit as stop:
        code = stop.code or 0
    return {"exit": code, "seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu}


def step_phases(applicants: str, ratings: str, target: str, assessment: str) -> dict:
    """The same run as ``score``, through the library, timing each stage (where the time goes)."""
    from skillhire import score_spreadsheets

    marks: list[tuple[str, float]] = []

    def stage(name: str, done: int, total: int | None) -> None:
        if not marks or marks[-1][0] != name:
            marks.append((name, time.perf_counter()))

    start = time.perf_counter()
    score_spreadsheets(
        applicants, ratings, assessment, output=target, overwrite=True, stage=stage, max_rows=20_000_000
    )
    end = time.perf_counter()
    phases = {}
    for (name, began), (_, next_began) in zip(marks, [*marks[1:], ("end", end)], strict=True):
        phases[name] = round(next_began - began, 1)
    return {"seconds": end - start, "phases": phases}


def step_stages(applicants: str, ratings: str, target: str, assessment: str) -> dict:
    """The same run as ``score``, through the library, with the resident size sampled every 0.05 s: at
    each stage's start and at most during it, the writing stage split by table (where the peak is)."""
    import threading

    import skillhire.results_io as results_io
    from skillhire import score_spreadsheets
    from skillhire.scoring import PoolResult
    from skillhire.workbook import Table

    page = os.sysconf("SC_PAGE_SIZE")

    def rss_mb() -> float:  # from both threads: a file opened each time
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * page / 1e6

    marks: list[list] = []  # [name, started, rss at start, highest rss]
    lock = threading.Lock()

    def mark(name: str) -> None:
        with lock:
            if not marks or marks[-1][0] != name:
                now = rss_mb()
                marks.append([name, time.perf_counter(), now, now])

    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            now = rss_mb()
            with lock:
                if marks and now > marks[-1][3]:
                    marks[-1][3] = now

    def stage(name: str, count: int, total: int | None) -> None:
        mark(name if name != "writing applicants" else "table Applicants")

    write_tables = results_io.write_tables

    def labelled(tables, *args, **kwargs):  # each table's name marked as its first row is asked for
        def rows(table):
            mark(f"table {table.name}")
            yield from table.rows

        tables = [Table(t.name, t.columns, rows(t), t.number_formats, t.slug) for t in tables]
        return write_tables(tables, *args, **kwargs)

    certificates = PoolResult.certificates

    def building(self):
        mark("building certificates")
        out = certificates(self)
        mark("keeping the referred, tables")
        return out

    results_io.write_tables, PoolResult.certificates = labelled, building
    threading.Thread(target=sample, daemon=True).start()
    start = time.perf_counter()
    score_spreadsheets(
        applicants, ratings, assessment, output=target, overwrite=True, stage=stage, max_rows=20_000_000
    )
    end = time.perf_counter()
    done.set()
    mark("end")
    stages = [
        {"stage": name, "seconds": round(next_began - began, 1), "rss_start_mb": round(first, 1),
         "rss_max_mb": round(high, 1)}
        for (name, began, first, high), (_, next_began, _, _) in zip(marks, marks[1:])
    ]  # fmt: skip
    return {"seconds": end - start, "stages": stages}


def step_certificate(applicants: str, ratings: str, assessment: str) -> dict:
    """What a certificate itself requires, per eligible applicant (a diagnostic, not a run of ``score``).

    Scores the pool with the library, then builds one certificate listing every eligible applicant as
    compact tuples ``(position, applicant_id, last_name, first_name, email, category, preference,
    score)`` in referral order, and measures it with ``tracemalloc``: the list, the tuples and the
    position integers (``shared``: the strings are the records' own), and the same with a private copy
    of each applicant's own strings (``own``: id, names, email) and score, as a certificate held apart
    from the records would take. Category and preference strings are a handful, shared either way.
    """
    import tracemalloc

    from skillhire import score_pool

    result = score_pool(applicants, ratings, assessment)
    order = {name: index for index, name in enumerate(c.name for c in result.assessment.categories)}
    eligible = [(o, result._applicants[o.applicant_id]) for o in result.outcomes.values() if o.status == "eligible"]
    eligible.sort(key=lambda pair: (order.get(pair[0].category, 0), pair[0].preference == "NV", -(pair[0].score or 0),
                                    pair[0].applicant_id))  # fmt: skip
    figures: dict = {"eligible": len(eligible), "applicants": len(result.outcomes)}
    for label, own in (("shared", False), ("own", True)):
        copy = (lambda text: "".join(list(text))) if own else (lambda text: text)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        entries = [
            (position + 10_000, copy(o.applicant_id), copy(row.last_name), copy(row.first_name), copy(row.email),
             o.category, o.preference, float(o.score) + 0.0 if own else o.score)
            for position, (o, row) in enumerate(eligible, start=1)
        ]  # fmt: skip  (positions from 10,000: no small-int cache)
        size = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        figures[f"{label}_bytes_per_eligible"] = size / max(len(entries), 1)
        del entries
    # what skillhire score's own certificates hold while the workbook is written: every certificate of the
    # pool (its referred places, slotted, and the audit event listing them), built as `skillhire score`
    # builds them (a result whose decisions are on disk: PoolResult._spill set)
    import warnings

    result._spill = object()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pending applicants
        certificates = result.certificates()
    figures["score_certificates_bytes_per_eligible"] = (tracemalloc.get_traced_memory()[0] - before) / max(
        len(eligible), 1)
    tracemalloc.stop()
    figures["certificates"] = len(certificates)
    figures["referred"] = sum(len(c._ranked) for c in certificates)
    return figures


STEPS = {
    "read_calamine": step_read_calamine,
    "read_openpyxl": step_read_openpyxl,
    "read_rows": step_read_rows,
    "write_xlsxwriter": step_write_xlsxwriter,
    "write_openpyxl": step_write_openpyxl,
    "baseline": step_baseline,
    "score": step_score,
    "phases": step_phases,
    "certificate": step_certificate,
    "stages": step_stages,
}


def run_step(name: str, *args: str) -> dict:
    """Run one step in a fresh interpreter; return its figures plus its own peak memory."""
    out = subprocess.run(
        [sys.executable, __file__, "_step", name, *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, figures: dict, rows: int | None = None) -> None:
    rate = f", {rows / figures['seconds']:,.0f} rows/s" if rows else ""
    cpu = f" (CPU {figures['cpu_seconds']:.2f} s)" if "cpu_seconds" in figures else ""
    print(f"  {label:<44} {figures['seconds']:8.2f} s{cpu}{rate}, peak {figures['peak_mb']:,.0f} MB")


def bench(n: int, folder: Path, applicants_format: str, assessment: str, micro: bool, phases: bool = False) -> None:
    print(f"\n== {n:,} applicants ({applicants_format}), {n * 12:,} rating rows (csv)")
    start = time.perf_counter()
    applicants, ratings = generate(folder, n, applicants_format)
    print(
        f"  generated in {time.perf_counter() - start:.1f} s: {applicants.name} {applicants.stat().st_size / 1e6:,.1f} MB, "
        f"{ratings.name} {ratings.stat().st_size / 1e6:,.1f} MB"
    )
    if micro and applicants_format == "xlsx":
        print(" readers (same workbook):")
        for step in ("read_calamine", "read_openpyxl", "read_rows"):
            figures = run_step(step, str(applicants))
            report(step, figures, figures["rows"])
    scored = folder / f"scored-{n}.xlsx"
    figures = run_step("score", str(applicants), str(ratings), str(scored), assessment)
    if figures["exit"] == 0:
        print(" end to end:")
        report("skillhire score -> full workbook", figures)
        baseline = run_step(
            "baseline", str(applicants), str(ratings), str(scored), str(folder / "baseline.xlsx")
        )
        report("baseline (calamine/csv + xlsxwriter)", baseline)
        print(
            f"  ratio score/baseline: {figures['seconds'] / baseline['seconds']:.2f}x wall, "
            f"{figures['cpu_seconds'] / baseline['cpu_seconds']:.2f}x CPU (target <= 1.5x)"
        )
    else:
        print(f"  skillhire score exited {figures['exit']}: no end-to-end figure")
    if phases:
        timed = run_step("phases", str(applicants), str(ratings), str(folder / f"phases-{n}.xlsx"), assessment)
        print("  stages: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timed["phases"].items()))
    if micro:
        source = scored if figures["exit"] == 0 else applicants
        print(f" writers (the rows of {source.name}):")
        for step in ("write_xlsxwriter", "write_openpyxl"):
            result = run_step(step, str(source), str(folder / f"{step}.xlsx"))
            report(step, result, result["rows"])


def slope(sizes: list[int], folder: Path, applicants_format: str, assessment: str, keep: bool) -> None:
    """``skillhire score`` at each size (fresh process each): peak memory, and its growth per applicant.

    Growth is in KB per applicant with 1 MB = 1,000 KB of the peak figures printed (``ru_maxrss`` MiB).
    """
    print(f"\n== memory growth: skillhire score at {', '.join(f'{n:,}' for n in sizes)} applicants "
          f"({applicants_format}), 12 rating rows each (csv)")
    peaks: list[tuple[int, float]] = []
    for n in sizes:
        applicants, ratings = generate(folder, n, applicants_format)
        figures = run_step("score", str(applicants), str(ratings), str(folder / f"scored-{n}.xlsx"), assessment)
        peaks.append((n, figures["peak_mb"]))
        report(f"{n:,} applicants (exit {figures['exit']})", figures)
        if not keep:  # a million applicants' files take gigabytes: one size's files at a time
            for path in (applicants, ratings, folder / f"scored-{n}.xlsx"):
                path.unlink(missing_ok=True)
    for (n1, p1), (n2, p2) in zip(peaks, peaks[1:]):
        print(f"  growth {n1:,} -> {n2:,}: {(p2 - p1) * 1000 / (n2 - n1):.2f} KB per applicant")
    if len(peaks) > 2:  # least-squares slope over every size
        mean_n = sum(n for n, _ in peaks) / len(peaks)
        mean_p = sum(p for _, p in peaks) / len(peaks)
        fit = sum((n - mean_n) * (p - mean_p) for n, p in peaks) / sum((n - mean_n) ** 2 for n, _ in peaks)
        print(f"  growth, least squares over all sizes: {fit * 1000:.2f} KB per applicant "
              f"(intercept {mean_p - fit * mean_n:,.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="applicants (default 100,000)")
    parser.add_argument("--scale", action="store_true", help="also run 1,000,000 applicants in CSV")
    parser.add_argument(
        "--format", choices=["xlsx", "csv"], default="xlsx", help="applicant file format of the --n run (default xlsx)"
    )
    parser.add_argument("--assessment", default="smeqa-standard")
    parser.add_argument("--keep", type=Path, help="keep generated files in this folder (and reuse them)")
    parser.add_argument("--no-micro", action="store_true", help="skip the reader and writer comparisons")
    parser.add_argument("--phases", action="store_true", help="also time each stage of the run (library call)")
    parser.add_argument(
        "--slope", help="comma-separated sizes: only `skillhire score`'s peak memory at each, and its growth per applicant"
    )
    parser.add_argument(
        "--stages", action="store_true",
        help="with --n and --format: the resident size at each stage of `skillhire score` (sampled every 0.05 s)",
    )
    parser.add_argument(
        "--certificate", action="store_true",
        help="with --n and --format: what one certificate listing every eligible applicant takes (tracemalloc)",
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        if args.slope:
            sizes = [int(size) for size in args.slope.split(",")]
            slope(sizes, folder, args.format, args.assessment, keep=args.keep is not None)
            return
        if args.stages:
            applicants, ratings = generate(folder, args.n, args.format)
            figures = run_step("stages", str(applicants), str(ratings), str(folder / f"stages-{args.n}.xlsx"),
                               args.assessment)  # fmt: skip
            print(f"\n== resident size per stage, {args.n:,} applicants ({args.format}): "
                  f"{figures['seconds']:.1f} s, peak {figures['peak_mb']:,.1f} MiB (ru_maxrss)")
            print(f"  {'stage':<36} {'seconds':>8} {'MB at start':>12} {'MB at most':>11}")
            for row in figures["stages"]:
                print(f"  {row['stage']:<36} {row['seconds']:8.1f} {row['rss_start_mb']:12.1f} "
                      f"{row['rss_max_mb']:11.1f}")
            return
        if args.certificate:
            applicants, ratings = generate(folder, args.n, args.format)
            figures = run_step("certificate", str(applicants), str(ratings), args.assessment)
            share = figures["eligible"] / figures["applicants"]
            print(f"\n== certificate of every eligible applicant, {args.n:,} applicants ({args.format}): "
                  f"{figures['eligible']:,} eligible ({share:.1%})")
            for label in ("shared", "own"):
                per = figures[f"{label}_bytes_per_eligible"]
                print(f"  entries as tuples, {label} strings: {per:,.0f} bytes per eligible applicant, "
                      f"{per * share / 1000:.2f} KB per applicant")
            per = figures["score_certificates_bytes_per_eligible"]
            print(f"  skillhire score's {figures['certificates']} certificates ({figures['referred']:,} places "
                  f"referred): {per:,.0f} bytes per eligible applicant, {per * share / 1000:.2f} KB per applicant")
            return
        bench(args.n, folder, args.format, args.assessment, micro=not args.no_micro, phases=args.phases)
        if args.scale:
            bench(1_000_000, folder, "csv", args.assessment, micro=False)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "_step":
        result = STEPS[sys.argv[2]](*sys.argv[3:])
        result["peak_mb"] = peak_mb()
        print(json.dumps(result))
    else:
        main()
