"""Assessment definitions for pooled hiring: hurdles, competencies, transmutation, categories, settings.

An assessment is a TOML or JSON file validated by :class:`Assessment` (its JSON Schema is published as
``assessments/assessment.schema.json`` and by :func:`assessment_schema`). Every rule the scoring engine
applies that an agency may tune is a named field here, with the SME-QA practice as its default.

Sources for the defaults (see ``/work/shared/reference/federal-hiring-rules.md`` in the project notes):

- resume review by 2 concordant SME votes, a third SME breaking a split: SME-QA toolkit
  ``resume-review-ratings-and-outcomes.md``; USA Staffing Structured Resume Review FAQ (EO 13932);
- interview rounds rated 0/1/2 and the 70/85/100 transmutation: SME-QA toolkit
  ``transmuting-ratings-into-scores.md``;
- category rating, merge below 3 names: 5 U.S.C. 3319(c)(1), 5 CFR 337.304;
- numerical ranking, certificate size mechanism: 5 CFR 332.401, 5 U.S.C. 3317(a) as amended by
  Pub. L. 115-232 section 1107 (the "rule of many", OPM final rule 90 FR 43135);
- 240-day sharing window: 5 U.S.C. 3318(b)(1).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from skillhire._resources import data_file, list_data
from skillhire.errors import AssessmentNotFoundError, InvalidFileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "Assessment",
    "CategoryDefinition",
    "Competency",
    "Hurdle",
    "Transmutation",
    "assessment_schema",
    "list_assessments",
    "load_assessment",
]

_ID = r"^[a-z0-9][a-z0-9_\-]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Competency(_Model):
    """One competency SMEs rate in the resume review."""

    id: str = Field(pattern=_ID, description="Stable identifier used in rating files, e.g. 'customer-research'.")
    name: str = Field(description="Competency name as shown to SMEs and applicants.")
    definition: str = Field(default="", description="What the competency means (from the job analysis).")
    required_proficiency: str = Field(
        default="", description="The proficiency level an applicant must show evidence of (job analysis)."
    )
    screen_out: bool = Field(
        default=True,
        description="A does-not-meet verdict on this competency fails the applicant at once, whatever the "
        "other competencies show (SME-QA / ART 'screenOut').",
    )


class Hurdle(_Model):
    """One stage of the multiple-hurdle process; applicants advance only on pass (DEOH, EO 13932 sec. 3)."""

    id: str = Field(pattern=_ID, description="Identifier used in rating files: 'resume_review', 'interview_1'.")
    name: str = Field(description="Human name of the hurdle.")
    kind: Literal["resume_review", "interview"] = Field(
        description="'resume_review': meets/does-not-meet votes per competency by independent SMEs; "
        "'interview': one 0/1/2 rating per round (SME-QA structured interview)."
    )
    competencies: list[str] | None = Field(
        default=None,
        description="Resume review only: the competency ids rated at this hurdle (default: all of them).",
    )
    votes_required: int = Field(
        default=2,
        ge=1,
        description="Resume review: concordant SME votes needed for a verdict on a competency. A split "
        "waits for a further SME whose vote decides (SME-QA: 2, a third SME breaks ties).",
    )
    min_competencies_met: int | None = Field(
        default=None,
        ge=1,
        description="Resume review: competencies that must be met to pass (default: all). Screen-out "
        "competencies must always be met.",
    )
    passing_rating: int = Field(default=1, ge=0, description="Interview: lowest round rating that passes (0 fails).")
    max_rating: int = Field(default=2, ge=1, description="Interview: highest round rating (SME-QA: 2 = exceeds).")
    panel_rule: Literal["consensus", "lowest", "median_low"] = Field(
        default="consensus",
        description="Interview with more than one rating for an applicant: 'consensus' needs them to agree "
        "(else pending), 'lowest' takes the lowest, 'median_low' the lower median.",
    )


class Transmutation(_Model):
    """One row of the table turning interview round ratings into a score (SME-QA)."""

    ratings: list[int] = Field(description="One rating per interview round, in hurdle order.")
    score: float = Field(description="The score these ratings transmute to.")


class CategoryDefinition(_Model):
    """A quality category (5 CFR 337.303(a)-(c)), defined by the lowest score it holds."""

    name: str = Field(description="Category name, e.g. 'Best Qualified'.")
    min_score: float = Field(description="Lowest score placed in this category.")
    description: str = Field(default="", description="The category's definition as stated in the announcement.")


_DEFAULT_HURDLES = [
    Hurdle(id="resume_review", name="Resume review", kind="resume_review"),
    Hurdle(id="interview_1", name="Structured interview, round 1 (breadth)", kind="interview"),
    Hurdle(id="interview_2", name="Structured interview, round 2 (depth)", kind="interview"),
]
_DEFAULT_TRANSMUTATION = [
    Transmutation(ratings=[1, 1], score=70),
    Transmutation(ratings=[1, 2], score=85),
    Transmutation(ratings=[2, 1], score=85),
    Transmutation(ratings=[2, 2], score=100),
]
_DEFAULT_CATEGORIES = [
    CategoryDefinition(name="Best Qualified", min_score=100),
    CategoryDefinition(name="Well Qualified", min_score=85),
    CategoryDefinition(name="Qualified", min_score=70),
]


class Assessment(_Model):
    """A pooled-hiring assessment: the hurdles, how ratings become a score, and how names are referred.

    Example:
        >>> assessment = load_assessment("smeqa-standard")
        >>> [h.id for h in assessment.hurdles]
        ['resume_review', 'interview_1', 'interview_2']
    """

    name: str = Field(pattern=_ID, description="Assessment identifier, e.g. 'smeqa-standard'.")
    version: str = Field(description="Version of this assessment definition, recorded in every audit.")
    title: str = Field(default="", description="Position title, e.g. 'Customer Experience Strategist'.")
    series: str = Field(default="", description="Occupational series, e.g. '0301'.")
    grades: list[int] = Field(default_factory=list, description="GS grades in the pool (empty: from applicants).")
    announcing_agency: str = Field(
        default="", description="Agency that announced the pool; its certificate is the default one."
    )
    agencies: list[str] = Field(
        default_factory=list, description="Agencies sharing the pool (empty: those applicants opted in to)."
    )
    scientific_professional: bool = Field(
        default=False,
        description="Scientific or professional position: at GS-9 or higher CP/CPS applicants are not moved "
        "to the top of the highest category (5 U.S.C. 3319(b)) or register (5 CFR 332.401(b)).",
    )
    competencies: list[Competency] = Field(description="Competencies rated in the resume review.")
    hurdles: list[Hurdle] = Field(
        default_factory=lambda: list(_DEFAULT_HURDLES), description="Hurdles in the order applicants take them."
    )
    transmutation: list[Transmutation] = Field(
        default_factory=lambda: list(_DEFAULT_TRANSMUTATION),
        description="Interview ratings to score (SME-QA: 1+1 -> 70, 1+2 or 2+1 -> 85, 2+2 -> 100).",
    )
    rating_method: Literal["category", "numerical"] = Field(
        default="category",
        description="'category': quality categories (5 U.S.C. 3319); 'numerical': ranked scores with "
        "preference points (5 CFR 332.401).",
    )
    categories: list[CategoryDefinition] = Field(
        default_factory=lambda: list(_DEFAULT_CATEGORIES),
        description="Quality categories, highest first (at least 2, 5 CFR 337.303(a)).",
    )
    merge_below: int = Field(
        default=3,
        ge=0,
        description="Refer the next category too while the referred names number fewer than this "
        "(5 U.S.C. 3319(c)(1): 3). 0 turns merging off.",
    )
    merge_until_enough: bool = Field(
        default=False,
        description="Keep merging lower categories until merge_below names are reached (agency policy); "
        "False merges only the second category, as 3319(c)(1) provides.",
    )
    numerical_top_n: int | None = Field(
        default=None,
        ge=3,
        description="Numerical mode: certify the top N names (not fewer than 3, 5 U.S.C. 3317(a)); names "
        "tied with the Nth are certified too.",
    )
    numerical_cutoff_score: float | None = Field(
        default=None, description="Numerical mode: certify every name at or above this (augmented) score."
    )
    numerical_selection_rule: Literal["rule_of_many", "rule_of_three"] = Field(
        default="rule_of_many",
        description="Numerical mode: 'rule_of_many' lets the official select any certified name (5 U.S.C. "
        "3317(a)-3318(a) as amended in 2018; 90 FR 43135, effective 2025-11-07); 'rule_of_three' replays the "
        "earlier rule: select only from the highest three names still available (5 CFR 332.404 before 2025).",
    )
    numerical_passing_score: float = Field(
        default=70,
        description="Numerical mode: the lowest passing score. A lower score fails, and preference points are "
        "added only to a passing score (5 U.S.C. 3309; 5 CFR 337.101: eligibles score 70 or more).",
    )
    preference_points: dict[str, int] = Field(
        default_factory=lambda: {"TP": 5, "XP": 10, "CP": 10, "CPS": 10, "SSP": 0},
        description="Numerical mode: points added to a passing score (5 U.S.C. 3309; 5 CFR 337.101).",
    )
    tie_break: Literal["score_then_id", "id"] = Field(
        default="score_then_id",
        description="Order inside a group of equal standing: 'score_then_id' (higher score, then applicant "
        "id ascending) or 'id'. The order carries no legal meaning; it only makes lists reproducible.",
    )
    sharing_window_days: int = Field(
        default=240, ge=1, description="Days other agencies may select from a certificate (5 U.S.C. 3318(b)(1))."
    )
    shareable: bool = Field(
        default=True,
        description="The announcement told applicants the list may be shared (5 U.S.C. 3318(b)(2)).",
    )

    @field_validator("categories")
    @classmethod
    def _categories_ordered(cls, value: list[CategoryDefinition]) -> list[CategoryDefinition]:
        if len(value) < 2:
            raise ValueError("category rating needs at least 2 quality categories (5 CFR 337.303(a))")
        scores = [c.min_score for c in value]
        if scores != sorted(scores, reverse=True) or len(set(scores)) != len(scores):
            raise ValueError("categories must be listed highest first with distinct min_score values")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Assessment:
        ids = [c.id for c in self.competencies]
        if len(set(ids)) != len(ids):
            raise ValueError(f"competency ids must be unique: {ids}")
        hurdle_ids = [h.id for h in self.hurdles]
        if len(set(hurdle_ids)) != len(hurdle_ids):
            raise ValueError(f"hurdle ids must be unique: {hurdle_ids}")
        if not self.hurdles:
            raise ValueError("an assessment needs at least one hurdle")
        for hurdle in self.hurdles:
            if hurdle.kind == "resume_review":
                unknown = sorted(set(hurdle.competencies or []) - set(ids))
                if unknown:
                    raise ValueError(f"hurdle {hurdle.id!r} names unknown competencies {unknown}; known: {ids}")
                if not self.competencies:
                    raise ValueError(f"resume-review hurdle {hurdle.id!r} needs competencies")
                rated = len(hurdle.competencies) if hurdle.competencies is not None else len(ids)
                if hurdle.min_competencies_met is not None and hurdle.min_competencies_met > rated:
                    # more than the hurdle rates: every applicant would fail it, whatever the SMEs found
                    noun = "competency" if rated == 1 else "competencies"
                    raise ValueError(
                        f"hurdle {hurdle.id!r} needs min_competencies_met {hurdle.min_competencies_met} of the "
                        f"{rated} {noun} it rates; valid: 1 to {rated}"
                    )
        rounds = [h for h in self.hurdles if h.kind == "interview"]
        if rounds:
            seen = set()
            for row in self.transmutation:
                if len(row.ratings) != len(rounds):
                    raise ValueError(
                        f"transmutation ratings {row.ratings} must have one rating per interview round "
                        f"({len(rounds)})"
                    )
                seen.add(tuple(row.ratings))
            if len(seen) != len(self.transmutation):
                raise ValueError("transmutation rows must not repeat a rating combination")
        return self

    def hurdle(self, hurdle_id: str) -> Hurdle:
        """The hurdle with this id.

        Raises:
            UnknownNameError: no such hurdle; the message lists the hurdle ids.
        """
        for hurdle in self.hurdles:
            if hurdle.id == hurdle_id:
                return hurdle
        from skillhire.errors import UnknownNameError

        raise UnknownNameError("hurdle", hurdle_id, [h.id for h in self.hurdles])

    def hurdle_competencies(self, hurdle: Hurdle) -> list[Competency]:
        """The competencies rated at a resume-review hurdle, in assessment order."""
        if hurdle.competencies is None:
            return list(self.competencies)
        wanted = set(hurdle.competencies)
        return [c for c in self.competencies if c.id in wanted]

    def describe(self) -> str:
        """A plain-text summary: hurdles, competencies, transmutation, categories and referral settings.

        Example:
            >>> print(load_assessment("smeqa-standard").describe().splitlines()[0])
            smeqa-standard 1.0.0: Customer Experience Strategist, series 0301, GS-13, 14, 15
        """
        grades = ", ".join(map(str, self.grades)) or "from the applicants"
        lines = [f"{self.name} {self.version}: {self.title or '(no title)'}, series {self.series or '-'}, GS-{grades}"]
        lines.append("Hurdles, in order:")
        for number, hurdle in enumerate(self.hurdles, start=1):
            if hurdle.kind == "resume_review":
                needed = hurdle.min_competencies_met or "all"
                detail = (f"{hurdle.votes_required} concordant SME votes per competency, a split goes to a further "
                          f"SME; competencies met: {needed}")
            else:
                detail = (f"rated 0-{hurdle.max_rating}, passes at {hurdle.passing_rating}; panel rule "
                          f"{hurdle.panel_rule}")
            lines.append(f"  {number}. {hurdle.id} ({hurdle.name}): {detail}")
        lines.append("Competencies (resume review):")
        for c in self.competencies:
            lines.append(f"  - {c.id}: {c.name}{' [screen-out]' if c.screen_out else ''}")
        if any(h.kind == "interview" for h in self.hurdles):
            table = ", ".join(f"{'+'.join(map(str, t.ratings))} -> {t.score:g}" for t in self.transmutation)
            lines.append(f"Transmutation: {table}")
        if self.rating_method == "category":
            cats = ", ".join(f"{c.name} >= {c.min_score:g}" for c in self.categories)
            merge = ("off" if not self.merge_below else
                     f"below {self.merge_below} names, {'until enough' if self.merge_until_enough else 'with the next category'}")
            lines.append(f"Category rating (5 U.S.C. 3319): {cats}; merge {merge}")
        else:
            mechanism = []
            if self.numerical_top_n:
                mechanism.append(f"top {self.numerical_top_n}")
            if self.numerical_cutoff_score is not None:
                mechanism.append(f"cut-off {self.numerical_cutoff_score:g}")
            lines.append(f"Numerical ranking (5 CFR 332.401): certify {' and '.join(mechanism) or 'the whole register'}; "
                         f"selection: {self.numerical_selection_rule.replace('_', ' ')}; "
                         f"passing score {self.numerical_passing_score:g}")
        lines.append(
            f"Scientific/professional: {'yes' if self.scientific_professional else 'no'}; tie-break: {self.tie_break}; "
            f"sharing: {'allowed' if self.shareable else 'not allowed'}, {self.sharing_window_days} days"
        )
        return "\n".join(lines)

    def fingerprint(self) -> str:
        """SHA-256 of the assessment's canonical JSON (recorded in the audit)."""
        text = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assessment_schema() -> dict:
    """The JSON Schema of an assessment file (the published ``assessments/assessment.schema.json``).

    Example:
        >>> assessment_schema()["title"]
        'Assessment'
    """
    return Assessment.model_json_schema()


