#!/usr/bin/env bash
# Builds the one-folder desktop bundle into dist/quartier/ (run from anywhere).
#   packaging/build_desktop.sh [DISTDIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$root/dist}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  "$root/packaging/quartier.spec"
echo "bundle: $dist/quartier/quartier"
