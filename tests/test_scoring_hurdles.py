"""Hurdle decisions (rules 1 and 2 of issue 8): resume review by SME votes, interview rounds, transmutation."""

from __future__ import annotations

import pytest
from scoring_fixtures import COMPETENCIES, applicant, interview, resume_votes, variant

from skillhire import score_pool

ALL_MET = {c: "MF MF" for c in COMPETENCIES}


def votes(**changes: str) -> dict[str, str]:
    out = dict(ALL_MET)
    out.update({k.replace("_", "-"): v for k, v in changes.items()})
    return out


# Source: SME-QA toolkit resume-review-ratings-and-outcomes.md (MF+MF forward, DNMF+DNMF out, a split goes
# to a third SME whose decision is final); USDS ART migration 36 (2 concordant votes, else pending;
# screenOut competencies fail at once).
@pytest.mark.parametrize(
    "competency_votes, status, verdicts",
    [
        (ALL_MET, "passed", ["meets", "meets", "meets", "meets"]),
        (votes(customer_research="DNMF DNMF"), "failed", ["does_not_meet", "meets", "meets", "meets"]),
        (votes(customer_research="MF DNMF"), "pending", ["pending", "meets", "meets", "meets"]),
        (votes(customer_research="MF DNMF MF"), "passed", ["meets", "meets", "meets", "meets"]),
        (votes(customer_research="MF DNMF DNMF"), "failed", ["does_not_meet", "meets", "meets", "meets"]),
        (votes(customer_research="MF"), "pending", ["pending", "meets", "meets", "meets"]),
        ({}, "pending", ["pending", "pending", "pending", "pending"]),
        # a screen-out failure decides at once even while another competency waits for a tie-break
        (votes(customer_research="DNMF DNMF", service_design="MF DNMF"), "failed",
         ["does_not_meet", "pending", "meets", "meets"]),
        # a non-screen-out competency still has to be met (min_competencies_met defaults to all)
        (votes(stakeholder_engagement="DNMF DNMF"), "failed", ["meets", "meets", "meets", "does_not_meet"]),
        # 2-2 with a fourth SME: no majority, still pending
        (votes(cx_measurement="MF DNMF MF DNMF"), "pending", ["meets", "meets", "pending", "meets"]),
    ],
)
def test_resume_review_decisions(competency_votes, status, verdicts):
    result = score_pool([applicant("A1")], resume_votes("A1", competency_votes), "smeqa-standard")
    outcome = result.outcomes["A1"]
    review = outcome.hurdles[0]
    assert review.status == status
    assert [d.verdict for d in review.competencies] == verdicts
    expected = {"passed": "pending", "failed": "failed", "pending": "pending"}[status]  # no interview ratings
    assert outcome.status == expected
    assert outcome.hurdle == ("interview_1" if status == "passed" else "resume_review")


def test_failure_names_competency_raters_justifications_and_rule():
    ratings = resume_votes("A1", votes(service_design="MF DNMF DNMF"))
    for r in ratings:
        if r["competency"] == "service-design" and r["rating"] == "DNMF":
            r["justification"] = f"{r['rater']}: no service design work shown"
    outcome = score_pool([applicant("A1")], ratings, "smeqa-standard").outcomes["A1"]
    assert outcome.status == "failed"
    assert outcome.reasons["resume_review"] == (
        "Resume review failed: 'service-design' not met: 2 of 3 SMEs voted does not meet (sme2, sme3). "
        "Justifications: sme2: 'sme2: no service design work shown'; sme3: 'sme3: no service design work shown'; "
        "a further SME broke the split. Rule: screen-out competency rated does not meet (SME-QA; USDS ART "
        "screenOut); SME-QA resume review: 2 concordant SME votes per competency; a split goes to a further SME."
    )
    assert outcome.reasons["interview_1"] == "Structured interview, round 1 (breadth) not reached (failed at resume_review)."


def test_pending_split_says_what_is_missing():
    outcome = score_pool([applicant("A1")], resume_votes("A1", votes(cx_measurement="DNMF MF")),
                         "smeqa-standard").outcomes["A1"]
    assert outcome.status == "pending"
    assert "'cx-measurement' pending: SMEs split 1-1 (meets: sme2; does not meet: sme1); needs a deciding SME vote" in (
        outcome.reasons["resume_review"])


def test_votes_required_is_configurable():
    three = variant(hurdles=[{**h.model_dump(), "votes_required": 3} if h.kind == "resume_review" else h.model_dump()
                             for h in variant().hurdles])
    outcome = score_pool([applicant("A1")], resume_votes("A1") + interview("A1", 1, 1), three).outcomes["A1"]
    assert outcome.status == "pending"  # two concordant votes are no longer enough
    outcome = score_pool([applicant("A1")], resume_votes("A1", "MF MF MF") + interview("A1", 1, 1), three).outcomes["A1"]
    assert outcome.status == "eligible"


def test_min_competencies_met_allows_missing_a_non_screen_out_competency():
    lenient = variant(hurdles=[{**h.model_dump(), "min_competencies_met": 3} if h.kind == "resume_review"
                               else h.model_dump() for h in variant().hurdles])
    ratings = resume_votes("A1", votes(stakeholder_engagement="DNMF DNMF")) + interview("A1", 1, 1)
    assert score_pool([applicant("A1")], ratings, lenient).outcomes["A1"].status == "eligible"
    ratings = resume_votes("A1", votes(service_design="DNMF DNMF")) + interview("A1", 1, 1)
    assert score_pool([applicant("A1")], ratings, lenient).outcomes["A1"].status == "failed"  # screen-out


