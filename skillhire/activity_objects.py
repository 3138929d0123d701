"""Skill mentions as an activity applied to an object that names the skill's domain.

"generating, gathering, and compiling data", "developing, with assistance, software systems", "the
acquisition, storage, and retrieval of data": an **activity** (a verb, gerund or nominalisation) applied to
an **object** (data, software, databases, projects, ...) names a skill even where no surface form of
the taxonomy spells the phrase. Instead of listing such phrases, this module holds two word classes and one
table:

- :data:`ACTIVITIES`: activity classes, each with its inflections and nominalisations;
- :data:`OBJECTS`: object classes, each with its nouns (singular and plural);
- :data:`PAIRS`: (activity class, object class) -> skill id, each row citing where the pairing comes from
  (the O*NET 15-12xx / 15-20xx occupation descriptions in ``../shared/data/onet/Occupation Data.txt``, the
  skills' own definitions in the bundled taxonomy, OPM's 2210 parenthetical specialties).

The rule (:func:`find_pairs`), read from each object word leftwards:

1. The object must be the head of its noun phrase: the word after it is no role noun ("data scientists",
   "project managers", "software developers" are role nouns and are left to the taxonomy's own forms), and no
   other noun that would make it a modifier ("data center", "project funds"), except another object word or a
   few generic heads ("software systems", "data sets").
2. Between the activity and the object stand at most :data:`MAX_MODIFIERS` modifier words ("mass
   statistical", "test", "business"; "computer" before "programs" is part of the object) and a comma-bounded
   aside that starts with a preposition (", with assistance,"); a determiner only inside an "of" phrase ("of
   the data"), as the taxonomy's own verb forms read no determiner. A modifier from
   :data:`PHYSICAL_MODIFIERS` ("building", "alarm", "telephone") stops the rule: "installs security systems at
   the entrance" is no skill. An activity word without a pair for this object is read as a modifier ("process
   **test** data").
3. The activity is either right before that stretch in a verb form ("tracking data", "maintain databases"; a
   nominalisation there is a compound's modifier: "analysis requirements"), or a nominalisation before "of"
   with at most :data:`MAX_MODIFIERS_AFTER_OF` modifier ("the retrieval of data"). "Used to store data" is a
   thing's function, not work (:data:`FUNCTION_PARTICIPLES`).
4. Activities listed before it with list words (",", "and", "or", "/", "&") share the object ("acquisition,
   storage, and retrieval of data"). Each listed activity with a pair for the object is a mention (GUIDELINES
   rule 1, one span per item); neighbouring items of the same skill are one mention.

Guards learnt from the dropped shared-object rule of round 15 (``feat/skillsrecall``): the bare nominalisation
"maintenance" and the install/configure class are no activity on their own ("installation and integration of
hardware and software", "systems maintenance"); "maintenance" counts only as an item of a list with another
paired activity ("development, and maintenance of ... programs"). The matcher's boilerplate, negation and
organisation-name filters apply to these mentions as to any other (they are ordinary candidates).

Everything here is a plain table read once when the matcher is built; the rule runs only where an object word
occurs (a PhraseMatcher cue), reading a few tokens to its left.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

__all__ = [
    "ACTIVITIES",
    "AFTER_ENDS_ALL",
    "AFTER_ENDS_ALL_BUT_SOFTWARE",
    "AFTER_KEEPS",
    "MAX_MODIFIERS",
    "MAX_MODIFIERS_AFTER_OF",
    "OBJECTS",
    "PAIRS",
    "PHYSICAL_MODIFIERS",
    "ActivityObjectMention",
    "activity_words",
    "find_pairs",
    "find_pairs_at",
    "object_words",
    "word_after_object",
    "word_before_object",
    "word_pairs",
]

#: Activity classes: each word is a verb form, gerund or nominalisation of the class's activity.
ACTIVITIES: dict[str, tuple[str, ...]] = {
    "develop": ("develop", "develops", "developed", "developing", "development", "build", "builds",
                "building", "create", "creates", "creating", "write", "writes", "writing", "program",
                "programming", "code", "coding"),
    "design": ("design", "designs", "designed", "designing"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining", "maintenance"),
    "administer": ("administer", "administers", "administered", "administering", "administration",
                   "configure", "configures", "configuring", "tune", "tuning", "troubleshoot",
                   "troubleshooting"),
    "analyze": ("analyze", "analyzes", "analyzed", "analyzing", "analyse", "analyses", "analysed",
                "analysing", "analysis", "interpret", "interprets", "interpreting", "interpretation",
                "synthesize", "synthesizes", "synthesizing", "examine", "examining", "mine", "mining"),
    "collect": ("collect", "collects", "collected", "collecting", "collection", "gather", "gathers",
                "gathering", "compile", "compiles", "compiled", "compiling", "compilation", "acquire",
                "acquires", "acquiring", "acquisition", "capture", "capturing", "track", "tracks", "tracking",
                "recording"),
    "process": ("process", "processes", "processed", "processing"),
    "store": ("store", "storing", "storage", "retrieve", "retrieves", "retrieving", "retrieval", "manage",
              "manages", "managing"),
    "clean": ("clean", "cleans", "cleaning", "cleanse", "cleansing", "validate", "validating", "validation"),
    "report": ("reporting", "visualize", "visualizing", "visualization", "presenting", "presentation"),
    "test": ("test", "tested", "testing"),
    "secure": ("secures", "securing", "protect", "protects", "protecting", "protection", "defend", "defends",
               "defending", "safeguard", "safeguarding"),
    "lead": ("lead", "leading", "direct", "directing", "plan", "planning", "execute", "executing",
             "execution", "coordinate", "coordinating", "coordination", "manage", "manages", "managing",
             "management"),
    "evaluate": ("evaluate", "evaluates", "evaluated", "evaluating", "evaluation", "assess", "assessing",
                 "assessment"),
    "assist": ("assist", "assists", "assisting", "advise", "advises", "advising", "serve", "serves",
               "serving", "support", "supports", "supporting", "consult", "consulting"),
}

#: Object classes: nouns that name a skill's domain. "program(s)" is "software" after "computer" (and only there
#: an object: "programs" alone is mostly an agency's programs). Requirements were a class ("defining, documenting
#: requirements" as requirements analysis), dropped: the taxonomy's verb forms already find those mentions (no
#: set gained one), and "requirements" is the commonest object word of announcements (a third of the rule's
#: reads on the benchmark texts). Systems and networks were classes too (administer, maintain, analyze, secure, test
#: a system or network: O*NET 15-1211, 15-1212, 15-1231, 15-1241, 15-1244), dropped by the lead: they found no
#: labelled mention on any set, made one false positive on held-out set 1, and were about 30% of the rule's cost.
OBJECTS: dict[str, tuple[str, ...]] = {
    "data": ("data", "dataset", "datasets"),
    "software": ("software", "applications"),
    "databases": ("database", "databases"),
    "projects": ("project", "projects"),
    "programs": ("program", "programs", "programme", "programmes"),  # only after "computer": software
    "customers": ("customers", "clients"),
}

#: (activity class, object class) -> (skill id, source of the pairing). ``O*NET 15-xxxx`` is that occupation's
#: description in ``Occupation Data.txt`` (O*NET 29.2, CC BY 4.0); ``definition`` is the skill's own definition
#: in the bundled taxonomy; OPM 2210 names the series' parenthetical specialties.
PAIRS: dict[tuple[str, str], tuple[str, str]] = {
    ("develop", "software"): (
        "software-development", "O*NET 15-1252 'design, and develop computer and network software'"),
    ("design", "software"): (
        "software-development", "definition 'Designing, writing, testing and maintaining software'"),
    ("maintain", "software"): ("software-development", "definition 'maintaining software applications'"),
    ("test", "software"): ("software-testing", "O*NET 15-1253 'Develop and execute software tests'"),
    ("administer", "databases"): (
        "database-administration", "O*NET 15-1242 'Administer, test, and implement computer databases'"),
    ("maintain", "databases"): (
        "database-administration", "definition 'backing up and maintaining databases'"),
    ("test", "databases"): ("database-administration", "O*NET 15-1242 'Administer, test ... databases'"),
    ("secure", "databases"): (
        "database-administration", "definition 'Installing, securing, tuning ... databases'"),
    ("design", "databases"): (
        "database-design", "O*NET 15-1243 'Model, design, and construct large relational databases'"),
    ("develop", "databases"): (
        "database-design", "definition 'Designing, building and programming ... databases'"),
    ("collect", "data"): (
        "data-collection", "O*NET 15-2041 'collect, organize ... data'; 43-9111 'Compile ... data'"),
    ("analyze", "data"): (
        "data-analysis",
        "O*NET 15-2051 'extract and analyze information'; 15-2051.02 'analyze clinical data'"),
    ("process", "data"): (
        "data-engineering",
        "definition 'systems that collect, move, transform and serve data' (form 'data processing')"),
    ("store", "data"): (
        "data-management", "O*NET 15-1251 'store, locate, and retrieve ... data'; 15-2041 'organize'"),
    ("clean", "data"): ("data-cleaning", "O*NET 15-2051 'transform raw data into meaningful information'"),
    ("report", "data"): (
        "business-intelligence", "O*NET 15-2051 'Visualize, interpret, and report data findings'"),
    ("secure", "data"): ("data-security", "definition 'Protecting data from unauthorised access'"),
    ("lead", "projects"): (
        "project-management", "O*NET 15-1299.09 'Plan, initiate, and manage ... projects'"),
    ("assist", "customers"): (
        "customer-service", "O*NET 43-4051 'Interact with customers to provide ... information'"),
}

#: The activity words that are no mention alone: only an item of a list with another paired activity.
LIST_ONLY = frozenset({"maintenance", "management", "presentation", "execution", "recording",
                       "mine", "code", "program", "direct", "document"})

#: Endings of nominalisations ("analysis", "retrieval", "development"): one stands for its activity only
#: before "of" ("the analysis of data"); right before a noun it is a compound's modifier ("analysis
#: requirements").
NOMINAL_ENDINGS = ("tion", "sion", "ment", "ysis", "yses", "ance", "ence", "age", "val")

#: Most modifier words read between an activity and its object ("automated computer programs"; "computer"
#: before "programs" or "software" is part of the object), as ``MatchOptions.verb_modifiers``; after "of", at
#: most :data:`MAX_MODIFIERS_AFTER_OF` ("the evaluation of the agency infrastructure protection program" names
#: one program, not the practice).
MAX_MODIFIERS = 2
MAX_MODIFIERS_AFTER_OF = 1

#: Modifiers that make the object a physical thing, not an information one: the rule stops there.
PHYSICAL_MODIFIERS = frozenset({
    "building", "buildings", "alarm", "alarms", "telephone", "phone", "fire", "hvac", "electrical",
    "mechanical", "plumbing", "water", "heating", "cooling", "weapon", "weapons", "vehicle", "vehicles",
    "facility", "facilities", "camera", "cameras", "audio", "sound", "sprinkler", "irrigation", "power",
    "lighting", "radio", "physical", "construction", "medical", "training", "outreach", "grant", "grants",
    "benefit", "benefits", "payment",
})

#: Role nouns (and other heads) after an object make it a modifier: "data scientists", "project managers".
ROLE_NOUNS = frozenset({
    "scientist", "scientists", "manager", "managers", "analyst", "analysts", "engineer", "engineers",
    "developer", "developers", "administrator", "administrators", "specialist", "specialists", "officer",
    "officers", "architect", "architects", "owner", "owners", "steward", "stewards", "user", "users", "team",
    "teams", "staff", "personnel", "lead", "leads", "coordinator", "coordinators", "director", "directors",
    "office", "division", "branch", "center", "centers", "centre",
})

#: Heads that may follow an object word and keep it the object ("software systems", "data sets").
#: "Software solutions" and "data products" are things delivered, not the practice (blind sample C and
#: held-out set 4 leave "development of innovative software solutions", "designed software solutions"
#: unlabelled).
OBJECT_HEADS = frozenset({"set", "sets", "asset", "assets", "element", "elements", "sources"})

#: Heads that keep "software" the object ("software systems"); after any other object word they head the phrase
#: themselves ("data systems", "database networks"), and system(s) and network(s) are no object class (OBJECTS).
SOFTWARE_HEADS = frozenset({"system", "systems", "network", "networks"})

#: Participles before "to <activity>" that make the activity a thing's function ("used to store data").
FUNCTION_PARTICIPLES = frozenset({"used", "designed", "built", "intended", "meant", "configured"})

#: Words before "programs" or "software" that are part of the object ("computer programs").
COMPUTER_WORDS = frozenset({"computer", "software", "application"})

#: Words that may stand between activity and object as determiners or fillers.
FILLERS = frozenset({"the", "a", "an", "all", "new", "existing", "their", "its", "our", "such", "various"})

#: Prepositions that open a comma-bounded aside between activity and object (", with assistance,").
ASIDE_OPENERS = frozenset({"with", "under", "as", "in", "when", "where"})

#: List words between activities that share one object.
LIST_WORDS = frozenset({",", "and", "or", "/", "&", "and/or"})

#: Words that may open a noun phrase but are no modifier (the rule stops at them).
STOP_WORDS = frozenset({
    "to", "for", "from", "by", "on", "at", "into", "with", "without", "about", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "shall", "may", "must", "can", "should", "would", "not", "no",
    "that", "which", "who", "whom", "this", "these", "those", "it", "they", "we", "you", "he", "she", "his",
    "her", "if", "than", "then", "so", "but", "while", "also", "other", "including", "include", "includes",
    "such", "e.g.", "i.e.", "etc", "etc.", "as", "of", "and", "or", "in", "experience", "knowledge",
    "ability", "skill", "skills", "using", "use", "used", "utilizing", "utilize", "utilizes", "across",
    "within", "throughout", "through", "under", "over", "between", "among", "against", "via", "per", "during",
    "after", "before", "since", "until", "upon", "toward", "towards", "around", "beyond", "inside", "outside",
    "following", "according",
})


class ActivityObjectMention(NamedTuple):
    """A mention the rule found: tokens ``[tok_start, tok_end)`` name skill ``skill_id``."""

    tok_start: int
    tok_end: int
    skill_id: str
    form: str  # "<activity word> <object word>", for the match's reason
    phrase_start: int  # first token after the last activity item: [phrase_start, object_at) lies between
    object_at: int


def activity_words() -> dict[str, frozenset[str]]:
    """Activity word -> the activity classes it belongs to."""
    classes: dict[str, set[str]] = {}
    for name, words in ACTIVITIES.items():
        for word in words:
            classes.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in classes.items()}


def object_words() -> dict[str, str]:
    """Object word -> its object class."""
    return {word: name for name, words in OBJECTS.items() for word in words}


def word_pairs(pairs: Mapping[tuple[str, str], str], classes: Mapping[str, frozenset[str]]
               ) -> dict[tuple[str, str], str]:
    """(activity word, object class) -> skill id for every activity word with a pair (first class by name)."""
    table: dict[tuple[str, str], str] = {}
    object_classes = {obj for _activity, obj in pairs}
    for word, names in classes.items():
        for obj in object_classes:
            for name in sorted(names):
                skill = pairs.get((name, obj))
                if skill is not None:
                    table[(word, obj)] = skill
                    break
    return table


def find_pairs(words: Sequence[str], object_positions: Iterable[int], *,
               pairs: Mapping[tuple[str, str], str] | None = None,
               classes: Mapping[str, frozenset[str]] | None = None,
               objects: Mapping[str, str] | None = None,
               max_modifiers: int = MAX_MODIFIERS,
               table: Mapping[tuple[str, str], str] | None = None) -> Iterator[ActivityObjectMention]:
    """Mentions of activity + object in a text given as its lower-case tokens ``words``.

    Args:
        words: the text's tokens, lower case (punctuation tokens included).
        object_positions: indexes of the object words to read from (each a word of :data:`OBJECTS`).
        pairs: (activity class, object class) -> skill id; default every row of :data:`PAIRS`.
        classes: activity word -> classes (:func:`activity_words`); objects: object word -> class.
        max_modifiers: most modifier words between activity and object (``MatchOptions.verb_modifiers``).
        table: :func:`word_pairs` of ``pairs`` and ``classes`` (made here when not given).

    Returns:
        The mentions, one per activity item (neighbouring items of one skill merged), in no fixed order.

    Example:
        >>> words = "the acquisition , storage , and retrieval of data".split()
        >>> [(m.tok_start, m.tok_end, m.skill_id) for m in find_pairs(words, [8])]
        [(1, 2, 'data-collection'), (3, 7, 'data-management')]
    """
    if pairs is None:
        pairs = {key: skill for key, (skill, _source) in PAIRS.items()}
    if classes is None:
        classes = activity_words()
    if objects is None:
        objects = object_words()
    if table is None:
        table = word_pairs(pairs, classes)
    return find_pairs_at(words, ((o, words[o]) for o in object_positions), table=table, classes=classes,
                         objects=objects, max_modifiers=max_modifiers)


def find_pairs_at(words: Sequence[str], objects_at: Iterable[tuple[int, str]], *,
                  table: Mapping[tuple[str, str], str], classes: Mapping[str, frozenset[str]],
                  objects: Mapping[str, str], max_modifiers: int = MAX_MODIFIERS
                  ) -> list[ActivityObjectMention]:
    """:func:`find_pairs` for object words whose text is already known (the matcher's cue names the word, so
    the object's own token is not read again): ``objects_at`` holds (position, lower-case object word) pairs,
    ``words[position] == word``. Same mentions as :func:`find_pairs`, as one list."""
    size = len(words)
    found: list[ActivityObjectMention] = []
    for o, obj in objects_at:
        mentions = _read_object(words, o, obj, size, table, classes, objects, max_modifiers)
        if mentions:
            found.extend(mentions)
    return found


#: What :func:`word_after_object` says of the word after an object word: it ends no object, it makes an object
#: of every class but "software" a modifier ("data systems"), or it makes every object a modifier.
AFTER_KEEPS, AFTER_ENDS_ALL_BUT_SOFTWARE, AFTER_ENDS_ALL = 0, 1, 2


def word_after_object(after: str, objects: Mapping[str, str] | None = None) -> int:
    """Step 1 of the rule on its own: whether lower-case word ``after``, right after an object word, leaves the
    object the head of its noun phrase (:data:`AFTER_KEEPS`), or ends the rule for objects of every class but
    "software" (:data:`AFTER_ENDS_ALL_BUT_SOFTWARE`: another object word, "systems") or of every class
    (:data:`AFTER_ENDS_ALL`: a role noun, "-", a noun that makes the object its modifier). Where it ends the
    rule, :func:`find_pairs_at` finds nothing at that object, so the matcher skips the object before reading
    any other token (the answer depends on the word only, and is kept per word). ``objects``: object word ->
    class, as given to :func:`find_pairs_at` (default :func:`object_words`)."""
    if objects is None:
        objects = object_words()
    if after in ROLE_NOUNS or after == "-":
        return AFTER_ENDS_ALL
    if after in objects or after in SOFTWARE_HEADS:
        return AFTER_ENDS_ALL_BUT_SOFTWARE
    if (after.isalpha() and after not in STOP_WORDS and after not in OBJECT_HEADS
            and not after.endswith("ly")):
        return AFTER_ENDS_ALL
    return AFTER_KEEPS


def word_before_object(before: str, objects: Mapping[str, str] | None = None,
                       classes: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Step 2 of the rule on its first word: whether lower-case word ``before``, right before an object word,
    ends the rule for objects of every class at every reach: no filler, "of", comma, computer word or activity
    word, and a physical modifier, another object word, a stop word or no alphabetic word ("to data", "of",
    ") data"). ``objects`` and ``classes`` as given to :func:`find_pairs_at` (default :func:`object_words`,
    :func:`activity_words`)."""
    if objects is None:
        objects = object_words()
    if classes is None:
        classes = activity_words()
    if before in FILLERS or before in ("of", ",") or before in COMPUTER_WORDS or before in classes:
        return False
    return before in PHYSICAL_MODIFIERS or before in objects or before in STOP_WORDS or not before.isalpha()


def _read_object(words: Sequence[str], o: int, obj: str, size: int, table: Mapping[tuple[str, str], str],
                 classes: Mapping[str, frozenset[str]], objects: Mapping[str, str], max_modifiers: int
                 ) -> list[ActivityObjectMention]:
    object_class = objects.get(obj)
    if object_class is None:
        return []
    # 1. the object heads its noun phrase
    after = None
    if o + 1 < size:
        after = words[o + 1]
        if after in ROLE_NOUNS or after == "-":
            return []
        if (after in objects or after in SOFTWARE_HEADS) and object_class != "software":
            return []  # "data systems": the later word heads the phrase ("software systems" is software)
        if (after.isalpha() and after not in SOFTWARE_HEADS and after not in STOP_WORDS and after not in objects and after not in OBJECT_HEADS
                and not after.endswith("ly")):  # an adverb ("tracks data weekly") ends the phrase
            return []  # "data center", "project funds": the object word is a modifier
    # 2. modifiers, fillers and one aside, read leftwards
    k = o - 1
    modifiers = 0
    if object_class in ("programs", "software") and k >= 0 and words[k] in COMPUTER_WORDS:
        object_class = "software"
        k -= 1  # part of the object ("computer programs")
    via_of = False
    filler_seen = False
    while k >= 0:
        word = words[k]
        if word in FILLERS:
            filler_seen = filler_seen or not via_of  # allowed only inside an "of" phrase ("of the data")
            k -= 1
            continue
        if word == "of" and not via_of:
            via_of = True
            if modifiers > min(max_modifiers, MAX_MODIFIERS_AFTER_OF):
                return []
            k -= 1
            continue
        if word == "," and k >= 2:
            aside = _aside_start(words, k)
            if aside is not None:
                k = aside - 1
                continue
        if word in PHYSICAL_MODIFIERS:
            return []
        if word in classes and table.get((word, object_class)) is not None and (
                via_of or not word.endswith(NOMINAL_ENDINGS)):
            if filler_seen and not via_of:
                return []  # a verb reads its object without a determiner, as the taxonomy's verb forms do
            break  # the activity in verb form before the object's phrase, or a nominalisation before "of"
        if via_of:
            return []  # "of" must follow the activity directly (after fillers)
        if word in objects:
            return []  # another object word heads this one ("software systems" is read from "software")
        if word.isalpha() and word not in STOP_WORDS and modifiers < max_modifiers:
            modifiers += 1
            k -= 1
            continue
        return []
    if k < 0:
        return []
    # 3./4. the activity and the activities listed before it
    items: list[tuple[int, str]] = []
    j = k  # ``word`` is words[k], read in step 2
    while True:
        skill = table.get((word, object_class))
        if skill is None or (not via_of and word.endswith(NOMINAL_ENDINGS)):
            break
        items.append((j, skill))
        # list words before this item, then the next item
        m = j - 1
        joined = False
        while m >= 0:
            word = words[m]
            if word not in LIST_WORDS:
                break
            joined = True
            m -= 1
        if not joined or m < 0 or word not in classes:
            break
        j = m
    items.reverse()
    phrase_start = k + 1
    first = items[0][0]
    if first >= 2 and words[first - 1] == "to" and words[first - 2] in FUNCTION_PARTICIPLES:
        return []  # "databases used to store and retrieve data": what a thing is for, not work someone does
    if len(items) == 1 and words[items[0][0]] in LIST_ONLY:
        return []  # "maintenance of systems", "management of data": only as an item beside another activity
    head_end = o + 1
    word = after  # words[o + 1], read in step 1 (None at the end of the text)
    while word is not None and (word in objects or word in OBJECT_HEADS or word in SOFTWARE_HEADS):
        head_end += 1  # the span takes in the rest of the noun phrase ("software systems", "data sets")
        word = words[head_end] if head_end < size else None
    mentions: list[ActivityObjectMention] = []
    run_start, run_end, run_skill = -1, -1, ""
    last = items[-1][0]
    for i, skill in items:
        end = head_end if (i == last and not via_of) else i + 1
        if skill == run_skill:
            run_end = end
            continue
        if run_skill:
            form = f"{words[run_start]} + {obj}"
            mentions.append(ActivityObjectMention(run_start, run_end, run_skill, form, phrase_start, o))
        run_start, run_end, run_skill = i, end, skill
    if run_skill:
        form = f"{words[run_start]} + {obj}"
        mentions.append(ActivityObjectMention(run_start, run_end, run_skill, form, phrase_start, o))
    return mentions


def _aside_start(words: Sequence[str], comma: int) -> int | None:
    """Index of the comma opening a short aside that ends at ``comma`` (", with assistance,"), or None."""
    for m in range(comma - 1, max(-1, comma - 5), -1):
        if words[m] == ",":
            if m + 1 < comma and words[m + 1] in ASIDE_OPENERS:
                return m
            return None
    return None
