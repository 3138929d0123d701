"""Writing a scored pool to a workbook managers and auditors can read (or to CSV / JSON Lines).

:func:`write_results` turns a :class:`~skillhire.scoring.PoolResult` into these tables, in this order:

==================  ===================================================================================
Summary             rows read, scored and rejected per input; applicants per status and per category;
                    every certificate with its size; the adverse-impact notice
Applicants          every input row, in input order: its columns as read, then ``status`` (eligible,
                    failed, pending, or rejected), the hurdle reached, category, score, eligible grades,
                    and the reasons (one line per hurdle, each naming competency, raters and rule)
Cert <grade> <ag>   one sheet per certificate, in referral order, with the reason for each position
Rejected rows       every row not scored: input, row number as Excel shows it, column, problem
Adverse impact      per grouping column, hurdle and group (29 CFR 1607.4(D)); evidence, not a finding
Rater agreement     per competency (percent agreement, Krippendorff's alpha), per SME pair (Cohen's
                    kappa), per SME (disagreement with the final decision)
SME evidence        (only with ``evidence=``) resume evidence per applicant and competency, never a rating
Audit               input SHA-256s, assessment fingerprint, rules and package versions, every setting,
                    timestamps, the audit record's own SHA-256, and every recorded event (in xlsx, a
                    value longer than a cell holds continues on rows "event 9 (part 2 of 3)", ...)
==================  ===================================================================================

The writing itself (no formula ever, atomic replace, bounded memory, frozen header and filters) is
:func:`skillhire.workbook.write_tables`; CSV writes the Applicants table to the path and each other table
beside it, JSON Lines writes every table to one file with a ``_table`` field.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import json
import marshal
import platform
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillhire.applicants import (
    APPLICANT_COLUMNS,
    ApplicantRecords,
    applicant_text,
    extra_names,
    extra_values,
    normalise_header,
)
from skillhire.errors import InvalidRowError, UnknownNameError
from skillhire.spreadsheets import RowsRead
from skillhire.workbook import Progress, Table, WriteReport, output_format, write_tables

if TYPE_CHECKING:
    from skillhire._spill import RowSpill
    from skillhire.certificates import Certificate
    from skillhire.scoring import PoolResult

__all__ = ["DEMOGRAPHIC_COLUMNS", "result_tables", "write_results"]

#: Applicant columns used for adverse impact when ``adverse_impact_by`` is not given (compared after
#: normalising case, spaces and punctuation).
DEMOGRAPHIC_COLUMNS: tuple[str, ...] = (
    "sex", "gender", "race", "ethnicity", "race_ethnicity", "race/ethnicity", "age_40_or_over", "age_40_plus",
    "disability", "disability_status", "targeted_disability",
)  # fmt: skip

OUTCOME_COLUMNS: tuple[str, ...] = (
    "status", "hurdle", "category", "score", "augmented_score", "preference_applied", "eligible_grades", "reasons",
)  # fmt: skip
_PACKAGES = ("pydantic", "openpyxl", "python-calamine", "xlsxwriter", "defusedxml")


def write_results(
    result: PoolResult,
    path: str | Path,
    *,
    format: str | None = None,
    overwrite: bool = False,
    applicants: RowsRead | ApplicantRecords | None = None,
    adverse_impact_by: Sequence[str] | None = None,
    evidence: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    started_at: dt.datetime | None = None,
    progress: Progress | None = None,
) -> WriteReport:
    """Write a scored pool to an xlsx workbook, CSV files or a JSON Lines file, atomically.

    Args:
        result: What :func:`skillhire.score_pool` returned.
        path: The output file; its suffix (``.xlsx``, ``.csv``, ``.jsonl``) picks the format.
        format: ``"xlsx"``, ``"csv"`` or ``"jsonl"``, overriding the suffix.
        overwrite: Replace an existing output; otherwise an existing file raises
            :class:`~skillhire.errors.OutputExistsError` and nothing is written.
        applicants: The applicant rows as read (:func:`skillhire.read_rows`), so that rejected rows appear
            in the Applicants sheet with their values; without it they appear with their row number and
            problem only.
        adverse_impact_by: Applicant columns to report adverse impact by; default: every column of
            :data:`DEMOGRAPHIC_COLUMNS` the applicants have.
        evidence: Resume evidence per applicant id and competency id, for the "SME evidence" sheet.
        started_at: When the run started (for the Audit sheet); default: not recorded.
        progress: Called as ``progress(table name, rows written)`` while writing (for a progress bar).

    Returns:
        The :class:`~skillhire.workbook.WriteReport` (files written, rows per table).

    Raises:
        OutputExistsError: the output exists and ``overwrite`` is false.
        UnknownNameError: an unknown format, or an ``adverse_impact_by`` column the applicants lack.

    Example:
        >>> result = score_pool("applicants.xlsx", "ratings.csv", "smeqa-standard")  # doctest: +SKIP
        >>> write_results(result, "scored.xlsx").files  # doctest: +SKIP
        ['scored.xlsx']
    """
    kind = output_format(path, format)
    tables = result_tables(
        result,
        applicants=applicants,
        adverse_impact_by=adverse_impact_by,
        evidence=evidence,
        started_at=started_at,
    )
    if kind == "csv":  # the named file holds the applicants; the other tables go beside it
        tables.insert(0, tables.pop(1))
    if kind == "xlsx":  # an Excel cell holds 32,767 characters; the audit record must be whole
        audit = tables[-1]
        tables[-1] = Table(audit.name, audit.columns, _audit_parts(audit.rows))
    return write_tables(tables, path, format=format, overwrite=overwrite, progress=progress)


#: Characters per Audit cell in xlsx: at most 2 UTF-16 units each, so a part fits Excel's 32,767 units.
AUDIT_PART_CHARS = 16_000


def _audit_parts(rows: Iterable[list[Any]]) -> Iterator[list[Any]]:
    """Audit rows for xlsx: a value too long for one cell (a large certificate's ``certificate_issued``
    event lists every referred id) goes on consecutive rows ``event 1 (part 1 of 3)``, ... whose values,
    joined in order, are the whole value (no part starts or ends with a space); CSV and JSON Lines keep one
    row per item."""
    for item, value in rows:
        if not isinstance(value, str) or len(value) <= AUDIT_PART_CHARS:
            yield [item, value]
            continue
        parts, start = [], 0
        while start < len(value):
            end = min(start + AUDIT_PART_CHARS, len(value))
            # never next to a space: readers that strip cells (read_rows) still join the parts exactly
            while start + 1 < end < len(value) and (value[end - 1].isspace() or value[end].isspace()):
                end -= 1
            parts.append(value[start:end])
            start = end
        for number, part in enumerate(parts, start=1):
            yield [f"{item} (part {number} of {len(parts)})", part]


def result_tables(
    result: PoolResult,
    *,
    applicants: RowsRead | ApplicantRecords | None = None,
    adverse_impact_by: Sequence[str] | None = None,
    evidence: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    started_at: dt.datetime | None = None,
) -> list[Table]:
    """The tables :func:`write_results` writes (rows are generated lazily), for other writers.

    Example:
        >>> [table.name for table in result_tables(result)][:2]  # doctest: +SKIP
        ['Summary', 'Applicants']
    """
    valid = _valid_rows(result)
    app_label = _label(result, "applicants")
    errors_by_row: dict[int, list[InvalidRowError]] = {}
    for error in result.rejected:
        if (error.sheet or "") == app_label:
            errors_by_row.setdefault(error.row, []).append(error)
    row_spill = getattr(result, "_row_spill", None)  # the rows as read, on disk (skillhire._spill.RowSpill)
    valid_keys = _valid_extra_keys(valid, row_spill, result)
    if row_spill is None:
        rejected_values = _rejected_values(applicants, set(errors_by_row))
        extras = _extra_columns(valid_keys, [list(values) for values in rejected_values.values()])
    else:
        rejected_values = {}
        extras = _extra_columns(valid_keys, _spilled_rejected_keys(row_spill, errors_by_row))
    numerical = result.rating_method == "numerical"
    groups = _adverse_columns(result, valid_keys, adverse_impact_by)
    reports = [(by, result.adverse_impact(by=by)) for by in groups]
    certificates = result.certificates()
    contacts: _ReferredContacts | None = None
    if getattr(result, "_scored", None) is not None:  # skillhire score: only the referred applicants kept now
        result._keep_referred(certificates)
        valid = _valid_rows(result)
        # their names and emails, packed as the Applicants sheet reads every row back (see _ReferredContacts)
        contacts = _ReferredContacts(result, certificates, row_spill)
    if all(getattr(certificate, "_keep_entries", True) for certificate in certificates):
        entries: list[Any] = [certificate.entries for certificate in certificates]  # built once: each call builds anew
    else:  # skillhire score: one certificate's entries at a time, built as its sheet is written (see Certificate)
        entries = [_Entries(certificate) for certificate in certificates]
    written_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    emails = _DiskEmails(row_spill, valid, certificates) if row_spill is not None and contacts is None else None

    outcome_columns = [c for c in OUTCOME_COLUMNS if numerical or c != "augmented_score"]
    applicant_columns = ["row", *APPLICANT_COLUMNS, "qualified_grades", *extras, *outcome_columns]
    tables = [
        Table("Summary", ["item", "value"], list(_summary_rows(result, certificates, entries, reports))),
        Table(
            "Applicants",
            applicant_columns,
            _applicant_rows(result, valid, errors_by_row, rejected_values, extras, outcome_columns, row_spill,
                            emails, contacts),
            number_formats={"score": "0.0", "augmented_score": "0.0"},
        ),
    ]
    names = _certificate_sheet_names(certificates)
    listed_names = valid if contacts is None else contacts  # each referred applicant's names and email
    for certificate, listed, name in zip(certificates, entries, names, strict=True):
        tables.append(_certificate_table(certificate, listed, name, listed_names, numerical, emails))
    tables.append(
        Table(
            "Rejected rows",
            ["input", "row", "column", "problem"],
            [[e.sheet or "", e.row, e.column or "", e.message] for e in _sorted_errors(result.rejected)],
        )
    )
    tables.append(_adverse_table(reports))
    tables.append(_agreement_table(result))
    if evidence is not None:
        tables.append(
            Table(
                "SME evidence",
                ["applicant_id", "competency", "evidence"],
                [
                    [applicant_id, competency, "\n".join(snippets)]
                    for applicant_id in sorted(evidence)
                    for competency, snippets in sorted(evidence[applicant_id].items())
                ],
            )
        )
    tables.append(Table("Audit", ["item", "value"], list(_audit_rows(result, started_at, written_at))))
    return tables


# ------------------------------------------------------------------------------------------- applicants


def _valid_rows(result: PoolResult) -> Mapping[str, Any]:
    rows = getattr(result, "applicants", None)
    if not isinstance(rows, Mapping):
        rows = result._applicants  # the scored applicant rows, by id
    return rows  # read only: no copy (one entry per applicant)


_WANTED: Any = object()  # in place of an email left on disk that a certificate needs (see _DiskEmails)
_EMAIL_AT = 1 + APPLICANT_COLUMNS.index("email")  # the email's place in an Applicants sheet row


class _DiskEmails:
    """The emails ``skillhire score`` leaves on disk (its records hold ``None``: see ``_Applicant.of``).

    The Applicants sheet reads every row's email back from the rows on disk as it writes the row
    (:meth:`offer`); of those, it keeps in the records only the emails of applicants a certificate refers
    (marked here, with the certificates built), which the certificate sheets, written after it, read. When
    a certificate's rows are asked for before the Applicants sheet is written to its end, :meth:`ensure`
    fetches the marked emails in one pass over the rows on disk. Either way the values are those
    :class:`~skillhire.applicants.ApplicantRow` would hold.
    """

    def __init__(
        self, row_spill: RowSpill, valid: Mapping[str, Any], certificates: Sequence[Certificate]
    ) -> None:
        self._row_spill = row_spill
        self._valid = valid
        self._fetched = True
        for certificate in certificates:
            for applicant_id in certificate.applicant_ids:
                row = valid.get(applicant_id)
                if row is not None and row.email is None:
                    row.email = _WANTED
                    self._fetched = False

    def offer(self, row: Any, found: tuple[tuple[Any, ...], tuple[Any, ...]]) -> str:
        """A scored row's email, read from its cells on disk (kept in the record for a certificate)."""
        email = applicant_text(*found, "email")
        if row.email is _WANTED:
            row.email = email
        return email

    def finish(self) -> None:
        """Every row has been offered: the marked emails are in the records."""
        self._fetched = True

    def ensure(self) -> None:
        """The marked emails in the records, fetched from disk now when no Applicants sheet brought them."""
        if self._fetched:
            return
        wanted = {row.row: row for row in self._valid.values() if row.email is _WANTED}
        layouts = self._row_spill.layouts
        for number, layout, cells in self._row_spill.read():
            row = wanted.get(number)
            if row is not None:
                row.email = applicant_text(layouts[layout], cells, "email")
        self._fetched = True


