"""Comparisons count a narrower skill the resume shows as evidence of the posting's broader skill (issue 4).

Machine learning asked for, scikit-learn and XGBoost shown: matched through them, with the reason and their
evidence; never the reverse (scikit-learn asked for, machine learning shown) and never between siblings.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import compare_profiles, profile_skills
from skillhire.skill_profile import (
    ProfileComparison,
    ProfileEntry,
    SkillComparison,
    SkillEvidence,
    SkillProfile,
)


@pytest.mark.parametrize(
    "posting, resume, matched, missing, additional, share",
    [
        # direct
        ("Requires machine learning.", "Applied machine learning to claims data.",
         [("machine-learning", [], "")], [], [], 1.0),
        # through one tool
        ("Requires machine learning.", "Built models with scikit-learn.",
         [("machine-learning", ["scikit-learn"], "shown through scikit-learn")], [], ["scikit-learn"], 1.0),
        # through two (the new user's data scientist)
        ("Requires machine learning.", "Built churn models with scikit-learn and XGBoost.",
         [("machine-learning", ["scikit-learn", "tree-ensembles"],
           "shown through scikit-learn, Tree-based ensemble models (XGBoost)")],
         [], ["scikit-learn", "tree-ensembles"], 1.0),
        # transitive: PyTorch -> deep learning -> machine learning (-> artificial intelligence)
        ("Requires machine learning.", "Trained image models in PyTorch.",
         [("machine-learning", ["pytorch"], "shown through PyTorch")], [], ["pytorch"], 1.0),
        ("Requires artificial intelligence experience.", "Trained image models in PyTorch.",
         [("artificial-intelligence", ["pytorch"], "shown through PyTorch")], [], ["pytorch"], 1.0),
        # the reverse direction is not a match
        ("Requires scikit-learn.", "Applied machine learning to claims data.",
         [], ["scikit-learn"], ["machine-learning"], 0.0),
        # a sibling is not a match (both are statistical packages)
        ("Requires SPSS.", "Analysed surveys in Stata.", [], ["spss"], ["stata"], 0.0),
        ("Experience with statistics and SPSS.", "Analysed surveys in Stata.",
         [("statistics", ["stata"], "shown through Stata")], ["spss"], ["stata"], 0.5),
        # a narrower skill the posting asks for too is matched directly, and not additional
        ("Experience with Salesforce and CRM systems.", "Administered Salesforce for a contact center.",
         [("customer-relationship-management", ["salesforce"], "shown through Salesforce"), ("salesforce", [], "")],
         [], ["contact-center-operations"], 1.0),
    ],
)
def test_matched_through_narrower_skills(
    posting: str, resume: str, matched: list, missing: list[str], additional: list[str], share: float
) -> None:
    result = compare_profiles(profile_skills(posting), profile_skills(resume))
    assert [(s.skill_id, s.matched_via, s.reason) for s in result.matched] == matched
    assert [s.skill_id for s in result.missing] == missing
    assert [s.skill_id for s in result.additional] == additional
    assert result.share_matched == share


def test_a_match_through_tools_carries_their_evidence() -> None:
    posting = profile_skills({"Qualifications": "Experience applying machine learning."}, name="posting")
    resume = profile_skills({"Experience": "Built churn models with scikit-learn and XGBoost."}, name="resume")
    [ml] = posting.compare(resume).matched
    assert [(e.text, e.start, e.end, e.section, e.sentence) for e in ml.candidate_evidence] == [
        ("scikit-learn", 24, 36, "Experience", "Built churn models with scikit-learn and XGBoost."),
        ("XGBoost", 41, 48, "Experience", "Built churn models with scikit-learn and XGBoost."),
    ]
    assert [e.sentence for e in ml.required_evidence] == ["Experience applying machine learning."]


def test_html_and_pandas_show_the_via() -> None:
    comparison = profile_skills("Requires machine learning.").compare(
        profile_skills("Built churn models with scikit-learn and XGBoost.")
    )
    assert ("<tr><td>matched</td><td>Machine learning</td><td>ai</td><td>Requires machine learning.</td>"
            "<td><em>shown through scikit-learn, Tree-based ensemble models (XGBoost)</em><br>"
            "Built churn models with scikit-learn and XGBoost.</td></tr>") in comparison._repr_html_()
    pytest.importorskip("pandas")
    table = comparison.to_pandas()
    assert table[["status", "skill_id", "matched_via", "reason", "candidate_evidence"]].values.tolist() == [
        ["matched", "machine-learning", "scikit-learn, tree-ensembles",
         "shown through scikit-learn, Tree-based ensemble models (XGBoost)",
         "Built churn models with scikit-learn and XGBoost."],
        ["additional", "scikit-learn", "", "", "Built churn models with scikit-learn and XGBoost."],
        ["additional", "tree-ensembles", "", "", "Built churn models with scikit-learn and XGBoost."],
    ]


def test_profiles_carry_the_broader_closure() -> None:
    profile = profile_skills("Trained models in PyTorch and wrote SQL.")
    assert [(e.skill_id, e.broader) for e in profile.skills] == [
        ("pytorch", ["deep-learning", "machine-learning", "artificial-intelligence"]),
        ("sql", []),
    ]


# ------------------------------------------------------------------------------------------- properties

SKILLS = [f"s{i}" for i in range(7)]


def _closure(links: dict[str, set[str]], skill: str) -> list[str]:
    seen: list[str] = []
    queue = sorted(links.get(skill, ()))
    while queue:
        current = queue.pop(0)
        if current not in seen:
            seen.append(current)
            queue += sorted(links.get(current, ()))
    return seen


def _profile(name: str, ids: list[str], links: dict[str, set[str]]) -> SkillProfile:
    entries = [
        ProfileEntry(
            skill_id=sid, label=sid.upper(), domain="d", group="g", count=1, best_score=100.0,
            evidence=[SkillEvidence(text=sid.upper(), start=0, end=2, sentence=f"{name} shows {sid}.")],
            broader=_closure(links, sid),
        )
        for sid in ids
    ]
    return SkillProfile(name=name, taxonomy="t", skills=entries, coverage=[])


def _comparison_without_links(required: SkillProfile, candidate: SkillProfile) -> ProfileComparison:
    """The comparison as it was before broader links: a skill is matched only when the candidate shows it."""
    def item(a, b) -> SkillComparison:
        base = a or b
        return SkillComparison(skill_id=base.skill_id, label=base.label, domain=base.domain,
                               required_evidence=list(a.evidence) if a else [],
                               candidate_evidence=list(b.evidence) if b else [])
    matched = [item(e, candidate.get(e.skill_id)) for e in required.skills if candidate.get(e.skill_id)]
    missing = [item(e, None) for e in required.skills if not candidate.get(e.skill_id)]
    additional = [item(None, e) for e in candidate.skills if e.skill_id not in set(required.skill_ids())]
    share = round(len(matched) / len(required.skills), 4) if required.skills else 0.0
    return ProfileComparison(required=required.name, candidate=candidate.name, matched=matched, missing=missing,
                             additional=additional, share_matched=share)


# links only from a later skill to an earlier one, so they never form a cycle (as validation requires)
_links = st.lists(st.tuples(st.integers(1, 6), st.integers(0, 5)), max_size=12).map(
    lambda pairs: {f"s{a}": {f"s{b}" for x, b in pairs if x == a and b < a} for a, _ in pairs}
)
_ids = st.lists(st.sampled_from(SKILLS), unique=True, max_size=7)


@settings(max_examples=300, deadline=None)
@given(posting=_ids, resume=_ids, links=_links)
def test_links_never_move_a_skill_from_matched_to_missing(posting: list[str], resume: list[str], links) -> None:
    plain = compare_profiles(_profile("posting", posting, {}), _profile("resume", resume, {}))
    linked = compare_profiles(_profile("posting", posting, links), _profile("resume", resume, links))
    assert plain == _comparison_without_links(_profile("posting", posting, {}), _profile("resume", resume, {}))
    assert {s.skill_id for s in plain.matched} <= {s.skill_id for s in linked.matched}
    assert {s.skill_id for s in linked.missing} <= {s.skill_id for s in plain.missing}
    assert linked.additional == plain.additional
    assert linked.share_matched >= plain.share_matched
    for skill in linked.matched:
        if skill.skill_id in resume:
            assert skill.matched_via == [] and skill.reason == ""
        else:  # matched only through skills the resume shows, each narrower than it (never broader)
            assert skill.matched_via and set(skill.matched_via) <= set(resume)
            assert all(skill.skill_id in _closure(links, via) for via in skill.matched_via)
    for skill in linked.missing:  # missing: no skill the resume shows is narrower
        assert not any(skill.skill_id in _closure(links, shown) for shown in resume)
