"""The activity-object rule (skillhire.activity_objects): an activity applied to an object of a skill's
domain.

Every phrase here was written for these tests (none is copied from the dev set, the held-out sets or the blind
samples). Positive rows give the exact matches of ``map_skills``; the last column is what the rule adds
over the matcher with ``activity_objects=False``, so a row fails if the rule stops doing its part.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import MatchOptions, load_taxonomy, map_skills
from skillhire.activity_objects import (
    ACTIVITIES,
    FILLERS,
    LIST_WORDS,
    OBJECTS,
    PAIRS,
    PHYSICAL_MODIFIERS,
    activity_words,
    find_pairs,
    object_words,
)

OFF = MatchOptions(activity_objects=False)


def _matches(text: str, options: MatchOptions | None = None) -> list[tuple[str, str]]:
    return [(m.skill_id, m.text) for m in map_skills(text, options=options)]


POSITIVE = [
    # (text, all matches, the matches the rule adds)
    (
        "Experience gathering and compiling survey data from regional offices.",
        [("data-collection", "gathering and compiling survey data")],
        [("data-collection", "gathering and compiling survey data")],
    ),
    (  # nominalisations before "of": one mention per skill, neighbouring items of one skill together
        "Oversees the capture, storage and retrieval of data for case files.",
        [("data-collection", "capture"), ("data-management", "storage and retrieval")],
        [("data-collection", "capture"), ("data-management", "storage and retrieval")],
    ),
    (  # an aside between the verb and its object
        "Builds, with guidance, software applications for field staff.",
        [("software-development", "Builds, with guidance, software applications")],
        [("software-development", "Builds, with guidance, software applications")],
    ),
    (  # "maintenance" as an item beside another activity; "computer" is part of the object
        "Plans the design, development and maintenance of computer programs for payroll.",
        [("software-development", "design, development and maintenance")],
        [("software-development", "design, development and maintenance")],
    ),
    (  # an adverb after the object ends the phrase
        "Tracks inspection data weekly.",
        [("data-collection", "Tracks inspection data")],
        [("data-collection", "Tracks inspection data")],
    ),
    (
        "Coordinating projects across three divisions.",
        [("project-management", "Coordinating projects")],
        [("project-management", "Coordinating projects")],
    ),
    (  # an activity word without a pair for the object ("claims") is a modifier
        "Process claims data nightly and report results.",
        [("data-engineering", "Process claims data")],
        [("data-engineering", "Process claims data")],
    ),
    (  # bare "databases" is no skill's form (HELDOUT.md, "Precision by kind"): activity and object are one mention
        "Experience troubleshooting and tuning databases for the claims office.",
        [("database-administration", "troubleshooting and tuning databases")],
        [("database-administration", "troubleshooting and tuning databases")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "added"), POSITIVE)
def test_activity_object_mentions(text: str, expected: list[tuple[str, str]],
                                  added: list[tuple[str, str]]) -> None:
    found = _matches(text)
    assert found == expected
    without = _matches(text, OFF)
    assert [m for m in found if m not in without] == added


NEGATIVE = [
    # role nouns are the taxonomy's own forms; the rule adds nothing to them
    "Our data scientists and project managers meet weekly.",
    # physical systems, restaurant servers, a thing's function, an object that modifies another noun
    "Installs security systems at the building entrance.",
    "Maintains telephone systems and radio networks.",
    "Administers and secures agency networks.",  # systems and networks are no object class (see OBJECTS)
    "Maintenance of the building systems is done by contractors.",
    "Servers in the dining hall process orders quickly.",
    "The database used to store and retrieve data is hosted offsite.",
    "Writes code of conduct guidance.",
    # a nominalisation right before a noun is a compound's modifier
    "Respond to ad-hoc analysis requirements from partners.",
    # a verb reads no determiner before its object (as the taxonomy's verb forms)
    "Collects the data and develops reports on caseloads.",
    # negation and boilerplate filters apply to the rule's matches too
    "Experience tracking data is not required.",
    "Equal Employment Opportunity: we do not collect and process data on race for hiring decisions.",
    "If you need a reasonable accommodation, we will collect and analyze data about your request.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_activity_object_rule_adds_nothing(text: str) -> None:
    assert _matches(text) == _matches(text, OFF)
    assert not [m for m in map_skills(text) if m.reason.startswith("activity applied")]


def test_rule_follows_the_modifier_option() -> None:
    text = "Tracks inspection data weekly."
    assert _matches(text, MatchOptions(verb_modifiers=0)) == []
    without_modifiers = MatchOptions(verb_modifiers=0)
    assert _matches("Tracks data weekly.", without_modifiers) == [("data-collection", "Tracks data")]


def test_match_says_how_it_was_found() -> None:
    (match,) = map_skills("Tracks inspection data weekly.")
    assert (match.method, match.score, match.surface_form) == ("variant", 85.0, "tracks + data")
    assert match.reason == (
        "activity applied to an object of the skill's domain (activity-object table): 'tracks + data'"
    )


def test_every_pair_names_a_bundled_skill_and_cites_a_source() -> None:
    ids = {skill.id for skill in load_taxonomy().skills}
    for (activity, obj), (skill_id, source) in PAIRS.items():
        assert activity in ACTIVITIES and obj in OBJECTS, (activity, obj)
        assert skill_id in ids, skill_id
        assert source.startswith(("O*NET", "definition")), source


def test_find_pairs_reads_tokens() -> None:
    words = "developing , with assistance , software systems for field staff".split()
    (mention,) = find_pairs(words, [5])  # the object words' positions: "software"
    assert (mention.tok_start, mention.tok_end, mention.skill_id) == (0, 7, "software-development")


_VOCABULARY = sorted(
    {*activity_words(), *object_words(), *FILLERS, *LIST_WORDS, *PHYSICAL_MODIFIERS, "of", "scientists",
     "weekly", "agency", "claims", "used", "to", ".", "-"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=14))
def test_find_pairs_spans_start_at_a_paired_activity(words: list[str]) -> None:
    objects = object_words()
    classes = activity_words()
    skills = {skill for skill, _source in PAIRS.values()}
    positions = [i for i, word in enumerate(words) if word in objects]
    for mention in find_pairs(words, positions):
        assert 0 <= mention.tok_start < mention.tok_end <= len(words)
        assert mention.tok_start < mention.object_at and words[mention.object_at] in objects
        assert words[mention.tok_start] in classes
        assert mention.skill_id in skills
        # no physical modifier stands between the activity and its object
        assert not set(words[mention.phrase_start:mention.object_at]) & PHYSICAL_MODIFIERS
