"""The lookahead chart parser finds what yargy's own parser finds, match for match."""
from __future__ import annotations

from pathlib import Path

from akorda.extract import morph
from akorda.extract.instructions.ru import _parser, grammar

DEVSET = Path(__file__).resolve().parent / "devset" / "texts"

SENTENCES = [
    "Президент поручил акиму Павлодарской области до конца года достроить два моста.",
    "Глава государства дал министру энергетики и министру финансов ряд конкретных поручений.",
    "Первое поручение Президент дал правительству: пересмотреть тарифы на тепло.",
    "Касым-Жомарт Токаев поставил перед акимом города задачу обновить парк автобусов.",
    "Президент обязал акимов районов навести порядок, а также потребовал в короткий срок отремонтировать школы.",
    "Задачи, поставленные в прошлом году, выполнены; поручения даны всем ведомствам.",
    "Наказал акиму внимательнее относиться к жалобам жителей и обозначил задачи на год.",
    "Об этом сообщили в пресс-службе, где задача 2025 года названа главной.",
    # a trigger that ends the text, and one whose first word does (the chart's last column)
    "Кабинету министров глава государства дал соответствующее поручение",
    "Отчёт заслушан, и Президент поручил",
    "",
    "— 12 % , KZT 40 bn !",
]


def _found(parser: object, text: str) -> list[tuple[int, int, list[str]]]:
    return [(m.span.start, m.span.stop, [t.value for t in m.tokens]) for m in parser.findall(text)]  # type: ignore[attr-defined]


def test_lookahead_parser_matches_yargy() -> None:
    from yargy import Parser
    from yargy.tokenizer import MorphTokenizer

    plain = Parser(grammar(), tokenizer=MorphTokenizer(morph=morph.YargyMorph()))
    texts = SENTENCES + [p for path in sorted(DEVSET.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n\n")]
    found = 0
    for text in texts:
        expected = _found(plain, text)
        assert _found(_parser(), text) == expected, text
        assert _parser().spans(text) == [(start, stop) for start, stop, _ in expected], text
        found += len(expected)
    assert found >= 10  # the sentences above hold triggers of every rule
