"""The matcher's fast paths give exactly what their plain versions give.

The list rules (coordination ellipsis) read tokens lazily and skip matches whose leading words start no form;
the plain versions below (as the rules were first written, reading every token of the window) are the
reference. Each property maps random lists through the real matcher with both versions compared at every call.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillhire import MatchOptions, map_skills
from skillhire.skills import (
    _COORDINATORS,
    _ELLIPSIS_WINDOW,
    SkillMatcher,
    _Candidate,
    _candidate,
    _ends_phrase,
    _neighbours_agree,
    get_matcher,
)


def reference_ellipsis_left(self: SkillMatcher, doc, positions, candidates) -> list[_Candidate]:
    """Left list items, reading the whole window of every cue that passes the first check."""
    found: list[_Candidate] = []
    size = len(doc)
    heads_of, stop, coordinators = self._ellipsis_heads, self._stop_words, _COORDINATORS
    for i, word in positions:
        seconds = heads_of[word]
        j = i + 2
        item = doc[j].lower_ if j < size else ""
        if item in coordinators:
            j += 1
            item = doc[j].lower_ if j < size else ""
        following_item = doc[j + 1].lower_ if j + 1 < size else ""
        if following_item not in coordinators and following_item not in seconds:
            continue
        lows = [t.lower_ for t in doc[i : min(size, i + _ELLIPSIS_WINDOW)]]
        limit = len(lows)

        def at(j: int, lows: list[str] = lows, limit: int = limit) -> str:
            return lows[j] if j < limit else ""

        k = 1
        while True:
            joined = False
            while at(k) in coordinators:
                joined = joined or lows[k] != ","
                k += 1
            if not at(k).isalpha():
                break
            if at(k + 1) in coordinators:
                k += 1
                continue
            if not joined or at(k + 1) not in seconds:
                break
            for length in (3, 2, 1):
                after = k + 1 + length
                if not all(at(j).isalpha() for j in range(k + 1, after)):
                    continue
                following = at(after) if after < limit else (doc[i + after].lower_ if i + after < size else "")
                if following.isalpha() and following not in stop and not any(
                    c.tok_start == i + k and c.tok_end == i + after for c in candidates
                ):
                    continue  # unless the last item and the head are a mention themselves (round 11)
                head_words = " ".join(lows[k + 1 : after])
                entry = self._ellipsis_entry(word + " " + head_words)
                if entry is None:
                    continue
                first = doc[i]
                last = self._ellipsis_entry(lows[k] + " " + head_words)
                if last is not None and last.skill is entry.skill and not any(
                    c.tok_start <= i < c.tok_end for c in candidates
                ):
                    end_token = doc[i + after - 1]
                    found.append(_candidate(i, i + after, first.idx, end_token.idx + len(end_token), entry, "ellipsis"))
                else:
                    found.append(_candidate(i, i + 1, first.idx, first.idx + len(first), entry, "ellipsis"))
                break
            break
    return found


def reference_ellipsis_right(self: SkillMatcher, doc, text, chosen) -> list[_Candidate]:
    """Right list items, with the leading words of every match read and looked up."""
    found: list[_Candidate] = []
    size = len(doc)
    for cand in chosen:
        end = cand.end
        following = text[end : end + 1]
        if following == " ":
            if not text.startswith((" and ", " or ", " & ", " / ", " and\n", " or\n"), end):
                continue
        elif following not in {",", "/", "&"}:
            continue
        tok_start, k, entry = cand.tok_start, cand.tok_end, cand.entry
        if k - tok_start < 2 or entry.skill is None or entry.case_sensitive:
            continue
        words = entry.form.casefold().split(" ")
        if len(words) == k - tok_start and all(w.isalpha() for w in words):
            prefix = " ".join(words[:-1])
        else:
            prefix = " ".join(t.lower_ for t in doc[tok_start : k - 1])
        same_until = -1
        while k < size:
            while k < size and doc[k].lower_ in _COORDINATORS:
                k += 1
            if k >= size or not doc[k].is_alpha:
                break
            item = doc[k]
            key = prefix + " " + item.lower_
            if not self._lower_forms.get(key) or not _ends_phrase(doc, k + 1):
                break
            entry = self._ellipsis_entry(key, cand.entry)
            if entry is not None:
                found.append(_candidate(k, k + 1, item.idx, item.idx + len(item), entry, "ellipsis"))
            elif not any(c.tok_start <= k < c.tok_end for c in chosen):
                same_until = k
            else:
                break
            k += 1
            if k >= size or doc[k].lower_ not in _COORDINATORS:
                break
        if same_until >= 0:
            last = doc[same_until]
            found.append(_candidate(cand.tok_start, same_until + 1, cand.start, last.idx + len(last), cand.entry,
                                    "ellipsis"))
    return found


@contextmanager
def compared_with_references(calls: dict[str, int]):
    """Patch the list rules so that each call also runs its reference and asserts the same candidates."""
    fast_left, fast_right = SkillMatcher._ellipsis_left, SkillMatcher._ellipsis_right

    def left(self, doc, positions, candidates):
        found = fast_left(self, doc, positions, candidates)
        assert found == reference_ellipsis_left(self, doc, positions, candidates)
        calls["left"] += 1
        calls["left_found"] += len(found)
        return found

    def right(self, doc, text, chosen):
        found = fast_right(self, doc, text, chosen)
        assert found == reference_ellipsis_right(self, doc, text, chosen)
        calls["right"] += 1
        calls["right_found"] += len(found)
        return found

    SkillMatcher._ellipsis_left, SkillMatcher._ellipsis_right = left, right
    try:
        yield
    finally:
        SkillMatcher._ellipsis_left, SkillMatcher._ellipsis_right = fast_left, fast_right


LIST_WORDS = [
    "data", "quantitative", "qualitative", "technical", "operational", "statistical", "customer", "employee",
    "analysis", "analyses", "documentation", "methods", "management", "collection", "governance", "quality",
    "research", "analyzing", "collecting", "extracting", "transforming", "loading", "assisting", "advising",
    "customers", "software", "systems", "engineering", "design", "development", "testing", "security",
    "and", "or", ",", ", and", "/", "&", "the", "of", "other", "Data", "Extraction", "Transformation",
    "Cleansing", "Quantitative", "AND", "(", ")", "-", "\n", ".", "e.g.", "as well as",
]


def test_references_see_the_list_rules_fire() -> None:
    """The property below is not vacuous: on a known list both rules are called and find items."""
    calls = dict.fromkeys(("left", "left_found", "right", "right_found"), 0)
    with compared_with_references(calls):
        found = map_skills("Quantitative and qualitative analysis, data collection and analysis.")
    assert [(m.skill_id, m.text) for m in found] == [
        ("quantitative-analysis", "Quantitative"), ("qualitative-research", "qualitative analysis"),
        ("data-collection", "data collection"), ("data-analysis", "analysis"),
    ]
    assert calls["left_found"] >= 1 and calls["right_found"] >= 1


def _list_vocabulary() -> tuple[list[str], list[str]]:
    """Two-word forms of the bundled taxonomy whose first word is a list modifier, and all two-word forms."""
    matcher = get_matcher()
    forms = sorted(key for key in matcher._lower_forms if key.count(" ") == 1 and key.replace(" ", "").isalpha())
    return [key for key in forms if key.split(" ")[0] in matcher._ellipsis_heads], forms


MODIFIED, TWO_WORD = _list_vocabulary()
COORDINATORS = [" and ", " or ", ", ", ", and ", " / ", "/", " & ", " , ", " AND "]
FILLER = ["the", "other", "of", "new", "(", ")", "-", ".", "\n", "e.g.", "as well as", "including", "Data"]


@st.composite
def list_texts(draw) -> str:
    """Sentences of lists built from the taxonomy's own forms: left lists ("quantitative and qualitative
    analysis", "W, X and Y head"), right lists ("data collection and analysis"), with filler between."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        shape = draw(st.sampled_from(["left", "right", "filler"]))
        if shape == "left":
            first, head = draw(st.sampled_from(MODIFIED)).split(" ")
            items = [first, *draw(st.lists(st.sampled_from([*FILLER, *(f.split(" ")[0] for f in TWO_WORD)]),
                                           max_size=3))]
            joined = items[0]
            for item in items[1:]:
                joined += draw(st.sampled_from(COORDINATORS)) + item
            parts.append(joined + " " + head + draw(st.sampled_from(["", " data", " systems", " and", "."])))
        elif shape == "right":
            modifier, head = draw(st.sampled_from(TWO_WORD)).split(" ")
            others = [f.split(" ")[1] for f in TWO_WORD if f.startswith(modifier + " ")] + FILLER
            text = f"{modifier} {head}"
            for item in draw(st.lists(st.sampled_from(others), min_size=1, max_size=3)):
                text += draw(st.sampled_from(COORDINATORS)) + item
            parts.append(text)
        else:
            parts.append(" ".join(draw(st.lists(st.sampled_from(FILLER), max_size=4))))
    text = " ".join(parts)
    return text.upper() if draw(st.integers(0, 9)) == 0 else text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(list_texts())
