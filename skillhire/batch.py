"""Batch scoring of applicant spreadsheets: read, score, write, and say what happened.

:func:`score_spreadsheets` is what ``skillhire score`` runs: it reads the applicant and rating files
with :func:`skillhire.read_rows` (header found below title rows, aliases, the user's column mapping,
safety checks), scores them with :func:`skillhire.score_pool`, writes the result with
:func:`skillhire.write_results`, and returns a :class:`BatchSummary`. It refuses to write over an input
or over an existing output (unless ``overwrite``) before reading anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire.errors import OutputExistsError
from skillhire.workbook import output_format, refuse_input_as_output

if TYPE_CHECKING:
    from skillhire.applicants import ApplicantRecords

__all__ = ["SPILL_ROWS_ABOVE", "BatchSummary", "score_spreadsheets"]

#: Applicant rows above which :func:`score_spreadsheets` keeps the rows as read on disk while it scores
#: (see :class:`skillhire._spill.RowSpill`): the outputs are byte-identical either way; below it a
#: small pool skips the temporary file.
SPILL_ROWS_ABOVE = 20_000

Stage = Callable[[str, int, int | None], None]


class BatchSummary(BaseModel):
    """What one batch run read, scored and wrote. ``rows_read == rows_scored + rows_rejected`` per input.

    Example:
        >>> summary = score_spreadsheets("applicants.xlsx", "ratings.csv", output="scored.xlsx")  # doctest: +SKIP
        >>> summary.applicants_read == summary.applicants_scored + summary.applicants_rejected  # doctest: +SKIP
        True
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    applicants_read: int = Field(description="Applicant data rows read (blank rows not counted).")
    applicants_scored: int = Field(description="Applicant rows scored.")
    applicants_rejected: int = Field(description="Applicant rows rejected (see the Rejected rows sheet).")
    ratings_read: int = Field(description="Rating rows read.")
    ratings_scored: int = Field(description="Rating rows used in scoring.")
    ratings_rejected: int = Field(description="Rating rows rejected.")
    statuses: dict[str, int] = Field(description="Scored applicants per status: eligible, failed, pending.")
    categories: dict[str, int] = Field(description="Eligible applicants per category, in category order.")
    certificates: dict[str, int] = Field(description="Names referred per certificate written.")
    files: list[str] = Field(description="Files written, the main output first.")
    truncated_cells: list[str] = Field(description="xlsx cells cut to Excel's 32,767-character limit.")
    seconds: float = Field(description="Wall time of the whole run.")

    @property
    def rows_rejected(self) -> int:
        """Rows rejected, applicants and ratings together."""
        return self.applicants_rejected + self.ratings_rejected


def score_spreadsheets(
    applicants: str | Path,
    ratings: str | Path,
    assessment: Any = "smeqa-standard",
    *,
    output: str | Path,
    format: str | None = None,
    overwrite: bool = False,
    column_map: Mapping[str, str] | None = None,
    ratings_column_map: Mapping[str, str] | None = None,
    sheet: str | int | None = None,
    ratings_sheet: str | int | None = None,
    adverse_impact_by: Sequence[str] | None = None,
    scientific_professional: bool | None = None,
    rating_method: Literal["category", "numerical"] | None = None,
    issued_on: dt.date | None = None,
    evidence: bool = False,
    max_rows: int | None = None,
    stage: Stage | None = None,
    spill_rows_above: int | None = SPILL_ROWS_ABOVE,
) -> BatchSummary:
    """Read applicant and rating spreadsheets, score the pool, and write the results workbook.

    Args:
        applicants: Applicant file (xlsx, xlsm, csv, tsv).
        ratings: Rating file, long or wide layout.
        assessment: Bundled assessment name, file path, or :class:`~skillhire.assessment.Assessment`.
        output: The results file (``.xlsx``, ``.csv`` or ``.jsonl``).
        format: Output format, overriding the suffix.
        overwrite: Replace an existing output.
        column_map: Applicant file header -> column name (``{"Cand No": "applicant_id"}``).
        ratings_column_map: The same for the rating file.
        sheet: Applicant sheet name or index (default: the first with an applicant id column).
        ratings_sheet: Rating sheet name or index.
        adverse_impact_by: Applicant columns for adverse impact (default: demographic columns found).
        scientific_professional: Overrides the assessment's flag.
        rating_method: Overrides the assessment's rating method.
        issued_on: Certificate issue date (starts the 240-day sharing window).
        evidence: Map resume text to skills and add the evidence per competency (needs skills mapping).
        max_rows: Most data rows read from each file (default: ``ReadLimits().max_rows``, 2,000,000).
        stage: Called as ``stage(name, done, total)`` as the run progresses (for a progress bar).
        spill_rows_above: With more applicant rows than this, the rows as read (resume text and every
            other column) wait in a private temporary file while the pool is scored, and are streamed
            back into the Applicants sheet; ``None`` keeps them in memory. The output is the same.

    Returns:
        A :class:`BatchSummary`.

    Raises:
        SkillhireError: any problem with the inputs, the assessment or the output, with a clear message.

    Example:
        >>> score_spreadsheets("applicants.xlsx", "ratings.csv", output="scored.xlsx").statuses  # doctest: +SKIP
        {'eligible': 15, 'failed': 285, 'pending': 0}
    """
    from skillhire._models import paused_gc
    from skillhire._spill import DecisionSpill

    # millions of long-lived objects and no cycles: see skillhire._models.paused_gc; each applicant's
    # hurdle decisions (and, for a large pool, its row as read) wait on disk, in private temporary
    # folders removed on the way out, even on error
    with paused_gc(), DecisionSpill() as spill, contextlib.ExitStack() as cleanup:
        return _score_spreadsheets(
            applicants, ratings, assessment, output=output, format=format, overwrite=overwrite,
            column_map=column_map, ratings_column_map=ratings_column_map, sheet=sheet, ratings_sheet=ratings_sheet,
            adverse_impact_by=adverse_impact_by, scientific_professional=scientific_professional,
            rating_method=rating_method, issued_on=issued_on, evidence=evidence, max_rows=max_rows, stage=stage,
            spill=spill, spill_rows_above=spill_rows_above, cleanup=cleanup,
        )



