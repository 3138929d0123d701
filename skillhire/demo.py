"""The whole skillhire pipeline on bundled sample data: what ``skillhire demo`` runs.

1. A real public-domain USAJOBS announcement (bundled in ``samples/``) gets a private-sector working title
   and a plain-language rewrite, with its change log and readability before and after.
2. Its skills are mapped to the bundled CX, data and AI taxonomy.
3. The rewritten posting is rendered with the accessible USAJOBS HTML template.
4. A synthetic pooled action the size of the real SME-QA CX Strategist action (about 850 applicants,
   9 agencies, 3 grades, SME resume reviews and two interview rounds, with some messy rows) is written
   as spreadsheets, read back, scored, and written out as a workbook plus CSV certificates and an
   adverse-impact report.

Nothing touches the network; the same seed gives the same files.
"""

from __future__ import annotations

import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from skillhire._resources import data_file
from skillhire.errors import InvalidFileError

__all__ = ["DEMO_SAMPLE", "DemoReport", "DemoStep", "run_demo"]

DEMO_SAMPLE = "usajobs-599023000-it-specialist-datamgt.md"
"""The bundled announcement the demo rewrites (US government work, public domain; source in the file)."""

_MARKER = ".skillhire-demo"


class DemoStep(BaseModel):
    """One step of the demo: what it did, in a sentence or two, and the files it wrote."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Short name of the step.")
    summary: list[str] = Field(description="What the step found or did, one line each.")
    files: list[str] = Field(description="Files the step wrote, relative to the demo folder.")
    seconds: float = Field(description="Wall time of the step.")


class DemoReport(BaseModel):
    """What :func:`run_demo` did and where each file is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    outdir: str = Field(description="The demo folder.")
    steps: list[DemoStep] = Field(description="The steps, in order.")
    seconds: float = Field(description="Wall time of the whole demo.")


def run_demo(
    outdir: str | Path = "skillhire-demo",
    *,
    n_applicants: int = 850,
    messy_rows: int = 12,
    seed: int = 2026,
) -> DemoReport:
    """Run the whole pipeline on bundled sample data and write every output into ``outdir``.

    The folder is created if needed. A folder that holds anything but an earlier demo's output is refused,
    so the demo never replaces a user's files; an earlier demo's files are replaced.

    Args:
        outdir: Folder for the outputs.
        n_applicants: Applicants in the synthetic pooled action (the real CX action had 844).
        messy_rows: Applicant rows made messy on purpose (blank ids, bad codes), to show row errors.
        seed: Seed of the synthetic pool; the same seed gives the same pool.

    Returns:
        A :class:`DemoReport`.

    Raises:
        InvalidFileError: ``outdir`` is a file, or holds files that an earlier demo did not write.

    Example:
        >>> report = run_demo("demo-out")  # doctest: +SKIP
        >>> [step.name for step in report.steps]  # doctest: +SKIP
        ['title', 'rewrite', 'skills', 'render', 'pool', 'score']
    """
    started = time.perf_counter()
    out = _prepare(Path(outdir))
    steps: list[DemoStep] = []
    text = data_file("samples", DEMO_SAMPLE).read_text(encoding="utf-8")

    from skillhire.posting import parse_posting

    posting = parse_posting(text)
    steps.append(_timed(_title_step, posting))
    rewritten, step = _timed_pair(_rewrite_step, posting, out)
    steps.append(step)
    steps.append(_timed(_skills_step, posting, out))
    steps.append(_timed(_render_step, rewritten, out))
    paths, step = _timed_pair(_pool_step, out, n_applicants, messy_rows, seed)
    steps.append(step)
    steps.append(_timed(_score_step, out, *paths))
    return DemoReport(outdir=str(out), steps=steps, seconds=round(time.perf_counter() - started, 2))


