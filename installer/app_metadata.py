"""Names, identifiers and version shared by every installer (PyInstaller spec, .deb, Inno Setup, macOS).

One place so the Linux MIME type, the Windows ProgID and the macOS UTI of a ``.loyalty`` file
cannot drift apart, and so the version always comes from ``pyproject.toml`` (never typed twice).
Plain standard library: the PyInstaller spec, the build scripts and the tests all import it.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"
ICONS = REPO / "resources" / "icons"

APP_NAME = "Loyalty Desktop"
#: command, .deb package, folder under /opt, icon name, PyInstaller bundle name
PACKAGE = "loyalty-desktop"
#: reverse-DNS id: macOS bundle identifier and the .desktop file id (Freedesktop app id)
APP_ID = "se.loyaltydesktop.LoyaltyDesktop"
MAINTAINER = "Loyalty Desktop founding engineers <loyalty-desktop@example.org>"
HOMEPAGE = "https://example.org/loyalty-desktop"
SUMMARY = "Customer loyalty analytics for small businesses, offline"

PROJECT_EXTENSION = ".loyalty"
PROJECT_MIME = "application/x-loyalty-project"
PROJECT_UTI = "se.loyaltydesktop.project"
PROJECT_PROGID = "LoyaltyDesktop.Project"
PROJECT_DESCRIPTION = "Loyalty Desktop project"

#: square PNG sizes rendered from the SVG: Freedesktop hicolor, Windows .ico, macOS .icns
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The version in pyproject.toml: the single source of truth for every package."""
    with open(REPO / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def description() -> str:
    with open(REPO / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["description"]


def info_plist(app_version: str | None = None) -> dict:
    """Info.plist of the macOS .app: a document type and an exported UTI for ``.loyalty``.

    ``CFBundleDocumentTypes`` makes Finder open a double-clicked project with the app;
    ``UTExportedTypeDeclarations`` declares the type (a SQLite file, so it conforms to
    ``public.data``, not ``public.text``) so Finder shows our icon and description."""
    app_version = app_version or version()
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        "CFBundlePackageType": "APPL",
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence; bundled components under their own licences",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": PROJECT_DESCRIPTION,
            "CFBundleTypeRole": "Editor",
            "CFBundleTypeIconFile": "loyalty-desktop.icns",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [PROJECT_UTI],
            "CFBundleTypeExtensions": [PROJECT_EXTENSION.lstrip(".")],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": PROJECT_UTI,
            "UTTypeDescription": PROJECT_DESCRIPTION,
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": "loyalty-desktop.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": [PROJECT_EXTENSION.lstrip(".")],
                "public.mime-type": [PROJECT_MIME],
            },
        }],
    }
