"""A USAJOBS job announcement as a validated value: :class:`JobPosting`, and how to read one.

The model follows the structure of a public USAJOBS announcement (the USAJOBS Search API
``MatchedObjectDescriptor`` and its ``UserArea.Details``; see ``federal-hiring-rules.md`` section 7):
header fields (title, series, pay plan and grades, agency, locations, salary, dates, appointment type,
work schedule, hiring paths, ...) and the text sections in their published order (summary, duties,
conditions of employment, qualifications, education, how you will be evaluated, required documents,
benefits, how to apply, next steps, ...). Every field except the title is optional, so a posting read
from a real announcement that has only some of these sections is still valid. Text under a heading
skillhire does not know is kept in :attr:`JobPosting.extra_sections`, never dropped.

Three ways in:

* :func:`parse_posting` splits announcement text (copied from USAJOBS, or plain text / Markdown with
  headings, or HTML: a saved USAJOBS page, a fragment of the USAJOBS API's HTML fields) into fields by its
  headings and ``Label: value`` header lines;
* :func:`load_posting` reads a ``.toml`` or ``.json`` posting file (the model's JSON Schema, from
  ``JobPosting.model_json_schema()``, documents the format), or a ``.txt`` / ``.md`` / ``.html`` announcement;
* ``JobPosting(**fields)`` / ``JobPosting.model_validate(mapping)`` from Python.

:meth:`JobPosting.to_text` writes a posting back as headed plain text, which :func:`parse_posting` reads
back into the same posting. :func:`parse_posting` also reads back what skillhire's ``usajobs-markdown``,
``plain-text`` and ``usajobs-html`` templates write: the same header fields and the same paragraphs and list items
in every section, so that rendering the parsed posting again gives the same bytes (``tests/test_posting_roundtrip.py``
states exactly what "the same" means there, and what those templates print differently from a field).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from skillhire.errors import EmptyTextError, InvalidFileError
from skillhire.html_page import html_to_text, is_html
from skillhire.template_filters import first_wrap_unit, unescape_markdown

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "HEADER_LABELS",
    "SECTION_FIELDS",
    "JobPosting",
    "ParticipatingAgency",
    "Salary",
    "load_posting",
    "parse_posting",
    "posting_from_usajobs_record",
]

PayPeriod = Literal["year", "hour", "day", "week", "biweekly", "month", "other"]

#: Text sections in USAJOBS order: (field name, heading as published on USAJOBS).
SECTION_FIELDS: tuple[tuple[str, str], ...] = (
    ("summary", "Summary"),
    ("duties", "Duties"),
    ("conditions_of_employment", "Conditions of employment"),
    ("qualifications", "Qualifications"),
    ("education", "Education"),
    ("other_information", "Additional information"),
    ("evaluations", "How you will be evaluated"),
    ("required_documents", "Required documents"),
    ("benefits", "Benefits"),
    ("how_to_apply", "How to apply"),
    ("agency_contact", "Agency contact information"),
    ("next_steps", "Next steps"),
    ("fair_and_transparent", "Fair and transparent"),
)
_SECTION_NAMES = tuple(name for name, _ in SECTION_FIELDS)

# Heading spellings seen on USAJOBS pages, in the API field names and in agency copies, per field.
_HEADING_ALIASES: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "job summary", "position summary", "about the position", "overview of the position"),
    "duties": ("duties", "major duties", "duties and responsibilities", "responsibilities", "what you will do",
               "what you'll do", "major duties and responsibilities", "job duties", "key duties",
               "key responsibilities", "position duties", "duties of the position"),
    "conditions_of_employment": ("conditions of employment", "requirements", "key requirements",
                                 "conditions of employment/requirements"),
    "qualifications": ("qualifications", "qualification requirements", "minimum qualifications",
                       "qualifications required", "qualifications and evaluations"),
    "education": ("education", "education requirements", "education requirement"),
    "other_information": ("additional information", "other information", "additional info"),
    "evaluations": ("how you will be evaluated", "evaluations", "evaluation", "how you'll be evaluated",
                    "how you will be assessed"),
    "required_documents": ("required documents", "required documents:", "documents required",
                           "supporting documents"),
    "benefits": ("benefits", "what we offer"),
    "how_to_apply": ("how to apply", "application procedures", "to apply"),
    "agency_contact": ("agency contact information", "agency contact", "contact information",
                       "contact", "agency contact info"),
    "next_steps": ("next steps", "what to expect next", "what happens next"),
    "fair_and_transparent": ("fair and transparent", "fair & transparent"),
    # header-like sections (list or text)
    "hiring_paths": ("this job is open to", "hiring paths"),
    "who_may_apply": ("clarification from the agency",),
    "_overview": ("overview", "position overview", "job overview"),  # header labels follow
}

#: Header labels recognised in ``Label: value`` lines, per field (USAJOBS "Overview" labels and common variants).
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("title", "position title", "job title", "position"),
    "official_title": ("official title", "official position title", "classification title"),
    "working_title": ("working title", "display title"),
    "agency": ("agency", "organization", "hiring agency", "sub-agency", "organization name"),
    "department": ("department", "department name"),
    "series": ("series", "job family (series)", "job family", "occupational series", "job series"),
    "grades": ("pay scale & grade", "pay scale and grade", "grade", "grades", "grade level", "grade levels",
               "pay plan and grade"),
    "pay_plan": ("pay plan", "pay scale"),
    "promotion_potential": ("promotion potential", "full performance level"),
    "salary": ("salary", "pay", "salary range"),
    "dates": ("open & closing dates", "open and closing dates", "opening and closing dates", "open period"),
    "open_date": ("open date", "opening date", "open", "opens", "publication start date"),
    "close_date": ("close date", "closing date", "closes", "application close date"),
    "locations": ("location", "locations", "location(s)", "duty location", "duty locations",
                  "position location"),
    "openings": ("openings", "total openings", "vacancies", "number of vacancies"),
    "appointment_type": ("appointment type", "appointment", "tenure", "position offering type"),
    "work_schedule": ("work schedule", "schedule", "position schedule"),
    "service_type": ("service", "service type"),
    "supervisory_status": ("supervisory status", "supervisory"),
    "telework_eligible": ("telework eligible", "telework"),
    "remote": ("remote job", "remote"),
    "travel_required": ("travel required", "travel"),
    "relocation": ("relocation expenses reimbursed", "relocation expenses paid", "relocation"),
    "security_clearance": ("security clearance", "clearance"),
    "position_sensitivity": ("position sensitivity and risk", "position sensitivity"),
    "trust_determination": ("trust determination process",),
    "drug_test": ("drug test", "drug testing"),
    "financial_disclosure": ("financial disclosure",),
    "bargaining_unit": ("bargaining unit status", "bargaining unit"),
    "announcement_number": ("announcement number", "announcement", "vacancy announcement number",
                            "vacancy number", "job announcement number"),
    "control_number": ("control number", "usajobs control number"),
    "url": ("url", "link", "usajobs url"),
    "hiring_paths": ("this job is open to", "hiring paths", "hiring path", "who may apply"),
}


class Salary(BaseModel):
    """Pay range as published (before or including locality pay, as the announcement says)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min: float | None = Field(default=None, ge=0, description="Lowest pay in the range, in `currency`.")
    max: float | None = Field(default=None, ge=0, description="Highest pay in the range, in `currency`.")
    per: PayPeriod | None = Field(default="year", description="Pay period the amounts are per.")
    currency: str = Field(default="USD", description="ISO 4217 currency code.")

    @model_validator(mode="after")
    def _ordered(self) -> Salary:
        if self.min is not None and self.max is not None and self.min > self.max:
            def amount(value: float) -> str:
                return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"  # inf: no int()

            raise ValueError(f"salary min {amount(self.min)} is above max {amount(self.max)}")
        return self

    def format(self) -> str:
        """The range as USAJOBS shows it, e.g. ``$86,962 - $135,987 per year``."""

        def money(value: float) -> str:
            return f"${value:,.2f}" if value != int(value) else f"${int(value):,}"

        parts = [money(v) for v in (self.min, self.max) if v is not None]
        text = " - ".join(parts) if parts else ""
        if self.per and text:
            text += f" per {self.per}" if self.per != "biweekly" else " biweekly"
        return text