class _ReferredContacts(Mapping[str, Any]):
    """The names and email of each applicant a certificate refers, for ``skillhire score``'s certificate
    sheets (after ``PoolResult._keep_referred``, which keeps no record): referred id -> a record-like
    object with ``last_name``, ``first_name`` and ``email``, as the applicant's record holds them (its
    email read from the rows on disk when the record left it there, as the Applicants sheet writes it).

    The Applicants sheet reads every scored row back from disk, in row order, before the certificate
    sheets; each referred applicant's three values are packed as it passes (:meth:`offer`): one
    :mod:`marshal` frame each, appended to one ``bytearray``, found through the sorted referred ids. That
    is about 0.1 KB per referred applicant in two large blocks, rather than a record, its row number, id,
    email and dict slot (about 0.35 KB in many small objects, made while the Applicants sheet's rows come
    and go, which kept the memory around them from being reused). When the certificate sheets come first,
    :meth:`ensure` reads them in one pass over the scored applicants (and rows) on disk.
    """

    def __init__(self, result: PoolResult, certificates: Sequence[Certificate], row_spill: RowSpill | None) -> None:
        self._result = result
        self._row_spill = row_spill
        self._ids = sorted({applicant_id for certificate in certificates for applicant_id in certificate.applicant_ids})
        self._at = array("q", [-1]) * len(self._ids)  # each referred applicant's frame in _packed, once offered
        self._packed = bytearray()
        self._complete = not self._ids

    def _index(self, applicant_id: str) -> int:
        if applicant_id.__class__ is not str:  # not an id: not there (bisection would raise TypeError)
            return -1
        at = bisect.bisect_left(self._ids, applicant_id)
        return at if at < len(self._ids) and self._ids[at] == applicant_id else -1

    def offer(self, row: Any, found: tuple[tuple[Any, ...], tuple[Any, ...]] | None) -> Any:
        """A scored row's email (its record's, or read from its cells on disk when the record left it
        there), kept with its names when a certificate refers the applicant."""
        email = row.email
        if email is None and found is not None:
            email = applicant_text(*found, "email")
        at = self._index(row.applicant_id)
        if at >= 0 and self._at[at] < 0:
            self._at[at] = len(self._packed)
            self._packed += marshal.dumps((row.last_name, row.first_name, email))
        return email

    def finish(self) -> None:
        """Every scored row has been offered: every referred applicant's values are here."""
        self._complete = True
        self._check_complete()

    def _check_complete(self) -> None:
        """A referred applicant never offered would be a certificate row with blank names: fail instead."""
        missing = self._at.count(-1)
        if missing:
            raise RuntimeError(
                f"{missing} referred applicant(s) were not found among the scored applicants on disk; "
                "no certificate sheet is written with blank names"
            )

    def ensure(self) -> None:
        """Every referred applicant's values here, read from disk now when no Applicants sheet brought them."""
        if self._complete:
            return
        spilled = _spilled_cells(self._row_spill) if self._row_spill is not None else None
        for row, _, _ in self._result._scored_rows():
            if self._index(row.applicant_id) >= 0:
                self.offer(row, spilled(row.row) if spilled is not None and row.email is None else None)
        self._complete = True
        self._check_complete()

    def __getitem__(self, applicant_id: str) -> Any:
        at = self._index(applicant_id)
        if at < 0 or self._at[at] < 0:
            raise KeyError(applicant_id)
        from types import SimpleNamespace

        with memoryview(self._packed) as packed, packed[self._at[at]:] as frame:  # no copy; a frame's
            last_name, first_name, email = marshal.loads(frame)  # bytes after it are ignored
        return SimpleNamespace(last_name=last_name, first_name=first_name, email=email)

    def __contains__(self, applicant_id: object) -> bool:
        at = self._index(applicant_id)  # type: ignore[arg-type]
        return at >= 0 and self._at[at] >= 0

    def __iter__(self) -> Iterator[str]:
        return (applicant_id for applicant_id, at in zip(self._ids, self._at) if at >= 0)

    def __len__(self) -> int:
        return sum(1 for at in self._at if at >= 0)


