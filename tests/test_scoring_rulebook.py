"""Rule-by-rule audit of pooled-hiring scoring against the project's rule book.

The rule book is ``federal-hiring-rules.md`` (sections 1, 2, 3 and 5) in the project's shared reference notes.
Every expected value below was worked out from the rule and its source, not read off the code. Where the rule book
is silent or ambiguous the current behaviour is pinned and the test says so ("PINNED"). ``RULES`` lists each rule
checked, its source as the rule book cites it, and where skillhire implements it; each case table names its rule.

Pool specs are ``(applicant id, preference code, score[, applicant columns])``: 100/85/70 come from interview
ratings 2+2, 1+2 and 1+1 (SME-QA transmutation); 0 means the applicant failed interview round 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from fractions import Fraction

import pytest
from scoring_fixtures import applicant, interview, pool, resume_votes, variant

from skillhire import PassOverRequiredError, score_pool, score_spreadsheets
from skillhire.adverse_impact import adverse_impact_rows
from skillhire.rater_agreement import cohen_kappa, krippendorff_alpha

BQ, WQ, Q = "Best Qualified", "Well Qualified", "Qualified"
ISSUED = dt.date(2026, 1, 5)

# (rule id, the rule, source as the rule book cites it, where skillhire implements it)
RULES = [
    ("CR-1", "two or more quality categories, defined in advance", "5 U.S.C. 3319(a); 5 CFR 337.303(a)-(b)",
     "assessment.Assessment._categories_ordered"),
    ("CR-2", "no preference points under category rating", "5 CFR 337.304(b)", "category_rating._category_parts"),
    ("CR-3", "within each category preference eligibles (TP, XP, CP, CPS, SSP) ahead of non-preference eligibles",
     "5 U.S.C. 3319(b); 5 CFR 337.304(a)", "category_rating._group, _category_placed"),
    ("CR-4", "qualified CP/CPS (compensable 10%+) listed in the highest category, except scientific/professional "
     "at GS-9 or higher", "5 U.S.C. 3319(b)", "category_rating.cp_cps_float"),
    ("CR-5", "CP/CPS first inside the preference group (practice: statute only says 'ahead')", "OPM DEOH ch. 5",
     "category_rating._group"),
    ("CR-6", "preference only for applicants who passed every hurdle", "DEOH p. 4-2; EO 13932 memo",
     "scoring._score_pool"),
    ("REF-1", "refer the highest category; merge with the second when it holds fewer than 3 (only the second by "
     "default)", "5 U.S.C. 3319(c)(1)", "category_rating._referred_depth"),
    ("REF-2", "no pass-over of a preference eligible in the category selected from without a sustained request",
     "5 U.S.C. 3319(c)(6), 3318(c); 5 CFR 332.406", "certificates.Certificate.select"),
    ("REF-3", "CPS (30%+) pass-over: OPM decides, 15 days' notice", "5 U.S.C. 3318(c)(2)-(4); 74 FR 30459",
     "certificates.Certificate.record_pass_over"),
    ("HUR-1", "hurdles in order; an applicant advances only on pass", "DEOH pp. 5-23/5-24; EO 13932 sec. 3",
     "scoring._score_pool, hurdles"),
    ("HUR-2", "resume review: 2 concordant SME votes per competency, a split goes to a further SME, else pending",
     "SME-QA resume-review outcomes; USA Staffing SRR FAQ; ART migration 36", "hurdles._decide_competency"),
    ("HUR-3", "interview rounds 0/1/2: 0 does not meet; 1+1 -> 70 Q, 1+2/2+1 -> 85 WQ, 2+2 -> 100 BQ",
     "SME-QA transmuting-ratings-into-scores.md", "hurdles.decide_interview; assessment transmutation"),
    ("NUM-1", "numerical: +5 TP, +10 XP/CP/CPS added to a passing score (70)", "5 U.S.C. 3309; 5 CFR 337.101",
     "scoring._score_pool; category_rating.rank_numerical"),
    ("NUM-2", "numerical: preference eligibles ahead at equal scores; CP/CPS at the top except sci/prof GS-9+",
     "5 CFR 332.401(a)-(b)", "category_rating.rank_numerical"),
    ("NUM-3", "rule of many: certify the top N (N >= 3) and the names standing level with the Nth",
     "5 U.S.C. 3317(a) as amended 2018; 90 FR 43135", "category_rating.referred_count_numerical"),
    ("POOL-1", "referred to an agency only if opted in, eligible at that grade, and chose that location",
     "5 U.S.C. 3318(b); OPM CHCO memo 11 Jan 2018", "scoring.PoolResult.certificate"),
    ("POOL-2", "another agency may select within 240 days from issue, if the announcement said so and the "
     "applicant opted in; same series and grade; the share is logged", "5 U.S.C. 3318(b)(1)-(2); 5 CFR 332.408",
     "certificates.Certificate._check_share"),
    ("POOL-3", "a sharing agency's selection follows the normal pass-over rules, over the names it may select",
     "5 U.S.C. 3318(b)(3)", "certificates.Certificate.select, _considered_by"),
    ("AI-1", "a group's rate less than four-fifths of the highest group's rate is flagged (exactly 4/5 is not)",
     "29 CFR 1607.4(D)", "adverse_impact._flag"),
    ("AI-2", "per hurdle and for the whole process; small groups marked; evidence, not a finding",
     "29 CFR 1607.4(C)-(D); UGESP Q&A 44 FR 11996", "adverse_impact.adverse_impact_rows"),
    ("RA-1", "rater agreement: percent agreement and Krippendorff's alpha per competency; Cohen's kappa per pair",
     "Krippendorff 2011; Cohen 1960 (README, issue 8)", "rater_agreement"),
]


def test_every_rule_has_its_source_and_place():
    assert len({r[0] for r in RULES}) == len(RULES) == 21
    assert all(len(r) == 4 and all(r) for r in RULES)


def scored(spec, *, changes=None, grades="13", **kwargs):
    applicants, ratings = pool(spec, grades=grades)
    return score_pool(applicants, ratings, variant(grades=[], **(changes or {})), issued_on=ISSUED, **kwargs)


# ----------------------------------------------------------------------------- CR, REF-1: placement and referral
# (rule, pool spec, score_pool kwargs, grade, expected certificate order, expected (category listed, earned))
PLACEMENT_CASES = [
    ("CR-3: every preference code ahead of NV; CP/CPS first (CR-5); no float needed, all earned BQ",
     [("N1", "NV", 100), ("S1", "SSP", 100), ("T1", "TP", 100), ("X1", "XP", 100), ("C1", "CP", 100),
      ("C2", "CPS", 100)], {}, "13",
     ["C1", "C2", "S1", "T1", "X1", "N1"], [(BQ, BQ)] * 6),
    ("CR-4: CPS who earned Qualified is listed at the top of Best Qualified (non-scientific, GS-13)",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("C1", "CPS", 70)], {}, "13",
     ["C1", "N1", "N2", "N3"], [(BQ, Q), (BQ, BQ), (BQ, BQ), (BQ, BQ)]),
    ("CR-4: XP (disability under 10%) and TP are not floated: they stay in their earned category",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("X1", "XP", 85), ("T1", "TP", 70)], {}, "13",
     ["N1", "N2", "N3"], [(BQ, BQ)] * 3),
    ("CR-4: sci/prof at GS-9 exactly: no float; the CP stays in WQ (not referred: BQ holds 3)",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("C1", "CP", 85)], {"scientific_professional": True},
     "9", ["N1", "N2", "N3"], [(BQ, BQ)] * 3),
    ("CR-4: sci/prof at GS-8: the exception does not apply, the CP floats",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("C1", "CP", 85)], {"scientific_professional": True},
     "8", ["C1", "N1", "N2", "N3"], [(BQ, WQ), (BQ, BQ), (BQ, BQ), (BQ, BQ)]),
    ("CR-2: a TP who earned WQ gets no points and is not referred while BQ holds 3",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("T1", "TP", 85)], {}, "13",
     ["N1", "N2", "N3"], [(BQ, BQ)] * 3),
    ("CR-6: a CPS who failed interview round 1 gets no preference and is not placed",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("C1", "CPS", 0)], {}, "13",
     ["N1", "N2", "N3"], [(BQ, BQ)] * 3),
    ("REF-1: exactly 3 in BQ: no merge",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100), ("T1", "TP", 85)], {}, "13",
     ["N1", "N2", "N3"], [(BQ, BQ)] * 3),
    ("REF-1: 2 in BQ: merged with WQ; preference across the merged category puts the WQ TP first",
     [("N1", "NV", 100), ("N2", "NV", 100), ("T1", "TP", 85), ("N3", "NV", 85), ("N4", "NV", 70)], {}, "13",
     ["T1", "N1", "N2", "N3"], [(WQ, WQ), (BQ, BQ), (BQ, BQ), (WQ, WQ)]),
    ("REF-1: 1 in BQ and 1 in WQ: merge stops at the second category (Q not referred by default)",
     [("N1", "NV", 100), ("N2", "NV", 85), ("T1", "TP", 70)], {}, "13",
     ["N1", "N2"], [(BQ, BQ), (WQ, WQ)]),
    ("REF-1 with CR-4: two NV and a floated CP make 3 in BQ: no merge",
     [("N1", "NV", 100), ("N2", "NV", 100), ("C1", "CP", 70), ("T1", "TP", 85)], {}, "13",
     ["C1", "N1", "N2"], [(BQ, Q), (BQ, BQ), (BQ, BQ)]),
]


@pytest.mark.parametrize("case, spec, kwargs, grade, expected_ids, placed", PLACEMENT_CASES,
                         ids=[c[0] for c in PLACEMENT_CASES])
def test_category_placement_and_referral(case, spec, kwargs, grade, expected_ids, placed):
    cert = scored(spec, grades=grade, **kwargs).certificate()
    assert cert.applicant_ids == expected_ids
    assert [(e.category, e.earned_category) for e in cert.entries] == placed
    assert all(e.reason for e in cert.entries)  # every place carries its reason


def _spreadsheets(tmp_path, applicants, ratings, assessment, **kwargs) -> dict[str, list[dict]]:
    """Score through ``score_spreadsheets`` (CSV in, JSON Lines out, the decisions spilled to disk as
    ``skillhire score`` does for big pools); the output's rows by table."""
    for name, rows in (("applicants", applicants), ("ratings", ratings)):
        with open(tmp_path / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, list(dict.fromkeys(k for row in rows for k in row)))
            writer.writeheader()
            writer.writerows(rows)
    score_spreadsheets(tmp_path / "applicants.csv", tmp_path / "ratings.csv", assessment,
                       output=tmp_path / "out.jsonl", spill_rows_above=0, **kwargs)
    tables: dict[str, list[dict]] = {}
    for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        tables.setdefault(row["_table"], []).append(row)
    return tables


