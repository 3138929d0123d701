"""The synthetic pooled action: deterministic, realistic in shape, scorable at full size, writable to files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter

import pytest

from skillhire import generate_pool, score_pool
from skillhire.synthetic import CX_AGENCIES, write_pool


@pytest.fixture(scope="module")
def cx_pool():
    """The size of the real SME-QA CX Strategist action: 844 applicants, 9 agencies, GS-13/14/15."""
    return generate_pool(n_applicants=844, n_agencies=9, grades=(13, 14, 15), seed=0)


@pytest.fixture(scope="module")
def cx_result(cx_pool):
    applicants, ratings = cx_pool
    return score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2020, 6, 1))


def test_same_seed_same_pool_other_seed_other_pool():
    assert generate_pool(n_applicants=40, seed=5) == generate_pool(n_applicants=40, seed=5)
    assert generate_pool(n_applicants=40, seed=5) != generate_pool(n_applicants=40, seed=6)


def test_rows_use_the_canonical_columns(cx_pool):
    applicants, ratings = cx_pool
    assert list(applicants[0]) == ["applicant_id", "first_name", "last_name", "email", "veterans_preference",
                                   "grades", "agencies", "locations", "qualified_grades", "sex", "race_ethnicity"]
    assert list(ratings[0]) == ["applicant_id", "hurdle", "competency", "rater", "rating", "justification"]
    assert len(applicants) == 844
    assert len({a["applicant_id"] for a in applicants}) == 844
    opted = {agency for a in applicants for agency in a["agencies"].split(";")}
    assert opted == set(CX_AGENCIES)


def test_full_size_pool_scores_like_the_real_action(cx_result):
    # Real CX action (SME-QA results, cx-gov-wide.yml): 844 applicants; 124 passed the resume review (15%),
    # 79 the first interview (9%), 44 were qualified at the end (5%). Seed 0 of the generator gives:
    result = cx_result
    assert result.counts() == {"eligible": 44, "failed": 800, "pending": 0}
    passed = Counter(h.hurdle for o in result.outcomes.values() for h in o.hurdles if h.status == "passed")
    assert dict(passed) == {"resume_review": 121, "interview_1": 78, "interview_2": 44}
    assert dict(Counter(o.category for o in result.outcomes.values() if o.status == "eligible")) == {
        "Best Qualified": 7, "Well Qualified": 19, "Qualified": 18}
    assert result.grades == [13, 14, 15]
    assert result.agencies == list(sorted(CX_AGENCIES))
    assert result.rejected == []


def test_full_size_certificates_follow_the_rules(cx_result):
    from skillhire.category_rating import PREFERENCE_ELIGIBLE

    sizes = {}
    for cert in cx_result.certificates():
        sizes[cert.key] = len(cert.applicant_ids)
        preference = [e.preference in PREFERENCE_ELIGIBLE for e in cert.entries]
        assert preference == sorted(preference, reverse=True)  # preference eligibles first
    assert sizes["GS-13|(announcing agency)|*"] == 4
    assert sizes["GS-14|(announcing agency)|*"] == 7
    assert sizes["GS-15|(announcing agency)|*"] == 11
    assert sizes["GS-13|VA|*"] == 7
    assert len(sizes) == 3 * (1 + 9)


def test_messy_rows_are_all_accounted_for():
    applicants, ratings = generate_pool(n_applicants=120, seed=2, messy_rows=12, pending_applicants=2)
    result = score_pool(applicants, ratings, "smeqa-standard")
    for name, rows in (("applicants", applicants), ("ratings", ratings)):
        counts = result.row_counts[name]
        assert counts.rows_in == len(rows) == counts.scored + counts.rejected
    assert len(result.rejected) == 12
    assert sorted({(e.sheet, e.column) for e in result.rejected}) == [
        ("applicants", "applicant_id"), ("applicants", "grades"), ("applicants", "veterans_preference"),
        ("ratings", "applicant_id"), ("ratings", "competency"), ("ratings", "rating")]
    assert result.counts()["pending"] == 2


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_written_files_score_the_same_as_the_rows(tmp_path, fmt):
    pool = generate_pool(n_applicants=60, seed=4, messy_rows=3)
    applicants_path, ratings_path = write_pool(pool, tmp_path, format=fmt)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"applicants.{fmt}", f"ratings.{fmt}"]
    from_files = score_pool(applicants_path, ratings_path, "smeqa-standard")
    from_rows = score_pool(pool.applicants, pool.ratings, "smeqa-standard")
    assert {k: (o.status, o.score, o.category) for k, o in from_files.outcomes.items()} == {
        k: (o.status, o.score, o.category) for k, o in from_rows.outcomes.items()}
    assert len(from_files.rejected) == len(from_rows.rejected) == 3
    audit = json.loads(from_files.audit.to_json())
    assert audit["inputs"]["applicants"]["sha256"] == hashlib.sha256(applicants_path.read_bytes()).hexdigest()
    assert audit["inputs"]["ratings"]["source"] == f"ratings.{fmt}"


def test_audit_is_reproducible_and_holds_no_personal_data(cx_pool):
    applicants, ratings = cx_pool
    one, two = (score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2020, 6, 1)) for _ in range(2))
    one.certificate(grade=14, agency="VA").select(one.certificate(grade=14, agency="VA").applicant_ids[0])
    two.certificate(grade=14, agency="VA").select(two.certificate(grade=14, agency="VA").applicant_ids[0])
    text = one.audit.to_json()
    assert text == two.audit.to_json()
    assert [e["event"] for e in json.loads(text)["events"]] == ["certificate_issued", "selection"]
    audit = json.loads(text)
    assert sorted(audit) == ["assessment", "decisions", "events", "inputs", "rejected_rows", "rules_version",
                             "settings", "skillhire_version"]
    assert audit["assessment"]["name"] == "smeqa-standard"
    assert audit["settings"]["rating_method"] == "category"
    assert len(audit["decisions"]) == 844
    assert "@example.org" not in text
    assert not any(f'"{a["last_name"]}"' in text for a in applicants[:50])


def test_generator_refuses_impossible_settings():
    with pytest.raises(ValueError, match=re.escape("n_agencies must be 1..9")):
        generate_pool(n_agencies=10)
