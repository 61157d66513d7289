"""Demo data for oversight: meetings, confirmed figures, instructions, two accounts (issue 5).

Everything here is written by the team for the demo and marked ``is_demo``;
the officials are fictional. Running it again updates the same rows.
"""
from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from akorda.oversight.demo import DEMO_PASSWORDS
from akorda.oversight.models import OfficerProfile
from akorda.oversight.roles import ANALYSTS, REGIONAL_OFFICERS
from akorda.records.models import Fact, Indicator, Instruction, Meeting, ReviewStatus
from akorda.regions.models import Official, Region

# (period label, first day, last day, meeting date): three reports of one year.
PERIODS = [
    ("January-March 2025", datetime.date(2025, 1, 1), datetime.date(2025, 3, 31), datetime.date(2025, 4, 14)),
    ("January-June 2025", datetime.date(2025, 1, 1), datetime.date(2025, 6, 30), datetime.date(2025, 7, 14)),
    ("January-September 2025", datetime.date(2025, 1, 1), datetime.date(2025, 9, 30), datetime.date(2025, 10, 13)),
]

# Fictional akims: region -> (kk, ru, en).
OFFICIALS = {
    "Almaty Region": ("Арман Демобеков", "Арман Демобеков", "Arman Demobekov"),
    "Karaganda Region": ("Ерлан Примеров", "Ерлан Примеров", "Yerlan Primerov"),
    "Turkestan Region": ("Айгүл Образцова", "Айгуль Образцова", "Aigul Obraztsova"),
    "East Kazakhstan Region": ("Нұрлан Макетов", "Нурлан Макетов", "Nurlan Maketov"),
    "Kostanay Region": ("Дәулет Пробаев", "Даулет Пробаев", "Daulet Probayev"),
    "Astana": ("Самат Шаблонов", "Самат Шаблонов", "Samat Shablonov"),
}

# Per region, the first period's values; later periods grow by STEP (cumulative figures).
# grp and investment in KZT, sme_count a count, housing in m2, unemployment in %.
BASE = {
    "Almaty Region": {"grp": "1.2e12", "fixed_capital_investment": "310e9", "sme_count": "136700",
                      "housing_commissioned": "420000", "unemployment": "4.9"},
    "Karaganda Region": {"grp": "1.6e12", "fixed_capital_investment": "280e9", "sme_count": "98400",
                         "housing_commissioned": "310000", "unemployment": "4.6"},
    "Turkestan Region": {"grp": "0.9e12", "fixed_capital_investment": "260e9", "sme_count": "151200",
                         "housing_commissioned": "520000", "unemployment": "4.8"},
    "East Kazakhstan Region": {"grp": "1.1e12", "fixed_capital_investment": "190e9", "sme_count": "72300",
                               "housing_commissioned": "230000", "unemployment": "4.7"},
    "Kostanay Region": {"grp": "0.8e12", "fixed_capital_investment": "150e9", "sme_count": "54800",
                        "housing_commissioned": "180000", "unemployment": "4.5"},
    "Astana": {"grp": "3.4e12", "fixed_capital_investment": "820e9", "sme_count": "210500",
               "housing_commissioned": "1250000", "unemployment": "4.4"},
}
# Growth of the cumulative figures from one report to the next; unemployment moves by points.
STEP = {"grp": [Decimal("1"), Decimal("2.1"), Decimal("3.3")],
        "fixed_capital_investment": [Decimal("1"), Decimal("2.2"), Decimal("3.4")],
        "sme_count": [Decimal("1"), Decimal("1.02"), Decimal("1.05")],
        "housing_commissioned": [Decimal("1"), Decimal("2.3"), Decimal("3.6")]}
UNEMPLOYMENT_DELTA = [Decimal("0"), Decimal("-0.1"), Decimal("-0.2")]
OBJECTS = {"sme_count": ("субъект МСБ", "SMEs")}

# Instruction texts written for the demo; (text, assignee, days from today to the deadline, execution).
INSTRUCTIONS = [
    [("обеспечить своевременную подготовку объектов теплоснабжения к отопительному сезону", "аким", -120, "done"),
     ("ускорить модернизацию систем водоснабжения в сельских населенных пунктах", "аким", -45, "in_progress")],
    [("активизировать работу по привлечению инвестиций в обрабатывающую промышленность", "аким", -10, "open"),
     ("усилить контроль за качеством строительства жилья", "аким", 60, "in_progress"),
     ("разработать план развития туристической инфраструктуры", "аким", 30, "withdrawn")],
    [("принять меры по снижению уровня безработицы среди молодежи", "аким", 90, "open"),
     ("завершить строительство областной многопрофильной больницы в установленные сроки", "аким", 150, "open")],
]
PROPOSED_TEXT = "проработать вопрос расширения сети детских садов"