def test_property_list_rules_equal_their_plain_versions(text: str) -> None:
    """On random lists built from the taxonomy's forms, every call of the fast list rules returns exactly
    the candidates of the plain versions."""
    calls = dict.fromkeys(("left", "left_found", "right", "right_found"), 0)
    with compared_with_references(calls):
        map_skills(text)
        map_skills(text, options=MatchOptions(fuzzy=False))


def reference_neighbours_agree(lowered: str, start: int, end: int, key: str, position: int) -> bool:
    """The fuzzy fallback's neighbour check as first written: the form split and joined at every call."""
    words = key.split(" ")
    before, after = " ".join(words[:position]), " ".join(words[position + 1 :])
    if any(not w.isalnum() for w in words):
        return True
    if before and not lowered[max(0, start - len(before) - 1) : start].rstrip().endswith(before):
        return False
    return not after or lowered[end : end + len(after) + 1].lstrip().startswith(after)


NEIGHBOUR_WORDS = ["data", "analysis", "user", "research", "c++", "a/b", "ux", "", "x"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(NEIGHBOUR_WORDS), min_size=1, max_size=4),
    st.data(),
    st.text(alphabet="ab dt/+\n", max_size=12),
    st.text(alphabet="ab dt/+\n", max_size=12),
)
def test_property_neighbours_agree_equals_its_plain_version(words, data, left: str, right: str) -> None:
    """The neighbour check with each form's words worked out once (``_form_neighbours``) answers as the plain
    version on random forms, positions and surrounding text (misspelt word in the middle)."""
    key = " ".join(words)
    position = data.draw(st.integers(0, len(words) - 1))
    lowered = left + "misspelt" + right
    start, end = len(left), len(left) + len("misspelt")
    assert _neighbours_agree(lowered, start, end, key, position) == reference_neighbours_agree(
        lowered, start, end, key, position
    )


@pytest.mark.parametrize(
    "lowered, key, position, expected",
    [
        ("strong data visualisaton skills", "data visualization", 1, True),
        ("strong user visualisaton skills", "data visualization", 1, False),
        ("the usre research team", "user research", 0, True),
        ("the usre analysis team", "user research", 0, False),
        ("a c++ progamming role", "c++ programming", 1, True),  # a word that is not alphanumeric: passes
    ],
)
def test_neighbours_agree_table(lowered: str, key: str, position: int, expected: bool) -> None:
    word = {"data visualization": "visualisaton", "user research": "usre", "c++ programming": "progamming"}[key]
    start = lowered.index(word)
    end = start + len(word)
    assert _neighbours_agree(lowered, start, end, key, position) is expected
    assert reference_neighbours_agree(lowered, start, end, key, position) is expected