@pytest.mark.parametrize("case, spec, kwargs, grade, expected_ids, placed", PLACEMENT_CASES,
                         ids=[c[0] for c in PLACEMENT_CASES])
def test_category_placement_and_referral_through_spreadsheets(tmp_path, case, spec, kwargs, grade, expected_ids,
                                                              placed):
    applicants, ratings = pool(spec, grades=grade)
    tables = _spreadsheets(tmp_path, applicants, ratings, variant(grades=[]), **kwargs)
    cert = tables[f"certificate-gs-{grade}-announcing-agency"]
    assert [(r["position"], r["applicant_id"]) for r in cert] == list(enumerate(expected_ids, start=1))
    assert [(r["category"], r["earned_category"]) for r in cert] == placed


def test_category_placement_reasons_cite_the_rule():
    cert = scored([("N1", "NV", 100), ("N2", "NV", 100), ("C1", "CPS", 70), ("T1", "TP", 100)]).certificate()
    reasons = {e.id: e.reason for e in cert.entries}
    assert reasons["C1"] == ("earned Qualified (score 70); CPS: listed in the highest category Best Qualified "
                             "(5 U.S.C. 3319(b)); ties broken by higher score, then applicant id.")
    assert reasons["T1"] == ("earned Best Qualified (score 100); TP: preference eligible, listed ahead of "
                             "non-preference eligibles (5 U.S.C. 3319(b)); ties broken by higher score, then "
                             "applicant id.")
    assert reasons["N1"].startswith("earned Best Qualified (score 100); no veterans' preference: listed after")


