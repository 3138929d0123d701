"""The default tokenizer keeps only the special cases skill matching needs, and matches stay what spaCy's full
tokenizer gives.

spaCy's English tokenizer has 1,347 special cases; once one fires in a text, spaCy stops caching that text's
later words, which made tokenising about 40% slower on posting text. The default tokenizer keeps the ones
that split words (negative contractions, which the negation rule reads, and the other contractions), keeps
abbreviations ("e.g.", "Ph.D.", "and/or") whole with a token match, and drops emoticons (see
``skillhire.skills.trim_special_cases``). Reference: the same matcher built on spaCy's full tokenizer.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.lang.en import English

from skillhire import MatchOptions, map_skills
from skillhire import skills as skills_module
from skillhire.skills import (
    NEGATION_CUES,
    SkillMatcher,
    _glued_infixes,
    _tokenizer_copy,
    default_nlp,
    get_matcher,
    trim_special_cases,
)
from skillhire.taxonomy import load_taxonomy

ALL_MATCHES = MatchOptions(include_negated=True, skip_boilerplate=False, skip_organization_names=False)
WITH_NEGATED = MatchOptions(include_negated=True)


def full_nlp():
    """What ``default_nlp`` was before the trim: every special case of spaCy's English tokenizer."""
    nlp = spacy.blank("en")
    nlp.tokenizer = _tokenizer_copy(nlp, _glued_infixes())
    return nlp


@functools.cache
def default_nlp_tokenizer():
    """The default tokenizer (a fresh one: the tests here only read its tokens)."""
    return default_nlp().tokenizer


@pytest.fixture(scope="module")
def full_matcher() -> Iterator[SkillMatcher]:
    """The default matcher (nlp=None: misspelling cues, camel-case patterns) on spaCy's full tokenizer."""
    with pytest.MonkeyPatch.context() as patch:  # patched only while this matcher is built
        patch.setattr(skills_module, "default_nlp", full_nlp)
        matcher = SkillMatcher(load_taxonomy())
    yield matcher


def rows(matches) -> list[tuple]:
    return [(m.skill_id, m.start, m.end, m.text, m.score, m.method, m.surface_form, m.reason, m.negated, m.section)
            for m in matches]


def full_rows(matcher: SkillMatcher, text: str, options: MatchOptions) -> list[tuple]:
    return rows(matcher.match_doc(matcher.make_doc(text), text, options)) if text.strip() else []


# ---------------------------------------------------------------------------------------------- the trim

def test_trim_keeps_word_splitting_cases_and_abbreviations_whole() -> None:
    tokenizer = English().tokenizer
    kept, whole = trim_special_cases(tokenizer.rules, prefix_search=tokenizer.prefix_search)
    assert len(tokenizer.rules) == 1347
    assert (len(kept), len(whole)) == (989, 198)
    assert all(len(pieces) > 1 for pieces in kept.values())
    for word in ("isn't", "isn’t", "Isn't", "doesn’t", "won't", "can't", "cannot", "Cannot", "ain't", "I'm", "10a.m."):
        assert word in kept, word
    for word in ("e.g.", "E.g.", "i.e.", "Ph.D.", "a.m.", "p.m.", "Dec.", "Mr.", "vs.", "and/or", "w/o"):
        assert word in whole, word
    for emoticon in (":)", ":-)", "):", "8)", ":(", ":1", "<3", "'s", "''"):
        assert emoticon not in kept and emoticon not in whole, emoticon


def test_every_negation_cue_word_split_by_spacy_is_kept() -> None:
    """Each special case with a piece the negation cues read ("n't", "not") stays a special case."""
    from spacy.attrs import ORTH

    tokenizer = English().tokenizer
    kept, _ = trim_special_cases(tokenizer.rules, prefix_search=tokenizer.prefix_search)
    cue_words = {word for cue in NEGATION_CUES for word in cue.split(" ")}
    needed = {text for text, pieces in tokenizer.rules.items()
              if len(pieces) > 1 and any(str(p[ORTH]).lower() in cue_words for p in pieces)}
    assert len(needed) == 182
    assert needed <= set(kept)


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Python isn't required", ["Python", "is", "n't", "required"]),
        ("Python isn’t required", ["Python", "is", "n’t", "required"]),
        ("We don't need SQL", ["We", "do", "n't", "need", "SQL"]),
        ("It cannot be considered", ["It", "can", "not", "be", "considered"]),
        ("Tools (e.g. SQL) and/or R", ["Tools", "(", "e.g.", "SQL", ")", "and/or", "R"]),
        ("(e.g., Excel), i.e. SAS.", ["(", "e.g.", ",", "Excel", ")", ",", "i.e.", "SAS", "."]),
        ("a Ph.D. in Dec. at 9 a.m.", ["a", "Ph.D.", "in", "Dec.", "at", "9", "a.m."]),
        ("the U.S. Census Bureau", ["the", "U.S.", "Census", "Bureau"]),
        ("at 10a.m. w/o Excel", ["at", "10", "a.m.", "w/o", "Excel"]),
        ("Database ManagementDatabase Administration", ["Database", "Management", "Database", "Administration"]),
        # emoticons are dropped: in postings they are misreadings of a closing parenthesis and a colon
        ("Software Development Life Cycle (SDLC): plans", ["Software", "Development", "Life", "Cycle", "(", "SDLC", ")", ":", "plans"]),
        ("Grade (GS 8): and :)", ["Grade", "(", "GS", "8", ")", ":", "and", ":", ")"]),
    ],
)
def test_default_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in default_nlp_tokenizer()(text)] == tokens


