"""Deciding one hurdle for one applicant from SME ratings (multiple-hurdle assessment).

Rules (each decision's reason cites the one it applied):

- Resume review, per competency: a verdict needs ``votes_required`` concordant SME votes (default 2) and
  more votes for it than against. A split waits for a further SME, whose vote decides; until then the
  competency, and so the applicant, is *pending*, never silently passed or failed. Sources: SME-QA toolkit
  ``resume-review-ratings-and-outcomes.md`` (MF+MF forward, DNMF+DNMF out, a split goes to a third SME whose
  decision is final); USA Staffing Structured Resume Review FAQ ("2 SMEs must agree ... 3 SMEs are necessary
  so ties can be broken"); USDS ART migration 36 (``evaluations_required``).
- Resume review, per applicant: a screen-out competency rated does-not-meet fails the applicant at once (ART
  ``screenOut``); otherwise the applicant passes when every screen-out competency is met and at least
  ``min_competencies_met`` (default all) are met, fails when that can no longer happen, else is pending.
- Interview round: one 0/1/2 rating; a 0 fails ("does not meet"), 1 and 2 pass (SME-QA assessments page;
  OPM Structured Interview guide). Several ratings for one round combine by the hurdle's ``panel_rule``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from skillhire._models import trusted_factory
from skillhire.applicants import RatingRow
from skillhire.assessment import Assessment, Hurdle

__all__ = ["CompetencyDecision", "HurdleResult", "Vote", "decide_interview", "decide_resume_review"]

_RULE_RESUME = "SME-QA resume review: {k} concordant SME votes per competency; a split goes to a further SME"
_RULE_SCREEN_OUT = "screen-out competency rated does not meet (SME-QA; USDS ART screenOut)"
_RULE_INTERVIEW = "SME-QA structured interview: 0 does not meet (fails), 1 meets, 2 exceeds"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Vote(NamedTuple):
    """One SME's rating as the engine used it (a named tuple: a pool holds one per rating)."""

    rater: str
    """The SME."""
    rating: str | int
    """'meets'/'does_not_meet' or the interview rating."""
    justification: str
    """The SME's justification."""
    row: int
    """Input row the rating came from."""


class CompetencyDecision(_Frozen):
    """The verdict on one competency of a resume review."""

    competency: str = Field(description="Competency id.")
    verdict: Literal["meets", "does_not_meet", "pending"] = Field(description="The decision, or pending.")
    screen_out: bool = Field(description="Whether a does-not-meet verdict screens the applicant out.")
    votes: list[Vote] = Field(description="Every vote, sorted by rater.")
    tie_break: bool = Field(description="The SMEs split and a further vote decided.")
    reason: str = Field(description="Why, naming raters and the rule.")


class HurdleResult(_Frozen):
    """The decision for one applicant at one hurdle."""

    hurdle: str = Field(description="Hurdle id.")
    status: Literal["passed", "failed", "pending", "not_reached"] = Field(description="The decision.")
    rating: int | None = Field(default=None, description="Interview round rating used, when decided.")
    competencies: list[CompetencyDecision] = Field(default_factory=list, description="Resume review verdicts.")
    reason: str = Field(description="Why, naming competency, raters, justifications and the rule.")


_make_result = trusted_factory(HurdleResult)
_make_decision = trusted_factory(CompetencyDecision)


Texts = dict[str, str]


def _result(*, hurdle: str, status: str, reason: str, rating: int | None = None,
            competencies: list[CompetencyDecision] | None = None, texts: Texts | None = None) -> HurdleResult:
    """A HurdleResult built from trusted values, without re-validation (see :mod:`skillhire._models`).

    ``texts`` (text -> the same text) lets a pool keep one copy of each reason: SMEs are few, so most
    applicants' reasons repeat word for word, and reasons are most of what a scored applicant holds.
    """
    if texts is not None:
        reason = texts.setdefault(reason, reason)
    return _make_result({"hurdle": hurdle, "status": status, "rating": rating,
                         "competencies": [] if competencies is None else competencies, "reason": reason})


def _names(votes: list[Vote]) -> str:
    return ", ".join(v.rater for v in votes) or "no SME"


def _justifications(votes: list[Vote]) -> str:
    parts = [f"{v.rater}: {v.justification!r}" for v in votes if v.justification]
    return f" Justifications: {'; '.join(parts)}." if parts else ""


def _decide_competency(
    competency: str, screen_out: bool, votes: list[Vote], k: int, texts: Texts | None = None
) -> CompetencyDecision:
    meets = [v for v in votes if v.rating == "meets"]
    not_met = [v for v in votes if v.rating == "does_not_meet"]
    split = bool(meets) and bool(not_met)
    rule = _RULE_RESUME.format(k=k)
    if len(meets) >= k and len(meets) > len(not_met):
        verdict = "meets"
        reason = f"{competency!r} met: {len(meets)} of {len(votes)} SMEs voted meets ({_names(meets)})"
    elif len(not_met) >= k and len(not_met) > len(meets):
        verdict = "does_not_meet"
        reason = (
            f"{competency!r} not met: {len(not_met)} of {len(votes)} SMEs voted does not meet "
            f"({_names(not_met)}).{_justifications(not_met)}"
        )
    else:
        verdict = "pending"
        if not votes:
            reason = f"{competency!r} pending: not rated yet; needs {k} concordant SME votes"
        elif split:
            reason = (
                f"{competency!r} pending: SMEs split {len(meets)}-{len(not_met)} (meets: {_names(meets)}; "
                f"does not meet: {_names(not_met)}); needs a deciding SME vote"
            )
        else:
            reason = f"{competency!r} pending: {len(votes)} of {k} concordant SME votes so far ({_names(votes)})"
    tie_break = split and verdict != "pending"
    if tie_break:
        reason = reason.rstrip(".") + "; a further SME broke the split"
    reason = f"{reason.rstrip('.')}. Rule: {rule}."
    if texts is not None:
        reason = texts.setdefault(reason, reason)
    return _make_decision({
        "competency": competency, "verdict": verdict, "screen_out": screen_out, "votes": votes,
        "tie_break": tie_break, "reason": reason,
    })