def _prepare(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise InvalidFileError(str(out), "is a file, not a folder; name a new folder for the demo")
    out.mkdir(parents=True, exist_ok=True)
    entries = [entry.name for entry in out.iterdir()]
    if entries and _MARKER not in entries:
        raise InvalidFileError(
            str(out), "is not empty and was not written by skillhire demo; name a new or empty folder"
        )
    (out / _MARKER).write_text("Written by `skillhire demo`; the demo may replace the files here.\n", "utf-8")
    return out


def _timed(function, *args) -> DemoStep:
    return _timed_pair(lambda *a: (None, function(*a)), *args)[1]


def _timed_pair(function, *args):
    started = time.perf_counter()
    value, step = function(*args)
    return value, step.model_copy(update={"seconds": round(time.perf_counter() - started, 2)})


def _step(name: str, summary: list[str], files: list[str] = ()) -> DemoStep:
    return DemoStep(name=name, summary=summary, files=list(files), seconds=0.0)


def _title_step(posting) -> DemoStep:
    from skillhire.titles import translate_title

    grade = f"GS-{posting.grade_high}" if getattr(posting, "grade_high", None) else None
    match = translate_title(posting.title, series=posting.series, grade=grade)
    lines = [
        f"official title: {posting.title} (series {posting.series}, grade {grade or 'not given'})",
        f"working title: {match.title} (O*NET-SOC {match.soc_code} {match.soc_title}; score {match.score:.0f})",
    ]
    lines += [f"  because: {reason}" for reason in match.reasons[:3]]
    return _step("title", lines)


def _rewrite_step(posting, out: Path):
    from skillhire.rewrite import rewrite_posting
    from skillhire.workbook import Table, write_tables

    result = rewrite_posting(posting)
    _write_text(out / "rewritten-posting.md", result.text)
    changes = Table(
        "Changes",
        ["rule", "section", "start", "end", "original", "replacement", "reason", "source"],
        [change.model_dump() for change in result.changes],
    )
    write_tables([changes], out / "rewrite-changes.csv", overwrite=True)
    _write_text(out / "rewrite-diff.html", _html_page("Plain-language rewrite: what changed", result.diff(format="html")))
    before, after = result.readability_before["overall"], result.readability_after["overall"]
    lines = [
        f"{len(result.changes)} changes, each with its rule, reason and source; "
        f"{len(result.findings)} findings left for a person",
        f"Flesch-Kincaid grade {before.flesch_kincaid_grade:.1f} -> {after.flesch_kincaid_grade:.1f}; "
        f"words per sentence {before.words_per_sentence:.1f} -> {after.words_per_sentence:.1f}",
    ]
    for section in ("qualifications", "education"):
        if section in result.readability_before and section in result.readability_after:
            lines.append(
                f"  {section}: grade {result.readability_before[section].flesch_kincaid_grade:.1f} -> "
                f"{result.readability_after[section].flesch_kincaid_grade:.1f}"
            )
    files = ["rewritten-posting.md", "rewrite-changes.csv", "rewrite-diff.html"]
    return result, _step("rewrite", lines, files)


def _skills_step(posting, out: Path) -> DemoStep:
    from collections import Counter

    from skillhire.skills import map_skills
    from skillhire.workbook import Table, write_tables

    matches = list(map_skills(posting.to_text()))
    rows = [
        {
            "skill_id": match.skill_id,
            "label": match.label,
            "domain": match.domain,
            "text": match.text,
            "start": match.start,
            "end": match.end,
            "score": match.score,
            "method": match.method,
        }
        for match in matches
    ]
    write_tables([Table("Skills", list(rows[0]) if rows else ["skill_id"], rows)], out / "skills.csv", overwrite=True)
    distinct = {match.skill_id: match.label for match in matches}
    domains = Counter(match.domain for match in {m.skill_id: m for m in matches}.values())
    lines = [
        f"{len(matches)} skill mentions of {len(distinct)} skills "
        f"({', '.join(f'{domain} {count}' for domain, count in sorted(domains.items()))})",
        "skills: " + ", ".join(sorted(distinct.values())[:12]) + (" ..." if len(distinct) > 12 else ""),
    ]
    return _step("skills", lines, ["skills.csv"])


def _render_step(rewritten, out: Path) -> DemoStep:
    from skillhire.rendering import render_posting

    rendered = render_posting(rewritten.posting, template="usajobs-html", assessment="smeqa-standard")
    _write_text(out / "posting.html", str(rendered))
    findings = getattr(rendered, "findings", [])
    lines = [f"rendered with usajobs-html, with the smeqa-standard assessment; {len(findings)} check findings"]
    return _step("render", lines, ["posting.html"])


def _pool_step(out: Path, n_applicants: int, messy_rows: int, seed: int):
    from skillhire.synthetic import generate_pool, write_pool

    pool = generate_pool(n_applicants=n_applicants, n_agencies=9, grades=(13, 14, 15), seed=seed, messy_rows=messy_rows)
    inputs = out / "inputs"
    for stale in ("applicants.xlsx", "ratings.xlsx"):
        (inputs / stale).unlink(missing_ok=True)
    applicants, ratings = write_pool(pool, inputs, format="xlsx")
    lines = [
        f"synthetic pooled action: {len(pool.applicants)} applicants, 9 agencies, grades 13-15, "
        f"{len(pool.ratings)} SME ratings; {messy_rows} applicant rows made messy on purpose",
    ]
    files = [str(Path("inputs") / applicants.name), str(Path("inputs") / ratings.name)]
    return (applicants, ratings), _step("pool", lines, files)


def _score_step(out: Path, applicants: Path, ratings: Path) -> DemoStep:
    from skillhire.applicants import APPLICANT_ALIASES, APPLICANT_EXTRA_ALIASES, RATING_ALIASES
    from skillhire.results_io import result_tables, write_results
    from skillhire.scoring import score_pool
    from skillhire.spreadsheets import read_rows
    from skillhire.workbook import write_tables

    aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    applicant_rows = read_rows(applicants, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    rating_rows = read_rows(ratings, columns=list(RATING_ALIASES), aliases=RATING_ALIASES, required=["applicant_id"])
    result = score_pool(applicant_rows, rating_rows, "smeqa-standard")
    write_results(result, out / "scored.xlsx", overwrite=True, applicants=applicant_rows)
    files = ["scored.xlsx"]
    (out / "certificates").mkdir(exist_ok=True)
    for stale in (out / "certificates").glob("*.csv"):
        stale.unlink()
    for table in result_tables(result, applicants=applicant_rows):
        if table.name.startswith("Cert "):
            name = str(Path("certificates") / f"{table.slug}.csv")
        elif table.name in ("Adverse impact", "Rater agreement", "Rejected rows"):
            name = f"{table.slug}.csv"
        else:
            continue
        write_tables([table], out / name, overwrite=True)
        files.append(name)
    counts = result.row_counts["applicants"]
    statuses = result.counts()
    certificates = result.certificates()
    flagged = _flagged_by_column(out / "adverse-impact.csv") if "adverse-impact.csv" in files else {}
    lines = [
        f"applicant rows read {counts.rows_in} = scored {counts.scored} + rejected {counts.rejected}",
        "statuses: " + ", ".join(f"{status} {count}" for status, count in statuses.items()),
        f"{len(certificates)} certificates (one per agency, grade and location opted into)",
        _adverse_impact_line(flagged),
    ]
    return _step("score", lines, files)


def _flagged_by_column(path: Path) -> dict[str, int]:
    """Rows flagged below four-fifths per demographic column, counted in the adverse-impact CSV just written, so
    the summary line says what the file says (the columns are the workbook's own choice, in its order)."""
    import csv

    flagged: dict[str, int] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            flagged[row["by"]] = flagged.get(row["by"], 0) + (row["flagged"] == "TRUE")
    return flagged


def _adverse_impact_line(flagged: dict[str, int]) -> str:
    """One line over every demographic column: rows are (group, hurdle) pairs below four-fifths.

    >>> _adverse_impact_line({"sex": 0, "race_ethnicity": 11})
    'adverse impact: 11 group-by-hurdle rows below four-fifths (sex 0, race_ethnicity 11); evidence, not a legal finding'
    >>> _adverse_impact_line({"sex": 1})
    'adverse impact: 1 group-by-hurdle row below four-fifths (sex 1); evidence, not a legal finding'
    >>> _adverse_impact_line({})
    'adverse impact: not reported (the applicants have no demographic column)'
    """
    if not flagged:
        return "adverse impact: not reported (the applicants have no demographic column)"
    total = sum(flagged.values())
    by = ", ".join(f"{column} {count}" for column, count in flagged.items())
    rows = "row" if total == 1 else "rows"
    return f"adverse impact: {total} group-by-hurdle {rows} below four-fifths ({by}); evidence, not a legal finding"


def _write_text(path: Path, text: str) -> None:
    from skillhire.workbook import atomic_output

    with atomic_output(path, overwrite=True) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _html_page(title: str, body: str) -> str:
    from html import escape

    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
        f"<body>\n<h1>{escape(title)}</h1>\n{body}\n</body>\n</html>\n"
    )