class _Entries:
    """A certificate's entries, counted now and built again when iterated (for a certificate that does
    not hold them: see :class:`~skillhire.certificates.Certificate`); equal to ``certificate.entries``."""

    def __init__(self, certificate: Certificate) -> None:
        self._certificate = certificate
        self._count = len(certificate.applicant_ids)  # counted without building the entries

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        return self._certificate._iter_entries()  # one entry at a time, as the sheet is written


def _label(result: PoolResult, which: str) -> str:
    source = result.row_counts[which].source
    return which if source in ("rows", "") else source


def _rejected_values(
    applicants: RowsRead | ApplicantRecords | None, rows: set[int]
) -> dict[int, dict[str, Any]]:
    if not isinstance(applicants, RowsRead) or not rows:
        return {}
    out: dict[int, dict[str, Any]] = {}
    for row in [*applicants.rows, *applicants.rejected]:
        if row.row in rows:
            out[row.row] = row.values
    return out


def _valid_extra_keys(valid: Mapping[str, Any], row_spill: RowSpill | None, result: Any = None) -> list[str]:
    """The scored rows' extra columns, in order of first appearance.

    With the rows on disk each record keeps only some of its extra columns: the rest are known from
    the layout (column keys) each row was read under, without reading the file. With the scored
    applicants on disk too (``result._scored``: see ``PoolResult._move_to_disk``), their records are
    read from there, in row order as ``valid`` holds them otherwise.
    """
    seen: dict[str, None] = {}
    scored = getattr(result, "_scored", None)
    records: Iterable[Any] = valid.values() if scored is None else (row for row, _, _ in result._scored_rows())
    if row_spill is None:
        for row in records:
            for key in row.extra:
                seen.setdefault(key)
        return list(seen)
    names: dict[int, list[str]] = {}
    for index, layout in enumerate(row_spill.layouts):
        names[index] = extra_names(layout)
    if len(row_spill.layouts) == 1:  # the common case: one header for every row
        return list(names[0]) if (valid if scored is None else len(scored)) else []
    numbers, layout_of = row_spill.numbers, row_spill.layout_of
    done: set[int] = set()
    for row in records:
        at = bisect.bisect_left(numbers, row.row)
        if at == len(numbers) or numbers[at] != row.row:  # not read from the file (never, in practice)
            for key in row.extra:
                seen.setdefault(key)
            continue
        index = layout_of[at]
        if index not in done:
            done.add(index)
            for key in names[index]:
                seen.setdefault(key)
            if len(done) == len(names):
                break
    return list(seen)


