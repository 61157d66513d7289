"""The Kazakh period patterns' look-ahead (dates.KK_RANGE_LEAD, KK_MONTHS_LEAD) only speeds
them up: without it they find the same periods."""
from __future__ import annotations

import itertools
import re

from akorda.extract.dates import KK_MONTHS_LEAD, KK_RANGE_LEAD, PERIOD_PATTERNS

MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
OPENERS = ["", "2024 жылғы ", "2023 жылдың ", "биылғы ", "өткен жылғы ", "ағымдағы жылғы ", "алғашқы ", "биылғы алғашқы "]
COUNTS = ["3", "11", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "он бір"]


def _sentences() -> list[str]:
    out = []
    for opener, month in itertools.product(OPENERS, MONTHS):
        out.append(f"Өңірде {opener}{month}-{MONTHS[-1]} айларында 5 мектеп салынды")
        out.append(f"{opener}{month} айында".upper())
    for opener, count in itertools.product(OPENERS, COUNTS):
        out.append(f"Облыста {opener}{count} айда 12 нысан іске қосылды")
        out.append(f"{opener}{count} айдағы".capitalize())
    return out


def test_lead_changes_no_match() -> None:
    patterns = dict(PERIOD_PATTERNS["kk"])
    found = 0
    for kind, lead in (("range", KK_RANGE_LEAD), ("months", KK_MONTHS_LEAD)):
        led = patterns[kind]
        assert led.pattern.startswith(lead)
        bare = re.compile(led.pattern[len(lead):], led.flags)
        for text in _sentences():
            expected = [(m.span(), m.groups()) for m in bare.finditer(text)]
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == expected, (kind, text)
            found += len(expected)
    assert found > 300
