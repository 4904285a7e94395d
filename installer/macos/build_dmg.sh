#!/usr/bin/env bash
# Build dist/LoyaltyDesktop-<version>.dmg on macOS 11+ (Apple silicon or Intel: the build is for
# the machine's own architecture).   bash installer/macos/build_dmg.sh
#
# 1. PyInstaller builds dist/Loyalty Desktop.app from installer/loyalty-desktop.spec (the BUNDLE
#    step; Info.plist from installer/app_metadata.py declares the .loyalty document type).
# 2. Optional Developer ID signing (done by PyInstaller, see the spec) and notarisation, when CODESIGN_IDENTITY ("Developer ID Application: …")
#    and NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) are set. Without them
#    the app is ad-hoc signed and Gatekeeper asks the owner to confirm the first start
#    (right-click ▸ Open).
# 3. hdiutil makes a compressed disk image with the app and a link to /Applications, so the
#    owner installs by dragging the icon across.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = "Darwin" ] || { echo "build_dmg.sh: run this on macOS (hdiutil, codesign)" >&2; exit 2; }
PY="${PY:-.venv/bin/python}"
if [ ! -x "$PY" ]; then python3 -m venv .venv; fi
"$PY" -m pip install --quiet -e '.[installer]'
version="$("$PY" -c 'import sys; sys.path.insert(0, "installer"); from app_metadata import version; print(version())')"
app="dist/Loyalty Desktop.app"
"$PY" installer/build.py
[ -d "$app" ] || { echo "build_dmg.sh: $app was not built" >&2; exit 1; }
plutil -lint "$app/Contents/Info.plist"

# PyInstaller signed every binary and the bundle (with CODESIGN_IDENTITY and the hardened-runtime
# entitlements, or ad hoc); check the signature is complete before packing it.
identity="${CODESIGN_IDENTITY:--}"
codesign --verify --deep --strict --verbose=1 "$app"

dmg="dist/LoyaltyDesktop-$version.dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Loyalty Desktop $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${NOTARY_PROFILE:-}" ] && [ "$identity" != "-" ]; then
    codesign --sign "$identity" --timestamp "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "built $dmg"
