"""Applicant and rating rows for pooled hiring: canonical columns, accepted header spellings, readers.

Readers collect, they do not abort: every row is either a record or an :class:`~skillhire.errors.InvalidRowError`
naming its row number and column, so ``rows_in == len(records) + len(errors)`` always holds.

Veterans' preference codes (USAJOBS / OPM VetGuide; 5 U.S.C. 2108(3); 5 CFR 211.102):

====  =======================================================================
NV    no preference (also blank)
TP    5-point preference (2108(3)(A)-(B))
XP    10-point preference, other (disability under 10%, Purple Heart, derived)
CP    10-point compensable, service-connected disability of 10% or more but under 30%
CPS   10-point compensable, service-connected disability of 30% or more
SSP   sole survivorship preference (0 points)
====  =======================================================================
"""

from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from skillhire._models import trusted_factory
from skillhire.errors import InvalidFileError, InvalidRowError, SkillhireError

if TYPE_CHECKING:  # pragma: no cover
    from skillhire.spreadsheets import SheetRow

__all__ = [
    "APPLICANT_ALIASES",
    "APPLICANT_COLUMNS",
    "APPLICANT_EXTRA_ALIASES",
    "PREFERENCE_CODES",
    "RATING_ALIASES",
    "RATING_COLUMNS",
    "ApplicantRecords",
    "ApplicantRow",
    "RatingRecords",
    "RatingRow",
    "normalise_header",
    "read_applicants",
    "read_ratings",
]

PreferenceCode = Literal["NV", "TP", "XP", "CP", "CPS", "SSP"]
PREFERENCE_CODES: tuple[str, ...] = ("NV", "TP", "XP", "CP", "CPS", "SSP")

APPLICANT_COLUMNS: tuple[str, ...] = (
    "applicant_id",
    "first_name",
    "last_name",
    "email",
    "veterans_preference",
    "grades",
    "agencies",
    "locations",
)
RATING_COLUMNS: tuple[str, ...] = ("applicant_id", "hurdle", "competency", "rater", "rating", "justification")

# Canonical column -> other header spellings accepted (compared after normalise_header). Data, so the
# spreadsheet reader can extend it (for example with USA Staffing export headers).
APPLICANT_ALIASES: dict[str, list[str]] = {
    # USA Staffing's applicant export has both "Application Number" (the applicant's number, shown to HR)
    # and "Application ID" (an internal key): the spreadsheet reader takes the earlier spelling listed here.
    "applicant_id": [
        "application_number", "applicant", "application_id", "candidate_id", "id", "applicant_number",
    ],
    "first_name": ["first", "given_name", "applicant_first_name", "firstname"],
    "last_name": ["last", "surname", "family_name", "applicant_last_name", "lastname"],
    "email": ["e_mail", "email_address", "applicant_email"],
    "veterans_preference": [
        "veterans_preference_code", "veteran_preference", "vets_preference", "vet_pref", "vp", "preference",
        "veterans_pref", "vp_code",
    ],
    "grades": ["grade", "grade_s", "grade_levels", "grades_applied", "gs_grades", "gs_grade"],
    "agencies": ["agency", "agency_opt_in", "agencies_opted_in", "opt_in_agencies", "shared_with"],
    "locations": ["location", "duty_locations", "duty_location", "location_preferences"],
    "qualified_grades": ["qualified_grade", "grades_qualified", "sme_qualified_grades"],
}
# Other columns given stable names when read from a file (kept in ``ApplicantRow.extra`` under the name on
# the left). The USA Staffing applicant export header (federal-hiring-rules.md, section 3, item 4): Vacancy
# ID, Assessment ID, Application ID, Application Rating ID, Applicant Last Name, Applicant First Name,
# Applicant Middle Name, Application Number, Rating Combination, Assessment Rating, Minimum Qualifications
# Rating.
APPLICANT_EXTRA_ALIASES: dict[str, list[str]] = {
    "middle_name": ["applicant_middle_name", "middle"],
    "vacancy_id": ["vacancy_number", "announcement_number"],
    "assessment_id": [],
    "application_rating_id": [],
    "rating_combination": [],
    "assessment_rating": ["usa_staffing_assessment_rating"],
    "mq_rating": ["minimum_qualifications_rating", "minimum_qualification_rating", "mq"],
    "resume_text": ["resume", "resume_txt", "resume_content"],
}

RATING_ALIASES: dict[str, list[str]] = {
    "applicant_id": list(APPLICANT_ALIASES["applicant_id"]),
    "hurdle": ["stage", "assessment", "round", "hurdle_id"],
    "competency": ["competency_id", "criterion", "skill"],
    "rater": ["sme", "rater_id", "evaluator", "reviewer", "sme_id"],
    "rating": ["vote", "result", "outcome", "score", "rating_value"],
    "justification": ["notes", "comment", "comments", "reason", "rationale"],
}

_MEETS = {"meets", "meet", "met", "mf", "move_forward", "moves_forward", "pass", "passed"}
_DOES_NOT_MEET = {
    "does_not_meet", "doesnt_meet", "not_met", "dnm", "dnmf", "does_not_move_forward", "do_not_move_forward",
    "fail", "failed",
}
_PREFERENCE_ALIASES = {
    "": "NV", "nv": "NV", "none": "NV", "no": "NV", "n_a": "NV", "na": "NV", "0": "NV",
    "tp": "TP", "5_point": "TP", "5": "TP",
    "xp": "XP", "10_point_other": "XP",
    "cp": "CP", "10_point_compensable": "CP",
    "cps": "CPS", "10_point_compensable_30": "CPS", "10_point_30_percent_compensable": "CPS",
    # sole survivorship preference is also written as the 0-point preference (OPM VetGuide; the USAJOBS veterans'
    # preference question); a bare "0" stays "no preference" (no points), as before
    "ssp": "SSP", "sole_survivorship": "SSP", "sole_survivor": "SSP", "sole_survivorship_preference": "SSP",
    "0_point": "SSP", "0_point_preference": "SSP", "0_point_sole_survivorship": "SSP",
    "0_point_sole_survivorship_preference": "SSP",
}


def normalise_header(header: object) -> str:
    """Lower-case a header and turn every run of non-alphanumerics into ``_``.

    Example:
        >>> normalise_header("Veterans' Preference ")
        'veterans_preference'
    """
    return _normalise_text(str(header or ""))


@functools.lru_cache(maxsize=4096)
def _normalise_text(text: str) -> str:
    text = text.strip().lower().replace("'", "")
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def _split_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value]
    else:
        items = [part.strip() for part in re.split(r"[;|\n]", str(value))]
    return [i for i in items if i]


def _agency_codes(item: str) -> list[str]:
    """Agency codes typed with commas, ``'VA, GSA'``, are two agencies (read whole, they were one agency
    that no certificate should name); a name whose parts have spaces (``'Department of Commerce, NOAA'``)
    stays one. Locations keep their commas (``'Denver, CO'``)."""
    parts = [part.strip() for part in item.split(",")]
    if len(parts) > 1 and not any(char.isspace() for part in parts for char in part):
        return [part for part in parts if part]
    return [item]


@functools.lru_cache(maxsize=4096)
def _key_text(text: str) -> str:
    return re.sub(r"[^0-9a-z\-]+", "_", text.strip().lower()).strip("_")


def _id_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _grade(item: str) -> int:
    text = item.strip().upper().replace("GS-", "").replace("GS", "").strip()
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{item!r} is not a GS grade (a number 1-15, e.g. 13 or GS-13)") from None
    if not number.is_integer() or not 1 <= number <= 15:
        raise ValueError(f"{item!r} is not a GS grade (1-15)")
    return int(number)


