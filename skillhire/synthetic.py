"""A deterministic synthetic pooled-hiring action: applicants and SME ratings, no real people.

The shape follows the public SME-QA gov-wide Customer Experience Strategist action (0301, GS-13/14/15,
April 2020): 844 applicants; about 15% passed the resume review, about 9% the first interview round and
about 5% the whole process; 20 SMEs; agencies and duty locations as in the action's published position list.
Source: usds/SME-QA-Website @ fecd6939a8e5286a8c18697e2d9802b668a7a76e, ``_data/results/cx-gov-wide.yml``
and ``_data/hiring-actions.yml`` (CC0 1.0 / US government work). Only the structure and rates are used;
every name, id and rating here is generated.

Veterans' preference mix and demographic groups are illustrative tunables, not statistics.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any, Literal, NamedTuple

from skillhire.assessment import Assessment, load_assessment
from skillhire.safety import neutralise_csv_cell
from skillhire.workbook import atomic_output

__all__ = ["CX_AGENCIES", "CX_LOCATIONS", "SyntheticPool", "generate_pool", "write_pool"]

# Agencies and duty locations of the CX Strategist gov-wide action (hiring-actions.yml, "cx").
CX_AGENCIES: tuple[str, ...] = ("CFPB", "Education", "GSA", "HHS", "NASA", "State", "USDA", "USPTO", "VA")
CX_LOCATIONS: tuple[str, ...] = ("Washington, DC", "Baltimore, MD", "Charleston, SC")

_FIRST = ("Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Drew", "Robin")
_LAST = ("Rivera", "Chen", "Okafor", "Smith", "Nguyen", "Garcia", "Patel", "Johnson", "Kim", "Haddad", "Lopez", "Brown")
_SEX = (("F", 0.52), ("M", 0.48))
_RACE = (("White", 0.55), ("Black or African American", 0.18), ("Hispanic or Latino", 0.12), ("Asian", 0.11),
         ("Two or more races", 0.03), ("American Indian or Alaska Native", 0.01))
_PREFERENCE = (("NV", 0.74), ("TP", 0.08), ("XP", 0.03), ("CP", 0.05), ("CPS", 0.09), ("SSP", 0.01))

_JUSTIFY_MEETS = "Resume shows {c} at the required level over at least 52 weeks."
_JUSTIFY_NOT = "No evidence of {c} at the required level in the resume."


class SyntheticPool(NamedTuple):
    """Applicants and ratings as lists of canonical dicts (unpack as ``applicants, ratings = pool``)."""

    applicants: list[dict[str, Any]]
    ratings: list[dict[str, Any]]


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def generate_pool(
    *,
    n_applicants: int = 844,
    n_agencies: int = 9,
    grades: tuple[int, ...] = (13, 14, 15),
    seed: int = 0,
    messy_rows: int = 0,
    assessment: Assessment | str = "smeqa-standard",
    n_smes: int = 20,
    strong_share: float = 0.15,
    sme_error_rate: float = 0.07,
    harsh_smes: int = 1,
    pending_applicants: int = 0,
) -> SyntheticPool:
    """Generate a realistic pooled action, the same for the same arguments.

    Args:
        n_applicants: Applicants (844, as in the CX Strategist action).
        n_agencies: Agencies sharing the pool (at most 9, from the CX action).
        grades: GS grades of the pool.
        seed: Random seed; same seed, same pool.
        messy_rows: Bad rows to mix in (split between applicants and ratings): unknown preference codes,
            missing ids, duplicate ids, unreadable ratings, unknown competencies, conflicting repeats.
        assessment: The assessment whose competencies and hurdles are rated.
        n_smes: Subject-matter experts (the CX action had 20).
        strong_share: Share of applicants who truly meet every competency.
        sme_error_rate: Chance an SME's resume-review vote differs from the truth.
        harsh_smes: SMEs who vote does-not-meet three times as often as they should (for rater agreement).
        pending_applicants: Applicants whose split competency has no deciding vote yet.

    Returns:
        :class:`SyntheticPool` of applicant dicts (canonical columns plus ``sex``, ``race_ethnicity``) and
        rating dicts (long layout).

    Example:
        >>> applicants, ratings = generate_pool(n_applicants=5, seed=1)
        >>> sorted(applicants[0])[:4]
        ['agencies', 'applicant_id', 'email', 'first_name']
    """
    if not 1 <= n_agencies <= len(CX_AGENCIES):
        raise ValueError(f"n_agencies must be 1..{len(CX_AGENCIES)}, not {n_agencies}")
    if n_applicants < 0 or messy_rows < 0:
        raise ValueError("n_applicants and messy_rows must not be negative")
    spec = assessment if isinstance(assessment, Assessment) else load_assessment(assessment)
    rng = random.Random(seed)
    agencies = CX_AGENCIES[:n_agencies]
    smes = [f"sme{i:02d}" for i in range(1, n_smes + 1)]
    harsh = set(smes[:harsh_smes])
    competencies = spec.competencies
    resume = [h for h in spec.hurdles if h.kind == "resume_review"]
    rounds = [h for h in spec.hurdles if h.kind == "interview"]
    width = max(4, len(str(n_applicants)))
    applicants: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    pending_left = pending_applicants
    for index in range(1, n_applicants + 1):
        applicant_id = f"A{index:0{width}d}"
        lowest = rng.choice(grades)
        applied = [g for g in grades if g >= lowest]
        qualified = list(applied)
        if len(qualified) > 1 and rng.random() < 0.3:
            qualified = qualified[:-1]
        opted = sorted(rng.sample(agencies, rng.randint(1, len(agencies))))
        locations = sorted(rng.sample(CX_LOCATIONS, rng.randint(0, 2)))
        applicants.append({
            "applicant_id": applicant_id,
            "first_name": rng.choice(_FIRST),
            "last_name": rng.choice(_LAST),
            "email": f"{applicant_id.lower()}@example.org",
            "veterans_preference": _pick(rng, _PREFERENCE),
            "grades": ";".join(map(str, applied)),
            "agencies": ";".join(opted),
            "locations": ";".join(locations),
            "qualified_grades": ";".join(map(str, qualified)),
            "sex": _pick(rng, _SEX),
            "race_ethnicity": _pick(rng, _RACE),
        })
        strong = rng.random() < strong_share
        passed = True
        for hurdle in resume:
            made_pending = False
            for competency in spec.hurdle_competencies(hurdle):
                truth = rng.random() < (0.97 if strong else 0.35)
                panel = rng.sample(smes, 3)
                votes = []
                for rater in panel[:2]:
                    error = sme_error_rate * (3 if rater in harsh and truth else 1)
                    votes.append((rater, truth if rng.random() >= error else not truth))
                if votes[0][1] != votes[1][1]:
                    if pending_left > 0 and strong and not made_pending:
                        made_pending = True
                    else:
                        rater = panel[2]
                        votes.append((rater, truth if rng.random() >= sme_error_rate else not truth))
                for rater, vote in votes:
                    ratings.append({
                        "applicant_id": applicant_id, "hurdle": hurdle.id, "competency": competency.id,
                        "rater": rater, "rating": "meets" if vote else "does_not_meet",
                        "justification": (_JUSTIFY_MEETS if vote else _JUSTIFY_NOT).format(c=competency.name.lower()),
                    })
                meets = sum(v for _, v in votes)
                if meets * 2 <= len(votes):
                    passed = False
            if made_pending:
                pending_left -= 1
                passed = False
        if not passed:
            continue
        for number, hurdle in enumerate(rounds):
            # pass rates of the CX action: 79 of 124 passed round 1, 44 of 79 round 2
            weights = (0.36, 0.36, 0.28) if number == 0 else (0.44, 0.30, 0.26)
            value = rng.choices((0, 1, 2), weights=weights)[0]
            ratings.append({
                "applicant_id": applicant_id, "hurdle": hurdle.id, "competency": "", "rater": rng.choice(smes),
                "rating": value, "justification": "",
            })
            if value == 0:
                break
    if messy_rows:
        _add_mess(rng, applicants, ratings, messy_rows, competencies[0].id if competencies else "")
    return SyntheticPool(applicants, ratings)


def _add_mess(rng: random.Random, applicants: list[dict], ratings: list[dict], count: int, competency: str) -> None:
    """Insert ``count`` bad rows at seeded positions: half applicants, half ratings."""
    for i in range(count):
        kind = i % 6
        if kind in (0, 1, 2) and applicants:
            base = dict(rng.choice(applicants))
            if kind == 0:
                base["veterans_preference"] = "10PT"  # not a code
                base["applicant_id"] = f"X{i:05d}"
            elif kind == 1:
                base["applicant_id"] = ""  # missing id
            else:
                base["grades"] = "GS-thirteen"  # not a grade
                base["applicant_id"] = f"Y{i:05d}"
            applicants.insert(rng.randrange(len(applicants) + 1), base)
        elif ratings:
            base = dict(rng.choice(ratings))
            if kind == 3:
                base["rating"] = "maybe"
            elif kind == 4:
                base["competency"] = "telepathy"
                base["hurdle"] = "resume_review"
                base["rating"] = "meets"
            else:
                base["applicant_id"] = f"Z{i:05d}"  # no such applicant
            ratings.insert(rng.randrange(len(ratings) + 1), base)


def write_pool(
    pool: SyntheticPool, directory: str | Path, *, format: Literal["csv", "xlsx"] = "csv"
) -> tuple[Path, Path]:
    """Write a pool's applicants and ratings to ``applicants.<format>`` and ``ratings.<format>``.

    Files are written atomically (a temporary file renamed into place). Cells that a spreadsheet would run
    as formulas (starting with ``=``, ``+``, ``-``, ``@``) are prefixed with ``'``.

    Returns:
        The two paths.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in (("applicants", pool.applicants), ("ratings", pool.ratings)):
        target = directory / f"{name}.{format}"
        columns: list[str] = []
        for row in rows:
            for key in row:
                if key not in columns:
                    columns.append(key)
        with atomic_output(target, overwrite=True) as tmp:
            if format == "csv":
                with tmp.open("w", newline="", encoding="utf-8") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(columns)
                    for row in rows:
                        writer.writerow([_safe(row.get(c, "")) for c in columns])
            else:
                import openpyxl

                book = openpyxl.Workbook(write_only=True)
                sheet = book.create_sheet(name)
                sheet.append(columns)
                for row in rows:
                    sheet.append([_safe(row.get(c, "")) for c in columns])
                book.save(tmp)
        paths.append(target)
    return paths[0], paths[1]


def _safe(value: Any) -> Any:
    return neutralise_csv_cell(value) if isinstance(value, str) else value
