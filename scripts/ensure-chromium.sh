#!/usr/bin/env bash
# Makes sure the system Chromium used by the browser and Storybook test projects exists.
# Playwright's own browser downloads are never used: errorkit tests run on Debian's `chromium`.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM_PATH: installing the Debian package 'chromium'..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  if [ -x "$CHROMIUM_PATH" ]; then
    exit 0
  fi
  echo "apt-get installed 'chromium' but $CHROMIUM_PATH is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
Chromium was not found at $CHROMIUM_PATH.
errorkit's browser and Storybook tests run in a system Chromium. Install it, e.g.:
  Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.
MSG
exit 1
