"""Russian tasks set by the significance the Head of State gives an action: "Особое значение, по
мнению Главы государства, имеет поддержка врачей", "Важное значение, как отметил Президент,
имеют ремонт дорог и строительство школ". It is the emphasis of "подчеркнул важность A"
(ru_emphasis.py) said the other way round, the action as the subject: each action noun group
after "имеет" is a task. A state ("доступность услуг", "безопасность") is a value he names, no
action, and stays out; so does the significance an official or the outlet gives.
"""

from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan, _tokens, _trim
from akorda.extract.instructions.ru import _unattributed
from akorda.extract.instructions.ru_nominal import _action_head, _split_actions
from akorda.extract.instructions.ru_speech import VIEW_ASIDE, _said_by_president
from akorda.extract.instructions.ru_verbal import own_words
from akorda.extract.union import quick

# the rank of the significance, up to a few words between it and "имеет" (an aside, "для региона")
SIGNIFICANCE = quick(
    re.compile(
        r"(?<![^\W\d_])(?:особое|важное|большое|огромное|первостепенное|ключевое|решающее"
        r"|приоритетное)\s+значение(?![^\W\d_])(?P<mid>[^.!?;]{0,120}?)\s+име(?:ет|ют)\s+",
        re.I,
    )
)


def significance(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The actions to which the President gives significance in text[start:end]."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in SIGNIFICANCE.finditer(sentence):
        if not (VIEW_ASIDE.search(m.group("mid")) or _said_by_president(text, start, end, start + m.start())):
            continue
        limit = _trim(sentence, m.end(), len(sentence))
        tokens = _tokens(sentence, m.end(), limit)
        # the action is the subject: its noun in the nominative ("поддержка", not "для развития")
        head = next((t for t in tokens[:4] if morph.pos(t[0]) == "NOUN"), None)
        if head is None or not morph.has_tag(head[0], "nomn") or not _action_head(tokens, 0):
            continue
        out.extend(_unattributed(text, own_words(sentence, a, b, start, None)) for a, b in _split_actions(sentence, tokens, limit))
    return out
