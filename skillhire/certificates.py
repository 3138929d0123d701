"""Certificates of eligibles from a scored pool: referral, selection, pass-over, sharing.

- Referral: category rating refers the highest category, merged with the next when it holds fewer than 3
  names (5 U.S.C. 3319(c)(1)); numerical ranking certifies the top of the register (5 U.S.C. 3317(a), 5 CFR
  332.401). See :mod:`skillhire.category_rating` for the order.
- Selection: the appointing official may select any referred applicant, but may not select a
  non-preference eligible while a preference eligible stands ahead on the certificate unless a pass-over
  was recorded with reasons (5 U.S.C. 3319(c)(6), 3318(c); 5 CFR 332.406). A pass-over of a CPS applicant
  (compensable disability of 30% or more) needs OPM's approval and 15 days' notice to the applicant
  (3318(c)(2)-(4); 74 FR 30459); the record is flagged so.
- Pooled hiring: another agency may select from a certificate during the 240 days after it is issued, when
  the announcement said so and the applicant opted in (5 U.S.C. 3318(b); 5 CFR 332.408). Every share is
  logged; a selection removes the applicant from every other agency's certificate.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from skillhire._models import trusted_factory
from skillhire.category_rating import PREFERENCE_ELIGIBLE, Ranked
from skillhire.errors import PassOverRequiredError, SelectionError

if TYPE_CHECKING:  # pragma: no cover
    from skillhire.scoring import PoolResult

__all__ = ["Certificate", "CertificateEntry", "CertificateRecord", "PassOver", "Selection", "ShareEvent"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CertificateEntry(_Frozen):
    """One referred applicant on a certificate."""

    applicant_id: str = Field(description="The applicant.")
    position: int = Field(description="1-based place on the certificate, in referral order.")
    category: str | None = Field(description="Category listed in (category rating), else None.")
    earned_category: str | None = Field(description="Category earned by score (category rating), else None.")
    preference: str = Field(description="Veterans' preference code.")
    score: float = Field(description="Assessment score.")
    augmented_score: float | None = Field(description="Numerical mode: score with preference points.")
    reason: str = Field(description="Why the applicant is at this position, citing the rule.")
    selected_by: str | None = Field(default=None, description="Agency that selected the applicant, if any.")
    passed_over: bool = Field(default=False, description="A pass-over of this applicant was recorded here.")

    @property
    def id(self) -> str:
        """The applicant id (short alias)."""
        return self.applicant_id

    @property
    def preference_eligible(self) -> bool:
        """Whether the applicant is a preference eligible."""
        return self.preference in PREFERENCE_ELIGIBLE


class PassOver(_Frozen):
    """A recorded request to pass over a preference eligible (5 U.S.C. 3318(c))."""

    applicant_id: str = Field(description="The preference eligible passed over.")
    preference: str = Field(description="Their preference code.")
    agency: str = Field(description="The agency asking.")
    reason: str = Field(description="The written reasons.")
    approved_by: str = Field(default="", description="Who sustained it (OPM or the delegated examining unit); "
                             "empty while the request waits for a decision, and it clears no selection until then.")
    requires_opm_approval: bool = Field(description="CPS (30% or more): only OPM may decide (3318(c)(2)-(4)).")
    notice_days: int = Field(description="Days the applicant has to respond: 15 for CPS, else 0.")

    @property
    def sustained(self) -> bool:
        """Whether the request was sustained (``approved_by`` recorded), so it may clear a selection."""
        return bool(self.approved_by)


def _check_approver(applicant_id: str, preference: str, approved_by: str) -> None:
    """Only OPM may sustain the pass-over of a CPS applicant (30% or more disabled): the power may not be
    delegated to an agency's examining unit (5 U.S.C. 3318(c)(2)-(4); OPM final rule 74 FR 30459, 2009)."""
    if preference == "CPS" and not _OPM_RE.search(approved_by):
        raise SelectionError(
            f"the pass-over of {applicant_id!r} (CPS: a veteran with a service-connected disability of 30% or "
            f"more) may be sustained only by OPM, not {approved_by.strip()!r} (5 U.S.C. 3318(c)(2)-(4)); record "
            f"approved_by='OPM' once OPM has decided"
        )