class ApplicantRow(BaseModel):
    """One applicant of a pooled action (canonical columns; extra columns kept in ``extra``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    row: int = Field(description="Row number as the user sees it (header is row 1).")
    applicant_id: str = Field(min_length=1, description="Unique applicant id within the pool.")
    first_name: str = Field(default="", description="First name (never logged).")
    last_name: str = Field(default="", description="Last name (never logged).")
    email: str = Field(default="", description="Email address (never logged).")
    veterans_preference: PreferenceCode = Field(
        default="NV", description="Preference code: NV (none), TP, XP, CP, CPS or SSP."
    )
    grades: tuple[int, ...] = Field(default=(), description="GS grades applied for (';'-separated in files).")
    agencies: tuple[str, ...] = Field(
        default=(),
        description="Agencies of the pool the applicant opted in to sharing with (5 U.S.C. 3318(b)); ';'-separated "
        "in files, and codes separated by commas ('VA, GSA') are read as a list too.",
    )
    locations: tuple[str, ...] = Field(default=(), description="Duty locations chosen (empty: any location).")
    qualified_grades: tuple[int, ...] | None = Field(
        default=None, description="Grades SMEs found the applicant qualified at (default: every grade applied for)."
    )
    extra: dict[str, str] = Field(default_factory=dict, description="Other columns, e.g. adverse-impact groups.")

    @field_validator("applicant_id", mode="before")
    @classmethod
    def _id(cls, value: object) -> str:
        return _id_text(value)

    @field_validator("first_name", "last_name", "email", mode="before")
    @classmethod
    def _text(cls, value: object) -> str:
        return "" if value is None else str(value).strip()

    @field_validator("veterans_preference", mode="before")
    @classmethod
    def _preference(cls, value: object) -> str:
        key = normalise_header("" if value is None else value)
        if key in _PREFERENCE_ALIASES:
            return _PREFERENCE_ALIASES[key]
        raise ValueError(f"{value!r} is not a preference code; use one of: blank, {', '.join(PREFERENCE_CODES)}")

    @field_validator("grades", "qualified_grades", mode="before")
    @classmethod
    def _grades(cls, value: object, info: ValidationInfo) -> tuple[int, ...] | None:
        if value is None:
            if info.field_name == "grades":  # a grades cell left empty (qualified_grades empty: not yet decided)
                raise ValueError(f"is empty; give the grades applied for, e.g. '13;14' ({EMPTY_CELL_HINT})")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = [str(int(value)) if float(value).is_integer() else str(value)]
        return tuple(sorted({_grade(item) for item in _split_list(value)}))

    @field_validator("agencies", "locations", mode="before")
    @classmethod
    def _lists(cls, value: object, info: ValidationInfo) -> tuple[str, ...]:
        items = _split_list(value)
        if info.field_name == "agencies":
            items = [code for item in items for code in _agency_codes(item)]
        return tuple(sorted(set(items)))


class _Applicant:
    """A validated applicant holding what :class:`ApplicantRow` holds, in slots and with shared values.

    For ``skillhire score`` with its rows on disk only (:func:`_read_applicants` with ``keep_extra``):
    a pydantic instance keeps its fields in a dict of its own; this class keeps them in slots, and the
    tuples, the (few-column) ``extra`` dict and the first and last names it holds are shared with every
    applicant that has equal ones (a pool has few distinct grade, agency, location and demographic
    combinations, and many applicants share a first or a last name): some 0.6 KB per applicant less
    while the pool is scored and written. Scoring and the reports read the same attribute
    names and the same values, so their results are the same. Never changed once built.
    """

    __slots__ = tuple(ApplicantRow.model_fields)

    row: int
    applicant_id: str
    first_name: str
    last_name: str
    email: str
    veterans_preference: str
    grades: tuple[int, ...]
    agencies: tuple[str, ...]
    locations: tuple[str, ...]
    qualified_grades: tuple[int, ...] | None
    extra: dict[str, str]

    @classmethod
    def of(cls, record: ApplicantRow, shared: dict[Any, Any], *, keep_email: bool = True) -> _Applicant:
        """The record's values; equal tuples and ``extra`` dicts come from ``shared`` (filled as it goes).

        Without ``keep_email`` the email is left on disk (``None`` here): ``skillhire score`` reads it back
        from its rows on disk for the Applicants sheet, and for the certificates' referred places only
        (see ``skillhire.results_io``).
        """
        self = cls.__new__(cls)
        values = record.__dict__
        for name in cls.__slots__:
            value = values[name]
            if name == "email" and not keep_email:
                value = None
            elif name == "extra":
                key = ("extra", *value.items())
                value = shared.setdefault(key, value) if len(shared) < _SHARED_MAX else shared.get(key, value)
            elif value.__class__ is tuple or name in _SHARED_NAMES:  # first and last names repeat too
                value = shared.setdefault(value, value) if len(shared) < _SHARED_MAX else shared.get(value, value)
            object.__setattr__(self, name, value)
        return self

    def model_dump(self) -> dict[str, Any]:
        """The fields as a dict, as ``ApplicantRow.model_dump()`` gives them."""
        return {name: getattr(self, name) for name in self.__slots__}

    def __repr__(self) -> str:
        return f"_Applicant(row={self.row}, applicant_id={self.applicant_id!r})"


_SHARED_MAX = 100_000  # distinct shared values kept (a file with unique ones everywhere stays bounded)
_SHARED_NAMES = frozenset({"first_name", "last_name"})
_RECORD_FIELDS = _Applicant.__slots__  # a slim record's fields, in the order written to disk


class _Profile:
    """What deciding an applicant reads of its record: its preference, grades and qualified grades.

    For ``skillhire score`` with its records on disk (:class:`_DiskRecords`): a pool has a few hundred
    distinct combinations, so applicants with equal ones share one object (nothing per applicant).
    Never changed once built.
    """

    __slots__ = ("veterans_preference", "grades", "qualified_grades")

    veterans_preference: str
    grades: tuple[int, ...]
    qualified_grades: tuple[int, ...] | None

    def __repr__(self) -> str:
        return (f"_Profile({self.veterans_preference!r}, grades={self.grades!r}, "
                f"qualified_grades={self.qualified_grades!r})")  # fmt: skip


def _profile_of(values: Mapping[str, Any], table: dict[tuple[Any, ...], _Profile]) -> _Profile:
    """The shared :class:`_Profile` of a record's field values (``table`` is filled as it goes, bounded)."""
    key = (values["veterans_preference"], values["grades"], values["qualified_grades"])
    found = table.get(key)
    if found is None:
        found = _Profile.__new__(_Profile)
        found.veterans_preference, found.grades, found.qualified_grades = key
        if len(table) < _SHARED_MAX:
            table[key] = found
    return found


class _DiskRecords:
    """The valid applicant records of ``skillhire score``, on disk from the moment they are read.

    What :func:`_stream_applicants` gives (as ``ApplicantRecords.records``) with a ``records`` spill: every
    valid record's fields go to that file (a :class:`skillhire._spill.RecordSpill`) in row order as the
    row is read, and in memory stay only :attr:`profiles`, each applicant's id (the one string of it
    held) -> its shared :class:`_Profile`, in row order: what deciding reads. That is about 0.2 KB per
    applicant less, from reading to the end of scoring, than a slim record (120 bytes), its row number
    and its slot in the list of records. Iterating gives the records back from disk as
    :class:`_Applicant` s, equal to those :func:`_stream_applicants` keeps in memory without the spill
    (the ids on more than one row left out, as there); :meth:`read` gives the fields as written
    (:meth:`skillhire.scoring.PoolResult._move_to_disk` reads them once the pool is scored).
    """

    def __init__(self, spill: Any, profiles: dict[str, _Profile], repeated: Container[str], count: int) -> None:
        self.spill = spill
        self.profiles = profiles  #: id -> profile, in row order; scoring takes it over (and drops ids from it)
        self._repeated = repeated  # ids on more than one row: their records are in the file, not valid
        self._count = count

    def __len__(self) -> int:
        """The valid records (the ids on more than one row left out), however many scoring then drops."""
        return self._count

    def read(self) -> Iterator[tuple[Any, ...]]:
        """Every valid record's fields as written (:data:`_RECORD_FIELDS` order), in row order, the ids on
        more than one row included."""
        return self.spill.read()

    def __iter__(self) -> Iterator[_Applicant]:
        repeated = self._repeated
        for fields in self.read():
            if fields[1] not in repeated:
                record = _Applicant.__new__(_Applicant)
                for name, value in zip(_RECORD_FIELDS, fields, strict=True):
                    object.__setattr__(record, name, value)
                yield record

    def rows_of(self, applicant_ids: Container[str]) -> dict[str, int]:
        """The row number of each of ``applicant_ids`` (one pass over the file; valid records only)."""
        return {fields[1]: fields[0] for fields in self.read() if fields[1] in applicant_ids}


