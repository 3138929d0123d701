"""walkthrough3's reports on rewrite reasons, the "proficiency" row, the diff's reasons, errors and certificates."""

from __future__ import annotations

import csv
import html
import io
import pickle
import re
from pathlib import Path

import pytest

from skillhire import (
    EmptyTextError,
    InvalidFileError,
    SkillhireError,
    UnknownChoiceError,
    UnknownNameError,
    UnknownRuleError,
    load_posting,
    load_sample_announcement,
    load_sample_posting,
    parse_posting,
    render_posting,
    rewrite_posting,
)
from skillhire._resources import data_dir
from skillhire.plain_language import load_simple_words
from skillhire.rewrite import lost_facts
from skillhire.rewrite_words import word_reason

#: The sources a word-list reason can name, and how a row's ``source`` names each.
_SOURCE_NAMES = {"plainlanguage.gov": "plainlanguage.gov", "18F": "18F", "skillhire": "skillhire"}


def _named_sources(reason: str, note: str) -> set[str]:
    """The sources a reason names outside the row's own note (which a skillhire row quotes in brackets)."""
    text = reason.replace(f"({note})", "") if note else reason
    return {name for name in _SOURCE_NAMES if name in text}


@pytest.mark.parametrize("entry", load_simple_words(), ids=lambda e: f"{e.rule}:{e.words[0]}")
def test_every_word_row_reason_names_its_own_source(entry):
    # walkthrough3 row 20: "position" -> "job" said "plainlanguage.gov's simpler word" on skillhire's own row
    owner = entry.source.split(",")[0].split(" ")[0]
    assert owner in _SOURCE_NAMES, entry.source
    assert _named_sources(word_reason(entry), entry.note) == {owner}


def _csv_rows(name: str) -> list[dict[str, str]]:
    text = (data_dir("taxonomies") / "plain-language" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO("\n".join(x for x in text.splitlines() if not x.startswith("#")))))


def test_the_source_column_is_what_the_entries_carry():
    # the data's own column, row by row, against the entry the rewrite reads (and so against the reason above)
    rows = _csv_rows("simple-words.csv")
    entries = [e for e in load_simple_words() if e.rule == "simple-words"]
    assert len(rows) == len(entries) == 257
    for row, entry in zip(rows, entries, strict=True):
        assert entry.source.startswith(row["source"]), (row, entry.source)
    assert sum(row["source"] == "skillhire" for row in rows) == 20
    assert {row["source"] for row in rows} == {"plainlanguage.gov", "skillhire"}
    assert len([e for e in load_simple_words() if e.rule == "words-to-avoid"]) == len(_csv_rows("words-to-avoid-18f.csv"))


@pytest.mark.parametrize(
    "entry_word, expected",
    [
        ("position", "a plainer word skillhire adds for hiring text (USAJOBS itself says 'job' ('This job is open "
                     "to'); 'in a position to' is left alone)"),
        ("utilize", "one of plainlanguage.gov's dirty dozen"),
        ("accompany", "plainlanguage.gov's simpler word"),
        ("collaborate", "18F lists it among words to avoid"),
    ],
)
def test_word_reason_table(entry_word, expected):
    entry = next(e for e in load_simple_words() if e.words[0] == entry_word)
    assert word_reason(entry) == expected


def test_position_job_on_the_walkthrough_sample_names_skillhire():
    result = rewrite_posting(load_sample_announcement("usajobs-599023000-it-specialist-datamgt"))
    jobs = [c for c in result.changes if c.rule == "simple-words" and c.original.lower() == "position"]
    assert jobs
    for change in jobs:
        assert change.reason.startswith('"position" -> "job": a plainer word skillhire adds for hiring text (USAJOBS')
        assert "plainlanguage.gov" not in change.reason
        assert change.source.startswith("skillhire (hiring-specific addition)")


def _simple_words(text: str) -> tuple[str, list[str]]:
    result = rewrite_posting(f"Analyst\n\n## Qualifications\n{text}\n", rules=["simple-words"])
    return result.posting.qualifications, [c.reason for c in result.changes]


