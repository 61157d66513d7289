"""How figures are written, per language: the one table of unit and qualifier wording.

``data/wording.json`` is read here and nowhere else. The engine recognises
every form written there (``units.units``), the public figures
(``records.formatting``) use the ``short`` forms, the oversight pages
(``oversight.formatting``) and the drafted releases (``oversight.drafting``)
the ``word`` forms, so a wording changed in the file changes on every page
and in every draft, and still reads back as the same unit (issue 12).
"""
from __future__ import annotations

from typing import Any, Literal

from akorda.extract.knowledge import load_json

Style = Literal["short", "word"]
LANGUAGES = ("kk", "ru", "en")


def table() -> dict[str, Any]:
    """The wording data (cached by ``load_json``); tests may replace this function."""
    data: dict[str, Any] = load_json("wording.json")
    return data


def unit(code: str, lang: str, style: Style = "word") -> str | None:
    """A unit as written in ``lang``, or None for a unit the table does not name.

    >>> unit("KZT", "ru", "short"), unit("KZT", "kk"), unit("km", "kk"), unit("MW", "ru") is None
    ('₸', 'теңге', 'шақырым', True)
    """
    forms: dict[str, str] | None = table()["units"].get(code, {}).get(lang)
    return forms.get(style) if forms else None


def ru_noun(code: str) -> str | None:
    """The Russian noun that agrees with the number in prose ("тонна": "19 506 тонн")."""
    forms: dict[str, str] = table()["units"].get(code, {}).get("ru", {})
    return forms.get("ru_noun")


def qualified(text: str, qualifier: str, lang: str, style: Literal["short", "prose"]) -> str:
    """The amount with its qualifier ("более 6 600 га", "100 мың астам"); unknown qualifiers add nothing.

    >>> qualified("5", "more_than", "ru", "prose"), qualified("5", "more_than", "kk", "prose")
    ('более 5', '5 астам')
    >>> qualified("5", "more_than", "kk", "short"), qualified("5", "", "en", "short")
    ('> 5', '5')
    """
    template: str | None = table()["qualifiers"][style].get(lang, {}).get(qualifier)
    return template.format(text) if template else text


def rank(text: str, lang: str) -> str:
    """A place in a ranking ("5-е место", "5-орын", "rank 5")."""
    template: str = table()["rank"].get(lang, table()["rank"]["en"])
    return template.format(text)


def written_forms() -> list[tuple[str, str]]:
    """(unit code, form) for every form the site writes, in every language and style."""
    out: list[tuple[str, str]] = []
    for code, by_lang in table()["units"].items():
        for forms in by_lang.values():
            out.extend((code, forms[style]) for style in ("short", "word", "ru_noun") if style in forms)
    return out

