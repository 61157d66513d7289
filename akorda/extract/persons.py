"""The official who reports: a person named in the title or the lead, in the
nominative case.

Russian uses a morphology rule (capitalised words pymorphy takes for names,
or does not know at all, as Kazakh names often are), then runs of capitalised
words; pymorphy puts the name back into the nominative. English and Kazakh name
people as runs of capitalised words, which a short rule finds without a model.

natasha's NER model used to be the Russian fallback. Measured on the team's 62
releases it ran on one title and changed nothing once the fallback run takes
the verb's case ("принял акима ... Дархана Сатыбалды"); natasha imports
pymorphy2 and ships 50 MB of models, so the engine no longer needs it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract import morph
from akorda.extract.knowledge import cue_pattern, en_verbs
from akorda.extract.person_names import normalize_person
from akorda.extract.persons_en import looks_like_person
from akorda.extract.persons_en import surname_after_role as en_surname_after_role
from akorda.extract.persons_headline import (
    ROLE,
    SURNAME_LIKE,
    case_hint,
    kk_surname_after_role,
    ru_surname_after_role,
    strip_kk_case,
    surname_in_title,
)
from akorda.extract.persons_reporter import (
    LONE_REPORTERS,
    kk_reporter,
    lone_reporter,
    name_like,
    not_names,
    region_word,
)
from akorda.extract.regions import find_regions
from akorda.extract.union import quick

CAP = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+"
# an English run of capitals that names a company, a fund or a programme, or owns something ("Samruk
# Kazyna Group's net profit"): an official is never one (issue 8)
EN_ORGANISATION = re.compile(r"\b(?:Company|Group|Fund|Holding|Bank|Corporation|JSC|LLP|Program|Programme|Project|"
                             r"Railways?|Agency|Committee|Ministry|Plant|Airport|University)\b|['’]s$")
EN_ORGANISATION_AFTER = re.compile(r"[ \u00a0]+(?:national\s+)?(?:company|group|fund|holding|program|programme|project|"
                                   r"plant|JSC|LLP)\b", re.I)
CAP_RUN = re.compile(rf"(?<![^\W\d_]){CAP}(?:[ \u00a0]+{CAP}(?![\w'’-]|[ \u00a0]+облысы))" "{1,4}")  # "Абай облысы"


# the one who chairs or gives the instructions is not the official who reports:
# "Олжас Бектенов ... бөлуді тапсырды", "облыс әкімі X төрағалық еткен мәжілісте"
CHAIR_AFTER = re.compile(r"[^.!?]{0,80}?(?:тапсырды|төрағалық|поручил|instructed|chaired)", re.I)


def _chairs(text: str, name: str) -> bool:
    """Whether the named person instructs or chairs: his surname, undeclined, and the verb after
    it. A declined surname is no subject ("заслушал доклад премьер-министра Смаилова ... и
    поручил": the Head of State instructs, the Prime Minister reports)."""
    surname = name.split()[-1][:5]
    at = text.find(surname)
    if at < 0:
        return False
    said = WORD_AT.match(text, at)
    if said is not None and said.group().lower() != name.split()[-1].lower() and DECLINED.search(said.group()):
        return False
    return bool(CHAIR_AFTER.match(text, at + len(surname)))


WORD_AT = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# the endings of a Russian surname in -ов/-ев/-ин in an oblique case ("Смаилова", "Скляру", "Бектеновым")
DECLINED = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|ой|ым)$")


SPEECH = re.compile(r"\s*[—–-]\s")


def _named_in_title(title: str, lang: str) -> str | None:
    """A full name in the headline; in Kazakh also right after a role word, where a name needs
    no Russian ending either ("әкімі Жеңіс Қасымбекті қабылдады"), as in the body."""
    if not title:
        return None
    name = _find_in(_unsaid(title), lang)
    if name is None and lang == "kk":
        name = next((n for m in ROLE.finditer(title) for n in [_find_in(m.group("tail"), lang, runs_only=True)] if n), None)
    return name


