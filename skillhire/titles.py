"""Federal job titles to private-sector working titles and O*NET-SOC occupations.

Federal announcements carry official class titles ("IT Specialist (APPSW)", "Supervisory Management and
Program Analyst", "GS-2210-13"); job seekers search for working titles ("Software Engineer"). 5 U.S.C.
5105(c) lets agencies use such organizational titles "for public convenience", and SME-QA guidance asks for
titles common in the private sector. This module:

1. parses a federal title as it really appears (:func:`parse_title`): any case, abbreviations ("IT Spec",
   "Mgmt & Prog Analyst"), 2210 specialty parentheticals coded or spelled out ("(APPSW/INFOSEC)",
   "(Data Management)"), pay plan, series and grade ("GS-2210-13"), hiring paths ("(Direct Hire)") and
   announcement noise;
2. decides the working title and O*NET-SOC 2018 occupation (:func:`translate_title`), from the bundled
   OPM series crosswalk (:mod:`skillhire.series`) when the title or series is a known federal one, and from
   the bundled O*NET 29.2 title index (alternate and reported titles, matched with rapidfuzz) otherwise;
3. adds seniority from the grade, manager titles for supervisory positions, ranked alternatives, a 0-100
   score and the reasons, and flags low-confidence results (with a :class:`SkillhireWarning`);
4. translates many titles at once (:func:`translate_titles`) with one vectorised ``rapidfuzz.process.cdist``
   over the titles that need fuzzy matching, each distinct title translated once;
5. translates a title column of a spreadsheet (:func:`translate_title_sheet`), losing no row.

>>> match = translate_title("IT Specialist (APPSW)", grade="GS-13")
>>> match.title, match.soc_code, match.seniority
('Senior Software Engineer', '15-1252.00', 'senior')
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import math
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from skillhire._resources import data_dir
from skillhire.errors import (
    InvalidGradeError,
    InvalidTitleError,
    SkillhireWarning,
    UnknownSeriesError,
)
from skillhire.series import (
    TITLES_FOLDER,
    SeriesInfo,
    SpecialtyInfo,
    list_series,
    normalize_series,
    series_info,
)

__all__ = [
    "ParsedTitle",
    "Seniority",
    "TitleCandidate",
    "TitleMatch",
    "TitleMatches",
    "TitleOptions",
    "TitleSheetResult",
    "onet_attribution",
    "parse_title",
    "translate_title",
    "translate_title_sheet",
    "translate_titles",
]

INDEX_FILE = "onet-title-index.json.gz"
SPELLING_MIN = 85  # similarity at which an unknown word is read as a misspelling of an index word
FEDERAL_FUZZY_MIN = 90  # token-sort similarity at which a title counts as a misspelt federal class title
FIRST_STAGE = 20  # candidates per title from the vectorised cdist pass
FIRST_STAGE_CUTOFF = 40  # token-sort similarity below which the cdist pass drops a candidate
POSTING_LIMIT = 60  # titles per word considered when re-ranking fuzzy candidates

Seniority = Literal["entry", "associate", "mid", "senior", "lead", "principal"]
SENIORITY_ORDER: tuple[str, ...] = ("entry", "associate", "mid", "senior", "lead", "principal")

# --------------------------------------------------------------------------------------------------------
# Models


class TitleOptions(BaseModel):
    """Tunables of title translation; every field has a default a hiring team can override.

    Example:
        >>> TitleOptions(seniority_labels={"lead": "Staff"}).seniority_labels["lead"]
        'Staff'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    grade_seniority: dict[int, Seniority] = Field(
        default={
            1: "entry", 2: "entry", 3: "entry", 4: "entry", 5: "associate", 6: "associate", 7: "associate",
            8: "mid", 9: "mid", 10: "mid", 11: "mid", 12: "mid", 13: "senior", 14: "lead", 15: "principal",
        },
        description="General Schedule grade -> seniority level (GS-5/7 associate, GS-13 senior, GS-14 lead, GS-15 principal).",
    )
    seniority_labels: dict[str, str] = Field(
        default={"entry": "Entry-Level", "associate": "Associate", "mid": "", "senior": "Senior", "lead": "Lead",
                 "principal": "Principal"},
        description="Seniority level -> word put in the working title ('' adds none). Partial dicts update the defaults.",
    )
    manager_seniority_labels: dict[str, str] = Field(
        default={"entry": "", "associate": "", "mid": "", "senior": "", "lead": "Senior", "principal": "Senior"},
        description="Seniority level -> word put before a manager title (supervisory positions).",
    )
    title_format: str = Field(
        default="{seniority} {title}",
        description="How seniority and title combine; must contain '{title}' and may contain '{seniority}'.",
    )
    include_seniority: bool = Field(default=True, description="Put the seniority word into the working title.")
    min_confident_score: float = Field(
        default=75.0, ge=0, le=100, description="Scores below this are low-confidence (flagged and warned about)."
    )
    min_candidate_score: float = Field(
        default=55.0, ge=0, le=100, description="Fuzzy O*NET candidates scoring below this are not offered at all."
    )
    max_alternatives: int = Field(default=5, ge=0, le=50, description="How many ranked alternatives to return.")
    series_boost: float = Field(
        default=6.0, ge=0, le=50, description="Points added to fuzzy O*NET candidates whose SOC code the series has."
    )
    unknown_series_score_cap: float = Field(
        default=60.0, ge=0, le=100, description="Highest score a title given with an unknown series can get."
    )

    @field_validator("seniority_labels", "manager_seniority_labels", mode="before")
    @classmethod
    def _merge_defaults(cls, value: Any, info: Any) -> Any:
        if not isinstance(value, dict):
            return value
        defaults = cls.model_fields[info.field_name].default
        unknown = set(value) - set(SENIORITY_ORDER)
        if unknown:
            raise ValueError(f"unknown seniority level(s) {sorted(unknown)}; valid: {', '.join(SENIORITY_ORDER)}")
        return {**defaults, **value}

    @field_validator("title_format")
    @classmethod
    def _check_format(cls, value: str) -> str:
        if "{title}" not in value:
            raise ValueError("title_format must contain '{title}'")
        try:
            value.format(title="t", seniority="s")
        except (KeyError, IndexError, ValueError) as error:
            raise ValueError(f"title_format may only use {{title}} and {{seniority}}: {error}") from None
        return value


class ParsedTitle(BaseModel):
    """What the parser recognised in a federal title, before any matching."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(description="The title exactly as given.")
    core: str = Field(description="The title with codes, grades, parentheticals, prefixes and noise removed, "
                                  "abbreviations expanded and properly cased ('Information Technology Specialist').")
    key: str = Field(description="The normalised matching key of `core` (lower case, abbreviations expanded).")
    pay_plan: str | None = Field(description="Pay plan found in the title ('GS', 'CG', 'NF'), or None.")
    series: str | None = Field(description="Four-digit series found in the title ('2210'), or None.")
    grades: tuple[int, ...] = Field(description="Grades found in the title, in order ((7, 9, 11, 12) for 07/09/11/12).")
    specialties: tuple[str, ...] = Field(description="2210 specialty codes recognised, in order ('APPSW', 'INFOSEC').")
    specialty_spellings: tuple[str, ...] = Field(description="How each specialty was written in the title.")
    qualifiers: tuple[str, ...] = Field(
        description="Other parentheticals or trailing parts kept as possible organizational titles or fields "
                    "('Web Developer', 'Data Analytics')."
    )
    other_titles: tuple[str, ...] = Field(description="Further titles of a multi-title announcement ('Computer Engineer').")
    hiring_paths: tuple[str, ...] = Field(description="Hiring paths and appointment notes recognised ('Direct Hire').")
    supervisory: bool = Field(description="The title says Supervisory (or an abbreviation of it).")
    lead: bool = Field(description="The title says Lead (a team leader).")
    title_seniority: Seniority | None = Field(description="Seniority stated by a word in the title (Senior, Principal).")
    trainee: bool = Field(description="A student trainee or intern position.")
    removed: tuple[str, ...] = Field(description="Pieces dropped as announcement noise, for the reasons.")


class TitleCandidate(BaseModel):
    """One ranked candidate occupation for a title."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(description="Working title of this candidate, properly cased.")
    soc_code: str = Field(description="O*NET-SOC 2018 code, e.g. '15-1252.00'.")
    soc_title: str = Field(description="O*NET occupation title, e.g. 'Software Developers'.")
    score: float = Field(ge=0, le=100, description="How well this candidate fits, 0-100.")
    source: str = Field(description="What proposed it: 'series 2210 APPSW', 'O*NET index', ...")


class TitleMatch(BaseModel):
    """A federal title translated into a private-sector working title and an O*NET-SOC occupation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input: str = Field(description="The title as given.")
    title: str = Field(description="The working title, with seniority ('Senior Software Engineer'); never a code, "
                                   "grade, parenthesis or all-caps.")
    base_title: str = Field(description="The working title without seniority ('Software Engineer').")
    seniority: Seniority | None = Field(description="Seniority level from the grade or title, or None when unknown.")
    supervisory: bool = Field(description="A supervisory position, given a manager title.")
    soc_code: str | None = Field(description="O*NET-SOC 2018 code ('15-1252.00'), or None when nothing fits.")
    soc_title: str | None = Field(description="O*NET occupation title ('Software Developers'), or None.")
    series: str | None = Field(description="OPM series the decision used or recognised, or None.")
    specialty: str | None = Field(description="2210 specialty code that decided, or None.")
    grade: int | None = Field(description="The grade that set the seniority (GS or equivalent), or None.")
    score: float = Field(ge=0, le=100, description="Confidence in `soc_code` and `title`, 0-100.")
    low_confidence: bool = Field(description="True when the score is below the options' `min_confident_score`.")
    alternatives: tuple[TitleCandidate, ...] = Field(description="Further candidates, best first, excluding the answer.")
    reasons: tuple[str, ...] = Field(description="What was recognised and which rule or data row decided, in order.")
    parsed: ParsedTitle = Field(description="What the parser recognised.")

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter; every value is escaped."""
        e = html.escape
        rows = [
            ("Input", e(self.input)),
            ("Working title", f"<b>{e(self.title)}</b>"),
            ("O*NET-SOC", e(f"{self.soc_code} {self.soc_title}" if self.soc_code else "(none)")),
            ("Series", e(self.series or "")),
            ("Seniority", e(self.seniority or "")),
            ("Score", e(f"{self.score:.0f}" + (" (low confidence)" if self.low_confidence else ""))),
            ("Reasons", "<ul>" + "".join(f"<li>{e(r)}</li>" for r in self.reasons) + "</ul>"),
        ]
        if self.alternatives:
            alts = "".join(f"<li>{e(a.title)} ({e(a.soc_code)}, {a.score:.0f})</li>" for a in self.alternatives)
            rows.append(("Alternatives", f"<ol>{alts}</ol>"))
        body = "".join(f"<tr><th style='text-align:left'>{k}</th><td style='text-align:left'>{v}</td></tr>"
                       for k, v in rows)
        return f"<table>{body}</table>"


class TitleMatches(BaseModel):
    """The results of :func:`translate_titles`, in input order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    matches: tuple[TitleMatch, ...] = Field(description="One match per input title, in input order.")

    def __len__(self) -> int:
        return len(self.matches)

    def __iter__(self) -> Iterator[TitleMatch]:  # type: ignore[override]
        return iter(self.matches)

    def __getitem__(self, index: int) -> TitleMatch:
        return self.matches[index]

    @property
    def low_confidence(self) -> list[int]:
        """Positions (0-based) of the low-confidence matches."""
        return [i for i, match in enumerate(self.matches) if match.low_confidence]

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per match (input, title, seniority, soc_code, soc_title, series, specialty, score,
        low_confidence, alternatives, reasons), as a spreadsheet row."""
        return [_record(match) for match in self.matches]

    def to_pandas(self):  # -> pandas.DataFrame
        """The matches as a pandas DataFrame, one row per input title (needs the ``pandas`` extra).

        Raises:
            ImportError: pandas is not installed; the message says how to install it.
        """
        try:
            import pandas as pd
        except ImportError as error:  # pragma: no cover - depends on the environment
            raise ImportError(
                "TitleMatches.to_pandas() needs pandas: pip install 'skillhire[pandas]'"
            ) from error
        return pd.DataFrame.from_records(self.to_records(), columns=RECORD_COLUMNS)

    def _repr_html_(self) -> str:
        e = html.escape
        head = "".join(f"<th>{e(c)}</th>" for c in ("input", "title", "soc_code", "soc_title", "score"))
        rows = "".join(
            "<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in (
                m.input, m.title, m.soc_code or "", m.soc_title or "", f"{m.score:.0f}" + ("*" if m.low_confidence else "")
            )) + "</tr>"
            for m in self.matches[:200]
        )
        more = f"<p>{len(self.matches) - 200} more rows</p>" if len(self.matches) > 200 else ""
        return f"<table><tr>{head}</tr>{rows}</table>{more}"


