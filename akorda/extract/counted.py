"""The counted object after a number ("12 школ", "5 new schools", "3 мектеп"): the noun
phrase that tells what a count counts, its English gloss and its lemma.

Russian reads pymorphy3's parses (adjectives agree with their noun; a noun left out after
an adjective, "15 комфортных", is marked ELIDED so that the count takes the object stated
before it); English and Kazakh read the glossary in data/ and stop words.
"""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.knowledge import word_set
from akorda.extract.numbers import WORD
from akorda.extract.units import gloss, kk_gloss, time_nouns

# the lemma of an elided noun starts with this mark: "15 комфортных" counts the schools before it
ELIDED = "\u2026"
GAP = re.compile(r"[ \u00a0\u202f\u2009]+")
RU_NOUNISH = frozenset({"NOUN"})
RU_ADJISH = frozenset({"ADJF", "PRTF", "NUMR"})
# a Kazakh adjective made of a number and a noun ("3 ауысымды 4 мектеп", four three-shift schools;
# "5 қабатты 2 үй"): the suffix "-лы/-ды/-ты" says "having three shifts", and the count that
# follows it is the figure; the first number measures no quantity
RU_WORDS = 7
RU_AND = frozenset({"и", "или"})
DIGITS = re.compile(r"\d+")
KK_NUMBER_ADJECTIVE = re.compile(r"[^\W\d_]+(?:лы|лі|ды|ді|ты|ті)[ \u00a0]+\d", re.I)


def counted_object(text: str, pos: int, limit: int, lang: str) -> tuple[str | None, str, int] | None:
    """The counted object after a number: (English gloss, lemma, end), "" gloss if excluded."""
    words: list[tuple[str, int, int]] = []
    p = pos
    for _ in range(RU_WORDS if lang == "ru" else 4):
        gap = GAP.match(text, p)
        if not gap and p == pos:
            return None
        q = gap.end() if gap else p
        w = WORD.match(text, q)
        if w is None and lang == "en" and not words:
            w = EN_NUMBER_COMPOUND.match(text, q)  # "two 100-flat houses": the capacity before the noun
        if w is None and words and words[-1][0].lower() in RU_AND:
            w = DIGITS.match(text, q)  # "4 аварийных и 2 трехсменных школ": the second count's figure
        if not w or w.end() > limit:
            break
        words.append((w.group(), w.start(), w.end()))
        p = w.end()
        if not GAP.match(text, p):
            break
    if not words:
        return None
    if lang == "ru":
        return _ru_noun(words)
    if lang == "en":
        return _en_noun(words)
    if KK_NUMBER_ADJECTIVE.match(text, words[0][1]):
        return None, "", words[0][2]
    return _kk_noun(words)


def _ru_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    lemmas: list[str] = []
    times = time_nouns("ru")
    for i, (word, _, end) in enumerate(words):
        low = word.lower()
        if lemmas and low in RU_AND and i + 2 < len(words) and _is_count(words[i + 1][0]):
            # "четырех аварийных и двух трехсменных школ": two counts share the noun after the second
            shared = _ru_noun(words[i + 2:])
            if shared is None or shared[1].startswith(ELIDED):
                return None
            noun = morph.parse(shared[1].split()[-1])
            key = tuple([_agree(a, noun) for a in lemmas] + [shared[1].split()[-1]])
            return gloss(key, "ru") or shared[0], " ".join(key), words[i - 1][2]
        if lemmas and low in RU_AND and i + 2 < len(words) and not _is_count(words[i + 1][0]) and \
                morph.parse(words[i + 1][0].lower()).tag.POS in RU_ADJISH:
            lemmas.append(low)  # "50 спортивных и культурных центров": adjectives joined before one noun
            continue
        if low in times:
            return None if i else (None, "", end)
        p = morph.parse(low)
        pos_tag = p.tag.POS
        adj = next((a for a in morph.parses(low) if a.tag.POS in RU_ADJISH), None)
        if adj is not None and pos_tag in RU_ADJISH and len(words) == 1:
            return None, ELIDED + adj.normal_form, end
        if adj is not None and i < 3 and i + 1 < len(words) and (pos_tag in RU_ADJISH or _is_noun(words[i + 1][0])):
            lemmas.append(adj.normal_form)
            continue
        if pos_tag not in RU_NOUNISH and not (word.isupper() and len(word) > 1):
            # "17 сел", "12 парков" (not the short adjective): a rarer noun reading wins after a number
            noun = next((a for a in morph.parses(low) if a.tag.POS == "NOUN" and "gent" in a.tag), None)
            if noun is not None and pos_tag in {"VERB", "INFN", "PRTS", "ADJS", "GRND", None} and len(low) >= 3:
                p, pos_tag = noun, "NOUN"
        if pos_tag in RU_NOUNISH or (word.isupper() and len(word) > 1):
            if p.normal_form in times:
                return None, "", end
            noun_lemma = p.normal_form
            adjs = [_agree(a, p) for a in lemmas]
            tail_end = end
            if i + 1 < len(words) and words[i + 1][0].isupper() and len(words[i + 1][0]) > 1:
                noun_lemma = f"{noun_lemma} {words[i + 1][0].lower()}"
                tail_end = words[i + 1][2]
            key = tuple(adjs + noun_lemma.split())
            return gloss(key, "ru") or noun_lemma, " ".join(key), tail_end
        return None
    if lemmas and len(lemmas) == len(words) == 1:
        # "22 школы, в том числе 15 комфортных": the counted noun is elided
        return None, ELIDED + lemmas[0], words[0][2]
    return None