_OPM_RE = re.compile(r"\bOPM\b|office of personnel management", re.IGNORECASE)


class Selection(_Frozen):
    """A selection from a certificate."""

    applicant_id: str = Field(description="The applicant selected.")
    agency: str = Field(description="The selecting agency.")
    certificate: str = Field(description="Key of the certificate selected from.")
    on: dt.date | None = Field(default=None, description="Date of the selection, when given.")


class ShareEvent(_Frozen):
    """A use of a certificate by an agency other than the one it was issued to (5 U.S.C. 3318(b) record)."""

    certificate: str = Field(description="Key of the certificate shared.")
    issued_to: str = Field(description="Agency the certificate was issued to.")
    agency: str = Field(description="Agency that used it.")
    applicant_id: str = Field(description="Applicant selected.")
    on: dt.date | None = Field(default=None, description="Date of the use.")
    days_after_issue: int | None = Field(default=None, description="Days after the issue date.")


class CertificateRecord(_Frozen):
    """A certificate as data: its JSON form (:meth:`Certificate.to_json`), for a pipeline, an audit file or another
    system. It is a snapshot: the :class:`Certificate` it came from stays linked to its pool, the record does not.

    ``CertificateRecord.model_validate_json(cert.to_json())`` reads it back into an equal record.
    """

    key: str = Field(description="The certificate's key within its pool, from its grade, agency and location "
                     "('GS-13|(announcing agency)|*').")
    grade: int = Field(description="The grade certified.")
    agency: str = Field(description="The agency the certificate was issued to.")
    location: str | None = Field(description="The duty location, or None for every location.")
    categories: list[str] = Field(description="Categories referred (category rating), highest first; empty in "
                                  "numerical ranking.")
    merged: bool = Field(description="Whether the highest category was merged with the next (5 U.S.C. 3319(c)(1)).")
    issued_on: dt.date | None = Field(description="Date the certificate was issued, when given.")
    expires_on: dt.date | None = Field(description="Last day other agencies may select from it (5 U.S.C. 3318(b)).")
    entries: list[CertificateEntry] = Field(description="Referred applicants still available, in referral order, "
                                            "each with the reason for its place.")
    pending: list[str] = Field(description="Applicants who applied here but were still pending when it was issued.")
    pass_overs: list[PassOver] = Field(description="Pass-over requests recorded on this certificate.")
    share_log: list[ShareEvent] = Field(description="Uses of this certificate by other agencies.")


_make_entry = trusted_factory(CertificateEntry)


class _Placed:
    """A :class:`~skillhire.category_rating.Ranked` place's values in slots, as :class:`_Places` hands them out.

    For ``skillhire score`` only (see ``PoolResult.certificate``); the certificate reads the same
    attribute names and values as a :class:`Ranked`'s, so its entries are the same.
    """

    __slots__ = ("applicant_id", "preference", "score", "earned_category", "category", "category_index",
                 "augmented_score", "group", "reason")  # fmt: skip

    def __init__(self, ranked: Ranked) -> None:
        values = ranked.__dict__
        for name in self.__slots__:
            setattr(self, name, values[name])

    @classmethod
    def of(cls, applicant_id: str, body: tuple[Any, ...]) -> _Placed:
        """The place of ``applicant_id`` with the other values of ``body`` (in :data:`_BODY` order)."""
        self = cls.__new__(cls)
        self.applicant_id = applicant_id
        (self.preference, self.score, self.earned_category, self.category, self.category_index,
         self.augmented_score, self.group, self.reason) = body
        return self


_BODY = _Placed.__slots__[1:]  # a place's values but its applicant id


