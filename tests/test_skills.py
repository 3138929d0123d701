"""Mapping text to skills: a table of realistic posting snippets with exact expected matches, the precision
traps (common words, negation, boilerplate, organisation names), bad input, and span properties."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import MatchOptions, SkillMatch, SkillMatches, load_taxonomy, map_skills, map_skills_batch
from skillhire.skills import get_matcher

CASES = [
    (
        "Specialized experience includes writing SQL queries and building Tableau dashboards for program managers.",
        [("sql", "writing SQL"), ("tableau", "Tableau"), ("dashboards", "dashboards")],
    ),
    (
        "Experience with Python, R, SAS or Stata to analyze survey data.",
        # "analyze survey data": the verb-phrase form "analyze data" with a modifier (round 11's verb rule)
        [("python", "Python"), ("r-language", "R"), ("sas", "SAS"), ("stata", "Stata"),
         ("data-analysis", "analyze survey data")],
    ),
    (
        "Plan and run usability testing, user interviews and customer journey mapping with veterans.",
        [("usability-testing", "usability testing"), ("user-interviews", "user interviews"),
         ("customer-journey-mapping", "customer journey mapping")],
    ),
    (
        "Measure customer satisfaction (CSAT) and trust after each transaction, as OMB Circular A-11 Section 280 requires.",
        [("customer-satisfaction", "customer satisfaction"), ("customer-satisfaction", "CSAT")],
    ),
    (
        "Ensure the website meets Section 508 and WCAG 2.1 AA and is written in plain language.",
        [("section-508-compliance", "Section 508"), ("wcag", "WCAG 2.1 AA"), ("plain-language", "plain language")],
    ),
    (
        "Manage the contact center, the knowledge base and Salesforce Service Cloud case management.",
        [("contact-center-operations", "contact center"), ("knowledge-management", "knowledge base"),
         ("salesforce", "Salesforce Service Cloud"), ("case-management", "case management")],
    ),
    # negation
    ("Experience with Tableau is not required.", []),
    ("Python is required, but Tableau is not required.", [("python", "Python")]),
    ("No prior experience with SQL is needed; we will train you.", []),
    # negation in contractions, with a straight and a typographic apostrophe
    ("Experience with Python isn't required.", []),
    ("Experience with SAS isn\u2019t required; Tableau is.", [("tableau", "Tableau")]),
    ("You don't need SQL experience to apply.", []),
    ("This job doesn\u2019t require Tableau, but you will use Python daily.", [("python", "Python")]),
    ("We won't require Java.", []),
    # common-word traps: "excel" the verb, "Go" and "Access" as words, a lone "R"
    ("You will excel at customer service. Go to the Access point in building R.", [("customer-service", "customer service")]),
    (
        "Build Excel spreadsheets with pivot tables; maintain Access databases; write Go services on Kubernetes.",
        [("excel", "Excel spreadsheets"), ("excel", "pivot tables"), ("ms-access", "Access databases"),
         ("kubernetes", "Kubernetes")],
    ),
    (
        "Apache Spark and PySpark on Databricks; spark interest in data science.",
        [("apache-spark", "Apache Spark"), ("apache-spark", "PySpark"), ("databricks", "Databricks"),
         ("data-science", "data science")],
    ),
    # organisation names and boilerplate
    ("The Bureau of Labor Statistics and the Office of Customer Experience (OCX) hired a statistician.",
     [("statistics", "statistician")]),
    ("We are an equal opportunity employer and provide reasonable accommodation; accessibility requests go to HR.", []),
    ("Medical coding and billing experience; coding in Java is a plus.", [("software-development", "coding"), ("java", "Java")]),
    # AI, with an acronym defined in place
    (
        "Apply machine learning, natural language processing and large language models (LLMs) under the NIST AI RMF.",
        [("machine-learning", "machine learning"), ("natural-language-processing", "natural language processing"),
         ("large-language-models", "large language models"), ("large-language-models", "LLMs"),
         ("ai-risk-management", "NIST AI RMF")],
    ),
    ("Special Access Programs (SAP) and SAP ERP; robotic process automation (RPA).",
     [("sap", "SAP ERP"), ("robotic-process-automation", "robotic process automation"),
      ("robotic-process-automation", "RPA")]),
    # word order, misspellings, words glued together when line breaks were lost
    ("Analysis of data and data visualisaton using Kubernets clusters.",
     [("data-analysis", "Analysis of data"), ("data-visualization", "data visualisaton"), ("kubernetes", "Kubernets")]),
    ("Customer ServiceDatabase AdministrationInformation ManagementOral Communication",
     [("customer-service", "Customer Service"), ("database-administration", "Database Administration"),
      ("data-management", "Information Management")]),
    # case: acronyms only in their own case
    ("Knowledge of AI and ML; the ai team uses sas.", [("ai-literacy", "Knowledge of AI"), ("machine-learning", "ML")]),
    # an ambiguous form goes to its preferred skill
    ("Power Query in Excel; agile Scrum teams.",
     [("power-bi", "Power Query"), ("excel", "Excel"), ("agile", "agile"), ("scrum", "Scrum teams")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_map_skills_table(text: str, expected: list[tuple[str, str]]) -> None:
    found = map_skills(text)
    assert [(m.skill_id, m.text) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.text


def test_a_match_carries_its_reason_score_and_method() -> None:
    sas, csat, trap = map_skills("Use SAS to report CSAT; R and Python.")[:3]
    assert (sas.method, sas.score, sas.reason) == ("acronym", 95.0, "acronym 'SAS' in its exact case")
    assert (csat.skill_id, csat.domain, csat.group) == ("customer-satisfaction", "cx", "cx-measurement")
    assert (trap.skill_id, trap.method, trap.score) == ("r-language", "exact", 85.0)
    assert trap.reason == "'R' in its exact case, next to technical context"


def test_fuzzy_and_variant_methods() -> None:
    fuzzy, variant = map_skills("data visualisaton; dashboard designs and analysis of data")[0], map_skills(
        "analysis of data"
    )[0]
    assert (fuzzy.method, fuzzy.surface_form) == ("fuzzy", "Data visualization")
    assert 80 <= fuzzy.score < 90
    assert (variant.skill_id, variant.method) == ("data-analysis", "exact")  # "analysis of data" is a listed label
    order = map_skills("Testing of software")[0]
    assert (order.skill_id, order.method, order.score) == ("software-testing", "variant", 90.0)


def test_negated_mentions_are_kept_and_flagged_on_request() -> None:
    found = map_skills("Python is required, but Tableau is not required.", options=MatchOptions(include_negated=True))
    assert [(m.skill_id, m.negated) for m in found] == [("python", False), ("tableau", True)]
    assert found[1].reason.endswith("; in a negated clause")


def test_filters_can_be_switched_off() -> None:
    text = "The Office of Customer Experience publishes data."
    assert map_skills(text) == []
    loose = map_skills(text, options=MatchOptions(skip_organization_names=False))
    assert [m.skill_id for m in loose] == ["customer-experience-management"]


def test_section_is_copied_onto_matches() -> None:
    assert {m.section for m in map_skills("SQL and SAS", section="qualifications")} == {"qualifications"}


@pytest.mark.parametrize("bad", [None, b"SQL", 3, ["SQL"]])
def test_non_string_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=rf"^map_skills\(\) needs the text as a str, not {type(bad).__name__}\.$"):
        map_skills(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\t"])
def test_empty_text_gives_no_matches(empty: str) -> None:
    assert map_skills(empty) == []


def test_batch_equals_one_by_one_and_streams() -> None:
    texts = [text for text, _ in CASES] + ["", "Python " * 5]
    batch = list(map_skills_batch(texts, batch_size=4))
    assert [[m.model_dump() for m in found] for found in batch] == [
        [m.model_dump() for m in map_skills(text)] for text in texts
    ]
    stream = map_skills_batch(iter(["SQL", "SAS"]))
    assert [m.skill_id for m in next(stream)] == ["sql"]


def test_batch_rejects_a_non_string_with_its_position() -> None:
    with pytest.raises(TypeError, match=r"^map_skills_batch\(\) needs str texts; item 1 is int\.$"):
        list(map_skills_batch(["SQL", 7]))  # type: ignore[list-item]


def test_long_text_is_chunked_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    import skillhire.skills as skills

    monkeypatch.setattr(skills, "CHUNK_CHARS", 500)
    paragraph = "Lead usability testing.\nWrite SQL and Python for data analysis. " * 40
    found = map_skills(paragraph)
    assert len(found) == 40 * 4
    assert all(paragraph[m.start : m.end] == m.text for m in found)
    assert [m.skill_id for m in found[:4]] == ["usability-testing", "sql", "python", "data-analysis"]


def test_a_10_mb_text_works() -> None:
    filler = "The team reviews each request carefully and replies within two days. " * 20
    block = filler + "Skills: SQL, Tableau and journey mapping.\n"
    text = block * (10_000_000 // len(block) + 1)
    found = map_skills(text)
    assert len(text) >= 10_000_000
    assert len(found) == 3 * (10_000_000 // len(block) + 1)
    assert found[-1].end <= len(text) and text[found[-1].start : found[-1].end] == "journey mapping"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_property_spans_lie_inside_any_text(text: str) -> None:
    for match in map_skills(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text


SKILLY = st.sampled_from(["SQL", "R", "Excel", "data analysis", "Python,", "journey mapping", "İstanbul", "ß",
                          "\u00a0", "\n", " ", "not required", "(", ")", "AI", "Go", "coding", "ﬁ", "😀", "Office of"])


@settings(max_examples=60, deadline=None)
@given(st.lists(SKILLY, max_size=40).map(" ".join))
def test_property_spans_match_the_text_for_skill_like_text(text: str) -> None:
    for match in map_skills(text):
        assert text[match.start : match.end] == match.text


def _list_words() -> list[str]:
    """Second words of the two-word forms and blockers that start with a common list prefix ("cyber workforce"
    is a blocker, "cyber defense" a form of incident response): the items a list after a match is read over."""
    prefixes = ("cyber", "data", "software", "customer", "system", "systems", "network", "project")
    keys = [key.split() for key in get_matcher()._lower_forms]
    return sorted({words[1] for words in keys if len(words) == 2 and words[0] in prefixes and words[1].isalpha()})


@pytest.mark.parametrize("text, expected", [
    # BERT and RoBERTa are language models (natural language processing), not the Hugging Face library
    ("Fine-tuned BERT models for text classification.",
     [("natural-language-processing", "BERT"), ("text-classification", "text classification")]),
    ("Compared RoBERTa with Hugging Face Transformers pipelines.",
     [("natural-language-processing", "RoBERTa"), ("hugging-face", "Hugging Face Transformers")]),
    ("Bert Lee reviewed the report.", []),
])
def test_language_model_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a blocker among the items a list is read over ends the list (it raised StopIteration)
    ("cyber operations and defense and workforce",
     [("cybersecurity", "cyber operations"), ("incident-response", "defense")]),
    ("cyber operations and workforce", [("cybersecurity", "cyber operations")]),
])
def test_a_blocker_in_a_list_ends_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_property_lists_of_form_words_never_raise(data) -> None:
    prefix = data.draw(st.sampled_from(["cyber", "data", "software", "customer", "system", "network", "project"]))
    head = data.draw(st.sampled_from(["operations", "analysis", "development", "service", "design", "management"]))
    items = data.draw(st.lists(st.sampled_from(_list_words()), min_size=1, max_size=5))
    joins = data.draw(st.lists(st.sampled_from([" and ", ", ", " or ", ", and "]), min_size=len(items),
                               max_size=len(items)))
    text = f"{prefix} {head}" + "".join(join + item for join, item in zip(joins, items))
    for match in map_skills(text):
        assert text[match.start : match.end] == match.text


CASEY = st.text(alphabet="abzAZ \u00e9\u00c9-?\n", max_size=80)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a camel-case form in any case, alone or glued to the word before or after it
        ("ServiceNow, servicenow and SERVICENOW tickets.",
         [("servicenow", "ServiceNow"), ("servicenow", "servicenow"), ("servicenow", "SERVICENOW")]),
        ("Incident ManagementServiceNow AdministrationJavaScript",
         [("servicenow", "ServiceNow Administration"), ("javascript", "JavaScript")]),
        ("Build dashboards in BigQuery and TypeScript; bigquery exports.",
         [("dashboards", "dashboards"), ("bigquery", "BigQuery"), ("typescript", "TypeScript"),
          ("bigquery", "bigquery")]),
        # case-sensitive camel-case forms keep their exact case
        ("Test with VoiceOver and JAWS; voiceover is not the form.",
         [("assistive-technology", "VoiceOver"), ("assistive-technology", "JAWS")]),
    ],
)
def test_camel_case_forms_match_in_any_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


GLUED_PARAGRAPH = "Customer ServiceDatabase AdministrationInformation ManagementOral Communication"


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_a_text_is_matched_the_same_after_a_paragraph_of_glued_words(text: str) -> None:
    # Tokenisation is the same everywhere (one tokenizer splits glued words), so a paragraph of glued words
    # elsewhere in the text changes nothing in this one.
    offset = len(GLUED_PARAGRAPH) + 2
    alone = [(m.skill_id, m.start + offset, m.end + offset, m.text, m.score, m.method) for m in map_skills(text)]
    after = [
        (m.skill_id, m.start, m.end, m.text, m.score, m.method)
        for m in map_skills(GLUED_PARAGRAPH + "\n\n" + text)
        if m.start >= offset
    ]
    assert after == alone


@settings(max_examples=300, deadline=None)
@given(CASEY.map(str.lower), st.text(alphabet="abz", min_size=1, max_size=3))
def test_property_word_occurrences_equal_the_regex(lowered: str, word: str) -> None:
    import re

    from skillhire.skills import _occurrences

    expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<![a-z]){word}(?![a-z])", lowered)]
    assert list(_occurrences(lowered, word)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["data", "EEO", "leave", ".", "!", ";", " ", "  ", "\n", "\n\n", " \n "]), max_size=40),
    st.data(),
)
def test_property_boilerplate_check_equals_the_sentence_definition(parts: list[str], data) -> None:
    """in_boilerplate (a search between the last cue and the mention) agrees with its definition: a cue ending
    in the mention's full sentence, at most BOILERPLATE_LEAD_CHARS before the mention's end."""
    import re

    from skillhire.skills import _FULL_SENTENCE_END, BOILERPLATE_LEAD_CHARS, _Sentences, _TextContext

    text = "x " + "".join(parts) + " y"
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]  # cues and mentions end with a non-space
    cues = data.draw(st.lists(st.sampled_from(words), max_size=4))
    start, end = data.draw(st.sampled_from(words))
    sentence_start, _ = _Sentences(text, _FULL_SENTENCE_END)._bounds(start)
    expected = any(max(sentence_start, end - BOILERPLATE_LEAD_CHARS) <= cue_end <= end for _, cue_end in cues)
    assert _TextContext(text, sorted(cues), []).in_boilerplate(start, end) == expected


def test_unicode_that_changes_length_when_lower_cased_keeps_offsets() -> None:
    text = "İİİ data analysis and SQL"
    assert [(m.text, text[m.start : m.end]) for m in map_skills(text)] == [
        ("data analysis", "data analysis"), ("SQL", "SQL")
    ]


def test_matcher_is_built_once_and_cached() -> None:
    assert get_matcher() is get_matcher("cx-data-ai")


def test_a_user_pipeline_can_be_passed() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert [m.skill_id for m in map_skills("SQL and Tableau", nlp=nlp)] == ["sql", "tableau"]


def test_a_custom_taxonomy_file(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("id,label,domain,group,alt_labels,definition\n"
                    "grant-writing,Grant writing,grants,writing,proposal writing;grant proposals,Writing grants.\n",
                    encoding="utf-8")
    found = map_skills("Strong grant proposals and data analysis.", taxonomy=str(path))
    assert [(m.skill_id, m.text) for m in found] == [("grant-writing", "grant proposals")]


def test_importing_skillhire_does_not_import_spacy_or_build_the_matcher() -> None:
    code = "import sys, skillhire, skillhire.skills as s; print('spacy' in sys.modules, len(s._MATCHERS))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False 0"


def test_matches_render_as_escaped_highlighted_html() -> None:
    text = "<script>alert(1)</script> SQL & Tableau"
    html = map_skills(text)._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<mark title="SQL (data; exact, 100)">SQL</mark>' in html
    assert "<td>Tableau</td>" in html


def test_matches_to_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = map_skills("SQL and SAS").to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert frame[["skill_id", "text", "start", "end"]].values.tolist() == [["sql", "SQL", 0, 3], ["sas", "SAS", 8, 11]]


def test_skill_matches_is_a_list_of_models() -> None:
    found = map_skills("SQL")
    assert isinstance(found, SkillMatches) and isinstance(found, list)
    assert found == [SkillMatch(skill_id="sql", label="SQL", domain="data", group="data-engineering", start=0, end=3,
                                text="SQL", score=100.0, method="exact", surface_form="SQL",
                                reason="the skill's label 'SQL'")]


def test_every_bundled_skill_label_maps_to_itself() -> None:
    taxonomy = load_taxonomy()
    wrong = []
    for skill in taxonomy.skills:
        if skill.label in skill.trap_forms or "(" in skill.label:
            continue
        found = map_skills(f"Experience: {skill.label}.", taxonomy=taxonomy)
        if [m.skill_id for m in found] != [skill.id]:
            wrong.append((skill.label, [m.skill_id for m in found]))
    assert wrong == []


@pytest.mark.parametrize("module", ["skillhire.taxonomy", "skillhire.skills", "skillhire.skill_profile"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(module))
    assert (failures, tried > 0) == (0, True)


def _longest_first_reference(intervals: list[tuple[int, int, int]]) -> list[int]:
    """Indexes of the intervals overlap resolution keeps, by its definition: longest first, then earliest, then the
    better rank, then input order; a candidate is kept when it overlaps none kept before; kept ones in text order."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0] - intervals[i][1], intervals[i][0],
                                                          intervals[i][2], i))
    kept: list[int] = []
    for i in order:
        start, end, _ = intervals[i]
        if all(end <= intervals[j][0] or intervals[j][1] <= start for j in kept):
            kept.append(i)
    return sorted(kept, key=lambda i: (intervals[i][0], order.index(i)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.integers(0, 5)), max_size=60))
