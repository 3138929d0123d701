"""Resume evidence per competency, for the subject-matter experts who rate resumes (never a rating).

:func:`collect_evidence` maps each applicant's resume text to skills with :func:`skillhire.map_skills_batch`
(the skills taxonomy), maps each competency of the assessment to skills the same way (its name and
definition), and returns, per applicant and competency, the passages of the resume that mention one of
the competency's skills. SMEs still read the resume and decide; skillhire only points at the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from skillhire.errors import SkillhireError

__all__ = ["RESUME_COLUMNS", "collect_evidence", "resume_texts"]

#: Applicant columns read as resume text (compared after normalising case, spaces and punctuation).
RESUME_COLUMNS: tuple[str, ...] = ("resume_text", "resume", "resume_txt", "resume_content")


def _skills_api() -> tuple[Any, Any]:
    try:
        from skillhire import map_skills, map_skills_batch  # type: ignore[attr-defined]
    except ImportError:
        raise SkillhireError(
            "--evidence needs skills mapping (skillhire.map_skills, the skills issue), which this installation "
            "does not have yet; run without --evidence"
        ) from None
    return map_skills, map_skills_batch


def resume_texts(applicants: Iterable[Any]) -> dict[str, str]:
    """Resume text per applicant id, from the first resume column an applicant row has (see RESUME_COLUMNS).

    Example:
        >>> resume_texts([])
        {}
    """
    wanted = {re.sub(r"[\W_]+", "", name.casefold()) for name in RESUME_COLUMNS}
    out: dict[str, str] = {}
    for row in applicants:
        for key, value in row.extra.items():
            if re.sub(r"[\W_]+", "", key.casefold()) in wanted and value and str(value).strip():
                out[row.applicant_id] = str(value)
                break
    return out


def collect_evidence(
    texts: Mapping[str, str],
    assessment: Any,
    *,
    context_chars: int = 60,
    max_per_competency: int = 5,
) -> dict[str, dict[str, list[str]]]:
    """Passages of each resume that bear on each competency.

    Args:
        texts: Resume text per applicant id.
        assessment: The :class:`~skillhire.assessment.Assessment` whose competencies SMEs rate.
        context_chars: Characters of context kept on each side of a skill mention.
        max_per_competency: Most passages kept per applicant and competency (one per skill, in text order).

    Returns:
        ``{applicant_id: {competency_id: ["<skill label>: ...passage...", ...]}}``; applicants and
        competencies with no evidence are left out. Negated mentions ("no experience in SQL") are skipped.

    Raises:
        SkillhireError: skills mapping (``skillhire.map_skills``) is not available.

    Example:
        >>> collect_evidence({"A1": "Ran 40 customer interviews."}, assessment)  # doctest: +SKIP
        {'A1': {'customer-research': ['User interviews: ...Ran 40 customer interviews....']}}
    """
    map_skills, map_skills_batch = _skills_api()
    competency_skills: dict[str, set[str]] = {}
    for competency in assessment.competencies:
        description = ". ".join(
            part for part in (competency.name, getattr(competency, "definition", "")) if part
        )
        competency_skills[competency.id] = {m.skill_id for m in map_skills(description) if not m.negated}
    ids = [applicant_id for applicant_id in texts if texts[applicant_id].strip()]
    evidence: dict[str, dict[str, list[str]]] = {}
    for applicant_id, matches in zip(ids, map_skills_batch(texts[i] for i in ids), strict=True):
        text = texts[applicant_id]
        found: dict[str, list[str]] = {}
        seen: dict[str, set[str]] = {}
        for match in sorted(matches, key=lambda m: m.start):
            if match.negated:
                continue
            for competency_id, skills in competency_skills.items():
                if match.skill_id not in skills or match.skill_id in seen.setdefault(competency_id, set()):
                    continue
                if len(found.get(competency_id, [])) >= max_per_competency:
                    continue
                seen[competency_id].add(match.skill_id)
                found.setdefault(competency_id, []).append(
                    f"{match.label}: {_passage(text, match.start, match.end, context_chars)}"
                )
        if found:
            evidence[applicant_id] = found
    return evidence


def _passage(text: str, start: int, end: int, context: int) -> str:
    left = max(0, start - context)
    right = min(len(text), end + context)
    while left > 0 and not text[left - 1].isspace():  # whole words only
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    snippet = " ".join(text[left:right].split())
    return ("..." if left > 0 else "") + snippet + ("..." if right < len(text) else "")