RECORD_COLUMNS = (
    "input", "title", "base_title", "seniority", "supervisory", "soc_code", "soc_title", "series", "specialty",
    "grade", "score", "low_confidence", "alternatives", "reasons",
)


def _record(match: TitleMatch) -> dict[str, Any]:
    return {
        "input": match.input,
        "title": match.title,
        "base_title": match.base_title,
        "seniority": match.seniority or "",
        "supervisory": match.supervisory,
        "soc_code": match.soc_code or "",
        "soc_title": match.soc_title or "",
        "series": match.series or "",
        "specialty": match.specialty or "",
        "grade": match.grade if match.grade is not None else "",
        "score": round(match.score, 1),
        "low_confidence": match.low_confidence,
        "alternatives": "; ".join(f"{a.title} ({a.soc_code}, {a.score:.0f})" for a in match.alternatives),
        "reasons": "; ".join(match.reasons),
    }


# --------------------------------------------------------------------------------------------------------
# Normalisation: abbreviations, casing, matching keys

# Abbreviations seen in federal titles -> the words they stand for (lower case). Sources: USAJOBS titles in
# the development corpus; OPM's own abbreviations ("Supv", "Mgmt") in position titles.
ABBREVIATIONS: dict[str, str] = {
    "it": "information technology", "i.t.": "information technology", "spec": "specialist", "specl": "specialist",
    "spc": "specialist", "splst": "specialist", "spclst": "specialist", "specs": "specialist", "mgmt": "management",
    "mgt": "management", "mgmnt": "management", "mngmt": "management", "prog": "program", "pgm": "program",
    "prgm": "program", "anlst": "analyst", "analy": "analyst", "anal": "analyst", "rep": "representative",
    "reps": "representative", "repr": "representative", "sr": "senior", "supv": "supervisory",
    "supvy": "supervisory", "supvr": "supervisory", "sup": "supervisory", "spvy": "supervisory",
    "ops": "operations", "oper": "operations", "res": "research", "rsch": "research", "info": "information",
    "engr": "engineer", "eng": "engineer", "mgr": "manager", "asst": "assistant", "ofcr": "officer",
    "offr": "officer", "dir": "director", "coord": "coordinator", "hr": "human resources",
    "cx": "customer experience", "ux": "user experience", "comp": "computer", "sci": "scientist",
    "elec": "electronics", "tech": "technician", "admin": "administrative", "sys": "systems", "svc": "service",
    "svcs": "services", "cust": "customer", "dev": "developer", "devel": "developer",
    "ctr": "contract", "contr": "contract", "acctg": "accounting", "prgrm": "program", "pm": "project manager",
    "gen": "general", "aero": "aerospace", "ana": "analyst", "instr": "instructional", "trng": "training", "sec": "security", "cyber": "cybersecurity", "adviser": "advisor", "advisers": "advisors",
}
# Words that stay upper case in a working title.
ACRONYMS = frozenset({
    "IT", "HR", "CX", "UX", "UI", "AI", "ML", "GIS", "QA", "SOC", "CIO", "CTO", "CFO", "CISO", "CDO", "IOS", "SQL",
    "ERP", "SAP", "CRM", "API", "DevOps", "DevSecOps", "FP&A", "NLP", "EEO", "PR", "IRS", "VA", "US", "USA", "NASA",
    # acronyms in O*NET 29.2's Alternate Titles.txt (COO, DBA, HRIS, ISSO, CISSP) and in federal usage (ISSM,
    # DoD's information system security manager; SME, subject-matter expert, as in OPM's SME-QA)
    "COO", "DBA", "HRIS", "ISSO", "ISSM", "CISSP", "SME",
})
_ACRONYMS_UPPER = {a.upper(): a for a in ACRONYMS}
SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "to", "or", "a", "an", "on", "at", "by", "with"})

_WORD_RE = re.compile(r"[a-z0-9][a-z0-9+#.']*", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_HAS_DIGIT = re.compile(r"\d")


# Multi-word abbreviations, replaced before the word-by-word ones.
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\binfo(?:rmation)?\.?\s+tech(?:nology)?\b\.?", re.IGNORECASE), "IT"),
    (re.compile(r"\bi\.\s?t\.?(?=\s|$)", re.IGNORECASE), "IT"),
    (re.compile(r"\bops\.?\s+res(?:earch)?\b\.?\s+(?:ana|anal|anlst|analyst)\b", re.IGNORECASE), "operations research analyst"),
    (re.compile(r"\bwriter[\s-]+editor\b", re.IGNORECASE), "writer editor"),
)


def _words(text: str) -> list[str]:
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    return [w.strip(".'") for w in _WORD_RE.findall(text.replace("&", " and ")) if w.strip(".'")]


@functools.lru_cache(maxsize=131072)
def normalize_key(text: str) -> str:
    """The matching key of a title: lower case, '&' as 'and', abbreviations expanded, punctuation dropped.

    Example:
        >>> normalize_key("Mgmt & Prog Analyst")
        'management and program analyst'
    """
    out: list[str] = []
    words = [w.lower() for w in _words(text.lower())]
    for i, word in enumerate(words):
        if word == "admin" and i == len(words) - 1:
            out.append("administrator")  # "Sys Admin" is a person; "Admin Officer" is administrative
        else:
            out.append(ABBREVIATIONS.get(word, word))
    return " ".join(out)


def _sorted_key(key: str) -> str:
    return " ".join(sorted(key.split()))


@functools.lru_cache(maxsize=65536)
def smart_case(text: str) -> str:
    """Title case for a working title: acronyms upper case, small words lower case, never all caps.

    Example:
        >>> smart_case("INFORMATION TECHNOLOGY SPECIALIST")
        'Information Technology Specialist'
    """
    acronyms = _ACRONYMS_UPPER
    shouting = not any(c.islower() for c in text)
    parts = re.split(r"(\s+|-|/)", _SPACE_RE.sub(" ", text).strip())
    out: list[str] = []
    first = True
    for part in parts:
        if not part or part.isspace() or part in {"-", "/"}:
            out.append(part)
            continue
        upper = part.upper()
        if upper in acronyms:
            out.append(acronyms[upper])
        elif not first and part.lower() in SMALL_WORDS:
            out.append(part.lower())
        elif not shouting and any(c.isupper() for c in part[1:]):
            out.append(part)  # an acronym or brand the writer cased on purpose: "RN", "eLearning", "iOS"
        else:
            out.append(part[:1].upper() + part[1:].lower())
        first = False
    return "".join(out)


# --------------------------------------------------------------------------------------------------------
# Parsing

# GS-equivalent pay plans: their grades map to seniority. (GS General Schedule; GG/GL/GM GS-like; CG FDIC
# corporate grades track the GS scale.) Other plans (NF, NH, ZP, ...) are pay bands: recorded, not mapped.
GS_LIKE_PLANS = frozenset({"GS", "GG", "GL", "GM", "CG"})
# Pay plans a posting may name that titles are not parsed for (their letters read as words too often: "PD"
# is a position description). Source: the Plum Book's pay plan legend (United States Government Policy and
# Supporting Positions, GPO-PLUMBOOK-2020: AD, ES, EX, FA Foreign Service chiefs of mission, FE Senior
# Foreign Service, FP Foreign Service, PD, SL, TM, VH). OPM's full list is the Guide to Data Standards,
# Part A, "Pay Plan"; a two-letter plan on neither list is reported by the rendering checks, not refused.
OTHER_PAY_PLANS = frozenset({"EX", "FA", "FE", "PD", "TM", "VH"})
PAY_PLANS = (
    "GS|GG|GL|GM|CG|NF|NH|NJ|NK|NT|ND|NM|NO|NP|NR|ZA|ZP|ZS|ZT|DB|DE|DJ|DK|DR|VN|AD|SV|SK|FV|FG|FP|IR|IA|YA|YB|YC|"
    "YD|YE|YF|YH|YP|ES|SL|ST|WG|WL|WS|EG|EN|EP"
)
_PLAN_SERIES_GRADE = re.compile(
    rf"\b(?P<plan>{PAY_PLANS})[\s-]*(?P<series>[0-2]\d{{3}})(?:[\s-]+(?P<grades>\d{{1,2}}(?:\s*/\s*\d{{1,2}})*))?\b",
    re.IGNORECASE,
)
_PLAN_GRADE = re.compile(rf"\b(?P<plan>{PAY_PLANS})[\s-]*(?P<grades>\d{{1,2}}(?:\s*/\s*\d{{1,2}})*)\b", re.IGNORECASE)
_SERIES_WORD = re.compile(r"\b(?:series|occupational series)\s*:?\s*(?P<series>[0-2]\d{3})\b|\b(?P<series2>[0-2]\d{3})\s+series\b",
                          re.IGNORECASE)
_BARE_SERIES = re.compile(r"^\s*(?P<series>[0-2]\d{3})\s*$")

# Hiring paths and appointment notes (USAJOBS hiring paths and appointment types; OPM hiring authorities).
HIRING_PATHS: tuple[tuple[str, str], ...] = (
    (r"direct[\s-]*hire(?:\s+authority)?|\bdha\b", "Direct Hire"),
    (r"expedited\s+hir(?:e|ing)", "Expedited Hire"),
    (r"pathways?(?:\s+program)?", "Pathways"),
    (r"recent\s+grad(?:uate)?s?", "Recent Graduates"),
    (r"presidential\s+management\s+fellows?|\bpmf\b", "Presidential Management Fellows"),
    (r"temp(?:orary)?\.?\s+prom(?:otion)?\.?", "Temporary Promotion"),
    (r"\bnte\b\s*\d*\s*(?:years?|yrs?|months?|mos?|days?)?|not\s+to\s+exceed\s*\d*\s*(?:years?|months?|days?)?",
     "Not To Exceed"),
    (r"term\s+appointment|\bterm\b", "Term"),
    (r"\btemporary\b|\btemp\b", "Temporary"),
    (r"intermittent", "Intermittent"),
    (r"seasonal", "Seasonal"),
    (r"part[\s-]*time", "Part-Time"),
    (r"full[\s-]*time", "Full-Time"),
    (r"open\s+continuous(?:ly)?|open\s+until\s+filled", "Open Continuous"),
    (r"public\s+notice(?:\s+for)?", "Public Notice"),
    (r"local\s+hire", "Local Hire"),
    (r"merit\s+promotion|\bmp\b", "Merit Promotion"),
    (r"delegated\s+examining|\bde\b", "Delegated Examining"),
    (r"schedule\s+a\b", "Schedule A"),
    (r"\bvra\b|\bveoa\b", "Veterans Authority"),
    (r"status\s+candidates?|all\s+sources|open\s+to\s+the\s+public|us\s+citizens|internal(?:\s+only)?", "Area of Consideration"),
    (r"multiple\s+(?:positions|vacancies|locations|grades)", "Multiple Vacancies"),
    (r"remote(?:\s+eligible)?|telework(?:\s+eligible)?", "Remote or Telework"),
    (r"career\s+ladder", "Career Ladder"),
    (r"title\s+(?:5|32|38|42)\b|\bt(?:5|32|38)\b|dual\s+status", "Appointment Authority"),
    (r"reemployed\s+annuitant", "Reemployed Annuitant"),
    (r"cyber\s+excepted\s+service|\bces\b|excepted\s+service", "Excepted Service"),
    (r"bilingual(?:\s*[-/(]?\s*(?:spanish|english|french|chinese|mandarin|cantonese|vietnamese|korean|arabic|"
     r"russian|tagalog|creole|portuguese|japanese|navajo)\)?)?", "Bilingual"),
)
_PATH_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), name) for pattern, name in HIRING_PATHS)
_PATH_ALTERNATION = "|".join(f"(?:{p})" for p, _ in HIRING_PATHS)
# Hiring paths are stripped only at the end of a piece of title, or at its start for the phrases that
# lead titles ("Local Hire (...)", "Public Notice for ..."), never from the middle ("Long Term Care Nurse",
# "Remote Sensing Scientist", "Internal Auditor" keep their words).
_PATH_TRAILING = re.compile(rf"(?:^|[\s,;:-]+)(?:{_PATH_ALTERNATION})[\s.,;:-]*$", re.IGNORECASE)
_PATH_LEADING = re.compile(
    r"^(?:local\s+hire|public\s+notice(?:\s+for)?|direct[\s-]*hire|expedited\s+hir(?:e|ing)|pathways?|"
    r"recent\s+grad(?:uate)?s?)\b[\s:,-]*",
    re.IGNORECASE,
)