def _spilled_rejected_keys(row_spill: RowSpill, errors_by_row: Mapping[int, Any]) -> list[tuple[Any, ...]]:
    """The column keys of each rejected row on disk, in the order :func:`_rejected_values` gives them
    (rows the reader kept first, then rows the reader rejected, each in row order)."""
    found: list[tuple[int, int, tuple[Any, ...]]] = []
    numbers = row_spill.numbers
    for number in errors_by_row:
        at = bisect.bisect_left(numbers, number)
        if at < len(numbers) and numbers[at] == number:
            found.append((1 - row_spill.kept[at], number, row_spill.layouts[row_spill.layout_of[at]]))
    return [keys for _, _, keys in sorted(found)]


def _extra_columns(valid_keys: Sequence[str], rejected_keys: Iterable[Sequence[str]]) -> list[str]:
    known = {*APPLICANT_COLUMNS, "qualified_grades", "row", *OUTCOME_COLUMNS}
    seen: dict[str, None] = dict.fromkeys(valid_keys)
    for keys in rejected_keys:
        for key in keys:
            if key not in known:
                seen.setdefault(key)
    return [key for key in seen if key not in known]


def _spilled_cells(row_spill: RowSpill) -> Callable[[int], tuple[tuple[Any, ...], tuple[Any, ...]] | None]:
    """A reader of the rows on disk for ascending row numbers: ``at(number)`` -> (keys, cells) or None."""
    rows = row_spill.read()
    current = next(rows, None)
    layouts = row_spill.layouts

    def at(number: int) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        nonlocal current
        while current is not None and current[0] < number:
            current = next(rows, None)
        if current is not None and current[0] == number:
            return layouts[current[1]], current[2]
        return None

    return at


