"""Plain-language rules, word lists, English helpers, protected spans, and the findings (lint)."""

from __future__ import annotations

import re

import pytest

from skillhire._resources import data_dir
from skillhire.errors import UnknownNameError, UnknownRuleError
from skillhire.lint import LintOptions, lint_posting, lint_text
from skillhire.plain_language import (
    DIRTY_DOZEN,
    Severity,
    find_dirty_dozen,
    get_rule,
    indefinite_article,
    list_rules,
    load_glossary,
    load_simple_words,
    match_case,
    protected_spans,
    verb_forms,
)


def test_rule_catalogue():
    ids = [rule.id for rule in list_rules()]
    assert ids == sorted(ids)
    assert [r.id for r in list_rules(kind="rewrite")] == [
        "acronyms", "address-you", "boilerplate", "duty-series", "duty-statements", "glued-words", "jargon", "lists", "must-not-shall", "short-verbs", "simple-words", "skills-first-education",
        "split-sentences", "words-to-avoid", "working-title",
    ]
    assert [r.id for r in list_rules(kind="finding")] == [
        "complex-words", "degree-requirement", "gender-coded", "hidden-verbs", "long-sentence", "passive-voice",
        "physical-ability", "reader-not-addressed", "unexplained-acronym",
    ]
    for rule in list_rules():
        assert rule.source and rule.title
        if rule.data_file:
            assert (data_dir("taxonomies") / "plain-language" / rule.data_file).is_file()


def test_unknown_rule_names_the_valid_ones():
    with pytest.raises(UnknownRuleError, match=re.escape("No plain-language rule 'simple-word'. Did you mean 'simple-words'?")):
        get_rule("simple-word")
    with pytest.raises(LookupError):
        get_rule("nope")


@pytest.mark.parametrize(
    "value, expected",
    [("info", Severity.INFO), ("WARNING", Severity.WARNING), (30, Severity.ERROR), (Severity.INFO, Severity.INFO)],
)
def test_severity_parse(value, expected):
    assert Severity.parse(value) is expected


def test_severity_is_ordered_and_errors_list_names():
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert str(Severity.WARNING) == "warning"
    with pytest.raises(UnknownNameError, match=re.escape("No severity 'loud'. Available: error, info, warning")):
        Severity.parse("loud")


def test_bundled_word_lists_record_their_sources():
    folder = data_dir("taxonomies") / "plain-language"
    for name in ("simple-words.csv", "words-to-avoid-18f.csv", "gender-coded-word-stems.csv",
                 "physical-ability-verbs-dol.csv", "federal-hr-glossary.csv"):
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        head = " ".join(line for line in lines if line.startswith("#")).lower()
        assert lines[0].startswith("# "), name
        assert ("source" in head and "commit" in head) or "sources:" in head, name
        assert any(word in head for word in ("licence", "public domain", "us government work")), name


def test_upstream_typo_is_fixed():
    minimize = [e for e in load_simple_words() if e.words == ("minimize",)]
    assert len(minimize) == 1
    assert minimize[0].suggestion == "decrease, lessen"
    assert minimize[0].replacement == "reduce"


def test_word_lists_cover_the_sources():
    entries = load_simple_words()
    plain = [e for e in entries if e.source.startswith("plainlanguage.gov")]
    eighteen = [e for e in entries if e.rule == "words-to-avoid"]
    assert len(plain) == 237
    assert len(eighteen) == 39
    assert sum(e.dirty_dozen for e in entries) == 12
    assert all(e.pos in ("verb", "noun", "adj", "adv", "phrase") for e in entries if e.replacement)


def test_glossary_rows_are_complete():
    glossary = load_glossary()
    assert len({e.key for e in glossary}) == len(glossary)
    assert {e.kind for e in glossary} == {"jargon", "acronym"}
    keys = {e.key for e in glossary}
    assert {"specialized-experience", "time-in-grade", "general-schedule", "ksa", "status-candidates", "ctap",
            "ictap"} <= keys
    assert all(e.source and e.explanation for e in glossary)


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("submit", ("submit", "submits", "submitted", "submitted", "submitting")),
        ("give", ("give", "gives", "gave", "given", "giving")),
        ("carry out", ("carry out", "carries out", "carried out", "carried out", "carrying out")),
        ("make sure", ("make sure", "makes sure", "made sure", "made sure", "making sure")),
        ("use", ("use", "uses", "used", "used", "using")),
        ("show", ("show", "shows", "showed", "shown", "showing")),
        ("start", ("start", "starts", "started", "started", "starting")),
    ],
)
def test_verb_forms(verb, expected):
    assert tuple(verb_forms(verb).values()) == expected


@pytest.mark.parametrize(
    "replacement, original, expected",
    [("use", "UTILIZE", "USE"), ("use", "Utilize", "Use"), ("use", "utilize", "use"), ("make sure", "Ensure", "Make sure")],
)
def test_match_case(replacement, original, expected):
    assert match_case(replacement, original) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("ability", "an"), ("skill", "a"), ("hour", "an"), ("use", "a"), ("union", "a"), ("SF-50", "an"),
     ("MBA", "an"), ("GS-13", "a"), ("one", "a"), ("honest", "an"), ("", "a")],
)
def test_indefinite_article(word, expected):
    assert indefinite_article(word) == expected