@pytest.mark.parametrize(
    "text, expected, reasons",
    [
        # walkthrough3 row 12: the category definitions (5 CFR 337.303(c)) of the bundled smeqa-standard assessment
        ("Exceeded the required proficiency in both interview rounds (2 + 2).",
         "Exceeded the required skill level in both interview rounds (2 + 2).",
         ['"proficiency" -> "skill level": plainlanguage.gov\'s simpler word; after "required" it names the level to '
          'reach, so "skill level"']),
        ("Met the required proficiency in one round and exceeded it in the other (1 + 2 or 2 + 1).",
         "Met the required skill level in one round and exceeded it in the other (1 + 2 or 2 + 1).",
         ['"proficiency" -> "skill level": plainlanguage.gov\'s simpler word; after "required" it names the level to '
          'reach, so "skill level"']),
        ("Candidates rated at the same proficiency move forward.",
         "Candidates rated at the same skill level move forward.",
         ['"proficiency" -> "skill level": plainlanguage.gov\'s simpler word; after "same" it names the level to '
          'reach, so "skill level"']),
        # the level is already said: the table's "skill" is right
        ("Applicants must show the minimum proficiency level for each competency.",
         "Applicants must show the minimum skill level for each competency.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        ("SMEs define proficiency levels for each competency.", "SMEs define skill levels for each competency.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        # dev corpus (evaluate_rewrite.py), the only change the first version made there: "level of required skill
        # level" said the level twice
        ("The assessment includes a cut score based on the minimum level of required proficiency in these critical "
         "general competencies.",
         "The assessment includes a cut score based on the minimum level of required skill in these critical general "
         "competencies.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        ("You must perform at the expected level of proficiency.",
         "You must perform at the expected level of skill.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        # the ability itself: "skill"
        ("Applicants with proficiency in SQL move forward.", "Applicants with skill in SQL move forward.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        ("A high degree of proficiency in data analysis.", "A high degree of skill in data analysis.",
         ['"proficiency" -> "skill": plainlanguage.gov\'s simpler word']),
        ("Met all required proficiencies.", "Met all required proficiencies.", []),
    ],
)
def test_proficiency_that_names_a_level(text, expected, reasons):
    assert _simple_words(text) == (expected, reasons)
    assert lost_facts(text, expected) == []
    assert _simple_words(expected) == (expected, [])


def test_rendered_category_definitions_keep_the_level():
    # walkthrough3 row 12, end to end: render with the bundled SME-QA assessment, then rewrite the rendering
    posting = load_sample_posting("data-scientist")
    rendered = render_posting(posting, assessment="smeqa-standard")
    result = rewrite_posting(rendered.text)
    changed = [(c.original, c.replacement) for c in result.changes if "proficiency" in c.original.lower()]
    assert changed == [("proficiency", "skill level")] * 3


# ------------------------------------------------------------------ walkthrough3 row 37: the diff carries reasons

GOLDEN = Path(__file__).parent / "golden" / "rewrite"
DIFF_POSTING = (
    "IT Specialist (DATAMGT)\n\n## Duties\nThe incumbent shall utilize <tools> & data. Assists in supporting the "
    "team.\n\n## Qualifications\nYou must possess one year of specialized experience equivalent to the GS-12 level.\n"
)


def _check_golden(path: Path, text: str, update: bool) -> None:
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; review it and re-run")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs; re-run with --update-golden if intended"


@pytest.mark.parametrize("fmt, suffix", [("text", ".diff"), ("html", ".html")])
def test_diff_golden(fmt, suffix, update_golden):
    result = rewrite_posting(DIFF_POSTING)
    _check_golden(GOLDEN / f"diff{suffix}", result.diff(format=fmt), update_golden)


def _marks(page: str) -> list[tuple[str, list[int]]]:
    """Each <del>/<ins> of the diff (before the list) with the change numbers its title names."""
    body = page.split("</pre>")[0]
    return [(m.group(1), [int(n) for n in re.findall(r"\[(\d+)\] ", html.unescape(m.group(2) or ""))])
            for m in re.finditer(r"<(del|ins) style='[^']*'(?: title='([^']*)')?>", body)]


def test_html_diff_marks_carry_rule_reason_and_source():
    result = rewrite_posting(load_sample_announcement("usajobs-599023000-it-specialist-datamgt"))
    page = result.diff(format="html")
    marks = _marks(page)
    assert len(marks) > 100
    assert [kind for kind, numbers in marks if not numbers] == []  # every mark names its change(s)
    shown = {n for _, numbers in marks for n in numbers}
    assert shown <= set(range(1, len(result.changes) + 1))
    assert len(shown) == len(result.changes)  # and every change of this posting is shown at its place
    items = re.findall(r"<li id='change-(\d+)'>(.*?)</li>", page, re.DOTALL)
    assert [int(n) for n, _ in items] == list(range(1, len(result.changes) + 1))
    for (_, item), change in zip(items, result.changes, strict=True):
        assert html.escape(change.reason) in item and html.escape(change.source) in item
        assert f"<b>{html.escape(change.rule)}</b>" in item
    title = re.search(r"title='([^']*)'", page).group(1)
    assert html.unescape(title).startswith(f"[1] working-title: {result.changes[0].reason} (source: ")


def test_html_diff_escapes_the_reasons():
    page = rewrite_posting(DIFF_POSTING).diff(format="html")
    assert "<tools>" not in page and "&lt;tools&gt; &amp; data" in page
    assert "&#10;[4] simple-words: &quot;utilize&quot; -&gt; &quot;use&quot;: one of plainlanguage.gov&#x27;s " \
           "dirty dozen (source: plainlanguage.gov, Use simple words and phrases)'" in page


def test_text_diff_lists_every_change():
    result = rewrite_posting(DIFF_POSTING)
    text = result.diff()
    head, _, listing = text.partition("# Changes (")
    assert head.startswith("--- original\n+++ rewritten\n")
    assert "+You will use <tools> & data. You will help support the team.\n" in head
    assert listing.startswith(f"{len(result.changes)}), each with its rule, reason and source:\n")
    for number, change in enumerate(result.changes, start=1):
        assert f"# [{number}] {change.section}, {change.rule}: " in listing
        assert f"#     reason: {change.reason}\n#     source: {change.source}\n" in listing
    assert rewrite_posting("Analyst\n\n## Duties\nYou build tools.\n").diff() == ""
    assert "<ol" not in rewrite_posting("Analyst\n\n## Duties\nYou build tools.\n").diff(format="html")


# ------------------------------------------------------------------ walkthrough3 row 16: no bare ValueError


def _result():
    return rewrite_posting("Analyst\n\n## Duties\nThe incumbent shall utilize data.\n")


@pytest.mark.parametrize(
    "call, error_type, message",
    [
        (lambda: _result().diff(format="pdf"), UnknownChoiceError, "No diff format 'pdf'. Available: html, text"),
        (lambda: _result().diff(format="htm"), UnknownChoiceError,
         "No diff format 'htm'. Did you mean 'html'? Available: html, text"),
        (lambda: _result().to_pandas(what="change"), UnknownChoiceError,
         "No to_pandas table 'change'. Did you mean 'changes'? Available: changes, findings"),
        (lambda: parse_posting(""), EmptyTextError,
         "The posting text '' is empty or blank; expected announcement text with at least a title line"),
        (lambda: parse_posting(" \n\t\n"), EmptyTextError,
         "The posting text ' \\n\\t\\n' is empty or blank; expected announcement text with at least a title line"),
        (lambda: rewrite_posting("Analyst\n\n## Duties\nWe build.\n", rules=["simple-word"]), UnknownRuleError,
         None),
    ],
)
def test_errors_are_skillhire_errors_that_stay_value_errors(call, error_type, message):
    with pytest.raises(error_type) as caught:
        call()
    assert isinstance(caught.value, SkillhireError)
    if message is not None:
        assert str(caught.value) == message
        assert isinstance(caught.value, ValueError)  # callers that caught the old bare ValueError still do
    clone = pickle.loads(pickle.dumps(caught.value))
    assert type(clone) is error_type and str(clone) == str(caught.value)


def test_new_errors_are_exported():
    import skillhire
    import skillhire.errors

    for name in ("EmptyTextError", "UnknownChoiceError", "UnknownRuleError"):
        assert getattr(skillhire, name) is getattr(skillhire.errors, name)
        assert name in skillhire.__all__ and name in skillhire.errors.__all__
    assert issubclass(UnknownChoiceError, UnknownNameError) and issubclass(UnknownChoiceError, LookupError)


def test_load_posting_of_an_empty_file_is_still_an_invalid_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(InvalidFileError, match="is empty"):
        load_posting(path)
