"""The addressee of a Kazakh list introduction ("Мемлекет басшысы облыс әкіміне мынадай
тапсырмалар берді:" and the tasks as paragraphs below): the items name no addressee of their
own, the introduction names it for all.
"""
from __future__ import annotations

import re

from akorda.extract.instructions.kk import KK_COLON_LIST, KK_SUBJECT
from akorda.extract.instructions.kk_addressee import _addressee
from akorda.extract.instructions.kk_speaker import KK_FIRST_PERSON

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