def _by_row(valid: Mapping[str, Any], errors_by_row: Mapping[int, Any]) -> Iterator[tuple[int, str | None]]:
    """``(row number, applicant id)`` of each scored row and ``(row number, None)`` of each rejected one, in
    row order (a scored row before a rejected one of the same number).

    The scored applicants are usually in row order already (read top to bottom): then they are merged with
    the rejected rows as they go, with no list of every row (about 0.1 KB per applicant while the
    Applicants sheet is written); otherwise all are sorted.
    """
    rows = valid.values()
    previous = -1
    for row in rows:
        if row.row < previous:
            by_row = [(row.row, applicant_id) for applicant_id, row in valid.items()]
            by_row.extend((number, None) for number in errors_by_row)
            by_row.sort(key=lambda item: (item[0], item[1] is None))
            return iter(by_row)
        previous = row.row
    scored = ((row.row, applicant_id) for applicant_id, row in valid.items())
    rejected = ((number, None) for number in sorted(errors_by_row))
    return heapq.merge(scored, rejected, key=lambda item: (item[0], item[1] is None))


def _spilled_by_row(
    result: PoolResult, errors_by_row: Mapping[int, Any]
) -> Iterator[tuple[int, str | None, Any, Any]]:
    """What :func:`_by_row` gives, with each scored row's record and outcome read back from disk (``skillhire
    score``: see ``PoolResult._move_to_disk``): ``(row number, applicant id, record, outcome)`` of each scored
    row, ``(row number, None, None, None)`` of each rejected one, in row order (a scored row first)."""
    rejected = iter(sorted(errors_by_row))
    waiting = next(rejected, None)
    for row, outcome, _ in result._scored_rows():
        number = row.row
        while waiting is not None and waiting < number:
            yield waiting, None, None, None
            waiting = next(rejected, None)
        yield number, row.applicant_id, row, outcome
    while waiting is not None:
        yield waiting, None, None, None
        waiting = next(rejected, None)