def _is_count(word: str) -> bool:
    """A figure or a number word in any case ("двух", "пяти", "2")."""
    return word.isdigit() or any(p.tag.POS == "NUMR" for p in morph.parses(word.lower()))


def _is_noun(word: str) -> bool:
    return morph.parse(word.lower()).tag.POS == "NOUN" or (word.isupper() and len(word) > 1)


def _agree(adj_lemma: str, noun: object) -> str:
    """Adjective lemma in the noun's gender ("рабочий" + "место" → "рабочее")."""
    gender = getattr(noun.tag, "gender", None)  # type: ignore[attr-defined]
    if gender in (None, "masc"):
        return adj_lemma
    for p in morph.parses(adj_lemma):
        if p.tag.POS in {"ADJF", "PRTF"}:
            form = morph.inflected(p, frozenset({"nomn", "sing", gender}))
            return form.word if form else adj_lemma
    return adj_lemma


# a compound adjective of a number and a noun before the counted noun: "two 100-flat houses",
# "three 9-storey buildings" (the count is the first number; the capacity is a figure of its own)
EN_NUMBER_COMPOUND = re.compile(r"\d+(?:[.,]\d+)?-[^\W\d_]+(?![\w-])")


def _en_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    times = time_nouns("en")
    taken: list[tuple[str, int]] = []
    if len(words) > 1 and EN_NUMBER_COMPOUND.fullmatch(words[0][0]):
        words = words[1:]
    for word, _, end in words[:3]:
        low = word.lower()
        if low in times:
            return None if taken else (None, "", end)
        if low in word_set("stop_words", "en") or not word[:1].isalpha():
            break
        taken.append((low, end))
        if low.endswith("s") or low in {"people", "children", "staff", "livestock"}:
            break
    if not taken:
        return None
    words_only = tuple(w for w, _ in taken)
    return gloss(words_only, "en") or words_only[-1], " ".join(words_only), taken[-1][1]


# a month's name is a time only with a case ending: "қазанда" (in October), but "қазандық" is a
# boiler house and "маусымы" may be a season; other time nouns take any ending ("жылдық")
KK_MONTHS = frozenset({"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
                       "қазан", "қараша", "желтоқсан"})
KK_CASE_ENDINGS = frozenset("да де та те ға ге қа ке а е ы і ында інде ына іне ының інің ынан інен дағы дегі тағы тегі "
                            "нан нен дан ден тан тен ның нің дың дің тың тің "
                            "сы сі сында сінде сына сіне сының сінің сынан сінен".split())


# a participle after the figure is its predicate, not the counted noun: "құны 87 млрд болатын 25
# жоба" (25 projects worth 87 bn), "500 мың адам тұратын аудан"
# ("болатын", "құрайтын", "тұратын": the copulas a figure takes; not any word in "-атын", which a
# noun in the accusative may end in: "азаматын")
KK_PARTICIPLE = re.compile(r"^(?:болатын|болған|құрайтын|құраған|тұратын|тұрған)$")


# "жас" is an age before a range or a threshold word ("35 жас аралығындағы", "18 жас толған",
# "60 жас және одан жоғары"); before a noun it is "young" ("50 жас маман": fifty young specialists)
KK_AGE_AFTER = re.compile(r"^(?:аралығ\w*|толған\w*|толды|толмаған\w*|және|шамасында\w*|жоғары\w*|төмен\w*|үлкен\w*|кіші\w*)$")


def _kk_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    times = time_nouns("kk")
    word, _, end = words[0]
    low = word.lower()
    # (a time noun with more letters is a time noun with an ending, "жылдан", "аптаға"; not a
    # plural that only starts like one: "жастар" is young people, not "жаста", at the age of)
    if low in times or any(low.startswith(t) and (t not in KK_MONTHS or low[len(t):] in KK_CASE_ENDINGS)
                           and not low[len(t):].startswith("р") for t in times if len(t) >= 3):
        return None, "", end
    if low == "жас" and len(words) > 1 and KK_AGE_AFTER.match(words[1][0].lower()):
        return None, "", end  # "18 бен 35 жас аралығындағы": an age (README), not "young" before a noun
    if not word[:1].islower() and len(words) > 1 and words[1][0][:1].islower() and kk_gloss(words[1][0].lower()):
        return _kk_noun(words[1:])  # "7702 Қазақстан азаматы": a name before the counted noun qualifies it
    if low in word_set("stop_words", "kk") or not word[:1].islower() or KK_PARTICIPLE.search(low):
        return None
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        key = " ".join(w.lower() for w, _, _ in words[:size])
        g = kk_gloss(key)
        if g:
            return g, key, words[size - 1][2]
    if low in word_set("adjectives_before_noun", "kk") and len(words) > 1:
        after = _kk_noun(words[1:])  # "9 жаңа мектеп": nine schools, not nine "new"
        if after is not None:
            return after
    return low, low, end