CONTEXTS = ["{}", "({}", "{},", "({})", "{}.", "{})", '"{}"', "{};", "'{}'", "[{}],", "x {} y", "({}),", "{}:", "{}?", "{}'s",
            "{}-based"]


def split_special_cases_only(text: str, full, trimmed) -> list[str]:
    """The tokens of spaCy's full tokenizer that the trimmed one splits further; raises if the trimmed tokenizer
    joins tokens or splits a token that is no special case of spaCy's."""
    full_doc, trimmed_doc = full(text), trimmed(text)
    trimmed_bounds = {t.idx for t in trimmed_doc} | {t.idx + len(t) for t in trimmed_doc}
    split = []
    for token in full_doc:
        assert token.idx in trimmed_bounds and token.idx + len(token) in trimmed_bounds, (text, token.text)
        if any(token.idx < b < token.idx + len(token) for b in trimmed_bounds):
            assert token.text in full.rules, (text, token.text)  # an emoticon, or a re-joined abbreviation
            split.append(token.text)
    return split


def test_tokens_equal_spacys_for_every_kept_word_in_context() -> None:
    """Kept special cases and whole words give spaCy's tokens, also after a prefix and before a suffix; where
    they do not, the trimmed tokenizer only splits one of spaCy's special-case tokens: an emoticon, or a piece
    spaCy's second special-case pass re-joins after an infix split ("w/o-based", "Hes." -> "He", "s.")."""
    full, trimmed = full_nlp().tokenizer, default_nlp_tokenizer()
    kept, whole = trim_special_cases(full.rules, prefix_search=full.prefix_search)
    texts = [context.format(word) for word in [*whole, *kept] for context in CONTEXTS]
    split = {text: split_special_cases_only(text, full, trimmed) for text in texts}
    differ = sorted(text for text, tokens in split.items() if tokens)
    assert len(texts) == 18_992 and len(differ) == 72
    assert {"and/or-based", "w/o-based", "Hes.", "Im.", "(ಠ_ಠ)"} <= set(differ)
    assert all(text.endswith(("-based", ".", "'", ")", ",")) for text in differ)


# ---------------------------------------------------------------------------------------------- negation

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Experience with Python isn't required.", [("python", "Python", True)]),
        ("Experience with Python isn’t required.", [("python", "Python", True)]),
        ("Python experience is not required.", [("python", "Python", True)]),
        ("Python experience is required.", [("python", "Python", False)]),
        ("SQL skills aren't required.", [("sql", "SQL", True)]),
        ("SQL skills aren’t needed.", [("sql", "SQL", True)]),
        ("SQL skills weren't necessary.", [("sql", "SQL", True)]),
        ("Tableau wasn’t required.", [("tableau", "Tableau", True)]),
        ("We don't require Tableau.", [("tableau", "Tableau", True)]),
        ("We don’t require Tableau.", [("tableau", "Tableau", True)]),
        ("We Don't Require Tableau.", [("tableau", "Tableau", True)]),
        ("The job doesn't require SAS.", [("sas", "SAS", True)]),
        ("The job doesn’t require SAS.", [("sas", "SAS", True)]),
        ("You won't need Tableau.", [("tableau", "Tableau", True)]),
        ("You won’t need Tableau.", [("tableau", "Tableau", True)]),
        ("You didn't need Python.", [("python", "Python", True)]),
        ("You can't need SQL.", [("sql", "SQL", True)]),
        ("You can’t need SQL.", [("sql", "SQL", True)]),
        ("Python cannot be considered.", [("python", "Python", True)]),
        ("Python Cannot be considered.", [("python", "Python", True)]),
        ("You needn't know SQL, it isn’t necessary.", [("sql", "SQL", True)]),
        # the contracted forms of the "not be ..." cues
        ("Experience with Python wouldn't be required; SQL is.", [("python", "Python", True), ("sql", "SQL", False)]),
        ("Tableau experience shouldn’t be required, but SQL is.", [("tableau", "Tableau", True), ("sql", "SQL", False)]),
        ("Knowledge of SAS isn't mandatory.", [("sas", "SAS", True)]),
        ("Python experience won't be credited.", [("python", "Python", True)]),
        # spaCy has no special case for these, with the full tokenizer or the trimmed one: no negation read
        ("Python experience isnt required.", [("python", "Python", False)]),
        ("Experience with Python ISN'T required.", [("python", "Python", False)]),
    ],
)
def test_negated_contractions(text: str, expected: list[tuple[str, str, bool]], full_matcher: SkillMatcher) -> None:
    found = map_skills(text, options=WITH_NEGATED)
    assert [(m.skill_id, m.text, m.negated) for m in found] == expected
    assert rows(found) == full_rows(full_matcher, text, WITH_NEGATED)
    assert [m.skill_id for m in map_skills(text)] == [s for s, _, negated in expected if not negated]


