"""Numbers that look like counts or multiples and are no facts by the contract, told by the
words around them: the denominator of a ratio ("на 1 000 жителей приходится 3 врача", "100 мың
тұрғынға шаққанда") is the scale the figure is stated per, not a quantity about the region; a
number that opens the name of a plan written without quotes ("пять социальных инициатив
Президента", "Бес әлеуметтік бастама") is part of a name (numbers inside names are not facts);
a count of times with the period it repeats in is a frequency ("три раза в месяц"); a count
in words of what the speech itself is made of ("остановился на двух проблемах", "үш мәселеге
тоқталды") says nothing about the region; and a phone number or a service's short number
("8 (7182) 32-45-67", "1414 бірыңғай байланыс орталығы") is no figure (contract); nor is the
number of an article, a clause or an annex of a legal act ("статье 27 Закона", "п. 3 ст. 15"),
nor a clock time ("сағат 14.00-де").
"""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract.knowledge import load_json, word_set
from akorda.extract.quantity import Quantity
from akorda.extract.union import quick

GAP = r"[ \u00a0]+"
# "в расчёте на", "в пересчёте на", "на каждые", "каждые": a figure per so many people follows
RU_PER_BEFORE = re.compile(r"(?:(?:расч|пересч)[её]те" + GAP + r"на|на" + GAP + r"каждые|на" + GAP + r"каждую)" + GAP + r"$", re.I)
RU_ON_BEFORE = re.compile(r"(?:^|(?<=[^\w]))на" + GAP + r"$", re.I)
# "на 1 000 жителей приходится": the verb of a ratio after its denominator
RU_RATIO_VERB = re.compile(r"[^.;:]{0,40}?(?<![^\W\d_])приход(?:ит|я)ся", re.I)
# "по заболеваемости на 1 миллион человек Казахстан занимает ...": a rate named just before
# "на" + a round number of people is stated per that many, with or without a ratio verb
RU_RATE_BEFORE = re.compile(r"(?<![^\W\d_])(?:заболеваемост|смертност|рождаемост|летальност|обеспеченност|инфицированност)"
                            r"[^\W\d_]*" + GAP + r"(?:[^\W\d_]+" + GAP + r"){0,3}?на" + GAP + r"$", re.I)
RU_PEOPLE = ("жител", "человек", "насел", "душ", "ребен", "ребён", "дет", "пациент", "школьник", "учащ", "студент")
# "100 мың тұрғынға шаққанда", "әрбір 1000 адамға шаққанда": the converb of a ratio
KK_PER_AFTER = re.compile(GAP + r"(?:есеппен" + GAP + r")?шаққанда(?![^\W\d_])", re.I)
# "әрбір 10 мың тұрғынға 100 жұмыс орны": "each so many" in the dative is the denominator
KK_EACH_BEFORE = re.compile(r"(?<![^\W\d_])әр(?:бір)?" + GAP + r"$", re.I)
KK_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.I)


def is_denominator(text: str, q: Quantity, lang: str) -> bool:
    """Whether q is the "per so many" of a ratio rather than a figure."""
    if lang == "ru" and q.unit != "count":
        # "на 1 тенге господдержки приходится 17 тенге": a round sum after "на" before the ratio verb
        return _round(q.value) and RU_ON_BEFORE.search(text, max(0, q.start - 24), q.start) is not None \
            and RU_RATIO_VERB.match(text, q.end) is not None
    if q.unit != "count":
        return False
    if lang == "kk":
        return KK_PER_AFTER.match(text, q.end) is not None or (
            KK_EACH_BEFORE.search(text, max(0, q.start - 8), q.start) is not None
            and KK_DATIVE_END.search(text, max(0, q.end - 3), q.end) is not None)
    if lang != "ru":
        return False
    head = text[max(0, q.start - 24):q.start]
    if RU_PER_BEFORE.search(head):
        return True
    lemma = (q.object_lemma or "").split()[-1:] or [""]
    if not (RU_ON_BEFORE.search(head) is not None and lemma[0].startswith(RU_PEOPLE)):
        return False
    return RU_RATIO_VERB.match(text, q.end) is not None or (
        _round(q.value) and RU_RATE_BEFORE.search(text, max(0, q.start - 60), q.start) is not None)


def _round(value: float) -> bool:
    """Whether value is a power of ten (1, 1000, 100 000, 1 million): a scale, not a count."""
    while value >= 10 and value % 10 == 0:
        value /= 10
    return value == 1


@lru_cache(maxsize=3)
def _named(lang: str) -> re.Pattern[str] | None:
    forms = load_json("programmes.json").get("numbered_names", {}).get(lang)
    if not forms:
        return None
    return re.compile(r"(?:" + GAP + r"|-)(?:" + "|".join(forms) + ")", re.I)


def opens_a_name(text: str, q: Quantity, lang: str) -> bool:
    """Whether q is the number of a plan's name written without quotes ("100 конкретных шагов")."""
    named = _named(lang)
    return named is not None and q.unit == "count" and named.match(text, _number_end(text, q)) is not None


