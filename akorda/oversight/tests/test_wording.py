"""One wording table for units and qualifiers (issue 12): the engine, the figures on the
public site, the drafted releases and the oversight pages all read ``akorda.extract.wording``."""
from __future__ import annotations

import copy
import datetime
from decimal import Decimal

import pytest

from akorda.extract import extract, units, wording
from akorda.oversight.drafting import DraftFact, DraftMeeting, draft
from akorda.oversight.formatting import figure
from akorda.records.formatting import format_figure


def _clear_engine_caches() -> None:
    units.units.cache_clear()


@pytest.fixture
def edited_wording(monkeypatch):
    """The table with new Russian wording for tenge, as an editor of data/wording.json would write it."""
    data = copy.deepcopy(wording.table())
    data["units"]["KZT"]["ru"] = {"short": "ТНГ", "word": "казахстанских тенге"}
    monkeypatch.setattr(wording, "table", lambda: data)
    _clear_engine_caches()
    yield data
    monkeypatch.undo()
    _clear_engine_caches()


def _meeting() -> DraftMeeting:
    return DraftMeeting(
        date=datetime.date(2025, 4, 1), region_names={"ru": "Карагандинская область", "kk": "Қарағанды облысы",
                                                      "en": "Karaganda Region"},
        region_kind="region", official_names={"ru": "Ермаганбет Булекпаев", "kk": "Ермағанбет Бөлекпаев",
                                              "en": "Yermaganbet Bulekpayev"},
        report_period="January-March 2025",
        facts=[DraftFact(value=Decimal("446700000000"), unit="KZT", names={"ru": "Объем инвестиций"})],
        instructions=[],
    )


def test_every_reader_takes_the_unit_wording_from_the_one_table(edited_wording):
    # the figures panel on the public site
    assert format_figure(Decimal("446700000000"), "KZT", "ru") == "446,7\xa0млрд ТНГ"
    # the oversight pages (dashboards, briefing)
    assert figure(Decimal("446700000000"), "KZT", "ru") == "446,7 млрд казахстанских тенге"
    # the drafted release ...
    text = " ".join(draft(_meeting())["ru"].paragraphs)
    assert "446,7 млрд казахстанских тенге" in text
    # ... which the engine reads back as the same figure, because it recognises what the table writes
    assert units.units("ru").at(" казахстанских тенге", 0)[0] == "KZT"
    facts = extract(f"Глава государства принял акима.\n\n{text}", lang="ru").to_dict()["facts"]
    assert [(f["value"], f["unit"]) for f in facts] == [(446700000000.0, "KZT")]


def test_the_table_is_back_after_the_edit():
    assert format_figure(Decimal("446700000000"), "KZT", "ru") == "446,7\xa0млрд ₸"
    assert units.units("ru").at(" казахстанских тенге", 0) is None


@pytest.mark.parametrize("lang", wording.LANGUAGES)
def test_each_written_form_reads_back_as_its_unit(lang):
    """No form the site writes is taken by the engine for another unit (or missed)."""
    for code, by_lang in wording.table()["units"].items():
        assert {"short", "word"} <= set(by_lang[lang]), (code, lang)
        for style in ("short", "word"):
            form = by_lang[lang][style]
            hit = units.units(lang).at(f" {form}", 0)
            assert hit is not None and hit[0] == code, (code, lang, form, hit)
