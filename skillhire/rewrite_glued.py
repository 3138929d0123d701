"""The ``glued-words`` rule of :mod:`skillhire.rewrite`: words that a copy of the announcement ran together get
their space or line break back ("asexperience", "GS-14in", "the MinimumEducation Requirement").

Round 25b (:func:`_rule_glued_names`, run by the engine in a repair round of its own before the other rules): a list
of names that lost its line breaks ("... Civilian EmployeesCurrent Permanent ... (non-Army)Defense Civilian ...
12721Interagency ...") gets one name per line ("- " items where the list's first and last names are clear), a
function word glued to a capital its space ("byExecutive", "aData"), and, inside legal sentences only, the spaces of
:func:`_rule_glued_words` and a sentence end glued to the next sentence ("process.Veterans"). These edits add only
whitespace, so they may touch names and legal sentences (the legal sentence was found by a sentence split that the
lost breaks had broken); web addresses, email addresses, phone numbers and quotations stay whole."""

from __future__ import annotations

import functools
import re

from skillhire.rewrite_edits import _Edit

# ------------------------------------------------------------------------------------------------------
# rule: words run together when the announcement was copied
# ------------------------------------------------------------------------------------------------------

_GLUE_SOURCE = "text repair of copied announcements (CMU Pronouncing Dictionary word check)"
# function words that end up glued to the next word ("asexperience", "possessthe", "byExecutive"). Left out on
# purpose: "in", "on", "a", "an", "is", "are" (prefixes of real words: "onboarding", "inbound", "asynchronous")
_GLUE_LEFT = frozenset({"as", "the", "of", "and", "or", "for", "with", "to", "by", "at", "that", "this", "your", "be",
                        "from", "will"})
# function words glued to the word before ("degreein", "dateof", "positionfor", "withinthe", "clickhere"; round 11:
# "experienceis", the word before "is" of five letters or more as before "in")
_GLUE_RIGHT = frozenset({"the", "and", "of", "to", "in", "for", "or", "with", "here", "your", "is"})
# two content words run together ("softwareengineering", "Requirementabove", "demonstratesknowledge") are split
# only when both are dictionary words of five letters or more and the first is not a combining form nor the second
# a suffix, since real compounds missing from the dictionary are built that way ("cybersecurity",
# "interrelationships", "psychometrics", "creditability", "librarianship"); four-letter parts make real words too
# often ("coursework", "telework", "metadata", "Lackland")
_COMBINING_FORMS = frozenset({
    "inter", "intra", "cyber", "psycho", "crypto", "micro", "macro", "multi", "hyper", "super", "under", "counter",
    "infra", "ultra", "trans", "photo", "video", "electro", "retro", "socio", "neuro", "hydro", "thermo", "cross",
    "after", "other", "where", "there", "every", "through", "mother", "father", "water", "power", "foot", "break",
    "stake", "share", "frame", "score", "bench", "check", "touch", "house", "light", "night", "black", "white",
})
_SUFFIX_WORDS = frozenset({"ability", "abilities", "ables", "metrics", "graphic", "graphics", "ically", "ization",
                           "izations", "ology", "ologies", "ships", "holder", "holders", "wise", "worthy", "based"})
# the last part of a place name: a capitalised token ending in one is a town ("Holtsville", "Bakersfield",
# "Portsmouth"), never two words run together
_PLACE_ENDINGS = frozenset({"ville", "field", "fields", "borough", "burgh", "ridge", "haven", "brook", "mouth", "worth",
                            "water", "crest", "shire", "bridge", "grove", "springs", "falls", "heights", "hills"})
