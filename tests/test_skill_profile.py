"""Skill profiles of whole documents and comparing a resume's profile with a posting's."""

from __future__ import annotations

import pytest

from skillhire import compare_profiles, profile_skills
from skillhire.errors import SkillhireWarning
from skillhire.skill_profile import EVIDENCE_NOTE, SkillProfile

POSTING = {
    "duties": "You will lead customer journey mapping and usability testing. You will write SQL.",
    "qualifications": "Experience with Tableau dashboards. Experience with SAS is not required.",
}
RESUME = "Built Tableau dashboards for 12 offices. Wrote SQL daily. Ran user interviews and journey mapping workshops."


def test_profile_counts_evidence_and_sections() -> None:
    profile = profile_skills(POSTING, name="posting")
    assert [(e.skill_id, e.count) for e in profile.skills] == [
        ("customer-journey-mapping", 1), ("dashboards", 1), ("sql", 1), ("tableau", 1), ("usability-testing", 1),
    ]
    journey = profile.get("customer-journey-mapping")
    assert journey is not None
    assert journey.evidence[0].model_dump() == {
        "text": "customer journey mapping", "start": 14, "end": 38, "section": "duties",
        "sentence": "You will lead customer journey mapping and usability testing.",
    }
    assert profile.get("sas") is None  # negated in the posting


def test_coverage_per_domain() -> None:
    profile = profile_skills(POSTING)
    coverage = {c.domain: (c.skills_found, c.mentions) for c in profile.coverage}
    assert coverage == {"cx": (2, 2), "data": (3, 3), "ai": (0, 0), "digital": (0, 0)}
    assert all(c.skills_in_taxonomy >= 30 for c in profile.coverage)


def test_compare_gives_matched_missing_and_additional_with_evidence() -> None:
    posting = profile_skills(POSTING, name="posting")
    resume = profile_skills(RESUME, name="resume")
    result = posting.compare(resume)
    assert [s.skill_id for s in result.matched] == ["customer-journey-mapping", "dashboards", "sql", "tableau"]
    assert [s.skill_id for s in result.missing] == ["usability-testing"]
    assert [s.skill_id for s in result.additional] == ["user-interviews"]
    assert result.share_matched == 0.8
    assert result.note == EVIDENCE_NOTE
    sql = result.matched[2]
    assert [e.sentence for e in sql.required_evidence] == ["You will write SQL."]
    assert [e.sentence for e in sql.candidate_evidence] == ["Wrote SQL daily."]
    assert compare_profiles(posting, resume) == result


def test_compare_with_an_empty_posting() -> None:
    result = compare_profiles(profile_skills(""), profile_skills("SQL"))
    assert (result.matched, result.missing, result.share_matched) == ([], [], 0.0)
    assert [s.skill_id for s in result.additional] == ["sql"]


def test_max_evidence_limits_the_sentences_kept() -> None:
    profile = profile_skills("SQL. SQL again. More SQL. Even more SQL.", max_evidence=2)
    entry = profile.skills[0]
    assert (entry.count, len(entry.evidence)) == (4, 2)


def test_bad_input() -> None:
    with pytest.raises(TypeError, match=r"^profile_skills\(\) needs a str or a mapping of section name to str, not int\.$"):
        profile_skills(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"section 'duties' is NoneType"):
        profile_skills({"duties": None})  # type: ignore[dict-item]


def test_html_is_escaped() -> None:
    profile = profile_skills("SQL <script>alert(1)</script> & Tableau", name="<posting>")
    html = profile._repr_html_()
    assert "<script>" not in html and "SQL &lt;script&gt;alert(1)&lt;/script&gt; &amp; Tableau" in html
    assert "&lt;posting&gt;" in html
    with pytest.warns(SkillhireWarning, match="HTML markup"):  # "convert HTML to text first" (map_skills)
        other = profile_skills("SQL <i>daily</i>")
    comparison = profile.compare(other)._repr_html_()
    assert "SQL &lt;i&gt;daily&lt;/i&gt;" in comparison and "<td>missing</td><td>Tableau</td>" in comparison


def test_to_pandas() -> None:
    pytest.importorskip("pandas")
    posting, resume = profile_skills(POSTING), profile_skills(RESUME)
    frame = posting.to_pandas()
    assert frame[["skill_id", "count"]].values.tolist()[:2] == [["customer-journey-mapping", 1], ["dashboards", 1]]
    table = posting.compare(resume).to_pandas()
    assert table["status"].tolist() == ["matched"] * 4 + ["missing", "additional"]


def test_from_text_is_profile_skills() -> None:
    assert SkillProfile.from_text("SQL", name="x") == profile_skills("SQL", name="x")
