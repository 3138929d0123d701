"""Ordering eligible applicants for referral: category rating and numerical ranking, with veterans' preference.

Category rating (5 U.S.C. 3319; 5 CFR 337.304):

- no preference points (337.304(b));
- within each quality category preference eligibles (TP, XP, CP, CPS, SSP) are listed ahead of
  non-preference eligibles (3319(b));
- qualified CP and CPS applicants (compensable service-connected disability of 10% or more) are listed in the
  highest quality category, except for scientific and professional positions at GS-9 or higher, where they
  stay in the category they earned (3319(b));
- inside the preference group CP/CPS come first, then the other preference eligibles: OPM DEOH practice
  (the statute only requires "ahead of" non-preference eligibles); no legal meaning is attached to it;
- when fewer than 3 names are in the highest category the certificate merges it with the next (3319(c)(1));
  preference is then applied across the merged category (OPM DEOH chapter 5 practice);
- inside a group of equal standing the order is the assessment's documented ``tie_break``.

Numerical ranking (5 CFR 332.401; 5 U.S.C. 3309 and 3317(a) as amended in 2018, the "rule of many"):

- a passing score gets +5 (TP) or +10 (XP, CP, CPS) points (``Assessment.preference_points``);
- names are ranked by augmented score; at equal scores preference eligibles go ahead (332.401(a));
- CP/CPS go to the top of the register in score order, except scientific/professional at GS-9+ (332.401(b));
- the certificate holds the top N (N >= 3, ties with the Nth included) and/or every name at or above a
  cut-off score, fixed before the announcement opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from skillhire._models import trusted_factory
from skillhire.assessment import Assessment

__all__ = [
    "COMPENSABLE",
    "PREFERENCE_ELIGIBLE",
    "Ranked",
    "cp_cps_float",
    "rank_category",
    "rank_numerical",
    "referred_count_category",
    "referred_count_numerical",
]

PREFERENCE_ELIGIBLE = frozenset({"TP", "XP", "CP", "CPS", "SSP"})
COMPENSABLE = frozenset({"CP", "CPS"})


class Ranked(BaseModel):
    """One eligible applicant placed on a list, with the reason for the place."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    applicant_id: str = Field(description="The applicant.")
    preference: str = Field(description="Preference code (NV, TP, XP, CP, CPS, SSP).")
    score: float = Field(description="Score from the assessment (before any preference points).")
    earned_category: str | None = Field(description="Category earned by score (category rating), else None.")
    category: str | None = Field(description="Category listed in after preference rules (category rating).")
    category_index: int = Field(description="0 for the highest category; 0 in numerical mode.")
    augmented_score: float | None = Field(description="Numerical mode: score plus preference points.")
    group: int = Field(description="0: CP/CPS, 1: other preference eligibles, 2: non-preference eligibles.")
    reason: str = Field(description="Why the applicant stands where they do, citing the rule.")


_make_ranked = trusted_factory(Ranked)


def cp_cps_float(assessment: Assessment, grade: int, scientific_professional: bool) -> bool:
    """Whether CP/CPS applicants move to the top (not for scientific/professional positions at GS-9 or higher)."""
    return not (scientific_professional and grade >= 9)


def _group(preference: str) -> int:
    if preference in COMPENSABLE:
        return 0
    if preference in PREFERENCE_ELIGIBLE:
        return 1
    return 2


def _tie(assessment: Assessment, score: float, applicant_id: str) -> tuple:
    if assessment.tie_break == "id":
        return (applicant_id,)
    return (-score, applicant_id)


def _tie_text(assessment: Assessment) -> str:
    if assessment.tie_break == "id":
        return "ties broken by applicant id"
    return "ties broken by higher score, then applicant id"


def earned_category(assessment: Assessment, score: float) -> tuple[int, str] | None:
    """The (index, name) of the category a score earns, or None below the lowest category."""
    for index, category in enumerate(assessment.categories):
        if score >= category.min_score:
            return index, category.name
    return None


def rank_category(
    eligible: list[tuple[str, str, float]],
    assessment: Assessment,
    *,
    grade: int,
    scientific_professional: bool,
    merged_depth: int = 0,
) -> list[Ranked]:
    """Order eligible applicants by category rating rules.

    Args:
        eligible: ``(applicant_id, preference code, score)`` for applicants who passed every hurdle.
        assessment: The assessment (categories, tie-break).
        grade: The certificate's grade (the GS-9 exception depends on it).
        scientific_professional: Whether the position is scientific or professional.
        merged_depth: Categories 0..merged_depth form one merged category (3319(c)(1)); preference is then
            applied across them.

    Returns:
        The list in referral order (every category, highest first).
    """
    placed = _category_placed(eligible, assessment, grade=grade, scientific_professional=scientific_professional,
                              merged_depth=merged_depth, unique_ids=False)
    return list(_category_ranked(placed, assessment, merged_depth=merged_depth))


