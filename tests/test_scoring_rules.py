"""Exact certificates for every referral rule (rules 3 and 4 of issue 8), each with its source.

Pool specs are ``(applicant id, preference code, score)``: 100/85/70 come from interview ratings 2+2, 1+2 and
1+1 (SME-QA transmutation); 0 means the applicant failed interview round 1.
"""

from __future__ import annotations

import pytest
from scoring_fixtures import pool, variant

from skillhire import score_pool

BQ, WQ, Q = "Best Qualified", "Well Qualified", "Qualified"

# (case, source, pool spec, assessment changes, score_pool kwargs, grades, expected ids, expected categories
#  listed, merged)
CATEGORY_CASES = [
    (
        "preference eligibles ahead of non-preference eligibles within the category",
        "5 U.S.C. 3319(b); 5 CFR 337.304(a)",
        [("A1", "NV", 100), ("A2", "TP", 100), ("A3", "NV", 100), ("A4", "XP", 100)],
        {}, {}, "13",
        ["A2", "A4", "A1", "A3"], [BQ], False,
    ),
    (
        "no preference points under category rating: a TP 85 does not outrank anyone in Best Qualified",
        "5 CFR 337.304(b)",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100), ("A4", "TP", 85)],
        {}, {}, "13",
        ["A1", "A2", "A3"], [BQ], False,
    ),
    (
        "CP and CPS go to the top of the highest category whatever they earned",
        "5 U.S.C. 3319(b)",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "TP", 100), ("A4", "CPS", 70), ("A5", "CP", 85)],
        {}, {}, "13",
        ["A5", "A4", "A3", "A1", "A2"], [BQ], False,
    ),
    (
        "scientific/professional at GS-9 or higher: CP/CPS stay in the category they earned",
        "5 U.S.C. 3319(b) ('For other than scientific and professional positions at GS-9 ...')",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100), ("A4", "CPS", 70), ("A5", "CP", 85)],
        {}, {"scientific_professional": True}, "13",
        ["A1", "A2", "A3"], [BQ], False,
    ),
    (
        "scientific/professional below GS-9: CP/CPS still move to the top",
        "5 U.S.C. 3319(b)",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100), ("A4", "CPS", 70)],
        {}, {"scientific_professional": True}, "7",
        ["A4", "A1", "A2", "A3"], [BQ], False,
    ),
    (
        "fewer than 3 in the highest category: merged with the next; preference applies across the merge",
        "5 U.S.C. 3319(c)(1); OPM DEOH ch. 5 (preference within the merged category)",
        [("A1", "NV", 100), ("A2", "TP", 85), ("A3", "NV", 85), ("A4", "NV", 70), ("A5", "SSP", 70)],
        {}, {}, "13",
        ["A2", "A1", "A3"], [BQ, WQ], True,
    ),
    (
        "merging is configurable: off",
        "5 U.S.C. 3319(c)(1) ('may' select from a merged category)",
        [("A1", "NV", 100), ("A2", "TP", 85), ("A3", "NV", 85)],
        {"merge_below": 0}, {}, "13",
        ["A1"], [BQ], False,
    ),
    (
        "default merge stops at the second category even if still under 3",
        "5 U.S.C. 3319(c)(1) (highest and second-highest)",
        [("A1", "NV", 100), ("A2", "NV", 85), ("A3", "NV", 70), ("A4", "NV", 70)],
        {}, {}, "13",
        ["A1", "A2"], [BQ, WQ], True,
    ),
    (
        "agency policy: keep merging until 3 names",
        "agency policy beyond 3319(c)(1), configurable (merge_until_enough)",
        [("A1", "NV", 100), ("A2", "NV", 85), ("A3", "NV", 70), ("A4", "XP", 70)],
        {"merge_until_enough": True}, {}, "13",
        ["A4", "A1", "A2", "A3"], [BQ, WQ, Q], True,
    ),
    (
        "an empty highest category is merged with the next",
        "5 U.S.C. 3319(c)(1)",
        [("A1", "NV", 85), ("A2", "NV", 85), ("A3", "NV", 70)],
        {}, {}, "13",
        ["A1", "A2"], [BQ, WQ], True,
    ),
    (
        "CPS floated into the highest category counts toward its 3 names, so no merge",
        "5 U.S.C. 3319(b), (c)(1)",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "CPS", 70), ("A4", "TP", 85)],
        {}, {}, "13",
        ["A3", "A1", "A2"], [BQ], False,
    ),
    (
        "preference applies only to applicants who passed every hurdle",
        "DEOH p. 4-2; smeqa.usds.gov/about/authority",
        [("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100), ("A4", "CPS", 0), ("A5", "TP", 0)],
        {}, {}, "13",
        ["A1", "A2", "A3"], [BQ], False,
    ),
    (
        "tie-break inside a group is documented and deterministic: higher score, then applicant id",
        "5 CFR 337.303(e) (reconstruction); assessment tie_break",
        [("B9", "CP", 70), ("B2", "CPS", 100), ("B5", "CP", 100), ("B1", "NV", 100)],
        {}, {}, "13",
        ["B2", "B5", "B9", "B1"], [BQ], False,
    ),
    (
        "tie-break by id only",
        "assessment tie_break = 'id'",
        [("B9", "CP", 70), ("B2", "CPS", 100), ("B5", "CP", 100), ("B1", "NV", 100)],
        {"tie_break": "id"}, {}, "13",
        ["B2", "B5", "B9", "B1"], [BQ], False,
    ),
]


@pytest.mark.parametrize(
    "case, source, spec, changes, kwargs, grade, expected_ids, expected_categories, merged",
    CATEGORY_CASES,
    ids=[c[0] for c in CATEGORY_CASES],
)
def test_category_rating_certificates(case, source, spec, changes, kwargs, grade, expected_ids,
                                      expected_categories, merged):
    applicants, ratings = pool(spec, grades=grade)
    result = score_pool(applicants, ratings, variant(grades=[], **changes), **kwargs)
    cert = result.certificate()
    assert cert.applicant_ids == expected_ids, source
    assert cert.categories == expected_categories, source
    assert cert.merged is merged, source
    assert [e.position for e in cert.entries] == list(range(1, len(expected_ids) + 1))


def test_entries_carry_category_preference_and_the_reason_for_the_position():
    applicants, ratings = pool([("A1", "NV", 100), ("A2", "NV", 100), ("A3", "TP", 100), ("A4", "CPS", 70)])
    cert = score_pool(applicants, ratings, variant(grades=[])).certificate()
    assert [(e.id, e.position, e.category, e.earned_category, e.preference) for e in cert.entries] == [
        ("A4", 1, BQ, Q, "CPS"), ("A3", 2, BQ, BQ, "TP"), ("A1", 3, BQ, BQ, "NV"), ("A2", 4, BQ, BQ, "NV")]
    assert cert.entries[0].reason == (
        "earned Qualified (score 70); CPS: listed in the highest category Best Qualified (5 U.S.C. 3319(b)); "
        "ties broken by higher score, then applicant id.")
    assert cert.entries[1].reason == (
        "earned Best Qualified (score 100); TP: preference eligible, listed ahead of non-preference eligibles "
        "(5 U.S.C. 3319(b)); ties broken by higher score, then applicant id.")


def test_scientific_professional_cps_sits_on_top_of_its_earned_category_in_the_register():
    applicants, ratings = pool([("A1", "NV", 85), ("A2", "CPS", 85), ("A3", "NV", 100)])
    result = score_pool(applicants, ratings, variant(grades=[]), scientific_professional=True)
    cert = result.certificate()
    # BQ holds 1 name, so BQ and WQ merge; the CPS stays in WQ (GS-13 scientific/professional) but, as a
    # preference eligible, is listed ahead of the non-preference eligibles of the merged category
    assert cert.applicant_ids == ["A2", "A3", "A1"]
    assert [(e.category, e.earned_category) for e in cert.entries] == [(WQ, WQ), (BQ, BQ), (WQ, WQ)]
    assert "stays in its earned category" in cert.entries[0].reason
    assert cert.entries[0].reason.endswith(
        "merged category: preference applied across it (5 U.S.C. 3319(c)(1); DEOH); ties broken by higher score, "
        "then applicant id.")


def test_outcome_preference_and_reasons():
    applicants, ratings = pool([("A1", "CPS", 70), ("A2", "TP", 0)])
    result = score_pool(applicants, ratings, variant(grades=[]))
    a1, a2 = result.outcomes["A1"], result.outcomes["A2"]
    assert (a1.preference, a1.preference_applied, a1.category, a1.score) == ("CPS", True, "Qualified", 70.0)
    assert a1.reasons["preference"] == "CPS: preference applied; no points under category rating (5 CFR 337.304(b))."
    assert (a2.status, a2.preference_applied) == ("failed", False)
    assert a2.reasons["preference"] == (
        "TP: not applied, the applicant did not pass every hurdle (preference applies only to those who do; "
        "DEOH p. 4-2).")


# ----------------------------------------------------------------------------- numerical ranking (rule 4)

NUMERICAL = dict(rating_method="numerical", grades=[],
                 transmutation=[{"ratings": [1, 1], "score": 70}, {"ratings": [2, 1], "score": 75},
                                {"ratings": [1, 2], "score": 80}, {"ratings": [2, 2], "score": 100}])
SCORE_TO = {70: (1, 1), 75: (2, 1), 80: (1, 2), 100: (2, 2)}


def numerical_pool(spec, grade="13"):
    from scoring_fixtures import applicant, interview, resume_votes

    applicants, ratings = [], []
    for applicant_id, preference, score in spec:
        applicants.append(applicant(applicant_id, preference, grades=grade))
        ratings += resume_votes(applicant_id) + interview(applicant_id, *SCORE_TO[score])
    return applicants, ratings


NUMERICAL_CASES = [
    (
        "+5 for TP, +10 for XP/CP/CPS on a passing score; CP/CPS at the top of the register",
        "5 U.S.C. 3309; 5 CFR 337.101; 5 CFR 332.401(b)",
        [("A1", "NV", 100), ("A2", "TP", 80), ("A3", "XP", 80), ("A4", "CPS", 70), ("A5", "NV", 80)],
        {}, {}, "13",
        ["A4", "A1", "A3", "A2", "A5"], [80.0, 100.0, 90.0, 85.0, 80.0],
    ),
    (
        "preference eligibles ahead of others with the same augmented score",
        "5 CFR 332.401(a)",
        [("A1", "NV", 75), ("A2", "TP", 70), ("A3", "SSP", 75)],
        {}, {}, "13",
        ["A2", "A3", "A1"], [75.0, 75.0, 75.0],
    ),
    (
        "scientific/professional GS-9+: CP/CPS ranked by augmented score, not floated (ahead at a tie)",
        "5 CFR 332.401(a)-(b)",
        [("A1", "NV", 100), ("A2", "CP", 70), ("A3", "NV", 80)],
        {}, {"scientific_professional": True}, "13",
        ["A1", "A2", "A3"], [100.0, 80.0, 80.0],
    ),
    (
        "rule of many: top N (N >= 3) with names tied with the Nth",
        "5 U.S.C. 3317(a) as amended by Pub. L. 115-232 sec. 1107; 90 FR 43135",
        [("A1", "NV", 100), ("A2", "NV", 80), ("A3", "NV", 75), ("A4", "NV", 75), ("A5", "NV", 70)],
        {"numerical_top_n": 3}, {}, "13",
        ["A1", "A2", "A3", "A4"], [100.0, 80.0, 75.0, 75.0],
    ),
    (
        "rule of many: cut-off score (CPS at the top is certified first)",
        "5 U.S.C. 3317(a); 5 CFR 302.401(a)(2)(i) mechanism (i); 5 CFR 332.401(b)",
        [("A1", "NV", 100), ("A2", "NV", 80), ("A3", "CPS", 70), ("A4", "NV", 75)],
        {"numerical_cutoff_score": 80}, {}, "13",
        ["A3", "A1", "A2"], [80.0, 100.0, 80.0],
    ),
]


@pytest.mark.parametrize(
    "case, source, spec, changes, kwargs, grade, expected_ids, augmented",
    NUMERICAL_CASES,
    ids=[c[0] for c in NUMERICAL_CASES],
)
def test_numerical_ranking_certificates(case, source, spec, changes, kwargs, grade, expected_ids, augmented):
    applicants, ratings = numerical_pool(spec, grade)
    result = score_pool(applicants, ratings, variant(**{**NUMERICAL, **changes}), **kwargs)
    cert = result.certificate()
    assert cert.applicant_ids == expected_ids, source
    assert [e.augmented_score for e in cert.entries] == augmented, source
    assert cert.categories == [] and cert.merged is False


def test_numerical_mode_can_be_chosen_at_scoring_time():
    applicants, ratings = pool([("A1", "NV", 100), ("A2", "XP", 85)])
    result = score_pool(applicants, ratings, variant(grades=[]), rating_method="numerical")
    cert = result.certificate()
    assert cert.applicant_ids == ["A1", "A2"]  # XP: 85 + 10 = 95, below NV 100
    assert [e.augmented_score for e in cert.entries] == [100.0, 95.0]
    assert result.outcomes["A2"].reasons["preference"] == "XP: preference applied; +10 points (5 U.S.C. 3309)."


def test_top_n_below_three_is_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="greater than or equal to 3"):
        variant(numerical_top_n=2)


