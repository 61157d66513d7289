"""English instruction lists: where one task of a list ends and the next opens ("to X, Y and Z",
gerunds after "with", nouns of action after "on"), and the word lists that tell a verb or a
gerund from a noun (data/instructions.json, data/en_verbs.json)."""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract.instructions.common import _trim
from akorda.extract.knowledge import en_verbs, load_json


def _gerund_at(sentence: str, at: int) -> bool:
    """Whether a gerund opens at `at` ("improving roads"), not a noun in -ing ("evening lighting")."""
    m = re.match(r"(?:[a-z]+ly\s+)?([a-z]+ing)\b", sentence[at:])
    if m is not None and m.group(1) in _en_lexicon()[1]:
        # "training more nurses", "funding the new clinics": a noun in -ing with its own object is a gerund
        return EN_GERUND_OBJECT.match(sentence, at + m.end()) is not None
    return m is not None


# ("building two new schools", "training 500 nurses": a number or a quantifier opens the object too)
EN_GERUND_OBJECT = re.compile(r"\s+(?:more|fewer|the|a|an|all|every|each|their|its|our|new|additional|several|some|many|these|those|"
                              r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*)\s+[a-z]", re.I)


def _is_verb(word: str) -> bool:
    """A base-form English verb: the team's list of instruction verbs (which holds the ones that
    are nouns too: "support", "work"), or a word known only as a verb ("revive", "rebuild",
    "negotiate", data/en_verbs.json); "trade", "transport" (nouns too) stay out of a list cut."""
    verbs, _ = _en_lexicon()
    return word in verbs or word in en_verbs()


@lru_cache(maxsize=1)
def _en_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("instructions.json")
    return frozenset(data["en_instruction_verbs"]), frozenset(data["en_ing_nouns"]) | _en_never_gerund()


@lru_cache(maxsize=1)
def _en_never_gerund() -> frozenset[str]:
    """Words in -ing that are never a verb's gerund ("during the", "in the evening the ...")."""
    return frozenset(load_json("instructions.json")["en_ing_non_verbs"]) | EN_ING_PREPOSITIONS


# an adverb before the verb of an item: a word in -ly that is no verb in -ly
EN_ADVERB = r"(?!(?:" + "|".join(sorted(w for w in frozenset(load_json("instructions.json")["en_instruction_verbs"]) | en_verbs()
                                        if w.endswith("ly"))) + r")\b)[a-z]+ly"
EN_ADVERB_WORD = re.compile(EN_ADVERB)


def _is_adverb(word: str) -> bool:
    """ "further", "jointly"; not "supply" of "build X and supply Y" (a verb that opens a task)."""
    return EN_ADVERB_WORD.fullmatch(word) is not None


EN_NEXT_WORDS = re.compile(r"(?:not\s+)?(?:(?:" + EN_ADVERB + r"|further)\s+)?(?:not\s+)?([a-z]+(?:-[a-z]+)*)")
# "as well as the implementation of X": a task named by an action noun after "as well as"
EN_NOMINAL_ITEM = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+(?:tion|ment|ance|ence)\s+of\b")


EN_BARE_AND = re.compile(r"\s+and\s+")
EN_MANNER = re.compile(r"(?:taking\s+(?:into\s+)?account|using|involving|relying\s+on|bearing\s+in\s+mind|drawing\s+on|"
                       r"proceeding\s+from|making\s+use\s+of)\b", re.I)


# after "as well as" a determiner and an action noun open one more task ("their placement", "the careful use of")
EN_AS_WELL_AS_ITEM = re.compile(r"(?:the|their|its|his|her)\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:[a-z-]+(?:tion|sion|ment|ance|ence)s?|use|work|repairs?|upgrades?|launch)\b")


# prepositions in -ing open no list item: "involve the public, including young people and NGOs"
EN_ING_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "according", "following", "excluding", "considering"})