def find_official(title: str, paragraphs: list[str], lang: str, governor_first: bool = False) -> str | None:
    """The person the release is about: named in the title, else the first
    person introduced by a role word (akim, minister, chairman ...) in the body;
    one who chairs or instructs only where nobody else is named. On a working trip
    (``governor_first``), or where the headline says a governor was received without naming him
    ("принял акима Атырауской области"), the governor reports: one named anywhere in the body
    comes before a minister who showed one project or is mentioned in passing."""
    premier = other = None
    single = surname_in_title(title, lang)
    name = chair = _named_in_title(title, lang)
    if name and not _chairs(title, name):
        return _capitals(name)
    governor_first = governor_first or bool(title and cue_pattern("governor_words").search(title))
    for para in paragraphs:
        if SPEECH.match(para):
            continue  # direct speech names whom the speaker addresses, not who reports
        para = _unsaid(para)
        for m in ROLE.finditer(para):
            # a Russian role word stays before the name: its case is the name's ("с акимом Дарханом ...")
            name = _find_in(para[m.start():m.end("tail")] if lang == "ru" else m.group("tail"), lang, runs_only=True)
            if name is None and single is None:
                single = kk_surname_after_role(para[m.end():m.end() + 40]) if lang == "kk" \
                    else ru_surname_after_role(para[m.end():m.end() + 60], para[:m.end()]) if lang == "ru" \
                    else en_surname_after_role(para[m.end():m.end() + 40])  # (initials end the tail)
            if name and (chair is None or name.split()[-1][:5] != chair.split()[-1][:5]):
                if lang == "kk" and PRIME_MINISTER_BEFORE.search(para, max(0, m.start() - 9), m.start()) \
                        and not DEPUTY_AFTER.match(para, m.end()):
                    premier = premier or name  # the Prime Minister acts beside the official (issue 8)
                    continue
                if _chairs(para, name):
                    chair = chair or name
                    continue
                if governor_first and not cue_pattern("governor_words").match(m.group()):
                    other = other or name
                    continue
                return _capitals(name)
    if other:
        return _capitals(other)
    name = (kk_reporter(paragraphs) if lang == "kk" else None) or premier
    if name:
        return _capitals(name)
    for para in paragraphs[:3]:
        # no role word: the first person the lead names ("Дархан Сатыбалды өз баяндамасында ...")
        name = _find_in(_unsaid(para), lang, runs_only=lang == "ru")
        if name and not _chairs(para, name):
            return _capitals(name)
    lone = LONE_REPORTERS.get(lang)
    name = _reporter(paragraphs, lang) or single or (lone_reporter(paragraphs, lone) if lone else None)
    return _capitals(name) if name else _capitals(chair) if chair else None


PRIME_MINISTER_BEFORE = re.compile(r"(?:Премьер|Премер)-$", re.I)
DEPUTY_AFTER = re.compile(r"[ \u00a0]+(?:орынбасар|бірінші\s+орынбасар)", re.I)
# the official named as the one who reports, far down the body with no role word before the
# name: "Сонымен қатар X Y тапсырмалардың орындалу барысы туралы баяндады"
# "рассказал Президенту о ...": telling the Head of State is reporting to him
REPORT_VERB = (r"(?:баяндады|есеп\s+берді|доложил|отчитался|проинформировал"
               r"|рассказала?\s+(?:президенту|главе\s+государства)|reported\s+on|briefed|informed)")
REPORTS_AFTER = re.compile(rf"[^.!?]{{0,80}}?{REPORT_VERB}", re.I)
REPORTS = re.compile(REPORT_VERB, re.I)


