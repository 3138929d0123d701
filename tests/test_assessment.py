"""Assessment files: the bundled SME-QA standard, TOML/JSON loading, schema, and clear errors."""

from __future__ import annotations

import json

import pytest

from skillhire import (
    AssessmentNotFoundError,
    InvalidFileError,
    assessment_schema,
    list_assessments,
    load_assessment,
)
from skillhire._resources import data_file
from skillhire.assessment import Assessment


def test_bundled_smeqa_standard_matches_the_sme_qa_process():
    a = load_assessment("smeqa-standard")
    assert a.name == "smeqa-standard"
    assert [h.id for h in a.hurdles] == ["resume_review", "interview_1", "interview_2"]
    assert [h.kind for h in a.hurdles] == ["resume_review", "interview", "interview"]
    assert a.hurdles[0].votes_required == 2  # SME-QA: two SMEs, a third breaks a split
    assert [(c.id, c.screen_out) for c in a.competencies] == [
        ("customer-research", True), ("service-design", True), ("cx-measurement", True),
        ("stakeholder-engagement", False),
    ]
    # SME-QA transmutation (toolkit/certificate/transmuting-ratings-into-scores.md)
    assert {tuple(t.ratings): t.score for t in a.transmutation} == {(1, 1): 70, (1, 2): 85, (2, 1): 85, (2, 2): 100}
    assert [(c.name, c.min_score) for c in a.categories] == [
        ("Best Qualified", 100), ("Well Qualified", 85), ("Qualified", 70)]
    assert (a.rating_method, a.scientific_professional, a.merge_below, a.sharing_window_days) == (
        "category", False, 3, 240)


def test_list_assessments_is_sorted_and_skips_the_schema():
    assert list_assessments() == ["smeqa-standard"]


def test_published_schema_is_in_sync_with_the_model():
    published = json.loads(data_file("assessments", "assessment.schema.json").read_text(encoding="utf-8"))
    assert published == assessment_schema(), "stale: run python scripts/gen_schemas.py"
    assert "screen_out" in published["$defs"]["Competency"]["properties"]


def test_every_field_has_a_description():
    def walk(model):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"
    from skillhire.assessment import CategoryDefinition, Competency, Hurdle, Transmutation

    for model in (Assessment, Competency, Hurdle, Transmutation, CategoryDefinition):
        walk(model)


def test_load_from_json_and_toml_paths(tmp_path):
    data = load_assessment("smeqa-standard").model_dump(mode="json")
    data["name"] = "data-scientist"
    data["scientific_professional"] = True
    path = tmp_path / "ds.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_assessment(path).scientific_professional is True
    toml = tmp_path / "mini.toml"
    toml.write_text(
        'name = "mini"\nversion = "0.1"\n[[competencies]]\nid = "writing"\nname = "Writing"\n', encoding="utf-8"
    )
    mini = load_assessment(str(toml))
    assert [h.id for h in mini.hurdles] == ["resume_review", "interview_1", "interview_2"]  # SME-QA defaults
    assert mini.competencies[0].screen_out is True


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "is empty"),
        ("name = ", "cannot be parsed as TOML"),
        ('name = "x"\nversion = "1"\ncolour = "red"\n[[competencies]]\nid = "a"\nname = "A"\n',
         "colour: Extra inputs are not permitted"),
        ('name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[categories]]\nname = "Only"\n'
         'min_score = 70\n', "at least 2 quality categories"),
        ('name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[transmutation]]\nratings = [1]\n'
         'score = 70\n', "one rating per interview round"),
        ('name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[competencies]]\nid = "a"\nname = "B"\n',
         "competency ids must be unique"),
        # more competencies to meet than the hurdle rates: every applicant would fail, whatever the SMEs found
        ('name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[competencies]]\nid = "b"\n'
         'name = "B"\n[[hurdles]]\nid = "resume_review"\nname = "Resume review"\nkind = "resume_review"\n'
         'min_competencies_met = 3\n',
         "hurdle 'resume_review' needs min_competencies_met 3 of the 2 competencies it rates; valid: 1 to 2"),
        ('name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[competencies]]\nid = "b"\n'
         'name = "B"\n[[hurdles]]\nid = "rr"\nname = "Resume review"\nkind = "resume_review"\n'
         'competencies = ["a"]\nmin_competencies_met = 2\n',
         "hurdle 'rr' needs min_competencies_met 2 of the 1 competency it rates; valid: 1 to 1"),
    ],
)
def test_invalid_files_name_the_problem(tmp_path, text, fragment):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidFileError) as info:
        load_assessment(path)
    assert fragment in str(info.value)
    assert str(path) in str(info.value)


def test_min_competencies_met_up_to_the_number_rated_is_valid(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text(
        'name = "x"\nversion = "1"\n[[competencies]]\nid = "a"\nname = "A"\n[[competencies]]\nid = "b"\n'
        'name = "B"\n[[hurdles]]\nid = "resume_review"\nname = "Resume review"\nkind = "resume_review"\n'
        'min_competencies_met = 2\n', encoding="utf-8")
    assert load_assessment(path).hurdles[0].min_competencies_met == 2


def test_unknown_name_lists_the_bundled_ones():
    with pytest.raises(AssessmentNotFoundError) as info:
        load_assessment("smeqa-standrd")
    assert str(info.value) == (
        "No bundled assessment 'smeqa-standrd'. Did you mean 'smeqa-standard'? Available: smeqa-standard"
    )
    assert isinstance(info.value, LookupError)


def test_missing_file_path_is_an_invalid_file(tmp_path):
    with pytest.raises(InvalidFileError, match="does not exist"):
        load_assessment(tmp_path / "nope.toml")


def test_fingerprint_changes_with_any_setting():
    a = load_assessment("smeqa-standard")
    b = a.model_copy(update={"merge_below": 0})
    assert a.fingerprint() == load_assessment("smeqa-standard").fingerprint()
    assert a.fingerprint() != b.fingerprint()