def _is_gerund(word: str) -> bool:
    """ "attracting", "fast-tracking"; not "housing", "evening" (nouns in -ing, lexicon), nor
    "including" (a preposition)."""
    last = word.rsplit("-", 1)[-1]
    return last.endswith("ing") and len(last) > 4 and word not in _en_lexicon()[1] and last not in _en_lexicon()[1] \
        and last not in EN_ING_PREPOSITIONS


EN_DO_SO = re.compile(r"do\s+(?:so|it|this|that)\b", re.I)
# "building a new complex": an article after a word in -ing makes it a gerund with its object
EN_ARTICLE_AFTER = re.compile(r"\s+(?:a|an|the)\s")
# "improving B and building rural clinics": a word in -ing with an object after it
EN_GERUND_WITH_OBJECT = re.compile(r"[a-z]+ing\s+(?!of\b|and\b|or\b)[a-z]")


def _en_clause_follows(sentence: str, at: int, gerund: bool, joiner: str = "", parallel: bool = False) -> bool:
    """Whether a new list item opens at `at`: "(to) (adverb-ly) verb" or, in a gerund list,
    "(adverb-ly) verb-ing" ("complete B and actively develop C", "attracting investors
    and supporting exporters"); "small and medium businesses" opens nothing. A gerund opens
    an item of an infinitive list too ("to step up X, attracting Y as well as paying Z"),
    and so does an action noun after "as well as". In a gerund list of two items already, a
    word that is a noun too opens the next one where an object follows ("reducing A, improving B
    and building rural clinics"), and so does one before "new", "the", "all" in any gerund list ("raising
    wages and building new schools"); "for" repeated before a gerund opens one ("for A and for B")."""
    if sentence.startswith(("to ", "not to "), at):
        return not gerund  # "prevent A and not to allow B": a negated task of its own
    if gerund and sentence.startswith("for ", at):
        at += 4
    m = EN_NEXT_WORDS.match(sentence, at)
    if not m:
        return False
    word = m.group(1)
    if EN_DO_SO.match(sentence, at):
        return False  # "repair the bridge and do so before winter": the same task again, when to do it
    if EN_MANNER.match(sentence, at) and "as well as" not in joiner and not (gerund and EN_BARE_AND.fullmatch(joiner)):
        # "..., taking into account best practices": how the task is done, not another task;
        # "(continue the work on) introducing A, as well as using B" joins one more task, and so does
        # a bare "and" in a gerund list ("cutting A and using B": two parallel tasks)
        return False
    if "as well as" in joiner and EN_AS_WELL_AS_ITEM.match(sentence, at):
        # "organizing A, selection of B as well as their employment", "..., as well as the careful use of pastures"
        return True
    if gerund:
        # "tackling pollution and improvement of roads": an action noun with "of" is a task too
        # "building a new complex": a word in -ing before an article is a gerund with its object
        return _is_gerund(word) or bool(EN_NOMINAL_ITEM.match(sentence, at)) or \
            (word.endswith("ing") and word not in _en_never_gerund() and EN_ARTICLE_AFTER.match(sentence, m.end()) is not None) or \
            (parallel and word in _en_lexicon()[1] and EN_GERUND_WITH_OBJECT.match(sentence, at) is not None) or \
            (word in _en_lexicon()[1] and word not in _en_never_gerund() and EN_GERUND_OBJECT.match(sentence, m.end()) is not None)
    if "as well as" in joiner and EN_NOMINAL_ITEM.match(sentence, at):
        return True
    if sentence.startswith(" of ", m.end()):
        return False  # "accelerate the design and repair of the highway": a noun, its object after "of"
    return _is_verb(word) or _is_verb(word.rsplit("-", 1)[-1]) or (_is_gerund(word) and not m.group().startswith("not"))


# "...; second, to repair X": an ordinal after the comma or semicolon opens the next item ("...; 2) repair X" a number)
EN_JOINER = re.compile(r"(?:[,;]\s*(?:and\s+)?(?:secondly|thirdly|second|third|fourth|fifth|finally|lastly),?\s+|"
                       r",\s*(?:and\s+)?(?:also\s+)?(?:as\s+well\s+as\s+)?|;\s*(?:and\s+)?(?:\d{1,2}[.)]\s+)?|\s+and\s+(?:also\s+)?|\s+as\s+well\s+as\s+)")


