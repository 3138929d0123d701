"""The bookkeeping every rewriting rule shares: the facts a rewrite must keep (:func:`extract_facts`,
:func:`lost_facts`), an edit and the offsets it moves, the context shared by the sections of one posting, and
two helpers that read the text before a position. :mod:`skillhire.rewrite` runs the rules."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from skillhire.lint import Finding
from skillhire.plain_language import overlaps, protected_spans

if TYPE_CHECKING:
    from skillhire.rewrite import RewriteOptions


# ------------------------------------------------------------------------------------------------------
# facts
# ------------------------------------------------------------------------------------------------------

_FACT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]", re.IGNORECASE)),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("phone", re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")),
    ("money", re.compile(r"\$\s?\d[\d,]*(?:\.\d+)?")),
    ("date", re.compile(
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? "
        r"\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b")),
    ("grade", re.compile(r"\b(?:GS|GG|GM|GL|CN|NH|NF|WG|WS|AD|SES|IC|FV|FG|SK|SV|ZP|ZA|DB|DE|DJ)[\s-]?\d{1,4}"
                         r"(?:[\s-]\d{1,2})?\b")),
    ("number", re.compile(r"(?<![\w.$/-])\d+(?:[.,]\d+)*%?(?![\w/-])")),
)
_LEGAL_FACT = re.compile(
    r"equal (?:employment )?opportunity|reasonable accommodation|veterans'? preference|preference eligible|"
    r"selective service|conditions? of employment|privacy act|e-verify|background investigation",
    re.IGNORECASE,
)


def extract_facts(text: str) -> Counter[tuple[str, str]]:
    """The facts in ``text``: numbers, money, dates, grades, series, emails, URLs, phones, legal statements.

    Returns:
        A multiset of ``(kind, value)``; legal statements are counted by their key phrase (lower case).

    Example:
        >>> sorted(extract_facts("Pay: $86,962 for GS-13. Email a@b.gov by 06/22/2021.").elements())
        [('date', '06/22/2021'), ('email', 'a@b.gov'), ('grade', 'GS-13'), ('money', '$86,962')]
    """
    facts: Counter[tuple[str, str]] = Counter()
    taken: list[tuple[int, int]] = []
    for kind, pattern in _FACT_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            value = re.sub(r"\s+", " ", m.group())
            facts[(kind, value)] += 1
    for m in _LEGAL_FACT.finditer(text):
        facts[("legal", re.sub(r"\s+", " ", m.group().lower()).replace("veterans preference", "veterans' preference"))] += 1
    return facts


def lost_facts(before: str, after: str) -> list[tuple[str, str]]:
    """Facts of ``before`` that ``after`` has fewer of (each lost occurrence once), sorted."""
    missing = extract_facts(before) - extract_facts(after)
    return sorted(missing.elements())


# ------------------------------------------------------------------------------------------------------
# edits and offset bookkeeping
# ------------------------------------------------------------------------------------------------------


@dataclass(order=True)
class _Edit:
    start: int
    end: int
    replacement: str = field(compare=False)
    rule: str = field(compare=False)
    reason: str = field(compare=False)
    source: str = field(compare=False)
    key: str = field(default="", compare=False)  # glossary entry explained by this edit
    in_names: bool = field(default=False, compare=False)  # may touch text the name heuristic protects


class _OffsetMap:
    """Maps offsets in the current text back to the original text across rounds of edits."""

    def __init__(self) -> None:
        self.rounds: list[list[tuple[int, int, int]]] = []  # per round: (start, end, new_length) in pre-round text

    def add(self, edits: list[_Edit]) -> None:
        self.rounds.append([(e.start, e.end, len(e.replacement)) for e in edits])

    def to_original(self, pos: int, *, is_end: bool = False) -> int:
        for edits in reversed(self.rounds):
            delta = 0
            mapped = None
            for start, end, new_len in edits:
                new_start = start + delta
                new_end = new_start + new_len
                if pos < new_start:
                    break
                if pos <= new_end and (pos < new_end or is_end):
                    mapped = end if (is_end and pos == new_end) else (start if pos < new_end or new_len == 0 else end)
                    break
                delta += new_len - (end - start)
            pos = mapped if mapped is not None else pos - delta
        return pos


def _apply(text: str, edits: list[_Edit]) -> str:
    out = []
    last = 0
    for e in edits:
        out.append(text[last:e.start])
        out.append(e.replacement)
        last = e.end
    out.append(text[last:])
    return "".join(out)


# meaning review 20 (held-out questionnaires): a test item about the wording of a passage ("Read the following
# sentences ... Which of the underlined words or phrases in the sentences above should be changed?" with the words as
# its answer options) was rewritten: "notified" became "told" in the passage and in option C, which changes the
# question and its key. Such an item is quoted material: from its number to the next numbered item, nothing changes
_WORDING_ITEM_CUE_RE = re.compile(r"\b(?:underlined|should\s+be\s+changed|misspell(?:ed|ing)s?|(?:correctly|incorrectly)\s+"
                                  r"(?:spelled|written|punctuated|capitali[sz]ed)|grammatical(?:ly)?\s+(?:correct|"
                                  r"incorrect|errors?))\b", re.IGNORECASE)
_ITEM_NUMBER_RE = re.compile(r"^[ \t]*\d{1,3}\.[ \t]", re.MULTILINE)


def _wording_items(text: str) -> list[tuple[int, int]]:
    """The spans of the test items in ``text`` that ask about the wording of a passage (see above)."""
    spans: list[tuple[int, int]] = []
    for cue in _WORDING_ITEM_CUE_RE.finditer(text):
        starts = [m.start() for m in _ITEM_NUMBER_RE.finditer(text, 0, cue.start())]
        if not starts or (spans and spans[-1][1] > cue.start()):
            continue
        after = _ITEM_NUMBER_RE.search(text, cue.end())
        spans.append((starts[-1], after.start() if after else len(text)))
    return spans


def _select(edits: list[_Edit], protected: list[tuple[int, int]], text: str) -> list[_Edit]:
    """Non-overlapping edits outside protected spans that change something; earlier-listed rules win ties."""
    chosen: list[_Edit] = []
    unnamed: list[tuple[int, int]] | None = None
    items = _wording_items(text)
    for _index, e in sorted(enumerate(edits), key=lambda pair: (pair[1].start, pair[1].end, pair[0])):
        if text[e.start:e.end] == e.replacement:
            continue
        if items and any(a <= e.end and e.start < b for a, b in items):
            continue
        if e.in_names:
            if unnamed is None:
                unnamed = protected_spans(text, names=False)
            if e.end > e.start and overlaps(unnamed, e.start, e.end):
                continue
        elif e.end > e.start and overlaps(protected, e.start, e.end):
            continue
        if e.end == e.start:
            spans = protected
            if e.in_names:
                if unnamed is None:
                    unnamed = protected_spans(text, names=False)
                spans = unnamed
            if overlaps(spans, e.start - 1 if e.start else 0, e.start + 1) and overlaps(spans, e.start, e.start + 1):
                continue
        if chosen and (e.start < chosen[-1].end or (e.start == chosen[-1].end == chosen[-1].start == e.end)):
            continue
        chosen.append(e)
    return chosen


# ------------------------------------------------------------------------------------------------------
# context shared by the sections of one posting
# ------------------------------------------------------------------------------------------------------


@dataclass
class _Context:
    rules: frozenset[str]
    options: RewriteOptions
    whole_text: str  # the original posting text, lower case (to know what is already explained)
    series: str | None
    series_source: str
    positive_education: bool | None
    explained: set[str] = field(default_factory=set)
    notes: list[Finding] = field(default_factory=list)
    glossary_checked: bool = False


# ------------------------------------------------------------------------------------------------------
# clause helpers
# ------------------------------------------------------------------------------------------------------


def _previous_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z']+)\W*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _clause_start(text: str, pos: int) -> bool:
    window = text[max(0, pos - 40):pos]
    before = window.rstrip(" \t\"'(\u201c")
    if not before:
        return pos <= 40 or text[:pos].strip(" \t\"'(\u201c") == ""
    if before[-1] in ".!?:;\n":
        return True
    return bool(re.search(r"(?:^|\n)\s*(?:[-*\u2022]|\d+[.)])$", before))
