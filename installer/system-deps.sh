#!/usr/bin/env bash
# Install the Debian packages Loyalty Desktop needs, when missing (FINDINGS trap 5: Qt's xcb
# error message names the wrong library; these are the ones it really needs).
#   system-deps.sh run   — libraries for a real window
#   system-deps.sh test  — plus Xvfb, poppler-utils (pdftotext/pdftoppm), fonts, ImageMagick
#   system-deps.sh venv  — python3-venv, for a Debian Python without venv
set -euo pipefail
mode="${1:-test}"
runtime=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libxkbcommon-x11-0
         libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
         libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
testing=(xvfb xauth x11-apps poppler-utils imagemagick desktop-file-utils)
case "$mode" in
  run) wanted=("${runtime[@]}") ;;
  test) wanted=("${runtime[@]}" "${testing[@]}") ;;
  venv) wanted=(python3-venv) ;;
  *) echo "usage: $0 run|test|venv" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install the equivalents of: ${wanted[*]}"; exit 0; }
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages: ${missing[*]}"
  echo "system-deps: install them with: sudo apt-get install -y ${missing[*]}"
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
