"""Scoring a pooled-hiring action: hurdles, score, category or rank, certificates, reports, audit.

:func:`score_pool` is the entry point. The rules it applies, each with its source, are documented in
:mod:`skillhire.hurdles` (resume review and interviews), :mod:`skillhire.category_rating` (category rating,
numerical ranking, veterans' preference), :mod:`skillhire.certificates` (referral, selection, pass-over,
sharing), :mod:`skillhire.adverse_impact` and :mod:`skillhire.rater_agreement`; the reconstruction record is
:mod:`skillhire.audit`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html
import itertools
import warnings
from array import array
from collections import defaultdict
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire._models import paused_gc, trusted_factory
from skillhire._spill import DecisionSpill, Plain, RowSpill, ScoredSpill, plain
from skillhire.adverse_impact import AdverseImpactReport, adverse_impact_rows
from skillhire.applicants import (
    _SHARED_MAX,
    APPLICANT_COLUMNS,
    ApplicantRecords,
    ApplicantRow,
    RatingRecords,
    RatingRow,
    _Applicant,
    _DiskRecords,
    _Rating,
    _RatingColumns,
    normalise_header,
    read_applicants,
    read_ratings,
)
from skillhire.assessment import Assessment, load_assessment
from skillhire.audit import RULES_VERSION, Audit, hash_records
from skillhire.category_rating import (
    PREFERENCE_ELIGIBLE,
    _category_counts,
    _category_placed,
    _category_ranked,
    _referred_depth,
    cp_cps_float,
    earned_category,
    rank_category,
    rank_numerical,
    referred_count_category,
    referred_count_numerical,
)
from skillhire.certificates import Certificate, Selection, ShareEvent, _Places, _PlaceTable
from skillhire.errors import CertificateChoiceError, InvalidRowError, SkillhireWarning, UnknownNameError
from skillhire.hurdles import HurdleResult, decide_interview, decide_resume_review
from skillhire.rater_agreement import RaterAgreementReport, _UnitCollector
from skillhire.rater_agreement import _report as _agreement_report

__all__ = ["ApplicantOutcome", "PoolResult", "RowCounts", "score_pool"]


class ApplicantOutcome(BaseModel):
    """Where one applicant ended up, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    applicant_id: str = Field(description="The applicant.")
    status: Literal["eligible", "failed", "pending"] = Field(
        description="'eligible': passed every hurdle and placed; 'failed'; 'pending': a decision is missing."
    )
    hurdle: str = Field(description="The last hurdle reached (where the applicant failed or waits, or the last one).")
    score: float | None = Field(description="Assessment score (SME-QA transmutation), once every hurdle is passed.")
    category: str | None = Field(description="Quality category earned (category rating), else None.")
    augmented_score: float | None = Field(description="Numerical mode: score plus preference points.")
    preference: str = Field(description="Veterans' preference code as claimed (NV, TP, XP, CP, CPS, SSP).")
    preference_applied: bool = Field(
        description="Preference counts only for applicants who passed every hurdle (DEOH p. 4-2)."
    )
    grades: tuple[int, ...] = Field(description="Grades the applicant is eligible for (applied and qualified).")
    hurdles: list[HurdleResult] = Field(description="Each hurdle's decision, in order.")
    reasons: dict[str, str] = Field(description="Reason per hurdle id, then 'score', 'category', 'preference'.")


class _Outcome:
    """An :class:`ApplicantOutcome`'s fields in slots, for ``skillhire score`` only (decisions on disk).

    A pydantic instance keeps its fields in a dict of its own (about 0.4 KB an applicant); the reports
    read the same attribute names and values, so the workbook is the same. Never changed once built.
    """

    __slots__ = tuple(ApplicantOutcome.model_fields)

    applicant_id: str
    status: str
    hurdle: str
    score: float | None
    category: str | None
    augmented_score: float | None
    preference: str
    preference_applied: bool
    grades: tuple[int, ...]
    hurdles: list[HurdleResult]
    reasons: dict[str, str]

    def __init__(self, values: dict[str, Any]) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name])

    def model_dump(self, *, exclude: set[str] | None = None) -> dict[str, Any]:
        """The fields as a dict, as ``ApplicantOutcome.model_dump()`` gives them."""
        return {name: getattr(self, name) for name in self.__slots__ if not exclude or name not in exclude}

    def __repr__(self) -> str:
        return f"_Outcome(applicant_id={self.applicant_id!r}, status={self.status!r})"


_BODY_FIELDS = _Outcome.__slots__[1:]  # every field but the id, in slot order


def _body_ref(body: tuple[Any, ...], bodies: dict[int, int], table: list[tuple[Any, ...]]) -> Any:
    """What the spill stores for an outcome's shared body: its index in ``table`` (added on first sight; ``bodies``
    maps id(body) to it, the bodies staying alive in the outcomes), or, once ``table`` holds
    ``_Outcomes._SHARED_MAX`` bodies (a pool of unique outcomes, own justifications), the body itself, in full."""
    ref = bodies.get(id(body))
    if ref is None:
        if len(table) < _Outcomes._SHARED_MAX:
            ref = bodies[id(body)] = len(table)
            table.append(body)
        else:
            return body
    return ref


class _Outcomes(Mapping[str, Any]):
    """Applicant id -> :class:`_Outcome`, for ``skillhire score`` only: the ids in a list, in the order
    added (ascending, as ``skillhire score`` decides them), and beside them, in an array, each one's
    code into a table of the distinct other fields.

    Apart from the id, an outcome is one of a few combinations (status, last hurdle, score, category,
    preference, grades, the shared reasons dict and the empty decision list): a pool of 100,000 has a
    few thousand distinct ones. Each distinct tuple is stored once (while fewer than ``_SHARED_MAX``
    are; past that each new one is stored as it comes), and an :class:`_Outcome` with the same
    attributes and values is built when one is asked for, so what reads ``result.outcomes`` reads the
    same as before. An applicant takes its slot in the list of ids (8 bytes) and a 4-byte code: a dict
    of ids (about 45 bytes an applicant with its spare room) is not needed, since ids added in ascending
    order are found by bisection. Ids added out of order (never, in ``skillhire score``) are found
    through a dict of their places, built when the first one comes.
    """

    __slots__ = ("_ids", "_codes", "_table", "_shared", "_places")

    _SHARED_MAX = 100_000

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._codes = array("I")
        self._table: list[tuple[Any, ...]] = []  # the distinct bodies, each once (see add)
        self._shared: dict[tuple[Any, ...], int] = {}  # a body's sharing key -> its code, while adding
        self._places: dict[str, int] | None = None  # id -> place, only once an id came out of order

    @classmethod
    def _of_sorted(cls, pairs: Iterable[tuple[str, tuple[Any, ...]]]) -> _Outcomes:
        """The outcomes of ``(applicant id, body)`` pairs in ascending id order, equal bodies (one object)
        one code."""
        self = cls()
        codes: dict[int, int] = {}  # id(body) -> code (each body stays alive in the table)
        for applicant_id, body in pairs:
            code = codes.get(id(body))
            if code is None:
                code = codes[id(body)] = len(self._table)
                self._table.append(body)
            self._place(applicant_id, code)
        return self

    def add(self, values: dict[str, Any]) -> None:
        """Add one outcome, given as :class:`ApplicantOutcome`'s fields (never changed after)."""
        body = tuple([values[name] for name in _BODY_FIELDS])
        # the reasons dict and the decision list are shared by identity: they key by id (each stays alive
        # in the stored tuple, so no other object can take its id while its key is there)
        key = (*body[:-2], id(body[-2]), id(body[-1]))
        code = self._shared.get(key)
        if code is None:
            code = len(self._table)
            self._table.append(body)
            if len(self._shared) < self._SHARED_MAX:
                self._shared[key] = code
        self._place(values["applicant_id"], code)

    def _place(self, applicant_id: str, code: int) -> None:
        ids = self._ids
        if self._places is None and ids and not ids[-1] < applicant_id:  # out of order (or again)
            self._places = {known: place for place, known in enumerate(ids)}
        if self._places is not None:
            place = self._places.get(applicant_id)
            if place is not None:  # again: the new outcome, in the first one's place (as a dict keeps it)
                self._codes[place] = code
                return
            self._places[applicant_id] = len(ids)
        ids.append(applicant_id)
        self._codes.append(code)

    def done(self) -> None:
        """No more outcomes: the sharing table is dropped (the tuples stay, in the table)."""
        self._shared = {}

    def _place_of(self, applicant_id: object) -> int:
        """The place of ``applicant_id`` in the ids (and codes), or -1."""
        if self._places is not None:
            return self._places.get(applicant_id, -1)  # type: ignore[call-overload]
        ids = self._ids
        if applicant_id.__class__ is not str:
            return -1
        at = bisect.bisect_left(ids, applicant_id)
        return at if at < len(ids) and ids[at] == applicant_id else -1

    def body(self, applicant_id: str) -> tuple[Any, ...]:
        """The shared tuple of an applicant's fields but its id (``KeyError`` when it has none)."""
        place = self._place_of(applicant_id)
        if place < 0:
            raise KeyError(applicant_id)
        return self._table[self._codes[place]]

    @property
    def _bodies(self) -> dict[str, tuple[Any, ...]]:
        """Id -> shared body, as a new dict (for tests and small pools: a dict entry per applicant)."""
        table = self._table
        return {applicant_id: table[code] for applicant_id, code in zip(self._ids, self._codes)}

    def _pairs(self) -> Iterator[tuple[str, tuple[Any, ...]]]:
        table = self._table
        return ((applicant_id, table[code]) for applicant_id, code in zip(self._ids, self._codes))

    def __getitem__(self, applicant_id: str) -> _Outcome:
        return _outcome_of(applicant_id, self.body(applicant_id))

    def __contains__(self, applicant_id: object) -> bool:
        return self._place_of(applicant_id) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def values(self) -> _OutcomeValues:
        return _OutcomeValues(self)

    def items(self) -> _OutcomeItems:
        return _OutcomeItems(self)


class _OutcomeValues(ValuesView):
    def __iter__(self) -> Iterator[_Outcome]:
        return (_outcome_of(applicant_id, body) for applicant_id, body in self._mapping._pairs())


class _OutcomeItems(ItemsView):
    def __iter__(self) -> Iterator[tuple[str, _Outcome]]:
        return ((applicant_id, _outcome_of(applicant_id, body)) for applicant_id, body in self._mapping._pairs())


_STATUS_AT, _SCORE_AT, _PREFERENCE_AT, _GRADES_IN_BODY_AT = (
    _BODY_FIELDS.index(name) for name in ("status", "score", "preference", "grades"))


