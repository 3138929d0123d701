"""Rater agreement: Krippendorff's alpha and Cohen's kappa against published values, and the pool report."""

from __future__ import annotations

import pytest
from scoring_fixtures import SMEQA, applicant, interview, resume_votes, variant

from skillhire import score_pool
from skillhire.rater_agreement import cohen_kappa, krippendorff_alpha

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
# missing values left out. Published: nominal alpha = 0.743, interval alpha = 0.849.
KRIPPENDORFF_2011 = [
    [1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4], [1, 1, 2, 1],
    [2, 2, 2, 2], [5, 5, 5], [1, 1], [3],
]


@pytest.mark.parametrize("metric, expected", [("nominal", 0.743), ("interval", 0.849)])
def test_krippendorff_alpha_published_example(metric, expected):
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, metric=metric), 3) == expected


@pytest.mark.parametrize(
    "units, expected",
    [
        ([["a", "a"], ["b", "b"]], 1.0),
        ([["a", "a"], ["a", "a"]], None),  # no variation: undefined
        ([["a"]], None),  # no pairable values
        ([["a", "b"], ["b", "a"]], -0.5),
    ],
)
def test_krippendorff_alpha_edge_cases(units, expected):
    assert krippendorff_alpha(units) == (pytest.approx(expected) if expected is not None else None)


def test_krippendorff_alpha_rejects_unknown_metric():
    with pytest.raises(ValueError, match="metric must be"):
        krippendorff_alpha([[1, 2]], metric="ratio")


@pytest.mark.parametrize(
    "pairs, expected",
    [
        # Wikipedia "Cohen's kappa", worked example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4
        ([("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15, 0.4),
        # Wikipedia second example: 45/15/25/15 -> 0.1304
        ([("y", "y")] * 45 + [("y", "n")] * 15 + [("n", "y")] * 25 + [("n", "n")] * 15, 0.1304),
        ([("y", "y")] * 3, None),
        ([], None),
    ],
)
def test_cohen_kappa(pairs, expected):
    got = cohen_kappa(pairs)
    assert (round(got, 4) if got is not None else None) == expected


def test_pool_report_competencies_pairs_tie_breaks_and_outliers():
    cr = "customer-research"
    applicants = [applicant(f"A{i}") for i in range(1, 5)]
    ratings = (
        resume_votes("A1", {cr: "MF MF"})
        + resume_votes("A2", {cr: "MF DNMF MF"})   # split, sme3 breaks it
        + resume_votes("A3", {cr: "DNMF DNMF"})
        + resume_votes("A4", {cr: "DNMF MF"})      # split, pending
        + interview("A1", 2, 2)
        + [{"applicant_id": "A1", "hurdle": "interview_1", "rater": "sme8", "rating": 2}]
    )
    one_competency = variant(grades=[], competencies=[SMEQA.competencies[0].model_dump()])
    result = score_pool(applicants, ratings, one_competency)
    report = result.rater_agreement(min_ratings=1, z_threshold=0.5)
    rows = {(r.hurdle, r.competency): r for r in report.competencies}
    row = rows[("resume_review", cr)]
    # pairs: A1 agree; A2 (MF,DNMF),(MF,MF),(DNMF,MF): 1 of 3; A3 agree; A4 disagree -> 3 of 6
    assert (row.units, row.percent_agreement, row.tie_breaks, row.pending, row.metric) == (4, 0.5, 1, 1, "nominal")
    assert row.alpha == pytest.approx(krippendorff_alpha(
        [["meets", "meets"], ["meets", "does_not_meet", "meets"], ["does_not_meet"] * 2,
         ["does_not_meet", "meets"]]))
    panel = rows[("interview_1", "")]
    assert (panel.units, panel.percent_agreement, panel.metric) == (1, 1.0, "interval")
    pairs = {(p.rater_a, p.rater_b): (p.units, p.percent_agreement) for p in report.pairs}
    assert pairs == {("sme1", "sme2"): (4, 0.5), ("sme1", "sme3"): (1, 1.0), ("sme2", "sme3"): (1, 0.0),
                     ("sme8", "sme9"): (1, 1.0)}
    # against decided units: sme2 disagreed on A2 (1 of 3); sme1 never disagreed; pool 1 of 9
    stats = {r.rater: (r.ratings, r.disagreements) for r in report.raters}
    assert stats == {"sme1": (3, 0), "sme2": (3, 1), "sme3": (1, 0), "sme8": (1, 0), "sme9": (1, 0)}
    assert report.pool_disagreement_rate == pytest.approx(1 / 9)
    assert report.outliers() == ["sme2"]


def test_outlier_needs_enough_ratings():
    cr = "customer-research"
    applicants = [applicant(f"A{i}") for i in range(1, 4)]
    ratings = []
    for i in range(1, 4):
        ratings += resume_votes(f"A{i}", {cr: "MF DNMF MF"})
    report = score_pool(applicants, ratings, variant(grades=[])).rater_agreement()
    assert [(r.rater, r.disagreements, r.flagged) for r in report.raters] == [
        ("sme1", 0, False), ("sme2", 3, False), ("sme3", 0, False)]  # 3 ratings < min_ratings=10
    assert report.outliers() == []
