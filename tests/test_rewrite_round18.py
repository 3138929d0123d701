"""Round 18 of the rewrite rules (issue 6): plain words and hidden verbs in posting-specific sentences.

Each row has the exact expected output; every row also checks that no fact is lost and that rewriting the rewrite
changes nothing. Rows whose input and output are equal are the negative cases (near misses of each rule).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire import JobPosting
from skillhire.rewrite import extract_facts, rewrite_posting
from tests.rewrite_fixtures import rewritten_section as _check

# 1. "effectively" -> "well" after what it qualifies; never before a verb, never as "in effect"
EFFECTIVELY_ROWS = [
    ("Ability to communicate effectively, both orally and in writing.",
     "Ability to communicate well, both orally and in writing."),
    ("Ability to communicate effectively both orally and in writing.",
     "Ability to communicate well both orally and in writing."),
    ("Ability to speak and write effectively.", "Ability to speak and write well."),
    ("Skill to negotiate effectively with management to accept 3 recommendations.",
     "Skill to negotiate well with management to accept 3 recommendations."),
    ("Listens effectively; clarifies information as needed.", "Listens well; clarifies information as needed."),
    ("Express information to people or groups effectively, taking into account the audience.",
     "Express information to people or groups well, taking into account the audience."),
    ("Knowledge and skills to communicate effectively with a wide variety of people.",
     "Knowledge and skills to communicate well with a wide variety of people."),
    # negatives: before its verb ("well" cannot stand there), at a clause start, "in effect"
    ("Ability to effectively multi-task with 4 departments.", "Ability to effectively multi-task with 4 departments."),
    ("Able to work under pressure and effectively address competing priorities.",
     "Able to work under pressure and effectively address competing priorities."),
    ("Effectively manages customer relationships.", "Effectively manages customer relationships."),
    ("- effectively use written communications to develop 2 reports.",
     "- effectively use written communications to develop 2 reports."),
    ("The backlog of 300 cases was effectively eliminated in 2021.",
     "The backlog of 300 cases was effectively eliminated in 2021."),
    ("This change effectively doubles the workload.", "This change effectively doubles the workload."),
    # a degree word keeps it (held-out rating scales: "to do the task more effectively")
    ("I would benefit from more guidance to do the task more effectively.",
     "I would benefit from more guidance to do the task more effectively."),
    ("Explain how you have worked as effectively as possible with 3 teams.",
     "Explain how you have worked as effectively as possible with 3 teams."),
]


@pytest.mark.parametrize("text, expected", EFFECTIVELY_ROWS)
def test_effectively_well(text, expected):
    assert _check("qualifications", text, ["simple-words"]) == expected


# 2. hidden verbs: "in support of" -> "to support"; "conducting analyses of" (bare or plural nouns) -> "analyzing"
HIDDEN_VERB_ROWS = [
    ("Doing customer service activities in support of information technology projects.",
     "Doing customer service activities to support information technology projects."),
    ("Building bidsets in support of pending and future procurements.",
     "Building bidsets to support pending and future procurements."),
    ("Experience managing 12 contracts in support of agency policies.",
     "Experience managing 12 contracts to support agency policies."),
    ("In support of the mission, you will plan 3 exercises.", "To support the mission, you will plan 3 exercises."),
    ("Experience conducting analyses of business, scientific, and engineering problems.",
     "Experience analyzing business, scientific, and engineering problems."),
    ("- conducting evaluation of support to determine quality of services;",
     "- evaluating support to determine quality of services;"),
    ("Conducts reviews of 40 contracts each year.", "Reviews 40 contracts each year."),
    ("You will perform assessments of risk for 6 programs.", "You will assess risk for 6 programs."),
    ("You conducted an analysis of the data.", "You analyzed the data."),
    # negatives: "in support of" naming a side, not a purpose; "is in support of"; other nouns; no "of"
    ("You may send letters in support of your application.", "You may send letters in support of your application."),
    ("You may give evidence in support of the claim.", "You may give evidence in support of the claim."),
    ("He testified in support of the bill in 2019.", "He testified in support of the bill in 2019."),
    ("The office is in support of the program.", "The office is in support of the program."),
    ("Conducts reviews with 3 managers.", "Conducts reviews with 3 managers."),
    ("Experience conducting research on 5 topics.", "Experience conducting research on 5 topics."),
    ("Provide analyses of costs to the Director.", "Provide analyses of costs to the Director."),
]


@pytest.mark.parametrize("text, expected", HIDDEN_VERB_ROWS)
def test_hidden_verbs(text, expected):
    assert _check("qualifications", text, ["short-verbs"]) == expected


# 3. "... including but not limited to A, B, C" closing a long sentence -> its own sentence, still open-ended; three
# or more examples of two words or more become a list where the sentence ends its line
INCLUDING_ROWS = [
    ("Expert knowledge in data services field including but not limited to enterprise data cataloging service, data "
     "preparation for machine learning, meta data management.",
     "Expert knowledge in data services field. This includes, but is not limited to:\n- enterprise data cataloging "
     "service,\n- data preparation for machine learning,\n- meta data management."),
    ("You must have worked with many large data systems and tools including, but not limited to, Hadoop clusters, "
     "Spark jobs, and Kafka streams.",
     "You must have worked with many large data systems and tools. This includes, but is not limited to:\n- Hadoop "
     "clusters,\n- Spark jobs, and\n- Kafka streams."),
    # one-word examples: a sentence, no list
    ("You must have worked with many large data systems and tools including, but not limited to, Hadoop, Spark, and "
     "Kafka.",
     "You must have worked with many large data systems and tools. This includes, but is not limited to, Hadoop, "
     "Spark, and Kafka."),
    # text after it on the line: a sentence, no list (it would run onto the last item)
    ("You must have worked with many large data systems and tools including, but not limited to, Hadoop clusters, "
     "Spark jobs, and Kafka streams. Send 2 forms.",
     "You must have worked with many large data systems and tools. This includes, but is not limited to, Hadoop "
     "clusters, Spark jobs, and Kafka streams. Send 2 forms."),
    # in a numbered item: the item keeps its text, a sentence, no nested list
    ("4. Expert knowledge on data related laws, policies and procedures including but not limited to the Evidence Act, "
     "the Federal Data Strategy, the DoD data strategies.\n5. Skill in writing 3 kinds of report.",
     "4. Expert knowledge on data related laws, policies and procedures. This includes, but is not limited to, the "
     "Evidence Act, the Federal Data Strategy, the DoD data strategies.\n5. Skill in writing 3 kinds of report."),
    # negatives: a short sentence, an opening condition (the first part would be a fragment), a lead-in colon
    ("You will use many tools including but not limited to SQL.",
     "You will use many tools including but not limited to SQL."),
    ("If you have worked with large data systems including, but not limited to, Hadoop clusters and Spark jobs, you "
     "qualify for the GS-12.",
     "If you have worked with large data systems including, but not limited to, Hadoop clusters and Spark jobs, you "
     "qualify for the GS-12."),
    ("Examples of specialized experience for the GS-12 include, but are not limited to: planning and leading 4 audits "
     "of programs worth $2 million.",
     "Examples of specialized experience for the GS-12 include, but are not limited to:\nPlanning and leading 4 audits "
     "of programs worth $2 million."),
]


@pytest.mark.parametrize("text, expected", INCLUDING_ROWS)
def test_including_not_limited_to(text, expected):
    assert _check("qualifications", text, ["split-sentences", "lists"]) == expected


# the same rows with every rule on: the rows chosen are ones where no other rule changes anything
ALL_RULES_ROWS = [
    ("You must be able to negotiate effectively with management and communicate effectively, both orally and in "
     "writing.",
     "You must be able to negotiate well with management and communicate well, both orally and in writing."),
    ("Experience conducting analyses of business, scientific, and engineering problems.",
     "Experience analyzing business, scientific, and engineering problems."),
    ("Doing customer service activities in support of information technology projects.",
     "Doing customer service activities to support information technology projects."),
]


@pytest.mark.parametrize("text, expected", ALL_RULES_ROWS)
def test_with_every_rule(text, expected):
    assert _check("qualifications", text, None) == expected


def test_changes_carry_reason_and_source():
    posting = JobPosting(title="Management Analyst", series="0343",
                         qualifications="Ability to speak and write effectively in support of 3 programs.")
    result = rewrite_posting(posting, rules=["simple-words", "short-verbs"])
    kinds = {(c.rule, c.original, c.replacement) for c in result.changes}
    assert kinds == {("simple-words", "effectively", "well"), ("short-verbs", "in support of", "to support")}
    assert all(c.reason and c.source for c in result.changes)


_OPENERS = st.sampled_from(["Ability to communicate", "Skill to negotiate", "Experience to speak and write",
                            "You must work", "Ability to effectively plan and", "The change was"])
_ADVERBS = st.sampled_from(["effectively", "effectively,", "effectively;"])
_TAILS = st.sampled_from(["with 4 teams.", "both orally and in writing.", "in support of 2 programs.",
                          "conducting analyses of 12 budgets by 30 June 2025.", "eliminated in 2021.",
                          "to support GS-12 staff at https://www.opm.gov."])


@settings(max_examples=60, deadline=None)
@given(_OPENERS, _ADVERBS, _TAILS)
def test_round18_keeps_facts_and_is_idempotent(opener, adverb, tail):
    text = f"{opener} {adverb} {tail}"
    posting = JobPosting(title="Management Analyst", series="0343", qualifications=text)
    result = rewrite_posting(posting)
    assert extract_facts(posting.qualifications) - extract_facts(result.posting.qualifications) == {}
    again = rewrite_posting(result.posting)
    assert again.posting == result.posting
