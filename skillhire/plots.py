"""Charts for notebooks: category counts, adverse impact, rater agreement, readability before and after.

matplotlib is optional (``pip install 'skillhire[plot]'``). Each function draws on the ``ax`` it is given
(or a new figure) and returns the ``Axes``, so notebook users can restyle or save it; nothing is shown or
written by the library itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from skillhire.adverse_impact import AdverseImpactReport
    from skillhire.rater_agreement import RaterAgreementReport
    from skillhire.rewrite import RewriteResult
    from skillhire.scoring import PoolResult

__all__ = ["plot_adverse_impact", "plot_categories", "plot_rater_agreement", "plot_readability"]


def _pyplot():
    try:
        import matplotlib

        if matplotlib.get_backend().lower() not in {"agg", "module://matplotlib_inline.backend_inline"}:
            matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("plots need matplotlib: pip install 'skillhire[plot]'") from None
    return plt


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, new = _pyplot().subplots(figsize=size)
    return new


def plot_categories(result: PoolResult, *, by: str = "grade", ax: Axes | None = None) -> Axes:
    """Eligible applicants per quality category, by grade or by agency (stacked bars).

    An applicant eligible at several grades or opted in to several agencies counts once per bar they stand
    in, as they do on the certificates.

    Args:
        result: A scored pool.
        by: ``"grade"`` or ``"agency"``.
        ax: Axes to draw on (default: a new figure).

    Returns:
        The Axes.

    Raises:
        ValueError: ``by`` is neither ``"grade"`` nor ``"agency"``.

    Example:
        >>> plot_categories(result, by="agency")  # doctest: +SKIP
    """
    if by not in ("grade", "agency"):
        raise ValueError(f"plot_categories(by={by!r}): choose 'grade' or 'agency'")
    counts: Counter[tuple[str, str]] = Counter()
    for certificate in result.certificates():
        if "announcing" in certificate.key and by == "agency":
            continue
        bar = f"GS-{certificate.grade}" if by == "grade" else certificate.agency
        for entry in certificate.entries if by == "agency" else []:
            counts[(bar, entry.category or "(none)")] += 1
    if by == "grade":
        for outcome in result.outcomes.values():
            if outcome.status == "eligible":
                for grade in outcome.grades:
                    counts[(f"GS-{grade}", outcome.category or "(none)")] += 1
    bars = sorted({bar for bar, _ in counts})
    categories = _category_order(result, {category for _, category in counts})
    ax = _axes(ax, (max(5.0, 0.7 * len(bars) + 2), 3.5))
    bottom = [0] * len(bars)
    for category in categories:
        heights = [counts.get((bar, category), 0) for bar in bars]
        ax.bar(bars, heights, bottom=bottom, label=category)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("eligible applicants")
    ax.set_title(f"Quality categories by {by}")
    ax.legend(frameon=False)
    if by == "agency":
        ax.tick_params(axis="x", labelrotation=45)
    return ax


def _category_order(result: PoolResult, present: set[str]) -> list[str]:
    order = [category.name for category in result.assessment.categories if category.name in present]
    return order + sorted(present - set(order))


def plot_adverse_impact(report: AdverseImpactReport, *, ax: Axes | None = None) -> Axes:
    """Impact ratio of each group at each hurdle, with the four-fifths line (29 CFR 1607.4(D)).

    Small groups are drawn hollow: their ratios move a lot with one person.

    Example:
        >>> plot_adverse_impact(result.adverse_impact(by="sex"))  # doctest: +SKIP
    """
    hurdles: list[str] = []
    for row in report.rows:
        if row.hurdle not in hurdles:
            hurdles.append(row.hurdle)
    groups = sorted({row.group for row in report.rows})
    ax = _axes(ax, (max(5.0, 1.2 * len(hurdles) + 2), 3.5))
    width = 0.8 / max(1, len(groups))
    for index, group in enumerate(groups):
        rows = {row.hurdle: row for row in report.rows if row.group == group}
        xs = [h + index * width for h in range(len(hurdles))]
        ratios = [(rows[h].impact_ratio or 0.0) if h in rows else 0.0 for h in hurdles]
        hollow = [h in rows and rows[h].small_group for h in hurdles]
        bars = ax.bar(xs, ratios, width=width, label=group)
        for bar, is_small in zip(bars, hollow, strict=True):
            if is_small:
                bar.set_fill(False)
    ax.axhline(report.threshold, color="black", linestyle="--", linewidth=1, label=f"{report.threshold:.0%} rule")
    ax.set_xticks([h + width * (len(groups) - 1) / 2 for h in range(len(hurdles))], hurdles)
    ax.set_ylabel("impact ratio")
    ax.set_ylim(0, 1.1)
    ax.set_title(f"Adverse impact by {report.by} (evidence, not a legal finding)")
    ax.legend(frameon=False, fontsize="small")
    return ax


def plot_rater_agreement(report: RaterAgreementReport, *, ax: Axes | None = None) -> Axes:
    """Heatmap of Cohen's kappa for every pair of SMEs who rated the same applicants.

    Example:
        >>> plot_rater_agreement(result.rater_agreement())  # doctest: +SKIP
    """
    raters = sorted({pair.rater_a for pair in report.pairs} | {pair.rater_b for pair in report.pairs})
    index = {rater: i for i, rater in enumerate(raters)}
    nan = float("nan")
    grid = [[nan] * len(raters) for _ in raters]
    for pair in report.pairs:
        if pair.kappa is not None:
            a, b = index[pair.rater_a], index[pair.rater_b]
            grid[a][b] = grid[b][a] = pair.kappa
    ax = _axes(ax, (max(4.0, 0.35 * len(raters) + 2), max(3.5, 0.35 * len(raters) + 1.5)))
    image = ax.imshow(grid, vmin=-1, vmax=1, cmap="RdYlGn")
    ax.set_xticks(range(len(raters)), raters, rotation=90, fontsize="small")
    ax.set_yticks(range(len(raters)), raters, fontsize="small")
    ax.figure.colorbar(image, ax=ax, label="Cohen's kappa")
    ax.set_title("Agreement between SME pairs")
    return ax


def plot_readability(
    result: RewriteResult, *, sections: Sequence[str] | None = None, ax: Axes | None = None
) -> Axes:
    """Flesch-Kincaid grade of each section before and after the rewrite.

    Example:
        >>> plot_readability(rewrite_posting(text))  # doctest: +SKIP
    """
    names = list(sections) if sections is not None else [
        name for name in result.readability_before
        if name in result.readability_after and result.readability_before[name].flesch_kincaid_grade is not None
    ]
    before = [_grade(result.readability_before.get(name)) for name in names]
    after = [_grade(result.readability_after.get(name)) for name in names]
    ax = _axes(ax, (max(5.0, 0.9 * len(names) + 2), 3.5))
    xs = range(len(names))
    ax.bar([x - 0.2 for x in xs], before, width=0.4, label="before")
    ax.bar([x + 0.2 for x in xs], after, width=0.4, label="after")
    ax.set_xticks(list(xs), names, rotation=30, ha="right")
    ax.set_ylabel("Flesch-Kincaid grade")
    ax.set_title("Reading grade before and after the plain-language rewrite")
    ax.legend(frameon=False)
    return ax


def _grade(readability: Any) -> float:
    value = getattr(readability, "flesch_kincaid_grade", None)
    return float(value) if value is not None else 0.0