_GLUE_TOKEN_RE = re.compile(r"(?<![\w./@'\u2019-])[A-Za-z]{5,}(?![\w@'\u2019]|[./-]\w)")
# a number glued to the word after it ("GS-09level", "14salary"), not an ordinal or a unit
_GLUE_NUMBER_RE = re.compile(r"(?<=\d)(?=[a-z]{4,}\b)")
# round 9: what that misses. A grade glued to a short function word ("GS-14in the", "GS-12or GS-13", "GS-11and
# above"; a grade is never followed by letters, so any of these words is a lost space), and a number glued to a
# capitalised dictionary word ("E.O. 12721Interagency Career ...", "GS-13Specialized"), where a list item's line
# break was lost; not "3D", "5G" or "2FA" (no lower-case word follows)
_GLUE_GRADE_WORD_RE = re.compile(r"(?<![\w.])(?:[A-Z]{2}-?\d{1,2})(?P<word>in|or|and|at|to|of|for|is|on|with)\b")
_GLUE_NUMBER_CAPITAL_RE = re.compile(r"(?<![\w.$/-])(?:[A-Z]{2}-)?\d{1,6}(?P<word>[A-Z][a-z]{3,})\b")
# two capitalised words run together in running text or at a line start ("meeting the MinimumEducation
# Requirement"): both parts dictionary words, the glued form not a dictionary word and not a known CamelCase name
# (SharePoint, PowerShell, JavaScript: the bundled skills taxonomy's and O*NET title index's names). Round 10: a
# first part of four letters too ("Assistance PlanMilitary Spouses"), under the same guards
_GLUE_CAMEL_RE = re.compile(r"(?<![\w./@'\u2019-])(?P<left>[A-Z][a-z]{3,})(?P<right>[A-Z][a-z]{3,})(?![\w@'\u2019]|[./-]\w)")
_CAMEL_NAMES_EXTRA = frozenset({"PowerPoint", "OneDrive", "OneNote", "YouTube", "WordPerfect", "QuickBooks",
                                "FaceTime", "WhatsApp", "DropBox", "SkyDrive", "PowerApps", "SmartSheet"})