class RatingRow(BaseModel):
    """One SME rating (long layout): an applicant, a hurdle, a competency (resume review), a rater, a rating."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    row: int = Field(description="Row number as the user sees it (header is row 1).")
    applicant_id: str = Field(min_length=1, description="The applicant rated.")
    hurdle: str = Field(min_length=1, description="Hurdle id, e.g. 'resume_review', 'interview_1'.")
    competency: str = Field(default="", description="Competency id (resume review); blank for interviews.")
    rater: str = Field(min_length=1, description="The SME who gave the rating.")
    rating: Literal["meets", "does_not_meet"] | int = Field(
        description="'meets'/'does_not_meet' (MF/DNMF, 'Move Forward'/'Does Not Move Forward') or 0/1/2."
    )
    justification: str = Field(default="", description="The SME's written justification.")

    @field_validator("applicant_id", "rater", mode="before")
    @classmethod
    def _id(cls, value: object) -> str:
        return _id_text(value)

    @field_validator("hurdle", "competency", mode="before")
    @classmethod
    def _key(cls, value: object) -> str:
        return _key_text("" if value is None else str(value))

    @field_validator("justification", mode="before")
    @classmethod
    def _text(cls, value: object) -> str:
        return "" if value is None else str(value).strip()

    @field_validator("rating", mode="before")
    @classmethod
    def _rating(cls, value: object) -> str | int:
        return _rating_value(value)


#: Why a cell that looks filled in Excel reads as empty: a formula's value is the one Excel last saved, and
#: a workbook written by a script (or saved with calculation off) holds none (see skillhire.spreadsheets).
EMPTY_CELL_HINT = "if it holds a formula, open the workbook in Excel and save it so the formula is calculated"


def _rating_value(value: object) -> str | int:
    """The canonical rating for a cell value, or ValueError naming the accepted spellings."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError(f"is empty ({EMPTY_CELL_HINT})")
    if isinstance(value, bool):
        raise ValueError("a rating is 'meets', 'does_not_meet' or a number 0, 1, 2")
    if isinstance(value, (int, float)):
        if (isinstance(value, float) and not value.is_integer()) or value < 0:
            raise ValueError(f"{value!r} is not a whole-number rating (0, 1, 2)")
        return int(value)
    key = normalise_header(value)
    if key in _MEETS:
        return "meets"
    if key in _DOES_NOT_MEET:
        return "does_not_meet"
    if re.fullmatch(r"\d+(_0+)?", key):
        return int(key.split("_")[0])
    raise ValueError(
        f"{value!r} is not a rating; use meets / does_not_meet (MF / DNMF, Move Forward / Does Not Move "
        "Forward) for the resume review, or 0, 1, 2 for interviews"
    )


_make_rating = trusted_factory(RatingRow)


class _Rating:
    """A validated rating holding what :class:`RatingRow` holds, in about a quarter of the memory.

    For ``skillhire score`` only (:func:`_read_ratings` with ``compact``): a pydantic instance keeps its
    fields in a dict of its own (about 350 bytes a rating with the instance); this class keeps them in
    slots (about 100). At 12 ratings per applicant that is some 3 KB per applicant less while the ratings
    are all in memory (between reading them and scoring). The scoring reads the same attribute names and
    the same values, so its results are the same.
    """

    __slots__ = ("row", "applicant_id", "hurdle", "competency", "rater", "rating", "justification")

    def __init__(
        self, row: int, applicant_id: str, hurdle: str, competency: str, rater: str, rating: str | int,
        justification: str,
    ) -> None:  # fmt: skip
        self.row = row
        self.applicant_id = applicant_id
        self.hurdle = hurdle
        self.competency = competency
        self.rater = rater
        self.rating = rating
        self.justification = justification

    @classmethod
    def of(cls, record: RatingRow) -> _Rating:
        return cls(record.row, record.applicant_id, record.hurdle, record.competency, record.rater, record.rating,
                   record.justification)  # fmt: skip

    def model_copy(self, *, update: Mapping[str, Any]) -> _Rating:
        """A copy with some fields replaced, as ``RatingRow.model_copy(update=...)``."""
        copy = _Rating(self.row, self.applicant_id, self.hurdle, self.competency, self.rater, self.rating,
                       self.justification)  # fmt: skip
        for name, value in update.items():
            setattr(copy, name, value)
        return copy

    def __repr__(self) -> str:
        return f"_Rating(row={self.row}, hurdle={self.hurdle!r}, competency={self.competency!r})"


class _Codes:
    """One column of :class:`_RatingColumns`: each value as a small integer code into a table of values.

    Equal values share one code and one object while the table's lookup holds fewer than ``limit``
    values; past that, new values still get codes of their own (a column with a new text on every row,
    such as free-text justifications, stays bounded by what it must hold: the texts themselves).
    """

    __slots__ = ("codes", "values", "_lookup", "_limit", "_typed", "_widest")

    def __init__(self, limit: int | None = _SHARED_MAX, *, typed: bool = False) -> None:
        self.codes = array("B")  # one byte a code while the table holds up to 256 values, then 2, then 4
        self.values: list[Any] = []
        self._lookup: dict[Any, int] = {}
        self._limit = limit
        self._typed = typed  # values of several types (ratings: int or str): the type is part of the key
        self._widest = _WIDEST["B"]  # the largest code ``codes`` holds as it is

    def code(self, value: Any) -> int:
        """The code of ``value`` (a new one when the table has no equal value, or is full)."""
        key = (value.__class__, value) if self._typed else value
        code = self._lookup.get(key)
        if code is None:
            code = len(self.values)
            self.values.append(value)
            if self._limit is None or len(self._lookup) < self._limit:
                self._lookup[key] = code
        return code

    def find(self, value: Any) -> int | None:
        """The code of ``value``, or None when no row holds it (exact for an unlimited table)."""
        return self._lookup.get((value.__class__, value) if self._typed else value)

    def append(self, value: Any) -> None:
        code = self.code(value)
        if code > self._widest:
            self.codes = _widened(self.codes, code)
            self._widest = _WIDEST[self.codes.typecode]
        self.codes.append(code)


class _IdCodes(_Codes):
    """The applicant column of :class:`_RatingColumns`: the applicants' ids, given first
    (:meth:`know`), are held sorted and found by bisection; only an id no applicant has (a few) is
    entered in the table's dict.

    A dict of every id (about 70 bytes an applicant with its share of the table's spare room, beside
    the list) was the largest thing that grew with the pool while the ratings were read; the sorted
    list is 8 bytes an applicant (the strings are the ones the applicants' records hold). An id's code
    is its place in the sorted list (the applicants' codes were their order of reading before): the
    ratings are grouped by applicant code with a stable sort, so each applicant's ratings, and every
    result, are the same.

    Example:
        >>> ids = _IdCodes()
        >>> ids.know(["B2", "A1", "C3"])
        >>> ids.code("C3"), ids.code("Z9"), ids.find("A1"), ids.find("Q0"), ids.values
        (2, 3, 0, None, ['A1', 'B2', 'C3', 'Z9'])
    """

    __slots__ = ("known",)

    def __init__(self) -> None:
        super().__init__(limit=None)
        self.known = 0  # values[:known]: the applicants' ids, sorted, each once

    def know(self, applicant_ids: Iterable[str]) -> None:
        """Enter the applicants' ids (before any other value): their codes are their sorted places."""
        if self.values:
            raise ValueError("the applicants' ids are entered before any other value")
        values = sorted(applicant_ids)
        if any(values[at] == values[at - 1] for at in range(1, len(values))):  # an id on more than one row
            values = [value for at, value in enumerate(values) if not at or value != values[at - 1]]
        self.values = values
        self.known = len(values)

    def code(self, value: Any) -> int:
        known = self.known
        if known:
            at = bisect_left(self.values, value, 0, known)
            if at < known and self.values[at] == value:
                return at
        return super().code(value)

    def find(self, value: Any) -> int | None:
        known = self.known
        if known:
            at = bisect_left(self.values, value, 0, known)
            if at < known and self.values[at] == value:
                return at
        return self._lookup.get(value)

    def forget(self) -> None:
        """Drop the table of ids (the codes stay)."""
        self.values, self._lookup, self.known = [], {}, 0


_WIDEST = {"B": 0xFF, "H": 0xFFFF, "i": 0x7FFFFFFF, "I": 0xFFFFFFFF, "q": 0x7FFFFFFFFFFFFFFF}


def _widened(codes: array, value: int) -> array:
    """``codes`` copied into the narrowest array type (of B, H, i; for row numbers I, q) that holds ``value``."""
    for typecode in ("H", "i") if codes.typecode in "BHi" else ("q",):
        if value <= _WIDEST[typecode]:
            return array(typecode, codes)
    raise OverflowError(f"{value} does not fit a code array")  # pragma: no cover - over 2**31 distinct values