def _applicant_rows(
    result: PoolResult,
    valid: Mapping[str, Any],
    errors_by_row: Mapping[int, list[InvalidRowError]],
    rejected_values: Mapping[int, Mapping[str, Any]],
    extras: list[str],
    outcome_columns: list[str],
    row_spill: RowSpill | None = None,
    emails: _DiskEmails | None = None,
    contacts: _ReferredContacts | None = None,
) -> Iterator[list[Any]]:
    spilled_scored = getattr(result, "_scored", None) is not None  # every scored row on disk, in row order
    by_row: Iterator[tuple[int, str | None, Any, Any]] = (
        _spilled_by_row(result, errors_by_row) if spilled_scored
        else ((number, applicant_id, None, None) for number, applicant_id in _by_row(valid, errors_by_row))
    )  # fmt: skip
    # Reasons repeat word for word across applicants (their texts are shared): join each set once.
    joined: dict[tuple[tuple[str, str], ...], str] = {}
    spilled = _spilled_cells(row_spill) if row_spill is not None else None  # rows in row order, as by_row
    for number, applicant_id, row, outcome in by_row:
        if applicant_id is not None and number not in errors_by_row:
            if row is None:
                row = valid[applicant_id]
                outcome = result.outcomes[applicant_id]
            base = [number, *(getattr(row, column) for column in APPLICANT_COLUMNS), row.qualified_grades]
            extra = row.extra
            found = spilled(number) if spilled is not None else None
            if found is not None:
                extra = extra_values(*found)  # every extra column, as read_applicants built it
                if emails is not None and (row.email is None or row.email is _WANTED):
                    # left on disk: see _DiskEmails (a referred applicant's email goes to its kept record)
                    base[_EMAIL_AT] = emails.offer(row, found)
            if contacts is not None:  # a referred applicant's names and email kept (see _ReferredContacts)
                base[_EMAIL_AT] = contacts.offer(row, found)
            base.extend(extra.get(key) for key in extras)
            reasons = tuple(outcome.reasons.items())
            text = joined.get(reasons)
            if text is None:
                if len(joined) >= 10_000:  # reasons unique to each applicant (own justifications): stay small
                    joined.clear()
                text = joined[reasons] = "\n".join(f"{key}: {text}" for key, text in reasons)
            status = {
                "status": outcome.status,
                "hurdle": outcome.hurdle,
                "category": outcome.category,
                "score": outcome.score,
                "augmented_score": outcome.augmented_score,
                "preference_applied": outcome.preference_applied,
                "eligible_grades": outcome.grades,
                "reasons": text,
            }
        else:
            if applicant_id is not None:  # scored id whose row also carries an error: show the error
                continue
            values = rejected_values.get(number, {})
            if spilled is not None and (found := spilled(number)) is not None:
                values = dict(zip(*found))
            base = [
                number,
                *(values.get(column) for column in APPLICANT_COLUMNS),
                values.get("qualified_grades"),
            ]
            base.extend(values.get(key) for key in extras)
            problems = errors_by_row[number]
            status = {
                "status": "rejected",
                "reasons": "\n".join(
                    f"row {number}" + (f", column {e.column!r}" if e.column else "") + f": {e.message}"
                    for e in problems
                ),
            }
        yield [*base, *(status.get(column) for column in outcome_columns)]
    if emails is not None:
        emails.finish()
    if contacts is not None:
        contacts.finish()