def _category_placed(
    eligible: Iterable[tuple[str, str, float]],
    assessment: Assessment,
    *,
    grade: int,
    scientific_professional: bool,
    merged_depth: int,
    unique_ids: bool,
    listed_below: int | None = None,
) -> list[tuple[Any, ...]]:
    """:func:`rank_category`'s order as one flat tuple per applicant, no :class:`Ranked` built:
    ``(block, group, listed, *tie, applicant_id, preference, score, earned name, reason parts)``, where
    ``listed`` (item ``2``) is the category index listed in. The first ``3 + len(tie)`` items are the
    sort key. With ``unique_ids`` (no applicant twice, as a certificate's candidates) the key's last
    item, the id, settles every comparison, so the tuples sort as they are (no key tuples made);
    otherwise by the key alone (stable, as :func:`rank_category` always has). With ``listed_below``
    only the applicants listed in a category above that index (a referred prefix of the order, as
    :func:`_category_counts` finds its length) are placed."""
    floats = cp_cps_float(assessment, grade, scientific_professional)
    placed = []
    # A reason depends only on the category, score and preference, so a pool of thousands has a few dozen
    # distinct reasons: each is worded once per list and shared (time and memory at 100,000 applicants).
    parts_by_key: dict[tuple[str, float], tuple[int, int, int, str, list[str]] | None] = {}
    by_id = assessment.tie_break == "id"
    for applicant_id, preference, score in eligible:
        key = (preference, score)
        known = parts_by_key.get(key, False)
        if known is False:
            known = parts_by_key[key] = _category_parts(assessment, preference, score, grade, floats)
        if known is None:
            continue
        _index, listed, group, name, parts = known
        if listed_below is not None and listed >= listed_below:
            continue
        block = 0 if listed <= merged_depth else listed
        if by_id:
            placed.append((block, group, listed, applicant_id, applicant_id, preference, score, name, parts))
        else:
            placed.append((block, group, listed, -score, applicant_id, preference, score, name, parts))
    if unique_ids:
        placed.sort()
    else:
        placed.sort(key=lambda item: item[:5])
    return placed


def _category_counts(
    eligible: Iterable[tuple[str, str, float]], assessment: Assessment, *, grade: int, scientific_professional: bool
) -> list[int]:
    """How many of ``eligible`` :func:`rank_category` lists in each category (by index): what
    :func:`_referred_depth` reads, found without placing anyone."""
    floats = cp_cps_float(assessment, grade, scientific_professional)
    counts = [0] * len(assessment.categories)
    listed_by_key: dict[tuple[str, float], int | None] = {}
    for _applicant_id, preference, score in eligible:
        key = (preference, score)
        listed = listed_by_key.get(key, -1)
        if listed == -1:
            known = _category_parts(assessment, preference, score, grade, floats)
            listed = listed_by_key[key] = None if known is None else known[1]
        if listed is not None:
            counts[listed] += 1
    return counts


def _category_ranked(placed: Iterable[tuple[Any, ...]], assessment: Assessment, *, merged_depth: int
                     ) -> Iterator[Ranked]:
    """The :class:`Ranked` of each of :func:`_category_placed`'s tuples, in their order (built one at a time)."""
    reasons: dict[tuple[int, bool], str] = {}
    for _block, group, listed, _tie, applicant_id, preference, score, name, parts in placed:
        merged = bool(merged_depth and listed <= merged_depth)
        reason = reasons.get((id(parts), merged))
        if reason is None:
            reason = "; ".join(parts)
            if merged:
                reason += "; merged category: preference applied across it (5 U.S.C. 3319(c)(1); DEOH)"
            reason = reasons[(id(parts), merged)] = f"{reason}; {_tie_text(assessment)}."
        yield _make_ranked({
            "applicant_id": applicant_id, "preference": preference, "score": score, "earned_category": name,
            "category": assessment.categories[listed].name, "category_index": listed, "augmented_score": None,
            "group": group, "reason": reason,
        })  # fmt: skip


def _category_parts(
    assessment: Assessment, preference: str, score: float, grade: int, floats: bool
) -> tuple[int, int, int, str, list[str]] | None:
    """(earned index, listed index, preference group, earned name, reason parts), or None below every category."""
    found = earned_category(assessment, score)
    if found is None:
        return None
    index, name = found
    group = _group(preference)
    parts = [f"earned {name} (score {score:g})"]
    listed = index
    if group == 0 and floats:
        listed = 0
        if index != 0:
            parts.append(
                f"{preference}: listed in the highest category {assessment.categories[0].name} "
                "(5 U.S.C. 3319(b))"
            )
        else:
            parts.append(f"{preference}: at the top of the highest category (5 U.S.C. 3319(b))")
    elif group == 0:
        parts.append(
            f"{preference}: stays in its earned category, at the top (scientific/professional position at "
            f"GS-{grade}, 5 U.S.C. 3319(b); DEOH practice)"
        )
    elif group == 1:
        parts.append(f"{preference}: preference eligible, listed ahead of non-preference eligibles (5 U.S.C. 3319(b))")
    else:
        parts.append("no veterans' preference: listed after preference eligibles (5 U.S.C. 3319(b))")
    return index, listed, group, name, parts


