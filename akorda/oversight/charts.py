"""Line charts drawn on the server as SVG.

Why not a JavaScript charting library: the same markup goes into the page,
the print view and the WeasyPrint PDF (which runs no JavaScript); it needs no
third-party asset and no CDN, satisfies a strict Content-Security-Policy (no
inline script or style: only SVG presentation attributes), and it is
readable without JavaScript. The charts are small (a handful of periods per
series), so the little code here is cheaper than a library.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

PALETTE = ["#1b5e9b", "#c0392b", "#2e8b57", "#d4a017", "#7d3c98", "#17a2b8", "#e67e22", "#566573",
           "#8b4513", "#ff69b4", "#2f4f4f", "#9acd32"]


@dataclass
class Series:
    label: str
    values: dict[str, Decimal | float | None] = field(default_factory=dict)  # x label -> value


def _nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values spanning [low, high].

    >>> _nice_ticks(0, 97)
    [0.0, 25.0, 50.0, 75.0, 100.0]
    """
    if high == low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = (low // step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def line_chart(x_labels: Sequence[str], series: Sequence[Series], *, title: str,
               fmt: Callable[[float], str] = lambda v: f"{v:g}", width: int = 640, height: int = 260) -> SafeString:
    """An accessible SVG line chart (``role="img"`` with a title; each point has a tooltip)."""
    left, right, top, bottom = 104, 24, 14, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [float(v) for s in series for v in s.values.values() if v is not None]
    parts: list[str] = [format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" '
        'aria-label="{}" data-series="{}"><title>{}</title>', width, height, title, len(series), title)]
    if not values or not x_labels:
        parts.append(format_html('<text x="{}" y="{}" text-anchor="middle" fill="#666">{}</text>',
                                 width / 2, height / 2, gettext("No confirmed figures")))
        parts.append("</svg>")
        return mark_safe("".join(parts))
    ticks = _nice_ticks(min(0.0, min(values)), max(values))
    low, high = ticks[0], ticks[-1]
    span = (high - low) or 1.0

    def x(i: int) -> str:
        return f"{left + (plot_w / 2 if len(x_labels) == 1 else plot_w * i / (len(x_labels) - 1)):.1f}"

    def y(v: float) -> str:
        return f"{top + plot_h - (v - low) / span * plot_h:.1f}"

    for t in ticks:
        parts.append(format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#ddd"/>'
            '<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#444">{}</text>',
            left, width - right, y(t), y(t), left - 6, f"{float(y(t)) + 4:.1f}", fmt(t)))
    for i, label in enumerate(x_labels):
        # The outer labels lean inwards so that long period names stay inside the picture.
        anchor = "middle" if len(x_labels) == 1 or 0 < i < len(x_labels) - 1 else ("start" if i == 0 else "end")
        parts.append(format_html('<text x="{}" y="{}" text-anchor="{}" font-size="11" fill="#444">{}</text>',
                                 x(i), height - bottom + 18, anchor, label))
    for n, s in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        coords = [(x(i), y(float(v))) for i, lbl in enumerate(x_labels) if (v := s.values.get(lbl)) is not None]
        parts.append(format_html('<g class="series" data-label="{}">', s.label))
        if len(coords) > 1:
            parts.append(format_html('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>', colour,
                                     " ".join(f"{a},{b}" for a, b in coords)))
        for i, lbl in enumerate(x_labels):
            v = s.values.get(lbl)
            if v is None:
                continue
            parts.append(format_html('<circle cx="{}" cy="{}" r="3.5" fill="{}"><title>{}</title></circle>',
                                     x(i), y(float(v)), colour, f"{s.label}, {lbl}: {fmt(float(v))}"))
        parts.append("</g>")
    parts.append("</svg>")
    return mark_safe("".join(parts))


def legend(series: Sequence[Series]) -> list[tuple[str, str]]:
    return [(PALETTE[n % len(PALETTE)], escape(s.label)) for n, s in enumerate(series)]