class _ReferablePlaces(Sequence[Any]):
    """One grade's list of who may stand on (or is missing from) one agency's certificates, for ``skillhire
    score`` (outcomes in an :class:`_Outcomes`): each applicant's place among the outcomes, 4 bytes in an
    array, rather than a tuple of five values (about 0.1 KB with its list slots, for every eligible
    applicant at the grade, under ``None`` and each agency it opted in to). Iterating gives the same
    ``(applicant id, pending?, preference, score, duty locations)`` tuples, in the same (outcome) order,
    made one at a time as the certificate reads them.
    """

    __slots__ = ("_places", "_outcomes", "_applicants")

    def __init__(self, places: array, outcomes: _Outcomes, applicants: Mapping[str, Any]) -> None:
        self._places, self._outcomes, self._applicants = places, outcomes, applicants

    @classmethod
    def at(cls, grade: int, outcomes: _Outcomes, applicants: Mapping[str, Any],
           pool_grades: list[int]) -> dict[str | None, _ReferablePlaces]:  # fmt: skip
        """``PoolResult._referable_at(grade)`` from the outcomes' codes (the same applicants, in the same order)."""
        table, codes = outcomes._table, outcomes._codes
        by_agency: dict[str | None, array] = {None: array("I")}
        everyone = by_agency[None]
        beside = isinstance(applicants, _Standings) and applicants._outcomes is outcomes  # by place, no search
        for place, applicant_id in enumerate(outcomes._ids):
            body = table[codes[place]]
            status = body[_STATUS_AT]
            if status == "eligible":
                if grade not in body[_GRADES_IN_BODY_AT]:
                    continue
                row = applicants.at(place) if beside else applicants[applicant_id]  # type: ignore[attr-defined]
            elif status == "pending":
                row = applicants.at(place) if beside else applicants[applicant_id]  # type: ignore[attr-defined]
                if grade not in (row.grades or pool_grades):
                    continue
            else:
                continue
            everyone.append(place)
            for agency in row.agencies:
                found = by_agency.get(agency)
                if found is None:
                    found = by_agency[agency] = array("I")
                found.append(place)
        return {agency: cls(places, outcomes, applicants) for agency, places in by_agency.items()}

    def __len__(self) -> int:
        return len(self._places)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._item(self._places[index])

    def _item(self, place: int) -> _Referable:
        outcomes = self._outcomes
        applicant_id = outcomes._ids[place]
        body = outcomes._table[outcomes._codes[place]]
        applicants = self._applicants
        beside = applicants.__class__ is _Standings and applicants._outcomes is outcomes  # type: ignore[attr-defined]
        locations = (applicants.at(place) if beside else applicants[applicant_id]).locations  # type: ignore[attr-defined]
        if body[_STATUS_AT] == "pending":
            return (applicant_id, True, body[_PREFERENCE_AT], 0.0, locations)
        return (applicant_id, False, body[_PREFERENCE_AT], float(body[_SCORE_AT] or 0), locations)

    def __iter__(self) -> Iterator[_Referable]:
        return map(self._item, self._places)


def _column_value(row: Any, column: str) -> str:
    """An applicant's value of a column, as the adverse-impact report groups it."""
    if column in APPLICANT_COLUMNS:
        value = getattr(row, column)
        return ";".join(map(str, value)) if isinstance(value, tuple) else str(value)
    return row.extra.get(column, "")


_RECORD_FIELDS = tuple(ApplicantRow.model_fields)  # a slim record's fields, as written to disk
_AGENCIES_AT, _LOCATIONS_AT, _EXTRA_AT, _GRADES_AT = (
    _RECORD_FIELDS.index(name) for name in ("agencies", "locations", "extra", "grades"))


def _record_of(fields: tuple[Any, ...]) -> Any:
    """A slim record (:class:`~skillhire.applicants._Applicant`) from the fields :meth:`PoolResult._move_to_disk`
    wrote."""
    record = _Applicant.__new__(_Applicant)
    for name, value in zip(_RECORD_FIELDS, fields, strict=False):
        object.__setattr__(record, name, value)
    return record


class _Standing:
    """What :meth:`PoolResult.certificate` reads of an eligible or pending applicant's record: the agencies
    it opted in to, its duty locations and its grades; applicants with equal ones share one object.

    For ``skillhire score`` only, between :meth:`PoolResult._move_to_disk` and
    :meth:`PoolResult._keep_referred` (which reads the referred applicants' whole records back from disk):
    a slim record, its row number and its names are not held for every eligible applicant while the
    certificates are built. Never changed once built.
    """

    __slots__ = ("agencies", "locations", "grades")

    agencies: tuple[str, ...]
    locations: tuple[str, ...]
    grades: tuple[int, ...]

    @classmethod
    def of(
        cls, fields: tuple[Any, ...], shared: dict[tuple[Any, ...], _Standing], parts: dict[Any, Any]
    ) -> _Standing:
        """The standing of a record written by :meth:`PoolResult._move_to_disk` (``shared`` and ``parts``
        filled as it goes).

        Applicants with equal agencies, locations and grades share one standing (``shared``); standings
        that differ share their equal tuples, and those tuples their equal strings (``parts``): each
        batch read from disk has its own copies, and a pool whose applicants pick several duty locations
        has thousands of distinct standings (13,100 of 27,000 eligible and pending at the benchmark's
        50,000), which held their own copies of every tuple and string (about 0.3 KB each).
        """
        key = (fields[_AGENCIES_AT], fields[_LOCATIONS_AT], fields[_GRADES_AT])
        found = shared.get(key)
        if found is None:
            found = cls.__new__(cls)
            found.agencies, found.locations, found.grades = (_shared_part(part, parts) for part in key)
            if len(shared) < _SHARED_MAX:
                shared[key] = found
        return found


class _Standings(Mapping[str, _Standing]):
    """Id -> :class:`_Standing` of each eligible or pending applicant, between :meth:`PoolResult._move_to_disk`
    and :meth:`PoolResult._keep_referred`: a code per applicant, in an array beside the kept outcomes' ids
    (in id order, found by bisection), into the distinct standings."""

    __slots__ = ("_outcomes", "_codes", "_distinct")

    def __init__(self, outcomes: _Outcomes, codes: array, distinct: list[_Standing]) -> None:
        self._outcomes, self._codes, self._distinct = outcomes, codes, distinct

    def at(self, place: int) -> _Standing:
        """The standing of the applicant at ``place`` among the outcomes."""
        return self._distinct[self._codes[place]]

    def __getitem__(self, applicant_id: str) -> _Standing:
        place = self._outcomes._place_of(applicant_id)
        if place < 0:
            raise KeyError(applicant_id)
        return self.at(place)

    def __contains__(self, applicant_id: object) -> bool:
        return self._outcomes._place_of(applicant_id) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._outcomes)

    def __len__(self) -> int:
        return len(self._outcomes)


def _shared_part(values: tuple[Any, ...], parts: dict[Any, Any]) -> tuple[Any, ...]:
    """``values`` (a tuple of strings or ints), or an equal tuple already in ``parts``, whose items are
    equal objects shared through ``parts`` too (while it holds fewer than ``_SHARED_MAX``)."""
    found = parts.get(values)
    if found is not None:
        return found
    values = tuple([parts.setdefault(value, value) if len(parts) < _SHARED_MAX else parts.get(value, value)
                    for value in values])  # fmt: skip
    if len(parts) < _SHARED_MAX:
        parts[values] = values
    return values


def _outcome_of(applicant_id: str, body: tuple[Any, ...]) -> _Outcome:
    outcome = _Outcome.__new__(_Outcome)
    outcome.applicant_id = applicant_id
    (outcome.status, outcome.hurdle, outcome.score, outcome.category, outcome.augmented_score,
     outcome.preference, outcome.preference_applied, outcome.grades, outcome.hurdles, outcome.reasons) = body
    return outcome


