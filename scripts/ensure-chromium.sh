#!/usr/bin/env bash
# The end-to-end suite drives Debian's Chromium (/usr/bin/chromium) through playwright-core:
# Playwright's own browser download cannot reach its host from these machines.
# As root we install it; otherwise we say how.
set -euo pipefail
CHROMIUM="${ACCORD_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $CHROMIUM. Install it (sudo apt-get install chromium) or set ACCORD_CHROMIUM." >&2
exit 1