class Command(BaseCommand):
    help = "Load the oversight demo: meetings of six regions over three periods, figures, instructions, accounts."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off (not on a live site!).")
        parser.add_argument("--officer-region", default="Karaganda Region",
                            help="Region (English name) demo-officer is bound to; not Almaty Region.")

    def handle(self, *args, force: bool = False, officer_region: str = "Karaganda Region", **options):
        if not settings.DEBUG and not force:
            raise CommandError("DEBUG is off: this looks like a live site. Demo data is loaded only with --force.")
        regions = {r.canonical: r for r in Region.objects.filter(canonical__in=list(OFFICIALS) + [officer_region])}
        missing = (set(OFFICIALS) | {officer_region}) - set(regions)
        if missing:
            raise CommandError(f"Regions not in the database (run migrate first): {', '.join(sorted(missing))}")
        if officer_region == "Almaty Region":
            raise CommandError("demo-officer must be bound to a region other than Almaty Region.")
        indicators = Indicator.objects.in_bulk(list(BASE["Astana"]) + ["grp_rank"], field_name="code")
        if len(indicators) < 6:
            raise CommandError("The indicator catalog is not loaded (run migrate first).")
        with transaction.atomic():
            counts = self._load(regions, indicators)
            passwords = self._accounts(regions[officer_region])
        self.stdout.write(self.style.SUCCESS(
            f"Oversight demo: {counts['meetings']} meetings, {counts['facts']} figures, "
            f"{counts['instructions']} instructions."))
        for username, (password, note) in passwords.items():
            self.stdout.write(f"  {username} / {password}  ({note})")

    def _load(self, regions: dict[str, Region], indicators: dict[str, Indicator]) -> dict[str, int]:
        today = timezone.localdate()
        counts = {"meetings": 0, "facts": 0, "instructions": 0}
        grp = {name: [Decimal(BASE[name]["grp"]) * STEP["grp"][i] for i in range(3)] for name in OFFICIALS}
        for offset, (name, (kk, ru, en)) in enumerate(OFFICIALS.items()):
            region = regions[name]
            official, _ = Official.objects.update_or_create(
                slug=f"demo-{en.lower().replace(' ', '-')}",
                defaults={"name_kk": kk, "name_ru": ru, "name_en": en, "is_demo": True})
            for i, (label, start, end, day) in enumerate(PERIODS):
                day = day + datetime.timedelta(days=offset)
                meeting, _ = Meeting.objects.update_or_create(
                    is_demo=True, region=region, date=day,
                    defaults={"kind": Meeting.Kind.RECEPTION, "official": official, "official_name": ru,
                              "report_period": label, "edited_by_analyst": True})
                counts["meetings"] += 1
                rank = sorted(grp, key=lambda r: grp[r][i], reverse=True).index(name) + 1
                values = {code: (Decimal(BASE[name][code]) * STEP[code][i]) for code in STEP}
                values["unemployment"] = Decimal(BASE[name]["unemployment"]) + UNEMPLOYMENT_DELTA[i]
                values["grp_rank"] = Decimal(rank)
                for code in ["grp", "grp_rank", "fixed_capital_investment", "sme_count",
                         "housing_commissioned", "unemployment"]:
                    indicator = indicators[code]
                    unit = {"grp_rank": "rank", "sme_count": "count", "housing_commissioned": "m2",
                            "unemployment": "%"}.get(code, "KZT")
                    lemma, gloss = OBJECTS.get(code, ("", ""))
                    Fact.objects.update_or_create(
                        meeting=meeting, indicator=indicator,
                        defaults={"value": values[code].quantize(Decimal("0.0001")), "unit": unit,
                                  "measure": indicator.name_en, "object": gloss, "object_lemma": lemma,
                                  "period": label, "period_start": start, "period_end": end,
                                  "status": ReviewStatus.CONFIRMED, "edited_by_analyst": True})
                    counts["facts"] += 1
                for text, assignee, days, execution in INSTRUCTIONS[i]:
                    deadline = max(today + datetime.timedelta(days=days), day + datetime.timedelta(days=14))
                    if days < 0:  # meant to be past due (or done after its deadline)
                        deadline = today + datetime.timedelta(days=days)
                    Instruction.objects.update_or_create(
                        meeting=meeting, text=text,
                        defaults={"assignee": assignee, "region": region, "given_on": day, "deadline": deadline,
                                  "execution": execution, "status": ReviewStatus.CONFIRMED,
                                  "edited_by_analyst": True})
                    counts["instructions"] += 1
                if i == len(PERIODS) - 1:
                    Instruction.objects.update_or_create(
                        meeting=meeting, text=PROPOSED_TEXT,
                        defaults={"assignee": "аким", "region": region, "given_on": day,
                                  "deadline": today + datetime.timedelta(days=75), "execution": "open",
                                  "status": ReviewStatus.PROPOSED})
                    counts["instructions"] += 1
        return counts

    def _accounts(self, officer_region: Region) -> dict[str, tuple[str, str]]:
        User = get_user_model()
        out = {}
        for username, group, note in [("demo-analyst", ANALYSTS, "Analysts"),
                                      ("demo-officer", REGIONAL_OFFICERS, f"Regional officers, {officer_region.name_en}")]:
            user, _ = User.objects.get_or_create(username=username, defaults={"is_active": True})
            password = DEMO_PASSWORDS[username]
            user.set_password(password)
            user.is_active = True
            user.save()
            user.groups.add(Group.objects.get(name=group))
            out[username] = (password, note)
        officer = User.objects.get(username="demo-officer")
        OfficerProfile.objects.update_or_create(user=officer, defaults={"region": officer_region})
        return out