def test_fewer_than_two_categories_is_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"at least 2 quality categories \(5 CFR 337.303\(a\)\)"):
        variant(categories=[{"name": BQ, "min_score": 70}])


# ----------------------------------------------------------------------------- REF-2, REF-3: selection, pass-over
SELECTION_CASES = [
    # (rule, pool spec, pass-overs to record first, selectee, expected: None = allowed, else the blocking ids)
    ("REF-2: NV behind a TP in the same category is blocked",
     [("T1", "TP", 100), ("N1", "NV", 100), ("N2", "NV", 100)], [], "N1", "T1"),
    ("REF-2: a preference eligible may be selected over another (TP over CPS): not a pass-over",
     [("C1", "CPS", 100), ("T1", "TP", 100), ("N1", "NV", 100)], [], "T1", None),
    ("REF-2: every preference eligible ahead must be cleared, not only the first",
     [("C1", "CP", 100), ("T1", "TP", 100), ("N1", "NV", 100)], ["C1"], "N1", "T1"),
    ("REF-2: with each preference eligible ahead passed over, the NV may be selected",
     [("C1", "CP", 100), ("T1", "TP", 100), ("N1", "NV", 100)], ["C1", "T1"], "N1", None),
    ("REF-2 with CR-4: a floated CPS (earned Q) blocks a BQ NV",
     [("N1", "NV", 100), ("N2", "NV", 100), ("C1", "CPS", 70)], [], "N1", "C1"),
    ("REF-2: first NV on a list with no preference eligible is free to choose anyone",
     [("N1", "NV", 100), ("N2", "NV", 100), ("N3", "NV", 100)], [], "N3", None),
]


@pytest.mark.parametrize("case, spec, pass_overs, selectee, blocked_by", SELECTION_CASES,
                         ids=[c[0] for c in SELECTION_CASES])