class ParticipatingAgency(BaseModel):
    """One agency that hires from a pooled announcement's shared list (5 U.S.C. 3318(b); OPM pooled hiring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The agency, e.g. 'General Services Administration'.")
    office: str | None = Field(default=None, description="The hiring office, e.g. 'Office of Customer Experience'.")
    grades: list[str] = Field(default_factory=list, description="Grades this agency hires at, e.g. ['13', '14'].")
    locations: list[str] = Field(default_factory=list, description="Duty locations this agency hires in.")
    openings: str | None = Field(default=None, description="Number of openings at this agency, as published.")


class JobPosting(BaseModel):
    """One federal job announcement: header fields and text sections, in USAJOBS order.

    Sections hold plain text. A list item is a line starting with ``- ``, ``* `` or ``•``; duties may
    also be given as a list of strings, which is stored as such bullet lines (see :attr:`duty_items`).

    Example:
        >>> posting = JobPosting(title="IT Specialist (APPSW)", series="2210", pay_plan="GS",
        ...                      grade_low="11", grade_high="13", duties=["Build web apps", "Fix bugs"])
        >>> posting.duty_items
        ['Build web apps', 'Fix bugs']
        >>> posting.grade_range
        'GS-11 to GS-13'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # --- header -------------------------------------------------------------------------------------
    title: str | None = Field(default=None, description="Title shown on the announcement (USAJOBS PositionTitle).")
    official_title: str | None = Field(
        default=None,
        description="Official class title for personnel, budget and fiscal records (5 U.S.C. 5105), when it "
        "differs from the displayed title; a rewrite keeps the original title here.",
    )
    working_title: str | None = Field(
        default=None, description="Private-sector working title (5 U.S.C. 5105(c) 'for public convenience')."
    )
    series: str | None = Field(
        default=None, description="OPM occupational series, four digits with leading zeros (e.g. '0343')."
    )
    pay_plan: str | None = Field(default=None, description="Pay plan, e.g. 'GS', 'GG', 'CN'.")
    grade_low: str | None = Field(default=None, description="Lowest grade advertised, e.g. '11'.")
    grade_high: str | None = Field(default=None, description="Highest grade advertised, e.g. '13'.")
    promotion_potential: str | None = Field(default=None, description="Full-performance grade, e.g. '13'.")
    agency: str | None = Field(default=None, description="Hiring agency or sub-agency (USAJOBS OrganizationName).")
    department: str | None = Field(default=None, description="Department (USAJOBS DepartmentName).")
    locations: list[str] = Field(default_factory=list, description="Duty locations, e.g. 'Washington, DC'.")
    openings: str | None = Field(default=None, description="Number of openings as published ('3', 'Many').")
    salary: Salary | None = Field(default=None, description="Pay range.")
    open_date: dt.date | None = Field(default=None, description="Date the announcement opens.")
    close_date: dt.date | None = Field(default=None, description="Date the announcement closes.")
    appointment_type: str | None = Field(default=None, description="Permanent, Term, Temporary, ...")
    work_schedule: str | None = Field(default=None, description="Full-time, Part-time, ...")
    service_type: str | None = Field(default=None, description="Competitive, Excepted or Senior Executive.")
    hiring_paths: list[str] = Field(
        default_factory=list, description="Who may apply (USAJOBS HiringPath), e.g. 'The public', 'Veterans'."
    )
    who_may_apply: str | None = Field(
        default=None, description="Clarification from the agency on who may apply (free text)."
    )
    announcement_number: str | None = Field(default=None, description="Agency announcement number.")
    control_number: str | None = Field(default=None, description="USAJOBS control number.")
    url: str | None = Field(default=None, description="Address of the announcement on USAJOBS.")
    telework_eligible: bool | None = Field(default=None, description="Telework eligible.")
    remote: bool | None = Field(default=None, description="Remote job.")
    travel_required: str | None = Field(default=None, description="Travel required, as published.")
    relocation: str | None = Field(default=None, description="Relocation expenses reimbursed, as published.")
    supervisory_status: bool | None = Field(default=None, description="Supervisory position.")
    security_clearance: str | None = Field(default=None, description="Security clearance, as published.")
    position_sensitivity: str | None = Field(default=None, description="Position sensitivity and risk.")
    trust_determination: str | None = Field(default=None, description="Trust determination process.")
    drug_test: bool | None = Field(default=None, description="Drug test required.")
    financial_disclosure: bool | None = Field(default=None, description="Financial disclosure required.")
    bargaining_unit: str | None = Field(default=None, description="Bargaining unit status.")
    participating_agencies: list[ParticipatingAgency] = Field(
        default_factory=list,
        description="Pooled hiring: the agencies that will hire from this announcement's list; applicants choose "
        "which of them may receive their application.",
    )
    shared_certificate: bool | None = Field(
        default=None,
        description="The list of qualified applicants may be used by other agencies hiring for the same series "
        "and a similar grade within 240 days; the announcement must say so (5 U.S.C. 3318(b)(2)).",
    )
    extra_fields: dict[str, str] = Field(
        default_factory=dict,
        description="Header values skillhire did not recognise or could not parse, by their label, kept verbatim.",
    )

    # --- sections -----------------------------------------------------------------------------------
    summary: str | None = Field(default=None, description="Summary (USAJOBS JobSummary).")
    duties: str | None = Field(
        default=None, description="Duties (USAJOBS MajorDuties); a list of strings is stored as bullet lines."
    )
    conditions_of_employment: str | None = Field(
        default=None, description="Requirements: conditions of employment (USAJOBS KeyRequirements)."
    )
    qualifications: str | None = Field(default=None, description="Qualifications (USAJOBS QualificationSummary).")
    education: str | None = Field(default=None, description="Education (USAJOBS Education).")
    other_information: str | None = Field(
        default=None, description="Additional information (USAJOBS OtherInformation)."
    )
    evaluations: str | None = Field(default=None, description="How you will be evaluated (USAJOBS Evaluations).")
    required_documents: str | None = Field(default=None, description="Required documents.")
    benefits: str | None = Field(default=None, description="Benefits.")
    how_to_apply: str | None = Field(default=None, description="How to apply.")
    agency_contact: str | None = Field(default=None, description="Agency contact information.")
    next_steps: str | None = Field(default=None, description="Next steps (USAJOBS WhatToExpectNext).")
    fair_and_transparent: str | None = Field(
        default=None, description="Fair and transparent: EEO, reasonable accommodation and other legal notices."
    )
    extra_sections: dict[str, str] = Field(
        default_factory=dict, description="Sections under headings skillhire does not recognise, by heading, in order."
    )

    @field_validator("series", mode="before")
    @classmethod
    def _series(cls, value: Any) -> Any:
        if value is None:
            return None
        text = str(value).strip()
        if re.fullmatch(r"\d{1,4}(\.0)?", text):
            return text.split(".")[0].zfill(4)
        if not text:
            return None
        raise ValueError(f"series must be one to four digits, e.g. '0343', not {text!r}")

    @field_validator("grade_low", "grade_high", "promotion_potential", mode="before")
    @classmethod
    def _grade(cls, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, float) and value == int(value):
            value = int(value)
        text = str(value).strip()
        if re.fullmatch(r"\d+\.0", text):  # spreadsheets turn 13 into 13.0
            text = text[:-2]
        if re.fullmatch(r"0\d", text):
            text = text[1:]
        return text or None

    @field_validator("pay_plan", mode="before")
    @classmethod
    def _pay_plan(cls, value: Any, info: ValidationInfo) -> Any:
        value = value.strip().upper() or None if isinstance(value, str) else value
        if not _written(info) or not isinstance(value, str):
            return value
        if value == "SES":  # the Senior Executive Service's pay plan code is ES
            return "ES"
        if not re.fullmatch(r"[A-Z]{2}", value):
            # OPM's pay plan codes are two letters; one skillhire does not list is reported by the rendering
            # checks (rule 'pay-plan-known'), not refused: OPM's table is long and grows by agency requests
            grade = re.fullmatch(r"([A-Z]{2})[\s-]*(?:[0-2]\d{3}[\s-]+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?", value)
            hint = (
                f"; write pay_plan {grade.group(1)!r} and the grade in grade_low {grade.group(2)!r}"
                + (f", grade_high {grade.group(3)!r}" if grade.group(3) else "")
                if grade
                else ", e.g. 'GS', 'WG', 'ES'"
            )
            raise ValueError(f"pay plan {value!r} is not a pay plan code (two letters){hint}")
        return value

    @field_validator("grade_low", "grade_high", "promotion_potential")
    @classmethod
    def _grade_for_plan(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A grade the pay plan has: 1-15 on the General Schedule and the plans that follow it (GS, GG, GL,
        GM, CG, and a posting with no plan given), a number, Roman numeral or letter for a pay band."""
        if value is None or not _written(info):
            return value
        plan = info.data.get("pay_plan", "?")  # not there: refused (its own error), so the grade's form only
        if plan and plan != "?":
            value = re.sub(rf"^{plan}[\s-]*(?=\d)", "", value)  # 'GS-13' with pay plan GS is grade 13
            value = re.sub(r"^0(?=\d$)", "", value)
        problem = _grade_problem(value, plan if plan is None or plan in _known_pay_plans() else "?")
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("duties", mode="before")
    @classmethod
    def _duties(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            items = [str(item).strip() for item in value if str(item).strip()]
            return "\n".join(f"- {item}" for item in items) or None
        return value

    @field_validator("locations", "hiring_paths", mode="before")
    @classmethod
    def _string_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in re.split(r"\s*[;\n]\s*", value) if part.strip()]
        return value

    @field_validator(*_SECTION_NAMES, "who_may_apply", "title", "official_title", "working_title")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        return value or None

    @model_validator(mode="after")
    def _dates_ordered(self) -> JobPosting:
        if self.open_date and self.close_date and self.open_date > self.close_date:
            raise ValueError(f"open_date {self.open_date} is after close_date {self.close_date}")
        return self

    @model_validator(mode="after")
    def _grades_ordered(self, info: ValidationInfo) -> JobPosting:
        """In a posting a person wrote, numbered grades run low to high and the promotion potential is not below
        the highest grade ("GS-14 to GS-12, promotion potential GS-11" was rendered as written)."""
        if not _written(info):
            return self
        low, high, top = (int(g) if g and g.isdecimal() else None
                          for g in (self.grade_low, self.grade_high, self.promotion_potential))
        if low is not None and high is not None and low > high:
            raise ValueError(f"grade_low {self.grade_low!r} is above grade_high {self.grade_high!r}")
        highest = high if high is not None else low
        if top is not None and highest is not None and top < highest:
            which = "grade_high" if high is not None else "grade_low"
            raise ValueError(f"promotion_potential {self.promotion_potential!r} is below {which} "
                             f"{getattr(self, which)!r}")
        if low is not None:  # a pooled agency hires only at grades the announcement announces
            for number, agency in enumerate(self.participating_agencies):
                outside = [g for g in agency.grades
                           if any(not low <= n <= (highest or low) for n in _printed_grades(g))]
                if outside:
                    announced = self.grade_low if highest == low else f"{self.grade_low} to {self.grade_high}"
                    raise ValueError(f"participating_agencies[{number}] ({agency.name}) hires at grade "
                                     f"{', '.join(map(repr, outside))}, outside the announced grades {announced}")
        return self

    # --- views ---------------------------------------------------------------------------------------
    @property
    def duty_items(self) -> list[str]:
        """Duties as a list: one item per bullet line, or per paragraph when there are no bullets."""
        return _items(self.duties)

    @property
    def grade_range(self) -> str | None:
        """Grades as published, e.g. ``GS-11 to GS-13`` (``None`` without grades)."""
        if not self.grade_low and not self.grade_high:
            return None
        prefix = f"{self.pay_plan}-" if self.pay_plan else ""
        low, high = self.grade_low or self.grade_high, self.grade_high or self.grade_low
        return f"{prefix}{low}" if low == high else f"{prefix}{low} to {prefix}{high}"

    @property
    def display_title(self) -> str | None:
        """The working title if there is one, else the title."""
        return self.working_title or self.title

    def sections(self) -> Iterator[tuple[str, str, str]]:
        """Non-empty text sections in USAJOBS order, then the extra ones: ``(key, heading, text)``.

        The key is the field name, or ``extra:<heading>`` for an entry of :attr:`extra_sections`.
        """
        for name, heading in SECTION_FIELDS:
            text = getattr(self, name)
            if text:
                yield name, heading, text
        for heading, text in self.extra_sections.items():
            if text:
                yield f"extra:{heading}", heading, text

    def header_lines(self) -> list[str]:
        """Header fields as ``Label: value`` lines (the form :func:`parse_posting` reads)."""
        lines: list[tuple[str, Any]] = [
            ("Official title", self.official_title),
            ("Working title", self.working_title),
            ("Agency", self.agency),
            ("Department", self.department),
            ("Series", self.series),
            ("Pay plan", self.pay_plan),
            ("Grade", _grades_text(self)),
            ("Promotion potential", self.promotion_potential),
            ("Salary", self.salary.format() if self.salary else None),
            ("Open date", self.open_date.isoformat() if self.open_date else None),
            ("Close date", self.close_date.isoformat() if self.close_date else None),
            ("Locations", "; ".join(self.locations) if self.locations else None),
            ("Openings", self.openings),
            ("Appointment type", self.appointment_type),
            ("Work schedule", self.work_schedule),
            ("Service", self.service_type),
            ("Hiring paths", "; ".join(self.hiring_paths) if self.hiring_paths else None),
            ("Telework eligible", _yes_no(self.telework_eligible)),
            ("Remote job", _yes_no(self.remote)),
            ("Travel required", self.travel_required),
            ("Relocation expenses reimbursed", self.relocation),
            ("Supervisory status", _yes_no(self.supervisory_status)),
            ("Security clearance", self.security_clearance),
            ("Position sensitivity and risk", self.position_sensitivity),
            ("Trust determination process", self.trust_determination),
            ("Drug test", _yes_no(self.drug_test)),
            ("Financial disclosure", _yes_no(self.financial_disclosure)),
            ("Bargaining unit status", self.bargaining_unit),
            ("Announcement number", self.announcement_number),
            ("Control number", self.control_number),
            ("URL", self.url),
        ]
        out = [f"{label}: {value}" for label, value in lines if value not in (None, "")]
        out += [f"{label}: {value}" for label, value in self.extra_fields.items()]
        return out

    def to_text(self, *, markdown: bool = True) -> str:
        """The whole announcement as text: Markdown headings (``# title``, ``## Summary``) or bare headings.

        :func:`parse_posting` reads the Markdown form back into an equal posting. With bare headings
        (``markdown=False``) a line inside a section that happens to read like a heading ("Education:")
        would start a new section when parsed again.

        Example:
            >>> print(JobPosting(title="Data Scientist", series="1560", summary="We use data.").to_text(), end="")
            # Data Scientist
            Series: 1560
            <BLANKLINE>
            ## Summary
            We use data.
        """
        title = self.title or ""
        parts = [f"# {title}" if markdown and title else title]
        parts += self.header_lines()
        if self.who_may_apply:
            parts += ["", "## Clarification from the agency" if markdown else "Clarification from the agency",
                      self.who_may_apply]
        for _key, heading, text in self.sections():
            parts += ["", f"## {heading}" if markdown else heading, text]
        return "\n".join(parts).strip("\n") + "\n"


# ------------------------------------------------------------------------------------------------------
# parsing text
# ------------------------------------------------------------------------------------------------------

_COMMENT_RE = re.compile(r"^[ \t]*<!--.*?-->[ \t]*(?:\n|$)", re.DOTALL | re.MULTILINE)
_BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)])\s+")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}


_NUMBER_START_RE = re.compile(r"^\s*(\d{1,2})[.)]\s")


def _items(text: str | None) -> list[str]:
    if not text:
        return []
    lines = text.splitlines()
    numbers = [int(m.group(1)) if (m := _NUMBER_START_RE.match(line)) else None for line in lines]
    markers = {row for row, line in enumerate(lines) if _BULLET_RE.match(line) and not _ends_a_sentence(lines, numbers, row)}
    if markers:
        items: list[str] = []
        for row, line in enumerate(lines):
            if not line.strip():
                continue
            if row in markers:
                items.append(_BULLET_RE.sub("", line, count=1).strip())
            elif items:
                items[-1] += " " + line.strip()
            else:
                items.append(line.strip())
        return items
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _ends_a_sentence(lines: list[str], numbers: list[int | None], row: int) -> bool:
    """Whether the number starting line ``row`` ("12. It also ...") ends the sentence of the line above, wrapped
    before it ("... leads a team of" / "12. It also ..."), rather than marking a list item: the line above runs on
    (40 characters or more, no blank line between, not ending in ``. ! ? : ;``) and the number continues no
    numbering (the numbered line before it is neither one less nor the same, the one after it neither one more nor
    the same: Markdown may number every item ``1.``)."""
    number = numbers[row]
    if number is None or row == 0:
        return False
    above = lines[row - 1].strip()
    if len(above) < 40 or above[-1] in ".!?:;":
        return False
    before = next((n for n in reversed(numbers[:row]) if n is not None), None)
    after = next((n for n in numbers[row + 1:] if n is not None), None)
    return before not in (number - 1, number) and after not in (number + 1, number)


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("Yes" if value else "No")


def _grades_text(posting: JobPosting) -> str | None:
    low, high = posting.grade_low, posting.grade_high
    if not low and not high:
        return None
    return low if (low == high or not high) else (high if not low else f"{low} to {high}")


def _norm_label(label: str) -> str:
    label = label.strip().strip("#*_ ").rstrip(":").strip().lower()
    return re.sub(r"\s+", " ", label)


_LABEL_TO_FIELD = {alias: field for field, aliases in HEADER_LABELS.items() for alias in aliases}
_HEADING_TO_FIELD = {alias: field for field, aliases in _HEADING_ALIASES.items() for alias in aliases}
_HEADING_LINE_RE = re.compile(r"^\s*(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")  # a closing "#" run after a space: "C#" stays
_KV_RE = re.compile(r"^\s*([A-Za-z][A-Za-z &()/'-]{1,45}?)\s*:\s*(.*\S)?\s*$")


def _heading_of(line: str, *, markdown_only: bool = False) -> tuple[str | None, str | None]:
    """(field or None, heading text) if the line is a heading; (None, None) if it is not one."""
    stripped = line.strip()
    if not stripped:
        return None, None
    md = _HEADING_LINE_RE.match(stripped)
    if markdown_only and not md and not (stripped.isupper() and _norm_label(stripped) in _HEADING_TO_FIELD):
        return None, None  # a known heading in capitals alone on its line may be one ("QUALIFICATIONS")
    text = md.group(2) if md else stripped
    norm = _norm_label(text)
    if norm in _HEADING_TO_FIELD and (md or len(stripped) <= 60) and (md or not re.search(r"[.!?]\s*$", stripped)):
        return _HEADING_TO_FIELD[norm], text.strip().rstrip(":").strip()
    if md:
        return None, text.strip().rstrip(":").strip()
    return None, None


def _parse_bool(text: str) -> bool | None:
    low = text.strip().lower()
    if re.match(r"^(yes|true|y|required)\b", low):
        return True
    if re.match(r"^(no|false|n|not required)\b", low):
        return False
    return None


def _parse_date(text: str) -> dt.date | None:
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        year, month, day = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
        if m:
            month, day, year = map(int, m.groups())
        else:
            m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
            if not m or m.group(1).lower() not in _MONTHS:
                return None
            month, day, year = _MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONEY_RE = re.compile(r"\$\s?([\d,]+(?:\.\d+)?)")


_PAY_PERIOD_RE = re.compile(
    r"\b(?:(?P<biweekly>bi-?weekly|two weeks|fortnight(?:ly)?)|(?P<hour>hour(?:s|ly)?)|(?P<week>week(?:s|ly)?)"
    r"|(?P<month>month(?:s|ly)?)|(?P<day>days?|daily)|(?P<year>annum|annual(?:ly)?|years?|yearly))\b",
    re.IGNORECASE,
)
_PAY_PERIODS = {"biweekly": "biweekly", "hour": "hour", "week": "week", "month": "month", "day": "day", "year": "year"}


def _parse_salary(text: str) -> Salary | None:
    amounts = [float(a.replace(",", "")) for a in _MONEY_RE.findall(text)]
    if not amounts or len(amounts) > 2:
        return None
    # the first period the text names, a whole word ("per two weeks" is how skillhire's templates print a biweekly
    # salary): "per year; paid every two weeks" is yearly, and "holiday" or "Monday" is no day
    period = _PAY_PERIOD_RE.search(text)
    per: PayPeriod = _PAY_PERIODS[period.lastgroup] if period and period.lastgroup else "year"  # type: ignore[assignment]
    try:
        return Salary(min=amounts[0], max=amounts[-1], per=per)
    except ValidationError:
        return None


def _known_pay_plans() -> frozenset[str]:
    """The pay plans skillhire lists (those :mod:`skillhire.titles` reads in titles, and OTHER_PAY_PLANS)."""
    from skillhire.titles import OTHER_PAY_PLANS, PAY_PLANS

    return frozenset(PAY_PLANS.split("|")) | OTHER_PAY_PLANS


def _printed_grades(grade: str) -> list[int]:
    """The grades the templates' ``grades`` filter prints for one of an agency's grades ("GS-15" -> [15],
    "13 to 14" -> [13, 14]); none for text that is no grade (the filter refuses it when rendering)."""
    from skillhire.template_filters import _grade_numbers

    try:
        return _grade_numbers(grade)
    except ValueError:
        return []


def _written(info: ValidationInfo) -> bool:
    """Whether the posting comes from what a person wrote for skillhire (a posting file, a row of a postings
    spreadsheet, a dict handed to :func:`skillhire.render_posting`: validated with ``context=WRITTEN``): its
    pay plan and grades are checked. A published announcement (:func:`parse_posting`,
    :func:`posting_from_usajobs_record`) keeps them as USAJOBS printed them: real announcements carry plans
    and grades skillhire does not list, such as 'CN-52' or grade '00'."""
    return bool(info.context and info.context.get("check_grades"))


WRITTEN: dict[str, Any] = {"check_grades": True}
"""The validation context of a posting a person wrote: ``JobPosting.model_validate(data, context=WRITTEN)``."""


# The Federal Wage System's schedules: WG (worker) and WL (leader) have 15 grades, WS (supervisor) 19
# (DoDEA, "Federal Pay": "The WG and WL classes of pay rates each have 15 grades ..., and the WS has 19 grades").
_WAGE_GRADES = {"WG": 15, "WL": 15, "WS": 19}
# The Senior Executive Service (ES), Senior Level (SL) and Scientific or Professional (ST) positions are paid within
# a range set by their own pay system, not by grade (OPM, "Senior Executive Service: Compensation"; 5 U.S.C. 5382,
# 5376): a posting shows "ES-00".
_UNGRADED = frozenset({"ES", "SL", "ST"})


def _grade_problem(grade: str, plan: str | None) -> str | None:
    """Why ``grade`` is not a grade of pay plan ``plan`` (``None``: no plan given, read as the General
    Schedule; ``"?"``: a plan that was refused, so only the grade's form is checked), or ``None``."""
    from skillhire.titles import GS_LIKE_PLANS

    two = re.fullmatch(r"(\d{1,2})\s*[/-]\s*(\d{1,2})", grade)
    hint = f" (two grades: grade_low {two.group(1)!r}, grade_high {two.group(2)!r})" if two else ""
    if plan == "?":  # a band letter or class may be two letters: Senior Foreign Service 'MC', 'OC'
        return None if re.fullmatch(r"\d{1,2}|[IVX]{1,4}|[A-Z]{1,2}", grade) else f"{grade!r} is not a grade: use a number, e.g. '13'{hint}"
    if plan is None or plan in GS_LIKE_PLANS:
        if grade.isdecimal() and 1 <= int(grade) <= 15:
            return None
        scale = f"{plan} grades" if plan else "grades (General Schedule when no pay_plan is given)"
        return f"{grade!r} is not one of the {scale}: use a whole number 1 to 15, e.g. '13'{hint}"
    if plan in _UNGRADED:
        if grade in ("0", "00"):
            return None
        return (f"{grade!r} is not a grade of pay plan {plan}, which has no grades (USAJOBS prints "
                f"'{plan}-00'); leave grade_low and grade_high out")
    if plan in _WAGE_GRADES:
        if grade.isdecimal() and 1 <= int(grade) <= _WAGE_GRADES[plan]:
            return None
        return f"{grade!r} is not one of the {plan} grades: use a whole number 1 to {_WAGE_GRADES[plan]}{hint}"
    if re.fullmatch(r"\d{1,2}|[IVX]{1,4}|[A-Z]{1,2}", grade):
        return None
    return (f"{grade!r} is not a {plan} grade: use a number (e.g. '4'), a Roman numeral (e.g. 'IV') or a band "
            f"letter (e.g. 'D'){hint}")  # fmt: skip


def _parse_grades(text: str) -> dict[str, str] | None:
    """'GS 11 - 13', 'GS-0343-11/12', '11 to 13', '13', 'GS-13' -> pay_plan / grade_low / grade_high."""
    t = text.strip()
    grade = r"(?:\d{1,2}|[IVX]{1,4}|[A-K])"
    m = re.fullmatch(
        rf"(?:([A-Z]{{2,3}})[\s-]+|([A-Z]{{2,3}})-?(?=\d))?(?:(\d{{4}})[\s-]+)?({grade})"
        rf"((?:\s*(?:-|to|/|through|\u2013)\s*(?:[A-Z]{{2,3}}[\s-]*)?(?:\d{{4}}[\s-]+)?{grade})*)",
        t,
    )
    if not m:
        return None
    rest = re.findall(rf"(?:^|[\s/\u2013-])(?:[A-Z]{{2,3}}[\s-]*)?(?:\d{{4}}[\s-]+)?({grade})\s*$", m.group(5))
    out = {"grade_low": m.group(4), "grade_high": rest[-1] if rest else m.group(4)}
    plan = m.group(1) or m.group(2)
    if plan:
        out["pay_plan"] = plan
    if m.group(3):
        out["series"] = m.group(3)
    return out


def _apply_header(fields: dict[str, Any], extra: dict[str, str], label: str, value: str) -> bool:
    """Put one header value into ``fields``; unparseable values go to ``extra``. False if not a header label."""
    field = _LABEL_TO_FIELD.get(_norm_label(label))
    if field is None:
        return False
    value = value.strip()
    ok = True
    if field in ("title", "official_title", "working_title", "agency", "department", "pay_plan", "openings",
                 "appointment_type", "work_schedule", "service_type", "travel_required", "relocation",
                 "security_clearance", "position_sensitivity", "trust_determination", "bargaining_unit",
                 "announcement_number", "control_number", "url", "promotion_potential"):
        if field == "promotion_potential":
            m = re.fullmatch(r"(?:[A-Z]{2}[\s-]*)?(\d{1,2})", value)
            ok = bool(m)
            value = m.group(1) if m else value
        if ok:
            fields[field] = value
    elif field == "series":
        m = re.match(r"^(\d{4})\b", value) or re.search(r"\b(\d{4})\b", value)
        ok = bool(m) and len(re.findall(r"\b\d{4}\b", value)) == 1
        if ok:
            fields["series"] = m.group(1)  # type: ignore[union-attr]
    elif field == "grades":
        parsed = _parse_grades(value)
        ok = parsed is not None
        if parsed:
            fields.update({k: v for k, v in parsed.items() if not (k == "series" and "series" in fields)})
    elif field == "salary":
        salary = _parse_salary(value)
        ok = salary is not None
        if salary:
            fields["salary"] = salary
    elif field == "dates" or (field == "open_date" and _parse_date(value) is None):
        # "Open & closing dates: 06/08/2016 to 06/15/2016"; "Open: March 2, 2026 to March 16, 2026" (skillhire's
        # templates)
        found = re.findall(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}", value)
        dates = [_parse_date(d) for d in found]
        ok = len(dates) == 2 and all(dates)
        if ok:
            fields["open_date"], fields["close_date"] = dates
    elif field in ("open_date", "close_date"):
        date = _parse_date(value)
        ok = date is not None
        if ok:
            fields[field] = date
    elif field in ("locations", "hiring_paths"):
        parts = [part.strip() for part in re.split(r"\s*;\s*", value) if part.strip()]
        if field == "locations" and len(parts) == 1 and _norm_label(label) == "locations":
            # skillhire's plural label over join_words without semicolons: "Washington, DC and Denver, CO" (two
            # places), "Remote, Denver, and Boston" (three with no comma inside one)
            if re.search(r",\s+(?:and|or)\s+", value):
                parts = [part for part in re.split(r",\s+(?:(?:and|or)\s+)?", value) if part]
            elif len(re.findall(r"\s(?:and|or)\s", value)) == 1:
                parts = re.split(r"\s+(?:and|or)\s+", value)
        if len(parts) > 1:  # "Washington, DC; Denver, CO; and Seattle, WA" (skillhire's join_words)
            parts[-1] = re.sub(r"^(?:and|or)\s+", "", parts[-1])
        fields.setdefault(field, []).extend(parts)
    elif field in ("telework_eligible", "remote", "supervisory_status", "drug_test", "financial_disclosure"):
        flag = _parse_bool(value)
        ok = flag is not None
        if ok:
            fields[field] = flag
    if not ok:
        extra[label.strip()] = value
    return True


def parse_posting(text: str) -> JobPosting:
    """Split announcement text into a :class:`JobPosting` by its headings, keeping every line.

    Recognised: a title on the first line (optionally ``# Title``); ``Label: value`` header lines (or a
    label alone on its line with the value on the next), e.g. ``Series: 2210``, ``Grade: GS-11 to 13``,
    ``Salary: $86,962 - $135,987 per year``, ``Open & closing dates: 06/08/2016 to 06/15/2016``; section
    headings as USAJOBS prints them ("Duties", "Qualifications", "How you will be evaluated", ...), alone
    on a line, optionally as Markdown ``##`` headings and with a trailing colon. Text under a Markdown
    heading skillhire does not know goes to ``extra_sections``; whole-line HTML comments (``<!-- ... -->``,
    invisible in Markdown) are skipped, except in skillhire's plain text (underlined headings), where such a line
    is a field's text; text before the first heading that is not
    a header line becomes the summary (or, if there is a summary, the extra section "Introduction"), except a
    line that only repeats the agency (and department) of the header lines, the subtitle skillhire's templates
    print under the title. Header values that do not parse (an odd salary) are kept verbatim in ``extra_fields``.

    Two forms are read as what they are. Markdown with ``#`` headings for known sections: its backslash escapes
    and HTML entities (``&lt;``, ``&amp;``) stand for the characters, as CommonMark reads them (a backslash before
    ``*`` makes it a ``*``; skillhire's Markdown templates escape every value), and a known heading in capitals
    ("QUALIFICATIONS") heads its section only as USAJOBS prints one, under "Requirements" or "This job is open to"
    and for a section with no ``#`` heading (elsewhere it is text). Text whose title is underlined
    with ``=`` (skillhire's ``plain-text`` template): its paragraphs are wrapped at 78 characters, so the lines
    of a paragraph (no blank line, indent or list marker between) join where the template could have wrapped
    them (no line wider than 78, and each line's first word too long for the line above), and only underlined
    headings are headings (a ``#`` line is text). Elsewhere each line stays its own paragraph, as USAJOBS prints
    one statement a line.

    HTML is read as a browser shows it (:func:`skillhire.html_page.is_html` says which text is HTML: a document or
    a fragment that starts with a block element's tag, not Markdown that holds an inline ``<b>``):
    :func:`skillhire.html_page.html_to_text` turns it into escaped Markdown (``<h2>`` a ``##`` heading, ``<li>`` an
    item, a ``<dl>``'s terms and a two-cell table row ``Label: value``, a link "text (address)"), read as Markdown
    above, with the first ``<h1>`` as the title (text before it, such as a saved page's navigation, is read as text
    before the first heading), a ``- Label: value`` item (a ``<dl>``'s) as a header line where header lines are
    read, and the list that opens "This job is open to" as the hiring paths (the text after it is who may apply).

    Args:
        text: The announcement text.

    Returns:
        The posting. Nothing in ``text`` is dropped apart from blank lines, the heading lines themselves, a
        subtitle that repeats the header's agency and a byte-order mark at the start of ``text``.

    Raises:
        EmptyTextError: ``text`` is empty or blank, or HTML that shows no text (a ``ValueError`` too; an
            :class:`~skillhire.errors.InvalidFileError` when read through :func:`load_posting`).

    Example:
        >>> posting = parse_posting('''IT Specialist (APPSW)
        ... Series: 2210
        ... Grade: GS-11 to GS-12
        ...
        ... Duties
        ... - Build and test web applications.
        ...
        ... Qualifications
        ... You must have one year of specialized experience.
        ... ''')
        >>> posting.series, posting.grade_low, posting.grade_high, posting.duty_items
        ('2210', '11', '12', ['Build and test web applications.'])
    """
    return _parse_posting(text)


def _parse_posting(text: str, *, html: bool | None = None) -> JobPosting:
    """:func:`parse_posting`, reading ``text`` as HTML if ``html`` (``None``: if :func:`is_html` says it is)."""
    text = text.removeprefix("\ufeff") if text else text  # a byte-order mark is not content (Notepad writes one)
    if not text or not text.strip():
        raise EmptyTextError("posting text", text, "announcement text with at least a title line")
    html = is_html(text) if html is None else html
    if html:
        shown = _html_lines(text)
        if not any(line.strip() for line in shown):
            raise EmptyTextError("posting text", text, "an HTML announcement with visible text")
        lines, underlined, known_underlined, wrapped, escaped = shown, set(), False, False, True
    else:
        lines, underlined, known_underlined, wrapped, escaped = _read_form(text)
    if not html and not (wrapped and known_underlined) and "<!--" in text:  # in plain text it is a field's text
        lines, underlined, known_underlined, wrapped, escaped = _read_form(
            _COMMENT_RE.sub("", text)  # whole-line HTML comments (invisible in Markdown), e.g. a source note
        )
    fields: dict[str, Any] = {}
    extra_fields: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    extra_sections: dict[str, list[str]] = {}
    # When the text uses Markdown headings for known sections, only Markdown headings count, so a line
    # such as "Education:" inside the qualifications stays text.
    markdown_only = any(
        _HEADING_LINE_RE.match(line.strip()) and _heading_of(line)[0] is not None for line in lines
    )
    hashed = {_heading_of(line)[0] for line in lines if _HEADING_LINE_RE.match(line.strip())} - {None}
    current: tuple[str, str] | None = None  # ("field", name) or ("extra", heading)
    bare: dict[str, tuple[tuple[str, str] | None, str | None]] = {}  # HTML: unknown heading: section before, text
    under: str | None = None  # the field of the last underlined (wrapped plain text) or '#' (Markdown) heading
    preamble: list[str] = []
    i = 0
    # title: first non-blank line unless it is a heading or a header line
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines):
        first = lines[i].strip()
        md = _HEADING_LINE_RE.match(first)
        candidate = md.group(2).strip() if md else first
        field, _ = _heading_of(first)
        kv = _KV_RE.match(first)
        is_header = bool(kv and kv.group(2) and _norm_label(kv.group(1)) in _LABEL_TO_FIELD)
        level_one = md is not None and len(md.group(1)) == 1
        if level_one or (field is None and not is_header and md is None and len(candidate) <= 150):
            fields["title"] = unescape_markdown(candidate) if escaped else candidate
            i += 1
    in_header = True
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        i += 1
        if not stripped:
            target = _target(current, sections, extra_sections, preamble)
            if target and target[-1] != "":
                target.append("")
            continue
        field, heading = _heading_of(stripped, markdown_only=markdown_only)
        if wrapped and i - 1 in underlined:
            under = field
        elif wrapped and (
            _HEADING_LINE_RE.match(stripped) or (known_underlined and field not in _SUBHEADINGS.get(under, ()))
        ):
            # skillhire's plain text underlines its headings ('Summary' over '-------'), and prints in capitals only
            # the subheadings under "Requirements" and "This job is open to": a '#' line, or a field's
            # 'QUALIFICATIONS' line elsewhere, is text
            field, heading = None, None
        elif markdown_only:
            if _HEADING_LINE_RE.match(stripped):
                under = field
            elif field not in _SUBHEADINGS.get(under, ()) or (field in hashed and field != under):
                # Markdown with '#' headings for its sections (skillhire's own heads every section so): a known heading
                # in capitals is one only where USAJOBS prints it as a subheading, under "Requirements" or "This job
                # is open to" in pasted text, and only for a section with no '#' heading; elsewhere it is text
                field, heading = None, None
        if (
            heading is not None
            and current == ("field", field)
            and not _HEADING_LINE_RE.match(stripped)
            and any(line.strip() for line in sections.get(field, []))  # type: ignore[arg-type]
        ):
            heading = None  # the same heading again inside its own section: keep the line as text
        if heading is not None:
            if html:
                _keep_bare_heading(current, bare, sections, extra_sections, preamble)
            in_header = field == "_overview"
            if in_header:
                current = None
                continue
            if field is None:  # an unknown section's heading, escaped in Markdown as its text is
                before = current
                current = ("extra", _unique(unescape_markdown(heading) if escaped else heading, extra_sections))
                bare[current[1]] = (before, heading)
            elif field in ("hiring_paths", "who_may_apply"):
                current = ("field", field)
            else:
                current = ("field", field)
            continue
        if current is None or current == ("field", "hiring_paths") or in_header:
            # "- **Salary:** $99,200 ..." (skillhire's Markdown overview); "- Salary: $99,200" (an HTML <dl>)
            bold = _BOLD_LABEL_RE.match(stripped) or (_ITEM_LABEL_RE.match(stripped) if html else None)
            kv = _KV_RE.match(
                f"{bold.group(1)}: {unescape_markdown(bold.group(2))}" if bold
                else unescape_markdown(stripped) if escaped else stripped
            )
            label_alone = _norm_label(stripped) in _LABEL_TO_FIELD and len(stripped) <= 45
            if kv and kv.group(2):
                value, resume = kv.group(2), i
                while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip() \
                        and not _KV_RE.match(lines[i].strip()):
                    more = lines[i].strip()  # a value wrapped onto indented lines (plain-text)
                    value += " " + (unescape_markdown(more) if escaped else more)
                    i += 1
                if _apply_header(fields, extra_fields, kv.group(1), value):
                    continue
                i = resume
            if ((kv and not kv.group(2)) or label_alone) and current is None:
                label = kv.group(1) if kv else stripped
                if _norm_label(label) in _LABEL_TO_FIELD:
                    j = i
                    while j < len(lines) and not lines[j].strip():
                        j += 1
                    if j < len(lines) and _heading_of(lines[j])[1] is None and not _KV_RE.match(lines[j].strip()):
                        value = lines[j].strip()
                        _apply_header(fields, extra_fields, label, unescape_markdown(value) if escaped else value)
                        i = j + 1
                        continue
        if current is None:
            in_header = False
            preamble.append(line.rstrip())
        elif current[0] == "field":
            sections.setdefault(current[1], []).append(line.rstrip())
        else:
            extra_sections.setdefault(current[1], []).append(line.rstrip())
    if html:
        _keep_bare_heading(current, bare, sections, extra_sections, preamble)

    def read(block: list[str]) -> str:
        return _join(_text_lines(block, escaped=escaped, wrapped=wrapped))

    body = {name: read(value) for name, value in sections.items()}
    if "hiring_paths" in body and html:
        # the paths are the list the section opens with (usajobs-html prints them so, and the clarification after
        # them with no heading of its own); the text after that list is who may apply
        rows = body.pop("hiring_paths").split("\n")
        paths: list[str] = []
        while rows and (_BULLET_RE.match(rows[0]) or (paths and rows[0][:1] in (" ", "\t") and rows[0].strip())):
            row = rows.pop(0)
            if _BULLET_RE.match(row) and not row[:1].isspace():
                paths.append(_BULLET_RE.sub("", row, count=1).strip())
            else:  # a path's second line, or an item of a list inside it
                paths[-1] += " " + row.strip()
        note = _join(rows)
        if note:
            body["who_may_apply"] = f"{note}\n\n{body['who_may_apply']}" if body.get("who_may_apply") else note
        fields.setdefault("hiring_paths", []).extend(paths)
    elif "hiring_paths" in body:
        lines_open_to: list[str] = []
        for line in (line for line in body.pop("hiring_paths").splitlines() if line.strip()):
            if lines_open_to and line[:1] in (" ", "\t") and _BULLET_RE.match(lines_open_to[-1]) \
                    and not _BULLET_RE.match(line):
                lines_open_to[-1] += " " + line.strip()  # a path wrapped onto an indented line
            else:
                lines_open_to.append(line)
        bullets = [i for i, line in enumerate(lines_open_to) if _BULLET_RE.match(line)]
        if bullets and bullets[-1] + 1 < len(lines_open_to):  # paths as a list, then who may apply in words
            note = "\n".join(line.strip() for line in lines_open_to[bullets[-1] + 1:])
            # before a "Clarification from the agency" section's text, which comes later in the announcement
            body["who_may_apply"] = f"{note}\n\n{body['who_may_apply']}" if body.get("who_may_apply") else note
            lines_open_to = lines_open_to[:bullets[-1] + 1]
        paths = [re.sub(_BULLET_RE, "", p).strip() for p in lines_open_to]
        fields.setdefault("hiring_paths", []).extend(paths)
    intro = read(preamble)
    # the line under the title that only repeats the agency and department of the header (skillhire's templates
    # print "U.S. Census Bureau, Department of Commerce" there, and both again in the overview)
    subtitle = ", ".join(part for part in (fields.get("agency"), fields.get("department")) if part)
    first, _, rest = intro.partition("\n\n")
    if subtitle and first in (subtitle, fields.get("agency")):
        intro = rest.strip()
    extras = {heading: read(value) for heading, value in extra_sections.items()}
    if intro:
        if body.get("summary"):
            extras = {"Introduction": intro, **extras}
        else:
            body["summary"] = intro
    fields.update(body)
    fields["extra_fields"] = extra_fields
    fields["extra_sections"] = {k: v for k, v in extras.items() if v}
    return JobPosting.model_validate(fields)


#: The subheadings skillhire's plain-text template prints in capitals, by the field of the underlined heading above
#: them ("Requirements" is ``conditions_of_employment``'s).
_SUBHEADINGS: dict[str | None, tuple[str, ...]] = {
    "conditions_of_employment": ("conditions_of_employment", "qualifications", "education", "other_information"),
    "hiring_paths": ("who_may_apply",),
}
_SETEXT_RE = re.compile(r"^\s*(=+|-+)\s*$")
_BOLD_LABEL_RE = re.compile(r"^[-*]\s+\*\*([A-Za-z][^*:]{0,44}):\*\*\s*(.*)$")
_ITEM_LABEL_RE = re.compile(r"^-\s+([A-Za-z][A-Za-z &()/'-]{1,45}?)\s*:\s*(.*)$")  # a <dl> item, html_to_text's


def _html_lines(html: str) -> list[str]:
    """An HTML announcement's lines as :func:`parse_posting` reads them: :func:`~skillhire.html_page.html_to_text`'s
    escaped Markdown, with the first ``<h1>`` (the title) moved above any text before it (a saved page's
    navigation), which then reads as text before the first heading does."""
    lines = html_to_text(html, markdown=True).split("\n")
    first = next((row for row, line in enumerate(lines) if line.startswith("# ")), None)
    if first and any(line.strip() for line in lines[:first]):
        lines = [lines[first], "", *lines[:first], *lines[first + 1:]]
    return lines


def _read_form(text: str) -> tuple[list[str], set[int], bool, bool, bool]:
    """How :func:`parse_posting` reads ``text``: its lines with Setext headings as ``#`` headings and the rows of
    those, whether a known section has an underlined heading, and whether the text is wrapped plain
    text or escaped Markdown."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Markdown with '#' headings: its backslash escapes and entities ('&lt;') stand for the characters (skillhire's
    # Markdown templates escape every value); text under an '='-underlined title is wrapped plain text (skillhire's
    # plain-text template), whose paragraphs run on over several lines
    known_atx = any(_HEADING_LINE_RE.match(line.strip()) and _heading_of(line)[0] is not None for line in raw_lines)
    lines, underlined = _atx_headings(raw_lines)
    # Markdown may underline its title and use '#' headings below it; skillhire's plain text underlines its section
    # headings too, and a '## Duties' line there is a field's text
    known_underlined = any(lines[row].startswith("## ") and _heading_of(lines[row])[0] is not None for row in underlined)
    wrapped = _underlined_title(raw_lines) and (known_underlined or not known_atx)
    return lines, underlined, known_underlined, wrapped, known_atx and not wrapped


def _atx_headings(lines: list[str]) -> tuple[list[str], set[int]]:
    """Setext headings ("Duties" over a line of ``-``, a title over ``=``, as skillhire's plain-text template and
    Markdown write them) as ``#`` headings, so the underline is not read as text of the section; and the rows of
    the result that are such headings."""
    out: list[str] = []
    converted: set[int] = set()
    i = 0
    while i < len(lines):
        line, under = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        text = line.strip()
        mark = _SETEXT_RE.match(under)
        # a longer line is a heading only underlined to its length, and so is a line shorter than 3 characters, as
        # skillhire's plain-text template underlines a title of any length ('IT' over '==', or 'Emergency
        # Management Specialist (GIS) (...) Intermittent', 95 characters)
        if (mark and text and (len(mark.group(1)) >= 3 or len(mark.group(1)) == len(text))
                and len(mark.group(1)) * 2 >= len(text) and (len(text) <= 80 or len(mark.group(1)) == len(text))
                and not _BULLET_RE.match(line) and not text.startswith("#") and not _SETEXT_RE.match(line)):
            converted.add(len(out))
            # an underlined heading's text is all heading text: a '#' run ending it ('Notes #') is no closing run
            # of the '#' heading it becomes, so it gets one of its own
            closing = " #" if re.search(r"\s#+$", text) else ""
            out.append(("# " if mark.group(1)[0] == "=" else "## ") + text + closing)
            i += 2
            continue
        out.append(line)
        i += 1
    return out, converted


def _underlined_title(lines: list[str]) -> bool:
    """Whether the text opens with a title underlined with ``=`` (skillhire's plain-text template writes one)."""
    filled = [number for number, line in enumerate(lines) if line.strip()][:2]
    if len(filled) != 2 or filled[1] != filled[0] + 1:
        return False
    rule = lines[filled[1]].strip()
    return re.fullmatch(r"=+", rule) is not None and (len(rule) >= 3 or len(rule) == len(lines[filled[0]].strip()))


_WRAP_WIDTH = 78
"""The width the ``plain-text`` template wraps a paragraph at (``plain_text``,
:func:`skillhire.template_filters.text_to_plain`)."""


def _text_lines(lines: list[str], *, escaped: bool, wrapped: bool) -> list[str]:
    """A section's lines as text: Markdown escapes read (``escaped``); in wrapped plain text (``wrapped``), the
    lines of a paragraph the template wrapped at :data:`_WRAP_WIDTH` characters joined into one line. A run of
    paragraph lines (no blank line or indent between, and no list marker on its first) is one wrapped paragraph
    only if no line of it
    is wider (a single word apart) and the first word of each line (with any list-marker-like words the template
    glues to it, :func:`~skillhire.template_filters.first_wrap_unit`) would not have fitted on the line above;
    otherwise its lines stay lines, as a person wrote them one statement a line. List items keep their indented
    continuation lines, which :func:`skillhire.template_filters.text_blocks` joins."""
    if escaped:
        lines = [unescape_markdown(line) for line in lines]
    if not wrapped:
        return lines
    out: list[str] = []
    run: list[str] = []  # consecutive paragraph lines

    def flush() -> None:
        if len(run) > 1 and all(len(line) <= _WRAP_WIDTH or len(line.split()) == 1 for line in run) and all(
            len(above) + 1 + len(first_wrap_unit(below)) > _WRAP_WIDTH for above, below in zip(run, run[1:])
        ):
            out.append(" ".join(run))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        # a line like a list item right under a paragraph line is in its run: the template separates a list from a
        # paragraph by a blank line, and may wrap a paragraph before its "2)"
        if line.strip() and not line[:1].isspace() and (run or not _BULLET_RE.match(line)):
            run.append(line.rstrip())
            continue
        flush()
        out.append(line)
    flush()
    return out


def _keep_bare_heading(current, bare, sections, extra_sections, preamble) -> None:
    """In HTML, an unknown heading with no text under it ("Share", "Print" on a saved page) is text of the section
    it follows, not dropped with its empty section: called when the section under ``current`` ends."""
    if current is None or current[0] != "extra" or bare.get(current[1], (None, None))[1] is None:
        return
    if any(line.strip() for line in extra_sections.get(current[1], [])):
        return
    before, heading = bare[current[1]]
    bare[current[1]] = (before, None)  # its text went before it: so does the text of a bare heading after it
    while before is not None and before[0] == "extra" and bare.get(before[1], (None, ""))[1] is None:
        before = bare[before[1]][0]
    if before is None:
        target = preamble
    else:
        target = (sections if before[0] == "field" else extra_sections).setdefault(before[1], [])
    target.extend([heading, ""])


def _target(current, sections, extra_sections, preamble) -> list[str] | None:
    if current is None:
        return preamble
    store = sections if current[0] == "field" else extra_sections
    return store.get(current[1])


def _unique(heading: str, existing: Mapping[str, Any]) -> str:
    name, n = heading, 2
    while name in existing:
        name, n = f"{heading} ({n})", n + 1
    return name


def _join(lines: list[str]) -> str:
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ------------------------------------------------------------------------------------------------------
# files and records
# ------------------------------------------------------------------------------------------------------


def posting_from_usajobs_record(record: Mapping[str, Any]) -> JobPosting:
    """Build a posting from a flat USAJOBS record (the shape of skillhire's development corpus).

    Keys used: ``title, series, pay_plan, grade_low, grade_high, agency, department, open_date,
    close_date, announcement_number, control_number, url, summary, duties, qualifications, education,
    requirements`` (conditions of employment) and ``evaluations``; other keys are ignored.

    Example:
        >>> posting_from_usajobs_record({"title": "Program Analyst", "grade_low": "13.0", "requirements": "U.S. citizenship"})
        ... # doctest: +ELLIPSIS
        JobPosting(title='Program Analyst', ...grade_low='13'...conditions_of_employment='U.S. citizenship'...)
    """
    mapping = {
        "title": "title", "series": "series", "pay_plan": "pay_plan", "grade_low": "grade_low",
        "grade_high": "grade_high", "agency": "agency", "department": "department", "open_date": "open_date",
        "close_date": "close_date", "announcement_number": "announcement_number",
        "control_number": "control_number", "url": "url", "summary": "summary", "duties": "duties",
        "qualifications": "qualifications", "education": "education",
        "requirements": "conditions_of_employment", "evaluations": "evaluations",
    }
    data = {target: record[key] for key, target in mapping.items() if record.get(key) not in (None, "")}
    return JobPosting.model_validate(data)


_TEXT_SUFFIXES = (".txt", ".md", ".text")
_HTML_SUFFIXES = (".html", ".htm")
_KINDS_READ = "use .toml or .json (posting fields), or .txt, .md or .html (announcement text)"
_DOCUMENT_KINDS = {".pdf": "PDF document", ".docx": "Word document", ".doc": "Word document",
                   ".rtf": "rich-text document", ".odt": "OpenDocument text", ".pages": "Pages document"}


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta charset>`` in its first 2,048 bytes (a page saved by a
    browser on Windows may be ``windows-1252``), if Python knows it; ``None`` otherwise. A declared ``iso-8859-1``
    (``latin1``) or ``us-ascii`` is ``windows-1252``, as in every browser (WHATWG Encoding Standard): bytes 0x80 to
    0x9F are curly quotes and dashes there, not control characters."""
    import codecs

    match = _META_CHARSET_RE.search(data[:2048])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def load_posting(path: str | Path) -> JobPosting:
    """Read a posting file: ``.toml`` or ``.json`` (fields of :class:`JobPosting`), or ``.txt`` / ``.md`` text, or
    an ``.html`` / ``.htm`` page (read as HTML by :func:`parse_posting`, whatever it starts with; UTF-8, or the
    encoding its ``<meta charset>`` declares).

    Args:
        path: The file.

    Returns:
        The validated posting.

    Raises:
        InvalidFileError: the file is missing, empty, not valid TOML/JSON/UTF-8, of an unknown kind (a PDF or
            Word document: the message says which kinds are read), or a field is invalid; the message names the
            file and every bad field, e.g.
            ``posting.toml: field 'salary.min': Input should be a valid number ...``.

    Example:
        >>> import pathlib, tempfile
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "p.toml"
        >>> _ = p.write_text('title = "Data Scientist"\\nseries = "1560"\\n')
        >>> load_posting(p).series
        '1560'
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidFileError(path, "does not exist" if not path.exists() else "is not a file")
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json", *_TEXT_SUFFIXES, *_HTML_SUFFIXES):
        kind = _DOCUMENT_KINDS.get(suffix)
        problem = (f"is a {kind}, which skillhire does not read; save the announcement as HTML (.html), text (.txt) "
                   f"or Markdown (.md), or write its fields in .toml or .json" if kind
                   else f"unknown posting file kind {suffix or '(none)'!r}; {_KINDS_READ}")
        raise InvalidFileError(path, problem)
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        raise InvalidFileError(path, f"is a PDF document, not text, whatever its name; {_KINDS_READ}")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        declared = _declared_charset(data) if suffix in _HTML_SUFFIXES else None
        if declared in (None, "utf-8"):
            raise InvalidFileError(path, f"is not UTF-8 text ({error.reason} at byte {error.start})") from None
        try:
            raw = data.decode(declared)
        except UnicodeDecodeError as again:
            raise InvalidFileError(path, f"is not {declared} text as its <meta charset> says ({again.reason} at byte "
                                         f"{again.start})") from None
    if not raw.strip():
        raise InvalidFileError(path, "is empty")
    if suffix in _TEXT_SUFFIXES or suffix in _HTML_SUFFIXES:
        try:
            # an .html file is HTML whatever it starts with (a page saved with text before its first tag)
            return _parse_posting(raw, html=True if suffix in _HTML_SUFFIXES else None)
        except EmptyTextError:
            raise InvalidFileError(path, "shows no text (an HTML page with nothing but markup, scripts or styles)") \
                from None
        except ValidationError as error:
            raise InvalidFileError(path, _validation_message(error)) from None
    try:
        data = tomllib.loads(raw) if suffix == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InvalidFileError(path, f"is not valid {suffix[1:].upper()}: {error}") from None
    if not isinstance(data, dict):
        raise InvalidFileError(path, f"must hold one posting (a table/object), not a {type(data).__name__}")
    if "posting" in data and isinstance(data["posting"], dict) and len(data) == 1:
        data = data["posting"]
    try:
        return JobPosting.model_validate(data, context=WRITTEN)
    except ValidationError as error:
        raise InvalidFileError(path, _validation_message(error)) from None


def validation_problem(item: Mapping[str, Any]) -> str:
    """pydantic's message for one error of a posting, naming the value given (``... (got 'lots')``).

    The value is added for plain values that pydantic's message does not already quote (not for a missing
    or unknown field, and not for skillhire's own validators, whose messages name the value themselves);
    text is cut to 60 characters.
    """
    message = str(item["msg"]).removeprefix("Value error, ")  # pydantic's prefix for a validator's ValueError
    value = item.get("input")
    if item.get("type") in ("missing", "extra_forbidden", "value_error", "assertion_error"):
        return message
    if isinstance(value, str):
        return f"{message} (got {(value if len(value) <= 60 else value[:57] + '...')!r})"
    if isinstance(value, (bool, int, float, dt.date)):
        return f"{message} (got {value!r})"
    return message


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model whose fields sit at ``loc`` in a posting ('participating_agencies', 0 -> ParticipatingAgency)."""
    import typing

    model: type[BaseModel] = JobPosting
    for part in loc:
        field = model.model_fields.get(str(part))
        if field is None:
            continue  # a list index
        pending, found = [field.annotation], None
        while pending and found is None:
            kind = pending.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                found = kind
            else:
                pending.extend(typing.get_args(kind))
        if found is None:
            break
        model = found
    return model


def _validation_message(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        loc = ".".join(str(part) for part in item["loc"])
        where = f"field {loc!r}" if loc else "posting"
        message = validation_problem(item)
        if item["type"] == "extra_forbidden":
            valid = sorted(_model_at(item["loc"][:-1]).model_fields)  # a participating agency's, a salary's
            close = difflib.get_close_matches(str(item["loc"][-1]), valid, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            message = f"unknown field.{hint} Valid fields: {', '.join(valid)}"
        problems.append(f"{where}: {message}")
    return "; ".join(problems)
