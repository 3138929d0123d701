"""Certificates of a pool: choosing one, selection and pass-over, pooled sharing (rules 3 and 5 of issue 8)."""

from __future__ import annotations

import datetime as dt

import pytest
from scoring_fixtures import pool, variant

from skillhire import CertificateChoiceError, PassOverRequiredError, SelectionError, score_pool

ISSUED = dt.date(2026, 1, 5)


def scored(spec, *, changes=None, **kwargs):
    applicants, ratings = pool(spec)
    return score_pool(applicants, ratings, variant(grades=[], **(changes or {})), issued_on=ISSUED, **kwargs)


# ----------------------------------------------------------------------------- selection and pass-over
# Sources: 5 U.S.C. 3319(c)(6) (no pass-over of a preference eligible in the category selected from),
# 3318(c) and 5 CFR 332.406 (pass-over with written reasons; CPS: OPM only, 15 days' notice; 74 FR 30459).


def test_non_preference_selection_blocked_while_a_preference_eligible_stands_ahead():
    result = scored([("A1", "NV", 100), ("A2", "TP", 100), ("A3", "NV", 100), ("A4", "XP", 100)])
    cert = result.certificate()
    assert cert.applicant_ids == ["A2", "A4", "A1", "A3"]
    with pytest.raises(PassOverRequiredError) as info:
        cert.select("A1")
    assert str(info.value) == (
        "selecting 'A1' (no preference) would pass over preference eligible(s) A2, A4 standing ahead on this "
        "certificate; record a pass-over with reasons and have it sustained first (5 U.S.C. 3318(c), 3319(c)(6))")
    record = cert.record_pass_over("A2", reason="Declined the position's travel requirement in writing.",
                                  approved_by="Delegated examining unit")
    assert (record.requires_opm_approval, record.notice_days, record.agency) == (False, 0, "(announcing agency)")
    with pytest.raises(PassOverRequiredError, match="A4"):
        cert.select("A1")
    # any preference eligible may be selected at any time
    assert cert.select("A4").agency == "(announcing agency)"
    selection = cert.select("A1")
    assert (selection.applicant_id, selection.certificate) == ("A1", "GS-13|(announcing agency)|*")
    assert [(e.id, e.selected_by, e.passed_over) for e in cert.entries] == [
        ("A2", None, True), ("A4", "(announcing agency)", False), ("A1", "(announcing agency)", False),
        ("A3", None, False)]


def test_cps_pass_over_is_flagged_for_opm_and_15_days_notice():
    result = scored([("A1", "NV", 100), ("A2", "CPS", 70), ("A3", "NV", 100)])
    cert = result.certificate()
    record = cert.record_pass_over("A2", reason="Failed the suitability determination.", approved_by="")
    assert (record.preference, record.requires_opm_approval, record.notice_days, record.sustained) == (
        "CPS", True, 15, False)
    # a request waiting for OPM's decision clears nothing ("unless a pass-over request is approved", 3318(c))
    with pytest.raises(PassOverRequiredError) as info:
        cert.select("A1")
    assert str(info.value).endswith(
        "; the request for A2 is recorded but not sustained yet (Certificate.sustain_pass_over)")
    sustained = cert.sustain_pass_over("A2", approved_by="OPM")
    assert (sustained.approved_by, sustained.sustained, sustained.reason, cert.pass_overs) == (
        "OPM", True, "Failed the suitability determination.", [sustained])
    cert.select("A1")
    events = [e["event"] for e in result.audit.events]
    assert events == ["certificate_issued", "pass_over", "pass_over_sustained", "selection"]


