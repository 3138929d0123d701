"""Readability: syllables, sentences, passive voice and the Flesch formulas."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillhire.readability import (
    Readability,
    count_syllables,
    find_passive,
    score_readability,
    split_sentences,
)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("the", 1),
        ("job", 1),
        ("resume", 2),
        ("experience", 4),
        ("qualification", 5),
        ("specialized", 3),
        ("Federal", 3),
        ("full-time", 2),
        ("you'll", 1),
        ("2210", 1),
        ("$86,962", 1),
        ("SQL", 3),  # not in the dictionary; spelled out letter by letter
        ("datamgt", 1),  # not in the dictionary and pyphen finds no hyphen: one syllable
        ("cybersecurity", 6),  # not in the dictionary; pyphen's hyphenation (cy-ber-se-cu-ri-ty)
        ("", 0),
        # a web or email address is a reference, not prose: one word of one syllable (module docstring)
        ("www.opm.gov/policy-data-oversight/classification-qualifications/general-schedule-qualification-standards", 1),
        ("https://www.usajobs.gov/Help/working-in-government/", 1),
        ("ope.ed.gov/accreditation/Search.aspx", 1),
        ("hr.jobs@agency.gov", 1),
        ("U.S", 1),
        ("Ph.D", 3),
    ],
)
def test_count_syllables(word, expected):
    assert count_syllables(word) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You will lead the team. You will write code.", ["You will lead the team.", "You will write code."]),
        ("We work in the U.S. Department of Labor. Apply now.", ["We work in the U.S. Department of Labor.", "Apply now."]),
        ("Send it, e.g. by email. Then wait.", ["Send it, e.g. by email.", "Then wait."]),
        ("Contact M. Barnes. She helps.", ["Contact M. Barnes.", "She helps."]),
        ("You will:\n- build apps\n- fix bugs", ["You will:", "- build apps", "- fix bugs"]),
        ("Duties include\n1. planning\n2. testing", ["Duties include", "1. planning", "2. testing"]),
        ("This line wraps\nin the middle. Next.", ["This line wraps\nin the middle.", "Next."]),
        # a short line without final punctuation above a capitalised line is a heading
        ("Specialized Experience\nYou must have one year of it.", ["Specialized Experience", "You must have one year of it."]),
        ("GS-07\nFor the GS-07, you need a degree.", ["GS-07", "For the GS-07, you need a degree."]),
        ("You need both.\nGS-07\nFor the GS-07, you need a degree.",
         ["You need both.", "GS-07", "For the GS-07, you need a degree."]),
        ("A master's or equivalent graduate degree or\nTwo years of graduate education.",
         ["A master's or equivalent graduate degree or\nTwo years of graduate education."]),
        ("You will review the work of staff in\nWashington and Denver.",
         ["You will review the work of staff in\nWashington and Denver."]),
        ("Your resume must show the experience that we ask for in this announcement\nApply now.",
         ["Your resume must show the experience that we ask for in this announcement\nApply now."]),
        ("Heading\n\nBody text here", ["Heading", "Body text here"]),
        ("Skills: 1. Attention to detail. 2. Writing.", ["Skills: 1. Attention to detail.", "2. Writing."]),
        ("A; B; C.", ["A; B; C."]),
        # a designator letter ends a sentence; an initial after a capitalised name does not
        ("You must meet time-in-grade rules in 5 CFR 300, Subpart F. One year at the GS-12 level is required.",
         ["You must meet time-in-grade rules in 5 CFR 300, Subpart F.", "One year at the GS-12 level is required."]),
        ("You may apply under Schedule A. We will ask for proof.", ["You may apply under Schedule A.",
                                                                   "We will ask for proof."]),
        ("Named for John F. Kennedy. It opened in 1971.", ["Named for John F. Kennedy.", "It opened in 1971."]),
        ("You earned a grade of B. You may still apply.", ["You earned a grade of B.", "You may still apply."]),
        # Markdown bold around a sentence
        ("Show the hours you worked. **Your eligibility depends on your answers.**",
         ["Show the hours you worked.", "**Your eligibility depends on your answers.**"]),
        ("Read this first.** Then apply.", ["Read this first.**", "Then apply."]),
        # abbreviations that can end a sentence, and those that need a number after them
        ("Use Excel, Word, etc. You will also use SQL.", ["Use Excel, Word, etc.", "You will also use SQL."]),
        ("Apply by 5 p.m. Eastern Time. Late files are not read.",
         ["Apply by 5 p.m. Eastern Time.", "Late files are not read."]),
        ("Apply by 5 p.m. Late files are not read.", ["Apply by 5 p.m.", "Late files are not read."]),
        ("See Pub. L. 105-277 and Sec. 3 of the act. It applies.", ["See Pub. L. 105-277 and Sec. 3 of the act.",
                                                                   "It applies."]),
        ("Mark yes or no. We check every answer.", ["Mark yes or no.", "We check every answer."]),
        ("Form No. 5 is due. Send it.", ["Form No. 5 is due.", "Send it."]),
        ("Under 5 U.S.C. 3308 we may not. Dr. Lee agrees.", ["Under 5 U.S.C. 3308 we may not.", "Dr. Lee agrees."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_offsets_and_list_items():
    text = "Intro line.\n- first item\n- second item"
    sentences = split_sentences(text)
    assert [(s.start, s.end, s.list_item) for s in sentences] == [(0, 11, False), (12, 24, True), (25, 38, True)]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Your resume will be reviewed by a panel.", ["be reviewed by"]),
        ("Applications are accepted online.", ["are accepted"]),
        ("Transcripts must be submitted.", ["be submitted"]),
        ("The form was written by HR.", ["was written by"]),
        ("You are qualified.", []),
        ("You are required to travel.", []),
        ("We review every resume.", []),
        ("It is not yet decided.", ["is not yet decided"]),
    ],
)
def test_find_passive(text, expected):
    assert [text[s:e] for s, e in find_passive(text)] == expected


def test_score_readability_exact_figures():
    r = score_readability("You will build web apps. You will fix bugs.")
    assert (r.words, r.sentences, r.syllables, r.long_words, r.passive_sentences) == (9, 2, 9, 0, 0)
    # 0.39 * 4.5 + 11.8 * 1.0 - 15.59
    assert r.flesch_kincaid_grade == pytest.approx(-2.03)
    assert r.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 1.0, abs=0.01)
    assert r.words_per_sentence == 4.5
    assert r.long_word_share == 0.0


def test_list_items_count_as_sentences():
    prose = score_readability("You will build apps, fix bugs, and review code for the team.")
    listed = score_readability("You will:\n- build apps\n- fix bugs\n- review code for the team")
    assert prose.sentences == 1
    assert listed.sentences == 4
    assert listed.flesch_kincaid_grade < prose.flesch_kincaid_grade


def test_empty_text_has_no_scores():
    r = score_readability("")
    assert r == Readability(words=0, sentences=0, syllables=0, long_words=0, passive_sentences=0,
                            flesch_kincaid_grade=None, flesch_reading_ease=None, words_per_sentence=None,
                            long_word_share=None, passive_share=None)


def test_readability_adds_up():
    a = score_readability("You will build apps.")
    b = score_readability("Applications are reviewed by specialists.")
    both = a + b
    assert (both.words, both.sentences, both.passive_sentences) == (a.words + b.words, 2, 1)
    assert both.passive_share == 0.5


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_sentences_are_spans_of_the_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    score_readability(text)  # never raises
