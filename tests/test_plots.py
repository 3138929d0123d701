"""Notebook charts draw what the results hold (drawn off-screen with matplotlib's Agg backend)."""

from __future__ import annotations

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from skillhire.plots import (  # noqa: E402
    plot_adverse_impact,
    plot_categories,
    plot_rater_agreement,
    plot_readability,
)
from skillhire.scoring import score_pool  # noqa: E402
from skillhire.synthetic import generate_pool  # noqa: E402


@pytest.fixture(scope="module")
def result():
    pool = generate_pool(n_applicants=300, seed=3)
    return score_pool(pool.applicants, pool.ratings, "smeqa-standard")


def _bar_total(ax) -> float:
    return sum(patch.get_height() for patch in ax.patches)


def test_categories_by_grade_count_each_eligible_grade_once(result) -> None:
    ax = plot_categories(result, by="grade")
    expected = sum(len(o.grades) for o in result.outcomes.values() if o.status == "eligible")
    assert _bar_total(ax) == expected
    assert [label.get_text() for label in ax.get_legend().get_texts()] == [
        c.name for c in result.assessment.categories if any(
            o.category == c.name for o in result.outcomes.values() if o.status == "eligible"
        )
    ]


def test_categories_by_agency_match_the_agency_certificates(result) -> None:
    ax = plot_categories(result, by="agency")
    expected = sum(len(c.entries) for c in result.certificates() if "announcing" not in c.key)
    assert _bar_total(ax) == expected


def test_categories_refuse_an_unknown_grouping(result) -> None:
    with pytest.raises(ValueError, match="choose 'grade' or 'agency'"):
        plot_categories(result, by="location")


def test_adverse_impact_draws_one_bar_per_hurdle_and_group_and_the_threshold(result) -> None:
    column = next(c for c in ("sex", "race_ethnicity", "gender") if _has(result, c))
    report = result.adverse_impact(by=column)
    ax = plot_adverse_impact(report)
    groups = {row.group for row in report.rows}
    hurdles = {row.hurdle for row in report.rows}
    assert len(ax.patches) == len(groups) * len(hurdles)
    assert [line.get_ydata()[0] for line in ax.get_lines()] == [report.threshold]


def _has(result, column: str) -> bool:
    try:
        result.adverse_impact(by=column)
    except LookupError:
        return False
    return True


def test_rater_agreement_heatmap_is_symmetric(result) -> None:
    report = result.rater_agreement()
    ax = plot_rater_agreement(report)
    grid = ax.images[0].get_array()
    raters = sorted({p.rater_a for p in report.pairs} | {p.rater_b for p in report.pairs})
    assert grid.shape == (len(raters), len(raters))
    assert (grid.filled(0) == grid.filled(0).T).all()


def test_readability_draws_before_and_after_per_section() -> None:
    from skillhire.rewrite import rewrite_posting

    text = (
        "# Program Analyst\nSeries: 0343\n\n## Qualifications\nThe incumbent shall facilitate the utilization "
        "of methodologies in accordance with applicable regulations in order to ascertain requirements.\n"
    )
    rewritten = rewrite_posting(text)
    ax = plot_readability(rewritten, sections=["qualifications"])
    before, after = (patch.get_height() for patch in ax.patches)
    assert before == pytest.approx(rewritten.readability_before["qualifications"].flesch_kincaid_grade)
    assert after == pytest.approx(rewritten.readability_after["qualifications"].flesch_kincaid_grade)
    assert after < before