@functools.cache
def _camel_case_names() -> frozenset[str]:
    """Real CamelCase product and program names, from the bundled skills taxonomy and O*NET title index."""
    import gzip

    from skillhire._resources import data_dir
    from skillhire.series import TITLES_FOLDER
    from skillhire.taxonomy import _skills_folder, list_taxonomies
    from skillhire.titles import INDEX_FILE

    names = set(_CAMEL_NAMES_EXTRA)
    texts = [(_skills_folder() / f"{name}.json").read_text(encoding="utf-8") for name in list_taxonomies()]
    texts.append(gzip.decompress((data_dir("taxonomies") / TITLES_FOLDER / INDEX_FILE).read_bytes()).decode("utf-8"))
    for text in texts:
        names.update(re.findall(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b", text))
    return frozenset(names)


# "OR" / "AND" in capitals (a qualification path's joiner, often bold in the original) run together with a word:
# "relatedOR", "ORMaster's"; the space goes where the case changes
_GLUE_JOINER_RE = re.compile(r"(?<=[a-z]{3})(?=(?P<token>OR|AND)\b)|(?:(?<=\bOR)|(?<=\bAND))(?=(?P<token2>[A-Z][a-z]{2,}))")
# round 11: "OR" / "AND" in capitals between two qualification paths, glued to the full stop (or semicolon) of the
# one before and to the first word of the next ("... Honor Societies (https://www.achsnatl.org/).ORA combination of
# ..."): the joiner goes on a line of its own, as the posting writes it elsewhere. The first word is a capitalised
# word, "A"/"An" or "I" before a space, a bracketed or plain number; the full stop ends a word or a bracket (a web
# address in brackets stays whole: the line breaks go after its closing bracket and full stop)
_GLUE_PATH_JOINER_RE = re.compile(
    r"(?<=[a-z)\]][.;])(?P<token>OR|AND)(?P<gap>,?[ \t]*)(?=[A-Z][a-z]+\b|(?:A|An|I)[ \t]|\(\w{1,3}\)[ \t]|\d{1,2}[.)][ \t])")
_DOUBLE_STOP_RE = re.compile(r"(?<=[a-z)])\.\.(?=[ \t\n]|$)")
_GLUE_URL_RE = re.compile(r"(?<=[a-z]{3}:)(?=(?:https?://|www\.)\w)")
# "degree,eight": a comma between two lower-case words with the space after it lost
_GLUE_COMMA_RE = re.compile(r"(?<=[a-z]{3},)(?=[a-z]{3}|(?:or|and)\b|(?:or|and)?\d)")
# "or"/"and" run into the number or capitalised word after it once a comma lost its spaces (",or3 full years",
# ",orLL.M."), and a third word between two dictionary words ("computer scienceorbachelor's degree")
_GLUE_OR_RE = re.compile(r"(?<=,or)(?=\d|[A-Z]{2})|(?<=,and)(?=\d|[A-Z]{2})|(?<=,or,)(?=[\w(])|(?<=,and,)(?=[\w(])")
_GLUE_MIDDLE_RE = re.compile(r"(?<![\w./@'\u2019-])(?P<left>[a-z]{4,})(?P<joiner>or|and)(?P<right>[a-z]{4,})(?=(?:['\u2019]s)?\b)(?![./@-]\w)")
# a function word run into a grade ("at theGS-09 grade level")
_GLUE_GRADE_RE = re.compile(r"(?<![\w./@'\u2019-])(?P<word>[a-z]{2,4})(?=[A-Z]{2}-?[ \t]?\d)")
# a word run into the one before it after a hyphen ("part-timework", "full-timework")
_GLUE_AFTER_HYPHEN_RE = re.compile(r"(?<=[A-Za-z]-)(?P<token>[a-z]{8,})(?![\w@'\u2019-])")


# the end of one sentence run into the start of the next, where a line break was lost in the copy ("... for this
# positionThis job is ..."): a lower-case dictionary word that can end a sentence, then a capitalised word that
# commonly opens one in announcements
_SENTENCE_STARTERS = frozenset({
    "This", "The", "These", "Those", "You", "Your", "We", "Our", "They", "It", "There", "Applicants", "Candidates",
    "All", "Each", "If", "For", "To", "In", "Please", "Note", "Only", "Current", "Specialized", "Experience",
    "Education", "Qualified", "Such", "When", "Under", "Selectees", "Some", "Any", "Additional", "Federal",
})
_NOT_SENTENCE_END = frozenset({
    "the", "a", "an", "of", "and", "or", "nor", "but", "for", "with", "to", "by", "at", "in", "on", "from", "as",
    "that", "this", "these", "those", "your", "our", "their", "its", "is", "are", "was", "were", "be", "will", "must",
    "may", "can", "should", "which", "who", "whose", "under", "into", "than", "such", "any", "each", "all", "per",
})
_SENTENCE_GLUE_RE = re.compile(r"(?<![\w./@'\u2019-])(?P<left>[a-z]{3,})(?P<right>[A-Z][a-z]+)(?=[ \t]+[A-Za-z(])")


# a sentence opener that never sits inside a sentence with its capital ("In order to", "If you", "For more
# information"), after a word with no full stop between: a sentence or paragraph break lost in the copy ("Who May
# Apply: US Citizens In order to qualify, ...", "... Stress Tolerance Teamwork In order to be considered, ...");
# the opener's next word is lower case, so a Title Case heading ("Training In Order To Lead") is not one
_LOST_BREAK_RE = re.compile(
    r"(?<=[A-Za-z)0-9])(?P<gap>[ \t]+)(?P<opener>In[ \t]+order[ \t]+to|If[ \t]+you|For[ \t]+more[ \t]+information|"
    r"To[ \t]+be[ \t]+considered|You[ \t]+must|In[ \t]+addition[ \t]+to"
    # round 26: a pronoun with its verb ("... Navy fleet aircraft You can read more ...", "... Doctoral Degree There is
    # no education substitution ...", "- Writing You will receive a numeric rating ...")
    r"|You[ \t]+(?:can|may|will|should)|We[ \t]+(?:will|may|can|must)|There[ \t]+(?:is|are)"
    # a noun subject with its modal: only after a lower-case word or a year (below), since after a name it may be
    # the name's next word ("Schedule A applicants must"); "A"/"An" before a singular noun only ("A transcript must
    # be sent", never "A applicants")
    r"|(?P<noun>(?:Applicants?|Candidates?)[ \t]+(?:must|may|will|should)|All[ \t]+(?:[a-z]+[ \t]+){1,2}"
    r"(?:must|will|may|should)|An?[ \t]+[a-z]+(?<!s)[ \t]+(?:must|will|may|should)))\b")
_JOINER_WORDS = frozenset({"and", "or", "nor", "but", "the", "a", "an", "of", "to", "in", "for", "with", "that", "than",
                           "as", "is", "are", "be", "by", "at", "on", "from", "not"})


def _lost_breaks(text: str) -> list[_Edit]:
    """A sentence (or paragraph) break before "In order to", "If you", ... that the copy lost."""
    edits = []
    for m in _LOST_BREAK_RE.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        last = re.search(r"[\w'\u2019-]+\)?$", before)
        if not last or last.group().lower().rstrip(")") in _JOINER_WORDS:
            continue  # "AND In addition to", "than If you": a joiner, not the end of a sentence
        token = before.rsplit(None, 1)[-1] if before.strip() else ""
        date = re.fullmatch(r"(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d", token)
        if last.group()[:1].isdigit() and not date:
            continue  # round 26: a number ends a sentence only as a year or a date ("by 11/29/2021 Applicant must
            # have ..."); "GS-12 You" or "Section 508 You" may be the end of a heading, left to the other rules
        if not date and re.search(r"[/=@.]", token):
            continue  # round 26: after a web address or an abbreviation ("... #url=app All ...", "U.S. All"): an
            # address takes no full stop, and an abbreviation's stop may already end the sentence
        if m.group("noun") and not (last.group()[:1].islower() or last.group()[:1].isdigit()):
            continue  # round 26: "Schedule A Applicants must ...", "U.S. National All new hires will ...": after a
            # capitalised word the noun may be the name's next word; left alone
        tail = re.split(r"[.!?:;]\s+", before)[-1]  # what runs on since the last sentence end or colon
        words = re.findall(r"[A-Za-z][\w'\u2019-]*", tail)
        heading = words and all(w[0].isupper() or w.lower() in _JOINER_WORDS for w in words)
        new = "\n\n" if heading else ". "
        opener = re.sub(r"\s+", " ", m.group("opener"))
        what = ("a heading or list item run into the paragraph after it" if heading
                else "the end of a sentence run into the next")
        edits.append(_Edit(m.start("gap"), m.end("gap"), new, "glued-words",
                           f'"{last.group()} {opener}": {what} (a break lost in the copy) -> '
                           + ("a new paragraph" if heading else "a full stop"), _GLUE_SOURCE, in_names=True))
    return edits


def _glue_split(token: str) -> int | None:
    """Where to put the space in a run-together token, or None (rules in :func:`_rule_glued_words`)."""
    from skillhire.readability import _cmudict

    known = _cmudict()
    lower = token.lower()
    if lower in known:
        return None
    inner_capitals = [i for i, c in enumerate(token) if c.isupper() and i > 0]
    if len(inner_capitals) > 1 or (token[1:].isupper()):
        return None  # "LinkedIn"-like names and acronyms
    for i in range(2, len(lower) - 1):
        left, right = lower[:i], lower[i:]
        if inner_capitals and inner_capitals[0] != i:
            continue
        if left in _GLUE_LEFT and len(right) >= 4 and right in known and (token[0].islower() or not inner_capitals):
            return i
        if right in _GLUE_RIGHT and not inner_capitals and len(left) >= (5 if right in ("in", "is") else 4) and left in known:
            return i
    if inner_capitals:
        return None
    for i in range(5, len(lower) - 4):
        left, right = lower[:i], lower[i:]
        if token[0].isupper() and right in _PLACE_ENDINGS:
            return None  # meaning review 20 (held-out): "Holtsville, NY" is a town, not "Holts ville"
        if (left in known and right in known and left not in _COMBINING_FORMS and right not in _SUFFIX_WORDS
                and not right.startswith(("ing", "ed", "er", "ly", "ness", "ment", "ship"))):
            return i
    return None


def _rule_glued_words(text: str) -> list[_Edit]:
    """A space where the copy of an announcement lost one: "defined asexperience" -> "defined as experience".

    A token is split in two only when it is not a dictionary word (CMU Pronouncing Dictionary), one part is a
    function word ("as", "the", "of", "and", "to", "by", ...; never "in"/"on"/"a" at the front, which start
    real words such as "onboarding") and the other a dictionary word of four or more letters; a name with two
    inner capitals ("LinkedIn") or in capitals is left alone, and an inner capital must sit at the join
    ("theSelective"). A number glued to a dictionary word of four or more letters gets a space too ("GS-09level"), so
    do "OR" / "AND" in capitals run together with a word ("relatedOR", "ORMaster's") and a comma between two
    lower-case words ("degree,eight"). A sentence run into the next where a line break was lost ("for this
    positionThis job is") gets its full stop and space back, when the first part is a dictionary word that can end
    a sentence (not "the", "of", "and", ...) and the second a capitalised word that commonly opens one ("This",
    "You", "Applicants", ...).
    """
    from skillhire.readability import _cmudict

    known = _cmudict()
    edits: list[_Edit] = []
    for m in _GLUE_TOKEN_RE.finditer(text):
        if m.group().lower() in known:
            continue  # most words: a dictionary word is not two words
        cut = _glue_split(m.group())
        if cut is None:
            continue
        a = m.start() + cut
        new_text = f"{text[m.start():a]} {text[a:m.end()]}"
        edits.append(_Edit(a, a, " ", "glued-words", f'"{m.group()}" -> "{new_text}": two words run together',
                           _GLUE_SOURCE, in_names=True))
    for m in _GLUE_MIDDLE_RE.finditer(text):
        left, joiner, right = m.group("left", "joiner", "right")
        if m.group().lower() in known or left not in known or right not in known:
            continue
        for a in (m.start("joiner"), m.start("right")):
            edits.append(_Edit(a, a, " ", "glued-words", f'"{m.group()}" -> "{left} {joiner} {right}": three words '
                               "run together", _GLUE_SOURCE, in_names=True))
    for m in _GLUE_GRADE_RE.finditer(text):
        if m.group("word") in _GLUE_LEFT:
            edits.append(_Edit(m.end(), m.end(), " ", "glued-words", f'"{m.group()}" run together with the grade after '
                               "it: a space between them", _GLUE_SOURCE, in_names=True))
    for m in _GLUE_AFTER_HYPHEN_RE.finditer(text):
        token = m.group("token")
        if token in known:
            continue
        for i in range(4, len(token) - 3):
            if token[:i] in known and token[i:] in known and token[i:] not in _SUFFIX_WORDS and token[i:] not in (
                    "ings", "ness", "ment", "ship"):
                a = m.start() + i
                edits.append(_Edit(a, a, " ", "glued-words", f'"{token}" after a hyphen -> "{token[:i]} {token[i:]}": '
                                   "two words run together", _GLUE_SOURCE, in_names=True))
                break
    for m in _GLUE_PATH_JOINER_RE.finditer(text):
        token = m.group("token")
        reason = (f'"{text[m.start() - 1:m.end() + 12].strip()}...": "{token}" between two qualification paths run '
                  f'together with both -> "{token}" on a line of its own')
        edits.append(_Edit(m.start(), m.start(), "\n", "glued-words", reason, _GLUE_SOURCE, in_names=True))
        edits.append(_Edit(m.end("token"), m.end(), "\n", "glued-words", reason, _GLUE_SOURCE, in_names=True))
    for m in _DOUBLE_STOP_RE.finditer(text):  # round 11: "... management functions.. 4. Ability", "if related.. We"
        edits.append(_Edit(m.start(), m.start() + 1, "", "glued-words", "a doubled full stop -> one", _GLUE_SOURCE,
                           in_names=True))
    for m in _GLUE_URL_RE.finditer(text):  # round 11: "website:https://www.opm.gov/..." -> "website: https://..."
        edits.append(_Edit(m.start() - 1, m.start(), ": ", "glued-words", "a web address glued to the colon of the word "
                           "before it: a space between them", _GLUE_SOURCE, in_names=True))
    for regex, what in ((_GLUE_JOINER_RE, '"OR" / "AND" in capitals run together with a word'),
                        (_GLUE_COMMA_RE, "a comma with no space after it, between two words"),
                        (_GLUE_OR_RE, '"or" / "and" run together with the word after it')):
        for m in regex.finditer(text):
            glued = re.search(r"\S*$", text[:m.start()]).group() + re.match(r"\S*", text[m.start():]).group()
            edits.append(_Edit(m.start(), m.start(), " ", "glued-words", f'"{glued}": {what}', _GLUE_SOURCE,
                               in_names=True))
    for m in _SENTENCE_GLUE_RE.finditer(text):
        left, right = m.group("left"), m.group("right")
        if (right in _SENTENCE_STARTERS and left in known and left not in _NOT_SENTENCE_END
                and m.group().lower() not in known):
            a = m.start("right")
            edits.append(_Edit(a, a, ". ", "glued-words", f'"{m.group()}": the end of a sentence run into the next '
                               f'(a line break lost in the copy) -> "{left}. {right}"', _GLUE_SOURCE, in_names=True))
    edits += _lost_breaks(text)
    for m in _GLUE_GRADE_WORD_RE.finditer(text):
        a = m.start("word")
        edits.append(_Edit(a, a, " ", "glued-words", f'"{m.group()}": a grade run together with "{m.group("word")}": '
                           "a space between them", _GLUE_SOURCE, in_names=True))
    for m in _GLUE_NUMBER_CAPITAL_RE.finditer(text):
        if m.group("word").lower() in known:
            a = m.start("word")
            edits.append(_Edit(a, a, " ", "glued-words", f'"{m.group()}": a number run together with the capitalised '
                               f'word after it (a line break lost in the copy): a space between them', _GLUE_SOURCE,
                               in_names=True))
    for m in _GLUE_CAMEL_RE.finditer(text):
        left, right = m.group("left", "right")
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if (left.lower() not in known or right.lower() not in known or m.group().lower() in known
                or m.group() in _camel_case_names()):
            continue
        if before.strip() and not re.search(r"(?<![A-Za-z])(?!(?:and|or)[ \t])[a-z][\w'\u2019-]*[ \t]+$", before):
            continue  # after a capitalised word or "and": list items glued together ("Civilian EmployeesCurrent",
            # "Planning and EvaluatingProject Management"), left to the lists rule
        segment_start = max((i for i in (text.rfind(c, 0, m.start()) for c in ".,;:()!?\n") if i >= 0), default=-1) + 1
        segment_end = min((i for i in (text.find(c, m.end()) for c in ".,;:()!?\n") if i >= 0), default=len(text))
        if len(re.findall(r"[a-z][A-Z][a-z]", text[segment_start:segment_end])) > 1:
            continue  # two or more joins: glued list items ("Data ManagementOral CommunicationPlanning"), see lists
        a = m.start("right")
        edits.append(_Edit(a, a, " ", "glued-words", f'"{m.group()}" -> "{left} {right}": two words run together',
                           _GLUE_SOURCE, in_names=True))
    for m in _GLUE_NUMBER_RE.finditer(text):
        word = re.match(r"[a-z]+", text[m.start():]).group()
        if word in known and re.search(r"(?<![\w.])(?:[A-Z]{2}-)?\d{1,4}$", text[max(0, m.start() - 8):m.start()]):
            edits.append(_Edit(m.start(), m.start(), " ", "glued-words",
                               f'a number run together with "{word}": a space between them', _GLUE_SOURCE, in_names=True))
    return edits


# ------------------------------------------------------------------------------------------------------
# round 25b: list items and words run together where the copy lost a line break, also in legal sentences
# ------------------------------------------------------------------------------------------------------

# A list of hiring paths copied with its line breaks lost ("... Federal EmployeesCurrent Permanent Department of
# Defense (DOD) Civilian Employee (non-Army)Defense Civilian ... Interchange AgreementExecutive Order (E.O.)
# 12721Interagency Career ...") is one "sentence" of 100 words or more; when it ends in the veterans' preference
# statement that follows it, the whole run is a legal sentence and no other rule may touch it. Where one name ends
# and the next begins, the copy joined:
# - a capitalised word to the next ("EmployeesCurrent", "AgreementExecutive", "PlanLand", "ActMilitary");
# - a closing bracket to a capitalised word ("(non-Army)Current", "(NAFI)Prior");
# - a number to a capitalised word ("12721Interagency", "13473Non-Department"); not a per cent sign ("30%Non-"),
#   where a line break would turn the fact the check counts, "30", into "30%";
# - a capitalised word to the number that opens the next name ("Rating30 Percent", "Veterans5-Point");
# - and the first name to the full stop of the sentence before the list ("... for all employment
#   authorities.Current Department of Army Civilian Employees"), which counts only in a line that has two joins of
#   the other kinds.
_NAME_JOIN_RE = re.compile(
    r"(?<![A-Za-z])(?P<left>[A-Z][a-z]{2,})(?=(?P<right>[A-Z][a-z]{2,})(?![A-Za-z])|(?P<non>Non-[A-Z]))"
    r"|(?P<bracket>\([A-Za-z][\w/&.-]*\))(?=(?P<right2>[A-Z][a-z]{2,}|Non-[A-Z]))"
    r"|(?<=[0-9])(?<![A-Z]-\d)(?<![A-Z]-\d\d)(?=(?P<right3>[A-Z][a-z]{2,}|Non-[A-Z]))"
    r"|(?<![A-Za-z])(?P<left4>[A-Z][a-z]{3,})(?=\d{1,3}(?:-[A-Z][a-z]+|[ \t]+[A-Z][a-z]+))"
    r"|(?<=[a-z]{2}\.)(?=(?P<right5>[A-Z][a-z]{2,}))")
# a function word run into the capitalised word after it ("as required byExecutive Order 14043", "registered with
# theSelective Service System", "a background investigation forPublic Trust", "As aData Analytics Specialist",
# "for anInterdisciplinary (Data Analytics Officer) job"): unlike "in"/"on"/"a" before a lower-case word
# ("inbound", "onboarding", "asynchronous"), a function word in lower case never runs into a capital in a real word;
# "eOPF", "iPhone" and "myPay" start with no function word of this list
_FUNCTION_CAPITAL_RE = re.compile(
    r"(?<![\w./@'\u2019-])(?P<word>a|an|the|by|for|of|to|with|from|as|and|or|at|under|your|our|this|that)"
    r"(?=(?P<right>[A-Z][a-z]{2,})(?![\w@'\u2019]|[./-]\w))")
# a sentence end glued to the capitalised first word of the next sentence, after a word of two letters or more (not
# "U.S.Army", "e.g.The": an abbreviation's stop sits after one letter)
_STOP_CAPITAL_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=(?P<right>[A-Z][a-z]{1,})\b)|(?<=[a-z]{2}\.\))(?=(?P<right2>[A-Z][a-z]+)\b)")
_NAMES_SOURCE = "text repair of copied announcements (line breaks lost between list items; CMU Pronouncing Dictionary)"