class _RatingColumns:
    """Validated ratings, what :class:`_Rating` s hold, in columns: about 13 bytes a rating, not 130.

    For ``skillhire score`` (:func:`_stream_ratings`): the rating file need not be sorted by applicant,
    so every rating waits in memory until its applicant is decided; as objects that was the largest
    thing held per applicant (about 1.6 KB at 12 ratings each). Here each rating is its row number (an
    4-byte integer) and six codes (applicant, hurdle, competency, rater, rating, justification), each
    into a table of the distinct values (:class:`_Codes`) and each as narrow as its table allows: one
    byte for a column of up to 256 distinct values (hurdles, raters, ratings), four for the applicants. Indexing or iterating gives
    :class:`_Rating` s equal to those appended, in the order appended; :mod:`skillhire.scoring` groups
    them by applicant with a stable sort of the applicant codes (see ``_score_pool``). With
    :meth:`to_disk` (``skillhire score`` on a large pool) the codes go to disk a chunk at a time, in
    buckets of applicants (:class:`skillhire._spill.RatingBuckets`), and only the tables of values stay
    here; scoring then reads, checks and groups one bucket at a time (``_ColumnGroups``).

    Example:
        >>> columns = _RatingColumns()
        >>> columns.add(2, "A1", "interview_1", "", "sme1", 2, "clear examples")
        >>> columns[0].applicant_id, columns[0].rating, len(columns)
        ('A1', 2, 1)
    """

    __slots__ = ("rows", "applicant_ids", "hurdles", "competencies", "raters", "ratings", "justifications",
                 "buckets", "bucket_codes", "moved")

    def __init__(self) -> None:
        self.buckets: Any = None  # a skillhire._spill.RatingBuckets: the ratings go to disk as read (see to_disk)
        self.bucket_codes = array("H")  # with buckets: each applicant code's bucket
        self.moved = 0  # ratings moved to disk
        self.rows = array("I")  # row numbers: 4 bytes each up to 4,294,967,295, then 8
        self.applicant_ids = _IdCodes()  # every applicant's id once: grouping finds an id's code
        self.hurdles = _Codes()
        self.competencies = _Codes()
        self.raters = _Codes()
        self.ratings = _Codes(typed=True)  # 1 and "1" never share a code
        self.justifications = _Codes()

    def add(
        self, row: int, applicant_id: str, hurdle: str, competency: str, rater: str, rating: str | int,
        justification: str,
    ) -> None:  # fmt: skip
        """Append one rating (the fields of :class:`_Rating`, in its order)."""
        if row > _WIDEST[self.rows.typecode]:
            self.rows = _widened(self.rows, row)
        self.rows.append(row)
        # each text column, written out (this runs for every rating): a value seen before (nearly all of
        # them) appends its code here; a new one, or one whose code needs a wider array, goes through
        # _Codes.append
        column = self.applicant_ids
        known = column.known
        if known:  # the applicants' ids, sorted (see _IdCodes): nearly every rating's
            values = column.values
            code = bisect_left(values, applicant_id, 0, known)
            if code >= known or values[code] != applicant_id:
                code = column._lookup.get(applicant_id)
        else:
            code = column._lookup.get(applicant_id)
        if code is None or code > column._widest:
            column.append(applicant_id)
        else:
            column.codes.append(code)
        column = self.hurdles
        code = column._lookup.get(hurdle)
        if code is None or code > column._widest:
            column.append(hurdle)
        else:
            column.codes.append(code)
        column = self.competencies
        code = column._lookup.get(competency)
        if code is None or code > column._widest:
            column.append(competency)
        else:
            column.codes.append(code)
        column = self.raters
        code = column._lookup.get(rater)
        if code is None or code > column._widest:
            column.append(rater)
        else:
            column.codes.append(code)
        column = self.justifications
        code = column._lookup.get(justification)
        if code is None or code > column._widest:
            column.append(justification)
        else:
            column.codes.append(code)
        self.ratings.append(rating)  # int or str: keyed with its type (see _Codes)
        if self.buckets is not None and len(self.rows) >= self.buckets.CHUNK:
            self.move_to_disk()

    def to_disk(self, buckets: Any) -> None:
        """From now on, ratings read go to ``buckets`` (a :class:`skillhire._spill.RatingBuckets`) a chunk at
        a time, by the bucket of their applicant (:meth:`move_to_disk`); the tables of values stay here."""
        self.buckets = buckets
        self.move_to_disk()

    def move_to_disk(self) -> None:
        """The ratings held here, moved to the buckets on disk (the columns' arrays then empty)."""
        buckets = self.buckets
        values = self.applicant_ids.values
        codes = self.bucket_codes
        if len(codes) < len(values):  # ids met since the last move (or the applicants' ids, the first time)
            codes.extend(map(buckets.bucket_of, values[len(codes):]))
        if not len(self.rows):
            return
        import numpy as np

        applicant = self.applicant_ids.codes
        at = np.frombuffer(applicant, dtype=applicant.typecode)
        columns = [self.rows, applicant, *(c.codes for c in (self.hurdles, self.competencies, self.raters,
                                                                self.ratings, self.justifications))]
        buckets.add(np.frombuffer(codes, dtype=np.uint16)[at], columns)
        self.moved += len(self.rows)
        self.rows = array(self.rows.typecode)
        for column in (self.applicant_ids, self.hurdles, self.competencies, self.raters, self.ratings,
                       self.justifications):
            column.codes = array(column.codes.typecode)

    def append(self, record: Any) -> None:
        """Append a :class:`_Rating` (or :class:`RatingRow`): its values, not the object."""
        self.add(record.row, record.applicant_id, record.hurdle, record.competency, record.rater, record.rating,
                 record.justification)  # fmt: skip

    def __len__(self) -> int:
        return self.moved + len(self.rows)

    def __getitem__(self, index: int) -> _Rating:
        return _Rating(
            self.rows[index], self.applicant_ids.values[self.applicant_ids.codes[index]],
            self.hurdles.values[self.hurdles.codes[index]],
            self.competencies.values[self.competencies.codes[index]],
            self.raters.values[self.raters.codes[index]], self.ratings.values[self.ratings.codes[index]],
            self.justifications.values[self.justifications.codes[index]],
        )  # fmt: skip

    def __iter__(self) -> Iterator[_Rating]:
        return (self[index] for index in range(len(self.rows)))

    def clear(self) -> None:
        """Drop every rating."""
        self.__init__()  # type: ignore[misc]


def _long_ratings(
    rows: Iterable[SheetRow], records: list[RatingRow], errors: list[InvalidRowError], sheet: str | None,
    compact: bool = False,
) -> None:
    """Validate long-layout rating rows into ``records`` and ``errors``, one row at a time.

    A plainly valid row is built without pydantic's validation, its values going through the very
    functions the model's validators use, so the record equals ``RatingRow(row=..., **fields)``; anything
    unusual is validated by the model in full (which also words the error). Nothing per row is kept but
    the record: this is what keeps a million ratings fast and small. ``rows`` may be an iterator (rows
    read one at a time, see :func:`_stream_ratings`), so the rows as read and the records are never all in
    memory together. With ``compact`` the records are :class:`_Rating` objects, with the same values, and
    records share their hurdle and competency strings (one per spelling in the file).
    """
    lookup = _alias_map(RATING_ALIASES)
    # compact: _Rating records, or their values straight into the columns of a _RatingColumns
    add = records.add if isinstance(records, _RatingColumns) else (lambda *values: records.append(_Rating(*values)))
    plans: dict[int, tuple[tuple, list[tuple[int, str, bool]], tuple[int, ...]]] = {}
    ratings: dict[object, str | int] = {}  # cell value -> rating (a file holds a handful of spellings)
    key_texts: dict[object, str] = {}  # cell value -> hurdle / competency id (a handful of spellings too)
    for row in rows:
        keys = row._keys
        found = plans.get(id(keys))
        if found is None or found[0] is not keys:
            plan = _plan(keys, RATING_ALIASES, lookup)
            where = {name: position for position, name, is_canonical in plan if is_canonical}
            found = plans[id(keys)] = (keys, plan, tuple(where.get(name, -1) for name in RATING_COLUMNS))
        cells = row._cells
        at_id, at_hurdle, at_competency, at_rater, at_rating, at_note = found[2]
        record = None
        if at_rating >= 0 and at_id >= 0 and at_rater >= 0 and at_hurdle >= 0:
            value = cells[at_rating]
            try:
                rating = ratings.get(value) if value.__class__ is str else None
                if rating is None:
                    rating = _rating_value(value)
                    if value.__class__ is str:
                        ratings[value] = rating
                applicant_id = _id_text(cells[at_id])
                rater = _id_text(cells[at_rater])
                value = cells[at_hurdle]
                hurdle = key_texts.get(value) if value.__class__ is str else None
                if hurdle is None:
                    hurdle = _shared_key(key_texts, value)
                competency = ""
                if at_competency >= 0:
                    value = cells[at_competency]
                    competency = key_texts.get(value) if value.__class__ is str else None  # type: ignore[assignment]
                    if competency is None:
                        competency = _shared_key(key_texts, value)
            except (ValueError, TypeError):
                pass
            else:
                if applicant_id and rater and hurdle:
                    note = cells[at_note] if at_note >= 0 else None
                    if compact:
                        add(row.row, applicant_id, hurdle, competency, rater, rating,
                            "" if note is None else str(note).strip())
                        continue
                    record = _make_rating({
                        "row": row.row, "applicant_id": applicant_id, "hurdle": hurdle, "competency": competency,
                        "rater": rater, "rating": rating,
                        "justification": "" if note is None else str(note).strip(),
                    })
        if record is None:
            fields = {name: cells[position] for position, name, is_canonical in found[1] if is_canonical}
            try:
                record = RatingRow(row=row.row, **fields)
            except ValidationError as error:
                errors.append(_errors_from(error, row.row, sheet))
                continue
        if compact:
            add(record.row, record.applicant_id, record.hurdle, record.competency, record.rater, record.rating,
                record.justification)
        else:
            records.append(record)


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def _shared_key(key_texts: dict[object, str], value: object) -> str:
    """``_key_text(_plain(value))``, remembered for a text cell so that equal ids share one string."""
    key = _key_text(_plain(value))
    if value.__class__ is str:
        if len(key_texts) >= _SHARED_MAX:  # a file with a new spelling on every row stays bounded
            key_texts.clear()
        key_texts[value] = key
    return key