def referred_count_category(ranked: list[Ranked], assessment: Assessment) -> int:
    """How many categories (from the top) a certificate refers: 1, or more when merging (3319(c)(1)).

    Returns:
        ``merged_depth + 1``: the highest category alone (1) or merged with the next ones.
    """
    counts = [0] * len(assessment.categories)
    for r in ranked:
        counts[r.category_index] += 1
    return _referred_depth(counts, assessment)


def _referred_depth(counts: list[int], assessment: Assessment) -> int:
    """:func:`referred_count_category` from the number of applicants listed in each category."""
    depth = 0
    total = counts[0]
    while assessment.merge_below and total < assessment.merge_below and depth + 1 < len(counts):
        if depth >= 1 and not assessment.merge_until_enough:
            break
        depth += 1
        total += counts[depth]
    return depth + 1


def rank_numerical(
    eligible: list[tuple[str, str, float]],
    assessment: Assessment,
    *,
    grade: int,
    scientific_professional: bool,
) -> list[Ranked]:
    """Order eligible applicants on a numerical register (5 CFR 332.401).

    Args:
        eligible: ``(applicant_id, preference code, score)`` for applicants who passed every hurdle.
        assessment: The assessment (preference points, tie-break).
        grade: The register's grade (the GS-9 exception depends on it).
        scientific_professional: Whether the position is scientific or professional.

    Returns:
        The register in order.
    """
    floats = cp_cps_float(assessment, grade, scientific_professional)
    placed = []
    for applicant_id, preference, score in eligible:
        points = assessment.preference_points.get(preference, 0)
        augmented = score + points
        group = _group(preference)
        top = group == 0 and floats
        parts = [f"score {score:g}"]
        if points:
            parts.append(f"+{points} preference points ({preference}, 5 U.S.C. 3309) = {augmented:g}")
        if top:
            parts.append(f"{preference}: at the top of the register in score order (5 CFR 332.401(b))")
        elif group == 0:
            parts.append(f"{preference}: not moved up (scientific/professional position at GS-{grade}, 5 CFR 332.401(b))")
        if group < 2:
            parts.append("ahead of non-preference eligibles with the same score (5 CFR 332.401(a))")
        key = (0 if top else 1, -augmented, 0 if group < 2 else 1, applicant_id)
        placed.append((key, _make_ranked({
            "applicant_id": applicant_id, "preference": preference, "score": score, "earned_category": None,
            "category": None, "category_index": 0, "augmented_score": augmented, "group": group,
            "reason": "; ".join(parts) + "; ties broken by applicant id.",
        })))
    placed.sort(key=lambda item: item[0])
    return [r for _, r in placed]


def referred_count_numerical(ranked: list[Ranked], assessment: Assessment, *, floats: bool = True) -> int:
    """How many names from the top of a register are certified (top N with ties, and/or a cut-off score).

    Args:
        ranked: The register, as :func:`rank_numerical` orders it.
        assessment: The assessment (``numerical_top_n``, ``numerical_cutoff_score``).
        floats: Whether CP/CPS were moved to the top of this register (:func:`cp_cps_float`): a name moved
            to the top does not stand level with one of the same score that was not.
    """
    if not ranked:
        return 0
    n = len(ranked)
    chosen = set()
    if assessment.numerical_cutoff_score is None and assessment.numerical_top_n is None:
        return n
    if assessment.numerical_cutoff_score is not None:
        cut = assessment.numerical_cutoff_score
        # every name whose augmented score reaches the cut-off; with the prefix rule below, a CP/CPS moved to
        # the top of the register is certified whenever a name below it is, whatever its own score
        chosen |= {i for i, r in enumerate(ranked) if (r.augmented_score or 0) >= cut}
    if assessment.numerical_top_n is not None:
        top = min(assessment.numerical_top_n, n)
        chosen |= set(range(top))

        def standing(r: Ranked) -> tuple[bool, float | None, bool]:
            return (floats and r.group == 0, r.augmented_score, r.group < 2)

        # names standing level with the Nth (moved to the top or not, the same augmented score, preference or
        # not) are certified too; in register order they follow the Nth directly
        level = standing(ranked[top - 1])
        for i in range(top, n):
            if standing(ranked[i]) != level:
                break
            chosen.add(i)
    # a certificate is a prefix of the register: it never skips a higher-standing name
    return max(chosen) + 1 if chosen else 0
