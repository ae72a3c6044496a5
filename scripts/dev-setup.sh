#!/usr/bin/env bash
# Set up a development/test environment on a fresh machine: a virtual environment with the
# test extras, bnlp's POS model where bnlp looks for it, and Debian's Chromium for the
# web-page test. Idempotent; needs only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${BNQA_VENV:-.venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[test]'
# bnlp downloads bn_pos.pkl to ~/bnlp/models/ on first use; these machines have no network,
# so take the copy in ../shared/models/ when it is there.
if [ -f ../shared/models/bn_pos.pkl ] && [ ! -f "$HOME/bnlp/models/bn_pos.pkl" ]; then
  mkdir -p "$HOME/bnlp/models" && cp ../shared/models/bn_pos.pkl "$HOME/bnlp/models/"
fi
# Headless Chromium for the web-page test (Debian's package; no browser download at run time),
# a Bengali font so the page (and docs/screenshot.png) renders Bengali script, and Hunspell's
# Bengali word list for the side-by-side benchmark.
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  command -v chromium >/dev/null 2>&1 || missing="chromium"
  dpkg -s fonts-lohit-beng-bengali >/dev/null 2>&1 || missing="$missing fonts-lohit-beng-bengali"
  # Hunspell's Bengali word list, for benchmarks/compare_spellcheckers.py (not the tests)
  dpkg -s hunspell-bn >/dev/null 2>&1 || missing="$missing hunspell-bn"
  if [ -n "$missing" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
      || echo "dev-setup: could not install$missing; the browser test will be skipped" >&2
  fi
fi