def test_selection_and_pass_over(case, spec, pass_overs, selectee, blocked_by):
    cert = scored(spec).certificate()
    for applicant_id in pass_overs:
        cert.record_pass_over(applicant_id, reason="Declined the duty location in writing.",
                              approved_by="Delegated examining unit")
    if blocked_by is None:
        assert cert.select(selectee).applicant_id == selectee
    else:
        with pytest.raises(PassOverRequiredError, match=f"preference eligible\\(s\\) {blocked_by} standing ahead"):
            cert.select(selectee)


@pytest.mark.parametrize("code, opm, days", [("CPS", True, 15), ("CP", False, 0), ("XP", False, 0),
                                             ("TP", False, 0), ("SSP", False, 0)])
def test_only_a_cps_pass_over_needs_opm_and_15_days_notice(code, opm, days):
    cert = scored([("P1", code, 100), ("N1", "NV", 100), ("N2", "NV", 100)]).certificate()
    record = cert.record_pass_over("P1", reason="Failed the suitability determination.")
    assert (record.requires_opm_approval, record.notice_days) == (opm, days)


@pytest.mark.parametrize("code", ["CPS", "TP"])
def test_a_pass_over_request_clears_the_selection_only_once_sustained(code):
    # REF-2 / REF-3 (fixed): the rule book (section 1.3, step 4; section 1.4) allows the selection only "unless a
    # pass-over request is approved under 5 U.S.C. 3318(c)": OPM (CPS) or the delegated examining unit (others)
    # sustains it first (5 CFR 332.406). Before, a request recorded with no decision cleared the selection.
    cert = scored([("C1", code, 100), ("N1", "NV", 100), ("N2", "NV", 100)]).certificate()
    record = cert.record_pass_over("C1", reason="Failed the suitability determination.")
    assert (record.approved_by, record.sustained, record.requires_opm_approval) == ("", False, code == "CPS")
    with pytest.raises(PassOverRequiredError, match="the request for C1 is recorded but not sustained yet"):
        cert.select("N1")
    cert.sustain_pass_over("C1", approved_by="OPM" if code == "CPS" else "Delegated examining unit")
    assert cert.select("N1").applicant_id == "N1"


# ----------------------------------------------------------------------------- HUR: multiple hurdles
def _one(ratings, *, grades="13", preference="NV", changes=None):
    result = score_pool([applicant("A1", preference, grades=grades)], ratings, variant(grades=[], **(changes or {})))
    return result.outcomes["A1"]


HURDLE_CASES = [
    # (rule, ratings, status, last hurdle reached, score, category, per-hurdle statuses)
    ("HUR-1: resume review failed ends it; interview ratings recorded are not used",
     resume_votes("A1", "DNMF DNMF") + interview("A1", 2, 2),
     "failed", "resume_review", None, None, ["failed", "not_reached", "not_reached"]),
    ("HUR-3: a 0 in round 1 fails; round 2 not reached",
     resume_votes("A1") + interview("A1", 0, 2), "failed", "interview_1", None, None,
     ["passed", "failed", "not_reached"]),
    ("HUR-3: a 0 in round 2 fails after passing round 1",
     resume_votes("A1") + interview("A1", 2, 0), "failed", "interview_2", None, None,
     ["passed", "passed", "failed"]),
    ("HUR-3: 1 + 1 transmutes to 70, Qualified",
     resume_votes("A1") + interview("A1", 1, 1), "eligible", "interview_2", 70.0, Q, ["passed"] * 3),
    ("HUR-3: 2 + 1 transmutes to 85, Well Qualified",
     resume_votes("A1") + interview("A1", 2, 1), "eligible", "interview_2", 85.0, WQ, ["passed"] * 3),
    ("HUR-3: 1 + 2 transmutes to 85, Well Qualified",
     resume_votes("A1") + interview("A1", 1, 2), "eligible", "interview_2", 85.0, WQ, ["passed"] * 3),
    ("HUR-3: 2 + 2 transmutes to 100, Best Qualified",
     resume_votes("A1") + interview("A1", 2, 2), "eligible", "interview_2", 100.0, BQ, ["passed"] * 3),
    ("HUR-2: a split with no third SME is pending, never passed or failed",
     resume_votes("A1", {"service-design": "MF DNMF", "customer-research": "MF MF", "cx-measurement": "MF MF",
                         "stakeholder-engagement": "MF MF"}) + interview("A1", 2, 2),
     "pending", "resume_review", None, None, ["pending", "not_reached", "not_reached"]),
    ("HUR-2: the third SME decides a split (DNMF on a screen-out competency fails)",
     resume_votes("A1", {"service-design": "MF DNMF DNMF", "customer-research": "MF MF", "cx-measurement": "MF MF",
                         "stakeholder-engagement": "MF MF"}),
     "failed", "resume_review", None, None, ["failed", "not_reached", "not_reached"]),
    ("HUR-2: the third SME decides a split (MF passes)",
     resume_votes("A1", {"service-design": "DNMF MF MF", "customer-research": "MF MF", "cx-measurement": "MF MF",
                         "stakeholder-engagement": "MF MF"}) + interview("A1", 1, 1),
     "eligible", "interview_2", 70.0, Q, ["passed"] * 3),
    ("HUR-2: SME-QA 'all core competencies': a non-screen-out competency not met still fails",
     resume_votes("A1", {"service-design": "MF MF", "customer-research": "MF MF", "cx-measurement": "MF MF",
                         "stakeholder-engagement": "DNMF DNMF"}),
     "failed", "resume_review", None, None, ["failed", "not_reached", "not_reached"]),
    ("HUR-1 PINNED: an interview no-show (no rating recorded) stays pending; the rule book does not say",
     resume_votes("A1"), "pending", "interview_1", None, None, ["passed", "pending", "not_reached"]),
    ("HUR-3: a panel that disagrees under 'consensus' is pending, with the ratings named",
     resume_votes("A1") + interview("A1", 2, 2, rater="sme8") + interview("A1", 1, 2),
     "pending", "interview_1", None, None, ["passed", "pending", "not_reached"]),
]


