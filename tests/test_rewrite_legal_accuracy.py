"""Legal accuracy of the plain forms (issue 6, "regcheck"): the glossary explanations checked against the regulation.

Hiring managers publish the plain forms as their agency's words, so each must say what the regulation says, no more
and no less. The meaning review of round 16 read the plain forms against the announcement text; this file pins what
a check against the regulation itself found (the audit, entry by entry, is in ``docs/rewrite-legal-review.md``):

- time-in-grade (5 CFR 300.604): the 52 weeks are at a grade *no lower than* a floor, and the floor is the next lower
  grade for GS-12 and up and for one-grade-interval work, but two grades lower for two-grade-interval work at GS-6 to
  GS-11 (2210 and 0343 run GS-5, 7, 9, 11). The explanation is the same for every posting (the series data has no
  grade interval, and the reader's own grade is not known), so it must hold for each case of the rule;
- CTAP and ICTAP (5 CFR 330 subparts F and G): priority goes to *well-qualified* eligibles (the agency defines the
  term for its vacancies), for a job at or below their grade; ICTAP's eligibles come from other agencies;
- career tenure (5 CFR 315.201): since 81 FR 78497 (2016) the 3 years are of *total* creditable service, no longer
  "substantially continuous"; the career-conditional appointment is itself permanent;
- excepted service (5 U.S.C. 2103(a)): positions in neither the competitive service nor the Senior Executive Service.
"""

from __future__ import annotations

import re

import pytest

from skillhire.plain_language import load_glossary
from skillhire.rewrite import lost_facts, rewrite_posting


def _explanation(key: str) -> str:
    return next(e.explanation for e in load_glossary() if e.key == key)


def _jargon(text: str) -> str:
    return rewrite_posting(f"Analyst\n\n## Qualifications\n{text}\n", rules=["jargon"]).posting.qualifications or ""


def _tig_floor(target: int, interval: int) -> int:
    """The lowest grade at which the 52 weeks may have been served, by 5 CFR 300.604(a) and (b) (GS-6 and up)."""
    if target >= 12 or interval == 1:
        return target - 1  # 300.604(a); 300.604(b), one-grade-interval work
    return target - 2  # 300.604(b), two-grade-interval work at GS-6 to GS-11


# (grade of the job, grade interval of its line of work, floor): 2210 and 0343 are two-grade interval to GS-11, then
# one grade; clerical and technician work (0303, 0335) is one-grade interval
TIG_CASES = [
    (13, 1, 12), (12, 1, 11), (14, 1, 13),  # GS-12 and up: the next lower grade, whatever the interval below it
    (11, 2, 9), (9, 2, 7), (7, 2, 5),  # two-grade-interval work at GS-6 to GS-11: two grades lower
    (8, 1, 7), (6, 1, 5),  # one-grade-interval work at GS-6 to GS-11: the next lower grade
]


@pytest.mark.parametrize("target, interval, floor", TIG_CASES)
def test_the_regulation_table_as_pinned(target, interval, floor):
    assert _tig_floor(target, interval) == floor


@pytest.mark.parametrize("target, interval, floor", TIG_CASES)
def test_time_in_grade_explanation_allows_every_floor_of_the_regulation(target, interval, floor):
    explanation = _explanation("time-in-grade")
    step = {1: "the next lower grade", 2: "two grades lower"}[target - floor]
    assert step in explanation, f"GS-{target} ({interval}-grade interval) needs 52 weeks at {step}: {explanation}"
    assert "or higher" in explanation  # "no lower than": time at a higher grade counts too
    # the round-16 wording made the next lower grade the only floor; a 2210 GS-11 applicant at GS-9 was told no
    assert not re.search(r"(?:must|need to) spend 52 weeks at the next lower grade(?! or higher)", explanation)


def test_time_in_grade_explanation_keeps_who_it_applies_to():
    # 5 CFR 300.603: employees who held a General Schedule position in the past 52 weeks
    assert _explanation("time-in-grade").endswith("It applies if you held a General Schedule job in the past 52 weeks")


