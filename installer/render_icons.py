"""Render the app icon (resources/icons/loyalty-desktop.svg) to every size the installers need.

    .venv/bin/python installer/render_icons.py      # rewrites resources/icons/{png/,*.ico,*.icns}

Qt's QSvgRenderer draws the SVG (the same renderer the app uses), so no Inkscape or ImageMagick
is needed. The Windows ``.ico`` and macOS ``.icns`` containers are written here too: both simply
hold PNG images behind a small header, which lets a Linux machine produce them byte-identically
instead of needing ``iconutil`` on a Mac.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_metadata import ICON_SIZES, ICONS, PACKAGE  # noqa: E402

SVG = ICONS / f"{PACKAGE}.svg"
#: Windows Explorer picks from these; 256 is the largest an .ico entry may be
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: .icns element type → pixel size (Apple's PNG-capable types; 1024 is 512@2x for Retina)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
              b"ic10": 1024}


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a ``size`` × ``size`` PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file with PNG-compressed entries (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        # width/height 0 means 256 in the ICO directory entry
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS file: ``'icns'`` + total length, then (type, length, PNG) elements, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs it
    needed = sorted(set(ICON_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values()))
    pngs = {size: render_png(size) for size in needed}
    png_dir = ICONS / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        (png_dir / f"{PACKAGE}-{size}.png").write_bytes(pngs[size])
    (ICONS / f"{PACKAGE}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / f"{PACKAGE}.icns").write_bytes(icns_bytes({k: pngs[s] for k, s in ICNS_TYPES.items()}))
    print(f"rendered {len(ICON_SIZES)} PNGs, {PACKAGE}.ico and {PACKAGE}.icns into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
