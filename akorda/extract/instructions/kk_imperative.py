"""The Kazakh imperatives that close a task in quoted speech (see kk.py): the third-person
jussive ("... күшейтсін", let them tighten) and the polite plural ("... аяқтаңыздар", do complete)."""
from __future__ import annotations

import re

from akorda.extract.union import quick

# the third-person imperative of an order in quoted speech: "... бақылауды күшейтсін." (let the
# ministries tighten control); not a passive one, which a decree uses ("тағайындалсын", "берілсін"),
# nor "болсын" (let it be), a wish
KK_JUSSIVE = quick(re.compile(
    r"(?<![^\W\d_])(?!бол)(?![^\W\d_]{4,}(?:[аеыіоөұүу]л|[ыі]л|[аеыіоөұүу]н)с[ыі]н)[^\W\d_]{2,}"
    # not after "ы"/"і": "құрылысын", "барысын" (accusative nouns in -ыс) end the same way
    r"(?<=[бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н"
    r"(?=[»\"”]?\s*(?:[.!;]|,\s*[-–—]|$))", re.I))
# a jussive with no more than its subject before it ("Павлодар салсын, Өскемен салсын", let
# Pavlodar build, let Oskemen build) is a retort, not an order: an order names what to do
KK_PHRASE_CUT = re.compile(r"[,;:«»\"“”()–—]")
KK_JUSSIVE_END = re.compile(r"(?<=[^\W\d_][бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н$", re.I)
# the polite plural imperative that ends a sentence of quoted speech: "... аяқтаңыздар." (do complete ...)
# (the closing quote may come first: "«... аяқтаңыздар», – деді")
KK_IMPERATIVE = quick(re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)(?=[»\"”]?\s*(?:[.!]|,\s*[-–—]|$))", re.I))
KK_IMPERATIVE_END = re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)$", re.I)