@pytest.mark.parametrize("case, ratings, status, last, score, category, statuses", HURDLE_CASES,
                         ids=[c[0] for c in HURDLE_CASES])
def test_multiple_hurdles(case, ratings, status, last, score, category, statuses):
    outcome = _one(ratings)
    assert (outcome.status, outcome.hurdle, outcome.score, outcome.category) == (status, last, score, category)
    assert [h.status for h in outcome.hurdles] == statuses
    assert all(outcome.reasons[h.hurdle] for h in outcome.hurdles)


def test_hurdle_reasons_name_the_competency_raters_and_the_missing_decision():
    split = _one(resume_votes("A1", {"service-design": "MF DNMF", "customer-research": "MF MF",
                                     "cx-measurement": "MF MF", "stakeholder-engagement": "MF MF"}))
    assert ("'service-design' pending: SMEs split 1-1 (meets: sme1; does not meet: sme2); needs a deciding SME "
            "vote.") in split.reasons["resume_review"]
    no_show = _one(resume_votes("A1"))
    assert no_show.reasons["interview_1"].startswith(
        "Structured interview, round 1 (breadth) pending: no interview rating recorded yet.")


def test_pinned_a_no_show_written_as_a_rating_is_a_rejected_row():
    # PINNED: ratings are 0, 1 or 2; "no show" is rejected with its row (read by applicants.py, not owned here).
    # An agency that treats a no-show as not meeting records 0 with the justification "did not attend".
    rows = resume_votes("A1") + [{"applicant_id": "A1", "hurdle": "interview_1", "competency": "", "rater": "sme9",
                                  "rating": "no show", "justification": ""}]
    result = score_pool([applicant("A1")], rows, variant(grades=[]))
    assert result.outcomes["A1"].status == "pending"
    assert [(e.column, e.row) for e in result.rejected] == [("rating", len(rows) + 1)]


# ----------------------------------------------------------------------------- NUM: numerical ranking
NUMERICAL = dict(rating_method="numerical",
                 transmutation=[{"ratings": [1, 1], "score": 65}, {"ratings": [2, 1], "score": 75},
                                {"ratings": [1, 2], "score": 80}, {"ratings": [2, 2], "score": 100}])
NUM_RATINGS = {65: (1, 1), 75: (2, 1), 80: (1, 2), 100: (2, 2)}


def numerical(spec, **changes):
    applicants, ratings = [], []
    for applicant_id, preference, score in spec:
        applicants.append(applicant(applicant_id, preference, grades="13"))
        ratings += resume_votes(applicant_id) + interview(applicant_id, *NUM_RATINGS[score])
    return score_pool(applicants, ratings, variant(grades=[], **{**NUMERICAL, **changes}))