def _reporter(paragraphs: list[str], lang: str) -> str | None:
    for para in paragraphs[3:]:
        if not REPORTS.search(para):
            continue  # cheap first: names are looked for only beside a verb of reporting
        name = _find_in(_unsaid(para), lang, runs_only=lang == "ru")
        if not name:
            continue
        # the whole surname first: its first letters may open another name ("Касым-Жомарт" for "Касымбек")
        last = name.split()[-1]
        surname = last if last in para else last[:5]
        at = para.find(surname)
        if at >= 0 and REPORTS_AFTER.match(para, at + len(surname)):
            return name
    return None


ACRONYM_LETTERS = 4


def _capitals(name: str) -> str:
    """A name set in capitals is written as a name ("Канат ЖУМАБАЕВ" -> "Канат Жумабаев");
    an acronym before a full name ("СКО Айдарбек Сапаров", the region's short name) is no part of it.

    >>> _capitals("СКО Айдарбек САПАРОВ")
    'Айдарбек Сапаров'
    """
    words = name.split()
    while len(words) > 2 and words[0].isupper() and len(words[0]) <= ACRONYM_LETTERS:
        words = words[1:]
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and len(w) > 2 else w for w in words)


QUOTED_NAME = re.compile(r"«[^»]{0,80}»|\"[^\"]{0,80}\"|“[^”]{0,80}”")
PATRONYMIC = re.compile(r"(?:ұлы|қызы|улы|кызы|вич|вна|uly|qyzy)$", re.I)


def _blank(m: re.Match[str]) -> str:
    """A company or programme in quotes is never a person: blank it, keeping offsets."""
    return " " * len(m.group())


# who says it, not who reports: a spokesman ("сообщил пресс-секретарь главы государства Берик Уали",
# "the President's press secretary said") and the credit of a photo or the text ("Фото © Outlet /
# Name", "Автор: Name"), each with the names that follow it in the same sentence. "Спикер" alone is
# the Speaker of a chamber, an official the Head of State receives ("принял спикера Мажилиса"): a
# spokesman only where he speaks ("сообщил спикер ...") or is called official ("официальный спикер")
SPOKESMAN = r"(?:(?:сообщил|заявил|рассказал|пояснил|уточнил|отметил|передал)\w*[ \u00a0]+|официальн\w+[ \u00a0]+)спикер\w*"
SOURCE_PERSON = quick(re.compile(
    rf"(?<![^\W\d_])(?i:пресс-секретар\w*|{SPOKESMAN}|баспасөз\s+хатшы\w*|press\s+secretary|spokes(?:man|woman|person)"
    r"|(?:Фото|Photo|Сурет\w*|Автор\w*|Author)(?![^\W\d_]))"
    rf"(?:[^.!?\n]|\.(?=\S)){{0,60}}?{CAP}(?:[ \u00a0]+{CAP}){{1,4}}(?:(?:,\s*|\s+(?:и|және|and)\s+){CAP}(?:[ \u00a0]+{CAP}){{1,4}})*"))


def _unsaid(text: str) -> str:
    """The text with what never names the official blanked, offsets kept: names in quotes (a
    company, a programme) and the source of the story (a spokesman, a photo credit)."""
    return SOURCE_PERSON.sub(_blank, QUOTED_NAME.sub(_blank, text))


REGION_WORD_BEFORE = re.compile(r"(?<![^\W\d_])област\w*[ \u00a0]+$", re.I)


