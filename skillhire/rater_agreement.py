"""How well the SMEs agree: per competency, per SME pair, and per SME against the final decisions.

- Per competency (and per interview round rated by a panel): percent agreement over every pair of ratings
  of the same applicant, and Krippendorff's alpha (nominal for meets/does-not-meet, interval for 0/1/2
  interview ratings), which corrects for chance and handles any number of raters and missing ratings
  (Krippendorff, *Computing Krippendorff's Alpha-Reliability*, 2011).
- Per SME pair: Cohen's kappa over the units both rated (Cohen 1960).
- Tie-breaks: how often a split needed a further SME, per competency (SME-QA resume review).
- Outlier raters: SMEs whose ratings disagree with the final decision more often than the pool's rate,
  by a one-sided binomial z of at least ``z_threshold`` over at least ``min_ratings`` decided ratings
  (only units rated by two or more SMEs count: a lone rating is the decision itself).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AgreementUnit",
    "CompetencyAgreement",
    "PairAgreement",
    "RaterAgreementReport",
    "RaterStats",
    "cohen_kappa",
    "krippendorff_alpha",
    "rater_agreement_report",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def krippendorff_alpha(units: Iterable[Iterable[object]], *, metric: str = "nominal") -> float | None:
    """Krippendorff's alpha for reliability data given as the values each unit received.

    Args:
        units: For each unit, the values the raters gave it (missing ratings simply left out).
        metric: ``"nominal"`` or ``"interval"`` (values must be numbers).

    Returns:
        Alpha, or None when undefined (no unit with 2 values, or no variation at all).

    Example:
        >>> round(krippendorff_alpha([["a", "a"], ["b", "b"], ["a", "b"]]), 3)
        0.444
    """
    if metric not in ("nominal", "interval"):
        raise ValueError(f"metric must be 'nominal' or 'interval', not {metric!r}")
    coincidence: dict[tuple[object, object], float] = defaultdict(float)
    for values in units:
        values = list(values)
        m = len(values)
        if m < 2:
            continue
        for i, j in itertools.permutations(range(m), 2):
            coincidence[(values[i], values[j])] += 1 / (m - 1)
    return _alpha(coincidence, metric)


def _dyadic(m: int) -> bool:
    """Whether 1 / (m - 1) is exact in binary floating point (m - 1 a power of two)."""
    return m >= 2 and (m - 1) & (m - 2) == 0


def _counted_alpha(counted: Mapping[tuple[object, ...], int], metric: str) -> float | None:
    """:func:`krippendorff_alpha` over distinct value tuples with their counts, in first-seen order.

    Only for tuples whose ``1 / (m - 1)`` is exact (see :func:`_dyadic`): then adding it ``count`` times
    one by one, in any order, gives exactly ``count / (m - 1)``, so the result is the same float as the
    unit-by-unit computation (and pairs are first seen in the same order, so the sums run in that order).
    """
    coincidence: dict[tuple[object, object], float] = defaultdict(float)
    for values, count in counted.items():
        m = len(values)
        if m < 2:
            continue
        for i, j in itertools.permutations(range(m), 2):
            coincidence[(values[i], values[j])] += count / (m - 1)
    return _alpha(coincidence, metric)


def _alpha(coincidence: Mapping[tuple[object, object], float], metric: str) -> float | None:
    totals: dict[object, float] = defaultdict(float)
    for (c, _k), weight in coincidence.items():
        totals[c] += weight
    n = sum(totals.values())
    if n <= 1:
        return None

    def delta(c: object, k: object) -> float:
        if metric == "nominal":
            return 0.0 if c == k else 1.0
        return (float(c) - float(k)) ** 2  # type: ignore[arg-type]

    observed = sum(weight * delta(c, k) for (c, k), weight in coincidence.items())
    values = sorted(totals, key=str)
    expected = sum(totals[c] * totals[k] * delta(c, k) for c in values for k in values)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def cohen_kappa(pairs: Iterable[tuple[object, object]]) -> float | None:
    """Cohen's kappa for two raters' ratings of the same units.

    Returns None when undefined (no units, or chance agreement is 1).

    Example:
        >>> pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
        >>> round(cohen_kappa(pairs), 4)
        0.4
    """
    return _counted_kappa(Counter((a, b) for a, b in pairs))


def _counted_kappa(counted: Mapping[tuple[object, object], int]) -> float | None:
    """Cohen's kappa over distinct (a, b) pairs with their counts (integer sums: exact in any order)."""
    n = sum(counted.values())
    if n == 0:
        return None
    observed = sum(count for (a, b), count in counted.items() if a == b) / n
    first: dict[object, int] = defaultdict(int)
    second: dict[object, int] = defaultdict(int)
    for (a, b), count in counted.items():
        first[a] += count
        second[b] += count
    expected = sum(first[c] * second.get(c, 0) for c in first) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