NUMERICAL_CASES = [
    # (rule, spec, assessment changes, expected register (id, augmented), failed ids)
    ("NUM-1: a 65 is below the passing score 70: failed, and no points lift a CPS or TP over it",
     [("N1", "NV", 80), ("C1", "CPS", 65), ("T1", "TP", 65), ("N2", "NV", 65)], {},
     [("N1", 80.0)], ["C1", "N2", "T1"]),
    ("NUM-1: points on a passing score: TP 75 + 5 = 80 ties NV 80 and goes ahead (NUM-2)",
     [("N1", "NV", 80), ("T1", "TP", 75)], {}, [("T1", 80.0), ("N1", 80.0)], []),
    ("NUM-2: CP 75 + 10 = 85 floats above NV 100 (not scientific/professional)",
     [("N1", "NV", 100), ("C1", "CP", 75)], {}, [("C1", 85.0), ("N1", 100.0)], []),
    ("NUM-2: scientific/professional GS-13: the CP ranks by its 85",
     [("N1", "NV", 100), ("C1", "CP", 75), ("X1", "XP", 75)], {"scientific_professional": True},
     [("N1", 100.0), ("C1", 85.0), ("X1", 85.0)], []),
    ("NUM-3: top 3 with ties: the Nth is a CP moved to the top; an XP of the same 85 that was not moved up is "
     "not level with it, and the NV 100 between them is not tied at all: 3 names",
     [("C1", "CP", 80), ("C2", "CPS", 75), ("C3", "CP", 75), ("N1", "NV", 100), ("X1", "XP", 75),
      ("N2", "NV", 80)], {"numerical_top_n": 3},
     [("C1", 90.0), ("C2", 85.0), ("C3", 85.0)], []),
    ("NUM-3: the same names, scientific/professional GS-13: nobody moved up; C3 and X1 (85, preference) are "
     "level with the Nth C2 and certified; N2 (80) is not",
     [("C1", "CP", 80), ("C2", "CPS", 75), ("C3", "CP", 75), ("N1", "NV", 100), ("X1", "XP", 75),
      ("N2", "NV", 80)], {"numerical_top_n": 3, "scientific_professional": True},
     [("N1", 100.0), ("C1", 90.0), ("C2", 85.0), ("C3", 85.0), ("X1", 85.0)], []),
    ("NUM-3: top 3: a NV level with the Nth NV is certified, a preference eligible of that score stands "
     "ahead of both",
     [("N1", "NV", 100), ("T1", "TP", 75), ("N2", "NV", 80), ("N3", "NV", 80), ("N4", "NV", 75)],
     {"numerical_top_n": 3},
     [("N1", 100.0), ("T1", 80.0), ("N2", 80.0), ("N3", 80.0)], []),
    ("NUM-1: the passing score is a named setting (an agency's 60 lets the 65s through with their points)",
     [("N1", "NV", 80), ("C1", "CPS", 65), ("N2", "NV", 65)], {"numerical_passing_score": 60},
     [("C1", 75.0), ("N1", 80.0), ("N2", 65.0)], []),
]


@pytest.mark.parametrize("case, spec, changes, register, failed", NUMERICAL_CASES,
                         ids=[c[0] for c in NUMERICAL_CASES])
def test_numerical_ranking(case, spec, changes, register, failed):
    result = numerical(spec, **changes)
    cert = result.certificate()
    assert [(e.id, e.augmented_score) for e in cert.entries] == register
    assert sorted(i for i, o in result.outcomes.items() if o.status == "failed") == failed


@pytest.mark.parametrize("case, spec, changes, register, failed", NUMERICAL_CASES,
                         ids=[c[0] for c in NUMERICAL_CASES])
def test_numerical_ranking_through_spreadsheets(tmp_path, case, spec, changes, register, failed):
    applicants, ratings = [], []
    for applicant_id, preference, score in spec:
        applicants.append(applicant(applicant_id, preference, grades="13"))
        ratings += resume_votes(applicant_id) + interview(applicant_id, *NUM_RATINGS[score])
    tables = _spreadsheets(tmp_path, applicants, ratings, variant(grades=[], **{**NUMERICAL, **changes}))
    cert = tables["certificate-gs-13-announcing-agency"] if register else []
    assert [(r["applicant_id"], r["augmented_score"]) for r in cert] == register
    assert sorted(r["applicant_id"] for r in tables["applicants"] if r["status"] == "failed") == failed


def test_below_the_passing_score_says_why_and_gives_no_points():
    outcome = numerical([("C1", "CPS", 65)]).outcomes["C1"]
    assert (outcome.status, outcome.augmented_score, outcome.preference_applied) == ("failed", None, False)
    assert outcome.reasons["score"] == (
        "ratings 1 + 1 transmute to 65 (SME-QA transmutation table, as set in the assessment). Below the passing "
        "score 70: not eligible, and no preference points (added only to a passing score, 5 U.S.C. 3309; "
        "5 CFR 337.101).")


def test_pinned_cut_off_certifies_the_register_prefix_so_a_floated_cps_below_it_is_certified():
    # PINNED: the rule book (section 1.4) has OPM certify names "from the top of the list" by a cut-off score and
    # leaves the rule of many's text as TODO (section 10, item 1). skillhire certifies a prefix of the register,
    # so a CPS floated to the top is certified even when its own 75 + 10 = 85 is below a cut-off of 90, and a
    # cut-off certifies fewer than 3 names when fewer reach it ("not less than three" is not enforced).
    cert = numerical([("N1", "NV", 100), ("C1", "CPS", 75), ("N2", "NV", 80)],
                     numerical_cutoff_score=90).certificate()
    assert [(e.id, e.augmented_score) for e in cert.entries] == [("C1", 85.0), ("N1", 100.0)]


