"""Search per language: Russian and English stemming and Kazakh prefixes on
PostgreSQL; prefix matching on SQLite; only live pages; highlighted snippets."""
import datetime
import re

import pytest
from django.db import connection

from akorda.press.search import search_events
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language text-search configurations are PostgreSQL's; CI runs this suite on PostgreSQL too",
)


@pytest.fixture
def corpus(site_tree):
    day = datetime.date(2024, 6, 14)
    ru, kk, en = (site_tree[code].rubrics for code in ("ru", "kk", "en"))
    return {
        "schools": add_event(ru["akorda"], "Встреча с акимом области", day,
                             ["В прошлом году построено 13 школ.", "Планируется возвести новые школы &amp; детские сады &lt;быстро&gt;."]),
        "zones": add_event(ru["trips"], "Поездка в регион", day,
                           ["Президенту сообщили о формировании 7 индустриальных зон."]),
        "title": add_event(ru["akorda"], "Школы будущего", datetime.date(2024, 1, 1), ["Совещание."]),
        "kk": add_event(kk["akorda"], "Мемлекет басшысы мектептер салуды тапсырды", day, ["Жаңа мектептер салынады."]),
        "en": add_event(en["akorda"], "The Head of State held meetings on schools", day, ["New schools are being built."]),
    }


def found(query: str, language: str) -> list[str]:
    return [hit.page.title for hit in search_events(query, language)]


def test_russian_prefix_finds_word_forms(corpus):
    assert set(found("школ", "ru")) == {"Встреча с акимом области", "Школы будущего"}


def test_search_stays_in_its_language(corpus):
    assert "The Head of State held meetings on schools" not in found("schools", "ru")
    assert found("schools", "en") == ["The Head of State held meetings on schools"]
    assert found("школ", "en") == []


def test_kazakh_matches_word_beginnings(corpus):
    assert found("мектеп", "kk") == ["Мемлекет басшысы мектептер салуды тапсырды"]
    assert found("мект салу", "kk") == ["Мемлекет басшысы мектептер салуды тапсырды"]
    assert found("ектеп", "kk") == []  # beginnings, not any substring


def test_all_terms_must_match(corpus):
    assert found("школ зон", "ru") == []


def test_empty_and_punctuation_queries_find_nothing(corpus):
    assert found("", "ru") == [] and found("«» & | !", "ru") == []


def test_snippet_highlights_and_escapes(corpus):
    hit = next(h for h in search_events("школы", "ru") if h.page.id == corpus["schools"].id)
    assert "<mark>" in hit.snippet
    assert "<быстро" not in hit.snippet and "&lt;быстро" in hit.snippet


def test_search_page(client, corpus):
    html = client.get("/ru/search/", {"q": "школ"}).content.decode()
    assert "Встреча с акимом области" in html and "<mark>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'value="школ"' in html
    empty = client.get("/ru/search/", {"q": "абракадабра"})
    assert empty.status_code == 200 and 'class="event-item"' not in empty.content.decode()
    assert client.get("/kk/search/").status_code == 200


def test_search_page_escapes_the_query(client, corpus):
    response = client.get("/en/search/", {"q": '<script>alert("x")</script>'})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<script>alert("x")' not in html
    # The query is still shown to the reader, escaped (not dropped): in the box and in the result line.
    assert 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= 3


@on_postgres
@pytest.mark.postgres
def test_russian_morphology_on_postgres(corpus):
    assert found("индустриальная зона", "ru") == ["Поездка в регион"]
    assert set(found("школа", "ru")) == {"Встреча с акимом области", "Школы будущего"}


@on_postgres
@pytest.mark.postgres
def test_english_is_stemmed_on_postgres(corpus):
    assert found("meeting school", "en") == ["The Head of State held meetings on schools"]
    assert found("schooling", "en") == ["The Head of State held meetings on schools"]


@on_postgres
@pytest.mark.postgres
def test_title_matches_rank_first_and_headline_is_marked_on_postgres(corpus):
    hits = search_events("школы", "ru")
    assert hits[0].page.title == "Школы будущего"
    assert re.search(r"<mark>[Шш]кол\w*</mark>", str(hits[0].snippet))


@on_postgres
@pytest.mark.postgres
def test_kazakh_endings_are_dropped_from_query_terms_on_postgres(corpus):
    """«мектептерде» (in schools) finds «мектептер» through its stem «мектеп»."""
    assert found("мектептерде", "kk") == ["Мемлекет басшысы мектептер салуды тапсырды"]
    assert found("мектептің", "kk") == ["Мемлекет басшысы мектептер салуды тапсырды"]


@on_postgres
@pytest.mark.postgres
def test_search_reads_the_stored_document_on_postgres(corpus):
    """The listing row holds the tsvector; a row without one is not found (no per-row to_tsvector)."""
    from akorda.press.index import EventListing

    EventListing.objects.filter(page=corpus["zones"]).update(document=None)
    assert found("индустриальная зона", "ru") == []


@on_postgres
@pytest.mark.postgres
def test_headlines_are_built_for_the_shown_slice_only_on_postgres(corpus, django_assert_num_queries):
    hits = search_events("школ", "ru")
    assert len(hits) == 2
    with django_assert_num_queries(1):  # the slice's pages with their headlines, in one query
        shown = hits[0:1]
    assert len(shown) == 1 and "<mark>" in str(shown[0].snippet)
