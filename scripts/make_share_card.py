"""Draw the site's share card (1200x630 PNG) from the team's emblem placeholder.

X, Facebook and Telegram do not render SVG in link previews, so pages without
a photo of their own share this raster. Pillow draws the same shapes as
akorda/core/static/core/emblem.svg (scaled), on the site's blue; run once and
commit the result:

    .venv/bin/python scripts/make_share_card.py
"""
from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "akorda" / "core" / "static" / "core" / "share-card.png"
BLUE, GOLD, WIDTH, HEIGHT = "#0b4f8a", "#e0b43a", 1200, 630
SUPERSAMPLE = 4  # drawn large, then downscaled: Pillow's shapes are not anti-aliased


def draw() -> Image.Image:
    s = SUPERSAMPLE
    image = Image.new("RGB", (WIDTH * s, HEIGHT * s), BLUE)
    pen = ImageDraw.Draw(image)
    unit = 4.4 * s  # one SVG unit (viewBox 120) in pixels
    cx, cy = WIDTH * s / 2, HEIGHT * s / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return cx + (x - 60) * unit, cy + (y - 60) * unit

    def circle(r: float, **style) -> None:
        pen.ellipse([*at(60 - r, 60 - r), *at(60 + r, 60 + r)], **style)

    circle(52, outline=GOLD, width=round(3 * unit))
    for k in range(8):
        angle = k * math.pi / 4
        inner, outer = 30.5, 44
        pen.line([at(60 + inner * math.cos(angle), 60 + inner * math.sin(angle)),
                  at(60 + outer * math.cos(angle), 60 + outer * math.sin(angle))], fill=GOLD, width=round(3 * unit))
    star = [(60, 36), (67, 53), (84, 60), (67, 67), (60, 84), (53, 67), (36, 60), (53, 53)]
    pen.polygon([at(x, y) for x, y in star], fill=GOLD)
    circle(7, fill=BLUE)
    pen.rectangle([0, (HEIGHT - 14) * s, WIDTH * s, HEIGHT * s], fill=GOLD)
    return image.resize((WIDTH, HEIGHT), Image.LANCZOS)


if __name__ == "__main__":
    draw().save(OUT, optimize=True)
    print(f"{OUT} ({OUT.stat().st_size} bytes)")