# ----------------------------------------------------------------------------- POOL: pooled certificates
POOLED = [
    ("T1", "TP", 100, {"grades": "13", "agencies": "VA"}),
    ("N1", "NV", 100, {"grades": "13", "agencies": "GSA"}),
    ("N2", "NV", 100, {"grades": "13;14", "agencies": "GSA;VA", "qualified_grades": "13"}),
    ("X1", "XP", 85, {"grades": "13;14", "agencies": "GSA;VA", "locations": "Denver, CO"}),
]


def pooled(**changes):
    applicants, ratings = pool(POOLED)
    return score_pool(applicants, ratings, variant(grades=[], **changes), issued_on=ISSUED)


@pytest.mark.parametrize(
    "grade, agency, location, expected",
    [
        (13, None, None, ["T1", "N1", "N2"]),          # announcing agency: every eligible at GS-13, no opt-in needed
        (13, "VA", None, ["T1", "X1", "N2"]),          # VA opt-ins: BQ holds 2, merged with WQ; TP, XP, then NV
        (13, "GSA", None, ["X1", "N1", "N2"]),         # GSA opt-ins: BQ holds 2, merged; the WQ XP goes first
        (14, None, None, ["X1"]),                      # N2 applied for 14 but the SMEs qualified them at 13 only
        (13, None, "Denver, CO", ["T1", "N1", "N2"]),  # blank locations mean any location; BQ holds 3
    ],
)
def test_referral_per_grade_agency_and_location(grade, agency, location, expected):
    assert pooled().certificate(grade=grade, agency=agency, location=location).applicant_ids == expected


@pytest.mark.parametrize(
    "on, changes, allowed",
    [
        (ISSUED, {}, True),                                   # day 0: the period begins on the issue date
        (ISSUED + dt.timedelta(days=239), {}, True),          # day 239: the 240th day
        (ISSUED + dt.timedelta(days=240), {}, False),         # day 240: outside
        (ISSUED - dt.timedelta(days=1), {}, False),           # before issue
        (ISSUED + dt.timedelta(days=10), {"shareable": False}, False),  # no notice in the announcement
    ],
)
def test_sharing_window_and_notice(on, changes, allowed):
    cert = pooled(**changes).certificate(grade=13)
    assert cert.can_share("N2", "GSA", on=on)[0] is allowed
    assert cert.can_share("T1", "GSA", on=ISSUED)[0] is False  # T1 opted in to VA only


def test_a_share_is_not_blocked_by_a_preference_eligible_the_agency_may_not_select():
    # POOL-3 (fixed): T1 (TP) stands ahead on the announcing agency's certificate but opted in to VA only, so GSA
    # cannot select T1; choosing N1 passes no one over, and GSA cannot be made to record a pass-over of T1.
    result = pooled()
    cert = result.certificate(grade=13)
    assert cert.applicant_ids == ["T1", "N1", "N2"]
    assert cert.select("N1", agency="GSA", on=ISSUED + dt.timedelta(days=30)).agency == "GSA"
    assert [(e.agency, e.applicant_id, e.days_after_issue) for e in cert.share_log] == [("GSA", "N1", 30)]
    # VA may select T1: for VA, T1 still stands ahead of N2
    with pytest.raises(PassOverRequiredError, match=r"T1 standing ahead on this certificate; record a pass-over "
                                                    r"with reasons by 'VA' and have it sustained first"):
        cert.select("N2", agency="VA", on=ISSUED + dt.timedelta(days=31))
    # and the announcing agency's own selection still considers everyone
    with pytest.raises(PassOverRequiredError, match="T1"):
        cert.select("N2")
    # the selection took N1 off every other certificate of the pool
    assert result.certificate(grade=13, agency="GSA").applicant_ids == ["X1", "N2"]


def test_a_pass_over_clears_only_the_agency_that_recorded_it():
    # POOL-3 / REF-2 (fixed): a pass-over is one appointing authority's request for its own selection (3318(c)).
    applicants, ratings = pool([("P1", "TP", 100, {"agencies": "GSA;VA"}), ("N1", "NV", 100, {"agencies": "GSA;VA"}),
                                ("N2", "NV", 100, {"agencies": "GSA;VA"})])
    cert = score_pool(applicants, ratings, variant(grades=[]), issued_on=ISSUED).certificate(grade=13)
    cert.record_pass_over("P1", reason="Declined the announcing agency's duty station in writing.",
                          approved_by="Delegated examining unit")
    on = ISSUED + dt.timedelta(days=5)
    with pytest.raises(PassOverRequiredError, match="P1 standing ahead"):
        cert.select("N1", agency="GSA", on=on)
    cert.record_pass_over("P1", reason="Declined GSA's offer in writing.", agency="GSA", approved_by="GSA's DEU")
    assert cert.select("N1", agency="GSA", on=on).agency == "GSA"


# ----------------------------------------------------------------------------- AI: adverse impact
def _counts(groups, hurdle="overall"):
    data = []
    for group, (n, passed) in groups.items():
        data += [(group, [(hurdle, "passed")])] * passed + [(group, [(hurdle, "failed")])] * (n - passed)
    return data