def _number_end(text: str, q: Quantity) -> int:
    """Where the number of q ends: its first word (digits, or a number word)."""
    m = re.match(r"\d[\d \u00a0.,]*\d|\d|[^\W\d_]+", text[q.start:q.end])
    return q.start + (m.end() if m else 0)


# a count of times followed by the period it repeats in ("три раза в год", "4 times a week";
# "айына 2 рет" needs no rule: "рет" is a time noun) states a frequency; "в 2 раза за год" is a multiple
FREQUENCY_AFTER = re.compile(
    r"[ \u00a0]+(?:в[ \u00a0]+(?:(?:одн[иу]|одну|каждую|каждый|каждые)[ \u00a0]+)?(?:день|сутки|неделю|недели|месяц|"
    r"месяца|квартал|полгода|год|года)|(?:a|per|every|each)[ \u00a0]+(?:day|week|month|quarter|year))(?![^\W\d_])",
    re.I)


def is_frequency(text: str, end: int) -> bool:
    """Whether the count of times ending at `end` is followed by the period it repeats in."""
    return FREQUENCY_AFTER.match(text, end) is not None


# what may follow a Kazakh noun stem: plural, possessive and case endings ("мәселелерге", "сұраққа")
KK_NOUN_ENDING = re.compile(r"(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?(?:н|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|а|е|на|не|"
                            r"да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|мен|пен|бен)?")


def is_speech_point(q: Quantity, lang: str) -> bool:
    """Whether a count written in words counts points of the speech ("остановился на двух
    проблемах", "үш мәселеге"), not things in the region."""
    if q.unit != "count" or not q.object_lemma or lang not in ("ru", "kk"):
        return False
    last = q.object_lemma.split()[-1]
    nouns = word_set("discourse_nouns", lang)
    return last in nouns if lang == "ru" else any(last.startswith(n) and KK_NOUN_ENDING.fullmatch(last[len(n):])
                                                  for n in nouns)


# "+7 701 123 4567", "8 (7182) 32-45-67", "8-800-080-22-22", "32-45-67": digits grouped as phones are
PHONE = quick(re.compile(r"(?<![\d.,])(?:(?:\+7|8)[ \u00a0-]?\(?\d{3,5}\)?[ \u00a0-]?\d{1,3}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}|"
                         r"\d{2,3}-\d{2}-\d{2})(?![\d.,])"))
# a service's short number before its name: "1414 бірыңғай байланыс орталығына", "109 нөмірі" (three or four
# digits: "2 байланыс орталығы ашылды" counts centres)
SERVICE_AFTER = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}?(?:байланыс[ \u00a0]+орталығ|нөмір)", re.I)
SERVICE_DIGITS = re.compile(r"(?<!\d)(?<!\d[ ,.\u00a0])\d{3,4}(?!\d|[ ,.\u00a0]\d)")


def phone_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of phone numbers in text[start:end]."""
    return [m.span() for m in PHONE.finditer(text, start, end)]


def is_phone(text: str, q: Quantity, phones: list[tuple[int, int]]) -> bool:
    """Whether q stands inside a phone number or is a service's short number before its name."""
    if any(a <= q.start < b for a, b in phones):
        return True
    digits = SERVICE_DIGITS.match(text, q.start)
    return q.unit in ("count", "") and digits is not None and SERVICE_AFTER.match(text, digits.end()) is not None


# "статье 27", "пункт 3", "подпункта 2", "приложению 5", "п. 3", "ст. 15", "пп. 2": a part of a legal act
RU_REFERENCE_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:стать|пункт|подпункт|приложени|раздел|параграф)[а-яё]*|"
                                 r"(?<![^\W\d_])(?:п|пп|ст|ч|прил)\.)[ \u00a0]*$", re.I)


def is_reference(text: str, q: Quantity, lang: str) -> bool:
    """Whether q numbers an article, a clause or an annex of a legal act ("статье 27 Закона")."""
    return lang == "ru" and RU_REFERENCE_BEFORE.search(text, max(0, q.start - 14), q.start) is not None


# "сағат 14.00-де", "сағат 10-да", "14:30-ға", "18.00-ге дейін" (until: its "-ге"): a time of day
KK_CLOCK_BEFORE = re.compile(r"(?<![^\W\d_])сағат[ \u00a0]*$", re.I)
CLOCK_WITH_CASE = re.compile(r"[0-2]?\d[.:][0-5]\d-?(?:де|да|те|та|ге|ға|ке|қа|ден|дан|тен|тан)(?![^\W\d_])", re.I)


def is_clock(text: str, q: Quantity, lang: str) -> bool:
    """Whether q is a time of day ("сағат 14.00-де")."""
    return lang == "kk" and (KK_CLOCK_BEFORE.search(text, max(0, q.start - 8), q.start) is not None
                             or CLOCK_WITH_CASE.match(text, q.start) is not None)
