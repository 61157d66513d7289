"""Extraction never crashes, and every span it reports indexes the input (contract: provenance)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akorda.extract import extract

FRAGMENTS = [
    "Глава государства принял акима Алматинской области", "14 июня 2024 года", "\n\n", " ", ",", ".",
    "5 трлн тенге", "88, 5%", "более", "до", "пятое место", "в 2,5 раза", "вдвое", "13 школ", "19\u00a0506 тонн",
    "поручил", "акиму", "продолжить работу", ", а также", "и", "«Таза Қазақстан»", "Tokaev", "Печать",
    "2024 жылғы 14 маусым", "мың", "теңге", "тапсырды", "instructed the akim to", "$450 million", "twofold",
    "1,200 jobs", "46 из которых", "за январь-май", "в прошлом году", "семи", "зон", "№", "2030", "-",
    # saved pages and Latin-alphabet Kazakh (read through a transliteration that keeps offsets)
    " date 2024-03-06 ", "ASTANA. KAZINFORM – ", "Фото: Акорда", "Related news", "20:58, 27 May 2019", "KZT180bn",
    "Prezıdent ", "oblys ákimine ", "3,2 mıllıard teńge", "tapsyrdy", "baıandaldy", "70, 80", "қажет", "керек",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join))
def test_extract_never_crashes_and_spans_are_valid(text: str) -> None:
    record = extract(text)
    for fact in record.facts:
        start, end = fact.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == fact.quote
    for item in record.instructions:
        start, end = item.span
        assert text[start:end] == item.quote
    record.to_dict()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_extract_on_arbitrary_unicode(text: str) -> None:
    record = extract(text)
    assert all(text[f.span[0]:f.span[1]] == f.quote for f in record.facts)
