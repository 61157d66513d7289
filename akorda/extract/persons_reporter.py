"""Who reported, where a release names him without a role word before the name: a sentence that
opens with his bare surname and a verb of reporting, or (Kazakh) his name in the genitive before
his report or as the speaker after a quote. Split out of persons.py, which finds the official from
the headline and the body's role words and falls back on these."""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract import morph
from akorda.extract.knowledge import cue_pattern, word_set
from akorda.extract.persons_headline import ROLE, SURNAME_LIKE
from akorda.extract.regions import find_regions


def not_names() -> frozenset[str]:
    """Capitalised words that are offices, bodies or countries, not names (data/lexicon.json)."""
    return word_set("not_names")


def name_like(word: str) -> bool:
    if SURNAME_LIKE.search(word):
        return True
    return any(("Name" in p.tag or "Surn" in p.tag) for p in morph.parses(word.lower()))


@lru_cache(maxsize=50_000)
def region_word(word: str) -> bool:
    """Whether a word names a region or city (memoised: names are checked word by word)."""
    return bool(find_regions(word))


# a Russian sentence that opens with the reporter's bare surname, or initials glued to it, as the
# subject of a verb of reporting: "Сериков доложил Главе государства ...", "А.Б.Нуров
# проинформировал Президента ..." (a release that named him in full only in a headline it lost),
# a discourse word before him or not ("Также Сериков доложил ...")
LONE_REPORTER = re.compile(
    r"(?:^|(?<=[.!?»])\s+)(?:(?:Также|Затем|Далее|Кроме[ \u00a0]+того,?)[ \u00a0]+)?"
    r"(?P<initials>(?:[А-ЯЁ]\.[ \u00a0]?){1,2})?(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"[ \u00a0]+(?:также[ \u00a0]+)?(?:доложила?|проинформировала?|информировала?|отчитал(?:ся|ась))(?![а-яё])")


# the same in Kazakh, the Head of State in the dative after the surname and the verb at the end:
# "Сейітов Мемлекет басшысына ... баяндады"; with initials the surname needs no addressee
# ("Н.Ноғаев зауыт құрылысы туралы баяндады")
KK_LONE_REPORTER = re.compile(
    r"(?:^|(?<=[.!?»])\s+)(?P<initials>(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.[ \u00a0]?){1,2})?(?P<surname>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)"
    r"[ \u00a0]+(?(initials)|(?:Президентке|Мемлекет[ \u00a0]+басшысына|Елбасына))[^.!?]{0,200}?"
    r"(?:баяндады|есеп[ \u00a0]+берді|ақпарат[ \u00a0]+берді)(?![а-яёәғқңөұүһі])")


# each language's pattern states all a lone reporter needs; _lone_reporter only rules out words
# that are no names
LONE_REPORTERS = {"ru": LONE_REPORTER, "kk": KK_LONE_REPORTER}


def lone_reporter(paragraphs: list[str], pattern: re.Pattern[str]) -> str | None:
    """The surname (with its initials, if any) of a sentence's subject that reports; never
    the Head of State, an office or a place, and only a word a name can be."""
    for para in paragraphs[:REPORTER_PARAGRAPHS]:
        for m in pattern.finditer(para):
            surname = m.group("surname")
            if cue_pattern("head_of_state").search(surname) or surname.lower() in not_names() \
                    or region_word(surname) or not (m.group("initials") or name_like(surname)):
                continue
            initials = re.sub(r"[ \u00a0]", "", m.group("initials") or "")
            return f"{initials} {surname}".strip()
    return None


REPORTER_PARAGRAPHS = 8


# Kazakh names the reporter in the genitive before the report or the source of a statement:
# "Жеңіс Қасымбектің баяндамасын тыңдады", "Жеңіс Қасымбектің айтуынша" (according to ...);
# and the speaker after "деді" at the end of a quote ("..., – деді А.Көлгінов.")
KK_GENITIVE_REPORTER = re.compile(
    r"(?<![^\W\d_])(?P<name>[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+[ \u00a0]+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+?)(?:тың|тің|дың|дің|ның|нің)[ \u00a0]+"
    r"(?:баяндамасын|баяндауынша|есебін|айтуынша|сөзінше|мәліметінше|дерегінше)(?![^\W\d_])")
KK_SPEAKER_AFTER = re.compile(
    r"(?:деді|деп\s+атап\s+өтті)[ \u00a0]+(?P<name>(?:[А-ЯӘҒҚҢӨҰҮҺІ]\.[ \u00a0]?)?[А-ЯӘҒҚҢӨҰҮҺІ][\w-]{3,})[.!]?\s*$")


def kk_reporter(paragraphs: list[str]) -> str | None:
    """The reporter a Kazakh release names in the genitive before his report, or as the
    speaker of the quote that ends a paragraph; never the Head of State."""
    for para in paragraphs:
        for m in (*KK_GENITIVE_REPORTER.finditer(para), *KK_SPEAKER_AFTER.finditer(para)):
            name = m.group("name")
            if not cue_pattern("head_of_state").search(name) and name.split()[0].lower() not in not_names() \
                    and not ROLE.search(name):
                return name
    return None