def decide_resume_review(
    assessment: Assessment, hurdle: Hurdle, ratings: list[RatingRow], *, _texts: Texts | None = None
) -> HurdleResult:
    """Decide a resume-review hurdle for one applicant from that applicant's ratings at this hurdle.

    Args:
        assessment: The assessment (for the competencies).
        hurdle: A ``resume_review`` hurdle.
        ratings: This applicant's valid ratings at this hurdle (any order; one per rater and competency).

    Returns:
        The :class:`HurdleResult` with a verdict per competency.

    Example:
        >>> from skillhire.assessment import load_assessment
        >>> a = load_assessment("smeqa-standard")
        >>> decide_resume_review(a, a.hurdles[0], []).status
        'pending'
    """
    by_competency: dict[str, list[Vote]] = defaultdict(list)
    for r in ratings:
        by_competency[r.competency].append(Vote(rater=r.rater, rating=r.rating, justification=r.justification,
                                                row=r.row))
    decisions = []
    for competency in assessment.hurdle_competencies(hurdle):
        votes = sorted(by_competency.get(competency.id, []), key=lambda v: (v.rater, v.row))
        decisions.append(
            _decide_competency(competency.id, competency.screen_out, votes, hurdle.votes_required, _texts)
        )
    needed = hurdle.min_competencies_met or len(decisions)
    screened = [d for d in decisions if d.screen_out and d.verdict == "does_not_meet"]
    met = [d for d in decisions if d.verdict == "meets"]
    pending = [d for d in decisions if d.verdict == "pending"]
    screen_pending = [d for d in pending if d.screen_out]
    rule = _RULE_RESUME.format(k=hurdle.votes_required)
    if screened:
        status = "failed"
        reason = f"{hurdle.name} failed: {_joined(screened)} Rule: {_RULE_SCREEN_OUT}; {rule}."
    elif len(met) + len(pending) < needed:
        status = "failed"
        missing = [d for d in decisions if d.verdict == "does_not_meet"]
        reason = (
            f"{hurdle.name} failed: {len(met)} of {len(decisions)} competencies met, {needed} needed "
            f"(minimum set by the assessment). {_joined(missing)} Rule: {rule}."
        )
    elif pending and (screen_pending or len(met) < needed):
        status = "pending"
        reason = f"{hurdle.name} pending, not decided: {_joined(pending)} Rule: {rule}."
    else:
        status = "passed"
        reason = f"{hurdle.name} passed: {_joined(met)} Rule: {rule}."
    return _result(hurdle=hurdle.id, status=status, competencies=decisions, reason=reason, texts=_texts)


def _joined(decisions: list[CompetencyDecision]) -> str:
    """Competency reasons without their repeated rule, joined into sentences."""
    return " ".join(d.reason.split(" Rule: ")[0].rstrip(".") + "." for d in decisions)


def decide_interview(hurdle: Hurdle, ratings: list[RatingRow], *, _texts: Texts | None = None) -> HurdleResult:
    """Decide one interview round for one applicant.

    Args:
        hurdle: An ``interview`` hurdle.
        ratings: This applicant's valid ratings for the round (usually one).

    Returns:
        The :class:`HurdleResult`; ``rating`` holds the round rating once decided.

    Example:
        >>> from skillhire.assessment import load_assessment
        >>> from skillhire.applicants import RatingRow
        >>> h = load_assessment("smeqa-standard").hurdles[1]
        >>> decide_interview(h, [RatingRow(row=2, applicant_id="A1", hurdle=h.id, rater="sme4", rating=0)]).status
        'failed'
    """
    votes = sorted(
        (Vote(rater=r.rater, rating=r.rating, justification=r.justification, row=r.row) for r in ratings),
        key=lambda v: (v.rater, v.row),
    )
    values = sorted(int(v.rating) for v in votes)
    detail = ", ".join(f"{v.rater}: {v.rating}" for v in votes)
    rule = f"Rule: {_RULE_INTERVIEW}; passing rating {hurdle.passing_rating}."
    if not values:
        return _result(hurdle=hurdle.id, status="pending", texts=_texts,
                       reason=f"{hurdle.name} pending: no interview rating recorded yet. {rule}")
    if hurdle.panel_rule == "consensus" and len(set(values)) > 1:
        return _result(
            hurdle=hurdle.id, status="pending", texts=_texts,
            reason=f"{hurdle.name} pending: the panel's ratings differ ({detail}); record a consensus rating "
            f"(panel rule 'consensus'). {rule}",
        )
    if hurdle.panel_rule == "lowest":
        value = values[0]
    else:  # consensus (all equal) or median_low
        value = values[(len(values) - 1) // 2]
    how = "" if len(values) == 1 else f" (panel rule {hurdle.panel_rule!r})"
    if value >= hurdle.passing_rating:
        label = "exceeds" if value >= hurdle.max_rating else "meets"
        return _result(hurdle=hurdle.id, status="passed", rating=value, texts=_texts,
                            reason=f"{hurdle.name} passed: rated {value} ({label}) by {detail}{how}. {rule}")
    return _result(
        hurdle=hurdle.id, status="failed", rating=value, texts=_texts,
        reason=f"{hurdle.name} failed: rated {value} (does not meet) by {detail}{how}.{_justifications(votes)} {rule}",
    )