def _applicant_ids(applicant_records: ApplicantRecords) -> Iterator[str]:
    """The applicant ids the records (or, on disk, the profiles) hold, as the strings they hold."""
    from skillhire.applicants import _DiskRecords

    if isinstance(applicant_records.records, _DiskRecords):
        return iter(applicant_records.records.profiles)
    return (record.applicant_id for record in applicant_records.records)

def _score_spreadsheets(
    applicants: str | Path,
    ratings: str | Path,
    assessment: Any,
    *,
    output: str | Path,
    format: str | None,
    overwrite: bool,
    column_map: Mapping[str, str] | None,
    ratings_column_map: Mapping[str, str] | None,
    sheet: str | int | None,
    ratings_sheet: str | int | None,
    adverse_impact_by: Sequence[str] | None,
    scientific_professional: bool | None,
    rating_method: Literal["category", "numerical"] | None,
    issued_on: dt.date | None,
    evidence: bool,
    max_rows: int | None,
    stage: Stage | None,
    spill: Any,
    spill_rows_above: int | None,
    cleanup: contextlib.ExitStack,
) -> BatchSummary:
    from skillhire._spill import RowSpill, release_freed_memory
    from skillhire.applicants import (
        APPLICANT_ALIASES,
        APPLICANT_EXTRA_ALIASES,
        RATING_ALIASES,
        _read_applicants,
        _stream_applicants,
        _stream_ratings,
    )
    from skillhire.assessment import Assessment, load_assessment
    from skillhire.results_io import write_results
    from skillhire.scoring import _score_pool
    from skillhire.spreadsheets import iter_rows

    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    note = stage or (lambda name, done, total: None)
    output = Path(output)
    output_format(output, format)  # an unknown format fails before any work
    _check_output(output, [Path(applicants), Path(ratings)], overwrite)
    if evidence:
        from skillhire.evidence import _skills_api

        _skills_api()  # fails early, before reading, when skills mapping is missing
    resolved = assessment if isinstance(assessment, Assessment) else load_assessment(assessment)

    note("reading applicants", 0, None)
    applicant_aliases = {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES}
    applicant_stream = iter_rows(
        applicants, columns=list(applicant_aliases), aliases=applicant_aliases, required=["applicant_id"],
        column_map=column_map, sheet=sheet, max_rows=max_rows,
    )  # fmt: skip
    if evidence and "resume_text" not in applicant_stream.headers:  # an empty evidence sheet said nothing
        from skillhire.errors import MissingColumnError

        accepted = ", ".join(["resume_text", *APPLICANT_EXTRA_ALIASES["resume_text"]])
        raise MissingColumnError(
            applicant_stream.source,
            f"has no resume column to find SME evidence in (headers accepted: {accepted}); headers found: "
            f"{', '.join(applicant_stream.headers.values())}; map one with column_map (--column-map), or leave "
            "out evidence (--evidence)",
        )
    rows_iter = iter(applicant_stream)
    # The first rows, up to the spill threshold, are held as read; a larger file goes to disk from there
    # on, row by row, as it is read (see RowSpill): the rows as read (about 2 KB each with a resume) are
    # never all in memory; the records keep what scoring and the reports read, and the rows come back as
    # the Applicants sheet is written.
    first = list(itertools.islice(rows_iter, spill_rows_above + 1)) if spill_rows_above is not None else None
    row_spill: RowSpill | None = None
    applicant_rows: Any = None
    if first is None or len(first) <= spill_rows_above:  # type: ignore[operator]
        applicant_rows = _rows_read(applicant_stream, first if first is not None else list(rows_iter))
        applicant_records = _read_applicants(applicant_rows)
    else:
        row_spill = cleanup.enter_context(RowSpill())
        # the valid records on disk too, from the moment they are read to the end of scoring, with only
        # each id and what deciding reads in memory (see _DiskRecords); mapping resumes to skills reads
        # the records before that, so with evidence they stay in memory
        from skillhire._spill import RecordSpill

        record_spill = None if evidence else cleanup.enter_context(RecordSpill())
        source = Path(applicant_stream.source).name if applicant_stream.source != "<rows>" else "rows"
        applicant_records = _stream_applicants(
            _drain(first, rows_iter), source=source, digest=applicant_stream.sha256 or "",
            keep_extra=_KeptColumns(adverse_impact_by, evidence), spill=row_spill,
            keep_email=_grouped_by_email(adverse_impact_by),  # otherwise on disk: see results_io._DiskEmails
            records=record_spill,
        )  # fmt: skip
        release_freed_memory()  # what reading freed, back to the system before the ratings are read
    del first, rows_iter
    read = applicant_stream.counts.rows_read
    note("reading applicants", read, read)
    del applicant_stream
    note("reading ratings", 0, None)
    # Read and validate the ratings one row at a time, kept in columns (see _RatingColumns): at 12 rating
    # rows per applicant, holding every row as read, or even a record per rating, would be the largest
    # thing in memory.
    rating_stream = iter_rows(
        ratings, columns=list(RATING_ALIASES), aliases=RATING_ALIASES, required=["applicant_id"],
        column_map=ratings_column_map, sheet=ratings_sheet, max_rows=max_rows,
    )  # fmt: skip
    known_ids = _applicant_ids(applicant_records)  # shared with the records
    buckets = None
    if row_spill is not None:
        # a large pool: the ratings go to disk as they are read, in buckets of applicants in the order
        # they are decided, so that one bucket's ratings are in memory at a time (see RatingBuckets)
        from skillhire._spill import RatingBuckets

        buckets = cleanup.enter_context(RatingBuckets(_applicant_ids(applicant_records)))
    rating_records = _stream_ratings(rating_stream, applicant_ids=known_ids, buckets=buckets)
    read = rating_stream.counts.rows_read
    note("reading ratings", read, read)
    note("validating rows", read, read)
    del rating_stream, known_ids  # the generator holds the records' list
    note("scoring", 0, None)
    result = _score_pool(
        applicant_records, rating_records, resolved,
        scientific_professional=scientific_professional, rating_method=rating_method, issued_on=issued_on,
        release_ratings=True,  # the records are ours: freed as they are decided (the collector is paused above)
        spill=spill,  # the decisions go to disk as they are made: see skillhire._spill
    )  # fmt: skip
    del rating_records, applicant_records
    if buckets is not None:
        buckets.close()  # every rating decided or rejected: the file removed now
    release_freed_memory()  # the rating columns and their tables, back to the system before the reports
    result._row_spill = row_spill
    note("scoring", len(result.outcomes), len(result.outcomes))
    evidence_map = None
    if evidence:
        from skillhire.evidence import collect_evidence, resume_texts
        from skillhire.results_io import _valid_rows

        note("mapping resumes to skills", 0, None)
        evidence_map = collect_evidence(resume_texts(_valid_rows(result).values()), resolved)
    if row_spill is not None:
        # every scored applicant's record and outcome to disk, in row order; in memory only those a
        # certificate may list (see PoolResult._move_to_disk)
        from skillhire._spill import ScoredSpill

        scored = cleanup.enter_context(ScoredSpill())
        if result._move_to_disk(scored):
            release_freed_memory()
        else:
            scored.close()
    total = result.row_counts["applicants"].rows_in

    def progress(table: str, done: int) -> None:
        if table == "Applicants":
            note("writing applicants", done, total)

    note("reports and writing", 0, None)
    report = write_results(
        result, output, format=format, overwrite=overwrite, applicants=applicant_rows if row_spill is None else None,
        adverse_impact_by=adverse_impact_by, evidence=evidence_map, started_at=started_at, progress=progress,
    )  # fmt: skip
    counts = result.row_counts
    categories: dict[str, int] = {}
    if result.rating_method == "category":
        categories = {category.name: 0 for category in resolved.categories}
    for category, count in result._eligible_by_category().items():  # counted before the outcomes were trimmed
        categories[category] = categories.get(category, 0) + count
    certificates = {name: count for name, count in report.rows.items() if name.startswith("Cert ")}
    return BatchSummary(
        applicants_read=counts["applicants"].rows_in,
        applicants_scored=counts["applicants"].scored,
        applicants_rejected=counts["applicants"].rejected,
        ratings_read=counts["ratings"].rows_in,
        ratings_scored=counts["ratings"].scored,
        ratings_rejected=counts["ratings"].rejected,
        statuses=result.counts(),
        categories=categories,
        certificates=certificates,
        files=report.files,
        truncated_cells=report.truncated_cells,
        seconds=round(time.perf_counter() - started, 3),
    )


