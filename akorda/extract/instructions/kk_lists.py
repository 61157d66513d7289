"""Kazakh lists of tasks after a colon: the addressee of a list introduction ("Мемлекет басшысы
облыс әкіміне мынадай тапсырмалар берді:" and the tasks as paragraphs below), whose items name no
addressee of their own, the introduction names it for all; and the tasks listed after the colon
in the same sentence ("... тапсырмалар берді: A, B және C").
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import _addressee
from akorda.extract.instructions.kk_clauses import KK_JOINER, KK_MODAL_VERB, _clauses
from akorda.extract.instructions.kk_speaker import KK_FIRST_PERSON, KK_SUBJECT
from akorda.extract.instructions.kk_tasks import _tasks

# "(мынадай|бірқатар) тапсырмалар берді:", or the passive "... мынадай тапсырмалар берілді:" (were
# given the following tasks): the tasks follow the colon (the quantifier may be left out: "Үкіметке
# тапсырма берді: ...")
KK_COLON_LIST = re.compile(r"(?:(?:мынадай|төмендегідей|келесі|бірқатар|нақты|бірнеше)\s+)*(?:тапсырма|міндет|нұсқау)\w*\s+"
                           r"(?:берді|жүктеді|қойды|бер[ыі]пт[ыі]|берілді|жүктелді|қойылды)\s*:\s*", re.I)

# what follows the addressee in an introduction, to its end: "... қорына мынадай тапсырмалар берілді:"
KK_LIST_REST = re.compile(r"\s*" + KK_COLON_LIST.pattern + "$", re.I)
# an adverbial that opens a passive introduction: "Кездесу қорытындысында" (at the meeting's end)
KK_LIST_OPENER = re.compile(r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:нда|нде|да|де|та|те)\s+", re.I)


def kk_list_assignee(sentence: str) -> str | None:
    """The dative addressee between the subject and "... тапсырмалар берді:", in the nominative.

    >>> kk_list_assignee("Мемлекет басшысы облыс әкіміне мынадай тапсырмалар берді:")
    'облыс әкімі'
    >>> kk_list_assignee("Мемлекет басшысы мынадай тапсырмалар берді:") is None
    True
    >>> kk_list_assignee("Кездесу соңында Үкіметке мынадай тапсырмалар берілді:")
    'Үкімет'

    """
    subject = KK_SUBJECT.match(sentence.strip())
    text = sentence.strip()
    a = subject.end() if subject else 0
    first = KK_FIRST_PERSON.match(text, a)
    a = first.end() if first else a
    opener = None if subject else KK_LIST_OPENER.match(text)
    a = opener.end() if opener else a
    found = _addressee(text, a, len(text))
    return found[0] if found and KK_LIST_REST.match(text, found[1]) else None


def _colon_list(sentence: str, start: int, assignee: str | None) -> list[InstructionSpan]:
    """ "... мынадай тапсырмалар берді: A, B және C." (gave the following tasks: ...): one item each."""
    colon = KK_COLON_LIST.search(sentence)
    if not colon:
        return []
    out = []
    for x, y in _clauses(sentence, colon.end(), len(sentence.rstrip(" .;!"))):
        # (after the colon a "және" between bare verbal nouns joins tasks: the list names nothing else)
        for piece in re.split(r"(?<=[уюү]);\s+|(?<=[уюү])\s+және\s+", sentence[x:y]):
            px = x + sentence[x:y].find(piece)
            py = _trim(sentence, px, px + len(piece))
            # "біріншіден, ...; екіншіден, ..." (first, ...; second, ...) number the items
            joiner = KK_JOINER.match(sentence, px, py)
            px = joiner.end() if joiner else px
            if py > px and KK_MODAL_VERB.search(sentence, px, py):
                out.extend(_tasks(sentence, px, py, start, assignee))
    return out