def _split_en(sentence: str, a: int, limit: int, gerund: bool) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    seg = a
    for cut in EN_JOINER.finditer(sentence, a, limit):
        # "creating jobs, building housing and supporting farmers": a series closed by "and" and a gerund
        # is parallel from its first comma
        parallel = bool(pieces) or (gerund and cut.group().startswith(",") and _closed_by_gerund(sentence, cut.end(), limit))
        if cut.end() >= limit or not (_en_clause_follows(sentence, cut.end(), gerund, cut.group(), parallel=parallel)
                                      or (not gerund and _verb_with_object(sentence, cut.end()))):
            continue
        if not gerund and _ends_in_bare_verb(sentence, seg, cut.start()) and cut.group().strip() == "and":
            continue  # "to prevent and eliminate fires", "develop and approve the plan": one object
        if _lone_modifier(sentence[seg:cut.start()]):
            continue  # "fair and open distribution of land": two adjectives of one noun, no task before "and"
        if cut.group().strip() == "and" and LONE_LAST.fullmatch(sentence, cut.end(), limit):
            continue  # "safety from high waters and underflooding": one word with no object closes the object
        if not gerund and _is_gerund(sentence[cut.end():].split(" ", 1)[0]) and (
                EN_GERUND_VERB.match(sentence, seg) or (EN_PREPOSITION_GERUND.search(sentence, seg, cut.start())
                                                        and EN_AND_GERUND.search(sentence, cut.start(), limit))):
            # "continue attracting investment and creating jobs", "intensify work on attracting A,
            # developing B and creating C" (a list closed by "and"): the gerunds are the objects of
            # one verb or preposition; "aimed at improving A, protecting B" stays two (the team's annotation)
            continue
        pieces.append((seg, cut.start()))
        seg = cut.end() + (3 if sentence.startswith("to ", cut.end()) else 4 if gerund and sentence.startswith("for ", cut.end()) else 0)
    pieces.append((seg, limit))
    return [(x, _trim(sentence, x, y)) for x, y in pieces if _trim(sentence, x, y) > x]


# the last word of a sentence after "and", with no object of its own (a noun in "-ing" as often as a gerund)
LONE_LAST = re.compile(r"[a-z]+\s*[.!?;]?\s*")


def _lone_modifier(piece: str) -> bool:
    """A piece of one word that is no verb ("fair" of "fair and open distribution"): no task alone."""
    words = piece.split()
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and not _is_verb(words[0]) and not _is_gerund(words[0])


def _closed_by_gerund(sentence: str, at: int, limit: int) -> bool:
    """Whether "and" and a gerund (not a noun in -ing) follow `at` before `limit`."""
    found = EN_AND_GERUND.search(sentence, at, limit)
    return found is not None and _is_gerund(found.group().split()[-1].lower())


# a word that takes an article or an object pronoun straight after it is a verb with its object
# ("... and return them to farmers", "... and fence the ponds"), unless a preposition or an adverb
# ("... and train 500 nurses", "... and open two new clinics": a number or a quantifier opens the object too)
EN_VERB_OBJECT = re.compile(r"([a-z]+)\s+(?:(?:them|it|the|their|its|these|this|our|your)\b|"
                            r"(?:all|every|each|several|additional|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+[a-z])")
EN_NOT_VERB_BEFORE_OBJECT = frozenset({"in", "on", "for", "at", "across", "along", "with", "from", "by", "into", "through", "under",
                                       "over", "between", "among", "around", "near", "about", "within", "throughout", "during",
                                       "after", "before", "of", "to", "also", "then", "all", "both", "not", "especially",
                                       "particularly", "including", "against", "towards", "toward", "beyond", "via", "per"})