class ApplicantRecords(BaseModel):
    """What :func:`read_applicants` returns: valid rows, rejected rows, and how many rows came in."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    records: list[ApplicantRow] = Field(description="Valid applicant rows, in input order.")
    errors: list[InvalidRowError] = Field(description="Rejected rows, each naming its row and column.")
    rows_in: int = Field(description="Data rows read (records + errors).")
    source: str = Field(default="rows", description="Where the rows came from (file name or 'rows').")
    sha256: str = Field(default="", description="SHA-256 of the input file's bytes ('' for in-memory rows).")


class RatingRecords(BaseModel):
    """What :func:`read_ratings` returns: valid ratings, rejected rows, and how many rows came in."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    records: list[RatingRow] = Field(description="Valid ratings, in input order (wide rows become many).")
    errors: list[InvalidRowError] = Field(description="Rejected rows or cells, each naming its row and column.")
    rows_in: int = Field(description="Data rows read; a wide row counts once however many ratings it holds.")
    layout: Literal["long", "wide"] = Field(default="long", description="The layout detected.")
    source: str = Field(default="rows", description="Where the rows came from (file name or 'rows').")
    sha256: str = Field(default="", description="SHA-256 of the input file's bytes ('' for in-memory rows).")


def _alias_map(aliases: Mapping[str, list[str]]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for canonical, spellings in aliases.items():
        lookup[normalise_header(canonical)] = canonical
        for spelling in spellings:
            lookup.setdefault(normalise_header(spelling), canonical)
    return lookup


def _plan(keys: tuple, aliases: Mapping[str, list[str]], lookup: Mapping[str, str]) -> list[tuple[int, str, bool]]:
    """For one header set: (cell position, column name, is canonical) per column kept.

    A key that is a canonical name already (the spreadsheet reader matched it) wins over an alias.
    """
    plan: list[tuple[int, str, bool]] = []
    taken = {key for key in keys if key in aliases}
    for position, key in enumerate(keys):
        if key in aliases:
            plan.append((position, key, True))
            continue
        name = lookup.get(normalise_header(key))
        if name is not None and name not in taken:
            taken.add(name)
            plan.append((position, name, True))
        elif key is not None and str(key).strip():
            plan.append((position, str(key).strip(), False))
    return plan


class _FieldSplitter:
    """Splits a row into (canonical fields, extra fields), with the position -> column plan worked out once per
    distinct header set (every row of a file shares one).

    With ``require``, a header set without that column (under its name or an alias) raises
    :class:`InvalidFileError` naming ``source`` the first time a row of it is split.
    """

    def __init__(self, aliases: Mapping[str, list[str]], *, require: str | None = None, source: str = "") -> None:
        self._aliases = aliases
        self._lookup = _alias_map(aliases)
        self._plans: dict[int, tuple[tuple, list[tuple[int, str, bool]]]] = {}
        self._require = require
        self._source = source

    def __call__(self, row: SheetRow) -> tuple[dict[str, Any], dict[str, Any]]:
        keys = row._keys
        found = self._plans.get(id(keys))
        if found is None or found[0] is not keys:
            plan = _plan(keys, self._aliases, self._lookup)
            required = self._require
            if required is not None and not any(name == required and canonical for _, name, canonical in plan):
                raise InvalidFileError(self._source, _missing_column_message(required, [row], self._aliases))
            found = self._plans[id(keys)] = (keys, plan)
        cells = row._cells
        fields: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for position, name, is_canonical in found[1]:
            (fields if is_canonical else extra)[name] = cells[position]
        return fields, extra


def _header_sets(rows: list[SheetRow]) -> list[tuple]:
    """The distinct header sets of the rows, in order of first appearance (a file's rows share one)."""
    seen: dict[int, tuple] = {}
    for row in rows:
        keys = row._keys
        if id(keys) not in seen:
            seen[id(keys)] = keys
    return list(dict.fromkeys(seen.values()))


def _canonical_rows(
    rows: list[SheetRow], aliases: Mapping[str, list[str]]
) -> Iterator[tuple[int, dict[str, Any], dict[str, Any]]]:
    """Split each row into (row number, canonical fields, extra fields), one row at a time.

    The position -> column plan is worked out once per distinct header set (every row of a file shares one).
    """
    split = _FieldSplitter(aliases)
    for row in rows:
        canonical, extra = split(row)
        yield row.row, canonical, extra


def _has_column(rows: list[SheetRow], column: str, aliases: Mapping[str, list[str]]) -> bool:
    """Whether any row has ``column`` (under its name or an alias)."""
    lookup = _alias_map(aliases)
    return any(
        name == column and is_canonical
        for keys in _header_sets(rows)
        for _, name, is_canonical in _plan(keys, aliases, lookup)
    )


def _errors_from(error: ValidationError, row: int, source: str | None) -> InvalidRowError:
    first = error.errors()[0]
    column = str(first["loc"][0]) if first["loc"] else None
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] in ("missing", "string_too_short"):
        message = "is required but empty or missing"
    return InvalidRowError(row, column, message, sheet=source)


def read_applicants(path_or_rows: str | Path | Iterable[Mapping[str, Any]]) -> ApplicantRecords:
    """Read applicants from a csv/xlsx file or from dicts, collecting bad rows instead of stopping.

    Headers are matched to canonical columns through :data:`APPLICANT_ALIASES` (case, spaces and punctuation
    ignored). Unknown columns are kept in ``ApplicantRow.extra`` (for adverse-impact groups, for example).

    Args:
        path_or_rows: A ``.csv``/``.xlsx`` path, an :class:`ApplicantRecords`, or an iterable of dicts.

    Returns:
        :class:`ApplicantRecords`; ``rows_in == len(records) + len(errors)``.

    Raises:
        InvalidFileError: the file is missing, empty, of an unknown kind, has no ``applicant_id`` column, or
            has a header but no data rows.

    Example:
        >>> result = read_applicants([{"Applicant ID": "A1", "Vet Pref": "CPS", "Grades": "13;14"}])
        >>> result.records[0].veterans_preference, result.records[0].grades
        ('CPS', (13, 14))
    """
    return _read_applicants(path_or_rows)