def _name_joins(line: str, kept: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Where two names of a glued list meet in ``line``: (offset, what is glued), by the kinds above; none inside
    the ``kept`` spans (web addresses, email addresses: "files/Land%20Management%20Workforce", "View
    Questionnaire/11295072" in a link), offsets in ``line``."""
    from skillhire.plain_language import overlaps
    from skillhire.readability import _cmudict

    known = _cmudict()
    joins = []
    for m in _NAME_JOIN_RE.finditer(line):
        if overlaps(kept, m.start(), m.end() + 1):
            continue
        at = m.end("left") if m.group("left") else m.end("left4") if m.group("left4") else m.end()
        token_start = max(line.rfind(c, 0, at) for c in " \t(/") + 1
        token_end = len(line) if (e := re.search(r"[ \t)/,;:]", line[at:])) is None else at + e.start()
        token = line[token_start:token_end]
        if m.group("left"):
            left, right = m.group("left"), m.group("right") or "Non"
            if (left.lower() not in known or right.lower() not in known or (left + right).lower() in known
                    or left + right in _camel_case_names()):
                continue  # "SharePoint", "PowerShell", "AmeriCorps" are names
            if _short_part_name(token):
                continue
        elif m.group("right5"):
            if m.group("right5").lower() not in known:
                continue
        elif m.group("left4"):
            if m.group("left4").lower() not in known:
                continue
            at = m.end("left4")
        else:
            right = m.group("right2") or m.group("right3")
            if not right.startswith("Non-") and right.lower() not in known:
                continue
            if m.group("right3") and re.search(r"\d\.\d+$", line[:at]):
                continue  # a section number ("5 CFR 315.806Current"): the fact check reads "315.806" only with no
                # break after it (review 25b), as after a per cent sign
            inner = (m.group("bracket") or "")[1:-1]
            if inner.isupper() and "".join(w[0] for w in re.findall(r"[A-Za-z]+", line[at:])[:len(inner)]) == inner:
                continue  # an acronym glued to the name it stands for ("(SES)Senior Executive Service"): one name
        joins.append((at, token))
    return joins


def _short_part_name(token: str) -> bool:
    """Whether a CamelCase token is a name of short parts ("FedsHireVets", "DevSecOps"), not words run together:
    three or more capitalised parts, two of them or more under five letters ("EligibleReinstatementVeterans" is
    three words that lost their spaces, and so is "SkillsLearningOral": one short competency name among the
    items of a glued list, review 25b)."""
    parts = re.findall(r"[A-Z][a-z]*", token.split("-")[0])
    return len(parts) > 2 and sum(len(part) < 5 for part in parts) >= 2


def _rule_glued_names(text: str) -> list[_Edit]:
    """Line breaks where a copied list of names lost them, and spaces after a function word glued to a capital.

    A line with two or more joins of the kinds of :data:`_NAME_JOIN_RE`, at least one of them next to a bracket, a
    number or a per cent sign, or the run inside a legal sentence, is a list of names run together: each join
    becomes a line break, so each name is an item and the sentence after the list is a sentence of its own. One join
    alone is left to :func:`_rule_glued_words` (a lost space in a name such as "Supervision (RMS)Business Process")
    and a list of competency names with only word-to-word joins to the ``lists`` rule, which bullets them. A join is
    never cut inside a known CamelCase name (SharePoint, PowerShell, AmeriCorps: two parts that are not both
    dictionary words, or a name of the skills taxonomy), a token with two joins or more (an identifier), a grade or
    series ("GS-12", "E.O. 13473" are cut only before the capitalised word after the number).

    These edits only add whitespace where the copy lost it, and change no word, so the engine lets them into legal
    sentences too (a legal sentence is found by sentence splitting, which the lost breaks had broken): the
    veterans' preference statement after the list keeps every word.
    """
    from skillhire.plain_language import legal_spans, overlaps, protected_spans
    from skillhire.readability import _cmudict

    known = _cmudict()
    legal = legal_spans(text)
    kept = protected_spans(text, names=False, legal=False)
    edits: list[_Edit] = []
    for line in re.finditer(r"[^\n]+", text):
        joins = _name_joins(line.group(), [(a - line.start(), b - line.start()) for a, b in kept
                                           if a < line.end() and b > line.start()])
        if sum(line.group()[at - 1] != "." for at, _token in joins) < 2:
            continue
        if not overlaps(legal, line.start() + joins[0][0], line.start() + joins[-1][0]):
            beside = any(line.group()[at - 1] == ")" or line.group()[at - 1].isdigit() or line.group()[at].isdigit()
                         for at, _token in joins)
            words = [at for at, _token in joins if line.group()[at - 1].islower() and not line.group()[at].isdigit()]
            stretches = [sum(a <= at < b for at in words) for a, b in
                         ((m.start(), m.end()) for m in re.finditer(r"[^.,;:()!?]+", line.group()))]
            if not beside or max(stretches, default=0) >= 2:
                continue  # names glued word to word outside legal text: the lists rule's glued items ("- " lines)
        # where the first name starts: the line's start, a join after a full stop, or after the last ". " or ": "
        # before the first join ("... each employment authority needs. 10-Point Other Veterans? Rating30 ..."; a
        # "?" there is a lost apostrophe, not a sentence end). With it, every name is a "- " item, as the lists rule
        # writes glued items, and counts as a sentence of its own; without it, or where the last name runs on into
        # sentences, line breaks only
        first = joins[0][0]
        lead = list(re.finditer(r"(?<=[a-z)][.:])[ \t]+(?=\S)", line.group()[:first]))
        if line.group()[first - 1] == ".":
            starts: list[tuple[int, int]] | None = []
        elif lead:
            starts = [(lead[-1].start(), lead[-1].end())]
        elif not re.search(r"[.:;,]", line.group()[:first]) and not line.group().startswith("- "):
            starts = [(0, 0)]
        else:
            starts = None
        tail = line.group()[joins[-1][0]:]
        if re.search(r"[.!?][ \t]+\S", tail) or len(tail.split()) > 20:
            starts = None  # the last name runs on into sentences ("... Applying to a DCIPS Position Army DCIPS
            # positions apply Veteran's Preference ..."): as an item it would carry the paragraph; line breaks only
        marker = "\n" if starts is None else "\n- "
        reason = "two items of a list run together (the line break lost in the copy) -> " + (
            "a line break between them" if starts is None else "one item per line")
        for a, b in starts or []:
            edits.append(_Edit(line.start() + a, line.start() + b, "- " if a == b == 0 else "\n- ", "glued-words",
                               f"the first item of a list run together: {reason}", _NAMES_SOURCE))
        for at, token in joins:
            a = line.start() + at
            edits.append(_Edit(a, a, marker, "glued-words", f'"{token}": {reason}', _NAMES_SOURCE))
    if legal:  # the edits below are made only inside legal sentences (most sections have none)
        # a heading or list item run into the paragraph after it ("... Act (VEOA) of 1998 In order to qualify"): the
        # same edit as in :func:`_rule_glued_words`, here also after a list in a legal sentence (a paragraph break only)
        edits += [_Edit(e.start, e.end, e.replacement, e.rule, e.reason, e.source) for e in _lost_breaks(text)
                  if e.replacement == "\n\n" and overlaps(legal, e.start, e.end)]
        # the spaces of :func:`_rule_glued_words` ("andmaintain", "prior toappointment") in a legal sentence, where no
        # rule of the main round may edit: a space added between two words changes none of them
        edits += [_Edit(e.start, e.end, e.replacement, e.rule, e.reason, e.source) for e in _rule_glued_words(text)
                  if e.start == e.end and e.replacement == " " and overlaps(legal, e.start - 1, e.start + 1)]
        # a sentence whose full stop (or closing bracket after it) runs into the next one ("... before you start the
        # application process.Veterans Employment ...", "... directives.)All candidates will be considered ..."): the
        # space split-sentences gives back elsewhere, here in a legal sentence, where it may not edit
        for m in _STOP_CAPITAL_RE.finditer(text):
            if (m.group("right") or m.group("right2")).lower() in known and overlaps(legal, m.start() - 1, m.start() + 1):
                edits.append(_Edit(m.start(), m.start(), " ", "glued-words", f'"{text[m.start() - 4:m.end()]}": a sentence '
                                   "run into the next (the space lost in the copy) -> a space", _NAMES_SOURCE))
    for m in _FUNCTION_CAPITAL_RE.finditer(text):
        word, right = m.group("word", "right")
        if (right.lower() not in known or (word + right).lower() in known or word + right in _camel_case_names()
                or right.lower() in _NOT_SENTENCE_END):
            continue  # "of theThe Office": a function word after a function word is a doubled word, not a name
        a = m.end("word")
        edits.append(_Edit(a, a, " ", "glued-words", f'"{word}{right}" -> "{word} {right}": a word run together with '
                           "the capitalised word after it", _NAMES_SOURCE))
    return edits
