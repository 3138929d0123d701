"""The check every rewrite-rule table runs on one section: the rewritten text, with no fact lost, every change
carrying its rule, reason and source, and a second rewrite changing nothing."""

from __future__ import annotations

from skillhire import JobPosting
from skillhire.rewrite import lost_facts, rewrite_posting


def rewritten_section(section: str, text: str, rules: list[str] | None = None) -> str:
    """``text`` as the ``section`` of a 0343 posting, rewritten with ``rules`` (all when None)."""
    posting = JobPosting(title="Management Analyst", series="0343", **{section: text})
    result = rewrite_posting(posting, rules=rules)
    assert lost_facts(posting.to_text(), result.posting.to_text()) == []
    for change in result.changes:
        assert change.rule and change.reason and change.source
    again = rewrite_posting(result.posting, rules=rules)
    assert again.posting == result.posting
    assert again.changes == []
    return getattr(result.posting, section)