class RowCounts(BaseModel):
    """Rows in, scored and rejected for one input (in == scored + rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(description="File name or 'rows'.")
    rows_in: int = Field(description="Units read: rows (ratings: ratings read plus rejected rows).")
    scored: int = Field(description="Units used in scoring.")
    rejected: int = Field(description="Units rejected (see PoolResult.rejected).")


def _pandas():
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas() needs pandas: pip install 'skillhire[pandas]'") from None
    return pandas


class PoolResult:
    """The scored pool: outcomes, certificates, reports and the audit. Built by :func:`score_pool`."""

    def __init__(
        self,
        *,
        assessment: Assessment,
        outcomes: dict[str, ApplicantOutcome],
        applicants: dict[str, ApplicantRow],
        rejected: list[InvalidRowError],
        row_counts: dict[str, RowCounts],
        settings: dict[str, Any],
        inputs: dict[str, dict[str, Any]],
        grades: list[int],
        issued_on: dt.date | None,
    ) -> None:
        self.assessment = assessment
        self.outcomes = outcomes
        self._applicants = applicants
        self.rejected = rejected
        self.row_counts = row_counts
        self.settings = settings
        self._inputs = inputs
        self.grades = grades
        self.issued_on = issued_on
        self.scientific_professional: bool = settings["scientific_professional"]
        self.rating_method: str = settings["rating_method"]
        self._certificates: dict[str, Certificate] = {}
        self._place_table: _PlaceTable | None = None  # skillhire score's certificates' distinct places
        self.selections: dict[str, Selection] = {}
        self._selection_count = 0
        # who may stand on a certificate of each grade, by agency (built once per grade: outcomes never change)
        self._referable: dict[int, dict[str | None, Sequence[_Referable]]] = {}
        self._agencies: list[str] | None = None
        self._columns: set[str] | None = None
        self._statuses: list[tuple[tuple[str, str], ...]] | None = None
        self._locations: list[str] | None = None
        self.share_log: list[ShareEvent] = []
        self._events: list[dict[str, Any]] = []
        self._decisions: list[dict[str, Any]] | None = None
        self._spill: DecisionSpill | None = None  # the outcomes' hurdle decisions, when kept on disk
        self._row_spill: RowSpill | None = None  # the applicant rows as read, when kept on disk (batch)
        # every scored applicant's record and outcome on disk, in row order (see _move_to_disk); then
        # ``outcomes`` and ``_applicants`` hold only the applicants a certificate may list
        self._scored: ScoredSpill | None = None
        # skillhire score: every valid applicant's record on disk since it was read, ``_applicants`` holding
        # each id's profile (what deciding reads) until _move_to_disk (see applicants._DiskRecords)
        self._records: _DiskRecords | None = None
        self._categories: dict[str, int] | None = None  # eligible per category, counted before _keep_referred
        self._scored_bodies: list[tuple[Any, ...]] = []  # the outcomes' distinct bodies (see _Outcomes)
        self._status_table: list[tuple[tuple[str, str], ...]] = []  # distinct statuses per hurdle
        self._counts: dict[str, int] | None = None

    def _hurdles_in_order(self) -> Iterator[tuple[str, ApplicantOutcome, list[HurdleResult]]]:
        """Each applicant's id, outcome and hurdle decisions, in outcome order (from disk when spilled)."""
        self._check_in_memory()
        if self._spill is None:
            for applicant_id, outcome in self.outcomes.items():
                yield applicant_id, outcome, outcome.hurdles
            return
        yield from zip(self.outcomes, self.outcomes.values(), self._spill.read(), strict=True)

    def _plain_in_order(self) -> Iterator[tuple[str, ApplicantOutcome, Plain]]:
        """:meth:`_hurdles_in_order` as plain tuples (:data:`skillhire._spill.Plain`): no models rebuilt."""
        self._check_in_memory()
        if self._spill is None:
            for applicant_id, outcome in self.outcomes.items():
                yield applicant_id, outcome, plain(outcome.hurdles)
            return
        yield from zip(self.outcomes, self.outcomes.values(), self._spill.read_plain(), strict=True)

    def _check_in_memory(self) -> None:
        """Refuse per-applicant decisions once the scored applicants are on disk (``skillhire score`` only).

        After :meth:`_move_to_disk`, ``outcomes`` holds only the applicants a certificate may list, so pairing
        it with every applicant's decisions would be wrong; the Applicants sheet and the reports built from
        disk (:meth:`_scored_rows`) are the way to every decision then.
        """
        if self._scored is not None:
            raise RuntimeError(
                "this pool's scored applicants were moved to disk while the workbook was written "
                "(score_spreadsheets); per-applicant decisions are in its Applicants sheet, not in this object"
            )

    # ------------------------------------------------------------------ summaries
    def counts(self) -> dict[str, int]:
        """Applicants per status: ``{'eligible': n, 'failed': n, 'pending': n}``."""
        if self._counts is not None:  # found before the outcomes went to disk (see _move_to_disk)
            return dict(self._counts)
        out = {"eligible": 0, "failed": 0, "pending": 0}
        for o in self.outcomes.values():
            out[o.status] += 1
        return out

    @property
    def agencies(self) -> list[str]:
        """Agencies of the pool: the assessment's, plus every agency an applicant opted in to."""
        if self._agencies is None:  # the applicants never change: found once (certificates ask per grade)
            self._agencies = self._pool_agencies({row.agencies for row in self._applicants.values()})
        return list(self._agencies)

    def _pool_agencies(self, opted_in: set[tuple[str, ...]]) -> list[str]:
        """The assessment's agencies and announcing agency, with those of ``opted_in`` (each applicant's)."""
        names = set(self.assessment.agencies) | {agency for agencies in opted_in for agency in agencies}
        if self.assessment.announcing_agency:
            names.add(self.assessment.announcing_agency)
        return sorted(names)

    @property
    def locations(self) -> list[str]:
        """Duty locations applicants chose."""
        if self._locations is None:
            self._locations = sorted({loc for a in self._applicants.values() for loc in a.locations})
        return list(self._locations)

    def __repr__(self) -> str:
        c = self.counts()
        return (f"PoolResult(assessment={self.assessment.name!r}, applicants={sum(c.values())}, "
                f"eligible={c['eligible']}, failed={c['failed']}, pending={c['pending']}, "
                f"rejected_rows={len(self.rejected)})")

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(o.applicant_id)}</td><td>{o.status}</td><td>{html.escape(o.hurdle)}</td>"
            f"<td>{html.escape(o.category or '')}</td><td>{'' if o.score is None else f'{o.score:g}'}</td>"
            f"<td>{html.escape(o.preference)}</td></tr>"
            for o in list(self.outcomes.values())[:50]
        )
        more = f"<p>... {len(self.outcomes) - 50} more</p>" if len(self.outcomes) > 50 else ""
        return (f"<p>{html.escape(repr(self))}</p><table><tr><th>applicant</th><th>status</th><th>hurdle</th>"
                f"<th>category</th><th>score</th><th>preference</th></tr>{rows}</table>{more}")

    def to_pandas(self):
        """One row per applicant (needs ``pip install skillhire[pandas]``)."""
        pd = _pandas()
        return pd.DataFrame([
            {k: v for k, v in o.model_dump().items() if k != "hurdles"} for o in self.outcomes.values()
        ])

    # ------------------------------------------------------------------ certificates
    def certificate(
        self,
        *,
        grade: int | None = None,
        agency: str | None = None,
        location: str | None = None,
        issued_on: dt.date | None = None,
    ) -> Certificate:
        """The certificate for one grade, agency and (optionally) duty location.

        An applicant is referred to an agency only when eligible at that grade (applied for it and qualified),
        opted in to that agency (the announcing agency's certificate needs no opt-in), and chose that
        location (or any location).

        Args:
            grade: GS grade; may be left out when the pool has a single grade.
            agency: Agency (default: the announcing agency).
            location: Duty location (default: every location).
            issued_on: Issue date, starting the 240-day sharing window (default: ``score_pool(issued_on=)``).

        Returns:
            The :class:`~skillhire.certificates.Certificate`; asking again returns the same object.

        Raises:
            CertificateChoiceError: grade left out in a multi-grade pool, or an unknown grade/agency/location;
                the message lists the choices.
        """
        if not self.grades:
            raise CertificateChoiceError(
                "this pool has no grades: give them in the assessment (grades = [13, 14]) or in the applicants' "
                "grades column"
            )
        if grade is None:
            if len(self.grades) != 1:
                raise CertificateChoiceError(
                    f"this pool has {len(self.grades)} grades; choose one: "
                    + ", ".join(f"grade={g}" for g in self.grades)
                    + (f" (agencies: {', '.join(self.agencies)})" if self.agencies else "")
                )
            grade = self.grades[0]
        if grade not in self.grades:
            raise CertificateChoiceError(
                f"grade {grade!r} is not in this pool; choose one of: {', '.join(map(str, self.grades))}"
            )
        announcing = self.assessment.announcing_agency or "(announcing agency)"
        if agency is not None and agency != announcing and agency not in self.agencies:
            raise CertificateChoiceError(
                f"agency {agency!r} is not in this pool; choose one of: {', '.join(self.agencies) or '(none)'}"
            )
        if location is not None and location not in self.locations:
            raise CertificateChoiceError(
                f"location {location!r} is not in this pool; choose one of: {', '.join(self.locations) or '(none)'}"
            )
        agency_name = agency or announcing
        key = f"GS-{grade}|{agency_name}|{location or '*'}"
        if key in self._certificates:
            return self._certificates[key]
        candidates = []
        pending = []
        by_agency = self._referable_at(grade)
        referable = by_agency[None] if agency_name == announcing else by_agency.get(agency_name, [])
        for applicant_id, is_pending, preference, score, locations in referable:
            if location is not None and locations and location not in locations:
                continue
            if is_pending:
                pending.append(applicant_id)
            elif applicant_id not in self.selections:
                candidates.append((applicant_id, preference, score))
        if pending:
            warnings.warn(
                f"GS-{grade} certificate for {agency_name}: {len(pending)} applicant(s) who applied are still "
                "pending and are not on it (see Certificate.pending); finish their ratings, or record why the "
                "certificate could not wait",
                SkillhireWarning,
                stacklevel=2,
            )
        if self.rating_method == "numerical":
            ranked = rank_numerical(candidates, self.assessment, grade=grade,
                                    scientific_professional=self.scientific_professional)
            referred = referred_count_numerical(ranked, self.assessment, floats=cp_cps_float(
                self.assessment, grade, self.scientific_professional))
            categories: list[str] = []
            merged = False
        elif self._spill is not None:  # skillhire score: ranked from flat tuples, a Ranked only per place
            ranked, referred, depth = self._rank_compact(candidates, grade)
            categories = [c.name for c in self.assessment.categories[:depth]]
            merged = depth > 1
        else:
            ranked = rank_category(candidates, self.assessment, grade=grade,
                                   scientific_professional=self.scientific_professional)
            depth = referred_count_category(ranked, self.assessment)
            if depth > 1:
                ranked = rank_category(candidates, self.assessment, grade=grade,
                                       scientific_professional=self.scientific_professional, merged_depth=depth - 1)
            categories = [c.name for c in self.assessment.categories[:depth]]
            merged = depth > 1
            referred = sum(1 for r in ranked if r.category_index < depth)
        compact = self._spill is not None  # skillhire score: see _Places (the register is never read there)
        if compact:
            if self._place_table is None:
                self._place_table = _PlaceTable()
            ranked = _Places(itertools.islice(ranked, referred), self._place_table)  # type: ignore[assignment]
        cert = Certificate(self, key=key, grade=grade, agency=agency_name, location=location, ranked=ranked,
                           referred=referred, categories=categories, merged=merged,
                           issued_on=issued_on or self.issued_on, pending=pending, keep_entries=not compact)
        self._certificates[key] = cert
        referred_ids = cert.applicant_ids
        if compact:  # skillhire score (its result never handed out): the event lists the certificate's own
            # lists, not copies of them (the places' ids and the pending ids: about 0.02 KB per applicant)
            if referred_ids == ranked._ids:  # type: ignore[attr-defined]
                referred_ids = ranked._ids  # type: ignore[attr-defined]
            pending = cert.pending
        self._record_event({
            "event": "certificate_issued", "certificate": key, "referred": referred_ids,
            "categories": categories, "merged": merged, "pending": pending,
            "issued_on": cert.issued_on.isoformat() if cert.issued_on else None,
        })
        return cert

    def _rank_compact(self, candidates: list[tuple[str, str, float]], grade: int) -> tuple[Iterator[Any], int, int]:
        """Category rating of ``candidates`` as :func:`~skillhire.category_rating.rank_category` and
        :func:`~skillhire.category_rating.referred_count_category` do it, for ``skillhire score``: the
        order worked out on one flat tuple per referred candidate (no :class:`Ranked` per candidate: the
        candidates counted by category first, and only those referred placed), and a :class:`Ranked` built
        for each referred place only, as it is taken. Returns the referred places (an iterator), how
        many, and the depth."""
        sp = self.scientific_professional
        counts = _category_counts(candidates, self.assessment, grade=grade, scientific_professional=sp)
        depth = _referred_depth(counts, self.assessment)
        placed = _category_placed(candidates, self.assessment, grade=grade, scientific_professional=sp,
                                  merged_depth=depth - 1, unique_ids=True, listed_below=depth)  # fmt: skip
        return _category_ranked(placed, self.assessment, merged_depth=depth - 1), len(placed), depth

    def _referable_at(self, grade: int) -> dict[str | None, Sequence[_Referable]]:
        """Applicants who may stand on (eligible) or are missing from (pending) a certificate of ``grade``.

        In outcome order, all of them under ``None`` and each under every agency it opted in to: a pool's
        certificates (every grade for every agency) then read only their own applicants, not the whole pool.
        """
        found = self._referable.get(grade)
        if found is None:
            if self._spill is not None:  # skillhire score asks grade after grade: one grade's lists at a time
                self._referable.clear()
            if isinstance(self.outcomes, _Outcomes):
                found = _ReferablePlaces.at(grade, self.outcomes, self._applicants, self.grades)
                self._referable[grade] = found
                return found
            found = {None: []}
            for applicant_id, outcome in self.outcomes.items():
                if outcome.status == "eligible" and grade in outcome.grades:
                    row = self._applicants[applicant_id]
                    item = (applicant_id, False, outcome.preference, float(outcome.score or 0), row.locations)
                elif outcome.status == "pending" and grade in (self._applicants[applicant_id].grades or self.grades):
                    row = self._applicants[applicant_id]
                    item = (applicant_id, True, outcome.preference, 0.0, row.locations)
                else:
                    continue
                found[None].append(item)
                for agency in row.agencies:
                    found.setdefault(agency, []).append(item)
            self._referable[grade] = found
        return found

    def certificates(self) -> list[Certificate]:
        """Every certificate of the pool: each grade for each agency (all locations together)."""
        out = []
        agencies = self.agencies
        for grade in self.grades:
            out.append(self.certificate(grade=grade))
            for agency in agencies:
                if agency != self.assessment.announcing_agency:
                    out.append(self.certificate(grade=grade, agency=agency))
        if self._spill is not None:  # skillhire score asks once: the last grade's lists are not kept
            self._referable.clear()
        return out

    def _record_selection(self, selection: Selection) -> None:
        self.selections[selection.applicant_id] = selection
        self._selection_count += 1  # certificates rebuild their entries when this changes
        self._record_event({"event": "selection", **selection.model_dump(mode="json")})

    def _record_share(self, event: ShareEvent) -> None:
        self.share_log.append(event)
        self._record_event({"event": "share", **event.model_dump(mode="json")})

    def _record_event(self, event: dict[str, Any]) -> None:
        self._events.append({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in event.items()})

    # ------------------------------------------------------------------ reports
    def adverse_impact(self, *, by: str, threshold: float = 0.8, small_group_size: int = 30) -> AdverseImpactReport:
        """Adverse impact per hurdle and overall, grouped by an applicant column (29 CFR 1607.4(D)).

        Args:
            by: An applicant column (an extra column such as ``sex`` or ``race_ethnicity``, or
                ``veterans_preference``).
            threshold: The four-fifths threshold.
            small_group_size: Groups with fewer applicants are marked small.

        Raises:
            UnknownNameError: no applicant has that column; lists the columns there are.

        Example:
            >>> report = result.adverse_impact(by="sex")   # doctest: +SKIP
            >>> [(r.hurdle, r.group, r.flagged) for r in report.rows][:2]  # doctest: +SKIP
        """
        if self._columns is None:  # the applicants never change: their columns are found once
            self._columns = set(APPLICANT_COLUMNS) | {k for a in self._applicants.values() for k in a.extra}
        available = self._columns
        column = by
        if by not in available:
            matches = [k for k in available if normalise_header(k) == normalise_header(by)]
            if not matches:
                raise UnknownNameError("applicant column", by, available)
            column = matches[0]
        hurdle_ids = [h.id for h in self.assessment.hurdles] + ["overall"]
        if self._scored is not None:  # skillhire score: every applicant read back from disk, one pass
            table = self._status_table
            data: Iterable[tuple[str, Any]] = (
                (_column_value(row, column) or "(blank)", table[code]) for row, _, code in self._scored_rows()
            )
            return adverse_impact_rows(data, hurdle_ids, by=column, threshold=threshold,
                                       small_group_size=small_group_size)  # fmt: skip
        if self._statuses is None:  # per applicant, in outcome order; shared by every grouping column
            overall = {"eligible": "passed", "failed": "failed", "pending": "pending"}
            distinct: dict[tuple, tuple] = {}  # a pool has a few distinct sequences: one copy of each
            self._statuses = []
            for _, outcome, decided in self._plain_in_order():  # (hurdle, status, ...) per hurdle
                statuses = (*((h[0], h[1]) for h in decided), ("overall", overall[outcome.status]))
                self._statuses.append(distinct.setdefault(statuses, statuses))
        applicants = self._applicants
        data = ((_column_value(applicants[applicant_id], column) or "(blank)", statuses)
                for applicant_id, statuses in zip(self.outcomes, self._statuses, strict=True))
        return adverse_impact_rows(data, hurdle_ids, by=column, threshold=threshold,
                                   small_group_size=small_group_size)

    def _move_to_disk(self, scored: ScoredSpill) -> bool:
        """Every scored applicant's record and outcome to ``scored``, in row order; in memory, only the
        applicants a certificate may list (``skillhire score`` only: see :mod:`skillhire._spill`).

        Before: ``_applicants`` (id -> slim record, or with the records on disk since reading
        (:class:`~skillhire.applicants._DiskRecords`) id -> shared profile, in row order) and ``outcomes``
        (an :class:`_Outcomes`, in id order) hold every scored applicant. After: they hold the eligible and
        pending applicants only (the same order), ``_applicants`` each one's shared :class:`_Standing` (what
        :meth:`certificate` reads; :meth:`_keep_referred` then keeps the referred applicants' whole
        records, once the certificates are built), and what the reports ask of every applicant is
        either found now (:meth:`counts`, :attr:`agencies`, :attr:`locations`, the columns) or read back
        from ``scored`` in one pass per report (:meth:`_scored_rows`: the Applicants sheet, each
        adverse-impact report). Each tuple on disk is the record's fields, its outcome (an index into the
        distinct outcomes, kept in memory, or the outcome itself once a pool has too many distinct ones)
        and an index into the distinct sequences of hurdle statuses (what :meth:`adverse_impact` reads of
        the decisions on disk). The reports are the same. Returns False (nothing changed) for a result
        that is not ``skillhire score``'s, or whose applicants are not in row order.

        For ``skillhire score``'s own result only, which it never hands out: after this, what reads
        ``outcomes`` whole (``to_pandas``, the audit's per-applicant decision records, which the Audit sheet
        does not hold) sees the eligible and pending applicants only.
        """
        valid, outcomes = self._applicants, self.outcomes
        if self._spill is None or self._scored is not None or not isinstance(outcomes, _Outcomes):
            return False
        if self._records is not None:  # the records on disk since they were read
            table = self._records_to_disk(scored)
            del valid, outcomes
            self._keep_referable(scored, table)
            return True
        numbers = array("q")
        for row in valid.values():
            if numbers and row.row <= numbers[-1]:
                return False  # not read top to bottom: left in memory
            numbers.append(row.row)
        self.agencies, self.locations  # noqa: B018 - found now, kept (every applicant's)
        self._counts = self.counts()
        if self._columns is None:
            self._columns = set(APPLICANT_COLUMNS) | {k for a in valid.values() for k in a.extra}
        # each applicant's statuses per hurdle, read from the decisions on disk (in id order), coded, by
        # row-order position
        overall = {"eligible": "passed", "failed": "failed", "pending": "pending"}
        codes = array("I", bytes(4 * len(numbers)))
        distinct: dict[tuple[tuple[str, str], ...], int] = {}
        for applicant_id, outcome, decided in self._plain_in_order():
            statuses = (*((h[0], h[1]) for h in decided), ("overall", overall[outcome.status]))
            code = distinct.setdefault(statuses, len(distinct))
            codes[bisect.bisect_left(numbers, valid[applicant_id].row)] = code
        self._status_table = list(distinct)
        del numbers, distinct
        bodies: dict[int, int] = {}  # id(shared body) -> its index (each stays alive in the outcomes)
        table: list[tuple[Any, ...]] = []
        for position, (applicant_id, row) in enumerate(valid.items()):
            ref = _body_ref(outcomes.body(applicant_id), bodies, table)
            scored.add((*[getattr(row, name) for name in _RECORD_FIELDS], ref, codes[position]))
        del bodies, codes
        del valid, outcomes
        self._keep_referable(scored, table)
        return True

    def _records_to_disk(self, scored: ScoredSpill) -> list[tuple[Any, ...]]:
        """:meth:`_move_to_disk`'s writing, with the records read from the file they went to as read
        (:class:`~skillhire.applicants._DiskRecords`, removed after): the same tuples, in the same (row)
        order. Returns the distinct outcomes' table."""
        records, valid, outcomes = self._records, self._applicants, self.outcomes
        assert records is not None and isinstance(outcomes, _Outcomes)
        # what the reports ask of every applicant, found now in one pass (kept: every applicant's)
        opted_in: set[tuple[str, ...]] = set()
        locations: set[str] = set()
        extra_names: set[str] = set()
        for fields in records.read():
            if fields[1] in valid:
                opted_in.add(fields[_AGENCIES_AT])
                locations.update(fields[_LOCATIONS_AT])
                extra_names.update(fields[_EXTRA_AT])
        self._agencies = self._pool_agencies(opted_in)
        self._locations = sorted(locations)
        self._counts = self.counts()
        if self._columns is None:
            self._columns = set(APPLICANT_COLUMNS) | extra_names
        del opted_in, locations, extra_names
        # each applicant's statuses per hurdle, read from the decisions on disk, coded, in id order (the
        # order decided: a bisection of the sorted ids finds an applicant's place)
        overall = {"eligible": "passed", "failed": "failed", "pending": "pending"}
        ids = outcomes._ids  # ascending (the order decided)
        codes = array("I", bytes(4 * len(ids)))
        distinct: dict[tuple[tuple[str, str], ...], int] = {}
        for position, (_, outcome, decided) in enumerate(self._plain_in_order()):
            statuses = (*((h[0], h[1]) for h in decided), ("overall", overall[outcome.status]))
            codes[position] = distinct.setdefault(statuses, len(distinct))
        self._status_table = list(distinct)
        del distinct
        bodies: dict[int, int] = {}  # id(shared body) -> its index (each stays alive in the outcomes)
        table: list[tuple[Any, ...]] = []
        for fields in records.read():
            applicant_id = fields[1]
            if applicant_id not in valid:  # an id on more than one row, or a grade outside the pool
                continue
            place = outcomes._place_of(applicant_id)
            ref = _body_ref(outcomes._table[outcomes._codes[place]], bodies, table)
            scored.add((*fields, ref, codes[place]))
        del bodies, codes, ids
        records.spill.close()  # every record now in ``scored``: the file removed
        self._records = None
        return table

    def _keep_referable(self, scored: ScoredSpill, table: list[tuple[Any, ...]]) -> None:
        """The end of :meth:`_move_to_disk`: in memory, only the eligible and pending applicants' outcomes
        and what :meth:`certificate` reads of their records (a shared :class:`_Standing` each), read back
        from ``scored`` (``table``: the distinct outcomes its tuples index); see :meth:`_keep_referred`."""
        # Every record, outcome and row number is dropped first; what a certificate reads of each eligible
        # or pending applicant's record is then read back from disk, as new, shared objects. Kept in place,
        # they would pin the memory of those dropped around them (about 0.1 KB per applicant of holes at the
        # benchmark's 54% kept, never reused by the writing phase's objects of other sizes). Their outcomes
        # (ids in order and codes: see _Outcomes) are the scored ones, kept; each one's standing is a code
        # beside them (see _Standings), not a dict of ids (about 0.1 KB per kept applicant in two dicts).
        outcomes = self.outcomes
        self._applicants = self.outcomes = None  # type: ignore[assignment]
        kept = _Outcomes._of_sorted(pair for pair in outcomes._pairs() if pair[1][0] in ("eligible", "pending"))
        del outcomes
        ids = kept._ids
        codes = array("I", bytes(4 * len(ids)))
        distinct: list[_Standing] = []
        code_of: dict[int, int] = {}  # id(standing) -> its code (each stays alive in ``distinct``)
        standings: dict[tuple[Any, ...], _Standing] = {}  # applicants with equal ones share one
        parts: dict[Any, Any] = {}  # standings that differ share equal tuples and strings (see _Standing.of)
        for fields in scored.read():
            ref = fields[-2]
            body = table[ref] if ref.__class__ is int else ref
            if body[0] in ("eligible", "pending"):
                standing = _Standing.of(fields, standings, parts)
                code = code_of.get(id(standing))
                if code is None:
                    code = code_of[id(standing)] = len(distinct)
                    distinct.append(standing)
                codes[bisect.bisect_left(ids, fields[1])] = code
        del standings, parts, code_of
        self._applicants = _Standings(kept, codes, distinct)  # type: ignore[assignment]
        self.outcomes = kept  # in id order (the order decided), as before
        self._scored, self._scored_bodies = scored, table

    def _keep_referred(self, certificates: list[Certificate]) -> None:
        """Once ``skillhire score``'s certificates are built (after :meth:`_move_to_disk`): in memory only the
        outcomes of the applicants they refer, and no record at all; the eligible applicants per category
        are counted first (:meth:`_eligible_by_category`). Nothing else reads the others: the Applicants
        sheet and the reports read every applicant from disk, and the certificate sheets the referred
        applicants' names and emails, packed as the Applicants sheet reads them back
        (``skillhire.results_io._ReferredContacts``). For a result never handed out (see
        :meth:`_move_to_disk`): after this, :meth:`certificate` can only give the certificates already
        built."""
        if self._scored is None or not isinstance(self.outcomes, _Outcomes):
            return
        self._categories = self._eligible_by_category()
        referred = {applicant_id for certificate in certificates for applicant_id in certificate.applicant_ids}
        outcomes = self.outcomes
        self._applicants = self.outcomes = None  # type: ignore[assignment]
        kept = _Outcomes._of_sorted(pair for pair in outcomes._pairs() if pair[0] in referred)
        del outcomes
        self._applicants = {}
        self.outcomes = kept  # in id order

    def _eligible_by_category(self) -> dict[str, int]:
        """Eligible applicants per category (in order of first appearance among the outcomes), as the
        summaries count them (counted before :meth:`_keep_referred` drops the applicants not referred)."""
        if self._categories is not None:
            return dict(self._categories)
        categories: dict[str, int] = {}
        for outcome in self.outcomes.values():
            if outcome.status == "eligible" and outcome.category:
                categories[outcome.category] = categories.get(outcome.category, 0) + 1
        return categories

    def _scored_rows(self) -> Iterator[tuple[Any, _Outcome, int]]:
        """Every scored applicant from disk, in row order: its record (a new slim record), its outcome and
        its statuses' index into ``_status_table`` (see :meth:`_move_to_disk`)."""
        assert self._scored is not None
        table = self._scored_bodies
        for fields in self._scored.read():
            ref = fields[-2]
            yield (_record_of(fields), _outcome_of(fields[1], table[ref] if ref.__class__ is int else ref),
                   fields[-1])  # fmt: skip

    def rater_agreement(self, *, min_ratings: int = 10, z_threshold: float = 2.0) -> RaterAgreementReport:
        """Rater agreement: per competency, per SME pair, tie-breaks and outlier SMEs.

        Args:
            min_ratings: Decided ratings an SME needs before being flagged as an outlier.
            z_threshold: One-sided binomial z at or above which an SME is flagged.
        """
        if self._agreement_units is not None:  # collected while scoring (skillhire score)
            return _agreement_report(self._agreement_units.groups(), min_ratings=min_ratings,
                                     z_threshold=z_threshold)  # fmt: skip
        # the units of rater_agreement_report, added straight to its collector (no object per unit)
        collect = _UnitCollector()
        add = collect.add
        for applicant_id, _, decided in self._plain_in_order():  # see skillhire._spill.Plain
            for hurdle, status, rating, _, competencies in decided:
                for competency, verdict, _, votes, tie_break, _ in competencies:
                    add(hurdle, competency, tuple([(v[0], v[1]) for v in votes]),
                        None if verdict == "pending" else verdict, tie_break)
                if competencies or status == "not_reached":
                    continue
                votes = self._interview_votes.get(applicant_id, {}).get(hurdle, ())
                if votes:
                    add(hurdle, "", tuple(votes), rating if status != "pending" else None, False)
        return _agreement_report(collect.by_key, min_ratings=min_ratings, z_threshold=z_threshold)

    _interview_votes: dict[str, dict[str, tuple[tuple[str, int], ...]]]  # applicant -> round -> votes
    _agreement_units: _UnitCollector | None = None  # the units, when collected while scoring

    @property
    def audit(self) -> Audit:
        """The reconstruction record (5 CFR 337.303(e)); ``audit.to_json()`` is byte-identical for equal inputs."""
        from skillhire import __version__

        if self._decisions is None:  # outcomes never change: build the decision records once
            self._decisions = self._decision_records()
        rejected = [
            {"input": e.sheet or "", "row": e.row, "column": e.column, "message": e.message} for e in self.rejected
        ]
        # built from trusted, JSON-ready values: no re-validation of thousands of nested records
        return Audit.model_construct(
            skillhire_version=__version__, rules_version=RULES_VERSION,
            assessment={"name": self.assessment.name, "version": self.assessment.version,
                        "sha256": self.assessment.fingerprint()},
            inputs=self._inputs, settings=self.settings, decisions=self._decisions, rejected_rows=rejected,
            events=list(self._events),
        )

    def _decision_records(self) -> list[dict[str, Any]]:
        decisions = []
        for applicant_id, outcome, hurdles in self._hurdles_in_order():
            decisions.append({
                "applicant_id": applicant_id, "status": outcome.status, "hurdle": outcome.hurdle,
                "score": outcome.score, "category": outcome.category, "augmented_score": outcome.augmented_score,
                "preference": outcome.preference, "preference_applied": outcome.preference_applied,
                "grades": list(outcome.grades), "reasons": outcome.reasons,
                "hurdles": [
                    {"hurdle": h.hurdle, "status": h.status, "rating": h.rating,
                     "competencies": [{"competency": d.competency, "verdict": d.verdict, "tie_break": d.tie_break,
                                       "votes": [[v.rater, v.rating] for v in d.votes]} for d in h.competencies]}
                    for h in hurdles
                ],
            })
        return decisions