def _read_applicants(
    path_or_rows: str | Path | Iterable[Mapping[str, Any]], keep_extra: Container[str] | None = None
) -> ApplicantRecords:
    """:func:`read_applicants`; with ``keep_extra`` each record's ``extra`` holds only those columns.

    For ``skillhire score`` with its rows on disk (:class:`skillhire._spill.RowSpill`): the other columns
    (a resume, free text) are streamed back from there when the Applicants sheet is written
    (:func:`extra_values` rebuilds them exactly as here).
    """
    if isinstance(path_or_rows, ApplicantRecords):
        return path_or_rows
    rows, source, digest, file_errors = _rows_of(path_or_rows, {**APPLICANT_ALIASES, **APPLICANT_EXTRA_ALIASES})
    _require_rows(len(rows) + len(file_errors), source, "applicant")
    if rows and not _has_column(rows, "applicant_id", APPLICANT_ALIASES):
        raise InvalidFileError(source, _missing_column_message("applicant_id", rows, APPLICANT_ALIASES))
    records: list[ApplicantRow] = []
    errors: list[InvalidRowError] = list(file_errors)
    # an id on more than one row rejects every one of them: which row is right cannot be known
    numbers_by_id: dict[str, list[int]] = {}
    fields_sets: dict[frozenset[str], set[str]] = {}
    shared: dict[Any, Any] = {}
    for number, fields, _extra in _canonical_rows(rows, APPLICANT_ALIASES):
        key = _id_text(fields.get("applicant_id"))
        if key:
            numbers_by_id.setdefault(key, []).append(number)
    for number, fields, extra in _canonical_rows(rows, APPLICANT_ALIASES):
        key = _id_text(fields.get("applicant_id"))
        if key and len(numbers_by_id[key]) > 1:
            others = ", ".join(str(n) for n in numbers_by_id[key])
            errors.append(InvalidRowError(number, "applicant_id", f"applicant id {key!r} appears in rows {others}",
                                          sheet=None if source == "rows" else source))
            continue
        try:
            record = ApplicantRow(
                row=number,
                **fields,
                extra={k: _extra_text(v) for k, v in extra.items() if keep_extra is None or k in keep_extra},
            )
        except ValidationError as error:
            errors.append(_errors_from(error, number, None if source == "rows" else source))
            continue
        if keep_extra is not None:  # skillhire score, rows on disk: slotted, with shared values (see _Applicant)
            records.append(_Applicant.of(record, shared))  # type: ignore[arg-type]
            continue
        # rows of a file name the same fields: they share one fields set (each would take ~700 bytes)
        given = record.__pydantic_fields_set__
        shared = fields_sets.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(record, "__pydantic_fields_set__", shared)
        records.append(record)
    errors.sort(key=lambda e: e.row)
    build = ApplicantRecords if keep_extra is None else ApplicantRecords.model_construct  # _Applicant records
    return build(records=records, errors=errors, rows_in=len(rows) + len(file_errors), source=source, sha256=digest)


def _stream_applicants(
    rows: Iterable[tuple[SheetRow, Sequence[Any]]], *, source: str, digest: str, keep_extra: Container[str],
    spill: Any, keep_email: bool = True, records: Any = None,
) -> ApplicantRecords:
    """:func:`_read_applicants` with ``keep_extra`` over rows as :func:`~skillhire.spreadsheets.iter_rows`
    yields them, each row going to ``spill`` (a :class:`skillhire._spill.RowSpill`) as it is read.

    What ``skillhire score`` uses for a large applicant file: the same records (slotted
    :class:`_Applicant` s), errors and counts as :func:`_read_applicants` over
    :func:`~skillhire.spreadsheets.read_rows` of the same file, without the rows as read (about 2 KB
    each with a resume) ever being all in memory. A duplicate id is only known once every row is read:
    each row's record or error is kept until then, and every row of a repeated id is then rejected
    (its record or validation error replaced), as :func:`_read_applicants` does.

    Args:
        rows: ``(row, problems)`` pairs in row order; a row with problems is one the reader rejected
            (one error per row: the first problem, as :func:`_from_rows_read` gives).
        source: The file's name (``"rows"`` for rows not read from a file).
        digest: The file's SHA-256.
        keep_extra: The extra columns each record keeps.
        spill: Where every row, kept or rejected, goes as it is read.
        keep_email: Whether each record holds its email; without it the email stays on disk only, as
            :func:`applicant_text` reads it back from ``spill`` (see :meth:`_Applicant.of`).
        records: A :class:`skillhire._spill.RecordSpill`: each valid record goes there as it is read,
            and the records given back are a :class:`_DiskRecords` (the same records, errors and counts).
    """
    if records is not None:
        return _stream_to_disk(rows, source=source, digest=digest, keep_extra=keep_extra, spill=spill,
                               keep_email=keep_email, records=records)  # fmt: skip
    sheet = None if source == "rows" else source
    records: list[_Applicant] = []
    errors: list[InvalidRowError] = []
    invalid: list[tuple[str, InvalidRowError]] = []  # (id, error) of rows that failed validation
    first_row: dict[str, int] = {}  # id -> the first row holding it
    repeated: dict[str, list[int]] = {}  # id -> every row holding it, for ids on more than one row
    shared: dict[Any, Any] = {}
    split = _FieldSplitter(APPLICANT_ALIASES, require="applicant_id", source=source)
    rows_in = 0
    for row, problems in rows:
        rows_in += 1
        spill.add_row(row, not problems)
        if problems:
            first = problems[0]
            errors.append(InvalidRowError(first.row, first.column, first.message, sheet=source))
            continue
        fields, extra = split(row)
        number = row.row
        key = _id_text(fields.get("applicant_id"))
        if key:
            seen = first_row.setdefault(key, number)
            if seen != number:
                repeated.setdefault(key, [seen]).append(number)
        try:
            record = ApplicantRow(
                row=number, **fields, extra={k: _extra_text(v) for k, v in extra.items() if k in keep_extra},
            )  # fmt: skip
        except ValidationError as error:
            invalid.append((key, _errors_from(error, number, sheet)))
            continue
        records.append(_Applicant.of(record, shared, keep_email=keep_email))
    del first_row
    # an id on more than one row rejects every one of them: which row is right cannot be known
    if repeated:
        records = [record for record in records if record.applicant_id not in repeated]
        for key, numbers in repeated.items():
            others = ", ".join(str(n) for n in numbers)
            errors.extend(InvalidRowError(number, "applicant_id", f"applicant id {key!r} appears in rows {others}",
                                          sheet=sheet) for number in numbers)  # fmt: skip
    errors.extend(error for key, error in invalid if key not in repeated)
    errors.sort(key=lambda e: e.row)
    _require_rows(rows_in, source, "applicant")
    return ApplicantRecords.model_construct(records=records, errors=errors, rows_in=rows_in, source=source,
                                            sha256=digest)  # fmt: skip


def _stream_to_disk(
    rows: Iterable[tuple[SheetRow, Sequence[Any]]], *, source: str, digest: str, keep_extra: Container[str],
    spill: Any, keep_email: bool, records: Any,
) -> ApplicantRecords:
    """:func:`_stream_applicants` with each valid record's fields written to ``records`` as it is read,
    and only each id and its shared :class:`_Profile` kept in memory (see :class:`_DiskRecords`).

    The same errors, in the same order: an id on more than one row rejects every row holding it (valid
    or not), each error listing the rows in row order. Those rows are found once every row is read,
    from the file (one pass, only when an id repeats) and the rows that failed validation.
    """
    sheet = None if source == "rows" else source
    errors: list[InvalidRowError] = []
    invalid: list[tuple[str, InvalidRowError]] = []  # (id, error) of rows that failed validation
    profiles: dict[str, _Profile] = {}  # id -> what deciding reads, in row order (first rows only)
    invalid_first: dict[str, int] = {}  # id -> the row of an id first seen on a row that failed validation
    repeated: dict[str, list[int]] = {}  # id -> the rows holding it after its first, for ids on more than one row
    table: dict[tuple[Any, ...], _Profile] = {}
    split = _FieldSplitter(APPLICANT_ALIASES, require="applicant_id", source=source)
    add = records.add
    rows_in = written = 0
    for row, problems in rows:
        rows_in += 1
        spill.add_row(row, not problems)
        if problems:
            first = problems[0]
            errors.append(InvalidRowError(first.row, first.column, first.message, sheet=source))
            continue
        fields, extra = split(row)
        number = row.row
        key = _id_text(fields.get("applicant_id"))
        seen = bool(key) and (key in profiles or key in invalid_first)
        if seen:
            repeated.setdefault(key, []).append(number)
        try:
            record = ApplicantRow(
                row=number, **fields, extra={k: _extra_text(v) for k, v in extra.items() if k in keep_extra},
            )  # fmt: skip
        except ValidationError as error:
            invalid.append((key, _errors_from(error, number, sheet)))
            if key and not seen:
                invalid_first[key] = number
            continue
        values = record.__dict__
        add(tuple([None if name == "email" and not keep_email else values[name] for name in _RECORD_FIELDS]))
        written += 1
        if not seen:
            profiles[key] = _profile_of(values, table)  # key == record.applicant_id (the same validator)
    del table, split
    disk = _DiskRecords(records, profiles, repeated, written)
    # an id on more than one row rejects every one of them: which row is right cannot be known
    if repeated:
        valid_rows: dict[str, list[int]] = {key: [] for key in repeated}
        for fields in disk.read():  # the valid rows holding each repeated id
            if fields[1] in valid_rows:
                valid_rows[fields[1]].append(fields[0])
        invalid_rows: dict[str, list[int]] = {}
        for key, error in invalid:
            if key in repeated:
                invalid_rows.setdefault(key, []).append(error.row)
        for key in repeated:
            profiles.pop(key, None)
            disk._count -= len(valid_rows[key])
            rows_of_key = sorted(valid_rows[key] + invalid_rows.get(key, []))
            others = ", ".join(str(n) for n in rows_of_key)
            errors.extend(InvalidRowError(number, "applicant_id", f"applicant id {key!r} appears in rows {others}",
                                          sheet=sheet) for number in rows_of_key)  # fmt: skip
    errors.extend(error for key, error in invalid if key not in repeated)
    errors.sort(key=lambda e: e.row)
    return ApplicantRecords.model_construct(records=disk, errors=errors, rows_in=rows_in, source=source,
                                            sha256=digest)  # fmt: skip