def _strip_paths(text: str, paths: list[str], removed: list[str]) -> str:
    """Remove hiring-path phrases from the end (and leading-type ones from the start) of ``text``."""
    while True:
        match = _PATH_TRAILING.search(text) or _PATH_LEADING.search(text)
        if match is None:
            return text
        rest = (text[:match.start()] + " " + text[match.end():]).strip(" .,;:-")
        if not rest and not _hiring_path(text):
            return text
        phrase = match.group(0).strip(" .,;:-")
        paths.append(_hiring_path(phrase) or smart_case(phrase))
        removed.append(phrase)
        text = rest
        if not text:
            return text

# Leadership roles that name a unit after a comma ("Chief, Data Management Branch").
LEADERSHIP_ROLES = frozenset({
    "director", "deputy director", "associate director", "assistant director", "division director", "chief",
    "deputy chief", "branch chief", "division chief", "section chief", "head", "manager", "team lead",
    "team leader", "program manager",
})
_ORG_WORDS = re.compile(
    r"\b(?:office|division|branch|section|center|centre|team|group|directorate|unit|staff|department|bureau)"
    r"\b(?:\s+(?:of|for))?|\b(?:of|for|the)\b",
    re.IGNORECASE,
)

# Job head nouns: a piece of text ending in one of these reads as a job title on its own.
HEAD_NOUNS = frozenset({
    "specialist", "analyst", "scientist", "engineer", "manager", "officer", "representative", "developer",
    "architect", "administrator", "director", "designer", "strategist", "statistician", "economist", "accountant",
    "auditor", "assistant", "technician", "coordinator", "consultant", "advisor", "adviser", "writer", "editor",
    "librarian", "chemist", "psychologist", "instructor", "trainer", "programmer", "researcher", "lead", "chief",
    "clerk", "agent", "investigator", "inspector", "examiner", "nurse", "physician", "expert", "fellow", "intern",
    "negotiator", "planner", "evaluator", "steward", "owner", "master", "tester", "professional", "associate",
    "supervisor", "head", "executive", "mathematician", "physicist", "biologist", "attorney", "counsel", "paralegal",
    "translator", "interpreter", "journalist", "producer", "illustrator", "photographer", "superintendent",
    "leader", "commissioner", "secretary", "controller", "treasurer", "actuary", "geographer", "historian",
    "archivist", "curator", "teacher", "educator", "counselor", "therapist", "pharmacist", "dietitian", "hygienist",
})
_PREFIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:supervisory|supv|supvy|supvr|spvy|sup)\b\.?\s*", re.IGNORECASE), "supervisory"),
    (re.compile(r"^lead\b\s*", re.IGNORECASE), "lead"),
    (re.compile(r"^(?:senior|sr)\b\.?\s*", re.IGNORECASE), "senior"),
    (re.compile(r"^principal\b\s*", re.IGNORECASE), "principal"),
    (re.compile(r"^(?:junior|jr)\b\.?\s*", re.IGNORECASE), "associate"),
    (re.compile(r"^(?:interdisciplinary|interdisc)\b\s*", re.IGNORECASE), "interdisciplinary"),
    (re.compile(r"^student\s+trainee\b\s*", re.IGNORECASE), "trainee"),
    (re.compile(r"^(?:trainee|intern)\b\s*", re.IGNORECASE), "trainee"),
)
_SENIORITY_WORDS = re.compile(r"^(?:senior|sr\.?|principal|junior|jr\.?|lead)\s+", re.IGNORECASE)


@functools.cache
def _specialty_aliases() -> dict[str, str]:
    """Upper-case spelling (spaces collapsed) -> 2210 specialty code."""
    out: dict[str, str] = {}
    for code, spec in series_info("2210").specialty_details.items():
        for alias in (code, spec.name, *spec.aliases):
            out[_alias_key(alias)] = code
    return out


def _alias_key(text: str) -> str:
    """Specialty spellings compared after the same normalisation as titles ("Info Security" = "INFORMATION SECURITY")."""
    return normalize_key(text).upper()


def _hiring_path(text: str) -> str | None:
    stripped = text.strip(" .,-;:")
    for pattern, name in _PATH_RES:
        if pattern.match(stripped):
            return name
    return None


def parse_title(title: str) -> ParsedTitle:
    """Recognise the parts of a federal job title.

    Args:
        title: A position title as it appears in an announcement, in any case.

    Returns:
        The parsed parts: core title, pay plan, series, grades, 2210 specialties, qualifiers, hiring paths,
        supervisory/lead/seniority words and the noise removed.

    Raises:
        TypeError: ``title`` is not a string.
        InvalidTitleError: ``title`` is empty or holds no words.

    Example:
        >>> p = parse_title("Supv IT Spec (APPSW/INFOSEC), GS-2210-14 (Direct Hire)")
        >>> p.core, p.series, p.grades, p.specialties, p.hiring_paths, p.supervisory
        ('IT Specialist', '2210', (14,), ('APPSW', 'INFOSEC'), ('Direct Hire',), True)
    """
    if not isinstance(title, str):
        raise TypeError(f"title must be a string, not {type(title).__name__}")
    return _parse_cached(title)


@functools.lru_cache(maxsize=65536)
def _parse_cached(title: str) -> ParsedTitle:
    text = unicodedata.normalize("NFKC", title)
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-")
    text = _SPACE_RE.sub(" ", text).strip()
    if not text:
        raise InvalidTitleError(title, "is empty; give a job title such as 'IT Specialist (APPSW)'")

    removed: list[str] = []
    plan: str | None = None
    series: str | None = None
    grades: list[int] = []

    def take_codes(match: re.Match[str]) -> str:
        nonlocal plan, series
        plan = plan or match.group("plan").upper()
        if "series" in match.re.groupindex and match.group("series"):
            series = series or match.group("series")
        if match.group("grades"):
            grades.extend(int(g) for g in re.split(r"\s*/\s*", match.group("grades")))
        removed.append(match.group(0).strip())
        return " "

    text = _PLAN_SERIES_GRADE.sub(take_codes, text)
    text = _PLAN_GRADE.sub(take_codes, text)

    def take_series(match: re.Match[str]) -> str:
        nonlocal series
        series = series or match.group("series") or match.group("series2")
        removed.append(match.group(0).strip())
        return " "

    text = _SERIES_WORD.sub(take_series, text)
    if _BARE_SERIES.match(text):
        series = text.strip()
        removed.append(series)
        text = ""

    # An acronym in parentheses after the words it abbreviates: "Information Technology (IT) Project Manager".
    def drop_acronym(match: re.Match[str]) -> str:
        words = match.group(1).split()
        acronym = match.group(2)
        initials = "".join(w[0] for w in words[-len(acronym):]).upper() if len(words) >= len(acronym) else ""
        return match.group(1) if initials == acronym.upper() else match.group(0)

    text = re.sub(r"((?:[A-Za-z]+\s+){1,6})\(([A-Za-z]{2,6})\)", drop_acronym, text)

    words_left = _SPACE_RE.sub(" ", re.sub(r"[()]", " ", text)).strip(" .,;:-/")  # fallback if all else is noise

    # Parentheticals (also an unclosed one at the end, and "( DATAMGT)" spacing).
    pieces: list[str] = []

    def take_paren(match: re.Match[str]) -> str:
        pieces.append(match.group(1))
        return " , "

    text = re.sub(r"\(([^()]*)\)?", take_paren, text)
    text = text.replace(")", " ")

    specialties: list[str] = []
    spellings: list[str] = []
    qualifiers: list[str] = []
    paths: list[str] = []
    aliases = _specialty_aliases()

    def classify(part: str, *, in_parens: bool) -> bool:
        """Record a piece; True when it was consumed (specialty, path or noise)."""
        part = part.strip(" .,-;:")
        if not part:
            return True
        path = _hiring_path(part)
        if path:
            paths.append(path)
            removed.append(part)
            return True
        key = _alias_key(part)
        code = aliases.get(key)
        if code and (in_parens or key == code):
            if code not in specialties:
                specialties.append(code)
                spellings.append(part)
            return True
        return False

    for piece in pieces:
        whole = piece.strip(" .,-;:")
        if not whole:
            continue
        if classify(whole, in_parens=True):
            continue
        parts = [p for p in re.split(r"\s*[/,;]\s*|\s+&\s+(?=[A-Z]{3,})", whole) if p.strip()]
        # A slash-joined list of specialties ("APPSW/INFOSEC") or of hiring paths.
        if len(parts) > 1 and all(
            _alias_key(p) in aliases or _hiring_path(p) for p in parts
        ):
            for part in parts:
                classify(part, in_parens=True)
            continue
        leftover = _strip_paths(whole, paths, removed)
        leftover = _SPACE_RE.sub(" ", leftover).strip(" .,-;:")
        if not leftover:
            continue
        if re.fullmatch(r"[A-Z]?\d+[A-Z]?|[A-Z]\d+|\d+", leftover):  # "(T32)", "(12)": codes, not titles
            removed.append(leftover)
            continue
        qualifiers.append(leftover)

    # Trailing announcement noise: " - PBGC", ", Census-DE-WKD", a hiring path after a comma.
    segments = [s.strip() for s in re.split(r"\s*,\s*|\s+-\s+", text)]
    core_parts: list[str] = []
    other_titles: list[str] = []
    org_units: list[str] = []
    for segment in segments:
        segment = segment.strip(" .;:")
        if not segment:
            continue
        leftover = _strip_paths(segment, paths, removed)
        leftover = _SPACE_RE.sub(" ", leftover).strip(" .;:-")
        if not leftover:
            continue
        if not core_parts:
            core_parts.append(leftover)
            continue
        if leftover.lower().startswith("or "):
            leftover = leftover[3:]
        words = normalize_key(leftover).split()
        if words and _head_noun(words[-1]):
            other_titles.append(leftover)
        else:
            if not re.fullmatch(r"[A-Z0-9-]{2,}", leftover):
                org_units.append(leftover)
            removed.append(leftover)

    core = _SPACE_RE.sub(" ", core_parts[0] if core_parts else "").strip()
    # "Director, Office of Data Analytics", "Chief, Data Management Branch": a leadership role over a unit.
    leads_unit = False
    if normalize_key(core) in LEADERSHIP_ROLES and org_units:
        unit = _SPACE_RE.sub(" ", _ORG_WORDS.sub(" ", org_units[0])).strip(" ,-")
        if unit:
            qualifiers.insert(0, unit)
            leads_unit = True
            core = ""
    flags = {"supervisory": False, "lead": False, "trainee": False}
    seniority_words: list[str] = []

    def strip_prefixes(text: str) -> str:
        changed = True
        while changed and text:
            changed = False
            for pattern, what in _PREFIXES:
                new = pattern.sub("", text, count=1)
                if new != text:
                    text, changed = new.strip(), True
                    if what in flags:
                        flags[what] = True
                    elif what == "interdisciplinary":
                        removed.append("Interdisciplinary")
                    else:
                        seniority_words.append(what)
                    break
        if re.search(r"\bsupervisor\b", text, re.IGNORECASE):
            flags["supervisory"] = True
            text = re.sub(r"\s*\bsupervisor\b\s*", " ", text, flags=re.IGNORECASE).strip()
        return text

    core = strip_prefixes(core)
    if leads_unit:
        flags["supervisory"] = True
    if not core and qualifiers:  # "Local Hire (Data Analysis Specialist)": the parenthetical is the title
        core = strip_prefixes(qualifiers.pop(0))

    # Multi-title announcements: "Computer Engineer / Computer Scientist", "A or B".
    split = [p.strip() for p in re.split(r"\s*/\s*|\s+or\s+", core) if p.strip()]
    if len(split) > 1 and _ends_in_head_noun(split[0]):
        core = split[0]
        other_titles = [*split[1:], *other_titles]
    # A shared head noun: "Aero, Gen, Comp, Electrical, Electronics Engineers" -> "Aero Engineer".
    if core and not _ends_in_head_noun(core):
        for later in [*other_titles, *removed]:
            words = normalize_key(later).split()
            if words and _head_noun(words[-1]):
                core = f"{core} {_head_noun(words[-1]).title()}"
                break
    if not core and qualifiers:
        core = strip_prefixes(qualifiers.pop(0))
    if not core and other_titles:
        core = strip_prefixes(other_titles.pop(0))
    supervisory, lead, trainee = flags["supervisory"], flags["lead"], flags["trainee"]
    title_seniority: str | None = None
    for word in seniority_words:
        title_seniority = _max_seniority(title_seniority, word)
    key = normalize_key(core)
    if not key and not specialties and normalize_key(words_left):
        # Only hiring-path or noise words ("Term", "Direct Hire"): keep them as the title rather than fail.
        core, key = words_left, normalize_key(words_left)
    if not key and not series and not specialties:
        raise InvalidTitleError(title, "holds no job title words (only codes, grades or punctuation)")
    expanded = " ".join(_expand_for_display(core))
    return ParsedTitle(
        text=title,
        core=smart_case(expanded) if expanded else "",
        key=key,
        pay_plan=plan,
        series=series,
        grades=tuple(grades),
        specialties=tuple(specialties),
        specialty_spellings=tuple(spellings),
        qualifiers=tuple(smart_case(" ".join(_expand_for_display(q))) for q in qualifiers),
        other_titles=tuple(smart_case(" ".join(_expand_for_display(t))) for t in other_titles),
        hiring_paths=tuple(dict.fromkeys(p for p in paths if p)),
        supervisory=supervisory,
        lead=lead,
        title_seniority=title_seniority,  # type: ignore[arg-type]
        trainee=trainee,
        removed=tuple(r for r in removed if r),
    )