# ---------------------------------------------------------------------- scoring


# (applicant id, pending?, preference, score, duty locations chosen): one applicant a certificate may list
_Referable = tuple[str, bool, str, float, tuple[str, ...]]
_make_outcome = trusted_factory(ApplicantOutcome)
_make_result = trusted_factory(HurdleResult)
_APPLICANT_HASH_FIELDS = tuple(ApplicantRow.model_fields)
_RATING_HASH_FIELDS = tuple(RatingRow.model_fields)


def _resolve_assessment(assessment: Assessment | str | Path) -> Assessment:
    return assessment if isinstance(assessment, Assessment) else load_assessment(assessment)


def score_pool(
    applicants: ApplicantRecords | str | Path | Iterable[Mapping[str, Any]],
    ratings: RatingRecords | str | Path | Iterable[Mapping[str, Any]],
    assessment: Assessment | str | Path = "smeqa-standard",
    *,
    scientific_professional: bool | None = None,
    rating_method: Literal["category", "numerical"] | None = None,
    issued_on: dt.date | None = None,
) -> PoolResult:
    """Score a pooled-hiring action: every applicant through every hurdle, then placement and referral.

    Args:
        applicants: What :func:`~skillhire.applicants.read_applicants` returns, a csv/xlsx path, or dicts.
        ratings: What :func:`~skillhire.applicants.read_ratings` returns, a csv/xlsx path, or dicts.
        assessment: An :class:`~skillhire.assessment.Assessment`, a bundled name, or a file path.
        scientific_professional: Overrides the assessment's flag (the GS-9+ CP/CPS exception).
        rating_method: Overrides the assessment's ``rating_method`` (``category`` or ``numerical``).
        issued_on: Issue date of the certificates (starts the 240-day sharing window); no clock is read.

    Returns:
        A :class:`PoolResult`. Every input row is scored or listed in ``result.rejected``.

    Raises:
        InvalidFileError: an input file is missing, empty or lacks an ``applicant_id`` column.
        AssessmentNotFoundError: unknown assessment name.

    Example:
        >>> result = score_pool(
        ...     [{"applicant_id": "A1", "veterans_preference": "TP", "grades": "13"}],
        ...     [{"applicant_id": "A1", "hurdle": "resume_review", "competency": c, "rater": r, "rating": "MF"}
        ...      for c in ("customer-research", "service-design", "cx-measurement", "stakeholder-engagement")
        ...      for r in ("sme1", "sme2")]
        ...     + [{"applicant_id": "A1", "hurdle": h, "rater": "sme3", "rating": 2} for h in ("interview_1", "interview_2")],
        ...     "smeqa-standard")
        >>> o = result.outcomes["A1"]
        >>> o.status, o.score, o.category
        ('eligible', 100.0, 'Best Qualified')
    """
    with paused_gc():  # millions of long-lived objects and no cycles: see skillhire._models.paused_gc
        return _score_pool(applicants, ratings, assessment, scientific_professional=scientific_professional,
                           rating_method=rating_method, issued_on=issued_on)


