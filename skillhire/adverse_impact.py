"""Adverse impact per hurdle and for the whole process (29 CFR 1607.4(D), the Uniform Guidelines).

For each hurdle (applicants who reached it and were decided) and for the whole process ("overall":
every scored applicant, passed = eligible), per group of the chosen column: applicants, passed, selection
rate, impact ratio to the group with the highest rate, the four-fifths flag (a rate less than four-fifths of
the highest, compared exactly, so a ratio of exactly 0.8 is not flagged), Fisher's exact
test and a two-proportion z-test of the group against the highest-rate group, whether moving one person
would flip the four-fifths finding (the "N-1"/flip-flop check), and small-group marks.

This is evidence, not a legal finding: 1607.4(D) itself says smaller differences may matter when
statistically and practically significant, and larger ones may not when they rest on small numbers.
The statistics are computed here with the standard library (exact integer arithmetic for Fisher's test)
and checked against published values in the tests.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AdverseImpactReport", "AdverseImpactRow", "adverse_impact_rows", "fisher_exact", "two_proportion_z"]

NOTICE = (
    "Evidence, not a legal finding: the four-fifths rule (29 CFR 1607.4(D)) and the significance tests "
    "are screening evidence; small groups and small differences need expert review."
)


def fisher_exact(table: tuple[tuple[int, int], tuple[int, int]]) -> float:
    """Two-sided Fisher's exact test p-value of a 2x2 table ``((a, b), (c, d))``.

    The p-value sums the hypergeometric probabilities of every table with the same margins that is no more
    likely than the observed one (the usual "minimum-likelihood" two-sided definition, as R's fisher.test
    and scipy's fisher_exact use). Probabilities are compared exactly, as integers.

    Example:
        >>> round(fisher_exact(((3, 1), (1, 3))), 6)  # Fisher's tea-tasting experiment
        0.485714
    """
    (a, b), (c, d) = table
    if min(a, b, c, d) < 0:
        raise ValueError("counts must be non-negative")
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0
    lo, hi = max(0, col1 - (n - row1)), min(row1, col1)

    if n > _EXACT_INTEGER_LIMIT:  # big pools: exact integers grow with n (minutes at n = 20,000)
        return _fisher_exact_log(a, row1, col1, n, lo, hi)

    def weight(x: int) -> int:  # numerator of the hypergeometric probability; common denominator comb(n, col1)
        return math.comb(row1, x) * math.comb(n - row1, col1 - x)

    observed = weight(a)
    total = sum(w for x in range(lo, hi + 1) if (w := weight(x)) <= observed)
    return float(min(Fraction(total, math.comb(n, col1)), Fraction(1)))


# Above this many applicants the test is computed in floating point from log-probabilities (math.lgamma),
# treating probabilities within a relative 1e-7 of the observed one as equal, as R's fisher.test and
# scipy's fisher_exact do; below it, exactly with integers.
_EXACT_INTEGER_LIMIT = 2_000


def _fisher_exact_log(a: int, row1: int, col1: int, n: int, lo: int, hi: int) -> float:
    def log_weight(x: int) -> float:
        return (
            _log_comb(row1, x) + _log_comb(n - row1, col1 - x)
        )

    denominator = _log_comb(n, col1)
    observed = log_weight(a) + math.log1p(1e-7)
    total = 0.0
    for x in range(lo, hi + 1):
        value = log_weight(x)
        if value <= observed:
            total += math.exp(value - denominator)
    return min(total, 1.0)


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def two_proportion_z(passed1: int, n1: int, passed2: int, n2: int) -> tuple[float | None, float | None]:
    """Pooled two-proportion z statistic (group 1 minus group 2) and its two-sided p-value.

    Returns ``(None, None)`` when undefined (an empty group, or everyone or no one passed).

    Example:
        >>> z, p = two_proportion_z(30, 100, 50, 100)
        >>> round(z, 4), round(p, 4)
        (-2.8868, 0.0039)
    """
    if n1 == 0 or n2 == 0:
        return None, None
    pooled = (passed1 + passed2) / (n1 + n2)
    variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
    if variance <= 0:
        return None, None
    z = (passed1 / n1 - passed2 / n2) / math.sqrt(variance)
    return z, math.erfc(abs(z) / math.sqrt(2))


class AdverseImpactRow(BaseModel):
    """One group at one hurdle."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    hurdle: str = Field(description="Hurdle id, or 'overall' for the whole process.")
    group: str = Field(description="Group value ('(blank)' for applicants with no value).")
    applicants: int = Field(description="Applicants of the group decided at this hurdle.")
    passed: int = Field(description="Of them, how many passed.")
    rate: float | None = Field(description="passed / applicants.")
    impact_ratio: float | None = Field(description="rate / the highest group's rate.")
    flagged: bool = Field(description="impact ratio below four-fifths (29 CFR 1607.4(D)).")
    reference_group: str | None = Field(description="The group with the highest rate.")
    fisher_p: float | None = Field(description="Fisher's exact two-sided p, this group vs the reference group.")
    z: float | None = Field(description="Two-proportion z statistic, this group vs the reference group.")
    z_p: float | None = Field(description="Two-sided p of the z-test.")
    significant: bool = Field(description="fisher_p < 0.05 (or |z| >= 1.96 when Fisher's p is unavailable).")
    flip_with_one: bool = Field(
        description="Moving one applicant of this group (one more pass if flagged, one fewer if not) changes "
        "the four-fifths finding: the finding is fragile."
    )
    small_group: bool = Field(description="Fewer applicants than the small-group threshold, or an expected count under 5.")
    note: str = Field(description="Plain-words reading of the row.")


class AdverseImpactReport(BaseModel):
    """Adverse impact by one column, per hurdle and overall."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    by: str = Field(description="The applicant column grouped by.")
    rows: list[AdverseImpactRow] = Field(description="One row per hurdle and group.")
    notice: str = Field(default=NOTICE, description="This is evidence, not a legal finding.")
    threshold: float = Field(description="The four-fifths threshold used.")
    small_group_size: int = Field(description="Groups smaller than this are marked small.")
    excluded_pending: dict[str, int] = Field(description="Per hurdle, applicants still pending (left out).")

    def flagged(self) -> list[AdverseImpactRow]:
        """Rows flagged under the four-fifths rule."""
        return [r for r in self.rows if r.flagged]

    def _repr_html_(self) -> str:
        import html

        cols = ["hurdle", "group", "applicants", "passed", "rate", "impact_ratio", "flagged", "fisher_p", "z",
                "flip_with_one", "small_group"]
        head = "".join(f"<th>{c}</th>" for c in cols)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_fmt(getattr(r, c)))}</td>" for c in cols) + "</tr>" for r in self.rows
        )
        return f"<p>{html.escape(self.notice)}</p><table><tr>{head}</tr>{body}</table>"

    def to_pandas(self):
        """The rows as a pandas DataFrame (needs ``pip install skillhire[pandas]``)."""
        from skillhire.scoring import _pandas

        return _pandas().DataFrame([r.model_dump() for r in self.rows])


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


def _flag(rate: Fraction | None, best: Fraction | None, threshold: Fraction) -> bool:
    """Whether ``rate`` is below ``threshold`` times ``best``, compared exactly: in floating point a ratio of
    exactly four-fifths, such as 3/5 against 3/4, can come out as 0.7999999999999999 and be flagged, but
    1607.4(D) flags only a rate *less than* four-fifths of the highest."""
    if rate is None or not best:
        return False
    return rate < threshold * best


def adverse_impact_rows(
    outcomes: Iterable[tuple[str, list[tuple[str, str]]]],
    hurdle_ids: list[str],
    *,
    by: str,
    threshold: float = 0.8,
    small_group_size: int = 30,
) -> AdverseImpactReport:
    """Build the report from per-applicant hurdle results.

    Args:
        outcomes: ``(group value, [(hurdle id, status), ...])`` per applicant, statuses ``passed``, ``failed``,
            ``pending`` or ``not_reached``; the ``overall`` pseudo-hurdle is included by the caller.
        hurdle_ids: Hurdles in order, ending with ``"overall"``.
        by: The column name (for the report).
        threshold: Four-fifths (0.8).
        small_group_size: Groups with fewer applicants are marked small.

    Returns:
        The :class:`AdverseImpactReport`.
    """
    counts: dict[str, dict[str, list[int]]] = {h: {} for h in hurdle_ids}
    pending: dict[str, int] = {h: 0 for h in hurdle_ids}
    # applicants of a group mostly share a handful of status sequences: count each distinct one once
    # (statuses as given may be lists; a tuple of tuples can be counted)
    tally = Counter((group, statuses if type(statuses) is tuple else tuple(map(tuple, statuses)))
                    for group, statuses in outcomes)
    for (group, statuses), times in tally.items():
        for hurdle, status in statuses:
            if status == "pending":
                pending[hurdle] += times
            if status not in ("passed", "failed"):
                continue
            cell = counts[hurdle].setdefault(group, [0, 0])
            cell[0] += times
            cell[1] += times * (status == "passed")
    rows = []
    # the threshold as the exact fraction it is written as (0.8 -> 4/5), so the rule is applied exactly
    exact_threshold = Fraction(str(threshold))
    for hurdle in hurdle_ids:
        groups = counts[hurdle]
        exact = {g: (Fraction(p, n) if n else None) for g, (n, p) in groups.items()}
        rates = {g: (p / n if n else None) for g, (n, p) in groups.items()}
        ranked = sorted((g for g in groups if exact[g] is not None), key=lambda g: (-exact[g], -groups[g][0], g))
        reference = ranked[0] if ranked else None
        best = rates[reference] if reference else None
        best_exact = exact[reference] if reference else None
        total_n = sum(n for n, _ in groups.values())
        total_p = sum(p for _, p in groups.values())
        for group in sorted(groups):
            n, p = groups[group]
            rate = rates[group]
            ratio = (rate / best) if (rate is not None and best) else None
            flagged = _flag(exact[group], best_exact, exact_threshold)
            fisher_p = z = z_p = None
            if reference is not None and group != reference:
                rn, rp = groups[reference]
                fisher_p = fisher_exact(((p, n - p), (rp, rn - rp)))
                z, z_p = two_proportion_z(p, n, rp, rn)
            # one-person flip: one more pass if flagged, one fewer if not (reference rate held fixed unless
            # this is the reference group itself)
            flip = False
            if n and best:
                moved = p + 1 if flagged else p - 1
                if 0 <= moved <= n:
                    new_rate = Fraction(moved, n)
                    new_best = max([new_rate] + [exact[g] for g in groups if g != group and exact[g] is not None])
                    flip = _flag(new_rate, new_best, exact_threshold) != flagged
            expected_small = bool(total_n) and min(
                n * total_p / total_n, n * (total_n - total_p) / total_n
            ) < 5
            small = n < small_group_size or expected_small
            significant = (fisher_p is not None and fisher_p < 0.05) or (
                fisher_p is None and z is not None and abs(z) >= 1.96
            )
            if group == reference:
                note = "highest selection rate: the reference group"
            elif flagged:
                note = f"selection rate below four-fifths of {reference}'s"
                note += "; statistically significant" if significant else "; not statistically significant"
            else:
                note = "at or above four-fifths of the highest rate"
            if flip:
                note += "; one person's outcome would change this finding"
            if small:
                note += "; small group: read with care"
            rows.append(
                AdverseImpactRow(
                    hurdle=hurdle, group=group, applicants=n, passed=p, rate=rate, impact_ratio=ratio,
                    flagged=flagged, reference_group=reference, fisher_p=fisher_p, z=z, z_p=z_p,
                    significant=significant, flip_with_one=flip, small_group=small, note=note,
                )
            )
    return AdverseImpactReport(by=by, rows=rows, threshold=threshold, small_group_size=small_group_size,
                               excluded_pending=pending)
