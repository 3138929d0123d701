"""walkthrough2's reports in rewrite (jargon placement), lint word lists, taxonomy loaders, certificates, map_skills."""

from __future__ import annotations

import pytest

from skillhire.rewrite import lost_facts, rewrite_posting

EXPLAIN_SE = ("Specialized experience means experience that gave you the skills to do this job. It's often in the same "
              "kind of work or in related work.")
EXPLAIN_GS = "GS means General Schedule. That is the main federal pay scale."


def _assert_rewrite(text: str, expected: str, rules: list[str]) -> None:
    result = rewrite_posting(f"Analyst\n\n## Qualifications\n{text}\n", rules=rules)
    assert result.posting.qualifications == expected
    assert lost_facts(text, expected) == []
    assert rewrite_posting(f"Analyst\n\n## Qualifications\n{expected}\n", rules=rules).changes == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # walkthrough2 row 8: the explanations went between "... GS-12 level." and "Examples include:", so the examples
        # followed "That is the main federal pay scale."
        ("You must possess one year of specialized experience equivalent to the GS-12 level. Examples include:\n"
         "1) conducting usability testing with members of the public;\n2) facilitating workshops with program "
         "offices; and\n3) analyzing customer feedback from multiple channels.\n\nApply by Friday.",
         "You must possess one year of specialized experience equivalent to the GS-12 level. Examples include:\n"
         "1) conducting usability testing with members of the public;\n2) facilitating workshops with program "
         "offices; and\n3) analyzing customer feedback from multiple channels.\n\n" + EXPLAIN_SE + " " + EXPLAIN_GS
         + "\n\nApply by Friday."),
        # "such as" without a colon, at the end of a sentence read with the one before ("It ..."), the list last in the text
        ("You need specialized experience. It covers tasks such as\n- planning studies\n- writing reports",
         "You need specialized experience. It covers tasks such as\n- planning studies\n- writing reports\n\n"
         + EXPLAIN_SE),
        # a lead-in followed by a plain line, not a list: after that line
        ("You need specialized experience. Examples include:\nHelp people complete forms.\nWe check it later.\n\n"
         "Thank you.",
         "You need specialized experience. Examples include:\nHelp people complete forms.\nWe check it later.\n\n"
         + EXPLAIN_SE + "\n\nThank you."),
        # no lead-in after the sentence: the explanation follows the sentence, as before
        ("You need specialized experience. We will check it.\n- one\n- two",
         "You need specialized experience. " + EXPLAIN_SE + " We will check it.\n- one\n- two"),
    ],
)
def test_an_explanation_never_parts_a_lead_in_from_what_it_introduces(text, expected):
    _assert_rewrite(text, expected, ["jargon", "acronyms"])



# ----------------------------------------------------------------------------- certificates: selecting a passed-over PE
@pytest.mark.parametrize(
    "preference, approved_by, selecting, expected_moot",
    [
        # walkthrough2 row 20: a sustained pass-over, then the same agency selects the preference eligible
        ("TP", "Delegated examining unit", None, [("A2", "(announcing agency)", True, "Delegated examining unit")]),
        ("CPS", "OPM", None, [("A2", "(announcing agency)", True, "OPM")]),
        # a request still waiting for a decision is moot too
        ("XP", "", None, [("A2", "(announcing agency)", False, "")]),
    ],
)
def test_selecting_a_passed_over_preference_eligible_is_allowed_and_the_pass_over_recorded_moot(
        preference, approved_by, selecting, expected_moot):
    import datetime as dt

    from scoring_fixtures import pool, variant

    from skillhire import score_pool

    applicants, ratings = pool([("A1", "NV", 100), ("A2", preference, 100), ("A3", "NV", 100)])
    result = score_pool(applicants, ratings, variant(grades=[]), issued_on=dt.date(2026, 1, 5))
    cert = result.certificate()
    cert.record_pass_over("A2", reason="Declined the duty location in writing.", approved_by=approved_by)
    assert cert.select("A2", agency=selecting).applicant_id == "A2"
    events = result.audit.events
    assert [e["event"] for e in events][-2:] == ["selection", "pass_over_moot"]
    assert [(e["applicant_id"], e["agency"], e["sustained"], e["approved_by"]) for e in events
            if e["event"] == "pass_over_moot"] == expected_moot
    assert "5 CFR 332.406" in events[-1]["reason"]


