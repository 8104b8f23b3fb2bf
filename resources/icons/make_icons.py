"""Draw qcoder's app icon: a speech bubble (an interview) whose middle line of text is marked
with a highlighter stripe (a coded passage).

Writes qcoder.svg and, with Pillow, qcoder-{16..512}.png, qcoder.ico and qcoder.icns beside this
file, from one set of shapes (a 256-unit grid). Run: python resources/icons/make_icons.py
(Pillow is needed only here, not by qcoder)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
BLUE, DARK, WHITE, YELLOW = "#2F5D8A", "#1B3652", "#FFFFFF", "#FFD23F"
BUBBLE = (20, 32, 236, 184, 40)  # x0, y0, x1, y1, corner radius
TAIL = ((60, 176), (44, 232), (116, 176))
HIGHLIGHT = (40, 94, 214, 128, 8)
LINES = (  # (x0, y0, x1, y1, colour): the text in the bubble, the middle line highlighted
    (52, 62, 204, 78, WHITE),
    (52, 103, 182, 119, DARK),
    (52, 144, 150, 160, WHITE),
)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg() -> str:
    x0, y0, x1, y1, r = BUBBLE
    hx0, hy0, hx1, hy1, hr = HIGHLIGHT
    tail = " ".join(f"{x},{y}" for x, y in TAIL)
    lines = "\n".join(
        f'  <rect x="{a}" y="{b}" width="{c - a}" height="{d - b}" rx="{(d - b) // 2}" fill="{col}"/>'
        for a, b, c, d, col in LINES
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>qcoder</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{BLUE}"/>
  <polygon points="{tail}" fill="{BLUE}"/>
  <rect x="{hx0}" y="{hy0}" width="{hx1 - hx0}" height="{hy1 - hy0}" rx="{hr}" fill="{YELLOW}"
        transform="rotate(-3 128 111)"/>
{lines}
</svg>
"""


def raster(size: int = 1024):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    k = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1, r = BUBBLE
    draw.rounded_rectangle((x0 * k, y0 * k, x1 * k, y1 * k), radius=r * k, fill=BLUE)
    draw.polygon([(x * k, y * k) for x, y in TAIL], fill=BLUE)
    hx0, hy0, hx1, hy1, hr = HIGHLIGHT
    band = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(band).rounded_rectangle((hx0 * k, hy0 * k, hx1 * k, hy1 * k), radius=hr * k, fill=YELLOW)
    img.alpha_composite(band.rotate(3, center=(128 * k, 111 * k), resample=Image.BICUBIC))
    for a, b, c, d, col in LINES:
        draw.rounded_rectangle((a * k, b * k, c * k, d * k), radius=(d - b) * k / 2, fill=col)
    return img


def main() -> None:
    from PIL import Image

    (HERE / "qcoder.svg").write_text(svg(), encoding="utf-8")
    big = raster(1024)
    for n in PNG_SIZES:
        big.resize((n, n), Image.LANCZOS).save(HERE / f"qcoder-{n}.png", optimize=True)
    ico_sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    big.resize((256, 256), Image.LANCZOS).save(HERE / "qcoder.ico", sizes=ico_sizes)
    big.save(HERE / "qcoder.icns")


if __name__ == "__main__":
    main()