def test_a_two_grade_interval_posting_is_not_contradicted():
    """A 2210 GS-9 posting that asks for 52 weeks at GS-7: the explanation added after it agrees with it."""
    text = "Time-in-Grade: For the GS-09 you must have been at the GS-07 level for 52 weeks."
    out = _jargon(text)
    assert out.startswith(text)  # the posting's own rule, word for word
    assert "For some jobs, two grades lower is enough." in out
    assert "next lower grade first" not in out


@pytest.mark.parametrize(
    "text, expected",
    [
        # the posting says itself what time-in-grade means: no second explanation (near miss)
        ("Time-in-grade means you must have served 52 weeks at the GS-11 level. You must meet time-in-grade.",
         "Time-in-grade means you must have served 52 weeks at the GS-11 level. GS means General Schedule. That is "
         "the main federal pay scale. You must meet time-in-grade."),
        # "career appointment" is not the term "career-conditional" (near miss)
        ("You must have a career appointment.", "You must have a career appointment."),
        # "excepted from" is not the excepted service (near miss)
        ("These jobs are excepted from the service contract.", "These jobs are excepted from the service contract."),
        # ICTAP is not CTAP: one explanation, ICTAP's (near miss)
        ("ICTAP eligibles must be well qualified.",
         "ICTAP eligibles must be well qualified. ICTAP means a program that gives displaced federal employees from "
         "other agencies priority for jobs. They must be well qualified, and the job must not be above their grade. "
         "The hiring agency sets what well qualified means for each job."),
        ("Current career-conditional employees may apply.",
         "Current career-conditional employees may apply. Career-conditional means a permanent federal appointment. "
         "It becomes a career appointment after you serve 3 years in total."),
    ],
)
def test_explanations_and_near_misses(text, expected):
    assert _jargon(text) == expected
    full = f"Analyst\n\n## Qualifications\n{text}\n"
    result = rewrite_posting(full)
    assert lost_facts(full, result.text) == []
    assert rewrite_posting(result.posting).changes == []


def test_ctap_explanation_keeps_well_qualified_and_who_is_eligible():
    ctap = _explanation("ctap")
    assert "this agency's surplus or displaced employees" in ctap  # 5 CFR 330 subpart F: surplus *or* displaced
    assert "well qualified" in ctap and "the qualified" not in ctap  # the eligibility test is "well-qualified"
    assert "We set what well qualified means" in ctap  # the agency defines it for its vacancies
    assert "must not be above their grade" in ctap  # a vacancy at or below the grade they may be separated from
    assert "first chance" in ctap  # selected before any other candidate


def test_ictap_explanation_keeps_well_qualified_and_who_is_eligible():
    ictap = _explanation("ictap")
    assert "displaced federal employees from other agencies" in ictap  # subpart G: displaced, not surplus
    assert "well qualified" in ictap and not re.search(r"(?<!well )qualified displaced", ictap)
    assert "priority" in ictap and "first" not in ictap  # after the agency's own eligibles (330.705 order)
    assert "must not be above their grade" in ictap


def test_career_conditional_explanation_follows_the_2016_rule():
    explanation = _explanation("career-conditional")
    assert explanation.startswith("a permanent federal appointment")  # not "becomes permanent": it already is
    assert "career appointment after you serve 3 years in total" in explanation  # total creditable service
    assert not re.search(r"continuous|in a row|without a break", explanation)  # removed by 81 FR 78497 (2016)


def test_excepted_service_explanation_leaves_out_the_senior_executive_service():
    assert "outside the competitive service and the Senior Executive Service" in _explanation("excepted-service")


def test_specialized_experience_explanation_keeps_related_work():
    # OPM General Schedule Qualification Policies: "typically in or related to the work of the position"
    explanation = _explanation("specialized-experience")
    assert explanation.startswith("experience that gave you the skills to do this job")  # the boilerplate cue
    assert explanation.endswith("It's often in the same kind of work or in related work")


def test_general_schedule_is_the_main_pay_scale_not_the_only_one():
    # the GS covers most white-collar employees; the Federal Wage System and other systems pay the rest
    assert _explanation("general-schedule") == "General Schedule. That is the main federal pay scale"