@pytest.mark.parametrize(
    "applicant_id, approved_by, agency, message",
    [
        ("A2", " ", None, "a sustained pass-over needs who sustained it (approved_by: OPM or the delegated examining "
                          "unit; 5 U.S.C. 3318(c))"),
        ("A4", "OPM", None, "no pass-over request for 'A4' by '(announcing agency)' on this certificate; record one "
                            "with reasons first (record_pass_over)"),
        ("A2", "OPM", "VA", "no pass-over request for 'A2' by 'VA' on this certificate; record one with reasons "
                            "first (record_pass_over)"),
    ],
)
def test_sustaining_needs_an_approver_and_a_request_by_that_agency(applicant_id, approved_by, agency, message):
    cert = scored([("A1", "NV", 100), ("A2", "CPS", 70), ("A3", "NV", 100), ("A4", "TP", 100)]).certificate()
    cert.record_pass_over("A2", reason="Failed the suitability determination.")
    with pytest.raises(SelectionError) as info:
        cert.sustain_pass_over(applicant_id, approved_by=approved_by, agency=agency)
    assert str(info.value) == message
    assert not cert.pass_overs[0].sustained


# only OPM may sustain the pass-over of a CPS applicant (5 U.S.C. 3318(c)(2)-(4); 74 FR 30459): a delegated examining
# unit's approval is refused, whether given with the request or later
@pytest.mark.parametrize("approved_by, allowed", [
    ("OPM", True),
    ("U.S. Office of Personnel Management", True),
    ("opm (Hiring Policy)", True),
    ("Delegated examining unit", False),
    ("DEU", False),
])
def test_only_opm_sustains_a_cps_pass_over(approved_by, allowed):
    message = (f"the pass-over of 'A2' (CPS: a veteran with a service-connected disability of 30% or more) may be "
               f"sustained only by OPM, not {approved_by!r} (5 U.S.C. 3318(c)(2)-(4)); record approved_by='OPM' once "
               "OPM has decided")
    for sustain_later in (False, True):
        cert = scored([("A1", "NV", 100), ("A2", "CPS", 70), ("A3", "NV", 100)]).certificate()
        if allowed:
            if sustain_later:
                cert.record_pass_over("A2", reason="Failed the suitability determination.")
                cert.sustain_pass_over("A2", approved_by=approved_by)
            else:
                cert.record_pass_over("A2", reason="Failed the suitability determination.", approved_by=approved_by)
            assert cert.select("A1").applicant_id == "A1"
            continue
        with pytest.raises(SelectionError) as info:
            if sustain_later:
                cert.record_pass_over("A2", reason="Failed the suitability determination.")
                cert.sustain_pass_over("A2", approved_by=approved_by)
            else:
                cert.record_pass_over("A2", reason="Failed the suitability determination.", approved_by=approved_by)
        assert str(info.value) == message
        assert all(not p.sustained for p in cert.pass_overs)
        with pytest.raises(PassOverRequiredError):
            cert.select("A1")


def test_a_delegated_examining_unit_sustains_a_cp_pass_over():
    cert = scored([("A1", "NV", 100), ("A2", "CP", 70), ("A3", "NV", 100)]).certificate()
    cert.record_pass_over("A2", reason="Failed the suitability determination.", approved_by="DEU")
    assert cert.select("A1").applicant_id == "A1"


@pytest.mark.parametrize(
    "applicant_id, reason, message",
    [
        ("A1", "Anything.", "'A1' is not a preference eligible; no pass-over is needed"),
        ("A2", "  ", "a pass-over needs written reasons (5 U.S.C. 3318(c)(1))"),
        ("A9", "Anything.", "'A9' is not referred on this certificate"),
    ],
)
def test_pass_over_needs_a_referred_preference_eligible_and_reasons(applicant_id, reason, message):
    cert = scored([("A1", "NV", 100), ("A2", "TP", 100), ("A3", "NV", 100)]).certificate()
    with pytest.raises(SelectionError) as info:
        cert.record_pass_over(applicant_id, reason=reason)
    assert str(info.value).startswith(message)