def _extra_text(value: object) -> str:
    """An extra column's value as :class:`ApplicantRow` keeps it."""
    return "" if value is None else str(value).strip()


def extra_names(keys: tuple) -> list[str]:
    """The ``ApplicantRow.extra`` column names, in order, of rows read under the column keys ``keys``."""
    return list(dict.fromkeys(name for _, name, is_canonical in _applicant_plan(keys) if not is_canonical))


def extra_values(keys: tuple, cells: Sequence[Any]) -> dict[str, str]:
    """The ``ApplicantRow.extra`` that :func:`read_applicants` builds from a row's keys and cells."""
    return {name: _extra_text(cells[position]) for position, name, is_canonical in _applicant_plan(keys)
            if not is_canonical}  # fmt: skip


def applicant_text(keys: tuple, cells: Sequence[Any], name: str) -> str:
    """The text column ``name`` (``"email"``, ``"first_name"``...) as :class:`ApplicantRow` keeps it, from a
    row's keys and cells (the last cell of that column, as :func:`_stream_applicants` builds the fields)."""
    value = None
    for position, column, is_canonical in _applicant_plan(keys):
        if is_canonical and column == name:
            value = cells[position]
    return "" if value is None else str(value).strip()


@functools.lru_cache(maxsize=64)
def _applicant_plan(keys: tuple) -> list[tuple[int, str, bool]]:
    return _plan(keys, APPLICANT_ALIASES, _alias_map(APPLICANT_ALIASES))


def read_ratings(path_or_rows: str | Path | Iterable[Mapping[str, Any]]) -> RatingRecords:
    """Read SME ratings from a csv/xlsx file or from dicts, in the long or the wide layout.

    Long layout: one row per rating with ``applicant_id, hurdle, competency, rater, rating, justification``.
    Wide layout: one row per applicant with an ``applicant_id`` column and one column per rating, headed
    ``<hurdle>:<competency>:<rater>`` (``/`` or ``|`` also separate), ``<competency>:<rater>`` for the resume
    review, or ``interview_<n>:<rater>`` for an interview round. A column headed like a rating column plus
    ``:justification`` holds that rating's justification. Empty cells are "not rated".

    Args:
        path_or_rows: A ``.csv``/``.xlsx`` path, a :class:`RatingRecords`, or an iterable of dicts.

    Returns:
        :class:`RatingRecords`; ``rows_in == rows accepted + rows with at least one error``.

    Raises:
        InvalidFileError: the file is missing, empty, of an unknown kind, has no ``applicant_id`` column, or
            has a header but no data rows.

    Example:
        >>> r = read_ratings([{"applicant_id": "A1", "hurdle": "Resume review", "competency": "service-design",
        ...                     "rater": "sme1", "rating": "Move Forward"}])
        >>> r.records[0].hurdle, r.records[0].rating
        ('resume_review', 'meets')
    """
    return _read_ratings(path_or_rows)


def _read_ratings(
    path_or_rows: str | Path | Iterable[Mapping[str, Any]], compact: bool = False
) -> RatingRecords:
    """:func:`read_ratings`; ``compact`` (long layout) gives :class:`_Rating` records, for a caller that only
    scores them (their ``RatingRecords`` is built without validation, as it holds no ``RatingRow``).
    """
    if isinstance(path_or_rows, RatingRecords):
        return path_or_rows
    rows, source, digest, file_errors = _rows_of(path_or_rows, RATING_ALIASES)
    book = getattr(path_or_rows, "source", path_or_rows)  # a path, or the file a RowsRead came from
    book = book if isinstance(book, (str, Path)) and str(book) != "<rows>" else None
    return _ratings_from(rows, source, digest, file_errors, compact=compact, book=book)


def _ratings_from(
    rows: list[SheetRow], source: str, digest: str, file_errors: list[InvalidRowError], *, compact: bool = False,
    book: str | Path | None = None, sheet_read: str | None = None,
) -> RatingRecords:
    """:func:`_read_ratings` from the rows kept by the reader and one error per row it rejected.

    ``book`` and ``sheet_read`` (the workbook the rows came from and its sheet) let the "has no rating
    columns" error name the book's other sheets that do have them.
    """
    sheet = None if source == "rows" else source
    _require_rows(len(rows) + len(file_errors), source, "rating")
    if rows and not _has_column(rows, "applicant_id", RATING_ALIASES):
        raise InvalidFileError(source, _missing_column_message("applicant_id", rows, RATING_ALIASES))
    long = _has_column(rows, "rating", RATING_ALIASES)
    if rows and not long and not any(
        _wide_header(str(key)) for keys in _header_sets(rows) for key in keys if key is not None
    ):
        found = sorted({str(k) for k in rows[0]._keys if k is not None})
        raise InvalidFileError(
            source,
            "has no rating columns: use the long layout (applicant_id, hurdle, competency, rater, rating, "
            "justification) or wide columns headed like 'customer-research:sme1' or 'interview_1:sme4'; "
            f"columns found: {', '.join(found) or '(none)'}{_rating_sheets_hint(book, sheet_read)}",
        )
    records: list[RatingRow] = []
    errors: list[InvalidRowError] = list(file_errors)
    rows_in = len(rows) + len(file_errors)
    if long:
        _long_ratings(rows, records, errors, sheet, compact=compact)
        errors.sort(key=lambda e: e.row)
        build = RatingRecords.model_construct if compact else RatingRecords
        return build(records=records, errors=errors, rows_in=rows_in, layout="long", source=source, sha256=digest)
    for row in rows:
        number, raw = row.row, row.values
        row_errors: list[InvalidRowError] = []
        row_records: list[RatingRow] = []
        applicant_id = None
        cells: dict[tuple[str, str, str], Any] = {}
        notes: dict[tuple[str, str, str], Any] = {}
        for key, value in raw.items():
            if key is None:
                continue
            if _alias_map({"applicant_id": RATING_ALIASES["applicant_id"]}).get(normalise_header(key)):
                applicant_id = value
                continue
            parsed = _wide_header(str(key))
            if parsed is None:
                continue  # a column that is not a rating (a name, a note): ignored, as in the long layout
            target, is_note = parsed
            (notes if is_note else cells)[target] = (str(key), value)
        for target in sorted(cells):
            header, value = cells[target]
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            hurdle, competency, rater = target
            note = notes.get(target, (None, ""))[1]
            try:
                row_records.append(
                    RatingRow(row=number, applicant_id=applicant_id, hurdle=hurdle, competency=competency,
                              rater=rater, rating=value, justification=note)
                )
            except ValidationError as error:
                problem = _errors_from(error, number, sheet)
                column = header if problem.column == "rating" else problem.column
                row_errors.append(InvalidRowError(number, column, problem.message, sheet=sheet))
        if row_errors:
            errors.extend(row_errors)  # one bad cell rejects its whole row, so nothing half-counts
        else:
            records.extend(row_records)
    errors.sort(key=lambda e: e.row)
    return RatingRecords(records=records, errors=errors, rows_in=rows_in, layout="wide", source=source,
                         sha256=digest)


