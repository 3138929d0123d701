"""Builders for small, realistic pooled-hiring inputs used by the scoring tests (rows as dicts)."""

from __future__ import annotations

from skillhire.assessment import Assessment, load_assessment

SMEQA = load_assessment("smeqa-standard")
COMPETENCIES = [c.id for c in SMEQA.competencies]


def applicant(applicant_id: str, preference: str = "NV", *, grades: str = "13", agencies: str = "",
              locations: str = "", **extra: str) -> dict:
    """One applicant row with the canonical columns."""
    return {
        "applicant_id": applicant_id, "first_name": "Pat", "last_name": f"Doe-{applicant_id}",
        "email": f"{applicant_id.lower()}@example.org", "veterans_preference": preference, "grades": grades,
        "agencies": agencies, "locations": locations, **extra,
    }


def resume_votes(applicant_id: str, votes: dict[str, str] | str = "MF MF", *,
                 justification: str = "") -> list[dict]:
    """Resume-review rating rows. ``votes`` maps competency -> space-separated votes by sme1, sme2, sme3
    (MF / DNMF); a plain string applies to every competency."""
    if isinstance(votes, str):
        votes = {c: votes for c in COMPETENCIES}
    rows = []
    for competency, text in votes.items():
        for number, vote in enumerate(text.split(), start=1):
            rows.append({
                "applicant_id": applicant_id, "hurdle": "resume_review", "competency": competency,
                "rater": f"sme{number}", "rating": vote,
                "justification": justification or f"sme{number} on {competency}",
            })
    return rows


def interview(applicant_id: str, *ratings: int, rater: str = "sme9") -> list[dict]:
    """Interview rows: one rating per round, in order (interview_1, interview_2)."""
    return [
        {"applicant_id": applicant_id, "hurdle": f"interview_{i}", "competency": "", "rater": rater, "rating": r,
         "justification": f"round {i}"}
        for i, r in enumerate(ratings, start=1)
    ]


def passing(applicant_id: str, r1: int, r2: int) -> list[dict]:
    """Ratings for an applicant who passes the resume review and scores r1 + r2 in the interviews."""
    return resume_votes(applicant_id) + interview(applicant_id, r1, r2)


SCORE_RATINGS = {100: (2, 2), 85: (1, 2), 70: (1, 1)}


def pool(spec: list[tuple], **applicant_kwargs) -> tuple[list[dict], list[dict]]:
    """Applicants and ratings from ``(id, preference, score)`` triples; score 0 means failed interview 1.

    A fourth item, a dict, is passed to :func:`applicant` as keyword arguments.
    """
    applicants, ratings = [], []
    for item in spec:
        applicant_id, preference, score = item[:3]
        kwargs = {**applicant_kwargs, **(item[3] if len(item) > 3 else {})}
        applicants.append(applicant(applicant_id, preference, **kwargs))
        if score == 0:
            ratings += resume_votes(applicant_id) + interview(applicant_id, 0)
        else:
            ratings += passing(applicant_id, *SCORE_RATINGS[score])
    return applicants, ratings


def variant(**changes) -> Assessment:
    """The bundled assessment with some fields changed (validated)."""
    data = SMEQA.model_dump()
    data.update(changes)
    return Assessment.model_validate(data)