def test_selecting_someone_else_leaves_the_pass_over_standing():
    import datetime as dt

    from scoring_fixtures import pool, variant

    from skillhire import score_pool

    applicants, ratings = pool([("A1", "NV", 100), ("A2", "TP", 100), ("A3", "NV", 100)])
    result = score_pool(applicants, ratings, variant(grades=[]), issued_on=dt.date(2026, 1, 5))
    cert = result.certificate()
    cert.record_pass_over("A2", reason="Declined the duty location in writing.", approved_by="Delegated examining unit")
    cert.select("A1")
    assert "pass_over_moot" not in [e["event"] for e in result.audit.events]


# ----------------------------------------------------------------------------- taxonomy: users' files get variants
ESCO_HEADER = "conceptUri,skillType,preferredLabel,altLabels,description\n"


@pytest.mark.parametrize(
    "forms, expected",
    [
        (["manage call centre"], ["manage call centres", "manage call center", "manage call centers"]),
        (["analyse data"], ["analyze data"]),
        (["data modelling"], ["data modeling"]),
        (["behaviour analysis"], ["behavior analysis"]),
        # "-ising"/"-ised" are American too, "centred" is not "centerd", the noun "analyses" is not "analyzes"
        (["advertising campaign"], ["advertising campaigns"]),
        (["supervised learning"], []),
        (["human-centred design"], []),
        (["cost analyses"], []),
    ],
)
def test_british_spellings_written_the_american_way_for_users_files(forms, expected):
    from skillhire.taxonomy_variants import generate_variants

    assert generate_variants(forms, american=True) == expected


def test_the_bundled_taxonomy_leaves_british_to_american_off():
    from skillhire.taxonomy_variants import generate_variants

    assert generate_variants(["manage call centre"]) == ["manage call centres"]


@pytest.mark.parametrize(
    "file_name, content",
    [
        # walkthrough2 row 6: ESCO's "manage call centre" did not match "call center"
        ("esco_skills.csv", ESCO_HEADER + 'http://data.europa.eu/esco/skill/0001,skill/competence,manage contact '
         'centre,"manage call centre\nrun contact centre",Oversee operations of a contact centre.\n'
         "http://data.europa.eu/esco/skill/0002,skill/competence,perform root cause analysis,root cause analysis,"
         "Identify causes.\n"),
        ("my-skills.csv", "id,label,domain,group,alt_labels\n0001,Manage contact centre,cx,Contact centres,"
         "manage call centre;run contact centre\n0002,Perform root cause analysis,cx,Quality,root cause analysis\n"),
    ],
)
@pytest.mark.parametrize(
    "text, with_variants, without",
    [
        ("You will manage call center operations.", [("0001", "manage call center")], []),
        ("Run contact centers for two agencies.", [("0001", "Run contact centers")], []),
        ("You will manage call centre operations.", [("0001", "manage call centre")],
         [("0001", "manage call centre")]),
    ],
)
def test_csv_and_esco_taxonomies_get_spelling_variants_unless_turned_off(tmp_path, file_name, content, text,
                                                                         with_variants, without):
    from skillhire import load_taxonomy, map_skills

    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    assert [(m.skill_id, m.text) for m in map_skills(text, taxonomy=load_taxonomy(path))] == with_variants
    assert [(m.skill_id, m.text) for m in map_skills(text, taxonomy=load_taxonomy(path, variants=False))] == without


def test_a_variant_another_skill_owns_stays_that_skills(tmp_path):
    from skillhire import load_taxonomy

    path = tmp_path / "s.csv"
    path.write_text("id,label,domain,group,alt_labels\na,Call centre,cx,G,\nb,Call center,cx,G,\n", encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert [(s.id, s.variants) for s in taxonomy.skills] == [("a", ["Call centres", "Call centers"]), ("b", [])]


@pytest.mark.parametrize(
    "name, expected",
    [
        # walkthrough2 row 27: "-s sqll" suggested sql, then listed all 438 ids
        ("sqll", "No skill in taxonomy 'cx-data-ai' 'sqll'. Did you mean 'sql'? Close: sql, nosql, mysql "
                 "(438 valid names)"),
        ("zzzzqq", "No skill in taxonomy 'cx-data-ai' 'zzzzqq'. 438 valid names, none close"),
    ],
)
def test_an_unknown_skill_id_names_only_the_close_ones(name, expected):
    from skillhire import load_taxonomy
    from skillhire.errors import TaxonomyNotFoundError

    with pytest.raises(TaxonomyNotFoundError) as caught:
        load_taxonomy().skill(name)
    assert str(caught.value) == expected
    assert len(caught.value.available) == 438


def test_cli_taxonomy_show_unknown_skill(capsys):
    from skillhire.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["taxonomy", "show", "-s", "sqll"])
    assert caught.value.code == 1
    assert capsys.readouterr().err == ("Error: No skill in taxonomy 'cx-data-ai' 'sqll'. Did you mean 'sql'? Close: sql, "
                                       "nosql, mysql (438 valid names)\n")


