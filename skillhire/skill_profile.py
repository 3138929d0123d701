"""Skill profiles of whole documents, and comparing a resume's profile with a posting's.

A :class:`SkillProfile` lists each skill a document mentions, how often, with the sentences that show it, and
how much of each taxonomy domain the document covers. :meth:`SkillProfile.compare` (or
:func:`compare_profiles`) sets a candidate's profile against a posting's: the skills both show (with the
evidence from each side), the posting's skills the resume does not show, and the resume's other skills.
A posting's skill the resume shows only through a narrower skill (the taxonomy's ``broader`` links: scikit-learn
is evidence of machine learning) counts as matched, and says so. This is evidence for subject-matter experts,
never an automatic rating.

Example:
    >>> from skillhire import profile_skills
    >>> posting = profile_skills("You will use SQL and Tableau and run usability testing.", name="posting")
    >>> resume = profile_skills("Built Tableau dashboards; wrote SQL every day.", name="resume")
    >>> comparison = posting.compare(resume)
    >>> [s.skill_id for s in comparison.matched], [s.skill_id for s in comparison.missing]
    (['sql', 'tableau'], ['usability-testing'])
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from skillhire.skills import MatchOptions, SkillMatch, _Sentences, map_skills
from skillhire.taxonomy import Taxonomy, _broader_closure, load_taxonomy

__all__ = [
    "DomainCoverage",
    "ProfileComparison",
    "ProfileEntry",
    "SkillComparison",
    "SkillEvidence",
    "SkillProfile",
    "compare_profiles",
    "profile_skills",
]

#: Shown with every comparison: the comparison is evidence, not a rating.
EVIDENCE_NOTE = (
    "Evidence for subject-matter experts to review; skillhire does not rate candidates from this comparison."
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SkillEvidence(_Model):
    """One place a document shows a skill."""

    text: str = Field(description="The matched words.")
    start: int = Field(description="Character offset of the words in their section's text.")
    end: int = Field(description="Character offset just after the words.")
    sentence: str = Field(description="The sentence the words are in (trimmed to 300 characters).")
    section: str | None = Field(default=None, description="The section of the document, when known.")


class ProfileEntry(_Model):
    """One skill of a profile, with how often and where the document shows it."""

    skill_id: str = Field(description="Skill id.")
    label: str = Field(description="Skill label.")
    domain: str = Field(description="Skill domain.")
    group: str = Field(description="Skill group.")
    count: int = Field(ge=1, description="How many mentions the document has.")
    best_score: float = Field(description="Highest match score among the mentions.")
    evidence: list[SkillEvidence] = Field(description="Up to `max_evidence` mentions, in document order.")
    broader: list[str] = Field(
        default_factory=list,
        description="Ids of the skills this one is evidence of through the taxonomy's `broader` links "
        "(transitively, nearest first); a comparison counts them as shown through this skill.",
    )


class DomainCoverage(_Model):
    """How much of one taxonomy domain a document shows."""

    domain: str = Field(description="Domain id.")
    label: str = Field(description="Domain label.")
    skills_found: int = Field(description="Distinct skills of the domain the document mentions.")
    skills_in_taxonomy: int = Field(description="Skills the taxonomy has in the domain.")
    mentions: int = Field(description="Mentions of the domain's skills.")


class SkillComparison(_Model):
    """One skill in a comparison, with the evidence from each side."""

    skill_id: str = Field(description="Skill id.")
    label: str = Field(description="Skill label.")
    domain: str = Field(description="Skill domain.")
    required_evidence: list[SkillEvidence] = Field(description="Where the posting (first profile) asks for it.")
    candidate_evidence: list[SkillEvidence] = Field(
        description="Where the resume (second profile) shows it: directly, or for a match through narrower "
        "skills, the evidence of those skills."
    )
    matched_via: list[str] = Field(
        default_factory=list,
        description="For a skill matched only through narrower skills the resume shows (scikit-learn for "
        "machine learning), their ids in the resume's profile order; empty for a direct match.",
    )
    reason: str = Field(
        default="",
        description="Why a skill matched through narrower skills counts ('shown through scikit-learn, "
        "Tree-based ensemble models (XGBoost)'); empty otherwise.",
    )


class ProfileComparison(_Model):
    """A posting's skills set against a candidate's: matched, missing and additional, each with evidence."""

    required: str = Field(description="Name of the posting's profile.")
    candidate: str = Field(description="Name of the candidate's profile.")
    matched: list[SkillComparison] = Field(
        description="Skills both show, directly or (see `matched_via`) through a narrower skill the resume shows."
    )
    missing: list[SkillComparison] = Field(description="Skills the posting asks for that the candidate does not show.")
    additional: list[SkillComparison] = Field(description="Skills the candidate shows that the posting does not ask for.")
    share_matched: float = Field(
        ge=0, le=1,
        description="Matched skills / posting skills (0 when it has none); matches through narrower skills count.",
    )
    note: str = Field(default=EVIDENCE_NOTE, description="How to use this comparison.")

    def to_pandas(self):
        """One row per skill with its status (matched, missing, additional); pandas is optional."""
        pd = _pandas()
        rows = []
        for status, items in (("matched", self.matched), ("missing", self.missing), ("additional", self.additional)):
            for item in items:
                rows.append({
                    "status": status, "skill_id": item.skill_id, "label": item.label, "domain": item.domain,
                    "matched_via": ", ".join(item.matched_via), "reason": item.reason,
                    "required_evidence": " | ".join(e.sentence for e in item.required_evidence),
                    "candidate_evidence": " | ".join(_sentences(item.candidate_evidence)),
                })
        columns = ["status", "skill_id", "label", "domain", "matched_via", "reason", "required_evidence",
                   "candidate_evidence"]
        return pd.DataFrame(rows, columns=columns)

    def _repr_html_(self) -> str:
        parts = [f"<p>{html.escape(self.note)}</p>", "<table><thead><tr><th>status</th><th>skill</th>",
                 "<th>domain</th><th>posting evidence</th><th>candidate evidence</th></tr></thead><tbody>"]
        for status, items in (("matched", self.matched), ("missing", self.missing), ("additional", self.additional)):
            for item in items:
                required = _evidence_html(item.required_evidence)
                shown = _evidence_html(_unique_sentences(item.candidate_evidence))
                if item.reason:
                    shown = f"<em>{html.escape(item.reason)}</em>" + (f"<br>{shown}" if shown else "")
                parts.append(f"<tr><td>{status}</td><td>{html.escape(item.label)}</td><td>{html.escape(item.domain)}</td>"
                             f"<td>{required}</td><td>{shown}</td></tr>")
        parts.append("</tbody></table>")
        return "".join(parts)


def _unique_sentences(evidence: Sequence[SkillEvidence]) -> list[SkillEvidence]:
    """Evidence with a sentence already shown (in the same section) left out: two narrower skills named in one
    sentence ("scikit-learn and XGBoost") show that sentence once."""
    seen: set[tuple[str | None, str]] = set()
    kept = []
    for item in evidence:
        if (item.section, item.sentence) not in seen:
            seen.add((item.section, item.sentence))
            kept.append(item)
    return kept


def _sentences(evidence: Sequence[SkillEvidence]) -> list[str]:
    return [e.sentence for e in _unique_sentences(evidence)]


def _evidence_html(evidence: Sequence[SkillEvidence]) -> str:
    """Evidence sentences for a notebook, one per line, each after its section when it has one."""
    return "<br>".join(
        (f"<em>{html.escape(e.section)}:</em> " if e.section else "") + html.escape(e.sentence) for e in evidence
    )


class SkillProfile(_Model):
    """The skills one document (posting or resume) shows, with counts, evidence and domain coverage."""

    name: str = Field(default="", description="What the document is ('posting', a file name, a candidate id).")
    taxonomy: str = Field(description="Name of the taxonomy the profile uses.")
    skills: list[ProfileEntry] = Field(description="Skills by descending mention count, then label.")
    coverage: list[DomainCoverage] = Field(description="Coverage of each taxonomy domain.")

    @classmethod
    def from_text(cls, text: str | Mapping[str, str], **kwargs) -> SkillProfile:
        """Same as :func:`profile_skills`."""
        return profile_skills(text, **kwargs)

    def skill_ids(self) -> list[str]:
        """The ids of the profile's skills, in profile order."""
        return [entry.skill_id for entry in self.skills]

    def get(self, skill_id: str) -> ProfileEntry | None:
        """The entry for one skill, or None when the document does not show it."""
        return next((entry for entry in self.skills if entry.skill_id == skill_id), None)

    def compare(self, candidate: SkillProfile) -> ProfileComparison:
        """Set a candidate's profile against this (posting's) profile; see :func:`compare_profiles`."""
        return compare_profiles(self, candidate)

    def to_pandas(self):
        """One row per skill (id, label, domain, group, count, best score, evidence); pandas is optional."""
        pd = _pandas()
        rows = [
            {"skill_id": e.skill_id, "label": e.label, "domain": e.domain, "group": e.group, "count": e.count,
             "best_score": e.best_score, "evidence": " | ".join(ev.sentence for ev in e.evidence)}
            for e in self.skills
        ]
        return pd.DataFrame(rows, columns=["skill_id", "label", "domain", "group", "count", "best_score", "evidence"])

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(e.label)}</td><td>{html.escape(e.domain)}</td><td>{e.count}</td>"
            f"<td>{_evidence_html(e.evidence)}</td></tr>"
            for e in self.skills
        )
        coverage = ", ".join(f"{html.escape(c.label)}: {c.skills_found}/{c.skills_in_taxonomy}" for c in self.coverage)
        title = html.escape(self.name or "Skill profile")
        return (f"<div><strong>{title}</strong> ({html.escape(coverage)})<table><thead><tr><th>skill</th>"
                f"<th>domain</th><th>mentions</th><th>evidence</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _pandas():
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError('to_pandas() needs pandas: pip install "skillhire[pandas]"') from None
    return pd


def profile_skills(
    text: str | Mapping[str, str],
    *,
    taxonomy: Taxonomy | str | None = None,
    name: str = "",
    options: MatchOptions | None = None,
    max_evidence: int = 3,
) -> SkillProfile:
    """Build the skill profile of a document.

    Args:
        text: The document, or a mapping of section name to section text (then each piece of evidence
            names its section).
        taxonomy: Taxonomy, bundled name or file (default ``cx-data-ai``).
        name: What the document is, shown in comparisons and notebooks.
        options: Matching tunables.
        max_evidence: How many mentions of each skill to keep as evidence.

    Returns:
        The profile.

    Raises:
        TypeError: ``text`` is neither a str nor a mapping of str to str.

    Example:
        >>> from skillhire import profile_skills
        >>> profile = profile_skills({"duties": "Lead journey mapping.", "qualifications": "Journey mapping, SQL."})
        >>> [(e.skill_id, e.count) for e in profile.skills]
        [('customer-journey-mapping', 2), ('sql', 1)]
    """
    loaded = load_taxonomy(taxonomy)
    if isinstance(text, str):
        sections: list[tuple[str | None, str]] = [(None, text)]
    elif isinstance(text, Mapping):
        sections = []
        for key, value in text.items():
            if not isinstance(value, str):
                raise TypeError(f"profile_skills() needs str section texts; section {key!r} is {type(value).__name__}.")
            sections.append((str(key), value))
    else:
        raise TypeError(f"profile_skills() needs a str or a mapping of section name to str, not {type(text).__name__}.")
    found: dict[str, list[tuple[SkillMatch, str]]] = {}
    for section, body in sections:
        sentences = _Sentences(body)
        for match in map_skills(body, taxonomy=loaded, options=options, section=section):
            sentence = " ".join(sentences.around(match.start).split())
            found.setdefault(match.skill_id, []).append((match, sentence[:300]))
    closure = _broader_closure(loaded)
    entries = []
    for mentions in found.values():
        first = mentions[0][0]
        entries.append(
            ProfileEntry(
                skill_id=first.skill_id,
                label=first.label,
                domain=first.domain,
                group=first.group,
                count=len(mentions),
                best_score=max(m.score for m, _ in mentions),
                evidence=[
                    SkillEvidence(text=m.text, start=m.start, end=m.end, sentence=s, section=m.section)
                    for m, s in mentions[:max_evidence]
                ],
                broader=list(closure.get(first.skill_id, ())),
            )
        )
    entries.sort(key=lambda e: (-e.count, e.label.casefold()))
    coverage = []
    for domain in loaded.domains:
        in_domain = [e for e in entries if e.domain == domain.id]
        coverage.append(
            DomainCoverage(
                domain=domain.id,
                label=domain.label,
                skills_found=len(in_domain),
                skills_in_taxonomy=len(loaded.skills_in(domain=domain.id)),
                mentions=sum(e.count for e in in_domain),
            )
        )
    return SkillProfile(name=name, taxonomy=loaded.name, skills=entries, coverage=coverage)


def compare_profiles(required: SkillProfile, candidate: SkillProfile) -> ProfileComparison:
    """Compare a candidate's profile with a posting's: matched, missing and additional skills, with evidence.

    A posting's skill the candidate does not show directly, but shows a narrower skill of (a tool or a narrower
    case, through the taxonomy's ``broader`` links, transitively), is **matched through** that skill: it is in
    ``matched`` with ``matched_via`` naming the narrower skills, ``reason`` saying so, and their evidence as
    the candidate's. Never the reverse: a posting asking for scikit-learn is not met by a resume saying
    machine learning, and a sibling (SPSS for Stata) meets nothing. ``share_matched`` is matched / posting
    skills, so matches through narrower skills count. A narrower skill the candidate shows is in
    ``additional`` only when the posting does not ask for it.

    Skills are listed in the posting's order (matched, missing) and the candidate's order (additional).

    Example:
        >>> from skillhire import compare_profiles, profile_skills
        >>> result = compare_profiles(profile_skills("Python and SAS"), profile_skills("Python"))
        >>> [s.label for s in result.missing], result.share_matched
        (['SAS'], 0.5)
        >>> result = compare_profiles(profile_skills("Machine learning."), profile_skills("Used scikit-learn."))
        >>> [(s.label, s.matched_via, s.reason) for s in result.matched]
        [('Machine learning', ['scikit-learn'], 'shown through scikit-learn')]
    """
    def item(entry_required, entry_candidate) -> SkillComparison:
        base = entry_required or entry_candidate
        return SkillComparison(
            skill_id=base.skill_id,
            label=base.label,
            domain=base.domain,
            required_evidence=list(entry_required.evidence) if entry_required else [],
            candidate_evidence=list(entry_candidate.evidence) if entry_candidate else [],
        )

    def via(entry_required, narrower: list[ProfileEntry]) -> SkillComparison:
        return SkillComparison(
            skill_id=entry_required.skill_id,
            label=entry_required.label,
            domain=entry_required.domain,
            required_evidence=list(entry_required.evidence),
            candidate_evidence=[e for entry in narrower for e in entry.evidence],
            matched_via=[entry.skill_id for entry in narrower],
            reason="shown through " + ", ".join(_shown_as(entry) for entry in narrower),
        )

    matched, missing = [], []
    for entry in required.skills:
        other = candidate.get(entry.skill_id)
        if other:
            matched.append(item(entry, other))
            continue
        narrower = [shown for shown in candidate.skills if entry.skill_id in shown.broader]
        if narrower:
            matched.append(via(entry, narrower))
        else:
            missing.append(item(entry, None))
    wanted = set(required.skill_ids())
    additional = [item(None, entry) for entry in candidate.skills if entry.skill_id not in wanted]
    share = len(matched) / len(required.skills) if required.skills else 0.0
    return ProfileComparison(
        required=required.name or "posting",
        candidate=candidate.name or "candidate",
        matched=matched,
        missing=missing,
        additional=additional,
        share_matched=round(share, 4),
    )


def _shown_as(entry: ProfileEntry) -> str:
    """A narrower skill as a reason names it: its label, and the words the resume used when they do not contain
    the label ("Tree-based ensemble models (XGBoost)"; "Administered Salesforce" adds nothing to "Salesforce")."""
    label = entry.label.casefold()
    words = list(dict.fromkeys(e.text for e in entry.evidence if label not in e.text.casefold()))
    return f"{entry.label} ({', '.join(words)})" if words else entry.label
