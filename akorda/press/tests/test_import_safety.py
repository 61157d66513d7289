"""Imports that would lose text, duplicate a page or hide their reason (issue 10, items 1, 2, 6)."""
from __future__ import annotations

import logging

import pytest

from akorda.press import importing
from akorda.press.models import EventPage
from akorda.press.tests.test_import import RELEASE_RU, run, write
from akorda.press.text import html_paragraphs

pytestmark = pytest.mark.django_db

RELEASE_PARAGRAPHS = [p for p in RELEASE_RU.split("\n\n")[3:] if p.strip()]


def _cut_at_char(data: bytes, size: int) -> bytes:
    """The first ``size`` bytes, less the bytes of a character cut in two."""
    return data[:size].decode("utf-8", errors="ignore").encode("utf-8")


def _live_text(page: EventPage) -> list[str]:
    page.refresh_from_db()
    return html_paragraphs(page.live_revision.as_object().body)


def test_truncated_seed_over_the_seed_leaves_the_live_page_whole(site_tree, seed_path, tmp_path):
    assert run(str(seed_path))[0] == 0
    page = EventPage.objects.get()
    whole, revisions = _live_text(page), page.revisions.count()
    assert sum(len(p) for p in whole) > 2000
    cut = write(tmp_path / "cut", seed_path.name, _cut_at_char(seed_path.read_bytes(), 700))

    code, _out, err = run(str(cut))

    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{cut}: refused")
    assert "of its text" in lines[0] and "paragraphs" in lines[0] and f"page {page.pk}" in lines[0]
    assert _live_text(page) == whole and page.live and page.revisions.count() == revisions
    assert EventPage.objects.count() == 1


def test_cut_inside_a_character_is_named_as_truncated(site_tree, seed_path, tmp_path):
    data = seed_path.read_bytes()[:700]
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the 700th byte falls inside a Cyrillic letter
    path = write(tmp_path, "cut.txt", data)
    code, _, err = run(str(path))
    assert code == 1
    assert err == f"{path}: truncated UTF-8: the file ends inside a character at byte {len(data) - 1} (was the file cut short?)\n"


def test_damaged_utf8_is_not_called_cp1251(site_tree, tmp_path):
    data = RELEASE_RU.encode()
    at = data.index("строительстве".encode())
    path = write(tmp_path, "damaged.txt", data[:at] + b"\xff" + data[at + 1:])
    code, _, err = run(str(path))
    assert code == 1 and "cp1251" not in err
    assert f"damaged UTF-8: invalid byte 0xff at byte {at}" in err


def test_shrinking_update_needs_allow_shrink_and_revisions_keep_the_old_text(site_tree, tmp_path):
    full = write(tmp_path / "a", "r.txt", RELEASE_RU)
    assert run(str(full))[0] == 0
    page = EventPage.objects.get()
    short = write(tmp_path / "b", "r.txt", RELEASE_RU.replace(RELEASE_PARAGRAPHS[1], ""))
    assert run(str(short))[0] == 1
    assert _live_text(page) == [p.strip() for p in RELEASE_PARAGRAPHS]

    code, _out, err = run("--allow-shrink", str(short))
    assert code == 0, err
    assert _live_text(page) == [RELEASE_PARAGRAPHS[0].strip()]
    first = page.revisions.order_by("created_at", "id").first().as_object()
    assert html_paragraphs(first.body) == [p.strip() for p in RELEASE_PARAGRAPHS]


def test_shrinking_update_as_draft_is_kept_for_an_editor_unpublished(site_tree, tmp_path, client):
    assert run(str(write(tmp_path / "a", "r.txt", RELEASE_RU)))[0] == 0
    page = EventPage.objects.get()
    code, _, err = run("--draft", str(write(tmp_path / "b", "r.txt", RELEASE_RU.replace(RELEASE_PARAGRAPHS[1], ""))))
    assert code == 0, err
    page.refresh_from_db()
    assert page.has_unpublished_changes and page.revisions.count() == 2
    assert html_paragraphs(page.get_latest_revision_as_object().body) == [RELEASE_PARAGRAPHS[0].strip()]
    assert RELEASE_PARAGRAPHS[1].strip() in client.get(page.url).content.decode()


def test_an_edited_paragraph_is_an_ordinary_update(site_tree, tmp_path):
    assert run(str(write(tmp_path / "a", "r.txt", RELEASE_RU)))[0] == 0
    fixed = RELEASE_RU.replace("14 школ", "15 школ")
    code, _out, err = run(str(write(tmp_path / "b", "r.txt", fixed)))
    assert code == 0, err
    assert "15 школ" in _live_text(EventPage.objects.get())[0]


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200f", "\u2060", "\ufeff", "\u202e"])
def test_invisible_marks_do_not_make_a_second_page(site_tree, tmp_path, mark):
    assert run(str(write(tmp_path / "a", "r.txt", RELEASE_RU)))[0] == 0
    title = "Глава государства принял акима Туркестанской области Нуралы Тестова"
    marked = mark + title.replace("государства", f"госу{mark}дарства").replace(" акима ", "  акима ")
    code, out, err = run(str(write(tmp_path / "b", "r.txt", RELEASE_RU.replace(title, marked))))
    assert code == 0, err
    assert "updated" in out
    page = EventPage.objects.get()
    assert page.title == title and page.draft_title == title


def test_decomposed_letters_are_stored_composed(site_tree):
    decomposed = RELEASE_RU.replace("Нуралы Тестова", "Нуралы Тестова и\u0306")
    page = importing.import_text(decomposed).page
    assert page.title.endswith("Тестова й")
    assert importing.import_text(RELEASE_RU.replace("Нуралы Тестова", "Нуралы Тестова й")).page.pk == page.pk


def test_deeply_nested_html_is_named_in_one_line(site_tree, tmp_path, capfd):
    body = "".join(f"<p>{p}</p>" for p in RELEASE_PARAGRAPHS)
    nested = "<div>" * 400 + body + "</div>" * 400
    html = (f"<html><head><title>Тест</title></head><body><h1>Глава государства принял акима</h1>"
            f"<p>3 марта 2025 года</p>{nested}</body></html>")
    path = write(tmp_path, "deep.html", html)
    code, _out, err = run(str(path))
    assert code == 1
    assert err == (f"{path}: HTML nesting too deep: elements nest 403 levels (at most "
                   f"{importing.check_html_nesting.__globals__['MAX_HTML_DEPTH']}); "
                   f"the HTML parser cannot read the text of such a page\n")
    captured = capfd.readouterr()
    assert "trafilatura" not in captured.err and "trafilatura" not in captured.out


def test_third_party_log_lines_stay_out_of_the_report(site_tree, tmp_path, caplog, capfd):
    """An HTML page trafilatura finds nothing in: our one line, none of its own."""
    path = write(tmp_path, "empty.html", "<html><body><div>   </div><script>x()</script></body></html>")
    with caplog.at_level(logging.DEBUG):
        code, _out, err = run(str(path))
    assert code == 1 and len(err.splitlines()) == 1 and err.startswith(f"{path}: ")
    assert not [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate", "courlan")]
    captured = capfd.readouterr()
    assert "trafilatura" not in captured.err + captured.out


def test_a_body_longer_than_any_release_is_refused(site_tree, tmp_path):
    para = "Аким доложил о строительстве школ и больниц в каждом районе области. " * 40
    text = RELEASE_RU + ("\n\n" + para) * (importing.MAX_BODY_CHARS // len(para) + 1)
    code, _, err = run(str(write(tmp_path, "long.txt", text)))
    assert code == 1 and "longer than any press release" in err
    assert not EventPage.objects.exists()