def _ru_rule(text: str) -> str | None:
    """A run of capitalised words that morphology takes for a name ("Марата Султангазиева").

    Words pymorphy knows as names or surnames, or does not know at all (Kazakh
    names), next to each other; known common words ("Президенту", "Франции")
    break the run. Cheap, so it runs before the NER model.
    """

    for m in CAP_RUN.finditer(text):
        run: list[str] = []
        words = m.group().split()
        ok = [_ru_name_part(w) and not cue_pattern("head_of_state").search(w) and not region_word(w) for w in words]
        for i in range(len(words) - 1):
            # a first name that is also a common word ("Сырым Шарипханов") stands before a surname
            # ("Дарханом Сатыбалды": the dictionary knows "Дархан" as a town; a first name used as a
            # surname ends the run, while "Турции Реджепом Тайипом" has a name after the country)
            if not ok[i] and ok[i + 1] and _surname_after(words, i) and words[i].lower() not in not_names() \
                    and not _function_word(words[i]) \
                    and not (words[i].isupper() and len(words[i]) <= ACRONYM_LETTERS) \
                    and not cue_pattern("head_of_state").search(words[i]) and not region_word(words[i]) \
                    and not _hyphenated_office(words[i]):
                ok[i] = True
        if _agrees_with_noun_after(words[-1], text, m.end()):
            ok[-1] = False  # "в селе Курык Каракиянского района": an adjective of the place's noun, no surname
        if REGION_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and find_regions(f"области {words[0]}"):
            ok[0] = False  # "акима области Абай Нурлана ...": the regions of 2022 put their name after the word
        for word, good in zip([*words, ""], [*ok, False], strict=True):
            if good:
                run.append(word)
                continue
            if len(run) >= 2 and any(name_like(w) for w in run):
                hint = case_hint(text[:m.start()])
                return normalize_person(" ".join(run[:3]), hint)
            run = []
    return None


def _surname_after(words: list[str], i: int) -> bool:
    """Whether words[i + 1] is a surname: by its ending or tag, or a first name that ends the
    run (Kazakh surnames such as "Сатыбалды" are first names)."""
    nxt = words[i + 1]
    if SURNAME_LIKE.search(nxt) or any("Surn" in p.tag for p in morph.parses(nxt.lower())):
        return True
    return i + 2 == len(words) and any("Name" in p.tag for p in morph.parses(nxt.lower()))


# parts of speech no name takes: "Также Курмангали сообщил" opens with a particle, not a first name
FUNCTION_POS = frozenset({"PRCL", "CONJ", "PREP", "ADVB", "INTJ", "PRED", "NPRO"})
NEXT_WORD = re.compile(r"[ \u00a0]+([а-яё]+)")


def _function_word(word: str) -> bool:
    """A word the dictionary knows only as a particle, conjunction, preposition, adverb or pronoun."""
    parses = morph.parses(word.lower())
    return bool(parses) and all(p.tag.POS in FUNCTION_POS for p in parses)


def _agrees_with_noun_after(word: str, text: str, end: int) -> bool:
    """Whether a capitalised word is an adjective agreeing with the lower-case noun after it
    ("Каракиянского района", "Мунайлинском районе"): a place's adjective, never a surname."""
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    # (an indeclinable letter, "о", is a noun to the dictionary in every case: a real noun declines)
    nouns = [p.tag for p in morph.parses(m.group(1)) if p.tag.POS == "NOUN" and "Fixd" not in p.tag]
    # (a surname in -ов/-ин declines as a possessive adjective: "Аксакалова заместителя" is no place)
    return any(p.tag.POS == "ADJF" and "Poss" not in p.tag and any(p.tag.case == n.case and p.tag.number == n.number
                                           and (n.number == "plur" or p.tag.gender == n.gender) for n in nouns)
               for p in morph.parses(word.lower()))


@lru_cache(maxsize=50_000)
def _ru_name_part(word: str) -> bool:
    """Whether a capitalised word may be part of a Russian name (memoised: ``_ru_rule`` asks it of
    every word of every run of capitals)."""
    if word.lower() in not_names() or (word.isupper() and len(word) <= ACRONYM_LETTERS):
        return False  # an acronym ("АО НК «...» Асхата") is never part of a name
    if _hyphenated_office(word):
        return False
    parses = morph.parses(word.lower())
    if any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) for p in parses):
        return True
    if SURNAME_LIKE.search(word):
        return True
    top = parses[0]
    return type(top.methods_stack[0][0]).__name__ != "DictionaryAnalyzer"


def _hyphenated_office(word: str) -> bool:
    """"Премьер-министра Романа ...": a hyphenated office word, not a double name ("Қасым-Жомарт")."""
    return "-" in word and _common_word(word.rsplit("-", 1)[1])