def test_property_overlap_resolution_equals_its_definition(spans: list[tuple[int, int, int]]) -> None:
    """Both ways of resolving overlaps (compare with those chosen, for few candidates; bisection, for many) and the
    quick paths for disjoint candidates keep exactly what the definition keeps, in text order."""
    from skillhire.skills import _new_candidate, _resolve_overlaps

    intervals = [(start, start + size, rank) for start, size, rank in spans]
    candidates = [
        _new_candidate((start, end, start - end, 0, 0, number, "label", rank, None, 0.0))
        for number, (start, end, rank) in enumerate(intervals)
    ]
    assert [c.entry for c in _resolve_overlaps(candidates)] == _longest_first_reference(intervals)


FAST_PATH_TEXTS = [
    "Experience with Python, R and SAS (Statistical Analysis System); data analysis of survey data.",
    "Office of Customer Experience staff run usability testing. Knowledge of Tableau is not required.",
    "Equal opportunity employer: reasonable accommodation. Build SQL queries and Power BI dashboards.",
    "Special Access Programs (SAP) and SAP ERP; machine learning, NLP and journey mapping.",
]


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
@pytest.mark.parametrize("section", [None, "Duties"])
@pytest.mark.parametrize("include_negated", [False, True])
def test_matches_built_without_validation_equal_validated_matches(text: str, section, include_negated) -> None:
    """The match loop builds most SkillMatch objects from fixed per-form fields without validation; each must equal
    the validated model with the same values, with every field set, and equal what the general builder makes."""
    from skillhire.skills import _to_match

    found = map_skills(text, section=section, options=MatchOptions(include_negated=include_negated))
    assert found, text
    for match in found:
        validated = SkillMatch(**match.model_dump())
        assert match == validated
        assert match.model_fields_set == validated.model_fields_set == set(SkillMatch.model_fields)
        assert list(match.model_dump()) == list(SkillMatch.model_fields)
    matcher = get_matcher()
    options = MatchOptions(include_negated=include_negated)
    doc = matcher.make_doc(text)
    fast = matcher.match_doc(doc, text, options, section=section)
    assert fast == list(found)
    # The same matches through the general builder (no precomputed fields on the candidate).
    from skillhire.skills import _candidate

    entries = {(e.skill.id, e.form): e for bucket in matcher.entries.values() for e in bucket if e.skill is not None}
    for match in fast:
        entry = entries[(match.skill_id, match.surface_form)]
        cand = _candidate(0, 0, match.start, match.end, entry, entry.kind)
        assert _to_match(cand, text, 0, match.negated, section) == match


def test_overlap_resolution_examples() -> None:
    """Longest first: "data analysis" beats "data" and "analysis"; a partial overlap keeps the longer one."""
    assert [(m.skill_id, m.text) for m in map_skills("Strong data analysis skills.")] == [
        ("data-analysis", "data analysis")
    ]
