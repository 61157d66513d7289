"""Import of saved releases (issue 2, item 6 and its "Done when")."""
from __future__ import annotations

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from akorda.press.importing import ReleaseFileError, decode_release, import_paths, import_text
from akorda.press.models import EventPage
from akorda.press.signals import release_imported

pytestmark = pytest.mark.django_db

SEED_TITLE = "Глава государства принял акима Алматинской области Марата Султангазиева"
CHROME = ["National Emblem of Kazakhstan", "Официальный сайт", "Президента Республики Казахстан", "События",
          "Вернуться назад", "Twitter Facebook Печать", "Tokaev"]

# Releases written for these tests (not real ones).
RELEASE_RU = """Акорда

Глава государства принял акима Туркестанской области Нуралы Тестова

3 марта 2025 года

Аким доложил о строительстве 14 школ и двух больниц.

Глава государства поручил завершить работы до конца года.
"""
PHONE_EN = """Head of State holds a telephone conversation with the President of Testland

15 March 2024 year

The leaders discussed trade, which grew by 12 percent last year.

They agreed to meet at the forthcoming summit.
"""
TRIP_KK = """Мемлекет басшысы Жамбыл облысына жұмыс сапарымен барды

2024 жылғы 14 маусым

Президент облыстағы жаңа зауыттың жұмысымен танысты. Кәсіпорында 400 жұмыс орны ашылды.

Мемлекет басшысы әкімге өңірдегі жолдарды жөндеуді жеделдетуді тапсырды.
"""
VISIT_RU = """Касым-Жомарт Токаев прибыл с государственным визитом в Тестовую Республику

10 июля 2024 года

В аэропорту Главу государства встретил президент Тестовой Республики.

Стороны подпишут соглашения о сотрудничестве в энергетике.
"""