def _verb_with_object(sentence: str, at: int) -> bool:
    """Whether a verb and its object open at `at`, by the object's article or pronoun."""
    m = EN_VERB_OBJECT.match(sentence, at)
    # a plural noun before a clause of its own is no verb ("roads and bridges the akimat owns")
    return m is not None and m.group(1) not in EN_NOT_VERB_BEFORE_OBJECT and not _is_adverb(m.group(1)) \
        and not m.group(1).endswith(("ing", "ed")) \
        and (not m.group(1).endswith("s") or _is_verb(m.group(1)))


# a verb whose object is a gerund ("continue attracting X and creating Y")
EN_GERUND_VERB = re.compile(r"(?:[a-z]+ly\s+)?(?:continue|keep(?:\s+on)?|start|begin|stop|avoid|consider|finish|complete|"
                            r"resume|step\s+up)\s+[a-z]+ing\b", re.I)


EN_AND_GERUND = re.compile(r"\band\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b", re.I)
EN_PREPOSITION_GERUND = re.compile(r"\b(?:on|of|for|in|about|towards?|at)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s+[a-z]", re.I)


def _ends_in_bare_verb(sentence: str, a: int, b: int) -> bool:
    """Whether the item so far ends in a verb with no object yet (adverbs and its "to" aside):
    the verbs joined by "and" share the object that follows ("take measures to prevent and
    eliminate fires"). "intensify institutional support and advance X" has its object already,
    and its last word "support" is a noun."""
    words = sentence[a:b].split()
    if "to" in words:
        words = words[len(words) - words[::-1].index("to"):]
    if len(words) >= 2 and words[-1].lower() in EN_PARTICLES and words[-2].isalpha() and words[-2].islower():
        # "to map out and approve the programmes", "work out and adopt X": a phrasal verb, its particle last
        words = words[:-1]
        return all(w.lower().endswith("ly") or w.lower() in EN_BARE_ADVERBS for w in words[:-1])
    return bool(words) and _is_verb(words[-1].lower()) and all(
        w.lower().endswith("ly") or w.lower() in EN_BARE_ADVERBS for w in words[:-1])


EN_BARE_ADVERBS = frozenset({"further", "also", "not", "then", "together", "both", "quickly", "jointly", "still", "once", "again"})
EN_PARTICLES = frozenset({"out", "up", "down", "through", "over"})


def _split_en_topics(sentence: str, a: int, limit: int) -> list[tuple[int, int]]:
    """ "on A, B and C": cut at commas, and at an "and" that opens a topic of its own
    ("support for small and medium businesses" stays whole)."""
    if EN_MEANS.search(sentence, a, limit):
        # "modernization of rural areas by means of A, B and C": the list names the means of one task
        return [(a, _trim(sentence, a, limit))] if _trim(sentence, a, limit) > a else []
    # "on A, including on B": the repeated preposition opens one more topic
    # "on A; B; and C": the "and" after the last semicolon joins nothing of C
    commas = [m for m in re.finditer(r",\s*(?:including\s+(?:on|regarding|concerning)\s+)?(?:and\s+)?(?:as\s+well\s+as\s+)?|"
                                     r";\s*(?:and\s+)?|\s+as\s+well\s+as\s+", sentence[:limit])
              if m.start() >= a]
    bounds, seg = [], a
    for c in commas:
        bounds.append((seg, c.start()))
        seg = c.end()
    bounds.append((seg, limit))
    # the serial comma's ", and X" opens the last item: an "and" inside X joins its own nouns
    # ("..., and addressing shortages of teachers and doctors")
    last_of_series = len(commas) > 1 and re.match(r",\s*and\s", commas[-1].group()) is not None
    pieces = []
    # "A and B, as well as C": the "as well as" adds to a series its "and" has closed, read as a lone "A and B"
    closed = len(commas) > 0 and "as well as" in commas[-1].group()
    for n, (x, y) in enumerate(bounds):
        before_closed = closed and n == len(bounds) - 2
        for k, cut in enumerate(EN_AND.finditer(sentence, x, y) if not (last_of_series and n == len(bounds) - 1) else ()):
            final = k == 0 and ((n == len(bounds) - 1 and n > 0) or ((n == len(bounds) - 1 or before_closed)
                                                                    and _two_phrases(sentence[x:cut.start()], sentence[cut.end():y])))
            if _and_opens_topic(sentence[x:cut.start()], sentence[cut.end():y], final, lone=n == 0 or before_closed):
                pieces.append((x, cut.start()))
                x = cut.end()
        pieces.append((x, y))
    return _gerund_objects(_people_after_people([(x, _trim(sentence, x, y)) for x, y in pieces if _trim(sentence, x, y) > x],
                                                sentence), sentence)