class _KeptColumns:
    """The extra columns an applicant record keeps in memory when its row waits on disk (a Container).

    Those the adverse-impact report may group by (``adverse_impact_by``, else the demographic columns
    :func:`skillhire.results_io.write_results` looks for) and, with ``evidence``, the resume columns;
    each name compared as each of those compares it. Known by name alone, so rows can be read one at a
    time (the columns of rows further down are not known yet).
    """

    def __init__(self, adverse_impact_by: Sequence[str] | None, evidence: bool) -> None:
        from skillhire.applicants import normalise_header
        from skillhire.results_io import DEMOGRAPHIC_COLUMNS

        self._grouped = {normalise_header(name) for name in (DEMOGRAPHIC_COLUMNS if adverse_impact_by is None
                                                             else adverse_impact_by)}  # fmt: skip
        self._resume: set[str] = set()
        if evidence:
            from skillhire.evidence import RESUME_COLUMNS

            self._resume = {_squashed(name) for name in RESUME_COLUMNS}
        self._answers: dict[object, bool] = {}  # asked once per column and row: a file has a few names

    def __contains__(self, name: object) -> bool:
        answer = self._answers.get(name)
        if answer is None:
            from skillhire.applicants import normalise_header

            answer = normalise_header(name) in self._grouped or (
                bool(self._resume) and _squashed(str(name)) in self._resume)
            if len(self._answers) < 10_000:
                self._answers[name] = answer
        return answer


