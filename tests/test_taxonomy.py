"""The bundled skills taxonomy (size, domains, sources, reproducible build) and loading users' taxonomy files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from skillhire import Taxonomy, TaxonomyNotFoundError, list_taxonomies, load_taxonomy
from skillhire.errors import InvalidFileError, InvalidRowsError
from skillhire.taxonomy import normalize_form, validate_taxonomy
from tests.test_taxonomy_variants import _build_module

REPO = Path(__file__).resolve().parent.parent


def _shared_data() -> Path | None:
    for candidate in (REPO.parent / "shared" / "data", Path("/work/shared/data")):
        if (candidate / "onet" / "Technology Skills.txt").is_file():
            return candidate
    return None


def test_list_and_load_the_bundled_taxonomy() -> None:
    assert list_taxonomies() == ["cx-data-ai"]
    assert load_taxonomy() is load_taxonomy("cx-data-ai")


def test_bundled_taxonomy_size_and_domains() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.skills) >= 400
    assert taxonomy.surface_form_count() >= 2500
    assert [d.id for d in taxonomy.domains] == ["cx", "data", "ai", "digital"]
    per_domain = {d.id: len(taxonomy.skills_in(domain=d.id)) for d in taxonomy.domains}
    assert min(per_domain.values()) >= 30


def test_every_skill_is_complete_and_cites_listed_sources() -> None:
    taxonomy = load_taxonomy()
    sources = {s.id for s in taxonomy.sources}
    for skill in taxonomy.skills:
        assert skill.definition.endswith("."), skill.id
        assert skill.sources and set(skill.sources) <= sources, skill.id
    assert validate_taxonomy(taxonomy) == []


def test_onet_attribution_is_in_the_data_file() -> None:
    onet = next(s for s in load_taxonomy().sources if s.id == "onet")
    assert onet.licence == "CC BY 4.0"
    assert "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration" in onet.attribution
    assert "USDOL/ETA has not approved, endorsed, or tested these modifications" in onet.attribution


@pytest.mark.parametrize(
    "skill_id, source",
    [
        ("customer-journey-mapping", "omb-a11-280"),
        ("service-design", "omb-a11-280"),
        ("customer-feedback", "omb-a11-280"),
        ("trust-measurement", "omb-a11-280"),
        ("contact-center-operations", "omb-a11-280"),
        ("knowledge-management", "omb-a11-280"),
        ("omnichannel-service", "omb-a11-280"),
        ("section-508-compliance", "section-508"),
        ("plain-language", "plain-writing-act"),
        ("human-centered-design", "omb-a11-280"),
        ("data-science", "opm-1560"),
        ("machine-learning", "opm-ai"),
        ("ai-risk-management", "nist-ai-rmf"),
        ("python", "onet"),
    ],
)
def test_federal_frameworks_are_cited(skill_id: str, source: str) -> None:
    assert source in load_taxonomy().skill(skill_id).sources


def test_crosswalks_link_onet_and_smeqa() -> None:
    taxonomy = load_taxonomy()
    python = taxonomy.skill("python")
    assert {"scheme": "onet-technology", "code": "Python", "label": "Object or component oriented development software"} in [
        c.model_dump() for c in python.crosswalks
    ]
    assert ("onet-soc", "15-1252.00", "Software Developers") in [(c.scheme, c.code, c.label) for c in python.crosswalks]
    software = taxonomy.skill("software-development")
    assert any(c.scheme == "smeqa" and c.code == "engineering: Programming" for c in software.crosswalks)


def test_cx_is_deep() -> None:
    taxonomy = load_taxonomy()
    groups = {g.id for g in taxonomy.groups if g.domain == "cx"}
    assert groups == {"cx-research", "cx-design", "cx-measurement", "cx-service-delivery", "cx-accessibility"}
    assert len(taxonomy.skills_in(domain="cx")) >= 60


def test_committed_taxonomy_equals_a_fresh_build() -> None:
    data = _shared_data()
    if data is None:
        pytest.skip("the shared O*NET and SME-QA source data (../shared/data) is not present beside the repository")
    module = _build_module()
    built = module.render(module.build_taxonomy(module.CURATED, data))
    committed = (REPO / "taxonomies" / "skills" / "cx-data-ai.json").read_text(encoding="utf-8")
    assert built == committed, "run: python scripts/build_taxonomy.py"


@pytest.mark.parametrize(
    "word, plural",
    [
        ("dashboard", "dashboards"), ("query", "queries"), ("survey", "surveys"), ("search", "searches"), ("function", "functions"),
        # three letters count too (the walkthrough's "journey maps" went unmatched)
        ("map", "maps"), ("app", "apps"), ("bot", "bots"), ("log", "logs"),
        # no plural: uncountable, already plural or a suffix that does not take one, too short, not lower case
        ("web", None), ("dbt", None), ("viz", None), ("analysis", None), ("data", None), ("metrics", None),
        ("ai", None), ("r", None), ("SQL", None), ("testing", None), ("management", None),
    ],
)
def test_generated_plural_of_a_last_word(word: str, plural: str | None) -> None:
    assert _build_module()._plural(word) == plural


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Built journey maps for veterans.", [("journey maps", "customer-journey-mapping")]),
        ("Designed chat bots and mobile apps.", [("chat bots", "conversational-ai"), ("mobile apps", "mobile-development")]),
        ("Read the service maps.", [("service maps", "service-blueprinting")]),
    ],
)
def test_three_letter_plurals_are_matched(text: str, expected: list[tuple[str, str]]) -> None:
    from skillhire import map_skills

    assert [(m.text, m.skill_id) for m in map_skills(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the walkthrough's "built Power BI dashboards" was one power-bi span, so a resume compared with a posting
        # that asks for dashboards showed dashboards as missing
        ("Built Power BI dashboards for leadership.", [("Power BI", "power-bi"), ("dashboards", "dashboards")]),
        ("Developed Tableau dashboards.", [("Tableau", "tableau"), ("dashboards", "dashboards")]),
        ("Power BI Desktop and DAX.", [("Power BI Desktop", "power-bi"), ("DAX", "power-bi")]),
    ],
)
def test_a_tool_named_before_what_it_makes_gives_both_skills(text: str, expected: list[tuple[str, str]]) -> None:
    from skillhire import map_skills

    assert [(m.text, m.skill_id) for m in map_skills(text)] == expected


def test_unknown_taxonomy_lists_the_bundled_ones() -> None:
    with pytest.raises(TaxonomyNotFoundError) as caught:
        load_taxonomy("cx-data-ia")
    assert str(caught.value) == (
        "No bundled taxonomy or taxonomy file 'cx-data-ia'. Did you mean 'cx-data-ai'? Available: cx-data-ai"
    )
    assert isinstance(caught.value, LookupError)


def test_load_taxonomy_rejects_other_types() -> None:
    with pytest.raises(TypeError, match=r"^load_taxonomy\(\) takes a taxonomy name, a path or None, not int\.$"):
        load_taxonomy(3)  # type: ignore[arg-type]


def test_unknown_skill_id_suggests_the_closest() -> None:
    with pytest.raises(TaxonomyNotFoundError, match=r"No skill in taxonomy 'cx-data-ai' 'pyton'\. Did you mean 'python'\?"):
        load_taxonomy().skill("pyton")


def _minimal() -> dict:
    return {
        "name": "tiny",
        "domains": [{"id": "cx", "label": "CX"}],
        "groups": [{"id": "research", "domain": "cx", "label": "Research"}],
        "skills": [
            {"id": "journeys", "label": "Journey mapping", "domain": "cx", "group": "research"},
            {"id": "interviews", "label": "User interviews", "domain": "cx", "group": "research"},
        ],
    }


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda d: d["skills"].append(dict(d["skills"][0], label="Other")), "duplicate skill id 'journeys'"),
        (lambda d: d["skills"][0].update(group="nowhere"), "skill 'journeys' has unknown group 'nowhere'"),
        (lambda d: d["groups"][0].update(domain="ai"), "group 'research' has unknown domain 'ai'"),
        (lambda d: d["skills"][1].update(alt_labels=["journey-mapping"]),
         "surface form 'journey mapping' is claimed by interviews, journeys; list it under 'ambiguous'"),
        (lambda d: d["skills"][0].update(sources=["nowhere"]), "skill 'journeys' cites unknown source 'nowhere'"),
    ],
)
def test_validation_rejects_broken_structure(tmp_path: Path, change, problem: str) -> None:
    document = _minimal()
    change(document)
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        load_taxonomy(path)
    assert str(caught.value).startswith(f"{path}: is not a valid skillhire taxonomy:")
    assert problem in str(caught.value)


def test_an_ambiguous_form_with_a_rule_is_valid(tmp_path: Path) -> None:
    document = _minimal()
    document["skills"][1]["alt_labels"] = ["journey mapping"]
    document["ambiguous"] = [{"form": "Journey mapping", "skill_ids": ["journeys", "interviews"], "prefer": "journeys",
                              "reason": "the usual meaning"}]
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert [s.id for s in load_taxonomy(path).skills] == ["journeys", "interviews"]


def test_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "copy.json"
    path.write_text(load_taxonomy().model_dump_json(), encoding="utf-8")
    assert load_taxonomy(path) == load_taxonomy()


@pytest.mark.parametrize(
    "content, message",
    [("", "is empty"), ("{not json", "is not valid JSON (line 1: Expecting property name enclosed in double quotes)")],
)
def test_bad_json_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidFileError, match=rf"^{path}: {message.replace('(', '[(]').replace(')', '[)]')}$"):
        load_taxonomy(path)


CSV = (
    "id,label,domain,group,alt_labels,definition\n"
    "grant-writing,Grant writing,Grants,Writing,proposal writing;grant proposals,Writing grant proposals.\n"
    "budgeting,Budget formulation,Grants,Finance,budget formulation;budgets,Building budgets.\n"
)


def test_csv_taxonomy(tmp_path: Path) -> None:
    path = tmp_path / "grants.csv"
    path.write_text(CSV, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert [(s.id, s.domain, s.group, s.alt_labels) for s in taxonomy.skills] == [
        ("grant-writing", "grants", "writing", ["proposal writing", "grant proposals"]),
        ("budgeting", "grants", "finance", ["budget formulation", "budgets"]),
    ]


@pytest.mark.parametrize(
    "rows, row, column, message",
    [
        ("x,,D,G,,\n", 2, "label", "is empty (every skill needs an id, label, domain and group)"),
        ("a,A,D,G,,\na,B,D,G,,\n", 3, "id", "'a' duplicates the id on row 2"),
        ("a,A,D,G,,\nb,B,E,G,,\n", 3, "group", "group 'G' is already in domain 'd'"),
        ("A B,A,D,G,,\n", 2, "id", "String should match pattern '^[a-z0-9][a-z0-9-]*$' (got 'A B')"),
    ],
)
def test_csv_bad_rows_name_the_row_and_column(tmp_path: Path, rows: str, row: int, column: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,label,domain,group,alt_labels,definition\n" + rows, encoding="utf-8")
    with pytest.raises(InvalidRowsError) as caught:
        load_taxonomy(path)
    [error] = caught.value.errors
    assert (error.row, error.column, error.message, error.sheet) == (row, column, message, str(path))
    assert str(caught.value) == f"{path}: 1 bad row: row {row}, column {column!r}: {message}"


# The walkthrough's file: an empty id, a missing group, a duplicate id, each reported, not only the first.
BAD_ROWS = (
    "id,label,domain,group,alt_labels,definition\n"
    "grant-writing,Grant writing,Grants,Writing,,\n"
    ",Grant reporting,Grants,Writing,,\n"
    "budgeting,Budget formulation,Grants,,,\n"
    "grant-writing,Grant writing again,Grants,Writing,,\n"
    "audits,,,Finance,,\n"
    "closeout,Grant closeout,Grants,Writing,,\n"
)
BAD_ROWS_MESSAGE = (
    "4 bad rows: row 3, column 'id': is empty (every skill needs an id, label, domain and group); "
    "row 4, column 'group': is empty (every skill needs an id, label, domain and group); "
    "row 5, column 'id': 'grant-writing' duplicates the id on row 2; "
    "row 6, column 'label': is empty (every skill needs an id, label, domain and group); "
    "row 6, column 'domain': is empty (every skill needs an id, label, domain and group)"
)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_bad_row_is_reported_in_one_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"grants{suffix}"
    if suffix == ".csv":
        path.write_text(BAD_ROWS, encoding="utf-8")
    else:
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.Workbook()
        for line in BAD_ROWS.strip().splitlines():
            workbook.active.append([cell or None for cell in line.split(",")])
        workbook.save(path)
    with pytest.raises(InvalidRowsError) as caught:
        load_taxonomy(path)
    assert str(caught.value) == f"{path}: {BAD_ROWS_MESSAGE}"
    assert [(e.row, e.column) for e in caught.value.errors] == [
        (3, "id"), (4, "group"), (5, "id"), (6, "label"), (6, "domain")
    ]  # fmt: skip
    assert isinstance(caught.value, InvalidFileError)


@pytest.mark.parametrize(
    "bad, ending",
    [
        (20, "row 21, column 'label': is empty (every skill needs an id, label, domain and group)"),
        (21, "row 21, column 'label': is empty (every skill needs an id, label, domain and group); and 1 more problem"),
        (45, "row 21, column 'label': is empty (every skill needs an id, label, domain and group); and 25 more problems"),
    ],
)
def test_the_listing_stops_at_twenty(tmp_path: Path, bad: int, ending: str) -> None:
    path = tmp_path / "many.csv"
    path.write_text("id,label,domain,group\n" + "".join(f"s{i},,D,G\n" for i in range(bad)), encoding="utf-8")
    with pytest.raises(InvalidRowsError) as caught:
        load_taxonomy(path)
    assert str(caught.value).startswith(f"{path}: {bad} bad rows: row 2, column 'label': ")
    assert str(caught.value).endswith(ending)
    assert str(caught.value).count("row ") == min(bad, 20)  # ("bad rows:" is not counted)
    assert len(caught.value.errors) == bad


def test_the_listing_counts_rows_and_problems_apart(tmp_path: Path) -> None:
    # 15 rows with two problems each: "15 bad rows", 20 problems listed, the 10 others counted as problems
    path = tmp_path / "many.csv"
    path.write_text("id,label,domain,group\n" + "".join(f"s{i},,,G\n" for i in range(15)), encoding="utf-8")
    with pytest.raises(InvalidRowsError) as caught:
        load_taxonomy(path)
    assert str(caught.value).startswith(f"{path}: 15 bad rows: row 2, column 'label': ")
    assert str(caught.value).endswith("; and 10 more problems")
    assert len(caught.value.errors) == 30


def test_esco_bad_rows_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "esco.csv"
    path.write_text(
        "conceptUri,preferredLabel,altLabels,description\n"
        "http://data.europa.eu/esco/skill/abc-1,manage contact centre,,\n"
        ",run call centre,,\n"
        "http://data.europa.eu/esco/skill/def-2,,,\n"
        "http://data.europa.eu/esco/skill/abc-1,manage contact centre again,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRowsError) as caught:
        load_taxonomy(path)
    assert str(caught.value) == (
        f"{path}: 3 bad rows: row 3, column 'conceptUri': is empty; row 4, column 'preferredLabel': is empty; "
        "row 5, column 'conceptUri': duplicates an earlier concept (http://data.europa.eu/esco/skill/abc-1)"
    )


def test_taxonomy_validate_lists_every_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from skillhire.cli import main

    path = tmp_path / "grants.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        main(["taxonomy", "validate", str(path)])
    assert (caught.value.code, capsys.readouterr().err) == (1, f"Error: {path}: {BAD_ROWS_MESSAGE}\n")


def test_csv_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,description\nx,y\n", encoding="utf-8")
    with pytest.raises(InvalidFileError, match=re.escape("is missing the column(s) id, label, domain, group")):
        load_taxonomy(path)


def test_excel_taxonomy(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in CSV.strip().splitlines():
        sheet.append(line.split(","))
    path = tmp_path / "grants.xlsx"
    workbook.save(path)
    assert [s.label for s in load_taxonomy(path).skills] == ["Grant writing", "Budget formulation"]


def test_esco_skills_csv(tmp_path: Path) -> None:
    path = tmp_path / "esco.csv"
    path.write_text(
        "conceptUri,preferredLabel,altLabels,description,skillType\n"
        'http://data.europa.eu/esco/skill/abc-1,manage contact centre,"run call centre\nmanage call centre",'
        "Oversee a contact centre.,skill/competence\n"
        'http://data.europa.eu/esco/skill/def-2,run call centre,"operate call centre",Operate it.,skill/competence\n',
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(path)
    assert [(s.id, s.label, s.alt_labels) for s in taxonomy.skills] == [
        ("abc-1", "manage contact centre", ["run call centre", "manage call centre"]),
        ("def-2", "run call centre", ["operate call centre"]),
    ]
    assert [(a.form, a.prefer) for a in taxonomy.ambiguous] == [("run call centre", "def-2")]
    assert taxonomy.skills[0].crosswalks[0].code == "http://data.europa.eu/esco/skill/abc-1"


def test_schema_documents_every_field() -> None:
    schema = Taxonomy.model_json_schema()
    for name, definition in schema["$defs"].items():
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field}"
    assert all(spec.get("description") for spec in schema["properties"].values())


@pytest.mark.parametrize("form, key", [("Human-Centered  Design", "human centered design"), ("ＳＱＬ", "sql")])
def test_normalize_form(form: str, key: str) -> None:
    assert normalize_form(form) == key