def run(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command("import_releases", *args, stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_done_when(site_tree, seed_path, client):
    code, out, err = run(str(seed_path))
    assert code == 0, err
    assert out.strip().endswith("created 1, updated 0, failed 0")
    page = EventPage.objects.get()
    assert page.locale.language_code == "ru"
    assert page.title == SEED_TITLE
    assert page.date == datetime.date(2024, 6, 14)
    assert page.dateline() == "14 июня 2024 года"
    paragraphs = page.paragraphs()
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("Президенту было доложено")
    assert paragraphs[-1].endswith("Alatau City.")
    assert page.get_parent().specific.code == "akorda"
    assert page.live and not page.is_demo
    for chrome in CHROME:
        assert chrome not in page.body
    assert list(page.regions.names()) == ["Алматинская область"]
    assert list(page.persons.names()) == ["Марат Султангазиев"]
    html = client.get(page.get_url()).content.decode()
    assert SEED_TITLE in html and "Alatau City." in html

    revisions = page.revisions.count()
    code, out, err = run(str(seed_path))
    assert code == 0, err
    assert out.strip().endswith("created 0, updated 1, failed 0")
    assert EventPage.objects.count() == 1
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1 and page.live


def test_resaved_copy_updates(site_tree, seed_path, tmp_path):
    run(str(seed_path))
    text = seed_path.read_text(encoding="utf-8")
    # Another save of the same page: no chrome, other spacing and quotes, a corrected paragraph.
    start = text.index(SEED_TITLE)
    copy = text[start:].replace(SEED_TITLE, "  " + SEED_TITLE.upper() + " ").replace("Вернуться назад", "\nВернуться назад")
    copy = copy.replace("Президенту было доложено", "Президенту доложено")
    code, out, err = run(str(write(tmp_path, "copy/resaved.txt", copy)))
    assert code == 0, err
    assert "updated 1" in out
    page = EventPage.objects.get()
    assert page.paragraphs()[0].startswith("Президенту доложено")


def test_html_page(site_tree, tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in RELEASE_RU.split("\n\n")[3:] if p.strip())
    markup = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Акорда</title></head>
    <body><header><nav><a href="/">Главная</a> <a href="/ru/events">События</a></nav></header>
    <main><article><h1>Глава государства принял акима Туркестанской области Нуралы Тестова</h1>
    <p class="date">3 марта 2025 года</p>{paragraphs}</article></main>
    <footer>Президент Республики Казахстан</footer></body></html>"""
    code, _out, err = run(str(write(tmp_path, "release.html", markup)))
    assert code == 0, err
    page = EventPage.objects.get()
    assert page.title == "Глава государства принял акима Туркестанской области Нуралы Тестова"
    assert page.date == datetime.date(2025, 3, 3)
    assert page.paragraphs() == ["Аким доложил о строительстве 14 школ и двух больниц.",
                                 "Глава государства поручил завершить работы до конца года."]
    assert "Президент Республики Казахстан" not in page.body


@pytest.mark.parametrize(
    ("text", "lang", "rubric", "date"),
    [
        (PHONE_EN, "en", "phone", datetime.date(2024, 3, 15)),
        (TRIP_KK, "kk", "trips", datetime.date(2024, 6, 14)),
        (VISIT_RU, "ru", "international", datetime.date(2024, 7, 10)),
        (RELEASE_RU, "ru", "akorda", datetime.date(2025, 3, 3)),
    ],
)
def test_language_rubric_and_dateline(site_tree, text, lang, rubric, date):
    result = import_text(text)
    assert result.created
    page = result.page
    assert page.locale.language_code == lang
    assert page.get_parent().specific.code == rubric
    assert page.date == date
    assert page.live


def test_rubric_override_and_draft(site_tree, tmp_path):
    path = write(tmp_path, "phone.txt", PHONE_EN)
    code, _out, err = run(str(path), "--rubric", "akorda", "--draft", "--demo")
    assert code == 0, err
    page = EventPage.objects.get()
    assert page.get_parent().specific.code == "akorda"
    assert not page.live and page.is_demo and page.has_unpublished_changes
    assert not EventPage.objects.live().exists()
    # Publishing later moves it with an explicit rubric and makes it live.
    code, _out, err = run(str(path), "--rubric", "phone")
    page = EventPage.objects.get()
    assert page.get_parent().specific.code == "phone" and page.live and not page.is_demo


def test_draft_update_keeps_live_version(site_tree, tmp_path):
    path = write(tmp_path, "r.txt", RELEASE_RU)
    run(str(path))
    write(tmp_path, "r.txt", RELEASE_RU.replace("двух больниц", "трёх больниц"))
    run(str(path), "--draft")
    page = EventPage.objects.get()
    assert page.live and "двух больниц" in page.body  # the public version is untouched
    assert "трёх больниц" in page.get_latest_revision_as_object().body


def test_translation_group_links_pages(site_tree, tmp_path):
    kk = TRIP_KK
    ru = """Глава государства совершил рабочую поездку в Жамбылскую область

14 июня 2024 года

Президент ознакомился с работой нового завода, где открыто 400 рабочих мест.
"""
    en = """The Head of State made a working trip to Zhambyl Region

14 June 2024

The President visited a new plant, which opened 400 jobs.
"""
    for name, text in [("07.ru.txt", ru), ("07.kk.txt", kk), ("07.en.txt", en)]:
        write(tmp_path, name, text)
    code, out, err = run(str(tmp_path))
    assert code == 0, err
    pages = list(EventPage.objects.all())
    assert len(pages) == 3
    assert len({p.translation_key for p in pages}) == 1
    assert {p.get_parent().specific.code for p in pages} == {"trips"}
    ru_page = EventPage.objects.get(locale__language_code="ru")
    assert {t.locale.language_code for t in ru_page.get_translations()} == {"kk", "en"}
    # Again, in another order: still three pages.
    code, out, err = run(str(tmp_path / "07.en.txt"), str(tmp_path / "07.kk.txt"), str(tmp_path / "07.ru.txt"))
    assert "created 0, updated 3, failed 0" in out
    assert EventPage.objects.count() == 3


def test_declared_language_must_match(site_tree, tmp_path):
    code, _out, err = run(str(write(tmp_path, "01.kk.txt", RELEASE_RU)))
    assert code == 1
    assert "01.kk.txt: the file name says 'kk' but the text reads as 'ru'" in err


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \t\n", "empty file"),
    "binary.txt": (bytes(range(256)) * 4, "binary file"),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (looks like PDF)"),
    "cp1251.txt": (RELEASE_RU.encode("cp1251"), "not UTF-8 (looks like cp1251)"),
    "latin1.txt": (PHONE_EN.replace("percent", "pour cent, café, élevé, señor").encode("latin-1"),
                   "not UTF-8 (invalid byte 0xe9 at offset"),
    "utf16.txt": (RELEASE_RU.encode("utf-16"), "looks like UTF-16 (BOM)"),
    "utf16le.txt": (RELEASE_RU.encode("utf-16-le"), "looks like UTF-16 (no BOM)"),
    "notitle.txt": ("События\n\nАкорда\n\n3 марта 2025 года\n\nТекст.\n".encode(), "no title"),
    "nodate.txt": ("Глава государства принял акима\n\nАким доложил о школах.\n".encode(), "no date"),
    "nobody.txt": ("Глава государства принял акима\n\n3 марта 2025 года\n\nВернуться назад\n".encode(), "empty text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_fails_alone(site_tree, tmp_path, name):
    data, reason = BAD[name]
    bad = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", RELEASE_RU)
    code, out, err = run(str(bad), str(good))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{bad}: ") and reason in lines[0]
    assert out.strip().endswith("created 1, updated 0, failed 1")
    assert EventPage.objects.count() == 1


def test_oversized_file(site_tree, tmp_path):
    big = write(tmp_path, "big.txt", RELEASE_RU + ("Длинный абзац. " * 10 + "\n\n") * 40000)
    assert big.stat().st_size > 5 * 1024 * 1024
    code, _out, err = run(str(big))
    assert code == 1
    assert f"{big}: file is" in err and "over the 5 MB limit" in err
    assert not EventPage.objects.exists()


def test_missing_path_and_empty_folder(site_tree, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = run(str(tmp_path / "nope.txt"), str(tmp_path / "empty"))
    assert code == 1
    assert "nope.txt: no such file or folder" in err
    assert "no .txt, .html or .htm files in this folder" in err
    assert "failed 2" in out


def test_folder_is_recursive_and_skips_other_files(site_tree, tmp_path):
    write(tmp_path, "a/b/one.txt", RELEASE_RU)
    body = PHONE_EN.replace("\n\n", "</h1><p>", 1).replace("\n\n", "</p><p>")
    write(tmp_path, "a/two.htm", f"<html><body><h1>{body}</p></body></html>")
    write(tmp_path, "a/notes.md", "not a release")
    code, out, err = run(str(tmp_path / "a"))
    assert code == 0, err
    assert "created 2, updated 0, failed 0" in out


def test_nothing_half_written(site_tree, monkeypatch):
    """A failure after the page is saved rolls the whole file back."""
    import akorda.press.importing as importing

    def boom(*args, **kwargs):
        raise ReleaseFileError("tagging failed")

    monkeypatch.setattr(importing, "tags_for", boom)
    with pytest.raises(ReleaseFileError):
        import_text(RELEASE_RU)
    assert not EventPage.objects.exists()


def test_signal_after_commit(site_tree, django_capture_on_commit_callbacks):
    seen = []

    def receiver(sender, page, created, **kwargs):
        seen.append((page.pk, created))

    release_imported.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            first = import_text(RELEASE_RU).page
        with django_capture_on_commit_callbacks(execute=True):
            import_text(RELEASE_RU)
    finally:
        release_imported.disconnect(receiver)
    assert seen == [(first.pk, True), (first.pk, False)]


def test_import_paths_report(site_tree, tmp_path):
    write(tmp_path, "ok.txt", RELEASE_RU)
    write(tmp_path, "bad.txt", b"")
    report = import_paths([tmp_path], demo=True)
    assert report.summary() == "created 1, updated 0, failed 1"
    assert not report.ok
    assert report.failed == [(tmp_path / "bad.txt", "empty file")]
    assert report.created[0][1].is_demo


def test_decode_accepts_utf8_bom():
    assert decode_release("\ufeffТекст".encode("utf-8")) == "Текст"