def _grouped_by_email(adverse_impact_by: Sequence[str] | None) -> bool:
    """Whether the adverse-impact report groups by the email column (it reads every record's email)."""
    from skillhire.applicants import normalise_header

    return any(normalise_header(name) == "email" for name in adverse_impact_by or ())


def _squashed(name: str) -> str:
    import re

    return re.sub(r"[\W_]+", "", name.casefold())


def _drain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    """The rows of ``first`` (emptied as they go), then those of ``rest``."""
    first.reverse()
    while first:
        yield first.pop()
    yield from rest


def _rows_read(stream: Any, rows: list[tuple[Any, Sequence[Any]]]) -> Any:
    """What :func:`skillhire.read_rows` returns for the file a :class:`~skillhire.spreadsheets.RowStream`
    read, from its ``(row, problems)`` pairs (every one, the stream iterated to its end)."""
    from skillhire.spreadsheets import RowsRead

    kept, rejected, errors = [], [], []
    for row, problems in rows:
        if problems:
            rejected.append(row)
            errors.extend(problems)
        else:
            kept.append(row)
    return RowsRead.model_construct(
        source=stream.source, sheet=stream.sheet, header_row=stream.header_row, headers=stream.headers, rows=kept,
        rejected=rejected, errors=errors, blank_rows=stream.counts.blank_rows, reader=stream.reader,
        encoding=stream.encoding, sha256=stream.sha256,
    )  # fmt: skip


def _check_output(output: Path, inputs: list[Path], overwrite: bool) -> None:
    refuse_input_as_output(output, inputs)
    if output.exists() and not overwrite:
        raise OutputExistsError(output)
