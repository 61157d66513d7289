"""CSV and XLSX renderings of any filtered API list (issue 4)."""
from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
# Cells starting with these are run as formulas by spreadsheet programs
# (OWASP "CSV Injection"); such text is prefixed with an apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """
    >>> cell("=1+1"), cell(5), cell(None), cell(["a", "b"])
    ("'=1+1", 5, '', 'a; b')
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        value = "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if isinstance(value, Decimal):
        return float(value)
    return value


def export(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, name: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    filename = f"{name}-{datetime.date.today().isoformat()}.{fmt}"
    response = HttpResponse(content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
        # A BOM so that Excel opens the UTF-8 (Cyrillic) text correctly.
        response.write("\ufeff" + buffer.getvalue())
        return response
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(name[:31])
    sheet.append(columns)
    for row in rows:
        sheet.append([cell(row.get(c)) for c in columns])
    workbook.save(response)
    return response