class AgreementUnit(NamedTuple):
    """One thing several SMEs rated: an applicant's competency, or an applicant's interview round.

    A named tuple rather than a model: a pool has one per applicant and competency, built internally.
    """

    hurdle: str
    """Hurdle id."""
    competency: str
    """Competency id ('' for an interview round)."""
    applicant_id: str
    """The applicant."""
    votes: list[tuple[str, str | int]]
    """(rater, rating) pairs."""
    final: str | int | None
    """The decision the engine reached, or None while pending."""
    tie_break: bool = False
    """A split was broken by a further SME."""


class CompetencyAgreement(_Frozen):
    """Agreement on one competency (or interview round)."""

    hurdle: str = Field(description="Hurdle id.")
    competency: str = Field(description="Competency id ('' for an interview round).")
    units: int = Field(description="Applicants rated by at least two SMEs.")
    percent_agreement: float | None = Field(description="Share of rating pairs on the same applicant that agree.")
    alpha: float | None = Field(description="Krippendorff's alpha (nominal, or interval for interview ratings).")
    metric: str = Field(description="The alpha metric used.")
    tie_breaks: int = Field(description="Splits broken by a further SME.")
    pending: int = Field(description="Units with no decision yet.")


class PairAgreement(_Frozen):
    """Agreement between two SMEs over the units both rated."""

    rater_a: str = Field(description="First SME (alphabetical).")
    rater_b: str = Field(description="Second SME.")
    units: int = Field(description="Units both rated.")
    percent_agreement: float | None = Field(description="Share of those units they rated the same.")
    kappa: float | None = Field(description="Cohen's kappa.")


class RaterStats(_Frozen):
    """One SME against the final decisions."""

    rater: str = Field(description="The SME.")
    ratings: int = Field(description="Ratings of units that reached a decision.")
    disagreements: int = Field(description="Of them, how many differ from the decision.")
    rate: float | None = Field(description="disagreements / ratings.")
    z: float | None = Field(description="One-sided binomial z against the pool's disagreement rate.")
    flagged: bool = Field(description="Disagrees unusually often (z >= threshold, enough ratings).")


class RaterAgreementReport(_Frozen):
    """Rater agreement for a scored pool."""

    competencies: list[CompetencyAgreement] = Field(description="Per competency / interview round.")
    pairs: list[PairAgreement] = Field(description="Per SME pair with at least one shared unit.")
    raters: list[RaterStats] = Field(description="Per SME.")
    pool_disagreement_rate: float | None = Field(description="Share of all decided ratings that differ from the decision.")
    min_ratings: int = Field(description="Ratings an SME needs before being flagged.")
    z_threshold: float = Field(description="z at or above which an SME is flagged.")

    def outliers(self) -> list[str]:
        """SMEs flagged as disagreeing with the final decision unusually often."""
        return [r.rater for r in self.raters if r.flagged]

    def _repr_html_(self) -> str:
        import html

        def table(items: list[BaseModel]) -> str:
            if not items:
                return "<p>(none)</p>"
            cols = list(type(items[0]).model_fields)
            head = "".join(f"<th>{c}</th>" for c in cols)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(_fmt(getattr(i, c)))}</td>" for c in cols) + "</tr>" for i in items
            )
            return f"<table><tr>{head}</tr>{body}</table>"

        return table(self.competencies) + table(self.pairs) + table(self.raters)

    def to_pandas(self) -> dict:
        """Three pandas DataFrames: ``competencies``, ``pairs``, ``raters`` (needs skillhire[pandas])."""
        from skillhire.scoring import _pandas

        pd = _pandas()
        return {name: pd.DataFrame([i.model_dump() for i in getattr(self, name)])
                for name in ("competencies", "pairs", "raters")}


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


def rater_agreement_report(
    units: list[AgreementUnit], *, min_ratings: int = 10, z_threshold: float = 2.0
) -> RaterAgreementReport:
    """Compute the report from rated units (see :meth:`skillhire.scoring.PoolResult.rater_agreement`).

    Args:
        units: Every rated unit with its votes and final decision.
        min_ratings: Decided ratings an SME needs before being flagged as an outlier.
        z_threshold: One-sided binomial z at or above which an SME is flagged.
    """
    collect = _UnitCollector()
    for unit in units:
        collect.add(unit.hurdle, unit.competency, tuple(unit.votes), unit.final, unit.tie_break)
    return _report(collect.by_key, min_ratings=min_ratings, z_threshold=z_threshold)


