"""English releases that name the reporting official by surname alone, after the lead has
introduced him by role only ("the region's governor briefed the President ... Issabayev
reported that ..."): the surname is the official (the scorer compares surnames)."""
from __future__ import annotations

import re

# a Kazakh surname in English spelling (-ayev, -ov, -ova, -in, -uly ...) as the subject of a
# verb of reporting, at a sentence or clause start
SURNAME_REPORTS = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?P<name>[A-Z][a-z]+(?:yev|yeva|ev|eva|ov|ova|in|ina|uly|kyzy))"
    r"\s+(?:also\s+|further\s+)?(?:reported|informed|briefed|noted|said|stated|added|told)\b")
HEAD_OF_STATE = frozenset({"Tokayev", "Toqayev", "Nazarbayev"})


def surname_reporter(paragraphs: list[str]) -> str | None:
    """The first surname named alone as the one who reports, never the Head of State's."""
    for para in paragraphs:
        for m in SURNAME_REPORTS.finditer(para):
            if m.group("name") not in HEAD_OF_STATE:
                return m.group("name")
    return None
