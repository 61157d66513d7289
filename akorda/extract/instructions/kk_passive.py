"""The Kazakh passive (see kk.py) and the task it names.

The Head of State often says what must be done in the passive with a modal: "... дәліз құрылуы
қажет" (a corridor must be built), "... клубтар салынуы керек" (clubs must be built), "... жұмыс
жүргізілуі тиіс" (work must be carried out). Independent annotators count such a clause as an
instruction, named as the action itself, by the active verbal noun ("дәліз құру", "клубтар салу"),
as the order "дәліз құру қажет" would be; the team follows them. A state to be in ("... болуы
керек", must be) has no passive and stays out (kk_state.py), and so does anyone else's word.

The passive is found by its ending, not by a list of verbs: "-ыл"/"-іл" after a consonant
("қойылады", "беріледі"), "-ын"/"-ін" after "л" ("салынады", "бөлінеді") and "-л" after a vowel
("жасалады", "оқылады"); an active verb ends the same way without it ("қолданады", uses;
"көрінеді", appears; "түсінуі", his understanding).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.kk_proper import verbal_noun

# the passive's sign, which closes the stem: its linking vowel (if any) and "-л"/"-н"
PASSIVE = (r"(?:(?<=[^\W\d_][бвгғджзйкқмнңпрстфхцчшщ])[ыі]л|(?<=[^\W\d_]л)[ыі]н|"
           r"(?<=[^\W\d_]{2}[аәеыіоөұүуя])л)")
# the verbal noun of a passive, bare (as normalize_task leaves it: "салыну") or possessive, as
# before a modal ("салынуы керек")
KK_PASSIVE_NOUN = re.compile(PASSIVE + r"у$", re.I)
KK_PASSIVE_NEED = re.compile(PASSIVE + r"у[ыі]$", re.I)
# the modals of need after which a passive names a task: "қажет", "керек", "тиіс" (and their
# reported forms, "қажет екенін айтты", "керектігін атап өтті")
KK_NEED_MODAL = re.compile(r"\s+(?:керек|қажет|тиіс)", re.I)


def active_task(task: str) -> str:
    """The task with its closing passive verbal noun put in the active voice, which is how an
    instruction is named: the passive sign is taken off the stem ("салыну" -> "салу", "құрылу" ->
    "құру", "жүргізілу" -> "жүргізу", "жабдықталу" -> "жабдықтау", "қойылу" -> "қою").

    >>> active_task("дәліз құрылу"), active_task("клубтар салыну"), active_task("жұмыс жүргізілу")
    ('дәліз құру', 'клубтар салу', 'жұмыс жүргізу')
    >>> active_task("мектептер жабдықталу"), active_task("белгілер қойылу"), active_task("үй салу")
    ('мектептер жабдықтау', 'белгілер қою', 'үй салу')
    """
    head, _, last = task.rpartition(" ")
    m = KK_PASSIVE_NOUN.search(last)
    if m is None:
        return task
    # (the linking vowel stays on the stem, where verbal_noun merges it: "салы" -> "салу")
    stem = last[:m.start() + 1] if last[m.start()].lower() in "ыі" else last[:m.start()]
    return (head + " " if head else "") + verbal_noun(stem)
