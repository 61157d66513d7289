"""From a release page to its record: the order in which the grammars run.

Spans index the string given to ``extract`` when it is plain text (with or
without site chrome). For HTML input the quotes index the clean text that
trafilatura renders (``Source.text``), since markup has no usable offsets.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from akorda.extract.body import prepare, sentences
from akorda.extract.dates import find_periods
from akorda.extract.event import find_event
from akorda.extract.facts import QUOTED, inside_period, is_day_of_month, make_fact, programmes_in, restates_money, topic_of
from akorda.extract.homoglyphs import cyrillic_twins, record_back, shared_prefix
from akorda.extract.instructions import continuation, extract_instructions, introduces_list, list_item, referred_topics, umbrella
from akorda.extract.instructions import list_assignee as list_assignee_of
from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.instructions.kk_created import created_body_tasks
from akorda.extract.instructions.kk_proposal import supported_proposal
from akorda.extract.instructions.kk_speaker import recounted, recounts
from akorda.extract.knowledge import word_set
from akorda.extract.quantities import LONE_SCALES, Quantity, scan
from akorda.extract.recalls import recalls_earlier as _recalls_earlier
from akorda.extract.record import Fact, Instruction, Record
from akorda.extract.restated import (
    HEADLINE_WORDS,
    distinct,
    generic_beside_specific,
    headline_instructions,
    headline_lines,
    headline_tasks,
    in_quote,
    named_in_headline,
)
from akorda.extract.source import HTML_SNIFF, Source, detect_lang
from akorda.extract.translit import Transliteration, is_latin_kazakh, to_cyrillic, to_latin
from akorda.extract.union import quick
from akorda.extract.units import scale_stems

# "довести этот показатель до 17 миллионов": the figure is of the measure the sentence before stated
REFERS_BACK = quick(re.compile(r"(?<![^\W\d_])(?:этот|данный|этого|данного|этим|данным)\s+показател", re.I))


def _carried_units(text: str, start: int, end: int, earlier: list[Fact], new: list[Fact]) -> list[Fact]:
    """A bare scaled number ("17 миллионов", read as a count of nothing) in a sentence that refers
    back to "этот показатель" takes the unit of the last figure stated before it."""
    new = _kk_parts(earlier, new)
    if not earlier or earlier[-1].unit == "count" or not REFERS_BACK.search(text, start, end):
        return new
    last = earlier[-1]
    return [replace(f, unit=last.unit, object=last.object, object_lemma=last.object_lemma)
            if f.unit == "count" and f.object is None else f for f in new]


# "Оның 1,4 млрд-ы ...", "оның 400 миллионы ...": a scale word (of millions and up, units.json) with
# the possessive ending is a part of the whole stated before it, in the whole's unit (the word after
# it is the predicate, not a noun)
KK_PART_FLOOR = 1e6
KK_PART_SCALE = re.compile(rf"[\d \u00a0\u202f,.]+(?:{'|'.join(scale_stems(KK_PART_FLOOR))})-?[ыі](?![^\W\d_])", re.I)


def _kk_parts(earlier: list[Fact], new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    for f in new:
        whole = (earlier + out)[-1] if earlier or out else None
        part = KK_PART_SCALE.match(f.quote) if f.unit == "count" else None
        if part and whole is not None and whole.unit != "count" and whole.value > f.value:
            f = replace(f, unit=whole.unit, object=None, object_lemma=None, quote=part.group(),
                        span=(f.span[0], f.span[0] + part.end()))
        out.append(f)
    return out


def extract(text: str, lang: str | None = None) -> Record:
    """The release record of a page (plain text with or without chrome, or HTML).

    Kazakh in the Latin alphabet is read through Cyrillic (``translit``); its quotes
    and instruction texts are mapped back to the Latin input. Latin look-alikes inside
    Cyrillic words are read as the Cyrillic letters they stand for (``homoglyphs``)."""
    if HTML_SNIFF.search(text[:2000]):
        return _extract(text, lang)
    fixed = cyrillic_twins(text)
    if fixed != text:
        return record_back(_extract_plain(fixed, lang), fixed, text)
    return _extract_plain(text, lang)


def _extract_plain(text: str, lang: str | None) -> Record:
    if lang in (None, "kk") and is_latin_kazakh(text):
        latin = to_cyrillic(text)
        return _back_to_latin(_extract(latin.text, "kk"), latin, text)
    return _extract(text, lang)


def _back_to_latin(record: Record, latin: Transliteration, text: str) -> Record:
    cyrillic = latin.text

    def back(span: tuple[int, int], length: int | None = None) -> tuple[int, int]:
        return latin.span_back(span[0], span[0] + length if length is not None else span[1])

    facts = []
    for f in record.facts:
        a, b = back(f.span)
        facts.append(replace(f, quote=text[a:b], span=(a, b)))
    items = []
    for i in record.instructions:
        a, b = back(i.span)
        quote = cyrillic[i.span[0]:i.span[1]]
        # the task in dictionary form shares a prefix with its quote ("арттыруды" -> "арттыру",
        # "асырған" -> "асыру"): that part is the input's, an ending the engine wrote is spelt back
        shared = shared_prefix(i.text, quote)
        _, t_end = back(i.span, shared)
        items.append(replace(i, text=text[a:t_end] + to_latin(i.text[shared:], latin.modern), quote=text[a:b], span=(a, b),
                             assignee=to_latin(i.assignee, latin.modern) if i.assignee else None))
    title = record.title
    if title and cyrillic.find(title) >= 0:
        a, b = latin.span_back(cyrillic.find(title), cyrillic.find(title) + len(title))
        title = text[a:b]
    event = replace(record.event, official_name=to_latin(record.event.official_name, latin.modern)
                    if record.event.official_name else None)
    return replace(record, facts=tuple(facts), instructions=tuple(items), title=title, event=event)


def _sentence_facts(base: str, s_start: int, s_end: int, lang: str, year: int | None, progs: list[str],
                    earlier: list[Fact]) -> list[Fact]:
    """The facts of one sentence: its quantities less those inside a period, a date or a name."""
    periods = find_periods(base, s_start, s_end, lang, year)
    quantities = scan(base, s_start, s_end, lang)
    # a quote of speech ('“... 31.6 million tonnes,” the minister said') is no name: it ends in punctuation
    quoted = [m.span() for m in QUOTED.finditer(base, s_start, s_end) if base[m.end() - 2] not in ",.!?"
              and not _attributed(base, m.start(), m.end(), s_start)]
    # numbers inside names («Программа-2025», "100 concrete steps") are not facts (README)
    quantities = [q for i, q in enumerate(quantities) if not inside_period(q, periods) and not is_day_of_month(base, q, lang)
                  and not any(a <= q.start < b for a, b in quoted) and not restates_money(base, quantities, i)]
    previous: Quantity | None = None
    new: list[Fact] = []
    for q in quantities:
        new.append(make_fact(base, q, s_start, s_end, lang, periods, progs, previous))
        previous = q
    return _carried_units(base, s_start, s_end, earlier, new)


# «Мы построили 25 школ, еще 10 сдадим», – сказал аким: a quote of several words with the comma or the
# dash of the attribution after it is speech (Russian and Kazakh put the comma outside), not a name
ATTRIBUTION = re.compile(r"\s*,?\s*[–—-]\s")
SPEECH_WORDS = 5


# «100 пайыз қамтамасыз етіледі»: Әкім уәде берді — a headline that opens with the words it quotes
HEADLINE_SPEECH = re.compile(r"\s*:\s")
HEADLINE_SPEECH_WORDS = 3


def _attributed(text: str, start: int, end: int, s_start: int) -> bool:
    words = len(text[start:end].split())
    if HEADLINE_SPEECH.match(text, end) and not text[s_start:start].strip():
        return words >= HEADLINE_SPEECH_WORDS
    return ATTRIBUTION.match(text, end) is not None and words >= SPEECH_WORDS


def _extract(text: str, lang: str | None) -> Record:
    base, src, paragraphs = prepare(text)
    lang = lang or (src.lang if src else detect_lang(base))
    year = src.date.year if src and src.date else None
    lead_line = _lead_as_title(base, src, paragraphs)
    facts = _lead_title_facts(base, lead_line, lang, year)
    items: list[Instruction] = []
    found_programmes: list[str] = []
    in_list, list_assignee = False, None
    umbrellas = []
    continued = False
    last_sentence: tuple[int, int] | None = None
    read: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        item = list_item(base, p_start, p_end, lang) if in_list else None
        if item is not None:
            items.append(Instruction(text=item.text, action=item.action, quote=base[item.start:item.end],
                                     span=(item.start, item.end), assignee=item.assignee or list_assignee,
                                     topic=topic_of(item.action or item.text, lang)))
        in_list = item is not None
        for s_start, s_end in sentences(base, p_start, p_end):
            if lang == "kk" and _russian_in_kazakh(base, s_start, s_end):
                continue  # the outlet's Russian headlines of other stories around a Kazakh release
            progs = programmes_in(base, s_start, s_end)
            found_programmes.extend(c for c in progs if c not in found_programmes)
            facts.extend(_sentence_facts(base, s_start, s_end, lang, year, progs, facts))
            earlier = _recalls_earlier(base, s_start, s_end)
            found = [] if item is not None or earlier else extract_instructions(base, s_start, s_end, lang)
            if not found and item is None and continued:
                # "The President set a number of tasks. This includes A, B and C."
                found = continuation(base, s_start, s_end, lang)
                for ins in found:
                    items.append(Instruction(text=ins.text, action=ins.action, quote=base[ins.start:ins.end], span=(ins.start, ins.end),
                                             assignee=None, topic=topic_of(ins.action or ins.text, lang)))
            # an instruction or an umbrella may go on in the next sentence ("... to bring farming to a new
            # level. This includes A, B and C.")
            continued = bool(found)
            if not found and item is None and not earlier:
                u = umbrella(base, s_start, s_end, lang)
                # "The focus was on A and B. In this connection, concrete tasks were set for X.": the tasks
                # are the topics the sentence before named
                back = referred_topics(base, last_sentence, (s_start, s_end), lang) if u and last_sentence else []
                for ins in back:
                    items.append(Instruction(text=ins.text, action=ins.action, quote=base[ins.start:ins.end], span=(ins.start, ins.end),
                                             assignee=ins.assignee, topic=topic_of(ins.action or ins.text, lang)))
                if u is not None and not back:
                    umbrellas.append(u)
                    continued = True
            last_sentence = (s_start, s_end)
            read.append(last_sentence)
            for ins in found:
                items.append(Instruction(text=ins.text, action=ins.action, quote=base[ins.start:ins.end], span=(ins.start, ins.end),
                                         assignee=ins.assignee, topic=topic_of(ins.action or ins.text, lang)))
            if item is None and not found and introduces_list(base[s_start:s_end]):
                # "Глава государства дал ряд поручений:" and the items as paragraphs below
                in_list, list_assignee = True, list_assignee_of(base[s_start:s_end], lang)
    facts = _once(base, facts, sorted(paragraphs + ([lead_line] if lead_line else [])))
    facts = _headline_only_facts(base, src, lead_line, lang, year, facts) + facts
    # "жеткен триллион теңгеден": a scale word alone that recalls a figure stated before is that figure
    facts = [f for n, f in enumerate(facts) if not (f.quote.split()[0].lower() in LONE_SCALES and any(
        (e.value, e.unit) == (f.value, f.unit) for e in facts[:n]))]
    items = _with_created_body_tasks(base, items, read, lang)
    headline = headline_tasks(base, src, lang)
    items = named_in_headline(base, headline, items, lang)
    items = items + headline_instructions(base, headline, [i for i in items if not recounts(base, i.span[1], lang)], lang)
    gone = recounted(base, [(i.span[0], i.span[1], i.text) for i in items]) if lang == "kk" else set()
    items = generic_beside_specific(distinct([i for n, i in enumerate(items) if n not in gone], lang, base), base, lang)
    if lang == "ru":
        items = headline_lines(base, items)
    if not items and not umbrellas and src is not None and src.title_span is not None:
        # "Президент әкімге бірқатар тапсырма берді" as the headline, and no task in the body
        u = umbrella(base, *src.title_span, lang)
        umbrellas = [u] if u is not None else []
    if not items and umbrellas:
        # (a Kazakh "тиісті тапсырма берді" after a supported proposal: the proposal is the task)
        u = (supported_proposal(base, umbrellas[0]) if lang == "kk" else None) or umbrellas[0]
        items.append(Instruction(text=u.text, action=u.action, quote=base[u.start:u.end], span=(u.start, u.end), assignee=u.assignee))
    event = find_event(base, src, paragraphs, lang)
    return Record(lang=lang, event=event, facts=tuple(facts), instructions=tuple(items),
                  title=src.title if src else None, rubric=src.rubric if src else None,
                  programmes=tuple(found_programmes))


def _with_created_body_tasks(text: str, items: list[Instruction], read: list[tuple[int, int]], lang: str) -> list[Instruction]:
    """Each Kazakh item followed by the future tasks of the body it sets up ("комиссия құруды
    тапсырдым. Комиссия ... анықтайды.", kk_created)."""
    if lang != "kk":
        return items
    out = []
    for item in items:
        out.append(item)
        order = InstructionSpan(item.text, item.span[0], item.span[1], item.assignee)
        out.extend(Instruction(text=s.text, quote=text[s.start:s.end], span=(s.start, s.end), assignee=s.assignee,
                               topic=None) for s in created_body_tasks(text, order, read))
    return out


def _lead_as_title(text: str, src: Source | None, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a "title" that is a sentence of the story (it ends with a full stop, as
    headlines never do: a page that opens with its lead, "... , деп хабарлайды BAQ.KZ."), where
    it stands outside the body's paragraphs: its figures are the release's."""
    if src is None or src.title_span is None or not src.title:
        return None
    a, b = src.title_span
    if text[a:b] != src.title or not src.title.rstrip().endswith(".") or any(p < b and a < q for p, q in paragraphs):
        return None
    return a, b


def _lead_title_facts(text: str, lead_line: tuple[int, int] | None, lang: str, year: int | None) -> list[Fact]:
    """The figures of a lead sentence that the page reader took for the title (``_lead_as_title``)."""
    facts: list[Fact] = []
    if lead_line is not None:
        for s_start, s_end in sentences(text, *lead_line):
            facts.extend(_sentence_facts(text, s_start, s_end, lang, year, programmes_in(text, s_start, s_end), facts))
    return facts


# a headline figure the body rounds ("почти 1,5 тысячи километров" over "1 480 километров") is the body's
HEADLINE_ROUNDING = 0.1


def _headline_only_facts(text: str, src: Source | None, lead_line: tuple[int, int] | None, lang: str,
                         year: int | None, body: list[Fact]) -> list[Fact]:
    """The figures of the headline that the body never states («100 пайыз қамтамасыз етіледі» over a
    body that says "толық"): the headline is the release's too, and a figure stated once is a fact."""
    if src is None or src.title_span is None or lead_line is not None:
        return []
    a, b = src.title_span
    if text[a:b] != src.title:
        return []
    found: list[Fact] = []
    for s_start, s_end in sentences(text, a, b):
        found.extend(_sentence_facts(text, s_start, s_end, lang, year, programmes_in(text, s_start, s_end), found))
    # a count in a headline is most often the event's own ("receives governors of four regions"); a
    # scale word there may lack the currency the body gives ("Свыше 700 миллиардов"): any unit matches
    return [f for f in found if f.unit != "count" and not any(
        abs(float(e.value) - float(f.value)) <= HEADLINE_ROUNDING * abs(float(f.value)) for e in body)]


CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]{2,}", re.I)
KAZAKH_ONLY = re.compile(r"[әғқңөұүһі]", re.I)
FOREIGN_MIN_WORDS = 6
FUNCTION_WORD = re.compile(r"(?<![^\W\d_])[а-яё]{1,8}(?![^\W\d_])", re.I)


def _russian_in_kazakh(text: str, start: int, end: int) -> bool:
    """A sentence of six Cyrillic words or more without one Kazakh letter is Russian where it has
    a Russian function word ("и", "на", "для"): many Kazakh sentences are written in letters
    Russian shares ("Жайлы мектеп жобасы аясында 217 мектеп салынып жатыр")."""
    words = CYRILLIC_WORD.findall(text, start, end)
    return len(words) >= FOREIGN_MIN_WORDS and not any(map(KAZAKH_ONLY.search, words)) \
        and any(w.lower() in word_set("russian_function_words") for w in FUNCTION_WORD.findall(text, start, end))


def _once(text: str, facts: list[Fact], paragraphs: list[tuple[int, int]]) -> list[Fact]:
    """A figure stated twice in one release (a headline or caption line repeated in the
    body, contract README) is one fact: the same value, unit and wording in a short line and
    elsewhere count once, and so does one in the lead (the first long paragraph) that a quote
    further down says again: the lead sums up the speech. The same wording twice in the body
    may state two things."""
    def key(f: Fact) -> tuple[float, str, str]:
        return round(float(f.value), 6), f.unit, _said_of(f)

    lead = next(((a, b) for a, b in paragraphs if len(text[a:b].split()) > HEADLINE_WORDS), None)
    short = [(a, b) for a, b in paragraphs if len(text[a:b].split()) <= HEADLINE_WORDS]
    quoted = {key(f) for f in facts if lead and f.span[0] >= lead[1] and in_quote(text, f.span[0])}
    starts = [a for a, _ in short]
    counts: dict[tuple[float, str, str], int] = {}
    for f in facts:
        counts[key(f)] = counts.get(key(f), 0) + 1
    out = []
    for f in facts:
        k = key(f)
        at = bisect.bisect_right(starts, f.span[0]) - 1
        # a short line restates a figure said elsewhere; twice in the line itself, two measures share the amount
        in_short = at >= 0 and short[at][0] <= f.span[0] < short[at][1] and any(
            key(e) == k and not short[at][0] <= e.span[0] < short[at][1] for e in facts)
        in_lead = lead is not None and lead[0] <= f.span[0] < lead[1] and k in quoted
        if counts[k] > 1 and (in_short or in_lead):
            counts[k] -= 1
            continue
        out.append(f)
    return out


def _said_of(f: Fact) -> str:
    """What a restated figure must share besides its value and unit: a count, the stem of what
    it counts ("12 мектеп" and "12 мектептің" are one figure; "12 мектеп" and "12 аурухана" are
    two); money, shares and physical units nothing more, since a headline words them its own
    way ("450 млрд теңге", "450 миллиард теңгені")."""
    if f.unit != "count":
        return ""
    return (f.object_lemma or f.object or "").split(" ")[-1][:4]