class _Places(Sequence[_Placed]):
    """A certificate's referred places in columns: each place's applicant id, and a code into a table of
    the distinct other values (preference, score, categories, group, reason), shared by a pool's
    certificates.

    For ``skillhire score`` only, whose certificates each keep their referred places while the workbook is
    written (every one of a pool's certificates is built first, for the Summary sheet): apart from its
    id, a place is one of a few thousand combinations, so a place takes 12 bytes (a reference to the id
    the records hold and a 4-byte code) rather than a slotted object of 9 values (about 100 bytes with
    its list slot). Reading it gives :class:`_Placed` objects with the same values, in the same order.
    """

    __slots__ = ("_ids", "_codes", "_table")

    def __init__(self, ranked: Iterable[Ranked], table: _PlaceTable) -> None:
        self._ids: list[str] = []
        self._codes = array("I")
        self._table = table
        for r in ranked:
            values = r.__dict__
            self._ids.append(values["applicant_id"])
            self._codes.append(table.code(tuple([values[name] for name in _BODY])))

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[_Placed]:
        bodies = self._table.bodies
        return map(lambda applicant_id, code: _Placed.of(applicant_id, bodies[code]), self._ids, self._codes)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _Placed.of(self._ids[index], self._table.bodies[self._codes[index]])


class _PlaceTable:
    """The distinct place values of a pool's certificates (see :class:`_Places`), each stored once."""

    __slots__ = ("bodies", "_codes")

    def __init__(self) -> None:
        self.bodies: list[tuple[Any, ...]] = []
        self._codes: dict[tuple[Any, ...], int] = {}

    def code(self, body: tuple[Any, ...]) -> int:
        """``body``'s code, adding it when new (values compared with their types: 90 and 90.0 stay apart)."""
        key = (body, tuple([value.__class__ for value in body]))
        found = self._codes.get(key)
        if found is None:
            found = self._codes[key] = len(self.bodies)
            self.bodies.append(body)
        return found


