#!/usr/bin/env bash
# Prepare this checkout on a Debian/Ubuntu machine: system libraries Qt needs, a virtual
# environment in .venv and the project installed into it. Safe to run again: it only does
# what is missing. Usage: scripts/setup.sh [app|dev]
set -euo pipefail

cd "$(dirname "$0")/.."
profile="${1:-app}"

# Libraries the PySide6 wheels load (Qt platform plugins, fonts, printing) and, for the
# test suite, poppler-utils (pdftotext/pdftoppm read back the PDFs the app prints).
qt_packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libcups2 libzstd1 libdrm2
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
)
test_packages=(poppler-utils)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "setup: not a Debian/Ubuntu system; install Qt's libraries yourself" >&2; return 0; }
  local wanted=("${qt_packages[@]}")
  [ "$profile" = dev ] && wanted+=("${test_packages[@]}")
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: need root to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "setup: Python 3.11 or newer is required" >&2
  exit 1
}

install_python_packages() {
  if [ ! -x .venv/bin/python ]; then
    "$(find_python)" -m venv .venv || {
      echo "setup: could not create .venv (on Debian: apt-get install python3-venv)" >&2; exit 1; }
  fi
  local extras="" stamp_source
  [ "$profile" = dev ] && extras="[dev]"
  stamp_source="$(cat pyproject.toml)$profile"
  local stamp=".venv/.sujarit-installed-$(printf '%s' "$stamp_source" | sha256sum | cut -c1-16)"
  [ -f "$stamp" ] && return 0
  echo "setup: installing Python packages into .venv ($profile)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  rm -f .venv/.sujarit-installed-*
  touch "$stamp"
}

install_system_packages
install_python_packages
