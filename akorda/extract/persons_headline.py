"""The official's surname where a headline (or a role word in the body) gives no full name:
"Президент Н.Ноғаевты қабылдады", "принял акима Б.Абдигалиулы", "әкімі Көлгіновке"; with the
grammar of names that the headline and the body share (Kazakh case endings, role words, the case
a Russian verb gives the name after it). Split out of persons.py, which reads the body.
"""
from __future__ import annotations

import re

from akorda.extract.knowledge import cue_pattern
from akorda.extract.person_names import normalize_surname
from akorda.extract.union import quick

KK_CASE = re.compile(
    r"(ов|ев|ин|ва|на|ұлы|қызы|ли|ло|ко)(?:ты|ті|ды|ді|ны|ні|н|қа|ке|ға|ге|мен|пен|бен|тың|тің|дың|дің|ның|нің|тан|тен|дан|ден|нан|нен)$"
    # a name that ends in a vowel ("Сатыбалды", "Уәли") takes the endings that begin with н/ғ/г/м
    r"|(?<=\w\w)([аәеыіоөұүуи])(?:ны|ні|ның|нің|ға|ге|мен|нан|нен|ге)$"
    # other consonant-final names ("Қилыбайдың", "Ерланға"): genitive and dative only, since
    # a nominative may end like an accusative ("Сатыбалды")
    r"|(?<=\w\w\w)([йлрнмңузжш])(?:дың|дің|тың|тің|ға|ге|қа|ке)$"
    # a name in "-бай", "-тай" takes the accusative "-ды" ("Қилыбайды"), which no nominative ends in
    r"|(?<=\w\w\w)(й)(?:ды|ді)$"
    # a voiceless final consonant takes the voiceless endings ("Қасымбекке", "Мұратқа", "Ахметтің"),
    # the accusative "Қасымбекті" and the instrumental "Қасымбекпен" among them
    r"|(?<=\w\w\w)([кқпстф])(?:тың|тің|қа|ке|ты|ті|пен)$"
)


def strip_kk_case(word: str) -> str:
    """Remove a Kazakh case ending from a surname ("Сұлтанғазиевті" → "Сұлтанғазиев").

    >>> strip_kk_case("Сұлтанғазиевті"), strip_kk_case("Әбілқайырұлымен")
    ('Сұлтанғазиев', 'Әбілқайырұлы')
    >>> strip_kk_case("Сатыбалдыны"), strip_kk_case("Уәлиге"), strip_kk_case("Сатыбалды")
    ('Сатыбалды', 'Уәли', 'Сатыбалды')
    >>> strip_kk_case("Қилыбайдың"), strip_kk_case("Ерден"), strip_kk_case("Серікбекке")
    ('Қилыбай', 'Ерден', 'Серікбек')
    >>> strip_kk_case("Қасымбекті"), strip_kk_case("Қасымбекпен"), strip_kk_case("Ахметті")
    ('Қасымбек', 'Қасымбек', 'Ахмет')
    """
    return KK_CASE.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5), word)


ROLE = quick(re.compile(
    r"(?<![^\W\d_])(?:аким\w*|әкім\w*|akim|governor|mayor|министр\w*|minister|председател\w*|chairman|chairwoman|"
    r"chair|руководител\w*|head\s+of\s+(?!state)|төраға\w*|(?<!мемлекет\s)басшы\w*|ceo|генеральн\w+\s+директор\w*|director)"
    r"(?=(?P<tail>[^.;:!?]{0,90}))",
    re.I,
))


GENITIVE_CONTEXT = re.compile(r"(?:принял|принимает|наградил)\s+[^.]*$|"
                              r"(?:акима|министра|председателя|руководителя|директора|посла)\s[^.]*$", re.I)
# "встретился с акимом области Дарханом Сатыбалды", "разговор с министром ...": the instrumental
INSTRUMENTAL_CONTEXT = re.compile(r"(?:встретил\w*|встреч\w*|разговор\w*|беседова\w*)\s+с\s+[^.]*$|"
                                  r"(?:акимом|министром|председателем|руководителем|директором|послом)\s[^.]*$", re.I)


def case_hint(before: str) -> str | None:
    """The case the words before a name give it: the nearer of a genitive cue ("принял акима")
    and an instrumental one ("встретился с акимом")."""
    gent, ablt = GENITIVE_CONTEXT.search(before), INSTRUMENTAL_CONTEXT.search(before)
    if gent and ablt:
        return "gent" if gent.start() > ablt.start() else "ablt"
    return "gent" if gent else "ablt" if ablt else None
SURNAME_LIKE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ий|ұлы|улы|қызы|кызы|ова|ева|ина|ына|ая)"
    r"(?:а|у|ым|ом|ой|ы|е|ті|ты|ды|ді|ға|ге|қа|ке|тың|тің|дың|дің|ның|нің|ны|ні|мен|пен)?$",
    re.I,
)


# a role word and the surname alone, in any case, perhaps after initials: "елорда әкімі Көлгіновке",
# "министрі Іу.Илинге" (the last resort of find_official: a full name elsewhere wins)
KK_ROLE_SURNAME = re.compile(r"\s+((?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]?\.\s?){0,2}[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{3,})(?![^\W\d_])")


def surname_in_title(title: str, lang: str) -> str | None:
    """A surname after a role word in the headline (with initials, or an initial alone in Kazakh):
    the fallback official when neither headline nor body gives a full name."""
    if not title:
        return None
    if lang == "kk":
        return next((n for m in ROLE.finditer(title) for n in [kk_surname_after_role(title[m.end():m.end() + 40])] if n),
                    None) or kk_initial_surname(title)
    if lang == "ru":
        return next((n for m in ROLE.finditer(title)
                     for n in [ru_surname_after_role(title[m.end():m.end() + 60], title[:m.end()])] if n), None)
    return None


def kk_surname_after_role(tail: str) -> str | None:
    """The surname right after a Kazakh role word, in the nominative, where it looks like one."""
    m = KK_ROLE_SURNAME.match(tail)
    if m is None or not SURNAME_LIKE.search(m.group(1)) or cue_pattern("head_of_state").search(m.group(1)):
        return None
    return strip_kk_case(m.group(1))


# an initial and a surname alone in a headline: "Президент Н.Ноғаевты қабылдады" (a last resort, as
# a surname after a role word: the body's full name wins)
KK_INITIAL_SURNAME = re.compile(r"(?<![^\W\d_])(?-i:[А-ЯӘҒҚҢӨҰҮҺІ]\.\s?[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{3,})(?![^\W\d_])")


def kk_initial_surname(title: str) -> str | None:
    m = KK_INITIAL_SURNAME.search(title)
    if m is None or not SURNAME_LIKE.search(m.group()) or cue_pattern("head_of_state").search(m.group()):
        return None
    return strip_kk_case(m.group())


RU_INITIALS_SURNAME = re.compile(r"(?:\s+(?![А-ЯЁ]\.)[\w-]+){0,3}?\s+((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]{3,})(?![^\W\d_])")


def ru_surname_after_role(tail: str, before: str) -> str | None:
    """Initials and a surname right after a Russian role word ("аким Б.Абдигалиулы", "министра
    А.Сапарова"), the surname put into the nominative by the case the role word gives it."""
    m = RU_INITIALS_SURNAME.match(tail)
    if m is None or not SURNAME_LIKE.search(m.group(1)) or cue_pattern("head_of_state").search(m.group(1)):
        return None
    initials, surname = m.group(1).rsplit(".", 1)
    return f"{initials}.{normalize_surname(surname.strip(), case_hint(before))}"