class Certificate:
    """A certificate of eligibles for one grade, agency and location of a pool.

    Obtained from :meth:`skillhire.scoring.PoolResult.certificate`; it stays linked to its pool, so a
    selection on one certificate removes the applicant from every other agency's certificate.

    Example:
        >>> cert = result.certificate(grade=13)          # doctest: +SKIP
        >>> cert.applicant_ids[:3]                       # doctest: +SKIP
        ['A0042', 'A0107', 'A0003']
    """

    def __init__(
        self,
        pool: PoolResult,
        *,
        key: str,
        grade: int,
        agency: str,
        location: str | None,
        ranked: list[Ranked],
        referred: int,
        categories: list[str],
        merged: bool,
        issued_on: dt.date | None,
        pending: list[str] | None = None,
        keep_entries: bool = True,
    ) -> None:
        self._pool = pool
        # False (skillhire score): the entries are built each time they are asked for, never held, so a
        # pool's certificates hold only their referred applicants' places while the workbook is written
        self._keep_entries = keep_entries
        self.key = key
        self.grade = grade
        self.agency = agency
        self.location = location
        # skillhire score hands over only the referred places, read by nothing else: one list, not two
        self._ranked = ranked if not keep_entries and referred >= len(ranked) else ranked[:referred]
        self.register = ranked
        self.categories = categories
        self.merged = merged
        self.issued_on = issued_on
        self.pass_overs: list[PassOver] = []
        #: Applicants who applied at this grade (and agency, location) but were still pending when it was issued.
        self.pending: list[str] = list(pending or [])
        self._entries: tuple[tuple[int, int], list[CertificateEntry]] | None = None

    # ------------------------------------------------------------------ views
    @property
    def expires_on(self) -> dt.date | None:
        """Last day other agencies may select from it (issue date + 240 days - 1, 5 U.S.C. 3318(b)(1))."""
        if self.issued_on is None:
            return None
        return self.issued_on + dt.timedelta(days=self._pool.assessment.sharing_window_days - 1)

    @property
    def entries(self) -> list[CertificateEntry]:
        """Referred applicants still available, in referral order, with the reason for each place.

        An applicant selected from another certificate of the pool is no longer listed; one selected from
        this certificate stays, marked ``selected_by``.
        """
        # built once per state of the pool's selections and this certificate's pass-overs (both only grow)
        state = (getattr(self._pool, "_selection_count", 0), len(self.pass_overs))
        if self._entries is not None and self._entries[0] == state:
            return list(self._entries[1])
        out = list(self._iter_entries())
        if self._keep_entries:
            self._entries = (state, out)
            return list(out)
        return out

    def _iter_entries(self) -> Iterator[CertificateEntry]:
        """:attr:`entries` one at a time, built as they are asked for (never all held: ``skillhire score``
        writes a certificate's sheet from this, so only one entry is in memory at a time)."""
        selections = self._pool.selections
        passed = {p.applicant_id for p in self.pass_overs}
        position = 0
        for r in self._ranked:
            chosen = selections.get(r.applicant_id)
            if chosen is not None and chosen.certificate != self.key:
                continue
            position += 1
            yield _make_entry({
                "applicant_id": r.applicant_id, "position": position, "category": r.category,
                "earned_category": r.earned_category, "preference": r.preference, "score": r.score,
                "augmented_score": r.augmented_score, "reason": r.reason,
                "selected_by": chosen.agency if chosen is not None else None,
                "passed_over": r.applicant_id in passed,
            })

    @property
    def applicant_ids(self) -> list[str]:
        """Applicant ids in referral order (see :attr:`entries`)."""
        if self._keep_entries:
            return [e.applicant_id for e in self.entries]
        # the same ids, without building an entry for each (skillhire score: every certificate's ids are
        # asked for while the others' places are held)
        selections = self._pool.selections
        return [r.applicant_id for r in self._ranked
                if (chosen := selections.get(r.applicant_id)) is None or chosen.certificate == self.key]  # fmt: skip

    @property
    def share_log(self) -> list[ShareEvent]:
        """Uses of this certificate by other agencies."""
        return [e for e in self._pool.share_log if e.certificate == self.key]

    def __repr__(self) -> str:
        where = f", location={self.location!r}" if self.location else ""
        return (f"Certificate(grade={self.grade}, agency={self.agency!r}{where}, names={len(self._ranked)}, "
                f"categories={self.categories}, merged={self.merged})")

    def _repr_html_(self) -> str:
        import html

        head = "<tr><th>#</th><th>applicant</th><th>category</th><th>preference</th><th>score</th><th>reason</th></tr>"
        rows = "".join(
            f"<tr><td>{e.position}</td><td>{html.escape(e.applicant_id)}</td><td>{html.escape(e.category or '')}</td>"
            f"<td>{html.escape(e.preference)}</td><td>{e.score:g}</td><td>{html.escape(e.reason)}</td></tr>"
            for e in self.entries
        )
        return f"<p>{html.escape(repr(self))}</p><table>{head}{rows}</table>"

    def to_pandas(self):
        """The entries as a pandas DataFrame (needs ``pip install skillhire[pandas]``)."""
        from skillhire.scoring import _pandas

        return _pandas().DataFrame([e.model_dump() for e in self.entries])

    def to_record(self) -> CertificateRecord:
        """This certificate as a :class:`CertificateRecord` (its entries, key and the rest, as they stand now).

        Example:
            >>> record = cert.to_record()                    # doctest: +SKIP
            >>> record.entries == cert.entries               # doctest: +SKIP
            True
        """
        return CertificateRecord(
            key=self.key, grade=self.grade, agency=self.agency, location=self.location,
            categories=list(self.categories), merged=self.merged, issued_on=self.issued_on,
            expires_on=self.expires_on, entries=self.entries, pending=list(self.pending),
            pass_overs=list(self.pass_overs), share_log=self.share_log,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain data (dates as ISO strings): ``cert.to_record().model_dump(mode="json")``."""
        return self.to_record().model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON form of :class:`CertificateRecord` (``CertificateRecord.model_validate_json`` reads it back).

        Args:
            indent: Spaces per level, or ``None`` for one line.
        """
        return self.to_record().model_dump_json(indent=indent)

    # ------------------------------------------------------------------ actions
    def record_pass_over(self, applicant_id: str, *, reason: str, agency: str | None = None,
                         approved_by: str = "") -> PassOver:
        """Record a pass-over request for a preference eligible on this certificate, with its reasons.

        A request clears a selection only once it is sustained: pass ``approved_by`` here when the decision is
        already made, or call :meth:`sustain_pass_over` when it comes. A non-preference eligible may not be
        selected over a higher-standing preference eligible "unless a pass-over request is approved"
        (5 U.S.C. 3318(c); 5 CFR 332.406). For a CPS applicant only OPM may decide (3318(c)(2)-(4)).

        Args:
            applicant_id: The preference eligible to pass over.
            reason: The written reasons (required, 5 U.S.C. 3318(c)(1)).
            agency: The agency asking (default: the certificate's).
            approved_by: Who sustained it (OPM or the delegated examining unit), if it is decided already.

        Returns:
            The :class:`PassOver`; ``requires_opm_approval`` is True for a CPS applicant.

        Raises:
            SelectionError: not a preference eligible on this certificate, or no reason given.
        """
        entry = self._entry(applicant_id)
        if not entry.preference_eligible:
            raise SelectionError(f"{applicant_id!r} is not a preference eligible; no pass-over is needed")
        if not reason or not reason.strip():
            raise SelectionError("a pass-over needs written reasons (5 U.S.C. 3318(c)(1))")
        if approved_by:
            _check_approver(applicant_id, entry.preference, approved_by)
        record = PassOver(
            applicant_id=applicant_id, preference=entry.preference, agency=agency or self.agency,
            reason=reason.strip(), approved_by=approved_by, requires_opm_approval=entry.preference == "CPS",
            notice_days=15 if entry.preference == "CPS" else 0,
        )
        self.pass_overs.append(record)
        self._pool._record_event({"event": "pass_over", "certificate": self.key, **record.model_dump()})
        return record

    def sustain_pass_over(self, applicant_id: str, *, approved_by: str, agency: str | None = None) -> PassOver:
        """Record that a pass-over request was sustained, so it clears the agency's selection (5 U.S.C. 3318(c)).

        Args:
            applicant_id: The preference eligible the request names.
            approved_by: Who sustained it: OPM, or the delegated examining unit (for a CPS applicant, OPM only).
            agency: The agency that asked (default: the certificate's).

        Returns:
            The sustained :class:`PassOver`, which replaces the request.

        Raises:
            SelectionError: no such request by that agency, or ``approved_by`` is empty.
        """
        agency = self.agency if agency is None else agency
        if not approved_by or not approved_by.strip():
            raise SelectionError("a sustained pass-over needs who sustained it (approved_by: OPM or the delegated "
                                 "examining unit; 5 U.S.C. 3318(c))")
        for index, request in enumerate(self.pass_overs):
            if request.applicant_id == applicant_id and request.agency == agency:
                _check_approver(applicant_id, request.preference, approved_by)
                sustained = request.model_copy(update={"approved_by": approved_by.strip()})
                self.pass_overs[index] = sustained
                self._pool._record_event({"event": "pass_over_sustained", "certificate": self.key,
                                          **sustained.model_dump()})
                return sustained
        raise SelectionError(
            f"no pass-over request for {applicant_id!r} by {agency!r} on this certificate; record one with "
            "reasons first (record_pass_over)"
        )

    def can_share(
        self,
        applicant_id: str,
        agency: str,
        *,
        on: dt.date | None = None,
        series: str | None = None,
        grade: int | None = None,
    ) -> tuple[bool, str]:
        """Whether ``agency`` may select ``applicant_id`` from this certificate, and why (5 U.S.C. 3318(b)).

        Args:
            applicant_id: A referred applicant.
            agency: The other agency.
            on: The selection date (checked against the 240-day window when the certificate has an issue date).
            series: The receiving position's occupational series, when known (must be the pool's).
            grade: The receiving position's grade, when known (must be the certificate's: the OPM CHCO memo of
                11 Jan 2018 reads "similar" as the same grade level).

        Returns:
            ``(True, "")`` or ``(False, the reason citing the rule)``.
        """
        try:
            self._check_share(applicant_id, agency, on, series=series, grade=grade)
        except SelectionError as error:
            return False, str(error)
        return True, ""

    def select(
        self,
        applicant_id: str,
        *,
        agency: str | None = None,
        on: dt.date | None = None,
        series: str | None = None,
        grade: int | None = None,
    ) -> Selection:
        """Select a referred applicant.

        Args:
            applicant_id: The applicant to select.
            agency: The selecting agency (default: the certificate's own). Another agency's use is a share
                under 5 U.S.C. 3318(b): the announcement must allow it, the applicant must have opted in to
                that agency, and it must fall within 240 days of the issue date.
            on: The selection date (needed for a share when the certificate has an issue date).
            series: For a share, the receiving position's series, checked when given (see :meth:`can_share`).
            grade: For a share, the receiving position's grade, checked when given.

        Returns:
            The :class:`Selection`; the applicant leaves every other certificate of the pool.

        A preference eligible whose pass-over this agency asked for (pending or sustained) may still be selected: a
        sustained pass-over lets the agency leave them out ("need not consider that preference eligible again",
        5 U.S.C. 3318(c); 5 CFR 332.406), it never forbids selecting them, and selecting a preference eligible
        passes no one over. The pass-over is then moot: the audit records a ``pass_over_moot`` event after the
        selection, naming the request and whether it had been sustained, so the file shows why the request and the
        selection both stand.

        Raises:
            PassOverRequiredError: a preference eligible stands ahead of a non-preference eligible selectee
                and no pass-over is recorded for them.
            SelectionError: the applicant is not referred here, is already selected, or sharing is not allowed.
        """
        agency = self.agency if agency is None else agency
        entry = self._entry(applicant_id)
        taken = self._pool.selections.get(applicant_id)
        if taken is not None:
            raise SelectionError(f"{applicant_id!r} was already selected by {taken.agency!r}")
        days = None
        if agency != self.agency:
            self._check_share(applicant_id, agency, on, series=series, grade=grade)
            if self.issued_on is not None:
                days = (on - self.issued_on).days  # type: ignore[operator]
        assessment = self._pool.assessment
        # A pass-over is asked for by one agency for its own selection (3318(c)): another agency's does not
        # clear this one, and a request clears it only once sustained ("unless a pass-over request is
        # approved", 5 U.S.C. 3318(c); 5 CFR 332.406). For a share, only the names this agency may select stand
        # in its way: those who opted in to it (5 U.S.C. 3318(b); 5 CFR 332.408); not choosing someone it cannot
        # select is no pass-over.
        passed = {p.applicant_id for p in self.pass_overs if p.agency == agency and p.sustained}
        waiting = {p.applicant_id for p in self.pass_overs if p.agency == agency and not p.sustained}
        considered = self._considered_by(agency)
        if self._pool.rating_method == "numerical" and assessment.numerical_selection_rule == "rule_of_three":
            available = [e.applicant_id for e in considered if e.selected_by is None and e.applicant_id not in passed]
            if applicant_id not in available[:3]:
                raise SelectionError(
                    f"rule of three: select from the highest three available names ({', '.join(available[:3])}), "
                    f"not {applicant_id!r} (5 CFR 332.404 before 2025; the assessment replays that rule)"
                )
        if not entry.preference_eligible:
            blocking = [
                e.applicant_id for e in considered
                if e.position < entry.position and e.preference_eligible and e.selected_by is None
                and e.applicant_id not in passed
            ]
            if blocking:
                pending = [b for b in blocking if b in waiting]
                note = (f"; the request for {', '.join(pending)} is recorded but not sustained yet "
                        "(Certificate.sustain_pass_over)" if pending else "")
                raise PassOverRequiredError(
                    f"selecting {applicant_id!r} (no preference) would pass over preference eligible(s) "
                    f"{', '.join(blocking)} standing ahead on this certificate; record a pass-over with reasons "
                    f"{'' if agency == self.agency else f'by {agency!r} '}and have it sustained first "
                    f"(5 U.S.C. 3318(c), 3319(c)(6)){note}"
                )
        selection = Selection(applicant_id=applicant_id, agency=agency, certificate=self.key, on=on)
        self._pool._record_selection(selection)
        for request in self.pass_overs:
            if request.applicant_id == applicant_id and request.agency == agency:
                self._pool._record_event({
                    "event": "pass_over_moot", "certificate": self.key, "applicant_id": applicant_id,
                    "agency": agency, "sustained": request.sustained, "approved_by": request.approved_by,
                    "reason": "the preference eligible named in the pass-over request was selected by the agency that "
                              "asked; a sustained pass-over permits leaving them out, it does not forbid selecting "
                              "them (5 U.S.C. 3318(c); 5 CFR 332.406)"})
        if agency != self.agency:
            self._pool._record_share(ShareEvent(certificate=self.key, issued_to=self.agency, agency=agency,
                                                applicant_id=applicant_id, on=on, days_after_issue=days))
        return selection

    # ------------------------------------------------------------------ helpers
    def _considered_by(self, agency: str) -> list[CertificateEntry]:
        """The entries ``agency`` may select: all of them for the certificate's own agency, and for another
        agency (a share) those who opted in to it."""
        entries = self.entries
        if agency == self.agency:
            return entries
        applicants = self._pool._applicants
        return [e for e in entries
                if (row := applicants.get(e.applicant_id)) is not None and agency in row.agencies]

    def _entry(self, applicant_id: str) -> CertificateEntry:
        for e in self.entries:
            if e.applicant_id == applicant_id:
                return e
        raise SelectionError(f"{applicant_id!r} is not referred on this certificate ({self!r})")

    def _check_share(self, applicant_id: str, agency: str, on: dt.date | None, *, series: str | None = None,
                     grade: int | None = None) -> None:
        pool = self._pool
        self._entry(applicant_id)
        if not pool.assessment.shareable:
            raise SelectionError(
                "the announcement did not say the list may be shared, so another agency may not select from it "
                "(5 U.S.C. 3318(b)(2))"
            )
        row = pool._applicants.get(applicant_id)
        opted = row.agencies if row is not None else ()
        if agency not in opted:
            raise SelectionError(
                f"{applicant_id!r} did not opt in to {agency!r} (opted in to: {', '.join(opted) or 'none'}); "
                "5 U.S.C. 3318(b), 5 CFR 332.408"
            )
        if series is not None and pool.assessment.series and series.lstrip("0") != pool.assessment.series.lstrip("0"):
            raise SelectionError(
                f"series {series} is not the pool's series {pool.assessment.series}: a shared certificate serves "
                "positions in the same occupational series (5 U.S.C. 3318(b)(1)(A))"
            )
        if grade is not None and grade != self.grade:
            raise SelectionError(
                f"GS-{grade} is not this certificate's grade GS-{self.grade}: a shared certificate serves the same "
                "grade level (5 U.S.C. 3318(b)(1)(B); OPM CHCO memo, 11 Jan 2018)"
            )
        if self.issued_on is not None:
            if on is None:
                raise SelectionError("give the selection date (on=...) to check the 240-day sharing window")
            days = (on - self.issued_on).days
            if days < 0 or days >= pool.assessment.sharing_window_days:
                raise SelectionError(
                    f"{on.isoformat()} is outside the {pool.assessment.sharing_window_days}-day sharing window "
                    f"that began {self.issued_on.isoformat()} (5 U.S.C. 3318(b)(1))"
                )
