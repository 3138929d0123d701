"""Adverse impact (29 CFR 1607.4(D)): statistics checked against published values, and the per-hurdle report."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scoring_fixtures import applicant, interview, resume_votes, variant

from skillhire import UnknownNameError, score_pool
from skillhire.adverse_impact import NOTICE, adverse_impact_rows, fisher_exact, two_proportion_z


@pytest.mark.parametrize(
    "table, expected, source",
    [
        (((3, 1), (1, 3)), 0.4857142857142857, "Fisher's tea-tasting experiment: 34/70"),
        (((6, 2), (1, 4)), 0.10256410256410256, "scipy.stats.fisher_exact documentation example"),
        (((1, 9), (11, 3)), 0.0027594561852200836, "R fisher.test / Wikipedia 'Fisher's exact test' (p = 0.002759)"),
        (((0, 5), (5, 0)), 0.007936507936507936, "2 / C(10, 5) = 2/252"),
        (((5, 0), (0, 0)), 1.0, "degenerate margins"),
        (((0, 0), (0, 0)), 1.0, "empty table"),
    ],
)
def test_fisher_exact_matches_published_values(table, expected, source):
    assert fisher_exact(table) == pytest.approx(expected, rel=1e-12), source


@given(st.tuples(*(st.integers(0, 30) for _ in range(4))))
@settings(max_examples=60, deadline=None)
def test_fisher_exact_is_a_probability_and_symmetric(counts):
    a, b, c, d = counts
    p = fisher_exact(((a, b), (c, d)))
    assert 0 < p <= 1
    assert p == pytest.approx(fisher_exact(((c, d), (a, b))), rel=1e-12)
    assert p == pytest.approx(fisher_exact(((b, a), (d, c))), rel=1e-12)


def test_two_proportion_z_test():
    z, p = two_proportion_z(30, 100, 50, 100)
    assert z == pytest.approx(-2.886751345948129)  # (0.3 - 0.5) / sqrt(0.4 * 0.6 * 0.02)
    assert p == pytest.approx(0.003892417122778627)  # 2 * (1 - Phi(2.8868))
    assert two_proportion_z(0, 0, 5, 10) == (None, None)
    assert two_proportion_z(10, 10, 5, 5) == (None, None)  # everyone passed: undefined


def counts(groups: dict[str, tuple[int, int]], hurdle: str = "overall"):
    """Outcomes for adverse_impact_rows from {group: (applicants, passed)}."""
    data = []
    for group, (n, passed) in groups.items():
        data += [(group, [(hurdle, "passed")])] * passed + [(group, [(hurdle, "failed")])] * (n - passed)
    return data


# Source: 29 CFR 1607.4(D); UGESP Questions and Answers (44 FR 11996), Q. 12 example: 48 of 80 (60%)
# versus 12 of 40 (30%), impact ratio 0.5.
@pytest.mark.parametrize(
    "groups, expected",
    [
        ({"White": (80, 48), "Black": (40, 12)},
         {"Black": (0.3, 0.5, True, False), "White": (0.6, 1.0, False, False)}),
        # 39% vs 50%: ratio 0.78, flagged; one more pass makes it 0.80, not flagged: fragile
        ({"F": (100, 39), "M": (100, 50)}, {"F": (0.39, 0.78, True, True), "M": (0.5, 1.0, False, False)}),
        # 41% vs 50%: 0.82 not flagged; one fewer pass makes it 0.80, still not flagged
        ({"F": (100, 41), "M": (100, 50)}, {"F": (0.41, 0.82, False, False), "M": (0.5, 1.0, False, False)}),
        # 40% vs 50%: exactly four-fifths is not below it; one fewer pass flags it
        ({"F": (100, 40), "M": (100, 50)}, {"F": (0.4, 0.8, False, True), "M": (0.5, 1.0, False, False)}),
    ],
)
def test_four_fifths_rule_and_one_person_flip(groups, expected):
    report = adverse_impact_rows(counts(groups), ["overall"], by="race")
    got = {r.group: (round(r.rate, 6), round(r.impact_ratio, 6), r.flagged, r.flip_with_one) for r in report.rows}
    assert got == expected
    assert report.notice == NOTICE
    assert "Evidence, not a legal finding" in report.notice


def test_row_statistics_compare_each_group_with_the_highest_rate_group():
    report = adverse_impact_rows(counts({"White": (80, 48), "Black": (40, 12)}), ["overall"], by="race")
    black = next(r for r in report.rows if r.group == "Black")
    assert (black.reference_group, black.applicants, black.passed) == ("White", 40, 12)
    assert black.fisher_p == pytest.approx(fisher_exact(((12, 28), (48, 32))))
    z, p = two_proportion_z(12, 40, 48, 80)
    assert (black.z, black.z_p) == (pytest.approx(z), pytest.approx(p))
    assert black.significant is True
    assert black.small_group is False
    assert black.note == "selection rate below four-fifths of White's; statistically significant"
    white = next(r for r in report.rows if r.group == "White")
    assert (white.fisher_p, white.z, white.note) == (None, None, "highest selection rate: the reference group")


def test_small_groups_are_marked():
    report = adverse_impact_rows(counts({"A": (12, 3), "B": (200, 80)}), ["overall"], by="g", small_group_size=30)
    marks = {r.group: r.small_group for r in report.rows}
    assert marks == {"A": True, "B": False}
    assert next(r for r in report.rows if r.group == "A").note.endswith("small group: read with care")


def test_pool_report_per_hurdle_and_overall():
    applicants = [applicant(f"F{i}", sex="F") for i in range(4)] + [applicant(f"M{i}", sex="M") for i in range(4)]
    applicants.append(applicant("X1"))  # no value: the "(blank)" group
    ratings = []
    # F: 3 pass the resume review, 1 of them passes both interviews; M: 4 pass, 3 pass both interviews
    for i, outcome in enumerate(["pass", "pass", "i1fail", "rrfail"]):
        ratings += _ratings(f"F{i}", outcome)
    for i, outcome in enumerate(["pass", "pass", "pass", "i1fail"]):
        ratings += _ratings(f"M{i}", outcome)
    ratings += resume_votes("X1", {"customer-research": "MF DNMF"})  # pending
    result = score_pool(applicants, ratings, variant(grades=[]))
    report = result.adverse_impact(by="sex")
    rows = [(r.hurdle, r.group, r.applicants, r.passed, r.flagged) for r in report.rows]
    assert rows == [
        ("resume_review", "F", 4, 3, True),  # 0.75 / 1.0 < 0.8
        ("resume_review", "M", 4, 4, False),
        ("interview_1", "F", 3, 2, False),  # 0.667 / 0.75 = 0.89
        ("interview_1", "M", 4, 3, False),
        ("interview_2", "F", 2, 2, False),
        ("interview_2", "M", 3, 3, False),
        ("overall", "F", 4, 2, True),
        ("overall", "M", 4, 3, False),
    ]
    assert report.excluded_pending == {"resume_review": 1, "interview_1": 0, "interview_2": 0, "overall": 1}
    assert all(r.small_group for r in report.rows)
    overall_f = report.rows[6]
    assert overall_f.impact_ratio == pytest.approx((2 / 4) / (3 / 4))
    assert math.isclose(overall_f.fisher_p, 1.0)


def _ratings(applicant_id: str, outcome: str) -> list[dict]:
    if outcome == "rrfail":
        return resume_votes(applicant_id, "DNMF DNMF")
    if outcome == "i1fail":
        return resume_votes(applicant_id) + interview(applicant_id, 0)
    return resume_votes(applicant_id) + interview(applicant_id, 1, 2)


def test_unknown_group_column_lists_the_columns():
    result = score_pool([applicant("A1", sex="F")], resume_votes("A1"), variant(grades=[]))
    with pytest.raises(UnknownNameError) as info:
        result.adverse_impact(by="gender")
    assert "No applicant column 'gender'." in str(info.value)
    assert "sex" in str(info.value)
    assert result.adverse_impact(by="veterans_preference").rows[0].group == "NV"


def test_fisher_exact_for_big_pools_matches_exact_integer_arithmetic():
    from fractions import Fraction

    (a, b), (c, d) = table = ((300, 900), (400, 800))  # n = 2,400: the log-space path
    row1, col1, n = a + b, a + c, a + b + c + d

    def weight(x):
        return math.comb(row1, x) * math.comb(n - row1, col1 - x)

    observed = weight(a)
    exact = Fraction(sum(w for x in range(max(0, col1 - (n - row1)), min(row1, col1) + 1)
                         if (w := weight(x)) <= observed), math.comb(n, col1))
    assert fisher_exact(table) == pytest.approx(float(exact), rel=1e-9)