# Abbreviations expanded for display, except those that are better left as the acronym. Only unambiguous
# ones are expanded in a working title ("Spec" -> "Specialist"); ambiguous ones ("Tech", "Eng", "Admin",
# "Comp") still help matching but are shown as written.
_DISPLAY_KEEP = frozenset({"it", "hr", "cx", "ux", "pm"})
_DISPLAY_EXPAND = frozenset({
    "spec", "specl", "spc", "splst", "spclst", "specs", "mgmt", "mgt", "mgmnt", "mngmt", "prog", "pgm", "prgm",
    "prgrm", "anlst", "rep", "reps", "repr", "sr", "supv", "supvy", "supvr", "spvy", "ofcr", "offr", "mgr", "asst",
    "coord", "engr", "rsch", "svc", "svcs", "trng", "acctg", "devel", "ops", "info", "sys", "cust", "dir", "instr",
    "aero", "adviser", "advisers",
})


def _expand_for_display(text: str) -> list[str]:
    out: list[str] = []
    words = _words(text)
    for i, word in enumerate(words):
        lower = word.lower()
        if lower == "admin" and i == len(words) - 1:
            out.append("Administrator")
        elif lower in _DISPLAY_KEEP:
            out.append(word.upper())
        else:
            out.append(ABBREVIATIONS[lower] if lower in _DISPLAY_EXPAND else word)
    return out


def _head_noun(word: str) -> str | None:
    """The singular head noun a word is ('engineers' -> 'engineer'), or None."""
    if word in HEAD_NOUNS:
        return word
    if word.endswith("s") and word[:-1] in HEAD_NOUNS:
        return word[:-1]
    return None


def _ends_in_head_noun(text: str) -> bool:
    words = normalize_key(text).split()
    return bool(words) and _head_noun(words[-1]) is not None


def _max_seniority(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if SENIORITY_ORDER.index(a) >= SENIORITY_ORDER.index(b) else b


# --------------------------------------------------------------------------------------------------------
# Bundled data: the series crosswalk as lookup tables, and the O*NET title index


class _SeriesTables:
    """Lookup tables derived once from the series crosswalk."""

    def __init__(self) -> None:
        document = json.loads((data_dir("taxonomies") / TITLES_FOLDER / "series.json").read_text(encoding="utf-8"))
        self.preferred: dict[str, str] = {normalize_key(t): c for t, c in document["preferred_socs"]["titles"].items()}
        # The crosswalk's own manager titles are working titles with a known code too.
        for code in list_series():
            info = series_info(code)
            pairs = [(info.manager_title, info.manager_soc_code)] + [
                (spec.manager_title, spec.manager_soc_code) for spec in info.specialty_details.values()
            ]
            for title, soc in pairs:
                self.preferred.setdefault(normalize_key(title), soc)
        self.federal: dict[str, list[tuple[int, str]]] = {}
        self.working: dict[str, list[str]] = {}
        for code in list_series():
            info = series_info(code)
            names = [*info.federal_titles, f"{info.official_title} Specialist"]
            for position, name in enumerate(names):
                self.federal.setdefault(normalize_key(name), []).append((position, code))
            for name in info.working_titles:
                self.working.setdefault(normalize_key(name), []).append(code)
        for entries in self.federal.values():
            entries.sort()
        self.federal_keys = sorted(self.federal)
        self.federal_sorted = [_sorted_key(k) for k in self.federal_keys]


@functools.cache
def _tables() -> _SeriesTables:
    return _SeriesTables()


class _TitleIndex:
    """The O*NET title index: display titles, SOC codes per title, and matching keys."""

    def __init__(self) -> None:
        raw = (data_dir("taxonomies") / TITLES_FOLDER / INDEX_FILE).read_bytes()
        document = json.loads(gzip.decompress(raw).decode("utf-8"))
        self.occupations: dict[str, str] = document["occupations"]
        self.attribution: str = document["attribution"]
        titles: list[str] = []
        codes: list[tuple[str, ...]] = []
        keys: list[str] = []
        seen: dict[str, int] = {}
        for title, code_text in document["titles"]:
            key = normalize_key(title)
            if not key:
                continue
            entry_codes = tuple(code_text.split())
            if key in seen:  # two spellings with one key ("Cyber Analyst", "Cybersecurity Analyst"): merge codes
                i = seen[key]
                codes[i] = tuple(dict.fromkeys([*codes[i], *entry_codes]))
                if len(title) > len(titles[i]):
                    titles[i] = title  # show the spelled-out form
                continue
            seen[key] = len(titles)
            titles.append(title)
            codes.append(entry_codes)
            keys.append(key)
        self.titles = titles
        self.codes = codes
        self.keys = keys
        self.exact = seen
        self.sorted_keys = [_sorted_key(k) for k in keys]
        self.exact_sorted: dict[str, int] = {}
        for i, k in enumerate(self.sorted_keys):
            self.exact_sorted.setdefault(k, i)
        # Token statistics for re-ranking: inverse document frequency, token sets, and posting lists
        # (shortest titles first, so "Attorney" comes before "Attorney General Investigator").
        self.token_sets = [frozenset(k.split()) for k in keys]
        frequency: dict[str, int] = {}
        for tokens in self.token_sets:
            for token in tokens:
                frequency[token] = frequency.get(token, 0) + 1
        n = len(keys)
        self.idf = {token: math.log((n + 1) / (count + 0.5)) for token, count in frequency.items()}
        self.unknown_idf = math.log((n + 1) / 0.5)
        self.weights = [sum(self.idf[t] for t in tokens) for tokens in self.token_sets]
        postings: dict[str, list[int]] = {}
        for i, tokens in enumerate(self.token_sets):
            for token in tokens:
                postings.setdefault(token, []).append(i)
        self.postings = {t: sorted(ids, key=lambda i: (len(self.token_sets[i]), i))[:POSTING_LIMIT]
                         for t, ids in postings.items()}
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._corrections: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """The index word closest in spelling to ``word`` (similarity >= 85), or ``word`` itself.

        Only words with the same first letter and a length within two are compared (typos rarely change the
        first letter), and each word is corrected once per process.
        """
        from rapidfuzz import fuzz, process

        hit = self._corrections.get(word)
        if hit is not None:
            return hit
        if self._buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for token in sorted(self.idf):
                buckets.setdefault((token[0], len(token)), []).append(token)
            self._buckets = buckets
        choices = [t for n in range(len(word) - 2, len(word) + 3) for t in self._buckets.get((word[0], n), ())]
        best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_MIN) if choices else None
        result = best[0] if best is not None else word
        if len(self._corrections) < 100_000:
            self._corrections[word] = result
        return result

    def rerank(self, query_key: str, first_stage: list[tuple[int, float]], *, limit: int) -> list[tuple[int, float]]:
        """Re-score first-stage candidates plus titles sharing the query's rarest words.

        Score = 35% token-sort character similarity + 65% IDF-weighted word overlap (F1), so a rare shared
        word ("attorney") outweighs a common one ("advisor"), + 5 when the head nouns (last words) agree.
        """
        from rapidfuzz import fuzz

        words = query_key.split()
        if not words:
            return []
        # Spelling: a word O*NET never uses ("sofware") stands for the closest word it does use ("software").
        corrected = [w if w in self.idf or len(w) < 4 else self.correct(w) for w in words]
        if corrected != words:
            query_key = " ".join(corrected)
        q_tokens = frozenset(corrected)
        q_weight = sum(self.idf.get(t, self.unknown_idf) for t in q_tokens)
        candidates = {pos for pos, _ in first_stage}
        known = sorted((t for t in q_tokens if t in self.postings), key=lambda t: -self.idf[t])
        for token in known[:2]:
            candidates.update(self.postings[token])
        q_sorted = _sorted_key(query_key)
        q_head = query_key.split()[-1]
        scored: list[tuple[int, float]] = []
        for pos in candidates:
            shared = q_tokens & self.token_sets[pos]
            if not shared:
                continue
            overlap = sum(self.idf[t] for t in shared)
            recall, precision = overlap / q_weight, overlap / self.weights[pos]
            f1 = 2 * recall * precision / (recall + precision) if overlap else 0.0
            char = fuzz.ratio(q_sorted, self.sorted_keys[pos])
            score = 0.35 * char + 65.0 * f1 + (5.0 if self.keys[pos].rsplit(" ", 1)[-1] == q_head else 0.0)
            scored.append((pos, min(100.0, score)))
        scored.sort(key=lambda p: (-p[1], len(self.token_sets[p[0]]), p[0]))
        return scored[:limit]

    def soc_title(self, code: str) -> str:
        return self.occupations.get(code, code)


@functools.cache
def _index() -> _TitleIndex:
    return _TitleIndex()


def onet_attribution() -> str:
    """The O*NET CC BY 4.0 attribution that the bundled title index carries (show it where results are shown)."""
    return _index().attribution


# --------------------------------------------------------------------------------------------------------
# Fuzzy matching (rapidfuzz, vectorised)