def list_assessments() -> list[str]:
    """Names of the bundled assessments, sorted.

    Example:
        >>> "smeqa-standard" in list_assessments()
        True
    """
    return sorted(name.rsplit(".", 1)[0] for name, _ in list_data("assessments", suffixes=(".toml", ".json"))
                  if not name.endswith(".schema.json"))


def load_assessment(name_or_path: str | Path) -> Assessment:
    """Load a bundled assessment by name, or an assessment file (``.toml`` or ``.json``) by path.

    Args:
        name_or_path: A bundled name (see :func:`list_assessments`) or a path to a TOML/JSON file.

    Returns:
        The validated :class:`Assessment`.

    Raises:
        AssessmentNotFoundError: neither a bundled name nor an existing file; lists the bundled names.
        InvalidFileError: the file cannot be parsed or does not follow the schema (names the field).

    Example:
        >>> load_assessment("smeqa-standard").rating_method
        'category'
    """
    text_name = str(name_or_path)
    path = Path(text_name)
    if path.suffix.lower() in (".toml", ".json") and path.is_file():
        return _parse(path.read_bytes(), path.suffix.lower(), str(path))
    if isinstance(name_or_path, str) and re.fullmatch(_ID, name_or_path):
        if name_or_path in list_assessments():
            return _load_bundled(name_or_path)
    if path.suffix.lower() in (".toml", ".json"):
        raise InvalidFileError(path, "does not exist")
    raise AssessmentNotFoundError("bundled assessment", text_name, list_assessments())


@functools.cache
def _load_bundled(name: str) -> Assessment:
    for suffix in (".toml", ".json"):
        try:
            entry = data_file("assessments", name + suffix)
        except LookupError:
            continue
        return _parse(entry.read_bytes(), suffix, f"bundled assessment {name!r}")
    raise AssessmentNotFoundError("bundled assessment", name, list_assessments())  # pragma: no cover


def _parse(data: bytes, suffix: str, where: str) -> Assessment:
    if not data.strip():
        raise InvalidFileError(where, "is empty")
    try:
        text = data.decode("utf-8-sig")
        raw = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InvalidFileError(where, f"cannot be parsed as {suffix[1:].upper()}: {error}") from None
    if not isinstance(raw, dict):
        raise InvalidFileError(where, "must hold a table/object at the top level")
    raw.pop("$schema", None)
    try:
        return Assessment.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']}" for e in error.errors()
        )
        raise InvalidFileError(where, f"is not a valid assessment: {problems}") from None
