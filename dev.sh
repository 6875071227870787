#!/usr/bin/env bash
# Quartier's one set-up-and-run script for Debian/Ubuntu with Python 3.11+.
#   ./dev.sh demo   install what is missing, build the demo neighbourhood, open the window
#   ./dev.sh test   install what is missing (Xvfb, poppler, PostgreSQL...), then lint, format
#                   check, types, layering and the whole test suite (what CI runs)
#   ./dev.sh env    only set up the two virtual environments
set -euo pipefail
cd "$(dirname "$0")"

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
APT_UPDATED=""

debs() {  # install the Debian packages that are missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What Qt's window needs on a bare Debian/Ubuntu, and fonts with full French/Dutch coverage.
QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
  libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-dejavu-extra)
TEST_DEBS=(xvfb xauth poppler-utils)

python_ok() { python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

venv() {  # venv DIR EXTRAS
  local dir=$1 extras=$2
  python_ok || debs python3 python3-venv python3-pip
  [ -x "$dir/bin/python" ] || python3 -m venv "$dir"
  [ -x "$dir/bin/uv" ] || "$dir/bin/pip" install -q uv
  "$dir/bin/uv" pip install --python "$dir/bin/python" -q -e ".[$extras]"
}

postgres_binaries() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || debs postgresql
}

case "${1:-}" in
  demo)
    debs "${QT_DEBS[@]}"
    venv .venv desktop
    exec .venv/bin/quartier demo --households "${HOUSEHOLDS:-1500}" --second-diagnosis --neighbour --open
    ;;
  env)
    venv .venv desktop,dev,desktop-dev
    venv .venv-core dev
    ;;
  test)
    debs "${QT_DEBS[@]}" "${TEST_DEBS[@]}"
    postgres_binaries
    venv .venv desktop,dev,desktop-dev
    venv .venv-core dev
    echo "== lint, format, types, layering"
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/mypy app sync survey_forms quartier ui bench
    .venv/bin/lint-imports
    echo "== tests without Qt (.venv-core has no PySide6)"
    .venv-core/bin/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("PySide6") is not None)'
    .venv-core/bin/python -m pytest -n 2 --ignore=tests/ui --ignore=tests/packaging "${@:2}"
    echo "== desktop tests"
    desktop=()
    for d in tests/ui tests/packaging; do [ -d "$d" ] && desktop+=("$d"); done
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 "${desktop[@]}" "${@:2}"
    ;;
  *)
    sed -n '2,7p' "$0"; exit 2 ;;
esac