# Source: SME-QA toolkit transmuting-ratings-into-scores.md and _includes/_results-key.md.
@pytest.mark.parametrize(
    "round_ratings, status, hurdle, score, category",
    [
        ((1, 1), "eligible", "interview_2", 70.0, "Qualified"),
        ((1, 2), "eligible", "interview_2", 85.0, "Well Qualified"),
        ((2, 1), "eligible", "interview_2", 85.0, "Well Qualified"),
        ((2, 2), "eligible", "interview_2", 100.0, "Best Qualified"),
        ((1, 0), "failed", "interview_2", None, None),
        ((2, 0), "failed", "interview_2", None, None),
        ((0,), "failed", "interview_1", None, None),
        ((2,), "pending", "interview_2", None, None),
        ((), "pending", "interview_1", None, None),
    ],
)
def test_interview_rounds_and_transmutation(round_ratings, status, hurdle, score, category):
    ratings = resume_votes("A1") + interview("A1", *round_ratings)
    outcome = score_pool([applicant("A1")], ratings, "smeqa-standard").outcomes["A1"]
    assert (outcome.status, outcome.hurdle, outcome.score, outcome.category) == (status, hurdle, score, category)


def test_a_zero_after_round_one_stops_round_two():
    ratings = resume_votes("A1") + interview("A1", 0, 2)
    outcome = score_pool([applicant("A1")], ratings, "smeqa-standard").outcomes["A1"]
    assert [h.status for h in outcome.hurdles] == ["passed", "failed", "not_reached"]
    assert outcome.reasons["interview_2"] == (
        "Structured interview, round 2 (depth) not reached (failed at interview_1); 1 rating(s) recorded here were "
        "not used.")


@pytest.mark.parametrize(
    "panel_rule, panel, status, score",
    [
        ("consensus", (2, 2), "eligible", 100.0),
        ("consensus", (1, 2), "pending", None),
        ("lowest", (1, 2), "eligible", 85.0),
        ("median_low", (0, 2, 2), "eligible", 100.0),
        ("lowest", (0, 2, 2), "failed", None),
    ],
)
def test_panel_rules_for_several_interviewers(panel_rule, panel, status, score):
    spec = variant(hurdles=[{**h.model_dump(), "panel_rule": panel_rule} if h.id == "interview_1" else h.model_dump()
                            for h in variant().hurdles])
    ratings = resume_votes("A1") + interview("A1", 2, 2)
    ratings = [r for r in ratings if r["hurdle"] != "interview_1"]
    ratings += [{"applicant_id": "A1", "hurdle": "interview_1", "rater": f"p{i}", "rating": v}
                for i, v in enumerate(panel)]
    outcome = score_pool([applicant("A1")], ratings, spec).outcomes["A1"]
    assert (outcome.status, outcome.score) == (status, score)


def test_custom_transmutation_table_is_used():
    spec = variant(transmutation=[{"ratings": [1, 1], "score": 75}, {"ratings": [2, 2], "score": 100}])
    applicants = [applicant("A1"), applicant("A2")]
    ratings = resume_votes("A1") + interview("A1", 1, 1) + resume_votes("A2") + interview("A2", 1, 2)
    result = score_pool(applicants, ratings, spec)
    assert (result.outcomes["A1"].score, result.outcomes["A1"].category) == (75.0, "Qualified")
    assert result.outcomes["A2"].status == "pending"
    assert "no transmutation row for ratings [1, 2]" in result.outcomes["A2"].reasons["score"]


def test_hurdle_and_competency_names_are_matched_loosely():
    ratings = resume_votes("A1") + interview("A1", 2, 2)
    for r in ratings:
        if r["competency"] == "customer-research":
            r["competency"] = "Customer research"
        if r["hurdle"] == "interview_1":
            r["hurdle"] = "Interview 1"
        if r["hurdle"] == "resume_review":
            r["hurdle"] = "Resume Review"
    result = score_pool([applicant("A1")], ratings, "smeqa-standard")
    assert result.rejected == []
    assert result.outcomes["A1"].category == "Best Qualified"


def test_audit_records_every_vote_and_decision():
    ratings = resume_votes("A1", votes(cx_measurement="MF DNMF MF")) + interview("A1", 2, 1)
    result = score_pool([applicant("A1", "TP")], ratings, "smeqa-standard")
    decision = result.audit.decisions[0]
    assert {k: decision[k] for k in ("applicant_id", "status", "hurdle", "score", "category", "preference")} == {
        "applicant_id": "A1", "status": "eligible", "hurdle": "interview_2", "score": 85.0,
        "category": "Well Qualified", "preference": "TP"}
    review = decision["hurdles"][0]
    assert review["competencies"][2] == {
        "competency": "cx-measurement", "verdict": "meets", "tie_break": True,
        "votes": [["sme1", "meets"], ["sme2", "does_not_meet"], ["sme3", "meets"]]}
    assert [(h["hurdle"], h["status"], h["rating"]) for h in decision["hurdles"]] == [
        ("resume_review", "passed", None), ("interview_1", "passed", 2), ("interview_2", "passed", 1)]
    audit = result.audit
    assert audit.inputs["applicants"]["rows_in"] == 1 and audit.inputs["ratings"]["rows_in"] == 11
    assert audit.rules_version.startswith("skillhire-rules 2025-11-07: 5 U.S.C. 3319")
    assert len(audit.assessment["sha256"]) == 64
    text = audit.to_json()
    assert "Pat" not in text and "Doe-A1" not in text and "example.org" not in text  # no names or emails