def _common_word(word: str) -> bool:
    """A word the dictionary knows, and not as a name ("министра"; not "Жомарт", not "Али")."""
    parses = morph.parses(word.lower())
    return bool(parses) and type(parses[0].methods_stack[0][0]).__name__ == "DictionaryAnalyzer" \
        and not any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) for p in parses)


def _before_head_of_state(words: list[str]) -> list[str]:
    """The words of a run of capitalised words before the Head of State's name, where two or
    more stand before it (Kazakh puts the reporter first, then the addressee in the dative)."""
    # (his name first, as a headline's subject: "Тоқаев Қанат Бозымбаевпен ... сөйлесті", the rest is the official)
    lead = 0
    while lead < len(words) and cue_pattern("head_of_state").search(words[lead]):
        lead += 1
    words = words[lead:]
    at = next((i for i, w in enumerate(words) if cue_pattern("head_of_state").search(w)), None)
    return words[:at] if at is not None and at >= 2 else words


def _after_verbs(words: list[str]) -> list[str]:
    """An English run with a base-form verb in it is a title's words: "the Plan to Restore Rural
    Growth" names a document, not a person (no name is an English verb, data/en_verbs.json)."""
    return [] if any(w.lower() in en_verbs() for w in words) else words


def _find_in(text: str, lang: str, runs_only: bool = False) -> str | None:
    if lang == "ru":
        name = _ru_rule(text)
        if name or runs_only:
            return name

    for m in CAP_RUN.finditer(text):
        run = m.group()
        if lang == "en" and (EN_ORGANISATION.search(run) or EN_ORGANISATION_AFTER.match(text, m.end())):
            # "Kazakhstan Temir Zholy National Company", "the Nurly Zhol program": no person; but the
            # name that follows the company's ("… National Company Magzum Mirzagaliyev") is one
            last = [o for o in EN_ORGANISATION.finditer(run) if o.group()[:1].isupper()]
            rest = run[last[-1].end():].split() if last and not EN_ORGANISATION_AFTER.match(text, m.end()) else []
            if len(rest) < 2 or EN_ORGANISATION.search(" ".join(rest)):
                continue
            run = " ".join(rest)
        # (a Kazakh office word keeps its case ending: "Президентке", to the President)
        words = [w for w in run.split()
                 if w.lower().strip(".,'’") not in not_names() and not region_word(w)
                 and not (lang == "kk" and strip_kk_case(w).lower() in not_names())]
        if lang == "kk":
            # "Құмар Ақсақалов Қасым-Жомарт Тоқаевқа ... есеп берді": the reporter, then whom he reports to
            words = _before_head_of_state(words)
        if lang == "en":
            words = _after_verbs(words)
        if len(words) < 2 or cue_pattern("head_of_state").search(" ".join(words)):
            continue
        # right after a role word ("әкімі Нұрдәулет Қилыбайдың") a Kazakh name needs no Russian ending
        after_role = runs_only and lang == "kk" and m.start() <= 2
        if lang != "en" and not after_role and not any(name_like(w) for w in words):
            continue
        # an acronym is never a name; a name in capitals is written as a name ("JÁRIMBETOVA")
        words = [w[:1] + w[1:].lower() if w.isupper() and len(w) > 4 else w for w in words
                 if not (w.isupper() and len(w) <= 4)]
        if len(words) < 2:
            continue
        words = words[-2:] if lang == "en" else words[:3] if len(words) > 2 and PATRONYMIC.search(words[2]) else words[:2]
        if lang == "en" and not looks_like_person(words):
            continue  # a facility, a programme or a venue in capitals ("the Celebration Hall")
        if lang == "kk":
            words = [strip_kk_case(w) for w in words]
        if lang == "ru":
            # "принял акима … Дархана Сатыбалды": an indeclinable surname leaves the case to the verb
            hint = case_hint(text[:m.start()])
            return normalize_person(" ".join(words), hint)
        return " ".join(words)
    return None