# ----------------------------------------------------------------------------------------- certificates


def _certificate_sheet_names(certificates: Sequence[Certificate]) -> list[str]:
    names = []
    for certificate in certificates:
        name = f"Cert GS-{certificate.grade} {certificate.agency}"
        if certificate.location:
            name += f" {certificate.location}"
        names.append(name)
    return names


def _certificate_table(
    certificate: Certificate, entries: Sequence[Any], name: str, valid: Mapping[str, Any], numerical: bool,
    emails: _DiskEmails | None = None,
) -> Table:
    columns = ["position", "applicant_id", "last_name", "first_name", "email", "category", "earned_category",
               "preference", "score", "augmented_score", "reason", "selected_by", "passed_over"]  # fmt: skip
    if not numerical:
        columns.remove("augmented_score")

    def rows() -> Iterator[list[Any]]:
        if emails is not None:
            emails.ensure()  # the referred applicants' emails, from disk (see _DiskEmails)
        if isinstance(valid, _ReferredContacts):
            valid.ensure()  # the referred applicants' names and emails (see _ReferredContacts)
        for entry in entries:
            row = valid.get(entry.applicant_id)
            values = {
                **entry.__dict__,  # the fields of a flat, frozen model: what model_dump() gives, without copying
                "last_name": getattr(row, "last_name", None),
                "first_name": getattr(row, "first_name", None),
                "email": getattr(row, "email", None),
            }
            yield [values.get(column) for column in columns]

    return Table(name, columns, rows(), number_formats={"score": "0.0", "augmented_score": "0.0"},
                 slug="certificate-" + normalise_header(certificate.key).replace("_", "-"))  # fmt: skip


# ------------------------------------------------------------------------------------------------ reports


def _adverse_columns(result: PoolResult, valid_keys: Sequence[str], wanted: Sequence[str] | None) -> list[str]:
    available: dict[str, str] = {}
    for key in valid_keys:
        available.setdefault(normalise_header(key), key)
    if wanted is not None:
        chosen = []
        for name in wanted:
            key = normalise_header(name)
            if key not in available and name not in APPLICANT_COLUMNS:
                raise UnknownNameError(
                    "applicant column for adverse impact", name, sorted(available.values())
                )
            chosen.append(available.get(key, name))
        return chosen
    defaults = {normalise_header(name) for name in DEMOGRAPHIC_COLUMNS}
    return [original for key, original in available.items() if key in defaults]


def _adverse_table(reports: list[tuple[str, Any]]) -> Table:
    columns = ["by", "hurdle", "group", "applicants", "passed", "rate", "impact_ratio", "flagged", "reference_group",
               "fisher_p", "z", "z_p", "significant", "flip_with_one", "small_group", "note"]  # fmt: skip

    def rows() -> Iterator[list[Any]]:
        for by, report in reports:
            for row in report.rows:
                values = row.model_dump()
                values["by"] = by
                yield [values.get(column) for column in columns]

    return Table("Adverse impact", columns, rows(),
                 number_formats={"rate": "0.000", "impact_ratio": "0.000", "fisher_p": "0.0000", "z": "0.00",
                                 "z_p": "0.0000"})  # fmt: skip