def _fuzzy_top(queries: Sequence[str], choices: Sequence[str], *, limit: int, cutoff: float,
               workers: int = 1) -> list[list[tuple[int, float]]]:
    """For each query, the ``limit`` best choices as (index, score), using one ``process.cdist`` call per chunk.

    Queries and choices are sorted-token keys, so ``fuzz.ratio`` on them is a token-sort ratio.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    results: list[list[tuple[int, float]]] = []
    chunk = 256
    for start in range(0, len(queries), chunk):
        block = list(queries[start:start + chunk])
        matrix = process.cdist(block, choices, scorer=fuzz.ratio, dtype=np.uint8, workers=workers,
                               score_cutoff=int(cutoff))
        # Keep, per row, only scores within 25 points of the row's best (a cheap vectorised mask instead of
        # a full partial sort of every row), then the ``limit`` best of those.
        floor = np.maximum(matrix.max(axis=1).astype(np.int16) - 25, max(int(cutoff), 1)).astype(np.uint8)
        rows, cols = np.nonzero(matrix >= floor[:, None])
        groups = np.split(cols, np.searchsorted(rows, np.arange(1, matrix.shape[0])))
        for r, group in enumerate(groups):
            if len(group) > limit:
                scores = matrix[r, group].astype(np.int16)
                group = group[np.argpartition(-scores, limit - 1)[:limit]]
            pairs = sorted(((int(c), float(matrix[r, c])) for c in group), key=lambda p: (-p[1], p[0]))
            results.append(pairs)
    return results


# --------------------------------------------------------------------------------------------------------
# Translation


def _grade_from_argument(grade: object) -> tuple[str | None, list[int]]:
    """(pay plan, grades) from a ``grade`` argument: 13, "13", "GS-13", "GS-13/14", "GS-2210-13"."""
    if grade is None:
        return None, []
    if isinstance(grade, bool):
        raise TypeError("grade must be an int such as 13 or a string such as 'GS-13', not bool")
    if isinstance(grade, int):
        if not 1 <= grade <= 15:
            raise InvalidGradeError(grade, "is outside the General Schedule grades 1 to 15")
        return "GS", [grade]
    if not isinstance(grade, str):
        raise TypeError(f"grade must be an int such as 13 or a string such as 'GS-13', not {type(grade).__name__}")
    text = grade.strip()
    if re.fullmatch(r"\d{1,2}(?:\s*/\s*\d{1,2})*", text):
        values = [int(g) for g in re.split(r"\s*/\s*", text)]
        plan = "GS"
    else:
        match = _PLAN_SERIES_GRADE.fullmatch(text) or _PLAN_GRADE.fullmatch(text)
        if match is None or not match.group("grades"):
            raise InvalidGradeError(grade, "is not a grade; write it like 13, 'GS-13', 'GS-13/14' or 'GS-2210-13'")
        plan = match.group("plan").upper()
        values = [int(g) for g in re.split(r"\s*/\s*", match.group("grades"))]
    if plan in GS_LIKE_PLANS and any(not 1 <= v <= 15 for v in values):
        raise InvalidGradeError(grade, "is outside the General Schedule grades 1 to 15")
    return plan, values


class _Decision:
    """A working title and SOC code in the making."""

    def __init__(self) -> None:
        self.base_title: str | None = None
        self.soc_code: str | None = None
        self.score: float = 0.0
        self.series: str | None = None
        self.specialty: str | None = None
        self.manager_title: str | None = None
        self.manager_soc: str | None = None
        self.is_manager = False
        self.candidates: list[TitleCandidate] = []
        self.reasons: list[str] = []


def _candidate(title: str, code: str, score: float, source: str) -> TitleCandidate:
    return TitleCandidate(title=title, soc_code=code, soc_title=_index().soc_title(code),
                          score=round(max(0.0, min(100.0, score)), 1), source=source)


def _index_lookup(key: str) -> int | None:
    index = _index()
    hit = index.exact.get(key)
    if hit is None:
        hit = index.exact_sorted.get(_sorted_key(key))
    return hit


def _codes_for_title(key: str, index_pos: int | None) -> list[str]:
    """SOC codes for a title: skillhire's preferred code first, then O*NET's, best-supported first."""
    codes: list[str] = []
    preferred = _tables().preferred.get(key)
    if preferred:
        codes.append(preferred)
    if index_pos is not None:
        codes.extend(c for c in _index().codes[index_pos] if c not in codes)
    return codes


def _title_resolution(text: str, key: str, fuzzy: list[tuple[int, float]] | None) -> tuple[str, list[str], float, str] | None:
    """Resolve a text as a job title on its own: (display title, codes, score, how) or None."""
    if not key:
        return None
    pos = _index_lookup(key)
    if pos is not None or key in _tables().preferred:
        codes = _codes_for_title(key, pos)
        display = smart_case(text) if text else smart_case(_index().titles[pos])  # type: ignore[index]
        return display, codes, 100.0, "exact"
    if fuzzy:
        best_pos, best_score = fuzzy[0]
        return smart_case(_clean_onet_title(_index().titles[best_pos])), _codes_for_title(
            _index().keys[best_pos], best_pos), best_score, "fuzzy"
    return None


def _other_title_candidate(text: str, score: float) -> TitleCandidate | None:
    """A candidate for another title of a multi-title announcement: its series' working title when it is a
    federal class title, else its exact O*NET title."""
    key = normalize_key(text)
    tables = _tables()
    if key in tables.federal:
        info = series_info(tables.federal[key][0][1])
        working = {normalize_key(t): t for t in info.working_titles}
        title = working.get(key, info.working_titles[0])
        codes = _codes_for_title(key, _index_lookup(key))
        in_series = [c for c in codes if c in _series_codes(info.series)]
        return _candidate(title, in_series[0] if in_series else info.soc_codes[0], score, f"series {info.series}")
    pos = _index_lookup(key)
    if pos is not None or key in tables.preferred:
        return _candidate(smart_case(text), _codes_for_title(key, pos)[0], score, "O*NET index")
    return None


def _clean_onet_title(title: str) -> str:
    """An O*NET title usable as a working title: no parenthetical, no supervisory or seniority word."""
    text = _SPACE_RE.sub(" ", re.sub(r"\([^)]*\)", " ", title)).strip()
    stripped = re.sub(r"^(?:supervisory|senior|sr\.?|lead|principal|junior|jr\.?)\s+", "", text, flags=re.IGNORECASE)
    return stripped or text


# Generic federal head nouns that say nothing about the work ("Data Analytics Specialist").
GENERIC_HEADS = frozenset({"specialist", "officer", "professional", "expert"})

# Fields named in parentheses after a class title ("Program Analyst (Data Science)") -> working title.
# skillhire editorial rules: the private-sector title for work in that field.
FIELD_TITLES: dict[str, str] = {
    "data science": "Data Scientist", "data scientist": "Data Scientist", "data analytics": "Data Analyst",
    "data analysis": "Data Analyst", "analytics": "Data Analyst", "data": "Data Analyst",
    "artificial intelligence": "AI Engineer", "ai": "AI Engineer", "machine learning": "Machine Learning Engineer",
    "gis": "GIS Analyst", "geospatial": "GIS Analyst", "informatics": "Informatics Specialist",
    "health informatics": "Health Informatics Specialist", "clinical informatics": "Health Informatics Specialist",
    "customer experience": "Customer Experience Strategist", "user experience": "UX Designer",
    "human centered design": "UX Designer", "product management": "Product Manager",
    "product manager": "Product Manager", "cybersecurity": "Cybersecurity Analyst",
    "digital services": "Digital Services Specialist", "web": "Web Developer",
    "information technology": "IT Specialist", "data management": "Data Management Specialist",
    "information security": "Cybersecurity Analyst", "enterprise architecture": "Enterprise Architect",
    "software development": "Software Engineer", "software engineering": "Software Engineer",
    "data engineering": "Data Engineer",
}
# Series whose class titles say little about the work, so a field in parentheses names the job
# ("Program Analyst (Data Science)"); for other series the field only narrows the work
# ("Electronics Engineer (Communications)" stays an electronics engineer).
QUALIFIER_FUZZY_MIN = 75.0  # re-ranked similarity an organizational title in parentheses needs to decide
GENERALIST_SERIES = frozenset({"0301", "0303", "0340", "0341", "0343", "0501", "1101", "2210"})


def _qualifier_title(qualifier: str) -> tuple[str, str] | None:
    """A parenthetical read as a working title: (title, how) or None."""
    key = normalize_key(qualifier)
    key = _SENIORITY_WORDS.sub("", key)
    words = key.split()
    if words and words[-1] in HEAD_NOUNS and len(words) >= 2:
        return smart_case(" ".join(_expand_for_display(_SENIORITY_WORDS.sub("", qualifier)))), "title"
    if key in FIELD_TITLES:
        return FIELD_TITLES[key], "field"
    return None


def _title_for_code(code: str, titles: Sequence[str]) -> str:
    """A working title for an alternative SOC code: one of ``titles`` whose primary code it is (else one it fits),
    else the occupation's own title in the singular ("Computer Programmers" -> "Computer Programmer")."""
    codes_by_title = [(title, _codes_for_title(normalize_key(title), _index_lookup(normalize_key(title))))
                      for title in titles]
    for title, codes in codes_by_title:
        if codes[:1] == [code]:
            return title
    for title, codes in codes_by_title:
        if code in codes[:3]:
            return title
    occupation = _index().soc_title(code).split(",")[0].strip()
    occupation = re.sub(r"\bOccupations\b", "Specialists", occupation)  # "Computer Occupations, All Other"
    return re.sub(r"[A-Za-z]+", lambda m: _singular_word(m.group(0)), occupation)


_NOT_PLURAL = frozenset({
    "systems", "sales", "operations", "services", "communications", "relations", "resources", "sciences",
    "analytics", "logistics", "economics", "statistics", "mathematics", "electronics", "physics", "news", "arts",
})


def _singular_word(word: str) -> str:
    lower = word.lower()
    if lower in _NOT_PLURAL or lower.endswith(("ss", "us", "is", "ics")) or not lower.endswith("s"):
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


@functools.lru_cache(maxsize=256)
def _series_codes(code: str | None) -> frozenset[str]:
    if code is None:
        return frozenset()
    try:
        info = series_info(code)
    except UnknownSeriesError:
        return frozenset()
    out = set(info.soc_codes) | {info.manager_soc_code}
    for spec in info.specialty_details.values():
        out |= set(spec.soc_codes)
    return frozenset(out)


_MANAGER_FIELDS = {
    "scientist": "Science", "engineer": "Engineering", "developer": "Development", "analyst": "Analytics",
    "designer": "Design", "architect": "Architecture", "administrator": "Administration", "writer": "Content",
    "researcher": "Research", "strategist": "Strategy", "specialist": "", "statistician": "Statistics",
    "representative": "Service", "economist": "Economics", "accountant": "Accounting", "auditor": "Audit",
}


# The SOC 2018 management (11-) or first-line supervisor occupation for staff in an occupation group, used
# when neither the series crosswalk nor O*NET names a manager occupation for a title.
MANAGER_SOC_BY_GROUP: tuple[tuple[str, str], ...] = (
    ("15-1", "11-3021.00"),  # computer occupations -> Computer and Information Systems Managers
    ("15-2", "11-9121.00"),  # mathematical science -> Natural Sciences Managers (incl. statistics)
    ("13-2", "11-3031.00"),  # financial specialists -> Financial Managers
    ("13-1071", "11-3121.00"),  # human resources -> Human Resources Managers
    ("13-1151", "11-3131.00"),  # training -> Training and Development Managers
    ("13-1", "11-1021.00"),  # business operations -> General and Operations Managers
    ("17-", "11-9041.00"),  # engineers -> Architectural and Engineering Managers
    ("19-", "11-9121.00"),  # scientists -> Natural Sciences Managers
    ("27-3", "11-2032.00"),  # media and communication -> Public Relations Managers
    ("29-", "11-9111.00"),  # health practitioners -> Medical and Health Services Managers
    ("43-", "43-1011.00"),  # office support -> First-Line Supervisors of Office and Administrative Support
    ("31-9", "43-1011.00"),  # medical and other healthcare support assistants -> office support supervisors
)


