"""Structures the verb rule does not reach (evaluation/skills/HELDOUT.md, "Structures, round 25"). Three extensions
of ``_verb_gaps`` were built and measured in round 25 and none was kept (a list of objects after one verb, a
determiner between verb and object, a list of modifiers between verb and object). What they would have found is
pinned here as strict expected failures, so a later rule that finds it must say so; the near misses are the
readings the precision guard showed the tried rules would get wrong, and must stay silent. Every sentence was
written for this test; none is copied from a set or from the guard's texts."""

from __future__ import annotations

import pytest

from skillhire import map_skills

#: (text, skill id) that a kept structural rule should find; not found today (the rules were dropped).
GAPS = [
    # a list of modifiers between one verb and its object (measured: no recall on any set)
    ("Analyzes budget and procurement data for the program office.", "data-analysis"),
    ("Analyzing census, survey, and payroll data to spot trends in hiring.", "data-analysis"),
    # a determiner between verb and object (measured: 1 gold span more on held-out 2, 3 wrong readings)
    ("Experience defining the security requirements for cloud systems.", "requirements-analysis"),
    # a list of objects after one verb (measured: 1 sentence gained, 2 wrong readings in the guard's texts)
    ("Experience analyzing staffing needs and product requirements for new tools.", "requirements-analysis"),
]

#: (text, skill id) that must not be found (None: nothing at all): what the tried rules read wrongly, in fresh
#: words.
NEAR_MISSES = [
    # a later "item" that is a clause of its own ("or record data" after "Prepare samples")
    ("Prepare samples or record data for the laboratory.", "etl"),
    # a list of objects of another trade
    ("Prepares legal briefs and correspondence for attorneys.", "customer-communications"),
    ("Resolving personnel problems, questions, or complaints from staff.", "complaint-handling"),
    # a determiner before a thing, not the practice (None: no match at all)
    ("Managing the agency's staff and office budget.", None),
    ("Analyzing the requirements of the lease before signing.", "requirements-analysis"),
]


@pytest.mark.parametrize(("text", "skill"), GAPS)
@pytest.mark.xfail(strict=True, reason="structure not reached: rules measured and dropped in round 25")
def test_structural_gaps_stay_documented(text: str, skill: str) -> None:
    assert skill in {m.skill_id for m in map_skills(text)}


@pytest.mark.parametrize(("text", "skill"), NEAR_MISSES)
def test_structural_near_misses_stay_silent(text: str, skill: str | None) -> None:
    found = {m.skill_id for m in map_skills(text)}
    assert skill not in found if skill is not None else not found
