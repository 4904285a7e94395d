"""Help ▸ About: version, what the app does with data, and licences of bundled components."""
from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication

COMPONENTS = ("PySide6-Essentials", "pandas", "numpy", "scipy", "pyqtgraph", "openpyxl",
              "python-calamine", "pyarrow", "xlsxwriter", "superqt")


def tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def component_versions() -> list[tuple[str, str, str]]:
    rows = []
    for name in COMPONENTS:
        try:
            meta = metadata.metadata(name)
            licence = meta.get("License-Expression") or meta.get("License") or ""
            rows.append((name, metadata.version(name), licence.splitlines()[0][:40] if licence else ""))
        except metadata.PackageNotFoundError:
            continue
    return rows


def about_text(version: str) -> str:
    lines = [f"<h3>Loyalty Desktop {version}</h3>",
             "<p>" + tr("Customer loyalty analytics for small businesses. Everything is computed "
                        "on this computer; nothing is uploaded.") + "</p>",
             "<p><b>" + tr("Bundled components") + "</b></p><table>"]
    for name, ver, licence in component_versions():
        lines.append(f"<tr><td>{name}</td><td>&nbsp;{ver}</td><td>&nbsp;{licence}</td></tr>")
    lines.append("</table>")
    return "".join(lines)