def _manager_soc_for(staff_soc: str | None, manager_title: str) -> str | None:
    """A manager occupation: O*NET's, when it lists the manager title under a management code; else the
    management occupation of the staff occupation's group; else the staff occupation itself."""
    key = normalize_key(manager_title)
    pos = _index_lookup(key)
    if pos is not None or key in _tables().preferred:
        codes = _codes_for_title(key, pos)
        if codes and (codes[0].startswith("11-") or codes[0][3] == "1"):
            return codes[0]
    if staff_soc:
        for prefix, manager_soc in MANAGER_SOC_BY_GROUP:
            if staff_soc.startswith(prefix):
                return manager_soc
    return staff_soc


_SUPERVISOR_HEADS = frozenset({
    "assistant", "technician", "clerk", "aide", "aid", "worker", "operator", "mechanic", "helper", "receptionist",
})


def _manager_title_for(title: str) -> str:
    words = title.split()
    if words and words[-1].lower() in ("manager", "director", "lead", "supervisor"):
        return title
    if words and words[-1].lower() in _SUPERVISOR_HEADS:
        return f"{title} Supervisor"  # support roles are led by supervisors: "Medical Support Assistant Supervisor"
    if len(words) >= 2 and words[-1].lower() in _MANAGER_FIELDS:
        field = _MANAGER_FIELDS[words[-1].lower()]
        return " ".join([*words[:-1], field, "Manager"]).replace("  ", " ") if field else " ".join([*words[:-1], "Manager"])
    return f"{title} Manager"


def _decide(parsed: ParsedTitle, series_hint: str | None, hint_known: bool,
            fuzzy: dict[str, list[tuple[int, float]]], federal_fuzzy: dict[str, tuple[str, float]],
            options: TitleOptions) -> _Decision:
    tables = _tables()
    fuzzy_core = fuzzy.get(parsed.key) if parsed.key else None
    d = _Decision()
    key = parsed.key

    # 1. The title's own series, from the federal titles in the crosswalk.
    title_series: list[str] = []
    title_series_how = ""
    if key in tables.federal:
        title_series = [code for _, code in tables.federal[key]]
        title_series_how = "exact"
    elif key and key in federal_fuzzy:
        federal_key, similarity = federal_fuzzy[key]
        title_series = [code for _, code in tables.federal[federal_key]]
        title_series_how = f"fuzzy {similarity:.0f}"

    # Specialty codes only make sense for 2210.
    is_2210_title = "2210" in title_series
    chosen: str | None = None
    if title_series:
        if series_hint in title_series:
            chosen = series_hint
        elif parsed.specialties and is_2210_title:
            chosen = "2210"
        else:
            chosen = title_series[0]
        how = "matches" if title_series_how == "exact" else f"is close to ({title_series_how})"
        d.reasons.append(f"title {parsed.core!r} {how} a federal title of series {chosen} "
                         f"{series_info(chosen).official_title} (OPM Handbook of Occupational Groups and Families)")
        if series_hint and series_hint != chosen:
            d.reasons.append(f"the given series {series_hint} differs from the title's series {chosen}; the title decides")
    elif series_hint and hint_known:
        chosen = series_hint
    elif parsed.specialties and not key:
        chosen = "2210"

    qualifier_pick: tuple[str, str, str] | None = None  # (qualifier, title, how); a title beats a field
    for q in parsed.qualifiers:
        resolved = _qualifier_title(q)
        if resolved and (qualifier_pick is None or (qualifier_pick[2] == "field" and resolved[1] == "title")):
            qualifier_pick = (q, *resolved)
    if qualifier_pick is None and not title_series and key:
        # A field with a generic federal head noun: "Data Analytics Specialist", "Data Analytics Officer".
        words = key.split()
        field = " ".join(words[:-1])
        if len(words) >= 2 and words[-1] in GENERIC_HEADS and field in FIELD_TITLES:
            qualifier_pick = (parsed.core, FIELD_TITLES[field], "field")
        elif key in FIELD_TITLES and not _ends_in_head_noun(key):
            qualifier_pick = (parsed.core, FIELD_TITLES[key], "field")  # "Student Trainee (Information Technology)"

    core_resolution = None
    if chosen is None:
        core_resolution = _title_resolution(parsed.core, key, fuzzy_core)

    # 2210 titles that name their specialty or role in words: "IT Project Manager", "IT Cybersecurity
    # Specialist", "Information Technology Manager".
    specialties, spellings = list(parsed.specialties), list(parsed.specialty_spellings)
    if chosen == "2210" and not specialties and key:
        rest = " ".join(w for w in key.replace("information technology", " ").split() if w != "specialist")
        code = _specialty_aliases().get(_alias_key(rest)) if rest else None
        if code:
            specialties, spellings = [code], [rest]
        elif rest == "manager":
            info = series_info("2210")
            d.series, d.base_title, d.soc_code = "2210", info.manager_title, info.manager_soc_code
            d.manager_title, d.manager_soc, d.is_manager = info.manager_title, info.manager_soc_code, True
            d.score = 90.0
            d.reasons.append(f"{parsed.core!r} is the 2210 manager title -> {info.manager_title}, "
                             f"{info.manager_soc_code} (series.json 2210)")
            for code in info.soc_codes[:2]:
                d.candidates.append(_candidate(_title_for_code(code, info.working_titles), code, 70.0, "series 2210"))
            return d

    # 2. A 2210 specialty decides.
    if chosen == "2210" and specialties:
        info = series_info("2210")
        spec: SpecialtyInfo = info.specialty_details[specialties[0]]
        d.series, d.specialty = "2210", spec.code
        d.base_title, d.soc_code = spec.working_titles[0], spec.soc_codes[0]
        d.manager_title, d.manager_soc = spec.manager_title, spec.manager_soc_code
        coded = spellings[0].upper().replace(" ", "") == spec.code
        d.score = 98.0 if coded else 96.0
        where = "named in the title" if not parsed.specialties else "parenthetical"
        d.reasons.append(f"2210 specialty {spellings[0]!r} ({where}) = {spec.code} {spec.name} "
                         f"(OPM 2210 Job Family Standard) -> {spec.working_titles[0]}, {spec.soc_codes[0]} "
                         f"(series.json 2210/{spec.code})")
        for other in specialties[1:]:
            o = info.specialty_details[other]
            d.reasons.append(f"also specialty {o.code} {o.name}: offered as an alternative")
            d.candidates.append(_candidate(o.working_titles[0], o.soc_codes[0], d.score - 8, f"series 2210 {o.code}"))
        for i, code in enumerate(spec.soc_codes[1:], start=1):
            d.candidates.append(_candidate(_title_for_code(code, spec.working_titles), code, d.score - 10 - 5 * i,
                                           f"series 2210 {spec.code}"))
        if qualifier_pick and qualifier_pick[2] == "title":
            q_title = qualifier_pick[1]
            q_key = normalize_key(q_title)
            q_codes = _codes_for_title(q_key, _index_lookup(q_key))
            if q_codes and q_codes[0] in _series_codes("2210") | {c for c in q_codes if c.startswith("15-")}:
                d.reasons.append(f"parenthetical {qualifier_pick[0]!r} is an organizational title (5 U.S.C. 5105(c)); "
                                 f"used as the working title")
                d.candidates.insert(0, _candidate(d.base_title, d.soc_code, d.score - 5, f"series 2210 {spec.code}"))
                d.base_title, d.soc_code = q_title, q_codes[0]
                d.manager_title, d.manager_soc = _manager_title_for(q_title), spec.manager_soc_code
        return d

    # 3. A parenthetical that is itself a working title or a field ("(Data Scientist)", "(Data Analytics)").
    if qualifier_pick is not None and qualifier_pick[2] == "field" and chosen and chosen not in GENERALIST_SERIES:
        d.reasons.append(f"parenthetical {qualifier_pick[0]!r} names a field within series {chosen}; the series decides")
        qualifier_pick = None
    elif (qualifier_pick is not None and qualifier_pick[2] == "field" and chosen is None and core_resolution
          and core_resolution[3] == "exact" and qualifier_pick[0] != parsed.core):
        d.reasons.append(f"parenthetical {qualifier_pick[0]!r} names a field of the known title {parsed.core!r}; "
                         "the title decides")
        qualifier_pick = None
    if qualifier_pick is not None:
        q, q_title, how = qualifier_pick
        q_key = normalize_key(q_title)
        q_pos = _index_lookup(q_key)
        q_codes = _codes_for_title(q_key, q_pos)
        if not q_codes and fuzzy.get(q_key) and fuzzy[q_key][0][1] >= QUALIFIER_FUZZY_MIN:
            best_pos = fuzzy[q_key][0][0]
            q_codes = _codes_for_title(_index().keys[best_pos], best_pos)
        if q_codes:
            d.series = chosen
            d.base_title, d.soc_code = q_title, q_codes[0]
            d.score = 90.0 if how == "title" else 88.0
            d.manager_title = None
            where = "parenthetical " if q in parsed.qualifiers else ""
            why = "an organizational title, 5 U.S.C. 5105(c)" if how == "title" else "a field of work; skillhire field rule"
            d.reasons.append(f"{where}{q!r} names the actual job ({why}) -> {q_title}, {q_codes[0]}")
            for code in q_codes[1:3]:
                d.candidates.append(_candidate(q_title, code, d.score - 15, "O*NET index"))
            # Manager title and code: from the series that owns the working title when the posting's series
            # is that series (or no series is known); else from the posting's series.
            owners = tables.working.get(q_key, [])
            owner = series_hint if series_hint in owners else (owners[0] if owners else None)
            d.manager_title = _manager_title_for(q_title)
            if owner and (owner == series_hint or chosen is None):
                o_info = series_info(owner)
                d.manager_soc = o_info.manager_soc_code
                if owner == series_hint or normalize_key(o_info.working_titles[0]) == q_key:
                    d.manager_title = o_info.manager_title
                d.series = owner
            elif chosen:
                d.manager_soc = series_info(chosen).manager_soc_code
            if chosen:
                info = series_info(chosen)
                d.candidates.append(_candidate(info.working_titles[0], info.soc_codes[0], d.score - 10, f"series {chosen}"))
            elif core_resolution:
                ct, cc, cs, _ = core_resolution
                if cc:
                    d.candidates.append(_candidate(ct, cc[0], min(cs, d.score - 10), "O*NET index"))
            return d

    # 4. The series decides (title of a known series, or the given series).
    if chosen is not None:
        info: SeriesInfo = series_info(chosen)
        d.series = chosen
        working_keys = {normalize_key(t): t for t in info.working_titles}
        if key in working_keys:
            d.base_title = working_keys[key]
            codes = _codes_for_title(key, _index_lookup(key))
            in_series = [c for c in codes if c in _series_codes(chosen)]
            d.soc_code = in_series[0] if in_series else info.soc_codes[0]
            d.reasons.append(f"{d.base_title!r} is already a working title of series {chosen}; kept")
        else:
            d.base_title, d.soc_code = info.working_titles[0], info.soc_codes[0]
            d.reasons.append(f"series {chosen} {info.official_title} -> {info.working_titles[0]}, {info.soc_codes[0]} "
                             f"(series.json {chosen})")
        d.manager_title, d.manager_soc = info.manager_title, info.manager_soc_code
        if title_series:
            d.score = 95.0 if title_series_how == "exact" else 90.0
            if len(set(title_series)) > 1 and series_hint not in title_series:
                d.score -= 5
                d.reasons.append(f"the title is used in series {', '.join(title_series)}; {chosen} is the usual one")
                for other in title_series:
                    if other != chosen:
                        o = series_info(other)
                        d.candidates.append(_candidate(o.working_titles[0], o.soc_codes[0], d.score - 10, f"series {other}"))
        else:
            d.score = 72.0
            d.reasons.append(f"title {parsed.core!r} is not a federal title the crosswalk knows; decided by the "
                             f"given series {chosen}" if parsed.core else
                             f"no title words besides the codes; decided by the series {chosen}")
        if chosen == "2210" and not parsed.specialties:
            d.score = min(d.score, 78.0)
            d.reasons.append("no 2210 specialty parenthetical (APPSW, INFOSEC, ...): the series default applies")
        for i, code in enumerate(info.soc_codes):
            if code != d.soc_code:
                alt = _title_for_code(code, info.working_titles)
                d.candidates.append(_candidate(alt, code, d.score - 12 - 4 * i, f"series {chosen}"))
        if not title_series:
            # The O*NET index may know the title better than the series default.
            res = _title_resolution(parsed.core, key, fuzzy_core)
            if res:
                rt, rc, rs, rhow = res
                codes_in_series = [c for c in rc if c in _series_codes(chosen)]
                if rhow == "exact" or rs >= 90:
                    d.candidates.insert(0, _candidate(d.base_title, d.soc_code, d.score - 5, f"series {chosen}"))
                    d.base_title = smart_case(parsed.core) if rhow == "exact" else rt
                    d.soc_code = codes_in_series[0] if codes_in_series else rc[0]
                    d.score = 88.0 if codes_in_series else 80.0
                    d.manager_title = None
                    d.reasons.append(f"O*NET index {'has' if rhow == 'exact' else 'is close to'} the title "
                                     f"({rhow}{'' if rhow == 'exact' else f' {rs:.0f}'}) -> {d.soc_code}")
        return d

    # 5. The O*NET index decides.
    res = core_resolution
    if res is None and parsed.other_titles:
        other = parsed.other_titles[0]
        res = _title_resolution(other, normalize_key(other), None)
    if res is None:
        d.base_title = parsed.core or "Unknown Title"
        d.score = 0.0
        d.reasons.append("no O*NET title is close enough to decide an occupation")
        return d
    rt, rc, rs, rhow = res
    if rhow == "exact":
        d.base_title = smart_case(parsed.core)
        d.soc_code = rc[0]
        share = 1.0 if len(rc) == 1 else None
        preferred = tables.preferred.get(key)
        d.score = 94.0 if (share or preferred) else 86.0
        basis = ("skillhire's preferred code for this title (series.json preferred_socs)" if preferred
                 else "O*NET lists the title under this occupation" if share
                 else f"the best-supported of {len(rc)} O*NET occupations listing this title")
        d.reasons.append(f"O*NET index has the title {rt!r} -> {rc[0]} ({basis})")
        for code in rc[1:]:
            d.candidates.append(_candidate(d.base_title, code, d.score - 14, "O*NET index"))
    else:
        hint_codes = _series_codes(series_hint) if series_hint else set()
        scored: list[tuple[float, int]] = []
        for pos, score in fuzzy_core or []:
            boost = options.series_boost if hint_codes & set(_index().codes[pos]) else 0.0
            scored.append((min(100.0, score + boost), pos))
        scored.sort(key=lambda p: (-p[0], p[1]))
        best_score, best_pos = scored[0]
        best_title = smart_case(_clean_onet_title(_index().titles[best_pos]))
        best_codes = _codes_for_title(_index().keys[best_pos], best_pos)
        d.soc_code = best_codes[0]
        # Keep the user's own title, cleaned; take the index title only when it is the same title with a
        # spelling difference ("Sofware Enginer").
        from rapidfuzz import fuzz

        index_key = _index().keys[best_pos]
        same_words = len(index_key.split()) == len(key.split())
        spelling = fuzz.ratio(key, index_key)
        d.base_title = best_title if ((same_words and spelling >= 88) or not parsed.core) else smart_case(parsed.core)
        d.score = best_score * 0.92
        d.reasons.append(f"closest O*NET title {best_title!r} (similarity {best_score:.0f}: token-sort characters and "
                         f"IDF-weighted shared words) -> {d.soc_code}")
        seen = {d.soc_code}
        for score, pos in scored[1:]:
            for code in _codes_for_title(_index().keys[pos], pos)[:1]:
                if code not in seen:
                    seen.add(code)
                    d.candidates.append(_candidate(smart_case(_clean_onet_title(_index().titles[pos])), code,
                                                   score * 0.92, "O*NET index"))
        for code in best_codes[1:3]:
            if code not in seen:
                seen.add(code)
                d.candidates.append(_candidate(best_title, code, d.score - 10, "O*NET index"))
    return d