def _agreement_table(result: PoolResult) -> Table:
    report = result.rater_agreement()
    columns = ["part", "hurdle", "competency", "rater", "rater_a", "rater_b", "units", "ratings", "percent_agreement",
               "alpha", "metric", "kappa", "tie_breaks", "pending", "disagreements", "rate", "z", "flagged"]  # fmt: skip
    rows: list[list[Any]] = []
    for part, items in (
        ("competency", report.competencies),
        ("pair", report.pairs),
        ("rater", report.raters),
    ):
        for item in items:
            values = {"part": part, **item.model_dump()}
            rows.append([values.get(column) for column in columns])
    return Table("Rater agreement", columns, rows,
                 number_formats={"percent_agreement": "0.0%", "alpha": "0.000", "kappa": "0.000", "rate": "0.0%",
                                 "z": "0.00"})  # fmt: skip


def _summary_rows(
    result: PoolResult,
    certificates: Sequence[Certificate],
    entries: Sequence[Sequence[Any]],
    reports: list[tuple[str, Any]],
):
    assessment = result.assessment
    yield ["assessment", f"{assessment.name} (version {assessment.version})"]
    yield ["rating method", result.rating_method]
    yield ["scientific or professional position", result.scientific_professional]
    for which, counts in result.row_counts.items():
        yield [f"{which}: input", counts.source]
        yield [f"{which}: rows read", counts.rows_in]
        yield [f"{which}: rows scored", counts.scored]
        yield [f"{which}: rows rejected", counts.rejected]
    statuses = result.counts()
    for status in ("eligible", "failed", "pending"):
        yield [f"applicants {status}", statuses[status]]
    categories = result._eligible_by_category()
    for category in [c.name for c in assessment.categories]:
        if category in categories or result.rating_method == "category":
            yield [f"eligible in category {category}", categories.get(category, 0)]
    yield ["certificates written", len(certificates)]
    for certificate, listed_entries in zip(certificates, entries, strict=True):
        merged = " (categories merged)" if certificate.merged else ""
        listed = ", ".join(certificate.categories)
        yield [
            f"certificate GS-{certificate.grade} {certificate.agency}"
            + (f" {certificate.location}" if certificate.location else ""),
            f"{len(listed_entries)} referred{' from ' + listed if listed else ''}{merged}",
        ]
    for by, report in reports:
        yield [f"adverse impact by {by}: rows flagged", len(report.flagged())]
    if reports:
        yield ["adverse impact notice", reports[0][1].notice]
    else:
        yield [
            "adverse impact",
            "no demographic column among the applicants' columns (pass adverse_impact_by)",
        ]


def _audit_rows(result: PoolResult, started_at: dt.datetime | None, written_at: dt.datetime):
    from skillhire import __version__
    from skillhire.audit import RULES_VERSION

    # The audit record's parts, without building its per-applicant decisions (the Applicants sheet holds
    # every decision; building them again costs seconds per 10,000 applicants).
    assessment = result.assessment
    inputs = getattr(result, "_inputs", None)
    events = getattr(result, "_events", None)
    if inputs is None or events is None:  # pragma: no cover - another PoolResult shape
        inputs, events = result.audit.inputs, result.audit.events
    if started_at is not None:
        yield ["started at (UTC)", started_at.astimezone(dt.timezone.utc).isoformat()]
    yield ["written at (UTC)", written_at.isoformat()]
    yield ["skillhire version", __version__]
    yield ["python version", platform.python_version()]
    for package in _PACKAGES:
        try:
            yield [f"{package} version", metadata.version(package)]
        except metadata.PackageNotFoundError:
            yield [f"{package} version", "(not installed)"]
    yield ["rules version", RULES_VERSION]
    yield ["assessment name", assessment.name]
    yield ["assessment version", assessment.version]
    yield ["assessment sha256", assessment.fingerprint()]
    for which, facts in inputs.items():
        for key, value in facts.items():
            yield [
                f"input {which} {key}",
                value if isinstance(value, (str, int, float, bool)) else _json(value),
            ]
    for key, value in result.settings.items():
        yield [
            f"setting {key}",
            value if isinstance(value, (str, int, float, bool)) or value is None else _json(value),
        ]
    for number, event in enumerate(events, start=1):
        yield [f"event {number}", _json(event)]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _sorted_errors(errors: Iterable[InvalidRowError]) -> list[InvalidRowError]:
    return sorted(errors, key=lambda e: (e.sheet or "", e.row, e.column or ""))