# ---------------------------------------------------------------------------------------------- same matches

def test_emoticon_misreading_fixed() -> None:
    """spaCy reads "):" in "(SDLC):" as an emoticon, hiding the parenthesis the acronym rule looks for."""
    text = "Software Development Life Cycle (SDLC): plan each release."
    found = map_skills(text)
    assert [(m.skill_id, m.text, m.method) for m in found] == [
        ("software-development-lifecycle", "Software Development Life Cycle", "exact"),
        ("software-development-lifecycle", "SDLC", "acronym"),
    ]
    assert found[1].reason == "acronym 'SDLC' in parentheses right after words of this skill whose initials it spells"


_TAXONOMY = load_taxonomy()
_FORMS = sorted({form.text for skill in _TAXONOMY.skills[:400] for form in skill.surface_forms()})[::7]
_TRAPS = ["R", "Excel", "Go", "Access", "Spark", "SAS", "Python", "SQL", "Tableau", "AI", "CX"]
_PIECES = [
    "isn't", "isn’t", "aren't", "doesn't", "doesn’t", "don't", "Don’t", "won't", "can't", "cannot", "Cannot",
    "wouldn't be", "shouldn’t", "I'm", "you're", "we’ll", "they've", "it's", "gonna", "id", "Wed", "isnt",
    "e.g.", "(e.g.", "e.g.,", "E.g.", "i.e.", "i.e.,", "U.S.", "Ph.D.", "a.m.", "p.m.", "9 a.m.", "and/or", "w/o", "vs.",
    "Dec.", "Mr.", "Inc.", "etc.", "St.", "No.", "required", "needed", "necessary", "be considered", "not",
    "required.", "is", "are", "experience with", "knowledge of", "and", "or", ",", "(", ")", ".", ";", ":",
    "Office", "Bureau of", "analysis", "data", "quantitative and", "qualitative", "management", "the",
]
_WORD = st.one_of(st.sampled_from(_FORMS), st.sampled_from(_TRAPS), st.sampled_from(_PIECES))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORD, min_size=1, max_size=30), joiner=st.sampled_from([" ", " ", ", ", "\n"]))
def test_matches_equal_the_full_tokenizers(words: list[str], joiner: str, full_matcher: SkillMatcher) -> None:
    """Texts of taxonomy forms, trap words, contractions and abbreviations (written with spaces around them,
    no emoticons: see the two tests above for where tokens differ) give the matches of spaCy's full tokenizer."""
    text = joiner.join(words)
    assert split_special_cases_only(text, full_matcher.nlp.tokenizer, default_nlp_tokenizer()) == []
    for options in (MatchOptions(), ALL_MATCHES):
        assert rows(map_skills(text, options=options)) == full_rows(full_matcher, text, options)


# ---------------------------------------------------------------------------------------------- user pipelines

def test_a_users_pipeline_keeps_its_tokenizer() -> None:
    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    matcher = get_matcher(nlp=nlp)
    assert matcher.nlp is nlp and nlp.tokenizer is tokenizer
    assert len(nlp.tokenizer.rules) == 1347 and nlp.tokenizer.token_match is None
    assert [t.text for t in nlp.tokenizer("(e.g. SQL):")] == ["(", "e.g.", "SQL", "):"]
    found = map_skills("Experience with Python isn't required, e.g. SQL.", nlp=nlp, options=WITH_NEGATED)
    assert [(m.skill_id, m.negated) for m in found] == [("python", True), ("sql", False)]