def _protected(text: str) -> list[str]:
    return [text[s:e] for s, e in protected_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apply at https://www.usajobs.gov/job/1 today.", ["https://www.usajobs.gov/job/1"]),
        ("Email hr@agency.gov or call 202-555-0100.", ["hr@agency.gov", "202-555-0100"]),
        ('Rated as "well qualified" by us.', ['"well qualified"']),
        ("You work in the Office of Personnel Management now.", ["Office of Personnel Management"]),
        ("We asked Jane about it.", ["Jane"]),
        ("Utilize tools. We use Utilizing Tools Inc daily.", ["Utilizing Tools Inc"]),
        ("The Federal Government is an Equal Opportunity Employer.",
         ["The Federal Government is an Equal Opportunity Employer."]),
        ("You need it. Males born after 12-31-59 must be registered for Selective Service.",
         ["Males born after 12-31-59 must be registered for Selective Service."]),
        ("The incumbent will help.", []),
        ("OR\nUtilizing computers.", []),
    ],
)
def test_protected_spans(text, expected):
    assert _protected(text) == expected


def test_find_dirty_dozen():
    text = 'We utilize tools. It is fine. "In accordance with policy" stays. See the Career Transition Assistance Plan.'
    assert [entry for _, _, entry in find_dirty_dozen(text)] == ["utilize/utilization", "it is", "assist/assistance"]
    assert [entry for _, _, entry in find_dirty_dozen(text, in_names=False)] == ["utilize/utilization", "it is"]
    assert len(DIRTY_DOZEN) == 12


# ---------------------------------------------------------------------------------------------------- lint


def _rules_and_spans(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in lint_text(text, **kwargs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Your resume will be reviewed by a panel.", [("passive-voice", "be reviewed by")]),
        ("You will make a decision on the budget.",
         [("hidden-verbs", "make a decision"), ("gender-coded", "decision")]),
        ("We seek an aggressive, competitive analyst.",
         [("gender-coded", "aggressive"), ("gender-coded", "competitive"), ("gender-coded", "analyst")]),
        ("You must be able to lift 50 pounds.", [("physical-ability", "lift")]),
        ("You will see the results.", []),
        ("Submit your KSA narrative to the PMO.", [("unexplained-acronym", "KSA"), ("unexplained-acronym", "PMO")]),
        ("The Project Management Office (PMO) runs it. The PMO says so.", []),
        ("Incumbent duties vary.", [("reader-not-addressed", "Incumbent")]),
        ("We will leverage robust tools.", [("complex-words", "leverage"), ("complex-words", "robust")]),
        ("Work in the Office of Federal Financial Assistance.", []),
        # OPM's "competency" and the job's "responsibilities" name the job, not a trait (the stems are for
        # "competitive", "responsive"/"responsible")
        ("You must show these competencies and take on new responsibilities.", []),
        ("Each competency counts.", []),
        ("A strong sense of responsibility and proven competence.",
         [("gender-coded", "responsibility"), ("gender-coded", "competence")]),
        ("You are responsive, competent and competitive.",
         [("gender-coded", "responsive"), ("gender-coded", "competent"), ("gender-coded", "competitive")]),
        ("Be responsible for a competitive process.", [("gender-coded", "responsible"), ("gender-coded", "competitive")]),
    ],
)
def test_lint_text_table(text, expected):
    assert _rules_and_spans(text) == expected


def test_long_sentences_warn_then_error():
    words = "Word " + " ".join(["word"] * 29) + "."
    very = "Word " + " ".join(["word"] * 44) + "."
    found = lint_text(f"{words} {very}", rules=["long-sentence"])
    assert [(f.severity, f.message) for f in found] == [
        (Severity.WARNING, "Sentence of 30 words (over 25)."),
        (Severity.ERROR, "Sentence of 45 words (over 25)."),
    ]
    relaxed = lint_text(words, rules=["long-sentence"], options=LintOptions(long_sentence_words=35))
    assert relaxed == []


@pytest.mark.parametrize(
    "series, expected",
    [
        ("2210", [("degree-requirement", "error")]),
        ("1560", []),
        (None, [("degree-requirement", "warning")]),
    ],
)
def test_degree_requirement_by_series(series, expected):
    text = "Title\n\nEducation\nYou must have a bachelor's degree in computer science.\n"
    found = lint_posting(text, rules=["degree-requirement"], series=series)
    assert [(f.rule, str(f.severity)) for f in found] == expected


def test_degree_with_experience_path_is_fine():
    text = "Title\n\nEducation\nYou must have a bachelor's degree or equivalent experience.\n"
    assert lint_posting(text, rules=["degree-requirement"], series="2210") == []


def test_lint_posting_threshold_and_sections():
    text = "Analyst\n\nDuties\nApplicants shall utilize Excel.\n\nFair and transparent\nApplicants utilize rights.\n"
    found = lint_posting(text, min_severity="warning")
    assert [(f.section, f.rule, f.text, str(f.severity)) for f in found] == [
        ("duties", "complex-words", "utilize", "warning"),
    ]
    finding = found[0]
    assert finding.model_dump()["severity"] == "warning"
    assert finding.source.startswith("Federal Plain Language Guidelines")


def test_lint_unknown_rule():
    with pytest.raises(UnknownRuleError):
        lint_posting("T\n\nDuties\nx\n", rules=["no-such-rule"])


# plainlanguage.gov's row "for example, ______ etc." is one construction ("for example ... etc."), not two words:
# "for example" alone got "Say: for example, such as" (the finding suggested the word it flagged)
@pytest.mark.parametrize("text", [
    "For example, you may use Python and R.",
    "You may use tools, for example Python and R.",
])
def test_for_example_alone_is_not_a_complex_word(text):
    assert [f.text for f in lint_text(text) if f.rule == "complex-words"] == []
    assert [e.words for e in load_simple_words() if "for example" in e.words[0]] == [("for example,______etc.",)]