def _finish(parsed: ParsedTitle, d: _Decision, *, grade_plan: str | None, grades: list[int], series_hint: str | None,
            hint_known: bool, hint_given: bool, options: TitleOptions) -> TitleMatch:
    reasons = list(d.reasons)
    index = _index()

    # Grade and seniority.
    plan = grade_plan or parsed.pay_plan
    all_grades = grades or list(parsed.grades)
    seniority: str | None = None
    used_grade: int | None = None
    codes_seen = [r for r in parsed.removed if _HAS_DIGIT.search(r)]
    if codes_seen:
        reasons.insert(0, f"recognised and removed pay plan/series/grade code(s): {', '.join(codes_seen)}")
    if all_grades:
        if plan is None or plan in GS_LIKE_PLANS:
            levels = {options.grade_seniority.get(g) for g in all_grades} - {None}
            if len(levels) == 1:
                seniority = levels.pop()
                used_grade = max(all_grades)
                reasons.append(f"grade {plan or 'GS'}-{'/'.join(str(g) for g in all_grades)} -> {seniority} seniority")
            elif levels:
                reasons.append(f"grades {'/'.join(str(g) for g in all_grades)} span several seniority levels; "
                               f"no seniority added")
        else:
            reasons.append(f"pay plan {plan} is not on the General Schedule scale; seniority not inferred from "
                           f"{'/'.join(str(g) for g in all_grades)}")
    if parsed.title_seniority:
        if seniority is None or SENIORITY_ORDER.index(parsed.title_seniority) > SENIORITY_ORDER.index(seniority):
            reasons.append(f"the title says {parsed.title_seniority}")
            seniority = parsed.title_seniority
    if parsed.lead and not parsed.supervisory:
        reasons.append("'Lead' prefix: a team leader -> lead seniority")
        seniority = _max_seniority(seniority, "lead")

    base = d.base_title or parsed.core
    soc = d.soc_code
    supervisory = parsed.supervisory or d.is_manager
    if parsed.supervisory and not d.is_manager:
        manager = d.manager_title or _manager_title_for(base)
        reasons.append(f"'Supervisory' -> manager title {manager!r}")
        if d.soc_code:
            d.candidates.insert(0, _candidate(base, d.soc_code, max(0.0, d.score - 6), "non-supervisory title"))
        base = manager
        if d.manager_soc:
            soc = d.manager_soc
        else:
            soc = _manager_soc_for(d.soc_code, manager)
            if soc != d.soc_code:
                reasons.append(f"manager occupation {soc} {index.soc_title(soc or '')} for staff in {d.soc_code} "
                               "(SOC 2018 management group; skillhire rule)")
    if parsed.trainee:
        reasons.append("'Student Trainee' -> intern title")
        base = f"{base} Intern"
        seniority = None
    if parsed.hiring_paths:
        reasons.append(f"hiring path or appointment noted and left out of the title: {', '.join(parsed.hiring_paths)}")
    if parsed.other_titles:
        reasons.append(f"multi-title announcement: the first title decides; the others are alternatives: "
                       f"{', '.join(parsed.other_titles)}")
        for rank, other in enumerate(parsed.other_titles[:4], start=1):
            resolved = _other_title_candidate(other, max(0.0, d.score - 4 * rank))
            if resolved is not None:
                d.candidates.append(resolved)

    score = d.score
    if hint_given and not hint_known:
        score = min(score, options.unknown_series_score_cap)
        reasons.append(f"series {series_hint!r} is not in skillhire's series crosswalk ({len(list_series())} series; "
                       "see skillhire.list_series()); low confidence")
    score = round(max(0.0, min(100.0, score)), 1)
    low = score < options.min_confident_score
    if low:
        reasons.append(f"score {score:.0f} is below {options.min_confident_score:.0f}: low confidence, check this title")

    label_map = options.manager_seniority_labels if supervisory else options.seniority_labels
    label = label_map.get(seniority, "") if (seniority and options.include_seniority) else ""
    base = _clean_working_title(base)
    if label and base.lower().startswith(label.lower() + " "):
        label = ""
    title = options.title_format.format(title=base, seniority=label) if label else base
    title = _clean_working_title(title)

    alternatives: list[TitleCandidate] = []
    seen = {soc}
    for cand in sorted(d.candidates, key=lambda c: -c.score):
        if cand.soc_code in seen:
            continue
        seen.add(cand.soc_code)
        alternatives.append(cand.model_copy(update={"title": _clean_working_title(cand.title)}))
        if len(alternatives) >= options.max_alternatives:
            break
    return TitleMatch(
        input=parsed.text,
        title=title,
        base_title=base,
        seniority=seniority,  # type: ignore[arg-type]
        supervisory=supervisory,
        soc_code=soc,
        soc_title=index.soc_title(soc) if soc else None,
        series=d.series or parsed.series or (series_hint if hint_known else None),
        specialty=d.specialty,
        grade=used_grade,
        score=score,
        low_confidence=low,
        alternatives=tuple(alternatives),
        reasons=tuple(reasons),
        parsed=parsed,
    )


@functools.lru_cache(maxsize=65536)
def _clean_working_title(title: str) -> str:
    """Guarantee the working-title rules: no parentheses, digits-codes or grades, no all caps."""
    text = re.sub(r"[()\[\]{}]", " ", title)
    text = _PLAN_SERIES_GRADE.sub(" ", text)
    text = _PLAN_GRADE.sub(" ", text)
    text = re.sub(r"\b\d{4}\b", " ", text)
    text = _SPACE_RE.sub(" ", text).strip(" ,-/;:")
    if not text:
        return "Unknown Title"
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and any(len(w) >= 4 for w in re.findall(r"[A-Za-z]+", text)):
        text = smart_case(text)
    return text


@functools.cache
def _known_series() -> frozenset[str]:
    return frozenset(list_series())


def _series_argument(series: str | int | None) -> tuple[str | None, bool, bool]:
    """(normalised series or raw text, known, given) from a ``series`` argument; never raises for unknown ones."""
    if series is None:
        return None, False, False
    if isinstance(series, bool) or not isinstance(series, (str, int)):
        raise TypeError(f"series must be a string or an int such as '2210', not {type(series).__name__}")
    if isinstance(series, str) and not series.strip():
        return None, False, False
    try:
        code = normalize_series(series)
    except UnknownSeriesError:
        return str(series), False, True
    return code, code in _known_series(), True


def translate_title(
    title: str,
    *,
    series: str | int | None = None,
    grade: str | int | None = None,
    options: TitleOptions | None = None,
) -> TitleMatch:
    """Translate one federal job title into a private-sector working title and an O*NET-SOC occupation.

    Args:
        title: The title as it appears ("IT SPECIALIST (INFOSEC)", "Supv Mgmt & Prog Analyst, GS-0343-14").
        series: The position's OPM series, when known (``"2210"``, ``343``). An unknown series never raises:
            the answer is marked low-confidence with a reason.
        grade: The grade (``13``, ``"GS-13"``, ``"GS-13/14"``); overrides a grade found in the title.
        options: Tunables (seniority words, title format, thresholds); defaults when None.

    Returns:
        The working title, seniority, SOC code and title, series, score, alternatives and reasons.

    Raises:
        TypeError: ``title`` is not a string (or ``series``/``grade`` of a wrong type).
        InvalidTitleError: ``title`` is empty or has no words (a ``ValueError``).
        InvalidGradeError: ``grade`` is not a grade (a ``ValueError``).

    Warns:
        SkillhireWarning: the result is low-confidence.

    Example:
        >>> translate_title("Supervisory Management and Program Analyst", grade=14).title
        'Senior Business Operations Manager'
    """
    match = _translate_many([title], [series], [grade], options or TitleOptions(), workers=1)[0]
    if match.low_confidence:
        warnings.warn(
            f"Low-confidence title match: {title!r} -> {match.title!r} ({match.soc_code}), score {match.score:.0f}; "
            "check it",
            SkillhireWarning,
            stacklevel=2,
        )
    return match