def _score_pool(
    applicants: ApplicantRecords | str | Path | Iterable[Mapping[str, Any]],
    ratings: RatingRecords | str | Path | Iterable[Mapping[str, Any]],
    assessment: Assessment | str | Path,
    *,
    scientific_professional: bool | None,
    rating_method: Literal["category", "numerical"] | None,
    issued_on: dt.date | None,
    release_ratings: bool = False,
    spill: DecisionSpill | None = None,
) -> PoolResult:
    """:func:`score_pool` without pausing the collector.

    With ``release_ratings`` (for a caller that hands its rating records over, as ``skillhire score``
    does), the records list is emptied once the ratings are grouped, so each applicant's ratings are freed
    as soon as they are decided: the ratings and the decisions built from them are never all in memory
    at once (at 1,200,000 ratings that is about 400 MB less at the peak).

    Ratings held in a :class:`~skillhire.applicants._RatingColumns` (``skillhire score``) are grouped by
    :class:`_ColumnGroups` (no object per rating; the same decisions, counts and rejected rows).

    With ``spill`` each applicant's hurdle decisions go to that file as they are made (the outcomes keep
    an empty ``hurdles`` list; the result reads them back from it): see :mod:`skillhire._spill`.
    """
    assessment = _resolve_assessment(assessment)
    app_records = read_applicants(applicants)
    rating_records = read_ratings(ratings)
    ratings_in = len(rating_records.records) + len(rating_records.errors)
    ratings_sha256 = rating_records.sha256 or hash_records(rating_records.records, _RATING_HASH_FIELDS)
    sci_prof = assessment.scientific_professional if scientific_professional is None else scientific_professional
    method = rating_method or assessment.rating_method
    app_source = app_records.source if app_records.source != "rows" else "applicants"
    rating_source = rating_records.source if rating_records.source != "rows" else "ratings"

    rejected: list[InvalidRowError] = [_with_sheet(e, app_source) for e in app_records.errors]
    # skillhire score: the records on disk since they were read, in memory each id's profile (what
    # deciding reads: preference, grades, qualified grades), the ids on more than one row already left
    # out (see _DiskRecords)
    disk = app_records.records if isinstance(app_records.records, _DiskRecords) else None
    pool_grades = sorted(set(assessment.grades) or {g for a in (disk.profiles.values() if disk is not None else
                                                                app_records.records) for g in a.grades})  # fmt: skip

    # applicants: duplicate ids reject every row carrying the id (which one is right cannot be known). Each
    # id's first row, in order of first appearance, and a list of rows only for the ids that repeat (a
    # list per applicant, about 0.14 KB each, would set the peak of the scoring stage and leave its
    # memory in holes that the outcomes do not fill)
    valid: dict[str, ApplicantRow] = {}
    repeated: dict[str, list[ApplicantRow]] = {}
    if disk is not None:
        valid = disk.profiles  # type: ignore[assignment] # taken over: the dropped ids are deleted from it
    else:
        for row in app_records.records:
            first = valid.setdefault(row.applicant_id, row)
            if first is not row:
                repeated.setdefault(row.applicant_id, [first]).append(row)
    dropped: list[str] = []
    outside_rows: dict[str, int] = {}
    check_grades = bool(assessment.grades)
    if disk is not None and check_grades:  # the rows of the applicants with a grade outside the pool, from disk
        outside_ids = {i for i, row in valid.items() if set(row.grades) - set(pool_grades)}
        outside_rows = disk.rows_of(outside_ids) if outside_ids else {}
    for applicant_id, row in valid.items():
        rows = repeated.get(applicant_id)
        if rows is not None:
            numbers = ", ".join(str(r.row) for r in rows)
            for r in rows:
                rejected.append(InvalidRowError(r.row, "applicant_id",
                                                f"applicant id {applicant_id!r} appears in rows {numbers}",
                                                sheet=app_source))
            dropped.append(applicant_id)
            continue
        if not check_grades:
            continue
        outside = sorted(set(row.grades) - set(pool_grades))
        if outside:
            rejected.append(InvalidRowError(
                outside_rows[applicant_id] if disk is not None else row.row, "grades",
                f"grade(s) {', '.join(map(str, outside))} are not in this pool ({', '.join(map(str, pool_grades))})",
                sheet=app_source))
            dropped.append(applicant_id)
    for applicant_id in dropped:  # the rest keep their order (of first appearance)
        del valid[applicant_id]
    applicants_rejected = len(app_records.errors) + (len(app_records.records) - len(valid))
    del repeated, dropped

    # ratings: check against the assessment and the applicants
    rejected.extend(_with_sheet(e, rating_source) for e in rating_records.errors)
    hurdles = {h.id: h for h in assessment.hurdles}
    rating_rejected = 0
    hurdle_lookup = _lookup([(h.id, h.id) for h in assessment.hurdles] + [(h.name, h.id) for h in assessment.hurdles])
    competency_lookup = _lookup([(c.id, c.id) for c in assessment.competencies]
                                + [(c.name, c.id) for c in assessment.competencies])
    allowed = {h.id: {c.id for c in assessment.hurdle_competencies(h)}
               for h in assessment.hurdles if h.kind == "resume_review"}
    columns = rating_records.records if isinstance(rating_records.records, _RatingColumns) else None
    order = sorted(valid)  # the applicants are decided in id order
    if columns is not None:  # skillhire score: the ratings in columns, grouped by a stable sort (no objects)
        # (the ratings' table of ids is freed as soon as it is no longer read: see _ColumnGroups.follow)
        groups = _ColumnGroups(columns, hurdles=hurdles, allowed=allowed, valid=valid, rejected=rejected,
                               hurdle_lookup=hurdle_lookup, competency_lookup=competency_lookup,
                               source=rating_source, release=release_ratings, order=order)
        take = groups.take
    else:
        # valid ratings by applicant, in input order: a pool's ratings are grouped once, with no per-rating key
        # kept (at a million ratings a dict keyed by every rating costs hundreds of megabytes), and one list per
        # applicant rather than per (applicant, hurdle) (about 0.3 KB per applicant less at three hurdles); each
        # hurdle's ratings are picked out of it, in input order, as the applicant is decided
        grouped: dict[str, list[RatingRow]] = defaultdict(list)
        accepted: list[RatingRow] = []
        for r in rating_records.records:
            update = {}
            found_h = hurdle_lookup.get(_squash(r.hurdle))
            if found_h and found_h != r.hurdle:
                update["hurdle"] = found_h
            found_c = competency_lookup.get(_squash(r.competency))
            if r.competency and found_c and found_c != r.competency:
                update["competency"] = found_c
            if update:
                r = r.model_copy(update=update)
            problem = _rating_problem(r, hurdles, allowed, valid)
            if problem:
                column, message = problem
                rejected.append(InvalidRowError(r.row, column, message, sheet=rating_source))
                rating_rejected += 1
            else:
                grouped[r.applicant_id].append(r)
                accepted.append(r)
        used_count = len(accepted)
        if any(len({(x.hurdle, x.competency, x.rater) for x in rows}) != len(rows)
               for rows in grouped.values() if len(rows) > 1):
            # the same rater rating the same thing twice: identical repeats keep the first row, conflicts drop all
            by_key: dict[tuple[str, str, str, str], list[RatingRow]] = defaultdict(list)
            for r in accepted:
                by_key[(r.applicant_id, r.hurdle, r.competency, r.rater)].append(r)
            used: list[RatingRow] = []
            for key, rows in by_key.items():
                rows = sorted(rows, key=lambda x: x.row)
                if len(rows) == 1:
                    used.append(rows[0])
                    continue
                numbers = ", ".join(str(x.row) for x in rows)
                what = f"{key[1]}" + (f"/{key[2]}" if key[2] else "")
                if len({x.rating for x in rows}) == 1:
                    used.append(rows[0])
                    for x in rows[1:]:
                        rejected.append(InvalidRowError(x.row, "rater", f"repeats row {rows[0].row}: rater {key[3]!r} "
                                                        f"already rated applicant {key[0]!r} on {what}",
                                                        sheet=rating_source))
                        rating_rejected += 1
                else:
                    for x in rows:
                        rejected.append(InvalidRowError(x.row, "rating", f"rater {key[3]!r} gave conflicting ratings "
                                                        f"to applicant {key[0]!r} on {what} in rows {numbers}",
                                                        sheet=rating_source))
                        rating_rejected += 1
            del by_key
            grouped = defaultdict(list)
            for r in used:
                grouped[r.applicant_id].append(r)
            used_count = len(used)
        del accepted
        if release_ratings:
            rating_records.records.clear()  # `grouped` now holds the only reference to each rating
        take = lambda applicant_id: grouped.pop(applicant_id, [])  # noqa: E731

    rounds = [h for h in assessment.hurdles if h.kind == "interview"]
    table = {tuple(t.ratings): t.score for t in assessment.transmutation}
    # with the decisions on disk (skillhire score) the outcomes are shared tuples and equal reasons dicts are
    # one object: nothing outside this run sees them (see _Outcomes)
    compact = spill is not None
    outcomes: Any = _Outcomes() if compact else {}
    # applicant -> interview round -> (rater, rating) votes; equal panels' dicts are one shared object. With
    # the decisions on disk, the rater-agreement units are collected as each applicant is decided instead
    # (what the report reads of them, coded: about a byte a unit; see _UnitCollector)
    interview_votes: dict[str, dict[str, tuple[tuple[str, int], ...]]] = {}
    shared_panels: dict[tuple[tuple[str, Any], ...], dict[str, tuple[tuple[str, int], ...]]] = {}
    units = _UnitCollector(coded=True) if compact else None
    shared_reasons: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    texts: dict[str, str] = {}  # one copy of each reason text (most repeat word for word across applicants)
    # A decision without competency votes (an interview round, a hurdle not reached) holds nothing of its
    # applicant's own: equal ones are one shared (frozen) object, about 0.9 KB per applicant less.
    shared_results: dict[tuple[str, str, int | None, str], HurdleResult] = {}
    shared_votes: dict[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]] = {}  # panels repeat too
    # with the decisions on disk, equal grades tuples and scores are one object each too (a pool has a few)
    shared_values: dict[Any, Any] = {}
    no_hurdles: list[HurdleResult] = []  # the outcomes' (empty) hurdles when the decisions are on disk
    for applicant_id in order:
        row = valid[applicant_id]
        results: list[HurdleResult] = []
        stop: HurdleResult | None = None
        panels: dict[str, tuple[tuple[str, int], ...]] = {}
        mine = take(applicant_id)  # each applicant's ratings are used once: freed after
        for hurdle in assessment.hurdles:
            these = [x for x in mine if x.hurdle == hurdle.id] if mine else []
            if hurdle.kind == "interview" and these:
                votes = tuple(sorted((x.rater, int(x.rating)) for x in these))
                panels[hurdle.id] = shared_votes.setdefault(votes, votes)
            if stop is not None:
                note = f"{hurdle.name} not reached ({stop.status} at {stop.hurdle})"
                if these:
                    note += f"; {len(these)} rating(s) recorded here were not used"
                note = texts.setdefault(note + ".", note + ".")
                key = (hurdle.id, "not_reached", None, note)
                if key not in shared_results:
                    shared_results[key] = _make_result({"hurdle": hurdle.id, "status": "not_reached", "rating": None,
                                                        "competencies": [], "reason": note})
                results.append(shared_results[key])
                continue
            if hurdle.kind == "resume_review":
                result = decide_resume_review(assessment, hurdle, these, _texts=texts)
            else:
                result = decide_interview(hurdle, these, _texts=texts)
                if not result.competencies:
                    key = (result.hurdle, result.status, result.rating, result.reason)
                    result = shared_results.setdefault(key, result)
            results.append(result)
            if result.status != "passed":
                stop = result
        reasons = {r.hurdle: r.reason for r in results}
        score = category = augmented = None
        status: str
        applied = False
        if stop is not None:
            status = stop.status
            last = stop.hurdle
        else:
            last = assessment.hurdles[-1].id
            ratings_key = tuple(r.rating for r in results if r.rating is not None and r.hurdle in
                                {h.id for h in rounds})
            if ratings_key in table:
                score = float(table[ratings_key])
                reasons["score"] = (f"ratings {' + '.join(map(str, ratings_key)) or '(none)'} transmute to {score:g} "
                                    "(SME-QA transmutation table, as set in the assessment).")
                status = "eligible"
            else:
                status = "pending"
                reasons["score"] = (f"no transmutation row for ratings {list(ratings_key)}; add one to the "
                                    "assessment's transmutation table.")
        grades = tuple(sorted(set(row.grades or pool_grades) & set(row.qualified_grades or row.grades or pool_grades)))
        if status == "eligible" and method == "category":
            found = earned_category(assessment, score)  # type: ignore[arg-type]
            if found is None:
                status = "failed"
                reasons["category"] = (f"score {score:g} is below the lowest category "
                                       f"({assessment.categories[-1].name}, {assessment.categories[-1].min_score:g}).")
            else:
                category = found[1]
                reasons["category"] = (f"{category}: score {score:g} is at least {assessment.categories[found[0]].min_score:g} "
                                       "(categories defined in the assessment, 5 CFR 337.303(b)).")
        elif status == "eligible" and score < assessment.numerical_passing_score:  # type: ignore[operator]
            status = "failed"
            reasons["score"] += (f" Below the passing score {assessment.numerical_passing_score:g}: not eligible, and "
                                 "no preference points (added only to a passing score, 5 U.S.C. 3309; 5 CFR 337.101).")
        if status == "eligible" and not grades:
            status = "failed"
            reasons["grades"] = "not qualified at any grade applied for (qualified_grades)."
        if status == "eligible":
            applied = True
            points = assessment.preference_points.get(row.veterans_preference, 0) if method == "numerical" else 0
            if method == "numerical":
                augmented = float(score) + points  # type: ignore[arg-type]
            if row.veterans_preference in PREFERENCE_ELIGIBLE:
                extra = (f"; +{points} points (5 U.S.C. 3309)" if points else
                         "; no points under category rating (5 CFR 337.304(b))" if method == "category" else "")
                reasons["preference"] = f"{row.veterans_preference}: preference applied{extra}."
            else:
                reasons["preference"] = "no veterans' preference claimed (NV)."
        elif row.veterans_preference in PREFERENCE_ELIGIBLE:
            reasons["preference"] = (f"{row.veterans_preference}: not applied, the applicant did not pass every hurdle "
                                     "(preference applies only to those who do; DEOH p. 4-2).")
        for key, text in reasons.items():
            reasons[key] = texts.setdefault(text, text)
        if units is not None:  # what PoolResult.rater_agreement reads of this applicant, in the same order
            _collect_units(units, results, panels)
        elif panels:
            key = tuple(panels.items())
            interview_votes[applicant_id] = shared_panels.setdefault(key, panels) if len(shared_panels) < 10_000 \
                else shared_panels.get(key, panels)  # fmt: skip
        if compact:
            key = tuple(reasons.items())
            reasons = shared_reasons.setdefault(key, reasons) if len(shared_reasons) < 10_000 \
                else shared_reasons.get(key, reasons)  # fmt: skip
        if spill is not None:
            spill.add(results)
            results = no_hurdles  # one empty list for every outcome: the decisions are read from the spill
            if status == "eligible" and len(shared_values) < 10_000:
                grades = shared_values.setdefault(grades, grades)
                score = shared_values.setdefault(("score", score), score)
        values = {
            "applicant_id": applicant_id, "status": status, "hurdle": last, "score": score, "category": category,
            "augmented_score": augmented, "preference": row.veterans_preference, "preference_applied": applied,
            "grades": grades if status == "eligible" else (), "hurdles": results, "reasons": reasons,
        }  # fmt: skip
        if compact:
            outcomes.add(values)
        else:
            outcomes[applicant_id] = _make_outcome(values)
    if compact:
        outcomes.done()

    del take, order  # with the groups and their order arrays
    if columns is not None:
        groups.finish()  # the ratings on disk: the rest read for their rejected rows
        used_count, rating_rejected = groups.used, groups.rejected_count
        if release_ratings:
            columns.clear()
        del groups

    settings = {
        "rating_method": method,
        "scientific_professional": sci_prof,
        "issued_on": issued_on.isoformat() if issued_on else None,
        "pool_grades": pool_grades,
        **{k: v for k, v in assessment.model_dump(mode="json").items()
           if k in ("merge_below", "merge_until_enough", "numerical_top_n", "numerical_cutoff_score",
                    "numerical_selection_rule", "numerical_passing_score", "preference_points", "tie_break", "sharing_window_days",
                    "shareable", "transmutation",
                    "categories")},
        "hurdles": [h.model_dump(mode="json") for h in assessment.hurdles],
    }
    row_counts = {
        "applicants": RowCounts(source=app_records.source, rows_in=app_records.rows_in,
                                scored=len(valid), rejected=applicants_rejected),
        "ratings": RowCounts(source=rating_records.source, rows_in=ratings_in,
                             scored=used_count, rejected=len(rating_records.errors) + rating_rejected),
    }
    inputs = {
        "applicants": {
            "source": app_records.source,
            "sha256": app_records.sha256 or hash_records(app_records.records, _APPLICANT_HASH_FIELDS),
            **row_counts["applicants"].model_dump(exclude={"source"}),
        },
        "ratings": {
            "source": rating_records.source, "layout": rating_records.layout,
            "sha256": ratings_sha256,
            **row_counts["ratings"].model_dump(exclude={"source"}),
        },
    }
    result = PoolResult(assessment=assessment, outcomes=outcomes, applicants=valid, rejected=rejected,
                        row_counts=row_counts, settings=settings, inputs=inputs, grades=pool_grades,
                        issued_on=issued_on)
    result._interview_votes = interview_votes
    result._agreement_units = units
    result._spill = spill
    result._records = disk
    return result