# ----------------------------------------------------------------------------- map_skills over HTML
@pytest.mark.parametrize(
    "text, tag",
    [
        # walkthrough2 row 4: USAJOBS API fields carry HTML; no SQL was found, and nothing said why
        ("Build <b>SQL</b> reports in <i>Python</i>.", "'<b>' at character 6"),
        ("<p>Duties</p><ul><li>Analyze data with SQL.</li></ul>", "'<p>' at character 0"),
        ("Use Tableau.<br/>Write Python.", "'<br/>' at character 12"),
        ('See <a href="https://www.usajobs.gov">USAJOBS</a>.', "'<a href=\"https://www.usajobs.gov\">' at character 4"),
    ],
)
def test_map_skills_warns_on_html_markup(text, tag):
    from skillhire import map_skills
    from skillhire.errors import SkillhireWarning

    with pytest.warns(SkillhireWarning) as caught:
        map_skills(text)
    assert len(caught) == 1
    assert str(caught[0].message) == (
        f"the text holds HTML markup ({tag}): skills inside or against tags are missed; convert HTML to text "
        "first (skillhire.rendering.html_to_text)")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Needs <5 years of SQL; a -> b; x<y and y>z in Python.", ["sql", "python"]),
        ("Use <angle brackets> for placeholders in SQL.", ["sql"]),
    ],
)
def test_map_skills_does_not_warn_on_angle_brackets_that_are_no_tags(text, expected):
    import warnings

    from skillhire import map_skills

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [m.skill_id for m in map_skills(text)] == expected


def test_html_converted_first_is_matched():
    from skillhire import map_skills
    from skillhire.rendering import html_to_text

    assert [m.skill_id for m in map_skills(html_to_text("Build <b>SQL</b> reports in <i>Python</i>."))] == [
        "sql", "python"]


# ----------------------------------------------------------------------------- lint: a word list row in its other sense
def _lint_words(text: str, rule: str) -> list[str]:
    from skillhire import JobPosting, lint_posting

    return [f.text for f in lint_posting(JobPosting(title="Analyst", duties=text)) if f.rule == rule]


@pytest.mark.parametrize(
    "text, expected",
    [
        # walkthrough2 row 8d: "benefit -> help" (the verb) fired on the noun in "benefits portal"
        ("Develops journey maps for the benefits portal.", []),
        ("You get great benefits.", []),
        ("Read https://help.usajobs.gov/working-in-government/benefits for more.", []),
        ("Submit a request for leave.", []),
        ("Answers service requests in a ticket system.", []),
        ("Needs a work permit.", []),
        ("Works for the Bureau of Land Management.", []),
        # the verb is still reported
        ("This change will benefit you.", ["benefit"]),
        ("You may request leave.", ["request"]),
        ("Monitors network performance.", ["Monitors"]),
        ("Duties:\n- Monitors systems daily.", ["Monitors"]),
        ("The rule permits it, which benefits everyone.", ["permits", "benefits"]),  # walkthrough3: after a noun subject
    ],
)
def test_a_verb_row_reports_the_verb_not_the_noun(text, expected):
    assert _lint_words(text, "complex-words") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rewrite's own explanation of "specialized experience" raised "kind" (walkthrough2 row 8c)
        ("It's often in the same kind of work or in related work.", []),
        ("All kinds of data.", []),
        ("What kind of work do you do?", []),
        ("Payment in kind.", []),
        # the adjective Gaucher et al. (2011) code as feminine is still reported
        ("Be kind to customers.", ["kind"]),
        ("A kind, helpful manner.", ["kind"]),
        ("Kindness matters.", ["Kindness"]),
    ],
)
def test_kind_the_noun_is_not_gender_coded(text, expected):
    assert _lint_words(text, "gender-coded") == expected