def test_rule_of_three_replay_limits_selection_to_the_highest_three_available():
    # Source: 5 CFR 332.404 and 5 U.S.C. 3318(a) before Pub. L. 115-232 sec. 1107 (historical replays)
    from skillhire import PassOverRequiredError, SelectionError

    spec = [("A1", "NV", 100), ("A2", "TP", 80), ("A3", "NV", 80), ("A4", "NV", 75), ("A5", "NV", 70)]
    applicants, ratings = numerical_pool(spec)
    result = score_pool(applicants, ratings, variant(**NUMERICAL, numerical_selection_rule="rule_of_three"))
    cert = result.certificate()
    assert cert.applicant_ids == ["A1", "A2", "A3", "A4", "A5"]  # A2: 80 + 5 = 85
    with pytest.raises(SelectionError, match=r"rule of three: select from the highest three available names "
                                             r"\(A1, A2, A3\), not 'A4'"):
        cert.select("A4")
    with pytest.raises(PassOverRequiredError, match="A2"):
        cert.select("A3")  # within the three, but passes over the TP standing ahead
    cert.select("A1")
    cert.record_pass_over("A2", reason="Declined the offer in writing.", approved_by="Delegated examining unit")
    cert.select("A4")  # the three available now: A3, A4, A5
    assert [(e.id, e.selected_by) for e in cert.entries][:4] == [
        ("A1", "(announcing agency)"), ("A2", None), ("A3", None), ("A4", "(announcing agency)")]
    rule_of_many = score_pool(applicants, ratings, variant(**NUMERICAL)).certificate()
    rule_of_many.record_pass_over("A2", reason="Declined the offer in writing.", approved_by="Delegated examining unit")
    assert rule_of_many.select("A5").applicant_id == "A5"  # any certified name under the rule of many