def test_cannot_select_twice_or_someone_not_referred():
    result = scored([("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100), ("A4", "NV", 85)])
    cert = result.certificate()
    cert.select("A1")
    with pytest.raises(SelectionError, match="'A1' was already selected by '\\(announcing agency\\)'"):
        cert.select("A1")
    with pytest.raises(SelectionError, match="'A4' is not referred on this certificate"):
        cert.select("A4")  # Well Qualified: not referred while Best Qualified holds 3 names


# ----------------------------------------------------------------------------- pooled certificates
# Sources: 5 U.S.C. 3318(b) (240 days, notice in the announcement, same series/similar grade); 5 CFR 332.408;
# OPM CHCO memo 11 Jan 2018 (applicants opt in; keep a record of every agency shared with).

POOLED = [
    ("P1", "NV", 100, {"grades": "13;14", "agencies": "GSA;VA", "locations": "Washington, DC"}),
    ("P2", "TP", 85, {"grades": "13", "agencies": "VA", "locations": ""}),
    ("P3", "NV", 85, {"grades": "14", "agencies": "GSA", "locations": "Baltimore, MD"}),
    ("P4", "CPS", 70, {"grades": "13;14", "agencies": "", "locations": "Baltimore, MD"}),
    ("P5", "NV", 100, {"grades": "13;14;15", "agencies": "GSA;VA", "qualified_grades": "13;14"}),
]


def pooled(**changes):
    return scored(POOLED, changes=changes)


@pytest.mark.parametrize(
    "grade, agency, location, expected",
    [
        (13, None, None, ["P4", "P1", "P5"]),               # announcing agency: every eligible at GS-13
        (13, "VA", None, ["P2", "P1", "P5"]),               # only VA opt-ins; merged BQ(2) + WQ, TP first
        (13, "GSA", None, ["P1", "P5"]),                    # P2 did not opt in to GSA
        (14, "GSA", None, ["P1", "P5", "P3"]),              # P3 applied for 14 only
        (14, None, "Baltimore, MD", ["P4", "P5", "P3"]),    # P1 chose DC only; P5 chose any location
        (15, None, None, []),                               # P5 applied for 15 but qualified at 13-14 only
    ],
)
def test_referral_respects_grade_agency_opt_in_and_location(grade, agency, location, expected):
    cert = pooled().certificate(grade=grade, agency=agency, location=location)
    assert cert.applicant_ids == expected


def test_no_argument_certificate_in_a_multi_grade_pool_lists_the_choices():
    with pytest.raises(CertificateChoiceError) as info:
        pooled().certificate()
    assert str(info.value) == "this pool has 3 grades; choose one: grade=13, grade=14, grade=15 (agencies: GSA, VA)"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"grade": 12}, "grade 12 is not in this pool; choose one of: 13, 14, 15"),
        ({"grade": 13, "agency": "NASA"}, "agency 'NASA' is not in this pool; choose one of: GSA, VA"),
        ({"grade": 13, "location": "Denver, CO"},
         "location 'Denver, CO' is not in this pool; choose one of: Baltimore, MD, Washington, DC"),
    ],
)
def test_unknown_choices_are_refused_with_the_valid_ones(kwargs, message):
    with pytest.raises(CertificateChoiceError) as info:
        pooled().certificate(**kwargs)
    assert str(info.value) == message


def test_a_selection_removes_the_applicant_from_every_other_agency_certificate():
    result = pooled()
    va13, gsa13, gsa14, own13 = (result.certificate(grade=13, agency="VA"), result.certificate(grade=13, agency="GSA"),
                                 result.certificate(grade=14, agency="GSA"), result.certificate(grade=13))
    assert result.certificate(grade=13, agency="VA") is va13  # the same live certificate
    with pytest.raises(PassOverRequiredError, match="P2"):
        va13.select("P1")
    va13.record_pass_over("P2", reason="Declined the VA duty station in writing.", approved_by="VA DEU")
    va13.select("P1")
    assert va13.applicant_ids == ["P2", "P1", "P5"]  # stays, marked selected, on the certificate used
    assert [e.selected_by for e in va13.entries] == [None, "VA", None]
    assert gsa13.applicant_ids == ["P5"]
    assert gsa14.applicant_ids == ["P5", "P3"]
    assert own13.applicant_ids == ["P4", "P5"]
    with pytest.raises(SelectionError, match="'P1' is not referred on this certificate"):
        gsa13.select("P1")


