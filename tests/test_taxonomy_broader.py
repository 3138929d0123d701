"""`broader` links between skills (issue 4): a tool or narrower skill is evidence of the skill it is for.

Validation (dangling, self, cycle) with the exact messages, the JSON/CSV/Excel/ESCO loaders, the transitive
closure, and the bundled taxonomy's links.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skillhire import load_taxonomy
from skillhire.errors import InvalidFileError


def _document(links: dict[str, list[str]]) -> dict:
    """A small JSON taxonomy: machine learning, deep learning, two ML tools and a sibling skill (statistics)."""
    skills = [
        ("machine-learning", "Machine learning"),
        ("deep-learning", "Deep learning"),
        ("scikit-learn", "scikit-learn"),
        ("pytorch", "PyTorch"),
        ("statistics", "Statistics"),
    ]
    return {
        "name": "tiny",
        "domains": [{"id": "ai", "label": "AI"}],
        "groups": [{"id": "ml", "domain": "ai", "label": "Machine learning"}],
        "skills": [
            {"id": sid, "label": label, "domain": "ai", "group": "ml", **({"broader": links[sid]} if sid in links else {})}
            for sid, label in skills
        ],
    }


def _load(tmp_path: Path, links: dict[str, list[str]]):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(_document(links)), encoding="utf-8")
    return load_taxonomy(path)


def test_json_taxonomy_with_broader_links(tmp_path: Path) -> None:
    taxonomy = _load(tmp_path, {"deep-learning": ["machine-learning"], "scikit-learn": ["machine-learning"],
                                "pytorch": ["deep-learning"]})
    assert [(s.id, s.broader) for s in taxonomy.skills] == [
        ("machine-learning", []),
        ("deep-learning", ["machine-learning"]),
        ("scikit-learn", ["machine-learning"]),
        ("pytorch", ["deep-learning"]),
        ("statistics", []),
    ]
    assert [(s.id, taxonomy.broader_of(s.id)) for s in taxonomy.skills] == [
        ("machine-learning", []),
        ("deep-learning", ["machine-learning"]),
        ("scikit-learn", ["machine-learning"]),
        ("pytorch", ["deep-learning", "machine-learning"]),  # transitive, nearest first
        ("statistics", []),
    ]


def test_broader_defaults_to_empty(tmp_path: Path) -> None:
    taxonomy = _load(tmp_path, {})
    assert [s.broader for s in taxonomy.skills] == [[], [], [], [], []]


@pytest.mark.parametrize(
    "links, problem",
    [
        ({"scikit-learn": ["machine-learnin"]},
         "skill 'scikit-learn' has unknown broader skill 'machine-learnin' "
         "(valid: deep-learning, machine-learning, pytorch, scikit-learn, statistics)"),
        ({"statistics": ["statistics"]}, "skill 'statistics' lists itself as broader"),
        ({"machine-learning": ["deep-learning"], "deep-learning": ["machine-learning"]},
         "broader links form a cycle: machine-learning -> deep-learning -> machine-learning"),
        ({"pytorch": ["deep-learning"], "deep-learning": ["machine-learning"], "machine-learning": ["pytorch"]},
         "broader links form a cycle: machine-learning -> pytorch -> deep-learning -> machine-learning"),
    ],
)
def test_bad_broader_links_are_rejected(tmp_path: Path, links: dict[str, list[str]], problem: str) -> None:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(_document(links)), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        load_taxonomy(path)
    assert str(caught.value) == (
        f"{path}: is not a valid skillhire taxonomy: Value error, taxonomy 'tiny' is invalid: {problem}"
    )


def test_unknown_broader_in_a_large_taxonomy_names_the_closest_ids() -> None:
    bundled = load_taxonomy().model_dump()
    bundled["skills"][0]["broader"] = ["machine-learnin"]
    first = bundled["skills"][0]["id"]
    with pytest.raises(ValueError, match="has unknown broader skill") as caught:
        type(load_taxonomy()).model_validate(bundled)
    assert f"skill {first!r} has unknown broader skill 'machine-learnin' (closest: machine-learning" in str(caught.value)


CSV = (
    "id,label,domain,group,alt_labels,broader,definition\n"
    "machine-learning,Machine learning,AI,ML,ML,,Building models that learn from data.\n"
    "deep-learning,Deep learning,AI,ML,,machine-learning,Neural networks with many layers.\n"
    "scikit-learn,scikit-learn,AI,ML,sklearn,machine-learning; deep-learning,A Python ML library.\n"
    "statistics,Statistics,AI,ML,,,Describing and inferring from data.\n"
)


def test_csv_taxonomy_with_a_broader_column(tmp_path: Path) -> None:
    path = tmp_path / "ml.csv"
    path.write_text(CSV, encoding="utf-8")
    assert [(s.id, s.broader) for s in load_taxonomy(path).skills] == [
        ("machine-learning", []),
        ("deep-learning", ["machine-learning"]),
        ("scikit-learn", ["machine-learning", "deep-learning"]),
        ("statistics", []),
    ]


def test_excel_taxonomy_with_a_broader_column(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for line in CSV.strip().splitlines():
        workbook.active.append([cell or None for cell in line.split(",")])
    path = tmp_path / "ml.xlsx"
    workbook.save(path)
    assert [s.broader for s in load_taxonomy(path).skills] == [
        [], ["machine-learning"], ["machine-learning", "deep-learning"], [],
    ]


def test_csv_dangling_broader_names_the_file_and_the_bad_id(tmp_path: Path) -> None:
    path = tmp_path / "ml.csv"
    path.write_text(CSV.replace("machine-learning; deep-learning", "machine-learning; neural-nets"), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        load_taxonomy(path)
    assert str(caught.value) == (
        f"{path}: is not a valid taxonomy: Value error, taxonomy 'ml' is invalid: skill 'scikit-learn' has "
        "unknown broader skill 'neural-nets' (valid: deep-learning, machine-learning, scikit-learn, statistics)"
    )


def test_csv_without_a_broader_column_has_no_links(tmp_path: Path) -> None:
    path = tmp_path / "ml.csv"
    path.write_text("id,label,domain,group\nsql,SQL,Data,Databases\n", encoding="utf-8")
    assert [s.broader for s in load_taxonomy(path).skills] == [[]]


def test_esco_skills_have_no_broader_links(tmp_path: Path) -> None:
    path = tmp_path / "esco.csv"
    path.write_text(
        "conceptUri,preferredLabel,altLabels,description\n"
        "http://data.europa.eu/esco/skill/abc-1,manage contact centre,,Oversee a contact centre.\n",
        encoding="utf-8",
    )
    assert [s.broader for s in load_taxonomy(path).skills] == [[]]


# ---------------------------------------------------------------- the bundled taxonomy's curated links


@pytest.mark.parametrize(
    "skill_id, closure",
    [
        ("scikit-learn", ["machine-learning", "artificial-intelligence"]),
        ("tree-ensembles", ["machine-learning", "artificial-intelligence"]),  # XGBoost, random forests
        ("pytorch", ["deep-learning", "machine-learning", "artificial-intelligence"]),
        ("clustering", ["unsupervised-learning", "machine-learning", "artificial-intelligence"]),
        ("nlp-libraries", ["natural-language-processing"]),
        ("tableau", ["business-intelligence", "data-visualization"]),
        ("power-bi", ["business-intelligence", "dashboards", "data-visualization"]),
        ("postgresql", ["database-design", "sql"]),
        ("mongodb", ["nosql", "database-design"]),
        ("salesforce", ["customer-relationship-management"]),
        ("qualtrics", ["survey-design"]),
        ("github", ["git", "version-control"]),
        ("spss", ["statistics"]),
    ],
)
def test_bundled_tools_are_evidence_of_the_skill_they_are_for(skill_id: str, closure: list[str]) -> None:
    assert load_taxonomy().broader_of(skill_id) == closure


@pytest.mark.parametrize(
    "skill_id",
    [
        # the broadest skills, and what a careful reviewer would not accept as evidence of another skill
        "artificial-intelligence", "statistics", "sql", "python", "r-language",
        "pandas", "react", "computer-vision", "natural-language-processing", "expert-systems", "mlops",
        "feature-engineering", "excel",
    ],
)
def test_bundled_skills_without_broader_links(skill_id: str) -> None:
    assert load_taxonomy().skill(skill_id).broader == []


def test_no_bundled_link_joins_siblings_of_one_broader_skill() -> None:
    """A tool is never linked to another tool of the same skill (SAS is not evidence of SPSS)."""
    taxonomy = load_taxonomy()
    for skill in taxonomy.skills:
        closure = set(taxonomy.broader_of(skill.id))
        for target in skill.broader:
            siblings = {s.id for s in taxonomy.skills if target in s.broader and s.id != skill.id}
            assert not (siblings & closure), (skill.id, target, siblings & closure)


def test_bundled_link_counts() -> None:
    taxonomy = load_taxonomy()
    assert (sum(len(s.broader) for s in taxonomy.skills), sum(1 for s in taxonomy.skills if s.broader),
            len({b for s in taxonomy.skills for b in s.broader})) == (160, 142, 48)