def _collect_units(units: _UnitCollector, results: list[HurdleResult],
                   panels: Mapping[str, tuple[tuple[str, int], ...]]) -> None:
    """One applicant's rater-agreement units, as :meth:`PoolResult.rater_agreement` reads them from its
    decisions: each competency verdict with its votes, then an interview round's panel (when reached)."""
    add = units.add
    for result in results:
        hurdle, status = result.hurdle, result.status
        for d in result.competencies:
            verdict = d.verdict
            add(hurdle, d.competency, tuple([(v[0], v[1]) for v in d.votes]),
                None if verdict == "pending" else verdict, d.tie_break)
        if result.competencies or status == "not_reached":
            continue
        votes = panels.get(hurdle, ())
        if votes:
            add(hurdle, "", tuple(votes), result.rating if status != "pending" else None, False)


@functools.lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    return normalise_header(text).replace("_", "")


def _lookup(pairs: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for spelling, target in pairs:
        out.setdefault(_squash(spelling), target)
    return out


def _with_sheet(error: InvalidRowError, sheet: str) -> InvalidRowError:
    if error.sheet:
        return error
    return InvalidRowError(error.row, error.column, error.message, sheet=sheet)


class _ColumnGroups:
    """The valid ratings of a :class:`~skillhire.applicants._RatingColumns`, by applicant, in input order.

    What the list path of :func:`_score_pool` builds (``grouped``: each hurdle and competency id made
    canonical, every rating checked against the assessment and the applicants, rejected ones recorded
    in input order), without an object per rating: the canonical ids replace the columns' table values
    (one per distinct spelling), the checks run once per distinct (hurdle, competency, rating) and per
    applicant, and the accepted ratings are ordered by a stable sort of their applicant codes, so each
    applicant's are one slice, in input order. :meth:`take` builds an applicant's :class:`_Rating` s
    when it is decided, and applies the rule for one rater rating the same thing twice there (the list
    path applies it to the whole pool first; the ratings kept and the rows rejected are the same, and
    the rejected rows are reported sorted).

    With the ratings on disk (``columns.buckets``, see :meth:`_RatingColumns.to_disk`), the same is done
    one bucket of applicants at a time, as the first applicant of each bucket is taken (:meth:`_load`):
    only that bucket's ratings are in memory. The rows rejected while checking are reported in row
    order, then those rejected as repeats, as with the ratings in memory (:meth:`finish`).
    """

    _CHUNK = 1 << 18  # ratings checked or placed at a time (bounds the temporary arrays)

    def __init__(
        self, columns: _RatingColumns, *, hurdles: dict, allowed: dict[str, set[str]], valid: Mapping[str, Any],
        rejected: list[InvalidRowError], hurdle_lookup: Mapping[str, str], competency_lookup: Mapping[str, str],
        source: str, release: bool = False, order: list[str] | None = None,
    ) -> None:  # fmt: skip
        import numpy as np

        self._columns = columns
        self._rejected = rejected
        self._source = source
        self._hurdles, self._allowed = hurdles, allowed
        self._problems: dict[int, tuple[str, str] | None] = {}  # (hurdle, competency, rating) code -> problem
        self.rejected_count = 0
        self.used = 0
        hurdle_values = columns.hurdles.values
        hurdle_values[:] = [hurdle_lookup.get(_squash(value)) or value for value in hurdle_values]
        competency_values = columns.competencies.values
        competency_values[:] = [(competency_lookup.get(_squash(value)) or value) if value else value
                                for value in competency_values]  # fmt: skip
        ids = columns.applicant_ids.values
        known = np.fromiter((applicant_id in valid for applicant_id in ids), dtype=bool, count=len(ids))
        self._release = release
        self._taking: list[str] | None = None  # the order applicants are taken in (see follow)
        self._codes_taken = array("i")
        self._next = 0
        self._buckets = columns.buckets  # skillhire._spill.RatingBuckets: the ratings on disk, by applicant
        # what a rejected rating names of its applicant, kept for the ids no valid applicant has (a few):
        # the table of ids may be freed before the ratings are checked (see follow)
        self._unknown = {code: ids[code] for code in np.flatnonzero(~known).tolist()}
        if self._buckets is not None:
            # one bucket's ratings at a time, checked, grouped and decided in turn (see _load)
            if order is None or not release:
                raise ValueError("ratings on disk are taken once each, in the order given (release, order)")
            self._known = known
            self._bucket = -1  # the bucket in memory
            self._local = np.zeros(0, dtype=np.int64)  # its applicant codes, sorted (a code's place: its slice)
            self._checked: list[InvalidRowError] = []  # rejected while checking: reported in row order
            self._late: list[InvalidRowError] = []  # rejected as repeats: reported after those
            del ids
            self.follow(order)
            return
        n_ids = len(ids)
        del ids
        if order is not None:  # the table of ids is not read from here on: freed before the sort
            self.follow(order)
        self._arrays = (columns.rows, columns.hurdles.codes, columns.competencies.codes, columns.raters.codes,
                        columns.ratings.codes, columns.justifications.codes)
        applicant = _view(columns.applicant_ids.codes)
        self._starts, self._order = self._group(
            applicant, [_view(c.codes) for c in (columns.hurdles, columns.competencies, columns.ratings)],
            known, n_ids, columns.rows, rejected.append, self._unknown.__getitem__,
        )  # fmt: skip
        del known
        if release:  # each rating's applicant code is no longer read (take finds the applicant's slice)
            del applicant
            columns.applicant_ids.codes = array("i")

    def _group(
        self, applicant: Any, codes: list[Any], known: Any, n_ids: int, rows: Any, reject: Any, id_of: Any,
    ) -> tuple[Any, Any]:  # fmt: skip
        """Check ratings (``applicant``'s codes into ``known``, ``codes`` those of hurdle, competency and
        rating; ``rows`` their row numbers) in input order, each rejected one given to ``reject``, and
        place the accepted ones in a stable counting sort by applicant: ``(starts, order)``, applicant
        ``code``'s ratings being ``order[starts[code]:starts[code + 1]]``."""
        import numpy as np

        columns = self._columns
        hurdle_values, competency_values = columns.hurdles.values, columns.competencies.values
        rating_values = columns.ratings.values
        sizes = (len(hurdle_values) or 1, len(competency_values) or 1, len(rating_values) or 1)
        problems = self._problems
        total = len(applicant)
        keep = np.zeros(total, dtype=bool)  # accepted or not, one byte a rating
        counts = np.zeros(n_ids, dtype=np.int64)  # accepted ratings per applicant code
        for begin in range(0, total, self._CHUNK):  # 1: check, in input order
            end = min(begin + self._CHUNK, total)
            combo = (codes[0][begin:end].astype(np.int64) * sizes[1] + codes[1][begin:end]) * sizes[2] \
                + codes[2][begin:end]  # fmt: skip
            distinct, inverse = np.unique(combo, return_inverse=True)
            fine = np.empty(len(distinct), dtype=bool)
            for at, key in enumerate(distinct.tolist()):
                if key not in problems:
                    h, rest = divmod(key, sizes[1] * sizes[2])
                    c, r = divmod(rest, sizes[2])
                    problems[key] = _value_problem(
                        _Rating(0, "", hurdle_values[h], competency_values[c], "", rating_values[r], ""),
                        self._hurdles, self._allowed,
                    )  # fmt: skip
                fine[at] = problems[key] is None
            ok = known[applicant[begin:end]] & fine[inverse.reshape(-1)]
            for index in (np.flatnonzero(~ok) + begin).tolist():  # rejected, in input order
                code = int(applicant[index])
                if not known[code]:
                    column, message = _unknown_applicant(id_of(code))
                else:
                    column, message = problems[int(combo[index - begin])]  # type: ignore[misc]
                reject(InvalidRowError(rows[index], column, message, sheet=self._source))
                self.rejected_count += 1
            keep[begin:end] = ok
            counts += np.bincount(applicant[begin:end][ok], minlength=n_ids)
            del combo, inverse, ok
        # 2: a stable counting sort by applicant code, a chunk at a time (no array of every rating but the
        # result): each chunk's accepted ratings, sorted stably, go after those its applicants already have
        starts = np.zeros(n_ids + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        del counts
        order = np.empty(int(starts[-1]), dtype=np.int32 if total < 2**31 else np.int64)
        fill = starts[:-1].copy()  # next free place per applicant code
        for begin in range(0, total, self._CHUNK):
            end = min(begin + self._CHUNK, total)
            at = np.flatnonzero(keep[begin:end]) + begin
            if not len(at):
                continue
            keys = applicant[at]
            by_key = np.argsort(keys, kind="stable")
            keys = keys[by_key]
            rank = np.arange(len(keys)) - np.searchsorted(keys, keys, side="left")  # place among equal keys
            order[fill[keys] + rank] = at[by_key]
            first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
            fill[keys[first]] += np.diff(np.r_[first, len(keys)])
            del at, keys, by_key, rank, first
        del keep, fill
        self.used += len(order)
        return starts, order

    def _load(self, bucket: int) -> None:
        """Read, check and group the buckets on disk up to ``bucket`` (those before it hold only ratings
        of ids no applicant to decide has: read for their rejected rows), keeping ``bucket``'s."""
        import numpy as np

        while self._bucket < bucket:
            self._bucket += 1
            self._arrays = self._starts = self._order = None  # the bucket before: freed first
            found = self._buckets.read(self._bucket)
            if not found:
                self._local = np.zeros(0, dtype=np.int64)
                continue
            rows, applicant_codes, *coded = found
            self._arrays = (rows, *coded)
            local, applicant = np.unique(_view(applicant_codes), return_inverse=True)
            applicant = applicant.reshape(-1)
            unknown = self._unknown
            self._starts, self._order = self._group(
                applicant, [_view(coded[0]), _view(coded[1]), _view(coded[3])], self._known[local], len(local),
                rows, self._checked.append, lambda at, unknown=unknown, local=local: unknown[int(local[at])],
            )  # fmt: skip
            self._local = local

    def finish(self) -> None:
        """Once every applicant is taken: the buckets left checked for their rejected rows, every rejected
        rating reported (the same rows and messages, in the order the ratings in memory give them)."""
        if self._buckets is None:
            return
        self._load(self._buckets.buckets - 1)
        self._arrays = self._starts = self._order = None
        self._checked.sort(key=lambda error: error.row)  # each bucket's in input order: merged into it
        self._rejected.extend(self._checked)
        self._rejected.extend(self._late)
        self._checked, self._late = [], []

    def follow(self, order: list[str]) -> None:
        """The applicants will be taken in ``order``, each once: each one's code into the table of ids is
        found now (4 bytes an applicant), so that, when the columns are released, that table (the applicants'
        ids sorted, and a dict of the ids no applicant has: see ``_IdCodes``) is freed before the pool is decided."""
        find = self._columns.applicant_ids.find
        self._codes_taken = array("i", (-1 if code is None else code for code in map(find, order)))
        self._taking, self._next = order, 0
        if self._release:
            self._columns.applicant_ids.forget()

    def take(self, applicant_id: str) -> list[Any]:
        """The applicant's accepted ratings, in input order (each applicant is taken once)."""
        at = self._next
        if self._taking is not None and at < len(self._taking) and self._taking[at] == applicant_id:
            self._next = at + 1
            code: int | None = self._codes_taken[at]  # found by follow
            if code < 0:  # type: ignore[operator]
                return []
        else:
            if self._taking is not None and self._release:
                raise ValueError(f"applicant {applicant_id!r} taken out of the order given to follow()")
            code = self._columns.applicant_ids.find(applicant_id)
            if code is None:
                return []
        if self._buckets is not None:  # its bucket in memory, and its place among that bucket's applicants
            bucket = self._columns.bucket_codes[code]  # type: ignore[index]
            if bucket != self._bucket:
                self._load(bucket)
            local = self._local
            place = int(local.searchsorted(code))
            if place >= len(local) or local[place] != code:
                return []
            code = place
        columns = self._columns
        rows, h_codes, c_codes, r_codes, v_codes, n_codes = self._arrays
        h_values, c_values = columns.hurdles.values, columns.competencies.values
        r_values, v_values, n_values = columns.raters.values, columns.ratings.values, columns.justifications.values
        mine = [
            _Rating(rows[i], applicant_id, h_values[h_codes[i]], c_values[c_codes[i]], r_values[r_codes[i]],
                    v_values[v_codes[i]], n_values[n_codes[i]])
            for i in self._order[self._starts[code]:self._starts[code + 1]].tolist()
        ]  # what columns[i] gives (the applicant id is the one asked for: an equal string)
        if len(mine) > 1 and len({(x.hurdle, x.competency, x.rater) for x in mine}) != len(mine):
            mine = self._repeats(applicant_id, mine)
        return mine

    def _repeats(self, applicant_id: str, mine: list[Any]) -> list[Any]:
        """The list path's rule for a rater rating the same thing twice, for one applicant: identical
        repeats keep the first row, conflicting ones drop every row."""
        reject = self._late.append if self._buckets is not None else self._rejected.append
        by_key: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
        for r in mine:
            by_key[(r.hurdle, r.competency, r.rater)].append(r)
        used: list[Any] = []
        for (hurdle, competency, rater), rows in by_key.items():
            rows = sorted(rows, key=lambda x: x.row)
            if len(rows) == 1:
                used.append(rows[0])
                continue
            numbers = ", ".join(str(x.row) for x in rows)
            what = f"{hurdle}" + (f"/{competency}" if competency else "")
            if len({x.rating for x in rows}) == 1:
                used.append(rows[0])
                dropped = rows[1:]
                for x in dropped:
                    reject(InvalidRowError(
                        x.row, "rater", f"repeats row {rows[0].row}: rater {rater!r} already rated applicant "
                        f"{applicant_id!r} on {what}", sheet=self._source))
            else:
                dropped = rows
                for x in dropped:
                    reject(InvalidRowError(
                        x.row, "rating", f"rater {rater!r} gave conflicting ratings to applicant {applicant_id!r} "
                        f"on {what} in rows {numbers}", sheet=self._source))
            self.rejected_count += len(dropped)
            self.used -= len(dropped)
        return used


def _view(codes: Any) -> Any:
    """An array.array's items as a numpy array (no copy)."""
    import numpy as np

    return np.frombuffer(codes, dtype=codes.typecode) if len(codes) else np.zeros(0, dtype=np.int32)


def _rating_problem(r: RatingRow, hurdles: dict, allowed_competencies: dict[str, set[str]],
                    valid: dict[str, ApplicantRow]) -> tuple[str, str] | None:
    if r.applicant_id not in valid:
        return _unknown_applicant(r.applicant_id)
    return _value_problem(r, hurdles, allowed_competencies)


def _unknown_applicant(applicant_id: str) -> tuple[str, str]:
    return "applicant_id", f"no valid applicant with id {applicant_id!r} in the applicants"


def _value_problem(r: RatingRow, hurdles: dict, allowed_competencies: dict[str, set[str]]) -> tuple[str, str] | None:
    """What :func:`_rating_problem` finds wrong with a rating of a valid applicant (its hurdle, competency
    and rating alone)."""
    hurdle = hurdles.get(r.hurdle)
    if hurdle is None:
        return "hurdle", f"unknown hurdle {r.hurdle!r}; hurdles: {', '.join(hurdles)}"
    if hurdle.kind == "resume_review":
        allowed = allowed_competencies[hurdle.id]
        if r.competency not in allowed:
            return "competency", (f"unknown competency {r.competency!r} for {hurdle.id}; competencies: "
                                  f"{', '.join(sorted(allowed))}")
        if r.rating not in ("meets", "does_not_meet"):
            return "rating", f"{r.rating!r} is not a resume-review rating; use meets / does_not_meet (MF / DNMF)"
    else:
        if isinstance(r.rating, str) or not 0 <= r.rating <= hurdle.max_rating:
            return "rating", f"{r.rating!r} is not an interview rating; use a whole number 0 to {hurdle.max_rating}"
    return None