def _people_after_people(pieces: list[tuple[int, int]], sentence: str) -> list[tuple[int, int]]:
    """ "assistance to the low-income families, people with disabilities": a piece that names
    persons after a piece that ends in persons is one more of whom the task is for, no task of
    its own (data/objects.json people.en)."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        words = sentence[a:b].split()
        if out and words and words[0].lower() in _en_people() and sentence[out[-1][0]:out[-1][1]].split()[-1].lower() in _en_people():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def _en_people() -> frozenset[str]:
    return frozenset(load_json("objects.json")["people"]["en"])


# "coordination of the agencies in combating fraud": a gerund with a short object closes the first topic
EN_TRAILING_GERUND = re.compile(r"\b(?:in|on|for|by|of)\s+(?:[a-z]+ly\s+)?([a-z]{2,}ing)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$")


def _bare_piece(sentence: str, a: int) -> bool:
    """Whether a list piece opens with neither a gerund nor an action noun with "of"."""
    return not (re.match(r"(?:[a-z]+ly\s+)?[a-z]{2,}ing\b(?!-)", sentence[a:]) or EN_NOMINAL_ITEM.match(sentence, a)
                or EN_ING_OF.match(sentence, a))


# "the opening of new kindergartens": a noun in -ing with "of" names an action as one in -tion does
EN_ING_OF = re.compile(r"(?:the|an?)\s+(?:[a-z-]+\s+)?[a-z]{2,}ing\s+of\b", re.I)


def _gerund_objects(pieces: list[tuple[int, int]], sentence: str) -> list[tuple[int, int]]:
    """In a list of gerunds a piece that opens with no gerund and no action noun is one more
    object of the gerund before it ("developing industry, agro-industrial complex, and tourism");
    so are such pieces, all of them, after a first topic that ends in a gerund and its object
    ("coordination of the agencies in combating fraud, smuggling and cybercrime")."""
    if not pieces:
        return pieces
    if not _gerund_at(sentence, pieces[0][0]):
        trailing = EN_TRAILING_GERUND.search(sentence, pieces[0][0], pieces[0][1])
        if len(pieces) > 1 and trailing and _is_gerund(trailing.group(1)) and all(_bare_piece(sentence, a) for a, _ in pieces[1:]):
            return [(pieces[0][0], pieces[-1][1])]
        return pieces
    out = [pieces[0]]
    for a, b in pieces[1:]:
        if not _bare_piece(sentence, a):
            out.append((a, b))
        else:
            out[-1] = (out[-1][0], b)
    return out


EN_AND = re.compile(r"\s+and\s+")
EN_MODIFIER = re.compile(r"(?:al|ic|ive|ous|ful|ible|able|ary|ian|ed|ern|-sized|^small|^medium|^large|^new|^oil|^high|^low|^key)$", re.I)
EN_MEANS = re.compile(r"\s(?:by\s+means\s+of|by\s+way\s+of|such\s+as|namely)\s", re.I)
EN_NOMINALISATION = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+(?:ion|ment|ance|ence|ity)\s+of\b", re.I)


def _two_phrases(left: str, right: str) -> bool:
    """A lone "A and B" is two topics only where each side is a phrase of its own
    ("public transport and street lighting", not "small and medium businesses")."""
    return len(left.split()) >= 2 and len(right.split()) >= 2


def _and_opens_topic(left: str, right: str, final: bool, lone: bool = False) -> bool:
    """Whether "left and right" are two topics: the right side opens with a gerund
    ("introducing A and digitalizing B") or an action noun with "of" ("tackling A and
    improvement of B"), or it is the last "and" of "A, B and C" (or of a lone "A and B").
    "construction of the museum and hotel complex" is still cut there: English gives no
    mark that tells it from "repair of roads and new pipelines"."""
    words = right.split()
    if not words or (EN_BARE_ACTION.fullmatch(left.strip()) and EN_ACTION_OF.match(right)):
        return False  # "the development and reconstruction of roads": two actions on one object
    if EN_SIZE.search(left.strip()):
        return False  # "support of small and medium-sized business": two sizes of one noun
    if len(left.split()) < 2:
        # "A, gasification and increase in incomes": a lone noun closes a list too; "A, small and
        # medium businesses", "oil and gas sector": a modifier shares the noun after "and"
        return final and len(words) >= 2 and not EN_MODIFIER.search(left.strip())
    first = words[0].lower()
    _, ing_nouns = _en_lexicon()
    if first.endswith("ing") and len(first) > 4 and first not in ing_nouns and len(words) > 1:
        return True
    if EN_NOMINALISATION.match(right):
        return True
    # a lone "A and B" (no comma list): "attraction of investors in exploration and the oil and gas
    # sector": after an action noun with "of", a plain noun phrase with no "of" of its own is one
    # more of its objects, not a topic ("the repair of schools", "an increase in X" are); at the end
    # of a comma list ("A, B and failure-free heating season") the "and" closes the list
    return final and not (lone and EN_NOMINALISATION.match(left.strip()) and not EN_HEAD_OF.match(right))


EN_SIZE = re.compile(r"\b(?:small|medium|large|micro|[a-z]+-sized)$", re.I)
EN_BARE_ACTION = re.compile(r"(?:the\s+)?[a-z-]+(?:tion|sion|ment|ance|ence)", re.I)
EN_ACTION_OF = re.compile(r"[a-z-]+(?:tion|sion|ment|ance|ence)\s+of\b", re.I)
EN_HEAD_OF = re.compile(r"(?:(?:the|an?)\s+[\w’'-]+\s+(?:of|for|in|on)|(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:of|for))\b",
                        re.I)


# after "should" / "must" a word is a verb; these name no action ("be", "become", "have")
EN_NOT_ACTION = frozenset({"be", "become", "have", "has", "been", "not", "never", "remain", "stay", "seem", "get", "feel",
                           "know", "understand", "realize", "realise", "remember", "recognize", "recognise", "also", "still"})


def _verb_after_modal(word: str) -> bool:
    """Whether the word after a modal of the President names an action ("meet with residents")."""
    return word.isalpha() and word.islower() and word not in EN_NOT_ACTION and not word.endswith(("ing", "ed", "ly"))


# an action named by a noun: "(timely) preparation", "further improvement", "high-quality preparation",
# "the timely launch", "repair" (an action noun without a suffix)
# (a hyphenated compound adjective is a modifier: "high-quality", "large-scale", "long-term")
# "work" is one when a modifier says how it is to be done ("coordinated and effective work of X")
EN_ACTION_NOUN = r"(?:(?:further|timely|continued|effective|efficient|comprehensive|proper|steady|sustainable|the|[a-z]+-[a-z]+)\s+)*" \
                 r"(?:[a-z-]+(?:tion|sion|ment|ance|ence)s?|launch|repairs?|upgrades?|overhaul|increase|" \
                 r"(?:(?:coordinated|effective|efficient|joint|systematic|consistent|active|targeted)\s+(?:and\s+)?)+work)\b"


def _infinitive_at(sentence: str, at: int) -> bool:
    """Whether a verb opens at `at` (after "to"): an instruction verb, an adverb before one."""
    m = EN_NEXT_WORDS.match(sentence, at)
    return m is not None and (_is_verb(m.group(1)) or m.group().split()[0].endswith("ly"))