def test_sharing_within_240_days_is_logged():
    result = pooled()
    cert = result.certificate(grade=13)
    assert cert.expires_on == dt.date(2026, 9, 1)  # 240 days beginning on the issue date
    cert.record_pass_over("P4", reason="Declined in writing.")
    selection = cert.select("P1", agency="GSA", on=dt.date(2026, 9, 1))
    assert selection.agency == "GSA"
    assert [(e.issued_to, e.agency, e.applicant_id, e.days_after_issue) for e in cert.share_log] == [
        ("(announcing agency)", "GSA", "P1", 239)]
    assert result.share_log == cert.share_log


@pytest.mark.parametrize(
    "applicant_id, agency, on, changes, message",
    [
        ("P5", "GSA", dt.date(2026, 9, 2), {},
         "2026-09-02 is outside the 240-day sharing window that began 2026-01-05 (5 U.S.C. 3318(b)(1))"),
        ("P5", "GSA", dt.date(2026, 1, 4), {}, "2026-01-04 is outside the 240-day sharing window"),
        ("P5", "GSA", None, {}, "give the selection date (on=...) to check the 240-day sharing window"),
        ("P4", "GSA", dt.date(2026, 2, 1), {}, "'P4' did not opt in to 'GSA' (opted in to: none)"),
        ("P5", "GSA", dt.date(2026, 2, 1), {"shareable": False},
         "the announcement did not say the list may be shared"),
    ],
)
def test_sharing_rules(applicant_id, agency, on, changes, message):
    cert = pooled(**changes).certificate(grade=13)
    with pytest.raises(SelectionError) as info:
        cert.select(applicant_id, agency=agency, on=on)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"on": dt.date(2026, 2, 1)}, (True, "")),
        ({"on": dt.date(2026, 2, 1), "series": "301", "grade": 13}, (True, "")),
        ({"on": dt.date(2026, 2, 1), "series": "0343"},
         (False, "series 0343 is not the pool's series 0301: a shared certificate serves positions in the same "
                 "occupational series (5 U.S.C. 3318(b)(1)(A))")),
        ({"on": dt.date(2026, 2, 1), "grade": 14},
         (False, "GS-14 is not this certificate's grade GS-13: a shared certificate serves the same grade level "
                 "(5 U.S.C. 3318(b)(1)(B); OPM CHCO memo, 11 Jan 2018)")),
        ({"on": dt.date(2027, 1, 1)},
         (False, "2027-01-01 is outside the 240-day sharing window that began 2026-01-05 (5 U.S.C. 3318(b)(1))")),
    ],
)
def test_can_share_checks_series_grade_and_window(kwargs, expected):
    cert = pooled().certificate(grade=13)
    assert cert.can_share("P5", "GSA", **kwargs) == expected


def test_certificates_lists_every_grade_and_agency():
    keys = [c.key for c in pooled().certificates()]
    assert keys == [
        "GS-13|(announcing agency)|*", "GS-13|GSA|*", "GS-13|VA|*",
        "GS-14|(announcing agency)|*", "GS-14|GSA|*", "GS-14|VA|*",
        "GS-15|(announcing agency)|*", "GS-15|GSA|*", "GS-15|VA|*",
    ]


def test_html_and_repr_escape_applicant_data():
    result = scored([("<b>A1</b>", "NV", 100)])
    cert = result.certificate()
    assert "<b>A1</b>" not in cert._repr_html_() and "&lt;b&gt;A1&lt;/b&gt;" in cert._repr_html_()
    assert "&lt;b&gt;A1&lt;/b&gt;" in result._repr_html_()
    assert repr(cert) == ("Certificate(grade=13, agency='(announcing agency)', names=1, "
                          "categories=['Best Qualified', 'Well Qualified'], merged=True)")


def test_to_pandas_gives_frames_or_a_clear_error():
    result = scored([("A1", "NV", 100), ("A2", "TP", 85)])
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match=r"pip install 'skillhire\[pandas\]'"):
            result.to_pandas()
        return
    frame = result.certificate().to_pandas()
    assert list(frame["applicant_id"]) == ["A2", "A1"]
    assert list(result.to_pandas()["status"]) == ["eligible", "eligible"]
    assert set(result.rater_agreement().to_pandas()) == {"competencies", "pairs", "raters"}
    assert "impact_ratio" in result.adverse_impact(by="veterans_preference").to_pandas().columns