def translate_titles(
    titles: Iterable[str],
    *,
    series: str | int | Sequence[str | int | None] | None = None,
    grades: str | int | Sequence[str | int | None] | None = None,
    options: TitleOptions | None = None,
    workers: int = 1,
) -> TitleMatches:
    """Translate many titles at once: each distinct title once, fuzzy matching in one vectorised pass.

    Args:
        titles: The titles, e.g. a spreadsheet column.
        series: One series for all titles, or one per title (None where unknown).
        grades: One grade for all titles, or one per title (None where unknown).
        options: Tunables; defaults when None.
        workers: Threads for rapidfuzz's ``process.cdist`` (-1: all cores).

    Returns:
        The matches in input order (``.to_pandas()``, ``.to_records()``, ``.low_confidence``).

    Raises:
        TypeError: a title is not a string; the message gives its position.
        InvalidTitleError: a title is empty; the message gives its position.
        ValueError: ``series`` or ``grades`` is a sequence of the wrong length.

    Warns:
        SkillhireWarning: once, when any match is low-confidence (with how many).

    Example:
        >>> [m.title for m in translate_titles(["IT Specialist (CUSTSPT)", "Contact Rep"])]
        ['IT Support Specialist', 'Customer Service Representative']
    """
    items = list(titles)
    series_list = _per_item(series, len(items), "series")
    grade_list = _per_item(grades, len(items), "grades")
    matches = _translate_many(items, series_list, grade_list, options or TitleOptions(), workers=workers)
    low = sum(m.low_confidence for m in matches)
    if low:
        warnings.warn(
            f"{low} of {len(matches)} title matches are low-confidence; see TitleMatches.low_confidence",
            SkillhireWarning,
            stacklevel=2,
        )
    return TitleMatches(matches=tuple(matches))


def _per_item(value: Any, n: int, name: str) -> list[Any]:
    if value is None or isinstance(value, (str, int)):
        return [value] * n
    values = list(value)
    if len(values) != n:
        raise ValueError(f"{name} has {len(values)} values for {n} titles; give one value, or one per title")
    return values


def _translate_many(titles: list[Any], series: list[Any], grades: list[Any], options: TitleOptions, *,
                    workers: int) -> list[TitleMatch]:
    parsed: list[ParsedTitle] = []
    for position, title in enumerate(titles):
        if not isinstance(title, str):
            where = f" (title {position + 1})" if len(titles) > 1 else ""
            raise TypeError(f"title must be a string, not {type(title).__name__}{where}")
        try:
            parsed.append(_parse_cached(title))
        except InvalidTitleError as error:
            if len(titles) > 1:
                raise InvalidTitleError(title, f"{error.problem} (title {position + 1})") from None
            raise
    # Vectorised fuzzy pass over the distinct keys the index does not know exactly.
    index = _index()
    wanted = {p.key for p in parsed if p.key}
    for p in parsed:  # organizational titles in parentheses ("(Geospatial Analyst)") may need matching too
        for q in p.qualifiers:
            resolved = _qualifier_title(q)
            if resolved and resolved[1] == "title":
                wanted.add(normalize_key(resolved[0]))
    need = sorted(k for k in wanted if k not in index.exact and _sorted_key(k) not in index.exact_sorted)
    fuzzy: dict[str, list[tuple[int, float]]] = {}
    if need:
        first = _fuzzy_top([_sorted_key(k) for k in need], index.sorted_keys, limit=FIRST_STAGE,
                           cutoff=FIRST_STAGE_CUTOFF, workers=workers)
        for key, top in zip(need, first):
            reranked = index.rerank(key, top, limit=8)
            fuzzy[key] = [(pos, score) for pos, score in reranked if score >= options.min_candidate_score]
    # Near-misses of federal class titles ("Mangement Analyst"), in one vectorised pass over the crosswalk's titles.
    tables = _tables()
    federal_fuzzy: dict[str, tuple[str, float]] = {}
    off_list = sorted({p.key for p in parsed if p.key and p.key not in tables.federal})
    if off_list:
        for key, top in zip(off_list, _fuzzy_top([_sorted_key(k) for k in off_list], tables.federal_sorted, limit=1,
                                                 cutoff=FEDERAL_FUZZY_MIN, workers=workers)):
            if top:
                federal_fuzzy[key] = (tables.federal_keys[top[0][0]], top[0][1])
    cache: dict[tuple[str, Any, Any], TitleMatch] = {}
    out: list[TitleMatch] = []
    for p, s, g in zip(parsed, series, grades):
        cache_key = (p.text, s if not isinstance(s, int) else f"int:{s}", g if not isinstance(g, int) else f"int:{g}")
        hit = cache.get(cache_key)
        if hit is None:
            series_hint, known, given = _series_argument(s)
            if series_hint is None and p.series:
                series_hint, known, given = p.series, p.series in _known_series(), False
            grade_plan, grade_values = _grade_from_argument(g)
            decision = _decide(p, series_hint if known else None, known, fuzzy, federal_fuzzy, options)
            hit = _finish(p, decision, grade_plan=grade_plan, grades=grade_values, series_hint=series_hint,
                          hint_known=known, hint_given=given, options=options)
            cache[cache_key] = hit
        out.append(hit)
    return out


# --------------------------------------------------------------------------------------------------------
# Spreadsheets of titles (read with skillhire.spreadsheets.read_rows, written with skillhire.workbook)

SHEET_COLUMNS = (
    "working_title", "seniority", "soc_code", "soc_title", "series_used", "specialty", "score", "low_confidence",
    "alternatives", "reasons", "error",
)


class TitleSheetResult(BaseModel):
    """What :func:`translate_title_sheet` did: rows in = rows translated + rows rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input_path: str = Field(description="The sheet that was read (never modified).")
    output_path: str = Field(description="The sheet that was written, atomically.")
    rows_in: int = Field(ge=0, description="Data rows read (header and blank rows not counted).")
    rows_translated: int = Field(ge=0, description="Rows whose title was translated.")
    rows_rejected: int = Field(ge=0, description="Rows that could not be translated; kept in the output with an error.")
    blank_rows: int = Field(ge=0, description="Rows with no value at all, skipped (not counted in rows_in).")
    low_confidence: int = Field(ge=0, description="Translated rows whose match is low-confidence.")
    errors: tuple[str, ...] = Field(description="One message per problem: \"titles.csv, row 5, column 'grade': ...\".")


def translate_title_sheet(
    path: str | Path,
    *,
    output: str | Path | None = None,
    column: str = "title",
    series_column: str | None = "series",
    grade_column: str | None = "grade",
    sheet: str | int | None = None,
    overwrite: bool = False,
    options: TitleOptions | None = None,
    workers: int = 1,
) -> TitleSheetResult:
    """Translate a column of titles in a .xlsx, .csv or .tsv sheet and write the sheet with the results added.

    Every data row is written, in order, with the columns ``working_title, seniority, soc_code, soc_title,
    series_used, specialty, score, low_confidence, alternatives, reasons, error`` after its own columns. A row
    whose title is empty or whose grade is not a grade keeps its cells, gets an ``error`` and counts as rejected;
    the rest are translated. Reading goes through :func:`skillhire.spreadsheets.read_rows` (safety checks, the
    header found even below title rows, Excel row numbers); writing through :func:`skillhire.workbook.write_tables`
    (atomic, formula-like cells neutralised). The input is never modified.

    Args:
        path: The sheet (first visible worksheet of a workbook unless ``sheet`` is given).
        output: Where to write (.xlsx, .csv or .jsonl); default ``<name>.titles.csv`` beside the input.
        column: Header of the title column (matched ignoring case, spaces and punctuation).
        series_column: Header of an optional series column; used when the sheet has it.
        grade_column: Header of an optional grade column; used when the sheet has it.
        sheet: Worksheet name or 0-based index.
        overwrite: Replace an existing output file.
        options: Tunables for the translation.
        workers: Threads for the vectorised fuzzy matching.

    Returns:
        Counts (rows in, translated, rejected, blank, low-confidence) and one message per problem.

    Raises:
        InvalidFileError: the sheet is missing, empty, corrupt or unsafe, or the output is the input.
        MissingColumnError: the title column is not in the sheet; the message lists the headers found.
        OutputExistsError: the output exists and ``overwrite`` is false.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "t.csv").write_text("title,grade\\nIT Specialist (APPSW),13\\n,12\\n", encoding="utf-8")
        >>> result = translate_title_sheet(folder / "t.csv")
        >>> result.rows_in, result.rows_translated, result.rows_rejected
        (2, 1, 1)
    """
    from skillhire.errors import MissingColumnError
    from skillhire.spreadsheets import RowError, read_rows
    from skillhire.workbook import Table, refuse_input_as_output, write_tables

    source = Path(path)
    target = Path(output) if output is not None else source.with_name(f"{source.stem}.titles.csv")
    refuse_input_as_output(target, [source])
    wanted = [name for name in (column, series_column, grade_column) if name]
    try:
        read = read_rows(source, columns=wanted, required=[column], sheet=sheet)
    except MissingColumnError as error:  # the reader's hint names column_map, which this function lacks
        problem = error.problem.replace(
            "map a header with column_map (--column-map)", "name the title column's header with column= (--column)"
        )
        raise MissingColumnError(error.path, problem) from None
    title_key = column
    series_key = series_column if series_column in read.headers else None
    grade_key = grade_column if grade_column in read.headers else None
    header_of = read.headers

    errors: dict[int, list[str]] = {}
    for error in read.errors:
        errors.setdefault(error.row, []).append(str(error))
    titles: list[str] = []
    series_values: list[Any] = []
    grade_values: list[Any] = []
    kept_rows: list[int] = []
    for row in read.rows:
        title = row.get(title_key)
        title_text = str(title)
        grade = row.get(grade_key) if grade_key else None
        series = row.get(series_key) if series_key else None
        problem: RowError | None = None
        try:
            _parse_cached(title_text)
        except InvalidTitleError as error:
            problem = RowError(sheet=read.sheet, row=row.row, column=title_key, message=error.problem)
        if problem is None and grade is not None:
            try:
                _grade_from_argument(grade if isinstance(grade, (int, str)) else str(grade))
            except (InvalidGradeError, TypeError) as error:
                message = error.problem if isinstance(error, InvalidGradeError) else str(error)
                problem = RowError(sheet=read.sheet, row=row.row, column=grade_key, message=f"grade {message}")
        if problem is not None:
            errors.setdefault(row.row, []).append(str(problem))
            continue
        kept_rows.append(row.row)
        titles.append(title_text)
        series_values.append(series if isinstance(series, (str, int)) or series is None else str(series))
        grade_values.append(grade if isinstance(grade, (str, int)) or grade is None else str(grade))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkillhireWarning)
        matches = translate_titles(titles, series=series_values, grades=grade_values, options=options,
                                   workers=workers) if titles else TitleMatches(matches=())
    by_row = dict(zip(kept_rows, matches))

    keys = list(header_of)
    all_rows = sorted([*read.rows, *read.rejected], key=lambda r: r.row)

    def out_rows() -> Iterator[list[Any]]:
        for row in all_rows:
            own = [row.values.get(key) for key in keys]
            match = by_row.get(row.row)
            if match is None:
                yield [*own, *[None] * (len(SHEET_COLUMNS) - 1), "; ".join(errors.get(row.row, []))]
            else:
                record = _record(match)
                yield [*own, record["title"], record["seniority"], record["soc_code"], record["soc_title"],
                       record["series"], record["specialty"], record["score"], record["low_confidence"],
                       record["alternatives"], record["reasons"], None]

    table = Table("titles", [*(header_of[k] for k in keys), *SHEET_COLUMNS], out_rows(),
                  number_formats={"score": "0.0"})
    write_tables([table], target, overwrite=overwrite)
    rejected = len(all_rows) - len(kept_rows)
    return TitleSheetResult(
        input_path=str(source),
        output_path=str(target),
        rows_in=len(all_rows),
        rows_translated=len(kept_rows),
        rows_rejected=rejected,
        blank_rows=read.blank_rows,
        low_confidence=sum(m.low_confidence for m in matches),
        errors=tuple(message for row_number in sorted(errors) for message in errors[row_number]),
    )