class _UnitCollector:
    """Rated units grouped by (hurdle, competency), each as a shared ``(votes, final, tie_break)`` tuple.

    Units repeat: at 100,000 applicants a competency has a handful of distinct vote patterns, so each
    pattern is stored once and the report is computed over the distinct patterns with their counts
    (integer counts: the same figures as unit by unit). Input order is kept for the one sum that needs it.
    """

    __slots__ = ("by_key", "_shared", "_coded")

    def __init__(self, *, coded: bool = False) -> None:
        self.by_key: dict[tuple[str, str], Any] = {}
        self._shared: dict[tuple, tuple] = {}
        # coded: each unit is a small code into the key's table of distinct units (an array growing from
        # one byte a code), not an 8-byte list slot; for a collector that lives while a pool is written
        self._coded = coded

    def add(self, hurdle: str, competency: str, votes: tuple[tuple[str, str | int], ...], final: str | int | None,
            tie_break: bool) -> None:
        key = (votes, final, tie_break)
        group = self.by_key.get((hurdle, competency))
        if group is None:
            group = self.by_key[(hurdle, competency)] = _CodedUnits() if self._coded else []
        group.append(self._shared.setdefault(key, key))

    def groups(self) -> dict[tuple[str, str], Any]:
        """The units by (hurdle, competency), each group in the order added, for :func:`_report` (which
        replaces the groups of the dict it is given: a new dict each call)."""
        return dict(self.by_key)


class _CodedUnits:
    """A group of units as codes into its table of distinct units: iterates the units in the order added."""

    __slots__ = ("_codes",)

    def __init__(self) -> None:
        from skillhire.applicants import _Codes

        self._codes = _Codes(None)  # every distinct unit has its code: a group has a handful

    def append(self, unit: tuple) -> None:
        self._codes.append(unit)

    def __iter__(self) -> Iterator[tuple]:
        values = self._codes.values
        return (values[code] for code in self._codes.codes)

    def __len__(self) -> int:
        return len(self._codes.codes)


def _report(
    by_key: dict[tuple[str, str], list[tuple]], *, min_ratings: int, z_threshold: float
) -> RaterAgreementReport:
    competencies = []
    for (hurdle, competency), group in sorted(by_key.items()):
        counted = Counter(group)
        agree = total = multi = 0
        for (votes, _final, _tie), count in counted.items():
            if len(votes) < 2:
                continue
            multi += count
            for (_, a), (_, b) in itertools.combinations(votes, 2):
                total += count
                agree += count * (a == b)
        metric = "interval" if any(isinstance(v, int) for votes, _, _ in counted for _, v in votes) else "nominal"
        value_counts = Counter()
        for (votes, _final, _tie), count in counted.items():
            value_counts[tuple(v for _, v in votes)] += count
        if all(_dyadic(len(values)) for values in value_counts if len(values) >= 2):
            alpha = _counted_alpha(value_counts, metric)
        else:  # 1 / (m - 1) is inexact: add unit by unit, in input order, as the plain computation does
            alpha = krippendorff_alpha([[v for _, v in votes] for votes, _, _ in group if len(votes) >= 2],
                                       metric=metric)
        competencies.append(
            CompetencyAgreement(
                hurdle=hurdle, competency=competency, units=multi,
                percent_agreement=agree / total if total else None,
                alpha=alpha, metric=metric, tie_breaks=sum(count for (_, _, tie), count in counted.items() if tie),
                pending=sum(count for (_, final, _), count in counted.items() if final is None),
            )
        )
        by_key[(hurdle, competency)] = counted  # the counts are all the rest needs
    shared: dict[tuple[str, str], Counter] = defaultdict(Counter)
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for counted in by_key.values():
        for (unit_votes, final, _tie), count in counted.items():
            votes = dict(unit_votes)
            for a, b in itertools.combinations(sorted(votes), 2):
                shared[(a, b)][(votes[a], votes[b])] += count
            if final is None or len(unit_votes) < 2:
                continue  # a lone rating is the decision itself: it says nothing about agreement
            for rater, value in unit_votes:
                seen[rater][0] += count
                seen[rater][1] += count * (value != final)
    pairs = [
        PairAgreement(rater_a=a, rater_b=b, units=sum(items.values()),
                      percent_agreement=sum(n for (x, y), n in items.items() if x == y) / sum(items.values()),
                      kappa=_counted_kappa(items))
        for (a, b), items in sorted(shared.items())
    ]
    total_ratings = sum(n for n, _ in seen.values())
    total_disagree = sum(d for _, d in seen.values())
    base = total_disagree / total_ratings if total_ratings else None
    raters = []
    for rater in sorted(seen):
        n, d = seen[rater]
        z = None
        if base is not None and 0 < base < 1 and n:
            z = (d - n * base) / math.sqrt(n * base * (1 - base))
        raters.append(RaterStats(rater=rater, ratings=n, disagreements=d, rate=d / n if n else None, z=z,
                                 flagged=bool(z is not None and n >= min_ratings and z >= z_threshold)))
    return RaterAgreementReport(competencies=competencies, pairs=pairs, raters=raters,
                                pool_disagreement_rate=base, min_ratings=min_ratings, z_threshold=z_threshold)