def test_a_pool_without_grades_says_where_to_give_them():
    result = score_pool([{"applicant_id": "A1"}], [], variant(grades=[]))
    with pytest.raises(CertificateChoiceError, match="this pool has no grades"):
        result.certificate()


def test_issuing_a_certificate_while_applicants_are_pending_warns_and_lists_them():
    from scoring_fixtures import applicant, resume_votes

    from skillhire import SkillhireWarning

    applicants, ratings = pool([("A1", "NV", 100), ("A2", "NV", 100), ("A3", "NV", 100)])
    applicants.append(applicant("A4", "CPS"))
    ratings += resume_votes("A4", {"customer-research": "MF DNMF"})  # split: no deciding vote yet
    result = score_pool(applicants, ratings, variant(grades=[]))
    with pytest.warns(SkillhireWarning, match=r"GS-13 certificate for \(announcing agency\): 1 applicant\(s\) who "
                      "applied are still pending and are not on it"):
        cert = result.certificate()
    assert (cert.applicant_ids, cert.pending) == (["A1", "A2", "A3"], ["A4"])
    assert result.audit.events[0]["pending"] == ["A4"]


# ----------------------------------------------------------------------------- JSON form (walkthrough3 row 14)


def _record_round_trip(cert):
    import json

    from skillhire import CertificateEntry, CertificateRecord

    text = cert.to_json()
    data = json.loads(text)
    assert [CertificateEntry.model_validate(e) for e in data["entries"]] == cert.entries
    assert data == cert.to_dict()
    record = CertificateRecord.model_validate_json(text)
    assert record == cert.to_record()
    assert CertificateRecord.model_validate(data) == record
    assert record.model_dump_json() == text  # the second dump is byte-identical
    return data


def test_certificate_json_form_round_trips_after_selection_pass_over_and_sharing():
    result = pooled()
    cert = result.certificate(grade=13)
    cert.record_pass_over("P4", reason="Declined in writing.")
    cert.select("P1", agency="GSA", on=dt.date(2026, 9, 1))
    data = _record_round_trip(cert)
    assert {k: v for k, v in data.items() if k not in ("entries", "pass_overs", "share_log")} == {
        "key": "GS-13|(announcing agency)|*", "grade": 13, "agency": "(announcing agency)", "location": None,
        "categories": cert.categories, "merged": cert.merged, "issued_on": "2026-01-05", "expires_on": "2026-09-01",
        "pending": []}
    assert [(e["applicant_id"], e["position"], e["selected_by"], e["passed_over"]) for e in data["entries"]] == [
        (e.applicant_id, e.position, e.selected_by, e.passed_over) for e in cert.entries]
    assert [(p["applicant_id"], p["agency"]) for p in data["pass_overs"]] == [("P4", "(announcing agency)")]
    assert [(e["agency"], e["applicant_id"], e["on"], e["days_after_issue"]) for e in data["share_log"]] == [
        ("GSA", "P1", "2026-09-01", 239)]
    # a snapshot: a later selection changes the certificate, not the record already taken
    record = cert.to_record()
    cert.select("P4")  # a preference eligible may be selected at any time
    assert [(e.applicant_id, e.selected_by) for e in record.entries] == [("P4", None), ("P1", "GSA"), ("P5", None)]
    assert [(e.applicant_id, e.selected_by) for e in cert.to_record().entries] == [
        ("P4", "(announcing agency)"), ("P1", "GSA"), ("P5", None)]


def test_certificate_json_form_of_every_certificate_of_a_pool():
    result = pooled()
    keys = []
    for grade, agency in [(13, None), (13, "VA"), (13, "GSA"), (14, "GSA")]:
        cert = result.certificate(grade=grade, agency=agency) if agency else result.certificate(grade=grade)
        keys.append(_record_round_trip(cert)["key"])
    assert keys == ["GS-13|(announcing agency)|*", "GS-13|VA|*", "GS-13|GSA|*", "GS-14|GSA|*"]