def _stream_ratings(stream: Any, *, applicant_ids: Iterable[str] = (), buckets: Any = None) -> RatingRecords:
    """Ratings from a :class:`~skillhire.spreadsheets.RowStream`, validated as each row is read.

    What ``skillhire score`` uses: the same records (as :class:`_Rating` s, held in a
    :class:`_RatingColumns`), errors, counts and layout as :func:`_read_ratings` over
    :func:`~skillhire.spreadsheets.read_rows` of the same file with ``compact``, without the rows as
    read ever being all in memory (about 2.5 KB per applicant at 12 rating rows each). Long layout only: a header with no rating column (the wide layout,
    or no rating columns at all) is read in full and handed to :func:`_ratings_from`, as before.

    ``applicant_ids`` (the applicants' ids, as their records hold them) are entered in the columns'
    table of applicant ids first, so a rating's applicant id is the record's string, not a copy of
    its own (about 55 bytes per applicant less while the pool is scored); the ratings are the same.

    With ``buckets`` (a :class:`skillhire._spill.RatingBuckets`) the long layout's ratings go to disk a
    chunk at a time as they are read, grouped by applicant (see :meth:`_RatingColumns.to_disk`).
    """
    source = Path(stream.source).name if stream.source != "<rows>" else "rows"
    sheet = None if source == "rows" else source
    digest = stream.sha256 or ""
    lookup = _alias_map(RATING_ALIASES)
    header_keys = tuple(stream.columns)
    long = any(name == "rating" and is_canonical for _, name, is_canonical in _plan(header_keys, RATING_ALIASES,
                                                                                  lookup))  # fmt: skip
    file_errors: list[InvalidRowError] = []
    if not long:
        kept: list[SheetRow] = []
        for row, problems in stream:
            if problems:
                first = problems[0]
                file_errors.append(InvalidRowError(first.row, first.column, first.message, sheet=source))
            else:
                kept.append(row)
        book = stream.source if stream.source != "<rows>" else None
        return _ratings_from(kept, source, digest, file_errors, book=book, sheet_read=stream.sheet)
    records = _RatingColumns()  # see _RatingColumns: a fraction of the memory of a list of records
    records.applicant_ids.know(applicant_ids)
    if buckets is not None:
        records.to_disk(buckets)
    errors: list[InvalidRowError] = []
    counted = [0]

    def kept_rows() -> Iterator[SheetRow]:
        for row, problems in stream:
            if problems:  # one error per rejected row (the first found), as _from_rows_read gives
                first = problems[0]
                errors.append(InvalidRowError(first.row, first.column, first.message, sheet=source))
            else:
                counted[0] += 1
                yield row

    _long_ratings(kept_rows(), records, errors, sheet, compact=True)
    if buckets is not None:
        records.move_to_disk()  # the last chunk
    rows_in = stream.counts.rows_read
    _require_rows(rows_in, source, "rating")
    errors.sort(key=lambda e: e.row)
    # with no row kept, the layout is worked out from no rows: "wide" (as _ratings_from says)
    return RatingRecords.model_construct(
        records=records, errors=errors, rows_in=rows_in, layout="long" if counted[0] else "wide", source=source,
        sha256=digest,
    )


def _wide_header(header: str) -> tuple[tuple[str, str, str], bool] | None:
    parts = [p.strip() for p in re.split(r"\s*[:/|]\s*", header.strip()) if p.strip()]
    is_note = False
    if parts and normalise_header(parts[-1]) in ("justification", "notes", "comment"):
        is_note = True
        parts = parts[:-1]
    if len(parts) == 3:
        return (normalise_header(parts[0]), parts[1].strip().lower(), parts[2]), is_note
    if len(parts) == 2:
        first = normalise_header(parts[0])
        if re.fullmatch(r"interview_?\d+", first):
            return (first if "_" in first else first.replace("interview", "interview_"), "", parts[1]), is_note
        return ("resume_review", parts[0].strip().lower(), parts[1]), is_note
    return None


def _rating_sheets_hint(book: str | Path | None, sheet_read: str | None) -> str:
    """For a workbook whose sheet read has no rating columns: the sheets of the book that have them
    (one book holding both the Applicants and the Ratings sheets, scored without naming the ratings sheet)."""
    if book is None:
        return ""
    from skillhire.spreadsheets import iter_rows, workbook_sheet_names

    found = []
    for name in workbook_sheet_names(book):
        if name == sheet_read:
            continue
        try:
            stream = iter_rows(book, columns=list(RATING_ALIASES), aliases=RATING_ALIASES, sheet=name)
        except SkillhireError:  # a sheet with no header row, for example
            continue
        keys = tuple(stream.columns)
        stream.close()
        lookup = _alias_map(RATING_ALIASES)
        long = any(column == "rating" and canonical for _, column, canonical in _plan(keys, RATING_ALIASES, lookup))
        has_id = any(column == "applicant_id" and canonical for _, column, canonical in _plan(keys, RATING_ALIASES,
                                                                                           lookup))  # fmt: skip
        if has_id and (long or any(_wide_header(str(key)) for key in keys if key is not None)):
            found.append(name)
    if not found:
        return ""
    listed = ", ".join(repr(name) for name in found)
    return (f"; the sheet{'s' if len(found) > 1 else ''} of {Path(book).name} with rating columns: {listed} "
            "(name it with --ratings-sheet, or ratings_sheet= in score_spreadsheets)")  # fmt: skip


def _require_rows(rows_in: int, source: str, what: str) -> None:
    """Refuse a file with a header and no data rows (blank rows apart).

    Scoring one would "work": with no applicants every rating is rejected, and with no ratings every
    applicant is pending and every certificate empty; either way the wrong file (or an export saved
    before it was filled in) was handed over, so it is an error, not a run that exits 0. Rows given as
    dicts (``source`` "rows") are left alone: an empty list is a caller's choice, not a file's.
    """
    if rows_in == 0 and source != "rows":
        raise InvalidFileError(source, f"has a header but no {what} rows")


def _missing_column_message(column: str, rows: list[SheetRow], aliases: Mapping) -> str:
    found = sorted({str(k) for k in rows[0]._keys if k is not None}) if rows else []
    accepted = ", ".join([column, *aliases[column]])
    return f"has no {column!r} column (accepted headers: {accepted}); columns found: {', '.join(found) or '(none)'}"


def _rows_of(
    path_or_rows: object, aliases: Mapping[str, list[str]]
) -> tuple[list[SheetRow], str, str, list[InvalidRowError]]:
    """Rows with their user-facing numbers (header = row 1), the source name, the file's SHA-256, and the
    rows the file reader already rejected."""
    from skillhire.spreadsheets import RowsRead, SheetRow

    if isinstance(path_or_rows, (str, Path)):
        return _read_file(Path(path_or_rows), aliases)
    if isinstance(path_or_rows, RowsRead):  # already read by skillhire.spreadsheets.read_rows (skillhire score)
        source = Path(path_or_rows.source).name if path_or_rows.source != "<rows>" else "rows"
        return _from_rows_read(path_or_rows, source)
    if isinstance(path_or_rows, Mapping):
        raise TypeError("pass an iterable of rows (dicts), not a single dict")
    rows = []
    for index, row in enumerate(path_or_rows, start=2):
        if not isinstance(row, Mapping):
            raise TypeError(f"row {index} is a {type(row).__name__}, not a dict of column -> value")
        rows.append(SheetRow("rows", index, row))
    return rows, "rows", "", []


def _read_file(
    path: Path, aliases: Mapping[str, list[str]]
) -> tuple[list[SheetRow], str, str, list[InvalidRowError]]:
    """Read a csv/tsv/xlsx file with the spreadsheet reader (:func:`skillhire.spreadsheets.read_rows`).

    The reader finds the header row, matches headers to canonical columns through ``aliases``, checks the
    file is safe, and rejects rows without an ``applicant_id``; everything else is validated here.
    """
    from skillhire.spreadsheets import read_rows

    result = read_rows(path, columns=list(aliases), aliases=aliases, required=["applicant_id"])
    return _from_rows_read(result, path.name)


def _from_rows_read(
    result: Any, name: str
) -> tuple[list[SheetRow], str, str, list[InvalidRowError]]:
    """Rows, source name, SHA-256 and one error per rejected row from a :class:`~skillhire.spreadsheets.RowsRead`.

    The rows are the reader's own (no copy of each row's values: at a million rows that copy alone takes
    hundreds of megabytes)."""
    rejected_rows = {r.row for r in result.rejected}
    errors: list[InvalidRowError] = []
    seen: set[int] = set()
    for e in result.errors:
        if e.row in rejected_rows and e.row not in seen:  # one error per rejected row, so counts add up
            seen.add(e.row)
            errors.append(InvalidRowError(e.row, e.column, e.message, sheet=name))
    return result.rows, name, result.sha256 or "", errors