FOUR_FIFTHS_CASES = [
    # (groups {name: (applicants, passed)}, group checked, expected flagged); the rule: rate < 4/5 x highest rate
    ({"M": (4, 3), "F": (5, 3)}, "F", False),     # 0.6 / 0.75 = exactly 4/5 (0.7999999999999999 in floats)
    ({"M": (4, 3), "F": (10, 6)}, "F", False),    # the same ratio, larger group
    ({"M": (20, 15), "F": (25, 15)}, "F", False),  # the same ratio again
    ({"M": (8, 6), "F": (15, 9)}, "F", False),    # exactly 4/5
    ({"M": (4, 3), "F": (10, 5)}, "F", True),     # 0.5 / 0.75 = 0.667
    ({"M": (100, 50), "F": (100, 40)}, "F", False),  # 0.4 / 0.5 = exactly 4/5
    ({"M": (100, 50), "F": (100, 39)}, "F", True),   # 0.78
    ({"White": (80, 48), "Black": (40, 12)}, "Black", True),  # UGESP Q&A 12: 30% / 60% = 0.5
]


@pytest.mark.parametrize("groups, group, flagged", FOUR_FIFTHS_CASES)
def test_four_fifths_rule_is_applied_exactly(groups, group, flagged):
    rows = {r.group: r for r in adverse_impact_rows(_counts(groups), ["overall"], by="sex").rows}
    row = rows[group]
    (n, p), (bn, bp) = groups[group], max(groups.values(), key=lambda c: Fraction(c[1], c[0]))
    assert (Fraction(p, n) < Fraction(4, 5) * Fraction(bp, bn)) is flagged  # the rule, worked exactly
    assert row.flagged is flagged


def test_exactly_four_fifths_one_fewer_pass_would_flag_it():
    row = next(r for r in adverse_impact_rows(_counts({"M": (4, 3), "F": (5, 3)}), ["overall"], by="sex").rows
               if r.group == "F")
    assert (row.flagged, row.flip_with_one, row.small_group) == (False, True, True)
    assert row.note == "at or above four-fifths of the highest rate; one person's outcome would change this " \
                       "finding; small group: read with care"


def test_pinned_the_blank_group_is_compared_like_any_other():
    # PINNED: applicants with no value form the "(blank)" group, which can be the reference group. The rule book
    # (section 5) names sex and race/ethnic groups but does not say how to treat applicants who did not answer.
    data = _counts({"F": (10, 5), "M": (10, 5)}) + [("(blank)", [("overall", "passed")])] * 10
    rows = {r.group: r for r in adverse_impact_rows(data, ["overall"], by="sex").rows}
    assert rows["F"].reference_group == "(blank)"
    assert (rows["F"].flagged, rows["M"].flagged) == (True, True)


# ----------------------------------------------------------------------------- RA: rater agreement
def test_krippendorff_alpha_on_the_published_worked_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 coders x 12 units example.
    columns = zip([1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None], [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
                  [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None], [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None])
    units = [[v for v in unit if v is not None] for unit in columns]
    assert round(krippendorff_alpha(units), 3) == 0.743
    assert round(krippendorff_alpha(units, metric="interval"), 3) == 0.849


def test_cohen_kappa_worked_by_hand():
    # 50 resumes, two SMEs: both meets 20, both not 15, disagree 5 + 10. p_o = 35/50 = 0.7;
    # p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    pairs = [("meets", "meets")] * 20 + [("meets", "no")] * 5 + [("no", "meets")] * 10 + [("no", "no")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4, abs=1e-12)


def test_pool_agreement_per_competency_worked_by_hand():
    # Three applicants on 'service-design': MF MF, MF DNMF MF (a split broken by sme3), DNMF DNMF. Rating pairs on
    # the same applicant: 1 + 3 + 1 = 5, of which 1 + 1 + 1 = 3 agree: 0.6. Nominal alpha from the coincidences
    # (7 values; o(m,m) = 2 + 1, o(d,d) = 2, o(m,d) = o(d,m) = 1): 1 - (7 - 1) * 2 / (4 * 3 * 2) = 0.5.
    ratings = []
    for applicant_id, sd in [("A1", "MF MF"), ("A2", "MF DNMF MF"), ("A3", "DNMF DNMF")]:
        ratings += resume_votes(applicant_id, {"service-design": sd, "customer-research": "MF MF",
                                               "cx-measurement": "MF MF", "stakeholder-engagement": "MF MF"})
    result = score_pool([applicant(i) for i in ("A1", "A2", "A3")], ratings, variant(grades=[]))
    row = next(r for r in result.rater_agreement().competencies if r.competency == "service-design")
    assert (row.units, row.percent_agreement, row.tie_breaks, row.metric) == (3, 0.6, 1, "nominal")
    assert row.alpha == pytest.approx(0.5)
